"""Staff offices get the follow-up report in Vietnamese as Word, Excel or Markdown."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document as read_docx
from openpyxl import load_workbook

from chidao.report.chart import directives_by_topic, directives_chart_png
from chidao.report.content import build_report, format_date, format_number
from chidao.report.docx_report import render_docx
from chidao.report.markdown_report import chart_path_for, render_markdown
from chidao.report.xlsx_report import render_xlsx
from chidao.track.evaluation import evaluate_targets

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def item(item_kind: str, doc: str, date: str, **fields) -> dict:
    base = {"id": f"{doc}-{item_kind}-{len(fields)}", "kind": item_kind, "document_id": doc,
            "document_date": date,
            "event_date": None, "document_source": f"{doc}.txt", "document_title": None,
            "status": "open", "owner": None, "due": None, "notes": None, "overdue": False, "span": [0, 10]}
    base.update(fields)
    return base


@pytest.fixture()
def quang_ninh_items() -> dict[str, list[dict]]:
    directives = [
        item("directives", "qn-2021", "2021-03-07", speaker="Tô Lâm", verb="yêu cầu", addressee=None,
             topics=["crime"], text="Công an tỉnh phải kéo giảm tội phạm một cách căn bản, bền vững."),
        item("directives", "qn-2024", "2024-03-07", speaker="Tô Lâm", verb="nhấn mạnh", addressee=None,
             topics=["cybersecurity", "economic_security"], status="in_progress", owner="Công an tỉnh",
             due="2024-12-31", overdue=True, text="Tăng cường bảo đảm an ninh mạng, an ninh kinh tế."),
    ]
    targets = [item("targets", "qn-2021", "2021-03-07", metric="số vụ phạm tội về trật tự xã hội",
                    metric_key="social_order_crime", direction="decrease", value=5, unit="%", at_least=True,
                    baseline="năm 2020", deadline=None, scope="Quảng Ninh",
                    text="giảm ít nhất 5% số vụ phạm tội về trật tự xã hội so với năm 2020")]
    indicators = [item("indicators", "qn-2024", "2024-03-07", metric="tội phạm về trật tự xã hội",
                       metric_key="social_order_crime", value=9.4, unit="%", direction="decrease",
                       baseline="năm 2020", period="năm 2023", scope="Quảng Ninh",
                       text="giảm 9,4% so với năm 2020")]
    commitments = [item("commitments", "qn-2024", "2024-03-07", kind="funding", amount=756.2,
                        unit="tỷ đồng", giver="tỉnh Quảng Ninh", receiver="Công an tỉnh",
                        text="tỉnh Quảng Ninh hỗ trợ 756,2 tỉ đồng")]
    evaluated = evaluate_targets(targets, indicators, today=dt.date(2025, 1, 1))
    return {"directives": directives, "targets": evaluated,
            "indicators": indicators, "commitments": commitments, "events": []}


@pytest.fixture()
def report(quang_ninh_items):
    return build_report("Quảng Ninh", quang_ninh_items, today=dt.date(2025, 1, 2))


def test_the_report_speaks_vietnamese_and_judges_the_target(report):
    assert report.title == "Báo cáo theo dõi chỉ đạo — Quảng Ninh"
    headings = [t.heading for t in report.tables]
    assert headings == ["Chỉ đạo", "Mục tiêu", "Cam kết", "Chỉ số"]
    targets = next(t for t in report.tables if t.key == "targets")
    row = dict(zip(targets.columns, targets.rows[0], strict=True))
    assert row["Đánh giá"] == "Đạt"
    assert row["Chỉ tiêu"] == "giảm ít nhất 5% so với năm 2020"
    assert "giảm 9,4% so với năm 2020" in row["Căn cứ đánh giá"]
    directives = next(t for t in report.tables if t.key == "directives")
    overdue = dict(zip(directives.columns, directives.rows[1], strict=True))
    assert overdue["Trạng thái"] == "Đang thực hiện (quá hạn)"
    assert overdue["Hạn"] == "31/12/2024"
    assert overdue["Nguồn"].startswith("qn-2024.txt (07/03/2024")
    assert "Số việc quá hạn: 1." in report.summary


def test_a_word_report_has_vietnamese_headings_item_rows_and_the_chart_as_a_picture(report, tmp_path):
    path = render_docx(report, tmp_path / "bao-cao.docx")
    doc = read_docx(str(path))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "Báo cáo theo dõi chỉ đạo — Quảng Ninh"
    for heading in ("Chỉ đạo", "Mục tiêu", "Cam kết", "Chỉ số"):
        assert heading in texts
    assert len(doc.inline_shapes) == 1
    directives = doc.tables[0]
    assert [c.text for c in directives.rows[0].cells][:3] == ["Ngày", "Người chỉ đạo", "Nội dung"]
    first = directives.rows[1].cells[2].text
    assert first == "Công an tỉnh phải kéo giảm tội phạm một cách căn bản, bền vững."
    assert len(directives.rows) == 3
    target_headers = [c.text for c in doc.tables[1].rows[0].cells]
    assert "Trạng thái" in target_headers and "Hạn" in target_headers and "Nguồn" in target_headers


def test_an_excel_report_has_one_sheet_per_kind_with_a_bold_frozen_header(report, tmp_path):
    path = render_xlsx(report, tmp_path / "bao-cao.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Tổng hợp", "Chỉ đạo", "Mục tiêu", "Cam kết", "Chỉ số"]
    sheet = workbook["Cam kết"]
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["Ngày", "Loại", "Nội dung", "Số lượng"]
    assert [c.value for c in sheet[2]][:4] == [
        "07/03/2024", "Kinh phí", "tỉnh Quảng Ninh hỗ trợ 756,2 tỉ đồng", "756,2 tỷ đồng"]
    assert sheet.column_dimensions["C"].width >= 40
    assert len(workbook["Tổng hợp"]._images) == 1


def test_a_markdown_report_has_the_tables_and_links_the_chart_written_beside_it(report, tmp_path):
    path = render_markdown(report, tmp_path / "bao-cao.md")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Báo cáo theo dõi chỉ đạo — Quảng Ninh\n")
    assert "## Mục tiêu" in text
    assert "| Ngày | Người chỉ đạo | Nội dung |" in text
    assert "| 07/03/2021 | Tô Lâm | Công an tỉnh phải kéo giảm tội phạm một cách căn bản, bền vững. |" in text
    chart = chart_path_for(path)
    assert chart.exists() and chart.read_bytes().startswith(PNG_MAGIC)
    assert f"]({chart.name})" in text


def test_the_chart_counts_directives_per_topic_and_year(quang_ninh_items):
    periods, series = directives_by_topic(quang_ninh_items["directives"])
    assert periods == ["2021", "2024"]
    # The 2024 directive names two topics: it counts once, under the first.
    assert series == {"crime": [1, 0], "cybersecurity": [0, 1]}
    assert directives_chart_png(quang_ninh_items["directives"]).startswith(PNG_MAGIC)


def test_the_chart_bars_add_up_to_the_number_of_directives_each_counted_under_its_first_topic():
    directives = [
        item("directives", "a", "2021-03-07", topics=["drugs", "crime", "cybersecurity"], text="a"),
        item("directives", "a", "2021-03-07", topics=["crime", "drugs"], text="b"),
        item("directives", "b", "2021-10-20", topics=[], text="c"),
        item("directives", "c", "2024-03-09", topics=["cybersecurity", "crime", "drugs"], text="d"),
        item("directives", "d", None, topics=["crime"], text="e"),
    ]
    periods, series = directives_by_topic(directives)
    assert periods == ["2021", "2024", "Không rõ"]
    assert [sum(counts[n] for counts in series.values()) for n in range(len(periods))] == [3, 1, 1]
    assert series == {"crime": [1, 0, 1], "cybersecurity": [0, 1, 0], "drugs": [1, 0, 0],
                      "Chưa phân loại": [1, 0, 0]}
    report = build_report("toàn bộ", {"directives": directives}, today=dt.date(2025, 1, 2))
    assert "mỗi chỉ đạo tính một lần" in report.chart_caption


def test_an_empty_register_still_gives_a_report_that_says_so(tmp_path):
    report = build_report("Bình Thuận", {}, current_name="Lâm Đồng", today=dt.date(2025, 8, 1))
    assert "Đơn vị hành chính hiện nay (sau sắp xếp năm 2025): Lâm Đồng." in report.summary
    text = render_markdown(report, tmp_path / "empty.md").read_text(encoding="utf-8")
    assert "_Không có mục nào._" in text
    doc = read_docx(str(render_docx(report, tmp_path / "empty.docx")))
    assert "Không có mục nào." in [p.text for p in doc.paragraphs]


def test_dates_and_numbers_are_written_the_vietnamese_way():
    assert format_date("2024-05-09") == "09/05/2024"
    assert format_date("2024-05") == "05/2024"
    assert format_number(1000) == "1.000"
    assert format_number(756.2) == "756,2"
    assert format_number(27781) == "27.781"
