"""An analyst runs `chidao extract` on files, folders or a pipe and gets grounded JSON."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from chidao.cli import app

runner = CliRunner()

REPORT = (
    " date 2024-04 Ngày 15/4, Công an tỉnh Hòa Lâm tổ chức Hội nghị giao ban công tác quý I năm 2024. "
    "Đại tá Trần Văn Minh, Giám đốc Công an tỉnh chủ trì hội nghị.\n\n"
    "Phát biểu chỉ đạo, Đại tá Trần Văn Minh yêu cầu các đơn vị tập trung kéo giảm ít nhất 5% "
    "số vụ phạm tội về trật tự xã hội so với cùng kỳ năm 2023."
)


def _grounded(data: dict) -> None:
    """Every span in the output is a slice of the document text that equals the item's text."""
    text = data["document"]["text"]
    checked = 0
    for kind, items in data.items():
        if not isinstance(items, list):
            continue
        for item in items:
            if "span" in item and item["span"] is not None:
                start, end = item["span"]
                assert text[start:end] == item["text"], (kind, item)
                checked += 1
            for start, end in item.get("mentions", []):
                assert 0 <= start < end <= len(text), (kind, item)
                checked += 1
    assert checked > 0, "the report yields grounded items"


def test_standard_input_dash_is_extracted() -> None:
    result = runner.invoke(app, ["extract", "-"], input=REPORT.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    (line,) = result.stdout.splitlines()
    data = json.loads(line)
    assert data["schema"] == "chidao/extract@1"
    assert (data["document"]["source"], data["document"]["date"]) == ("-", "2024-04")
    assert any("yêu cầu các đơn vị" in d["text"] for d in data["directives"])
    _grounded(data)


def test_empty_standard_input_is_one_clear_line() -> None:
    result = runner.invoke(app, ["extract", "-"], input=b"")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["chidao: -: tệp rỗng"]
    assert result.stdout == ""


def test_a_folder_gives_one_json_line_per_report(tmp_path: Path) -> None:
    (tmp_path / "q1").mkdir()
    (tmp_path / "q1" / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT.replace("Hòa Lâm", "Sơn Hà"), encoding="utf-8")
    (tmp_path / "ghi-chu.md").write_text("bỏ qua", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    sources = [json.loads(line)["document"]["source"] for line in result.stdout.splitlines()]
    assert sources == [str(tmp_path / "b.txt"), str(tmp_path / "q1" / "a.txt")]


def test_json_format_is_one_indented_array_that_parses(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(app, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("[\n  {\n    ")
    (data,) = json.loads(result.stdout)
    assert data["document"]["text"].startswith("Ngày 15/4")
    _grounded(data)


def test_json_format_on_several_files_is_one_valid_array(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT.replace("Hòa Lâm", "Sơn Hà"), encoding="utf-8")
    paths = [str(tmp_path / name) for name in ("a.txt", "missing.txt", "b.txt")]
    result = runner.invoke(app, ["extract", "-f", "json", *paths])
    assert result.exit_code == 1  # the missing file is said on stderr, the others still come out
    documents = json.loads(result.stdout)
    assert [d["document"]["source"] for d in documents] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    for data in documents:
        _grounded(data)
    nothing = runner.invoke(app, ["extract", "-f", "json", str(tmp_path / "missing.txt")])
    assert json.loads(nothing.stdout) == []


def test_vietnamese_is_written_as_is_not_escaped(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert "Công an tỉnh Hòa Lâm" in result.stdout and "\\u" not in result.stdout


def test_seed_reports_extract_with_grounded_spans(seed_extractions: dict) -> None:
    for name, extraction in seed_extractions.items():
        data = extraction.to_dict()
        assert data["schema"] == "chidao/extract@1", name
        _grounded(data)
