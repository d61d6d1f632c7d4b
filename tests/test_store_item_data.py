"""An item's `data` is kept as the array of its values (migration 0012) wherever its fields are
the kind's, an object otherwise; every reader (the registers, status, search with a place
filter, backups) sees the same fields either way, and a store filled before reads the same after."""

from __future__ import annotations

import dataclasses
import json

from test_store_engine import chidao_json
from test_store_lean_migration import _downgrade, _everything, _raw, followed_up_store

from chidao import model
from chidao.store.engine import create_store_engine, forget_engines, open_engine
from chidao.store.item_data import FIELDS, full_data, stored_data
from chidao.store.migrate import current_revision

BEFORE = "0011_search_without_positions"
MODELS = {"events": model.Event, "people": model.Person, "organizations": model.Organization,
          "localities": model.Locality, "legal_refs": model.LegalRef, "directives": model.Directive,
          "targets": model.Target, "commitments": model.Commitment, "indicators": model.Indicator}


def test_the_stored_fields_are_the_contracts_in_its_order() -> None:
    # A field added to the contract leaves new items' data an object until a migration adds it here.
    for kind, cls in MODELS.items():
        contract = tuple(field.name for field in dataclasses.fields(cls) if field.name != "text")
        assert FIELDS[kind] == contract + (("speaker",) if kind == "commitments" else ()), kind


def test_data_is_its_values_when_its_fields_are_the_kinds_and_an_object_otherwise() -> None:
    words = "hoàn thành 100% camera"
    target = {"metric": "camera", "metric_key": None, "direction": "reach", "value": 100.0, "unit": "%",
              "at_least": False, "baseline": None, "deadline": "2025", "scope": "Lào Cai", "text": words,
              "span": [4, 26]}
    stored = stored_data("targets", target, words)
    assert stored == [value for key, value in target.items() if key != "text"]
    assert full_data("targets", stored, words) == target
    assert list(full_data("targets", stored, words)) == list(target)  # the contract's order
    # words that are not the item's: kept in an object, as they were
    assert stored_data("targets", target, "chữ khác") == target
    # a field of its own, or the fields in another order: an object
    extra = {**target, "note": "x"}
    assert stored_data("targets", extra, words) == {key: value for key, value in extra.items()
                                                    if key != "text"}
    reordered = {"scope": "Lào Cai", **{key: value for key, value in target.items() if key != "scope"}}
    assert isinstance(stored_data("targets", reordered, words), dict)
    person = {"name": "Lò Văn Páo", "ranks": ["Đại tá"], "positions": [], "mentions": [[0, 10]]}
    assert stored_data("people", person, None) == ["Lò Văn Páo", ["Đại tá"], [], [[0, 10]]]
    assert full_data("people", stored_data("people", person, None), None) == person
    assert stored_data("khac", {"a": 1}, None) == {"a": 1}


def _forms(store: str) -> tuple[int, int]:
    """(items whose data is an array, items whose data is an object)."""
    forms = [json.loads(value) if isinstance(value, str) else value
             for (value,) in _raw(store, "SELECT data FROM items")]
    return sum(isinstance(form, list) for form in forms), sum(isinstance(form, dict) for form in forms)


def _by_place(store: str) -> list:
    return [chidao_json(store, kind, "--locality", "Quảng Trị", "--rejected")
            for kind in ("directives", "targets", "indicators")] + [
        chidao_json(store, "search", words, "--locality", "Quảng Trị") for words in ("ma túy", "tỷ lệ")]


def test_a_store_filled_before_0012_reads_the_same_after_it(store: str) -> None:
    items = followed_up_store(store)
    before, places = _everything(store, items), _by_place(store)
    assert any(places[:3]) and any(places[3:])
    arrays, objects = _forms(store)
    assert arrays > 0

    _downgrade(store, BEFORE)
    assert current_revision(create_store_engine(store)) == BEFORE
    assert _forms(store) == (0, arrays + objects)
    forget_engines()

    open_engine(store)  # the next command upgrades the store
    forget_engines()
    assert _forms(store) == (arrays, objects)
    assert _everything(store, items) == before
    assert _by_place(store) == places
