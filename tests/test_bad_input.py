"""A batch with broken files still extracts the good ones, and says in one line what was wrong."""

from __future__ import annotations

import errno
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from chidao.cli import app
from chidao.errors import json_reason, os_reason
from chidao.ingest.plaintext import read_plaintext
from chidao.ingest.reader import MAX_BYTES
from chidao.text.encoding import decode_report, decode_tcvn3, decode_vni
from chidao.text.legacy_tables import encode_tcvn3, encode_vni
from chidao.text.normalize import normalize_text

runner = CliRunner()

REPORT = (
    " date 2024-04 Ngày 15/4, Công an tỉnh Hòa Lâm tổ chức Hội nghị giao ban công tác quý I năm 2024. "
    "Đại tá Trần Văn Minh, Giám đốc Công an tỉnh chủ trì hội nghị.\n\n"
    "Phát biểu chỉ đạo, Đại tá Trần Văn Minh yêu cầu các đơn vị tập trung kéo giảm ít nhất 5% "
    "số vụ phạm tội về trật tự xã hội so với cùng kỳ năm 2023. Thượng tá Lê Thị Hoà, Phó Giám đốc, "
    "đề nghị Uỷ ban nhân dân các huyện hỗ trợ khoảng 12,5 tỷ đồng xây dựng trụ sở Công an xã."
)
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 as Vietnamese editors wrote it: base letters with â/ơ/ư built in, tones combining."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in _TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES)) + tones)
    return "".join(out).encode("cp1258")


@pytest.fixture()
def good(tmp_path: Path) -> Path:
    path = tmp_path / "tot.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def _run(*paths: str) -> tuple[int, list[dict], list[str]]:
    result = runner.invoke(app, ["extract", *paths])
    documents = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.exit_code, documents, result.stderr.splitlines()


def _assert_one_clear_line(bad: Path | str, good: Path, reason: str) -> None:
    code, documents, errors = _run(str(bad), str(good))
    assert code == 1
    assert len(errors) == 1, errors
    # A reason ending in "(" is checked up to its varying details.
    if reason.endswith("("):
        assert errors[0].startswith(f"chidao: {bad}: {reason}")
    else:
        assert errors[0] == f"chidao: {bad}: {reason}"
    assert not any("Traceback" in line for line in errors)
    assert [d["document"]["source"] for d in documents] == [str(good)]
    assert documents[0]["directives"], "the good report in the same batch is still extracted"


