"""An analyst feeds reports as text, web pages, Word files, JSON Lines archives or a pipe."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest

from chidao.errors import InputError
from chidao.ingest.docx import read_docx
from chidao.ingest.html import read_html
from chidao.ingest.jsonl import read_jsonl
from chidao.ingest.plaintext import document_from_text, read_plaintext
from chidao.ingest.reader import expand_paths, read_source

REPORT = (
    "Ngày 15/4, Công an tỉnh Hòa Lâm tổ chức Hội nghị giao ban công tác quý I năm 2024. "
    "Đại tá Trần Văn Minh, Giám đốc Công an tỉnh chủ trì hội nghị.\n\n"
    "Phát biểu chỉ đạo, Đại tá Trần Văn Minh yêu cầu các đơn vị tập trung kéo giảm ít nhất 5% "
    "số vụ phạm tội về trật tự xã hội so với cùng kỳ năm 2023."
)

PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Công an tỉnh Hòa Lâm triển khai nhiệm vụ quý II | Báo Hòa Lâm</title>
<meta property="og:title" content="Công an tỉnh Hòa Lâm triển khai nhiệm vụ quý II">
{date_meta}
</head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>
<li><a href="/phap-luat">Pháp luật</a></li></ul></nav>
<header><div class="logo">Báo Hòa Lâm</div><a href="/dang-nhap">Đăng nhập</a></header>
<main><article>
<h1>Công an tỉnh Hòa Lâm triển khai nhiệm vụ quý II</h1>
<p>Ngày 15/4, Công an tỉnh Hòa Lâm tổ chức Hội nghị giao ban công tác quý I năm 2024.
Đại tá Trần Văn Minh, Giám đốc Công an tỉnh chủ trì hội nghị.</p>
<p>Phát biểu chỉ đạo, Đại tá Trần Văn Minh yêu cầu các đơn vị tập trung kéo giảm ít nhất 5% số vụ
phạm tội về trật tự xã hội so với cùng kỳ năm 2023.</p>
<p>Giám đốc Công an tỉnh đề nghị Công an các huyện, thị xã chủ động nắm chắc tình hình, không để
bị động, bất ngờ trong mọi tình huống.</p>
</article></main>
<aside><h3>Tin liên quan</h3><ul><li><a href="/a">Bắt giữ đối tượng trộm cắp tài sản</a></li></ul></aside>
<footer><p>Bản quyền thuộc về Báo Hòa Lâm. Địa chỉ: số 1 đường Lê Lợi. Điện thoại: 0123 456 789.</p></footer>
</body></html>
"""
DATE_META = '<meta property="article:published_time" content="2024-04-16T08:30:00+07:00">'


def _page(date_meta: str = DATE_META) -> bytes:
    return PAGE.format(date_meta=date_meta).encode("utf-8")


def test_plain_text_with_a_date_marker_keeps_the_date_and_drops_the_marker() -> None:
    document = read_plaintext(f" date 2024-04 {REPORT}".encode(), "bao-cao.txt")
    assert document.date == "2024-04"
    assert document.text == REPORT
    assert document.source == "bao-cao.txt"


def test_plain_text_is_normalized_before_offsets() -> None:
    raw = "Tỉnh uỷ Khánh Hoà\r\nNgày 9/5, Uỷ ban nhân dân tỉnh họp."
    document = document_from_text(raw, "x.txt")
    assert document.text == "Tỉnh ủy Khánh Hòa\nNgày 9/5, Ủy ban nhân dân tỉnh họp."
    assert document.title == "Tỉnh ủy Khánh Hòa"


def test_web_page_gives_the_article_without_menus_or_footer() -> None:
    document = read_html(_page(), "bai-viet.html")
    assert "Đại tá Trần Văn Minh yêu cầu các đơn vị" in document.text
    assert "Giám đốc Công an tỉnh đề nghị" in document.text
    for noise in ("Trang chủ", "Đăng nhập", "Bản quyền", "Điện thoại"):
        assert noise not in document.text
    assert document.title == "Công an tỉnh Hòa Lâm triển khai nhiệm vụ quý II"
    assert document.text.startswith(document.title)


