"""The whole force's words ("Công an các đơn vị, địa phương") in a province's own report, spoken by the head
of a province's body ("Giám đốc Công an tỉnh … quán triệt, …, Công an các đơn vị, địa phương phải kéo giảm
…"), are that head's units and places: the goals' scope is the province. In a report of the Ministry the
same words still address the whole country's force (no scope).

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

_GOALS = ("quán triệt, trong đợt cao điểm, Công an các đơn vị, địa phương phải kéo giảm ít nhất 5% số vụ "
          "phạm tội về trật tự xã hội so với cùng kỳ; triệt phá ít nhất 10 đường dây, ổ nhóm mua bán trái "
          "phép chất ma túy.")


def test_a_province_heads_units_and_places_are_the_provinces() -> None:
    ex = extracted("Ngày 2/10/2025, Công an tỉnh Hà Tĩnh tổ chức lễ ra quân đợt cao điểm tấn công, trấn áp "
                   "tội phạm.\n\nGiám đốc Công an tỉnh Nguyễn Hồng Phong " + _GOALS, "2025-10")
    assert [(t.value, t.scope) for t in ex.targets] == [(5, "Hà Tĩnh"), (10, "Hà Tĩnh")]


def test_the_ministrys_units_and_places_stay_the_countrys() -> None:
    ex = extracted("Ngày 2/10/2025, Bộ Công an tổ chức hội nghị trực tuyến triển khai đợt cao điểm tấn công, "
                   "trấn áp tội phạm.\n\nThứ trưởng Nguyễn Văn Long " + _GOALS, "2025-10")
    assert [(t.value, t.scope) for t in ex.targets] == [(5, None), (10, None)]
