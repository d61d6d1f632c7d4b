"""Input an office's folders really hold, and input made to break things: each is read right or
refused in one line naming the file, and the rest of the batch goes on; what is stored is the
same on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from test_bad_input import REPORT, _assert_one_clear_line, _run
from test_store_engine import chidao, chidao_json

from chidao.ingest.docx import MAX_EXPANDED
from chidao.ingest.plaintext import MAX_TEXT_CHARS


@pytest.fixture()
def good(tmp_path: Path) -> Path:
    path = tmp_path / "tot.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def _extract_one(path: Path) -> tuple[dict, list[str]]:
    code, documents, errors = _run(str(path))
    assert code == 0, errors
    (document,) = documents
    return document, errors


def test_utf16_without_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec}.txt"
        path.write_bytes(REPORT.encode(codec))
        document, errors = _extract_one(path)
        assert errors == []
        assert document["directives"] and "Hòa Lâm" in document["document"]["text"]


def test_a_stray_byte_in_utf8_keeps_the_report_and_says_where(tmp_path: Path) -> None:
    data = REPORT.encode("utf-8")
    cut = data.index("Phát biểu".encode())
    path = tmp_path / "le.txt"
    path.write_bytes(data[:cut] + b"\xff" + data[cut:])
    document, errors = _extract_one(path)
    assert errors == [f"chidao: {path}: 1 byte không phải UTF-8 (byte đầu ở vị trí {cut}) đọc thành U+FFFD; "
                      "phần còn lại giữ nguyên"]
    assert "\ufffdPhát biểu chỉ đạo" in document["document"]["text"]
    assert document["directives"]


def test_a_windows_1258_report_is_not_taken_for_utf8_with_stray_bytes(tmp_path: Path) -> None:
    from test_bad_input import cp1258_bytes

    path = tmp_path / "cu.txt"
    path.write_bytes(cp1258_bytes(REPORT))
    document, errors = _extract_one(path)
    assert errors == [] and "Hòa Lâm" in document["document"]["text"]


def test_nul_bytes_after_the_first_8_kb_are_removed_on_every_store(store: str, tmp_path: Path) -> None:
    text = REPORT + "\n\n" + "Hội nghị thảo luận về công tác bảo đảm an ninh. " * 250
    assert len(text.encode()) > 8192
    path = tmp_path / "nul.txt"
    path.write_bytes(text.encode() + b"\x00\x00 Cu\x00oi bao cao.")
    result = chidao(store, "ingest", str(path))
    assert result.exit_code == 0, result.output
    (hit,) = chidao_json(store, "search", "Cuoi bao cao", "--kind", "documents")
    assert "Cuoi bao cao" in hit["snippet"] and "\x00" not in hit["snippet"]


def test_html_nested_past_255_levels_gives_its_text(tmp_path: Path) -> None:
    paragraph = "<p>" + REPORT.split(" date 2024-04 ", 1)[1].replace("\n\n", "</p><p>") + "</p>"
    path = tmp_path / "sau.html"
    path.write_text("<html><head><meta charset='utf-8'><title>Giao ban</title></head><body><article>"
                    + "<div>" * 400 + paragraph + "</div>" * 400 + "</article></body></html>",
                    encoding="utf-8")
    document, errors = _extract_one(path)
    assert errors == [] and document["directives"]


def test_html_nested_past_what_any_parser_allows_is_refused_in_one_line(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "qua-sau.html"
    path.write_text("<html><body>" + "<div>" * 3000 + "<p>Bộ trưởng yêu cầu.</p>" + "</div>" * 3000
                    + "</body></html>", encoding="utf-8")
    _assert_one_clear_line(path, good, "HTML lồng quá sâu (quá 2048 cấp): không đọc")


def test_html_with_no_article_is_refused_in_one_line(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "rong.html"
    path.write_text("<html><head><title>x</title></head><body><script>var trang = 1;</script>"
                    "<img src='anh.jpg'></body></html>", encoding="utf-8")
    _assert_one_clear_line(path, good, "không tìm thấy nội dung bài viết trong tệp HTML")


def _docx_with(document_xml: bytes) -> bytes:
    """A .docx whose word/document.xml is `document_xml` (the other parts a minimal package needs)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
            '2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
            'package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'))
        archive.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _word(body: bytes) -> bytes:
    """word/document.xml with `body` inside w:body."""
    return b"<w:document " + _W + b"><w:body>" + body + b"</w:body></w:document>"


_ONE_LINE = "<w:p><w:r><w:t>Bộ trưởng yêu cầu giữ vững an ninh.</w:t></w:r></w:p>".encode()


