"""Gold annotation files: one JSON object per document, offsets and values only.

A gold file holds `document` ({source, id, date}) and one list per item kind
(`chidao.model.ITEM_KINDS`). Span kinds carry `span: [start, end]`; people,
organizations and localities carry `name` and `mentions: [[start, end], ...]`.
Offsets point into `document.text` as `chidao.ingest.reader.read_source` makes it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chidao.model import ITEM_KINDS

ENTITY_KINDS: tuple[str, ...] = ("people", "organizations", "localities")
SPAN_KINDS: tuple[str, ...] = tuple(k for k in ITEM_KINDS if k not in ENTITY_KINDS)


class GoldError(Exception):
    """A gold file that cannot be used: `PATH: reason`."""


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One annotated document: where its text comes from and its items by kind."""

    path: Path
    source: str
    id: str | None
    date: str | None
    items: dict[str, list[dict[str, Any]]]


def item_spans(item: dict[str, Any]) -> list[tuple[int, int]]:
    """The spans an item (gold or extracted, as a dict) points at."""
    if "span" in item:
        start, end = item["span"]
        return [(start, end)]
    return [(start, end) for start, end in item.get("mentions", ())]


def load_gold(path: Path | str) -> GoldDocument:
    """Read and check the shape of one gold file; raises GoldError naming the file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: cannot be read as JSON ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("document"), dict):
        raise GoldError(f"{path}: no 'document' object")
    document = data["document"]
    if not document.get("source") and not document.get("id"):
        raise GoldError(f"{path}: 'document' needs a 'source' or an 'id'")
    unknown = sorted(set(data) - set(ITEM_KINDS) - {"document"})
    if unknown:
        raise GoldError(f"{path}: unknown kinds {', '.join(unknown)}")
    items: dict[str, list[dict[str, Any]]] = {}
    for kind in ITEM_KINDS:
        listed = data.get(kind, [])
        if not isinstance(listed, list) or not all(isinstance(it, dict) for it in listed):
            raise GoldError(f"{path}: '{kind}' must be a list of objects")
        for i, item in enumerate(listed):
            problem = _shape_problem(kind, item)
            if problem:
                raise GoldError(f"{path}: {kind}[{i}]: {problem}")
        items[kind] = listed
    return GoldDocument(path=path, source=document.get("source") or "", id=document.get("id"),
                        date=document.get("date"), items=items)


def _shape_problem(kind: str, item: dict[str, Any]) -> str | None:
    if kind in ENTITY_KINDS:
        if not isinstance(item.get("name"), str) or not item["name"].strip():
            return "no 'name'"
        if kind == "localities" and "level" not in item:
            return "no 'level'"
        spans = item.get("mentions")
        if not isinstance(spans, list) or not spans:
            return "no 'mentions'"
    else:
        spans = [item.get("span")]
    for span in spans:
        if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)
                and 0 <= span[0] < span[1]):
            return f"bad span {span!r}"
    if "text" in item:
        return "gold items hold offsets, not article text ('text')"
    return None


def text_problems(gold: GoldDocument, text: str) -> list[str]:
    """Spans past the end of `text` and items annotated twice (empty when consistent)."""
    problems: list[str] = []
    for kind, listed in gold.items.items():
        seen: set[tuple[tuple[int, int], ...]] = set()
        for i, item in enumerate(listed):
            spans = tuple(item_spans(item))
            if any(end > len(text) for _, end in spans):
                problems.append(f"{kind}[{i}]: span past the end of the text ({len(text)} characters)")
            key = spans if kind not in ENTITY_KINDS else ((hash(item["name"]), 0),)
            if key in seen:
                problems.append(f"{kind}[{i}]: annotated twice")
            seen.add(key)
    return problems


def load_gold_dir(folder: Path | str) -> list[GoldDocument]:
    """Every `*.json` gold file in `folder` (or the one file named), sorted by name."""
    folder = Path(folder)
    if folder.is_file():
        return [load_gold(folder)]
    if not folder.is_dir():
        raise GoldError(f"{folder}: no such folder")
    paths = sorted(folder.glob("*.json"))
    if not paths:
        raise GoldError(f"{folder}: no gold files (*.json)")
    return [load_gold(p) for p in paths]


def dump_gold(gold: dict[str, Any]) -> str:
    """A gold object ({"document": …, kind: [items]}) as the repository writes gold files:
    one item per line, kinds in contract order, so a changed annotation is a one-line diff."""
    lines = ["{", f' "document": {json.dumps(gold["document"], ensure_ascii=False)},']
    for n, kind in enumerate(ITEM_KINDS):
        items = gold.get(kind, [])
        comma = "," if n < len(ITEM_KINDS) - 1 else ""
        if not items:
            lines.append(f' "{kind}": []{comma}')
            continue
        lines.append(f' "{kind}": [')
        lines += [f"  {json.dumps(item, ensure_ascii=False)}{',' if i < len(items) - 1 else ''}"
                  for i, item in enumerate(items)]
        lines.append(f" ]{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"
