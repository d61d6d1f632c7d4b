"""What a reported figure measures: its metric (metrics.tsv), its change and its words.

`figure_metric(text, sentence, amount, earlier)` reads the words around one amount of a
sentence and returns a `Figure`: the metric key and the words that name it, the
direction of a change, and the span from the verb to the metric. The metric is, in
order:

- for a bracketed rate after a count ("giảm 12 vụ (-3,1%)"), the count's; with no sign
  ("giảm 16 vụ (11,9%)"), the count's change too;
- for a part of a whole ("điều tra, khám phá 51/61 vụ"), what its verb counts (before
  it, or after it in the passive: "51/61 vụ ... được điều tra, khám phá"), else what
  its noun names ("8/8 băng, nhóm");
- for people caught or dealt with ("bắt 40 đối tượng", "63 đối tượng bị phát hiện",
  "31 vụ/45 đối tượng", "83 vụ, với 174 đối tượng"), suspects_arrested (wanted_arrested
  for "đối tượng truy nã"); not people merely counted ("đối tượng nghiện được quản lý");
- what its reporting verb counts ("điều tra, khám phá 21.300 vụ phạm pháp hình sự":
  cases_solved), else the words after the figure ("95 vụ phạm tội về trật tự xã hội"),
  through a list that shares them ("20 vụ/52 đối tượng về hành vi tàng trữ, mua bán và
  tổ chức sử dụng trái phép chất ma túy"), and a metric whose words begin there runs on past
  the comma or "và" that ends them ("1.260 lượt tuần tra, kiểm soát biên giới");
- for a percentage, the rate its sentence names ("tỷ lệ điều tra khám phá án đạt
  87%"), the clearance rate of the very serious cases when they are the subject of
  "đạt" in a sentence of solving ("các vụ án đặc biệt nghiêm trọng được điều tra, phá án
  nhanh, đạt tỷ lệ 100%", "(gần 95%, trọng án đạt 100%)"), the clearance rate when cases
  solved stand before "đạt"/"tỷ lệ" ("điều tra làm rõ 83 vụ, với 174 đối tượng, đạt tỷ lệ
  78%", "(tỷ lệ hơn 83%)"; of the very serious cases for "…, trong đó trọng án đạt 95%"),
  or the rate of the count before it ("kiểm tra 2.340 lượt cơ sở, đạt 102% kế hoạch");
- for a percentage of a count noun, the share its verb counts ("kiểm tra 100% cơ sở":
  fire_safety_inspection_rate; "làm rõ 90% số vụ": case_clearance_rate);
- the subject of its change or the words before it in its clause ("bị thương 365
  người", "phạm pháp hình sự được kéo giảm 7,8%"), its reporting verb, or what a list
  names before its colon ("Tai nạn giao thông giảm cả 3 tiêu chí: xảy ra 120 vụ");
- for a change that names nothing, with nothing but its baseline before it in its
  clause, the metric of the figure it continues: the last earlier figure of the
  sentence with the same unit, for a percentage the last one ("95 vụ phạm tội về trật
  tự xã hội, giảm 20%", "; so với cùng kỳ năm 2023 giảm 49 vụ").

A metric named around a figure counts it only in one of the metric's units (metrics.tsv):
"băng nhóm trộm cắp 15 xe máy" counts no gangs. Deaths, injuries and damage are the
fire's when the sentence last spoke of a fire before the figure, not of traffic (else
when it does after the figure, else when the paragraph last did before it). Where fire is
the topic so read, a count named by its verb and unit alone is fire safety's: "kiểm tra 431
cơ sở" (inspections), "phát hiện 3.105 vi phạm" (violations).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

import regex

from chidao.extract.metrics import (
    MONEY_UNITS,
    Amount,
    MetricMention,
    find_amounts,
    find_metrics,
    fits,
    metric_in_unit,
    metric_units,
    parse_number,
)

_CHANGE = regex.compile(r"\b(?P<dec>[Kk]éo giảm|giảm)\b|\b(?P<inc>tăng(?! cường)|tăng thêm)\b", regex.V1)
_REPORT_VERB = regex.compile(
    r"(?<!\w)(?:(?:phát hiện|điều tra|làm rõ|bắt giữ|bắt quả tang|bắt|triệt phá|triệt xóa|xử lý|khởi tố|"
    r"thu giữ|tiếp nhận|giải quyết|thu nhận|(?<!(?:hai|ba|các)\s)cấp|đạt|khám phá|truy bắt|vận động|"
    r"đấu tranh|phá|xảy ra|ngăn chặn|"
    r"kiểm tra|kiểm soát|xử phạt|phạt tiền|tạm giữ|tịch thu|giải cứu|xua đuổi|"
    # a procuracy's counts: "thụ lý kiểm sát điều tra 587 vụ án", "truy tố 503 vụ"
    r"kiểm sát|thụ lý|truy tố|"
    # a mediation with its result: "hòa giải thành 11 vụ mâu thuẫn" (the mediated disputes)
    r"hòa giải thành công|hòa giải thành)(?:,\s*|\s+)?)+"
    r"(?:được\s+|thêm\s+|tổng cộng\s+)?$",
    regex.V1 | regex.IGNORECASE)
_CLAUSE_START = regex.compile(r"[,;:]\s*|\s(?:và|trong đó|đồng thời)\s", regex.V1)
# (a contrast with a change of its own opens a clause: "số vụ cháy giảm 8,5% nhưng số người chết tăng";
# not one that says more of the figure's noun: "79 công trình … đưa vào sử dụng nhưng chưa được nghiệm thu")
_CLAUSE_END = regex.compile(r"\s+so với\b|[;,.…!?()]|\s+(?:và|với)\s|\s\d"
                            r"|\s+(?:nhưng|song|trong khi)\s+(?=[^\d,;.]{1,40}?\b(?:tăng|giảm)\b)", regex.V1)
_HARD_STOP = regex.compile(r"[;.…!?()]", regex.V1)
_JOINED = regex.compile(r"\s(?:và|với)\s", regex.V1)
# a change counted, then its rate in brackets: "giảm 16 vụ (11,9%)"
# (the change's span may open with its baseline: "so với năm 2017 giảm 11 vụ (6,4%)")
_BRACKET_GAP = regex.compile(
    r"(?:[Ss]o\s+với\s+[^,;()]{1,40}?,?\s+)?(?:giảm|tăng|kéo giảm)?\s*[\d.,]+\s+[^\d,;()]{1,20}?\s*",
    regex.V1)
_SIGNED = regex.compile(r"\(\s*(?P<sign>[-+–])\s*$", regex.V1)
# (not one denied: "218/1.264 công trình chưa được nghiệm thu về PCCC" are those not accepted)
_PASSIVE = regex.compile(r"\s(?<!(?:chưa|không)\s)(?:đã\s+)?(?:được|bị)\s+", regex.V1)
# people caught or dealt with, said after them: "63 đối tượng bị phát hiện, làm rõ"
_DEALT_WITH = regex.compile(
    r"\s(?:đã\s+)?(?:được|bị)\s+(?:phát hiện|bắt|xử lý|làm rõ|khởi tố|truy tố|triệu tập|xử phạt|điều tra)\b",
    regex.V1)
# what stands right before a rate: "đạt 78%", "tỷ lệ hơn 83%", "đạt tỷ lệ 78%"
# ("…, chiếm 81,2%": the share a count of a whole right before it is)
_RATE_LEAD = regex.compile(r"(?:(?:đạt|với)\s+)?(?:t[ỷỉ]\s+lệ|đạt|chiếm)\s+$", regex.V1)
_SOLVED_RATE = regex.compile(r"(?:điều tra,?\s*)?(?:làm rõ|khám phá)\s+", regex.V1)
_DIGIT = regex.compile(r"\d")
_OPENING_BASELINE = regex.compile(r"\s*so\s+với\s+[^,;]*?(?=\s*(?:kéo\s+giảm|giảm|tăng)\b)", regex.V1)
_PART_OF = regex.compile(r"\b(?:trong đó|riêng|đối với)\b", regex.V1 | regex.IGNORECASE)
# up to three words between a metric and its figure: "thiệt hại tài sản ước tính 3,5 tỷ đồng"
_NEAR = regex.compile(r"(?:\s+[^\s\d,;.]+){0,3}\s*", regex.V1)
# metrics whose words name people by who they are ("người chấp hành xong án phạt tù"), and nothing between a
# metric and the count it names
_WHO_THEY_ARE = frozenset({"released_prisoners_received"})
# words that follow one another with only spaces between (a metric and the count it names, a ring's unit
# and its crime); one pattern, as both readings have used
_ADJACENT = regex.compile(r"\s+", regex.V1)
# another deed between the cases solved and "đạt": the rate is that deed's ("thu hồi tài sản đạt 60%")
# ("bắt giữ", "bắt xử lý", "bắt, xử lý": "khám phá 701 vụ, bắt xử lý 1.093 đối tượng, đạt tỷ lệ 86,3%")
_ARRESTS = regex.compile(
    r",\s*bắt(?: giữ|,? xử lý)?\s+[\d.]+\s+(?:đối tượng|bị can|người)\s*(?=,)", regex.V1)
_OTHER_DEED = regex.compile(
    r"\b(?:thu hồi|thu giữ|bắt|xử lý|triệt phá|kiểm tra|xử phạt|giảm|tăng|giải quyết|tiếp nhận|vận động|cấp|"
    r"hoàn thành|thực hiện)\b", regex.V1)
# words of solving cases: a rate of the very serious cases in such a sentence is their clearance rate
_LIST_GAP = regex.compile(r"\s*(?:,|và|,\s*và)\s*", regex.V1)
_SOLVING = regex.compile(r"\b(?:điều tra|khám phá|làm rõ|phá án)\b", regex.V1 | regex.IGNORECASE)
_FIRE_OR_TRAFFIC = regex.compile(
    r"(?P<fire>\bcháy|\bPCCC\b|hỏa hoạn)|(?P<traffic>giao thông|\bTNGT\b|\b(?:TT)?ATGT\b|\bCSGT\b)",
    regex.V1 | regex.IGNORECASE)
_FIRE_FORMS = {"traffic_deaths": "fire_deaths", "traffic_injuries": "fire_injuries",
               "fines_collected": "fire_safety_fines"}
_LEAD_REACH = 600
_RATE_WORD = regex.compile(r"\btỷ lệ\b", regex.V1)
_ANY_RATE_WORD = regex.compile(r"\btỷ lệ\b", regex.V1 | regex.IGNORECASE)
# the files of a share settled online, in its clause: "100% hồ sơ thủ tục hành chính được tiếp nhận, giải
# quyết trên môi trường điện tử", "… được giải quyết trực tuyến"
_ONLINE_AFTER = regex.compile(
    r"[^;.]*?\b(?:giải\s+quyết|xử\s+lý)\s+(?:trực\s+tuyến|trên\s+môi\s+trường\s+điện\s+tử)\b", regex.V1)
# "xử lý 580.000 trường hợp vi phạm" counts traffic violations only where traffic is the topic
_TRAFFIC_ONLY = {"traffic_violations"}
# the rate of a count: "kiểm tra 2.340 lượt cơ sở, đạt 102% kế hoạch"
_RATE_OF = {"fire_safety_inspections": "fire_safety_inspection_rate", "cases_solved": "case_clearance_rate",
            "crime_reports": "crime_report_resolution_rate",
            "court_cases_resolved": "court_case_resolution_rate", "electronic_ids": "electronic_id_rate",
            "complaints_resolved": "complaint_resolution_rate",
            "corruption_assets_recovered": "corruption_asset_recovery_rate",
            "safe_communes": "safe_communes_rate", "regular_police_communes": "regular_police_communes_rate"}
# a count of cases accepted ("thụ lý") followed by those resolved in its short unit ("…, giải quyết 873 vụ")
_RESOLVED_AFTER = {"court_cases_accepted": "court_cases_resolved",
                   "complaints_received": "complaints_resolved",
                   "mass_complaint_groups": "complaints_resolved"}
# a crime's key, then its clearance rate's (metrics.tsv): what "tỷ lệ điều tra, làm rõ" of that crime reads
_CLEARANCE_OF = {"usury": "usury_clearance_rate", "human_trafficking": "trafficking_clearance_rate",
                 "robberies": "robbery_clearance_rate"}
# the cases a share of solving counts, before the crime that names them: "90% số vụ cho vay lãi nặng"
_CASES_AFTER = regex.compile(r"\s+(?:số\s+|các\s+)?(?:vụ\s+án|vụ\s+việc|vụ|án)\s+(?:về\s+)?", regex.V1)
# a clause that only counts: "năm 2023 có 146 vụ", "xảy ra 12 vụ"
_BARE_COUNT = regex.compile(r"(?:(?:trong\s+)?(?:năm|quý|tháng)\s+[\dIV/]+\s+)?(?:có|xảy ra)\s+", regex.V1)
# a count told after what it counts, joined by "với": "tình trạng xuất cảnh trái phép … diễn biến phức tạp với
# 1.245 trường hợp", "… là điểm nóng về vận chuyển hàng lậu, với 146 vụ được phát hiện"
# accidents with no word of their kind after a count of cases ("8 vụ tai nạn"), not work's or drownings
_ACCIDENTS_AFTER = regex.compile(
    r"\s+tai nạn(?![\p{L}])(?!\s+(?:lao động|đuối nước|giao thông|điện|cháy|nổ))", regex.V1)
_BARE_ACCIDENTS = regex.compile(
    r"(?<![\p{L}])vụ tai nạn(?![\p{L}])(?!\s+(?:lao động|đuối nước|điện|cháy|nổ))", regex.V1)
_HAPPENED = regex.compile(r"(?<![\p{L}])xảy ra\s*$", regex.V1)
_KILLED_AFTER = regex.compile(r"\s*,\s*làm(?:\s+\d[\d.]*\s+người)?\s+(?:chết|tử vong|bị thương)", regex.V1)
_WITH_COUNT = regex.compile(r"(?:,\s*|\s+)(?P<with>với)\s+$", regex.V1)
_WORKERS = frozenset({"công nhân", "người lao động", "người"})
_STOPPAGES = {"work_stoppages": "work_stoppage_participants"}
_COMPLAINTS = frozenset({"complaints_received", "mass_complaint_groups"})
_RESOLVING = regex.compile(r"\b(?:giải quyết|xét xử)\b", regex.V1)
# a court, the subject of its clause, resolving cases: "Tòa án nhân dân hai cấp đã giải quyết 5.847/6.210 vụ"
_COURT_SUBJECT = regex.compile(r"\s*(?:Tòa án|TAND)\b[^,;.:()]{0,40}?\s(?:đã\s+)?", regex.V1)
# …, or of the count in this unit: "cấp 3,6 triệu thẻ căn cước, đạt 98,6%" (cards, not accounts)
_RATE_OF_UNIT = {("electronic_ids", "thẻ"): "id_card_rate", ("electronic_ids", "căn cước"): "id_card_rate",
                 ("electronic_ids", "hồ sơ"): None}
# files ("hồ sơ") for the identity card, not for the electronic identity: their rate is the card's
_ID_CARD_FILES = regex.compile(r"\bcăn cước\b", regex.V1 | regex.IGNORECASE)
_E_ID_WORDS = regex.compile(r"\bđịnh danh\b", regex.V1 | regex.IGNORECASE)
# a count by its verb and unit alone, where fire is the topic: "kiểm tra 431 cơ sở", "phát hiện 3.105 vi phạm"
_FIRE_DEEDS = {("kiểm tra", "cơ sở"): "fire_safety_inspections",
               ("kiểm tra", "lượt cơ sở"): "fire_safety_inspections",
               ("kiểm tra", "công trình"): "fire_safety_inspections",
               # an inspection of the companies of an industrial park: "Qua kiểm tra 46 doanh nghiệp, phát
               # hiện 19 doanh nghiệp có vi phạm"
               ("kiểm tra", "doanh nghiệp"): "fire_safety_inspections",
               ("phát hiện", "doanh nghiệp"): "fire_safety_violations",
               ("phát hiện", "vi phạm"): "fire_safety_violations",
               ("phát hiện", "hành vi vi phạm"): "fire_safety_violations",
               # the fines of an inspection: "kiểm tra an toàn phòng cháy 412 lượt cơ sở, phát hiện 57 cơ
               # sở vi phạm, xử phạt 236 triệu đồng" (the premises found in breach: `_FIRE_BREACHES`)
               ("xử phạt", "triệu đồng"): "fire_safety_fines",
               ("xử phạt", "tỷ đồng"): "fire_safety_fines"}
_FIRE_BREACHES = frozenset({"cơ sở", "lượt cơ sở"})
_VEHICLE_CHECKS = frozenset({"lượt phương tiện", "phương tiện"})
_WATERWAY = regex.compile(r"(?<![\p{L}])(?:đường thủy|đường sông)(?![\p{L}])", regex.V1 | regex.IGNORECASE)
# a count by its verb and unit alone where the report's topic is drug rehabilitation or smuggling
# ("tiếp nhận 934 người" in a rehab centre's report, "phát hiện, bắt giữ 41 vụ" in an anti-smuggling
# campaign's); the topic is read as for fire (`_topic_of`)
_TOPIC_DEEDS = {
    "rehab": {("tiếp nhận", "người"): "rehab_admissions", ("tiếp nhận", "học viên"): "rehab_admissions",
              ("tiếp nhận", "lượt học viên"): "rehab_admissions", ("tiếp nhận", "lượt"): "rehab_admissions",
              ("tiếp nhận", "lượt người"): "rehab_admissions"},
    "smuggling": {("bắt giữ", "vụ"): "smuggling", ("phát hiện", "vụ"): "smuggling",
                  ("xử lý", "vụ"): "smuggling",
                  ("bắt giữ", "phương tiện"): "vehicles_impounded"},
    # violations fined or dealt with where the topic is illegal fishing (IUU): "Các địa phương đã xử phạt
    # 1.462 vụ vi phạm" at a conference against IUU fishing
    "iuu": {("xử phạt", "vụ"): "iuu_violations", ("xử lý", "vụ"): "iuu_violations",
            ("xử phạt", "tàu cá"): "iuu_violations", ("xử lý", "tàu cá"): "iuu_violations"},
    # cases found or dealt with on a patrol at sea: "tuần tra, kiểm soát trên vùng biển …; phát hiện, xử lý
    # 19 vụ vi phạm"
    "sea": {("xử lý", "vụ"): "maritime_violations", ("phát hiện", "vụ"): "maritime_violations",
            ("bắt giữ", "vụ"): "maritime_violations", ("bắt giữ", "phương tiện"): "vehicles_impounded"},
}
_TOPIC_WORDS = regex.compile(r"(?P<rehab>\bcai nghiện)|(?P<smuggling>\bbuôn lậu|gian lận thương mại)"
                             r"|(?P<sea>\b(?:tuần tra|kiểm soát) trên (?:vùng )?biển\b|\bhải lý\b)"
                             r"|(?P<iuu>\bIUU\b|khai thác (?:hải|thủy) sản bất hợp pháp)",
                             regex.V1 | regex.IGNORECASE)
# drugs seized later in a sentence that counts cases broken up: "triệt phá 418 vụ, …, thu giữ 96 bánh heroin"
_DRUGS_SEIZED = regex.compile(r"(?<![\p{L}])thu giữ(?![\p{L}])[^.;]*?(?<![\p{L}])"
                              r"(?:ma túy|heroin|hêrôin|thuốc phiện|cần sa|ketamine|methamphetamine)"
                              r"(?![\p{L}])",
                              regex.V1 | regex.IGNORECASE)
# "bắt giữ 41 vụ, 52 phương tiện", "bắt giữ 17 vụ vi phạm trên biển với 23 phương tiện": a count right after
# another shares its verb
_SHARED_VERB_GAP = regex.compile(r"\s*,\s*|\s+với\s+", regex.V1)
# a count by the verb right before it and its unit, whatever the topic
# premises reviewed ("rà soát 2.400 cơ sở") where fire is the topic: inspections
_REVIEWED = regex.compile(r"(?<![\p{L}])rà soát\s+$", regex.V1 | regex.IGNORECASE)
_REVIEWED_UNITS = frozenset({"cơ sở", "công trình"})
# ("tiếp nhận 215 công dân Việt Nam …": citizens handed back across the border, what else the words after
# them tell of them, "bị lừa sang Campuchia …", "nhập cảnh trái phép …")
_DEEDS = {("giám sát", "đảng viên"): "party_supervisions", ("giám sát", "tổ chức đảng"): "party_supervisions",
          ("tiếp nhận", "công dân"): "citizens_repatriated",
          # "được các cơ quan tiếp thu 146/146 kiến nghị": a procuracy's recommendations taken up
          ("tiếp thu", "kiến nghị"): "procuracy_recommendations_accepted"}
_DEED_BEFORE = regex.compile(r"(?<![\p{L}])(?:giám sát|tiếp nhận|tiếp thu)\s+$", regex.V1 | regex.IGNORECASE)
# "các tổ đã tham gia 3.200 lượt tuần tra": patrols joined by grassroots forces, not the border guard's own
_JOINED_IN = regex.compile(r"(?<![\p{L}])tham gia\s+$", regex.V1 | regex.IGNORECASE)
_JOINED_FORMS = {"border_patrols": "grassroots_patrols"}
_VERB_WORD = regex.compile(r"(?:phát hiện|kiểm tra|tiếp nhận|bắt giữ|xử phạt|xử lý|triệt phá)"
                           r"(?=[,\s]*(?:được|thêm|tổng cộng)?\s*$)", regex.V1 | regex.IGNORECASE)
# a percentage of these is a share of them: "kiểm tra 100% cơ sở", "làm rõ 90% số vụ"
_SHARE_NOUN = regex.compile(r"\s*(?:số\s+)?(?P<noun>cơ sở|vụ án|vụ việc|vụ)(?!\w)", regex.V1)
_INSPECT = regex.compile(r"\bkiểm tra\b", regex.V1)
# "tăng 15,2% số vụ" / "giảm 3% số đối tượng": a percentage of an earlier count, named by its unit
# "số vụ giảm 23 vụ": the number of an earlier count, named by its unit, as the subject of a change
_COUNT_NOUN_SUBJECT = regex.compile(
    r"(?:\s*so\s+với\s+[^,;]*?,)?\s*(?P<noun>[Ss]ố[ \t]+(?P<unit>vụ án|vụ việc|vụ|đối tượng|người))\s*",
    regex.V1)
_COUNT_NOUN_AFTER = regex.compile(
    r"[ \t]+số[ \t]+(?P<unit>vụ án|vụ việc|vụ|đối tượng|người)(?![\p{L}])", regex.V1)
# words of these metrics ("phạt tiền", "thiếu sót", "thiệt hại tài sản") are the fire's only
# where a fire is the topic
_FIRE_ONLY = {"fire_property_damage", "fire_safety_fines", "fire_safety_penalties", "fire_safety_violations",
              "fire_safety_inspection_rate"}
_PEOPLE_UNITS = {"đối tượng", "bị can"}
_FRAUD = regex.compile(r"(?<![\p{L}])lừa đảo(?![\p{L}])", regex.V1 | regex.IGNORECASE)
_DRUGS = regex.compile(r"(?<![\p{L}])ma túy(?![\p{L}])", regex.V1 | regex.IGNORECASE)
# the losses a crime caused, by the crime counted before them: economic crimes' or frauds'
_TAKEN = regex.compile(r",\s*(?:đã\s+)?(?P<verb>chiếm đoạt)(?:\s+(?:tổng cộng|khoảng|hơn|gần|trên|tới))?\s+$",
                    regex.V1)
_LOSS_OF = {"economic_crime": "economic_crime_losses", "high_tech_crime": "fraud_losses"}
# a sentence or clause that gives a part of what the paragraph counted
_PART_LEAD = regex.compile(r"\s*[,;(]?\s*trong đó(?:\s+có)?\s+", regex.V1 | regex.IGNORECASE)
_PART_OPENER = regex.compile(r"[\s\"“]*(?:[Rr]iêng|[Tt]rong đó|[Tt]rước đó)\b", regex.V1)
# who or what is counted with the cases, sharing the words after them ("86 vụ, 214 người xuất cảnh …")
_PARTNER_UNITS = {"đối tượng", "bị can", "bị cáo", "người"}
# a predicate after a count: "được công nhận", "đã có trụ sở", "chưa được nghiệm thu"
_PREDICATE = regex.compile(r"(?<![\p{L}])(?:được|bị|đã|chưa|đang|có)(?![\p{L}])", regex.V1)
_CASE_UNITS = {"vụ", "vụ án", "vụ việc"}
_DEED_CASE_UNITS = _CASE_UNITS | {"trường hợp"}
# the court's counts of cases, whose defendants ("bị cáo") are counted with them
_COURT_CASES = frozenset({"court_cases_accepted", "court_cases_resolved"})
# the other kinds of commune listed after "xã": "126/286 xã, phường, thị trấn"
_COMMUNE_KINDS = regex.compile(r"(?:\s*,\s*(?:phường|thị trấn|đặc khu)(?![\p{L}]))+", regex.V1)
# the police posted to every commune: "Lực lượng Công an (của) 130 xã, phường", "đảm nhiệm các chức danh
# Công an tại 129/129 xã, thị trấn", "bố trí lực lượng về 78 xã, phường, đặc khu" (the force across the
# communes; not the commune police as a body that acts or attends: "Công an 99 xã, phường đã tiếp nhận …",
# "Trưởng Công an 16 xã")
_POSTED_TO_COMMUNES = regex.compile(
    r"(?:(?<![\p{L}])[Ll]ực lượng Công an(?:\s+của)?|(?<![\p{L}])chức danh\b[^,;.:()\d]{0,60}?\stại"
    r"|(?<![\p{L}])bố trí lực lượng\s+về)\s+(?:(?:các|hơn|gần|khoảng|trên)\s+)?$", regex.V1)
_COMMUNE_UNITS = frozenset({"xã"})
# vessels and the crew counted right after them: "37 tàu cá với 312 ngư dân …"
_VESSELS = frozenset({"tàu cá", "tàu"})
_CREW_AFTER = regex.compile(r"\s+(?:cùng\s+với|cùng|với)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?\d[\d.]*\s+"
                            r"(?:ngư dân|người|thuyền viên|lao động)(?![\p{L}])", regex.V1)
# a reception of citizens: "tiếp 126 lượt công dân", "tiếp công dân"
_RECEIVING = regex.compile(r"(?<![\p{L}])tiếp(?![\p{L}])", regex.V1 | regex.IGNORECASE)
# a verb that only inspects: what it counts is no part of cases caught or dealt with
_INSPECT_ONLY = regex.compile(r"kiểm tra|kiểm soát|kiểm tra, kiểm soát", regex.V1)
# the members of gangs just counted: "triệt phá 19 băng, nhóm tội phạm với 107 đối tượng", "…, gồm 46
# đối tượng"
_GANG_MEMBERS = regex.compile(r"[^\d,;.:()]{0,40}?(?:,\s*|\s+)(?:với|gồm)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?",
                              regex.V1)
# what joins a count of cases to the people in them
_PAIR_JOIN = regex.compile(r"/|,\s*(?:với\s+)?|\s+với\s+", regex.V1)


class Earlier(Protocol):
    """An earlier figure of the sentence (an `Indicator`)."""

    metric: str | None
    metric_key: str | None
    direction: str | None
    value: float
    unit: str | None
    text: str
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Figure:
    """What one amount measures, and the words of its indicator."""

    key: str | None
    metric: str | None
    direction: Literal["decrease", "increase"] | None
    clause_start: int
    span_start: int
    span_end: int


@dataclass(slots=True)
class _Named:
    """A metric and the words that name it."""

    mention: MetricMention
    words: tuple[int, int]


def figure_metric(text: str, sentence: tuple[int, int], amount: Amount, earlier: list[Earlier],
                  paragraph_start: int | None = None, in_paragraph: Sequence[Earlier] = ()) -> Figure:
    """The metric, change and span of `amount` in `sentence` (see the module doc)."""
    figure = _figure_metric(text, sentence, amount, earlier, paragraph_start, in_paragraph)
    clearance = _crime_clearance(text, sentence, amount, figure)
    if clearance is not None:
        return dataclasses.replace(figure, key=clearance, metric=clearance)
    return figure


def _crime_clearance(text: str, sentence: tuple[int, int], amount: Amount, figure: Figure) -> str | None:
    if amount.unit != "%" or figure.direction is not None:
        return None
    return crime_clearance(text, sentence, amount, figure.key, figure.span_start)


def crime_clearance(text: str, sentence: tuple[int, int], amount: Amount, key: str | None,
                    words_start: int) -> str | None:
    """The clearance rate of a named kind of crime, where that crime has a clearance row (the crime's key,
    then its clearance key: _CLEARANCE_OF): "tỷ lệ điều tra khám phá án mua bán người đạt 85%", "điều tra,
    làm rõ trên 90% số vụ cho vay lãi nặng", "tỷ lệ điều tra khám phá án … đạt 85%, riêng án cướp giật tài
    sản đạt 90%". The general rate stays where no crime, or one with no clearance row, is named."""
    if amount.unit != "%":
        return None
    after = _CASES_AFTER.match(text, amount.end)
    if key == "case_clearance_rate":
        # the crime named inside the rate's words, or right after its share's cases
        named = [m.key for m in find_metrics(text, words_start, amount.start) if m.key in _CLEARANCE_OF]
        if not named and after is not None:
            named = [m.key for m in find_metrics(text, after.end(), min(sentence[1], after.end() + 40))
                     if m.start == after.end() and m.key in _CLEARANCE_OF]
        return _CLEARANCE_OF[named[0]] if named else None
    if key in _CLEARANCE_OF and _SOLVING.search(text, sentence[0], amount.start) is not None:
        # a crime's share of solving, or its part of a rate of solving named before it in the sentence
        if after is not None or _ANY_RATE_WORD.search(text, sentence[0], amount.start):
            return _CLEARANCE_OF[key]
    return None


