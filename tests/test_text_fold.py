"""Names and places compare equal whatever diacritics the writer typed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chidao.text.fold import fold_diacritics, fold_key
from chidao.text.normalize import normalize_text

_VIETNAMESE = st.text(
    alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ 0123456789.,-/\n",
    max_size=80,
)


@pytest.mark.parametrize(("raw", "folded"), [
    ("ma túy", "ma tuy"),
    ("Đà Nẵng", "Da Nang"),
    ("Nguyễn Duy Ngọc", "Nguyen Duy Ngoc"),
    ("Quảng Ninh", "Quang Ninh"),
    ("ĐỒNG CHÍ", "DONG CHI"),
])
def test_folding_removes_tone_and_vowel_marks(raw: str, folded: str) -> None:
    assert fold_diacritics(raw) == folded


def test_fold_key_matches_a_name_typed_without_marks() -> None:
    assert fold_key("  Tô   Lâm\n") == fold_key("to lam") == "to lam"


@settings(max_examples=200, deadline=None)
@given(_VIETNAMESE)
def test_folding_keeps_length_so_offsets_carry_over(text: str) -> None:
    assert len(fold_diacritics(text)) == len(text)


@settings(max_examples=200, deadline=None)
@given(_VIETNAMESE)
def test_folding_twice_changes_nothing(text: str) -> None:
    once = fold_diacritics(text)
    assert fold_diacritics(once) == once


@settings(max_examples=200, deadline=None)
@given(_VIETNAMESE)
def test_folded_vietnamese_is_ascii(text: str) -> None:
    assert fold_diacritics(normalize_text(text)).isascii()


@settings(max_examples=100, deadline=None)
@given(st.lists(_VIETNAMESE, min_size=4, max_size=12), st.text(max_size=20))
def test_long_texts_fold_as_the_character_table_says(parts: list[str], other: str) -> None:
    # Reports take the vectorised path (>= 256 characters); any character, even outside
    # Vietnamese (emoji, lone surrogates), must come out as the per-character table gives it.
    from chidao.text.fold import _fold_table

    text = ("\n".join(parts) + other) * 8 + "Đường dây ma túy. " * 16
    assert fold_diacritics(text) == text.translate(_fold_table())


@settings(max_examples=100, deadline=None)
@given(st.lists(_VIETNAMESE, min_size=4, max_size=12),
       st.text(alphabet=st.characters(blacklist_characters="Σ"), max_size=20))
def test_search_scoring_folds_and_lowers_as_the_two_steps_do(parts: list[str], other: str) -> None:
    # Short and long texts, with and without characters beyond the lookup table; a Greek
    # capital sigma is the one letter `str.lower` lowers by its context.
    from chidao.text.fold import fold_lower

    for text in ("\n".join(parts) + other, ("\n".join(parts) + other) * 8 + "ĐƯỜNG DÂY MA TÚY. " * 16):
        assert fold_lower(text) == fold_diacritics(text).lower()
