"""Finding one item in an extraction by what a test names, with a failure message
that lists what was there instead. Shared by the example and trap-report tests."""

from __future__ import annotations

from chidao.model import Directive, Extraction, Locality, Person

LEVEL_WORDS = ("Tỉnh ", "Thành phố ", "TP ", "Quận ", "Huyện ", "Phường ", "Xã ", "Thị xã ")


def short_name(name: str | None) -> str | None:
    """A unit's name without its level word ("Tỉnh Lâm Đồng" -> "Lâm Đồng"): the contract allows either."""
    if name is None:
        return None
    for word in LEVEL_WORDS:
        if name.startswith(word):
            return name[len(word):]
    return name


def person(extraction: Extraction, name: str) -> Person:
    """The one person with this full name (a name split into two people fails)."""
    matches = [p for p in extraction.people if p.name == name]
    assert matches, f"no person {name!r} in {[p.name for p in extraction.people]}"
    assert len(matches) == 1, f"{name!r} split into {len(matches)} people"
    return matches[0]


def directive_with(extraction: Extraction, phrase: str) -> Directive:
    """The first directive whose text contains the phrase."""
    matches = [d for d in extraction.directives if phrase in d.text]
    assert matches, f"no directive containing {phrase!r}: {[d.text for d in extraction.directives]}"
    return matches[0]


def locality(extraction: Extraction, name: str) -> Locality:
    """The one locality with this short name."""
    matches = [loc for loc in extraction.localities if short_name(loc.name) == name]
    assert matches, f"no locality {name!r} in {[loc.name for loc in extraction.localities]}"
    assert len(matches) == 1, f"{name!r} appears as {len(matches)} localities"
    return matches[0]
