"""Legal and Party documents a report cites: resolutions, directives, plans, laws…

In: the document (furniture blocks are skipped). Out: one `LegalRef` per
occurrence, in text order.

A reference is a kind word (legal_kinds.tsv) followed by
- a number and/or symbol: "Nghị quyết số 45", "Nghị quyết 16-NQ/TW",
  "Nghị quyết số 16 - NQ/TW", "Kế hoạch số 486/KH-BCA-C04", "Đề án 06";
  a lower-case kind word ("theo quyết định số 12/QĐ-UBND") needs "số" or a symbol;
- or a title: "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội đại biểu
  Đảng bộ tỉnh Bắc Giang lần thứ XIX", "Nghị quyết Trung ương 4 (khóa XII)",
  "Luật Công an nhân dân năm 2018", "Hiến pháp năm 2013";
- or, for an agreement or programme, a title in lower-case words with its stage:
  "Hiệp định hợp tác phòng, chống tội phạm", "Biên bản hội đàm năm 2017", "Quy chế
  phối hợp", "Chương trình phòng, chống mua bán người giai đoạn 2021 - 2025";
  a programme also by its title and abbreviation: "Chương trình Mỗi xã một sản phẩm (OCOP)".
A kind word alone ("các Chỉ thị, Mệnh lệnh của Ban Bí thư") is not a reference.

The span runs from the kind word through the date ("ngày 24/1/2019"), the
issuer ("của Bộ Chính trị") and the term ("khóa XI") when they follow, and stops
there: the "về …" subject is not in the span. `name` holds that subject without
"về", cut at the clause's end ("xây dựng và phát triển thành phố Hải Phòng đến
năm 2030, tầm nhìn đến năm 2045"); for a titled reference with no subject,
`name` is the title as written ("Nghị quyết Đại hội XIII của Đảng").

Values: `number` as written without "số" ("45"), except that a single-digit
Đề án number is zero-padded, "Đề án 6" being the same Đề án 06; `symbol` with
spaces removed ("16-NQ/TW"); `date` ISO ("2019-01-24"; a year alone, "2018",
from "năm 2018" or a symbol such as "144/2021/NĐ-CP"); `issuer` the body's
name from issuers.tsv for "của X", else from the symbol's body code (TW ->
Trung ương Đảng, TTg -> Thủ tướng Chính phủ, BCA -> Bộ Công an…). Within one
report, a reference cited again without its date or issuer ("Nghị quyết
16-NQ/TW") takes them from its fuller citation.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from chidao.extract.context import Context, lower_text
from chidao.extract.spans import SpanIndex
from chidao.gazetteer.loader import load_table
from chidao.model import Document, LegalRef
from chidao.text.dates import find_dates, resolve_date

_ROMAN = r"[IVXLC]+"
_TERM = rf"\s*(?:\(\s*)?[Kk]hóa\s+{_ROMAN}(?:\s*\))?"
_DATE = r"ngày\s+(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})"
_CAP_WORD = r"\p{Lu}[\p{L}\d]*"
# A local body named with its place: "Tỉnh ủy Bắc Giang", "UBND tỉnh Quảng Ninh".
_LOCAL_BODY = (
    r"(?:Ban\s+Thường\s+vụ\s+)?(?:Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|UBND|Ủy\s+ban\s+nhân\s+dân|HĐND"
    # a police force's party committee: "Đảng ủy Công an tỉnh", never the bare "Đảng"
    # the party committee of a province or city as its resolutions name it: "Ban Chấp hành Đảng bộ tỉnh"
    r"|Hội\s+đồng\s+nhân\s+dân|(?:Đảng\s+ủy\s+)?Công\s+an|Ban\s+Chấp\s+hành\s+Đảng\s+bộ)"
    # with its place ("UBND tỉnh Bắc Giang", "Tỉnh ủy Nghệ An"), or its level alone ("của UBND tỉnh")
    rf"(?:\s+(?:tỉnh|thành\s+phố|TP\.?|huyện|quận)(?:\s+{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}})?"
    rf"|\s+{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}})"
)
# the issuer of a numbered reference may also be a Party committee, or its standing board, bare: the
# committee's name holds its level ("Chỉ thị số 12-CT/TU … của Ban Thường vụ Tỉnh ủy"; as written, the set's
# practice for bare issuers); never a reference of its own without its number ("Nghị quyết của Tỉnh ủy về …")
_BARE_PARTY_BODY = r"(?:Ban\s+Thường\s+vụ\s+)?(?:Tỉnh|Thành|Huyện)\s+ủy"
# Words after a bare number that make it a count, not a document number ("Kế hoạch 5 năm").
_COUNTED = regex.compile(
    r"\s*(?:năm(?!\s+\d{4})|tháng|ngày(?!\s+\d)|nội dung|vấn đề|nhiệm vụ|điểm|giải pháp|mục tiêu"
    # ("Đề án 06 giai đoạn 2026 - 2027": a stage after the number, not a count of stages)
    r"|lĩnh vực|nhóm|người|vụ|tỷ|tỉ|triệu|nghìn|đối tượng|bước|%|lần|giai đoạn(?!\s+\d{4})|trọng tâm"
    r"|chỉ tiêu)(?!\p{L})"
)
# Where a "về …" subject ends: a clause break, or the next cited document.
_SUBJECT_END = regex.compile(
    r"[.;:!?…\n\"“”(]|,\s*(?:để|nhằm|góp phần|đồng thời|trong đó|qua đó|gắn với|nhất là)\b"
    r"|\s+mà\s|\s+(?:và|,)\s*(?=\p{Lu}\p{Ll}+\s+\p{Ll})|,\s+(?=\p{Lu})"
)
# Words that end a law's title ("Luật An ninh mạng đã được …").
_TITLE_STOP = (
    r"(?:và|của|năm|đã|được|có|sửa|trong|để|về|tại|cho|với|theo|thì|là|số|mới|này|đó|hiện|ngày"
    r"|quy|nghiêm|hiệu|trên|khi|vào|đến|nhằm|cũng|phải|sẽ|đang|như|do|từ|các|những)"
)
_SPACE = regex.compile(r"\s+")
_ABOUT = regex.compile(r"\s+về\s+")
_YEAR = regex.compile(r"\d{4}")
_SYMBOL_YEAR = regex.compile(r"/(\d{4})/")
_SYMBOL_PARTS = regex.compile(r"[-/]")
_SYMBOL_SPACE = regex.compile(r"\s*([-–/])\s*")


def _tolerant(phrase: str) -> str:
    """A phrase as a pattern that accepts any run of spaces between its words."""
    return r"\s+".join(regex.escape(w) for w in phrase.split())


def _alternation(phrases) -> str:
    return "|".join(_tolerant(p) for p in sorted(set(phrases), key=len, reverse=True))


@cache
def _kinds() -> dict[str, str]:
    """Kind word, lower-cased -> kind key."""
    return {f.lower(): row["key"] for row in load_table("legal_kinds.tsv")
            for f in row["phrasings"].split("|")}


@cache
def _issuers() -> tuple[dict[str, str], dict[str, str]]:
    """(written form, spaces collapsed -> issuer), (symbol body code -> issuer)."""
    forms: dict[str, str] = {}
    codes: dict[str, str] = {}
    for row in load_table("issuers.tsv"):
        for form in row["phrasings"].split("|"):
            forms[form] = row["key"]
        for code in filter(None, row["symbols"].split("|")):
            codes[code] = row["key"]
    return forms, codes


# a body code may join two words with "&" ("BNN&PTNT" in "01/2017/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC")
_SYMBOL = (
    r"(?:\s*[-–]\s*|/)(?:\d{4}/\p{Lu}[\p{L}\d]*(?:[-/][\p{L}\d]+(?:&[\p{L}\d]+)*)*"
    r"|\p{Lu}[\p{L}\d]*(?:[-/][\p{L}\d]+(?:&[\p{L}\d]+)*)+)"
)
# a joint document (thông tư liên tịch, nghị quyết liên tịch): several bodies issue it, none alone
_JOINT = regex.compile(r"/(?:TTLT|NQLT|CTLT|QĐLT)-")
_NUMBERED = rf"(?P<so>số\s*)?(?P<num>\d{{1,5}})(?P<symbol>{_SYMBOL})?"
_CONGRESS = (
    rf"(?P<congress>Đại\s+hội\s+(?:(?:lần\s+thứ\s+)?{_ROMAN}(?!\p{{L}})(?P<party>\s+của\s+Đảng(?!\s+bộ))?"
    r"|đại\s+biểu\s+(?P<body>toàn\s+quốc|Đảng\s+bộ[^\n.;,:\"“”]{1,80}?)"
    rf"\s+lần\s+thứ\s+{_ROMAN}(?!\p{{L}})))"
)
_PLENUM = rf"(?P<plenum>(?:Hội\s+nghị\s+)?Trung\s+ương\s+(?:\d{{1,2}}|lần\s+thứ\s+\p{{L}}+)(?:{_TERM})?)"
# a law's title closed by its year runs longer, "và" inside it ("Luật Quản lý, sử dụng vũ khí, vật liệu nổ
# và công cụ hỗ trợ năm 2017", "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở năm 2023"), "của"
# before a common noun too ("Luật Phòng, chống tác hại của rượu, bia năm 2019"; not "của Quốc hội")
_TITLE_STOP_INNER = _TITLE_STOP.replace("(?:và|của|", r"(?:của(?!\s+\p{Ll})|", 1)
_TITLE = (
    r"(?P<title>(?<=(?:Luật|Bộ\s+luật|Pháp\s+lệnh)\s+)\p{Lu}\p{Ll}*"
    rf"(?:(?:(?:,\s+(?=\p{{Ll}})|\s+)(?!{_TITLE_STOP_INNER}(?!\p{{L}}))\p{{L}}+){{1,16}}"
    # (or by who passed it: "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở được Quốc hội …")
    r"(?=\s+năm\s+\d{4}|\s*,?\s+(?:đã\s+)?được\s+(?:Quốc\s+hội|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội)\s)"
    rf"|(?:(?:,\s+(?=\p{{Ll}})|\s+)(?!{_TITLE_STOP_INNER}(?!\p{{L}})|và\s+\p{{Lu}})\p{{L}}+){{1,16}}(?=\s+số\s+\d)"
    rf"|(?:(?:,\s+(?=\p{{Ll}})|\s+)(?!{_TITLE_STOP}(?!\p{{L}}))\p{{L}}+){{0,6}}))"
    r"(?=\s+năm\s+\d{4}|[\s.,;:)]|$)"
)
# a law's number written after its title, which it closes as a year does: "Luật Trật tự, an toàn giao thông
# đường bộ số 36/2024/QH15"
_NUMBER_AFTER = rf"(?:\s+số\s+(?P<lawnum>\d{{1,5}})(?P<lawsym>{_SYMBOL})?)?"
# who passed it and when, right after the reference: "… số 36/2024/QH15 được Quốc hội thông qua ngày
# 27/6/2024"
_PASSED = regex.compile(
    r"\s*,?\s+(?:đã\s+)?được\s+(?P<issuer>Quốc\s+hội|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội)"
    rf"(?:\s+khóa\s+{_ROMAN})?\s+(?:thông\s+qua|ban\s+hành)(?:\s+(?:vào\s+)?(?P<date>{_DATE}))?")
# the same after the subject a numbered law amends, in its sentence: "Luật số 23/2023/QH15 sửa đổi, bổ sung
# một số điều của Luật … được Quốc hội thông qua ngày 24/6/2023"
_PASSED_LATER = regex.compile(_PASSED.pattern.replace(r"\s*,?\s+", r"[^.;:\n]{0,240}?[ \t]", 1))
# what a decision grants, named in its place: "Quyết định tặng Kỷ niệm chương Vì sự nghiệp …"
_GRANT = (r"(?P<grant>(?:phong tặng|truy tặng|tặng thưởng|tặng|công nhận|bổ nhiệm|điều động|khen thưởng)"
          r"(?:\s+(?!cho\b|của\b)[\p{L}\d]+){1,10}?(?=\s+(?:cho|của)\b|[.,;:)\n]|$))")
# a document named by its subject and that subject's year, with no number: "Nghị quyết về dự
# toán ngân sách năm 2016", "Quyết định về đặc xá năm 2025 của Chủ tịch nước" (the year is read as the tail's)
_ABOUT_YEAR = (r"(?P<about>về(?:\s+(?!của\b|do\b|năm\b|số\b)[\p{L}\d]+){1,10}?"
               r"(?=\s+năm\s+\d{4}(?!\d)))")
# a document named by its title in lower-case words, without "về", closed by its year and its issuer: "Quyết
# định đặc xá năm 2015 của Chủ tịch nước", "Chỉ thị tổng kiểm tra năm 2024 của Bộ trưởng" (the year and the
# issuer are read as the tail's; with no issuer after its year it is none: "Quyết định thành lập năm 2010")
_TITLE_YEAR = (r"(?P<titleyear>(?!(?:của|do|năm|số|về|và|các|này|đó)(?!\p{L}))\p{Ll}+"
               r"(?:\s+(?!(?:của|do|năm|số|về)(?!\p{L}))\p{Ll}+){0,7}?"
               r"(?=\s+năm\s+\d{4}(?!\d)\s+(?:của|do)\s))")
_CHARTER = r"(?P<charter>(?<=Hiến\s+pháp\s+)(?:năm\s+)?\d{4})"
# an agreement or programme cited by its title in lower-case words (read on in `_titled`)
_NAMED = r"(?P<named>(?=\p{Ll}|giai\s+đoạn\s+\d))"
# the words of such a title, up to a word that ends it ("Hiệp định hợp tác phòng, chống tội phạm giữa …")
_NAMED_WORD = regex.compile(
    rf"(?:,[ ]+|[ ]+)(?!(?:{_TITLE_STOP}|giữa|thực|giai|đến|đặt|hết|bị|ký|nêu|nhằm)(?!\p{{L}}))\p{{Ll}}+",
    regex.V1)
# a title's stage: "năm 2017", "giai đoạn 2021 - 2025 (và định hướng đến năm 2030 | , tầm nhìn đến năm 2030)"
_STAGE = regex.compile(
    r"[ ]+(?:(?P<term>giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}"
    r"(?:\s+và\s+định\s+hướng\s+đến\s+năm\s+\d{4}|,?\s+tầm\s+nhìn\s+đến\s+năm\s+\d{4})?)"
    r"|năm\s+(?P<year>\d{4}))(?!\d)", regex.V1)


@cache
def _pattern() -> regex.Pattern[str]:
    kinds = sorted(_kinds(), key=len, reverse=True)
    kind = "|".join(rf"[{k[0].upper()}{k[0]}]{_tolerant(k)[1:]}" for k in kinds)
    # a local body first: "UBND tỉnh Quảng Ninh" is more than "UBND"
    issuer = rf"(?:{_LOCAL_BODY}|{_alternation(_issuers()[0])})"
    tail = (
        r"(?P<year>\s+năm\s+\d{4}(?!\d))?"
        rf"(?:\s*,?\s*(?P<date>{_DATE}))?"
        rf"(?:(?(bare)|\s+)(?:của|do)\s+(?P<issuer>{issuer}|{_BARE_PARTY_BODY})(?!\p{{L}}))?"
        rf"(?P<term>{_TERM})?"
    )
    # "Quyết định của Bộ trưởng Bộ Công an", "Quyết định tặng Kỷ niệm chương …": one document
    # named by its issuer or its grant, without a number
    bare = rf"(?P<bare>(?=(?:của|do)\s+(?:{issuer})(?!\p{{L}}))|{_GRANT})"
    return regex.compile(
        rf"(?<![\p{{L}}\d])(?P<kind>{kind})(?:\s+"
        rf"(?:{_NUMBERED}|{_CONGRESS}|{_PLENUM}|{_TITLE}{_NUMBER_AFTER}|{_CHARTER}|{bare}|{_ABOUT_YEAR}|{_TITLE_YEAR}|{_NAMED})"
        # a kind that is a title of its own, cited again before a stop: "Theo Quy chế phối hợp, …"
        r"|(?P<closed>(?=[,;:.])))"
        rf"(?P<tail>{tail})"
    )


def _date(text: str, start: int, end: int, doc_date: str | None) -> str | None:
    found = find_dates(text, start, end)
    return resolve_date(found[0], doc_date) if found else None


def _passed_later(text: str, end: int, year: str, issuer: str | None,
                  doc_date: str | None) -> tuple[str, str | None]:
    """(date, issuer) of a numbered law from "được Quốc hội thông qua ngày …" later in its sentence,
    after the title of the law it amends, when that date falls in its symbol's year; else as it was."""
    passed = _PASSED_LATER.match(text, end)
    if passed is None or not passed.group("date"):
        return year, issuer
    date = _date(text, passed.start("date"), passed.end("date"), doc_date)
    if date is None or not date.startswith(year):
        return year, issuer
    return date, _SPACE.sub(" ", passed.group("issuer"))


