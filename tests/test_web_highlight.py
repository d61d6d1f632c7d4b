"""Report text as HTML: every character escaped, items highlighted in place however their spans
nest or cross, the words of a search marked with or without diacritics; the map's provinces."""

from __future__ import annotations

import re

from chidao.web.highlight import highlight_terms, highlighted_text
from chidao.web.svg import province_map, provinces

TEXT = 'Bộ trưởng yêu cầu <b>giảm 5%</b> tội phạm & "ma túy" tại Quảng Ninh.'


def _text_of(html: str) -> str:
    plain = re.sub(r"<[^>]+>", "", html)
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&#34;", '"'), ("&#39;", "'"), ("&amp;", "&")):
        plain = plain.replace(entity, char)
    return plain


def test_the_highlighted_html_holds_exactly_the_reports_text_escaped() -> None:
    directive = {"kind": "directives", "span": [0, len(TEXT) - 1]}
    target = {"kind": "targets", "span": [TEXT.index("giảm"), TEXT.index("</b>")]}
    place = {"kind": "localities", "mentions": [[TEXT.index("Quảng"), TEXT.index(".")]]}
    html = str(highlighted_text(TEXT, [directive, target, place]))
    assert _text_of(html) == TEXT
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html
    inner = re.search(r'<span class="hl k-targets o-directives" data-items="0 1">giảm 5%</span>', html)
    assert inner, html
    assert re.search(r'<a id="i2" class="anchor"></a><span class="hl k-localities o-directives" '
                     r'data-items="0 2">Quảng Ninh</span>', html)


def test_crossing_spans_rejected_items_and_a_focus_are_all_drawn() -> None:
    first = {"kind": "directives", "span": [0, 20]}
    crossing = {"kind": "indicators", "span": [10, 30], "rejected": True}
    html = str(highlighted_text(TEXT, [first, crossing], focus=(25, 28)))
    assert _text_of(html) == TEXT
    assert 'class="hl k-indicators rejected" data-items="1"' in html  # only the rejected item here
    assert 'class="hl k-directives" data-items="0 1"' in html  # a rejected item never colours
    assert html.count('id="focus"') == 1


def test_spans_outside_the_text_are_ignored() -> None:
    html = str(highlighted_text("ngắn", [{"kind": "targets", "span": [2, 99]}, {"kind": "people"}]))
    assert html == "ngắn"


def test_search_words_are_marked_with_or_without_diacritics() -> None:
    assert str(highlight_terms("Phòng, chống Ma Túy <i>", "ma tuy")) == \
        "Phòng, chống <mark>Ma</mark> <mark>Túy</mark> &lt;i&gt;"
    assert str(highlight_terms("Công an xã", "")) == "Công an xã"
    assert "<mark>" not in str(highlight_terms("mami", "ma"))  # whole words only


def test_the_map_has_the_34_provinces_after_2025_with_their_former_names() -> None:
    names = {province.name: province for province in provinces()}
    assert len(names) == 34 and names["Bắc Ninh"].former == ("Bắc Giang",)
    svg = str(province_map({names["Bắc Ninh"].code: 4}, selected=names["Bắc Ninh"].code))
    assert svg.count("<circle") == 34 and 'href="/localities/B%E1%BA%AFc%20Ninh"' in svg
    assert "Bắc Ninh (gồm Bắc Giang trước 2025): 4 mục" in svg and "Quần đảo Trường Sa" in svg
