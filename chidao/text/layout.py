"""Split a report into line blocks and say what each one is.

Kinds: "title" (a headline first line), "dateline" ("• 24/06/2021 07:36"),
"furniture" (comment and share counters, "In bài", bylines, "Tin cùng chuyên
mục" / "Tin liên quan:" and the related headlines listed under it (the body goes on after them),
"Xem thêm: <headline>", "Đề xuất", "… ảnh 1"), "caption" (photo
captions: a line with a photo credit, a short line with no final stop (not the report's last paragraph cut
mid-sentence, `cut_paragraph`), or a short
"X phát biểu tại …" / "Quang cảnh …" line) and "body". Offsets are into the
normalized text; nothing is removed. People, organizations and places are read
from captions too; directives, targets, commitments and indicators only from body
and title blocks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

BlockKind = Literal["title", "dateline", "body", "caption", "furniture"]


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    start: int
    end: int


_LINE = regex.compile(r"[^\n]+")
_DATELINE = regex.compile(r"^[•·\-\s]*\d{1,2}/\d{1,2}/\d{4}(?:\s*[-,]?\s*\d{1,2}:\d{2})?\s*$")
_COUNTER = regex.compile(
    r"^[•·\-\s]*(?:\d+\s+(?:bình luận|lượt xem|lượt thích|chia sẻ)|In bài|Chia sẻ|Bình luận|Lưu|"
    r"Theo dõi|Xem thêm|Gửi bài|Facebook|Zalo|Twitter|Email)\s*$",
    regex.IGNORECASE,
)
_RELATED_HEADER = regex.compile(
    r"^\s*(?:Tin cùng chuyên mục|Tin liên quan|Tin khác|Bài liên quan|Đọc thêm|Xem thêm|Đề xuất|Tin mới)"
    r"\s*:?\s*$",
    regex.IGNORECASE,
)
# a related-link line of its own: "Xem thêm: Bắt nhóm đối tượng cho vay lãi", "Tin liên quan: …"
_RELATED_LINK = regex.compile(
    r"^\s*(?:Tin cùng chuyên mục|Tin liên quan|Bài liên quan|Đọc thêm|Xem thêm)\s*:\s*\S.{0,200}$",
    regex.IGNORECASE,
)
# a listed headline under such a header: "- Đặc xá năm 2018: …", "• Hà Nội triệt phá …"
_LIST_MARK = regex.compile(r"^[-–—•·+*]\s*\S")
_BYLINE = regex.compile(r"^[•·]\s*\S+(?:\s+\S+){0,2}\s*$")
# the office that signs a portal's page, alone on the last line: "Phòng Tham mưu", "Văn phòng UBND tỉnh",
# "Ban biên tập", "Văn phòng HĐND và UBND huyện", "Tòa soạn"
_OFFICE_BYLINE = regex.compile(
    r"(?:Phòng|Văn phòng|Ban [Bb]iên tập|Tòa soạn|Toà soạn|Trung tâm|Bộ phận|Tổ biên tập)"
    r"(?:[ ]+[\p{L}\d&/-]+){0,8}")
# a line that credits a source or an author and outlet: "(TTXVN/Vietnam+)", "(Theo VOV)", "Theo TTXVN",
# "Nguồn: Bộ Công an", "Trung Kiên/VOV-ĐBSCL", "Cổng TTĐT Bộ Công an"
_SOURCE_LINE = regex.compile(
    r"^(?:[(\[]\s*(?:Theo\s+)?\p{Lu}[^()\[\]\n]{1,40}[)\]]|Theo\s+\p{Lu}\S*(?:\s+\S+){0,3}|Nguồn\s*:\s*.{1,40}"
    # a portal that credits the story, on a line of its own: "Cổng TTĐT Bộ Công an"
    r"|(?:Theo\s+)?Cổng\s+(?:TTĐT|[Tt]hông tin điện tử)(?:\s+\S+){1,6}"
    # (an outlet's regional desk after it: "Thu Hằng/VOV-Tây Bắc")
    r"|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3}\s*/\s*\p{Lu}[\p{Lu}\d.+\- ]{1,30}"
    r"(?:[-–]\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})?"
    # an author and the agency in brackets, the last line of an agency's story: "Hải Yến (TTXVN)", "Lê Na
    # (TTXVN/Vietnam+)"
    r"|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3}\s*[(\[]\p{Lu}[\p{Lu}\d.+/\- ]{1,30}"
    r"(?:/\p{Lu}\p{L}*\+?)?[)\]])\s*$")
_PHOTO_INDEX = regex.compile(r"\s+ảnh\s+\d+\s*$")
_PHOTO_CREDIT = regex.compile(r"[(\[]?\s*(?:Ảnh|Nguồn ảnh|Video|Clip)\s*:\s*[^\n.)\]]{1,60}[)\]]?\s*$")
_CAPTION_CUE = regex.compile(
    r"\b(?:phát biểu(?: chỉ đạo| khai mạc| kết luận)?(?: tại| chỉ đạo| khai mạc| kết luận)|"
    r"Quang cảnh|trao tặng|tặng hoa|bấm nút|chụp ảnh|cắt băng)\b",
    regex.IGNORECASE,
)
_SPEECH_VERB = regex.compile(
    r"\b(?:yêu cầu|đề nghị|nhấn mạnh|lưu ý|chỉ đạo:|mong muốn|cho rằng|nêu rõ|chỉ rõ)\b"
)
_NARRATIVE = regex.compile(
    r"\b(?:đã|Trước đó|Sau đó|Ngày \d|sáng|chiều|tối|Nhân dịp|[Dd]ịp này|Cũng tại|Cùng ngày)\b"
    r"|\d{1,2}[/-]\d{1,2}")
_SENTENCE_STOP = ".!?…:;\"”'’)"


def segment(text: str) -> list[Block]:
    """One block per non-empty line, trimmed, classified by its layout role."""
    blocks: list[Block] = []
    related = False
    for m in _LINE.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        line = text[start:end]
        if _RELATED_HEADER.match(line):
            related = True
            blocks.append(Block("furniture", start, end))
            continue
        if _RELATED_LINK.match(line) and len(line.split()) <= 30:
            blocks.append(Block("furniture", start, end))
            continue
        # The headlines under a related-links header are other articles' titles; the block holds
        # only them, and the body goes on after it (a block placed after the lead).
        related = related and _headline(line)
        kind = "furniture" if related else _classify(line, first=not blocks)
        blocks.append(Block(kind, start, end))
    if len(blocks) > 1 and blocks[-1].kind != "furniture" \
            and _OFFICE_BYLINE.fullmatch(text, blocks[-1].start, blocks[-1].end):
        # a portal's office alone on the report's last line signs the page: "Phòng Tham mưu", "Văn phòng UBND
        # tỉnh", "Ban biên tập" (a byline, dev rule 10)
        blocks[-1] = Block("furniture", blocks[-1].start, blocks[-1].end)
    if len(blocks) > 1 and blocks[-1].kind == "caption" \
            and cut_paragraph(text[blocks[-1].start:blocks[-1].end]):
        blocks[-1] = Block("body", blocks[-1].start, blocks[-1].end)  # the opening kept, cut mid-sentence
    return blocks


# a sentence's clauses: a semicolon, or a comma after the opening words ("Dịp này, …")
_CLAUSE_MARK = regex.compile(r"[;,][ ]", regex.V1)


def cut_paragraph(line: str) -> bool:
    """Whether a line with no final stop reads as a paragraph cut mid-sentence, as a scraper keeps an
    article's opening ("Dịp này, X trao tặng 200 áo phao …; thành phố tặng"): twenty words or more with a
    clause mark, to a lower-case word (a caption is short, or one clause), or to a word no sentence ends
    on; or twelve or more that open with a report's frame before a comma (probes 594, 629, 631). Asked of
    the report's last line only."""
    words = line.split()
    if len(words) >= 20 and words[-1][:1].islower() and _CLAUSE_MARK.search(line) is not None:
        return True
    # one long clause that stops on a word no sentence ends on ("… trước ngày 30/9/2022 và"; a caption of
    # a dozen words may: "… trao quà cho các gia đình chính sách và"), or a shorter line that opens as a
    # report's sentence does, with a frame before a comma ("Dịp này, Công an tỉnh trao tặng Công an huyện X
    # 1 xuồng máy", "Theo Trưởng Tiểu ban, mỗi khu vực bỏ phiếu bố trí …"), which a caption does not
    if len(words) >= 20 and words[-1] in _CUT_WORDS:
        return True
    return len(words) >= 12 and (words[-1][:1].islower() or words[-1][:1].isdigit()) \
        and _REPORT_OPENER.match(line) is not None


