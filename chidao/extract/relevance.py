"""Is a report about security and order at all? A fast vocabulary score.

Reports of the genre (police reviews, inspections, traffic and fire safety, anti-drug
campaigns) are full of its words: "công an", "an ninh trật tự", "tội phạm", "phòng
cháy, chữa cháy", "tai nạn giao thông". News about rice prices or a football final
names them rarely, if at all. `security_score(text)` adds up the weights of
`gazetteer/security_terms.tsv` over every occurrence (whole words, without diacritics or
case, longest phrasing first, so "an ninh lương thực" counts nothing) per 1,000
characters, a text shorter than that counting as 1,000 (one stray "công an" in a short
item is not enough). The text is read in pieces of about 600 characters and the score
is the highest over its openings (the first piece, the first two, ...): a report of the
genre says what it is about in its lead, and `is_security_report(text)`, which says
whether the score reaches `THRESHOLD`, stops reading at the first opening that does
(a tenth of a millisecond or less). The extractors ask only when they have found
something to keep.

The threshold was measured on the seed reports (full articles), the development
reports (openings of 1,100-1,500 characters) and the trap reports of the tests: the
lowest score of a report of the genre was 9 (a 400-character trap report), the lowest
of a real one 21; news of other kinds (a rice-market report that names "an ninh
lương thực", a football final with a club named "Công an", school, weather, film and
banking news) scored 0. A single paragraph about order at a sports event in an
otherwise unrelated 1,000 characters ("công an", "an ninh trật tự": 6) is just let
through: 6 keeps recall first, as a pre-filter should.

The words of defence ("quân khu", "bộ chỉ huy quân sự", "bộ đội", "lực lượng vũ trang") are the genre's in an
army unit's own work and in a defence-and-security session, but not in a report of charity, relief or welfare
(a class of words of `security_terms.tsv` that weigh nothing: "nhà tình nghĩa", "vùng lũ", "trao quà", "hộ
nghèo") that names the genre's other words less than three times (`defence_counts`): a military region's
houses for flood victims names "quân khu" a dozen times and is no report of ours (probe 658).

The extractors of directives, targets, commitments and indicators ask
`security_report(context)`, which scores a document once; the same function runs on
plain strings, so it can pre-filter a stream of reports before extraction. Events ask
the looser `names_security(context)`: a meeting is none of ours only in a report that
names no word of the genre itself (the words weighing 1, "xử lý", "vi phạm", are any
administration's: a tax department's conference that names "xử phạt" is no event of ours), or
one word of inquiry, justice or defence once outside the meeting's own sentence ("chiếm đoạt" in
a minister's words at a tax department's conference).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

from chidao.extract.context import Context
from chidao.extract.metrics import trie_pattern
from chidao.gazetteer.loader import load_table
from chidao.text.fold import fold_lower

THRESHOLD = 6.0
_PIECE = 600
# a text shorter than this counts as this long
MIN_LENGTH = 1000


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    """One trie alternation over every folded phrasing, and phrasing -> weight."""
    weights: dict[str, int] = {}
    for row in load_table("security_terms.tsv"):
        for form in row["phrasings"].split("|"):
            folded = " ".join(fold_lower(form.strip()).split())
            if folded:
                weights.setdefault(folded, int(row["weight"]))
    return re.compile(rf"(?<!\w)(?:{trie_pattern(weights)})(?!\w)"), weights


def security_score(text: str) -> float:
    """The weight of the security words per 1,000 characters of `text` (any normalization, any
    case): the highest over its openings, read a piece of about 600 characters at a time."""
    best = 0.0
    for density in _densities(text):
        best = max(best, density)
    return best


def is_security_report(text: str) -> bool:
    """Whether `text` reads as a report about security and order (score >= THRESHOLD).

    Stops at the first opening that reaches the threshold, so a report of the genre is
    decided on its first paragraph or two.
    """
    return any(density >= THRESHOLD for density in _densities(text))


def _densities(text: str) -> Iterator[float]:
    """The weight per 1,000 characters of text[:e] for each piece end e, in order."""
    text = _nfc(text)
    pattern, weights = _pattern()
    defence = _class_words(*_DEFENCE)
    total = of_defence = 0
    counted: bool | None = None  # whether the words of defence count, decided on the whole text when met
    for end, piece in _pieces(text):
        for word in pattern.findall(fold_lower(piece)):
            if word in defence:
                of_defence += weights[word]
            else:
                total += weights[word]
        if of_defence and counted is None:
            counted = defence_counts(text)
        yield (total + (of_defence if counted else 0)) * 1000 / max(end, MIN_LENGTH)


# what the genre's words other than defence's must weigh together in a report of charity for its words of
# defence to count: three of them. An army region's houses for flood victims, a military command's gifts to
# poor households, name "quân khu", "bộ chỉ huy quân sự", "bộ đội" many times and, at most, a closing "giữ
# vững an ninh chính trị, trật tự an toàn xã hội"; a defence-and-security session or a border post's
# report, gifts and all, names security, the border guards or crime again and again, and a report of the
# army's own work (an emulation launch, a drill) names no charity
_BEYOND_DEFENCE = 9


@cache
def _class_words(*keys: str) -> frozenset[str]:
    """The folded phrasings of classes of `security_terms.tsv` ("defence", "charity")."""
    return frozenset(" ".join(fold_lower(form.strip()).split())
                     for row in load_table("security_terms.tsv") if row["key"] in keys
                     for form in row["phrasings"].split("|"))


# the army's words: the classes of defence and of the armed forces ("lực lượng vũ trang", the army's as often
# as the police's)
_DEFENCE = ("defence", "armed_forces")


def defence_counts(text: str) -> bool:
    """Whether the words of defence in `text` are words of the genre: not in a report of charity, relief or
    welfare ("nhà tình nghĩa", "vùng lũ", "trao quà", "hộ nghèo") whose other words of the genre, each
    weighing at least `_CORE_WEIGHT`, weigh less than `_BEYOND_DEFENCE` together."""
    pattern, weights = _pattern()
    words = pattern.findall(fold_lower(_nfc(text)))
    charity = _class_words("charity")
    if not any(word in charity for word in words):
        return True
    defence = _class_words(*_DEFENCE)
    return sum(weights[word] for word in words
               if weights[word] >= _CORE_WEIGHT and word not in defence) >= _BEYOND_DEFENCE


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)




def _pieces(text: str, size: int = _PIECE) -> Iterator[tuple[int, str]]:
    """`text` in pieces of about `size` characters, cut after a line or a sentence (where no
    phrasing of the vocabulary runs on), else at a space."""
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            cut = max(text.rfind("\n", pos, end), text.rfind(". ", pos, end))
            if cut <= pos:
                cut = text.rfind(" ", pos, end)
            if cut > pos:
                end = cut + 1
        yield end, text[pos:end]
        pos = end


def security_report(context: Context) -> bool:
    """`is_security_report` of the context's document, computed once per document."""
    found = context.memo.get("security_report")
    if found is None:
        found = context.memo["security_report"] = is_security_report(context.document.text)
    return found


