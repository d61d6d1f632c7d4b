"""Names written in capitals read as the names they are; acronyms, Roman numerals and headlines without
names add nothing."""

from chidao.extract.pipeline import extract_document
from chidao.model import Document, grounding_errors
from chidao.text.capitals import recase_capitals


def test_body_province_and_districts_in_capitals():
    assert recase_capitals("CÔNG AN TỈNH HÀ GIANG SƠ KẾT CÔNG TÁC") == "Công an tỉnh Hà Giang sơ kết công tác"
    assert recase_capitals("các huyện ĐỒNG VĂN, MÈO VẠC, YÊN MINH;") \
        == "các huyện Đồng Văn, Mèo Vạc, Yên Minh;"


def test_person_in_capitals():
    assert recase_capitals("Đồng chí NGUYỄN VĂN HÒA phát biểu") == "Đồng chí Nguyễn Văn Hòa phát biểu"


def test_acronyms_numerals_and_single_words_stay():
    for text in ("HĐND, UBND, MTTQ TPHCM", "BCH BĐBP TP", "Trong quý II, CA tỉnh cần", "tại HUẾ",
                 "PCCC&CNCH"):
        assert recase_capitals(text) == text


def test_caps_report_is_read_and_a_caps_headline_adds_no_place():
    text = ("CÔNG AN TỈNH HÀ GIANG TỔNG KẾT CÔNG TÁC NĂM 2014\n\n"
            "Ngày 8/1/2015, CÔNG AN TỈNH HÀ GIANG tổ chức hội nghị tổng kết công tác năm 2014. Năm 2014, lực "
            "lượng Công an đã điều tra khám phá 420 vụ phạm pháp hình sự.\n\n"
            "TĂNG CƯỜNG PHÒNG NGỪA TỘI PHẠM\n\n"
            "Đồng chí Phó Chủ tịch UBND tỉnh yêu cầu CÔNG AN TỈNH tăng cường kiểm soát địa bàn các huyện "
            "ĐỒNG VĂN, MÈO VẠC.\n")
    result = extract_document(Document.from_text(text, source="t.txt", date="2015-01-09"))
    assert grounding_errors(result) == []
    assert {loc.name for loc in result.localities} == {"Hà Giang", "Đồng Văn", "Mèo Vạc"}
    assert "Công an tỉnh Hà Giang" in {o.name for o in result.organizations}
    assert all(i.scope == "Hà Giang" for i in result.indicators) and result.indicators
    assert result.directives[0].addressee == "Công an tỉnh"


def test_bylines_in_capitals_are_no_names():
    assert recase_capitals("Tin, ảnh: HOÀNG HÙNG") == "Tin, ảnh: Hoàng hùng"
    assert recase_capitals("giao thông.\nNGUYỄN THƠM") == "giao thông.\nNguyễn thơm"
