"""What the web app's tests share: a store holding the sample reports and one account per role
(each with a known password and an API token), and logging a test client in."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import text

from chidao.ingest.reader import read_source
from chidao.store import accounts
from chidao.store.engine import open_engine
from chidao.store.ingest import ingest_documents
from chidao.store.queries import open_session
from chidao.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
ROLES = ("viewer", "editor", "admin")
PASSWORD = "mat-khau-thu-nghiem"  # every test account's own password (set after the one-time one)
# A report that tries to run script: the pages must show it as text.
HOSTILE_NAME = "bao-cao-doc-hai.txt"
HOSTILE_REPORT = (
    " date 2024-05 Ngày 9/5, Bộ trưởng Bộ Công an làm việc với Tỉnh ủy Quảng Ninh. "
    "<script>alert('xss')</script> <img src=x onerror=alert(1)> "
    '<a href="javascript:alert(2)">bấm vào đây</a>\n\n'
    "Bộ trưởng yêu cầu Công an tỉnh Quảng Ninh <b>tăng cường</b> phòng, chống tội phạm ma túy.\n"
)


@dataclass(frozen=True, slots=True)
class WebStore:
    """A store file, and per role the account's name and API token."""

    db: str
    tokens: dict[str, str]

    def headers(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}


def build_store(folder: Path, extra: dict[str, str] | None = None, db: str | None = None) -> WebStore:
    """A store (`db`, else chidao.db in `folder`) with the sample reports (and `extra` {file
    name: text}, written to `folder`) and one account per role: name = role, password
    PASSWORD, one API token each."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(path) for path in EXAMPLES.glob("*.txt"))
    for name, body in (extra or {}).items():
        (folder / name).write_text(body, encoding="utf-8")
        sources.append(str(folder / name))
    db = db or str(folder / "chidao.db")
    engine = open_engine(db)
    documents = [document for source in sources for document in read_source(source)]
    outcomes = list(ingest_documents(engine, documents))
    assert all(outcome.error is None for outcome in outcomes)
    tokens = {}
    with open_session(db) as session:
        for role in ROLES:
            _user, one_time = accounts.add_user(session, role, role, created_by="tests")
            accounts.set_password(session, role, one_time, PASSWORD)
            tokens[role] = accounts.issue_token(session, role)
        session.commit()
    if engine.dialect.name == "sqlite":  # one file to copy
        with engine.connect() as connection:
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    return WebStore(db, tokens)


def copy_store(store: WebStore, folder: Path) -> WebStore:
    """The same store as a new file in `folder` (tests that change it get their own)."""
    target = folder / "chidao.db"
    shutil.copyfile(store.db, target)
    return WebStore(str(target), store.tokens)


def client_for(store: WebStore) -> TestClient:
    return TestClient(create_app(store.db))


def csrf_token(page_html: str) -> str:
    """The CSRF token of the first form on a page."""
    found = re.search(r'name="csrf" value="([^"]+)"', page_html)
    assert found, "no CSRF token on the page"
    return found[1]


def log_in(client: TestClient, role: str, password: str = PASSWORD) -> str:
    """Log `client` in as the account named `role`; returns the session's CSRF token."""
    form = client.get("/login")
    response = client.post(
        "/login",
        data={"name": role, "password": password, "csrf": csrf_token(form.text), "next": "/"},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return csrf_token(client.get("/").text)


def document_ids(store: WebStore) -> dict[str, str]:
    """{source file name: document id} of the stored reports."""
    from chidao.store.document_list import list_documents

    with open_session(store.db) as session:
        return {Path(doc["source"]).name: doc["id"] for doc in list_documents(session, limit=100)}
