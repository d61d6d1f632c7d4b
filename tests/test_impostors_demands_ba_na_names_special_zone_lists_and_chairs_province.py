"""Round 42's classes: an impostor's demands a warning tells of are no directives; a Ba Na or Jrai name of two
syllables opening with "A" after a title; the special zones listed after one level word; a directive's issuer
from the province its signing chairman is named with, rather than the bare body of its symbol.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from directive_reading import directives_of, who_asks_whom

from chidao.extract.context import Context
from chidao.extract.legal_refs import extract_legal_refs
from chidao.extract.localities import extract_localities
from chidao.extract.pipeline import extract_document
from chidao.model import Document
from chidao.text.normalize import normalize_text

_WARNING = ("Cảnh giác cuộc gọi giả danh cán bộ công an\n\n"
            "Công an tỉnh Nghệ An vừa phát đi cảnh báo về thủ đoạn lừa đảo qua điện thoại. ")
_ADVICE = "\n\nCông an tỉnh khuyến cáo người dân không làm theo hướng dẫn của người lạ qua điện thoại."


def test_an_impostors_demand_told_in_a_warning_is_no_directive() -> None:
    for sentence in (
            "Gần đây, nhiều đối tượng giả danh cán bộ công an xã gọi điện, yêu cầu người dân cung cấp mã "
            "OTP để xác thực tài khoản.",
            "Ngày 5-2, ông H. (65 tuổi, trú xã Nghi Lộc) nhận cuộc gọi của người tự xưng là cán bộ ngân "
            "hàng, đề nghị chuyển tiền để khóa khoản vay.",
            "Trên mạng xã hội xuất hiện kẻ gian mạo danh nhân viên điện lực nhắn tin, yêu cầu khách hàng "
            "bấm vào đường link để thanh toán tiền điện."):
        found = directives_of(_WARNING + sentence + _ADVICE, "2025-02")
        assert who_asks_whom(found) == [(None, "khuyến cáo", "người dân")], sentence


def test_the_polices_advice_for_when_an_impostor_calls_stays_a_directive() -> None:
    found = directives_of(_WARNING + "Khi có người giả danh công an gọi điện, đề nghị người dân báo ngay cho "
                          "Công an xã nơi cư trú để được hỗ trợ.", "2025-02")
    assert [d.verb for d in found] == ["đề nghị"]


def _people(text: str) -> list[tuple[str, list[str]]]:
    document = Document.from_text(normalize_text(text).strip(), "t.txt", date="2026-01-10")
    return [(p.name, list(p.positions)) for p in extract_document(document).people]


def test_a_ba_na_name_opening_with_a_after_a_title() -> None:
    found = _people("Ngày hội cồng chiêng xã Đăk Hà\n\nPhát biểu tại buổi lễ, ông A Thuận, Chủ tịch UBND xã "
                    "Đăk Hà cho biết ngày hội thu hút hơn 500 nghệ nhân. Cùng dự có bà Y Hoa, Phó Chủ tịch "
                    "UBND xã.")
    assert ("A Thuận", ["Chủ tịch UBND xã Đăk Hà"]) in found
    assert "Y Hoa" in [name for name, _ in found]


def test_a_bare_a_with_no_title_is_no_name() -> None:
    found = _people("Kiểm tra an toàn cháy nổ\n\nĐoàn kiểm tra nhà A Khu công nghiệp và nhà B của công ty, "
                    "phát hiện 3 vi phạm.")
    assert found == []


def _places(text: str, date: str = "2025-09-01") -> list[str]:
    document = Document.from_text(normalize_text(text), source="test", date=date)
    return [loc.name for loc in extract_localities(document, Context.for_document(document))]


def test_special_zones_listed_after_one_level_word() -> None:
    names = _places("Tỉnh Quảng Ninh tăng cường tuần tra trên biển tại các đặc khu Vân Đồn và Cô Tô.")
    assert {"Vân Đồn", "Cô Tô"} <= set(names)
    names = _places("Lực lượng chức năng của thành phố Hải Phòng có mặt tại các đặc khu Cát Hải, Bạch "
                    "Long Vĩ.")
    assert {"Cát Hải", "Bạch Long Vĩ"} <= set(names)


def _refs(text: str, date: str = "2025-12-20"):
    document = Document.from_text(normalize_text(text), source="test", date=date)
    return extract_legal_refs(document, Context.for_document(document))


def test_a_directive_signed_by_the_chairman_of_a_named_province_is_its_peoples_committees() -> None:
    [ref] = _refs("Chủ tịch UBND tỉnh Nghệ An Trần Văn Nam vừa ký ban hành Chỉ thị số 21/CT-UBND ngày "
                  "15/12/2025 về bảo đảm an ninh, trật tự dịp Tết.")
    assert (ref.symbol, ref.date, ref.issuer) == ("21/CT-UBND", "2025-12-15", "UBND tỉnh Nghệ An")
    [ref] = _refs("Chủ tịch UBND thành phố Hải Phòng đã ký Chỉ thị số 5/CT-UBND ngày 2/3/2025 về phòng cháy.")
    assert ref.issuer == "UBND thành phố Hải Phòng"


def test_a_chairman_named_without_his_province_keeps_the_symbols_issuer() -> None:
    [ref] = _refs("Chủ tịch UBND tỉnh Trần Văn Nam vừa ký ban hành Chỉ thị số 21/CT-UBND ngày 15/12/2025 về "
                  "bảo đảm an ninh, trật tự dịp Tết trên địa bàn tỉnh Nghệ An.")
    assert ref.issuer == "Ủy ban nhân dân"
