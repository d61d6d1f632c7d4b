"""Targets: quantified goals set for a body ("giảm ít nhất 5% số vụ phạm tội về trật tự
xã hội so với năm 2020", "nằm trong 15 tỉnh đứng đầu cả nước về quy mô GRDP").

Needs `context.result.directives` (a figure inside a directive is a goal) and
`.localities` (scope); a report that is not about security and order
(`relevance.security_report`) has none. A figure is a target when it stands in a
goal context: a directive sentence, or a goal word before it in its part of the
sentence (not across ";"): "mục tiêu", "phấn đấu", "chỉ tiêu" (not "vượt chỉ
tiêu", a goal met), "phải", "cần", "yêu cầu", "bảo đảm", a pledge: "cam kết",
"đăng ký giảm thêm 3%". Reported results ("giảm 11,3% so với năm 2020" in a
review paragraph, "đã điều tra, khám phá hơn 45.000 vụ" before the request of a
directive) are indicators, and a percentage that describes ("60% dân số sống ở
nông thôn") is neither.

The span runs from the goal's verb (or its metric, or a deadline right before
the verb) through the metric and any baseline or deadline that follows.
`scope` is the locality named before the figure in its sentence, else null for a
goal set to the whole force ("Công an các đơn vị, địa phương"), else the
document's province.
"""

from __future__ import annotations

import dataclasses

import regex

from chidao.extract.commitments import (
    EQUIPMENT_UNITS,
    GIVEN_UNITS,
    HEADQUARTERS_FOR,
    company_pledge,
    headquarters_task,
    jobs_pledged,
    per_unit_norm,
)
from chidao.extract.context import Context
from chidao.extract.directives import PENALTIES_COUNTED
from chidao.extract.figures import crime_clearance, fire_or_traffic, topic_count
from chidao.extract.metrics import (
    CADRES,
    COUNT_NOUNS,
    MONEY_UNITS,
    NONE_BELOW,
    STAFF_NOUNS,
    Amount,
    MetricMention,
    around,
    default_scope,
    find_amounts,
    find_metrics,
    first_metric,
    fits,
    held_jointly,
    is_joint,
    keys_named,
    last_national,
    locality_in,
    metric_in_unit,
    metric_units,
    passages,
    title_passage,
    unnamed_place,
    whole_force_national,
)
from chidao.extract.periods import (
    Marked,
    baseline_after,
    find_deadline,
    opening_frame,
    sentence_deadline,
)
from chidao.extract.relevance import security_report
from chidao.model import Document, Target
from chidao.text.sentences import list_heading

_GOAL = regex.compile(
    # "vượt chỉ tiêu đề ra" reports a goal met: a result
    r"\b(?:[Mm]ục tiêu|[Pp]hấn đấu|(?<!(?:vượt|đạt|hoàn thành|vượt mức)\s)chỉ tiêu|phải|cần"
    # "146 kiến nghị yêu cầu khắc phục vi phạm" names documents issued, "phát hiện và yêu cầu khắc phục 37
    # thiếu sót" the flaws an inspection found: no goal
    r"|(?<!đáp ứng |\d kiến nghị |phát hiện,? và |phát hiện, )yêu cầu"
    r"|(?<!(?:hồ sơ|danh sách|tờ trình)\s)đề nghị"
    # ("cơ sở không bảo đảm điều kiện an toàn" describes what is found: no goal)
    r"|(?<!(?:không|chưa)\s)(?:bảo đảm|đảm bảo)|hướng tới"
    r"|quyết tâm|cam kết|[Đđ]ăng ký(?=\s+(?:kéo giảm|giảm|tăng|đạt|phấn đấu)))\b",
    regex.V1)
# "đã điều tra, khám phá hơn 45.000 vụ" before the request of the same sentence: a result
# ("khắc phục những thiếu sót đã được chỉ ra, giải quyết dứt điểm 37 hồ sơ …": the flaws found, a relative
# clause, and the goal after it)
_DONE = regex.compile(
    r"\bđã\b(?!\s+(?:được\s+)?(?:chỉ ra|nêu ra|nêu|phát hiện|kết luận|kiến nghị|ghi nhận)\s*,)|\bđạt được\b",
    regex.V1)
_AFTER = regex.compile(r"(?<!\w)sau khi(?!\w)", regex.V1)
# a request or order between a deed done and the goal word ("đã chỉ đạo các đơn vị bảo đảm 100% …": a goal)
_ASKED_AFTER_DEED = regex.compile(r"(?<![\p{L}])(?:chỉ đạo|yêu cầu|đề nghị|giao|quán triệt)(?![\p{L}])",
                                  regex.V1)
# a count after "của": whose the thing counted belongs to ("hồ sơ … của 38 hộ"), no goal's value (a share
# stays one: "đối chiếu thông tin của 100% tài khoản")
_OF_WHOM = regex.compile(r"(?<![\p{L}])của\s+$", regex.V1)
_DIRECTION = regex.compile(
    # "có thêm ít nhất 5 xã … được công nhận không ma túy": more of them, an increase
    r"\b(?P<dec>[Kk]éo giảm|giảm)\b|\b(?P<inc>tăng(?! cường)|nâng|có thêm)\b"
    r"|\b(?P<reach>đạt|nằm trong|có|lên)\b",
    regex.V1)
# the goal's metric runs until its baseline, a deadline, or the next clause
# the tolls a fire shares with traffic: counted of fires where fire is the topic
_FIRE_FORMS = {"traffic_deaths": "fire_deaths", "traffic_injuries": "fire_injuries"}
_METRIC_END = regex.compile(
    # a comma ends it too: "giảm 5% tội phạm …, tỷ lệ … đạt 80%" (not the one of "cán bộ, chiến sĩ")
    # (nor the commas of a list of levels: "ít nhất 100 xã, phường, thị trấn không có ma túy")
    # (nor those of a list of acts: "15 vụ mua bán, vận chuyển trái phép chất ma túy")
    # (nor those of a list of vehicles: "100% học sinh đi xe mô tô, xe gắn máy đội mũ bảo hiểm", nor of counts
    # sharing one cause: "10% số vụ, số người chết và số người bị thương do tai nạn giao thông", nor that of
    # the cause "cháy, nổ" before a baseline: "10% số người chết do cháy, nổ so với năm 2023")
    # (nor that of the gangs and dens "băng, ổ nhóm", nor of the stations and vehicles "bến xe, phương tiện")
    # (nor that of a list of villages and quarters: "100% thôn, khu phố có mô hình …")
    r",(?!\s*(?:chiến\s+sĩ|phường|thị\s+trấn|xã|đặc\s+khu|vận\s+chuyển|tàng\s+trữ|xe|phương\s+tiện|số\s+người"
    r"|khu\s+phố|tổ\s+dân\s+phố)\b)"
    r"(?!(?<=\bcháy,)\s*nổ\s+so\s+với\b)(?!(?<=\bbăng,)\s*(?:ổ|nhóm)\b)"
    # (nor that of the acts a count of cases is of, before a baseline: "số vụ vi phạm bị phát hiện, bắt giữ so
    # với 6 tháng đầu năm")
    r"(?!\s*bắt\s+giữ\s+so\s+với\b)"
    r"|\s+so với\b|\s+(?:đến|tới|trong|vào)\s+(?:hết\s+|cuối\s+)?năm\s+\d{4}|[;.…!?”]"
    # (not the quote that opens the title a place is recognized with: "30 xã được công nhận \"xã không ma
    # túy\"", its words the metric's; the closing one ends it)
    r"|(?<!công\s+nhận\s)\""
    # or a day or a quarter: "… được kiểm tra trước ngày 30/9/2023", "… trong quý I/2026"
    r"|\s+(?:đến|trước|trong|hết)\s+(?:hết\s+)?(?:ngày\s+\d|quý\s+[IV1-4])"
    r"|,\s+(?:hướng tới|nhằm|góp phần|để|đồng thời|phấn đấu|thu nhập|trong đó)\b|\s+\(",
    regex.V1)
# money, areas, staff and seats are resources promised (commitments), not goals
_NOT_ONE_PHRASE = regex.compile(r"[,;:]|\b(?:phải|cần|để|phấn đấu)\b", regex.V1)
# a goal's own year between its metric and its verb: "tỷ lệ giải quyết án năm 2018 đạt trên 90%"
_YEAR_IN_GOAL = regex.compile(
    r"(?<!so với |so với cùng kỳ |cùng kỳ )\bnăm (\d{4})\s+(?=(?:phải\s+|cần\s+)?đạt\b)", regex.V1)
_BARE_YEAR = regex.compile(r"(?<!so với |so với cùng kỳ )\bnăm (\d{4})[\s,]*$", regex.V1)  # not a baseline
# (things and teams given or set up, as commitments count them: "trang bị 2 ca nô", "thành lập 5 tổ công tác")
_NOT_TARGET_UNITS = MONEY_UNITS | EQUIPMENT_UNITS | GIVEN_UNITS | {
    "m2", "km", "ha", "biên chế", "chỗ", "tầng", *CADRES,
    # resources and what a facility holds, not goals
    "trụ sở", "căn nhà", "ngôi nhà", "kíp", "học viên", "phạm nhân", "lượt phạm nhân", *STAFF_NOUNS,
    # staff, means, rooms and sites pledged, teams and delegations set up, classes held ("sẽ bố trí thêm 20
    # nhân viên", "lắp đặt 12 cần chắn", "thành lập 5 đoàn kiểm tra", "tổ chức 10 lớp tập huấn")
    "nhân viên", "cần chắn", "chó nghiệp vụ", "buồng tạm giam", "điểm dân cư", "đội", "đoàn", "lớp tập huấn",
    "lớp"}
# things a body aims to install or build ("Phấn đấu đến cuối năm 2026, phường lắp đặt thêm 80 camera", "đặt
# mục tiêu … xây dựng thêm ít nhất 60 căn nhà"): a goal, not a resource pledged (a pledge, "sẽ" or "cam kết",
# stays a commitment)
_SET_AS_GOAL = (EQUIPMENT_UNITS | {"căn nhà", "ngôi nhà"}) - {"mũ", "áo phao", "phao cứu sinh", "áo mưa",
                                                             "đèn pin", "bộ đàm"}
_AIMED = regex.compile(r"(?<!\w)(?:[Mm]ục tiêu|[Pp]hấn đấu|chỉ tiêu)(?!\w)", regex.V1)
# … the count right after its verb ("lắp đặt thêm 80 camera"; not the total it brings "lên 400 camera")
_BUILT = regex.compile(r"(?<!\w)(?:lắp đặt|lắp|xây dựng|xây mới|trang bị|mua sắm)(?:\s+(?:thêm|mới))?\s*$",
                       regex.V1)
_MAX_VERB_GAP = 60
# "thêm" right before a count: "xây dựng thêm ít nhất 5 xã"
_MORE = regex.compile(r"(?<!\w)thêm\s+(?:(?:ít nhất|tối thiểu|khoảng|hơn|trên)\s+)?$", regex.V1)
_PLACE_UNITS = frozenset({"xã", "phường", "thị trấn", "huyện", "đơn vị", "xã, phường", "xã, thị trấn",
                          "xã, phường, thị trấn", "thôn", "ấp", "khu dân cư"})
