"""Events of rounds 50-53 (fixev pass): a day with no year takes the one year the report's other paragraphs
give (deadlines, "năm Y", a baseline's next year); a Tết's year for a launch in December is the year before;
a review of a range is held at its end; an earlier incident's day is no event; a guest who "dự buổi lễ" and
then asks leads; a speaker at the event who asks leads; the subject after an outlet's dateline leads; a
report below the genre's threshold whose event stands far from every word of the genre holds no event.
Reports written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_path

from chidao.model import Extraction


def extract_text(tmp_path: Path, text: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return extract_path(path)


def test_the_year_from_a_deadline_and_a_baseline_elsewhere(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Thứ trưởng làm việc với Công an tỉnh\n\n"
        "Chiều 20/10, Trung tướng Lê Văn Hòa, Thứ trưởng Bộ Công an đã làm việc với Công an tỉnh Tây Ninh về "
        "công tác bảo đảm an ninh, trật tự.\n\n"
        "Toàn tỉnh xảy ra 310 vụ phạm pháp hình sự, giảm 6% so với cùng kỳ năm 2023.\n\n"
        "Thứ trưởng yêu cầu Công an tỉnh hoàn thành bố trí trụ sở cho Công an xã trước ngày 31/12/2024.\n"))
    assert [(e.date, e.leader) for e in ex.events] == [("2024-10-20", "Lê Văn Hòa")], ex.events


def test_two_years_elsewhere_give_none(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Hội nghị của Công an huyện\n\n"
        "Sáng 14/3, Công an huyện Đức Hòa tổ chức hội nghị triển khai công tác bảo đảm an ninh, trật tự.\n\n"
        "Năm 2019, Công an huyện điều tra làm rõ 120 vụ phạm pháp hình sự; phấn đấu đến năm 2025 giảm 5% "
        "số vụ. "
        "Trong năm 2020, huyện xảy ra 98 vụ.\n"))
    assert [e.date for e in ex.events] == [None], ex.events


def test_a_tet_launch_in_december_falls_in_the_year_before(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Ra quân trấn áp tội phạm dịp Tết\n\n"
        "Sáng 10-12, tại Quảng trường tỉnh, Công an tỉnh Quảng Nam tổ chức lễ ra quân tấn công trấn áp "
        "tội phạm, bảo đảm an ninh trật tự Tết Nguyên đán Nhâm Dần 2022.\n"))
    assert [e.date for e in ex.events] == ["2021-12-10"], ex.events


def test_a_review_of_a_season_is_held_at_its_end(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Tổng kết mùa khô\n\n"
        "Sáng 18-6, Công an tỉnh Kiên Giang tổ chức hội nghị tổng kết công tác phòng cháy, chữa cháy rừng "
        "mùa khô 2018 - 2019.\n"))
    assert [e.date for e in ex.events] == ["2019-06-18"], ex.events


def test_an_earlier_fire_is_no_second_inspection(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Kiểm tra phòng cháy sau vụ cháy\n\n"
        "Ngày 12-9, đoàn kiểm tra liên ngành do ông Trần Văn Lâm, Phó Chủ tịch UBND tỉnh Bình Dương "
        "làm trưởng "
        "đoàn đã kiểm tra công tác phòng cháy, chữa cháy tại các nhà trọ ở TP Thủ Dầu Một.\n\n"
        "Đợt kiểm tra diễn ra sau vụ cháy nhà trọ ở TP Thuận An rạng sáng 8-9 làm 2 người tử vong. "
        "Công an tỉnh đã kiểm tra 1.200 cơ sở trong năm 2023.\n"))
    assert [(e.type, e.date) for e in ex.events] == [("inspection", "2023-09-12")], ex.events


def test_a_guest_named_before_du_buoi_le_who_asks_leads(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Bố trí Công an chính quy về xã\n\n"
        "Sáng 3/6/2019, Công an huyện Chợ Gạo tổ chức lễ công bố quyết định bố trí Công an chính quy về xã. "
        "Đại tá Phạm Văn Lợi, Phó Giám đốc Công an tỉnh Tiền Giang và ông Lê Văn Sáu, Bí thư Huyện "
        "ủy Chợ Gạo "
        "dự buổi lễ.\n\n"
        "Phát biểu tại buổi lễ, Đại tá Phạm Văn Lợi yêu cầu cán bộ, chiến sĩ nhanh chóng nắm tình "
        "hình địa bàn.\n"))
    assert [e.leader for e in ex.events] == ["Phạm Văn Lợi"], ex.events


def test_the_speaker_of_the_events_paragraph_who_asks_leads(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Mít tinh hưởng ứng Tháng hành động phòng, chống ma túy\n\n"
        "Sáng 26-6-2017, tại thành phố Điện Biên Phủ, UBND tỉnh Điện Biên tổ chức mít tinh hưởng "
        "ứng Tháng hành "
        "động phòng, chống ma túy. Ông Lò Văn Mừng, Phó Chủ tịch UBND tỉnh phát biểu tại buổi mít tinh.\n\n"
        "Toàn tỉnh có 7.400 người nghiện ma túy.\n\n"
        "Ông Lò Văn Mừng yêu cầu các cấp, các ngành tăng cường đấu tranh với tội phạm ma túy.\n"))
    assert [e.leader for e in ex.events] == ["Lò Văn Mừng"], ex.events


def test_a_speaker_in_a_later_paragraph_does_not_lead_a_handover(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Bàn giao nhà cho hộ nghèo\n\n"
        "Công an tỉnh Kon Tum vừa phối hợp với UBND huyện Sa Thầy tổ chức lễ bàn giao 10 căn nhà "
        "cho hộ nghèo.\n\n"
        "Mỗi căn nhà trị giá 60 triệu đồng.\n\n"
        "Phát biểu tại buổi lễ, Đại tá Trần Văn Hải, Phó Giám đốc Công an tỉnh đề nghị chính quyền "
        "xã tiếp tục "
        "giúp đỡ các hộ.\n"))
    assert [e.leader for e in ex.events] == [None], ex.events


def test_the_subject_after_an_outlets_dateline_leads(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Thứ trưởng làm việc tại Bến Tre\n\n"
        "THVL - Chiều 4/11/2024, Trung tướng Nguyễn Văn Long, Thứ trưởng Bộ Công an đã làm việc với "
        "Công an tỉnh "
        "Bến Tre về công tác xây dựng lực lượng.\n"))
    assert [e.leader for e in ex.events] == ["Nguyễn Văn Long"], ex.events


def test_another_fields_ceremony_that_names_the_police_once_far_away(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Cục Thuế tỉnh đón nhận Huân chương\n\n"
        "Sáng 12-9, Cục Thuế tỉnh Bình Định tổ chức lễ kỷ niệm 80 năm Ngày truyền thống ngành Tài chính và "
        "đón nhận Huân chương Lao động hạng Nhì của Chủ tịch nước.\n\n"
        "Năm 2024, Cục Thuế tỉnh thu ngân sách 9.000 tỷ đồng, vượt 5% dự toán.\n\n"
        "Lãnh đạo tỉnh yêu cầu đơn vị phối hợp chặt chẽ với Công an tỉnh trong đấu tranh với hành vi mua bán "
        "hóa đơn.\n"))
    assert ex.events == [], ex.events