def _figure_metric(text: str, sentence: tuple[int, int], amount: Amount, earlier: list[Earlier],
                   paragraph_start: int | None, in_paragraph: Sequence[Earlier]) -> Figure:
    start, end = sentence
    clause_start = start
    for m in _CLAUSE_START.finditer(text, start, amount.start):
        clause_start = m.end()
    direction: Literal["decrease", "increase"] | None = None
    signed = _SIGNED.search(text, max(start, amount.number_start - 4), amount.number_start)
    if signed is not None:
        direction = "decrease" if signed.group("sign") in "-–" else "increase"
    bracketed = _bracketed_rate(text, amount, earlier)
    if bracketed is not None:  # "giảm 16 vụ (11,9%)": the change's rate, its sign unwritten
        direction = "decrease" if bracketed.direction == "decrease" else "increase"
    change = _last(_CHANGE, text, clause_start, amount.start)
    # (a change by a factor: "tăng gấp 4 lần so với năm 2021")
    between = text[change.end():amount.start].strip() if change is not None else ""
    if change is not None and (not between or (between == "gấp" and amount.unit == "lần")):
        direction = "decrease" if change.group("dec") else "increase"
    else:
        change = None
    # the reporting verbs right before the figure, across commas: "điều tra, làm rõ 1.204 vụ"
    verb = _REPORT_VERB.search(text, max(start, amount.start - 60), amount.start)
    if verb is not None and not verb.group().strip():
        verb = None
    span_start = change.start() if change is not None else verb.start() if verb is not None else amount.start
    # a count paired after "/" shares the words after its partner: "31 vụ/45 đối tượng vi phạm ..."
    partner_end = _partner_end(text, amount, end)
    # "126/286 xã, phường, thị trấn được công nhận không có ma túy": the other kinds of commune listed after
    # the unit "xã" belong to it, and the words after them say what is counted
    kinds = _COMMUNE_KINDS.match(text, partner_end) if amount.unit == "xã" else None
    tail_end = _tail_end(text, kinds.end() if kinds is not None else partner_end, end)
    opening = _subject(text, start, clause_start, amount.start)
    if opening is not None and amount.unit in metric_units().get(opening.mention.key, frozenset()) \
            and _NEAR.fullmatch(text, opening.mention.end, amount.start) \
            and (stop := _CLAUSE_END.search(text, partner_end, end)) is not None \
            and text[stop.start()] == ",":
        # "thiệt hại tài sản ước tính 6,8 tỷ đồng, không có thiệt hại về người": a metric opening the figure
        # in its clause, counted in its unit, wins over one after the comma
        tail_end = min(tail_end, stop.start())

    def fit(found: _Named | None) -> _Named | None:  # a metric counted in the figure's unit
        counted = metric_in_unit(text, found.mention, amount.unit) if found is not None else None
        return None if found is None or counted is None else _Named(counted, found.words)

    named: _Named | None = None
    key_from_earlier: Earlier | None = None
    tail = _tail_metric(text, amount, tail_end, end)
    counted = _counted_before(text, amount, earlier)
    counted_end = amount.end
    if signed is not None and earlier:  # "giảm 12 vụ (-3,1%)": the same metric, as a rate
        span_start = signed.start("sign")
        key_from_earlier = earlier[-1]
    elif bracketed is not None:
        rate_word = _RATE_IN_BRACKET.search(text, bracketed.span[1], amount.number_start)
        rate_at = _RATE_WORD.search(text, rate_word.start()) if rate_word is not None else None
        span_start = amount.number_start - 1 if rate_at is None else rate_at.start()
        key_from_earlier = bracketed
    elif counted is not None:  # "bắt 1.245 vụ, 2.310 đối tượng, tăng 15,2% số vụ": the count in vụ
        key_from_earlier, counted_end = counted
    elif _is_whole(text, amount) and (fit(_tail(tail, amount)) is None
                                      or _PREDICATE.search(text, amount.end, tail.end) is not None
                                      or amount.unit not in _CASE_UNITS):
        # "xảy ra 74 vụ phạm pháp hình sự …; điều tra làm rõ 64/74 vụ": the whole is the count
        # reported before it, never what the verb counts; with none, it is no figure of its own.
        # Words after it that say what the part did or is ("61/204 xã được công nhận không có ma
        # túy", "158/216 đơn vị đã có trụ sở") describe the part, not the whole. A whole counted in
        # anything but cases is the reach of the part ("giải quyết 14/15 tin báo", "cung cấp 23/25 dịch
        # vụ công"), no figure; a whole of cases counts those that happened ("khám phá 51/61 vụ …": 61).
        key_from_earlier = next((e for e in reversed(earlier)
                                 if e.value == amount.value and e.unit == amount.unit and e.metric_key), None)
        if key_from_earlier is None:
            return Figure(key=None, metric=None, direction=None, clause_start=clause_start,
                          span_start=amount.number_start, span_end=amount.end)
        span_start = amount.number_start
    elif amount.whole is not None and amount.whole != amount.value:
        named = (fit(_verb_metric(text, verb) or _court_resolved(text, clause_start, verb))
                 or fit(_passive_metric(text, amount.end, tail_end, end))
                 or fit(_tail(tail, amount)))
    elif amount.unit == "bị cáo" and earlier and earlier[-1].metric_key in _COURT_CASES \
            and _paired(text, amount, start):
        # "thụ lý 327 vụ, 491 bị cáo", "xét xử 1.247 vụ/2.036 bị cáo": the defendants of the court's cases
        # just counted, by what counted them (defendants counted alone, "xét xử 5 bị cáo" in one trial's
        # story, are no figure)
        key_from_earlier = earlier[-1]
    elif (amount.unit in _PEOPLE_UNITS and (verb is not None or _paired(text, amount, start)
                                            or _DEALT_WITH.search(text, amount.end, tail_end))) \
            or (amount.unit == "người" and _paired(text, amount, start) and fit(_tail(tail, amount)) is None
                and tail is not None):
        # (people right after a count of cases, the crime after both: "bắt 312 vụ, 486 người phạm tội về ma
        # túy" counts the people of those cases; not "12 vụ, 15 người chết", whose words count people)
        key = "wanted_arrested" if tail is not None and tail.key == "wanted_arrested" else "suspects_arrested"
        named = _Named(MetricMention(key, amount.unit_start, amount.end), (amount.unit_start, amount.end))
        if earlier and _paired(text, amount, start) and earlier[-1].metric_key not in (None, key) \
                and amount.unit in metric_units().get(earlier[-1].metric_key or "", frozenset()):
            # "kiểm sát điều tra 587 vụ án/1.012 bị can", "truy tố 503 vụ/861 bị can": the defendants of
            # the cases just counted, by what counted them
            named, key_from_earlier = None, earlier[-1]
    else:  # "điều tra, khám phá 21.300 vụ phạm pháp hình sự": what the verb counts, else the noun
        # "tỷ lệ điều tra khám phá đạt 88,9%": a rate named before it, not what its verb counts
        counts = None if _named_rate(text, clause_start, amount) is not None else _verb_metric(text, verb)
        if counts is None and _named_rate(text, clause_start, amount) is None:
            counts = _court_resolved(text, clause_start, verb)
        named = _share(text, verb, amount) or _serious_solved(text, start, verb, amount) or fit(counts) \
            or fit(_tail(tail, amount))
        deed = fit(_subject(text, start, clause_start, amount.start)) \
            if named is not None and counts is None and named.mention.key in _WHO_THEY_ARE \
            and named.mention.start == amount.unit_start else None
        if deed is not None and deed.mention.key != named.mention.key \
                and _ADJACENT.fullmatch(text, deed.mention.end, amount.start):
            # "giới thiệu việc làm cho 120 người chấp hành xong án phạt tù": the words after the count say who
            # the people are, the deed named right before it what is counted of them
            named = deed
            span_start = min(span_start, deed.mention.start)
    if named is None and key_from_earlier is None:
        subject_end = change.start() if change is not None else span_start
        named, rate_start = _rate(text, start, subject_end, amount, direction, earlier)
        if rate_start is not None and (change is None or "(" not in text[rate_start:span_start]):
            span_start = min(span_start, rate_start)  # not across the bracket of "… là 3,2% (giảm 1,1%"
        if named is None and not (amount.unit == "%" and _AT_SHARE.search(text, clause_start, amount.start)):
            named = fit(_subject(text, start, clause_start, subject_end))
            # "bị thương 365 người", "thiệt hại tài sản ước tính 3,5 tỷ đồng": the metric opens the figure
            if named is not None and change is None and verb is None \
                    and _NEAR.fullmatch(text, named.mention.end, amount.start):
                span_start = named.mention.start
        if named is None:
            rate = _named_rate(text, clause_start, amount)
            named = rate or fit(_verb_metric(text, verb))
            if rate is not None:
                span_start = rate.mention.start
        if named is None:
            named = fit(_topic(text, start, clause_start))
        bare = _bare(text, _bracket_start(text, clause_start, subject_end), subject_end)
        if named is None and direction is not None and bare:
            # "…, giảm 20%", "Cháy xảy ra 18 vụ (tăng 2 vụ, …)", "48 người (so với cùng kỳ giảm 11 vụ"
            key_from_earlier = _continued(earlier, amount)
            if key_from_earlier is not None and amount.unit == "%" \
                    and _unread_between(text, earlier, key_from_earlier.span[1], amount.start):
                # "kiểm soát 14.620 lượt tàu cá …; phát hiện 87 vụ vi phạm, tăng 31% so với …": the change of
                # the count right before it, whose key is not known, not of the one before that
                key_from_earlier = None
            if key_from_earlier is None and not earlier and amount.unit != "%":
                # "… xảy ra 32 vụ tai nạn giao thông, …. So với cùng kỳ năm 2020, giảm 4 vụ": a sentence that
                # opens with the change goes on with the count of the sentences before it
                key_from_earlier = _continued([e for e in in_paragraph if e.direction is None], amount)
        elif named is None and direction is not None \
                and (noun := _COUNT_NOUN_SUBJECT.fullmatch(text, clause_start, subject_end)) is not None \
                and noun.group("unit") == amount.unit:
            # "số vụ giảm 23 vụ": the number of what the paragraph counted in that unit before
            key_from_earlier = next((e for e in reversed([*in_paragraph, *earlier])
                                     if e.unit == amount.unit and e.metric_key is not None), None)
            if key_from_earlier is not None:
                span_start = noun.start("noun")
        elif named is None and direction is None:
            # "tiếp nhận 2.146 tố giác, tin báo …; đã giải quyết 1.987 tin": a count in the short form
            # of an earlier figure's unit counts the same thing
            key_from_earlier = next((e for e in reversed(earlier) if e.metric_key is not None
                                     and e.unit != amount.unit and (_same_unit(e.unit, amount.unit)
                                                                    or _same_visits(e, amount.unit))), None)
            resolving = verb is not None and _RESOLVING.search(text, verb.start(), verb.end()) is not None
            if resolving and key_from_earlier is None:
                # "… thụ lý 14.386 vụ, việc; đã giải quyết 13.109 vụ, việc": the same unit written again
                key_from_earlier = next((e for e in reversed(earlier) if e.metric_key in _RESOLVED_AFTER
                                         and e.unit == amount.unit), None)
            if resolving and key_from_earlier is None and amount.unit in _CASE_UNITS:
                # "tiếp nhận 1.208 đơn khiếu nại …. Các cấp đã giải quyết 964/1.051 vụ việc": complaints
                # received in the paragraph, then the cases of them resolved
                key_from_earlier = next((e for e in reversed([*in_paragraph, *earlier])
                                         if e.metric_key in _COMPLAINTS), None)
            resolved = _RESOLVED_AFTER.get(key_from_earlier.metric_key or "") if key_from_earlier else None
            if resolved is not None and verb is not None and resolving:
                # "thụ lý 905 vụ án hình sự, giải quyết 873 vụ": what was accepted, then resolved
                named, key_from_earlier = _Named(MetricMention(resolved, verb.start(), verb.end()),
                                                 (verb.start(), verb.end())), None
        if named is None and key_from_earlier is None and amount.unit != "%" and earlier \
                and earlier[-1].metric_key is not None and earlier[-1].unit != amount.unit \
                and amount.value <= earlier[-1].value \
                and amount.unit in metric_units().get(earlier[-1].metric_key, frozenset()) \
                and _PART_LEAD.fullmatch(text, earlier[-1].span[1], amount.start) is not None:
            # "bắt 52 đối tượng, trong đó có 11 người nước ngoài": a part, right after its whole, in another
            # unit the whole's metric counts
            key_from_earlier = earlier[-1]
        if named is None and key_from_earlier is None and amount.unit != "%" \
                and (_PART_OPENER.match(text, start) or _PART_OPENER.match(text, clause_start)
                     or _in_parts(text, start, amount.start)):
            # "Riêng tỉnh Lào Cai phát hiện 37 vụ", "; trong đó 14 vụ xảy ra tại …", "Trước đó, quý I
            # xảy ra 44 vụ": a part of a count of the paragraph counts what that count counts
            same = [e for e in [*in_paragraph, *earlier]
                    if e.metric_key is not None and e.unit == amount.unit]
            # the count reported by the same verb, if any ("phát hiện 486 vụ …; khởi tố 12 vụ. Riêng …
            # phát hiện 152 vụ"), else the last
            said = text[verb.start():verb.end()].strip(" ,").lower() if verb is not None else None
            # (a part is no more than its whole: "tước giấy phép lái xe 713 trường hợp. Trong đó, … với 5.602
            # trường hợp" is a part of the larger count before)
            whole = [e for e in same if e.value >= amount.value] or same
            key_from_earlier = next((e for e in reversed(same) if said and e.text.lower().startswith(said)),
                                    whole[-1] if whole else None)
            if said and _INSPECT_ONLY.fullmatch(said) and key_from_earlier is not None \
                    and not key_from_earlier.text.lower().startswith(said):
                # "Trong đó, Cục Hải quan bắt giữ 152 vụ; Cục Quản lý thị trường kiểm tra 1.134 vụ, xử lý
                # 1.012 vụ": cases inspected are no part of the cases caught, which no inspection counted
                key_from_earlier = None
        if named is None and key_from_earlier is None and direction is None and verb is not None \
                and amount.unit in _DEED_CASE_UNITS and amount.whole is None:
            # "kiểm tra, xử lý 11.842 trường hợp vi phạm; …. Trên tuyến đường thủy, … xử lý 98 trường hợp": a
            # bare count of cases by the verb that counted a kind of them earlier in the paragraph counts that
            key_from_earlier = _same_deed(verb, amount, [*in_paragraph, *earlier])

    span_end = counted_end
    if key_from_earlier is not None:
        key, metric = key_from_earlier.metric_key, key_from_earlier.metric
    elif named is not None:
        key, metric = named.mention.key, text[named.words[0]:named.words[1]].strip(" ,") or None
        if amount.end < named.mention.end:
            span_end = named.mention.end
        if verb is not None and named.words[0] < verb.start() == span_start and named.words[1] == verb.end():
            span_start = named.words[0]  # "Cháy xảy ra 14 vụ": the subject opens the figure with its verb
    else:
        key = metric = None
    if key == "admin_applications" and amount.unit == "%" and _ONLINE_AFTER.match(text, amount.end, end):
        # "100% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trên môi trường điện tử": the share
        # settled online, not a count of applications (as a goal's, targets.py)
        key = "online_processing_rate"
    if key is None:
        # "giám sát 37 đảng viên": the verb right before the figure and its unit name the metric
        done = _DEED_BEFORE.search(text, max(start, amount.number_start - 20), amount.number_start)
        if done is not None and (done.group().strip().lower(), amount.unit) in _DEEDS:
            key, metric = _DEEDS[(done.group().strip().lower(), amount.unit)], None
            span_start = done.start()
    if key in _JOINED_FORMS \
            and _JOINED_IN.search(text, max(start, amount.number_start - 20), amount.number_start):
        key = _JOINED_FORMS[key]
    if key is None and direction is None and amount.unit in _COMMUNE_UNITS \
            and _POSTED_TO_COMMUNES.search(text, max(start, amount.number_start - 90), amount.number_start):
        # "Lực lượng Công an 124 xã, phường, đặc khu đã giải quyết …", "các chức danh Công an tại 129/129 xã,
        # thị trấn": the communes the police are posted to
        key, metric = "regular_police_communes", None
    if key is None and direction is None and amount.unit in _PEOPLE_UNITS and earlier \
            and earlier[-1].metric_key == _RINGS and earlier[-1].span[0] >= start \
            and _GANG_MEMBERS.fullmatch(text, earlier[-1].span[1], amount.start):
        # "triệt phá 19 băng, nhóm tội phạm với 107 đối tượng": the suspects of the gangs just counted
        key, metric = "suspects_arrested", None
    if key is None and amount.unit == "chuyên án" \
            and _DRUGS.search(text, paragraph_start or start, end) is not None:
        # "đấu tranh thành công 27 chuyên án" after the drug cases of its paragraph, or before those of its
        # sentence ("… 12 chuyên án, bắt giữ 34 vụ, 41 đối tượng mua bán … ma túy"): drug operations
        key, metric = "drug_operations", None
    if key is None and direction is None and amount.unit in _VESSELS \
            and (crew := _CREW_AFTER.match(text, amount.end, end)) is not None:
        # "có 37 tàu cá với 312 ngư dân bị nước ngoài bắt giữ": the vessels of the crew counted right after
        # them, by what the words after the crew count in vessels
        after = [m for m in find_metrics(text, crew.end(), min(end, crew.end() + 60))
                 if fits(m.key, amount.unit) and not _DIGIT.search(text, crew.end(), m.start)
                 and not _HARD_STOP.search(text, crew.end(), m.start)]
        if after:
            key, metric = after[0].key, None
    if key == "citizen_receptions" and not _RECEIVING.search(text, start, amount.start) \
            and not _RECEIVING.search(text, amount.end, tail_end):
        # "quản lý 12 khu cách ly tập trung với hơn 3.400 lượt công dân": citizens with no "tiếp" are no
        # receptions ("Huyện đã tiếp 126 lượt công dân đến khiếu nại")
        key = metric = None
    if key == "economic_crime_losses":
        # "gây thiệt hại hơn 18 tỷ đồng" is the loss of the crimes counted before it in its sentence, or
        # of those its clause's subject names with no count ("tội phạm lừa đảo qua mạng …, gây thiệt hại")
        before = earlier[-1].metric_key if earlier and earlier[-1].span[0] >= start else None
        if before is None:
            named_before = find_metrics(text, start, span_start)
            before = named_before[-1].key if named_before else None
        key = _LOSS_OF.get(before or "")
        metric = metric if key is not None else None
    if key is None and amount.unit in MONEY_UNITS and earlier \
            and earlier[-1].metric_key == "high_tech_crime" \
            and (taken := _TAKEN.search(text, max(start, amount.start - 30), amount.start)) is not None:
        # "phát hiện 11 vụ lừa đảo qua mạng, chiếm đoạt khoảng 3,4 tỷ đồng": the frauds' takings, told in a
        # clause of their own (not the rings' words: "3 đường dây lừa đảo chiếm đoạt 12 tỷ đồng")
        key, metric, span_start = "fraud_losses", None, taken.start("verb")
    if key is None and direction is None and amount.unit in _CASE_UNITS and not earlier \
            and not find_amounts(text, start, amount.start) \
            and _BARE_COUNT.fullmatch(text, clause_start, amount.start) is not None:
        # "tội phạm lừa đảo qua mạng tăng mạnh, năm 2023 có 146 vụ": the clause before names what is counted
        subject = [m for m in find_metrics(text, start, clause_start) if fits(m.key, amount.unit)]
        if subject:
            key, metric = subject[-1].key, None
    if key is None and direction is None and verb is None and amount.whole is None and amount.unit != "%" \
            and (joined := _WITH_COUNT.search(text, max(start, amount.start - 8), amount.start)) is not None:
        # "tình trạng xuất cảnh trái phép … vẫn diễn biến phức tạp, với khoảng 1.300 lượt người": a count
        # joined by "với" to the words of its part of the sentence, no figure between, counts the last metric
        # those words name in its unit
        segment = max(start, text.rfind(";", start, joined.start()) + 1)
        subject = [m for m in find_metrics(text, segment, joined.start())
                   if amount.unit in metric_units().get(m.key, frozenset())]
        if subject and not find_amounts(text, segment, joined.start()):
            key, metric, span_start = subject[-1].key, None, joined.start("with")
        elif not subject and amount.unit == "vụ" and not find_amounts(text, segment, joined.start()) \
                and _BARE_ACCIDENTS.search(text, segment, joined.start()) is not None \
                and _field(text, paragraph_start or start, (start, end), amount.start) == "traffic":
            # "… vẫn là địa phương có số vụ tai nạn cao nhất với 8 vụ" where traffic is the topic
            key, metric, span_start = "traffic_accidents", None, joined.start("with")
    if amount.unit in _MONEY_SUM_UNITS and earlier and earlier[-1].metric_key in _SUM_OF \
            and earlier[-1].span[0] >= start and (key is None or key in _FINES) \
            and ";" not in text[earlier[-1].span[1]:amount.start]:
        # "58 người được cho vay vốn …, với tổng số tiền 2,9 tỷ đồng": the sum of the loans just counted,
        # no fine
        key, metric = _SUM_OF[earlier[-1].metric_key or ""], None
    if key is None and amount.unit == "thành viên" and earlier and earlier[-1].metric_key in _MEMBERS_OF \
            and earlier[-1].span[0] >= start \
            and _PAIR_JOIN.fullmatch(text, earlier[-1].span[1], amount.start):
        # "có 61 tổ với 183 thành viên": the members of the teams just counted
        key, metric = _MEMBERS_OF[earlier[-1].metric_key or ""], None
    if key is None and amount.unit == "hộ" and earlier and earlier[-1].metric_key == "security_models" \
            and earlier[-1].unit == "tổ" and earlier[-1].span[0] >= start \
            and _HOUSEHOLDS_IN.fullmatch(text, earlier[-1].span[1], amount.start):
        # "xây dựng 46 tổ tự quản đường biên, cột mốc với 1.214 hộ tham gia": the households of the
        # self-managed teams just counted
        key, metric = "security_model_households", None
    if key is None and amount.unit in _CREW and earlier and earlier[-1].metric_key == "vessels_rescued" \
            and earlier[-1].span[0] >= start \
            and _WITH_CREW.fullmatch(text, earlier[-1].span[1], amount.start):
        # "cứu hộ 7 tàu cá bị nạn cùng 41 ngư dân": the people saved with the vessels just counted
        key, metric = "people_rescued", None
    if key is None and earlier and earlier[-1].metric_key == "people_rescued" \
            and earlier[-1].span[0] >= start \
            and amount.unit in metric_units().get("vessels_rescued", frozenset()) \
            and _AND_VESSELS.fullmatch(text, earlier[-1].span[1], amount.start):
        # "cứu được 93 ngư dân và 11 phương tiện": the vessels saved with the people just counted
        key, metric = "vessels_rescued", None
    if key in (None, "awareness_sessions") and amount.unit in _AUDIENCE and earlier \
            and earlier[-1].metric_key == "awareness_sessions" \
            and earlier[-1].span[0] >= start and ";" not in text[earlier[-1].span[1]:amount.start] \
            and _FOR_AUDIENCE.search(text, earlier[-1].span[1], amount.number_start):
        # "tổ chức 36 buổi tuyên truyền chống khai thác IUU cho hơn 2.100 lượt ngư dân": those the sessions
        # just counted reached (not the sessions again, named by the words before "cho": "146 buổi tuyên
        # truyền pháp luật cho hơn 18.000 lượt đoàn viên")
        if key is not None:
            span_start = amount.start
        key, metric = "awareness_attendance", None
    if key is None and amount.unit in _WORKERS and earlier and earlier[-1].metric_key in _STOPPAGES \
            and earlier[-1].span[0] >= start:
        # "xảy ra 14 vụ ngừng việc tập thể với khoảng 6.800 công nhân tham gia": the stoppages' workers
        key, metric = _STOPPAGES[earlier[-1].metric_key or ""], None
    if key is None and verb is not None:
        # "kiểm tra 431 cơ sở", "phát hiện 3.105 vi phạm" where fire is the topic: the inspections and
        # the violations found of fire safety
        deed = _FIRE_DEEDS.get((_last_word(verb.group()), amount.unit))
        if deed is not None and _field(text, paragraph_start or start, (start, end), amount.start) == "fire":
            key, metric = deed, None
    if key is None and verb is not None and _last_word(verb.group()) == "kiểm tra" \
            and amount.unit in _VEHICLE_CHECKS and _WATERWAY.search(text, start, amount.start) is not None:
        # "Trên tuyến đường thủy, lực lượng Cảnh sát đường thủy kiểm tra 1.207 lượt phương tiện": vessels
        # checked on the waterways, named so in their sentence
        key, metric = "waterway_vehicle_inspections", None
    if key is None and verb is not None and _last_word(verb.group()) == "phát hiện" \
            and amount.unit in _FIRE_BREACHES and earlier and earlier[-1].span[0] >= start \
            and earlier[-1].metric_key == "fire_safety_inspections" and earlier[-1].metric is not None:
        # "kiểm tra an toàn phòng cháy 412 lượt cơ sở, phát hiện 57 cơ sở vi phạm": the premises in breach
        # that the fire inspection just counted, named by its own words, found (after "kiểm tra 9 cơ sở
        # karaoke và 46 nhà trọ", an inspection read as fire's by the topic alone, those found are the
        # trades', no fire figure)
        key, metric = "fire_safety_violations", None
    if key is None and verb is None and amount.unit in _REVIEWED_UNITS \
            and (reviewed := _REVIEWED.search(text, max(start, amount.number_start - 12),
                                              amount.number_start)) is not None \
            and _field(text, paragraph_start or start, (start, end), amount.start) == "fire":
        # "rà soát 13.400 cơ sở là nhà chung cư mini" where fire is the topic: premises checked
        key, metric, span_start = "fire_safety_inspections", None, reviewed.start()
    # (a fire-only metric outside fire's field is none: "phát hiện, xử phạt 87 vụ vi phạm" where illegal
    # fishing is the topic)
    if key is None or (key in _FIRE_ONLY and amount.unit in _CASE_UNITS
                       and _field(text, paragraph_start or start, (start, end), amount.start) != "fire"):
        deed_key = _topic_deed(text, paragraph_start or start, (start, end), amount, verb, earlier)
        if deed_key is not None:
            key, metric = deed_key
            if verb is None:
                span_start = amount.start
    if key is None and direction is None and amount.unit == "vụ" and amount.whole is None:
        # "trên tuyến đường sắt qua tỉnh xảy ra 8 vụ tai nạn, làm chết 6 người", "Tai nạn giao thông được
        # kiềm chế …. Cả năm xảy ra 138 vụ, làm chết 104 người": accidents with no word of their kind, or
        # cases that happened and killed, where traffic is the topic, are traffic accidents
        accidents = _ACCIDENTS_AFTER.match(text, amount.end)
        killed = verb is not None and _HAPPENED.search(verb.group()) is not None \
            and _KILLED_AFTER.match(text, amount.end) is not None
        if (accidents is not None or killed) \
                and _field(text, paragraph_start or start, (start, end), amount.start) == "traffic":
            key, metric = "traffic_accidents", None
            if accidents is not None:
                span_end = accidents.end()
    if key in _FINES and _STAKES.search(text, max(start, amount.number_start - 40), amount.number_start):
        # "đường dây tổ chức đánh bạc qua mạng với số tiền giao dịch hơn 120 tỷ đồng": the money a ring moved
        # or staked, no fine
        return Figure(key=None, metric=None, direction=None, clause_start=clause_start,
                      span_start=amount.number_start, span_end=amount.end)
    if key in _FIRE_FORMS or key in _FIRE_ONLY or key in _TRAFFIC_ONLY:
        field = _field(text, paragraph_start or start, (start, end), amount.start)
        if key in _FIRE_FORMS and field == "fire":
            key = _FIRE_FORMS[key]
        elif key == "fire_safety_fines" and field != "fire":
            key = "fines_collected"  # "phạt tiền hơn 1,6 tỷ đồng" of drink-driving: fines all the same
        elif key == "fire_safety_penalties" and field is None and (
                amount.unit == "trường hợp"
                or (amount.unit == "cơ sở" and _premises_penalised(text, metric, amount))):
            # "xử phạt vi phạm hành chính 23 trường hợp" (or "23 cơ sở") where neither fire nor traffic
            # is the topic
            key = "admin_penalties"
        elif key == "fire_safety_penalties" and field == "traffic" and amount.unit != "%" \
                and fits("traffic_violations", amount.unit):
            # "Lực lượng Cảnh sát giao thông đã xử phạt 31.480 trường hợp vi phạm": traffic violations handled
            key = "traffic_violations"
        elif key == "fire_property_damage" and field != "fire" and _FRAUD.search(text, start, amount.start):
            # "tiếp nhận 214 tin báo về lừa đảo qua mạng, …, thiệt hại khoảng 27 tỷ đồng": the frauds' loss
            key = "fraud_losses"
        elif (key in _FIRE_ONLY and field != "fire") or (key in _TRAFFIC_ONLY and field != "traffic"):
            key = metric = None
    if key is None and verb is not None:
        # "kiểm tra 37 lượt cơ sở kinh doanh, sử dụng vật liệu nổ công nghiệp, phát hiện, xử lý 5 trường hợp
        # vi phạm": violations found by the inspection before them are of the field it inspected
        found = _found_by_inspection(text, start, amount, verb)
        if found is not None:
            key, metric = found, None
    return Figure(key=key, metric=metric, direction=direction, clause_start=clause_start,
                  span_start=span_start, span_end=span_end)


