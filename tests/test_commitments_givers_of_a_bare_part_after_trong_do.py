"""A part of a funded sum written bare after "trong đó" ("bố trí 120 tỷ đồng cho …, trong đó 45 tỷ đồng xây
dựng …") is the whole's giver's (GOLD rule 28); a part naming its own source ("trong đó ngân sách trung ương
12 tỷ đồng") does not take it.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

_LEAD = ("Ngày 15/12/2016, Công an tỉnh Bạc Liêu tổ chức hội nghị tổng kết công tác bảo đảm an ninh, trật tự "
         "năm 2016.\n\n")


def _givers(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.amount, c.giver) for c in extracted(_LEAD + text, "2016-12").commitments]


def test_a_bare_part_takes_the_wholes_giver() -> None:
    assert _givers("Đại diện Sở Tài chính cho biết, năm 2016 UBND tỉnh đã bố trí 120 tỷ đồng cho công tác "
                   "bảo đảm an ninh, trật tự, trong đó 45 tỷ đồng xây dựng trụ sở Công an xã.") == [
        (120, "UBND tỉnh Bạc Liêu"), (45, "UBND tỉnh Bạc Liêu")]


def test_a_part_with_its_own_source_does_not() -> None:
    assert _givers("UBND tỉnh bố trí 20 tỷ đồng, trong đó ngân sách trung ương 12 tỷ đồng.") == [
        (20, "UBND tỉnh Bạc Liêu"), (12, None)]