def test_web_page_date_comes_from_its_metadata() -> None:
    assert read_html(_page(), "bai-viet.html").date == "2024-04-16"


def test_web_page_without_a_stated_date_has_none_even_if_the_body_names_days() -> None:
    assert read_html(_page(date_meta=""), "bai-viet.html").date is None


def test_web_page_with_no_article_is_an_input_error() -> None:
    with pytest.raises(InputError, match="không tìm thấy nội dung bài viết"):
        read_html(b"<html><head><script>var a = 1;</script></head><body></body></html>", "trong.html")


def _docx_bytes(paragraphs: list[str], title: str | None = None) -> bytes:
    word = docx.Document()
    for paragraph in paragraphs:
        word.add_paragraph(paragraph)
    if title:
        word.core_properties.title = title
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def test_word_report_gives_its_paragraphs_in_order() -> None:
    paragraphs = REPORT.split("\n\n")
    document = read_docx(_docx_bytes(["", *paragraphs], title="Giao ban quý I"), "bao-cao.docx")
    assert document.text == REPORT
    assert document.title == "Giao ban quý I"


def test_word_report_tables_are_read_once_per_cell() -> None:
    word = docx.Document()
    word.add_paragraph("Kết quả công tác quý I năm 2024.")
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Số liệu chính"
    table.cell(1, 0).text = "Số vụ phạm tội"
    table.cell(1, 1).text = "giảm 11,3%"
    buffer = io.BytesIO()
    word.save(buffer)
    text = read_docx(buffer.getvalue(), "bang.docx").text
    assert text.count("Số liệu chính") == 1
    assert text.index("Kết quả") < text.index("Số vụ phạm tội") < text.index("giảm 11,3%")


def test_a_file_named_docx_that_is_not_one_is_an_input_error() -> None:
    with pytest.raises(InputError, match="không đọc được tệp .docx"):
        read_docx(b"plain text, not a zip", "gia.docx")


def test_jsonl_good_lines_come_out_and_a_bad_line_is_named_by_line_number() -> None:
    lines = [
        json.dumps({"text": REPORT, "title": "Giao ban", "date": "2024-04", "url": "https://bao.vn/a"},
                   ensure_ascii=False),
        "{not json",
        "",
        json.dumps({"content": "Ngày 10/5, Công an huyện Mỹ Sơn họp bàn công tác.", "source": "b"},
                   ensure_ascii=False),
        json.dumps(["a list"]),
        json.dumps({"title": "no text"}),
    ]
    errors: list[InputError] = []
    documents = list(read_jsonl("\n".join(lines).encode(), "kho.jsonl", on_error=errors.append))
    assert [d.source for d in documents] == ["https://bao.vn/a", "b"]
    assert (documents[0].title, documents[0].date, documents[0].text) == ("Giao ban", "2024-04", REPORT)
    assert [e.source for e in errors] == ["kho.jsonl:2", "kho.jsonl:5", "kho.jsonl:6"]
    assert str(errors[0]).startswith("kho.jsonl:2: JSON không hợp lệ")


def test_jsonl_dates_are_taken_when_they_are_dates_and_text_must_be_a_string() -> None:
    dated = "24/06/2021 07:36\n" + REPORT
    lines = [json.dumps({"text": REPORT, "date": "2024-05-03T08:15:00+07:00"}),
             json.dumps({"text": REPORT, "date": "03/05/2024"}),
             json.dumps({"text": REPORT, "date": "không rõ"}, ensure_ascii=False),
             json.dumps({"text": dated, "date": "2022-13"}, ensure_ascii=False),
             json.dumps({"text": "", "content": REPORT}),
             json.dumps({"text": 42}),
             json.dumps({"text": "  "})]
    errors: list[InputError] = []
    documents = list(read_jsonl("\n".join(lines).encode(), "kho.jsonl", on_error=errors.append))
    # Not a date: left out, and the report's own dateline dates it when it has one.
    assert [d.date for d in documents] == ["2024-05-03", "2024-05-03", None, "2021-06-24", None]
    assert documents[-1].text == documents[0].text  # an empty "text" beside "content"
    assert [str(e) for e in errors] == ['kho.jsonl:6: "text" phải là chuỗi, không phải int',
                                        'kho.jsonl:7: "text" rỗng']