def _issuer_from_symbol(symbol: str) -> str | None:
    """The body a symbol names ("486/KH-BCA-C04" -> Bộ Công an, "54/2017/QH14" -> Quốc hội)."""
    codes = _issuers()[1]
    for part in _SYMBOL_PARTS.split(symbol)[1:]:
        for code in (part, part.rstrip("0123456789")):
            if code in codes:
                return codes[code]
    return None


def _subject(text: str, end: int) -> str | None:
    """The "về …" subject right after a reference, without "về", cut at the clause's end."""
    m = _ABOUT.match(text, end, end + 12)
    if not m:
        return None
    start = m.end()
    stop = _SUBJECT_END.search(text, start, min(len(text), start + 250))
    subject = text[start:stop.start() if stop else min(len(text), start + 250)].strip(" ,")
    return subject or None


def _titled(m: regex.Match[str], kind: str, text: str) -> LegalRef | None:
    """An agreement, programme or project cited by title, capitalized: "Hiệp định hợp tác phòng, chống tội
    phạm", "Biên bản hội đàm năm 2017", "Quy chế phối hợp" (the kind's words are a title of their own),
    "Chương trình phòng, chống mua bán người giai đoạn 2021 - 2025", "Đề án cải cách hệ thống thuế giai
    đoạn 2011 - 2020"; a programme or project needs its stage, an agreement a title word or a kind of three
    words. "Theo Quy chế, …", "Biên bản được ký …" are none."""
    kind_word = m.group("kind")
    if kind_word[0].islower() or kind not in ("agreement", "programme", "project"):
        return None
    end, words = m.end("kind"), 0
    while m.group("closed") is None and words < 10 and (w := _NAMED_WORD.match(text, end)) is not None:
        end, words = w.end(), words + 1
    stage = _STAGE.match(text, end)
    if stage is None and kind in ("programme", "project") and words:
        # "và" inside a title its stage closes: "Chương trình bảo vệ và hỗ trợ trẻ em … giai đoạn 2021 -
        # 2025"; any other word that would end a title, when a term closes it: "Đề án phát triển ứng dụng dữ
        # liệu về dân cư, … chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030" (with its
        # short name in brackets after it, "(Đề án 06)", the short name is the reference, read on its own)
        after_and = _AND_WORD.match(text, end) is not None
        longer, more = end, words
        while more < 25 and (w := _LONG_TITLE_WORD.match(text, longer)) is not None:
            longer, more = w.end(), more + 1
        longer_stage = _STAGE.match(text, longer)
        if longer_stage is not None and (after_and or (longer_stage.group("term") is not None
                                                       and not _SHORT_NAME.match(text, longer_stage.end()))):
            end, words, stage = longer, more, longer_stage
    committee = _COMMITTEE_BEFORE.search(text, max(0, m.start() - 16), m.start())
    if kind == "programme" and stage is None and committee is not None:
        # a national target programme named in its steering committee's name: "BCĐ Chương trình mục tiêu quốc
        # gia xây dựng nông thôn mới tỉnh X tổ chức …" (a bare "Ban Chỉ đạo Chương trình giảm nghèo" is none)
        national = _NATIONAL_TITLE.match(text, m.end("kind"))
        if national is not None:
            span = (m.start(), national.end())
            title = _SPACE.sub(" ", text[span[0]:span[1]])
            return LegalRef(kind, None, None, title, None, None, text[span[0]:span[1]], span)
    national = _NATIONAL_PROGRAMME.match(text, m.end("kind")) \
        if kind == "programme" and stage is None else None
    if national is not None and _STAGE.match(text, national.end()) is None:
        # a national programme by its title alone: "Chương trình quốc gia phòng, chống tội phạm",
        # "Chương trình mục tiêu quốc gia xây dựng nông thôn mới" (a stage after it: as any programme's)
        ref_text = text[m.start():national.end()]
        name = _subject(text, national.end()) or _SPACE.sub(" ", ref_text)
        return LegalRef(kind, None, None, name, None, None, ref_text, (m.start(), national.end()))
    issued = _issued_by().match(text, stage.end()) if kind == "programme" and stage is not None else None
    # a programme needs its stage, or its year and the body that issued it: "Chương trình kiểm tra, giám sát
    # năm 2014 của Đảng ủy Công an tỉnh" (a bare "Chương trình công tác năm 2024" is none)
    if kind == "programme" and (stage is None or words == 0
                                or (stage.group("term") is None and issued is None)):
        return None
    # a project by its title needs its stage: "Đề án cải cách hành chính giai đoạn 2021 - 2025" ("Đề án tổng
    # thể", "Đề án xây dựng trụ sở năm 2024" are none)
    if kind == "project" and (stage is None or words == 0 or stage.group("term") is None):
        return None
    if kind == "agreement" and words == 0 and len(kind_word.split()) < 3 and stage is None:
        return None
    date = None
    if stage is not None:
        end, date = stage.end(), stage.group("year")
    issuer = None
    if issued is not None:
        end, issuer = issued.end(), _SPACE.sub(" ", issued.group("issuer"))
    elif kind in ("programme", "project") and stage is not None:
        # issued with a decision: "… giai đoạn 2021 - 2025 ban hành kèm theo Quyết định số 830/QĐ-TTg ngày
        # 1/6/2021 của Thủ tướng Chính phủ" takes the decision's date and issuer (its span stays the title's)
        date, issuer = _issued_with(text, end, date)
    ref_text = text[m.start():end]
    name = _subject(text, end) or _SPACE.sub(" ", ref_text)
    return LegalRef(kind, None, None, name, date, issuer, ref_text, (m.start(), end))


