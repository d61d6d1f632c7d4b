"""Charts drawn as inline SVG (no script, no fonts to fetch): items per month, and the map of
Vietnam's provinces after 2025.

- `monthly_chart(counts)`: {"2024-05": {"directives": 3, …}} -> stacked bars, one per month.
- `province_map(counts, selected=None)`: the 34 provinces after the 2025 reorganisation as
  circles at their centre, sized by their items and linked to their page, over the country
  drawn from the centre of every commune; each says which former provinces it holds.
  Coordinates come from `chidao.gazetteer.coordinates` (the `vietnamadminunits` package's
  data, MIT licence), so the map works offline.
"""

from __future__ import annotations

import math
from functools import cache
from urllib.parse import quote

from markupsafe import Markup, escape

from chidao.gazetteer.coordinates import ProvinceCentre, commune_centres, province_centres
from chidao.report.cells import format_date
from chidao.web.labels import KIND_COLOURS, KIND_LABELS

CHART_KINDS = ("directives", "targets", "commitments")
_CHART_COLOURS = {"directives": "#f9a825", "targets": "#ef6c00", "commitments": "#558b2f"}
# The map's frame: longitude and latitude of the top-left corner, pixels per degree.
_WEST, _NORTH, _SCALE = 101.8, 23.7, 38.0


def provinces() -> tuple[ProvinceCentre, ...]:
    """The 34 provinces after 2025 with their centres (`chidao.gazetteer.coordinates`)."""
    return province_centres()


def _xy(lat: float, lon: float) -> tuple[float, float]:
    return (lon - _WEST) * _SCALE, (_NORTH - lat) * _SCALE


@cache
def _land_path() -> str:
    """The country as dots, one per commune centre (rounded to whole pixels, each once)."""
    points = {(round(x), round(y)) for x, y in (_xy(lat, lon) for lat, lon in commune_centres())}
    return "".join(f"M{x} {y}h0" for x, y in sorted(points))


def province_map(counts: dict[str, int], selected: str | None = None, title: str = "") -> Markup:
    """The map (see the module docstring): `counts` {province code: items}; `selected` a code to
    outline; each province with items links to /localities/NAME."""
    width, height = round((115.2 - _WEST) * _SCALE), round((_NORTH - 8.2) * _SCALE)
    largest = max(counts.values(), default=0) or 1
    parts = [
        f'<svg class="map" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title or "Bản đồ các tỉnh, thành phố sau sắp xếp năm 2025")}" '
        'xmlns="http://www.w3.org/2000/svg">',
        f'<path d="{_land_path()}" stroke="#b0bec5" stroke-width="2.4" stroke-linecap="round" fill="none"/>',
    ]
    placed: list[tuple[float, float, float, float]] = []
    for province in provinces():  # labels keep off the circles of provinces with items
        if counts.get(province.code):
            cx, cy = _xy(province.lat, province.lon)
            r = 4 + 10 * math.sqrt(counts[province.code] / largest)
            placed.append((cx - r, cy - r, cx + r, cy + r))
    # The busiest provinces are labelled first; a label that would cover another is left out.
    for province in sorted(provinces(), key=lambda p: -counts.get(p.code, 0)):
        x, y = _xy(province.lat, province.lon)
        count = counts.get(province.code, 0)
        former = f" (gồm {', '.join(province.former)} trước 2025)" if province.former else ""
        label = f"{province.name}{former}: {count} mục"
        if count:
            radius = 4 + 10 * math.sqrt(count / largest)
            ring = (
                ' stroke="#0d47a1" stroke-width="3"'
                if province.code == selected
                else ' stroke="#ffffff" stroke-width="1"'
            )
            parts.append(
                f'<a href="/localities/{quote(province.name)}"><circle cx="{x:.1f}" cy="{y:.1f}" '
                f'r="{radius:.1f}" fill="#c62828" fill-opacity="0.8"{ring}>'
                f"<title>{escape(label)}</title></circle>"
                f"{_label(province.name, x, y, radius, placed)}</a>"
            )
        else:
            ring = ' stroke="#0d47a1" stroke-width="3"' if province.code == selected else ""
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="#78909c"{ring}>'
                f"<title>{escape(label)}</title></circle>"
            )
    for name, lat, lon in (("Quần đảo Hoàng Sa", 16.5, 112.6), ("Quần đảo Trường Sa", 9.7, 114.9)):
        x, y = _xy(lat, lon)
        parts.append(f'<text x="{x:.1f}" y="{y - 10:.1f}" text-anchor="end" class="map-note">{name}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _label(
    name: str, x: float, y: float, radius: float, placed: list[tuple[float, float, float, float]]
) -> str:
    """A province's name right of its circle, else left of it, where it covers no label already
    placed (boxes in `placed`, which it joins); "" when neither side is free."""
    width, height = 8.2 * len(name), 16.0
    for left, anchor in ((x + radius + 2, "start"), (x - radius - 2 - width, "end")):
        box = (left, y - height / 2, left + width, y + height / 2)
        if all(
            box[2] < other[0] or box[0] > other[2] or box[3] < other[1] or box[1] > other[3]
            for other in placed
        ):
            placed.append(box)
            at = left if anchor == "start" else left + width
            return (
                f'<text x="{at:.1f}" y="{y + 5:.1f}" text-anchor="{anchor}" class="map-label">'
                f"{escape(name)}</text>"
            )
    return ""


def monthly_chart(counts: dict[str, dict[str, int]], months: int = 24) -> Markup:
    """Stacked bars of items per month (the last `months` months that have any), with a legend."""
    keys = sorted(counts)[-months:]
    if not keys:
        return Markup('<p class="muted">Chưa có mục nào có ngày.</p>')
    width, height, left, bottom, top = 720, 220, 36, 40, 10
    totals = [sum(counts[key].get(kind, 0) for kind in CHART_KINDS) for key in keys]
    peak = max(totals) or 1
    step = (width - left - 10) / len(keys)
    bar = max(4.0, step * 0.7)
    scale = (height - bottom - top) / peak
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height + 24}" role="img" '
        'aria-label="Số mục theo tháng" xmlns="http://www.w3.org/2000/svg">'
    ]
    for tick in sorted({0, peak // 2, peak}):
        y = height - bottom - tick * scale
        parts.append(
            f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e0e0e0"/>'
            f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" class="axis">{tick}</text>'
        )
    for n, key in enumerate(keys):
        x = left + n * step + (step - bar) / 2
        y = height - bottom
        for kind in CHART_KINDS:
            value = counts[key].get(kind, 0)
            if value:
                h = value * scale
                y -= h
                parts.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                    f'fill="{_CHART_COLOURS[kind]}"><title>{escape(KIND_LABELS[kind])} '
                    f"{format_date(key)}: {value}</title></rect>"
                )
        if len(keys) <= 12 or n % max(1, len(keys) // 12) == 0:
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 14}" text-anchor="middle" '
                f'class="axis">{format_date(key)}</text>'
            )
    x = left
    for kind in CHART_KINDS:  # a legend entry for each kind the bars show, no other
        if not any(counts[key].get(kind) for key in keys):
            continue
        parts.append(
            f'<rect x="{x}" y="{height - 4}" width="12" height="12" fill="{_CHART_COLOURS[kind]}"/>'
            f'<text x="{x + 16}" y="{height + 6}" class="axis">{escape(KIND_LABELS[kind])}</text>'
        )
        x += 110
    parts.append("</svg>")
    return Markup("".join(parts))


__all__ = ["KIND_COLOURS", "monthly_chart", "province_map", "provinces"]
