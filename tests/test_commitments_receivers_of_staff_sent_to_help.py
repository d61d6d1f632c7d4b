"""Officers sent to help a place or a body ("điều động thêm 25 cán bộ, chiến sĩ Phòng Cảnh sát cơ động hỗ trợ
huyện X từ ngày …", "tăng cường 20 cán bộ hỗ trợ Công an xã Y") go to that place or body; help to people at
large ("huy động 500 cán bộ, chiến sĩ tham gia hỗ trợ người dân") is no receiver.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

_LEAD = ("Ngày 15/12/2016, Công an tỉnh Bạc Liêu tổ chức hội nghị tổng kết phong trào toàn dân bảo vệ an "
         "ninh Tổ quốc năm 2016.\n\n")


def _receivers(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.amount, c.receiver) for c in extracted(_LEAD + text, "2016-12").commitments]


def test_staff_sent_to_help_a_place_or_body() -> None:
    assert _receivers("Đại tá Lê Văn An cho biết, Công an tỉnh cũng sẽ điều động thêm 25 cán bộ, chiến sĩ "
                      "Phòng Cảnh sát cơ động hỗ trợ huyện Hồng Dân từ ngày 10/2 đến hết lễ hội.") == [
        (25, "huyện Hồng Dân")]
    assert _receivers("Công an tỉnh sẽ tăng cường 20 cán bộ hỗ trợ Công an xã Vĩnh Lộc trong dịp Tết.") == [
        (20, "Công an xã Vĩnh Lộc")]


def test_help_to_people_at_large_is_no_receiver() -> None:
    assert _receivers("Công an tỉnh huy động 500 cán bộ, chiến sĩ tham gia hỗ trợ người dân.") == [
        (500, None)]
