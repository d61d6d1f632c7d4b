"""A team of the people's security work named lower-case by its task, between the giving verb and the count
("trao tặng tổ bảo vệ an ninh, trật tự ở cơ sở 6 bộ đàm và 20 bộ quần áo mưa", "tặng các tổ tự quản 10 đèn
pin"), receives, the second gift too.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

_LEAD = ("Ngày 15/12/2016, Công an tỉnh Bạc Liêu tổ chức hội nghị tổng kết phong trào toàn dân bảo vệ an "
         "ninh Tổ quốc năm 2016.\n\n")


def _receivers(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.amount, c.receiver) for c in extracted(_LEAD + text, "2016-12").commitments]


def test_a_team_named_by_its_task_receives() -> None:
    team = "tổ bảo vệ an ninh, trật tự ở cơ sở"
    assert _receivers("Dịp này, UBND xã trao tặng tổ bảo vệ an ninh, trật tự ở cơ sở 6 bộ đàm và 20 bộ quần "
                      "áo mưa.") == [(6, team), (20, team)]
    assert _receivers("Công an huyện tặng các tổ tự quản 10 đèn pin.") == [(10, "các tổ tự quản")]
