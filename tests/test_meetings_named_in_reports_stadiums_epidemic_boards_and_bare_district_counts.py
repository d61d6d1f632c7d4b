"""Round 44's classes of events, bodies, places, names and directives (branch fix44a): a meeting first
named in a sentence that reports figures, dated after its name; a stadium of no name with where it is; a
provincial board named with its epidemic; the cyber-security unit's short name; bare districts with their
counts in brackets; a defendant's given name before his sentence; a bare department after its full name; a
passive "được giao" task.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from chidao.extract.pipeline import extract_document
from chidao.model import Document, Extraction
from chidao.text.normalize import normalize_text


def extract(text: str, date: str) -> Extraction:
    document = Document.from_text(normalize_text(text).strip(), "t.txt", date=date)
    result = extract_document(document)
    for event in result.events:
        assert document.text[event.span[0]:event.span[1]] == event.text
    return result


BOARD = ("Gần 900 người vượt biên trái phép vào Tây Ninh\n\n"
         "Số liệu được Thượng tá Lê Văn Hải, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Tây Ninh, "
         "báo cáo tại cuộc họp Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Tây Ninh sáng 14/11. "
         "Ông Nguyễn Thanh Ngọc, Chủ tịch UBND tỉnh, Trưởng ban chủ trì cuộc họp.\n\n"
         "Theo Thượng tá Hải, lực lượng biên phòng đã bắt giữ 37 đối tượng đưa người vượt biên trái phép.")


def test_a_meeting_first_named_where_figures_are_reported_is_dated_by_the_day_after_its_name() -> None:
    found = extract(BOARD, "2020-11-15").events
    assert [(e.type, e.date, e.leader) for e in found] == [("conference", "2020-11-14", "Nguyễn Thanh Ngọc")]
    assert found[0].text.startswith("Số liệu được Thượng tá Lê Văn Hải")


def test_a_meeting_referred_back_to_without_its_day_still_refers_back() -> None:
    found = extract("Công an tỉnh Tây Ninh sơ kết công tác\n\n"
                    "Sáng 14/11, Công an tỉnh Tây Ninh tổ chức hội nghị sơ kết công tác 9 tháng. "
                    "Đại tá Nguyễn Văn Trung, Giám đốc Công an tỉnh chủ trì hội nghị.\n\n"
                    "Số liệu được báo cáo tại hội nghị cho thấy lực lượng Công an đã bắt 120 đối tượng.",
                    "2020-11-15").events
    assert [(e.date, e.text[:9]) for e in found] == [("2020-11-14", "Sáng 14/1")]


def test_a_provincial_board_named_with_its_epidemic_is_one_body() -> None:
    names = [o.name for o in extract(BOARD, "2020-11-15").organizations]
    assert "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Tây Ninh" in names


def test_a_stadium_of_no_name_with_where_it_is_is_the_inspections_place() -> None:
    found = extract("Kiểm tra an ninh sân vận động\n\n"
                    "Chiều 3/5, đoàn công tác của Bộ Công an do Thiếu tướng Trần Văn Nam làm trưởng "
                    "đoàn đã kiểm tra công tác bảo đảm an ninh, trật tự tại sân vận động trên địa bàn "
                    "thành phố Nam Định, nơi diễn ra các trận đấu bóng đá.\n\nBáo cáo với đoàn, lãnh "
                    "đạo Công an tỉnh Nam Định cho biết Công an tỉnh đã xây dựng 8 phương án bảo đảm an "
                    "ninh, trật tự.", "2022-05-04").events
    assert [(e.type, e.place, e.leader) for e in found] == [
        ("inspection", "sân vận động trên địa bàn thành phố Nam Định", "Trần Văn Nam")]


def test_the_cyber_security_unit_keeps_its_whole_short_name_and_a_passive_task_its_verb() -> None:
    result = extract("Công an tỉnh Bắc Ninh triển khai đợt cao điểm\n\n"
                     "Ngày 5-6, Đại tá Nguyễn Văn Bình, Giám đốc Công an tỉnh Bắc Ninh yêu cầu Công an "
                     "các huyện tăng cường đấu tranh với tội phạm cá độ bóng đá qua mạng. Phòng Cảnh sát "
                     "kinh tế được giao phối hợp với Phòng An ninh mạng theo dõi các trang cá độ trực "
                     "tuyến.", "2024-06-06")
    names = [o.name for o in result.organizations]
    assert "Phòng An ninh mạng" in names and "Phòng An ninh" not in names
    assert [(d.verb, d.addressee, d.speaker) for d in result.directives][-1] == (
        "giao", "Phòng Cảnh sát kinh tế", "Nguyễn Văn Bình")


def test_bare_districts_listed_with_their_counts_in_brackets_are_districts() -> None:
    result = extract("Bản tin dịch bệnh\n\n"
                     "Ngày 5-9, Sở Y tế Hà Nội cho biết thành phố ghi nhận 410 ca sốt xuất huyết mới. "
                     "Các quận, huyện có nhiều ca mắc là Ba Đình (52 ca), Cầu Giấy (47 ca) và Hoài Đức "
                     "(31 ca).", "2019-09-06")
    found = [(loc.name, loc.level, loc.code) for loc in result.localities if loc.level == "district"]
    assert found == [("Ba Đình", "district", "001"), ("Cầu Giấy", "district", "005"),
                     ("Hoài Đức", "district", "274")]


def test_a_list_of_people_with_their_ages_in_brackets_is_no_list_of_places() -> None:
    result = extract("Xét xử vụ án đánh bạc\n\n"
                     "Tòa án nhân dân tỉnh Hà Nam xét xử các bị cáo Trần Văn Mạnh (35 tuổi), "
                     "Lê Văn Tùng (29 tuổi).",
                     "2019-09-06")
    assert [loc.name for loc in result.localities] == ["Hà Nam"]


def test_a_defendants_given_name_before_his_sentence_is_his_mention() -> None:
    text = ("Xét xử đường dây cá độ bóng đá\n\n"
            "Theo cáo trạng, Nguyễn Văn Toàn (40 tuổi, trú thành phố Thái Bình) lập trang cá độ bóng đá. "
            "Hội đồng xét xử tuyên phạt Toàn 8 năm tù về tội \"Tổ chức đánh bạc\".")
    result = extract(text, "2022-11-24")
    person = next(p for p in result.people if p.name == "Nguyễn Văn Toàn")
    document_text = normalize_text(text).strip()
    assert [document_text[s:e] for s, e in person.mentions] == ["Nguyễn Văn Toàn", "Toàn"]


def test_a_bare_department_after_its_full_name_is_its_mention() -> None:
    text = ("Bản tin dịch bệnh\n\n"
            "Ngày 5-9, Sở Y tế Hà Nội cho biết thành phố ghi nhận 410 ca sốt xuất huyết mới.\n\n"
            "Sở Y tế yêu cầu các trạm y tế tăng cường giám sát ổ dịch.")
    result = extract(text, "2019-09-06")
    document_text = normalize_text(text).strip()
    assert [(o.name, [document_text[s:e] for s, e in o.mentions]) for o in result.organizations] == [
        ("Sở Y tế Hà Nội", ["Sở Y tế Hà Nội", "Sở Y tế"])]
