"""Words written in capitals read in ordinary case where they are Vietnamese words ("CÔNG AN TỈNH NGHỆ AN",
"các huyện KỲ SƠN, TƯƠNG DƯƠNG", "Đồng chí PHAN ĐÌNH THẮNG", an all-caps headline or intertitle).

A run of two or more capitalized words, each a Vietnamese syllable (so "UBND", "HĐND", "PCCC", "BĐBP
TP" are acronyms and stay; so is a Roman numeral, "II"), separated by a space or a comma, is read in
lower case but for its first letter (the writer's capital), the words of a province's or a district's
name (two syllables or more, as the gazetteer writes them: "Nghệ An", "Tương Dương") and, for a run of
two to four words opening with a family name, holding no place and standing in a sentence after a word in
lower case, the whole name ("Đồng chí PHAN ĐÌNH THẮNG" -> "Phan Đình Thắng"; a byline is left in lower
case: "HOÀNG HÙNG" -> "Hoàng hùng"). Case changes no length: the offsets stay.
"""

from __future__ import annotations

from functools import cache

import regex

from chidao.gazetteer.admin_units import admin_index
from chidao.gazetteer.loader import load_vocabulary

_CAPS_WORD = regex.compile(r"(?<![\p{L}\p{M}\d])\p{Lu}{2,}(?![\p{L}\p{M}\d])", regex.V1)
_GAP = regex.compile(r",? ")
_V = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_SYLLABLE = regex.compile(
    rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[{_V}]{{1,3}}(?:ng|nh|ch|[cmnpt])?")
_MAX_NAME = 4
# a person's name in capitals inside a sentence, after a word in lower case ("Đồng chí PHAN ĐÌNH THẮNG phát
# biểu"); an author's byline on a line of its own or after "Ảnh:" ("HOÀNG HÙNG", "Tin, ảnh: THÀNH TRUNG")
# is none
_IN_SENTENCE = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*[ ]+$", regex.V1)
# a Roman numeral is no word ("quý II, CA tỉnh")
_ROMAN = regex.compile(r"[IVXLCDM]+")


@cache
def _place_names() -> dict[tuple[str, ...], str]:
    """Lower-case words of each province's and district's name of two syllables or more -> the name."""
    index = admin_index()
    names = [index.provinces[code].name for code in index.provinces]
    names += [form for form in index.province_forms if form.replace(" ", "").isalpha()]
    names += list(index.districts)
    out: dict[tuple[str, ...], str] = {}
    for name in names:
        words = tuple(name.lower().split())
        if len(words) >= 2 and all(w.isalpha() for w in words):
            out.setdefault(words, name)
    return out


@cache
def _surnames() -> frozenset[str]:
    return frozenset(f.lower() for forms in load_vocabulary("surnames.tsv").values() for f in forms)


def recase_capitals(text: str) -> str:
    """`text` with its runs of capitalized Vietnamese words in ordinary case (same length)."""
    words = [m for m in _CAPS_WORD.finditer(text)
             if _SYLLABLE.fullmatch(m.group().lower()) and not _ROMAN.fullmatch(m.group())]
    if len(words) < 2:
        return text
    chars = list(text)
    run: list[regex.Match[str]] = []
    for m in [*words, None]:
        if m is not None and run and _GAP.fullmatch(text, run[-1].end(), m.start()):
            run.append(m)
            continue
        if len(run) >= 2:
            _recase_run(run, chars)
        run = [m] if m is not None else []
    return "".join(chars)


def _recase_run(run: list[regex.Match[str]], chars: list[str]) -> None:
    lower = [m.group().lower() for m in run]
    if any(len(w) != len(m.group()) for w, m in zip(lower, run, strict=True)):
        return
    capital = [i == 0 for i in range(len(run))]
    places = _place_names()
    named = False
    i = 0
    while i < len(run):
        for n in range(min(len(run) - i, _MAX_NAME), 1, -1):
            if tuple(lower[i:i + n]) in places:
                capital[i:i + n] = [True] * n
                named = True
                i += n
                break
        else:
            i += 1
    if not named and len(run) <= _MAX_NAME and lower[0] in _surnames() \
            and _IN_SENTENCE.search("".join(chars[max(0, run[0].start() - 20):run[0].start()])):
        capital = [True] * len(run)
    for m, word, up in zip(run, lower, capital, strict=True):
        chars[m.start():m.end()] = list(word[0].upper() + word[1:] if up else word)
