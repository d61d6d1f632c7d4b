"""Several outlets' reports of one event are one event in every view: reports, the person
and place pages, recurring directives and the counts in their headers list each item once,
as the registers do; `--copies` lists every outlet's copy."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_recurring import LONG_AN_OUTLET_A, LONG_AN_OUTLET_B, TAY_NINH
from typer.testing import CliRunner

from chidao.cli import app


def chidao(db: Path, *args: str, ok: bool = True):
    result = CliRunner().invoke(app, [*args, "--db", str(db)], env={"COLUMNS": "200"})
    if ok:
        assert result.exit_code == 0, result.output
    return result


def as_json(db: Path, *args: str):
    return json.loads(chidao(db, *args, "--format", "json").stdout)


def ingest(tmp_path: Path, store: str, reports: dict[str, str]) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    chidao(store, "ingest", str(folder))
    return store


@pytest.fixture()
def long_an(tmp_path: Path, store: str) -> Path:
    """Two outlets' reports of one session in Long An, and a Tây Ninh report a year later."""
    return ingest(tmp_path, store, {"long_an_cand.txt": LONG_AN_OUTLET_A,
                                    "long_an_ttxvn.txt": LONG_AN_OUTLET_B,
                                    "tay_ninh.txt": TAY_NINH})


def header_counts(markdown: str) -> dict[str, int]:
    """The counts a report's summary gives: {"chỉ đạo": 2, "sự kiện": 1, …}."""
    line = next(line for line in markdown.splitlines() if line.startswith("- Sự kiện:"))
    return {name.strip(): int(n) for name, n in re.findall(r"([^:;-]+): (\d+)", line)}


def report_md(db: Path, tmp_path: Path, *args: str) -> str:
    out = tmp_path / f"r{len(list(tmp_path.glob('r*.md')))}.md"
    chidao(db, "report", *args, "-o", str(out))
    return out.read_text(encoding="utf-8")


def test_a_place_s_page_and_report_count_what_its_register_lists(long_an: Path, tmp_path: Path) -> None:
    register = {kind: as_json(long_an, kind, "--locality", "Long An")
                for kind in ("directives", "targets", "commitments", "indicators")}
    assert len(register["directives"]) == 2 and all(d["copies"] for d in register["directives"])
    page = as_json(long_an, "locality", "Long An")
    for kind, items in register.items():
        assert [i["id"] for i in page[kind]] == [i["id"] for i in items]
    counts = header_counts(report_md(long_an, tmp_path, "locality", "Long An"))
    assert counts["chỉ đạo"] == 2 and counts["số liệu báo cáo"] == len(register["indicators"])
    # --copies lists each outlet's, as the register's --copies does.
    every = as_json(long_an, "locality", "Long An", "--copies")
    register_copies = as_json(long_an, "directives", "--locality", "Long An", "--copies")
    assert len(every["directives"]) == len(register_copies) == 4
    assert header_counts(report_md(long_an, tmp_path, "locality", "Long An", "--copies"))["chỉ đạo"] == 4


def test_a_person_s_page_lists_what_the_register_lists_for_them(long_an: Path) -> None:
    page = as_json(long_an, "person", "Tô Lâm")
    assert [d["id"] for d in page["directives"]] == [d["id"] for d in as_json(
        long_an, "directives", "--person", "Tô Lâm")]
    assert len(page["directives"]) == 2
    # The role timeline still reads every outlet's report of the person.
    assert len(as_json(long_an, "person", "Tô Lâm", "--copies")["directives"]) == 4


def test_a_status_change_on_the_original_never_lists_a_directive_twice(long_an: Path, tmp_path: Path) -> None:
    original = as_json(long_an, "directives", "--locality", "Long An")[0]
    chidao(long_an, "status", original["id"], "--set", "in_progress", "--owner", "PC02")
    text = report_md(long_an, tmp_path, "locality", "Long An")
    said = original["text"]
    assert text.count(said) == 1
    row = next(line for line in text.splitlines() if said in line)
    assert "Đang thực hiện" in row and "PC02" in row and "Chưa thực hiện" not in row
    assert "ngoài ra 1 bản đưa tin cùng sự kiện của báo khác" in text


