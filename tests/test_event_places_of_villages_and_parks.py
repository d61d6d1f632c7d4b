"""An event's place after "tại": a village by its name ("tại thôn Đăk Rơ Wang 2, xã …" -> the village as
written, its commune and city after it its places), and the park or zone named after the businesses or
places of a kind an inspection visits there ("tại các doanh nghiệp trong Khu công nghiệp …"); places of a
kind in plain localities ("tại các chốt … thuộc huyện …") give none.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from chidao.extract.pipeline import extract_document
from chidao.model import Document, Event
from chidao.text.normalize import normalize_text


def _events(text: str, date: str) -> list[Event]:
    return extract_document(Document.from_text(normalize_text(text).strip(), "t.txt", date=date)).events


def test_a_village_after_tai_is_the_place_as_written() -> None:
    events = _events("Sáng 24-8, tại thôn Đăk Rơ Wang 2, xã Ngọc Bay, thành phố Kon Tum, Ban Chỉ đạo "
                     "phong trào Toàn dân bảo vệ an ninh Tổ quốc thành phố tổ chức Ngày hội toàn dân bảo vệ "
                     "an ninh Tổ quốc năm 2019.", "2019-08")
    assert [(e.type, e.place) for e in events] == [("ceremony", "thôn Đăk Rơ Wang 2")]
    events = _events("Ngày 17-8, tại ấp Phú Hữu, xã Long Phước, Ban Chỉ đạo phong trào Toàn dân bảo vệ "
                     "an ninh Tổ quốc huyện tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.", "2020-08")
    assert [e.place for e in events] == ["ấp Phú Hữu"]


def test_a_park_named_after_the_businesses_inspected_in_it_is_the_place() -> None:
    events = _events("Ngày 21.4, đoàn kiểm tra liên ngành do Thượng tá Nguyễn Văn Tùng, Trưởng phòng "
                     "Cảnh sát PCCC và CNCH Công an tỉnh Bắc Ninh làm trưởng đoàn đã kiểm tra công tác phòng "
                     "cháy, chữa cháy tại các cơ sở sản xuất trong Khu công nghiệp Yên Phong (huyện Yên "
                     "Phong).", "2018-04")
    assert [(e.type, e.place) for e in events] == [("inspection", "Khu công nghiệp Yên Phong")]


def test_places_of_a_kind_in_localities_give_no_place() -> None:
    events = _events("Chiều 5/8, đoàn kiểm tra của Công an tỉnh Tây Ninh do Đại tá Trần Văn Chiến, Phó Giám "
                     "đốc Công an tỉnh làm trưởng đoàn đã kiểm tra công tác bảo đảm an ninh, trật tự tại các "
                     "chốt kiểm soát thuộc huyện Tân Biên.", "2021-08")
    assert [(e.type, e.place) for e in events] == [("inspection", None)]
