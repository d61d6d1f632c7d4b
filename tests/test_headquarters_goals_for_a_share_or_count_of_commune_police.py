"""A goal to give headquarters to a share of the commune police ("hoàn thành bố trí trụ sở làm việc cho 100%
Công an xã, phường còn làm việc nhờ trước ngày …") or to a count of units ("… bố trí trụ sở cho 14 đơn vị còn
lại …") is keyed `commune_police_headquarters`.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

_LEAD = ("Ngày 20/8/2025, Thứ trưởng Bộ Công an làm việc với Công an tỉnh Quảng Ngãi về hoạt động của Công "
         "an cấp xã.\n\n")


def _keys(text: str) -> list[tuple[float, str | None]]:
    return [(t.value, t.metric_key) for t in extracted(_LEAD + text, "2025-08").targets]


def test_headquarters_for_every_commune_police_left_without() -> None:
    assert _keys("Thứ trưởng yêu cầu Công an tỉnh hoàn thành bố trí trụ sở làm việc cho 100% Công an xã, "
                 "phường còn làm việc nhờ trước ngày 31/12/2025.") == [(100, "commune_police_headquarters")]


def test_headquarters_for_the_units_left() -> None:
    assert _keys("Thứ trưởng yêu cầu Công an tỉnh khẩn trương hoàn thành việc bố trí trụ sở cho 12 đơn vị "
                 "còn lại trước ngày 31/12/2025.") == [(12, "commune_police_headquarters")]
