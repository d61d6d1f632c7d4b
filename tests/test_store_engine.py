"""Shared steps for the store tests: run the CLI on a temporary database and read it back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from chidao.cli import app
from chidao.store.queries import open_session

STORE_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "store"
QUANG_TRI = STORE_FIXTURES / "quang_tri_2023_lam_viec.txt"
KON_TUM = STORE_FIXTURES / "kon_tum_2024_tong_ket.txt"

runner = CliRunner()


def chidao(db: Path, *args: str, env: dict[str, str] | None = None):
    """Run `chidao ARGS --db DB` and return the click result."""
    return runner.invoke(app, [*args, "--db", str(db)], env=env)


def chidao_json(db: Path, *args: str):
    result = chidao(db, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def count_rows(db: Path, model) -> int:
    with open_session(str(db)) as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


# The store opens where the user says, and its schema is always the newest.

def test_a_path_a_url_and_nothing_each_name_a_database(tmp_path: Path, monkeypatch) -> None:
    from chidao.store.engine import database_url

    monkeypatch.delenv("CHIDAO_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert database_url(None) == f"sqlite:///{tmp_path / 'chidao.db'}"
    assert database_url("x/kho.db") == f"sqlite:///{tmp_path / 'x' / 'kho.db'}"
    assert database_url("postgresql://u@h/chidao") == "postgresql+psycopg://u@h/chidao"
    assert database_url(":memory:") == "sqlite://"
    monkeypatch.setenv("CHIDAO_DB", str(tmp_path / "env.db"))
    assert database_url(None) == f"sqlite:///{tmp_path / 'env.db'}"


def test_chidao_db_in_the_environment_picks_the_store(tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    result = runner.invoke(app, ["ingest", str(QUANG_TRI)], env={"CHIDAO_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert db.exists()


def test_opening_a_store_upgrades_it_to_the_newest_migration(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect, text

    from chidao.store.engine import open_engine
    from chidao.store.migrate import alembic_config

    engine = open_engine(str(tmp_path / "new.db"))
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == head
    tables = set(inspect(engine).get_table_names())
    assert {"documents", "items", "document_bands", "status_history", "document_fts", "item_fts"} <= tables


def test_an_in_memory_store_works_for_a_whole_ingest() -> None:
    from chidao.ingest.reader import read_source
    from chidao.store.engine import open_engine
    from chidao.store.ingest import ingest_document
    from chidao.store.queries import list_items

    engine = open_engine(":memory:")
    (document,) = read_source(str(QUANG_TRI))
    assert ingest_document(engine, document).outcome == "new"
    assert ingest_document(engine, document).outcome == "duplicate"
    from sqlalchemy.orm import Session

    with Session(engine) as session:
        speakers = {d["speaker"] for d in list_items(session, "directives")}
    assert speakers == {"Lê Văn Tuyến"}


def test_a_store_made_before_the_filter_indexes_upgrades_with_its_data(tmp_path: Path) -> None:
    from sqlalchemy import text

    from chidao.store.engine import create_store_engine, open_engine
    from chidao.store.migrate import upgrade

    path = str(tmp_path / "old.db")
    old = create_store_engine(path)
    upgrade(old, "0001")
    with old.begin() as connection:
        connection.execute(text("INSERT INTO documents (id, text, ingested_at, extracted_at) "
                                "VALUES ('d1', 'x', '2024-01-01', '2024-01-01')"))
        connection.execute(text("INSERT INTO items (id, document_id, kind, ordinal, data, person_key, "
                                "orphan) VALUES ('d1:people:0', 'd1', 'people', 0, '{}', 'to lam', 0)"))
    old.dispose()
    engine = open_engine(path)
    with engine.connect() as connection:
        index = connection.execute(text(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_items_kind_person'")).scalar_one()
        assert index.endswith("WHERE person_key IS NOT NULL")
        assert connection.execute(text("SELECT person_key FROM items")).scalar_one() == "to lam"
        code_index = connection.execute(text(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_items_kind_current_code'")).scalar_one()
        assert "document_seq" in code_index and code_index.endswith("WHERE current_code IS NOT NULL")


def test_a_place_s_documents_are_read_from_the_locality_index_alone(tmp_path: Path) -> None:
    # Search and the registers filter by place through this list; reading each locality
    # row from the items table cost 20 ms for a province of a 100,000-report archive.
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from chidao.store.engine import open_engine
    from chidao.store.queries import locality_rows, resolve_locality

    engine = open_engine(str(tmp_path / "plan.db"))
    with Session(engine) as session:
        statement = select(locality_rows(resolve_locality("Bắc Ninh")).subquery())
        compiled = statement.compile(engine, compile_kwargs={"literal_binds": True})
        plan = [row[-1] for row in session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")]
    lookups = [step for step in plan if "filter_items" in step]
    assert len(lookups) == 2 and all("COVERING INDEX" in step for step in lookups), plan


def test_a_store_that_cannot_be_opened_is_one_line_naming_it(tmp_path: Path) -> None:
    garbage = tmp_path / "notes.db"
    garbage.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    missing_folder = tmp_path / "khong-co" / "chidao.db"
    for db, command, reason in ((garbage, "directives", "tệp này không phải cơ sở dữ liệu"),
                                (missing_folder, "ingest",
                                 "không mở được tệp (thư mục không có, hoặc không có quyền)")):
        args = (command, str(QUANG_TRI)) if command == "ingest" else (command,)
        result = chidao(db, *args)
        assert result.exit_code == 1
        assert result.stderr.strip() == f"chidao: {db}: {reason}", result.output


def test_a_mistyped_store_is_not_created_by_commands_that_only_read_or_follow_up(tmp_path: Path) -> None:
    typo = tmp_path / "chidoa.db"
    for args in (("directives",), ("search", "ma tuy"), ("status", "abc:directives:0"), ("reextract",),
                 ("person", "Tô Lâm"), ("report", "all", "-f", "md", "-o", str(tmp_path / "r.md"))):
        result = chidao(typo, *args)
        assert result.exit_code == 1, (args, result.output)
        assert result.stderr.strip() == f"chidao: {typo}: chưa có kho dữ liệu ở đây (nạp báo cáo vào bằng " \
            "chidao ingest trước, hoặc chọn kho bằng --db / CHIDAO_DB)", result.output
        assert not typo.exists()
    assert chidao(typo, "ingest", str(QUANG_TRI)).exit_code == 0 and typo.exists()


def test_a_server_that_does_not_answer_is_one_line_without_its_password() -> None:
    from chidao.errors import StoreError
    from chidao.store.engine import open_engine

    try:
        open_engine("postgresql://chidao:bi-mat@127.0.0.1:1/chidao")
    except StoreError as exc:
        assert exc.where == "postgresql://chidao:***@127.0.0.1:1/chidao"
        assert "\n" not in exc.reason and "bi-mat" not in str(exc)
    else:
        raise AssertionError("no StoreError")


@pytest.mark.parametrize("url", ["mysql://chidao:bi-mat@db.local/chidao", "mysql+pymysql://chidao:bi-mat@h/c",
                                 "oracle://chidao:bi-mat@h/c", "mongodb://h/c"])
def test_a_database_chidao_does_not_store_in_is_one_line_like_every_store_error(url: str) -> None:
    backend = url.split(":", 1)[0].split("+", 1)[0]
    for args in (("directives",), ("ingest", str(QUANG_TRI)), ("person", "Tô Lâm"), ("search", "ma tuy")):
        result = runner.invoke(app, [*args, "--db", url])
        assert result.exit_code == 1, (args, result.output)
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith("chidao: ") and line.endswith(
            f": chidao chỉ lưu vào SQLite hoặc PostgreSQL, không vào {backend}"), line
        assert "bi-mat" not in result.output


def test_a_store_given_as_a_sqlite_url_is_found_whatever_its_driver_and_query(tmp_path: Path) -> None:
    db = tmp_path / "chidao.db"
    assert chidao(db, "ingest", str(QUANG_TRI)).exit_code == 0
    for url in (f"sqlite:///{db}?timeout=20", f"sqlite+pysqlite:///{db}", f"sqlite:///file:{db}?mode=ro&uri=true"):
        result = runner.invoke(app, ["directives", "--db", url, "--format", "json"])
        assert result.exit_code == 0 and json.loads(result.stdout), (url, result.output)
    missing = tmp_path / "nope.db"
    result = runner.invoke(app, ["directives", "--db", f"sqlite+pysqlite:///{missing}"])
    assert result.exit_code == 1 and "chưa có kho dữ liệu ở đây" in result.stderr and not missing.exists()
