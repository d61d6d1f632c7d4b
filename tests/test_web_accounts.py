"""Accounts of the web app: `chidao user` prints a one-time password and tokens once, passwords
are argon2 hashes, tokens and sessions are stored only as digests, and migration 0005 adds the
tables to a store that holds reports, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import re
from pathlib import Path

import pytest
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from typer.testing import CliRunner
from web_support import WebStore, copy_store

from chidao.cli import app
from chidao.store import accounts
from chidao.store.engine import create_store_engine
from chidao.store.migrate import MIGRATIONS_DIR, upgrade
from chidao.store.queries import open_session
from chidao.web.auth import LoginThrottle


def test_user_add_prints_a_one_time_password_and_a_token_that_work(tmp_path: Path) -> None:
    db = str(tmp_path / "new.db")
    result = CliRunner().invoke(app, ["user", "add", "lan.nguyen", "--role", "editor", "--token", "--db", db])
    assert result.exit_code == 0, result.output
    password = re.search(r"Mật khẩu dùng một lần[^:]*: (\S+)", result.output)[1]
    token = re.search(r"Mã API.*: (cd_\S+)", result.output)[1]
    with open_session(db) as session:
        user = accounts.authenticate(session, "lan.nguyen", password)
        assert user is not None and user["role"] == "editor" and user["password_temporary"]
        assert accounts.token_user(session, token)["name"] == "lan.nguyen"
        stored = session.execute(text("SELECT password_hash FROM users")).scalar_one()
        digests = session.execute(text("SELECT token_hash FROM api_tokens")).scalars().all()
    assert stored.startswith("$argon2") and password not in stored
    assert token not in digests and len(digests[0]) == 64
    again = CliRunner().invoke(app, ["user", "add", "lan.nguyen", "--role", "viewer", "--db", db])
    assert again.exit_code == 1 and "đã có tài khoản: lan.nguyen" in again.output
    listed = CliRunner().invoke(app, ["user", "list", "--format", "json", "--db", db])
    assert '"role": "editor"' in listed.output and "password_hash" not in listed.output


def test_roles_are_checked_and_accounts_can_be_disabled(web_template: WebStore, tmp_path: Path) -> None:
    store = copy_store(web_template, tmp_path)
    runner = CliRunner()
    assert runner.invoke(app, ["user", "add", "x", "--role", "owner", "--db", store.db]).exit_code == 2
    assert runner.invoke(app, ["user", "role", "viewer", "admin", "--db", store.db]).exit_code == 0
    assert runner.invoke(app, ["user", "disable", "editor", "--db", store.db]).exit_code == 0
    with open_session(store.db) as session:
        assert accounts.token_user(session, store.tokens["viewer"])["role"] == "admin"
        assert accounts.token_user(session, store.tokens["editor"]) is None
        assert accounts.authenticate(session, "editor", "mat-khau-thu-nghiem") is None
    missing = runner.invoke(app, ["user", "token", "nobody", "--db", store.db])
    assert missing.exit_code == 1 and "không có tài khoản: nobody" in missing.output


def test_a_browser_session_ends_after_its_hours() -> None:
    engine = create_store_engine(":memory:")
    upgrade(engine)
    from sqlalchemy.orm import Session

    with Session(engine) as session:
        user, _ = accounts.add_user(session, "an", "viewer")
        start = dt.datetime(2024, 5, 9, 1, 0, tzinfo=dt.UTC)
        cookie, csrf = accounts.open_browser_session(session, user["id"], now=start)
        assert accounts.browser_session(session, cookie, now=start + dt.timedelta(hours=11)) == (
            {**user},
            csrf,
        )
        assert accounts.browser_session(session, cookie, now=start + dt.timedelta(hours=12)) is None
        assert accounts.browser_session(session, "forged", now=start) is None


def test_the_login_throttle_forgets_failures_after_its_window() -> None:
    throttle = LoginThrottle(limit=3, window=60, per_address=10)
    for second in range(3):
        throttle.failed("An", "10.0.0.1", now=second)
    assert throttle.wait("an", "10.0.0.2", now=10) == 51  # per account, whatever the address
    assert throttle.wait("an", "10.0.0.2", now=61) == 0
    for second in range(10):
        throttle.failed(f"user{second}", "10.0.0.9", now=100)
    assert throttle.wait("someone", "10.0.0.9", now=101) > 0  # per address, whatever the account


def test_a_store_at_0004_keeps_its_reports_and_gains_the_accounts(tmp_path: Path) -> None:
    engine = create_store_engine(str(tmp_path / "old.db"))
    upgrade(engine, "0004")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO documents (id, text, ingested_at, extracted_at) "
                "VALUES ('d1', 'Bộ trưởng yêu cầu.', '2024-01-01', '2024-01-01')"
            )
        )
    upgrade(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT id, added_by FROM documents")).one() == ("d1", None)
        assert connection.execute(text("SELECT count(*) FROM users")).scalar_one() == 0
        assert connection.execute(text("SELECT count(*) FROM web_sessions")).scalar_one() == 0


def test_the_accounts_migration_renders_for_postgresql_without_a_server() -> None:
    spec = importlib.util.spec_from_file_location(
        "migration_0005", MIGRATIONS_DIR / "versions" / "0005_users.py"
    )
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    buffer = io.StringIO()
    context = MigrationContext.configure(
        dialect_name="postgresql", opts={"as_sql": True, "output_buffer": buffer}
    )
    with Operations.context(context):
        migration.upgrade()
    sql = buffer.getvalue()
    assert "CREATE TABLE users (\n    id SERIAL NOT NULL" in sql
    assert "password_temporary BOOLEAN DEFAULT false NOT NULL" in sql
    assert "FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE" in sql
    assert "ALTER TABLE documents ADD COLUMN added_by TEXT" in sql
    assert migration.down_revision == "0004"


@pytest.mark.parametrize("name", ["", "có dấu cách", "x" * 65, "a/b"])
def test_account_names_are_one_plain_word(name: str) -> None:
    engine = create_store_engine(":memory:")
    upgrade(engine)
    from sqlalchemy.orm import Session

    with Session(engine) as session, pytest.raises(accounts.AccountError, match="tên tài khoản không hợp lệ"):
        accounts.add_user(session, name, "viewer")


def test_serve_refuses_a_store_that_is_not_there(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "nothing.db")])
    assert result.exit_code == 1
    assert (
        result.output.strip()
        == f"chidao: {tmp_path / 'nothing.db'}: chưa có kho dữ liệu ở đây (nạp báo cáo vào bằng chidao "
        "ingest trước, hoặc chọn kho bằng --db / CHIDAO_DB)"
    )


def test_serve_on_a_port_in_use_says_so_in_one_line_and_announces_nothing(tmp_path: Path,
                                                                          monkeypatch) -> None:
    # The address was printed as if served, then uvicorn's "ERROR: [Errno 98] … address already in use".
    import socket

    import uvicorn

    store = tmp_path / "chidao.db"
    with open_session(str(store), create=True) as session:
        accounts.add_user(session, "lan", "admin")
        session.commit()
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("served on a taken port"))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--db", str(store), "--port", str(port)])
    assert result.exit_code == 1
    assert result.output == f"chidao: 127.0.0.1:{port}: cổng {port} đang có chương trình khác dùng: " \
        "chọn cổng khác bằng --port\n"
