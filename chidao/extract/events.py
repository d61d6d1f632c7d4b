"""Events: the working sessions, conferences, ceremonies and inspections a report describes.

Needs `context.result.legal_refs` (their dates are not event dates), the
references to people (`chidao.extract.mentions`: the leader is a full name, also
behind "do Bộ trưởng chủ trì") and `.localities` (the event's places).
Out: one `Event` per event, the main one first; its span is the sentence that
introduces it.

- A sentence introduces an event when it has a cue word: "làm việc với", "buổi làm
  việc" -> working_session; "hội nghị", "sơ kết", "tổng kết", "giao ban" ->
  conference; "lễ", "khởi công", "khánh thành", "trao tặng" -> ceremony; "kiểm tra",
  "thị sát", "khảo sát thực tế" -> inspection (the first cue in the sentence decides; "Tại buổi làm
  việc" refers back and is no cue); a body as the subject of "họp" or "chất vấn" in a
  dated sentence -> conference ("Sáng 21/10, Ban Chỉ đạo … họp …"); a "kiểm tra" asked
  for earlier in its sentence or inside a quotation is a task, no inspection.
  The main event is the first such sentence (or,
  when it has no date, the first dated one of the same type); every other event
  needs a date of its own: a time word and a day ("Ngày 9/5", "sáng 7-3", "Chiều
  31/7"; "Trước đó, sáng 7-3, ... dự lễ khởi công ..."), or "Chiều cùng ngày" / "Cùng ngày", which takes the
  day of the nearest sentence before it that opens with its day ("Sáng 15/3, …"). A date inside a
  legal reference ("Kế hoạch số 125/KH-BCA ngày 20/4/2023") is never an event date.
  The date resolves against the document date; with no day written it is null.
- leader: the person "do ... làm Trưởng đoàn", else the first person named before
  "chủ trì", "đồng chủ trì" (of co-chairs, the first named) in the sentence, the rest
  of its paragraph or the next one; only when nobody chairs, who "dự và chỉ đạo" or
  "phát biểu chỉ đạo" (the President who addresses a conference the Minister chairs
  is not its leader), "dự và phát động", "chỉ đạo cuộc diễn tập"; else the first person the
  sentence names; else the head of the delegation named after it before the next event ("Đoàn
  kiểm sát do bà X … làm Trưởng đoàn", the first "… có Đại tá X … làm trưởng đoàn"); else who
  "dự và phát biểu"; else of the guests a "Dự hội nghị có …" sentence lists, the head of the board that
  holds it ("…, Trưởng BCĐ"), else the first who speaks or asks ("Phát biểu tại hội nghị, X …").
  A notice's "kết luận của X … tại buổi làm việc" makes X the leader when the
  sentence names no chair.
- place: "tại" followed by named places ("tại phường Hồng Hà, TP Hạ Long", "tại Hà
  Nội"), a building ("tại trụ sở Bộ Công an"), a village or hamlet by its name ("tại thôn Kon Rờ Bàng 1,
  xã …": the village alone; "tại ấp Đông Sơn") or an organization the report names ("tại
  Trường THPT …", "tại Công ty A và Công ty B"), as written; places of a kind in a park or zone by its
  name, the park ("tại các doanh nghiệp trong Khu công nghiệp Bình Xuyên"); else null. The country alone
  ("… người nước ngoài tại Việt Nam") is no place.
- localities: the localities the sentence mentions, including those inside the
  bodies it names ("làm việc với Ban Thường vụ Tỉnh ủy Bắc Giang" -> Bắc Giang); the main
  event also takes the province its title holds it in ("… tại Đắk Lắk") when it names a unit of
  that province only; a bare "Công an tỉnh" / "CA tỉnh" that holds it adds the province of the sentence's
  district (or, with no place, the title's one province); a later event whose places are districts or
  communes of the main event's province takes that province too.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from chidao.extract.context import Context, lower_text
from chidao.extract.localities import dateline_place_spans
from chidao.extract.mentions import references
from chidao.extract.organizations import match_body, normalize_name
from chidao.extract.relevance import (
    ONE_WORD,
    defence_counts,
    names_core_word,
    names_security,
    security_report,
)
from chidao.gazetteer.admin_units import admin_index, written_after_merger
from chidao.model import Document, Event, EventType, Locality, Span
from chidao.text.dates import DateMention, find_dates, resolve_date
from chidao.text.layout import Block, inside

# a delegation's supervision visit, an inspection unless its hosts work with it (see `_CUES`)
_SUPERVISION = "đã giám sát"
_SUPERVISION_SESSION = "buổi giám sát"
_CUES: tuple[tuple[EventType, tuple[str, ...]], ...] = (
    ("working_session", ("làm việc với", "buổi làm việc", "cuộc làm việc", "thăm và làm việc",
                         "thăm, làm việc", "thăm làm việc", "hội đàm", "hội kiến",
                         # a leader's visit to a unit at Tết or on its day ("đến thăm, chúc tết cán bộ, chiến
                         # sĩ …"): a working session, as the gold has the visits that "làm việc"
                         "thăm, chúc tết", "thăm và chúc tết", "thăm, chúc mừng", "thăm và chúc mừng",
                         # a council's supervision delegation that "có buổi giám sát … tại Sở …" works with
                         # the body it supervises (as the visits its hosts "làm việc với đoàn"), in a dated
                         # sentence only; "phát biểu tại buổi giám sát" refers back
                         _SUPERVISION_SESSION)),
    ("conference", ("hội nghị", "sơ kết", "tổng kết", "giao ban", "hội thảo", "tọa đàm", "cuộc họp",
                    "buổi họp", "phiên họp", "đại hội", "phiên chất vấn", "kỳ họp", "họp báo",
                    # a dialogue a body holds with citizens or firms ("UBND huyện tổ chức đối thoại với các hộ
                    # dân …"), as "hội nghị đối thoại"
                    "tổ chức đối thoại", "buổi đối thoại")),
    ("ceremony", ("lễ", "khởi công", "khánh thành", "trao tặng", "gắn biển", "mít tinh", "gặp mặt",
                  "họp mặt", "khen thưởng", "trao thưởng", "tổ chức ra quân", "ngày hội",
                  "tổ chức ký kết",
                  # a body holds a handover ("Công an huyện … tổ chức bàn giao hồ sơ, tài liệu cho Công an xã
                  # …"), as it holds a signing: a ceremony
                  "tổ chức bàn giao",
                  # a leader presents an award ("Chủ tịch UBND tỉnh đã đến thăm, động viên và trao Bằng
                  # khen cho Ban chuyên án"), or a decision ("Thứ trưởng … đã trao Quyết định … bổ nhiệm")
                  "trao Bằng khen", "trao bằng khen", "trao Huân chương", "trao Cờ thi đua",
                  "trao Giấy khen", "trao Quyết định", "trao quyết định")),
    # a procuracy's supervision at a camp ("kiểm sát trực tiếp việc tạm giữ, tạm giam") is an inspection
    # so is a council's or deputies' delegation's supervision visit ("Đoàn … đã giám sát việc …"), in a
    # dated sentence only; hosts who "làm việc với đoàn" make it a working session (`_SUPERVISION`)
    # a delegation's field visit ("Cùng ngày, đoàn đã khảo sát thực tế tại Công an huyện …") is one too; a
    # survey of people ("khảo sát ý kiến") is none
    ("inspection", ("kiểm tra", "thị sát", "kiểm sát trực tiếp", "trực tiếp kiểm sát", "khảo sát thực tế",
                    _SUPERVISION)),
    # a drill ("diễn tập phương án chữa cháy"); a festival ("Ngày hội Toàn dân …") is a ceremony; a programme
    # organized for people ("tổ chức chương trình "Đội mũ bảo hiểm cho học sinh"", gifts handed over at it or
    # not) is neither meeting nor ceremony (probe 064's judgement)
    ("other", ("diễn tập", "tổ chức chương trình")),
)
# a cue word that is part of another word: "lễ hội" (a festival people go to), "lễ tân", "lễ phép"
_OTHER_WORD = {"lễ": regex.compile(r"[ \t]+(?:hội|tân|phép)(?![\p{L}])")}
# "Tại buổi làm việc", "Phát biểu tại Hội nghị": the event is already under way.
_BACK_REFERENCE = regex.compile(r"(?:[Tt]ại|[Tt]rong|[Kk]ết thúc|[Cc]uối|[Qq]ua)\s+(?:buổi|cuộc)?\s*$")
# ... unless it says when the event took place: "Tại hội thảo "…" diễn ra sáng 15/10 ở …, Cục … cho biết"
# ... or the sentence opens with the day it is held on: "Ngày 15 tháng 7 năm 2011, tại kỳ họp thứ 2 …, các đại
# biểu …", "Sáng 3/4, tại hội nghị …" (a dated lead, no event already under way)
_DATED_AT = regex.compile(
    r"(?:^|(?<=[\n.!?][ \t\"“]*))(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+\d{1,2}"
    r"(?:\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?),\s*"
    r"[Tt]ại\s+(?:buổi\s+|cuộc\s+)?$")
_HELD_ON = regex.compile(r"[^\n.;]{0,120}?(?<![\p{L}])diễn ra\s+(?:vào\s+)?(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối"
                         r"|[Tt]rưa)\s+\d")
# ... or the meeting's name runs on to its day and the sentence ends: "Số liệu được X báo cáo tại cuộc họp Ban
# Chỉ đạo … tỉnh An Giang chiều 2/12." (the sentence that first names the meeting, dated by its own day)
_NAMED_ON = regex.compile(r"[^\n.;!?]{0,120}?[ \t](?:ngày|sáng|chiều|tối|trưa)[ \t]+"
                          r"\d{1,2}[ \t]*[/\-][ \t]*\d{1,2}(?:[ \t]*[/\-][ \t]*\d{4})?[ \t]*(?:\.|$)",
                          regex.MULTILINE)
# a weekday between the time word and the date: "Sáng thứ Tư (12/6)"
_WEEKDAY = r"(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|\d)|[Cc]hủ\s+[Nn]hật)\s*,?\s+"
_TIME_WORD = regex.compile(
    r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm|[Rr]ạng sáng)\s+"
    # a lunar day of Tết before the solar date in brackets: "Tối 30 Tết (9-2)", "Sáng mùng 1 Tết (10/2)"
    r"(?:" + _WEEKDAY + r"|(?:[Mm]ùng\s+|[Mm]ồng\s+)?\d{1,2}\s+Tết\s+|\w+\s+)?\(?$")
_DEADLINE_BEFORE = regex.compile(r"(?<![\p{L}])(?:trước|đến|tới|hết|từ|sau)\s+(?:hết\s+)?(?:ngày\s+)?$",
                                  regex.IGNORECASE)
# checking as a task or a sweep, not a visit: "kiểm tra việc kinh doanh pháo", "tổng kiểm tra cơ sở", a
# quota of checks ("kiểm tra 100% doanh nghiệp …", "kiểm tra ít nhất 300 hộ"), checks of a manner asked for
# ("kiểm tra chặt xe khách …", "kiểm tra thường xuyên", "kiểm tra kỹ nguồn gốc hàng")
_A_TASK = regex.compile(r"tổng kiểm tra|kiểm tra việc |kiểm tra\s+(?:\d|ít nhất\s|tối thiểu\s|toàn bộ\s"
                        r"|chặt\s|chặt chẽ|kỹ\s|kỹ lưỡng|nghiêm\s|thường xuyên|định kỳ)")
# a police raid in crime news, no inspection visit: "bất ngờ kiểm tra một cơ sở", "kiểm tra hành chính quán …"
# and a check that finds an offence ("kiểm tra, phát hiện một cơ sở …", "qua kiểm tra phát hiện …")
# and what was there "at the moment of the check" ("Tại thời điểm kiểm tra, kho hàng do … trông coi")
_A_RAID = regex.compile(r"bất ngờ\s+kiểm tra|kiểm tra hành chính|kiểm tra,?\s+phát hiện|thời điểm\s+kiểm tra")
# a patrol's stop-and-check of a vehicle ("yêu cầu dừng xe kiểm tra", "ra hiệu dừng phương tiện để kiểm
# tra"): a step of a case, no inspection visit
_A_STOP = regex.compile(r"(?<![\p{L}])dừng\s+(?:xe|phương tiện)(?:\s+lại)?(?:\s+để)?\s+kiểm tra")
# a check of a manner written before it: advice or a habit ("người dân thường xuyên kiểm tra hệ thống điện",
# "cần kiểm tra", "định kỳ kiểm tra"), no visit
_A_HABIT = regex.compile(r"(?<![\p{L}])(?:thường xuyên|định kỳ|cần|nên)\s+kiểm tra")
# a check of one unnamed place, a step of a case ("Công an phường … kiểm tra một phòng nghỉ …, phát hiện 3
# đối tượng …"; not "kiểm tra một số cơ sở"), and a check that goes on to find suspects
_A_CASE = regex.compile(r"kiểm tra\s+(?:một|1)\s+(?!số\s|vài\s|loạt\s)\p{L}"
                        r"|kiểm tra[^.;!?\n]{0,100}?,\s+phát hiện\s+(?:\d+|một|hai|ba|nhiều|các)\s+"
                        r"(?:người|đối tượng)")
# the forces at large who check, no officials visiting ("Lực lượng chức năng kiểm tra an toàn PCCC tại 84 cơ
# sở"), and a count of the places checked with no delegation before it in its sentence ("… đã kiểm tra công
# tác bảo vệ bí mật nhà nước tại 34 cơ quan": a sweep; not "Đoàn … đã kiểm tra … tại 4 tòa nhà")
_THE_FORCES = regex.compile(r"(?<![\p{L}])lực lượng chức năng(?:\s+(?:đã|cũng|tiếp tục|tiến hành))*\s+$")
_PLACES_COUNTED = regex.compile(r"kiểm tra[^.;!?\n]{0,60}?\s(?:tại|ở)\s+\d[\d.]*\s")
_A_DELEGATION = regex.compile(r"(?<![\p{L}])đoàn(?![\p{L}])")


def _a_sweep(lower: str, at: int) -> bool:
    """Whether the "kiểm tra" at `at` is the forces' routine checks (`_THE_FORCES`, `_PLACES_COUNTED`)."""
    if _THE_FORCES.search(lower, max(0, at - 50), at) is not None:
        return True
    if _PLACES_COUNTED.match(lower, at) is None:
        return False
    sentence = max(lower.rfind(".", 0, at), lower.rfind("\n", 0, at)) + 1
    return _A_DELEGATION.search(lower, sentence, at) is None
