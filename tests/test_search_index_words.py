"""The search index keeps no word positions (migration 0011): a legal reference and a number
written with separators are indexed as one word each, so "Kết luận 21" and "1.204" are found
from the index alone, on both backends; a store indexed before reads the same after."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text
from test_store_engine import chidao, chidao_json
from test_store_lean_migration import _downgrade, _everything, _raw, followed_up_store

from chidao.gazetteer.loader import load_vocabulary
from chidao.store import search
from chidao.store.engine import create_store_engine, forget_engines, open_engine
from chidao.store.migrate import current_revision
from chidao.store.search import (
    REFERENCE_KINDS,
    UNINDEXED_KINDS,
    fold_body,
    indexed_text,
    joined_words,
    query_terms,
)

BEFORE = "0010_pg_search_vectors"

REPORT = ("Công an tỉnh Hà Giang triển khai Thông báo kết luận số 21\n\n"
          "Ngày 3/3/2024, Đại tá Lò Văn Páo chủ trì hội nghị triển khai Thông báo kết luận số 21 của "
          "Ban Thường vụ Tỉnh ủy và Nghị quyết số 45/NQ-CP. Năm 2023 lực lượng đã xử lý 1.204 vụ vi phạm, "
          "tăng 11,5%. Đại tá Lò Văn Páo yêu cầu các đơn vị kéo giảm tai nạn giao thông trên 5%.\n")
# the same words, nowhere as a reference or as those numbers
SCATTERED = ("Công an huyện Vị Xuyên tổng kết công tác\n\n"
             "Ngày 5/3/2024, Công an huyện Vị Xuyên thông báo kết quả: kết luận điều tra 21 vụ, 45 vụ khác "
             "đang xác minh; nghị quyết của huyện ủy về 1 chuyên đề, 204 lượt tuần tra.\n")


def test_the_index_holds_a_word_for_each_reference_and_each_number_with_separators() -> None:
    words = joined_words(fold_body("Theo Thông báo kết luận số 21, Bộ luật 100 và Đề án 06/ĐA-UBND; "
                                   "ngày 22/6/2015 xử lý 1.204 vụ, tăng 11,5%, không phải 1.204.000 đồng."))
    assert words == ["thongbaoketluanx21", "ketluanx21", "boluatx100", "luatx100", "deanx6",
                     "22s6s2015", "1d204", "11c5", "1d204d000"]
    # a reference's number inside a symbol or a date names no reference
    assert joined_words(fold_body("Nghị quyết 45/2019 và Chỉ thị 6.5")) == ["45s2019", "6d5"]
    assert indexed_text("Ngay 6/5") == "Ngay 6/5\n6s5"
    assert indexed_text("khong so") == "khong so"


def test_the_index_knows_every_legal_kind_of_the_gazetteer() -> None:
    # A kind added to legal_kinds.tsv needs a migration that indexes the stored rows again, or a
    # place among the kinds searched word by word.
    gazetteer = {tuple(query_terms(form)) for forms in load_vocabulary("legal_kinds.tsv").values()
                 for form in forms}
    assert set(REFERENCE_KINDS) | set(UNINDEXED_KINDS) == gazetteer
    assert not set(REFERENCE_KINDS) & set(UNINDEXED_KINDS)
    assert list(REFERENCE_KINDS) == sorted(REFERENCE_KINDS, key=len, reverse=True)


def _sources(hits: list[dict]) -> set[str]:
    return {Path(hit["document_source"]).name for hit in hits}


def test_references_and_numbers_are_found_as_written_not_as_scattered_words(store: str,
                                                                           tmp_path: Path) -> None:
    for name, body in (("ket_luan.txt", REPORT), ("scattered.txt", SCATTERED)):
        (tmp_path / name).write_text(body, encoding="utf-8")
    assert chidao(store, "ingest", str(tmp_path / "ket_luan.txt"),
                  str(tmp_path / "scattered.txt")).exit_code == 0
    for query in ("Thông báo kết luận 21", "ket luan so 21", "Kết luận số 021", "Nghị quyết 45", "1.204",
                  "1.204 vụ", "11,5%", "3/3/2024"):
        assert _sources(chidao_json(store, "search", query)) == {"ket_luan.txt"}, query
    # a shorter kind is not the longer one: "Thông báo 21" is not "Thông báo kết luận số 21"
    assert chidao_json(store, "search", "Thông báo 21") == []
    assert _sources(chidao_json(store, "search", "kết luận 21 vụ")) == {"ket_luan.txt"}
    assert _sources(chidao_json(store, "search", "204 lượt")) == {"scattered.txt"}
    directive = [hit for hit in chidao_json(store, "search", "Nghị quyết số 45", "--kind", "legal_refs")]
    assert [hit["text"] for hit in directive] == ["Nghị quyết số 45/NQ-CP"]


def test_a_reference_of_a_kind_searched_word_by_word_is_found(store: str, tmp_path: Path) -> None:
    (tmp_path / "quy_che.txt").write_text(
        "Sáng 4/3, Công an tỉnh Kon Tum và Bộ Chỉ huy Quân sự tỉnh ký Quy chế phối hợp số 7 về bảo đảm an "
        "ninh, trật tự. Hai bên thống nhất giao ban mỗi quý một lần.", encoding="utf-8")
    (tmp_path / "words.txt").write_text(
        "Ngày 9/3, Công an huyện tuần tra 7 lượt theo quy chế; công tác phối hợp được duy trì.",
        encoding="utf-8")
    assert chidao(store, "ingest", str(tmp_path / "quy_che.txt"), str(tmp_path / "words.txt")).exit_code == 0
    assert {kind for kind in UNINDEXED_KINDS if kind[:2] == ("quy", "che")}  # not an indexed word
    found = _sources(chidao_json(store, "search", "Quy chế phối hợp số 7"))
    assert "quy_che.txt" in found
    # word by word: the other report holds "quy che", "phoi", "hop" and 7 but no "so"
    assert found == {"quy_che.txt"}


def _positions(store: str) -> bool:
    """Whether the store's search index keeps word positions."""
    if "://" not in store:
        sql = _raw(store, "SELECT sql FROM sqlite_master WHERE name = 'document_fts'")[0][0]
        return "detail=none" not in sql
    return bool(_raw(store, "SELECT count(*) FROM document_fts WHERE length(words::text) "
                            "<> length(strip(words)::text)")[0][0])