# a project's short name in brackets after its title: " (Đề án 06)"
_SHORT_NAME = regex.compile(r"[ ]*\([ ]*Đề[ ]+án[ ]+\d{1,3}[ ]*\)", regex.V1)
_AND_WORD = regex.compile(r"[ ]+và[ ]+(?=\p{Ll})", regex.V1)
_COMMITTEE_BEFORE = regex.compile(r"(?:Ban[ ]+[Cc]hỉ[ ]+đạo|BCĐ)[ ]+$", regex.V1)
# the title of a national target programme, up to the committee's place or a stop
_NATIONAL_TITLE = regex.compile(
    r"[ ]+mục[ ]+tiêu[ ]+quốc[ ]+gia(?:(?:,[ ]+|[ ]+)(?!(?:tỉnh|huyện|thành|thị|quận|xã|phường|tổ|họp|năm"
    r"|giai|đã|sẽ|đang|của|về|tại|trong|với)(?!\p{L}))\p{Ll}+){1,12}"
    r"(?=[ ]+(?:tỉnh|huyện|thành[ ]+phố|thị[ ]+xã|quận|xã|phường|TP)[ ]|[,.;:)\n]|$)", regex.V1)
# a national (target) programme's title: "quốc gia phòng, chống tội phạm", "mục tiêu quốc gia
# xây dựng nông thôn mới" ("mới" ends no such title), up to a word that ends a title or a place's level word
_NATIONAL_PROGRAMME = regex.compile(
    r"[ ]+(?:(?:hành[ ]+động|mục[ ]+tiêu)[ ]+)?quốc[ ]+gia(?:(?:,[ ]+|[ ]+)(?!(?:"
    + _TITLE_STOP.replace("|mới|", "|")
    + r"|tỉnh|huyện|thành|thị|quận|xã|phường|giai|thực|triển)(?!\p{L}))\p{Ll}+){2,12}"
    r"(?![ ]+(?:năm|giai[ ]+đoạn)[ ]+\d)", regex.V1)
