"""A report typed with any keyboard or encoder reads the same after normalization."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chidao.text.normalize import normalize_text

# Letters, tone-marked vowels in both placements, combining marks, odd spaces and line ends.
_ALPHABET = (
    "aăâeêioôơuưyđAĂÂEÊIOÔƠUƯYĐqQgGhHnNtTkKxX"
    "àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵÀÁẢÃẠÒÓỎÕỌỲÝỶỸỴ"
    "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
    " \u00a0\u202f\u200b\ufeff\n\r\t.,:-/%0123456789"
)
_TEXT = st.text(alphabet=_ALPHABET, max_size=80)


@pytest.mark.parametrize(("raw", "expected"), [
    ("hoà", "hòa"),
    ("uỷ", "ủy"),
    ("Uỷ viên Bộ Chính trị", "Ủy viên Bộ Chính trị"),
    ("khoẻ", "khỏe"),
    ("thuỷ", "thủy"),
    ("Tỉnh uỷ Khánh Hoà", "Tỉnh ủy Khánh Hòa"),
    ("toà án", "tòa án"),
    ("UỶ BAN", "ỦY BAN"),
])
def test_new_style_tone_marks_move_to_the_old_style_vowel(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize("word", ["quý", "hoàng", "quyết", "Quỳnh", "Huỳnh", "hoàn", "khuya", "quỹ", "hoạch"])
def test_words_whose_tone_is_already_in_place_are_kept(word: str) -> None:
    assert normalize_text(word) == word


def test_decomposed_input_becomes_composed_text() -> None:
    nfc = "Đại tướng Tô Lâm nhấn mạnh, Công an tỉnh phải giữ vững an ninh trật tự."
    assert normalize_text(unicodedata.normalize("NFD", nfc)) == nfc


def test_windows_line_ends_and_odd_spaces_become_plain() -> None:
    assert normalize_text("Ngày\u00a09/5,\r\nHội nghị\u200b.\rHết") == "Ngày 9/5,\nHội nghị.\nHết"


def test_zero_width_space_between_letter_and_mark_still_composes() -> None:
    # Removing the invisible character must not leave a decomposed pair behind.
    assert normalize_text("a\u200b\u0301") == "á"


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_normalizing_twice_changes_nothing(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_normalized_text_is_composed_with_unix_line_ends(text: str) -> None:
    out = normalize_text(text)
    assert unicodedata.is_normalized("NFC", out)
    assert "\r" not in out and "\u00a0" not in out and "\u200b" not in out


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aăâeêioôơuưyđAĐqhntgk àáảãạèéẻẽẹỳýỷỹỵòóỏõọ.,\n", max_size=60))
def test_composed_text_keeps_its_length(text: str) -> None:
    # Offsets computed on normalized text must stay valid: moving a tone mark is one for one.
    assert len(normalize_text(text)) == len(text)


# The tone-placement rule as first written: one alternation, slow but plain to read.
_REFERENCE = re.compile(
    r"(?P<v1>[oO](?=[àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ])|(?<![qQ])[uU](?=[ỳýỷỹỵỲÝỶỸỴ]))"
    r"(?P<v2>[àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![^\W\d_]|[\u0300-\u036f])"
)


def _reference_tones(text: str) -> str:
    def old_style(m: re.Match[str]) -> str:
        parts = unicodedata.normalize("NFD", m.group("v2"))
        return unicodedata.normalize("NFC", m.group("v1") + parts[1]) + parts[0]
    return _REFERENCE.sub(old_style, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="qQuUoOhtyàáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴaey \u0301.", max_size=40))
def test_fast_tone_placement_agrees_with_the_plain_rule(text: str) -> None:
    assert normalize_text(text) == _reference_tones(unicodedata.normalize("NFC", text))
