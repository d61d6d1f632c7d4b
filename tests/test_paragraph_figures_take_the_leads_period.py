"""A paragraph's figures with no period of their own take the period of the review its lead names (settled
after round 49, probe/README.md): a department's or a border post's figures told in a later paragraph, a
city's share; figures of a paragraph that opens with "Đến nay" as its time are stocks to now and take none;
"Qua 3 năm triển khai, đến nay …" is the stage's.

Every sentence here is written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

LEAD = ("Sáng 2/11/2022, Ban Chỉ đạo phòng, chống tội phạm huyện Mường Tè tổ chức hội nghị sơ kết công tác "
        "phòng, chống ma túy 10 tháng năm 2022.")


def periods(text: str) -> dict[float, str | None]:
    return {i.value: i.period for i in extracted(text, "2022-11-03").indicators}


def test_a_later_paragraphs_figures_take_the_leads_period() -> None:
    text = (f"Mường Tè sơ kết\n\n{LEAD}\n\n"
            "Trong 10 tháng, lực lượng chức năng của huyện phát hiện, bắt giữ 27 vụ phạm tội về ma túy.\n\n"
            "Thiếu tá Vàng A Chư, Đồn trưởng Đồn Biên phòng Ka Lăng cho biết: Đồn đã phối hợp với lực lượng "
            "nước bạn tổ chức 11 đợt tuần tra song phương.")
    found = periods(text)
    assert found[11] == "10 tháng năm 2022"


def test_a_paragraph_opening_with_to_now_tells_stocks() -> None:
    text = (f"Mường Tè sơ kết\n\n{LEAD}\n\n"
            "Trong 10 tháng, lực lượng chức năng của huyện phát hiện, bắt giữ 27 vụ phạm tội về ma túy.\n\n"
            "Theo báo cáo của Công an huyện, đến nay đã có 9 xã được công nhận xã không ma túy. "
            "Toàn huyện đã lắp đặt 146 camera an ninh.")
    found = periods(text)
    assert found[27] == "10 tháng"
    assert found[146] is None


def test_a_stage_gone_on_to_now_keeps_the_stage() -> None:
    text = ("Mường Tè tổng kết\n\n"
            "Ngày 5/12/2022, Ban Chỉ đạo huyện Mường Tè tổ chức hội nghị tổng kết phong trào xây dựng xã "
            "an toàn về an ninh, trật tự giai đoạn 2020 - 2022.\n\n"
            "Qua 3 năm triển khai, đến nay nhân dân đã cung cấp cho cơ quan Công an 318 tin báo về tội phạm.")
    found = {i.value: i.period for i in extracted(text, "2022-12-06").indicators}
    assert found[318] == "giai đoạn 2020 - 2022"