# (the words of a title its stage closes, any lower-case word but the stage's own)
_LONG_TITLE_WORD = regex.compile(r"(?:,[ ]+|[ ]+)(?!giai[ ]+đoạn[ ]+\d)\p{Ll}+", regex.V1)
_WITH_DECISION = regex.compile(r"[ ]+(?:được[ ]+)?ban hành kèm theo[ ]+(?=Quyết định)", regex.V1)


def _issued_with(text: str, end: int, date: str | None) -> tuple[str | None, str | None]:
    """The date and issuer of the decision a programme is issued with, right after its title."""
    with_decision = _WITH_DECISION.match(text, end)
    decision = _pattern().match(text, with_decision.end()) if with_decision is not None else None
    ref = _reference(decision, text, None) if decision is not None else None
    if ref is None or ref.kind != "decision" or ref.date is None or "-" not in ref.date:
        return date, None
    return ref.date, ref.issuer


@cache
def _issued_by() -> regex.Pattern[str]:
    """ " của <issuer>" right after a title: a local body or one of the issuers' vocabulary."""
    issuer = rf"(?P<issuer>{_LOCAL_BODY}|{_alternation(_issuers()[0])})"
    return regex.compile(rf"\s+(?:của|do)\s+{issuer}(?!\p{{L}})")


