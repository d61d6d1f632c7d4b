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


# Legal references and numbers: "Đề án 06" is "Đề án 6"; a number is a whole number.

LEGAL_REPORTS = {
    "de_an_6.txt": "Công an tỉnh Lai Châu triển khai Đề án 6\n\n"
                   "Ngày 12/4/2024, Thứ trưởng Nguyễn Văn Long yêu cầu Công an tỉnh Lai Châu đẩy mạnh "
                   "triển khai Đề án 6 của Chính phủ, hoàn thành cấp căn cước cho người dân.\n",
    "de_an_so_06.txt": "Công an tỉnh Điện Biên làm việc với Đoàn công tác\n\n"
                       "Ngày 20/5/2024, Thứ trưởng Nguyễn Văn Long đề nghị Công an tỉnh Điện Biên thực hiện "
                       "có hiệu quả Đề án số 06 của Chính phủ trong năm 2024.\n",
    "ngay_6.txt": "Công an tỉnh Sơn La tổng kết công tác\n\n"
                  "Ngày 6/5/2024, Thứ trưởng Nguyễn Văn Long yêu cầu Công an tỉnh Sơn La để tâm bảo đảm an "
                  "ninh nông thôn; đã điều tra, làm rõ 1.206 vụ, đạt tỷ lệ 86,6%.\n",
}


@pytest.fixture()
def legal_db(tmp_path: Path) -> Path:
    for name, text in LEGAL_REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    path = tmp_path / "chidao.db"
    assert chidao(path, "ingest", *(str(tmp_path / name) for name in LEGAL_REPORTS)).exit_code == 0
    return path


def sources_of(hits: list[dict]) -> set[str]:
    return {Path(hit["document_source"]).name for hit in hits}


@pytest.mark.parametrize("query", ["Đề án 06", "Đề án 6", "de an so 6", "Đề án số 06", "ĐỀ ÁN 006"])
def test_a_legal_reference_is_found_by_its_kind_and_number_however_written(legal_db: Path,
                                                                         query: str) -> None:
    hits = chidao_json(legal_db, "search", query)
    assert sources_of(hits) == {"de_an_6.txt", "de_an_so_06.txt"}
    refs = {hit["text"] for hit in hits if hit["kind"] == "legal_refs"}
    # The title's "Đề án 6" and the two references in the text.
    assert refs == {"Đề án 6", "Đề án 6 của Chính phủ", "Đề án số 06 của Chính phủ"}
    documents = [hit for hit in hits if hit["kind"] == "documents"]
    assert len(documents) == 2 and all("Đề án" in hit["snippet"] for hit in documents)


def test_a_number_is_not_found_inside_a_date_or_a_larger_figure(legal_db: Path) -> None:
    # "Ngày 6/5/2024" holds no 6, "1.206" no 206, "86,6%" no 6.
    assert sources_of(chidao_json(legal_db, "search", "6")) == {"de_an_6.txt", "de_an_so_06.txt"}
    assert chidao_json(legal_db, "search", "206") == []
    assert sources_of(chidao_json(legal_db, "search", "1.206 vụ")) == {"ngay_6.txt"}
    assert sources_of(chidao_json(legal_db, "search", "6/5/2024")) == {"ngay_6.txt"}
    assert chidao_json(legal_db, "search", "5/2024") == []


def test_an_excerpt_starts_and_ends_on_a_word(legal_db: Path) -> None:
    from chidao.store.search import snippet

    text = "Công an tỉnh Lai Châu đẩy mạnh triển khai Đề án 6 của Chính phủ, hoàn thành cấp căn cước."
    words = set(text.split())
    start = text.index("Đề án")
    for width in range(1, 60):
        excerpt = snippet(text, (start, start + len("Đề án 6")), width=width)
        assert "Đề án 6" in excerpt
        first, *_, last = excerpt.strip("…").split()
        assert first in words and last in words, (width, excerpt)
    assert snippet(text, (start, start + 7), width=18) == "…mạnh triển khai Đề án 6 của Chính phủ,…"
    assert snippet(text, None, width=20) == "Công an tỉnh Lai Châu đẩy mạnh triển…"
    for hit in chidao_json(legal_db, "search", "an ninh nông thôn", "--kind", "documents"):
        document = LEGAL_REPORTS[Path(hit["document_source"]).name].split()
        first, *_, last = hit["snippet"].strip("…").split()
        assert first in document and last in document, hit["snippet"]