# a lead over days: "Trong hai ngày 14 và 15/11, …", in brackets too ("Trong 2 ngày (20-21/3)"; not "hội
# nghị sẽ diễn ra trong 2 ngày 26 - 27.12")
# and a range whose month is written at its end: "Từ ngày 10 đến ngày 12/10, …"; after an outlet's prefix,
# with the place of its dateline too ("Cần Thơ (TTXVN) - Trong hai ngày 18 và 19/9, …")
_DAYS = regex.compile(r"[\s\"“]*(?:(?:\p{Lu}[\p{Lu}\d.]{1,11}|(?:\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*){0,3}[ ])?"
                      r"\([^()\n]{2,30}\))\s*[-–]\s*)?"
                      r"(?:[Tt]rong\s+(?:hai|ba|2|3|các)\s+ngày|[Tt]ừ(?:\s+ngày)?)\s+\(?"
                      r"(?:từ\s+(?:ngày\s+)?)?"  # "Trong 3 ngày (từ 14 đến 16/10), …"
                      r"(?P<d>\d{1,2})\s*(?:và|,|-|–|đến(?:\s+ngày)?)\s*\d{1,2}\s*[/.\-]\s*(?P<m>\d{1,2})"
                      r"(?:\s*[/.\-]\s*(?P<y>\d{4}))?(?!\d)", regex.V1)
_DURING = regex.compile(
    r"[\s\"“]*(?:Nhân dịp này|Dịp này|Cũng tại (?:buổi|hội nghị|lễ)|Tại buổi lễ|Trong dịp này)\b", regex.V1)
_HAS_TIME_WORD = regex.compile(
    r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm)\s+(?:" + _WEEKDAY + r"|\w+\s+)?\(?\d"
    r"|Từ\s+(?:ngày\s+)?\d{1,2}\s*[-–]\s*\d"  # a lead's range: "Từ 3 - 7/8, …" (`_DAYS`)
    r"|[Nn]gày\s+\(từ\s+(?:ngày\s+)?\d")  # "Trong 3 ngày (từ 14 đến 16/10)" (`_DAYS`)
_LEADER_DO = regex.compile(r"(?<![\p{L}])do\s")
_LEADS = regex.compile(r"làm\s+Trưởng\s+[đĐ]oàn|(?<![\p{L}])(?:dẫn đầu|làm trưởng đoàn)(?![\p{L}])")
# receiving a visiting delegation ("đã tiếp Đoàn …", "tiếp đón"), not "tiếp tục", "tiếp nhận" …
_RECEIVES = regex.compile(r"(?<![\p{L}])(?:tiếp đón|đón tiếp|tiếp(?!\s+(?:tục|nhận|thu|xúc|giáp|cận|theo|tế"
                          r"|sức|quản|đó|đến|diễn|công dân|dân))(?![\p{L}]))", regex.V1)
_TALKS = regex.compile(r"(?<![\p{L}])hội đàm(?![\p{L}])", regex.IGNORECASE)
_CHAIRS = regex.compile(r"(?<![\p{L}])(?:đồng chủ trì|chủ trì|chủ tọa)(?![\p{L}])", regex.IGNORECASE)
# a chair of the whole session, the meeting named right after the word ("chủ trì buổi làm việc", "chủ trì
# hội nghị"), not of one side ("chủ trì buổi làm việc phía thành phố") or of a task ("chủ trì, phối hợp")
_CHAIRS_SESSION = regex.compile(r"\s+(?:buổi|cuộc|hội nghị|hội đàm|lễ)(?![\p{L}])(?![^.;\n]{0,30}phía)",
                                regex.IGNORECASE)
# who presents the award or the decision at a ceremony ("trao", "gắn Huân chương", "phát lệnh")
_PRESENTS = regex.compile(r"(?<![\p{L}])(?:trao tặng|trao(?!\s+đổi)|gắn(?!\s+(?:với|kết|liền|bó))|phát lệnh)"
                          r"(?![\p{L}])", regex.IGNORECASE)
