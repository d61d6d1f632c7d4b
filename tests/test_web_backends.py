"""The web app on both backends: every endpoint of the JSON API answers on SQLite and on
PostgreSQL (the store fixture runs each test on both; PostgreSQL skips without a server),
and what an editor changes in the browser is kept in either store."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_web_api import ENDPOINTS, _call, first_item
from web_support import HOSTILE_NAME, HOSTILE_REPORT, build_store, client_for, log_in

from chidao.web.app import API_PREFIX


@pytest.fixture
def web_store(store: str, tmp_path: Path):
    return build_store(tmp_path, {HOSTILE_NAME: HOSTILE_REPORT}, db=store)


def test_every_endpoint_answers_on_both_backends(web_store) -> None:
    api = client_for(web_store)
    for method, path, least, body in ENDPOINTS:
        if method == "DELETE":
            continue  # last: the report it deletes is the one the other calls use
        answered = _call(api, web_store, method, path, body, web_store.headers(least))
        assert answered.status_code in (200, 201), (method, path, answered.text)
    method, path, least, body = next(endpoint for endpoint in ENDPOINTS if endpoint[0] == "DELETE")
    assert _call(api, web_store, method, path, body, web_store.headers(least)).status_code == 200


def test_a_follow_up_changed_in_the_browser_is_kept(web_store) -> None:
    api = client_for(web_store)
    item = first_item(api, web_store)["id"]
    changed = api.patch(f"{API_PREFIX}/items/{item}/follow-up", json={"status": "done", "owner": "PC06"},
                        headers=web_store.headers("editor"))
    assert changed.status_code == 200, changed.text
    browser = client_for(web_store)
    log_in(browser, "viewer")
    page = browser.get(f"/items/{item}")
    assert page.status_code == 200 and "PC06" in page.text
    shown = api.get(f"{API_PREFIX}/items/{item}", headers=web_store.headers("viewer")).json()
    assert (shown["status"], shown["owner"]) == ("done", "PC06")
    assert [entry["who"] for entry in shown["history"]][-1] == "editor"