def _found(store: str) -> list[list[dict]]:
    return [chidao_json(store, "search", query)
            for query in ("Thông báo kết luận 21", "1.204 vụ", "Kết luận")]


def test_a_store_indexed_before_0011_finds_the_same_after_it(store: str, tmp_path: Path) -> None:
    items = followed_up_store(store)
    (tmp_path / "ket_luan.txt").write_text(REPORT, encoding="utf-8")
    assert chidao(store, "ingest", str(tmp_path / "ket_luan.txt")).exit_code == 0
    before, found = _everything(store, items), _found(store)
    assert all(found)
    assert not _positions(store)

    _downgrade(store, BEFORE)
    assert current_revision(create_store_engine(store)) == BEFORE
    assert _positions(store)
    with create_store_engine(store).connect() as connection:  # indexed as 0010 did: no joined words
        table = "document_fts WHERE document_fts MATCH 'ketluanx21'" if "://" not in store else \
            "document_fts WHERE words @@ 'ketluanx21'::tsquery"
        assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
    forget_engines()

    open_engine(store)  # the next command upgrades the store
    forget_engines()
    assert not _positions(store)
    assert _everything(store, items) == before
    assert _found(store) == found


# The numbers with separators are found digits first, the edge before each checked after
# (search._joined_numbers): the same numbers as the pattern that starts with the look-behinds.
_WHOLE_NUMBER = re.compile(search._NUMBER_EDGE_BEFORE + r"\d+(?:[.,/-]\d+)+" + search._NUMBER_EDGE_AFTER)


@given(st.text(alphabet="0123456789.,/- ab_đ²٣\n", max_size=24))
def test_numbers_with_separators_are_those_the_edge_pattern_finds(lower: str) -> None:
    assert search._joined_numbers(lower) == [match.group() for match in _WHOLE_NUMBER.finditer(lower)]


# ASCII text is split into words by the stdlib's pattern, in half the time (search.token_text):
# the same words as FTS5's classes (letters, marks, digits, private use) give.
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_splits_into_the_words_fts5_makes(folded: str) -> None:
    assert search.token_text(folded) == search._BETWEEN_TOKENS.sub(" ", folded)