# violations with no words of their own ("5 trường hợp vi phạm") found by an inspection told before them in
# their part of the sentence, of the field the inspection's words name (fire is read by its topic,
# `_FIRE_DEEDS`)
# (the trades of a pawnshop or of bars and karaoke: "kiểm tra 146 cơ sở kinh doanh cầm đồ, phát hiện 27 cơ sở
# vi phạm", "kiểm tra 135 lượt cơ sở kinh doanh karaoke, quán bar, xử phạt 21 cơ sở vi phạm"; an inspection of
# these with lodgings or other trades beside them names no one trade, `_OTHER_TRADES`)
_INSPECTED_FIELDS = (
    (regex.compile(r"\bvật liệu nổ\b", regex.V1 | regex.IGNORECASE), "explosives_violations"),
    (regex.compile(r"\bcầm đồ\b", regex.V1 | regex.IGNORECASE), "pawnshop_violations"),
    (regex.compile(r"\b(?:karaoke|quán bar|vũ trường|dịch vụ nhạy cảm|dễ phát sinh tệ nạn)\b",
                   regex.V1 | regex.IGNORECASE), "entertainment_venue_violations"),
)
_OTHER_TRADES = regex.compile(
    r"\b(?:nhà trọ|nhà nghỉ|khách sạn|lưu trú|cơ sở kinh doanh có điều kiện|ngành, nghề)\b",
    regex.V1 | regex.IGNORECASE)
