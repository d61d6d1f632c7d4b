"""An item's kind and origin are kept as small integers (migration 0015); everything reads names."""

from __future__ import annotations

import pytest
from test_store_engine import chidao, chidao_json
from test_store_lean_migration import _downgrade, _everything, _raw, followed_up_store

from chidao.errors import StoreError
from chidao.store.engine import create_store_engine, forget_engines, open_engine
from chidao.store.item_data import KINDS, ORIGINS
from chidao.store.migrate import current_revision

BEFORE = "0014_bands_from_signatures"


def _values(store: str) -> set[tuple[object, object]]:
    return set(_raw(store, "SELECT DISTINCT kind, origin FROM items"))


def test_a_store_filled_before_0015_reads_the_same_after_it(store: str) -> None:
    items = followed_up_store(store)
    before = _everything(store, items)
    coded = _values(store)
    assert {kind for kind, _ in coded} <= set(range(len(KINDS)))
    assert {origin for _, origin in coded} == {0, 1}  # a person added an item

    _downgrade(store, BEFORE)
    assert current_revision(create_store_engine(store)) == BEFORE
    named = _values(store)
    assert named == {(KINDS[kind], ORIGINS[origin]) for kind, origin in coded}

    open_engine(store)  # the next command upgrades the store
    forget_engines()
    assert _values(store) == coded
    assert _everything(store, items) == before


def test_ordering_by_the_code_orders_by_the_name() -> None:
    # Prefix lookups list candidates by (report, kind, ordinal) in SQL: as before the codes.
    assert list(KINDS) == sorted(KINDS)


def test_a_kind_without_a_code_stops_the_upgrade_and_changes_nothing(store: str) -> None:
    followed_up_store(store)
    _downgrade(store, BEFORE)
    engine = create_store_engine(store)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE items SET kind = 'spells' WHERE seq = (SELECT min(seq) FROM items)")
    engine.dispose()
    forget_engines()
    rows = _raw(store, "SELECT seq, kind, origin FROM items ORDER BY seq")

    with pytest.raises(StoreError, match="items.kind holds spells"):
        open_engine(store)
    forget_engines()
    assert current_revision(create_store_engine(store)) == BEFORE
    assert _raw(store, "SELECT seq, kind, origin FROM items ORDER BY seq") == rows
    result = chidao(store, "directives")
    assert result.exit_code == 1 and "spells" in result.output and "Traceback" not in result.output


def test_kinds_are_read_and_filtered_by_name(store: str) -> None:
    followed_up_store(store)
    for kind in ("directives", "targets", "commitments", "indicators"):
        listed = chidao_json(store, kind, "--rejected", "--copies")
        assert listed and {item["id"].split(":")[1] for item in listed} == {kind}


def test_a_code_no_name_has_reads_as_itself() -> None:
    from sqlalchemy.dialects import sqlite

    from chidao.store.schema import Coded

    kinds = Coded(KINDS)
    assert kinds.process_bind_param("directives", sqlite.dialect()) == 1
    assert kinds.process_bind_param("spells", sqlite.dialect()) == -1  # compares equal to no row
    assert kinds.process_result_value(1, sqlite.dialect()) == "directives"
    assert kinds.process_result_value(-1, sqlite.dialect()) == "-1"
    assert kinds.process_result_value(len(KINDS), sqlite.dialect()) == str(len(KINDS))