_DIRECTS = regex.compile(
    r"(?<![\p{L}])(?:dự và chỉ đạo|dự và phát biểu chỉ đạo|phát biểu chỉ đạo|dự và phát động"
    # "X … chỉ đạo cuộc diễn tập", "X … chỉ huy buổi diễn tập" (a drill's commander); who conducts a session
    # ("X điều hành phiên chất vấn")
    r"|chỉ đạo (?:cuộc|buổi)|chỉ huy (?:cuộc|buổi)|điều hành (?:phiên|cuộc|buổi|hội nghị|kỳ họp))(?![\p{L}])",
    regex.IGNORECASE)
# a notice of the conclusions of who chaired ("Thông báo … kết luận của đồng chí X, Chủ tịch UBND tỉnh tại
# buổi làm việc …"): the person named right after it chaired the event it concludes
_CONCLUSION_OF = regex.compile(r"(?<![\p{L}])kết luận của\s+", regex.IGNORECASE)
# who attends and addresses the event ("X … dự và phát biểu."): its leader when nobody chairs, directs or
# presents, and the event's sentence and delegation name nobody (rule 3: who directs, here by speaking)
_SPEAKS = regex.compile(r"(?<![\p{L}])dự và phát biểu(?![\p{L}])", regex.IGNORECASE)
# the signers of an agreement the event is held for ("X và Y ký kết quy chế"; not "đăng ký", "thư ký",
# "chữ ký")
_SIGNS = regex.compile(r"(?<![\p{L}])(?<!(?i:đăng|thư|chữ|kê)\s)(?:ký kết|ký)(?![\p{L}])"
                       r"(?!\s+(?:tên|nhận|hợp đồng lao động))")
# what a sentence that introduces an event says happens (or a date does)
_HELD = regex.compile(
    r"(?<![\p{L}])(?:tổ chức|diễn ra|khai mạc|bế mạc|dự|chủ trì|làm việc|kiểm tra|tiến hành|họp|đón nhận|"
    r"trao|phát biểu|kết luận|"
    r"khởi công|khánh thành|gắn biển|mít tinh|gặp mặt|thăm)(?![\p{L}])", regex.IGNORECASE)
_NATIONAL = regex.compile(r"(?<![\p{L}])(?:toàn quốc|trực tuyến|cả nước)(?![\p{L}])")
# the National Assembly itself meets or questions ("Chiều 12/11, Quốc hội chất vấn …"): a national session
_ASSEMBLY_MEETS = regex.compile(r"(?:^|(?<=[,\n]))[ \t]*Quốc hội[ \t]+(?:họp|chất vấn|thảo luận)(?![\p{L}])")
_YEAR = regex.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")
# award cues that make an event only in a dated sentence ("Ngày 19.2, … đã khen thưởng …"), not in a
# caption or a remark ("Công an tỉnh khen thưởng các cá nhân …")
_DATED_ONLY = frozenset({"khen thưởng", "trao thưởng", _SUPERVISION, _SUPERVISION_SESSION})
# the hosts of a supervision visit work with the delegation: "Tiếp và làm việc với đoàn có …"
_HOSTS_DELEGATION = regex.compile(r"(?<![\p{L}])làm việc với (?:đoàn|đoàn giám sát)(?![\p{L}])")
# a period reviewed ("6 tháng đầu năm 2017", "công tác năm 2020"), not a baseline or a deadline
# ("so với năm 2023", "đến năm 2025")
_YEAR_OF_PERIOD = regex.compile(
    r"(?<![\p{L}])(?:\d+\s+tháng(?:\s+(?:đầu|cuối))?|công tác|tổng kết|sơ kết)\s+năm\s+"
    r"((?:19[5-9]|20[0-4])\d)(?!\d)")
_REVIEW = regex.compile(r"(?<![\p{L}])(?:tổng kết|sơ kết|năm qua|giao ban)(?![\p{L}])", regex.IGNORECASE)
# an outlet's prefix: "(PLO) - ", "(ĐTV) - ", and one by its name "(Báo Kon Tum) - " (no place of the event's)
_OUTLET = regex.compile(r"\((?:[\p{Lu}\d.]{2,12}|Báo[ ]\p{Lu}\p{L}*(?:[ ]\p{Lu}\p{L}*){0,3})\)"
                        r"[ \t]*(?:[-–][ \t]*)?")
_AT = regex.compile(r"(?<![\p{L}])tại\s+")
# (between places of one run: "tại phường Hồng Hà, TP Hạ Long", "tại TP Buôn Ma Thuột và huyện Krông Pắc")
_COMMA = regex.compile(r",[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+")
# the delegation as the subject of a later event's sentence ("Trước đó, ngày 7-10, đoàn đã kiểm
# tra …", "Đoàn công tác cũng đến thăm …")
_DELEGATION_SUBJECT = regex.compile(
    r"(?:^|[.,:][ \t]+|\n)[\"“]?[Đđ]oàn(?:[ ]+(?:công tác|kiểm tra|giám sát|khảo sát|liên ngành))*"
    r"[ ]+(?:đã|đến|tới|cũng|tiếp tục|đi|kiểm tra|làm việc|khảo sát|thăm)(?![\p{L}])")
_AND = regex.compile(r"[ \t]*(?:,|và)[ \t]*")
_LEVEL = regex.compile(
    r"(?:tỉnh|thành phố|Thành phố|TP\.?|Tp\.?|huyện đảo|huyện|quận|Quận|thị xã|xã|phường|thị trấn|Thủ đô"
    r"|đặc khu)[ \t]*")
_BUILDING = regex.compile(
    r"(?:[Tt]rụ sở|[Hh]ội trường|[Nn]hà [Qq]uốc hội|[Tt]rung tâm [Hh]ội nghị|[Đđ]iểm cầu)[^,.;:\n]{0,80}")
# a square, a park, a stadium, an industrial zone, a resort or a village hall by its name, up to a comma or a
# bracket
# ("tại Quảng trường 10-3 (TP. Buôn Ma Thuột), …", "tại quảng trường 17/10, phường …", "tại nhà văn hóa bản
# Ban, …"): the event's place
_OPEN_PLACE = regex.compile(
    r"(?:[Qq]uảng trường|[Cc]ông viên|[Ss]ân vận động|[Kk]hu công nghiệp|[Nn]hà văn hóa|[Kk]hu nghỉ dưỡng"
    r"|[Kk]hu du lịch"
    # a port by its name ("tại cảng cá Lý Sơn", "tại cảng Cát Lái")
    r"|[Cc]ảng cá|[Bb]ến cá|[Cc]ảng)"
    r"(?:[ \t]+(?:bản|buôn|bon|plei|làng|sóc|thôn|ấp|xóm|tổ dân phố|khu phố|xã|phường))?[ \t]+(?=[\p{Lu}\d])"
    r"[^,.;:()\n]{1,60}")
# a village or hamlet by its name or number, up to a comma or a bracket: "tại thôn Kon Rờ Bàng 1, xã Vinh
# Quang, …", "tại ấp Đông Sơn, …", "tại tổ dân phố 5" (the village alone: the units after it are its places)
_VILLAGE = regex.compile(
    r"(?:thôn|bản|buôn|bon|plei|làng|sóc|ấp|xóm|khóm|tổ dân phố|khu phố)[ \t]+"
    r"[\p{Lu}\d][\p{L}\d\-]*(?:[ \t]+[\p{Lu}\d][\p{L}\d\-]*){0,4}(?![\p{L}\d])")
# an open place of a kind not named, then where it is: "tại sân vận động trên địa bàn thành phố Việt Trì" (the
# whole phrase, its places the run after it)
_KIND_WHERE = regex.compile(
    r"(?:[Qq]uảng trường|[Cc]ông viên|[Ss]ân vận động|[Kk]hu công nghiệp|[Nn]hà văn hóa|[Kk]hu nghỉ dưỡng"
    r"|[Kk]hu du lịch)[ \t]+(?:trên địa bàn|thuộc|ở)[ \t]+")
# places of a kind among which the event was held, then where they are: "tại các doanh nghiệp trong …"
_AMONG = regex.compile(r"(?:các|những)[ \t]+[^,.;:()\n]{1,40}?[ \t]+(?:trong|thuộc|ở|tại)[ \t]+")


