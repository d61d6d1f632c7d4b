"""Places of a level at large after "cho" ("bổ sung 150 biên chế cho các xã biên giới") are no receiver: the
thing goes to the body the same giver gives to earlier in the sentence ("hỗ trợ Công an tỉnh 20 tỷ đồng …
và bổ sung …"), else to none.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

_LEAD = ("Ngày 15/12/2016, Công an tỉnh Bạc Liêu tổ chức hội nghị tổng kết phong trào toàn dân bảo vệ an "
         "ninh Tổ quốc năm 2016.\n\n")


def _receivers(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.amount, c.receiver) for c in extracted(_LEAD + text, "2016-12").commitments]


def test_places_at_large_go_to_the_body_given_to_before() -> None:
    assert _receivers("Bộ trưởng cho biết, Bộ Công an sẽ hỗ trợ Công an tỉnh 20 tỷ đồng để mua sắm trang "
                      "thiết bị và bổ sung 150 biên chế cho các xã biên giới.") == [
        (20, "Công an tỉnh Bạc Liêu"), (150, "Công an tỉnh Bạc Liêu")]


def test_places_at_large_alone_are_no_receiver() -> None:
    assert _receivers("UBND tỉnh sẽ bổ sung 100 biên chế cho các xã biên giới.") == [(100, None)]
