"""Property-based fuzzing of reading, normalization and extraction: whatever the text, no
exception escapes and every span points at its words. (Time per document is a benchmark, not
a test: bench/fuzz_worst_case.py records the worst case.)"""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chidao.errors import InputError
from chidao.extract.pipeline import extract_document
from chidao.model import Document, grounding_errors
from chidao.text.encoding import decode_report
from chidao.text.normalize import normalize_text

# Pieces of the genre: speech verbs, ranks, bodies, figures, dates, and characters that trip
# text handling (combining marks, odd spaces, NUL, BOM, quotes, brackets, Windows newlines).
_PIECES = st.sampled_from(
    ["Bộ trưởng", "Đại tướng", "Tô Lâm", "yêu cầu", "đề nghị", "chỉ đạo", "Công an tỉnh", "Quảng Ninh",
     "Ủy ban nhân dân", "giảm", "ít nhất", "5%", "1.000", "756,2 tỷ đồng", "so với năm 2020", "Ngày 9/5",
     "năm 2024", "Nghị quyết số 12-NQ/TW", "tội phạm ma túy", "hoà", "uỷ", "\u0301", "\u0323", "\u00a0",
     "\u200b", "\ufeff", "\x00", "\r\n", "\n\n", ".", ",", ":", ";", "(", ")", "\"", "“", "”", "-", "–",
     "…", "%", "m2", " ", " ", " ", "\t"])
_TEXTS = st.one_of(
    st.lists(_PIECES, max_size=80).map("".join),
    st.text(max_size=300),
    st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=60).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_normalization_is_stable_and_leaves_no_nul(text: str) -> None:
    normalized = normalize_text(text)
    assert "\x00" not in normalized and "\r" not in normalized
    assert unicodedata.is_normalized("NFC", normalized)
    assert normalize_text(normalized) == normalized


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_extraction_of_any_text_raises_nothing_and_every_span_is_grounded(text: str) -> None:
    normalized = normalize_text(text)
    extraction = extract_document(Document.from_text(normalized, source="fuzz.txt"))
    assert grounding_errors(extraction) == []


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_are_refused_in_one_line(data: bytes) -> None:
    try:
        text = decode_report(data, "fuzz.txt", on_warning=lambda _: None)
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz.txt: ")
        return
    assert isinstance(text, str)
