"""Hard line breaks inside a paragraph (a PDF copy) read as spaces; headlines, lists and captions kept."""

from chidao.extract.pipeline import extract_document
from chidao.model import Document, grounding_errors
from chidao.text.wraps import unwrap as reading_text


def test_lowercase_continuation_joins_and_keeps_length():
    text = "Đại tá Lê Văn Hùng, Giám đốc Công an huyện chủ\ntrì buổi làm việc."
    reading, where = reading_text(text)
    assert reading == text.replace("\n", " ")
    assert where is None


def test_hyphen_break_drops_hyphen_and_maps_offsets():
    text = "Bà Trần Thị Mai, Phó Chủ-\ntịch UBND huyện dự hội nghị."
    reading, where = reading_text(text)
    assert "Phó Chủ tịch UBND huyện" in reading
    assert where is not None and len(where) == len(reading) == len(text) - 1
    i = reading.index("tịch")
    assert text[where[i]:where[i] + 4] == "tịch"


def test_full_width_line_before_capital_joins_in_a_wrapped_paragraph():
    text = ("Đồng chí Phó Chủ tịch đề nghị lực lượng Công an huyện phối hợp chặt chẽ với\n"
            "Đồn Biên phòng quản lý địa bàn các xã biên giới, kiểm soát tốt người và phương\n"
            "tiện qua lại.")
    reading, _ = reading_text(text)
    assert "\n" not in reading


def test_headline_list_and_caption_lines_stay():
    text = ("Công an huyện Mộc Châu ra quân trấn áp tội phạm\n"
            "Sáng 3/2, Công an huyện tổ chức lễ ra quân\n"
            "Yêu cầu các đơn vị:\n"
            "a) tăng cường tuần tra;\n"
            "b) xử lý nghiêm vi phạm.\n"
            "- nắm chắc địa bàn\n"
            "Ảnh: Minh Hà")
    reading, where = reading_text(text)
    assert reading == text and where is None


def test_capital_after_short_line_is_not_joined():
    text = ("Phát biểu chỉ đạo hội nghị\n"
            "Đồng chí Nguyễn Văn An yêu cầu các đơn vị tăng cường tuần tra, kiểm soát\nđịa bàn.")
    reading, _ = reading_text(text)
    assert reading.startswith("Phát biểu chỉ đạo hội nghị\n")


def test_extraction_of_wrapped_report_is_grounded_in_the_text_as_written():
    text = ("Công an tỉnh Cao Bằng sơ kết công tác 6 tháng\n\n"
            "Ngày 4/7/2013, Công an tỉnh Cao Bằng tổ chức hội nghị sơ kết công tác 6 tháng đầu\n"
            "năm 2013. Ông Nguyễn Văn Bình, Phó Chủ-\ntịch UBND tỉnh dự. Đại tá Hà Văn Lợi, Giám\n"
            "đốc Công an tỉnh chủ\ntrì hội nghị.\n\n"
            "Trong 6 tháng, lực lượng Công an đã điều-\ntra làm rõ 95 vụ, bắt 130 đối tượng.\n")
    doc = Document.from_text(text, source="t.txt", date="2013-07-05")
    result = extract_document(doc)
    assert grounding_errors(result) == []
    assert result.document is doc
    people = {p.name: p for p in result.people}
    assert "Phó Chủ tịch UBND tỉnh" in people["Nguyễn Văn Bình"].positions
    assert result.events and result.events[0].leader == "Hà Văn Lợi"
    values = {i.value for i in result.indicators}
    assert {95, 130} <= values