_BARE_VIOLATIONS = regex.compile(r"(?:\s+vi phạm)?\s*(?:[,;.]|$)", regex.V1)
# (premises fined are those found in breach: "xử phạt 21 cơ sở vi phạm")
_FINDING = regex.compile(r"\b(?:phát hiện|xử phạt)\b", regex.V1 | regex.IGNORECASE)
_INSPECTION = regex.compile(r"\bkiểm tra\b", regex.V1 | regex.IGNORECASE)


def _found_by_inspection(text: str, start: int, amount: Amount, verb: regex.Match[str]) -> str | None:
    """The violations key of the field an inspection before a bare count of violations found names, in the
    same part of the sentence: "kiểm tra 37 lượt cơ sở … vật liệu nổ …, phát hiện, xử lý 5 trường hợp vi
    phạm"."""
    if not _FINDING.search(verb.group()):
        return None
    bare = _BARE_VIOLATIONS.match(text, amount.end)
    if bare is None or (amount.unit not in ("vi phạm", "hành vi vi phạm") and "vi phạm" not in bare.group()):
        return None
    segment = max(start, text.rfind(";", start, verb.start()) + 1)
    inspection = _last(_INSPECTION, text, segment, verb.start())
    if inspection is None:
        return None
    words = text[inspection.end():verb.start()]
    for field, key in _INSPECTED_FIELDS:
        if key != "explosives_violations" and (_OTHER_TRADES.search(words)
                                               or amount.unit not in metric_units().get(key, frozenset())):
            continue
        if field.search(words) and fits(key, amount.unit):
            return key
    return None


