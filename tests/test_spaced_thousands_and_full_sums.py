"""A space as thousands separator ("12 480 trường hợp") and a sum of money written out in full
("1.065.000.000 đồng") read as one number."""

from chidao.extract.metrics import find_amounts
from chidao.extract.pipeline import extract_document
from chidao.model import Document, grounding_errors
from chidao.text.reading import reading_text


def test_space_grouped_number_reads_with_dots_same_length():
    text = "Lực lượng chức năng đã lập biên bản 23 415 trường hợp, tước 2 008 giấy phép lái xe."
    reading, where = reading_text(text)
    assert "23.415 trường hợp" in reading and "2.008 giấy phép" in reading
    assert where is None and len(reading) == len(text)


def test_dates_lists_and_odd_groups_are_left():
    for text in ("ngày 12 480 người", "tháng 12 500 vụ", "các số 1 2 3 trong danh sách",
                 "năm 2022 310 vụ", "12 48 vụ", "lần thứ 3 120 người"):
        assert reading_text(text)[0] == text, text


def test_indicator_from_space_grouped_count_keeps_the_written_text():
    text = ("Ban An toàn giao thông tỉnh Thái Bình sơ kết quý II\n\n"
            "Ngày 5/7/2022, Ban An toàn giao thông tỉnh Thái Bình tổ chức hội nghị sơ kết công tác quý "
            "II/2022. Trong quý II/2022, lực lượng chức năng đã xử lý 10 275 trường hợp vi phạm trật tự, an "
            "toàn giao thông.\n")
    result = extract_document(Document.from_text(text, source="t.txt", date="2022-07-05"))
    assert grounding_errors(result) == []
    found = [(i.value, i.text) for i in result.indicators]
    assert any(v == 10275 and "10 275" in t for v, t in found), found


def test_full_sum_in_dong_is_one_amount_but_small_sums_and_people_are_not():
    text = "xử phạt 120 trường hợp với số tiền 2.350.000.000 đồng; 12 đồng chí tham gia; giá 500.000 đồng"
    amounts = [(a.value, a.unit) for a in find_amounts(text, 0, len(text))]
    assert (2_350_000_000, "đồng") in amounts
    assert (12, "đồng chí") in amounts
    assert all(not (u == "đồng" and v < 1_000_000) for v, u in amounts)
    text = "hỗ trợ 300 triệu đồng"
    assert [(a.value, a.unit) for a in find_amounts(text, 0, len(text))] == [(300, "triệu đồng")]
