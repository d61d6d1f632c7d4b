"""Render a report file as a reader sees it: LibreOffice to PDF, poppler to text and PNG pages.

`render(path, out_dir)` converts a .docx or .xlsx with `libreoffice --headless
--convert-to pdf` (a profile of its own, so runs never share a lock), reads each
page's text with `pdftotext` and draws each page with `pdftoppm -png`.
`requires_libreoffice` skips a test where LibreOffice or poppler is not installed
(CI without them still passes).

Run as a script to redraw the report pages shown in the README, from the sample
reports in examples/:  python tests/rendering.py docs/
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")
POPPLER = all(shutil.which(tool) for tool in ("pdftoppm", "pdftotext", "pdfinfo"))
requires_libreoffice = pytest.mark.skipif(
    LIBREOFFICE is None or not POPPLER, reason="LibreOffice and poppler-utils are needed to render reports")
TIMEOUT = 180


@dataclass(frozen=True)
class Rendered:
    """A report as printed: the PDF, each page's text, and a PNG of each page."""

    pdf: Path
    pages: list[str]
    images: list[Path]


def render(path: Path, out_dir: Path, dpi: int = 60) -> Rendered:
    """`path` (.docx, .xlsx) converted to PDF in `out_dir`, with its pages' text and PNG images."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        subprocess.run([LIBREOFFICE or "libreoffice", f"-env:UserInstallation={Path(profile).as_uri()}",
                        "--headless", "--convert-to", "pdf", "--outdir", str(out_dir), str(path)],
                       check=True, capture_output=True, timeout=TIMEOUT)
    pdf = out_dir / (path.stem + ".pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    count = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    pages = [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
                            check=True, capture_output=True, text=True).stdout for n in range(1, count + 1)]
    prefix = out_dir / path.stem
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True, timeout=TIMEOUT)
    images = sorted(out_dir.glob(f"{path.stem}-*.png"))
    return Rendered(pdf=pdf, pages=pages, images=images)


def draw_readme_pages(docs: Path) -> list[Path]:
    """Ingest examples/ into a scratch store, follow up a few of Bắc Giang's directives, write a
    Word and an Excel report for Bắc Giang, and keep the first page of the Word report and the
    directives' page of the workbook as docs/report-docx.png and docs/report-xlsx.png."""
    import json

    from typer.testing import CliRunner

    from chidao.cli import app

    root = Path(__file__).resolve().parent.parent
    kept = []
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        db = str(work / "chidao.db")
        runner = CliRunner()

        def chidao(*args: str) -> str:
            result = runner.invoke(app, [*args, "--db", db])
            if result.exit_code != 0:
                raise SystemExit(result.output)
            return result.stdout

        chidao("ingest", str(root / "examples"))
        directives = json.loads(chidao("directives", "--locality", "Bắc Giang", "--format", "json"))
        for directive, follow_up in zip(directives, (
                ["--set", "done"], ["--set", "in_progress", "--owner", "PC02", "--due", "2030-12-31"],
                ["--set", "in_progress", "--owner", "PV01", "--due", "2024-06-30"]), strict=False):
            chidao("status", directive["id"], *follow_up)
        for args in (["report", "locality", "Bắc Giang", "-o", str(work / "report.docx"),
                      "--unit", "Công an tỉnh Bắc Giang", "--parent-unit", "Bộ Công an",
                      "--symbol", "CAT-PV01", "--place", "Bắc Giang", "--signer-position", "Giám đốc",
                      "--recipient", "Bộ Công an (V01) (để báo cáo)"],
                     ["report", "locality", "Bắc Giang", "-o", str(work / "report.xlsx")]):
            chidao(*args)
        for name, shown in (("report.docx", "BÁO CÁO"), ("report.xlsx", "Người chỉ đạo")):
            rendered = render(work / name, work / "pages", dpi=80)
            page = next(n for n, text in enumerate(rendered.pages) if shown in text)
            target = docs / f"report-{Path(name).suffix[1:]}.png"
            shutil.copyfile(rendered.images[page], target)
            kept.append(target)
    return kept


if __name__ == "__main__":
    for written in draw_readme_pages(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")):
        print(written)
