"""The JSON API (/api/v1): every endpoint answers its role and refuses the others (401 without
a valid token, 403 below its role), shapes follow the command line's JSON, and bad input is
a JSON 4xx, never a 500."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document as WordDocument
from web_support import HOSTILE_NAME, WebStore, client_for, copy_store, document_ids

from chidao.web.app import API_PREFIX

HA_GIANG = "ha_giang_2024_lam_viec.txt"


@pytest.fixture
def store(web_template: WebStore, tmp_path: Path) -> WebStore:
    return copy_store(web_template, tmp_path)


@pytest.fixture
def api(store: WebStore):
    return client_for(store)


def first_item(api, store: WebStore, kind: str = "directives") -> dict:
    items = api.get(f"{API_PREFIX}/items", params={"kind": kind}, headers=store.headers("viewer")).json()
    return items[0]


# (method, path template, least role, JSON body or None). {doc}, {item}, {target} are filled per test.
ENDPOINTS = [
    ("GET", "/documents", "viewer", None),
    ("POST", "/documents", "editor", "upload"),
    ("GET", "/documents/{doc}", "viewer", None),
    ("GET", "/documents/{doc}/items", "viewer", None),
    (
        "POST",
        "/documents/{doc}/items",
        "editor",
        {"kind": "directives", "words": "phát biểu tại buổi làm việc"},
    ),
    ("PUT", "/documents/{doc}/date", "editor", {"date": "07/03/2024"}),
    ("DELETE", "/documents/{doc}", "editor", None),
    ("GET", "/items?kind=directives", "viewer", None),
    ("GET", "/targets", "viewer", None),
    ("GET", "/items/{item}", "viewer", None),
    ("PATCH", "/items/{item}/follow-up", "editor", {"status": "in_progress"}),
    ("POST", "/items/{item}/reject", "editor", {"reason": "không phải chỉ đạo"}),
    ("POST", "/items/{item}/corrections", "editor", {"values": {"speaker": "Tô Lâm"}}),
    ("GET", "/corrections", "viewer", None),
    ("POST", "/corrections/{correction}/undo", "editor", None),
    ("GET", "/search?q=ma+tuy", "viewer", None),
    ("GET", "/people/Tô Lâm", "viewer", None),
    ("GET", "/localities/Bắc Giang", "viewer", None),
    ("GET", "/me", "viewer", None),
    ("GET", "/users", "admin", None),
    ("POST", "/users", "admin", {"name": "lan", "role": "viewer"}),
    ("PUT", "/users/viewer/role", "admin", {"role": "editor"}),
    ("GET", "/openapi.json", "viewer", None),
]
RANK = {"viewer": 0, "editor": 1, "admin": 2}


def test_the_table_covers_every_route_of_the_api(store: WebStore) -> None:
    schema = client_for(store).app.openapi()
    routes = {
        (method.upper(), path.removeprefix(API_PREFIX))
        for path, operations in schema["paths"].items()
        for method in operations
    } | {("GET", "/openapi.json")}
    listed = {
        (
            method,
            path.split("?")[0]
            .replace("{doc}", "{document_ref}")
            .replace("{item}", "{item_ref}")
            .replace("{correction}", "{number}")
            .replace("Tô Lâm", "{name}")
            .replace("Bắc Giang", "{name}")
            .replace("/users/viewer/", "/users/{name}/"),
        )
        for method, path, _role, _body in ENDPOINTS
    }
    assert routes == listed


def _call(api, store: WebStore, method: str, path: str, body, headers: dict[str, str]):
    doc = document_ids(store)[HA_GIANG]
    item = first_item(api, store)["id"]
    if "{correction}" in path:
        rejected = api.post(
            f"{API_PREFIX}/items/{item}/reject", json={}, headers=store.headers("admin")
        ).json()
        path = path.replace("{correction}", str(rejected["corrections"][0]["id"]))
    url = API_PREFIX + path.replace("{doc}", doc).replace("{item}", item)
    if body == "upload":
        files = {
            "file": ("moi.txt", " date 2024-06 Bộ trưởng yêu cầu Công an tỉnh Lào Cai làm tốt.".encode())
        }
        return api.request(method, url, files=files, headers=headers)
    return api.request(method, url, json=body, headers=headers)


@pytest.mark.parametrize(
    ("method", "path", "least", "body"), ENDPOINTS, ids=[f"{m} {p}" for m, p, _, _ in ENDPOINTS]
)
def test_each_endpoint_answers_its_role_and_refuses_the_others(
    store: WebStore, api, method: str, path: str, least: str, body
) -> None:
    assert _call(api, store, method, path, body, {}).status_code == 401
    bad = _call(api, store, method, path, body, {"Authorization": "Bearer cd_not-a-token"})
    assert bad.status_code == 401 and bad.headers["www-authenticate"] == "Bearer"
    assert "detail" in bad.json()
    for role in ("viewer", "editor", "admin"):
        if RANK[role] < RANK[least]:
            refused = _call(api, store, method, path, body, store.headers(role))
            assert refused.status_code == 403, (role, refused.text)
            assert role in refused.json()["detail"]
    answered = _call(api, store, method, path, body, store.headers(least))
    assert answered.status_code in (200, 201), answered.text


def test_items_take_the_clis_filters_and_pages(store: WebStore, api) -> None:
    viewer = store.headers("viewer")
    everything = api.get(
        f"{API_PREFIX}/items", params={"kind": "directives", "limit": 1000}, headers=viewer
    ).json()
    bac_ninh = api.get(
        f"{API_PREFIX}/items", params={"kind": "directives", "locality": "Bắc Ninh"}, headers=viewer
    ).json()
    assert 0 < len(bac_ninh) < len(everything)
    assert all("bac_giang" in item["document_source"] for item in bac_ninh)  # the old name's reports
    to_lam = api.get(
        f"{API_PREFIX}/items", params={"kind": "directives", "person": "to lam"}, headers=viewer
    ).json()
    assert to_lam and all(item["speaker"] == "Tô Lâm" for item in to_lam)
    oldest = api.get(
        f"{API_PREFIX}/items", params={"kind": "directives", "sort": "date", "limit": 2}, headers=viewer
    ).json()
    second = api.get(
        f"{API_PREFIX}/items",
        params={"kind": "directives", "sort": "date", "limit": 2, "offset": 2},
        headers=viewer,
    ).json()
    assert len(oldest) == 2 and {i["id"] for i in oldest}.isdisjoint({i["id"] for i in second})
    assert oldest[0]["document_date"] <= second[0]["document_date"]
    dated = api.get(
        f"{API_PREFIX}/items", params={"kind": "directives", "from": "2024"}, headers=viewer
    ).json()
    assert dated and all((i["event_date"] or i["document_date"]) >= "2024" for i in dated)


def test_a_target_names_its_evaluation_apart_from_its_follow_up_status(store: WebStore, api) -> None:
    viewer = store.headers("viewer")
    targets = api.get(f"{API_PREFIX}/targets", headers=viewer).json()
    assert targets
    for target in targets:
        assert target["evaluation"] in ("met", "not_met", "pending")
        assert target["status"] in ("open", "in_progress", "done", "dropped")
        assert "follow_status" not in target and isinstance(target["evidence"], list)
    met = api.get(f"{API_PREFIX}/targets", params={"status": "met"}, headers=viewer).json()
    assert met and all(t["evaluation"] == "met" for t in met)
    assert any(evidence["decisive"] for evidence in met[0]["evidence"])
    one = api.get(f"{API_PREFIX}/items/{met[0]['id']}", headers=viewer).json()
    assert one["evaluation"] == "met" and one["status"] == "open" and one["evidence"]


def test_a_status_change_is_recorded_with_its_user(store: WebStore, api) -> None:
    item = first_item(api, store)
    changed = api.patch(
        f"{API_PREFIX}/items/{item['id']}/follow-up",
        headers=store.headers("editor"),
        json={"status": "done", "owner": "Phòng PV01", "due": "2024-12-31", "note": "xong"},
    ).json()
    assert (changed["status"], changed["owner"], changed["due"]) == ("done", "Phòng PV01", "2024-12-31")
    history = api.get(f"{API_PREFIX}/items/{item['id']}", headers=store.headers("viewer")).json()["history"]
    assert {(entry["field"], entry["new"], entry["who"]) for entry in history} >= {
        ("status", "done", "editor"),
        ("owner", "Phòng PV01", "editor"),
        ("notes", "xong", "editor"),
    }
    assert all(entry["at_local"] and entry["at"].endswith("+00:00") for entry in history)


def test_corrections_through_the_api_are_the_clis_corrections(store: WebStore, api) -> None:
    editor, viewer = store.headers("editor"), store.headers("viewer")
    item = first_item(api, store)
    rejected = api.post(
        f"{API_PREFIX}/items/{item['id']}/reject", json={"reason": "nhận định"}, headers=editor
    )
    assert rejected.json()["item"]["rejected"] is True
    listed = api.get(
        f"{API_PREFIX}/items", params={"kind": "directives", "limit": 1000}, headers=viewer
    ).json()
    assert item["id"] not in {i["id"] for i in listed}
    other = listed[0]
    fixed = api.post(
        f"{API_PREFIX}/items/{other['id']}/corrections",
        json={"values": {"speaker": "Tô Lâm"}},
        headers=editor,
    ).json()
    assert fixed["item"]["speaker"] == "Tô Lâm" and "speaker" in fixed["item"]["machine_values"]
    rows = api.get(f"{API_PREFIX}/corrections", headers=viewer).json()
    assert [(row["action"], row["who"]) for row in rows] == [("reject", "editor"), ("correct", "editor")]
    undone = api.post(f"{API_PREFIX}/corrections/{rows[0]['id']}/undo", headers=editor).json()
    assert undone["item"]["rejected"] is False
    doc = document_ids(store)[HA_GIANG]
    added = api.post(
        f"{API_PREFIX}/documents/{doc}/items",
        headers=editor,
        json={"kind": "targets", "words": "415 đối tượng", "values": {"value": "415"}},
    )
    assert added.status_code == 201 and added.json()["item"]["origin"] == "person"
    assert added.json()["item"]["value"] == 415


def test_refused_values_and_unknown_ids_are_json_4xx(store: WebStore, api) -> None:
    editor = store.headers("editor")
    item = first_item(api, store)["id"]
    cases = [
        ("PATCH", f"/items/{item}/follow-up", {"due": "31/13/2024"}, 400),
        ("PATCH", f"/items/{item}/follow-up", {"status": "finished"}, 422),
        ("POST", f"/items/{item}/corrections", {"values": {"value": "abc"}}, 400),
        ("POST", f"/items/{item}/corrections", {"values": {"colour": "red"}}, 400),
        ("POST", "/items/ffffffff/reject", {}, 404),
        ("GET", "/items/5", None, 409),  # two reports' ids start with 5
        ("GET", "/documents/nothing-here", None, 404),
        ("POST", "/corrections/999999/undo", None, 404),
        ("GET", "/items?kind=directives&from=2024-13", None, 400),
        ("GET", "/items?kind=directives&status=lost", None, 400),
        ("GET", "/items?kind=spells", None, 422),
        ("GET", "/items?kind=directives&limit=0", None, 422),
        ("GET", "/people/Không Có Ai", None, 404),
        ("GET", "/localities/Atlantis", None, 404),
        ("POST", "/users", {"name": "ba n", "role": "viewer"}, 403),
    ]
    for method, path, body, status in cases:
        response = api.request(method, API_PREFIX + path, json=body, headers=editor)
        assert response.status_code == status, (path, response.text)
        assert response.headers["content-type"].startswith("application/json")
        assert response.json()["detail"]
    limit = api.get(API_PREFIX + "/items?kind=directives&limit=0", headers=editor).json()
    assert limit["detail"] == "Số mục: không nhận '0': nhỏ nhất là 1"
    assert limit["errors"][0]["type"] == "greater_than_equal"  # the codes stay for programs
    bad_name = api.post(
        f"{API_PREFIX}/users", json={"name": "ba n", "role": "viewer"}, headers=store.headers("admin")
    )
    assert bad_name.status_code == 400 and "tên tài khoản" in bad_name.json()["detail"]


def test_uploads_read_text_html_and_docx_and_refuse_what_is_too_large(store: WebStore, api) -> None:
    editor = store.headers("editor")
    word = WordDocument()
    word.add_paragraph(
        "Ngày 3/6/2024, Bộ trưởng Bộ Công an yêu cầu Công an tỉnh Cao Bằng làm tốt công tác biên giới."
    )
    buffer = io.BytesIO()
    word.save(buffer)
    html = (
        "<html><body><article><p>Ngày 4/6/2024, Thứ trưởng Bộ Công an đề nghị Công an tỉnh Lai Châu "
        "tăng cường phòng, chống ma túy trên tuyến biên giới.</p></article></body></html>"
    ).encode()
    for name, data in (("bao-cao.docx", buffer.getvalue()), ("bao-cao.html", html)):
        response = api.post(f"{API_PREFIX}/documents", files={"file": (name, data)}, headers=editor)
        assert response.status_code == 201, response.text
        assert response.json()["outcome"] == "new" and response.json()["document"]["items"] > 0
    again = api.post(
        f"{API_PREFIX}/documents", files={"file": ("lai.docx", buffer.getvalue())}, headers=editor
    )
    assert again.json()["outcome"] == "duplicate"
    large = api.post(
        f"{API_PREFIX}/documents", files={"file": ("lon.txt", b"a" * (5 * 2**20 + 1))}, headers=editor
    )
    assert large.status_code == 413 and "5 MB" in large.json()["detail"]
    wrong = api.post(f"{API_PREFIX}/documents", files={"file": ("bang.xls", b"abc")}, headers=editor)
    assert wrong.status_code == 400 and "bang.xls" in wrong.json()["detail"]


def test_documents_are_listed_newest_first_and_shown_with_their_text(store: WebStore, api) -> None:
    viewer = store.headers("viewer")
    listed = api.get(f"{API_PREFIX}/documents", params={"limit": 100}, headers=viewer).json()
    dates = [doc["event_date"] or doc["date"] for doc in listed]
    dated = [date for date in dates if date]
    assert dates == sorted(dated, reverse=True) + [None] * (len(dates) - len(dated))  # undated last
    hostile = document_ids(store)[HOSTILE_NAME]
    shown = api.get(f"{API_PREFIX}/documents/{hostile[:10]}", headers=viewer).json()
    assert shown["id"] == hostile and "<script>" in shown["text"]  # JSON carries the text as it is
    items = api.get(f"{API_PREFIX}/documents/{hostile}/items", headers=viewer).json()
    assert all(shown["text"][i["span"][0] : i["span"][1]] == i["text"] for i in items if i.get("span"))
