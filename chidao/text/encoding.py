"""Decode report bytes: UTF-8, UTF-16 or UTF-32 with a byte-order mark (a file that has one
and is not valid in it is refused, naming the offset), UTF-16 without one when every other
byte is mostly zero, or a legacy Vietnamese encoding (Windows-1258, TCVN3/ABC, VNI-Windows),
whichever reads as the most valid Vietnamese.

UTF-8 with a few stray bytes (a report cut and pasted from two sources) is kept: what
decodes is read, each stray byte becomes U+FFFD, and `on_warning` is told where. A file
that is none of these is rejected with a reason that names it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path

import regex

from chidao.errors import InputError
from chidao.text.legacy_tables import tcvn3_table, vni_table

# Letters only Vietnamese uses; a real Vietnamese text decoded right has many of them.
_VIETNAMESE = regex.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]")
_SAMPLE = 65536

# One written syllable, tone marks set aside: initial consonant, a vowel nucleus
# Vietnamese has, final consonant.
_NUCLEI = (
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ua uâ uê ui uô "
    "uơ uy ưa ưi ưu ươ yê iêu oai oao oay oeo uôi uya uyê uyu ươi ươu yêu uây"
).split()
_SYLLABLE = regex.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?"
    rf"(?:{'|'.join(sorted(_NUCLEI, key=len, reverse=True))})"
    r"(?:ch|ng|nh|[cmnpt])?"
)
# UTF-32's marks first: UTF-16 LE's is the start of UTF-32 LE's.
_BYTE_ORDER_MARKS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                     (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_WORD = regex.compile(r"[^\W\d_]+")


def decode_report(data: bytes, source: str,
                  on_warning: Callable[[InputError], None] | None = None) -> str:
    """Text of a report file, or InputError("tệp rỗng" / "tệp nhị phân…" / "không phải…").

    `on_warning` hears of stray bytes replaced in a UTF-8 report (the report is still read).
    """
    text = _decode(data, source, on_warning)
    if not text.strip():
        raise InputError(source, "tệp rỗng")  # a byte-order mark and nothing else too
    return text


def _decode(data: bytes, source: str, on_warning: Callable[[InputError], None] | None) -> str:
    if not data.strip():
        raise InputError(source, "tệp rỗng")
    for mark, codec in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data[len(mark):].decode(codec)
            except UnicodeDecodeError as exc:
                name = codec[:6].upper()
                raise InputError(source, f"mở đầu bằng dấu thứ tự byte (BOM) {name} nhưng không phải văn bản "
                                         f"{name} (byte sai ở vị trí {len(mark) + exc.start})") from None
    wide = _utf16_without_bom(data)
    if wide is not None:
        return wide
    if b"\x00" in data[:8192]:
        raise InputError(source, "tệp nhị phân, không phải văn bản báo cáo")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    mostly = _mostly_utf8(data)
    if mostly is not None:
        text, stray = mostly
        if on_warning is not None:
            on_warning(InputError(source, f"{stray} byte không phải UTF-8 (byte đầu ở vị trí "
                                          f"{utf8_error.start}) đọc thành U+FFFD; phần còn lại giữ nguyên"))
        return text
    sample = data[:_SAMPLE]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    if controls > len(sample) // 100:
        raise InputError(source, "tệp nhị phân, không phải văn bản báo cáo")
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = ""
    legacy = _best_legacy(sample, text[:_SAMPLE])
    if legacy is not None:
        return legacy(data)
    letters = sum(1 for c in text[:_SAMPLE] if c.isalpha())
    if text and letters and len(_VIETNAMESE.findall(text[:_SAMPLE])) / letters > 0.05:
        return text
    raise InputError(source, f"không phải văn bản UTF-8 (byte sai ở vị trí {utf8_error.start}) "
                             "và không phải tiếng Việt mã Windows-1258, TCVN3 hay VNI")


def _utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 (LE or BE) without a byte order mark, else None.

    Vietnamese text is mostly ASCII letters and spaces: in UTF-16 every other byte is zero.
    """
    sample = data[:8192]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.3 * len(zeros) and others.count(0) <= 0.02 * len(others):
            try:
                return data[:len(data) - len(data) % 2].decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, stray bytes) of UTF-8 with a few invalid bytes among many valid non-ASCII
    characters, else None (a legacy encoding's bytes are nearly all invalid as UTF-8)."""
    text = data.decode("utf-8-sig", errors="replace")
    stray = text.count("\ufffd") - data.decode("utf-8-sig", errors="ignore").count("\ufffd")
    valid = sum(1 for char in text if ord(char) > 127 and char != "\ufffd")
    if stray and stray * 3 <= valid:
        return text, stray
    return None


def is_vietnamese_syllable(word: str) -> bool:
    """Whether a word is spelled as one Vietnamese syllable may be ("Vũ", "Thắng"; not "Chhim", "Vuthy")."""
    parts = unicodedata.normalize("NFD", unicodedata.normalize("NFC", word).lower())
    bare = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
    return len(parts) - len(unicodedata.normalize("NFD", bare)) <= 1 and _SYLLABLE.fullmatch(bare) is not None


def vietnamese_score(text: str) -> tuple[int, int]:
    """(words with Vietnamese marks that are valid syllables, words with marks that are not).

    ASCII-only words count for neither: every decoding reads them the same.
    """
    valid = invalid = 0
    for word in _WORD.findall(unicodedata.normalize("NFC", text).lower()):
        if word.isascii():
            continue
        parts = unicodedata.normalize("NFD", word)
        bare = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
        tones = len(parts) - len(unicodedata.normalize("NFD", bare))
        if tones <= 1 and _SYLLABLE.fullmatch(bare):
            valid += 1
        else:
            invalid += 1
    return valid, invalid


def _best_legacy(sample: bytes, cp1258_text: str) -> Callable[[bytes], str] | None:
    """TCVN3 or VNI when it reads as Vietnamese at least as well as Windows-1258, else None.

    Most marked words must be real syllables. The reading with more of them wins;
    between readings with as many (a short text: "bộ tự vụ" reads "bé tù vô" in
    Windows-1258, "năm" reads "nóm" in TCVN3), the one using more common words
    (our vocabularies and common_syllables.tsv); on a full tie, TCVN3, then VNI:
    the fonts Vietnamese offices typed in, where a Windows-1258 file is rare. On
    the sample reports cut into spans of 1 to 20 words, 2,475 of 2,482 Windows-1258
    spans, all TCVN3 spans and 2,472 VNI spans decode right; the misses are 1 to 4
    words long.
    """
    best_decoder: Callable[[bytes], str] | None = None
    best = (vietnamese_score(cp1258_text)[0], _known_words(cp1258_text), 0) if cp1258_text else (0, 0, 0)
    for decoder, prior in ((decode_tcvn3, 2), (decode_vni, 1)):
        decoded = decoder(sample)
        valid, invalid = vietnamese_score(decoded)
        score = (valid, _known_words(decoded), prior)
        if valid and invalid * 4 < valid and score > best:
            best_decoder, best = decoder, score
    return best_decoder


@cache
def _vocabulary_words() -> frozenset[str]:
    """Marked words of the project's own vocabularies (gazetteer TSV files, common_syllables.tsv
    among them)."""
    words: set[str] = set()
    for path in (Path(__file__).resolve().parent.parent / "gazetteer").glob("*.tsv"):
        for word in _WORD.findall(unicodedata.normalize("NFC", path.read_text(encoding="utf-8")).lower()):
            if not word.isascii():
                words.add(word)
    return frozenset(words)


def _known_words(text: str) -> int:
    vocabulary = _vocabulary_words()
    return sum(1 for w in _WORD.findall(unicodedata.normalize("NFC", text).lower()) if w in vocabulary)


def _cp1252(data: bytes) -> str:
    # Legacy fonts sat on Windows-1252: curly quotes and dashes come from it.
    return data.decode("cp1252", errors="replace")


@cache
def _legacy_pattern(name: str) -> tuple[regex.Pattern[str], dict[str, str]]:
    table = tcvn3_table() if name == "tcvn3" else vni_table()
    keys = sorted(table, key=len, reverse=True)
    return regex.compile("|".join(regex.escape(k) for k in keys)), table


def decode_tcvn3(data: bytes) -> str:
    """TCVN3 (ABC) bytes as Unicode text."""
    pattern, table = _legacy_pattern("tcvn3")
    return pattern.sub(lambda m: table[m.group()], _cp1252(data))


def decode_vni(data: bytes) -> str:
    """VNI-Windows bytes as Unicode text."""
    pattern, table = _legacy_pattern("vni")
    return pattern.sub(lambda m: table[m.group()], _cp1252(data))