# premises "bị xử phạt" a few words after their count ("23 cơ sở lưu trú bị xử phạt")
_PENALISED_AFTER = regex.compile(r"[^,;.:]{0,30}?(?<![\p{L}])bị[ \t]+xử[ \t]+phạt(?![\p{L}])",
                                 regex.V1 | regex.IGNORECASE)


def _premises_penalised(text: str, metric: str | None, amount: Amount) -> bool:
    """Whether premises counted are the administrative penalties: "xử phạt vi phạm hành chính 23 cơ
    sở", "23 cơ sở lưu trú bị xử phạt"; a bare "xử phạt 21 cơ sở vi phạm" after the karaoke bars
    inspected is those bars' violations, no key of its own."""
    return "hành chính" in (metric or "").lower() or _PENALISED_AFTER.match(text, amount.end) is not None


def _named_rate(text: str, clause_start: int, amount: Amount) -> _Named | None:
    """The rate named in its clause before a percentage ("tỷ lệ điều tra khám phá đạt 88,9%"),
    or None."""
    if amount.unit != "%":
        return None
    units = metric_units()
    # (a rate whose name holds the comma the clause opens after: "tỷ lệ điều tra, khám phá đạt 91,3%")
    rates = [m for m in find_metrics(text, max(0, clause_start - 40), amount.start)
             if units.get(m.key) == {"%"} and m.end > clause_start
             and (m.start >= clause_start or text[m.start:clause_start].rstrip().endswith(","))]
    return _Named(rates[-1], (rates[-1].start, rates[-1].end)) if rates else None


