"""Two outlets' reports of one event say the same things: a register lists each once."""

from __future__ import annotations

from pathlib import Path

from test_recurring import LONG_AN_OUTLET_A, LONG_AN_OUTLET_B, TAY_NINH
from test_store_engine import chidao, chidao_json

from chidao.store.copies import fold_copies


def item(doc: str, ordinal: int, text: str, date: str | None = "2023-04-12", **follow) -> dict:
    return {"id": f"{doc}:directives:{ordinal}", "kind": "directives", "document_id": doc,
            "document_source": f"{doc}.txt", "event_date": date, "document_date": None, "text": text,
            "status": "open", "owner": None, "due": None, "notes": None, **follow}


DEMAND = "Công an tỉnh tập trung đấu tranh triệt phá các đường dây buôn lậu qua biên giới."
EDITED = "Công an tỉnh phải tập trung đấu tranh triệt phá các đường dây buôn lậu qua biên giới."
OTHER = "Tỉnh ủy quan tâm bố trí quỹ đất xây dựng trụ sở Công an xã biên giới."


def test_an_item_an_other_outlet_repeats_is_folded_into_the_first_report_s() -> None:
    items = [item("a", 0, DEMAND), item("a", 1, OTHER), item("b", 0, EDITED), item("c", 0, DEMAND)]
    documents = {"a": (1, "a"), "b": (2, "a"), "c": (3, "c")}  # a and b: one event; c: another
    kept = fold_copies(items, documents)
    assert [i["id"] for i in kept] == ["a:directives:0", "a:directives:1", "c:directives:0"]
    assert [c["id"] for c in kept[0]["copies"]] == ["b:directives:0"]
    assert kept[1]["copies"] == [] and kept[2]["copies"] == []


def test_the_best_dated_report_or_the_one_followed_up_is_the_original() -> None:
    month_only = item("a", 0, DEMAND, date="2023-04")
    dated = item("b", 0, DEMAND, date="2023-04-12")
    documents = {"a": (1, "a"), "b": (2, "a")}
    assert [i["id"] for i in fold_copies([month_only, dated], documents)] == ["b:directives:0"]
    followed = item("a", 0, DEMAND, date="2023-04", owner="Phòng PC02")
    assert [i["id"] for i in fold_copies([followed, dict(dated)], documents)] == ["a:directives:0"]


def test_a_copy_someone_followed_up_stays_and_one_report_s_items_never_fold() -> None:
    documents = {"a": (1, "a"), "b": (2, "a")}
    both_followed = [item("a", 0, DEMAND, status="done"), item("b", 0, DEMAND, notes="Đã giao PC02")]
    assert len(fold_copies(both_followed, documents)) == 2
    said_twice = [item("a", 0, DEMAND), item("a", 1, DEMAND), item("b", 0, DEMAND)]
    kept = fold_copies(said_twice, documents)
    # Each item of "a" is its own; "b"'s single copy goes to one of them.
    assert [i["id"] for i in kept] == ["a:directives:0", "a:directives:1"]
    assert sum(len(i["copies"]) for i in kept) == 1


def test_the_register_lists_one_event_s_directive_once_with_its_copies(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in (("long_an_cand.txt", LONG_AN_OUTLET_A), ("long_an_ttxvn.txt", LONG_AN_OUTLET_B),
                       ("tay_ninh.txt", TAY_NINH)):
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "chidao.db"
    assert chidao(db, "ingest", str(folder)).exit_code == 0
    every = chidao_json(db, "directives", "--copies")
    folded = chidao_json(db, "directives")
    long_an = [d for d in folded if "long_an" in d["document_source"]]
    assert len(every) == len(folded) + len(long_an) and long_an
    for directive in long_an:
        (copy,) = directive["copies"]
        assert Path(copy["document_source"]).parent == folder
        assert copy["document_id"] != directive["document_id"]
    # Following up the copy keeps it listed: what a person entered is never hidden.
    copy_id = long_an[0]["copies"][0]["id"]
    assert chidao(db, "status", copy_id, "--owner", "Công an tỉnh Long An").exit_code == 0
    assert copy_id in {d["id"] for d in chidao_json(db, "directives")}
