"""Directives: one per sentence of a report that asks something of someone.

Needs the report's references to people (`chidao.extract.mentions`: speakers are
full names, also behind "Bộ trưởng", "Ông", "đồng chí Thứ trưởng") and
`.localities` / `.organizations` (to recognise an addressee). Reads body blocks only; photo
captions neither give directives nor interrupt a speech.

A sentence is a directive when
- a verb of saying from `speech_verbs.tsv` follows its speaker ("Bộ trưởng Tô Lâm đề
  nghị, Hải Phòng tiếp tục ..."): `ask` verbs always, `weak` verbs ("nhấn mạnh", "cho
  rằng", "đánh giá") only when what follows is prescriptive ("cần", "phải", "mục tiêu");
- or it continues the same speech in a later sentence or paragraph without a verb of
  saying and reads as an order ("Tiếp tục đẩy mạnh ...", "... phải ...", "... cần ..."):
  the speaker carries over, `verb` is null; "tôi yêu cầu" inside a quote and "do đó
  yêu cầu, ..." keep the speaker of the speech with their verb;
- or both sides agree ("Hai bên nhất trí ...", "Hội nghị thống nhất ..."): `speaker`
  is null, `verb` is "nhất trí" / "thống nhất" as written.
A paragraph of reporting ("Tại buổi làm việc, các đại biểu đã ...") ends the speech.
A report that is not about security and order (`relevance.security_report`) has none.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from chidao.extract.context import Context, lower_text
from chidao.extract.mentions import Reference, references, references_between
from chidao.extract.metrics import (
    BODY_START,
    Passage,
    body_starts,
    find_topics,
    looks_like_body,
    passages,
    trie_pattern,
)
from chidao.extract.relevance import security_report
from chidao.extract.spans import SpanIndex
from chidao.gazetteer.loader import load_table
from chidao.model import Directive, Document
from chidao.text.sentences import opens_list_item


@cache
def _verbs() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """Alternation over speech-verb phrasings, and phrasing -> (key, strength)."""
    owner: dict[str, tuple[str, str]] = {}
    for row in load_table("speech_verbs.tsv"):
        for form in row["phrasings"].split("|"):
            if form.strip():
                owner[form.strip().lower()] = (row["key"], row["strength"])
    # matched on lower-cased text with stdlib re: much faster than IGNORECASE
    return re.compile(rf"(?<!\w)(?:{trie_pattern(owner)})(?!\w)"), owner


# a noun use ("lãnh đạo, chỉ đạo", "ý kiến chỉ đạo", "Đây là yêu cầu", "chỉ đạo của") is no verb of saying
# ("sự lãnh đạo thống nhất" is a noun; "các đồng chí lãnh đạo thống nhất …" are people agreeing)
_NOUN_BEFORE = regex.compile(
    r"(?<!\w)(?:(?<!đồng chí )lãnh đạo,?|ý kiến|sự|đáp ứng|chỉ tiêu|mục tiêu|[Pp]hát biểu|[Pp]hát biểu,"
    # the speech's kind or what is learnt: "Phát biểu chỉ đạo đại hội, X đánh giá cao …", "rút kinh nghiệm chỉ
    # đạo đại hội các chi bộ"
    r"|kinh nghiệm"
    r"|theo|được|là|trong|[Bb]an"
    r"|Căn cứ|căn cứ|các|những|nhiệm vụ|tiếp thu|cùng|thường xuyên|trực tiếp|thực hiện"
    # a file or list of proposals: "lập 87 hồ sơ đề nghị đặc xá", "danh sách đề nghị khen thưởng"
    r"|hồ sơ|danh sách|tờ trình"
    # a requirement met or listed with other nouns: "đạt mục đích, yêu cầu", "đạt yêu cầu", "nội dung, yêu
    # cầu"
    r"|đạt|mục đích,?|mục tiêu,|nội dung,"
    # what a rule or a document still demands: "sửa đổi các quy định còn yêu cầu xuất trình sổ hộ khẩu" (not
    # "đã có văn bản chỉ đạo …", a directive in writing)
    r"|(?:văn bản|quy định|thủ tục|giấy tờ) (?:còn|vẫn)) $", regex.V1)
_NOUN_AFTER = regex.compile(
    r" (?:của|tại|về|đối với|hội nghị|Hội nghị|buổi|cuộc|kết luận|cao|lại|chung|ra|trong công tác)\b",
    regex.V1)


@lru_cache(maxsize=4)
def _verbs_in(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """Verbs of saying in the whole text as (start, end, form, strength), noun uses left out."""
    pattern, owner = _verbs()
    low = lower_text(text)
    out = []
    for m in _anchored_matches(pattern, low if len(low) == len(text) else text, owner):
        # the noun-use pattern ends with a space: search only where one precedes the verb
        noun_before = m.start() > 0 and text[m.start() - 1] == " " and _NOUN_BEFORE.search(
            text, max(0, m.start() - 16), m.start()) is not None
        if noun_before or _NOUN_AFTER.match(text, m.end()):
            continue
        if m.group() == "giao" and (_NOT_GIAO.match(text, m.end())
                                    or text.endswith(("bàn ", "nút ", "ngã "), 0, m.start())):
            # ("bàn giao" hands over; "nút giao Thùy Vân", "ngã giao" name a road junction)
            continue
        if m.group() == "mong" and (_NOT_MONG.match(text, m.end())
                                    or text.endswith(("trông ", "niềm ", "ước "), 0, m.start())):
            # "mong manh", "mong đợi", "trông mong" are no request; "mong được …", "mong cho …" the
            # speaker's own wish ("mong" asks only of someone: "mong người dân tích cực tố giác tội phạm")
            continue
        if m.group() in _PROCEDURAL_NOUNS and _PROCEDURAL_AFTER.match(text, m.end()):
            continue  # "tin báo, tố giác tội phạm và kiến nghị khởi tố": the name of a kind of file
        if m.group() in _PROCEDURAL_NOUNS and _COUNT_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue
        if m.group() in _PROPOSALS and _TASK_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "Bộ Tài chính nghiên cứu, đề xuất cơ chế …": a task the body is given, not its saying
        if m.group() == "đề nghị" and PENALTIES_COUNTED.match(text, m.end()):
            continue  # "đã lập biên bản, đề nghị xử phạt 11 trường hợp": penalties counted, a result
        # "146 kiến nghị yêu cầu khắc phục vi phạm": the counted documents' content, no request either
        before = _COUNTED_PROPOSAL.search(text, max(0, m.start() - 12), m.start())
        if before and _COUNT_BEFORE.search(text, max(0, before.start() - 24), before.start()):
            continue
        # capitalized inside a sentence, it names a document or a body: "quán triệt Chỉ thị 01/CT-TTg"
        if text[m.start()].isupper() and m.start() > 0 and _MID_SENTENCE.search(text, max(0, m.start() - 3),
                                                                               m.start()):
            continue
        # a capitalized form followed by another verb of saying names the document that says it: "Chỉ thị nêu
        # rõ, …", "Kết luận yêu cầu …"
        if text[m.start()].isupper() and pattern.match(low, m.end() + 1) and text[m.end():m.end() + 1] == " ":
            continue
        key, strength = owner[m.group()]
        out.append((m.start(), m.end(), key if strength == "joint" else text[m.start():m.end()], strength))
    # consent that another acts asks it to ("Thủ tướng đồng ý để Bộ Tài chính bố trí …"); the verb reads on
    # through "để", where its addressee starts ("đồng ý bổ sung 2 tỷ đồng" is the speaker's own approval)
    consents = [(m.start(), m.end(), "đồng ý", "ask") for m in _CONSENT.finditer(text)]
    return tuple(sorted(out + consents)) if consents else tuple(out)


_PROPOSALS = frozenset({"đề xuất", "kiến nghị"})
_TASK_BEFORE = regex.compile(r"(?<!\w)(?:nghiên cứu|rà soát|tổng hợp|tham mưu)(?:,| và) $", regex.V1)
_CONSENT = regex.compile(r"(?<!\w)đồng ý\s+để(?=\s)", regex.V1)
# an agreement to give, said by a named official: "Phó Chủ tịch UBND tỉnh X thống nhất bố trí 6 tỷ đồng …"
# (or to a course that gives: "… thống nhất chủ trương giao UBND huyện bố trí …")
_AGREES_TO_GIVE = regex.compile(
    r"\s+(?:chủ trương\s+)?(?:bố trí|dành|trích|cấp|hỗ trợ|giao|đầu tư|bổ sung|phân bổ|chi)\b", regex.V1)


def _anchored_matches(pattern: re.Pattern[str], text: str, forms: dict[str, object]) -> list[re.Match[str]]:
    """The matches `pattern.finditer(text)` gives, for a pattern whose every match is one of
    `forms`: tried only where a form occurs (string search), which is twice as fast."""
    candidates: list[int] = []
    for form in forms:
        at = text.find(form)
        while at >= 0:
            candidates.append(at)
            at = text.find(form, at + 1)
    candidates.sort()
    out: list[re.Match[str]] = []
    position = 0
    for at in candidates:
        if at < position:
            continue
        m = pattern.match(text, at)
        if m is not None:
            out.append(m)
            position = m.end()
    return out


# what may stand between a speaker and the verb: positions, "cũng", "đã", "khi nói về ..."
_GAP_BLOCK = regex.compile(
    r"[;:.“”\"]|\b(?:làm Trưởng đoàn|làm việc|đến thăm|chủ trì|dự lễ|cảm ơn|trao tặng|tặng|ghi nhận|"
    r"biểu dương|cho biết|thông báo|báo cáo|tiếp thu)\b", regex.V1)
_ADVERBS = regex.compile(r"\s*(?:(?:cũng|đã|còn|tiếp tục|đặc biệt|một lần nữa)\s+)*", regex.V1)
# ("không phải là …" denies, it asks nothing: "… không phải là việc riêng của ngành Công an")
_PRESCRIPTIVE = regex.compile(
    r"\b(?:cần|(?<!không )phải|mục tiêu|hãy|tiếp tục(?!\s+(?:là|được)\b)|chú trọng|chú ý|phấn đấu|"
    r"[Pp]hấn đấu|"
    # (a requirement as a noun asks nothing: "… có yêu cầu rất cao", "đáp ứng yêu cầu", "theo yêu cầu")
    r"không để|không được|tuyệt đối|quyết tâm|(?<!(?:không|các|những|mọi|có|ứng|theo) )yêu cầu"
    r"|(?<!(?:không|các|những) )đề nghị"
    # opening a quotation: "“Phải xử lý nghiêm …”", "“Không được để xảy ra …”" (not "Cần Thơ")
    r"|Phải|Không để|Không được|Tuyệt đối|Hãy|Cần(?!\s+Thơ)"
    # a rule stated as one: "“Không có vùng cấm, không có ngoại lệ …”, X nhấn mạnh"
    r"|Không có (?:vùng cấm|ngoại lệ)"
    # a rule with its sanction: "“Cơ sở nào không … thì không cho hoạt động / thì đình chỉ”, X nói"
    r"|thì\s+(?:không cho|không được|phải|buộc|đình chỉ|tạm đình chỉ|kiên quyết))\b", regex.V1)
_MODAL = regex.compile(r"\b(?:cần phải|cần|phải)\b", regex.V1)
# in a speech: "Lực lượng công an tỉnh tiếp tục phát huy …" asks as "cần" does ("tiếp tục là …" describes)
# (and the formulas of a document's orders: "X chủ trì, phối hợp với Y …", "chịu trách nhiệm trước …")
_GOES_ON = regex.compile(r"\b(?:cần phải|cần|phải|phấn đấu|tiếp tục(?!\s+(?:là|được|có|nằm|đứng)\b)"
                         r"|chủ trì,\s*phối hợp|chịu trách nhiệm trước)\b", regex.V1)
@cache
def _order_verbs() -> tuple[str, ...]:
    """Verbs that open an order without a verb of saying (order_verbs.tsv), longest first."""
    forms = (f for row in load_table("order_verbs.tsv") for f in row["phrasings"].split("|") if f.strip())
    return tuple(sorted({f.strip() for f in forms}, key=len, reverse=True))


# what happened on the occasion of the event, told after the speeches: gifts, pledges, awards ("Dịp này, …",
# "Nhân dịp này, …", "Cũng tại buổi lễ, …"); with a verb of saying ("Dịp này, Bộ trưởng đề nghị …") it is read
# as any other sentence
_OCCASION = regex.compile(
    r"[\"“]?(?:Nhân dịp này|Dịp này|Cũng tại (?:buổi|hội nghị|lễ)[^,.;]{0,30}),\s", regex.V1)
_TASK_OPENER = regex.compile(
    r"[\"“]?(?:(?:(?P<then>Theo đó)|Thời gian tới|Trong thời gian tới|Thời gian tới đây|Năm tới"
    r"|Trong năm tới),\s*|(?:Mục tiêu|Nhiệm vụ|Phương hướng)(?:\s+(?:trọng tâm|chủ yếu))?"
    # "Mục tiêu năm học 2024 - 2025 là …" (a plan's own goal, "Mục tiêu của đợt cao điểm là …", describes it)
    r"(?:\s+(?:trong\s+)?(?:thời gian tới|năm tới|năm \d{4}|năm học \d{4}\s*[-–]\s*\d{4}))?\s+là\s+)",
    regex.V1)
# (and the ordinals of a list of tasks: "Thứ hai, chủ động nắm chắc tình hình …", "Ba là, …")
_ORDINALS = r"(?:Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy) là)"
_CONNECTIVES = r"(?:Đồng thời|Bên cạnh đó|Ngoài ra|Cùng với đó|Mặt khác|Đặc biệt|" + _ORDINALS + ")"


@cache
def _imperative_start() -> regex.Pattern[str]:
    """"Tiếp tục …", "Đồng thời quyết liệt hơn nữa …", "Đặc biệt, chú trọng …": an order without a
    verb of saying (the verb's case is free after a connective)."""
    lower = "|".join(_order_verbs())
    upper = "|".join(v[0].upper() + v[1:] for v in _order_verbs())
    return regex.compile(rf"[\"“]?(?:{_CONNECTIVES},?\s+(?:{lower})|(?:{upper}))\b", regex.V1)


# a time frame that opens a task: "Trong đợt cao điểm, ", "Năm 2025, ", "Từ nay đến cuối năm, "
_FRAME = regex.compile(
    r"[\"“]?(?:Trong|Từ nay|Đến|Năm|Dịp|Trước|Ngay)\b[^,.;:!?]{0,50},\s*", regex.V1)
_ORDINAL = regex.compile(r"[\"“]?" + _ORDINALS + ",", regex.V1)
_FORWARD = regex.compile(r"\b(?:sẽ|cần|phải|tiếp tục(?!\s+(?:là|được)\b)|có kế hoạch|hãy|không để|bảo đảm)\b",
                         regex.V1)
# a task given a deadline: "…, hoàn thành trước ngày 30-11-2025", "… trong tháng 11/2025"
_DUE = regex.compile(r"\b(?:hoàn thành\s+)?(?:trước|trong)\s+(?:ngày\s+\d{1,2}\s*[/\-.]\s*\d{1,2}"
                     r"|tháng\s+\d{1,2}\s*/\s*\d{4}|quý\s+[IV1-4]+\s*/\s*\d{4})", regex.V1)
_NARRATIVE = regex.compile(
    r"\bđã\b|\bđạt được\b|\bcho biết\b|\bbáo cáo\b|\b(?:tháng|năm|thời gian|tuần) qua\b", regex.V1)
_CONNECTIVE_ONLY = regex.compile(
    r"[\s\"“]*(?:(?:do đó|vì vậy|vì thế|đồng thời|cũng|và|Do đó|Vì vậy|Đồng thời),?\s*)*", regex.V1)
# who agrees: both sides, a counted or plural group ("Ba tỉnh", "các đồng chí lãnh đạo"), a body ("Ban
# Chỉ đạo", any board: "Ban An toàn giao thông tỉnh"; "UBND tỉnh", "Thường trực Tỉnh ủy"), or two named
# together; "cũng" or "đã" may stand before the verb ("UBND tỉnh cũng thống nhất bố trí …"), "đã" after a
# body only ("UBND phường đã thống nhất hỗ trợ …"; "Hai đơn vị đã thống nhất phối hợp trong nhiều năm qua"
# describes)
_JOINT_SUBJECT = regex.compile(
    r"(?:^|,\s*|\s(?:cho biết|thông báo)\s+)(?P<subj>(?:[Hh]ai bên|[Cc]ác bên|Hội nghị"
    r"|(?:[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|\d{1,2}) (?:lực lượng|đơn vị|ngành|cơ quan|địa phương|tỉnh|nước)"
    r"|[Cc]ác (?:đơn vị|tỉnh|địa phương|lực lượng|cơ quan|ngành)"
    r"|[Cc]ác đồng chí(?: lãnh đạo)?|[Ll]ãnh đạo (?:hai|ba|các) [^,]{2,40}?"
    r"|(?P<body>(?:Ban \p{Lu}\p{Ll}*|BCĐ|Thường trực|UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân|Tỉnh ủy"
    r"|Thành ủy|Huyện ủy|Đảng ủy|[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Xx]ã|[Pp]hường)(?: [^,]{0,50}?)??)"
    r"|[^,]{3,140}? và [^,]{3,140}?))(?P<adv>\s+(?:cũng|đã|cũng đã|đều))?\s+$", regex.V1)
# an agreement told by a person ("X cho biết tỉnh đã thống nhất giao 5.000 m2 đất …", "X thông báo Thường
# trực Huyện ủy thống nhất giao UBND huyện hỗ trợ …") is the body's; one that goes on to ask a body ("… cho
# biết UBND tỉnh thống nhất bố trí …, giao Sở Y …") is the person's
_TOLD = regex.compile(r"\s(?:cho biết|thông báo)\s", regex.V1)
_JOINT_NOT_SUBJECT = regex.compile(r"\b(?:đã|đang|sẽ|phối hợp|thường xuyên|cần|phải|tiếp tục)\b", regex.V1)
# a body's agreement inside a frame: after "Theo đó,", "Theo <person or document>," or "<person> cho biết,"
# ("Theo đó, Công an các tỉnh trong Cụm thống nhất phấn đấu …", "Theo Bộ trưởng, hội nghị đã thống nhất dành
# …", "Thủ tướng cho biết, Chính phủ đã thống nhất bố trí …"), a year between frame and body
_AGREEMENT_FRAME = regex.compile(
    r"[\s\"“]*(?:Theo\s[^,;:.]{2,80}?|[^,;:.]{2,160}?\s(?:cho biết|thông báo|khẳng định|thông tin))\s*,\s*"
    r"(?:(?:trong\s+)?năm\s+\d{4},?\s+)?"
    r"(?P<subj>[^,;:.]{2,80}?)(?:\s+(?:cũng|đã|đều))*\s+$", regex.V1)
_MEETING = regex.compile(r"(?:[Hh]ội nghị|[Đđ]ại hội)\b", regex.V1)
# what an agreement is about, not what is agreed to: "nhất trí với báo cáo", "thống nhất cao"
_AGREES_WITH = regex.compile(r"\s+(?:với|cao|về)\b", regex.V1)
# a verb of asking that asks nothing: denied, suffered, a fraudster's, or attendance
_NOT_ASKING = regex.compile(
    r"(?:\b(?:không|chưa|chẳng)\s+(?:bao giờ\s+|hề\s+)?|\bbị\s+[^,.;:]{0,40}?\s"
    r"|\b(?:gọi điện|nhắn tin|giả danh|giả mạo)\b[^,.;:]{0,40}?\s|\b[Dd]ự\s+và\s+)$", regex.V1)
# what a question asks for: "có kiến nghị gì", "đề xuất, kiến nghị những gì", "đề nghị nào"
_ASKS_WHAT = regex.compile(r"[^.?!;:]{0,30}?\s(?:gì|nào)\b", regex.V1)
# a sentence that tells what offenders do ("Giả danh cán bộ Công an gọi điện …, yêu cầu chuyển tiền", a
# list item of a warning's methods; "Các đối tượng nhắn tin …, đề nghị …"): their demands ask nothing
_OFFENDERS_ACT = regex.compile(
    # (told after the source of the warning: "Theo Phòng An ninh mạng …, các đối tượng gửi đường link lạ, yêu
    # cầu nạn nhân …")
    # (or after a clause of time or condition that opens the sentence: "Khi nạn nhân đồng ý, các đối tượng
    # yêu cầu nạn nhân chuyển tiền …", "Sau đó, kẻ gian đề nghị …", "Nếu …, đối tượng hướng dẫn …")
    r"[\s\"“+\-–•]*(?:(?:Theo|[Kk]hi|[Ss]au khi|[Ss]au đó|[Kk]hi đó|[Ll]úc (?:này|đó|ấy)|[Tt]iếp (?:đó|theo)"
    r"|[Bb]an đầu|[Nn]ếu|[Đđ]ể)\b[^;:.]{0,160}?,\s*)?"
    r"(?:[Gg]iả danh|[Gg]iả mạo|[Mm]ạo danh|[Gg]ọi điện|[Nn]hắn tin|[Gg]ửi (?:đường )?link"
    r"|[Gg]ửi tin nhắn|(?:[Cc]ác |[Nn]hiều |[Nn]hững |[Nn]hóm |[Bb]ọn )?đối tượng|[Đđ]ối tượng"
    r"|[Kk]ẻ (?:gian|xấu|lừa đảo))\b[^;:.]*$",
    regex.V1)
# a warning's account of an impostor's demand: the clause before the verb names one who poses as someone
# ("… đối tượng giả danh cán bộ công an gọi điện, yêu cầu người dân …", "… cuộc gọi của người xưng là
# công an phường, đề nghị cập nhật …"); a clause of condition is the police's advice ("Khi có người giả
# danh công an gọi điện, đề nghị người dân báo ngay …")
_IMPOSTOR_CLAUSE = regex.compile(
    r"(?:\G\s*|[,;:(]\s*)(?P<clause>[^,;:.(]*?(?<!\w)(?:đối tượng|người|kẻ\s+(?:gian|xấu|lừa đảo))"
    r"(?:\s+(?:lạ|nào đó|này))?\s+(?:giả danh|giả mạo|mạo danh|tự xưng(?:\s+là)?|xưng là)\s[^,;:.(]*?)"
    r"(?:\)[^,;:.]*)?,\s*$", regex.V1)
_CONDITION = regex.compile(r"\s*(?:[Kk]hi|[Nn]ếu|[Tt]rường hợp|[Tt]rong trường hợp|[Hh]ễ)\b", regex.V1)


def _impostor_demands(text: str, start: int, verb_start: int) -> bool:
    """Whether the verb is a demand of an impostor a warning tells of (`_IMPOSTOR_CLAUSE`)."""
    m = _IMPOSTOR_CLAUSE.search(text, start, verb_start)
    if m is None:
        return False
    opening = text[start:m.start("clause")]
    return not _CONDITION.match(text, m.start("clause")) and not _CONDITION.match(opening)


# "tôi" as the subject of the verb after it: "tôi đề nghị", "Tôi cũng yêu cầu", "Tôi xin đề nghị"
# a unit named by its bare kind as a subject, after its head was named with his title in the paragraph:
# "Thiếu tá X, Đồn trưởng Đồn Biên phòng Y cho biết: … Đồn đề nghị UBND huyện …" (the post's request, told
# by its head: his, as probes 055, 525)
_OWN_UNIT_SUBJECT = regex.compile(r"[\s\"“]*(?P<unit>Đồn|Trạm|Đội|Trại)(?:\s+(?:cũng|đã|sẽ|tiếp tục))*\s+$",
                                  regex.V1)


def _unit_head(text: str, start: int, verb_start: int, floor: int,
               refs: tuple[Reference, ...]) -> str | None:
    """The person named right before the title "Đồn trưởng" / "Trưởng đồn" (of the bare unit kind the
    sentence's subject is) earlier in its paragraph, or None."""
    own = _OWN_UNIT_SUBJECT.fullmatch(text, start, verb_start)
    if own is None:
        return None
    unit = own.group("unit")
    titles = list(regex.finditer(rf"(?<!\w)(?:{unit}\s+trưởng|Trưởng\s+{unit.lower()})(?!\w)",
                                 text, pos=floor, endpos=start))
    if not titles:
        return None
    title = titles[-1]
    before = [r for r in references_between(refs, floor, title.start())
              if regex.fullmatch(r"\s*,\s*", text[r.end:title.start()])]
    return before[-1].name if before else None


_ME = regex.compile(r"\b[Tt]ôi(?:\s+(?:cũng|còn|xin|đã|sẽ|tiếp tục|một lần nữa))*\s+$", regex.V1)
# "chúng tôi": the speaker's body sets its own goals ("Chúng tôi đặt mục tiêu …"), no request of his
_WE = regex.compile(r"\b[Cc]húng\s+tôi\b[^,;:.]*$", regex.V1)
# "chúng tôi" right before a verb that asks others: "Chúng tôi cũng mong người dân …", "Chúng tôi đề nghị …"
_WE_ASK = regex.compile(r"\b[Cc]húng\s+tôi(?:\s+(?:cũng|còn|xin|rất|luôn|một lần nữa|tha thiết))*\s+$",
                        regex.V1)
_ASKS_OTHERS = frozenset({"yêu cầu", "đề nghị", "mong", "mong muốn", "kiến nghị", "lưu ý", "nhắc nhở"})
# a body's own pledges listed after "sẽ:" ("Về phía Hải quan, trong năm tới đơn vị sẽ:")
_PLEDGE_LIST = regex.compile(r"\ssẽ\s*:$", regex.V1)
# a sentence whose subject pledges ("Thượng tá X cam kết …", "Giám đốc Công an tỉnh hứa sẽ …"): no order
# (a place or time may open it: "Tại buổi kiểm tra, Công ty X cam kết đầu tư …")
# (or accepts and pledges, or approves what was asked: "Đại tá X, Phó Giám đốc, tiếp thu kết luận, cam kết …",
# "đồng chí Giám đốc đồng ý điều động bổ sung 15 cán bộ …": the amounts are commitments, nothing is asked)
_SUBJECT_PLEDGES = regex.compile(
    r"(?:[\"“]?(?:Về|Đối với|Tại|Trong|Sau)\s[^;:.]{2,80}?,\s*)?[^,;:.]{0,80}?(?<!\ský)\s"
    r"(?:cam kết|hứa|xin hứa|đồng ý|chấp thuận)\b", regex.V1)
# a document told as the subject of its demand: "Chỉ thị của Thủ tướng yêu cầu …", "Công điện số 12 chỉ đạo …"
_DOCUMENT_ASKS = regex.compile(
    r"[\"“]?(?:Chỉ thị|Công điện|Nghị quyết|Kế hoạch|Quyết định|Thông báo kết luận)"
    r"(?:\s+[^\s,;:.]+(?:\.\d+)?){0,10}?\s+(?P<verb>yêu cầu|chỉ đạo|giao)\b", regex.V1)
# who tells of it: "Quán triệt tại hội nghị, Thượng tá X, Trưởng phòng … cho biết, "
_TELLS_OF = regex.compile(r"[^.;:\"“]{0,200}?\s(?:cho biết|nêu rõ|thông tin|quán triệt)\s*[,:]\s*", regex.V1)
# the colon or comma before what is said
_SAID_OPEN = regex.compile(r"\s*[:,]?\s*", regex.V1)
# a pledge in the future, whatever it goes on to name: "Nhận nhiệm vụ mới, Đại tá X hứa sẽ cùng tập thể …
# tiếp tục giữ vững …, phấn đấu …"
_WILL_PLEDGE = regex.compile(r"[\"“]?(?:[^,;:.]{2,60},\s*)?[^,;:.]{0,80}?\s(?:cam kết|hứa|xin hứa)\s+sẽ\b",
                             regex.V1)
_ACCEPTS = regex.compile(r"[^;:.]{0,160}?\stiếp thu\s[^;:.]{0,80}?,\s*(?:cam kết|hứa)\b", regex.V1)

# the addressee ends where its verb phrase begins
_ADDRESSEE_CUT = regex.compile(
    r"\s(?:cần|phải|tiếp tục|tập trung|chủ động|thực hiện|triển khai|bám sát|quan tâm|theo dõi|tăng cường|"
    r"đẩy mạnh|đẩy nhanh|nâng cao|chú trọng|chú ý|làm tốt|khắc phục|xây dựng|giữ vững|giữ|nắm chắc|phối hợp|"
    r"tham mưu|"
    r"quyết liệt|kiên quyết|chịu trách nhiệm|khẩn trương|nhanh chóng|ngay|sớm|rà soát|đánh giá|"
    r"có trách nhiệm|lãnh đạo|chỉ đạo|"
    r"hoàn thành|yêu cầu|đề nghị|đề xuất|kiến nghị|mở|bám|đưa|gắn|(?<!được\s)phân công|sử dụng(?! công nghệ)|"
    r"(?<!(?:Cảnh sát|[Cc]ơ quan|[Bb]an|[Đđ]ơn vị|[Cc]ông tác)\s)quản lý|"
    r"bảo đảm|đảm bảo|nghiên cứu|thống nhất|quán triệt|chăm lo|giải quyết|ngăn chặn|đấu tranh|"
    r"(?<!tuần tra\s)kiểm soát|"  # (not the team's name: "các tổ tuần tra kiểm soát tập trung …")
    # a sweeping check ("UBND các quận, huyện và TP Thủ Đức tổng rà soát …"), a role raised ("cấp ủy khóa mới
    # nêu cao vai trò …")
    r"tổng(?=\s(?:rà soát|kiểm tra|kiểm soát|vệ sinh|tấn công))|nêu cao|"
    # (not the noun of "các cấp ủy, tổ chức đảng trong Đảng bộ …")
    r"tổ chức(?!\s+(?:đảng|cơ sở đảng|chính trị|đoàn thể|quần chúng|tín dụng|xã hội))|"
    # ("những ai là bị hại … liên hệ …": "là" after "ai" opens its relative clause)
    r"phát huy|cụ thể hóa|cũng|nhận thức|(?<!\bai\s)là|thảo luận|liên hệ|phát triển|duy trì|kịp thời|"
    r"thường xuyên|"
    r"đặc biệt|nhất là|tạo điều kiện|hỗ trợ|ưu tiên|quyết tâm|phấn đấu|rút kinh nghiệm|"
    r"(?<!hàng\s)không|tuyệt đối|từ chối|"
    r"mạnh dạn|củng cố|đồng loạt|hiện đại hóa|truy bắt|triệt phá|tiến hành(?! tố tụng)|kéo giảm|"
    r"tích cực|siết chặt|(?<!ngăn\s)chặn|trấn áp|truy quét|sẽ|chủ trì|xử lý|"
    r"(?<!(?:Cảnh sát|[Cc]ơ quan)\s)điều tra|"  # (not "Cơ quan điều tra và Viện kiểm sát" asked)
    r"(?<![Ủủ]y ban\s)kiểm tra|hướng dẫn|đôn đốc|"  # (not "ủy ban kiểm tra các cấp" asked)
    r"chấn chỉnh|tuyên truyền|làm rõ|xác minh|chấp hành|trao đổi|"
    r"(?<!câu\s)trả lời|giải đáp|phản hồi|"  # "yêu cầu các sở, ngành trả lời bằng văn bản …"
    r"(?<!chủ\s)đầu tư|bố trí|trang bị|bổ sung|tổng hợp|báo cáo|xác định|công khai|niêm yết|lắp đặt|"
    r"(?<!được\s)huy động|"  # "yêu cầu lực lượng Công an toàn tỉnh huy động tối đa lực lượng, …"
    r"đình chỉ|đổi mới|tiếp nhận|ban hành|thành lập|chuẩn bị|tuân thủ|xem xét|"
    r"lập(?= (?:danh sách|hồ sơ|biên bản|kế hoạch|phương án))|"  # "Công an các huyện lập danh sách …"
    # (not what a business does in its name: "các doanh nghiệp cung cấp dịch vụ viễn thông tuân thủ …")
    r"(?<!(?:doanh nghiệp|nhà mạng|công ty|đơn vị|cơ sở|tổ chức)\s)cung cấp|nhân rộng|vận động|ứng dụng|"
    r"hoàn thiện|cải cách|thu hồi|tạm dừng|dừng|cấm|ngăn ngừa|phòng ngừa|lập lại|di dời|"
    r"tặng|khen thưởng|đơn giản hóa|chia sẻ|"  # "đề nghị Bộ Công an tặng Cờ thi đua"
    # "yêu cầu đơn vị nâng tỷ lệ thu hồi …", "đề nghị các đơn vị nhận diện rõ thủ đoạn …", "các đơn vị
    # nghiệp vụ tiếp thu đầy đủ các ý kiến", "toàn lực lượng bảo vệ tuyệt đối an toàn …" (not "lực lượng bảo
    # vệ dân phố")
    r"nâng(?= (?:tỷ lệ|tỉ lệ|chất lượng|hiệu quả|mức))|nhận diện|tiếp thu|bảo vệ(?= (?:tuyệt đối|an toàn))|"
    r"có kế hoạch|trong công tác|trong việc|về việc|thời gian tới|"
    # a qualifier of how the addressee acts: "các thành viên BCĐ theo chức năng, nhiệm vụ được giao …"
    r"theo (?:chức năng|thẩm quyền|nhiệm vụ|lĩnh vực)|"
    # "các trại giam chuyển mạnh từ …", "Đảng ủy … được giao tham mưu …", "các tổ … mỗi tháng kiểm tra"
    r"chuyển mạnh|được giao|mỗi (?:ngày|đêm|tuần|tháng|quý|năm)|"
    r"cân đối|cấp(?= (?:ngay|phát|kinh phí|thêm|bổ sung|\d))|"  # "giao Sở Y tế cấp ngay 5.000 bộ kit"
    r"năm \d{4}|\d+ tháng (?:đầu|cuối) năm|"  # a time after the body: "Công an tỉnh năm 2017 tập trung"
    r"trong (?:những|thời gian|năm|các|dịp|tháng|quý|giai đoạn|đợt|\d+ (?:tháng|ngày|năm)))\b"
    r"|[;:!?“”\"]|\.(?=\s|$)",
    regex.V1)
_LEADING_ADVERBIAL = regex.compile(
    r"[\s,:\"“]*(?:(?:trong|Trong)\s+(?:thời gian tới|năm \d{4}|giai đoạn tới|năm tới"
    # "yêu cầu trong 6 tháng cuối năm, cấp ủy, ủy ban kiểm tra các cấp tiếp tục …"
    r"|(?:\d+|những) tháng (?:đầu|cuối) năm(?: \d{4})?(?=\s*,))|thời gian tới|Thời gian tới)?"
    r"[\s,\"“]*(?:(?:yêu cầu|đề nghị)[\s,]+)?",  # "đã chỉ đạo yêu cầu các Sở, ban, ngành …": one request
    regex.V1)
_MAX_ADDRESSEE = 160
# units named by what they receive, their verb right after: "các đơn vị tiếp nhận làm tốt …"
_RECEIVING = regex.compile(r"(?:đơn vị|địa phương|cơ sở)\s+tiếp nhận$", regex.V1)
_DIRECTLY = regex.compile(r"\strực tiếp$", regex.V1)
# a head of bodies asked: "Chủ tịch UBND các tỉnh trực tiếp chỉ đạo …" (the head's own action starts)
# (or a person asked by office: "giao Phó Thủ tướng X trực tiếp chỉ đạo …", "đề xuất Thủ tướng Chính phủ …")
# (or the head of a district police, a department or a camp by the body he heads: "kiến nghị Trưởng Công an
# huyện X:")
_PERSON_ASKED = (r"(?:Phó )?Thủ tướng|Bộ trưởng|Thứ trưởng|(?:Phó )?Giám đốc|Cục trưởng|Tư lệnh|Viện trưởng"
                 r"|Chánh án|(?:Phó )?Trưởng(?=\s(?:Công an|[Pp]hòng|Đồn|Trại)\s)")
_HEAD = regex.compile(rf"(?:Chủ tịch|Thủ trưởng|[Nn]gười đứng đầu|[Ll]ãnh đạo|{_PERSON_ASKED})\s", regex.V1)
# or whom a leader asks besides bodies: the people, parents, schools, owners of boats and wharves, the
# other side at talks, the two forces or ministries, a post or a team, the head of a body, a special zone
_ADDRESSEE_START = regex.compile(
    r"(?:[Tt]ừng|[Mm]ỗi|[Nn]hững|tân|[Đđ]ồng chí|[Ll]ãnh đạo|[Cc]hỉ huy|[Cc]án bộ"
    r"|(?:[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[2-5]) (?:lực lượng|Bộ|ngành|đơn vị|bên|cơ quan)"
    r"|Đồn|Tổ công tác|Đoàn|Mặt trận|Thủ trưởng|Giám thị"
    r"|Thanh tra|Chủ tịch|Chi nhánh|Chi cục|Vùng|CA(?=\s(?:tỉnh|huyện|xã|phường|thị xã|quận|thành phố|TP)\b)"
    # a commune-level unit by its level word: "đặc khu Côn Đảo phải có phương án …", "thị trấn X cần …"
    r"|[Đđ]ặc khu(?=\s\p{Lu})|[Tt]hị trấn(?=\s\p{Lu})"
    # a court or procuracy written short, a regiment, a sector, a border post or a head written in lower case
    r"|VKSND|TAND|Trung đoàn|Tiểu đoàn|[Nn]gành|đồn|thủ trưởng"
    # the Border Guard written short, a bank by its name: "BĐBP tỉnh tiếp tục …", "Ngân hàng Nhà nước chi
    # nhánh tỉnh chỉ đạo …"
    r"|BĐBP|Ngân hàng(?=\s\p{Lu})"
    # the police of a city, province, district or ward in one fused abbreviation: "yêu cầu CATP chủ trì …"
    r"|CA(?:TP|T|H|Q|X|P)"
    # citizens of a kind, named by what they are due: "đề nghị công dân thuộc diện cấp căn cước … chủ động …"
    r"|[Cc]ông dân"
    # a steering committee written short, a police force by its branch, and the owners and managers of
    # buildings: "đề nghị BCĐ huyện chỉ đạo …", "giao Cảnh sát PCCC thành phố phối hợp …", "yêu cầu chủ đầu
    # tư, ban quản trị từng tòa nhà khắc phục …"
    r"|BCĐ|Cảnh sát(?=\s(?:PCCC|phòng cháy|giao thông|cơ động|hình sự|kinh tế|môi trường|biển|\p{Lu}))"
    r"|[Cc]hủ đầu tư|[Bb]an quản (?:trị|lý)"
    rf"|{_PERSON_ASKED})"
    r"(?=[\s,]|$)", regex.V1)
# people asked as a group, not as a body: the addressee is the group's words alone, a list of them too
# ("người dân", "phụ huynh", "chủ tàu, thuyền trưởng"); what follows is what they are asked to do
_GROUP_WORD = (r"(?:[Nn]gười dân|[Nn]gười dùng(?: Internet| mạng xã hội)?"
               r"|[Nn]hân dân|[Nn]gười tiêu dùng|[Pp]hụ huynh(?: học sinh)?|[Nn]hà trường|[Nn]gư dân"
               r"|[Dd]u khách"
               # the residents of the buildings named: "khuyến cáo cư dân các chung cư lắp thêm khóa …"
               r"|[Cc]ư dân(?:\s(?:(?:tại|ở)\s)?(?:các\s)?"
               r"(?:chung cư|tòa nhà|khu (?:đô thị|dân cư|chung cư)))?"
               r"|[Cc]hủ (?:tàu|bến|phương tiện|cơ sở|hộ)|[Tt]huyền trưởng|[Pp]hía [Bb]ạn"
               r"|(?:[Cc]ác )?đối tượng (?:đang )?(?:bị )?truy nã)")
_GROUP = regex.compile(rf"{_GROUP_WORD}(?:(?:,\s*|\s+và\s+){_GROUP_WORD})*(?=[\s,;.:]|$)", regex.V1)
_ACCORDING = regex.compile(r"Theo\s+(?P<who>[^,;.]{2,140}?),", regex.V1)
# "X cho biết …, đồng thời đề nghị …": a second verb of the same subject
_COORDINATED = regex.compile(
    r"(?:[,;]?\s+(?:đồng thời|và|nhưng|song|tuy nhiên)(?:\s+(?:cũng|còn))?|;)\s*$", regex.V1)
_MID_SENTENCE = regex.compile(r"[\p{L}\d,)]\s+$")
# an agency's request to prosecute or indict, as criminal procedure names it ("tin báo, tố giác tội phạm
# và kiến nghị khởi tố", "đề nghị truy tố"): a kind of file or step reported, nothing asked of anyone
_PROCEDURAL_NOUNS = frozenset({"kiến nghị", "đề nghị"})
# (and a prison's files proposing amnesty or shorter terms: "lập hồ sơ … và đề nghị giảm thời hạn chấp
# hành án")
_PROCEDURAL_AFTER = regex.compile(
    r" (?:khởi tố|truy tố|đặc xá|giảm (?:thời hạn|án|hạn)|tha tù|miễn (?:chấp hành|giảm))\b", regex.V1)
# a count of them ("ban hành 146 kiến nghị", "tiếp thu 146/146 kiến nghị") names documents, asks nothing;
# a document's number before the verb ("Chỉ thị 01 đề nghị", "Kết luận số 12 kiến nghị") does not count, nor a
# number that ends a clause ("… thi đua năm 2020, đề nghị Bộ Công an …": the comma is no digit of it)
_COUNT_BEFORE = regex.compile(
    r"(?<!(?:[Ss]ố|[Tt]hị|[Qq]uyết|[Ll]uận|[Hh]oạch|[Bb]áo|[Vv]ăn|[Đđ]ịnh|[Tt]ư|[Áá]n|\p{Lu}\p{Ll}*)\s)(?<![\w/.,])"
    r"(?:\d[\d.,]*/)?\d(?:[\d.,]*\d)? $", regex.V1)
# a proposal to penalize counted cases ("đề nghị xử phạt vi phạm hành chính 11 trường hợp với tổng số tiền"):
# an inspection's results, not a request that a body act ("đề nghị xử phạt nghiêm các vi phạm" asks)
PENALTIES_COUNTED = regex.compile(
    r"\s+(?:xử phạt|xử lý)(?:\s+vi phạm hành chính)?\s+(?:đối với\s+)?(?:hơn\s+|gần\s+)?\d", regex.V1)
_COUNTED_PROPOSAL = regex.compile(r"(?:kiến nghị|đề nghị) $", regex.V1)
# "giao thông", "bàn giao", "giao ban": no verb of asking; nor is a counted thing handed over ("giao 2.000 m2
# đất", "giao 3 ha")
_NOT_GIAO = regex.compile(
    # (nor "giao nộp vũ khí", nor a person "được tin tưởng giao trọng trách")
    r" (?:(?:thông|ban|lưu|dịch|ước|nhận|hữu|tiếp|kết|diện|thoa|tranh|hòa|thương|liên|quyền|hàng|ca|nộp"
    r"|trọng trách)\b"
    r"|(?:thêm\s+|khoảng\s+|hơn\s+)?\d)",
    regex.V1)
# "giao" asks when it gives something to someone
_GIAO_ASKS = regex.compile(r" (?:cho|nhiệm vụ|chỉ tiêu|trách nhiệm|\p{Lu})", regex.V1)
_UNNAMED_MIN_CONTENT = 20
# the closing formula of a notice that passes it on, asking nothing of its own: "Văn phòng UBND tỉnh thông báo
# để các cơ quan, đơn vị biết, thực hiện./.", "… thông báo để các đơn vị liên quan biết, phối hợp."
_NOTICE_FORMULA = regex.compile(r"[^.;:]{2,80}?\sthông báo\s+(?:để|cho)\s[^.;:]{2,120}?\sbiết(?:,|\s*[./])",
                                regex.V1)
# a list item that opens with its verb of asking and a body after it: "Yêu cầu Công an tỉnh …", "Giao Sở …"
_ITEM_VERB = regex.compile(r"(?P<verb>Yêu cầu|Đề nghị|Kiến nghị|Giao)(?=\s+(?:các\s+|toàn\s+)?\p{Lu})",
                           regex.V1)
# verbs that ask only when a person says them ("Hội nghị sẽ quán triệt …" is the agenda)
_NAMED_ONLY = frozenset({"quán triệt", "nhắc nhở", "mong muốn", "mong", "lưu ý"})
_NOT_MONG = regex.compile(r"[ ,]+(?:manh|đợi|chờ|ước|mỏi|ngóng|được|cho|sao|sẽ|là)\b", regex.V1)
_REPORTED = regex.compile(r"\bđã\s+$", regex.V1)
# (after a colon too: "Nghị quyết đặt mục tiêu: phấn đấu …")
_OBJECT = regex.compile(r"(?:\s*:)?\s+[\p{L}\d“\"]", regex.V1)
# a second predicate of the same subject begins: ", sẽ chỉ đạo", "; đồng thời đề nghị" (not "rõ yêu cầu")
_NEW_PREDICATE = regex.compile(
    r"(?:[,;]|\bsẽ|\bđồng thời|\bvà)\s*(?:(?:sẽ|cũng|còn|tiếp tục)\s+)*$", regex.V1)
_MAX_LEAD_IN = 40
_LEAD_IN = regex.compile(r"[\s:,]*", regex.V1)
_OPENS_QUOTE = regex.compile(r"\s*[“\"]", regex.V1)
_CLOSE_QUOTE = regex.compile(r"[”\"]\s*,", regex.V1)
_TRAILING_STOPS = regex.compile(r"[\s.!?…”\"]*", regex.V1)
_CLAUSE_MARK = regex.compile(r"[;:“\"]", regex.V1)
_SUBCLAUSE = regex.compile(r",?\s+(?:vì vậy|vì thế|do đó|do vậy|nên)\s+|,\s+|\sthì\s", regex.V1)
# a stretch that says what something is ("Nghệ An là địa bàn trọng điểm …") names no body
_COPULA = regex.compile(r"\slà\s", regex.V1)
# "nhất là", "đặc biệt là" single out a part ("tuần tra trên biên giới, nhất là tại các xã …"): no copula
_TASK_COPULA = regex.compile(r"(?<!\snhất|\sđặc biệt)\slà\s", regex.V1)
_SUBJECT_ADVERB = regex.compile(r"\s+(?:cũng|càng|đều|thì)$", regex.V1)


@dataclass(slots=True)
class _Speech:
    """The speech in progress: who speaks and to whom."""

    speaker: str | None  # None: a body or an unnamed official speaks ("Hội nghị đề ra …")
    addressee: str | None
    # the order ended with a colon: the list items that follow are its tasks ("yêu cầu …:\n- …")
    listing: bool = False


@dataclass(frozen=True, slots=True)
class _Verb:
    key: str
    strength: str
    start: int
    end: int


def extract_directives(document: Document, context: Context) -> list[Directive]:
    """Directives of the document's body, in order (see the module docstring)."""
    assert context.result is not None
    text = document.text
    refs = references(context)
    bodies = body_starts(context)
    out: list[Directive] = []
    speech: _Speech | None = None
    leads = SpanIndex(event.span for event in context.result.events)
    positions = {person.name: person.positions for person in context.result.people}
    for passage in passages(context):
        if passage.caption:
            continue
        if _QUOTED_HEADING.fullmatch(text, passage.start, passage.end):
            speech = None  # '"Không để lặp lại những vụ cháy thương tâm"': a section's heading asks nothing
            continue
        speech = _read_passage(text, passage, speech, refs, bodies, leads, out, positions)
    # a report that is not about security and order (rice prices, sport) asks nothing of anyone here
    return out if out and security_report(context) else []


def _cut_fragment(text: str, start: int, end: int) -> bool:
    """Whether the sentence is a few words the copy was cut after, at the text's end with no stop ("Đồng
    thời, UBND thành phố cần", "Đồng thời quan tâm"): no task is written in it (a cut request whose task is
    written, probe 659's, is longer)."""
    if text[end:].strip() or text[start:end].rstrip()[-1:] in ".!?:;…\"”":
        return False
    return len(text[start:end].split()) <= 6


# a quoted line with no stop standing as a paragraph of its own: an intertitle quoting the speech after it
_QUOTED_HEADING = regex.compile(r"\s*[\"“][^\"“”\n.!?;:]{3,150}[”\"]\s*", regex.V1)


def _read_passage(text: str, passage: Passage, speech: _Speech | None, refs: tuple[Reference, ...],
                  bodies: frozenset[int], leads: SpanIndex, out: list[Directive],
                  positions: dict[str, tuple[str, ...]] | None = None) -> _Speech | None:
    sentences = passage.sentences
    for index, (start, end) in enumerate(sentences):
        if _cut_fragment(text, start, end):
            continue  # "Đồng thời, UBND thành phố cần" where the copy was cut: no task written, nothing asked
        if speech is not None and speech.listing:
            if opens_list_item(text, start):  # "- Công an TP chủ trì …": each item a task, subject or not
                opening = _ITEM_VERB.match(text, start, end)
                named = _addressee(text, opening.end(), end, bodies) if opening is not None else None
                if named is not None:
                    # "1. Yêu cầu Công an tỉnh …", "- Giao Sở Tài chính …", "1. Giao Công an tỉnh:": an item
                    # that opens with its own verb of asking names its own addressee after it
                    verb_key = opening.group("verb").lower()
                    out.append(_directive(text, start, end, speech.speaker, verb_key, named))
                    continue
                own = (_subject_before_modal(text, start, end, bodies)
                       or _subject_first(text, start, end, bodies))
                out.append(_directive(text, start, end, speech.speaker, None, own or speech.addressee))
                continue
            speech.listing = False
        if _NOTICE_FORMULA.match(text, start, end):
            # "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.": the notice's close
            speech = None
            continue
        found = (_speech_verb(text, start, end, refs, speech, passage.start, leads)
                 or _quoted_ahead(text, sentences, index, refs))
        if found is not None:
            verb, speaker, subject_start, source = found
            if source == "unnamed" and _REPORT_LEAD.search(text, passage.start, start):
                # "Báo cáo …, Đại tá X cho biết: Năm 2020, … đã …. Bộ CHQS tỉnh chỉ đạo tổ chức diễn tập cho 2
                # huyện …": what the report says was done, no order (probe 608)
                speech = None
                continue
            body = _body_directing(text, start, verb, bodies) \
                if source == "unnamed" and speech is not None and speech.speaker is not None else None
            if body is not None:
                # "Huyện ủy X chỉ đạo các xã …" inside a speech: a task the speaker gives that body
                out.append(_directive(text, start, end, speech.speaker, None, body))
                continue
            if verb.strength == "joint":
                joint = _joint_addressee(text, start, verb)
                # (a named official's agreement to give is his: "Phó Chủ tịch X thống nhất bố trí …")
                agreed_by = speaker if source == "named" else None
                out.append(_directive(text, start, end, agreed_by, verb.key, joint))
                # "Hai bên nhất trí …. Các cơ quan thường xuyên rà soát …": the agreement's next task
                speech = _Speech(agreed_by, joint)
                continue
            content = (verb.end, end) if not _at_sentence_end(text, verb.end, end) else (start, subject_start)
            if _quote_before(text, start, subject_start) and _OPENS_QUOTE.match(text, start, end):
                # '"Chúng ta phải …", Trung tướng X nhấn mạnh khi phát biểu tại …': the quotation is said
                content = (start, subject_start)
            if verb.end > end:  # the verb closes a later sentence of the same quotation
                content = (start, end)
            after = _addressee(text, verb.end, end, bodies) if content[0] == verb.end else None
            before_modal = _subject_before_modal(text, content[0], content[1], bodies)
            # "nhấn mạnh, TP.HCM là ...; Công an Thành phố phải ...": a weak verb's addressee is who "phải"
            addressee = (before_modal or after) if verb.strength == "weak" else (after or before_modal)
            addressee = addressee or _regarding(text, start, verb.start, bodies)
            if source == "carried":  # "tôi yêu cầu", "do đó yêu cầu": the speech goes on
                assert speech is not None
                speaker = speech.speaker
            carried = speech.addressee if speech and speech.speaker == speaker else None
            speech = _Speech(speaker, addressee or carried)
            # (a weak verb before "Một là, …" / "Thứ nhất, …" leads into the list of tasks: "Bộ trưởng nhấn
            # mạnh ba khâu đột phá của nhiệm kỳ.")
            if verb.strength == "weak" and _OWN_PLEDGE.match(text, verb.end, end) \
                    and not _MODAL.search(text, verb.end, end):
                speech = None  # "khẳng định (, tỉnh) sẽ tiếp tục …": the speaker's own side pledges, no order
                continue
            if _QUESTION_ASKED.match(text, verb.end, end) and text[start:end].rstrip(" \"”").endswith("?"):
                continue  # "Đề nghị Báo cho biết … như thế nào?": a question, answered below, no request
            if _ASKED_TO_ANSWER.match(text, verb.end, end):
                continue  # "Đại biểu đề nghị Giám đốc Công an tỉnh cho biết giải pháp …": a question put
            said = _SAID_OPEN.match(text, content[0], content[1])
            if verb.strength != "ask" and said is not None \
                    and _own_goal(text, said.end(), content[1], _Speech(speaker, None), positions or {}):
                continue  # 'Giám đốc … nói: "Năm 2011, Công an tỉnh phấn đấu …"': his body's own goal
            if (verb.strength == "ask" or _prescribes(text, content[0], content[1])
                    or _LIST_AHEAD.match(text, end)) \
                    and not _SUMMARY_ONLY.match(text, verb.end, end):
                out.append(_directive(text, start, end, speaker, verb.key.lower(), addressee))
                speech.listing = text[end - 1] == ":"
            continue
        told = _TELLS_OF.match(text, start, end)
        quoted = _DOCUMENT_ASKS.match(text, told.end(), end) if told is not None else None
        if quoted is not None:
            # "X cho biết, Chỉ thị của Thủ tướng yêu cầu "các bộ, ngành …"": the document's demand, told by an
            # officer, is its issuer's (speaker null, docs/GOLD.md rule 8)
            asked = _addressee(text, quoted.end(), end, bodies)
            out.append(_directive(text, start, end, None, quoted.group("verb").lower(), asked))
            speech = _Speech(None, asked)
            continue
        if _PLEDGE_LIST.search(text, start, end):
            speech = None  # "Về phía Hải quan, đơn vị sẽ:\n– Lắp đặt …": the items are pledges, no orders
            continue
        according = _according_to(text, start, end, refs)
        if according is not None:  # "Theo Bộ trưởng, Hải Phòng cần ...": a speech without a verb of saying
            speech = _Speech(according, None)
            if _MODAL.search(text, start, end):
                own = _subject_before_modal(text, start, end, bodies)
                speech.addressee = own
                out.append(_directive(text, start, end, according, None, own))
                # "Theo ông, năm tới X cần tập trung:\n1/ …": the items are the tasks
                speech.listing = text[end - 1] == ":"
            continue
        if _STATED.match(text, start, end):
            continue  # "Vụ việc đang được Công an quận … xác minh", "Theo Quyết định số …, X phải …"
        if _OCCASION.match(text, start, end):
            speech = None  # "Dịp này, Bộ Công an cấp thêm 60 máy …": what was given or awarded, no order
            continue
        assigned = _PASSIVE_ASSIGNS.fullmatch(text, start, end) if text[end - 1] == ":" else None
        if assigned is not None and _LIST_ITEM_AHEAD.match(text, end):
            # "Theo kế hoạch, nhiệm vụ được giao cụ thể cho từng đơn vị:\n- …": a plan's passive lead-in to
            # its tasks, said by no one; whom it names after "cho" is addressed, and the items are the tasks
            whom = assigned.group("whom")
            addressee = _addressee(text, assigned.start("whom"), end, bodies) if whom else None
            out.append(_directive(text, start, end, None, assigned.group("verb"), addressee))
            speech = _Speech(None, addressee, listing=True)
            continue
        adopted = _ADOPTS.match(text, start, end)
        if adopted is not None:
            # "Đại hội đã thông qua chỉ tiêu thi đua giai đoạn 2020 - 2025: …": the goals a body adopts
            out.append(_directive(text, start, end, None, adopted.group("verb"), None))
            speech = _Speech(None, None, listing=text[end - 1] == ":")
            continue
        if speech is not None and index > 0 and out and out[-1].span[0] >= passage.start \
                and _GOAL_OF.match(text, start, end):
            # "Mục tiêu của đợt cao điểm là …" right after the request in its paragraph: the goal the speaker
            # sets (in a paragraph of its own it describes the plan)
            out.append(_directive(text, start, end, speech.speaker, None, None))
            continue
        opener = _TASK_OPENER.match(text, start, end)
        if opener is not None and (speech is None or speech.speaker is None) \
                and _PLAN_GOAL.match(text, start, end):
            continue  # "Kế hoạch … Mục tiêu là kéo giảm …": the plan's goals (targets), said by no one

        if _own_goal(text, start, end, speech or _Speech(None, None), positions or {}):
            continue  # "Về nhiệm vụ …, Công an tỉnh phấn đấu …" by its deputy director: the body's own goal

        # "Thời gian tới, Bộ Công an sẽ tăng thêm …" pledges (a commitment); "… tiếp tục phối hợp …" asks
        # ("Mục tiêu … là kéo giảm …": the order verb after "là" in lower case)
        if opener is not None and (_forward(text, opener.end(), end) if opener.group("then")
                                   else _continues_speech(text, opener.end(), end)
                                   or _order_start(text, opener.end(), end)):
            # "Theo đó, các đơn vị … sẽ tập trung …": the tasks of what was just ordered or launched
            own = _subject_before(_FORWARD, text, opener.end(), end, bodies)
            speaker = speech.speaker if speech is not None else None
            speech = _Speech(speaker, own or (speech.addressee if speech is not None else None))
            out.append(_directive(text, start, end, speaker, None, own or speech.addressee))
            continue
        pledge = _SUBJECT_PLEDGES.match(text, start, end) or _ACCEPTS.match(text, start, end)
        if speech is not None and (pledge is not None and not _MODAL.search(text, start, end)
                                   or _WILL_PLEDGE.match(text, start, end)):
            speech = None  # "Thượng tá X cam kết Công an phường sẽ …": another's pledge, no order
            continue
        if speech is not None and speech.speaker is None \
                and _another_body_will(text, start, end, speech, bodies):
            speech = None  # "… UBND tỉnh đã thống nhất bố trí …. Công an tỉnh sẽ điều động …": a pledge
            continue
        if speech is not None and _continues_speech(text, start, end) \
                and not _CAMPAIGN.match(text, start, end):
            # "Công an thành phố tập trung …, phấn đấu …": the body it opens with is given the task
            own = _subject_before_modal(text, start, end, bodies) or _task_subject(text, start, end, bodies)
            # "Đảng ủy Công an tỉnh được giao tham mưu …": assigned, its subject the addressee
            out.append(_directive(text, start, end, speech.speaker, _assigned(text, start, end, own),
                                  own or speech.addressee))
            continue
        if speech is not None and out and (index > 0 and out[-1].span[0] >= passage.start or index == 0
                                           and out[-1].verb is None and out[-1].addressee is not None
                                           and not text[out[-1].span[1]:start].strip()):
            # right after an order of the same paragraph, "Công an các huyện rà soát lại …", "Các đồn
            # biên phòng duy trì …": a body given its own task, with no verb of saying (so is the next
            # paragraph's body after a paragraph that was a body's task: "Sở Giáo dục và Đào tạo phối hợp …")
            own = _task_subject(text, start, end, bodies)
            if own is not None:  # "Phòng Cảnh sát hình sự được giao phối hợp …": assigned, as above
                verb = _assigned(text, start, end, own)
                out.append(_directive(text, start, end, speech.speaker, verb, own))
                continue
        if index == 0:  # a paragraph that opens with reporting ends the speech
            speech = None
    return speech


# what the speaker says his own side will do: "khẳng định sẽ quyết tâm …", "khẳng định, tỉnh sẽ tiếp tục …"
_OWN_PLEDGE = regex.compile(r"\s*,?\s*(?:[^,;:.“”\"]{1,40}?\s+)?sẽ\s", regex.V1)
# a question put to whoever answers it: "Đề nghị Báo cho biết … thế nào?"; asked to answer at once, with
# or without its question mark: "Đại biểu đề nghị Giám đốc Công an tỉnh cho biết giải pháp …" (probe 032's
# deputies' questions)
_ASKED_TO_ANSWER = regex.compile(r"\s+[^,;:.?]{1,40}?\s(?:cho biết|giải trình|trả lời)\b", regex.V1)
_QUESTION_ASKED = regex.compile(r"\s+[^,;:.?]{1,40}?\s(?:cho biết|giải đáp|hướng dẫn|trả lời)\b", regex.V1)
# the first item of a list of tasks right after a sentence
_LIST_AHEAD = regex.compile(r"\s*[\"“]?(?:Một là|Thứ nhất)\s*,", regex.V1)
# a plan's goal sentence: "Mục tiêu là …", "Mục tiêu của kế hoạch là …" ("Mục tiêu trong thời gian tới là
# tiếp tục …" sets the tasks ahead)
_PLAN_GOAL = regex.compile(r"[\"“]?Mục tiêu(?:\s+(?:chung|của\s[^,.;:]{2,60}?))?\s+là\s", regex.V1)
# the goal of what was just asked, said in its paragraph: "Mục tiêu của đợt cao điểm là …"
_GOAL_OF = regex.compile(r"[\"“]?Mục tiêu (?:chung )?của\s[^,.;:]{2,80}?\s+là\s", regex.V1)
# a body assigned a task, told in the passive: "… được giao tham mưu …"
_PASSIVE_GIAO = regex.compile(r"\s*được\s+giao\s+", regex.V1)


# a report of a past year opening the paragraph: "Đại tá X cho biết: Năm 2020, …", "báo cáo, trong năm 2019,"
_REPORT_LEAD = regex.compile(r"(?:cho biết|[Bb]áo cáo)[^.;\n]{0,80}?[:,]\s*"
                             r"(?:[Nn]ăm|[Tt]rong năm|[Tt]ừ đầu năm)\s+\d{4}\s*,", regex.V1)
# a body's goal told with no verb of saying: "Về nhiệm vụ 6 tháng cuối năm, Công an tỉnh phấn đấu …", "Theo kế
# hoạch, trong năm 2021, tỉnh phấn đấu …" (up to two opening phrases, then who sets the goal)
_GOAL_OWNER = regex.compile(r"[\"“]?(?:[^,;:.!?\n]{1,60},\s*){0,2}(?P<who>[^,;:.!?\n]{2,60}?)\s+phấn đấu\b",
                            regex.V1)


# the goal is a plan's, told in a speech ("Theo kế hoạch, trong tháng hành động, tỉnh phấn đấu …"); a
# leader's "Năm 2015, tỉnh phấn đấu …" in his speech stays a goal he gives (probes 124, 160, 304, 421)
_PLAN_TOLD = regex.compile(r"[\"“]?Theo (?:kế hoạch|chương trình|phương án)\b", regex.V1)


def _own_goal(text: str, start: int, end: int, speech: _Speech,
              positions: dict[str, tuple[str, ...]]) -> bool:
    """Whether the sentence is a body's own goal, not a task the speech gives: who "phấn đấu" is not the
    speech's addressee ("đề nghị Công an huyện Bố Trạch …. Năm 2016, Công an huyện phấn đấu …" is the task
    given) and is the speaker's own body (its deputy director speaks for "Công an tỉnh", and for "Đoàn
    Thanh niên Công an tỉnh"), or nobody speaks (a plan told: "Theo kế hoạch, … tỉnh phấn đấu …"; probes
    575, 580, 119). Districts a vice-chair's speech goes on to ("Các huyện, thành phố phấn đấu …") are
    given their goal."""
    goal = _GOAL_OWNER.match(text, start, end)
    if goal is None:
        return False
    who = goal.group("who").strip()
    if who.lower().startswith(("các ", "những ")) or _MODAL.search(text, goal.start("who"), goal.end()):
        return False  # "Năm 2019, Công an tỉnh phải phấn đấu …": the order's modal
    addressee = (speech.addressee or "").lower()
    if addressee and (addressee.startswith(who.lower()) or who.lower().startswith(addressee)):
        return False
    if speech.speaker is None or _PLAN_TOLD.match(text, start, end):
        return True  # "Theo kế hoạch, … tỉnh phấn đấu …": the plan's own goal, told
    for position in positions.get(speech.speaker, ()):
        words = position.split()
        for i in range(1, len(words) - 1):
            body = " ".join(words[i:])
            if words[i][:1].isupper() and body in who:
                return True
    return False


def _assigned(text: str, start: int, end: int, own: str | None) -> str | None:
    """"giao" when the body `own` a sentence opens with is assigned its task in the passive ("Đảng ủy
    Công an tỉnh được giao tham mưu …"), else None (no verb of saying)."""
    if own is None:
        return None
    at = text.find(own, start, end)
    return "giao" if at >= 0 and _PASSIVE_GIAO.match(text, at + len(own), end) else None


# what is told, not asked: a case's progress ("Hiện vụ việc đang được Công an huyện tiếp tục điều tra"),
# and what a legal instrument requires of a body by standing rule ("Theo Quyết định số 12/QĐ-TTg, Ban Chỉ
# đạo … phải báo cáo hằng tháng")
_STATED = regex.compile(
    r"[\"“]?(?:Hiện(?: nay)?,?\s+)?"
    r"(?:[Vv]ụ việc|[Vv]ụ án|[Ss]ự việc|[Vv]ụ tai nạn|[Vv]ụ cháy|[Cc]ác đối tượng)"
    r"(?:\s+(?:trên|này|nói trên))?\s+(?:(?:đang|đã|vẫn|tiếp tục)\s+)*được\b"
    r"|[\"“]?Theo\s+(?:quy định (?:của|tại)\s+)?(?:Quyết định|Nghị định|Thông tư|Luật|Bộ luật|Nghị quyết"
    r"|Quy chế)\s+(?:số\s+)?\d[^,;:]{0,120},", regex.V1)


# what a body is given to do when a speech goes on without a verb of saying ("… rà soát lại …")
_TASK_VERB = regex.compile(
    r"(?:phối hợp|chủ động|rà soát|nghiên cứu|duy trì|tổ chức|tăng cường|đẩy mạnh|tập trung|triển khai|"
    r"thực hiện|xây dựng|kiểm tra|nắm chắc|bám sát|khẩn trương|chỉ đạo|hướng dẫn|tham mưu|quản lý|siết chặt|"
    r"kiểm soát|làm tốt|nâng cao|bảo đảm|đảm bảo|chủ trì|chịu trách nhiệm|"
    # a plan's body told to find the money: "Sở Tài chính bố trí kinh phí thực hiện kế hoạch"
    r"bố trí (?:kinh phí|nguồn|ngân sách|vốn|lực lượng)|"
    # "Hai lực lượng thường xuyên trao đổi thông tin, …"
    r"trao đổi thông tin|"
    # a body given its goal: "Tòa án nhân dân thành phố phấn đấu trong năm 2014 giải quyết …"
    r"phấn đấu|"
    r"xử lý dứt điểm|giải quyết dứt điểm)\b", regex.V1)
# a lead that only sums the speech up: "đã quán triệt nhiều nhiệm vụ trọng tâm đối với toàn lực lượng."
# (with a colon the tasks follow as a list, and it is an order)
_SUMMARY_ONLY = regex.compile(
    r"[\s,]*(?:nhiều|một số|những|các)\s+(?:nhiệm vụ|nội dung|giải pháp|vấn đề)"
    r"(?:,?\s+(?:nhiệm vụ|giải pháp|trọng tâm|trọng điểm|quan trọng|lớn|cơ bản|chủ yếu))*"
    r"(?:\s+(?:đối với|cho|với)\s[^.;:!?\n]*)?[.…]+\s*$", regex.V1)
# how often or how soon, between a body and its task ("Các cơ quan thường xuyên rà soát …")
_TASK_ADVERB = regex.compile(r"(?:thường xuyên|kịp thời|tiếp tục|khẩn trương)\s+", regex.V1)
# a body's own "chỉ đạo" inside a speech: a task the speaker gives it ("Huyện ủy X chỉ đạo các xã …")
_BODY_DIRECTS = frozenset({"chỉ đạo"})
# a host's reply to a delegation's findings, the body to remedy them: "Tiếp thu ý kiến của đoàn, Phó Chủ tịch
# UBND tỉnh cho biết, tỉnh sẽ chỉ đạo khắc phục ngay những hạn chế …" (a pledge in reply, no order)
_REPLY = regex.compile(r"\s*[\"“]?Tiếp thu\b", regex.V1)
_REMEDY = regex.compile(r"\s+(?:khắc phục|chấn chỉnh|sửa chữa)\b", regex.V1)


def _task_subject(text: str, start: int, end: int, bodies: frozenset[int]) -> str | None:
    """The body a sentence opens with when what follows it is a task verb and the sentence reports
    nothing ("Công an các huyện, thị xã rà soát lại …" -> "Công an các huyện, thị xã"), else None."""
    lead = _LEAD_IN.match(text, start, end)
    at = lead.end() if lead else start
    own = _subject_first(text, at, end, bodies)
    if own is None or _NARRATIVE.search(text, start, end) or _TASK_COPULA.search(text, start, end):
        return None
    verb_at = at + len(own)
    gap = _LEAD_IN.match(text, verb_at, end)
    at_verb = gap.end() if gap else verb_at
    passive = _PASSIVE_GIAO.match(text, at_verb, end)  # "Đảng ủy Công an tỉnh được giao tham mưu …"
    at_verb = passive.end() if passive is not None else at_verb
    adverb = _TASK_ADVERB.match(text, at_verb, end)
    return own if _TASK_VERB.match(text, at_verb, end) or (
        adverb is not None and _TASK_VERB.match(text, adverb.end(), end)) else None


def _body_directing(text: str, start: int, verb: _Verb, bodies: frozenset[int]) -> str | None:
    """The body that is the subject of "chỉ đạo" right before it in a speech's sentence, with nothing
    reported ("đã"): "Huyện ủy Tây Giang chỉ đạo …" -> "Huyện ủy Tây Giang"; else None."""
    if verb.key.lower() not in _BODY_DIRECTS:
        return None
    lead = _LEAD_IN.match(text, start, verb.start)
    at = lead.end() if lead else start
    subject = text[at:verb.start].strip(" ,")
    if not subject or len(subject) > _MAX_ADDRESSEE or not _opens_with_body(text, at, verb.start, bodies) \
            or _NARRATIVE.search(text, start, verb.start) or _REPORTED.search(text, start, verb.start):
        return None
    return subject


# bodies the gazetteer's starts miss, named in full at a task's start: "Chi cục Kiểm lâm chịu trách nhiệm …",
# "Ngân hàng Nhà nước chi nhánh tỉnh chỉ đạo …"
# (and the press a task is given to: "4. Báo Ninh Bình, Đài Phát thanh và Truyền hình tỉnh tăng cường …")
# (and a post or the forces just asked, named short: "Đồn phối hợp chặt chẽ …", "Hai lực lượng thường
# xuyên …")
_OTHER_BODY = regex.compile(
    r"(?:Chi cục|Ngân hàng Nhà nước|Báo(?=\s\p{Lu})|Đài (?:Phát thanh|Truyền hình)|Đồn"
    r"|(?:Hai|Ba|Bốn) (?:lực lượng|ngành|đơn vị|cơ quan))\s", regex.V1)


def _opens_with_body(text: str, start: int, end: int, bodies: frozenset[int]) -> bool:
    return looks_like_body(text, start, end, bodies) or _OTHER_BODY.match(text, start, end) is not None


def _subject_first(text: str, start: int, end: int, bodies: frozenset[int]) -> str | None:
    """The body an item opens with, up to its verb: "Công an TP chủ trì, phối hợp …" -> "Công an TP"."""
    if not _opens_with_body(text, start, end, bodies):
        return None
    cut = _ADDRESSEE_CUT.search(text, start, end)
    if cut is not None and cut.group() in (";", ":", ".", "!", "?") and not text[cut.end():end].strip():
        return None  # no verb cut the item: the body runs into what it is to do ("… lập lại trật tự …;")
    return text[start:cut.start()].rstrip(" ,") if cut is not None and cut.start() > start else None


def _prescribes(text: str, start: int, end: int) -> bool:
    """Whether what a weak verb introduces is an order: "cần", "phải" … or an order verb first."""
    lead = _LEAD_IN.match(text, start, end)
    return (_PRESCRIPTIVE.search(text, start, end) is not None
            or _imperative_start().match(text, lead.end() if lead else start, end) is not None)


def _forward(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] sets tasks to come (an order, "sẽ", "cần", "tiếp tục") rather than reports."""
    if _imperative_start().match(text, start, end) or _order_start(text, start, end):
        return True
    ahead = _FORWARD.search(text, start, end)
    return ahead is not None and not _NARRATIVE.search(text, start, ahead.start())


def _order_start(text: str, start: int, end: int) -> bool:
    """"Theo đó, tăng cường …": an order verb right after the opener, in lower case."""
    return any(text.startswith(v, start) and not text[start + len(v):start + len(v) + 1].isalnum()
               for v in _order_verbs())


def _directive(text: str, start: int, end: int, speaker: str | None, verb: str | None,
               addressee: str | None) -> Directive:
    return Directive(speaker=speaker, verb=verb, addressee=addressee, text=text[start:end],
                     topics=find_topics(text, start, end), span=(start, end))


# the unit of the one who speaks, as the subject of its order ("Đơn vị yêu cầu …", "Đơn vị đã yêu cầu …"),
# after he was told to speak in the paragraph ("X cho biết, …")
_OWN_UNIT = regex.compile(r"[\s\"“]*(?:Đơn vị|Đơn vị này)\s+(?:(?:đã|cũng|còn)\s+)*", regex.V1)
_TOLD_BY = regex.compile(
    r"(?:,[^.;!?\n]{0,100}?)?[\s,]*(?:cũng\s+)?(?:cho biết|thông tin|chia sẻ)(?![\p{L}])", regex.V1)


def _speech_verb(text: str, start: int, end: int, refs: tuple[Reference, ...], speech: _Speech | None,
                 floor: int | None = None,
                 leads: SpanIndex | None = None) -> tuple[_Verb, str | None, int, str] | None:
    """The sentence's verb of saying, its speaker, where the subject starts, and where the speaker
    comes from: "named" (a reference to a person), "carried" (the speech in progress: "tôi yêu
    cầu", "do đó yêu cầu") or "unnamed" (a body or an official the report does not name).

    A sentence that opens with its verb ("Đồng thời yêu cầu …") and no speech in progress is
    said by the person last named as a subject since `floor` (its paragraph's start); a sentence
    that introduces an event (`leads`: "… tổ chức Hội nghị … và đề ra phương hướng …") gives no
    directive of an unnamed speaker."""
    candidates = _verbs_in(text)
    i = bisect_left(candidates, (start,))
    unnamed: _Verb | None = None
    while i < len(candidates) and candidates[i][1] <= end:
        verb = _Verb(*candidates[i][2:], candidates[i][0], candidates[i][1])
        i += 1
        if _at_sentence_end(text, verb.end, end) and not _quote_before(text, start, verb.start):
            continue
        if _NOT_ASKING.search(text, max(start, verb.start - 60), verb.start):
            continue  # "không yêu cầu", "bị đối tượng giả danh … yêu cầu chuyển tiền", "Dự và chỉ đạo"
        if _OFFENDERS_ACT.fullmatch(text, start, verb.start) or _impostor_demands(text, start, verb.start):
            continue
        if verb.key.lower() == "đặt mục tiêu" and _CAMPAIGN_SETS.fullmatch(text, start, verb.start):
            continue  # "Chương trình đặt mục tiêu … xây dựng thêm 60 căn nhà": a programme's goal, no one's
        if _ASKS_WHAT.match(text, verb.end, end) and text[start:end].rstrip(" \"”").endswith("?"):
            continue  # "PV: Đồng chí có kiến nghị gì với …?": a question about requests, none made
        if _WILL.search(text, start, verb.start) and _SECTOR.match(text, verb.end):
            continue  # "Bộ sẽ chỉ đạo các doanh nghiệp viễn thông …": a body pledges what its sector will do
        if verb.key.lower() == "chỉ đạo" and _directs_own_units(text, start, verb):
            continue  # "Công an tỉnh sẽ chỉ đạo Công an các xã …": a body pledges what its own units will do
        if verb.strength == "joint":
            subject = _JOINT_SUBJECT.search(text[start:verb.start])
            # "đã thường xuyên phối hợp thống nhất" describes, it does not agree
            if (subject and not _JOINT_NOT_SUBJECT.search(subject.group("subj"))
                    and (subject.group("body") or "đã" not in (subject.group("adv") or ""))
                    and not (_TOLD.match(subject.group())
                             and _asks_body_later(text, candidates, i, verb.end, end))):
                return verb, None, start, "unnamed"
            if _framed_agreement(text, start, verb) is not None:
                return verb, None, start, "unnamed"
            before = references_between(refs, start, verb.start)
            if before and _adjacent(text, before[-1].end, verb.start) \
                    and _AGREES_TO_GIVE.match(text, verb.end):
                return verb, before[-1].name, before[-1].head, "named"  # a named official agrees to give
            continue
        found = _speaker_before(text, start, verb.start, refs) or _body_will_direct(text, start, verb, refs)
        if found is not None and _QUESTION.search(text, found[1], verb.start) \
                and _ANSWER.match(text, verb.end):
            continue  # "X đặt câu hỏi về … và đề nghị thành phố làm rõ …": an answer asked for in the session
        if found is not None:
            name, subject_start = found
            if verb.strength == "weak":  # "khẳng định, thời gian tới, sẽ chỉ đạo các đơn vị …"
                verb = _later_ask(text, candidates, i, verb, end, refs) or verb
            return verb, name, subject_start, "named"
        if speech is not None and (_ME.search(text, start, verb.start)
                                   or _CONNECTIVE_ONLY.fullmatch(text, start, verb.start)):
            if _lead_in_before_speaker(text, verb, end, refs):
                continue  # "Phát biểu chỉ đạo, Thứ trưởng X đề nghị …": X speaks, not the speech before
            me = _first_person(text, start, verb.start, refs, floor) if speech.speaker is None else None
            if me is not None:  # "Tôi cũng yêu cầu …" after an agreement told in the speech
                return verb, me, verb.start, "named"
            return verb, None, verb.start, "carried"
        head = _unit_head(text, start, verb.start, floor, refs)
        if head is not None:
            return verb, head, verb.start, "named"
        me = _first_person(text, start, verb.start, refs, floor) \
            if speech is None and not _WE.search(text, start, verb.start) else None
        if me is not None:  # "Đại tá X: Tôi đề nghị …" after a question that made no request
            return verb, me, verb.start, "named"
        if speech is None and verb.key.lower() in _ASKS_OTHERS and _WE_ASK.search(text, start, verb.start) \
                and _asks_someone(text, verb.end, end):
            # "Đại tá X: Chúng tôi mong người dân tích cực tố giác …": in an interview's answer, a request to
            # others made for the interviewee's body is his (its own goals, "Chúng tôi phấn đấu / đặt mục
            # tiêu …", ask no one)
            label = _answer_label(text, floor, verb.start, refs)
            if label is not None:
                return verb, label, verb.start, "named"
        label = _answer_label(text, floor, verb.start, refs) if verb.strength == "ask" else None
        if label is not None and not references_between(refs, start, verb.start) \
                and _REPORTED.search(text, max(start, verb.start - 8), verb.start) \
                and _BODY_ASKED.match(text, verb.end, end):
            # "Đại tá X: … Ban Giám đốc đã yêu cầu Công an các huyện mở đợt cao điểm …": in an interview's
            # answer, the order the interviewee's body gave is told as his
            return verb, label, start, "named"
        head = _delegation_head(text, start, verb.start, refs)
        if head is not None:  # "Trưởng đoàn đề nghị …": the person named as the delegation's head
            return verb, head, start, "named"
        if unnamed is None and _unnamed_asks(text, start, end, verb, refs):
            unnamed = verb
    if unnamed is None:
        return None
    if floor is not None and _CONNECTIVE_ONLY.fullmatch(text, start, unnamed.start):
        said = [r for r in references_between(refs, floor, start) if r.subject and r.form != "pronoun"]
        if said:  # "X đã biểu dương và đánh giá cao …. Đồng thời yêu cầu …"
            return unnamed, said[-1].name, start, "named"
    if floor is not None and _OWN_UNIT.fullmatch(text, start, unnamed.start):
        said = [r for r in references_between(refs, floor, start) if r.subject and r.form != "pronoun"]
        if said and _TOLD_BY.match(text, said[-1].end, start):
            # "Trung tá X cho biết, …. Đơn vị yêu cầu các tổ công tác …": his unit's order, told by him
            return unnamed, said[-1].name, start, "named"
    if leads is not None and leads.overlaps(start, end):
        return None
    me = _first_person(text, start, unnamed.start, refs, floor)
    if me is not None:  # "Năm 2024, tôi đề nghị …" in a speech written out in full
        return unnamed, me, start, "named"
    # "Hội nghị đề ra …", "Thủ tướng Chính phủ đã có văn bản chỉ đạo …"
    return unnamed, None, start, "unnamed"


# an interview's answer opens with its speaker's name and a colon: "- Đại tá Nguyễn Văn A: …"
_ANSWER_LABEL = regex.compile(r"[\s\-–—•]*", regex.V1)
# a person introduced as speaking: "X … dự và phát biểu chỉ đạo", "Phát biểu tại hội nghị, X …"
_SPEAKS = regex.compile(r"\b[Pp]hát biểu\b", regex.V1)
_SENTENCE_STOP = regex.compile(r"[.!?\n]", regex.V1)


# a body named right after the verb of asking: "yêu cầu Công an các huyện …", "chỉ đạo các đơn vị …"
_BODY_ASKED = regex.compile(r"\s+(?:các\s+|toàn\s+)?\p{Lu}", regex.V1)


def _asks_someone(text: str, at: int, end: int) -> bool:
    """Whether whom a verb asks follows it: people as a group ("người dân"), a body ("các cấp chính quyền",
    "Bộ Công an") or whom "_ADDRESSEE_START" knows."""
    at = _LEAD_IN.match(text, at, end).end()
    return any(p.match(text, at, end) is not None for p in (_GROUP, BODY_START, _ADDRESSEE_START)) \
        or _BODY_ASKED.match(text, at - 1, end) is not None


def _answer_label(text: str, floor: int | None, verb_start: int, refs: tuple[Reference, ...]) -> str | None:
    """The person whose name and colon open the paragraph (an interview's answer: "Đại tá X: …"), or None."""
    if floor is None:
        return None
    opening = references_between(refs, floor, verb_start)
    if opening and opening[0].form == "name" and _ANSWER_LABEL.fullmatch(text, floor, opening[0].head) \
            and text.startswith(":", opening[0].end):
        return opening[0].name
    return None


def _first_person(text: str, start: int, verb_start: int, refs: tuple[Reference, ...],
                  floor: int | None) -> str | None:
    """Who "tôi" right before a verb of asking is, outside any quotation that names its speaker: the
    person whose name and colon open the paragraph (an interview's answer), else the person last
    introduced as speaking ("X … dự và phát biểu chỉ đạo", "Phát biểu …, X …"); None when neither is."""
    if floor is None or not _ME.search(text, start, verb_start):
        return None
    opening = references_between(refs, floor, verb_start)  # (the label may open this very sentence)
    if opening and opening[0].form == "name" and _ANSWER_LABEL.fullmatch(text, floor, opening[0].head) \
            and text.startswith(":", opening[0].end):
        return opening[0].name
    before = [r for r in references_between(refs, 0, floor) if r.form == "name"]
    for ref in reversed(before):
        stop = _SENTENCE_STOP.search(text, ref.end, floor)
        sentence_end = stop.start() if stop else floor
        begun = _SENTENCE_STOP.search(text[max(0, ref.head - 120):ref.head][::-1])
        sentence_start = ref.head - begun.start() if begun else max(0, ref.head - 120)
        if _SPEAKS.search(text, sentence_start, sentence_end):
            return ref.name
    return None


# "Trưởng đoàn đề nghị …", "Trưởng đoàn cho biết, …": the delegation's head, named where it is introduced
_HEAD_OF_DELEGATION = regex.compile(
    r"[\s\"“]*(?:[^,;:.]{1,60},\s*)?Trưởng [Đđ]oàn(?:\s+(?:cũng|còn|đã))*\s*,?\s*"
    # "Trưởng đoàn cho biết, Đoàn … sẽ kiến nghị …": what the delegation he heads will ask
    r"(?:(?:cho biết|khẳng định|thông tin)\s*,?\s*[^,;:.“”\"]{2,60}?\s+sẽ\s+(?:(?:tiếp tục|cũng)\s+)?)?$",
    regex.V1)
_LEADS_DELEGATION = regex.compile(r"\b(?:làm [Tt]rưởng [Đđ]oàn|[Tt]rưởng [Đđ]oàn|dẫn đầu)\b", regex.V1)


def _delegation_head(text: str, start: int, verb_start: int, refs: tuple[Reference, ...]) -> str | None:
    """The person a sentence calls "Trưởng đoàn" as its subject: the one last named before a "làm
    Trưởng đoàn" / "dẫn đầu" of the same sentence ("Đoàn … do Thượng tướng X, Phó Chủ nhiệm Ủy ban,
    làm Trưởng đoàn …"), or with "Trưởng đoàn" in apposition to the name."""
    if not _HEAD_OF_DELEGATION.fullmatch(text, start, verb_start) \
            or references_between(refs, start, verb_start):
        return None
    for led in reversed(list(_LEADS_DELEGATION.finditer(text, 0, start))):
        named = [r for r in references_between(refs, max(0, led.start() - 200), led.start())
                 if r.form == "name" and not _SENTENCE_STOP.search(text, r.end, led.start())]
        if named:
            return named[-1].name
    return None


def _asks_body_later(text: str, candidates: tuple[tuple[int, int, str, str], ...], i: int, agreed: int,
                     end: int) -> bool:
    """Whether a verb of asking later in the sentence names a body right after it ("giao Sở …"); the
    one right after the agreement's verb is what was agreed ("thống nhất giao UBND huyện …")."""
    return any(c[3] == "ask" and c[1] <= end and text[c[1]:c[1] + 2][1:].isupper()
               and text[agreed:c[0]].strip() for c in candidates[i:])


def _lead_in_before_speaker(text: str, verb: _Verb, end: int, refs: tuple[Reference, ...]) -> bool:
    """Whether the verb opens a lead-in clause that a named person follows: "Phát biểu kết luận
    hội nghị, Bộ trưởng X yêu cầu …"."""
    comma = text.find(",", verb.end, min(end, verb.end + _MAX_LEAD_IN + 20))
    if comma < 0:
        return False
    after = _LEAD_IN.match(text, comma, end).end()  # (the comma itself at least)
    named = references_between(refs, after, end)
    return bool(named) and named[0].head <= after + 2


def _later_ask(text: str, candidates: tuple[tuple[int, int, str, str], ...], i: int, weak: _Verb, end: int,
               refs: tuple[Reference, ...]) -> _Verb | None:
    """A verb of asking later in the sentence, said by the same subject (no one else named between)."""
    while i < len(candidates) and candidates[i][1] <= end:
        verb = _Verb(*candidates[i][2:], candidates[i][0], candidates[i][1])
        i += 1
        if references_between(refs, weak.end, verb.start):
            return None
        # only right after the weak verb's lead-in: "khẳng định, thời gian tới, sẽ chỉ đạo …", not an
        # order inside what it introduces ("nhấn mạnh, X cần thống nhất …, chỉ đạo công tác …")
        if (verb.strength == "ask" and not _at_sentence_end(text, verb.end, end)
                and verb.start - weak.end <= _MAX_LEAD_IN and not _MODAL.search(text, weak.end, verb.start)
                and _NEW_PREDICATE.search(text, weak.end, verb.start)):
            return verb
    return None


def _unnamed_asks(text: str, start: int, end: int, verb: _Verb, refs: tuple[Reference, ...]) -> bool:
    """Whether a verb of asking with no person as its subject asks something of someone."""
    if verb.strength != "ask" or verb.key.lower() in _NAMED_ONLY \
            or references_between(refs, start, verb.start):
        return False
    reported = _REPORTED.search(text, max(start, verb.start - 8), verb.start) is not None
    if reported and verb.key == "giao" and _DUE.search(text, verb.end, end):
        reported = False  # "Bộ trưởng đã giao Văn phòng … báo cáo trước ngày 10/6": a task still due
    if reported or not _OBJECT.match(text, verb.end):
        return False  # "đã quán triệt …" reports; "vượt chỉ tiêu đề ra; …" names a target
    if verb.key == "giao" and not _GIAO_ASKS.match(text, verb.end):
        return False
    if _CASE_STEP_BEFORE.search(text, start, verb.start) and _CASE_STEP.match(text, verb.end, end) \
            and not _FORWARD.search(text, start, verb.start):
        return False  # "… đã tạm giữ số hàng, lập biên bản và yêu cầu chủ hàng khai báo …": a case's step
    if _DONE.search(text, start, verb.start) and not _FORWARD.search(text, start, verb.start) \
            and _RESULT_COUNT.match(text, verb.end):
        return False  # "… đã gỡ bỏ 2.350 trang web, đề nghị các ngân hàng phong tỏa 1.940 tài khoản": done
    return len(text[verb.end:end].strip()) >= _UNNAMED_MIN_CONTENT


# a pledge that the businesses a body oversees will act: "Bộ sẽ chỉ đạo các doanh nghiệp viễn thông …",
# "Ngân hàng Nhà nước sẽ cử …, đồng thời chỉ đạo các tổ chức tín dụng …" (public bodies are still asked)
_WILL = regex.compile(r"\bsẽ\b", regex.V1)
_SECTOR = regex.compile(r"\s+(?:các\s+|những\s+)?(?:doanh nghiệp|tổ chức tín dụng|ngân hàng thương mại"
                        r"|nhà mạng|công ty)\b", regex.V1)
# a step of a case told among the forces' actions: "đã tạm giữ …, lập biên bản và yêu cầu X khai báo …",
# "phát hiện X có biểu hiện nghi vấn nên yêu cầu dừng xe"
_CASE_STEP_BEFORE = regex.compile(r"(?:\bđã\b[^;:.]*\s(?:và|rồi)|\snên)\s+$", regex.V1)
_CASE_STEP = regex.compile(r"\s+(?:[^,;:.]{1,40}?\s)?(?:khai báo|khai nhận|giải trình|trình bày|xuất trình"
                           r"|dừng xe|về trụ sở)\b", regex.V1)
_WILL_CLAUSE = regex.compile(r"(?:^|[,;:]\s*)(?P<subject>\p{Lu}[^,;:]{1,60}?)\s+sẽ\s+$", regex.V1)
_PLURAL = regex.compile(r"\s*(?:các|những)\s+", regex.V1)


def _directs_own_units(text: str, start: int, verb: _Verb) -> bool:
    """Whether "<body> sẽ chỉ đạo" is followed by that body's own lower units, named with the same head
    ("Công an tỉnh sẽ chỉ đạo Công an các xã, phường …"): a pledge of what the force will do, where
    "Tỉnh ủy sẽ chỉ đạo UBND tỉnh …" still asks another body."""
    clause = _WILL_CLAUSE.search(text[start:verb.start])
    if clause is None:
        return False
    words = clause.group("subject").split()
    if len(words) < 3:
        return False
    plural = _PLURAL.match(text, verb.end)
    after = plural.end() if plural is not None else verb.end + 1
    return text.startswith(" ".join(words[:2]) + " ", after)


# a member's question and the answer it asks for in the session: "đặt câu hỏi về … và đề nghị thành phố làm
# rõ …" ("Kết luận phiên chất vấn, X đề nghị …" is no question of X's)
_QUESTION = regex.compile(r"(?<!(?:phiên|trả lời)\s)\b(?:đặt câu hỏi|chất vấn|nêu câu hỏi)\b", regex.V1)
_ANSWER = regex.compile(r"\s+[^,;:.]{2,60}?\s(?:làm rõ|cho biết|giải trình|trả lời)\b", regex.V1)
# a request told with its counted result after a reported first verb ("đã …, đề nghị … phong tỏa 46 tài
# khoản")
_DONE = regex.compile(r"\bđã\b", regex.V1)
_RESULT_COUNT = regex.compile(r"[^;:.%]{0,80}?\s\d[\d.,]*\s+(?!%)\p{L}", regex.V1)


def _quoted_ahead(text: str, sentences: list[tuple[int, int]], index: int,
                  refs: tuple[Reference, ...]) -> tuple[_Verb, str | None, int, str] | None:
    """For a sentence that opens a quotation: the speaker and verb said after the quotation closes,
    in a later sentence of the paragraph ('“… . … ”, ông Tuấn nhấn mạnh.')."""
    start, end = sentences[index]
    if not _OPENS_QUOTE.match(text, start, end) or _CLOSE_QUOTE.search(text, start, end):
        return None
    for s, e in sentences[index + 1:index + 6]:
        close = _CLOSE_QUOTE.search(text, s, e)
        if close is None:
            continue
        found = _speech_verb(text, close.start(), e, refs, None)
        if found is None or found[3] != "named":
            return None
        verb, name, _subject, _source = found
        return verb, name, start, "named"
    return None


def _speaker_before(text: str, start: int, verb_start: int,
                    refs: tuple[Reference, ...]) -> tuple[str, int] | None:
    """The person who is the subject of the verb at verb_start, and where that subject starts."""
    before = references_between(refs, start, verb_start)
    if not before:
        return None
    last = before[-1]
    gap = text[last.end:verb_start]
    if _adjacent(text, last.end, verb_start) or (len(gap) <= 200 and not _GAP_BLOCK.search(gap)):
        return last.name, last.head
    if _COORDINATED.search(text, start, verb_start):  # "X cho biết …, đồng thời đề nghị …"
        subject = next((r for r in before if r.subject), None)
        if subject is not None:
            return subject.name, subject.head
    return None


# "X cho biết, Quận ủy sẽ chỉ đạo UBND quận …": the body the speaker heads pledges to direct another
_TOLD_WILL = regex.compile(
    r"\s(?:cho biết|khẳng định|thông tin)\s*,?\s*(?P<body>[^,;:.“”\"]{2,60}?)"
    r"\s+sẽ\s+(?:(?:tiếp tục|trực tiếp)\s+)?$",
    regex.V1)


def _body_will_direct(text: str, start: int, verb: _Verb,
                      refs: tuple[Reference, ...]) -> tuple[str, int] | None:
    """The person who told that a body will direct ("chỉ đạo") another, and where that person is named."""
    if verb.key.lower() not in _BODY_DIRECTS:
        return None
    before = references_between(refs, start, verb.start)
    if not before:
        return None
    last = before[-1]
    told = _TOLD_WILL.search(text, last.end, verb.start)
    if told is None or told.start() != last.end and text[last.end:told.start()].strip(" ,"):
        return None
    if BODY_START.match(text, told.start("body"), told.end("body")) is None:
        return None
    if _REPLY.match(text, start) and _REMEDY.match(text, verb.end):
        return None  # "Tiếp thu ý kiến của đoàn, …, tỉnh sẽ chỉ đạo khắc phục ngay …": the host's reply
    return last.name, last.head


def _according_to(text: str, start: int, end: int, refs: tuple[Reference, ...]) -> str | None:
    """The speaker of a sentence opening "Theo Thứ trưởng Nguyễn Văn A, ...", "Theo ông, ..."."""
    m = _ACCORDING.match(text, start, end)
    if m is None:
        return None
    inside = references_between(refs, m.start("who"), m.end("who"))
    return inside[0].name if inside and inside[0].head <= m.start("who") + 1 else None


def _adjacent(text: str, pos: int, verb_start: int) -> bool:
    return _ADVERBS.fullmatch(text, pos, verb_start) is not None


def _at_sentence_end(text: str, pos: int, end: int) -> bool:
    return _TRAILING_STOPS.fullmatch(text, pos, end) is not None


def _quote_before(text: str, start: int, verb_start: int) -> bool:
    """A quotation ends before the verb: '"...", Bộ trưởng Tô Lâm nêu rõ.'"""
    return _CLOSE_QUOTE.search(text, start, verb_start) is not None


_BODY_WILL = regex.compile(r"(?P<body>\p{Lu}[^,;:.]{1,60}?)\s+sẽ\s", regex.V1)
_PARTIES = regex.compile(r"(?:[Hh]ai|[Bb]a|[Cc]ác) (?:bên|đơn vị|lực lượng|ngành)", regex.V1)


def _another_body_will(text: str, start: int, end: int, speech: _Speech, bodies: frozenset[int]) -> bool:
    """Whether a sentence after a body's agreement opens with another body that "sẽ …" (its own pledge,
    no task of the agreement): "UBND tỉnh đã thống nhất …. Công an tỉnh sẽ điều động thêm …"."""
    will = _BODY_WILL.match(text, start, end)
    if will is None or speech.addressee is None or _PARTIES.match(speech.addressee):
        return False
    body = will.group("body")
    return body != speech.addressee and _opens_with_body(text, start, will.end("body"), bodies)


def _continues_speech(text: str, start: int, end: int) -> bool:
    """An order without a verb of saying: an imperative opening, or "phải"/"cần" and no past-tense report."""
    if _imperative_start().match(text, start, end):
        return True
    if _ORDINAL.match(text, start, end):  # "Ba là, Cục Cảnh sát giao thông chủ trì …": the next task
        return True
    frame = _FRAME.match(text, start, end)  # "Trong đợt cao điểm, phấn đấu kéo giảm …"
    if frame is not None and _order_start(text, frame.end(), end):
        return True
    if _after_topic(text, start, end):  # "Về công tác xây dựng lực lượng, tiếp tục bố trí …"
        return True
    modal = _GOES_ON.search(text, start, end) or _DUE.search(text, start, end)
    return modal is not None and not _NARRATIVE.search(text, start, modal.start())


# a congress or conference adopting goals or tasks ("Đại hội đã thông qua chỉ tiêu thi đua …", "Hội nghị biểu
# quyết thông qua các mục tiêu …"): a body that asks (as "Hội nghị đề ra …")
_ADOPTS = regex.compile(
    r"[\"“]?(?:Đại hội|Hội nghị)\s+(?:(?:đã|cũng|đã biểu quyết|biểu quyết)\s+)?(?P<verb>thông qua)\s+"
    r"(?:các\s+|những\s+)?(?:chỉ tiêu|mục tiêu|nhiệm vụ|phương hướng|giải pháp)\b", regex.V1)


# a plan's passive lead-in to a list of tasks: "Theo kế hoạch, thời hạn xử lý được giao cụ thể cho từng
# địa phương:", "Các nhiệm vụ được phân công như sau:" (not "Công an tỉnh được giao tham mưu …", a
# body's task)
_PASSIVE_ASSIGNS = regex.compile(
    r"[\"“]?[^.;:!?\n]{2,120}?\s(?:đã\s+)?được\s+(?P<verb>giao|phân công)"
    r"(?:\s+(?:cụ thể|rõ|như sau))*(?:\s+(?:cho|tới|đến)\s+(?P<whom>[^.;:!?\n]{2,80}?))?"
    r"(?:\s+(?:cụ thể|như sau))*\s*:", regex.V1)
# the next non-blank line opens with a list marker ("- ", "+ ", "1. ", "a) ")
_LIST_ITEM_AHEAD = regex.compile(r"\s*\n\s*(?:[-–—•+*]|\d{1,2}[.)/]|[a-zđ]\))\s", regex.V1)


# a campaign or plan described by its subject ("Đợt tổng kiểm soát kéo dài đến hết ngày …, phấn đấu …",
# "Chiến dịch diễn ra từ …"): its goal is told, not asked of anyone
_CAMPAIGN = regex.compile(
    r"[\"“]?(?:Đợt|Chiến dịch|Kế hoạch|Chương trình|Cuộc vận động)\s[^,.;:]{0,60}?"
    r"(?:kéo dài|diễn ra|bắt đầu|được triển khai|được tổ chức|được thực hiện)\b", regex.V1)


# a campaign or programme as the subject of its goals ("Chương trình đặt mục tiêu …"; a resolution that sets
# goals is a body's, "Nghị quyết đặt mục tiêu: …")
_CAMPAIGN_SETS = regex.compile(
    r"[\"“]?(?:Đợt|Chiến dịch|Kế hoạch|Chương trình|Cuộc vận động|Phong trào)\b[^,.;:]{0,60}?\s", regex.V1)


# a task's topic heading its sentence: "Về công tác bảo vệ an ninh quốc gia, …", "Đối với giao thông, …"
_TOPIC = regex.compile(r"[\"“]?(?:Về|Đối với|Riêng về)\s", regex.V1)
_TOPIC_COMMA = regex.compile(r",\s*", regex.V1)
_MAX_TOPIC = 100


def _after_topic(text: str, start: int, end: int) -> bool:
    """Whether an order verb follows a comma that closes the topic the sentence opens with ("Về đấu
    tranh phòng, chống tội phạm, kéo giảm …": any comma of its first words, the topic's own too)."""
    if _TOPIC.match(text, start, end) is None:
        return False
    stop = min(end, start + _MAX_TOPIC)
    return any(_order_start(text, comma.end(), end) for comma in _TOPIC_COMMA.finditer(text, start, stop))


def _addressee(text: str, pos: int, end: int, bodies: frozenset[int]) -> str | None:
    """The body right after the verb: "đề nghị, Hải Phòng tiếp tục" -> "Hải Phòng"."""
    lead = _LEADING_ADVERBIAL.match(text, pos, end)
    start = lead.end() if lead else pos
    group = _GROUP.match(text, start, end)
    if group is not None:
        return group.group()
    cut = _ADDRESSEE_CUT.search(text, start, end)
    if cut is not None and _RECEIVING.search(text, start, cut.end()):
        # "các đơn vị tiếp nhận làm tốt công tác huấn luyện": the units that receive, asked the verb after
        after = _ADDRESSEE_CUT.match(text, cut.end(), end)
        cut = after if after is not None and after.group().strip() not in ";:!?“”\".," else cut
    head = _HEAD.match(text, start, end) is not None
    while cut is not None and not head and _DIRECTLY.search(text, start, cut.start()):
        # "các lực lượng trực tiếp đấu tranh phòng chống tội phạm … đồng loạt ra quân": who fights is named
        cut = _ADDRESSEE_CUT.search(text, cut.end(), end)
    if cut is None:
        return None
    stop = cut.start()
    directly = _DIRECTLY.search(text, start, stop) if head else None
    stop = directly.start() if directly else stop
    phrase = text[start:stop].rstrip(" ,")
    if not phrase or len(phrase) > _MAX_ADDRESSEE or not _names_body(text, start, stop, bodies):
        return None
    return phrase


# "Đối với Công an tỉnh, Thứ trưởng yêu cầu …": whom the sentence's request is for
_REGARDING = regex.compile(
    r"[\s\"“]*(?:[Đđ]ối với|[Rr]iêng (?:đối )?với|[Vv]ề phía|[Rr]iêng)\s+(?P<body>[^,;.:]{3,100}?)\s*,",
    regex.V1)


def _regarding(text: str, start: int, verb_start: int, bodies: frozenset[int]) -> str | None:
    """The body a sentence opens with "Đối với …," before its verb of asking, or None."""
    found = _REGARDING.match(text, start, verb_start)
    if found is None or not _names_body(text, found.start("body"), found.end("body"), bodies):
        return None
    return found.group("body")


def _subject_before_modal(text: str, start: int, end: int, bodies: frozenset[int]) -> str | None:
    """The body a modal applies to: "...; Công an Thành phố phải chủ động" -> "Công an Thành phố"."""
    return _subject_before(_MODAL, text, start, end, bodies)


def _subject_before(word: regex.Pattern[str], text: str, start: int, end: int,
                    bodies: frozenset[int]) -> str | None:
    """The body before the first match of `word` ("phải", "sẽ") in text[start:end], or None."""
    modal = word.search(text, start, end)
    if modal is None:
        return None
    clause_start = start
    for m in _CLAUSE_MARK.finditer(text, start, modal.start()):
        clause_start = m.end()
    # the longest stretch after a comma or "thì" that names a body: "Công an các đơn vị, địa phương"
    cuts = [clause_start] + [m.end() for m in _SUBCLAUSE.finditer(text, clause_start, modal.start())]
    for cut in cuts:
        while cut < modal.start() and text[cut] in " ,":
            cut += 1
        phrase = _SUBJECT_ADVERB.sub("", text[cut:modal.start()].rstrip())
        if _COPULA.search(phrase):
            continue
        if _GROUP.fullmatch(phrase):  # "Chủ bến, chủ phương tiện phải …"
            return phrase
        if phrase and len(phrase) <= _MAX_ADDRESSEE and _names_body(text, cut, cut + len(phrase), bodies):
            return phrase
    return None


def _names_body(text: str, start: int, end: int, bodies: frozenset[int]) -> bool:
    """Whether text[start:end] names who is asked: a body, or "từng bộ phận …", "tân Giám đốc …"."""
    return looks_like_body(text, start, end, bodies) or _ADDRESSEE_START.match(text, start, end) is not None


def _joint_addressee(text: str, start: int, verb: _Verb) -> str | None:
    """The parties of an agreement: "Hai bên", "Ban Thường vụ ... và Ban Thường vụ ..."; or the body
    agreeing inside a frame ("Theo đó, Công an các tỉnh trong Cụm thống nhất …")."""
    m = _JOINT_SUBJECT.search(text[start:verb.start])
    return m.group("subj").strip() if m else _framed_agreement(text, start, verb)


def _framed_agreement(text: str, start: int, verb: _Verb) -> str | None:
    """The body that agrees after a frame ("Theo đó,", "Theo Bộ trưởng,", "X cho biết,") right before
    the verb, when the verb agrees to something (not "nhất trí với …"); else None."""
    frame = _AGREEMENT_FRAME.fullmatch(text, start, verb.start)
    if frame is None or _AGREES_WITH.match(text, verb.end):
        return None
    s, e = frame.span("subj")
    if _JOINT_NOT_SUBJECT.search(text, s, e) \
            or not (BODY_START.match(text, s, e) or _MEETING.match(text, s, e)):
        return None
    return text[s:e]