def extract_events(document: Document, context: Context) -> list[Event]:
    """The events of one report, the main one first."""
    assert context.result is not None
    text = document.text
    legal = [r.span for r in context.result.legal_refs]
    refs = references(context)
    people = [(r.head, r.end, r.name) for r in refs if r.form != "pronoun"]
    subjects = [(r.head, r.end, r.name) for r in refs if r.form != "pronoun" and r.subject]
    # a date line's place is where the report is written from, not the place of the event its sentence opens
    datelines = set(dateline_place_spans(text))
    places = sorted((s, e, loc.name) for loc in context.result.localities for s, e in loc.mentions
                    if (s, e) not in datelines)
    # where each organization's mention starts, to its end ("tại Trường THPT …", a company's site)
    bodies = {s: e for org in context.result.organizations for s, e in org.mentions}
    cues = sorted(_cues(text) + _body_meets(text, bodies))
    # an undated cue in a list of tasks ("lồng ghép … tập huấn, tọa đàm …") introduces no event
    dated_only = {at for at, _kind, _back, dated in cues if dated}
    candidates = [c for c in _candidates(context, [(at, kind) for at, kind, back, _d in cues if not back],
                                         legal, dated_only)
                  if c[1] is not None or _HELD.search(text, *c[2])]
    other_field = [c for c in candidates if _OTHER_FIELD.search(text, *c[2])]
    candidates = [c for c in candidates if c not in other_field]
    if not candidates and not other_field:
        # "(PLO) Phát biểu tại hội nghị …", "Theo báo cáo tại Hội nghị, …": referred back to
        candidates = _candidates(context, [(at, kind) for at, kind, back, _d in cues if back], legal,
                                 dated_only)
    # a meeting in a report that is not about security and order (a rice crop's review) is none of ours; nor
    # is an army unit's handover of charity houses, whose words of defence are no words of the genre there
    defence = defence_counts(text)
    if not candidates or not (names_security(context)
                              or names_core_word(text[slice(*candidates[0][2])], ONE_WORD, defence)):
        return []
    if not security_report(context) and not _names_genre_near(context, candidates[0][2][0], defence):
        # a report below the genre's threshold whose words of the genre all stand far from its event (a tax
        # department's medal ceremony that names the police once, as a partner, in a guest's request): another
        # field's ceremony (probe 583)
        return []
    dated = [c for c in candidates if c[1] is not None]
    main = candidates[0]
    if main[1] is None:  # a headline or caption first, the dated sentence of the same event after
        own = set(_localities(text, *main[2], places))
        main = next((c for c in dated if c[0] == main[0]
                     and (not own or own & set(_localities(text, *c[2], places)))), main)
    if main[1] is None and _in_title(context, main[2][0]):
        # "Kiểm tra … tại Công an huyện X" over a lead with no date ("Đoàn công tác … vừa có buổi làm
        # việc với …"): the lead's sentence is the event, the title only names it
        lead = _lead(context)
        main = next((c for c in candidates if lead is not None and lead[0] <= c[2][0] < lead[1]), main)
    chosen = [main] + [c for c in dated if c is not main]
    # the main event's roles may be said anywhere before the next event: "… phát biểu chỉ đạo" below
    next_event = min((c[2][0] for c in chosen[1:] if c[2][0] > main[2][1]), default=len(text))
    events: list[Event] = []
    seen: set[tuple[str, str | None, tuple[str, ...]]] = set()
    year = None  # the main event's year, for a later one whose paragraph names none
    for kind, mention, (start, end), reach in chosen:
        date = _date(text, mention, document.date, start, end, context, year) if mention is not None else None
        year = year or (int(date[:4]) if date else None)
        own = _after_earlier_incident(text, start, end, places)
        localities = tuple(name for name in (_localities(text, own, end, places)
                                             or _paragraph_localities(context, start, places))
                           if name != "Việt Nam")  # the country is no place an event is about
        if not events:
            localities = _with_title_province(context, localities)
        localities = _with_host_province(context, start, end, localities)
        localities = _with_commune_province(context, start, localities)
        if events:
            localities = _with_main_province(context, events[0].localities, localities)
        if (kind, date, localities) in seen:
            continue
        seen.add((kind, date, localities))
        leader = _leader(text, start, end, next_event if not events else reach, people, subjects,
                         context, ceremony=kind == "ceremony")
        if leader is None and events and _LEADS.search(events[0].text) \
                and _DELEGATION_SUBJECT.search(text[start:end]):
            # "Trước đó, ngày 7-10, đoàn đã kiểm tra thực tế tại …": the delegation of the main
            # event, whose head leads it too
            leader = events[0].leader
        events.append(Event(
            type=kind, date=date, place=_place(text, own, end, places, bodies),
            localities=localities, leader=leader, text=text[start:end], span=(start, end)))
    return events


# an event of another field told in its own sentence: a blood donation day or its launch ("tổ chức lễ phát
# động Ngày hội hiến máu tình nguyện", "tổ chức Ngày hội hiến máu" though the police hold it) is no event of
# the register's, whoever organizes it; nor is the same event referred back to after it
_OTHER_FIELD = regex.compile(r"(?<![\p{L}])(?:hiến máu|hiến tặng máu)(?![\p{L}])",
                             regex.V1 | regex.IGNORECASE)


# a body as the subject of "họp" or "chất vấn" ("Sáng 21/10, Ban Chỉ đạo … họp đánh giá …", "Chiều 12/11, Quốc
# hội chất vấn …"): a meeting, in a dated sentence only (not "họp báo", "họp mặt")
_BODY_MEETS = regex.compile(r"[ \t]+(?:họp(?![ \t]+(?:báo|mặt))|chất vấn)(?![\p{L}])")


def _names_genre_near(context: Context, start: int, defence: bool = True) -> bool:
    """Whether the title or the paragraph of the event that starts at `start` names a word of the genre (one
    of defence only when `defence`)."""
    text = context.document.text
    scopes = [(b.start, b.end) for b in context.blocks if b.kind == "title" or b.start <= start < b.end]
    return any(names_core_word(text[lo:hi], ONE_WORD, defence) for lo, hi in scopes)


def _body_meets(text: str, bodies: dict[int, int]) -> list[tuple[int, EventType, bool, bool]]:
    """(start, "conference", not back, dated only) of each "họp" / "chất vấn" right after a body's name."""
    out: list[tuple[int, EventType, bool, bool]] = []
    for end in sorted(set(bodies.values())):
        found = _BODY_MEETS.match(text, end)
        if found is not None:
            out.append((found.start() + len(found.group()) - len(found.group().lstrip()), "conference",
                        False, True))
    return out


def _in_title(context: Context, pos: int) -> bool:
    return any(b.kind == "title" and b.start <= pos < b.end for b in context.blocks)


def _lead(context: Context) -> Span | None:
    """The first body paragraph: the report's lead."""
    return next(((b.start, b.end) for b in context.blocks if b.kind == "body"), None)


def _candidates(context: Context, cues: list[tuple[int, EventType]], legal: list[Span],
                dated_only: set[int]) -> list[tuple[EventType, DateMention | None, Span, int]]:
    """(type, date, sentence, end of the next body paragraph) of each sentence with a cue (a cue
    of `dated_only`, "khen thưởng", only in a sentence with a date of its own)."""
    text = context.document.text
    cue_starts = [c[0] for c in cues]
    candidates: list[tuple[EventType, DateMention | None, Span, int]] = []
    blocks = [b for b in context.blocks if b.kind in ("title", "body", "caption")]
    for i, block in enumerate(blocks):
        first = bisect_left(cue_starts, block.start)
        if first == len(cues) or cue_starts[first] >= block.end:
            continue
        # who chairs is often said in the next paragraph ("Đại tướng Tô Lâm ... chủ trì Hội nghị.")
        reach = next((b.end for b in blocks[i + 1:] if b.kind == "body"), block.end)
        for start, end in context.sentences(block.start, block.end):
            start = _skip_furniture(text, start, end, context.furniture)
            at = bisect_left(cue_starts, start)
            if at < len(cues) and cue_starts[at] < end:
                date = _event_date(text, start, end, legal)
                if date is None and _SAME_DAY.match(text, start, end):
                    date = _day_before(context, blocks, start, legal)
                if date is None and (cue_starts[at] in dated_only or _DURING.match(text, start, end)):
                    continue  # "Dịp này, … trao tặng …": a gift during the event, no event of its own
                candidates.append((cues[at][1], date, (start, end), reach))
    return candidates


# a sentence that opens on the day told before: "Chiều cùng ngày, Thứ trưởng … đến kiểm tra …", "Cùng ngày, …"
_SAME_DAY = regex.compile(r"[\s\"“]*(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)[ \t]+cùng ngày"
                          r"|[Cc]ùng ngày)(?![\p{L}])")
# a sentence that opens with its day: "Sáng 15/3, …", "(Dân trí) - Trưa 10/9, …" (not "Theo …, từ tối 8/9 …")
_OPENS_DATED = regex.compile(r"[\s\"“]*(?:\([^()\n]{2,30}\)[ \t]*[-–][ \t]*)?"
                             r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)[ \t]+(?:"
                             + _WEEKDAY + r")?\(?\d")


def _day_before(context: Context, blocks: list[Block], start: int, legal: list[Span]) -> DateMention | None:
    """The day a "cùng ngày" sentence at `start` refers to: the date of the nearest sentence before it
    that opens with its day ("Sáng 15/3, đoàn công tác … làm việc …"), not a period told in between
    ("từ ngày 15/12/2022 đến ngày 14/3/2023")."""
    text = context.document.text
    for block in reversed([b for b in blocks if b.start < start]):
        for s, e in reversed(context.sentences(block.start, block.end)):
            if s >= start:
                continue
            s = _skip_furniture(text, s, e, context.furniture)
            if _OPENS_DATED.match(text, s, e):
                date = _event_date(text, s, e, legal)
                if date is not None:
                    return date
    return None


def _skip_furniture(text: str, start: int, end: int, furniture: list[Span]) -> int:
    """Move a sentence start past an outlet prefix ("ANTD.VN - ", "(PLO) - ") it opens with."""
    for s, e in furniture:
        if s <= start < e < end:
            start = e
            while start < end and text[start].isspace():
                start += 1
    outlet = _OUTLET.match(text, start, end)
    return outlet.end() if outlet else start

# a check asked for earlier in its sentence ("giao UBND huyện X rà soát, kiểm tra …", "yêu cầu … phải kiểm
# tra"): a task, no inspection held (not "giao thông", "giao ban", "bàn giao" …)
_ASKED = regex.compile(r"(?<![\p{L}])(?:yêu cầu|đề nghị|phải|(?<!bàn )giao(?!\s+(?:thông|ban|lưu|dịch|hàng"
                       r"|tiếp|nhận|thương|kết|tranh|quyền|hữu|ước|điểm|thoa|lộ)(?![\p{L}])))(?![\p{L}])"
                       r"[^.!?;\n]*$")


