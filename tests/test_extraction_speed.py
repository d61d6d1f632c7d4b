"""The fast paths of the extraction pipeline give exactly what the plain scans gave.

Speed work replaced a few whole-text scans by string search and binary search;
these tests hold each replacement to the scan it replaced, and check that
extracting a new report compiles no pattern of its own.
"""

from __future__ import annotations

import re

import pytest
import regex
from conftest import FIXTURES_DIR, seed_paths
from hypothesis import given, settings
from hypothesis import strategies as st

from chidao.extract import people as people_step
from chidao.extract.context import Context
from chidao.extract.directives import _anchored_matches, _verbs
from chidao.extract.pipeline import extract_document
from chidao.extract.spans import SpanIndex
from chidao.model import Document
from chidao.text.layout import inside

_spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)).map(lambda t: (t[0], t[0] + t[1])),
                  max_size=8)


@settings(max_examples=300, deadline=None)
@given(spans=_spans, start=st.integers(-2, 70), length=st.integers(0, 10))
def test_furniture_check_by_binary_search_agrees_with_layout_inside(spans, start, length):
    assert SpanIndex(spans).overlaps(start, start + length) == inside(spans, start, start + length)


def _occurrences_by_regex(text: str, context: Context, names: list[str]) -> dict[str, list[tuple[int, int]]]:
    """The regex scan the people step used before: one alternation of the names, longest first."""
    alternation = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = regex.compile(rf"(?<![\p{{L}}\d])(?:{alternation})(?![\p{{L}}\d])")
    found: dict[str, list[tuple[int, int]]] = {}
    for block in context.blocks:
        if block.kind in ("title", "body", "caption"):
            for m in pattern.finditer(text, block.start, block.end):
                if not inside(context.furniture, m.start(), m.end()):
                    found.setdefault(m.group(), []).append(m.span())
    return found


_PIECES = ["Tô", "Lâm", "Lâmx", "An", "Anh", "Văn", "Nguyễn", " ", "\n", ",", ".", "1", "²", "Ảnh: ", "a"]


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30),
       cuts=st.lists(st.tuples(st.integers(0, 200), st.integers(1, 12)), min_size=1, max_size=4))
def test_name_occurrences_are_the_whole_word_matches_of_the_names(pieces, cuts):
    text = "".join(pieces)
    names = list(dict.fromkeys(text[a:a + n] for a, n in cuts if text[a:a + n].strip()))
    if not names:
        return
    context = Context.for_document(Document.from_text(text, "fixture"))
    assert people_step._occurrences(text, context, names) == _occurrences_by_regex(text, context, names)


def test_name_occurrences_in_the_seeds_match_the_regex_scan(seed_extractions):
    for path in seed_paths():
        extraction = seed_extractions[path.name]
        document = extraction.document
        context = Context.for_document(document)
        names = [p.name for p in extraction.people] + ["Công an", "Bộ Công an", "tỉnh"]
        assert people_step._occurrences(document.text, context, names) == \
            _occurrences_by_regex(document.text, context, names)


def test_verbs_of_saying_found_by_string_search_match_a_full_scan(seed_extractions):
    pattern, owner = _verbs()
    for extraction in seed_extractions.values():
        low = extraction.document.text.lower()
        assert [m.span() for m in _anchored_matches(pattern, low, owner)] == \
            [m.span() for m in pattern.finditer(low)]


def test_extracting_a_new_report_compiles_no_pattern(monkeypatch):
    reports = sorted((FIXTURES_DIR / "reports").glob("*.txt"))
    if len(reports) < 2:
        pytest.skip("fixture reports not found")
    first, second = (Document.from_text(p.read_text(encoding="utf-8"), p.name) for p in reports[:2])
    extract_document(first)  # vocabularies and their patterns are built once, here
    compiled: list[str] = []
    real_regex, real_re = regex.compile, re.compile
    monkeypatch.setattr(regex, "compile", lambda p, *a, **k: compiled.append(p) or real_regex(p, *a, **k))
    monkeypatch.setattr(re, "compile", lambda p, *a, **k: compiled.append(p) or real_re(p, *a, **k))
    extract_document(second)
    assert compiled == []