def test_a_docx_zip_bomb_is_refused_before_it_is_expanded(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "bom.docx"
    path.write_bytes(_docx_with(_word(_ONE_LINE * (MAX_EXPANDED // len(_ONE_LINE) + 10))))
    assert path.stat().st_size < 2**20
    _assert_one_clear_line(path, good, "không đọc: tệp .docx bung ra 32 MB XML (> 32 MB; có thể là bom nén)")


def test_a_docx_swollen_by_a_huge_xml_comment_is_refused(tmp_path: Path, good: Path) -> None:
    comment = b"<!--" + b"x" * (20 * 2**20) + b"-->"
    path = tmp_path / "chu-thich.docx"
    path.write_bytes(_docx_with(_word(comment + _ONE_LINE)))
    _assert_one_clear_line(path, good, "không đọc: word/document.xml trong tệp .docx bung ra gấp 1.019 lần "
                                       "(> 100; có thể là bom nén)")


def test_a_truncated_docx_is_refused_in_one_line(tmp_path: Path, good: Path) -> None:
    whole = _docx_with(_word(_ONE_LINE))
    path = tmp_path / "cut.docx"
    path.write_bytes(whole[: len(whole) // 2])
    _assert_one_clear_line(path, good, "không đọc được tệp .docx (")


def test_text_past_the_limit_is_refused_before_extraction(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "dai.txt"
    line = "Hội nghị bàn công tác bảo đảm an ninh trật tự trên địa bàn tỉnh.\n"
    path.write_text(line * (MAX_TEXT_CHARS // len(line) + 1), encoding="utf-8")
    # Thousands marked as in Vietnamese ("4,000,035" was English).
    _assert_one_clear_line(path, good, "văn bản quá dài (4.000.035 ký tự > 4.000.000): không đọc")


@pytest.mark.parametrize("text", [
    "2021 2022 2023 15 7,5% 1.000 22.022 " * 400,  # only numbers
    "an ninh trat tu " * 7000,  # a 100 KB line with no punctuation
    "Hội nghị giao ban công tác công an. Bộ trưởng yêu cầu giữ vững an ninh chính trị.",  # no date
])
def test_odd_but_readable_reports_are_stored_and_grounded(store: str, tmp_path: Path, text: str) -> None:
    path = tmp_path / "la.txt"
    path.write_text(text, encoding="utf-8")
    result = chidao(store, "ingest", str(path))
    assert result.exit_code == 0, result.output
    assert "mới 1" in result.stdout
    for kind in ("directives", "targets", "indicators", "commitments"):
        for item in chidao_json(store, kind):
            start, end = item["span"]
            assert end - start == len(item["text"])


def test_a_jsonl_line_that_is_not_json_is_named_and_the_rest_stored(store: str, tmp_path: Path) -> None:
    archive = tmp_path / "kho.jsonl"
    archive.write_text(json.dumps({"text": REPORT}, ensure_ascii=False) + "\n{khong phai json\n",
                       encoding="utf-8")
    result = chidao(store, "ingest", str(archive))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"chidao: {archive}:2: JSON không hợp lệ")
    assert "mới 1" in result.stdout


@pytest.mark.parametrize("query", ['"', 'NEAR(an ninh', "*", "' OR 1=1 --", "((an ninh", "an) OR (",
                                   "ma túy\"; DROP TABLE items; --", "a" * 10_000, "an ninh " * 1_250,
                                   " ".join(f"tu{n}" for n in range(3_000)), "%_%"])
def test_search_takes_any_query_as_words(store: str, good: Path, query: str) -> None:
    assert chidao(store, "ingest", str(good)).exit_code == 0
    result = chidao(store, "search", query, "--format", "json")
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert isinstance(hits, list)
    assert chidao_json(store, "directives"), "the store is intact after the query"


def test_a_stray_byte_in_a_short_utf8_report_is_not_read_as_windows_1258(tmp_path: Path) -> None:
    # Before, the few marked letters around it read as Windows-1258: "Bá»™ trÆ°á»Ÿng".
    path = tmp_path / "ngan.txt"
    path.write_bytes("Bộ trưởng yêu cầu giữ vững an ninh.".encode() + b"\xff" + " Công an tỉnh.".encode())
    document, errors = _extract_one(path)
    assert document["document"]["text"] == "Bộ trưởng yêu cầu giữ vững an ninh.\ufffd Công an tỉnh."
    assert errors == [f"chidao: {path}: 1 byte không phải UTF-8 (byte đầu ở vị trí 47) đọc thành U+FFFD; "
                      "phần còn lại giữ nguyên"]
