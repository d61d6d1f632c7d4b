"""Recurring directives: the same demand made in several reports, places and years.

`group_recurring(directives)` takes directive dicts as the store returns them
(extract@1 directive fields plus "id", "document_id", "document_date",
"event_date", "document_source", "document_title" and, when known,
"localities") and returns groups that span at least two events:

    {"kind": "phrase" | "similar",
     "label": words as written by the earliest member that has diacritics (a slice
              of its text; for "similar" groups the first member's whole text),
     "count": number of distinct events the directive was said at,
     "documents": [{document_id, event_id, document_date, document_source, document_title}],
     "localities": [name, …], "years": ["2023", …],
     "members": [{id, document_id, event_id, date, speaker, text, span, match_span}]}

An event is a group of near-duplicate documents: two outlets' reports of one
conference are one event, so their identical directives were said once. Pass
`events` ({document id: event id}, e.g. `store_event_groups(db)`: the store's
`group_id`); a document missing from it is an event of its own. A group made
only of one event's copies is not recurring; copies still appear under
"documents" and "members" (each with its "event_id", documents of one event
listed together) but count once. A directive the store folded its copies into
(its "copies": id, document_id, document_source, document_title, document_date
of each) is one member, and its copies' reports are listed under "documents".

Two ways to recur, both over diacritic-folded, lower-cased words (so "bảo đảm
ANTT" and "bao dam an ninh trat tu" meet):

- "phrase": a run of at least `min_phrase_words` words said in directives of two
  or more documents ("kéo giảm tội phạm một cách căn bản, bền vững"); runs are
  grown to their longest form; `match_span` is where the phrase sits in the
  member's document;
- "similar": whole directives whose word-trigram Jaccard similarity is at least
  `threshold`, linked transitively; `match_span` is the member's own span.

Runs with more than one capitalized word (names, titles: "Bộ trưởng Bộ Công
an") are not phrases; function words ("và", "của", "với" …) are trimmed from a
phrase's ends. Groups are ordered by events × phrase words (up to 12), so a
long demand made at three events outranks a stock phrase made at four. A "similar" group whose
members are all inside one phrase group is dropped as redundant.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

try:
    from chidao.text.fold import fold_diacritics
except ImportError:  # until chidao.text.fold lands
    from chidao.track.evaluation import fold_diacritics

_WORD = re.compile(r"\w+")
# Abbreviations spelled out so that "ANTT" recurs with "an ninh trật tự".
_EXPANSIONS: dict[str, tuple[str, ...]] = {
    "antt": ("an", "ninh", "trat", "tu"),
    "cand": ("cong", "an", "nhan", "dan"),
    "attt": ("an", "toan", "trat", "tu"),
}
# A trigram shared by more directives than this says nothing about similarity.
_MAX_SHINGLE_POSTINGS = 200
# A shared run with more capitalized words than this is a name or title, not a demand.
_MAX_CAPITALIZED = 1
# Function words trimmed from the ends of a phrase (compared with diacritics: "để" is not "đề").
_GLUE = frozenset({"và", "của", "với", "về", "cho", "để", "các", "những", "đối", "tại", "trong", "đã",
                   "do", "là", "thì", "mà", "từ", "đến", "theo", "như", "hoặc", "cũng", "sẽ", "đang",
                   "được", "này", "khi", "ở", "bị", "có", "nhằm"})
# Groups rank by documents times phrase words, words counted up to this.
_RANK_WORDS = 12


@dataclass(frozen=True, slots=True)
class _Words:
    words: tuple[str, ...]  # folded, lower-cased, abbreviations spelled out
    spans: tuple[tuple[int, int], ...]  # offsets in the directive's text
    capitalized: tuple[bool, ...]
    glue: tuple[bool, ...]


def directive_words(text: str) -> _Words:
    """Folded lower-case words of `text` with their offsets in `text`."""
    folded = fold_diacritics(text).lower()
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    capitalized: list[bool] = []
    glue: list[bool] = []
    for match in _WORD.finditer(folded):
        word = match.group(0)
        raw = text[match.start():match.end()]
        expansion = _EXPANSIONS.get(word)
        for part in expansion or (word,):
            words.append(part)
            spans.append(match.span())
            capitalized.append(expansion is None and raw[:1].isupper())
            glue.append(raw.lower() in _GLUE)
    return _Words(tuple(words), tuple(spans), tuple(capitalized), tuple(glue))


def group_recurring(directives: list[dict[str, Any]], threshold: float = 0.5,
                    min_phrase_words: int = 5, events: Mapping[str, str] | None = None,
                    ) -> list[dict[str, Any]]:
    """Groups of directives that recur at two or more events (see module docstring).

    `events` maps a document id to its event (near-duplicate group) id; without
    it every document is an event of its own.
    """
    keys = _event_keys(directives, events or {})
    words = [directive_words(d.get("text") or "") for d in directives]
    phrase_groups = _phrase_groups(keys, words, min_phrase_words)
    covered = [set(members) for members, _, _ in phrase_groups]
    groups = [_group("phrase", directives, keys, words, members, rep, run)
              for members, rep, run in phrase_groups]
    for members in _similar_groups(directives, keys, words, threshold):
        if not any(set(members) <= c for c in covered):
            groups.append(_group("similar", directives, keys, words, members, members[0], None))
    groups.sort(key=lambda g: (-g["count"] * min(len(_WORD.findall(g["label"])), _RANK_WORDS),
                               -g["count"], -len(g["documents"]), g["label"]))
    return groups


def store_event_groups(db: str | None = None) -> dict[str, str]:
    """{document id: event group id} of every document in the store at `db` (path or URL;
    None: $CHIDAO_DB, then the store's default): near-duplicate reports share a group."""
    from sqlalchemy import select

    from chidao.store.queries import open_session
    from chidao.store.schema import Document

    with open_session(db) as session:
        return {doc_id: group_id or doc_id
                for doc_id, group_id in session.execute(select(Document.id, Document.group_id))}


def _document_key(directive: dict[str, Any]) -> str:
    return directive.get("document_id") or directive.get("document_source") or ""


def _event_keys(directives: list[dict[str, Any]], events: Mapping[str, str]) -> list[str]:
    """Each directive's event: its document's group, else its document."""
    keys = []
    for d in directives:
        document = _document_key(d)
        keys.append(events.get(document) or document)
    return keys


def _phrase_groups(keys: list[str], words: list[_Words], n: int,
                   ) -> list[tuple[tuple[int, ...], int, tuple[int, int]]]:
    """(member indices, representative index, (first word, last word) in it) per maximal phrase."""
    postings: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for index, w in enumerate(words):
        for start in range(len(w.words) - n + 1):
            if sum(w.capitalized[start:start + n]) <= _MAX_CAPITALIZED:
                postings[w.words[start:start + n]].add(index)
    recurring = {gram: frozenset(members) for gram, members in postings.items()
                 if len({keys[i] for i in members}) >= 2}
    if not recurring:
        return []
    found: dict[tuple[str, ...], tuple[frozenset[int], int, tuple[int, int]]] = {}
    for index, w in enumerate(words):
        start = 0
        while start <= len(w.words) - n:
            members = recurring.get(w.words[start:start + n])
            if members is None or min(members) != index:
                start += 1
                continue
            # Grow the run while the next n-gram recurs in exactly the same directives.
            end = start
            while end + 1 <= len(w.words) - n and recurring.get(w.words[end + 1:end + 1 + n]) == members:
                end += 1
            first, last = start, end + n - 1
            # A name the capitalized-word rule cut ("biên giới Tây" of "Tây Nam") is left out whole.
            caps = w.capitalized
            while last > first and caps[last] and last + 1 < len(caps) and caps[last + 1]:
                last -= 1
            while first < last and caps[first] and first > 0 and caps[first - 1]:
                first += 1
            while first < last and w.glue[first]:
                first += 1
            while last > first and w.glue[last]:
                last -= 1
            phrase = w.words[first:last + 1]
            # Long enough in words as written (an expanded "ANTT" is one word).
            if len(set(w.spans[first:last + 1])) >= n and phrase not in found:
                found[phrase] = (members, index, (first, last))
            start = end + 1
    return _drop_contained(found)


def _drop_contained(found: dict[tuple[str, ...], tuple[frozenset[int], int, tuple[int, int]]],
                    ) -> list[tuple[tuple[int, ...], int, tuple[int, int]]]:
    """Keep a phrase unless a longer kept phrase contains it with the same or more members."""
    kept: list[tuple[str, frozenset[int], int, tuple[int, int]]] = []
    for phrase, (members, rep, run) in sorted(found.items(), key=lambda kv: -len(kv[0])):
        joined = " " + " ".join(phrase) + " "
        if any(joined in other and members <= other_members for other, other_members, _, _ in kept):
            continue
        kept.append((joined, members, rep, run))
    return [(tuple(sorted(members)), rep, run) for _, members, rep, run in kept]


def _similar_groups(directives: list[dict[str, Any]], keys: list[str], words: list[_Words],
                    threshold: float) -> list[tuple[int, ...]]:
    """Transitive groups of directives from >= 2 events with trigram Jaccard >= threshold
    (copies in one event's documents link too, but count as one event)."""
    shingles = [frozenset(zip(w.words, w.words[1:], w.words[2:], strict=False)) for w in words]
    index: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, s in enumerate(shingles):
        for shingle in s:
            index[shingle].append(i)
    parent = list(range(len(directives)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, s in enumerate(shingles):
        shared: dict[int, int] = defaultdict(int)
        for shingle in s:
            postings = index[shingle]
            if len(postings) > _MAX_SHINGLE_POSTINGS:
                continue
            for j in postings:
                if j > i and _document_key(directives[j]) != _document_key(directives[i]):
                    shared[j] += 1
        for j, common in shared.items():
            if common / (len(s) + len(shingles[j]) - common) >= threshold:
                parent[find(j)] = find(i)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(directives)):
        clusters[find(i)].append(i)
    return [tuple(members) for members in clusters.values()
            if len({keys[i] for i in members}) >= 2]


def _group(kind: str, directives: list[dict[str, Any]], keys: list[str], words: list[_Words],
           members: Iterable[int], rep: int, run: tuple[int, int] | None) -> dict[str, Any]:
    members = sorted(members, key=lambda i: (_date(directives[i]) or "9999", i))
    rep_text = directives[rep].get("text") or ""
    if run is None:
        label = rep_text
        phrase = None
    else:
        phrase = words[rep].words[run[0]:run[1] + 1]
        label = _phrase_label([directives[i] for i in members], [words[i] for i in members], phrase)
    documents: dict[str, dict[str, Any]] = {}
    localities: list[str] = []
    years: set[str] = set()
    out_members = []
    for i in members:
        d = directives[i]
        # Other outlets' copies the store folded into this directive were said at its event too.
        for said in (d, *(d.get("copies") or ())):
            documents.setdefault(_document_key(said), {
                "document_id": said.get("document_id"), "event_id": keys[i],
                "document_date": said.get("document_date"), "document_source": said.get("document_source"),
                "document_title": said.get("document_title"),
            })
        for name in _locality_names(d):
            if name not in localities:
                localities.append(name)
        if _date(d):
            years.add(_date(d)[:4])
        out_members.append({
            "id": d.get("id"), "document_id": d.get("document_id"), "event_id": keys[i], "date": _date(d),
            "speaker": d.get("speaker"), "text": d.get("text"), "span": d.get("span"),
            "match_span": _match_span(d, words[i], phrase),
        })
    # Documents by their event's date, copies of one event together (earliest report first).
    event_dates: dict[str, str] = {}
    for i in members:
        date = _date(directives[i]) or "9999"
        event_dates[keys[i]] = min(event_dates.get(keys[i], date), date)
    return {
        "kind": kind, "label": label, "count": len(event_dates),
        "documents": sorted(documents.values(), key=lambda doc: (
            event_dates[doc["event_id"]], doc["event_id"], doc["document_date"] or "9999")),
        "localities": localities, "years": sorted(years), "members": out_members,
    }


def _phrase_label(members: list[dict[str, Any]], words: list[_Words], phrase: tuple[str, ...]) -> str:
    """The phrase as the earliest member with diacritics writes it (else the earliest member)."""
    labels = []
    for d, w in zip(members, words, strict=True):
        bounds = _phrase_bounds(w, phrase)
        if bounds is not None:
            labels.append((d.get("text") or "")[bounds[0]:bounds[1]])
    for label in labels:
        if fold_diacritics(label) != label:
            return label
    return labels[0] if labels else " ".join(phrase)


def _phrase_bounds(w: _Words, phrase: tuple[str, ...]) -> tuple[int, int] | None:
    """Offsets in the directive's text of the first occurrence of `phrase`."""
    n = len(phrase)
    for start in range(len(w.words) - n + 1):
        if w.words[start:start + n] == phrase:
            return (w.spans[start][0], w.spans[start + n - 1][1])
    return None


def _match_span(directive: dict[str, Any], w: _Words, phrase: tuple[str, ...] | None) -> list[int] | None:
    """Where the phrase (or, for similar groups, the directive) sits in the document."""
    span = directive.get("span")
    if not span:
        return None
    bounds = _phrase_bounds(w, phrase) if phrase is not None else None
    if bounds is None:
        return [span[0], span[1]]
    return [span[0] + bounds[0], span[0] + bounds[1]]


def _date(directive: dict[str, Any]) -> str | None:
    return directive.get("event_date") or directive.get("document_date") or None


def _locality_names(directive: dict[str, Any]) -> list[str]:
    names = []
    for loc in directive.get("localities") or ():
        name = loc.get("name") if isinstance(loc, dict) else loc
        if name:
            names.append(name)
    return names
