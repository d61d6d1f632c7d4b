"""Two outlets' reports of one event say the same things: a register lists each once."""

from __future__ import annotations

from pathlib import Path

from test_recurring import LONG_AN_OUTLET_A, LONG_AN_OUTLET_B, TAY_NINH
from test_store_engine import chidao, chidao_json

from chidao.store.copies import GroupItem, copy_pairs


def item(doc: str, ordinal: int, said: str, *, seq: int, group: str, date: str = "2023-04-12",
         followed_up: bool = False) -> GroupItem:
    return GroupItem(id=f"{doc}:directives:{ordinal}", document_id=doc, document_seq=seq,
                     document_source=f"{doc}.txt", group_id=group, kind="directives", date=date,
                     words=frozenset(said.lower().split()), followed_up=followed_up)


def pairs(items: list[GroupItem]) -> list[tuple[str, str]]:
    return sorted((copy.id, original.id) for copy, original in copy_pairs(items))


DEMAND = "công an tỉnh tập trung đấu tranh triệt phá các đường dây buôn lậu qua biên giới"
EDITED = "công an tỉnh phải tập trung đấu tranh triệt phá các đường dây buôn lậu qua biên giới"
OTHER = "tỉnh ủy quan tâm bố trí quỹ đất xây dựng trụ sở công an xã biên giới"


def test_an_item_another_outlet_repeats_is_a_copy_of_the_first_report_s() -> None:
    items = [item("a", 0, DEMAND, seq=1, group="a"), item("a", 1, OTHER, seq=1, group="a"),
             item("b", 0, EDITED, seq=2, group="a"), item("c", 0, DEMAND, seq=3, group="c")]
    # a and b report one event; c another, where the same words are no copy.
    assert pairs(items) == [("b:directives:0", "a:directives:0")]


def test_the_best_dated_report_then_the_one_followed_up_is_the_original() -> None:
    month_only = item("a", 0, DEMAND, seq=1, group="a", date="2023-04")
    dated = item("b", 0, DEMAND, seq=2, group="a", date="2023-04-12")
    assert pairs([month_only, dated]) == [("a:directives:0", "b:directives:0")]
    # The original keeps the event's day; a copy followed up before is no copy (never hidden).
    followed = item("a", 0, DEMAND, seq=1, group="a", date="2023-04", followed_up=True)
    assert pairs([followed, dated]) == []
    same_day = item("a", 0, DEMAND, seq=1, group="a", followed_up=True)
    assert pairs([same_day, dated]) == [("b:directives:0", "a:directives:0")]


def test_a_copy_someone_followed_up_stays_and_one_report_s_items_never_fold() -> None:
    both = [item("a", 0, DEMAND, seq=1, group="a", followed_up=True),
            item("b", 0, DEMAND, seq=2, group="a", followed_up=True)]
    assert pairs(both) == []
    said_twice = [item("a", 0, DEMAND, seq=1, group="a"), item("a", 1, DEMAND, seq=1, group="a"),
                  item("b", 0, DEMAND, seq=2, group="a")]
    # Each item of "a" is its own; "b"'s single item copies one of them.
    assert pairs(said_twice) == [("b:directives:0", "a:directives:0")]


def test_a_large_group_finds_its_copies_among_thousands_of_items() -> None:
    # 1,000 reports grouped as one "event" (a template bulletin can be), each with ten
    # directives of its own words, and one demand three of them share.
    items = [item(f"r{r}", d, f"giao a{r}b{d} c{r}d{d} e{r}f{d} thực hiện g{r}h{d} trước ngày i{r}j{d}",
                  seq=r, group="g") for r in range(1000) for d in range(10)]
    items += [item(f"r{r}", 10, DEMAND, seq=r, group="g") for r in range(3)]
    assert pairs(items) == [("r1:directives:10", "r0:directives:10"),
                            ("r2:directives:10", "r0:directives:10")]


def test_the_register_lists_one_event_s_directive_once_with_its_copies(tmp_path: Path, store: str) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in (("long_an_cand.txt", LONG_AN_OUTLET_A), ("long_an_ttxvn.txt", LONG_AN_OUTLET_B),
                       ("tay_ninh.txt", TAY_NINH)):
        (folder / name).write_text(text, encoding="utf-8")
    db = store
    assert chidao(db, "ingest", str(folder)).exit_code == 0
    every = chidao_json(db, "directives", "--copies")
    folded = chidao_json(db, "directives")
    long_an = [d for d in folded if "long_an" in d["document_source"]]
    assert len(every) == len(folded) + len(long_an) and long_an
    for directive in long_an:
        (copy,) = directive["copies"]
        assert Path(copy["document_source"]).parent == folder
        assert copy["document_id"] != directive["document_id"]
    # A filter never shows a copy as an item of its own: with its original in progress,
    # the copy (still "open") is not an open directive.
    original, copy_id = long_an[0]["id"], long_an[0]["copies"][0]["id"]
    assert chidao(db, "status", original, "--set", "in_progress").exit_code == 0
    assert {original, copy_id} & {d["id"] for d in chidao_json(db, "directives", "--status", "open")} == set()
    assert [d["id"] for d in chidao_json(db, "directives", "--status", "in_progress")] == [original]
    # Following up a copy follows up the item the registers list, and says so.
    redirected = chidao(db, "status", copy_id, "--note", "Đã giao PC02")
    assert redirected.exit_code == 0 and f"{copy_id} là bản của {original}" in redirected.stderr
    shown = chidao_json(db, "status", original)
    assert shown["notes"] == "Đã giao PC02" and shown["copy_of"] is None
    assert chidao_json(db, "status", copy_id)["copy_of"] == original
    assert copy_id not in {d["id"] for d in chidao_json(db, "directives")}
    # --copies lists every outlet's items, and so does a report asked for by its id.
    copy_document = long_an[0]["copies"][0]["document_id"]
    own = chidao_json(db, "directives", "--copies")
    assert len([d for d in own if d["document_id"] == copy_document]) == len(long_an)
    from chidao.store.queries import list_items, open_session
    with open_session(str(db)) as session:
        assert len(list_items(session, "directives", document_id=copy_document)) == len(long_an)