_RANKING = regex.compile(r"\b(?:nằm trong|top|tốp|nhóm|dẫn đầu|đứng đầu|xếp thứ|xếp hạng)\b", regex.V1)
_LEAD_SPACE = regex.compile(r"[\s,]*", regex.V1)
# "phấn đấu đến hết năm 2021 hoàn thành 100% …": words between a deadline and its goal
_DEADLINE_GAP_WORDS = 3
_STAFF_UNITS = {"biên chế", *CADRES, *STAFF_NOUNS}
_CLEARANCE = {"case_clearance_rate", "cases_solved", "serious_case_clearance_rate"}
# between a goal's verb and its figure, words that are no metric: "giảm thêm 3% số vụ …"
_ADVERBS_ONLY = regex.compile(
    r"[\s,]*(?:(?:thêm|được|từ|xuống|lên|còn|tiếp|ít nhất|tối thiểu)[\s,]*)*", regex.V1)


def extract_targets(document: Document, context: Context) -> list[Target]:
    """Quantified goals in body sentences, in order (none in a report that is not about
    security and order)."""
    assert context.result is not None
    text = document.text
    directive_spans = [d.span for d in context.result.directives]
    out: list[Target] = []
    headed: list[tuple[int, int, Amount, int]] = []  # the title's shares with no goal word
    title = title_passage(context)
    for passage in ([title] if title is not None else []) + passages(context):
        if passage is not title and title is not None and passage.start == title.start:
            continue  # the title block, read above
        for start, end in passage.sentences:
            in_directive = any(s <= start and end <= e for s, e in directive_spans)
            goals_before = False  # a goal set earlier in the sentence: the parts after ";" go on with it
            past = _past_frame(text, passage.sentences[0][0], start, end, document.date) \
                or _year_account(text, passage.sentences[0][0], start, end)
            for amount in sorted(find_amounts(text, start, end) + _time_norms(text, start, end),
                                 key=lambda a: a.start):
                near_start, near_end = around(text, (start, end), (amount.start, amount.end))
                # the goal word stands in the figure's part of the sentence, not before a ";"
                segment = _segment_start(text, near_start, amount.start)
                norm = per_unit_norm(text, start, segment, amount) \
                    or (amount.at_least and bool(_PER_PERIOD_BEFORE.search(text, segment, amount.start))) \
                    or _floor_per_unit(text, amount) or _norm_per_unit(text, amount) is not None
                if amount.unit in _NOT_TARGET_UNITS and not norm \
                        and not (amount.unit in _SET_AS_GOAL and _AIMED.search(text, segment, amount.start)
                                 and _BUILT.search(text, segment, amount.start)) \
                        and not _money_goal(text, segment, amount, goals_before):
                    continue
                goal = _last(_GOAL, text, segment, amount.start)
                if goal is not None and _ASSESSED.match(text, goal.end()):
                    continue  # "chúng ta phải thẳng thắn nhìn nhận: … năm 2023 có 146 vụ": an assessment
                if goal is None:
                    goal = _pledged_share(text, segment, amount, end, document.date)
                if goal is None:
                    goal = _pledged_by_date(text, start, segment, amount, end, document.date)
                if _TOLL_CAUSED.search(text, max(segment, amount.start - 20), amount.start):
                    continue  # "sau vụ hỗn chiến khiến 2 người chết": an incident's toll, no goal
                if amount.unit == "người" and _STAFF_PLEDGED.search(text, segment, amount.start):
                    continue  # "cam kết bố trí 45 người trực chốt": people pledged to posts, a commitment
                if amount.unit == "%" and company_pledge(text, start, amount) is not None:
                    continue  # "Công ty X cam kết 100% lái xe … không uống rượu": its policy, a commitment
                if jobs_pledged(text, segment, amount):
                    continue  # "Công ty X cam kết tiếp nhận 60 người … vào làm việc": jobs pledged
                if amount.unit in _HANDED_PEOPLE and _HANDOVER.search(text, max(segment, amount.start - 20),
                                                                      amount.start):
                    continue  # "đề nghị phía bạn … bàn giao 6 đối tượng truy nã": known people, no goal
                if amount.unit in _PLACE_UNITS and _PRIORITISED.search(text, max(segment, amount.start - 24),
                                                                       amount.start):
                    continue  # "… cho Công an xã, trong đó ưu tiên 14 xã biên giới …": the places favoured
                if goal is None and amount.unit != "%" and _ABOUT.search(text, segment, amount.start):
                    continue  # "kiến nghị … có ý kiến đối với 2 vụ việc": what a request is about, no goal
                if goal is None and not in_directive and not goals_before and not norm \
                        and not _dated_change(text, segment, amount.start) \
                        and not _plan_year(text, start, segment, amount.start) \
                        and not _listed_goal(text, start):
                    if passage is title and amount.unit == "%":
                        headed.append((near_start, near_end, amount, start))
                    continue
                if past and (goal is None or not _STRONG_GOAL.match(goal.group())):
                    continue  # "Năm 2022, … khởi tố mới 812 vụ" in a report of 2023: a year's results
                if _DONE.search(text, goal.end() if goal else segment, amount.start):
                    continue
                if goal is not None and _AFTER.search(text, goal.end(), amount.start):
                    continue  # "yêu cầu …, sau khi 6 tháng qua cả nước phát hiện hơn 12.800 vụ": done
                if goal is not None and goal.group() in ("bảo đảm", "đảm bảo") \
                        and (done := _DONE.search(text, segment, goal.start())) is not None \
                        and _ASKED_AFTER_DEED.search(text, done.end(), goal.start()) is None:
                    continue  # "đoàn đã kiểm tra công tác … và bảo đảm an ninh, trật tự tại 3 doanh nghiệp"
                if amount.unit != "%" \
                        and _OF_WHOM.search(text, max(segment, amount.number_start - 8), amount.number_start):
                    continue  # "rà soát hồ sơ đo đạc, kiểm đếm của 38 hộ": whose the records are, no goal
                if goal is not None and (_past_request(text, segment, goal)
                                         or (not text[segment:goal.start()].strip(" ,")
                                             and _past_request(text, start, goal))):
                    # (a request opening a part of the sentence after ";" goes on with the deeds done before
                    # it: "năm 2021, Cục đã phát hiện 37 vụ …; yêu cầu các nền tảng gỡ bỏ 2.650 video")
                    continue
                if goal is not None and goal.group() == "đề nghị" \
                        and PENALTIES_COUNTED.match(text, goal.end()):
                    continue  # "Đoàn đã lập biên bản, đề nghị xử phạt 11 trường hợp": an inspection's results
                if _BODIES_OF.search(text, max(start, amount.start - 20), amount.start) \
                        and amount.unit.split(",")[0] in _LEVEL_UNITS:
                    continue  # "yêu cầu … UBND 148 xã, phường đẩy nhanh …": the bodies asked, no goal
                if amount.unit == "tỉnh" \
                        and not _RANKING.search(text, max(start, amount.start - 30), amount.end + 30):
                    continue  # "với 63 tỉnh, thành phố": the provinces taking part, not a ranking goal
                if amount.unit in _TIME_UNITS:
                    out.append(_time_target(text, context, segment, amount, start, end))
                else:
                    target = _target(text, context, near_start, near_end, amount, start)
                    if target.metric_key is None and amount.unit == "đơn vị" and goals_before \
                            and out[-1].span[0] >= start:
                        # "…; năm 2023 có thêm 25 đơn vị": the units the goal before counts
                        target = dataclasses.replace(target, metric_key=out[-1].metric_key)
                    out.append(target)
                goals_before = True
            if in_directive:
                out += _headquarters_tasks(text, context, start, end)
    out = _restated_in_title(text, context, headed, out) + out
    if out and not security_report(context):  # asked only when there is something to keep
        return []
    return out


def _restated_in_title(text: str, context: Context, headed: list[tuple[int, int, Amount, int]],
                       found: list[Target]) -> list[Target]:
    """A share in the title with no goal word of its own ("TPHCM: Kiểm tra 100% cơ sở có nguy cơ cháy nổ
    cao") is the goal the body sets in the same words ("yêu cầu … kiểm tra 100% cơ sở có nguy cơ cháy nổ cao
    trước ngày 30-6-2015"): a target of its own, with the title's words (a title's goal is a target, as its
    figure is an indicator), none when the body sets no such goal."""
    out = []
    for near_start, near_end, amount, start in headed:
        words = _TITLE_CLAUSE.match(text, amount.start, near_end)
        said = _plain(text[amount.start:words.end()]) if words is not None else ""
        if len(said.split()) < 3:
            continue
        same = [t for t in found if t.span[0] > near_end and t.unit == "%" and t.value == amount.value
                and _told_again(said, _plain(t.text))]
        if not same:
            continue
        target = _target(text, context, near_start, near_end, amount, start)
        if target.metric_key is None:
            target = dataclasses.replace(target, metric_key=same[0].metric_key, metric=same[0].metric)
        if target.metric_key == same[0].metric_key:
            out.append(target)
    return out


def _plain(words: str) -> str:
    return " ".join(words.lower().split())


def _told_again(said: str, body: str) -> bool:
    """Whether a goal the body sets tells the title's words again: all of them in one run, or, worded a little
    otherwise ("5% tội phạm về trật tự xã hội" told as "5% số vụ phạm tội về trật tự xã hội", "100% nhà trọ từ
    10 phòng trở lên" as "100% nhà trọ có từ 10 phòng trở lên"), the figure and three in four of its other
    words among the body goal's."""
    if said in body:
        return True
    figure, *words = said.split()
    told = set(body.replace(",", " ").split())
    return figure in told and len(words) >= 3 and 4 * sum(w in told for w in words) >= 3 * len(words)


# a title's words from its figure to its end or its first stop
_TITLE_CLAUSE = regex.compile(r"[^,;:.!?\n]+", regex.V1)


# people handed over, counted right after the verb: those asked for or sent are known ones, no goal
_HANDOVER = regex.compile(r"(?<!\w)(?:bàn giao|trao trả|dẫn độ|chuyển giao)(?:\s+lại)?\s+$", regex.V1)
_HANDED_PEOPLE = frozenset({"đối tượng", "người", "phạm nhân", "công dân", "bị can"})


# "hoàn thành xây dựng trụ sở cho 32 Công an xã, phường còn thiếu trong năm 2026"
_FINISHED = regex.compile(r"(?<!\w)hoàn thành\s*$", regex.V1)
_LEFT = regex.compile(r"\s+còn\s+(?:lại|thiếu)(?!\w)", regex.V1)


# a body word right before a count of places: the bodies of that many places ("UBND 148 xã, phường", "Công an
# 63 tỉnh, thành phố"), who is asked, not what is to be reached
_BODIES_OF = regex.compile(
    r"(?<!\w)(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân|Công an|Đảng ủy|Ban Chỉ đạo|BCĐ|chính quyền)"
    r"(?:\s+(?:các|của))?\s*$", regex.V1)