def _quoted(lower: str, at: int) -> bool:
    """Whether `at` lies inside a quotation opened earlier on its line ("…, các tổ kiểm tra …", X nói)."""
    line = lower.rfind("\n", 0, at) + 1
    before = lower[line:at]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


# a delegation that checks how something is carried out ("X dẫn đầu đoàn công tác của Bộ Công an kiểm tra
# việc triển khai Đề án 06 …", "Đoàn kiểm tra của Bộ … kiểm tra việc …"): a visit, though "kiểm tra việc …"
# alone is a task
_DELEGATION_CHECKS = regex.compile(r"(?<![\p{L}])đoàn(?![\p{L}])[^.;!?\n]{0,80}$")


def _a_task(lower: str, at: int, after: int) -> bool:
    """Whether the "kiểm tra" at `at` reads as a task or a sweep (`_A_TASK`), not a delegation's check."""
    task = _A_TASK.search(lower, max(0, at - 5), after + 12)
    if task is None:
        return False
    return not (task.group().startswith("kiểm tra việc")
                and _DELEGATION_CHECKS.search(lower, max(0, at - 90), at) is not None)


def _not_a_visit(lower: str, at: int, after: int) -> bool:
    """Whether the "kiểm tra" at `at` is a task, a sweep or a raid, not an inspection visit: asked for in
    its sentence or told inside a quotation too."""
    return (_ASKED.search(lower, max(0, at - 160), at) is not None or _quoted(lower, at)
            or _a_task(lower, at, after)
            or _A_RAID.search(lower, max(0, at - 12), after + 12) is not None
            or _A_STOP.search(lower, max(0, at - 30), after) is not None
            or _A_HABIT.search(lower, max(0, at - 14), after) is not None
            or _A_CASE.match(lower, at) is not None or _a_sweep(lower, at))


def _cues(text: str) -> list[tuple[int, EventType, bool, bool]]:
    """(start, event type, whether it refers back: "Tại buổi làm việc", whether it needs a date
    of its own: "khen thưởng") of every cue word in the text, in text order; found by string
    search in the lower-cased text (fast)."""
    lower = lower_text(text)
    if len(lower) != len(text):  # a character whose lower case is longer: keep offsets
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    out: list[tuple[int, EventType, bool, bool]] = []
    for kind, phrases in _CUES:
        for phrase in phrases:
            at = lower.find(phrase)
            while at >= 0:
                after = at + len(phrase)
                if ((at == 0 or not lower[at - 1].isalnum())
                        and (after == len(lower) or not lower[after].isalnum())
                        and not (kind == "inspection" and _not_a_visit(lower, at, after))
                        and not (phrase in _OTHER_WORD and _OTHER_WORD[phrase].match(lower, after))):
                    own = kind
                    if phrase == _SUPERVISION:
                        stop = lower.find("\n", after)
                        if _HOSTS_DELEGATION.search(lower, after, len(lower) if stop < 0 else stop):
                            own = "working_session"
                    back = _BACK_REFERENCE.search(text, max(0, at - 20), at) is not None \
                        and _HELD_ON.match(text, after) is None and _NAMED_ON.match(text, after) is None \
                        and _DATED_AT.search(text, max(0, at - 50), at) is None
                    out.append((at, own, back, phrase in _DATED_ONLY))
                at = lower.find(phrase, after)
    return sorted(out)


# an earlier incident told up to a day, with no comma between: the day is the incident's (probe 591)
_INCIDENT_DAY = regex.compile(r"(?<![\p{L}])(?:sau|trước)[ ]+(?:khi[ ]+xảy[ ]+ra[ ]+)?(?:các[ ]+|những[ ]+)?"
                              r"vụ[ ][^,;.\n]{1,150}$")


