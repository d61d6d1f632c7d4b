"""Page furniture, datelines and photo captions are told apart from the report body."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES_DIR, seed_paths
from hypothesis import given, settings
from hypothesis import strategies as st

from chidao.ingest.reader import read_source
from chidao.model import Document
from chidao.text.layout import Block, furniture_spans, inside, segment

REPORTS = FIXTURES_DIR / "reports"
_SPEECH_VERBS = ("yêu cầu", "đề nghị", "nhấn mạnh", "lưu ý", "mong muốn", "chỉ đạo")


def _read(path: Path) -> Document:
    (document,) = list(read_source(str(path)))
    return document


def _kinds(document: Document) -> list[tuple[str, str]]:
    return [(b.kind, document.text[b.start:b.end]) for b in segment(document.text)]


def _kind_of(document: Document, line_start: str) -> str:
    kinds = [kind for kind, line in _kinds(document) if line.startswith(line_start)]
    assert kinds, f"no line starts with {line_start!r}"
    return kinds[0]


def test_counters_bylines_and_related_headlines_are_furniture() -> None:
    document = _read(REPORTS / "furniture.txt")
    kinds = _kinds(document)
    assert kinds[0] == ("title", "Bình Định triển khai cao điểm tấn công, trấn áp tội phạm")
    assert kinds[1] == ("dateline", "• 12/05/2023 09:20")
    assert [k for k, line in kinds[2:6]] == ["furniture"] * 4  # 0 bình luận, T.N, In bài, Chia sẻ
    assert _kind_of(document, "Ngày 11/5") == "body"
    assert _kind_of(document, "Đại tá Võ Đức Nguyện") == "body"
    # The photo marker repeats the headline and ends in "ảnh 1".
    assert [k for k, line in kinds if line.endswith("ảnh 1")] == ["furniture"]
    # Everything from "Tin cùng chuyên mục" on is other articles' headlines.
    related = next(i for i, (_, line) in enumerate(kinds) if line == "Tin cùng chuyên mục")
    assert {k for k, _ in kinds[related:]} == {"furniture"}
    assert _kind_of(document, "Bộ trưởng Bộ Công an yêu cầu kéo giảm") == "furniture"


def test_photo_captions_with_a_credit_are_captions() -> None:
    document = _read(REPORTS / "caption_names_official.txt")
    assert _kind_of(document, "Đại tá Lê Văn Thành") == "caption"
    assert _kind_of(document, "Quang cảnh Hội nghị") == "caption"
    assert _kind_of(document, "Ngày 15/4") == "body"
    assert _kind_of(document, "Các đại biểu đã thảo luận") == "body"
    assert _kind_of(document, "Hội nghị đã thông qua") == "body"


def test_dateline_block_and_outlet_prefix_are_no_participants() -> None:
    document = _read(REPORTS / "dateline.txt")
    text = document.text
    assert _kind_of(document, "Công an các địa phương quyết tâm") == "title"
    assert _kind_of(document, "• 24/06/2021") == "dateline"
    assert _kind_of(document, "• H.Q") == "furniture"
    assert _kind_of(document, "ANTD.VN - Ngày 23/6") == "body"
    assert _kind_of(document, "Bộ trưởng Tô Lâm yêu cầu") == "body"
    spans = furniture_spans(text, segment(text))
    prefix = text.index("ANTD.VN")
    assert inside(spans, prefix, prefix + len("ANTD.VN"))
    name = text.index("Tô Lâm")
    assert not inside(spans, name, name + len("Tô Lâm"))


def test_inline_photo_credit_is_furniture_but_the_caption_names_are_not() -> None:
    document = _read(REPORTS / "caption_names_official.txt")
    text = document.text
    spans = furniture_spans(text, segment(text))
    credit = text.index("Ảnh: Ngọc Lan")
    assert inside(spans, credit, credit + len("Ảnh: Ngọc Lan"))
    name = text.index("Lê Văn Thành")
    assert not inside(spans, name, name + len("Lê Văn Thành"))


def test_an_agency_s_bracketed_prefix_and_an_author_s_agency_line_name_no_body() -> None:
    text = ("Tuần tra biên giới\n\n(TTXVN/Vietnam+) Ngày 2/3/2024, tại Hà Nội, Cục Cảnh sát giao thông "
            "tổ chức hội nghị.\n\n(ĐĐK) - Sáng 4/3, Công an tỉnh Nam Định họp báo.\n\nMinh Châu (TTXVN)")
    blocks = segment(text)
    spans = furniture_spans(text, blocks)
    for credit in ("TTXVN/Vietnam+", "ĐĐK", "Minh Châu (TTXVN)"):
        at = text.index(credit)
        assert inside(spans, at, at + len(credit)), credit
    for words in ("Ngày 2/3/2024", "Cục Cảnh sát giao thông", "Sáng 4/3", "Công an tỉnh Nam Định"):
        at = text.index(words)
        assert not inside(spans, at, at + len(words)), words


def test_inside_means_overlapping() -> None:
    spans = [(0, 5), (10, 20)]
    assert inside(spans, 4, 6) and inside(spans, 12, 13)
    assert not inside(spans, 5, 10) and not inside([], 0, 100)


@pytest.fixture(scope="module")
def seed_documents() -> list[Document]:
    paths = seed_paths()
    if not paths:
        pytest.skip("seed corpus not found")
    return [_read(p) for p in paths]


def test_seed_photo_captions_are_never_body(seed_documents: list[Document]) -> None:
    captions = 0
    for document in seed_documents:
        for kind, line in _kinds(document):
            words = len(line.split())
            photo_line = ("Ảnh:" in line or line.startswith("Quang cảnh")
                          or (words <= 15 and "phát biểu tại" in line))
            if photo_line:
                assert kind == "caption", (document.source, line)
                captions += 1
    assert captions >= 5


def test_seed_lines_that_carry_directives_are_body(seed_documents: list[Document]) -> None:
    speech_lines = 0
    for document in seed_documents:
        for kind, line in _kinds(document):
            if len(line.split()) >= 30 and any(verb in line for verb in _SPEECH_VERBS):
                assert kind == "body", (document.source, line[:80])
                speech_lines += 1
    assert speech_lines >= 10


def test_seed_directives_come_from_body_blocks(seed_extractions: dict) -> None:
    for name, extraction in seed_extractions.items():
        blocks = segment(extraction.document.text)
        for directive in extraction.directives:
            start, end = directive.span
            kinds = {b.kind for b in blocks if b.start <= start and end <= b.end}
            assert kinds <= {"body", "title"} and kinds, (name, directive.text[:80])


_LINES = st.lists(st.sampled_from([
    "Tin cùng chuyên mục", "• 24/06/2021 07:36", "0 bình luận", "• T.N", "In bài",
    "Quang cảnh Hội nghị. Ảnh: Ngọc Lan", "Bộ trưởng yêu cầu các đơn vị thực hiện.", "",
    "  ", "Tiêu đề bài viết", "Hội nghị ảnh 1", "Đề xuất", "ANTD.VN - Ngày 23/6, hội nghị.",
]), max_size=15).map("\n".join)


def _assert_blocks_well_formed(text: str, blocks: list[Block]) -> None:
    previous_end = 0
    for b in blocks:
        assert previous_end <= b.start < b.end <= len(text)
        line = text[b.start:b.end]
        assert "\n" not in line and line == line.strip()
        previous_end = b.end
    assert sum(len(text[b.start:b.end].split()) for b in blocks) == len(text.split())


@settings(max_examples=200, deadline=None)
@given(_LINES)
def test_segments_of_reportlike_pages_cover_every_line(text: str) -> None:
    blocks = segment(text)
    _assert_blocks_well_formed(text, blocks)
    for s, e in furniture_spans(text, blocks):
        assert 0 <= s < e <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aĐộ .•·-/:0123456789\n\tẢnh()ảTP", max_size=80))
def test_segment_never_crashes_on_arbitrary_text(text: str) -> None:
    _assert_blocks_well_formed(text, segment(text))


def test_a_related_links_block_after_the_lead_is_furniture_and_the_body_goes_on() -> None:
    text = ("Công an huyện tổng kết năm\n\n"
            "Sáng 5-1, Công an huyện Tân Phú tổ chức hội nghị tổng kết công tác năm.\n\n"
            "Tin liên quan:\n"
            "- Tân Phú ra quân bảo đảm trật tự dịp Tết: 120 cán bộ tham gia\n"
            "- Vì sao tai nạn giao thông tăng ở vùng ven?\n\n"
            "Năm qua, Công an huyện điều tra làm rõ 45 vụ phạm pháp hình sự.\n\n"
            "Đại tá Trần Văn Bình yêu cầu các đội tăng cường tuần tra.\n")
    kinds = {text[b.start:b.end]: b.kind for b in segment(text)}
    assert kinds["Tin liên quan:"] == "furniture"
    assert kinds["- Tân Phú ra quân bảo đảm trật tự dịp Tết: 120 cán bộ tham gia"] == "furniture"
    assert kinds["- Vì sao tai nạn giao thông tăng ở vùng ven?"] == "furniture"
    assert kinds["Năm qua, Công an huyện điều tra làm rõ 45 vụ phạm pháp hình sự."] == "body"
    assert kinds["Đại tá Trần Văn Bình yêu cầu các đội tăng cường tuần tra."] == "body"


def test_unlisted_related_headlines_at_the_page_end_stay_furniture_and_a_see_also_line_too() -> None:
    text = ("Ngày 3/4, Công an tỉnh tổ chức hội nghị giao ban.\n\n"
            "Xem thêm: Bắt nhóm cho vay nặng lãi ở Lục Ngạn\n\n"
            "Giám đốc yêu cầu các đơn vị tập trung truy bắt đối tượng truy nã.\n\n"
            "Bài liên quan\n"
            "Công an Hà Nội triệt phá đường dây ma túy\n"
            "Giám đốc Công an tỉnh yêu cầu kéo giảm tai nạn dịp lễ\n")
    kinds = [(b.kind, text[b.start:b.end]) for b in segment(text)]
    assert kinds[1] == ("furniture", "Xem thêm: Bắt nhóm cho vay nặng lãi ở Lục Ngạn")
    assert kinds[2][0] == "body"
    related = next(i for i, (_, line) in enumerate(kinds) if line == "Bài liên quan")
    assert {k for k, _ in kinds[related:]} == {"furniture"}