# the weight of a word of the genre itself (police, order, crime, safety, inquiry, justice, defence); the
# words that weigh 1 ("xử lý", "xử phạt", "vi phạm", "kiểm soát") are any administration's too
_CORE_WEIGHT = 2


def names_security(context: Context) -> bool:
    """Whether the document names security and order at all (a word of the genre itself): a looser test
    than `security_report` for what a short item may still hold (an event in a one-sentence notice),
    which only news of other kinds fails (a rice crop, a football match, a tax department's conference
    that names nothing but "xử phạt")."""
    text = context.document.text
    return security_report(context) or (names_core_word(text, defence=defence_counts(text))
                                        and not names_other_field(text))


def names_other_field(text: str) -> bool:
    """Whether `text` names a word that weighs against the genre (sport, livestock disease): a report
    below the threshold that names one is another field's news though it names the police once ("Sở Nông
    nghiệp phối hợp với Công an tỉnh kiểm tra các cơ sở giết mổ" at a pig-epidemic committee's meeting)."""
    pattern, weights = _pattern()
    return any(weights[word] < 0 for word in pattern.findall(fold_lower(_nfc(text))))


# what the words of the genre must weigh together in a whole report: one word of police, order, crime or
# safety (3), or two of inquiry, justice or defence; a tax department's conference that names "chiếm đoạt"
# once, in a minister's quoted words, is no report of ours (one such word in the meeting's own sentence is
# enough: `events`)
_CORE_TOTAL = 3
# one word of the genre, whatever it weighs (`names_core_word(text, ONE_WORD)`)
ONE_WORD = _CORE_WEIGHT


def names_core_word(text: str, total: int = _CORE_TOTAL, defence: bool = True) -> bool:
    """Whether `text` names words of the genre, each weighing at least `_CORE_WEIGHT`, that weigh `total`
    together (the words of defence among them only when `defence`: see `defence_counts`)."""
    pattern, weights = _pattern()
    skip = () if defence else _class_words(*_DEFENCE)
    found = 0
    for word in pattern.findall(fold_lower(_nfc(text))):
        if weights[word] >= _CORE_WEIGHT and word not in skip:
            found += weights[word]
            if found >= total:
                return True
    return False