def _event_date(text: str, start: int, end: int, legal: list[Span]) -> DateMention | None:
    """The first day date in the sentence that follows a time word and is no legal reference's."""
    if _HAS_TIME_WORD.search(text, start, end) is None:  # no "Ngày 9/5": skip the date scan
        return None
    days = _DAYS.match(text, start, end)  # a lead "Trong hai ngày 7 và 8/8, …": the first day
    if days is not None and not inside(legal, days.start(), days.end()):
        year = int(days.group("y")) if days.group("y") else None
        month, day = int(days.group("m")), int(days.group("d"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            return DateMention(days.start("d"), days.end(), days.group(), year, month, day)
    for mention in find_dates(text, start, end):
        if mention.day is None or mention.month is None or inside(legal, mention.start, mention.end):
            continue
        # "Ngày 15 tháng 3 năm 2024": the date's own words begin with its time word
        if _DEADLINE_BEFORE.search(text, max(start, mention.start - 30), mention.start):
            continue  # "kiểm tra trước ngày 30/9/2023", "đến ngày 1/1/2025": a deadline, not when it happens
        if _INCIDENT_DAY.search(text, max(start, mention.start - 160), mention.start):
            continue  # "Đợt kiểm tra diễn ra sau vụ cháy … rạng sáng 16-5": the earlier incident's day
        if _TIME_WORD.search(text, max(start, mention.start - 20), mention.start) \
                or text[mention.start:mention.start + 4].lower() == "ngày":
            return mention
    return None


def _leader(text: str, start: int, end: int, reach: int, people: list[tuple[int, int, str]],
            subjects: list[tuple[int, int, str]], context: Context, ceremony: bool) -> str | None:
    """The person who leads the event introduced by text[start:end]: who heads the delegation
    ("do X làm Trưởng đoàn"), else who chairs, else who directs, else at a ceremony who presents,
    else the person the sentence is about ("Chiều 16-12, Đại tướng X … làm việc với Tỉnh ủy …",
    "Bộ trưởng X đã dự lễ khởi công …"); None when the report names nobody in such a role
    ("Dự lễ có Tổng Bí thư X": attending is not leading)."""
    lead = _LEADS.search(text, start, end)
    if lead is not None and _TALKS.search(text, start, end):
        # talks of two sides: the host side's chair leads, not the visiting side's head ("… hội đàm với đoàn
        # … do X làm trưởng đoàn. Phía … do Y chủ trì"), as who chairs comes first (rule 3)
        for found in _CHAIRS.finditer(text, start, reach):
            name = _role_holder(found.start(), found.end(), start, people, context.sentence_at(found.start()))
            if name is not None:
                return name
    elif lead is not None:
        # a host who chairs the visiting delegation's session, told in the event's paragraph ("Đoàn … do X
        # làm trưởng đoàn đã làm việc với Tỉnh ủy … Đồng chí Y, Bí thư Tỉnh ủy chủ trì buổi làm việc."): who
        # chairs leads before the delegation's head (rule 3); not one side's chair ("Chủ trì … phía thành
        # phố có …") nor the lead agency of an operation ("chủ trì, phối hợp bắt giữ …")
        block = next((b for b in context.blocks if b.start <= start < b.end), None)
        for found in _CHAIRS.finditer(text, start, block.end if block is not None else end):
            if _CHAIRS_SESSION.match(text, found.end()) is None:
                continue
            name = _role_holder(found.start(), found.end(), start, people, context.sentence_at(found.start()))
            if name is not None:
                return name
    if lead is not None:
        by = None
        for m in _LEADER_DO.finditer(text, start, lead.start()):
            by = m
        host = _RECEIVES.search(text, start, by.start()) if by is not None else None
        if host is not None:  # "Bộ trưởng X đã tiếp Đoàn … do Y làm Trưởng đoàn": the host leads
            name = _first_person(people, start, host.start())
            if name is not None:
                return name
        if by is not None:
            name = _first_person(people, by.end(), lead.start())
            if name is not None:
                return name
    for found in _CONCLUSION_OF.finditer(text, start, end):
        name = _first_person(people, found.end(), min(end, found.end() + 60))
        if name is not None and not _CHAIRS.search(text, start, end):
            return name
    for role in (_CHAIRS, _DIRECTS, _PRESENTS) if ceremony else (_CHAIRS, _DIRECTS):
        for found in role.finditer(text, start, reach):
            sentence = context.sentence_at(found.start())
            floor = start
            if role is _CHAIRS:
                # who "dự và chỉ đạo" earlier in the chair's sentence is not its chair ("X, Phó Chủ tịch UBND
                # tỉnh dự và chỉ đạo hội nghị; Đại tá Y, Giám đốc Công an tỉnh chủ trì."): the chair is named
                # after that clause (rule 3: who chairs first)
                for directs in _DIRECTS.finditer(text, sentence[0] if sentence else start, found.start()):
                    floor = max(floor, directs.end())
            name = _role_holder(found.start(), found.end(), floor, people, sentence)
            if name is not None:
                return name
    subject = _first_person(subjects, start, end) \
        or _subject_after_dateline(text, start, end, people, context)
    if subject is not None:
        return subject
    # who signs, when nobody chairs or directs: the first signer named before the verb in its sentence
    # ("Đại tá X, Tư lệnh … và ông Y, Chủ tịch UBND huyện … ký kết quy chế": X, as probes 091, 148)
    for found in _SIGNS.finditer(text, start, reach):
        sentence = context.sentence_at(found.start())
        name = _first_person(people, max(start, sentence[0] if sentence else start), found.start())
        if name is not None:
            return name
    # the head of the delegation, said after the event's sentence: "Đoàn kiểm sát do bà X … làm Trưởng
    # đoàn.", "phía Việt Nam có Đại tá X … làm trưởng đoàn; …" (the first one named)
    for found in _LEADS.finditer(text, end, reach):
        name = _role_holder(found.start(), found.end(), end, people, context.sentence_at(found.start()))
        if name is not None:
            return name
    for found in _SPEAKS.finditer(text, start, reach):
        name = _role_holder(found.start(), found.end(), start, people, context.sentence_at(found.start()))
        if name is not None:
            return name
    return _attendee_who_speaks(text, start, end, reach, people, context)


# a sentence listing who attends ("Dự hội nghị có đồng chí X, …; Thượng tá Y, …", "Dự hội nghị, Đại tá Z, Phó
# Giám đốc Công an tỉnh đề nghị …", "Tham dự buổi lễ có …", "Dự ngày hội có …")
_ATTENDS = regex.compile(r"[\s\"“]*(?:(?:[Tt]ham|[Tt]ới|[Đđ]ến)\s+)?[Dd]ự\s+(?:hội nghị|hội thảo|buổi|cuộc"
                         r"|lễ|phiên|đại hội|tọa đàm|ngày hội)(?![\p{L}])")
_ATTENDS_AFTER = regex.compile(r"(?<![\p{L}])(?:tham[ ]+)?dự[ ]+(?:hội nghị|hội thảo|buổi|cuộc|lễ|phiên"
                               r"|đại hội|tọa đàm|ngày hội)(?![\p{L}])")
# what a senior guest does at the event: speaks, asks, directs ("Phát biểu tại hội nghị, Thượng tá X ghi nhận
# …", "… đề nghị Công an xã tiếp tục …")
_SPEAKS_OR_ASKS = regex.compile(r"(?<![\p{L}])(?:phát biểu|đề nghị|yêu cầu|chỉ đạo|nhấn mạnh|lưu ý"
                                r"|giao nhiệm vụ)(?![\p{L}])", regex.IGNORECASE)


# a board holds the event ("BCĐ phòng, chống tội phạm … huyện X tổ chức …") and its head is named as such
_BOARD = regex.compile(r"(?<![\p{L}])(?:BCĐ|Ban Chỉ đạo|Ban chỉ đạo)(?![\p{L}])")
_BOARD_HEAD = regex.compile(r"(?<![\p{L}])Trưởng\s+(?:BCĐ|Ban Chỉ đạo|Ban chỉ đạo|[Bb]an)[\s.,;]*$")


def _attendee_who_speaks(text: str, start: int, end: int, reach: int, people: list[tuple[int, int, str]],
                         context: Context) -> str | None:
    """When nobody chairs, directs or heads a delegation: the first of the guests the report lists as
    attending ("Dự hội nghị có …") who speaks or makes requests ("Dự hội nghị, Đại tá X … đề nghị …",
    "Phát biểu tại hội nghị, Thượng tá Y …"), the senior official the event is addressed by (rule 3)."""
    sentences = list(context.sentences(start, reach))
    guests: set[str] = set()
    board = _BOARD.search(text, start, end)
    for s, e in sentences:
        if _ATTENDS.match(text, s, e) is None:
            # "Đại tá X, Phó Giám đốc Công an tỉnh và ông Y, Bí thư Huyện ủy dự buổi lễ.": the guests named
            # before the verb (probe 590)
            attends = _ATTENDS_AFTER.search(text, s, e)
            if attends is not None and not _CHAIRS.search(text, s, attends.start()):
                guests.update(name for ps, pe, name in people if s <= ps and pe <= attends.start())
            continue
        listed = [(ps, pe, name) for ps, pe, name in people if s <= ps and pe <= e]
        for i, (_ps, pe, name) in enumerate(listed):
            # the head of the board that holds the event, among its guests ("BCĐ … huyện X tổ chức lễ …
            # Dự buổi lễ có …; đ/c Y, …, Trưởng BCĐ."): he leads it, before a guest from above who speaks
            stop = listed[i + 1][0] if i + 1 < len(listed) else e
            semicolon = text.find(";", pe, stop)
            if board is not None and _BOARD_HEAD.search(text, pe, semicolon if semicolon >= 0 else stop):
                return name
            guests.add(name)
    if not guests:
        block = next((b for b in context.blocks if b.start <= start < b.end), None)
        return _speaker_who_asks(text, start, end, sentences, people) \
            or _speaker_who_speaks_and_asks(text, sentences, people, block.end if block is not None else end)
    for s, e in sentences:
        if _SPEAKS_OR_ASKS.search(text, s, e) is None:
            continue
        name = next((name for ps, pe, name in people if s <= ps and pe <= e), None)
        if name in guests:
            return name
    return None


# an official who asks something of the unit that holds the event, the unit called by its head word ("Phòng
# Cảnh sát PCCC … tổ chức hội nghị tổng kết …. Phát biểu tại hội nghị, Đại tá X, Phó Giám đốc Công an tỉnh …
# yêu cầu Phòng tiếp tục …", "Phó Giám đốc Công an tỉnh, Đại tá Y đề nghị Phòng PC46 …")
_ASKS = regex.compile(r"(?<![\p{L}])(?:yêu cầu|đề nghị|chỉ đạo|giao)\s+(?:các\s+)?")
_UNIT_HEAD = regex.compile(
    r"(?<![\p{L}])(?P<head>Phòng|Cục|Đội|Chi cục|Trung tâm|Trường|Bộ Chỉ huy)\s+\p{Lu}")


def _speaker_who_asks(text: str, start: int, end: int, sentences: list[Span],
                      people: list[tuple[int, int, str]]) -> str | None:
    """When nobody chairs, directs, heads a delegation or is listed as attending, at an event a unit holds
    (a department, a division: "Phòng …", "Đội …"): the first person named as the subject of a request to
    that unit by its head word ("X … yêu cầu Phòng tiếp tục …"), the official from above the event is
    addressed by (rule 3). Who only tells figures ("cho biết") or asks others does not lead."""
    holder = _UNIT_HEAD.search(text, start, end)
    if holder is None:
        return None
    for s, e in sentences:
        for asks in _ASKS.finditer(text, s, e):
            if not text.startswith(holder.group("head"), asks.end()):
                continue
            name = _first_person(people, s, asks.start())
            if name is not None:
                return name
    return None


# who speaks at the event ("Ông X, Phó Chủ tịch UBND tỉnh phát biểu tại buổi mít tinh.", "Phát biểu tại hội
# nghị, Đại tá Y …")
_SPEAKS_AT = regex.compile(r"(?<![\p{L}])phát biểu(?:[ ]+(?:chỉ đạo|kết luận|khai mạc))?[ ]+(?:tại|ở)[ ]+"
                           r"(?:buổi|hội|lễ|cuộc|phiên|đại hội|mít tinh)", regex.IGNORECASE)


def _speaker_who_speaks_and_asks(text: str, sentences: list[Span], people: list[tuple[int, int, str]],
                                 paragraph_end: int) -> str | None:
    """When nobody chairs, directs, heads a delegation or is listed as attending: the first person the
    event's paragraph says speaks at it, who also asks or directs ("X … phát biểu tại buổi mít tinh. …
    Ông X yêu cầu các cấp …"), the senior official the event is addressed by (rule 3; probe 602). Who
    only speaks, or speaks in a later paragraph ("Phát biểu tại buổi lễ, …" of a handover, probe 026),
    does not lead."""
    speakers: list[str] = []
    askers: set[str] = set()
    for s, e in sentences:
        if s < paragraph_end and _SPEAKS_AT.search(text, s, e) is not None:
            name = _first_person(people, s, e)
            if name is not None:
                speakers.append(name)
        for asks in _ASKS.finditer(text, s, e):
            name = _first_person(people, s, asks.start())
            if name is not None:
                askers.add(name)
    return next((name for name in speakers if name in askers), None)


# the words before a sentence's subject: up to two phrases with their commas ("Chiều 13/11, ")
_BEFORE_SUBJECT = regex.compile(r"(?:[^,;:.!?\n]{1,120},[ \t]*){0,2}")


# an outlet's dateline without brackets: "VTV.vn - ", "NLĐO - ", "TTO - "
_DATELINE = regex.compile(r"[ \t]*\p{Lu}[\p{L}\d.]{1,19}[ ]+[-–][ ]+")


def _subject_after_dateline(text: str, start: int, end: int, people: list[tuple[int, int, str]],
                            context: Context) -> str | None:
    """The person the event's sentence opens with after an outlet's dateline ("VTV.vn - Chiều 13/11,
    Trung tướng X, Thứ trưởng … đã làm việc với …"; probe 593)."""
    opening = _skip_furniture(text, start, end, context.furniture)
    dateline = _DATELINE.match(text, opening, end)
    if dateline is None:
        return None
    opening = dateline.end()
    first = next(((s, name) for s, e, name in people if opening <= s and e <= end), None)
    if first is None:
        return None
    words = _BEFORE_SUBJECT.match(text, opening, first[0])
    return first[1] if words is not None and words.end() == first[0] else None


def _role_holder(role_start: int, role_end: int, floor: int, people: list[tuple[int, int, str]],
                 sentence: Span | None) -> str | None:
    """Who the role word at [role_start, role_end) is said of: the first person of its sentence
    (from `floor` on) before it ("X chủ trì", "Hội nghị do X chủ trì"), else, when nobody is named
    before it, the first person after it in its sentence ("Dự và chủ trì hội nghị có Đại tá X",
    "Phát biểu chỉ đạo tại Hội nghị, đại tướng X …")."""
    sentence = sentence or (role_start, role_end)
    before = _first_person(people, max(floor, sentence[0]), role_start)
    if before is not None:
        return before
    return _first_person(people, role_end, sentence[1])


def _first_person(people: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    for s, e, name in people:
        if start <= s and e <= end:
            return name
    return None


# an earlier incident the event's sentence opens with, up to its comma: "Sau vụ cháy quán karaoke tại thành
# phố Thuận An (Bình Dương) khiến 32 người chết, ngày 8/9, Phòng … đã kiểm tra …" (after a date too: "Ngày
# 8/9, sau vụ cháy …, …")
_EARLIER_INCIDENT = regex.compile(
    r"(?:[Nn]gày[ ]+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?,[ ]+)?"
    r"(?:[Ss]au|[Tt]rước)[ ]+(?:khi[ ]+xảy[ ]+ra[ ]+)?(?:các[ ]+|những[ ]+|hai[ ]+)?vụ[ ]"
    r"[^,;.\n]{1,200}?,[ ]*",
    regex.V1)


def _after_earlier_incident(text: str, start: int, end: int, places: list[tuple[int, int, str]]) -> int:
    """Where the event's own words start: after an earlier incident its sentence opens with (the
    incident's place is not the event's), when the rest of the sentence names places of its own; else
    its start. An incident named later in the sentence ("… họp về công tác PCCC, sau vụ cháy … tại quận
    Thanh Xuân, TP Hà Nội") is the meeting's subject, its places the meeting's."""
    m = _EARLIER_INCIDENT.match(text, start, end)
    if m is None or not _localities(text, m.end(), end, places):
        return start
    return m.end()


def _localities(text: str, start: int, end: int, places: list[tuple[int, int, str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(name for s, e, name in places if start <= s and e <= end))


def _with_title_province(context: Context, localities: tuple[str, ...]) -> tuple[str, ...]:
    """The main event's localities and the province the title says it is held in ("… tại Đắk Lắk"),
    when they name a district or commune of that province but not the province itself."""
    assert context.result is not None
    text = context.document.text
    units = {loc.name: loc for loc in context.result.localities}
    for block in context.blocks:
        if block.kind != "title":
            continue
        for at in _AT.finditer(text, block.start, block.end):
            province = next((loc for loc in context.result.localities if loc.level == "province"
                             and any(s == at.end() for s, _e in loc.mentions)), None)
            if province is None or province.name in localities:
                continue
            if any(_province_code(units[name]) == province.code for name in localities if name in units):
                return (*localities, province.name)
    return localities


# a province's own body written bare as the event's holder ("CA tỉnh tổ chức lễ ra quân", "Công an tỉnh tổ
# chức hội nghị", "UBND tỉnh đã tổ chức …"): the event is the province's as well as its site's
_BARE_PROVINCE_HOLDER = regex.compile(
    r"(?<![\p{L}])(?:Công an|CA|UBND|Ủy ban nhân dân)[ \t]+(?P<level>tỉnh|huyện|quận|thị xã)[ \t]+"
    r"(?:đã[ \t]+|vừa[ \t]+)?tổ chức(?![\p{L}])")


def _with_host_province(context: Context, start: int, end: int,
                        localities: tuple[str, ...]) -> tuple[str, ...]:
    """The event's localities and the province of a bare "Công an tỉnh" / "CA tỉnh" that holds it: the
    province the district or commune of the sentence lies in ("tại Quảng trường … (TP. Đồng Hới), CA tỉnh
    tổ chức …" -> Đồng Hới, Quảng Bình), or with no place in the sentence the one province the title names
    ("Công an tỉnh Khánh Hòa sơ kết …" over "Sáng 8-10, Công an tỉnh tổ chức hội nghị …"); for a bare
    district body ("UBND huyện tổ chức …") with no place in the sentence, the one district the title names."""
    assert context.result is not None
    text = context.document.text
    holder = _BARE_PROVINCE_HOLDER.search(text, start, end)
    if holder is None:
        return localities
    if holder.group("level") != "tỉnh":
        # a district's own body ("UBND huyện tổ chức hội nghị …") with no place in the sentence: the one
        # district the title names ("Huyện Krông Pắc tổng kết …")
        return localities or _title_unit(context, "district")
    provinces = [loc for loc in context.result.localities if loc.level == "province"]
    units = {loc.name: loc for loc in context.result.localities}
    if any(units[name].level == "province" for name in localities if name in units):
        return localities
    codes = {_province_code(units[name]) for name in localities if name in units} - {None}
    if not localities:
        titles = [(b.start, b.end) for b in context.blocks if b.kind == "title"]
        found = [loc for loc in provinces
                 if any(s <= ms < e for s, e in titles for ms, _me in loc.mentions)]
        return (found[0].name,) if len(found) == 1 else localities
    if len(codes) != 1:
        return localities
    province = next((loc for loc in provinces if loc.code in codes), None)
    return localities if province is None else (*localities, province.name)


def _title_unit(context: Context, level: str) -> tuple[str, ...]:
    """The one place of a level the title names, or none."""
    assert context.result is not None
    titles = [(b.start, b.end) for b in context.blocks if b.kind == "title"]
    found = [loc.name for loc in context.result.localities if loc.level == level
             and any(s <= ms < e for s, e in titles for ms, _me in loc.mentions)]
    return (found[0],) if len(found) == 1 else ()


def _with_commune_province(context: Context, start: int, localities: tuple[str, ...]) -> tuple[str, ...]:
    """The event's localities and, when they are communes of one province only, that province if the
    event's paragraph, the one before or the one after names it ("Ngày 10-10, Công an xã X tổ chức hội nghị …
    Dự hội nghị có … Phó Giám đốc Công an tỉnh Y"; a lead "Công an xã X (tỉnh Y) …" over the event's
    paragraph; "Xã X thuộc tỉnh Y, …" after it); after the merger, the province as it is now."""
    assert context.result is not None
    units = {loc.name: loc for loc in context.result.localities}
    if not localities or any(name not in units or units[name].level != "commune" for name in localities):
        return localities
    codes = {_province_code(units[name]) for name in localities}
    if len(codes) != 1 or None in codes:
        return localities
    if written_after_merger(context.document.date):  # an old commune's province as it is named now
        provinces = admin_index().provinces
        codes |= {provinces[code].current_code for code in codes if code in provinces}
    blocks = [b for b in context.blocks if b.kind == "body"]
    at = next((i for i, b in enumerate(blocks) if b.start <= start < b.end), None)
    if at is None:
        return localities
    near = blocks[max(0, at - 1):at + 2]
    merged = written_after_merger(context.document.date)
    # after the merger, the province as it is now, not a former one named for the commune's history
    # ("tỉnh Kiên Giang cũ, nay thuộc tỉnh An Giang")
    province = next((loc for loc in context.result.localities if loc.level == "province" and loc.code in codes
                     and not (merged and loc.current_name and loc.current_name != loc.name)
                     and any(b.start <= s < b.end for b in near for s, _e in loc.mentions)), None)
    return localities if province is None else (*localities, province.name)


def _with_main_province(context: Context, main: tuple[str, ...],
                        localities: tuple[str, ...]) -> tuple[str, ...]:
    """A later event's localities and, when they are districts or communes of one province that the main
    event is held in, that province: the afternoon's inspection "tại Công an xã Kỳ Hoa, thị xã Kỳ Anh"
    after the morning's session with "Công an tỉnh Hà Tĩnh"."""
    assert context.result is not None
    units = {loc.name: loc for loc in context.result.localities}
    if not localities or any(name not in units or units[name].level not in ("district", "commune")
                             for name in localities):
        return localities
    codes = {_province_code(units[name]) for name in localities}
    province = next((units[name] for name in main if name in units and units[name].level == "province"
                     and units[name].code in codes), None)
    return localities if len(codes) != 1 or province is None else (*localities, province.name)


def _province_code(locality: Locality) -> str | None:
    """The code of the province a district or commune lies in (None for other levels)."""
    index = admin_index()
    table = {"district": index.districts, "commune": index.communes}.get(locality.level)
    if table is None or locality.code is None:
        return None
    units = table.get(locality.name, ())
    if locality.level == "commune":  # a commune of the July 2025 reorganisation ("xã Lệ Thủy")
        units = (*units, *index.new_communes.get(locality.name, ()))
    return next((u.province_code for u in units if u.code == locality.code), None)


def _paragraph_localities(context: Context, start: int,
                          places: list[tuple[int, int, str]]) -> tuple[str, ...]:
    """When the event's sentence names no place: the places of its paragraph, else the provinces
    the report names (a cluster's conference is about its member provinces); none for a national
    conference ("toàn quốc", "trực tuyến")."""
    text = context.document.text
    block = next((b for b in context.blocks if b.start <= start < b.end), None)
    if block is None:
        return ()
    if _NATIONAL.search(text, block.start, block.end) or _ASSEMBLY_MEETS.search(text, start, block.end):
        return ()
    found = _localities(text, block.start, block.end, places)
    if found:
        return found
    assert context.result is not None
    provinces = [loc for loc in context.result.localities if loc.level == "province"]
    # after the July 2025 reorganisation, a province merged into another the report names ("Công an tỉnh tổ
    # chức hội nghị …" over "sau hợp nhất tỉnh Quảng Ngãi và tỉnh Kon Tum"): the former one, named for its
    # history, is not the event's (a cluster's provinces before it all are)
    named = {loc.name for loc in provinces}
    merged = written_after_merger(context.document.date)
    return tuple(loc.name for loc in provinces
                 if not (merged and loc.current_name and loc.current_name != loc.name
                         and loc.current_name in named))


def _date(text: str, mention: DateMention, document_date: str | None, start: int, end: int,
          context: Context, main_year: int | None) -> str | None:
    """The event's ISO date; a report with no date takes the year from the event's own words,
    else from the main event's."""
    date = resolve_date(mention, document_date)
    if date is not None or mention.year is not None or document_date is not None or mention.month is None:
        return date
    year = _year_of_review(text, start, end, context, mention.month) or main_year \
        or _year_of_report(text, context, (start, end))
    return f"{year:04d}-{mention.month:02d}-{mention.day:02d}" if year and mention.day else None


# a term's or a period's years ("nhiệm kỳ 2016 - 2021", "giai đoạn 2012 - 2017"): its last year is no year an
# event of the report falls in (probes 565, 571, 574)
_YEAR_RANGE = regex.compile(r"(?<!\d)((?:19[5-9]|20[0-4])\d)[ ]*[-–][ ]*(?:19[5-9]|20[0-4])\d(?!\d)")


# a lunar new year's name and its year ("Tết Nguyên đán Tân Sửu 2021", "Tết Canh Tý 2020"): the Tết falls in
# January or February of that year, a launch for it from September on in the year before (probe 578)
_TET_YEAR = regex.compile(r"(?<![\p{L}])Tết(?:[ ]+Nguyên[ ]+[đĐ]án)?(?:[ ]+\p{Lu}\p{Ll}+){0,2}[ ]+"
                          r"((?:19[5-9]|20[0-4])\d)(?!\d)")


_CLOSES_RANGE = regex.compile(r"(?<![\p{L}])tổng kết(?![\p{L}])", regex.IGNORECASE)


def _without_ranges(text: str, lo: int, hi: int, month: int | None = None) -> str:
    """`text` with the year ranges between lo and hi blanked (offsets kept); for a day from September
    on, a Tết's year is written as the year before (same width)."""
    cut = _YEAR_RANGE.sub(lambda m: " " * len(m.group()), text[lo:hi])
    if month is not None and month >= 9:
        cut = _TET_YEAR.sub(lambda m: m.group()[:m.start(1) - m.start()] + str(int(m.group(1)) - 1), cut)
    return text[:lo] + cut + text[hi:]


# the years the rest of a report gives: a full date's ("trước ngày 30/5/2019"), a year's ("trong năm
# 2019"), a baseline's the year after it ("so với cùng kỳ năm 2024" -> 2025); not a goal's ("đến năm 2030")
_BASELINE_YEAR = regex.compile(r"(?<![\p{L}])(?:so với|cùng kỳ)(?:[ ]+cùng[ ]+kỳ)?[ ]+năm[ ]+"
                               r"((?:19[5-9]|20[0-4])\d)(?!\d)")
_GOAL_YEAR = regex.compile(r"(?<![\p{L}])(?:đến|tới|đến hết|vào|hướng tới|tầm nhìn)[ ]+(?:cuối[ ]+)?năm[ ]+"
                           r"((?:19[5-9]|20[0-4])\d)(?!\d)")


def _year_of_report(text: str, context: Context, event: Span) -> int | None:
    """The year of a day when neither its sentence, its paragraph nor a period the report reviews
    names one: the one year the report's other paragraphs give (its deadlines, its "năm Y", its
    baselines' next year); none when they give two (probes 590, 591, 593)."""
    assert context.result is not None
    legal = [r.span for r in context.result.legal_refs]
    bare = _without_ranges(text, 0, len(text))
    years: set[int] = set()
    for m in _BASELINE_YEAR.finditer(bare):
        years.add(int(m.group(1)) + 1)
    skip = [m.span(1) for m in _BASELINE_YEAR.finditer(bare)] + [m.span(1) for m in _GOAL_YEAR.finditer(bare)]
    for m in _YEAR.finditer(bare):
        if inside(legal, m.start(), m.end()) or any(s <= m.start() < e for s, e in skip) \
                or event[0] <= m.start() < event[1]:
            continue
        years.add(int(m.group()))
    return years.pop() if len(years) == 1 else None


def _year_of_review(text: str, start: int, end: int, context: Context, month: int) -> int | None:
    """The year a day with no year falls in, from the years the event's sentence (else its
    paragraph, else the periods "năm Y" the report goes on to give) names: a review of year Y is
    held from its autumn to the next February ("tổng kết … năm 2020" on 22.12 -> 2020; on 3.1 -> 2021;
    "… năm 2020 và triển khai … năm 2021"
    on 3.1 -> 2021)."""
    block = next((b for b in context.blocks if b.start <= start < b.end), None)
    scopes = [(_YEAR, start, end)]
    if block is not None:
        # its paragraph; else the period the report goes on to review ("6 tháng đầu năm 2017")
        scopes += [(_YEAR, block.start, block.end), (_YEAR_OF_PERIOD, block.start, len(text))]
    for pattern, lo, hi in scopes:
        years = sorted({int(y) for y in pattern.findall(_without_ranges(text, lo, hi, month), lo, hi)})
        if years:
            break
    else:
        # only a term's or a period's years: the event opens it ("Đại hội …, nhiệm kỳ 2010 - 2015", "ký kết
        # chương trình phối hợp … giai đoạn 2012 - 2017")
        opening = _YEAR_RANGE.search(text, start, end)
        if opening is not None and _CLOSES_RANGE.search(text, start, opening.start()):
            # a review of the range is held at its end: "tổng kết … mùa khô 2015 - 2016" (probe 612)
            return int(opening.group()[-4:])
        return int(opening.group(1)) if opening is not None else None
    latest = years[-1]
    if month >= 7:
        return latest - 1 if latest - 1 in years else latest
    if month <= 2 and len(years) == 1 and _REVIEW.search(text, lo, hi):
        return latest + 1
    return latest


_MARKET = r"[Cc]hợ[ ]+\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*){0,3}(?![\p{L}\d])"
# markets by their names, one or several: "tại chợ Tam Kỳ và chợ Chiều (TP.Tam Kỳ)"
_MARKETS = regex.compile(_MARKET + r"(?:[ ]*(?:,|và)[ ]*" + _MARKET + r")*")


def _place(text: str, start: int, end: int, places: list[tuple[int, int, str]],
           bodies: dict[int, int]) -> str | None:
    """The place phrase after "tại", as written, or None: a building, an open place by its name ("tại
    Quảng trường Hùng Vương", "tại Khu công nghiệp …", "tại nhà văn hóa bản …"), markets by their names
    ("tại chợ Tam Kỳ và chợ Chiều"), one of a kind with where it is ("tại sân vận động trên địa bàn thành
    phố Việt Trì"), a body ("tại Công an tỉnh
    Gia Lai"), an organization the report names ("tại Trường THPT …"), else named places."""
    for at in _AT.finditer(text, start, end):
        pos = at.end()
        building = _BUILDING.match(text, pos, end) or _OPEN_PLACE.match(text, pos, end) \
            or _MARKETS.match(text, pos, end) or _VILLAGE.match(text, pos, end)
        if building is not None:
            return text[pos:building.end()].rstrip()
        kind_where = _KIND_WHERE.match(text, pos, end)
        if kind_where is not None:
            stop = _places_from(text, kind_where.end(), end, places)
            if stop > kind_where.end():
                return text[pos:stop]
        among = _AMONG.match(text, pos, end)
        inside = _OPEN_PLACE.match(text, among.end(), end) if among is not None else None
        if inside is not None:
            # "tại các doanh nghiệp trong Khu công nghiệp Bình Xuyên": the park they are in (the businesses
            # themselves no place)
            return text[among.end():inside.end()].rstrip()
        body = match_body(text, pos)  # "tại Công an tỉnh Gia Lai", "tại Bộ Chỉ huy Quân sự tỉnh"
        if body is not None and body.end <= end:
            return normalize_name(text[pos:body.end])
        if bodies.get(pos, end + 1) <= end:  # a school, a company, a park the organizations step found
            stop = bodies[pos]
            # "tại Công ty A và Công ty B"
            while (more := _AND.match(text, stop, end)) is not None \
                    and bodies.get(more.end(), end + 1) <= end:
                stop = bodies[more.end()]
            return normalize_name(text[pos:stop])
        stop = _places_from(text, pos, end, places)
        # "… của người nước ngoài tại Việt Nam": the country is no place an event is held at within it
        if stop > pos and not any(s == pos and e == stop and name == "Việt Nam" for s, e, name in places):
            return text[pos:stop]
    return None


def _places_from(text: str, pos: int, end: int, places: list[tuple[int, int, str]]) -> int:
    """End of a run of place names starting at pos ("phường Hồng Hà, TP Hạ Long"), or pos."""
    stop = pos
    while True:
        found = next((e for s, e, _ in places if s == pos), None)  # "TP.HCM" is a mention whole
        level = _LEVEL.match(text, pos, end) if found is None else None
        if level is not None:
            found = next((e for s, e, _ in places if s == level.end()), None)
        if found is None:
            return stop
        stop = found
        comma = _COMMA.match(text[found:end])
        if comma is None:
            return stop
        pos = found + comma.end()
