"""Shared fixtures: the seed corpus beside the clone, the grounding check, and stores on SQLite and
PostgreSQL."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from chidao.extract.pipeline import extract_document
from chidao.ingest.reader import read_source
from chidao.model import Extraction, grounding_errors
from chidao.store.engine import forget_engines

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT.parent / "shared" / "corpus" / "seeds"
EXAMPLES_DIR = ROOT / "examples"
FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures"


def seed_paths() -> list[Path]:
    return sorted(SEEDS_DIR.glob("*.txt"))


def extract_path(path: Path | str) -> Extraction:
    """Read, extract, and check the grounding invariant of every item."""
    (document,) = list(read_source(str(path)))
    extraction = extract_document(document)
    assert grounding_errors(extraction) == [], grounding_errors(extraction)
    return extraction


@pytest.fixture(scope="session")
def seed_extractions() -> dict[str, Extraction]:
    paths = seed_paths()
    if not paths:
        pytest.skip(f"seed corpus not found at {SEEDS_DIR}")
    return {p.name: extract_path(p) for p in paths}


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """One local[2] Spark session for every Spark test (starting one takes seconds);
    skipped where PySpark or Java 17+ is missing."""
    pytest.importorskip("pyspark")
    from chidao.spark.extract import missing_requirement

    problem = missing_requirement()
    if problem:
        pytest.skip(problem)
    from chidao.spark.job import spark_session

    session = spark_session("local[2]", ui=False)
    yield session
    session.stop()
# Stores: every store test runs on SQLite and on PostgreSQL (one suite, not two copies).
# PostgreSQL is the server $CHIDAO_TEST_PG names (.ci/run starts one); its role creates one
# database per test. Without it, or when it cannot be reached, the PostgreSQL cases skip.

PG_ENV = "CHIDAO_TEST_PG"
PG_REQUIRED_ENV = "CHIDAO_TEST_PG_REQUIRED"


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The URL of the test PostgreSQL server's own database (skips when there is none)."""
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL: no server (set {PG_ENV}=postgresql://USER@HOST:PORT/DB; .ci/run does)")
    try:
        with psycopg.connect(url, connect_timeout=5):
            pass
    except psycopg.Error as exc:
        reason = f"PostgreSQL: {url} cannot be reached ({str(exc).strip().splitlines()[0]})"
        if os.environ.get(PG_REQUIRED_ENV):
            pytest.fail(reason)  # CI started the server: its absence is a failure, not a skip
        pytest.skip(reason)
    return url


@contextmanager
def pg_database(server: str) -> Iterator[str]:
    """A new, empty database on the test server, dropped afterwards; yields its URL."""
    name = f"chidao_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        forget_engines()
        with psycopg.connect(server, autocommit=True) as admin:
            for attempt in range(60):
                try:
                    admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
                    break
                except psycopg.errors.InsufficientPrivilege:
                    # an autovacuum worker still in it, which a role without pg_signal_backend
                    # may not end (.ci/postgres.sh grants it): it is done within seconds
                    if attempt == 59:
                        raise
                    time.sleep(0.5)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty store for one test: a SQLite file path, or a PostgreSQL URL of a new database."""
    if request.param == "sqlite":
        yield str(tmp_path / "chidao.db")
        return
    with pg_database(request.getfixturevalue("pg_server")) as url:
        yield url


def store_exists(store: str) -> bool:
    """Whether a store has been created: a SQLite file exists, or the database has tables."""
    if "://" not in store:
        return Path(store).exists()
    with psycopg.connect(store) as connection:
        tables = connection.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        return tables.fetchone()[0] > 0


@pytest.fixture(scope="session")
def web_template(tmp_path_factory: pytest.TempPathFactory):
    """A store with the sample reports, a hostile one and an account per role (tests/web_support.py);
    tests copy it (`web_support.copy_store`) before changing anything."""
    from web_support import HOSTILE_NAME, HOSTILE_REPORT, build_store

    return build_store(tmp_path_factory.mktemp("web"), {HOSTILE_NAME: HOSTILE_REPORT})
