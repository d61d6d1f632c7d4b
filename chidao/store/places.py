"""Which places an item is about, and whether one is the place a user asked for.

An item is about its event's localities (the places the report's events name:
"làm việc với Tỉnh ủy Hà Giang" is about Hà Giang) and about its own scope (a
target's or an indicator's `scope`), never about a place its report only
mentions: Hà Giang's staffing commitment is not about Trung Quốc because the
report says the province borders it. A report whose events name no place is
about the place it mentions most (its main place), so an item is never about
nothing when its report names somewhere.

- `resolve_locality(name)`: a user's place name as a `LocalityFilter` (codes and
  folded names it goes by; a current province reaches the old ones inside it).
- `event_place_names(events)`: folded names of the places a report's events name.
- `item_places(item, event_names, localities)`: the report's locality dicts
  (extract@1 locality fields) that the item is about; `item_place_names` their
  folded names, which `LocalityFilter.named` checks (what the store filter reads).
- `LocalityFilter.matches(locality)`: whether a locality dict is the place asked for.

A locality dict has the extract@1 fields (name, current_name, code, current_code,
level, mentions); "key", when given, is its name already folded, and
"mention_count" how many mentions it has.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from chidao.text.fold import fold_key

_LEVEL_WORDS = ("thanh pho ", "tp. ", "tp ", "tinh ")


@dataclass(frozen=True, slots=True)
class LocalityFilter:
    """Codes and folded names a place asked for by name goes by: `name_keys` for a place that
    is no province, `names` every name it goes by (a province's forms and, for a current
    province, those of the old ones inside it)."""

    codes: frozenset[str]
    current_codes: frozenset[str]
    name_keys: frozenset[str]
    names: frozenset[str] = frozenset()

    def named(self, names: Iterable[str]) -> bool:
        """Whether one of these folded names is this place."""
        return not self.names.isdisjoint(names)

    def matches(self, locality: dict[str, Any]) -> bool:
        """Whether a locality dict (name, current_name, code, current_code) is this place."""
        if locality.get("code") in self.codes or locality.get("current_code") in self.current_codes:
            return True
        if not self.name_keys:  # a province, asked for by its codes
            return False
        names = {fold_key(n) for n in (locality.get("name"), locality.get("current_name")) if n}
        return bool(names & self.name_keys)


def resolve_locality(name: str) -> LocalityFilter:
    """Resolve a user's place name: a province by its old or current name, else any unit by name.

    A current province's name ("Bắc Ninh", "Lâm Đồng") reaches every old province
    now inside it; an old name that no longer exists ("Bắc Giang") only that one.
    """
    key = scope_key(name)
    try:
        from chidao.gazetteer.admin_units import lookup_province, province_names
        unit = lookup_province(name)
    except Exception:  # noqa: BLE001 - without the admin data, names still match
        unit = None
    if unit is None:
        return LocalityFilter(frozenset(), frozenset(), frozenset({key}), frozenset({key}))
    codes = frozenset({unit.code})
    reaches_new = unit.current_name and unit.current_code and (
        fold_key(unit.current_name) == fold_key(unit.name) or fold_key(unit.current_name) == key)
    current = frozenset({unit.current_code}) if reaches_new and unit.current_code else frozenset()
    return LocalityFilter(codes, current, frozenset(), province_names(codes, current))


def scope_key(scope: str) -> str:
    """A scope's folded place name, without a level word ("tỉnh Hà Giang" -> "ha giang")."""
    folded = fold_key(scope)
    for prefix in _LEVEL_WORDS:
        if folded.startswith(prefix):
            return folded[len(prefix):]
    return folded


def event_place_names(events: Iterable[dict[str, Any]]) -> frozenset[str]:
    """Folded names of the localities a report's events name."""
    return frozenset(fold_key(name) for event in events for name in event.get("localities") or ()
                     if isinstance(name, str))


def main_place(localities: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The locality a report mentions most (provinces first on a tie, then the first listed)."""
    levels = {"province": 0, "district": 1, "commune": 2}
    ranked = sorted(enumerate(localities), key=lambda pair: (
        -pair[1].get("mention_count", len(pair[1].get("mentions") or ())),
        levels.get(pair[1].get("level") or "", 3), pair[0]))
    return ranked[0][1] if ranked else None


def _key(locality: dict[str, Any]) -> str:
    """A locality's folded name ("key" when the store gives it folded already)."""
    return locality.get("key") or fold_key(locality.get("name") or "")


def item_place_names(item: dict[str, Any], event_names: frozenset[str], main_name: str | None) -> set[str]:
    """Folded names of the places an item is about: its report's events' places (else its
    main place, `main_name`) and its own scope."""
    names = set(event_names) or ({main_name} if main_name else set())
    scope = item.get("scope")
    if isinstance(scope, str) and scope.strip():
        names.add(scope_key(scope))
    return names


def item_places(item: dict[str, Any], event_names: frozenset[str],
                localities: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The report's localities the item is about: its events' and its scope's (see module doc).

    A scope the report's localities do not hold is given as {"name": scope}.
    """
    wanted = set(event_names)
    if not wanted:
        main = main_place(localities)
        if main is not None and main.get("name"):
            wanted.add(fold_key(main["name"]))
    scope = item.get("scope")
    scoped = scope_key(scope) if isinstance(scope, str) and scope.strip() else None
    if scoped:
        wanted.add(scoped)
    about = [loc for loc in localities if _key(loc) in wanted]
    if scoped and not any(_key(loc) == scoped for loc in about):
        about.append({"name": scope})
    return about
