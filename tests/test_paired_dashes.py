"""A pair of dashes around an aside read as its commas; a single dash of a name or a range is left."""

from chidao.extract.pipeline import extract_document
from chidao.model import Document, grounding_errors
from chidao.text.reading import reading_text


def test_paired_dashes_are_commas_single_dashes_stay():
    text = ("Thượng tá Hồ Văn Lực — Trưởng Công an huyện — phát biểu; lập 58 biên bản – đạt 90% – phạt 12 "
            "người.")
    reading, where = reading_text(text)
    assert "Hồ Văn Lực,  Trưởng Công an huyện,  phát biểu" in reading
    assert "58 biên bản,  đạt 90%,  phạt" in reading
    assert where is None and len(reading) == len(text)
    for text in ("tỉnh Bà Rịa – Vũng Tàu và Hà Nội – Hải Phòng", "giai đoạn 2016 – 2020 và 2021 – 2025",
                 "Hội nghị — bàn giải pháp"):
        assert reading_text(text)[0] == text


def test_rate_between_en_dashes_and_position_between_em_dashes():
    text = ("Công an tỉnh Quảng Trị tổng kết năm 2016\n\n"
            "Sáng 6/1/2017, Công an tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác năm 2016. Đại tá Trần "
            "Văn Phong — Giám đốc Công an tỉnh — chủ trì hội nghị. Năm 2016, lực lượng đã điều tra làm rõ "
            "310 vụ phạm pháp hình sự – đạt tỷ lệ 84,2% – bắt 512 đối tượng.\n")
    result = extract_document(Document.from_text(text, source="t.txt", date="2017-01-06"))
    assert grounding_errors(result) == []
    assert result.people[0].positions == ("Giám đốc Công an tỉnh",)
    rate = [i for i in result.indicators if i.unit == "%"]
    assert [(i.metric_key, i.value) for i in rate] == [("case_clearance_rate", 84.2)]
