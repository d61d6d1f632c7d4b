"""Rounds 32-33's classes of indicators, targets, periods and scopes (round 15's pass): short sentences in
the genre, written for each rule."""

from __future__ import annotations

from chidao.extract.pipeline import extract_document
from chidao.model import Document, Extraction, grounding_errors


def _extract(text: str, date: str) -> Extraction:
    ex = extract_document(Document.from_text(text, source="test", date=date))
    assert grounding_errors(ex) == []
    return ex


def test_a_city_s_own_report_gives_its_unnamed_thanh_pho_to_the_city_not_the_province() -> None:
    ex = _extract(
        "TP. Tam Kỳ (Quảng Nam) triển khai nhiệm vụ bảo đảm trật tự an toàn giao thông năm 2023\n\n"
        "Sáng 10/2, Ban An toàn giao thông TP. Tam Kỳ họp triển khai nhiệm vụ năm 2023.\n\n"
        "Năm 2022, trên địa bàn thành phố xảy ra 21 vụ tai nạn giao thông, làm chết 9 người.",
        date="2023-02")
    assert {i.value: i.scope for i in ex.indicators} == {21: "Tam Kỳ", 9: "Tam Kỳ"}


def test_a_special_zone_s_own_bodies_and_area_hold_its_figures() -> None:
    ex = _extract(
        "Đặc khu Côn Đảo bảo đảm an ninh, trật tự dịp cuối năm\n\n"
        "Sáng 20-11, đồng chí Lê Văn Hùng, Bí thư Đảng ủy đặc khu Côn Đảo làm việc với Công an đặc khu "
        "về công tác bảo đảm an ninh, trật tự.\n\n"
        "Đặc khu Côn Đảo được thành lập từ ngày 1-7-2025 trên cơ sở huyện cùng tên thuộc tỉnh "
        "Bà Rịa - Vũng Tàu cũ, nay thuộc Thành phố Hồ Chí Minh.\n\n"
        "Từ ngày 1-7 đến nay, trên địa bàn đặc khu xảy ra 6 vụ phạm pháp hình sự, điều tra, làm rõ 6 vụ.",
        date="2025-11")
    assert {i.scope for i in ex.indicators} == {"Côn Đảo"}