def test_recurring_lists_one_member_per_event_s_directive_with_its_copies_reports(long_an: Path) -> None:
    top = as_json(long_an, "recurring")[0]
    assert top["count"] == 2 and len(top["members"]) == 2
    # Both outlets' reports of the Long An session are still named, under their event.
    names = [Path(d["document_source"]).name for d in top["documents"]]
    assert sorted(names[:2]) == ["long_an_cand.txt", "long_an_ttxvn.txt"] and names[2] == "tay_ninh.txt"
    every = as_json(long_an, "recurring", "--copies")[0]
    assert every["count"] == 2 and len(every["members"]) == 3


KIEN_GIANG = """Ngày 14/6/2024, Thượng tướng Lương Tam Quang, Bộ trưởng Bộ Công an đã làm việc với Ban \
Thường vụ Tỉnh ủy Kiên Giang về công tác bảo đảm an ninh, trật tự.

Sáu tháng đầu năm 2024, Công an tỉnh đã điều tra, làm rõ 1.204 vụ phạm tội về trật tự xã hội.

Bộ trưởng yêu cầu Công an tỉnh Kiên Giang tập trung đấu tranh với tội phạm buôn lậu, gian lận thương \
mại trên tuyến biển.

Bộ trưởng đề nghị Tỉnh ủy quan tâm bố trí quỹ đất xây dựng trụ sở Công an các xã đảo trong năm 2024.

Bộ Công an sẽ hỗ trợ 45,5 tỷ đồng để mua sắm phương tiện tuần tra trên biển.
"""


def near_copies(count: int) -> dict[str, str]:
    """`count` outlets' versions of one Kiên Giang session: their own headline and credit, some
    editing a word, some adding a photo credit."""
    reports = {}
    for n in range(count):
        text = f"Bộ trưởng làm việc tại Kiên Giang (bản {n})\n\n(Báo số {n}) - " + KIEN_GIANG
        if n % 3 == 0:
            text = text.replace("tập trung đấu tranh", "phải tập trung đấu tranh")
        if n % 4 == 1:
            text += f"\nẢnh: Phóng viên {n}\n"
        reports[f"kien_giang_{n:02d}.txt"] = text
    return reports


def test_report_all_writes_one_row_per_event_item_whatever_the_near_copies(
        tmp_path: Path, store: str) -> None:
    db = ingest(tmp_path, store, near_copies(40))
    register = {kind: as_json(db, kind) for kind in ("directives", "commitments", "indicators")}
    assert [len(register[k]) for k in ("directives", "commitments", "indicators")] == [2, 1, 1]
    out = tmp_path / "toan-bo.xlsx"
    chidao(db, "report", "all", "-o", str(out))
    workbook = load_workbook(out)
    sheets = {"directives": "Chỉ đạo", "commitments": "Cam kết", "indicators": "Số liệu báo cáo"}
    for kind, sheet in sheets.items():
        rows = list(workbook[sheet].iter_rows(min_row=2, values_only=True))
        assert len(rows) == len(register[kind])
        assert [row[-1] for row in rows] == [item["id"] for item in register[kind]]  # the id column
    summary = [row[0] for row in workbook["Tổng hợp"].iter_rows(values_only=True) if row[0]]
    assert ("Số văn bản nguồn: 1 (ngoài ra 39 bản đưa tin cùng sự kiện của báo khác; "
            "mỗi mục tính một lần).") in summary
    assert header_counts(report_md(db, tmp_path, "all"))["chỉ đạo"] == 2
    assert header_counts(report_md(db, tmp_path, "all", "--copies"))["chỉ đạo"] == 80
