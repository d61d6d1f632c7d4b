"""The year a report is written in, read by one reader (`chidao.text.dates.report_year`,
`Context.report_year`): its date's; else the full date the first sentence of its lead (or of the paragraph
after it) gives; else the day a line of its opening opens with; else a day framing a later clause of its
first three paragraphs that tells the report's own occasion ("Tại hội nghị, ngày 12/3/2020, Đại tá … cho
biết, …") -- not a past event's day, a document's date or a deadline.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from extraction_reading import extracted

from chidao.extract.context import Context
from chidao.model import Document
from chidao.text.dates import report_year

LEAD = "Công an huyện Đông Sơn vừa tổ chức hội nghị tổng kết công tác năm 2019, triển khai nhiệm vụ năm 2020."
FIGURES = "Năm qua, Công an huyện điều tra, làm rõ 54 vụ phạm pháp hình sự, đạt tỷ lệ 82%."


def year_of(text: str, date: str | None = None) -> str | None:
    return Context.for_document(Document(id="t", source="t", title="", date=date, text=text)).report_year()


@pytest.mark.parametrize(("third", "year"), [
    # the day of the report's own occasion, framing a later clause
    ("Tại hội nghị, ngày 12/3/2020, Thượng tá Lê Văn Hòa, Trưởng Công an huyện cho biết, đơn vị sẽ "
     "tăng cường tuần tra.", "2020"),
    ("Phát biểu bế mạc, sáng ngày 14 tháng 1 năm 2020, Chủ tịch UBND huyện chủ trì buổi trao thưởng.",
     "2020"),
    # a past event's day frames its clause, but tells no occasion of the report
    ("Đáng chú ý, ngày 3/5/2019, Công an huyện bắt giữ 2 đối tượng vận chuyển 300 viên ma túy.", None),
    ("Ngày 19/8/1945, lực lượng Công an nhân dân ra đời.", None),
    # a document's date and a deadline follow no comma
    ("Thực hiện Kế hoạch số 15/KH-UBND ngày 6/1/2020 của UBND huyện về hội nghị tổng kết, đơn vị tiếp tục "
     "triển khai.", None),
    ("Công an các xã hoàn thành kiểm tra 100% cơ sở kinh doanh có điều kiện trước ngày 30/6/2020.", None),
])
def test_a_full_date_later_in_the_opening(third: str, year: str | None) -> None:
    text = f"Đông Sơn tổng kết công tác công an\n\n{LEAD}\n\n{FIGURES}\n\n{third}"
    assert year_of(text) == year


def test_the_occasions_day_is_read_only_in_the_first_three_paragraphs() -> None:
    fourth = "Tại hội nghị, ngày 12/3/2020, Thượng tá Lê Văn Hòa cho biết, đơn vị sẽ tăng cường tuần tra."
    text = f"Đông Sơn tổng kết\n\n{LEAD}\n\n{FIGURES}\n\nĐơn vị được tặng Giấy khen.\n\n{fourth}"
    assert year_of(text) is None


def test_the_lead_and_the_date_come_first() -> None:
    later = "Tại hội nghị, ngày 12/3/2020, Thượng tá Lê Văn Hòa cho biết, đơn vị sẽ tăng cường tuần tra."
    dated = f"Tin\n\nNgày 28/12/2019, Công an huyện tổ chức hội nghị.\n\n{FIGURES}\n\n{later}"
    assert year_of(dated) == "2019"
    assert year_of(f"Tin\n\n{LEAD}\n\n{FIGURES}\n\n{later}", "2021-01-05") == "2021"


def test_the_text_reader_takes_the_body_paragraphs() -> None:
    text = "Tin\n\nCông an xã họp giao ban.\n\nSau đó, ngày 2/4/2018, Công an xã làm việc với thôn Bắc."
    paragraphs = [(5, 30), (32, len(text))]
    assert report_year(text, None, paragraphs) == "2018"


def test_an_undated_reports_goals_take_the_year_its_occasions_day_gives() -> None:
    text = (f"Đông Sơn tổng kết công tác công an\n\n{LEAD}\n\n{FIGURES}\n\n"
            "Tại hội nghị, ngày 12/3/2020, Thượng tá Lê Văn Hòa, Trưởng Công an huyện cho biết, những "
            "tháng cuối năm, Công an huyện phấn đấu kéo giảm ít nhất 5% số vụ phạm pháp hình sự.")
    found = [(t.value, t.deadline) for t in extracted(text, None).targets]
    assert (5, "2020") in found


@pytest.mark.parametrize(("lead", "year"), [
    # a document's date, a law's passing, a range's start, a deadline, an anniversary in brackets: days of the
    # past (or the future) the lead's sentence names, not the report's
    ("Công an tỉnh tổ chức hội nghị tổng kết 5 năm thực hiện Nghị định số 21/2015/NĐ-CP ngày 3-4-2015 của "
     "Chính phủ.", None),
    ("Công an huyện triển khai Chỉ thị số 07-CT/TU ngày 9 tháng 6 năm 2016 của Ban Thường vụ Tỉnh ủy.", None),
    ("Luật Phòng cháy được Quốc hội thông qua ngày 20/11/2019 đã đi vào cuộc sống.", None),
    ("Qua kiểm tra cho thấy, từ ngày 1-3-2018 đến nay, đơn vị tiếp nhận 40 tin báo.", None),
    ("Đơn vị phấn đấu hoàn thành trước ngày 31/12/2021 việc cấp thẻ.", None),
    ("Công an tỉnh kỷ niệm Ngày truyền thống lực lượng (12/7/1962 - 12/7/2022) tại hội trường.", None),
    # … the day after them still read: the publication day of a report's figures
    ("Theo Nghị định số 21/2015/NĐ-CP ngày 3-4-2015, số liệu công bố ngày 6-10-2022, toàn tỉnh giảm 5 vụ.",
     "2022"),
])
def test_past_days_in_the_leads_sentence_are_not_the_reports(lead: str, year: str | None) -> None:
    text = f"Tin tức\n\n{lead}\n\nĐơn vị được tặng Giấy khen."
    assert year_of(text) == year