def _is_whole(text: str, amount: Amount) -> bool:
    """Whether the amount is the whole of a part before it ("64/74 vụ": the 74)."""
    at = amount.number_start
    return at >= 2 and text[at - 1] == "/" and text[at - 2].isdigit()


def _counted_before(text: str, amount: Amount, earlier: list[Earlier]) -> tuple[Earlier, int] | None:
    """The earlier figure of the sentence a change in percent names by its unit: "tăng 15,2% số
    vụ" after "1.245 vụ, 2.310 đối tượng" is the change of the count in vụ (with where its
    noun ends)."""
    if amount.unit != "%" or not earlier:
        return None
    noun = _COUNT_NOUN_AFTER.match(text, amount.end)
    if noun is None:
        return None
    unit = noun.group("unit")
    found = next((e for e in reversed(earlier) if e.unit == unit and e.metric_key is not None), None)
    return None if found is None else (found, noun.end())


def _tail(tail: MetricMention | None, amount: Amount) -> _Named | None:
    if tail is None:
        return None
    return _Named(tail, (max(tail.start, amount.unit_start), tail.end))


_RATE_IN_BRACKET = regex.compile(r",\s*t[ỷỉ]\s+lệ\s*$", regex.V1)


def _bracketed_rate(text: str, amount: Amount, earlier: list[Earlier]) -> Earlier | None:
    """The change a percentage in brackets right after it gives the rate of, with no sign written:
    "giảm 16 vụ (11,9%)" (the figure before "(", a change counted, not a percentage)."""
    if amount.unit != "%" or not earlier or amount.number_start < 1:
        return None
    last = earlier[-1]
    if last.direction is None or last.unit == "%":
        return None
    if text[amount.number_start - 1] == "(":
        gap = _BRACKET_GAP.fullmatch(text, last.span[0], amount.number_start - 1) if last.span[0] < \
            amount.number_start - 1 else None
        return last if gap is not None else None
    # "(giảm 19 vụ, tỷ lệ 6,7% so với …)": the rate named after the change in its bracket
    lead = _RATE_IN_BRACKET.search(text, max(last.span[1], amount.number_start - 12), amount.number_start)
    if lead is not None and lead.start() == last.span[1] and text[:last.span[0]].rstrip().endswith("("):
        return last
    return None


def _tail_metric(text: str, amount: Amount, tail_end: int, end: int) -> MetricMention | None:
    """The first metric in the words after a figure; one whose words begin there and run on past the
    comma or "và" that ends them counts whole: "1.260 lượt tuần tra, kiểm soát biên giới", "96 vụ vi
    phạm Luật Bảo vệ và Phát triển rừng"."""
    inside = _first(find_metrics(text, amount.number_start, tail_end))
    wide = _first(find_metrics(text, amount.number_start, end))
    straddles = wide is not None and wide.start < tail_end < wide.end
    if wide is not None and straddles and (inside is None or wide.start <= inside.start):
        return wide
    return _ring_of(text, amount, inside, end)


_RINGS = "criminal_gangs"


def _ring_of(text: str, amount: Amount, first: MetricMention | None, end: int) -> MetricMention | None:
    """A ring or gang counted by its kind of crime: "triệt phá 14 đường dây cho vay lãi nặng", "9 ổ nhóm cá
    độ bóng đá" count usury and gambling, not gangs at large, where the crime's metric is counted in the
    ring's unit and its words follow the unit right away; else `first`."""
    if first is None or first.key != _RINGS or first.end != amount.end:
        return first
    crime = _first(find_metrics(text, first.end, end))
    if crime is None or crime.key == _RINGS or _ADJACENT.fullmatch(text, first.end, crime.start) is None \
            or amount.unit not in metric_units().get(crime.key, frozenset()):
        return first
    return crime


def _partner_end(text: str, amount: Amount, end: int) -> int:
    """Where the people counted with these cases or households end ("31 vụ/45 đối tượng", "9.876 vụ,
    15.432 đối tượng", "83 vụ, với 174 đối tượng", "1.200 hộ với 6.000 khẩu di cư tự do"), else the
    amount's end."""
    partners = _PARTNER_UNITS if amount.unit in _CASE_UNITS else _HOUSEHOLD_MEMBERS.get(amount.unit)
    if partners:
        for other in find_amounts(text, amount.end, end):
            if other.unit in partners and _PAIR_JOIN.fullmatch(text, amount.end, other.start):
                return other.end
            break
    return amount.end


# the people of households counted with them share the words after them: "1.200 hộ với 6.000 khẩu di cư tự do"
_HOUSEHOLD_MEMBERS = {"hộ": frozenset({"khẩu", "nhân khẩu"}), "hộ gia đình": frozenset({"khẩu", "nhân khẩu"})}
# the sum of what was just counted, in money after it: "… được cho vay vốn với tổng số tiền 2,9 tỷ đồng"
_SUM_OF = {"released_prisoners_loans": "released_prisoners_loan_amount"}
_FINES = frozenset({"fire_safety_fines", "fines_collected"})
# the money a deal moved or a game staked, named right before its sum: "số tiền giao dịch hơn 120 tỷ đồng"
_STAKES = regex.compile(r"(?<!\w)số tiền\s+(?:giao dịch|đánh bạc|cá độ|mua bán|đặt cược|cược)\s+"
                        r"(?:(?:hơn|gần|khoảng|trên|lên tới|lên đến)\s+)?$", regex.V1)
_MONEY_SUM_UNITS = frozenset({"tỷ đồng", "triệu đồng", "nghìn tỷ đồng"})
# the members of teams counted right before them: "42 tổ bảo vệ an ninh, trật tự với 126 thành viên"
_MEMBERS_OF = {"security_teams": "security_team_members"}
# what a team is for, then "với" and its households: "46 tổ tự quản đường biên, cột mốc với 238 hộ"
_HOUSEHOLDS_IN = regex.compile(r"[^\d;.:()]{0,40}?\s(?:với|gồm)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?", regex.V1)
# the crew saved with the vessels counted right before them ("7 tàu cá bị nạn cùng 41 ngư dân")
_CREW = frozenset({"người", "ngư dân", "thuyền viên"})
_WITH_CREW = regex.compile(r"[^\d,;.:()]{0,30}?\s(?:cùng(?:\s+với)?|với|và)\s+(?:(?:hơn|gần|khoảng)\s+)?",
                           regex.V1)
# those the awareness sessions counted right before reached ("… cho hơn 2.100 lượt ngư dân")
_AND_VESSELS = regex.compile(r"\s*(?:,\s*)?(?:và|cùng)\s+(?:(?:hơn|gần|khoảng)\s+)?", regex.V1)
_AUDIENCE = frozenset({"lượt ngư dân", "lượt học sinh", "lượt người", "người", "ngư dân", "học sinh", "lượt"})
_FOR_AUDIENCE = regex.compile(r"(?<!\w)cho\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$", regex.V1)


def _paired(text: str, amount: Amount, start: int) -> bool:
    """Whether these people are counted with the cases right before them ("31 vụ/45 đối tượng": 45)."""
    before = find_amounts(text, start, amount.start)
    return bool(before) and before[-1].unit in _CASE_UNITS \
        and (_PAIR_JOIN.fullmatch(text, before[-1].end, amount.start) is not None
             or _PAIR_AFTER_WORDS.fullmatch(text, before[-1].end, amount.start) is not None
             or (amount.unit in _PEOPLE_UNITS
                 and (words := _PAIR_AFTER_CRIME.fullmatch(text, before[-1].end, amount.start)) is not None
                 and _names_cases(text, before[-1], words.end("words"))))


# "bắt giữ 190 vụ phạm tội về ma túy với 240 đối tượng": the cases' words, then their people after "với"
# (a list of crimes in the words: "bắt giữ 46 vụ đánh bạc, cá độ bóng đá với 213 đối tượng")
_PAIR_AFTER_WORDS = regex.compile(r"\s+(?:[^\d,;.:()/]|,(?=\s*\p{Ll})){1,80}?\s+với\s+", regex.V1)
# "bắt 63 vụ đánh bạc, 312 đối tượng": the cases' crime, then their suspects after the comma
_PAIR_AFTER_CRIME = regex.compile(r"\s+(?P<words>[^\d,;.:()/]{1,60}?),\s*", regex.V1)


def _names_cases(text: str, cases: Amount, end: int) -> bool:
    """Whether the words after a count of cases up to end are one metric counted in cases and nothing
    else ("63 vụ đánh bạc"; not "12 vụ, trong đó …")."""
    found = find_metrics(text, cases.end, end)
    return len(found) == 1 and not text[cases.end:found[0].start].strip() \
        and not text[found[0].end:end].strip() and cases.unit in metric_units().get(found[0].key, frozenset())


