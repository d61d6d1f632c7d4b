"""A body named inside a person's position ("Thứ trưởng Bộ Công an", "Phó Cục trưởng Cục …") names whom the
person serves, not who holds the event: a province's ceremony a deputy minister attends keeps the province's
goals in the province. A ministry's own event still holds its goals for the whole country.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted


def test_a_deputy_ministers_body_in_his_position_is_no_holder() -> None:
    ex = extracted("Ngày 5/8/2021, tại TP Thái Bình, Thượng tướng Trần Văn Nam, Thứ trưởng Bộ Công an "
                   "dự lễ công bố quyết định bổ nhiệm Đại tá Lê Hữu Phúc giữ chức vụ Giám đốc Công an "
                   "tỉnh Thái Bình.\n\nNhận nhiệm vụ, Đại tá Lê Hữu Phúc hứa sẽ phấn đấu năm 2022 tỷ lệ "
                   "điều tra khám phá án đạt trên 85%.", "2021-08")
    assert [(t.value, t.scope) for t in ex.targets] == [(85, "Thái Bình")]


def test_the_ministry_holding_its_own_event_keeps_the_country() -> None:
    ex = extracted("Ngày 5/8/2021, Bộ Công an tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\n\n"
                   "Thứ trưởng Trần Văn Nam yêu cầu phấn đấu năm 2022 tỷ lệ điều tra khám phá án "
                   "đạt trên 85%.", "2021-08")
    assert [(t.value, t.scope) for t in ex.targets] == [(85, None)]
