"""The reports as they print: each rendered by LibreOffice, its pages read back (skipped where
LibreOffice is not installed)."""

from __future__ import annotations

from pathlib import Path

from rendering import render, requires_libreoffice
from test_report import quang_ninh_items, report  # noqa: F401 - fixtures
from test_report_layout import QUANG_NINH_POLICE

from chidao.report.docx_report import render_docx
from chidao.report.xlsx_report import render_xlsx

pytestmark = requires_libreoffice


def test_the_word_report_prints_as_an_administrative_document(report, tmp_path: Path) -> None:  # noqa: F811
    rendered = render(render_docx(report, tmp_path / "bao-cao.docx", QUANG_NINH_POLICE), tmp_path / "pdf")
    first, last = rendered.pages[0], rendered.pages[-1]
    for words in ("BỘ CÔNG AN", "CÔNG AN TỈNH QUẢNG NINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                  "Độc lập - Tự do - Hạnh phúc", "Quảng Ninh, ngày 02 tháng 01 năm 2025", "BÁO CÁO",
                  "I. TÌNH HÌNH CHUNG"):
        assert words in first
    assert "/BC-CAT-PV01" in first
    # No page number on the first page; the others carry theirs at the top.
    assert len(rendered.pages) >= 2
    for number, page in enumerate(rendered.pages[1:], start=2):
        assert page.strip().splitlines()[0].strip() == str(number)
    assert "Nơi nhận:" in last and "Nguyễn Văn An" in last
    assert "★" in "".join(rendered.pages) and "Ghi chú:" in "".join(rendered.pages)
    # The id `chidao status` takes is printed on one line.
    assert "Mã: qn-2024-directives-9" in "".join(rendered.pages)
    assert len(rendered.images) == len(rendered.pages)


def test_the_excel_report_prints_each_sheet_one_page_wide_with_dates_as_dates(report, tmp_path: Path) -> None:  # noqa: F811
    rendered = render(render_xlsx(report, tmp_path / "bao-cao.xlsx"), tmp_path / "pdf")
    text = "".join(rendered.pages)
    assert "Báo cáo theo dõi chỉ đạo — Quảng Ninh" in rendered.pages[0]
    # Summary, then one page per item sheet: each fits the width of a page.
    assert len(rendered.pages) == 5
    commitments = next(page for page in rendered.pages if "Bên cam kết" in page)
    assert "07/03/2024" in commitments and "tỷ đồng" in commitments
    assert "31/12/2024" in text  # a due date, typed, printed day first
    assert all("Trang" in page for page in rendered.pages)