_LEVEL_UNITS = frozenset({"xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "tỉnh", "thành phố"})


def _headquarters_tasks(text: str, context: Context, start: int, end: int) -> list[Target]:
    """Headquarters to build for a count of commune police units by a deadline, asked for with no money or
    pledge in the sentence: a counted task (commitments.py leaves them)."""
    out = []
    this_year = context.report_year()
    for m in HEADQUARTERS_FOR.finditer(text, start, end):
        if not headquarters_task(text, start, end, m):
            continue
        finished = _FINISHED.search(text, max(start, m.start() - 15), m.start())
        span_start = finished.start() if finished else m.start()
        left = _LEFT.match(text, m.end("units"))
        span_end = max(m.end(), left.end() if left else m.end())
        deadline = find_deadline(text, span_end, end, this_year)
        out.append(Target(
            metric=text[m.start():m.start("num")].strip().removesuffix(" cho"),
            metric_key="commune_police_headquarters",
            direction="reach", value=float(m.group("num").replace(".", "")),
            unit=" ".join(m.group("units").split()),
            at_least=False, baseline=None, deadline=deadline.value if deadline else None,
            scope=_scope(text, context, start, span_start, end),
            text=text[span_start:span_end], span=(span_start, span_end)))
    return out


# a sentence that goes on with the pact, plan or programme of the sentence before: "Theo đó, …"
_THEREBY = regex.compile(r"[\s\"“]*Theo đó\b", regex.V1)
_PACT_YEAR = regex.compile(
    r"(?<!\w)(?:giao ước|kế hoạch|chương trình|nghị quyết)(?:\s+\p{L}+){0,4}?\s+năm\s+(?P<year>\d{4})(?!\d)",
    regex.V1 | regex.IGNORECASE)
_PACT_REACH = 300


def _pact_year(text: str, sentence_start: int, this_year: str | None) -> Marked | None:
    """The year of the pact or plan the sentence before names, for goals of a sentence that opens "Theo đó,"
    ("… đã ký kết giao ước thi đua năm 2021. Theo đó, … phấn đấu kéo giảm …"); not a past year."""
    if _THEREBY.match(text, sentence_start) is None:
        return None
    before_start = max(0, sentence_start - _PACT_REACH)
    stop = max(text.rfind(".", before_start, sentence_start - 2),
               text.rfind("\n", before_start, sentence_start - 2))
    found = _last(_PACT_YEAR, text, stop + 1 if stop >= 0 else before_start, sentence_start)
    if found is None or (this_year is not None and found.group("year") < this_year):
        return None
    return Marked(found.group("year"), found.start("year"), found.end("year"))


def _floor_per_unit(text: str, amount: Amount) -> bool:
    """Whether the amount is a floor set for every unit ("không để đơn vị nào có dưới 25 cán bộ"): a norm,
    whatever its unit counts; or the staff each unit is to have at least ("bảo đảm mỗi Công an xã có ít nhất
    12 cán bộ, chiến sĩ")."""
    return NONE_BELOW.match(text, amount.start, amount.number_start) is not None \
        or _staff_per_unit(text, amount) is not None


# what each unit is to have, at least: "bảo đảm mỗi Công an xã biên giới có ít nhất 12 cán bộ, …", "mỗi
# thôn, buôn giáp biên phải có ít nhất 1 tổ …", "mỗi đội duy trì ít nhất 2 tổ tuần tra" (a period is no
# unit: "mỗi đêm có ít nhất 3 tổ", `_PER_PERIOD_BEFORE`)
_PER_UNIT = regex.compile(
    r"(?<!\w)[Mm]ỗi\s+(?!(?:ngày|đêm|tuần|tháng|quý|năm|ca|lần|lượt)\b)(?:(?!(?:chỉ|đã|hiện|mới|đều|vẫn|còn)\s)[\p{L}\d]+,?\s+){1,5}?"
    r"(?:phải\s+|cần\s+)?(?:có|được bố trí|bố trí|duy trì)\s*$", regex.V1)


def _norm_per_unit(text: str, amount: Amount) -> regex.Match[str] | None:
    """The words "mỗi <unit> (phải) có / duy trì" before a floor each unit is to reach ("ít nhất 1 tổ
    tự quản"), if so: a norm, a goal whatever verb frames it."""
    if not amount.at_least:
        return None
    return _PER_UNIT.search(text, max(0, amount.start - 60), amount.start)


def _staff_per_unit(text: str, amount: Amount) -> regex.Match[str] | None:
    """The words "mỗi <unit> có" before a floor of staff ("ít nhất 12 cán bộ, chiến sĩ"), if so."""
    return _norm_per_unit(text, amount) if amount.unit in _STAFF_UNITS else None


def _past_request(text: str, segment: int, goal: regex.Match[str]) -> bool:
    """Whether a request is one of the deeds a body reports having done: "đơn vị đã phát hiện 2.100 trang web
    …, yêu cầu nhà mạng gỡ bỏ 1.800 trang web" (a result counted after "đã" and before the request in its
    part of the sentence); "đã yêu cầu … giảm 5%" stays a goal."""
    if goal.group() not in ("yêu cầu", "đề nghị"):
        return False
    done = _DONE.search(text, segment, goal.start())
    return done is not None and bool(find_amounts(text, done.end(), goal.start()))


# money aimed at: "phấn đấu số thu nộp ngân sách … đạt ít nhất 12.000 tỷ đồng"
# "phải / cần … nhìn nhận:" opens an assessment of what happened, no goal
_ASSESSED = regex.compile(r"(?:\s+(?:thẳng thắn|nghiêm túc|khách quan|thấy rõ|cũng))*"
                          r"\s+(?:nhìn nhận|thừa nhận|thấy rằng|đánh giá)\b[^:;.]{0,40}:", regex.V1)
_REACHES = regex.compile(r"(?<!\w)đạt(?:\s+(?:mức|khoảng|từ))?\s*$", regex.V1)


def _money_goal(text: str, segment: int, amount: Amount, goals_before: bool = False) -> bool:
    """Whether money is a goal's figure: reached ("đạt") under "mục tiêu / phấn đấu / chỉ tiêu", or in a part
    of a sentence whose earlier part set goals ("phấn đấu …; doanh thu … đạt từ 20 tỷ đồng trở lên"), with a
    metric before it that the vocabulary counts in money only (fines, assets recovered, a prison's revenue),
    not a sum given or spent."""
    if amount.unit not in MONEY_UNITS:
        return False
    aimed = _last(_AIMED, text, segment, amount.start)
    aimed_end = aimed.end() if aimed is not None else segment if goals_before else None
    if aimed_end is None or not _REACHES.search(text, max(aimed_end, amount.start - 12), amount.start):
        return False
    return any(_in_money(m.key) for m in find_metrics(text, aimed_end, amount.start))


def _in_money(key: str) -> bool:
    """Whether the vocabulary counts a metric in money only (fines, assets recovered, a fire's damage)."""
    units = metric_units().get(key, frozenset())
    return bool(units) and units <= MONEY_UNITS


# a share a body says it will reach, or has ordered by a later day: "Cục sẽ … kiểm tra ma túy đối với 100% lái
# xe", "Công an tỉnh đã chỉ đạo … quản lý chặt 100% người nghiện … trước ngày 10/1/2025"; not a forecast
# ("dự báo … sẽ tăng 10%", "sẽ chiếm 30%")
_WILL = regex.compile(r"(?<!\w)(?:sẽ|đã chỉ đạo)(?!\w)", regex.V1)
_FORECAST = regex.compile(r"(?<!\w)(?:dự báo|ước tính|có thể|có khả năng|nguy cơ)(?!\w)", regex.V1)
_CHANGE_OR_PART = regex.compile(r"(?<!\w)(?:tăng|giảm|nâng|chiếm|còn|xuống|lên|khoảng|gần|hơn)(?!\w)",
                                regex.V1)


def _pledged_share(text: str, segment: int, amount: Amount, end: int,
                   date: str | None) -> regex.Match[str] | None:
    """The "sẽ" or "đã chỉ đạo" that makes a share a goal: a whole share (100%) or one the action is done for
    ("cho / đối với / tại N%"), no change or part between; an order ("đã chỉ đạo") only with a deadline after
    the report's date."""
    if amount.unit != "%" or (amount.value != 100 and not _SHARE_FOR.search(text, segment, amount.start)):
        return None
    will = _last(_WILL, text, segment, amount.start)
    if will is None or _FORECAST.search(text, segment, will.start()) \
            or _CHANGE_OR_PART.search(text, will.end(), amount.start):
        return None
    if will.group() == "đã chỉ đạo":
        deadline = find_deadline(text, amount.end, end, date[:4] if date else None)
        if deadline is None or date is None or deadline.value <= date:
            return None
    return will


# a count a body says it will finish by a later day, in a part after ";" of the pledge's sentence: "khẳng
# định Công an xã sẽ tiếp nhận đầy đủ …; giải quyết xong 37 vụ việc tồn đọng trước ngày 30/9/2025"; the
# pledge ("sẽ", "cam kết", "kế hoạch", "dự kiến") before the count, the deed ("giải quyết xong", "hoàn thành")
# right before it, the day after it and after the report's date (a day gone by, or none, is a deed told)
_PLEDGE_OR_PLAN = regex.compile(r"(?<!\w)(?:sẽ|cam kết|khẳng định|kế hoạch|dự kiến)(?!\w)", regex.V1)
_FINISH = regex.compile(
    r"(?<!\w)(?:giải quyết|xử lý|điều tra|hoàn thành|hoàn tất|làm rõ|khắc phục|thu hồi)"
    r"(?:\s+(?:xong|dứt điểm|triệt để))?\s+(?:(?:ít nhất|tối thiểu|toàn bộ|hết)\s+)?$", regex.V1)


def _pledged_by_date(text: str, start: int, segment: int, amount: Amount, end: int,
                     date: str | None) -> regex.Match[str] | None:
    """The pledge that makes a count a goal: a deed of finishing right before the count, a pledge before
    it in the sentence, no deed done or forecast between, and a deadline after the count, later than the
    report's date."""
    if amount.unit == "%" or date is None or not _FINISH.search(text, max(segment, amount.start - 40),
                                                                 amount.start):
        return None
    pledge = _last(_PLEDGE_OR_PLAN, text, start, amount.start)
    if pledge is None or _DONE.search(text, pledge.end(), amount.start) \
            or _FORECAST.search(text, start, amount.start):
        return None
    stop = regex.compile(r"[;.!?]").search(text, amount.end, end)
    deadline = find_deadline(text, amount.end, stop.start() if stop else end, date[:4])
    if deadline is None or deadline.value[:len(date)] <= date[:len(deadline.value)]:
        return None
    return pledge


# a time norm: "trong vòng 30 phút", "trong thời hạn không quá 30 ngày", "không quá 5 ngày làm việc"; a
# date after its unit ("trong 2 ngày 26 - 27/12"), a holiday ("3 ngày Tết") or a stretch of time ("6 tháng
# đầu năm") makes it a duration, no norm
# a floor ("lưu trữ hình ảnh ít nhất 30 ngày", at least) and an interval ("định kỳ 6 tháng một lần") are
# norms too
_TIME_NORM = regex.compile(
    r"(?<!\w)(?:trong\s+vòng|trong\s+thời\s+hạn|không\s+quá|tối\s+đa|chậm\s+nhất(?:\s+là)?"
    r"|(?P<least>ít\s+nhất|tối\s+thiểu))"
    r"(?:\s+(?:không\s+quá|tối\s+đa))?\s+(?P<num>\d{1,3})\s+"
    r"(?P<unit>giờ|phút|ngày\s+làm\s+việc|ngày|tuần)(?!\w)"
    r"(?!\s*(?:\d|[IVX]+\b|đầu|cuối|qua|tới|Tết|nghỉ|lễ|đêm))"
    r"|(?<!\w)(?:định\s+kỳ\s+)?(?P<num>\d{1,2})\s+(?P<unit>tháng|tuần|ngày)\s+(?:một|1)\s+lần(?!\w)",
    regex.V1)
_TIME_UNITS = {"giờ", "phút", "ngày làm việc", "ngày", "tuần", "tháng"}
# what the norm times starts after the goal word, the addressee's comma or the clause's opening
# ("xử lý đề nghị phong tỏa tài khoản trong vòng 24 giờ": a request handled, the action's own noun)
_ACTION_OPENS = regex.compile(
    r"[,;:]|(?<!(?:xử lý|tiếp nhận|giải quyết|các|theo)\s)(?:" + _GOAL.pattern + ")", regex.V1)
_MAX_ACTION = 100


# a norm per period before its figure: "bảo đảm mỗi đêm có ít nhất 3 tổ tuần tra", "mỗi quý 1 lần"
_PER_PERIOD_BEFORE = regex.compile(
    r"(?<!\w)[Mm]ỗi\s+(?:ngày|đêm|tuần|tháng|quý|năm|ca)(?:\s+(?:có|phải|cần))?\s*$", regex.V1)
# a share the action is done for or at: "bố trí đủ áo phao cho 100% hành khách", "lắp đặt camera tại 100% …"
_SHARE_FOR = regex.compile(r"(?<!\w)(?:cho|đối với|tại)\s*$", regex.V1)


def _action_start(text: str, segment: int, pos: int) -> int:
    """Where the action ending at pos starts: after the last goal word, comma or semicolon before it (at
    most _MAX_ACTION characters back, from a whole word)."""
    opens = max(segment, pos - _MAX_ACTION)
    last = _last(_ACTION_OPENS, text, opens, pos)
    if last is not None:
        start = last.end()
    elif opens > segment:  # a word the window cuts is no part of the action
        start = text.find(" ", opens, pos) + 1 or opens
    else:
        start = opens
    return _strip(text, start, pos)[0]


def _time_norms(text: str, start: int, end: int) -> list[Amount]:
    """Time norms of the sentence as amounts of time (at least only after "ít nhất" / "tối thiểu": a limit
    is reached, not passed)."""
    out = []
    for m in _TIME_NORM.finditer(text, start, end):
        unit = " ".join(m.group("unit").split())
        out.append(Amount(value=float(m.group("num")), unit=unit, start=m.start(), end=m.end(),
                          number_start=m.start("num"), unit_start=m.start("unit"),
                          at_least=m.group("least") is not None, approx=False))
    return out


def _time_target(text: str, context: Context, segment: int, amount: Amount, sentence_start: int,
                 end: int) -> Target:
    """A time norm: the action it times ("trao trả đối tượng truy nã trong vòng 72 giờ") is its metric,
    from the last goal word, comma or semicolon before it."""
    action = _action_start(text, segment, amount.start)
    if text.endswith("lần", amount.start, amount.end):
        # an interval is the last task's of a list: "tổ chức … và duy trì giao ban định kỳ 6 tháng một lần"
        joined = text.rfind(" và ", action, amount.start)
        action = joined + 4 if joined >= 0 else action
    span_start, span_end = _strip(text, action, amount.end)
    metric = text[span_start:amount.start].strip(" ,") or None
    # a metric counted in this time unit by name ("cung cấp thông tin tài khoản trong vòng 24 giờ")
    # (words several metrics share pick the one timed: "trao đổi thông tin định kỳ 3 tháng một lần")
    timed = [MetricMention(key, m.start, m.end) for m in find_metrics(text, span_start, amount.start)
             if (key := next((k for k in keys_named(text, m)
                              if amount.unit in metric_units().get(k, frozenset())), None)) is not None]
    return Target(
        metric=metric, metric_key=timed[-1].key if timed else None, direction="reach", value=amount.value,
        unit=amount.unit,
        at_least=amount.at_least, baseline=None, deadline=None,
        scope=_scope(text, context, sentence_start, span_start, end),
        text=text[span_start:span_end], span=(span_start, span_end))


def _past_frame(text: str, paragraph: int, start: int, end: int, date: str | None) -> bool:
    """Whether the sentence, or else its paragraph, opens with a year before the report's ("Năm
    2022, …" in a report of 2023): what is said of that year are its results, not goals ("Số vụ án
    phải trả hồ sơ … giảm 14 vụ" names a count, its "phải" asks nothing)."""
    if date is None:
        return False
    part = _PART_BEGUN.match(text, start, end)
    if part is not None:
        # "Trong quý III/2022, … xảy ra 41 vụ, giảm 12,8% …" in a report of 2022-09-29: a quarter or month
        # already under way is reviewed, not set goals (its goals say "phấn đấu")
        month = _QUARTER_FIRST_MONTH[part.group("q")] if part.group("q") else int(part.group("m"))
        return f"{part.group('qy') or part.group('my')}-{month:02d}" <= date[:7]
    frame = _PAST_YEAR.match(text, start, end)
    if frame is None and not _OPENING_FRAME.match(text, start, end):
        frame = _PAST_YEAR.match(text, paragraph, end)
    return frame is not None and frame.group(1) < date[:4]


# a report's account of a year's deeds opening the paragraph: "Báo cáo tại buổi làm việc, Đại tá X cho biết:
# Năm
# 2020, lực lượng vũ trang tỉnh đã …"
_YEAR_ACCOUNT = regex.compile(r"[\"“]?Báo cáo\b[^.:;\n]{0,200}?:\s*[\"“]?(?:Trong\s+)?[Nn]ăm\s+\d{4}\s*,"
                              r"[^.;:\n]*?\bđã\b", regex.V1)


def _year_account(text: str, paragraph: int, start: int, end: int) -> bool:
    """Whether the sentence tells the deeds of the year a report's account opens its paragraph with: "…
    cho biết: Năm 2020, lực lượng vũ trang tỉnh đã tham mưu …. Bộ CHQS tỉnh chỉ đạo tổ chức diễn tập …;
    huấn luyện cho 9.860 lượt dân quân tự vệ đạt yêu cầu" (results, whatever year the report is of; a
    sentence opening with a time of its own is not under it)."""
    return (start == paragraph or not _OPENING_FRAME.match(text, start, end)) \
        and _YEAR_ACCOUNT.match(text, paragraph, end) is not None


_PAST_YEAR = regex.compile(r"[\"“]?(?:Trong\s+)?[Nn]ăm\s+(\d{4})\s*,", regex.V1)
# a quarter or a month with its year opening a sentence: "Trong quý III/2022, …", "Tháng 9/2022, …"
_PART_BEGUN = regex.compile(
    r"[\"“]?(?:Trong\s+)?(?:[Qq]uý\s+(?P<q>IV|I{1,3}|[1-4])\s*(?:/|-|năm)\s*(?P<qy>\d{4})"
    r"|[Tt]háng\s+(?P<m>\d{1,2})\s*(?:/|-|năm)\s*(?P<my>\d{4}))\s*,", regex.V1)
_QUARTER_FIRST_MONTH = {"I": 1, "1": 1, "II": 4, "2": 4, "III": 7, "3": 7, "IV": 10, "4": 10}
# a sentence that opens with a time frame of its own is not under its paragraph's year
_OPENING_FRAME = regex.compile(r"[\"“]?(?:Trong|Từ nay|Đến|Năm|Dịp|Trước|Ngay)\b[^,.;:!?]{0,50},", regex.V1)
# goal words that set a goal even in a paragraph about a past year
_STRONG_GOAL = regex.compile(r"mục tiêu|[Pp]hấn đấu|chỉ tiêu|quyết tâm|cam kết|[Đđ]ăng ký|hướng tới",
                             regex.V1)


# people a body pledges to deploy ("cam kết bố trí 45 người", "sẽ huy động thêm 200 người"): staff, as
# commitments count them
_STAFF_PLEDGED = regex.compile(
    r"(?<!\w)(?:sẽ|cam kết)\s+(?:huy động|bố trí|điều động|tăng cường|bổ sung)(?:\s+thêm)?\s*$", regex.V1)
# the cases a request is about: "đề nghị … sớm có ý kiến đối với 2 vụ việc"
_TOLL_CAUSED = regex.compile(r"(?<!\w)(?:khiến|làm)(?:\s+(?:cho|ít nhất|khoảng|hơn))?\s*$", regex.V1)
# the places a request favours, counted: "trong đó ưu tiên 14 xã biên giới còn phải mượn tạm trụ sở"
_PRIORITISED = regex.compile(r"(?<!\w)ưu tiên(?:\s+cho)?(?:\s+(?:các|những))?\s+$", regex.V1)
_ABOUT = regex.compile(r"(?<!\w)(?:đối với|về)\s*$", regex.V1)


def _dated_change(text: str, segment: int, pos: int) -> bool:
    """Whether the part of the sentence opens with a deadline and a change: a goal even without a
    goal word ("…; đến hết năm 2024 kéo giảm ít nhất 10% số vụ …")."""
    opening = _LEAD_SPACE.match(text, segment, pos).end()
    deadline = find_deadline(text, opening, pos)
    return deadline is not None and deadline.start == opening \
        and _DIRECTION.search(text, deadline.end, pos) is not None


# a plan's goals, year by year: "Theo Đề án, năm 2022 toàn tỉnh có thêm ít nhất 20 xã …; năm 2023 có thêm 25
# đơn vị" (not a directive's or a report's: "Theo Chỉ thị, năm 2020, Công an tỉnh phát hiện 46 vụ")
_PLAN_OPENING = regex.compile(r"[\"“]?Theo\s+(?:Đề án|đề án|Kế hoạch|kế hoạch|Chương trình|chương trình)"
                              r"(?:\s+[^\s,;.]+){0,6}\s*,", regex.V1)
_YEAR_OPENING = regex.compile(r"[\s,]*(?:đến\s+(?:hết\s+|cuối\s+)?)?năm\s+\d{4}\s+(?:\p{L}+\s+){0,3}?$",
                              regex.V1)


def _plan_year(text: str, start: int, segment: int, pos: int) -> bool:
    """Whether the figure at pos is a plan's goal for a year: the sentence opens with "Theo Đề án / Kế hoạch
    …," and the figure's part of it with a year and the goal's verb ("năm 2023 có thêm 25 đơn vị")."""
    opening = _PLAN_OPENING.match(text, start)
    if opening is None:
        return False
    verb = _last(_DIRECTION, text, max(segment, opening.end()), pos)
    return verb is not None and _ADVERBS_ONLY.fullmatch(text, verb.end(), pos) is not None \
        and _YEAR_OPENING.fullmatch(text, max(segment, opening.end()), verb.start()) is not None


# "…, với các mục tiêu cụ thể:" then "1. Kéo giảm từ 5 - 7% …", "2. Tỷ lệ … đạt trên 80%": the numbered,
# lettered or dashed lines under a heading that names goals set them
_GOALS_HEADING = regex.compile(
    r"(?<!\w)(?:[Mm]ục tiêu|[Cc]hỉ tiêu)(?:\s+(?:cụ thể|chủ yếu|chính|như sau|sau đây|sau))*\s*:\s*$",
    regex.V1)
_LIST_MARK = regex.compile(
    # ("1/ Nâng cao …", a point numbered with a slash, as "1." and "1)")
    r"[ \t]*(?:\d{1,2}[.)/]|[a-zđ]\)|[-+•–]"
    # a speech's counted points: "Một là, …", "Hai là, …", "Thứ ba, …"
    r"|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là,|Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám),)\s",
    regex.V1)


# a sentence opening with a task's verb, no subject: it goes on with a request before it
_RUN_ON = regex.compile(
    r"[\"“]?(?:Tăng cường|Tập trung|Đẩy mạnh|Tiếp tục|Chủ động|Làm tốt|Nâng cao|Quyết liệt)(?!\w)", regex.V1)
# a request before a goal of the year, its task's verb in the sentence after (`_asked_before`)
_ASKED = regex.compile(r"(?<!\w)(?:yêu cầu|đề nghị|chỉ đạo)(?!\w)", regex.V1)


def _asked_before(text: str, start: int, this_year: str | None) -> Marked | None:
    """The deadline of the request the sentence before start makes, in its paragraph ("… yêu cầu Công an
    thành phố trong năm 2020 …"), else None."""
    paragraph = text.rfind("\n", 0, start) + 1
    stop = text.rfind(". ", paragraph, max(paragraph, start - 2))
    asked = _ASKED.search(text, stop + 2 if stop >= 0 else paragraph, start)
    return sentence_deadline(text, asked.end(), start, this_year) if asked is not None else None


# a paragraph opening with the year it is: "Năm 2020 là năm diễn ra đại hội … . Tôi đề nghị … nhiệm vụ sau:"
_YEAR_IT_IS = regex.compile(r"[\s\"“]*[Nn]ăm\s+(?P<year>\d{4})\s+là\s+năm(?![\p{L}])", regex.V1)
# a question framed by a year: "PV: Năm 2024, Công an tỉnh đặt ra những mục tiêu gì, thưa đồng chí?"
_YEAR_ASKED = regex.compile(
    r"[\s\"“]*(?:[^\n:]{1,30}:\s*)?(?:Trong\s+)?[Nn]ăm\s+(?P<year>\d{4})\s*,[^\n]*\?\s*$", regex.V1)


def _year_it_is(text: str, start: int, this_year: str | None) -> Marked | None:
    """The year a list's heading says it is ("Năm 2020 là năm …"), not a past one: its lines' deadline."""
    m = _YEAR_IT_IS.match(text, start)
    if m is None or (this_year is not None and m.group("year") < this_year):
        return None
    return Marked(m.group("year"), m.start("year"), m.end("year"))


def _term_headed(text: str, heading: tuple[int, int]) -> Marked | None:
    """The end year of the term a list's heading sets goals for ("Đại hội đề ra mục tiêu nhiệm kỳ 2020 -
    2025:", then "- Hằng năm kéo giảm …"): its lines' deadline, as for a term heading their own sentence."""
    term = _last(_TERM_HEADING, text, heading[0], min(len(text), heading[1] + 1))
    return Marked(term.group("end"), term.start(), term.end()) if term is not None else None


def _asked_year(text: str, sentence_start: int, this_year: str | None) -> Marked | None:
    """The year of the question the goal's paragraph answers: the paragraph before is one question that
    opens with a year ("PV: Năm 2024, … những mục tiêu gì?"), not a past one."""
    paragraph = text.rfind("\n", 0, sentence_start) + 1
    if paragraph <= 0:
        return None
    before_end = len(text[:paragraph].rstrip())
    before = text.rfind("\n", 0, before_end) + 1
    m = _YEAR_ASKED.match(text, before, before_end)
    if m is None or (this_year is not None and m.group("year") < this_year):
        return None
    return Marked(m.group("year"), m.start("year"), m.end("year"))


def _list_heading(text: str, start: int) -> tuple[int, int] | None:
    """The heading line of the list whose line holds the sentence at start, else None."""
    return list_heading(text, start, _LIST_MARK)


def _listed_goal(text: str, start: int) -> bool:
    """Whether the sentence at start is a line of a list under a heading that names goals."""
    heading = _list_heading(text, start)
    return heading is not None and _GOALS_HEADING.search(text, heading[0], heading[1]) is not None


def _segment_start(text: str, start: int, pos: int) -> int:
    semicolon = text.rfind(";", start, pos)
    return start if semicolon < 0 else semicolon + 1


def _last(pattern: regex.Pattern[str], text: str, start: int, end: int) -> regex.Match[str] | None:
    found = None
    for m in pattern.finditer(text, start, end):
        found = m
    return found


# a floor over a first count, then "và" right before this one: "ít nhất 1 cán bộ Công an và 2 thành viên …"
_JOINED_FLOOR = regex.compile(r"(?<!\w)(?:ít nhất|tối thiểu|không dưới)\s+\d[\d.,]*\s+"
                              r"(?:[^\d,;.]|,(?=\s*chiến sĩ)){1,40}?\s+và\s+$", regex.V1)


def _target(text: str, context: Context, start: int, end: int, amount: Amount, sentence_start: int) -> Target:
    segment = _segment_start(text, start, amount.start)
    verb = _last(_DIRECTION, text, max(segment, amount.start - _MAX_VERB_GAP), amount.start)
    goal = _last(_GOAL, text, segment, amount.start)
    if verb is not None and goal is not None and verb.end() <= goal.start():
        verb = None  # "Mỗi tỉnh có đường cao tốc đi qua phải bố trí ít nhất 2 tổ": the subject's verb
    if verb is not None and find_amounts(text, verb.end(), amount.start):
        verb = None  # "… đạt trên 30%, 100% phạm nhân được học tập …": the verb of the goal before
    direction = "reach"
    if verb is not None and verb.group("dec"):
        direction = "decrease"
    elif verb is not None and verb.group("inc"):
        direction = "increase"
    elif amount.unit in _PLACE_UNITS and _MORE.search(text, max(segment, amount.start - 30), amount.start):
        # "xây dựng thêm ít nhất 5 xã, phường, thị trấn không có ma túy": more places to meet a standard, as
        # "có thêm"; not things built or seized ("lắp đặt thêm 80 camera", "thu hồi thêm 50 khẩu súng")
        direction = "increase"
    span_start = verb.start() if verb is not None else amount.start
    metric_start = metric_end = None
    # "kéo giảm tai nạn giao thông trên 5%": the metric sits between the verb and the figure
    if verb is not None and not _ADVERBS_ONLY.fullmatch(text, verb.end(), amount.start):
        metric_start, metric_end = _strip(text, verb.end(), amount.start)
    else:
        stop = _METRIC_END.search(text, amount.end, end)
        tail_end = stop.start() if stop else end
        if text[amount.end:tail_end].strip():
            metric_start, metric_end = _strip(text, amount.end, tail_end)
    # "thu hồi ít nhất 300 vũ khí các loại": the figure's own count noun names the metric, alone or with
    # the words after it ("giải quyết dứt điểm 37 hồ sơ quá hạn")
    if (metric_start is None or first_metric(text, metric_start, metric_end) is None) \
            and amount.unit != "%" \
            and first_metric(text, amount.unit_start, max(amount.end, metric_end or amount.end)) is not None:
        metric_start, metric_end = amount.unit_start, max(amount.end, metric_end or amount.end)
    # a share the action is done for keeps what it is a share of: "kiểm tra ma túy đối với 100% lái xe …"
    shared_for = verb is None and amount.unit == "%" \
        and _SHARE_FOR.search(text, segment, amount.start) is not None
    share_of_end = metric_end if shared_for and metric_start is not None and metric_start >= amount.end \
        else None
    # "tỷ lệ điều tra khám phá án đạt trên 85%": the metric is the subject before the verb,
    # unless the words after the figure name one
    if metric_start is None or first_metric(text, metric_start, metric_end) is None:
        before = find_metrics(text, max(segment, span_start - 80), span_start)
        rates = [m for m in before if metric_units().get(m.key) == {"%"}] if amount.unit == "%" else []
        if rates and _subject_metric(text, rates[-1].end, span_start):
            # "nâng tỷ lệ điều tra làm rõ các vụ trộm cắp tài sản lên trên 85%": the share is the rate's,
            # not that of the count the rate is of
            before = before[:before.index(rates[-1]) + 1]
        if before and _subject_metric(text, before[-1].end, span_start):
            metric_start, metric_end = _strip(text, before[-1].start, span_start)
            span_start = metric_start
    if amount.unit in MONEY_UNITS and metric_start is not None:
        # "số thu nộp ngân sách nhà nước từ công tác chống buôn lậu đạt …": the money's own metric opens it
        money = [m for m in find_metrics(text, max(segment, span_start - 80), amount.start)
                 if _in_money(m.key)]
        if money and money[-1].start < metric_start:
            metric_start = span_start = money[-1].start
    period = _PER_PERIOD_BEFORE.search(text, segment, amount.start)
    if period is not None and amount.unit == "lần":
        # "giao ban định kỳ mỗi quý 1 lần giữa Công an các huyện": what is done so often is the action before
        span_start, metric_start, metric_end = period.start(), None, None
    elif period is not None:  # "bảo đảm mỗi đêm có ít nhất 3 tổ tuần tra trên tuyến"
        span_start = period.start()
    elif (per_unit := _norm_per_unit(text, amount)) is not None and per_unit.start() >= segment:
        span_start = per_unit.start()  # "mỗi Công an xã có ít nhất 12 cán bộ, chiến sĩ"
    elif verb is None and _SHARE_FOR.search(text, segment, amount.start):
        span_start = _action_start(text, segment, amount.start)
    elif verb is None and amount.unit in _SET_AS_GOAL \
            and (built := _BUILT.search(text, segment, amount.start)) is not None:
        span_start = built.start()  # "lắp đặt thêm 80 camera"
    span_end = max(amount.end, metric_end or amount.end, share_of_end or amount.end)
    baseline = baseline_after(text, span_end, end)
    if baseline is not None:
        span_end = baseline.end
    this_year = context.report_year()
    deadline = find_deadline(text, span_end, min(end, span_end + 30), this_year)
    if deadline is not None and not text[span_end:deadline.start].strip(" ,"):
        span_end = deadline.end
    elif (deadline := _clause_deadline(text, amount.end, end, this_year)) is not None:
        pass  # "kiểm tra 100% cơ sở karaoke, vũ trường trên địa bàn trước ngày 30-11-2024": later on
    elif (deadline := find_deadline(text, span_start, amount.start, this_year)) is not None \
            and deadline.start == span_start:
        pass  # "đến ngày 30/9/2024 kích hoạt tài khoản … cho ít nhất 85%": the action opens with its deadline
    else:
        # "phấn đấu đến năm 2025 có ít nhất 70% ...": a deadline right before the verb opens the span
        deadline = find_deadline(text, max(segment, span_start - 40), span_start, this_year)
        gap = text[deadline.end:span_start].strip(" ,") if deadline is not None else ""
        if deadline is not None and len(gap.split()) <= _DEADLINE_GAP_WORDS:
            span_start = deadline.start
        else:
            # "phấn đấu năm 2024 giảm ít nhất 5% ...": the year the goal is set for
            year = _BARE_YEAR.search(text, max(start, span_start - 12), span_start)
            deadline = Marked(year.group(1), year.start(), year.end()) if year else None
    if deadline is None and metric_start is not None and metric_start < amount.start:
        # "tỷ lệ điều tra, khám phá án năm 2023 đạt trên 85%": the year written inside the goal, before its
        # verb
        year = _YEAR_IN_GOAL.search(text, metric_start, amount.start)
        if year is not None and (this_year is None or year.group(1) >= this_year):
            deadline = Marked(year.group(1), year.start(), year.end())
    if deadline is None:  # "Năm 2019, Công an tỉnh phải phấn đấu kéo giảm …": the sentence's frame
        deadline = opening_frame(text, sentence_start, span_start, this_year)
    if deadline is None:  # "mục tiêu nhiệm kỳ 2025 - 2030: hằng năm kéo giảm …": the term the goals head
        term = _last(_TERM_HEADING, text, sentence_start, span_start)
        if term is not None:
            deadline = Marked(term.group("end"), term.start(), term.end())
    if deadline is None:  # "Ông nhấn mạnh, năm 2018 phải …", "…, phấn đấu đến ngày 30/6/2024 kích hoạt …"
        deadline = sentence_deadline(text, sentence_start, span_start, this_year)
    if deadline is None and (heading := _list_heading(text, sentence_start)) is not None:
        # "Để hoàn thành nhiệm vụ năm 2017, … những nội dung sau:" then "2. …; phấn đấu kéo giảm …": the
        # list's heading frames its lines ("đợt cao điểm kéo dài … đến ngày 10/1/2026, với các mục tiêu:")
        deadline = sentence_deadline(text, heading[0], heading[1], this_year) \
            or _year_it_is(text, heading[0], this_year) or _term_headed(text, heading)
    if deadline is None:  # "PV: Năm 2024, … những mục tiêu gì?", then the answer "…: Chúng tôi phấn đấu …"
        deadline = _asked_year(text, sentence_start, this_year)
    if deadline is None and _RUN_ON.match(text, sentence_start):
        # "Đồng chí yêu cầu Công an thành phố trong năm 2020 tập trung …. Tăng cường …; phấn đấu kéo giảm …":
        # a sentence with no subject of its own goes on with the request of the sentence before
        deadline = _asked_before(text, sentence_start, this_year)
    campaign = None
    if deadline is None:  # "Đợt cao điểm kéo dài từ ngày 1-3 đến ngày 30-6-2012. Theo kế hoạch, … phấn đấu …"
        deadline = campaign = _campaign_end(text, context, sentence_start, span_start, this_year)
    if deadline is None:  # "… ký kết giao ước thi đua năm 2021. Theo đó, … phấn đấu …": the pact's year
        deadline = _pact_year(text, sentence_start, this_year)
    if deadline is None:  # "phải kéo giảm ít nhất 5% …; triệt phá ít nhất 10 đường dây …; bắt … trên 60% …
        # trước ngày 31/12/2025": goals listed after one goal word share the deadline that closes the list
        deadline = _list_deadline(text, span_start, end, this_year)
    if deadline is not None and deadline is not campaign and deadline.start < segment \
            and _staff_per_unit(text, amount) is not None:
        deadline = None  # a standing norm of staff per unit: dated only by its own part of the sentence
    metric = text[metric_start:metric_end].strip(" ,") if metric_start is not None else None
    key = first_metric(text, metric_start, metric_end) if metric_start is not None else None
    if key is None:  # the metric named last before the goal in its part of the sentence
        named = find_metrics(text, segment, span_start)
        if _norm_per_unit(text, amount) is not None:
            # "… phòng, chống ma túy, mỗi đội có ít nhất 10 đoàn viên": a norm per unit counts what it names,
            # a metric before it only when counted in its unit
            named = [m for m in named if fits(m.key, amount.unit)]
        key = named[-1] if named else None
    if key is not None and metric_start is not None and _CASES_FIRST.match(text, metric_start) \
            and not (metric_units().get(key.key, frozenset()) & _CASE_UNITS):
        # "10% số vụ, số người chết và số người bị thương do tai nạn giao thông": the cases first, of what the
        # list's words name last
        cases = [m for m in find_metrics(text, metric_start, metric_end)
                 if metric_units().get(m.key, frozenset()) & _CASE_UNITS]
        key = cases[0] if cases else key
    if key is not None and key.key == "very_serious_cases" and amount.unit == "%" \
            and any(m.key in _CLEARANCE for m in find_metrics(text, start, key.start)):
        # "tỷ lệ điều tra, khám phá án đạt trên 80%, án rất nghiêm trọng … đạt trên 95%"
        key = MetricMention("serious_case_clearance_rate", key.start, key.end)
    if key is not None and (clearance := crime_clearance(text, (sentence_start, end), amount, key.key,
                                                          min(key.start, span_start))) is not None:
        # "điều tra, làm rõ trên 90% số vụ cho vay lãi nặng": the clearance rate of the crime named
        key = MetricMention(clearance, key.start, key.end)
    if key is not None and key.key == "suspects_arrested" \
            and _CASES_COUNTED.search(text, segment, metric_end or amount.end):
        # "số vụ buôn lậu bị bắt giữ tăng ít nhất 10%", "tăng ít nhất 10% số vụ bắt giữ": cases, not people
        key = _cases_key(text, context, key, segment, metric_end or amount.end, (sentence_start, end))
    if key is not None and amount.unit != "%" and not fits(key.key, amount.unit):
        # "xử lý dứt điểm 12 điểm đen về tai nạn giao thông": the figure counts what its own noun names, alone
        # or with the words right after it ("30 phiên tòa rút kinh nghiệm về tội phạm mua bán người")
        own = first_metric(text, amount.unit_start, max(amount.end, metric_end or amount.end))
        own = metric_in_unit(text, own, amount.unit) if own is not None else None
        if own is not None and own.start == amount.unit_start:
            key = own
        elif metric_units().get(key.key, frozenset()) <= _TIME_UNITS:
            # a norm of time ("giao ban định kỳ 6 tháng một lần") counts no times ("giao ban định kỳ mỗi quý 1
            # lần")
            key = None
        else:  # "lắp đặt thêm 120 camera an ninh": the words shared by a rate and a count, the count's
            key = metric_in_unit(text, key, amount.unit) or key
    if key is not None and key.key in _FIRE_FORMS \
            and fire_or_traffic(text, _paragraph_start(context, amount.start), (sentence_start, end),
                                amount.start) == "fire":
        # "kéo giảm ít nhất 10% số người chết do cháy, nổ": the toll of fires, not of traffic
        key = MetricMention(_FIRE_FORMS[key.key], key.start, key.end)
    if key is None and _floor_per_unit(text, amount) and amount.unit in _STAFF_UNITS:
        # "không để đơn vị nào có dưới 25 cán bộ": the staff of each unit
        key = MetricMention("staffing", amount.unit_start, amount.end)
    if amount.unit == "%" and direction == "reach":
        key = _share_key(text, context, key, amount, segment, metric_end or amount.end, (sentence_start, end))
        if share_of_end is not None and key is not None and key.key not in _SHARE_OF.values() \
                and metric_units().get(key.key, frozenset()) - {"%"}:
            key = None  # "kiểm tra ma túy đối với 100% lái xe": a share of drivers, no count of drug cases
    if key is None and _HOUSED_FOR.search(text, max(segment, amount.start - 40), amount.start) is not None \
            and (amount.unit == "đơn vị"
                 or (amount.unit == "%" and _COMMUNE_POLICE.match(text, amount.end) is not None)):
        # "hoàn thành bố trí trụ sở làm việc cho 100% Công an xã, phường còn làm việc nhờ", "… trụ sở cho 14
        # đơn vị còn lại": the commune police's headquarters
        key = MetricMention("commune_police_headquarters", amount.start, amount.end)
    span_start, span_end = _strip(text, span_start, span_end)
    at_least = amount.at_least
    if not at_least and _JOINED_FLOOR.search(text, max(segment, amount.start - 60), amount.start) is not None:
        # "Mỗi khu vực bỏ phiếu bố trí ít nhất 1 cán bộ Công an và 2 thành viên tổ bảo vệ …": one "ít nhất"
        # over two counts joined by "và"; the second's words are its own
        at_least, span_start = True, max(span_start, amount.start)
        if span_end <= amount.end:
            stop = _METRIC_END.search(text, amount.end, end)
            span_end = _strip(text, amount.start, stop.start() if stop else end)[1]
        metric = text[amount.unit_start:span_end].strip(" ,;.") if metric else metric
    return Target(
        metric=metric or None, metric_key=key.key if key else None, direction=direction,
        value=amount.value, unit=amount.unit, at_least=at_least,
        baseline=baseline.value if baseline else None,
        deadline=deadline.value if deadline else None,
        scope=_scope(text, context, start, span_start, end),
        text=text[span_start:span_end], span=(span_start, span_end))


# headquarters given to a count of units: "bố trí trụ sở (làm việc) cho "
_HOUSED_FOR = regex.compile(r"(?<!\w)(?:bố trí|xây dựng|bàn giao)\s+trụ sở(?:\s+làm việc)?\s+cho\s+$",
                            regex.V1)
_COMMUNE_POLICE = regex.compile(r"\s+(?:số\s+)?Công an (?:cấp\s+)?(?:xã|phường|thị trấn)", regex.V1)


def _list_deadline(text: str, pos: int, end: int, this_year: str | None) -> Marked | None:
    """The deadline closing the sentence after the goal's part and one or more ";" (the list's last part),
    when no other goal word opens a later part: the deadline of every goal the list holds."""
    sentence_end = _SENTENCE_END.search(text, pos, end)
    stop = sentence_end.start() if sentence_end is not None else end
    first = text.find(";", pos, stop)
    last = text.rfind(";", pos, stop)
    if first < 0 or _GOAL.search(text, first, stop) is not None \
            or _EACH.search(text, _segment_start(text, max(0, pos - 120), pos), first) is not None:
        return None  # (a norm per unit or per time stays undated: "bảo đảm mỗi tổ tuần tra ít nhất 2 buổi …")
    cuts = [i for i in range(first, stop) if text[i] == ";"] + [stop]
    if any(not find_amounts(text, a, b) for a, b in zip(cuts, cuts[1:], strict=False)):
        # every later part a goal with its figure, not another body's task ("…; UBND các xã … trước …")
        return None
    deadline = find_deadline(text, last, stop, this_year)
    if deadline is None or text[deadline.end:stop].strip(" "):
        return None
    return deadline


_SENTENCE_END = regex.compile(r"[.!?](?!\d)", regex.V1)
_EACH = regex.compile(r"(?<!\w)(?:mỗi|hằng|hàng)(?!\w)", regex.V1)


def _clause_deadline(text: str, pos: int, end: int, this_year: str | None) -> Marked | None:
    """A deadline later in the figure's part of the sentence (up to ";"), no other figure between."""
    semicolon = text.find(";", pos, end)
    deadline = find_deadline(text, pos, semicolon if semicolon >= 0 else end, this_year)
    if deadline is None or find_amounts(text, pos, deadline.start):
        return None
    return deadline


_TERM_HEADING = regex.compile(r"(?:nhiệm kỳ|giai đoạn)\s+\d{4}\s*[-–]\s*(?P<end>\d{4})\s*:", regex.V1)
# a count whose share reached is a rate of its own
_SHARE_OF = {"crime_reports": "crime_report_resolution_rate", "drug_addicts": "drug_addicts_managed_rate",
             "electronic_ids": "electronic_id_rate", "online_applications": "online_processing_rate",
             "fire_safety_inspections": "fire_safety_inspection_rate", "cases_solved": "case_clearance_rate",
             "safe_residential_areas": "safe_residential_areas_rate"}
# what a percentage is a share of: "100% xã, phường …", "ít nhất 60% số xã …", "100% cơ sở …"
_BASE = regex.compile(
    r"\s*(?:số\s+)?(?P<unit>" + "|".join(regex.escape(n) for n in sorted(COUNT_NOUNS, key=len, reverse=True))
    + r")(?!\w)", regex.V1)
_INSPECTED = regex.compile(r"\bkiểm tra\b", regex.V1 | regex.IGNORECASE)
# the premises' own passive verb after them in their part of the sentence, past a comma of their words: "100%
# cơ sở thuộc diện quản lý về phòng cháy, chữa cháy được kiểm tra"
_INSPECTED_AFTER = regex.compile(r"[^;.]*?\bđược\s+kiểm tra\b", regex.V1 | regex.IGNORECASE)
# premises whose fire safety is inspected: "kiểm tra 100% cơ sở …", "kiểm tra 100% nhà trọ từ 10 phòng …"
_PREMISES = regex.compile(
    r"\s*(?:số\s+)?(?:cơ sở|nhà trọ|phòng trọ|nhà cho thuê|chung cư|nhà ở kết hợp kinh doanh)(?!\w)",
    regex.V1)
# vehicles checked: "kiểm tra 100% xe khách", "kiểm soát 100% phương tiện"
_VEHICLES = frozenset({"xe", "phương tiện"})
_VEHICLES_CHECKED = regex.compile(r"\bkiểm (?:tra|soát)\b", regex.V1 | regex.IGNORECASE)
# the words of an identity card ("căn cước công dân", "thẻ căn cước"), not of an electronic account
_CARD = regex.compile(r"\bcăn cước\b", regex.V1 | regex.IGNORECASE)


_CASES_COUNTED = regex.compile(r"\bsố vụ\b", regex.V1 | regex.IGNORECASE)
# a goal's words that open with the count of cases: "số vụ, số người chết …"
_CASES_FIRST = regex.compile(r"số\s+vụ\s*,", regex.V1)
_CASE_UNITS = frozenset({"vụ", "vụ án", "vụ việc"})


def _cases_key(text: str, context: Context, key: MetricMention, segment: int, metric_end: int,
               sentence: tuple[int, int]) -> MetricMention | None:
    """The cases a goal counts by the arrests made ("số vụ … bắt giữ"): the kind of case its words name
    ("số vụ buôn lậu bị bắt giữ"), else the one the report's topic gives ("số vụ bắt giữ" in an
    anti-smuggling campaign), else none (people arrested are no count of cases)."""
    named = [m for m in find_metrics(text, segment, metric_end) if m.key != key.key and fits(m.key, "vụ")
             and metric_units().get(m.key)]
    if named:
        return named[0]
    repeated = _counted_before(text, segment, metric_end)
    if repeated is not None:
        return MetricMention(repeated, key.start, key.end)
    counted = topic_count(text, _paragraph_start(context, key.start), sentence, key.start, "bắt giữ", "vụ")
    return MetricMention(counted, key.start, key.end) if counted is not None else None


# the kind of cases a goal counts, in its own words: "số vụ vi phạm bị phát hiện, bắt giữ" -> "vi phạm"
_CASES_OF = regex.compile(r"\bsố vụ\s+(?P<what>\p{Ll}+(?:\s\p{Ll}+)?)(?=\s+(?:bị|được)\b|\s*,)", regex.V1)


def _counted_before(text: str, segment: int, metric_end: int) -> str | None:
    """The key of the cases a goal's words name by the same words as a count of cases the report gives
    before it ("bắt giữ 17 vụ vi phạm trên biển", then "tăng ít nhất 10% số vụ vi phạm bị phát hiện, bắt
    giữ"): those cases, when every such count before it is of one key; else None."""
    m = _CASES_OF.search(text, segment, metric_end)
    if m is None:
        return None
    words = f"vụ {m.group('what')} "
    keys = {mention.key for mention in find_metrics(text, 0, segment)
            if text[mention.start:mention.end].lower().startswith(words) and fits(mention.key, "vụ")}
    return keys.pop() if len(keys) == 1 else None


def _paragraph_start(context: Context, pos: int) -> int:
    """Where the body paragraph holding pos starts."""
    return max((p.start for p in passages(context) if p.start <= pos), default=0)


# files settled online after the files' words in their clause: "… hồ sơ thủ tục hành chính (của phường)
# được giải quyết trực tuyến"
_ONLINE = regex.compile(
    r"[^,;.]*?\b(?:được\s+)?(?:giải\s+quyết|xử\s+lý|tiếp\s+nhận)\s+trực\s+tuyến\b", regex.V1)


def _clause_end(text: str, pos: int, end: int) -> int:
    """The end of the clause at pos: the next ",", ";" or "." before end."""
    found = regex.search(r"[,;.]", text[pos:end])
    return pos + found.start() if found else end


# the words between a share and the rate its own words open: none, "số", or the first units of a list of
# residential units whose last opens the rate ("80% thôn, buôn, tổ dân phố đạt tiêu chuẩn …")
_SHARE_GAP = regex.compile(
    r"(?:số)?|(?:(?:thôn|buôn|bản|ấp|làng|sóc|tổ dân phố|khu phố|khối phố|khu dân cư|xã|phường|thị trấn)"
    r"\s*(?:,|và|/)\s*)+", regex.V1)


def _rate_after(text: str, amount: Amount, end: int) -> MetricMention | None:
    """A metric counted only as a rate named in a share's own words, up to the end of its part of the
    sentence (";"), as near as 80 characters: "100% đồn biên phòng đạt vững mạnh toàn diện"."""
    semicolon = text.find(";", amount.end, end)
    stop = min(semicolon if semicolon >= 0 else end, amount.end + 80)
    return next((m for m in find_metrics(text, amount.end, stop) if metric_units().get(m.key) == {"%"}), None)


_STANDARDIZED = regex.compile(r"(?<!\w)chuẩn hóa\s+$", regex.V1)


def _share_key(text: str, context: Context, key: MetricMention | None, amount: Amount, segment: int,
               metric_end: int, sentence: tuple[int, int]) -> MetricMention | None:
    """The metric of a share to reach ("100% …"): a count's rate ("100% tin báo … được giải quyết": the
    reports' resolution rate); where fire is the topic, the inspection rate of the premises inspected
    ("kiểm tra 100% cơ sở karaoke …", "100% cơ sở … được kiểm tra"); none for a count of something else
    than what the share is of ("100% xã … xây dựng mô hình …" is a share of communes, no count of models)."""
    if key is not None and key.key == "electronic_ids" and _CARD.search(text, key.start, key.end):
        # "đẩy mạnh cấp căn cước công dân gắn chip, bảo đảm hoàn thành cấp cho 100% công dân": the cards'
        # rate, not the electronic accounts'
        return MetricMention("id_card_rate", key.start, key.end)
    if key is not None and key.key == "admin_applications" \
            and _ONLINE.match(text, key.end, _clause_end(text, key.end, sentence[1])):
        # "95% hồ sơ thủ tục hành chính của phường được giải quyết trực tuyến": the share settled online
        return MetricMention("online_processing_rate", key.start, key.end)
    if key is not None and key.key == "subscriber_data_cleaned_rate" \
            and _STANDARDIZED.search(text, segment, amount.start) is not None:
        # "chuẩn hóa 100% thông tin thuê bao di động": the records put right, not the subscribers cleaned
        return MetricMention("subscriber_data_standardized_rate", key.start, key.end)
    rate = _rate_after(text, amount, sentence[1])
    opens = rate is not None and _SHARE_GAP.fullmatch(text[amount.end:rate.start].strip()) is not None
    if rate is not None and (key.key in _SHARE_OF or (opens and key.end <= amount.start
                                                      and metric_units().get(key.key) == {"%"})
                             if key is not None else opens):
        # "100% số người nghiện có hồ sơ quản lý được áp dụng biện pháp cai nghiện": a rate of its own named
        # in the share's words wins over the count's rate; with no count named, a rate that the share's own
        # words open ("triệt xóa 100% điểm, tụ điểm phức tạp về ma túy")
        return rate
    if key is not None and key.key in _SHARE_OF:
        return MetricMention(_SHARE_OF[key.key], key.start, key.end)
    units = metric_units().get(key.key, frozenset()) if key is not None else frozenset()
    if units == {"%"}:
        return key
    base = _BASE.match(text, amount.end)
    paragraph = _paragraph_start(context, amount.start)
    premises = _PREMISES.match(text, amount.end)
    if premises is not None and (_INSPECTED.search(text, segment, metric_end)
                                 or _INSPECTED_AFTER.match(text, premises.end(), sentence[1])) \
            and fire_or_traffic(text, paragraph, sentence, amount.start) == "fire":
        return MetricMention("fire_safety_inspection_rate", amount.start, premises.end())
    if base is not None and base.group("unit") in _VEHICLES \
            and _VEHICLES_CHECKED.search(text, segment, amount.start):
        # "kiểm tra 100% xe khách, xe hợp đồng trước khi xuất bến", "Kiểm soát 100% xe ô tô kinh doanh …"
        return MetricMention("vehicle_inspection_rate", amount.start, base.end())
    if key is not None and base is not None and units and base.group("unit") not in units:
        return None
    return key


# a campaign and its span: "Đợt cao điểm kéo dài từ ngày 1-3 đến ngày 30-6-2012", "mở đợt cao điểm từ ngày
# 15/12/2025 đến hết ngày 5/3/2026"
_CAMPAIGN = regex.compile(r"(?<!\w)(?:cao điểm|chiến dịch|đợt ra quân|đợt tổng kiểm soát)(?!\w)",
                          regex.V1 | regex.I)
_SPAN_END = regex.compile(
    r"(?<!\w)từ\s+(?:(?P<now>nay)"
    r"|(?:ngày\s+)?(?P<d0>\d{1,2})\s*[/.\-]\s*(?P<m0>\d{1,2})(?:\s*[/.\-]\s*\d{4})?)\s+"
    r"đến\s+(?:hết\s+)?(?:ngày\s+)?(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})(?:\s*[/.\-]\s*(?P<y>\d{4}))?(?![\d/.\-]*\d)",
    regex.V1)


# a sentence whose subject is the campaign and that gives its span: "Đợt cao điểm diễn ra từ ngày 15/12/2018
# đến ngày 28/2/2019", "Chiến dịch kéo dài từ …"; the campaign named in full ("Đợt cao điểm bảo vệ bầu cử kéo
# dài từ …"), as the plan's ("Theo kế hoạch, cao điểm kéo dài từ …", "Kế hoạch cao điểm được triển khai từ …")
_OWN_SPAN = regex.compile(
    r"[\"“]?(?:Theo\s+(?:kế\s+hoạch|phương\s+án),\s+)?"
    r"(?:(?:Đợt|đợt|Chiến dịch|chiến dịch)(?:\s+(?:cao điểm|ra quân|tổng kiểm soát))?"
    r"|(?:Kế hoạch\s+)?(?:[Cc]ao điểm))(?:\s+[^\d.;:!?()]{1,80}?)??(?:\s+(?:lần này|này|năm \d{4}))?"
    r"\s+(?:sẽ\s+|được\s+)?(?:diễn ra|kéo dài|triển khai|thực hiện|bắt đầu)\s+(?P<span>từ)\b", regex.V1)
# a paragraph that goes on telling the plan: "Theo kế hoạch, …", "Theo phương án, …"
_PLAN_GOES_ON = regex.compile(r"[\s\"“]*Theo\s+(?:kế\s+hoạch|phương\s+án)\s*,", regex.V1)


def _campaign_end(text: str, context: Context, sentence_start: int, span_start: int,
                  this_year: str | None) -> Marked | None:
    """The last day of the campaign a goal is set for: the span a sentence gives a campaign ("Đợt cao điểm kéo
    dài từ ngày 1-3 đến ngày 30-6-2012"), for the goals of the next sentence of its paragraph ("Theo kế hoạch,
    … phấn đấu …") and of a later sentence of the paragraph, or of the same one, that names the campaign
    before its goal ("Mục tiêu của đợt cao điểm là …", "…; trong đợt cao điểm phấn đấu …"); not across
    paragraphs (probes 030, 055: a span in the lead or a paragraph before is no goal's deadline). A span
    without its year takes the report's, unless it runs over the new year; a span "từ nay đến hết ngày
    31-8" runs from the report's month."""
    before = _CAMPAIGN.search(text, sentence_start, span_start) is not None
    blocks = passages(context)
    at_block = next((i for i, p in enumerate(blocks) if p.start <= sentence_start < p.end), None)
    if at_block is None:
        return None
    passage = blocks[at_block]
    previous = None  # the sentence right before the goal's
    found: tuple[regex.Match[str], int] | None = None
    for s, e in passage.sentences:
        if s > sentence_start:
            break
        if s < sentence_start:
            previous = s
        e = min(e, span_start)
        if _CAMPAIGN.search(text, s, e) is None:
            continue
        for m in _SPAN_END.finditer(text, s, e):
            found = (m, s)
    plan = _PLAN_GOES_ON.match(text, passage.start) is not None
    if found is None and (before or plan) and at_block > 0 and passage.sentences:
        # an earlier paragraph opens with the campaign's span as a sentence of its own ("Đợt cao điểm diễn ra
        # từ ngày 15/12 đến ngày 28/2/2019.") or closes with it ("… Đợt cao điểm được triển khai từ ngày 15/3
        # đến ngày 30/4/2019 trên toàn tỉnh."), and the goal names the campaign ("Mục tiêu của đợt cao điểm là
        # …"); or the paragraph right before does and the goal's paragraph goes on telling the plan ("Theo
        # phương án, … Mỗi khu vực bỏ phiếu bố trí ít nhất 2 cán bộ …"). A span inside a request or a lead's
        # account of the opening is not one (probes 030, 055)
        for prior in reversed(blocks[:at_block] if before else blocks[at_block - 1:at_block]):
            for own_sentence in (prior.sentences[:1] + prior.sentences[-1:]) if prior.sentences else []:
                if (own := _OWN_SPAN.match(text, *own_sentence)) is not None:
                    span = _SPAN_END.match(text, own.start("span"), own_sentence[1])
                    found = (span, prior.start) if span is not None else None
                    break
            if found is not None:
                break
        if found is not None:
            previous = found[1]
    if found is None:
        return None
    m, at = found
    if not before and at != previous:
        return None
    # "từ nay đến hết ngày 31-8": from the report's month
    date = context.document.date
    first = int(m.group("m0")) if m.group("m0") else int(date[5:7]) if date and len(date) >= 7 else 13
    year = m.group("y") or (this_year if int(m.group("m")) >= first else None)
    day, month = int(m.group("d")), int(m.group("m"))
    if year is None or not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return Marked(f"{year}-{month:02d}-{day:02d}", m.start("d"), m.end())


def _subject_metric(text: str, metric_end: int, verb_start: int) -> bool:
    """Whether the words from a metric to the verb are one noun phrase ("tỷ lệ ... án về trật tự xã hội")."""
    return _NOT_ONE_PHRASE.search(text, metric_end, verb_start) is None


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,":
        start += 1
    while end > start and text[end - 1] in " ,":
        end -= 1
    return start, end


def _scope(text: str, context: Context, sentence_start: int, span_start: int, end: int) -> str | None:
    if held_jointly(context):
        # several provinces' report: only a place in the goal's own clause is its scope, not the province of
        # its speaker's title ("Giám đốc Công an tỉnh X cam kết phối hợp với các đơn vị, tổ chức ít nhất …")
        sentence_start = max(sentence_start, _clause_start(text, sentence_start, span_start))
    asks = _last(_ASKS, text, sentence_start, span_start)
    if asks is not None and locality_in(context, asks.end(), span_start) is None:
        # "Phó Giám đốc Công an tỉnh Bắc Ninh đề nghị Công an xã …; phấn đấu … 100% thôn …" in a commune's own
        # report: the province of the asker's title is not the goal's place; the report's is
        main = default_scope(context)
        if main is not None and _lower_place(context, main):
            sentence_start = asks.end()
    named = locality_in(context, sentence_start, span_start)
    if named is not None and _lower_place(context, named) \
            and _ALL_COMMUNES.search(text, span_start, _goal_end(text, span_start, end)) is not None:
        # "đề nghị Công an xã Đắk Song …; …, phấn đấu đến hết năm 2026, 100% Công an cấp xã có trụ sở làm
        # việc": a goal over every commune is not the one commune's its sentence asks; the report's place
        named = default_scope(context) or named
    if named is not None and _lower_place(context, named):
        # "… quản lý tốt tuyến biên giới ở các huyện Cao Lộc, Tràng Định; …; phấn đấu cuối năm 2012 tỷ lệ …":
        # districts listed in an earlier clause of a task are where that task is done, not the goal's place;
        # so is one place named there that is not the report's event's ("… Lễ hội Nghinh Ông ở huyện Năm Căn;
        # (ii) kéo giảm ít nhất 5% …"; a commune's own handover keeps the commune)
        semicolon = text.rfind(";", sentence_start, span_start)
        if semicolon >= 0 and locality_in(context, semicolon, span_start) is None \
                and (_MANY_PLACES.search(text, sentence_start, semicolon) is not None
                     or not _event_place(context, named)):
            named = default_scope(context) or named
    if named is not None:
        return named
    whole_force = whole_force_national(context)
    national = last_national(text, sentence_start, end, whole_force)
    if national is not None and not whole_force \
            and _PROVINCE_HEAD.search(text, sentence_start, national) is not None:
        # "Giám đốc Công an tỉnh … quán triệt, …, Công an các đơn vị, địa phương phải kéo giảm …" in a
        # province's own report: its head's units and places, the province's
        national = None
    if national is not None or is_joint(context, sentence_start, span_start):
        return None
    own_area = _ON_AREA.search(text, span_start, _goal_end(text, span_start, end))
    if own_area is not None:
        # "…; Công an phường phải …; phấn đấu …, 100% hẻm trên địa bàn quận có camera": the goal's own
        # area, not the ward of the task before it
        unnamed = unnamed_place(context, own_area.start(), own_area.end())
        if unnamed is not None:
            return unnamed
    unnamed = unnamed_place(context, sentence_start, span_start)
    if unnamed is not None:
        return unnamed
    # "triệt phá ít nhất 15 vụ … trên tuyến biên giới của huyện": the place the goal's own words end with
    semicolon = text.find(";", span_start, end)
    unnamed = unnamed_place(context, span_start, semicolon if semicolon >= 0 else end)
    if unnamed is not None:
        return unnamed
    # a report held above the provinces: a place the goal's sentence names after it ("tổ chức ít nhất 2
    # đợt cao điểm chung mỗi năm tại khu vực biên giới Lào Cai - Vân Nam"), else none
    return default_scope(context) or locality_in(context, span_start, end)


# the head of a province's body speaking before the words of the whole force: "Giám đốc Công an tỉnh …"
_PROVINCE_HEAD = regex.compile(r"(?<!\w)(?:Giám đốc|Phó Giám đốc|Chủ tịch|Phó Chủ tịch|Bí thư)\s+"
                               r"(?:Công an|UBND|Ủy ban nhân dân|Tỉnh ủy)\s+tỉnh(?!\w)", regex.V1)
# the goal's own area by its level word alone: "100% hẻm trên địa bàn quận"
_ON_AREA = regex.compile(r"(?<!\w)trên địa bàn(?:\s+toàn)?\s+"
                         r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?!\w)(?!\s+\p{Lu})",
                         regex.V1)
_ASKS = regex.compile(r"(?<!\w)(?:đề nghị|yêu cầu|chỉ đạo)(?!\w)", regex.V1)
# the units of a level at large: "100% Công an cấp xã", "các xã, phường", "xã, phường, thị trấn"
_ALL_COMMUNES = regex.compile(r"(?<!\w)(?:cấp xã|các xã|xã,\s*phường)(?!\w)", regex.V1)


def _event_place(context: Context, name: str) -> bool:
    """Whether a place is one of the report's events' places (a commune's own handover, a district's own
    review): a task there before ";" names the goal's place too."""
    assert context.result is not None
    return any(name in event.localities for event in context.result.events)


def _goal_end(text: str, start: int, end: int) -> int:
    """The end of a goal's words: the next ";" or the sentence's end."""
    semicolon = text.find(";", start, end)
    return semicolon if semicolon >= 0 else end


def _lower_place(context: Context, name: str) -> bool:
    assert context.result is not None
    return any(loc.name == name and loc.level in ("district", "commune") for loc in context.result.localities)


_MANY_PLACES = regex.compile(
    r"(?<!\w)các (?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn|địa phương)(?!\w)", regex.V1)
_CLAUSE_MARK = regex.compile(r"[,;:]", regex.V1)


def _clause_start(text: str, start: int, end: int) -> int:
    """Where the clause ending at `end` starts: after the last comma, semicolon or colon in [start, end)."""
    last = _last(_CLAUSE_MARK, text, start, end)
    return last.end() if last is not None else start
