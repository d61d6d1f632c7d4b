"""Public bodies named in the report: national ones from the vocabulary ("Bộ Công an",
"Bộ Chính trị", "Đảng ủy Công an Trung ương") and local ones written as a body word and
a place ("Tỉnh ủy Quảng Ninh", "Công an tỉnh Quảng Ninh", "UBND tỉnh Bắc Giang").
Repeated mentions of one body are merged by their folded name.
"""

from __future__ import annotations

from functools import cache

import regex

from chidao.extract.context import Context
from chidao.gazetteer.loader import load_table
from chidao.model import Document, Organization
from chidao.text.fold import fold_key
from chidao.text.layout import inside

# A place after a local body word: "Quảng Ninh", "Thành phố Hồ Chí Minh", "TP.HCM", "Hải Phòng".
_PLACE = r"(?:TP\.?\s?HCM|(?:[Tt]hành phố\s+|TP\.? ?)?\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3})"


@cache
def _patterns() -> regex.Pattern[str]:
    national: list[str] = []
    local: list[str] = []
    for row in load_table("bodies.tsv"):
        forms = [f.strip() for f in row["phrasings"].split("|") if f.strip()]
        if row["place"] == "none":
            national.extend(forms)
        elif row["place"] in ("required", "optional"):
            local.extend(forms)
    nat = "|".join(regex.escape(f) for f in sorted(national, key=len, reverse=True))
    loc = "|".join(regex.escape(f) for f in sorted(local, key=len, reverse=True))
    return regex.compile(
        rf"(?<![\p{{L}}])(?:(?P<local>(?:{loc}) {_PLACE})|(?P<national>{nat}))(?![\p{{L}}])"
    )


_GENERIC_PLACE = regex.compile(r" (?:Thành phố|Trung ương|Đoàn|Hội nghị|Bộ|Ban|Công an)$")


def extract_organizations(document: Document, context: Context) -> list[Organization]:
    """Bodies in order of first mention, each with all its mentions."""
    text = document.text
    people_spans = [span for p in (context.result.people if context.result else []) for span in p.mentions]
    found: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    for m in _patterns().finditer(text):
        start, end = m.span()
        name = m.group()
        if m.group("local"):
            name, end = _trim_local(text, start, end)
        if inside(context.furniture, start, end):
            continue
        if people_spans and inside(people_spans, start, end):
            # a person's name glued after the place ("Tỉnh ủy Quảng Ninh Nguyễn Xuân Ký")
            cut = min(s for s, e in people_spans if start < e and s < end)
            end = cut
            while end > start and text[end - 1] == " ":
                end -= 1
            name = text[start:end]
        key = fold_key(name)
        entry = found.setdefault(key, (name, []))
        entry[1].append((start, end))
    return [Organization(name=name, mentions=tuple(spans)) for name, spans in found.values()]


def _trim_local(text: str, start: int, end: int) -> tuple[str, int]:
    """Drop trailing words that are not part of the place ("Tỉnh ủy X Đoàn" -> "Tỉnh ủy X")."""
    name = text[start:end]
    while _GENERIC_PLACE.search(name):
        name = _GENERIC_PLACE.sub("", name)
    return name, start + len(name)