def _reference(m: regex.Match[str], text: str, doc_date: str | None) -> LegalRef | None:
    kind_word = m.group("kind")
    kind = _kinds()[_SPACE.sub(" ", kind_word).lower()]
    if m.group("named") is not None or m.group("closed") is not None:
        return _titled(m, kind, text)
    number = symbol = name = date = issuer = None
    passed = None
    date_after_report = False
    end = m.end()
    tail_empty = m.group("tail").strip() == ""
    if m.group("num"):
        raw_symbol = m.group("symbol")
        if not raw_symbol:
            if kind_word[0].islower() and not m.group("so"):
                return None
            if tail_empty and _COUNTED.match(text, m.end("num")):
                return None
        number = m.group("num")
        if kind == "project" and len(number) == 1:
            number = "0" + number  # "Đề án 6" is the Đề án 06
        if raw_symbol:
            symbol = number + _SYMBOL_SPACE.sub(r"\1", raw_symbol).replace("–", "-")
            year = _SYMBOL_YEAR.match(symbol, len(number))
            date = year.group(1) if year else None
            issuer = None if _JOINT.search(symbol) else _issuer_from_symbol(symbol)
            if kind == "law" and date is not None and m.group("tail").strip() == "":
                date, issuer = _passed_later(text, end, date, issuer, doc_date)
    elif kind_word[0].islower():
        return None
    elif m.group("congress"):
        if kind != "resolution":
            return None
        if m.group("party"):
            issuer = "Đảng"
        elif m.group("body"):
            body = _SPACE.sub(" ", m.group("body"))
            issuer = "Đảng" if body == "toàn quốc" else body
        if m.group("issuer") and not issuer:
            issuer = m.group("issuer")
    elif m.group("plenum"):
        if kind not in ("resolution", "conclusion"):
            return None
        issuer = "Ban Chấp hành Trung ương Đảng"
    elif m.group("title"):
        if kind not in ("law", "code", "ordinance"):
            return None
        name = f"{kind_word} {m.group('title')}"
        if m.group("lawnum"):
            number = m.group("lawnum")
            if m.group("lawsym"):
                symbol = number + _SYMBOL_SPACE.sub(r"\1", m.group("lawsym")).replace("–", "-")
                year = _SYMBOL_YEAR.match(symbol, len(number))
                date = year.group(1) if year else None
                issuer = _issuer_from_symbol(symbol)
        # who passed it and when, after its title with or without its number: "Luật … số 36/2024/QH15 được
        # Quốc hội thông qua ngày 27/6/2024", "Luật Xử lý vi phạm hành chính được Quốc hội thông qua ngày …"
        passed = _PASSED.match(text, end)
    elif m.group("charter"):
        date = _YEAR.search(m.group("charter")).group()
    elif m.group("about") is not None:
        # a capitalized kind word the report names one document with ("thông qua Nghị quyết
        # về …"), of the kinds an issuer signs; a year after the report's own is the subject's
        # ("dự toán ngân sách năm 2016" in a report of 2015), not the document's date
        if kind_word[0].islower() or kind not in _ISSUED_KINDS or _PLURAL.search(text, max(0, m.start() - 40),
                                                                                   m.start()):
            return None
        year = _YEAR.search(m.group("year")).group()
        name = _SPACE.sub(" ", m.group("about")[len("về"):].strip() + m.group("year"))
        if doc_date and year > doc_date[:4]:
            date_after_report = True
    elif m.group("titleyear") is not None:
        # (`_TITLE_YEAR`) one document of a kind an issuer signs, its issuer read after its year
        if kind_word[0].islower() or kind not in _ISSUED_KINDS or not m.group("issuer") \
                or _PLURAL.search(text, max(0, m.start() - 40), m.start()):
            return None
        name = _SPACE.sub(" ", m.group("titleyear") + m.group("year"))  # "đặc xá năm 2015", as "về …"'s
    elif m.group("bare") is not None:
        # "các Quyết định, Chỉ thị của Ban Bí thư" names kinds of documents, not one
        if kind_word[0].islower() or kind not in _ISSUED_KINDS or _PLURAL.search(text, max(0, m.start() - 40),
                                                                                   m.start()):
            return None
        if m.group("grant"):
            name = _SPACE.sub(" ", m.group("grant"))
            issuer = _issuer_before(text, m.start())
    if m.group("year") and not date_after_report:
        date = _YEAR.search(m.group("year")).group()
    if m.group("date"):
        date = _date(text, m.start("date"), m.end("date"), doc_date) or date
    if passed is not None:
        issuer = _SPACE.sub(" ", passed.group("issuer"))
        if passed.group("date"):
            date = _date(text, passed.start("date"), passed.end("date"), doc_date) or date
    if m.group("issuer"):
        forms = _issuers()[0]
        written = _SPACE.sub(" ", m.group("issuer"))
        issuer = forms.get(written, written) if not (m.group("congress") and issuer) else issuer
    ref_text = text[m.start():end]
    subject = _subject(text, end) if m.group("about") is None else None
    if subject:
        name = subject
    elif name is None and number is None:
        name = _SPACE.sub(" ", ref_text)
    return LegalRef(kind, number, symbol, name, date, issuer, ref_text, (m.start(), end))