def _tail_end(text: str, pos: int, end: int) -> int:
    """The end of the words after a figure: the next comma, "và", number or "so với", except
    that a list sharing them runs on ("tàng trữ, mua bán và tổ chức sử dụng ... ma túy",
    "mua bán, vận chuyển trái phép chất ma túy")."""
    stop = _CLAUSE_END.search(text, pos, end)
    if stop is None:
        return end
    if text[stop.start()] == ",":
        hard = _HARD_STOP.search(text, stop.end(), end)
        chunk_end = hard.start() if hard else end
        chunk = text[stop.end():chunk_end]
        if " và " in chunk and not _DIGIT.search(chunk) and len(chunk) <= 120:
            return chunk_end
        # "13.590 đối tượng mua bán, vận chuyển trái phép chất ma túy": deeds listed before the
        # metric they share, with no figure of their own
        if not _DIGIT.search(chunk) and len(chunk) <= 80 and find_metrics(text, stop.end(), chunk_end):
            return chunk_end
        # "… 71 đối tượng mua bán, tàng trữ pháo nổ trái phép, thu giữ 1,2 tấn pháo": the same, up to
        # the comma after the words of a metric
        # (or after more deeds: "41 vụ, 63 đối tượng mua bán, tàng trữ, sử dụng trái phép chất ma túy, …")
        if text[pos:stop.start()].strip() and find_metrics(text, pos, stop.start()) == []:
            piece_start = stop.end()
            for _ in range(_MAX_DEEDS):
                piece_end = text.find(",", piece_start, chunk_end)
                piece_end = chunk_end if piece_end < 0 else piece_end
                # "100% xã, thị trấn đã được bố trí Công an chính quy với 1.642 cán bộ": up to "với" or "và"
                joined = _JOINED.search(text, piece_start, piece_end)
                piece_end = joined.start() if joined is not None else piece_end
                if piece_end - stop.end() > 80 or _DIGIT.search(text, piece_start, piece_end):
                    break
                if find_metrics(text, piece_start, piece_end):
                    return piece_end
                if joined is not None or piece_end >= chunk_end:
                    break
                piece_start = piece_end + 1
    return stop.start()


# how many deeds a list may name before the metric they share
_MAX_DEEDS = 3


def _share(text: str, verb: regex.Match[str] | None, amount: Amount) -> _Named | None:
    """A percentage of a count noun is a share, the rate of what its verb counts: "kiểm tra
    100% cơ sở" (fire_safety_inspection_rate), "điều tra, làm rõ 90% số vụ" (case_clearance_rate)."""
    if amount.unit != "%" or verb is None:
        return None
    noun = _SHARE_NOUN.match(text, amount.end)
    if noun is None:
        return None
    if noun.group("noun") == "cơ sở":
        key = "fire_safety_inspection_rate" if _INSPECT.search(text, verb.start(), verb.end()) else None
    else:
        counted = _verb_metric(text, verb)
        key = _RATE_OF.get(counted.mention.key) if counted is not None else None
    if key is None:
        return None
    return _Named(MetricMention(key, verb.start(), noun.end()), (verb.start(), noun.end()))


def _same_deed(verb: regex.Match[str], amount: Amount,
               before: Sequence[Earlier]) -> Earlier | None:
    """The last keyed count of the paragraph in the figure's unit whose verb (the last before its number)
    is this figure's."""
    said = verb.group().strip(" ,").lower().rsplit(",", 1)[-1].strip()
    if not said:
        return None
    deed = regex.compile(rf"(?<![\p{{L}}]){regex.escape(said)}\s+(?:được\s+|thêm\s+)?\d", regex.V1)
    return next((e for e in reversed(before) if e.metric_key is not None and e.unit == amount.unit
                 and e.direction is None and deed.search(e.text.lower()) is not None), None)


def _verb_metric(text: str, verb: regex.Match[str] | None) -> _Named | None:
    if verb is None:
        return None
    found = _first(find_metrics(text, verb.start(), verb.end()))
    if found is None:
        # "Cháy xảy ra 14 vụ": a phrasing that opens with the subject and ends with the verb
        found = _first([m for m in find_metrics(text, max(0, verb.start() - 20), verb.end())
                        if m.start < verb.start() < m.end])
        if found is not None:
            return _Named(found, (found.start, verb.end()))
    return _Named(found, (verb.start(), verb.end())) if found is not None else None


def _court_resolved(text: str, clause_start: int, verb: regex.Match[str] | None) -> _Named | None:
    """A court's count of what it resolved, the court the subject of the clause: "năm 2023, Tòa án nhân
    dân hai cấp đã giải quyết 5.847/6.210 vụ, việc" ("giải quyết" alone counts anything resolved)."""
    if verb is None or verb.group().strip(" ,").lower() != "giải quyết" \
            or _COURT_SUBJECT.fullmatch(text, clause_start, verb.start()) is None:
        return None
    return _Named(MetricMention("court_cases_resolved", verb.start(), verb.end()), (verb.start(), verb.end()))


def _passive_metric(text: str, pos: int, tail_end: int, end: int) -> _Named | None:
    """A verb after the figure in the passive: "51/61 vụ ... được điều tra, khám phá"."""
    m = _PASSIVE.search(text, pos, tail_end)
    if m is None:
        return None
    found = _first(find_metrics(text, m.end(), end))
    if found is None or found.start != m.end():
        return None
    return _Named(found, (found.start, found.end))


def _rate(text: str, start: int, subject_end: int, amount: Amount, direction: str | None,
          earlier: list[Earlier]) -> tuple[_Named | None, int | None]:
    """For a percentage: the rate its sentence names, the clearance rate of cases solved
    before "đạt"/"tỷ lệ", or the rate of the count before it ("kiểm tra 2.340 lượt cơ sở,
    đạt 102% kế hoạch"); and where the words of the rate start."""
    if amount.unit != "%":
        return None, None
    semicolon = text.rfind(";", start, amount.start)
    segment_start = start if semicolon < 0 else semicolon + 1
    before = find_metrics(text, start, subject_end)
    last = before[-1] if before else None
    lead = _RATE_LEAD.search(text, max(segment_start, amount.start - 20), amount.start)
    counted = earlier[-1] if earlier else None
    if lead is not None and direction is None and counted is not None and counted.metric_key in _RATE_OF \
            and counted.span[1] <= lead.start() and ";" not in text[counted.span[1]:lead.start()] \
            and _is_share_of(counted, amount):
        # "82/101 xã, phường, thị trấn đạt tiêu chuẩn \"An toàn về an ninh, trật tự\", chiếm 81,2%": the share
        # the count right before it writes as a part of its whole is that count's rate, whatever its words
        # name after
        return _rate_of(text, earlier, lead.start(), amount), lead.start()
    # "tỷ lệ điều tra, khám phá án đạt 78,4%": a rate the sentence names, not across ";"
    if last is not None and last.key.endswith("_rate") and ";" not in text[last.end:amount.start]:
        return _Named(last, (last.start, subject_end)), last.start
    lead = _RATE_LEAD.search(text, max(segment_start, amount.start - 20), amount.start)
    if lead is None or direction is not None:
        return None, None
    serious = _serious_subject(text, before, segment_start, lead.start())
    if serious is not None and _SOLVING.search(text, start, lead.start()):
        mention = MetricMention("serious_case_clearance_rate", serious.start, amount.start)
        return _Named(mention, (serious.start, lead.start())), serious.start
    solved = [m for m in before if m.key == "cases_solved" and m.start >= segment_start]
    # the people arrested for the cases solved do not stand between them and their rate:
    # "điều tra, làm rõ 158 vụ, bắt 221 đối tượng, đạt tỷ lệ 85,87%"
    between = text[solved[-1].end:lead.start()] if solved else ""
    # (a rate named on its own between them is that rate: "…, bắt 457 đối tượng, tỷ lệ điều tra khám phá đạt")
    other = (_OTHER_DEED.search(_ARRESTS.sub("", between)) or _RATE_WORD.search(between)) if solved else None
    if not solved or other is not None:
        counted = _rate_of(text, earlier, lead.start(), amount)
        return counted, lead.start() if counted is not None else None
    serious = _serious_after(text, solved[-1].end, amount.start) \
        or _serious_part(text, before, solved[-1].end)
    key = "serious_case_clearance_rate" if serious else "case_clearance_rate"
    words = (solved[-1].start, lead.start())
    return _Named(MetricMention(key, solved[-1].start, amount.start), words), lead.start()


def _serious_solved(text: str, start: int, verb: regex.Match[str] | None, amount: Amount) -> _Named | None:
    """A percentage the very serious cases' verb of solving gives: "…; trong đó án rất nghiêm trọng và đặc
    biệt nghiêm trọng làm rõ 96,7%" (their clearance rate, not a count of cases solved)."""
    if verb is None or amount.unit != "%" or not _SOLVED_RATE.fullmatch(text, verb.start(), amount.start):
        return None
    semicolon = text.rfind(";", start, verb.start())
    segment_start = start if semicolon < 0 else semicolon + 1
    serious = _serious_subject(text, find_metrics(text, start, verb.start()), segment_start, verb.start())
    if serious is None:
        return None
    return _Named(MetricMention("serious_case_clearance_rate", serious.start, amount.start),
                  (serious.start, verb.start()))


def _serious_subject(text: str, before: list[MetricMention], segment_start: int,
                     lead_start: int) -> MetricMention | None:
    """The very serious cases as the subject of a rate: "các vụ án đặc biệt nghiêm trọng được
    điều tra, phá án nhanh, đạt tỷ lệ 100%", "(gần 95%, trọng án đạt 100%)". Only the words of
    solving may follow them, with no figure and no other deed before the rate; a list of kinds of
    case ("các vụ phạm pháp hình sự, án rất nghiêm trọng") is not them alone."""
    for i in range(len(before) - 1, -1, -1):
        found = before[i]
        if found.key != "very_serious_cases":
            if found.key == "cases_solved":
                continue
            return None
        if found.start < segment_start or find_amounts(text, found.end, lead_start) \
                or _OTHER_DEED.search(text, found.end, lead_start):
            return None
        if i > 0 and _LIST_GAP.fullmatch(text, before[i - 1].end, found.start) is not None:
            return None
        return found
    return None


def _rate_of(text: str, earlier: list[Earlier], lead_start: int, amount: Amount) -> _Named | None:
    """The rate of the count right before "đạt": "kiểm tra 2.340 lượt cơ sở, đạt 102% kế hoạch"; or
    the share a count of a whole is ("xác thực sinh trắc học cho 312.000/405.000 tài khoản, đạt 77%"),
    of the count's own metric when it has no rate of its own."""
    counted = earlier[-1] if earlier else None
    if counted is None or counted.metric_key is None:
        return None
    if counted.metric_key in _RATE_OF:
        key = _RATE_OF_UNIT.get((counted.metric_key, counted.unit or ""), _RATE_OF[counted.metric_key])
        if key is None and _ID_CARD_FILES.search(counted.text) and not _E_ID_WORDS.search(counted.text):
            # "thu nhận 1.215.480 hồ sơ cấp căn cước công dân gắn chip (đạt 99,2%)": applications for the card
            key = "id_card_rate"
    elif _is_share_of(counted, amount):
        key = counted.metric_key
    else:
        return None
    if key is None:
        return None
    between = text[counted.span[1]:lead_start]
    if ";" in between or _OTHER_DEED.search(between):
        return None
    return _Named(MetricMention(key, lead_start, amount.start), counted.span)


_PART_OF_WHOLE = regex.compile(r"(?<![\d/])(?P<part>\d[\d.,]*)\s*/\s*(?P<whole>\d[\d.,]*)(?![\d/])", regex.V1)


def is_share_of(counted: Earlier, amount: Amount) -> bool:
    """Whether a percentage is the share the count before it writes as a part of its whole."""
    return _is_share_of(counted, amount)


def _is_share_of(counted: Earlier, amount: Amount) -> bool:
    """Whether a percentage is the part of a whole the count before it writes: "312.000/405.000 tài
    khoản, đạt 77%" (312.000 of 405.000 is 77%, to the rounding the text gives)."""
    m = _PART_OF_WHOLE.search(counted.text)
    if m is None:
        return False
    part, whole = parse_number(m.group("part")), parse_number(m.group("whole"))
    return part == counted.value and 0 < part <= whole and abs(100 * part / whole - amount.value) < 1


def _serious_after(text: str, pos: int, end: int) -> bool:
    """Whether what was solved is the very serious cases ("khám phá án rất nghiêm trọng ... đạt")."""
    nxt = _first(find_metrics(text, pos, end))
    return nxt is not None and nxt.key == "very_serious_cases" and len(text[pos:nxt.start].split()) <= 3


_FIELD_FRAME = regex.compile(
    r"[\"“]?(?:Riêng về|Riêng|Về|Đối với|Trong lĩnh vực|Lĩnh vực|Về lĩnh vực|Trên lĩnh vực)"
    r"\s+(?P<field>[^,:;.]{2,50}),",
    regex.V1)


