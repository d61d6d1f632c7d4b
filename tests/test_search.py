"""An analyst searches the archive with or without diacritics and narrows the hits."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_store_engine import KON_TUM, QUANG_TRI, chidao, chidao_json

from chidao.text.fold import fold_diacritics


@pytest.fixture()
def db(tmp_path: Path, store: str) -> Path:
    path = store
    assert chidao(path, "ingest", str(QUANG_TRI), str(KON_TUM)).exit_code == 0
    return path


def texts_of(hits: list[dict]) -> list[str]:
    return [hit["text"] for hit in hits if hit["text"]]


def test_ma_tuy_without_diacritics_finds_ma_tuy_with_them(db: Path) -> None:
    plain = chidao_json(db, "search", "ma tuy")
    marked = chidao_json(db, "search", "ma túy")
    assert plain == marked
    assert any("ma túy" in text for text in texts_of(plain))
    assert {hit["kind"] for hit in plain} >= {"directives", "documents"}


def test_cong_an_xa_finds_the_directive_about_commune_police(db: Path) -> None:
    hits = chidao_json(db, "search", "cong an xa", "--kind", "directives")
    assert hits and all(hit["kind"] == "directives" for hit in hits)
    assert any("Công an xã" in text for text in texts_of(hits))


def test_each_hit_points_at_its_document_and_span(db: Path) -> None:
    source = QUANG_TRI.read_text(encoding="utf-8")
    for hit in chidao_json(db, "search", "bien gioi"):
        assert hit["document_id"] and hit["span"] and hit["snippet"]
        if hit["kind"] == "documents":
            document = chidao_json(db, "search", "bien gioi", "--kind", "documents")[0]
            assert document["document_source"] in (str(QUANG_TRI), str(KON_TUM))
            continue
        assert hit["text"] in source or hit["text"] in KON_TUM.read_text(encoding="utf-8")
        assert "bien gioi" in fold_diacritics(hit["text"]).lower()
        assert hit["event_date"] == "2023-04-18"


def test_a_document_hit_spans_the_words_searched_for(db: Path) -> None:
    (hit,) = chidao_json(db, "search", "dan toc thieu so", "--kind", "documents")
    assert hit["document_source"] == str(KON_TUM)
    from chidao.store.queries import get_document, open_session

    with open_session(str(db)) as session:
        text = get_document(session, hit["document_id"])["text"]
    start, end = hit["span"]
    assert text[start:end] == "dân tộc thiểu số"


def test_filters_narrow_search_by_place_person_topic_and_date(db: Path) -> None:
    everything = chidao_json(db, "search", "ma tuy")
    quang_tri = chidao_json(db, "search", "ma tuy", "--locality", "quang tri")
    assert quang_tri and len(quang_tri) < len(everything)
    assert {hit["document_source"] for hit in quang_tri} == {str(QUANG_TRI)}
    by_person = chidao_json(db, "search", "ma tuy", "--person", "Nguyễn Văn Hà", "--kind", "directives")
    assert [hit["document_source"] for hit in by_person] == [str(KON_TUM)]
    by_topic = chidao_json(db, "search", "cong an", "--topic", "grassroots_police", "--kind", "directives")
    assert by_topic and all("Công an xã" in hit["text"] for hit in by_topic)
    since_2024 = chidao_json(db, "search", "ma tuy", "--from", "2024")
    assert since_2024 and {hit["document_source"] for hit in since_2024} == {str(KON_TUM)}
    until_2023 = chidao_json(db, "search", "ma tuy", "--to", "2023-12-31")
    assert {hit["document_source"] for hit in until_2023} == {str(QUANG_TRI)}


def test_hits_come_best_first_and_nothing_found_says_so(db: Path) -> None:
    hits = chidao_json(db, "search", "ma tuy")
    assert [hit["score"] for hit in hits] == sorted(hit["score"] for hit in hits)
    result = chidao(db, "search", "khong co tu nay dau")
    assert result.exit_code == 0
    assert "Không tìm thấy kết quả" in result.stdout
