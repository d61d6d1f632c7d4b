"""Where Vietnam's units lie, after the 2025 reorganisation: for maps drawn offline.

Read once from the data shipped in the `vietnamadminunits` package (MIT licence; its
`dataset.db`, table `admin_units`: `provinceLat`/`provinceLon` and `wardLat`/`wardLon`
of the 34 provinces and 3,321 communes in force from 1 July 2025).

- `province_centres()`: one `ProvinceCentre` per province (code, name as the rest of chidao
  spells it, latitude, longitude, and the former provinces inside it);
- `commune_centres()`: (latitude, longitude) of every commune.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import cache

from chidao.gazetteer.admin_units import _data_dir, predecessors
from chidao.text.normalize import normalize_text


@dataclass(frozen=True, slots=True)
class ProvinceCentre:
    """A province after 2025: its code, short name, centre, and the former provinces inside it."""

    code: str
    name: str
    lat: float
    lon: float
    former: tuple[str, ...]


def _rows(query: str) -> list[tuple]:
    with sqlite3.connect(f"file:{_data_dir() / 'dataset.db'}?mode=ro", uri=True) as db:
        return db.execute(query).fetchall()


@cache
def province_centres() -> tuple[ProvinceCentre, ...]:
    """The 34 provinces after 2025, by code."""
    out = []
    for code, raw, lat, lon in _rows(
        "SELECT DISTINCT provinceCode, provinceShort, provinceLat, provinceLon "
        "FROM admin_units ORDER BY provinceCode"
    ):
        name = normalize_text(raw)
        former = tuple(unit.name for unit in predecessors(code) if unit.name != name)
        out.append(ProvinceCentre(code, name, float(lat), float(lon), former))
    return tuple(out)


@cache
def commune_centres() -> tuple[tuple[float, float], ...]:
    """(latitude, longitude) of every commune after 2025."""
    return tuple(
        (float(lat), float(lon))
        for lat, lon in _rows("SELECT wardLat, wardLon FROM admin_units WHERE wardLat IS NOT NULL")
    )
