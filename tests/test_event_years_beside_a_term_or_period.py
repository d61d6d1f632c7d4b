"""An event's day with no year, in a report with no date (round 49): a term's or a period's years written in
the event's sentence ("nhiệm kỳ 2015 - 2020", "giai đoạn 2021 - 2025") give no year by their last one; the
event opens the term unless the report's periods give its year. Reports written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_path

from chidao.model import Extraction


def extract_text(tmp_path: Path, text: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return extract_path(path)


def test_a_congress_opens_its_term(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Đại hội Đảng bộ Công an huyện\n\n"
        "(ĐN) - Ngày 12/5, Đảng bộ Công an tỉnh Đồng Nai tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2015 - "
        "2020. Đồng chí Nguyễn Văn Tâm, Giám đốc Công an tỉnh chủ trì đại hội.\n"))
    assert [e.date for e in ex.events] == ["2015-05-12"], ex.events


def test_a_signing_opens_its_period(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Ký kết chương trình phối hợp\n\n"
        "(BT) - Sáng 8/4, Công an tỉnh Bình Thuận và Hội Nông dân tỉnh Bình Thuận tổ chức lễ ký kết chương "
        "trình phối hợp bảo đảm an ninh, trật tự giai đoạn 2021 - 2025.\n"))
    assert [e.date for e in ex.events] == ["2021-04-08"], ex.events


def test_a_session_mid_term_takes_the_year_the_report_reviews(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Chất vấn tại kỳ họp HĐND tỉnh\n\n"
        "(BL) - Chiều 5-12, tiếp tục chương trình Kỳ họp thứ 7, HĐND tỉnh Bạc Liêu khóa IX, nhiệm kỳ 2016 - "
        "2021, các đại biểu đã chất vấn Giám đốc Công an tỉnh.\n\n"
        "Theo báo cáo, 11 tháng năm 2017, toàn tỉnh xảy ra 120 vụ phạm pháp hình sự.\n"))
    assert [e.date for e in ex.events] == ["2017-12-05"], ex.events
