"""Directives and commitments of rounds 32-33's classes: a related-links block after the lead, a
plan's passive lead-in, "yêu cầu" as a noun, and an approval inside a request sentence.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from directive_reading import directives_of, who_asks_whom


def test_a_related_links_block_after_the_lead_ends_none_of_the_requests_after_it() -> None:
    found = directives_of(
        "Sáng 8-1, Trại tạm giam Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2023.\n\n"
        "Tin liên quan:\n"
        "- Tây Ninh: 30 phạm nhân được giảm án dịp Quốc khánh\n\n"
        "Phát biểu chỉ đạo, Đại tá Nguyễn Văn Hòa, Phó Giám đốc Công an tỉnh yêu cầu Ban Giám thị quản "
        "lý chặt chẽ phạm nhân, không để xảy ra trốn trại.", "2024-01")
    assert who_asks_whom(found) == [("Nguyễn Văn Hòa", "yêu cầu", "Ban Giám thị")]