def test_jsonl_names_a_report_by_url_source_or_id_and_keeps_a_line_separator_inside_a_string() -> None:
    # A crawl's id names the report when it has no url; U+2028 inside a JSON string is no line end.
    lines = [json.dumps({"id": 20240415, "text": REPORT}),
             json.dumps({"id": "a-1", "source": "bao-b", "text": REPORT + "\u2028Hết."}, ensure_ascii=False),
             json.dumps({"text": REPORT + " (2)"})]
    documents = list(read_jsonl("\r\n".join(lines).encode(), "kho.jsonl"))
    assert [d.source for d in documents] == ["20240415", "bao-b", "kho.jsonl:3"]
    assert documents[1].text.endswith("Hết.")


def test_jsonl_without_an_error_handler_stops_at_the_bad_line() -> None:
    with pytest.raises(InputError, match="kho.jsonl:1"):
        list(read_jsonl(b"{bad}\n", "kho.jsonl"))


def test_read_source_chooses_the_reader_by_suffix(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.HTML").write_bytes(_page())
    (tmp_path / "c.docx").write_bytes(_docx_bytes(REPORT.split("\n\n")))
    (tmp_path / "d.jsonl").write_text(json.dumps({"text": REPORT}) + "\n", encoding="utf-8")
    for name in ("a.txt", "b.HTML", "c.docx", "d.jsonl"):
        (document,) = list(read_source(str(tmp_path / name)))
        assert "Đại tá Trần Văn Minh yêu cầu" in document.text, name


def test_read_source_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    class _Stdin:
        buffer = io.BytesIO(REPORT.encode("utf-8"))

    monkeypatch.setattr("sys.stdin", _Stdin)
    (document,) = list(read_source("-"))
    assert (document.source, document.text) == ("-", REPORT)


def test_folders_are_searched_recursively_for_report_files(tmp_path: Path) -> None:
    (tmp_path / "2024" / "q1").mkdir(parents=True)
    for name in ("2024/q1/b.txt", "2024/a.html", "c.docx", "d.jsonl", "notes.md", "2024/q1/e.pdf"):
        (tmp_path / name).write_bytes(b"x")
    found = expand_paths([str(tmp_path)])
    assert [Path(p).relative_to(tmp_path).as_posix() for p in found] == [
        "2024/a.html", "2024/q1/b.txt", "c.docx", "d.jsonl",
    ]


def test_globs_expand_relative_and_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "b.txt", "c.html", "sub/d.txt"):
        (tmp_path / name).write_bytes(b"x")
    monkeypatch.chdir(tmp_path)
    assert expand_paths(["*.txt"]) == ["a.txt", "b.txt"]
    assert expand_paths([str(tmp_path / "*.txt")]) == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert expand_paths(["**/*.txt"]) == ["a.txt", "b.txt", "sub/d.txt"]


def test_names_that_match_nothing_are_kept_for_the_reader_to_report(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    kept = ["-", str(tmp_path / "missing.txt"), str(tmp_path / "*.none"), str(tmp_path / "empty"), "x" * 300]
    assert expand_paths(kept) == kept
    with pytest.raises(InputError, match="không có tệp nào khớp"):
        list(read_source(str(tmp_path / "*.none")))
    with pytest.raises(InputError, match="thư mục không có tệp báo cáo"):
        list(read_source(str(tmp_path / "empty")))
    with pytest.raises(InputError, match="tên tệp quá dài"):
        list(read_source("x" * 300))