_EXPLICIT_ISSUER = regex.compile(r"\s(?:của|do)\s")
# kinds named by their issuer alone: "Quyết định của Bộ trưởng …" (not "Kế hoạch của tỉnh")
_ISSUED_KINDS = frozenset({"decision", "directive", "resolution", "conclusion", "decree", "circular"})
_PLURAL = regex.compile(r"(?<![\p{L}])(?:các|những|Các|Những)\s+(?:[\p{L}]+(?:\s+|,\s*)){0,5}$")
_HAS_ISSUED = regex.compile(r"\s+(?:đã\s+)?(?:có|ban hành|ký|ra)\s+$")


def _issuer_before(text: str, start: int) -> str | None:
    """The issuer named as the subject right before "(đã) có/ban hành/ký <reference>"."""
    verb = _HAS_ISSUED.search(text, max(0, start - 20), start)
    if verb is None:
        return None
    forms = _issuers()[0]
    for form in sorted(forms, key=len, reverse=True):
        if text.endswith(form, max(0, verb.start() - len(form)), verb.start()):
            return forms[form]
    return None


# the subject that issues it: "UBND tỉnh X vừa ban hành Kế hoạch số …", "Văn phòng UBND tỉnh X đã ban hành …"
_ISSUES = regex.compile(r"[ \t]+(?:vừa|đã)?[ \t]*(?:ký[ \t]+)?ban hành[ \t]+$")
_WORD_START = regex.compile(r"(?<![\p{L}\d])\p{Lu}")


def _issuing_body(text: str, start: int) -> str | None:
    """The body named in full with its place as the subject of "(vừa) ban hành" right before a
    numbered reference ("Văn phòng UBND tỉnh Gia Lai vừa ban hành Thông báo số …"), or None."""
    from chidao.extract.organizations import match_body, normalize_name  # organizations reads no refs

    verb = _ISSUES.search(text, max(0, start - 25), start)
    if verb is None:
        return None
    line = text.rfind("\n", 0, verb.start()) + 1
    for word in _WORD_START.finditer(text, max(line, verb.start() - 80), verb.start()):
        body = match_body(text, word.start())
        if body is not None and body.end == verb.start():
            return normalize_name(text[word.start():body.end]) if body.place and body.specific else None
    return None


def _fullness(ref: LegalRef) -> tuple[bool, bool]:
    """How much a citation says: a full date, an issuer named in the text."""
    return (ref.date is not None and "-" in ref.date, _EXPLICIT_ISSUER.search(ref.text) is not None)


def _fill_from_fuller_citations(refs: list[LegalRef]) -> list[LegalRef]:
    """A reference cited again with its symbol but no issuer ("Nghị quyết 16-NQ/TW" after "Nghị quyết
    số 16-NQ/TW … của Bộ Chính trị") takes the issuer of its fuller citation. A short citation by its
    number alone ("Nghị định 13", "Đề án 06") carries only what it writes: no symbol, date or issuer
    of another citation."""
    best: dict[tuple[str, str], LegalRef] = {}
    for ref in refs:
        if ref.number is None:
            continue
        key = (ref.kind, ref.number)
        held = best.get(key)
        if held is None or _fullness(ref) > _fullness(held):
            best[key] = ref
    out: list[LegalRef] = []
    for ref in refs:
        full = best.get((ref.kind, ref.number)) if ref.number is not None else None
        if full is None or full is ref or not ref.symbol or (full.symbol and ref.symbol != full.symbol):
            out.append(ref)
            continue
        explicit = _EXPLICIT_ISSUER.search(ref.text) is not None
        out.append(replace(
            ref,
            issuer=ref.issuer if explicit else (full.issuer or ref.issuer),
        ))
    return out


