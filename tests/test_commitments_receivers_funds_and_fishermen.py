"""Receivers that are no body: a fund ("tặng 30 triệu đồng cho quỹ phòng, chống ma túy của xã") and the
people of a trade ("trao 60 phao cứu sinh cho ngư dân xã X, huyện Y", the district after the commune's comma
part of them), also helped in the money's purpose ("bố trí 8 tỷ đồng hỗ trợ ngư dân thay thế …").

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

_LEAD = ("Ngày 15/12/2016, Công an tỉnh Bạc Liêu tổ chức hội nghị tổng kết phong trào toàn dân bảo vệ an "
         "ninh Tổ quốc năm 2016.\n\n")


def _gifts(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.amount, c.receiver) for c in extracted(_LEAD + text, "2016-12").commitments]


def test_a_fund_receives() -> None:
    assert _gifts("Dịp này, Ủy ban MTTQ huyện Phước Long tặng 30 triệu đồng cho quỹ phòng, chống ma túy của "
                  "xã.") == [(30, "quỹ phòng, chống ma túy của xã")]
    assert _gifts("Công ty TNHH Minh Phát ủng hộ 10 triệu đồng cho quỹ an ninh, trật tự của phường.") == [
        (10, "quỹ an ninh, trật tự của phường")]


def test_fishermen_receive_with_their_commune_and_district() -> None:
    assert _gifts("Dịp này, Bộ Chỉ huy Bộ đội Biên phòng tỉnh trao 60 phao cứu sinh cho ngư dân xã Vĩnh Hậu, "
                  "huyện Hòa Bình.") == [(60, "ngư dân xã Vĩnh Hậu, huyện Hòa Bình")]


def test_fishermen_helped_in_the_moneys_purpose() -> None:
    assert _gifts("UBND tỉnh sẽ bố trí 8 tỷ đồng hỗ trợ ngư dân thay thế thiết bị giám sát hành trình hư "
                  "hỏng.") == [(8, "ngư dân")]
    assert _gifts("UBND tỉnh sẽ bố trí 8 tỷ đồng hỗ trợ ngư dân xã Vĩnh Hậu sửa chữa tàu cá.") == [
        (8, "ngư dân xã Vĩnh Hậu")]