def _topic(text: str, start: int, clause_start: int) -> _Named | None:
    """The metric a list opens with before its colon: "Tai nạn giao thông giảm cả 3 tiêu chí:
    xảy ra 120 vụ, …"."""
    colon = text.rfind(":", start, clause_start)
    if colon < 0:
        # or the field the sentence opens with: "Về ma túy, phát hiện 96 vụ", "Riêng về ma túy, …"
        frame = _FIELD_FRAME.match(text, start, clause_start)
        if frame is None:
            return None
        found = find_metrics(text, frame.start("field"), frame.end("field"))
        if not found:  # a field named by its short label: "Trên lĩnh vực kinh tế, phát hiện 63 vụ vi phạm"
            key = _LABELS.get(frame.group("field").strip().lower())
            field = (frame.start("field"), frame.end("field"))
            return None if key is None else _Named(MetricMention(key, *field), field)
        return _Named(found[-1], (found[-1].start, found[-1].end))
    found = find_metrics(text, start, colon)
    if not found:  # a list item's label: "- Cháy: xảy ra 6 vụ", "- Kinh tế, môi trường: phát hiện 23 vụ"
        label = _LABEL.fullmatch(text, start, colon)
        key = _LABELS.get(label.group("first").lower()) if label is not None else None
        if key is not None:
            return _Named(MetricMention(key, label.start("first"), colon), (label.start("first"), colon))
    if not found:
        return None
    # the first of a list of kinds the field names ("Công tác đấu tranh với tội phạm kinh tế, buôn lậu, hàng
    # giả được đẩy mạnh: phát hiện 187 vụ": economic crime, its kinds after it)
    first = len(found) - 1
    # a passive deed after the counted thing is what befell it, no metric of its own ("Số trường hợp vi
    # phạm TTATGT bị xử lý: 21.406 trường hợp": the violations, not the people "xử lý" counts)
    while first > 0 and _PASSIVE_DEED.fullmatch(text, found[first - 1].end, found[first].start):
        first -= 1
    while first > 0 and _LISTED_KIND.fullmatch(text, found[first - 1].end, found[first].start):
        first -= 1
    return _Named(found[first], (found[first].start, found[first].end))


_LISTED_KIND = regex.compile(r"\s*,\s*", regex.V1)
_PASSIVE_DEED = regex.compile(r"(?:\s+[\p{L}&]+){0,3}?\s+(?:bị|được)\s+", regex.V1)
# the short labels of a list of figures by field, by their first words
_LABEL = regex.compile(r"[\s\-–•*+]*(?P<first>[\p{L}]+(?: [\p{L}]+)?)(?:,[\p{L} ,]*)?\s*", regex.V1)
_LABELS = {"cháy": "fires", "cháy nổ": "fires", "kinh tế": "economic_crime",
           "môi trường": "environment_crime", "ma túy": "drug_crime", "buôn lậu": "smuggling",
           "tham nhũng": "corruption_crime"}


def _serious_part(text: str, before: list[MetricMention], solved_end: int) -> bool:
    """Whether the rate is of the very serious cases among those solved: "…, trong đó trọng án đạt 95%"."""
    last = before[-1] if before else None
    return last is not None and last.key == "very_serious_cases" and last.start >= solved_end \
        and _PART_OF.search(text, solved_end, last.start) is not None


def _subject(text: str, start: int, clause_start: int, subject_end: int) -> _Named | None:
    """The last metric named in the figure's clause before it; a metric whose words a comma
    divides ("Cháy, nổ xảy ra 1.905 vụ") counts when it ends inside the clause."""
    found = [m for m in find_metrics(text, start, subject_end) if m.end > clause_start]
    if not found:
        return None
    return _Named(found[-1], (found[-1].start, subject_end))


# a share of the places where a thing is done counts the places, not the thing: "mô hình … đã được áp dụng tại
# 100% bệnh viện công lập"
_AT_SHARE = regex.compile(r"\b(?:áp dụng|triển khai|thực hiện|nhân rộng)\s+(?:ở|tại)\s+$", regex.V1)


_PARTS = regex.compile(r"(?<!\w)[Tt]rong đó(?!\w)", regex.V1)


def _in_parts(text: str, start: int, pos: int) -> bool:
    """Whether pos lies in the parts a "trong đó" opens in its part of the sentence ("…, bắt 131 đối tượng;
    trong đó, 58 vụ xảy ra trên tuyến biên giới", "trong đó, 12.300 trường hợp vi phạm nồng độ cồn, 4.150
    trường hợp chở quá tải trọng")."""
    semicolon = text.rfind(";", start, pos)
    return _PARTS.search(text, semicolon + 1 if semicolon >= 0 else start, pos) is not None


def _bracket_start(text: str, clause_start: int, change_start: int) -> int:
    """Where an open bracket before a change starts its clause ("18 vụ (tăng 2 vụ"), else clause_start."""
    opened = text.rfind("(", clause_start, change_start)
    return opened + 1 if opened >= 0 and ")" not in text[opened:change_start] else clause_start


def _bare(text: str, clause_start: int, change_start: int) -> bool:
    """Whether a change has no subject of its own: nothing, or only its baseline, before it in
    its clause ("…, giảm 20%", "; so với cùng kỳ năm 2023 giảm 49 vụ"; not "thủ tục giảm 30%")."""
    pos = clause_start
    opening = _OPENING_BASELINE.match(text, pos)
    if opening is not None and opening.end() <= change_start:
        pos = opening.end()
    return not text[pos:change_start].strip(" ,(")


def _unread_between(text: str, earlier: list[Earlier], start: int, end: int) -> bool:
    """Whether a count no earlier figure holds stands between start and end."""
    return any(not any(e.span[0] <= a.start < e.span[1] for e in earlier)
               for a in find_amounts(text, start, end) if a.unit != "%")


def _continued(earlier: list[Earlier], amount: Amount) -> Earlier | None:
    """The earlier figure a change without a metric goes on counting."""
    same = [e for e in earlier if _same_unit(e.unit, amount.unit) and e.metric_key is not None]
    keyed = [e for e in earlier if e.metric_key is not None]
    if same and amount.unit == "%" and keyed[-1] is not same[-1] and keyed[-1].direction is None \
            and keyed[-1].unit in _CASE_UNITS and keyed[-1].span[0] > same[-1].span[1]:
        # "92,6% hồ sơ được giải quyết trực tuyến; toàn tỉnh xảy ra 512 vụ phạm pháp hình sự, giảm 9,4%": the
        # change of the count of cases right before it, not of the rate before that
        return keyed[-1]
    if same:
        return same[-1]
    if amount.unit == "%":
        keyed = [e for e in earlier if e.metric_key is not None]
        if len(keyed) >= 2 and _PAIR_PEOPLE.get(keyed[-1].unit or "") == keyed[-1].metric_key \
                and keyed[-2].unit in _CASE_UNITS and keyed[-2].direction is None \
                and keyed[-2].span[0] < keyed[-1].span[0] < keyed[-2].span[1] + 3:
            # "phát hiện 412 vụ, 568 đối tượng phạm tội về ma túy, tăng 12,3% so với năm 2011": the change
            # of the cases, whose people are counted with them
            return keyed[-2]
        return keyed[-1] if keyed else None
    if amount.unit == "lần":  # a change by a factor, as a rate: "…, tăng gấp 4 lần so với năm 2021"
        keyed = [e for e in earlier if e.metric_key is not None]
        return keyed[-1] if keyed else None
    return None


# the people counted with cases, by the unit: a change after both is the cases'
_PAIR_PEOPLE = {"đối tượng": "suspects_arrested", "bị can": "suspects_arrested"}


def _same_unit(earlier: str | None, unit: str) -> bool:
    """Whether a unit is an earlier figure's, or that unit written short: "tin" for "tin báo" or
    "tố giác, tin báo", "vụ" for "vụ án" (never a percentage for a count)."""
    if earlier is None or earlier == unit:
        return earlier == unit
    return unit != "%" and earlier != "%" and unit in regex.split(r"[\s,]+", earlier)


def _same_visits(earlier: Earlier, unit: str) -> bool:
    """Whether a count of visits of another kind goes on with an earlier count of visits whose metric counts
    it too: "làm thủ tục xuất, nhập cảnh cho hơn 2,6 triệu lượt người, …; hơn 214.000 lượt phương tiện"."""
    return earlier.unit is not None and earlier.unit.startswith("lượt ") and unit.startswith("lượt ") \
        and unit in metric_units().get(earlier.metric_key or "", frozenset())


def _field(text: str, paragraph_start: int, sentence: tuple[int, int], pos: int) -> str | None:
    """Whether fire or traffic is what the figure at pos is about ("fire", "traffic", None):
    the last of the two named before it in its sentence, else the first after it there
    ("kiểm tra 100% cơ sở ... về PCCC"), else the last before it in its paragraph, else the first
    in the report's headline and lead ("Cháy quán karaoke …")."""
    start, end = sentence
    last = _last(_FIRE_OR_TRAFFIC, text, start, pos) or _FIRE_OR_TRAFFIC.search(text, pos, end) \
        or _last(_FIRE_OR_TRAFFIC, text, paragraph_start, pos) \
        or _FIRE_OR_TRAFFIC.search(text, 0, min(paragraph_start, _LEAD_REACH))  # the headline and lead
    if last is None:
        return None
    return "fire" if last.group("fire") is not None else "traffic"


def fire_or_traffic(text: str, paragraph_start: int, sentence: tuple[int, int], pos: int) -> str | None:
    """Whether fire or traffic is the topic of the words at pos ("fire", "traffic", None; see `_field`)."""
    return _field(text, paragraph_start, sentence, pos)


def topic_count(text: str, paragraph_start: int, sentence: tuple[int, int], pos: int, deed: str,
                unit: str) -> str | None:
    """The metric a deed counts in a unit where rehab or smuggling is the topic (`_TOPIC_DEEDS`: "bắt
    giữ" cases in an anti-smuggling report are smuggling cases), the topic read as `_topic_deed` reads it."""
    start, end = sentence
    topic = _last(_TOPIC_WORDS, text, start, pos) or _TOPIC_WORDS.search(text, pos, end) \
        or _last(_TOPIC_WORDS, text, paragraph_start, start) \
        or _TOPIC_WORDS.search(text, 0, min(paragraph_start, _LEAD_REACH))
    return _TOPIC_DEEDS[topic.lastgroup].get((deed, unit)) if topic is not None else None


def _topic_deed(text: str, paragraph_start: int, sentence: tuple[int, int], amount: Amount,
                verb: regex.Match[str] | None, earlier: Sequence[Earlier]) -> tuple[str, None] | None:
    """The metric of a count named by its verb and unit alone where rehab or smuggling is the topic
    (`_TOPIC_DEEDS`): the topic named last before the figure in its sentence, else first after it
    there, else last before it in its paragraph, else first in the headline and lead."""
    said = _last_word(verb.group()) if verb is not None else None
    if said is None and earlier and earlier[-1].span[0] >= sentence[0] \
            and _SHARED_VERB_GAP.fullmatch(text, earlier[-1].span[1], amount.start):
        said = _last_word(text[earlier[-1].span[0]:earlier[-1].span[1]].split(" " + str(earlier[-1].unit))[0]
                          .rsplit(" ", 1)[0] + " ")
    if said is None:
        return None
    start, end = sentence
    topic = _last(_TOPIC_WORDS, text, start, amount.start) or _TOPIC_WORDS.search(text, amount.end, end) \
        or _last(_TOPIC_WORDS, text, paragraph_start, start) \
        or _TOPIC_WORDS.search(text, 0, min(paragraph_start, _LEAD_REACH))
    key = _TOPIC_DEEDS[topic.lastgroup].get((said, amount.unit)) if topic is not None else None
    if key is None and said == "triệt phá" and amount.unit in _CASE_UNITS \
            and _DRUGS_SEIZED.search(text, amount.end, end) is not None:
        # "triệt phá 418 vụ, bắt 592 đối tượng, thu giữ 96 bánh heroin …": cases broken up whose sentence
        # goes on to seize drugs are drug cases (read in the sentence only, never from a paragraph's topic)
        key = "drug_crime"
    return (key, None) if key is not None else None


def _last_word(verb: str) -> str | None:
    """The last of the reporting verbs before a figure, when it is "kiểm tra", "phát hiện", "tiếp nhận",
    "bắt giữ" or "xử phạt"."""
    found = _VERB_WORD.search(verb)
    return found.group().lower() if found is not None else None


def _last(pattern: regex.Pattern[str], text: str, start: int, end: int) -> regex.Match[str] | None:
    found = None
    for m in pattern.finditer(text, start, end):
        found = m
    return found


def _first(mentions: list[MetricMention]) -> MetricMention | None:
    return mentions[0] if mentions else None
