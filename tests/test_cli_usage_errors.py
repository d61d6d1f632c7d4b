"""A mistake in the command line is said in Vietnamese, one line naming the command, then where
its help is: Click's English (bad choice, missing argument, unknown option, not a number) never
reaches the officer."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from chidao.cli import app

runner = CliRunner()


def said(*args: str) -> tuple[int, list[str]]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stderr.splitlines()


@pytest.mark.parametrize(("args", "line"), [
    (("directives", "--status", "xyz"),
     "chidao directives: --status không nhận 'xyz'; chọn một trong: open (chưa thực hiện), "
     "in_progress (đang thực hiện), done (hoàn thành), dropped (không tiếp tục), overdue (quá hạn)"),
    (("targets", "--status", "xyz"),
     "chidao targets: --status không nhận 'xyz'; chọn một trong: open (chưa thực hiện), "
     "in_progress (đang thực hiện), done (hoàn thành), dropped (không tiếp tục), overdue (quá hạn), "
     "met (đạt), not_met (không đạt), pending (chưa đủ căn cứ)"),
    (("status", "abc", "--set", "xong"),
     "chidao status: --set không nhận 'xong'; chọn một trong: open (chưa thực hiện), "
     "in_progress (đang thực hiện), done (hoàn thành), dropped (không tiếp tục)"),
    (("user", "add", "lan", "--role", "owner"),
     "chidao user add: --role không nhận 'owner'; chọn một trong: viewer (xem), editor (biên tập), "
     "admin (quản trị)"),
    (("report", "all", "--format", "pdf"),
     "chidao report: --format không nhận 'pdf'; chọn một trong: docx, xlsx, md"),
    (("directives", "--limit", "abc"), "chidao directives: --limit cần một số nguyên, không phải 'abc'"),
    (("directives", "--limit", "-1"), "chidao directives: --limit không nhận '-1': nhỏ nhất là 0"),
    (("serve", "--port", "70000"), "chidao serve: --port không nhận '70000': lớn nhất là 65535"),
    (("corrections", "undo", "x"), "chidao corrections undo: N cần một số nguyên, không phải 'x'"),
    (("directives", "--from", "32/13/2024"),
     "chidao directives: --from: ngày không hợp lệ: 32/13/2024 (viết dd/mm/yyyy, mm/yyyy, yyyy hoặc "
     "yyyy-mm-dd)"),
    (("directives", "--from", "2025", "--to", "2024"),
     "chidao directives: --from: từ ngày 2025 sau đến ngày 2024"),
    (("status",), "chidao status: thiếu ITEM"),
    (("search",), "chidao search: thiếu QUERY"),
    (("document", "show"), "chidao document show: thiếu DOC"),
    (("user", "add", "lan"), "chidao user add: thiếu tùy chọn --role"),
    (("directives", "--stat", "open"),
     "chidao directives: không có tùy chọn --stat (có phải --status hay --to?)"),
    (("directives", "--status"), "chidao directives: --status cần một giá trị"),
    (("add-item", "abc", "--kind", "directives", "--span", "5"), "chidao add-item: --span cần 2 giá trị"),
    (("directives", "--copies=yes"), "chidao directives: --copies không nhận giá trị (chỉ ghi --copies)"),
    (("search", "ma", "tuy"),
     "chidao search: thừa tham số tuy (giá trị có dấu cách thì đặt trong ngoặc kép)"),
    (("directivs",), "chidao: không có lệnh 'directivs' (có phải directives hay corrections?)"),
    (("document", "list"), "chidao document: không có lệnh 'list' (các lệnh: show, date, delete)"),
    (("--version",), "chidao: không có tùy chọn --version"),
    (("ingest",),
     "chidao ingest: thiếu báo cáo để nạp: nêu tệp, thư mục hoặc mẫu tên (glob), hoặc --parquet RECORDS"),
])
def test_a_mistake_in_the_command_line_is_one_vietnamese_line_and_the_help_to_read(
        args: tuple[str, ...], line: str) -> None:
    code, lines = said(*args)
    command = line.split(":")[0]
    assert code == 2
    assert lines == [line, f"Xem `{command} --help`."]


def test_a_store_is_not_created_by_a_refused_command_line(tmp_path: Path) -> None:
    db = tmp_path / "chidao.db"
    code, _ = said("directives", "--status", "xyz", "--db", str(db))
    assert code == 2 and not db.exists()


def test_a_command_line_without_a_command_still_shows_the_help() -> None:
    result = runner.invoke(app, [])
    assert "Cách dùng" in result.output and "ingest" in result.output
    result = runner.invoke(app, ["document"])
    assert "show" in result.output and "không có" not in result.output


def test_indicators_have_no_status_to_filter_on() -> None:
    # "indicators --status open" was a filter that always found nothing: figures are not followed up.
    code, lines = said("indicators", "--status", "open")
    assert code == 2
    assert lines == ["chidao indicators: --status: số liệu báo cáo không được theo dõi nên không có trạng "
                     "thái; --status dùng cho directives, targets, commitments",
                     "Xem `chidao indicators --help`."]
    assert "--status" not in runner.invoke(app, ["indicators", "--help"]).output