def _candidates(text: str) -> list[int]:
    """Where a kind word starts a word: found with plain string search, which is far
    cheaper than scanning the whole text with the reference pattern."""
    lowered = lower_text(text)
    if len(lowered) != len(text):
        return [m.start() for m in _pattern().finditer(text)]
    starts: set[int] = set()
    for kind in _kinds():
        pos = lowered.find(kind)
        while pos >= 0:
            if pos == 0 or not text[pos - 1].isalnum():
                starts.add(pos)
            pos = lowered.find(kind, pos + 1)
    return sorted(starts)


# a document the chairman signs, dated at the sentence's start: "Ngày 12-12, Chủ tịch UBND tỉnh Trần Văn A đã
# ký ban hành Chỉ thị số 21/CT-UBND …" (he signs for the province's People's Committee)
_SIGNED_BY_CHAIR = regex.compile(
    r"(?:^|\s)(?P<day>[Nn]gày)\s+(?P<date>\d{1,2}\s*[-./]\s*\d{1,2}(?:\s*[-./]\s*\d{4})?)\s*,\s*"
    r"Chủ tịch (?:UBND|Ủy ban nhân dân) (?P<level>tỉnh|thành phố)\s[^,;.\n]{2,60}?\s+(?:đã\s+|vừa\s+)?ký"
    r"(?:\s+ban hành)?\s+$", regex.V1)
_PROVINCE_NAMED = regex.compile(
    r"(?<!\p{L})(?:tỉnh|thành phố)\s+(?P<name>\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3})", regex.V1)


def _signed_by_chair(ref: LegalRef, text: str, start: int, doc_date: str | None) -> LegalRef:
    """The date and issuer of a document its province's chairman is told to have signed on a day the
    sentence opens with; the province is the first one the report names ("tỉnh Gia Lai")."""
    line = text.rfind("\n", 0, start) + 1
    signed = _SIGNED_BY_CHAIR.search(text, max(line, start - 160), start)
    if signed is None:
        return ref
    date = _date(text, signed.start("day"), signed.end("date"), doc_date)  # "Ngày 8.3": a day, not a number
    place = _first_province(text, date or doc_date)
    issuer = f"UBND {signed.group('level')} {place}" if place else ref.issuer
    return replace(ref, date=date or ref.date, issuer=issuer)


# the chairman named with his province right before what he signs: "Chủ tịch UBND tỉnh Lâm Đồng Nguyễn Văn A
# vừa ký ban hành Chỉ thị số …" (the text names the body he signs for)
_CHAIR_OF_NAMED_PROVINCE = regex.compile(
    r"(?<!\p{L})Chủ tịch (?:UBND|Ủy ban nhân dân) (?P<level>tỉnh|thành phố)\s+"
    r"(?P<words>\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,7})"
    r"\s*,?\s+(?:đã\s+|vừa\s+)?ký(?:\s+ban hành)?\s+$", regex.V1)


def _chair_of_named_province(ref: LegalRef, text: str, start: int) -> LegalRef:
    """The issuer of a document the chairman of a province the text names signs (`_CHAIR_OF_NAMED_PROVINCE`):
    that province's People's Committee as written, rather than the bare body its symbol gives."""
    from chidao.gazetteer.admin_units import lookup_province

    line = text.rfind("\n", 0, start) + 1
    signed = _CHAIR_OF_NAMED_PROVINCE.search(text, max(line, start - 160), start)
    if signed is None:
        return ref
    words = signed.group("words").split()
    for size in range(min(len(words), 4), 0, -1):  # the province, then the chairman's name, if written
        if lookup_province(" ".join(words[:size])) is not None:
            return replace(ref, issuer=f"UBND {signed.group('level')} {' '.join(words[:size])}")
    return ref


# the People's Committee, written bare, as the subject that issues it: "UBND TP ban hành Công điện số …"
_BARE_COMMITTEE_SUBJECT = regex.compile(
    r"(?<!\p{L})UBND\s+(?P<level>tỉnh|TP|thành\s+phố)\s+(?:vừa\s+|đã\s+)?(?:ký\s+)?ban\s+hành\s+$", regex.V1)
# the same committee named in full: "UBND TP Hải Phòng", "UBND thành phố Hải Phòng", "UBND tỉnh Gia Lai"
_COMMITTEE_NAMED = regex.compile(
    r"(?<!\p{L})(?:UBND|Ủy\s+ban\s+nhân\s+dân)\s+(?P<level>tỉnh|TP\.?|thành\s+phố)\s+"
    r"(?P<words>\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3})", regex.V1)


def _bare_committee_subject(ref: LegalRef, text: str, start: int) -> LegalRef:
    """The issuer of a document its People's Committee, written bare ("UBND TP"), issues as the sentence's
    subject: that committee as the report names it in full elsewhere ("Chủ tịch UBND TP Hải Phòng"), with
    the level as the subject writes it."""
    from chidao.gazetteer.admin_units import lookup_province

    subject = _BARE_COMMITTEE_SUBJECT.search(text, max(0, start - 40), start)
    if subject is None:
        return ref
    city = subject.group("level") != "tỉnh"
    for named in _COMMITTEE_NAMED.finditer(text):
        if (named.group("level") != "tỉnh") != city:
            continue
        words = named.group("words").split()
        for size in range(len(words), 0, -1):
            if lookup_province(" ".join(words[:size])) is not None:
                level = _SPACE.sub(" ", subject.group("level"))
                return replace(ref, issuer=f"UBND {level} {' '.join(words[:size])}")
    return ref


