"""A goal after ";" whose own words name no place is not the place one task before it names (a festival's
district, a town's gold shops, a special zone's police): it is the report's place. A task of the report's own
event place before ";" (a commune's own handover) still gives the goal its place.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted


def test_a_goal_after_a_task_in_one_district_is_the_provinces() -> None:
    ex = extracted("Sáng 28/12, Công an tỉnh Bạc Liêu tổ chức hội nghị tổng kết công tác công an năm "
                   "2016.\n\nChủ tịch UBND tỉnh yêu cầu Công an tỉnh năm 2017 tập trung bảo đảm an toàn "
                   "Lễ hội Quán Âm ở huyện Hòa Bình; kéo giảm ít nhất 5% số vụ phạm tội về trật tự xã hội "
                   "so với năm 2016.", "2016-12")
    assert [(t.metric_key, t.scope) for t in ex.targets] == [("social_order_crime", "Bạc Liêu")]


def test_a_goal_after_a_task_of_the_communes_own_handover_is_the_communes() -> None:
    ex = extracted("Sáng 12/8, tại xã Tân Hiệp, huyện Châu Thành, tỉnh An Giang, UBND huyện tổ chức lễ "
                   "bàn giao trụ sở làm việc Công an xã Tân Hiệp.\n\n"
                   "Phó Chủ tịch UBND huyện đề nghị Công an xã Tân Hiệp giữ gìn, sử dụng hiệu quả trụ sở; "
                   "phấn đấu 100% tin báo, tố giác tội phạm được tiếp nhận, phân loại đúng quy định.",
                   "2023-08")
    assert [t.scope for t in ex.targets] == ["Tân Hiệp"]