# a report sentence's opening frame, up to its comma
_REPORT_OPENER = regex.compile(r"(?:Nhân dịp này|Dịp này|Cùng ngày|Trước đó|Ngoài ra|Bên cạnh đó"
                               r"|Theo [^,.;:]{1,60}),[ ]", regex.V1)
# words no sentence ends on
_CUT_WORDS = frozenset({"và", "hoặc", "cùng", "với", "cho", "của", "để", "các", "những", "tại", "trong", "từ",
                        "đến"})


def _headline(line: str) -> bool:
    """Whether a line under a related-links header reads as another article's headline: a listed
    item, or a short line with no sentence's final stop (a headline may ask or exclaim)."""
    if _LIST_MARK.match(line):
        return len(line.split()) <= 40
    return len(line.split()) <= 30 and not line.endswith((".", ":", ";", "…", '"', "”"))


def _classify(line: str, first: bool) -> BlockKind:
    words = len(line.split())
    if _DATELINE.match(line):
        return "dateline"
    if _COUNTER.match(line) or _BYLINE.match(line) or _PHOTO_INDEX.search(line) or _SOURCE_LINE.match(line):
        return "furniture"
    ends_open = not line.endswith(tuple(_SENTENCE_STOP))
    if first and ends_open and words <= 40:
        return "title"
    if _PHOTO_CREDIT.search(line):
        return "caption"
    if ends_open and words <= 40:
        return "caption"
    # A short photo line ends with a stop too; a narrative sentence has "đã" or a date.
    if (words <= 25 and _CAPTION_CUE.search(line) and not _SPEECH_VERB.search(line)
            and not _NARRATIVE.search(line)):
        return "caption"
    return "body"


