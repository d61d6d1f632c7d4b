"""Staff offices get the follow-up report in Vietnamese as Word, Excel or Markdown."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document as read_docx
from openpyxl import load_workbook

from chidao.report.chart import follow_up_by_topic, follow_up_chart_png
from chidao.report.content import build_report, format_date, format_number, target_goal
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


def row_of(table, n: int = 0) -> dict[str, str]:
    """Row `n` of a table as printed, by column heading."""
    columns, rows = table.printed()
    return dict(zip((c.heading for c in columns), rows[n], strict=True))


def test_the_report_speaks_vietnamese_and_judges_the_target(report):
    assert report.title == "Báo cáo theo dõi chỉ đạo — Quảng Ninh"
    headings = [t.heading for t in report.tables]
    assert headings == ["Chỉ đạo", "Chỉ tiêu", "Cam kết", "Số liệu báo cáo"]
    targets = next(t for t in report.tables if t.key == "targets")
    row = row_of(targets)
    assert row["STT"] == "1"
    assert row["Mức chỉ tiêu (phạm vi)"] == "giảm ít nhất 5% so với năm 2020 (Quảng Ninh)"
    assert row["Đánh giá và căn cứ"].startswith(
        "Đạt\n★ giảm 9,4% so với năm 2020 («qn-2024.txt», 07/03/2024)")
    directives = next(t for t in report.tables if t.key == "directives")
    overdue = row_of(directives, 1)
    assert overdue["STT"] == "2"
    assert overdue["Thực hiện"] == "Đang thực hiện (quá hạn)\nHạn: 31/12/2024\nĐơn vị: Công an tỉnh"
    # The source names the report and its date, then the id `chidao status` takes.
    assert overdue["Nguồn"] == "«qn-2024.txt», 07/03/2024\nMã: qn-2024-directives-9"
    assert "Số việc quá hạn: 1." in report.summary
    # Every mark the tables use is explained.
    assert any(line.startswith("★") for line in report.legend)
    assert any("(quá hạn)" in line for line in report.legend)


def test_a_word_report_has_vietnamese_headings_item_rows_and_the_chart_as_a_picture(report, tmp_path):
    path = render_docx(report, tmp_path / "bao-cao.docx")
    doc = read_docx(str(path))
    texts = [p.text for p in doc.paragraphs]
    abstract = texts[texts.index("BÁO CÁO") + 1]
    assert abstract == "Kết quả theo dõi thực hiện chỉ đạo, chỉ tiêu, cam kết — Quảng Ninh"
    for heading in ("I. TÌNH HÌNH CHUNG", "II. CHỈ ĐẠO", "III. CHỈ TIÊU", "IV. CAM KẾT",
                    "V. SỐ LIỆU BÁO CÁO"):
        assert heading in texts
    assert len(doc.inline_shapes) == 1
    directives = doc.tables[1]  # after the letterhead's layout table
    assert [c.text for c in directives.rows[0].cells][:3] == ["STT", "Người chỉ đạo", "Nội dung"]
    first = directives.rows[1].cells[2].text
    assert first == "Công an tỉnh phải kéo giảm tội phạm một cách căn bản, bền vững."
    assert len(directives.rows) == 3
    target_headers = [c.text for c in doc.tables[2].rows[0].cells]
    assert "Thực hiện" in target_headers and "Nguồn" in target_headers


def test_an_excel_report_has_one_sheet_per_kind_with_a_bold_frozen_header(report, tmp_path):
    path = render_xlsx(report, tmp_path / "bao-cao.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Tổng hợp", "Chỉ đạo", "Chỉ tiêu", "Cam kết", "Số liệu báo cáo"]
    sheet = workbook["Cam kết"]
    assert sheet.freeze_panes == "B2"
    assert all(cell.font.bold for cell in sheet[1])
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["STT", "Ngày", "Loại", "Nội dung", "Số lượng", "Đơn vị tính"]
    assert header[-2:] == ["Nguồn", "Mã mục"]
    assert [c.value for c in sheet[2]][:6] == [
        1, dt.datetime(2024, 3, 7), "Kinh phí", "tỉnh Quảng Ninh hỗ trợ 756,2 tỉ đồng", 756.2, "tỷ đồng"]
    assert sheet.column_dimensions["D"].width >= 40
    assert len(workbook["Tổng hợp"]._images) == 1


def test_a_markdown_report_has_the_tables_and_links_the_chart_written_beside_it(report, tmp_path):
    path = render_markdown(report, tmp_path / "bao-cao.md")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Báo cáo theo dõi chỉ đạo — Quảng Ninh\n\n- Ngày lập: 02/01/2025.\n")
    assert "## Chỉ tiêu" in text
    assert "| STT | Người chỉ đạo | Nội dung |" in text
    assert "| 1 | Tô Lâm | Công an tỉnh phải kéo giảm tội phạm một cách căn bản, bền vững. |" in text
    assert "## Ghi chú" in text and "CỘNG HÒA" not in text
    chart = chart_path_for(path)
    assert chart.exists() and chart.read_bytes().startswith(PNG_MAGIC)
    assert f"]({chart.name})" in text


def test_the_chart_shows_the_follow_up_of_directives_by_topic(quang_ninh_items):
    topics, series, unclassified = follow_up_by_topic(quang_ninh_items["directives"])
    # The 2024 directive names two topics: it counts once, under the first; it is overdue.
    assert topics == ["crime", "cybersecurity"]
    assert series == {"overdue": [0, 1], "open": [1, 0]}
    assert unclassified == 0
    png, caption = follow_up_chart_png(quang_ninh_items["directives"])
    assert png.startswith(PNG_MAGIC) and "mỗi chỉ đạo tính một lần" in caption


def test_directives_without_a_topic_are_left_out_of_the_chart_and_counted_in_its_caption():
    directives = [
        item("directives", "a", "2021-03-07", topics=["drugs", "crime"], status="done", text="a"),
        item("directives", "a", "2021-03-07", topics=["crime"], status="in_progress", text="b"),
        item("directives", "b", "2021-10-20", topics=["crime"], status="open", overdue=True, text="c"),
        *(item("directives", "c", None, topics=[], text=f"x{n}") for n in range(5)),
    ]
    topics, series, unclassified = follow_up_by_topic(directives)
    # Five directives without a topic would make the largest bar: they are a note, not a bar.
    assert topics == ["crime", "drugs"] and unclassified == 5
    assert series == {"done": [0, 1], "in_progress": [1, 0], "overdue": [1, 0]}
    report = build_report("toàn bộ", {"directives": directives}, today=dt.date(2025, 1, 2))
    assert "Không đưa vào biểu đồ 5 chỉ đạo chưa xác định được lĩnh vực." in report.chart_caption
    assert "Tình hình thực hiện chỉ đạo: hoàn thành 1, đang thực hiện 1, quá hạn 1, chưa thực hiện 5." in (
        report.summary)


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


def test_numbers_and_units_are_spaced_and_a_ranking_reads_as_one():
    indicator = item("indicators", "bg", "2021-03-12", metric="điều tra, làm rõ", value=1204, unit="vụ",
                     direction=None, text="điều tra, làm rõ 1.204 vụ")
    funding = item("commitments", "qn", "2024-03-07", kind="funding", amount=756.2, unit="tỷ đồng",
                   text="tỉnh hỗ trợ 756,2 tỉ đồng")
    report = build_report("x", {"indicators": [indicator], "commitments": [funding]}, chart=False,
                          today=dt.date(2025, 1, 2))
    tables = {t.key: t for t in report.tables}
    assert row_of(tables["indicators"])["Số liệu"] == "1.204 vụ"
    assert row_of(tables["commitments"])["Số lượng"] == "756,2 tỷ đồng"
    rank = {"metric": "đứng đầu cả nước về quy mô GRDP", "metric_key": "grdp_rank", "direction": "reach",
            "value": 15, "unit": "tỉnh"}
    assert target_goal(rank) == "nằm trong 15 tỉnh đứng đầu cả nước về quy mô GRDP"
    assert target_goal({**rank, "metric": "quy mô GRDP"}) == "nằm trong 15 tỉnh đứng đầu về quy mô GRDP"
    assert target_goal({"direction": "decrease", "value": 5, "unit": "%", "at_least": True,
                        "baseline": "năm 2020"}) == "giảm ít nhất 5% so với năm 2020"


def test_no_cell_names_a_path_on_the_machine_that_ingested_the_report(quang_ninh_items):
    for kind in quang_ninh_items.values():
        for entry in kind:
            entry["document_source"] = "/home/analyst/tải về/" + entry["document_source"]
    quang_ninh_items["directives"][0]["document_title"] = "Bộ trưởng làm việc tại Quảng Ninh"
    quang_ninh_items["directives"][1]["document_source"] = "https://www.cand.com.vn/bai/qn-2024"
    report = build_report("Quảng Ninh", quang_ninh_items, chart=False, today=dt.date(2025, 1, 2))
    printed = [cell for table in report.tables for row in table.printed()[1] for cell in row]
    assert printed and not any("/home" in cell or "https://" in cell for cell in printed)
    directives = next(t for t in report.tables if t.key == "directives")
    assert row_of(directives, 0)["Nguồn"].startswith("«Bộ trưởng làm việc tại Quảng Ninh», 07/03/2021\nMã: ")
    assert row_of(directives, 1)["Nguồn"].startswith("«qn-2024», cand.com.vn, 07/03/2024\nMã: ")


def test_targets_are_called_chi_tieu_in_every_report_as_in_the_registers(report, tmp_path):
    text = render_markdown(report, tmp_path / "bao-cao.md").read_text(encoding="utf-8")
    assert "mục tiêu" not in text.lower()
    assert "chỉ tiêu: 1;" in text and "Đánh giá chỉ tiêu:" in text
    render_xlsx(report, tmp_path / "bao-cao.xlsx")
    sheet = load_workbook(tmp_path / "bao-cao.xlsx")["Tổng hợp"]
    summary = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert "mục tiêu" not in summary.lower()
