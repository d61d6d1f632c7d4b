"""Round 39's portal forms: an office alone on the last line signs the page (a byline), a numbered or "-"
point that opens with its verb of asking names its own addressee, and a notice's closing formula ("… thông
báo để … biết, thực hiện./.") asks nothing.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from directive_reading import directives_of, who_asks_whom

from chidao.extract.pipeline import extract_document
from chidao.model import Document
from chidao.text.layout import segment
from chidao.text.normalize import normalize_text


def _organizations(text: str, date: str) -> list[tuple[str, int]]:
    document = Document.from_text(normalize_text(text).strip(), "t.txt", date=date)
    return [(o.name, len(o.mentions)) for o in extract_document(document).organizations]


def test_an_office_alone_on_the_last_line_is_a_byline() -> None:
    text = ("Công an tỉnh Lạng Sơn tổng kết công tác năm\n\n"
            "Ngày 5/1, Công an tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác năm 2022.\n\n"
            "Phòng Tham mưu")
    names = [name for name, _ in _organizations(text, "2023-01")]
    assert "Phòng Tham mưu" not in names
    assert "Công an tỉnh Lạng Sơn" in names
    assert segment(text)[-1].kind == "furniture"


def test_the_same_office_inside_a_sentence_stays_a_body_and_its_byline_adds_no_mention() -> None:
    text = ("Công an tỉnh Lạng Sơn tổng kết công tác năm\n\n"
            "Ngày 5/1, Công an tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác năm 2022. Các đơn vị gửi báo "
            "cáo về Công an tỉnh (qua Phòng Tham mưu) trước ngày 15/1/2023.\n\n"
            "Phòng Tham mưu")
    assert ("Phòng Tham mưu", 1) in _organizations(text, "2023-01")


def test_other_offices_signing_the_page_are_furniture_and_a_last_sentence_is_not() -> None:
    for byline in ("Văn phòng UBND tỉnh", "Ban biên tập", "Văn phòng HĐND và UBND huyện"):
        blocks = segment(f"Tiêu đề bài\n\nNgày 5/1, huyện tổ chức hội nghị.\n\n{byline}")
        assert blocks[-1].kind == "furniture"
    blocks = segment("Tiêu đề bài\n\nNgày 5/1, huyện tổ chức hội nghị.\n\n"
                     "Phòng Cảnh sát hình sự đã bắt 5 đối tượng.")
    assert blocks[-1].kind != "furniture"


def test_points_that_open_with_their_verb_name_their_own_addressee() -> None:
    found = directives_of(
        "Ngày 9/5/2024, đồng chí Hồ Văn Lâm, Phó Chủ tịch UBND tỉnh làm việc với Công an tỉnh Quảng Trị.\n\n"
        "Kết luận buổi làm việc, đồng chí Phó Chủ tịch UBND tỉnh giao nhiệm vụ như sau:\n\n"
        "1. Yêu cầu Công an tỉnh tăng cường tuần tra, kiểm soát trên các tuyến quốc lộ.\n\n"
        "2. Giao Sở Tài chính tham mưu bố trí kinh phí mua sắm phương tiện cho Công an xã.\n\n"
        "- Đề nghị Sở Giáo dục và Đào tạo phối hợp tuyên truyền phòng, chống ma túy trong trường học.\n\n"
        "3. UBND các huyện rà soát, củng cố lực lượng bảo vệ an ninh, trật tự ở cơ sở.", "2024-05")
    assert who_asks_whom(found)[1:] == [
        ("Hồ Văn Lâm", "yêu cầu", "Công an tỉnh"), ("Hồ Văn Lâm", "giao", "Sở Tài chính"),
        ("Hồ Văn Lâm", "đề nghị", "Sở Giáo dục và Đào tạo"), ("Hồ Văn Lâm", None, "UBND các huyện")]


def test_a_heading_point_giving_a_body_its_tasks_names_that_body() -> None:
    found = directives_of(
        "Ngày 2/10, Ban An toàn giao thông tỉnh Nghệ An họp sơ kết 9 tháng.\n\n"
        "Kết luận hội nghị, đồng chí Lê Hồng Vinh yêu cầu các sở, ngành thực hiện các nhiệm vụ sau:\n\n"
        "1. Giao Công an tỉnh:\n\n"
        "a) Xử lý nghiêm các hành vi chở quá tải trọng trên Quốc lộ 7.", "2023-10")
    assert who_asks_whom(found)[1] == ("Lê Hồng Vinh", "giao", "Công an tỉnh")


def test_a_notices_closing_formula_asks_nothing() -> None:
    found = directives_of(
        "Ngày 3/4/2024, đồng chí Đoàn Ngọc Lâm, Phó Chủ tịch UBND tỉnh làm việc với Công an tỉnh "
        "Quảng Bình.\n\n"
        "Đồng chí Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "1. Yêu cầu Công an tỉnh đẩy mạnh tấn công, trấn áp tội phạm ma túy.\n\n"
        "Văn phòng UBND tỉnh thông báo để các sở, ngành, địa phương biết, thực hiện./.\n\n"
        "Văn phòng UBND tỉnh", "2024-04")
    assert [d.text for d in found if "thông báo để" in d.text] == []
    assert who_asks_whom(found)[-1] == ("Đoàn Ngọc Lâm", "yêu cầu", "Công an tỉnh")
