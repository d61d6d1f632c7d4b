"""Commitments of round 37's class pass: a bare "UBND thành phố" where the report names several cities'
committees (the one its paragraph names before it), "đơn vị" where no one speaks (the body the title opens
with), and land whose place is written before the headquarters it is for (the unit the headquarters is of).

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from chidao.extract.pipeline import extract_document
from chidao.model import Document, Extraction, grounding_errors
from chidao.text.normalize import normalize_text


def _extract(text: str, date: str, title: str | None = None) -> Extraction:
    document = Document.from_text(normalize_text(text).strip(), "t.txt", title=title, date=date)
    ex = extract_document(document)
    assert grounding_errors(ex) == []
    return ex


def test_a_bare_city_committee_is_the_one_its_paragraph_names() -> None:
    ex = _extract("Chiều 15/3/2024, Bộ Công an tổ chức hội nghị trực tuyến toàn quốc về chuyển đổi số.\n\n"
                  "Phát biểu tại điểm cầu Hải Phòng, ông Lê Văn Dũng, Phó Chủ tịch UBND thành phố Hải Phòng "
                  "cho biết, thành phố đã cấp 1,9 triệu thẻ căn cước.\n\n"
                  "Đại diện điểm cầu Đà Nẵng, ông Trần Văn Minh, Phó Chủ tịch UBND thành phố Đà Nẵng thông "
                  "tin, UBND thành phố sẽ bố trí 12 tỷ đồng để trang bị máy tính cho Công an các xã, phường.",
                  "2024-03")
    (item,) = ex.commitments
    assert (item.amount, item.giver) == (12, "UBND thành phố Đà Nẵng")


def test_the_unit_where_no_one_speaks_is_the_body_the_title_opens_with() -> None:
    ex = _extract("BĐBP Kiên Giang tổng kết công tác biên phòng năm 2023\n\n"
                  "Ngày 20/12, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang tổ chức hội nghị tổng kết "
                  "công tác biên phòng năm 2023.\n\n"
                  "Năm 2023, Bộ đội Biên phòng tỉnh Kiên Giang tổ chức 3.250 lượt tuần tra.\n\n"
                  "Năm 2023, đơn vị đã phối hợp xây dựng, bàn giao 10 căn nhà đại đoàn kết cho hộ nghèo "
                  "khu vực biên giới.", "2023-12",
                  title="BĐBP Kiên Giang tổng kết công tác biên phòng năm 2023")
    # (the title's short name is that force, named in full in the report)
    (item,) = ex.commitments
    assert (item.amount, item.giver) == (10, "Bộ đội Biên phòng tỉnh Kiên Giang")


def test_land_with_its_place_before_the_headquarters_goes_to_the_unit() -> None:
    ex = _extract("Ngày 10/5/2024, Thứ trưởng Bộ Công an làm việc với UBND tỉnh Thanh Hóa.\n\n"
                  "Chủ tịch UBND tỉnh Đỗ Minh Tuấn cho biết, UBND tỉnh sẽ bàn giao quỹ đất 4 ha tại thị xã "
                  "Nghi Sơn để xây dựng trụ sở Trung đoàn Cảnh sát cơ động.", "2024-05")
    (item,) = ex.commitments
    assert (item.amount, item.unit, item.receiver) == (4, "ha", "Trung đoàn Cảnh sát cơ động")