_SOURCE_PREFIX = regex.compile(r"^[A-ZĐ][A-ZĐ0-9]*(?:\.[A-Z]{2,4})+\s*[-–—]\s*"
                               # an agency's prefix in brackets: "(TTXVN/Vietnam+) Ngày 5/12 …", "(ĐĐK) -"
                               r"|^[(\[][A-ZĐ][A-ZĐ0-9]+(?:/[\p{L}\d.+ ]{1,20})?[)\]]\s*(?:[-–—]\s*)?"
                               # … or after the dateline's place: "Cần Thơ (TTXVN) - …" (the place
                               # stays a mention)
                               r"|(?<=^\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,3}[ ]?)"
                               r"[(\[][A-ZĐ][A-ZĐ0-9]+(?:/[\p{L}\d.+ ]{1,20})?[)\]]\s*[-–—]\s*",
                               regex.MULTILINE)
_INLINE_CREDIT = regex.compile(
    r"[(\[]?\s*(?:Ảnh|Nguồn ảnh)\s*:\s*[^\n.)\]]{1,60}[)\]]?(?=\s*$)", regex.MULTILINE
)


def furniture_spans(text: str, blocks: list[Block]) -> list[tuple[int, int]]:
    """Spans that name no participant: furniture and dateline blocks, photo credits
    ("Ảnh: Xuân Khu - TTXVN"), outlet prefixes ("ANTD.VN -"), "ảnh 1" markers."""
    spans = [(b.start, b.end) for b in blocks if b.kind in ("furniture", "dateline")]
    spans += [m.span() for m in _INLINE_CREDIT.finditer(text)]
    spans += [m.span() for m in _SOURCE_PREFIX.finditer(text)]
    return sorted(spans)


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any of the spans."""
    return any(s < end and start < e for s, e in spans)
