"""A share in the title that the body sets as a goal in a little other words is a target of its own: "Năm 2025
kéo giảm ít nhất 5% tội phạm về trật tự xã hội" over "… kéo giảm ít nhất 5% số vụ phạm tội về trật tự xã hội
…", "Kiểm tra 100% nhà trọ từ 10 phòng trở lên" over "… kiểm tra 100% nhà trọ có từ 10 phòng trở lên". A
title's share of other things than the body's goal of the same figure stays none.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

_BODY = ("Ngày 18/12, tại Hà Nội, Bộ Công an tổ chức hội nghị tổng kết công tác bảo đảm an ninh, trật tự năm "
         "2024.\n\n")


def test_a_titles_decrease_told_with_more_words_in_the_body_is_a_target() -> None:
    ex = extracted("Năm 2025 kéo giảm ít nhất 5% tội phạm về trật tự xã hội\n\n" + _BODY
                   + "Năm 2025, toàn lực lượng phấn đấu kéo giảm ít nhất 5% số vụ phạm tội về trật tự xã hội "
                     "so với năm 2024.", "2024-12")
    assert [(t.metric_key, t.value, t.deadline) for t in ex.targets] == [
        ("social_order_crime", 5, "2025"), ("social_order_crime", 5, "2025")]


def test_a_titles_inspection_told_with_a_word_more_in_the_body_is_a_target() -> None:
    ex = extracted("TP Cần Thơ: Kiểm tra 100% nhà trọ từ 10 phòng trở lên trước Tết\n\n"
                   "Ngày 12/11, Công an TP Cần Thơ triển khai đợt cao điểm phòng cháy, chữa cháy.\n\n"
                   "Theo kế hoạch, đến ngày 31-1-2025, lực lượng chức năng phải kiểm tra 100% nhà trọ có từ "
                   "10 phòng trở lên.", "2024-11")
    assert [(t.value, t.text) for t in ex.targets] == [
        (100, "100% nhà trọ từ 10 phòng trở lên trước Tết"),
        (100, "100% nhà trọ có từ 10 phòng trở lên")]


def test_a_titles_share_of_other_things_than_the_bodys_goal_is_none() -> None:
    ex = extracted("TP Cần Thơ: 100% trường học có camera an ninh\n\n"
                   "Ngày 12/11, Công an TP Cần Thơ triển khai đợt cao điểm phòng cháy, chữa cháy.\n\n"
                   "Theo kế hoạch, đến ngày 31-1-2025, lực lượng chức năng phải kiểm tra 100% nhà trọ có từ "
                   "10 phòng trở lên.", "2024-11")
    assert [(t.value, t.text) for t in ex.targets] == [(100, "100% nhà trọ có từ 10 phòng trở lên")]