# a working group named after the document it carries out: "Tổ công tác triển khai Đề án 06 của Chính phủ"
# (the group is the Government's: "của Chính phủ" names no issuer of the reference)
_WORKING_GROUP_BEFORE = regex.compile(r"Tổ\s+công\s+tác(?:\s+(?:triển\s+khai|thực\s+hiện))?\s+$", regex.V1)


def _in_working_group_name(ref: LegalRef, text: str, start: int) -> LegalRef:
    """A reference inside a working group's name (`_WORKING_GROUP_BEFORE`) without the "của …" after it: its
    issuer only what its symbol says."""
    if _WORKING_GROUP_BEFORE.search(text, max(0, start - 30), start) is None:
        return ref
    owner = _EXPLICIT_ISSUER.search(ref.text)
    if owner is None:
        return ref
    cut = len(ref.text[:owner.start()].rstrip())
    issuer = _issuer_from_symbol(ref.symbol) if ref.symbol else None
    return replace(ref, issuer=issuer, text=ref.text[:cut], span=(ref.span[0], ref.span[0] + cut))


# a document someone signs on a day the sentence opens with: "Ngày 19/9/2025, đồng chí …, Bí thư Tỉnh ủy, ký
# ban hành Nghị quyết số 04-NQ/TU …" (the chairman's own signature: `_SIGNED_BY_CHAIR`)
_SIGNED_ON_DAY = regex.compile(
    r"(?<![\p{L}\d])(?P<day>[Nn]gày)\s+(?P<date>\d{1,2}\s*[-./]\s*\d{1,2}(?:\s*[-./]\s*\d{4})?)\s*,\s*"
    r"[^;.\n]{2,160}?\s+(?:đã\s+|vừa\s+)?ký\s+ban\s+hành\s+$", regex.V1)


def _signed_on_day(ref: LegalRef, text: str, start: int, doc_date: str | None) -> LegalRef:
    """The date of a document signed on the day its sentence opens with (`_SIGNED_ON_DAY`), when the
    reference writes no full date of its own."""
    line = text.rfind("\n", 0, start) + 1
    signed = _SIGNED_ON_DAY.search(text, max(line, start - 220), start)
    if signed is None:
        return ref
    date = _date(text, signed.start("day"), signed.end("date"), doc_date)
    return replace(ref, date=date) if date is not None and "-" in date else ref


def _first_province(text: str, date: str | None) -> str | None:
    """The first province named after its level word in the text, as it was called on `date`."""
    from chidao.gazetteer.admin_units import lookup_province, province_name_at

    for m in _PROVINCE_NAMED.finditer(text):
        words = m.group("name").split()
        for size in range(len(words), 0, -1):
            unit = lookup_province(" ".join(words[:size]))
            if unit is not None:
                return province_name_at(unit, date)
    return None


# a programme cited by its title and the abbreviation it goes by, with no stage: "Chương trình Mỗi xã một sản
# phẩm (OCOP)" (a title in lower-case words with its stage is read by `_titled`)
_ABBREVIATED_PROGRAMME = regex.compile(
    r"Chương[ ]+trình[ ]+(?P<title>\p{L}+(?:,?[ ]+\p{Ll}+){1,11})[ ]*\((?P<abbr>\p{Lu}{2,8})\)", regex.V1)


def _with_abbreviation(text: str, pos: int, skip: SpanIndex) -> LegalRef | None:
    """A programme by its title with its abbreviation in brackets right after (`_ABBREVIATED_PROGRAMME`)."""
    m = _ABBREVIATED_PROGRAMME.match(text, pos)
    if m is None or skip.overlaps(m.start(), m.end()):
        return None
    return LegalRef("programme", None, None, _SPACE.sub(" ", m.group()), None, None, m.group(), m.span())


def extract_legal_refs(document: Document, context: Context) -> list[LegalRef]:
    """Every cited document, one item per citation, in text order."""
    text = document.text
    skip = SpanIndex((b.start, b.end) for b in context.blocks if b.kind in ("furniture", "dateline"))
    refs: list[LegalRef] = []
    done = 0
    for pos in _candidates(text):
        if pos < done:
            continue
        m = _pattern().match(text, pos)
        if m is None or skip.overlaps(m.start(), m.end()):
            ref = _with_abbreviation(text, pos, skip)
            if ref is not None:
                refs.append(ref)
                done = ref.span[1]
            continue
        ref = _reference(m, text, document.date) or _with_abbreviation(text, pos, skip)
        if ref is not None and ref.number is not None and _EXPLICIT_ISSUER.search(ref.text) is None:
            body = _issuing_body(text, m.start())
            if body is not None:
                ref = replace(ref, issuer=body)
        if ref is not None and ref.issuer == "Ủy ban nhân dân" and (ref.date is None or "-" not in ref.date):
            ref = _signed_by_chair(ref, text, m.start(), document.date)
        if ref is not None and ref.issuer == "Ủy ban nhân dân":
            ref = _chair_of_named_province(ref, text, m.start())
        if ref is not None and ref.issuer == "Ủy ban nhân dân":
            ref = _bare_committee_subject(ref, text, m.start())
        if ref is not None and ref.number is not None:
            ref = _in_working_group_name(ref, text, m.start())
        if ref is not None and (ref.date is None or "-" not in ref.date):
            ref = _signed_on_day(ref, text, m.start(), document.date)
        if ref is not None:
            refs.append(ref)
            done = max(m.end(), ref.span[1])
    return _fill_from_fuller_citations(refs)