def test_empty_file(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "rong.txt"
    bad.write_bytes(b"")
    _assert_one_clear_line(bad, good, "tệp rỗng")


def test_blank_file(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "trang.txt"
    bad.write_bytes(b"  \n\r\n\t ")
    _assert_one_clear_line(bad, good, "tệp rỗng")


def test_binary_file(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "anh.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    _assert_one_clear_line(bad, good, "tệp nhị phân, không phải văn bản báo cáo")


def test_binary_file_named_html(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "trang.html"
    bad.write_bytes(bytes(range(256)) * 8)
    _assert_one_clear_line(bad, good, "tệp nhị phân, không phải văn bản báo cáo")


def test_text_in_an_encoding_that_is_not_vietnamese(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "nhat.txt"
    bad.write_bytes("日本語のテキストです。これはテストです。".encode("shift_jis"))
    _assert_one_clear_line(bad, good, "không phải văn bản UTF-8 (")


def test_missing_file(tmp_path: Path, good: Path) -> None:
    _assert_one_clear_line(tmp_path / "khong-co.txt", good, "không có tệp này")


def test_directory_without_reports(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "thu-muc"
    bad.mkdir()
    (bad / "ghi-chu.md").write_text("không phải báo cáo", encoding="utf-8")
    _assert_one_clear_line(bad, good, "thư mục không có tệp báo cáo nào (")


def test_glob_that_matches_nothing(tmp_path: Path, good: Path) -> None:
    _assert_one_clear_line(tmp_path / "*.khong", good, "không có tệp nào khớp mẫu này")


def test_file_too_large(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "lon.txt"
    with bad.open("wb") as handle:
        handle.truncate(20 * 2**20)  # sparse: 20 MB in no time
    assert bad.stat().st_size > MAX_BYTES
    _assert_one_clear_line(bad, good, "tệp quá lớn (20.0 MB > 16 MB)")


def test_fake_word_file(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "bao-cao.docx"
    bad.write_text(REPORT, encoding="utf-8")
    _assert_one_clear_line(bad, good, "không đọc được tệp .docx (không phải tệp nén ZIP)")


def test_jsonl_bad_line_is_named_and_the_rest_comes_out(tmp_path: Path, good: Path) -> None:
    archive = tmp_path / "kho.jsonl"
    archive.write_text("\n".join([
        json.dumps({"text": REPORT, "url": "https://bao.vn/1"}, ensure_ascii=False),
        '{"text": "cắt ngang',
        json.dumps({"text": REPORT, "url": "https://bao.vn/3"}, ensure_ascii=False),
    ]), encoding="utf-8")
    code, documents, errors = _run(str(archive), str(good))
    assert code == 1
    # Python's English ("Unterminated string starting at") is not what the officer reads.
    assert errors == [f"chidao: {archive}:2: JSON không hợp lệ (cột 10: chuỗi chưa đóng ngoặc kép)"]
    assert [d["document"]["source"] for d in documents] == ["https://bao.vn/1", "https://bao.vn/3", str(good)]


def test_several_bad_files_give_one_line_each(tmp_path: Path, good: Path) -> None:
    empty = tmp_path / "rong.txt"
    empty.write_bytes(b"")
    code, documents, errors = _run(str(empty), str(tmp_path / "khong-co.txt"), str(good))
    assert code == 1
    assert errors == [f"chidao: {empty}: tệp rỗng", f"chidao: {tmp_path / 'khong-co.txt'}: không có tệp này"]
    assert len(documents) == 1


def test_windows_1258_report_reads_like_the_utf8_one(tmp_path: Path, good: Path) -> None:
    legacy = tmp_path / "cu.txt"
    legacy.write_bytes(cp1258_bytes(REPORT))
    utf8 = read_plaintext(good.read_bytes(), "tot.txt").text
    assert read_plaintext(legacy.read_bytes(), "cu.txt").text == utf8
    code, documents, errors = _run(str(legacy), str(good))
    assert (code, errors) == (0, [])
    assert documents[0]["document"]["text"] == documents[1]["document"]["text"]
    assert documents[0]["directives"] == documents[1]["directives"]


def test_utf16_report_with_a_byte_order_mark(tmp_path: Path, good: Path) -> None:
    wide = tmp_path / "rong.txt"
    wide.write_bytes(REPORT.encode("utf-16"))
    code, documents, errors = _run(str(wide), str(good))
    assert (code, errors) == (0, [])
    assert documents[0]["document"]["text"] == documents[1]["document"]["text"]


def test_a_crash_inside_extraction_is_one_line_and_the_batch_goes_on(
    tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import chidao.commands.extract as command

    real = command.extract_document

    def flaky(document):  # noqa: ANN001, ANN202 - stands in for the pipeline
        if document.source.endswith("hong.txt"):
            raise RuntimeError("boom\nsecond line")
        return real(document)

    monkeypatch.setattr(command, "extract_document", flaky)
    broken = tmp_path / "hong.txt"
    broken.write_text(REPORT, encoding="utf-8")
    code, documents, errors = _run(str(broken), str(good))
    assert code == 1
    assert errors == [f"chidao: {broken}: không xử lý được (RuntimeError: boom)"]
    assert len(documents) == 1


# Legacy Vietnamese encodings from before Unicode: TCVN3 (ABC) and VNI-Windows.

NATIONAL_MOTTO = "Cộng hòa xã hội chủ nghĩa Việt Nam - Độc lập - Tự do - Hạnh phúc"


def test_tcvn3_reads_the_national_motto_as_old_documents_show_it() -> None:
    # How TCVN3 bytes look when opened as Windows-1252, as seen in countless old files.
    garbled = "Céng hoµ x· héi chñ nghÜa ViÖt Nam - §éc lËp - Tù do - H¹nh phóc"
    assert decode_tcvn3(garbled.encode("cp1252")) == NATIONAL_MOTTO.replace("hòa", "hoà")


def test_vni_reads_the_national_motto_as_old_documents_show_it() -> None:
    garbled = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam - Ñoäc laäp - Töï do - Haïnh phuùc"
    assert decode_vni(garbled.encode("cp1252")) == NATIONAL_MOTTO


def test_tcvn3_report_reads_like_the_utf8_one(tmp_path: Path, good: Path) -> None:
    # TCVN3 has no toned capitals (a caps font drew them), and this report needs none.
    legacy = tmp_path / "abc.txt"
    legacy.write_bytes(encode_tcvn3(REPORT))
    assert read_plaintext(legacy.read_bytes(), "abc.txt").text == read_plaintext(good.read_bytes(), "t").text
    code, documents, errors = _run(str(legacy), str(good))
    assert (code, errors) == (0, [])
    assert documents[0]["directives"] == documents[1]["directives"]


def test_tcvn3_toned_capitals_come_back_lower_case() -> None:
    assert decode_report(encode_tcvn3("Ủy ban nhân dân tỉnh"), "abc.txt") == "ủy ban nhân dân tỉnh"


def test_vni_report_reads_like_the_utf8_one_capitals_included(tmp_path: Path, good: Path) -> None:
    text = REPORT + "\n\nỦY BAN NHÂN DÂN TỈNH HÒA LÂM. Ảnh: Ngọc Ánh. ƯỚC TÍNH ĐẠT 95%."
    legacy = tmp_path / "vni.txt"
    legacy.write_bytes(encode_vni(text))
    assert read_plaintext(legacy.read_bytes(), "vni.txt").text == read_plaintext(text.encode(), "t").text
    code, documents, errors = _run(str(legacy), str(good))
    assert (code, errors) == (0, [])
    assert documents[0]["directives"] == documents[1]["directives"]


def test_windows_1258_is_not_mistaken_for_a_legacy_font_encoding() -> None:
    assert normalize_text(decode_report(cp1258_bytes(REPORT), "cu.txt")) == normalize_text(REPORT)


_SYLLABLES = st.sampled_from(
    "Công an tỉnh Quảng Ninh Bộ trưởng yêu cầu đẩy mạnh phòng ngừa tội phạm ma túy giữ vững "
    "an ninh trật tự Ủy ban nhân dân Đại tướng Thượng tá Hội nghị Thứ trưởng Nguyễn Duy Ngọc "
    "kiên quyết hiệu quả bảo đảm xây dựng lực lượng chính quy tinh nhuệ hiện đại Ước tính "
    "quyết tâm hoàn thành những nhiệm vụ trọng tâm khỏe mạnh giảm ít nhất năm ĐỒNG CHÍ".split()
)
# A real report has many different marked syllables; a text whose only marked syllable is
# one word repeated ("an an an ít ít ít ít ít" reads as validly in Windows-1258: "Ưt") is
# ambiguous between the encodings, as it is to a person.
_SENTENCES = (
    st.lists(_SYLLABLES, min_size=8, max_size=60)
    .filter(lambda words: sum(not w.isascii() for w in words) >= 5)
    .filter(lambda words: len({w.lower() for w in words if not w.isascii()}) >= 3)
    .map(lambda words: " ".join(words) + ".")
)


@settings(max_examples=100, deadline=None)
@given(_SENTENCES)
def test_vni_text_always_decodes_back(text: str) -> None:
    assert decode_report(encode_vni(text), "vni.txt") == text


@settings(max_examples=100, deadline=None)
@given(_SENTENCES)
def test_tcvn3_text_always_decodes_back_up_to_toned_capitals(text: str) -> None:
    decoded = decode_report(encode_tcvn3(text), "abc.txt")
    assert decoded.lower() == text.lower() and len(decoded) == len(text)


@pytest.mark.parametrize("text", ["năm 2021,", "Hai bên", "TP.HCM là trung tâm", "đã có buổi làm việc"])
def test_a_short_windows_1258_text_is_read_as_its_common_words(text: str) -> None:
    # "năm" is "nóm" in TCVN3, "bên" "bờn": valid syllables too, but not the common ones.
    assert normalize_text(decode_report(cp1258_bytes(text), "ngan.txt")) == normalize_text(text)


@pytest.mark.parametrize("text", ["an an an bộ bộ tự tự vụ", "kiểm tra công tác"])
def test_a_short_tcvn3_text_is_read_as_its_common_words(text: str) -> None:
    assert decode_report(encode_tcvn3(text), "abc.txt") == text


@pytest.mark.parametrize(("name", "data"), [
    ("utf16le.txt", b"\xff\xfe" + REPORT.encode("utf-16-le")),
    ("utf16be.txt", b"\xfe\xff" + REPORT.encode("utf-16-be")),
    ("utf8bom.txt", b"\xef\xbb\xbf" + REPORT.encode("utf-8")),
    ("utf32.txt", REPORT.encode("utf-32")),
])
def test_a_report_with_a_byte_order_mark_reads_as_its_vietnamese_text(
    tmp_path: Path, good: Path, name: str, data: bytes,
) -> None:
    marked = tmp_path / name
    marked.write_bytes(data)
    assert decode_report(data, name) == REPORT
    code, documents, errors = _run(str(marked), str(good))
    assert (code, errors) == (0, [])
    assert documents[0]["document"]["text"] == documents[1]["document"]["text"]


@pytest.mark.parametrize("tail", [b"x", b"\x00\xd8A\x00"])  # cut short; a lone surrogate
def test_a_broken_utf16_report_is_one_line_naming_it(tmp_path: Path, good: Path, tail: bytes) -> None:
    bad = tmp_path / "hong16.txt"
    bad.write_bytes(b"\xff\xfe" + REPORT.encode("utf-16-le") + tail)
    _assert_one_clear_line(bad, good, "mở đầu bằng dấu thứ tự byte (BOM) UTF-16 nhưng không phải "
                                      "văn bản UTF-16 (")


@pytest.mark.parametrize("data", [b"\xff\xfe", b"\xfe\xff\x00 \x00\n", b"\xef\xbb\xbf \n"])
def test_a_byte_order_mark_and_nothing_else_is_an_empty_file(tmp_path: Path, good: Path, data: bytes) -> None:
    bad = tmp_path / "chi_bom.txt"
    bad.write_bytes(data)
    _assert_one_clear_line(bad, good, "tệp rỗng")


def test_a_system_error_reading_a_file_is_said_in_vietnamese() -> None:
    # The reasons an officer meets (no right to read it, a folder named as a file) in Vietnamese;
    # one the table does not know keeps the system's own words, marked as the system's.
    assert os_reason(PermissionError(errno.EACCES, "Permission denied")) == "không có quyền đọc"
    assert os_reason(IsADirectoryError(errno.EISDIR, "Is a directory")) == "là thư mục, không phải tệp"
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == \
        "lỗi hệ thống: no space left on device"


@pytest.mark.parametrize(("text", "reason"), [
    ("", "cột 1: thiếu giá trị"),
    ('{"text": "a"} rác', "cột 15: thừa dữ liệu sau giá trị JSON"),
    ("{text: 1}", "cột 2: tên trường phải đặt trong ngoặc kép"),
    ('{"text" "a"}', "cột 9: thiếu dấu hai chấm sau tên trường"),
    ('{"a": 1 "b": 2}', "cột 9: thiếu dấu phẩy"),
    ('{"a": 1,\n "b" 2}', "dòng 2, cột 6: thiếu dấu hai chấm sau tên trường"),
    ('"\\q"', "cột 2: dấu \\ không hợp lệ trong chuỗi"),
])
def test_a_text_that_is_not_json_is_said_where_and_why_in_vietnamese(text: str, reason: str) -> None:
    # Both parsers chidao reads JSON with (json for JSONL, orjson for records) say it the same way.
    import orjson
    for loads in (json.loads, orjson.loads):
        with pytest.raises(ValueError) as raised:
            loads(text)
        said = json_reason(raised.value)
        if loads is json.loads or text:
            assert said == reason, (loads, said)
    with pytest.raises(ValueError) as raised:
        orjson.loads("[1, 2,]")
    assert json_reason(raised.value) == "cột 6: dấu phẩy thừa trước dấu đóng"
