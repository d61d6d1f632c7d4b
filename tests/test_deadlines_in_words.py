"""A deadline written as a date in words ("trước ngày 30 tháng 6 năm 2019") is a goal's deadline."""

from chidao.extract.periods import find_deadline
from chidao.extract.pipeline import extract_document
from chidao.model import Document


def test_day_in_words_with_and_without_year():
    text = "yêu cầu trước ngày 15 tháng 9 năm 2020 hoàn thành"
    found = find_deadline(text, 0, len(text))
    assert found is not None and found.value == "2020-09-15"
    text = "đến ngày 31 tháng 10, hoàn thành"
    found = find_deadline(text, 0, len(text), "2021")
    assert found is not None and found.value == "2021-10-31"


def test_goal_with_deadline_in_words():
    text = ("Ban Thường vụ Tỉnh ủy Điện Biên làm việc với Đảng ủy Công an tỉnh\n\n"
            "Ngày 12/3/2020, Ban Thường vụ Tỉnh ủy Điện Biên làm việc với Đảng ủy Công an tỉnh. Đồng chí Bí "
            "thư Tỉnh ủy yêu cầu Công an tỉnh trước ngày 15 tháng 9 năm 2020 hoàn thành việc lập hồ sơ "
            "quản lý "
            "100% người nghiện ma túy trên địa bàn tỉnh.\n")
    result = extract_document(Document.from_text(text, source="t.txt", date="2020-03-12"))
    assert [t.deadline for t in result.targets] == ["2020-09-15"]
