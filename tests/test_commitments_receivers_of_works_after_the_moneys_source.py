"""The body whose buildings money repairs is its receiver also when the money's source stands between the sum
and the works ("bố trí 4 tỷ đồng từ ngân sách tỉnh để sửa chữa, nâng cấp doanh trại Ban CHQS huyện X"), not
the body whose request the sentence answers.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

_LEAD = ("Ngày 15/12/2016, Công an tỉnh Bạc Liêu tổ chức hội nghị tổng kết công tác bảo đảm an ninh, trật tự "
         "và quốc phòng, quân sự địa phương năm 2016.\n\n")


def _receivers(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.amount, c.receiver) for c in extracted(_LEAD + text, "2016-12").commitments]


def test_works_after_the_moneys_source() -> None:
    assert _receivers("Về đề xuất của Bộ CHQS tỉnh, Bí thư Tỉnh ủy thống nhất chủ trương bố trí 4 tỷ đồng từ "
                      "ngân sách tỉnh để sửa chữa, nâng cấp doanh trại Ban CHQS huyện Hồng Dân trong năm "
                      "2017.") == [(4, "Ban CHQS huyện Hồng Dân")]
    assert _receivers("UBND tỉnh sẽ bố trí 3 tỷ đồng từ nguồn vốn đầu tư công để xây dựng trụ sở Công an xã "
                      "Vĩnh Lộc.") == [(3, "Công an xã Vĩnh Lộc")]
