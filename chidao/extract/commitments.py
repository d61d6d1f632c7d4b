"""Commitments: resources promised or allocated, one item per amount.

Needs `context.result.localities` / `.organizations` (to tell a giver). A report that is
not about security and order (`relevance.security_report`) has none. Kinds:

- staffing: "Bộ Công an sẽ tăng thêm khoảng 1.000 biên chế cho công an tỉnh Quảng Ninh";
- funding: money that a giving verb or a budget measure opens: "tổng mức đầu tư xây dựng
  796 tỉ đồng", "tỉnh Quảng Ninh hỗ trợ 756,2 tỉ đồng", "hỗ trợ Công an các xã 12 tỷ
  đồng"; never a crime's takings ("phá vụ trộm 40 tỉ đồng"), a fine, a prize or a market's
  figures ("kim ngạch đạt 2,1 tỉ USD");
- construction: floor areas ("tổng diện tích sử dụng 27.781 m2"), capacity of a building
  ("hội trường lớn với 500 chỗ", "làm việc cho hơn 1.500 cán bộ, chiến sĩ", "cao 9 tầng",
  "doanh trại 5 tầng"),
  and the promised completion ("dự kiến hoàn thành nhân dịp kỷ niệm 80 năm ...
  (19.8.1945 - 19.8.2025)"), which has no amount: `amount` and `unit` are null and
  the text carries the date;
- equipment: vehicles and devices handed over ("trang bị thêm 50 xe ô tô chuyên dùng
  cho ..."), the unit being the count noun that heads the thing's name ("xe"; "máy" for "5
  máy tính xách tay", "bộ" for "3 bộ máy thu nhận căn cước"), the span running over the name.

`giver` is the body that gives, as written ("Bộ Công an", "tỉnh Quảng Ninh", "Thành
phố"), or whose money a budget is ("tổng mức đầu tư từ nguồn vốn của Bộ Công an là 35,44
tỷ đồng"); a second amount joined by "và" keeps the first one's giver. `receiver` is the
body after "cho"; for a building's areas, floors and money without one, the body the
building is for, named last before the amount ("trụ sở Công an huyện X", "Công trình làm
việc Công an xã Y"). A giver or receiver written by its kind and level alone ("UBND tỉnh",
"Công an huyện", "Cục") is named as the report names that body in full, or with the
report's one place of that level. The span runs from the giver (when it stands right before
the verb) or the verb or the measure ("tổng mức đầu tư", "diện tích sàn xây dựng") through
the amount and its receiver.
"""

from __future__ import annotations

import dataclasses
import unicodedata

import regex

from chidao.extract.context import Context
from chidao.extract.metrics import (
    CADRES,
    LIVESTOCK,
    MONEY_UNITS,
    STAFF_NOUNS,
    Amount,
    around,
    body_starts,
    find_amounts,
    parse_number,
    passages,
    title_passage,
)
from chidao.extract.metrics import looks_like_body as _named_or_body_word
from chidao.extract.organizations import match_body
from chidao.extract.periods import find_deadline
from chidao.extract.relevance import security_report
from chidao.extract.titles import match_title
from chidao.gazetteer.admin_units import written_after_merger
from chidao.model import Commitment, Document
from chidao.text.sentences import list_heading

# a body written bare in the older abbreviations, its level word after it: "CA tỉnh", "BCĐ 138 tỉnh"
_ABBREVIATED_BARE = regex.compile(
    r"(?:CA|BCĐ(?:\s+\d{2,3})?)\s+(?:tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường|thị trấn)(?!\w)", regex.V1)


def looks_like_body(text: str, start: int, end: int, bodies: frozenset[int]) -> bool:
    """Whether text[start:end] names a body: a body found or starting with a body's word ("Công an tỉnh",
    "Hải Phòng"), or a bare body in the older abbreviations ("CA tỉnh", "BCĐ 138 tỉnh", rule 12)."""
    return (_named_or_body_word(text, start, end, bodies)
            or _ABBREVIATED_BARE.match(text, start, end) is not None)

# ("bình" for fire extinguishers: "trao tặng 300 bình chữa cháy"; "mặt nạ" for smoke hoods: "5 mặt nạ phòng
# độc"; "cổng" for screening gates: "3 cổng soi chiếu an ninh")
EQUIPMENT_UNITS = {"xe", "tàu", "xuồng", "máy", "bộ", "camera", "phương tiện", "thiết bị", "ca nô", "bình",
                   "mũ", "áo phao", "phao cứu sinh", "bộ đàm", "đèn pin", "áo mưa", "cần chắn", "hộp",
                   "mặt nạ", "cổng"}
# other things given or set up: gifts, checkpoints ("trao 312 suất quà", "bố trí 18 chốt phân luồng")
# teams and delegations set up, classes held and service dogs put to work ("thành lập 5 đoàn kiểm tra", "sẽ tổ
# chức 10 lớp tập huấn", "sẽ đưa vào sử dụng 6 chó nghiệp vụ")
# books given by the copy ("tặng nhà trường 200 cuốn sách"); gift lots by the share ("trao 65 phần quà") and
# medicine by the bag ("50 túi thuốc y tế")
GIVEN_UNITS = {"suất quà", "phần quà", "túi", "suất", "suất học bổng", "lá cờ", "chốt", "tổ", "đội", "đoàn",
               "lớp tập huấn", "lớp", "chó nghiệp vụ", "cuốn", "quyển", *LIVESTOCK}
_GIFT_UNITS = {"suất quà", "phần quà", "túi", "suất học bổng", "lá cờ", "cuốn", "quyển", *LIVESTOCK}
# food and goods given by weight: "hỗ trợ 2 tấn gạo", "… 5 triệu đồng và 200 kg gạo" (never what was seized or
# burnt: a giving verb or a gift before it opens the weight)
_WEIGHT_UNITS = {"tấn", "kg", "tạ"}
_GOODS = regex.compile(r"\s+(?:gạo|lương thực|thực phẩm|hàng hóa|nhu yếu phẩm|muối|thóc|ngô|quà|hàng)\b",
                       regex.V1)
# kinds of a commitment a joined amount goes on with ("… 20 xe ô tô và 50 xe mô tô")
_GIVEN_ALIKE = ("equipment", "funding", "staffing", "other")
# asking for a resource (a verb, not the noun: "kiến nghị của tỉnh"), and granting it
_REQUEST = regex.compile(r"(?<!\w)(?:đề nghị|kiến nghị|đề xuất|xin)(?!\w)(?!\s+của\b)", regex.V1)
_GRANTED = regex.compile(r"(?<!\w)(?:đồng ý|nhất trí|sẽ|cam kết|quyết định|chấp thuận)(?!\w)", regex.V1)
# teams and posts set up: "thành lập 5 tổ công tác", "lập 12 chốt kiểm soát"
# a building's capacity in a pledge or plan, after the works in its sentence: "nâng cấp Cơ sở cai nghiện X,
# bảo đảm tiếp nhận 300 học viên" (not a result: "đã tiếp nhận 300 học viên")
_WORKS = regex.compile(r"(?<!\w)(?:nâng cấp|xây dựng|xây mới|cải tạo|mở rộng)(?!\w)", regex.V1)
_HOLDS = regex.compile(
    r"(?<!\w)(?P<holds>(?:(?:bảo đảm|đảm bảo)\s+)?(?:tiếp nhận|có sức chứa|sức chứa)"
    r"(?:\s+(?:được|khoảng))?)(?=\s*$)",
    regex.V1)


def _housed(text: str, clause_start: int, amount: Amount) -> regex.Match[str] | None:
    """The words that make a count of people a building's capacity ("bảo đảm tiếp nhận"), or None."""
    holds = _HOLDS.search(text, clause_start, amount.start)
    if holds is None:
        return None
    head = _sentence_start(text, amount.start)
    works = _WORKS.search(text, head, holds.start())
    return holds if works is not None and _DONE_BEFORE.search(text, head, amount.start) is None else None


_DONE_BEFORE = regex.compile(r"(?<!\w)đã(?!\w)", regex.V1)
_SET_UP = regex.compile(r"(?<!\w)(?:thành lập|lập|thiết lập|kiện toàn)(?:\s+(?:thêm|mới))?\s*$", regex.V1)
_HOUSE_UNITS = {"căn nhà", "ngôi nhà", "căn", "ngôi", "trụ sở", "buồng giam", "dãy nhà", "buồng tạm giam",
                "điểm dân cư", "xưởng", "nhà xưởng"}
# (not the cost's words: "kinh phí xây dựng 20 căn nhà là …" counts no new houses)
_BUILT = regex.compile(r"(?<!\w)(?<!(?:kinh phí|chi phí|vốn) )"
                       r"(?:xây dựng|xây mới|khởi công|khánh thành|sửa chữa|cải tạo|mở rộng)"
                       r"(?!\w)(?:\s+\S+){0,2}\s*$", regex.V1)
_CAPACITY_UNITS = {"chỗ", "tầng", *CADRES, "nhân viên", "học viên", "giường",
                   *STAFF_NOUNS}
# room added to a building being funded: "nâng cấp trại giam, tăng thêm 300 chỗ"
_ADDED_ROOM = regex.compile(r"(?<!\w)(?:tăng thêm|nâng thêm|mở rộng thêm)\s+$", regex.V1)
# a capacity raised to a number: "nâng sức chứa lên 200 học viên", "nâng công suất tiếp nhận lên 500 chỗ"
_RAISED_TO = regex.compile(r"(?<!\w)nâng\s+(?:sức chứa|công suất|quy mô)(?:\s+tiếp nhận)?\s+lên\s+$",
                           regex.V1)
_AREA_UNITS = {"m2", "ha"}
# (and where it lies: "2.000 m2 đất tại thôn Lũng Lầu để xây dựng trụ sở mới cho Công an xã")
_LAND = regex.compile(r"\s+đất\b(?:\s+tại\s+(?:thôn|bản|xóm|ấp|khu|tổ dân phố|khu phố|làng)\s+\p{Lu}\p{Ll}*"
                      r"(?:\s+\p{Lu}\p{Ll}*){0,3})?", regex.V1)
_GIVE_VERB = regex.compile(
    r"(?<!\w)(?:tăng thêm|bổ sung|hỗ trợ|cấp|bố trí|đầu tư|trang bị thêm|trang bị|phân bổ|dành|giao|"
    r"trao tặng|tặng|ủng hộ|bàn giao|chi|trích|trao|tài trợ|tăng|đóng góp|giải ngân|vận động|hiến tặng"
    r"|hiến)(?!\w)"
    r"(?:\s+thêm)?\s*$",
    regex.V1)
_MEASURE = regex.compile(
    r"(?<!\w)(?:[Tt]ổng mức đầu tư(?: xây dựng)?|[Tt]ổng vốn đầu tư|[Tt]ổng kinh phí|[Kk]inh phí|vốn"
    r"|tổng diện tích(?: sàn)?(?: sử dụng| xây dựng)?|diện tích sàn(?: xây dựng)?"
    r"|diện tích(?: sử dụng| xây dựng| đất)?"
    r"|hội trường(?: lớn)?(?: với)?|quy mô|làm việc cho|nhà làm việc(?: chính)?|cao)"
    # whose money it is: "tổng mức đầu tư từ nguồn vốn của Bộ Công an là 35,44 tỷ đồng"
    r"(?:\s+(?:từ\s+)?nguồn\s+(?:vốn|kinh phí|ngân sách)(?:\s+(?:của|do))?\s+(?P<source>[^\d,;.]{1,60}?))?"
    # "Tổng kinh phí xây dựng 20 căn nhà là 1,4 tỷ đồng"
    r"(?:\s+(?:xây dựng|đầu tư|sửa chữa)(?:\s+[^,;.]{1,30}?)?(?=\s+là\s*$)"
    r"|\s+(?:xây dựng|đầu tư|sửa chữa)(?=\s*$))?"
    r"(?:\s+là)?\s*$",
    regex.V1)
# the floors of a building: "doanh trại 5 tầng", "tòa nhà làm việc hợp khối 7 tầng"
_FLOORS_OF = regex.compile(
    r"(?<!\w)(?:nhà|tòa nhà|khối nhà|khu nhà|doanh trại|trụ sở|công trình|ký túc xá)"
    r"(?:\s+[^\s\d,;.]+){0,5}\s+$",
    regex.V1 | regex.IGNORECASE)
# who a building is for: "trụ sở Công an huyện X", "Công trình làm việc Công an xã Y",
# "Trụ sở 1- Công an tỉnh Z"
_OWNED = regex.compile(
    r"(?<!\w)(?:trụ sở|công trình|doanh trại|nhà làm việc)(?:\s+(?:làm việc|mới|\d+))?[\s\-–]*$",
    regex.V1 | regex.IGNORECASE)
# people sent where they are needed: "huy động 3.500 cán bộ, chiến sĩ", "điều động 1.520 cán bộ, chiến sĩ
# về Công an cấp xã", "… 1.286 cán bộ, chiến sĩ … đã được bố trí về Công an cấp xã"
_PERSONNEL_UNITS_BASE = (*CADRES, "kíp", "nhân viên", *STAFF_NOUNS)
_PERSONNEL_UNITS = set(_PERSONNEL_UNITS_BASE)
_DEPLOY_WORDS = (r"huy động|bố trí|điều động|tiếp nhận|tăng cường|bổ sung|biệt phái|luân chuyển|điều chuyển"
                 r"|tuyển dụng|cử")
# (an item of a list starts with a capital: "– Bố trí 20 công chức …")
_DEPLOY = regex.compile(r"(?<!\w)(?:" + _DEPLOY_WORDS + r")(?!\w)(?:\s+thêm)?\s*$",
                         regex.V1 | regex.IGNORECASE)
_DEPLOYED = regex.compile(r"[^,;.]{0,60}?\b(?:đã|sẽ|vừa)?\s*được\s+(?:" + _DEPLOY_WORDS + r")\b", regex.V1)
# the staff a deployment is told with: "100% xã đã được bố trí Công an chính quy với 1.642 cán bộ, chiến sĩ"
_DEPLOYED_WITH = regex.compile(r"\bđược\s+(?:" + _DEPLOY_WORDS + r")\s+[^,;.\d]{2,40}?\s+với\s+"
                               r"(?:hơn\s+|gần\s+|khoảng\s+|trên\s+)?$", regex.V1)
# officers sent to a body named between the verb and their count: "Bộ Công an tăng cường cho Công an thành
# phố Đà Nẵng 1.200 cán bộ, chiến sĩ" (the body after "cho" receives them)
_SENT_TO = regex.compile(r"(?<!\w)(?:tăng cường|bổ sung|điều động|biệt phái|điều chuyển)(?:\s+thêm)?\s+cho\s+"
                         r"(?P<r>\p{Lu}[^,;.\d]{2,80}?)\s+(?:thêm\s+)?(?:hơn\s+|gần\s+|khoảng\s+)?$",
                         regex.V1)
# a second lot of people sent along with the officers before it: "huy động 2.800 cán bộ, chiến sĩ cùng 1.900
# thành viên tổ bảo vệ an ninh, trật tự ở cơ sở", its words up to what they do
_ALONG = regex.compile(r"\s*,?\s*(?:cùng với|cùng)\s+", regex.V1)
_ALONG_UNITS = {"thành viên", "người", "đoàn viên", "dân quân", "dân quân tự vệ", *_PERSONNEL_UNITS_BASE}
_ALONG_WORDS = regex.compile(r"(?:\s+(?!(?:tham gia|để|nhằm|trực|làm nhiệm vụ)\b)[^\s;.]+){1,10}?"
                             r"(?=\s+(?:tham gia|để|nhằm|trực|làm nhiệm vụ)\b)", regex.V1)
_STAFFING_CONTEXT = regex.compile(r"\b(?:tăng thêm|bổ sung|bố trí|phân bổ|giao|cấp|tăng|sẽ)\b", regex.V1)
# money that is nobody's pledge: a crime's takings, a fine, a market's figures, a prize
_NOT_PLEDGED = regex.compile(
    r"\b(?:chiếm đoạt|thiệt hại|thu giữ|thu hồi|trị giá|giá trị|lừa đảo|buôn lậu|kê biên|tang vật|"
    r"vận chuyển|đánh bạc|tham ô|nhận hối lộ|gây thất thoát|thất thoát|trộm|cướp|phạt|tiền phạt|"
    r"kim ngạch|doanh thu|doanh số|lợi nhuận|thưởng|giải thưởng|"
    # a ring's turnover: "đường dây đánh bạc … tổng số tiền giao dịch hơn 2.100 tỉ đồng"
    r"giao dịch)\b", regex.V1)
# a count compared with a year before is a change, not a gift: "có 37 tàu cá … bị bắt giữ, tăng 8 tàu so
# với cùng kỳ"
_CHANGE_BEFORE = regex.compile(r"(?<!\w)(?:tăng|giảm)\s+(?:thêm\s+)?$", regex.V1)
_COMPARED = regex.compile(r"(?:\s+[^\s\d,;.]+){0,3}?\s+so\s+(?:với|cùng kỳ)\b", regex.V1)
# a giving verb a few words before the money, with the receiver between: "hỗ trợ Công an tỉnh 5 tỷ đồng"
_GIVE_BEFORE = regex.compile(
    r"(?<!\w)(?:hỗ trợ|cấp(?!\s+(?:tỉnh|huyện|xã|ủy|cơ sở|trên|dưới|bộ))|bố trí|đầu tư|phân bổ|dành|ủng hộ"
    r"|bàn giao|giao(?!\s+thông)|bổ sung|trao tặng|tặng|trang bị|tài trợ"
    # "trao Công an xã X 50 triệu đồng" (not an exchange, an award or a decision handed over)
    r"|trao(?!\s+(?:đổi|trả|quyền|giải|thưởng|quyết định|bằng|huân|huy|cờ|danh hiệu|kỷ niệm|tặng)))"
    r"(?P<gap>(?:,?\s+[^\s,;.]+){1,16})\s*$", regex.V1)
# a receiver longer than a few words names no number: "trao tặng các tổ … xã An Thịnh và xã Đông Cuông 50
# đèn pin", never "bố trí 12 tỷ đồng … để mua sắm 2 xe" (the second amount bought with the first)
_SHORT_GAP = 8
# what the receiver is to do with the things, after its name and before their count: "hỗ trợ Phòng Cảnh sát
# kinh tế mua sắm 2 xuồng"
_AIM_AFTER_RECEIVER = regex.compile(r"\s+(?:mua sắm|mua|sửa chữa|lắp đặt)(?:\s+thêm)?\s*$", regex.V1)


# an award given with the money, between the verb and the sum: "tặng Bằng khen và 100 triệu đồng", "trao
# Giấy khen của Giám đốc Công an tỉnh kèm theo 5 triệu đồng" (the award is no receiver)
_AWARD_WITH = regex.compile(
    r"\s*(?:Bằng khen|Giấy khen|Cờ thi đua|Huân chương|Huy chương|Kỷ niệm chương)(?:\s+[^\s\d,;.]+){0,8}?"
    r"\s+(?:và|cùng|cùng với|kèm theo)\s*", regex.V1)
# the money's label between the receiver and the sum: "trao tặng thôn X số tiền 20 triệu đồng"
_MONEY_LABEL = regex.compile(r"\s+(?:với\s+)?(?:tổng\s+)?số tiền(?:\s+là)?\s*$", regex.V1)
# a village or a town's quarter by its name (a commune or ward is a body's place, a village none): "thôn
# Kon Rờ Bàng 1", "bản Nà Sản", "tổ dân phố 5"
_VILLAGE = regex.compile(r"(?:thôn|bản|buôn|bon|plei|làng|sóc|ấp|xóm|tổ dân phố|khu phố)"
                         r"(?:\s+(?:\p{Lu}[\p{L}\-]*|\d+[A-Z]?))+\s*", regex.V1)


# a team of the people's security work named by its task, lower-case, between the verb and the count:
# "trao tặng tổ bảo vệ an ninh, trật tự ở cơ sở 4 bộ đàm", "tặng các tổ tự quản 10 đèn pin"
_TEAM = regex.compile(r"(?:các\s+)?(?:tổ|đội)\s+(?:bảo vệ|tự quản|tuần tra|xung kích|dân phòng|an ninh)"
                      r"(?:,?\s+[^\s,;.\d]+){0,10}?\s*", regex.V1)


def _give_before(text: str, start: int, end: int) -> regex.Match[str] | None:
    found = _GIVE_BEFORE.search(text, start, end)
    # a body told to give, then its giving verb: "giao UBND huyện X hỗ trợ Công an huyện 300 triệu đồng"
    # gives through the later verb (its receiver after it; the body after "giao" is the giver)
    # ("trang bị bổ sung cho …" is one verb)
    while found is not None and (later := _GIVE_BEFORE.search(text, found.start("gap"), end)) is not None \
            and text[found.start("gap"):later.start()].strip():
        found = later
    if found is not None and len(found.group("gap").split()) > _SHORT_GAP \
            and any(c.isdigit() for c in found.group("gap")):
        return None
    return found
# "trao tặng … 20 xe ô tô chuyên dùng và 50 xe mô tô": a second count of things, given alike; the first
# thing's name may run on past the words its unit kept ("3 bộ máy thu nhận căn cước lưu động và 5 máy tính")
_JOINED = regex.compile(r"(?:\s+[^\s\d,;.()]+){0,3}?\s*(?:,|và|,\s*và)\s*", regex.V1)
# (or past whose the first thing was: "1 xe ô tô bán tải của các cơ quan cấp huyện cũ và 2 phòng làm việc")
_JOINED_AFTER_OWNER = regex.compile(r"(?:\s+[^\s\d,;.()]+){0,3}?\s+của\s+[^\d,;.()]{2,60}?\s+và\s+", regex.V1)
# the shares of a sum: "…, trong đó ngân sách huyện 7,3 tỷ đồng, xã Đoàn Kết đối ứng 2,5 tỷ đồng"
_SHARES = regex.compile(r"\btrong đó\b", regex.V1)
_SHARE_OF = regex.compile(
    r"(?:(?:ngân sách|vốn|nguồn)\s+)?(?P<giver>[^\d,;.]{2,40}?)?"
    r"\s*(?:đối ứng|hỗ trợ|cấp|bố trí|đóng góp)?\s*$",
    regex.V1)
# a second share given to each of another kind: ", mỗi người bị thương 3 triệu đồng"
_EACH = regex.compile(r"\s*(?:,|;|và|,\s*và)\s*(?P<each>(?:mỗi|từng)\s[^,;.\d]{2,60}?)\s*$", regex.V1)
# … or an average to each place after the money's purpose: "bố trí 6 tỷ đồng để xử lý 12 điểm đen, bình quân
# mỗi điểm 500 triệu đồng"
_EACH_AFTER_PURPOSE = regex.compile(
    r",\s*(?P<each>(?:(?:bình quân|trung bình)\s+)?(?:mỗi|từng)\s[^,;.\d]{2,40}?)\s*$", regex.V1)
_BUILDING = regex.compile(
    r"\b(?:công trình|trụ sở|dự án|hội trường|nhà làm việc|xây dựng|căn nhà|ngôi nhà|cải tạo|doanh trại)\b",
    regex.V1)
_COMPLETION = regex.compile(
    r"(?<!\w)(?:dự kiến|sẽ|phấn đấu)\s+(?:khánh thành|hoàn thành|đưa vào sử dụng"
    # a handover by a date ("dự kiến bàn giao trước ngày 30/4"; not "sẽ bàn giao cho X 1 xe", a gift)
    r"|bàn giao(?=\s+(?:trong|trước|vào)\s+(?:ngày|tháng|quý|năm|dịp)\b))\b.*?(?=[.;](?:\s|$)|$)"
    # a pledged building's date after a comma or "và": "Bộ sẽ hỗ trợ 15 tỷ đồng xây dựng nhà xưởng …, hoàn
    # thành trong quý II/2024", "…, khởi công trong quý IV và hoàn thành năm 2024" (not "đã hoàn thành",
    # a result)
    r"|(?:(?<=,\s)|(?<=\svà\s))(?:hoàn thành|đưa vào sử dụng|bàn giao)\s+(?:(?:trong|trước|vào)\s+)?"
    r"(?:ngày|tháng|quý|năm|dịp)\b[^.;,]*",
    regex.V1 | regex.DOTALL)
_FORWARD_PLEDGE = regex.compile(r"(?<!\w)(?:sẽ|dự kiến|cam kết|đồng ý|thống nhất|nhất trí)(?!\w)", regex.V1)
_CLAUSE_START = regex.compile(
    r"(?:,(?!\s*(?:chống|chữa cháy|cứu hộ|trật tự)\b)"
    # ("mỗi xã, phường, thị trấn": the levels of units listed, no new clause)
    r"(?!(?<=(?<!\w)(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã),)\s*(?:xã|phường|thị trấn|đặc khu|huyện"
    r"|quận|thị xã|thành phố)(?!\w))"
    # ("ở huyện Gia Lâm, Đông Anh": places of one level listed, no new clause)
    r"(?<!(?<!\w)(?:xã|phường|thị trấn|huyện|quận|thị xã)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2},"
    r"(?=\s*\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2}(?:\s+\d|\s*$)))"
    r"|[;:])\s*"
    # ("xã An Thịnh và xã Đông Cuông": two places named alike, no new clause; "Phòng X và các nhà tài trợ đã
    # trao …": one subject, the body named first gives with unnamed sponsors; "tặng Bằng khen và 100 triệu
    # đồng": an award and the money given with it, one gift's clause)
    r"|(?<!(?<!\w)(?:Bằng khen|Giấy khen|Cờ thi đua))"
    r"\s(?:và(?!\s+(?:(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)\s+\p{Lu}"
    r"|(?:các\s+)?(?:nhà tài trợ|nhà hảo tâm|mạnh thường quân)\b))|trong đó|đồng thời)\s",
    regex.V1)
_GIVER_LEAD = regex.compile(
    r"(?:(?:trong đó|trong thời gian tới|thời gian tới|trong năm \d{4}|năm \d{4}|năm nay|khẳng định|cho biết|"
    r"thông báo|cam kết|cũng|đồng thời|Trong thời gian tới|Trong năm \d{4})[\s,]*)*", regex.V1)
_GIVER_TAIL = regex.compile(
    r"(?:\s+(?:sẽ|cũng|đã|tiếp tục|đang|đồng ý|cam kết|quyết định|thống nhất|nhất trí|dự kiến"
    r"|chủ động|chỉ đạo|giao|đề nghị|yêu cầu|đăng ký|phối hợp|ưu tiên|kịp thời))+\s*$",
    regex.V1)
# a comma inside a fixed phrase of the field ("phòng, chống", "phòng cháy, chữa cháy", "cứu nạn, cứu hộ", "an
# ninh, trật tự")
_PHRASE_COMMA = r",\s*(?=chống\b|chữa cháy\b|cứu hộ\b|(?<=an ninh,\s*)trật tự\b)"
# a dot inside a name ("TP.HCM", "TP.Cần Thơ")
_NAME_DOT = r"\.(?=\p{Lu})"
# what money is for, after the amount (and its receiver): "hỗ trợ 500 triệu đồng để sửa chữa trường …",
# "bố trí 15 tỷ đồng cho Công an tỉnh mua sắm phương tiện chữa cháy", "trích 300 triệu đồng thăm hỏi …"
_PURPOSE_VERBS = (r"mua sắm|mua|sửa chữa|xây dựng|xây mới|cải tạo|nâng cấp|mở rộng|lắp đặt|lắp|hỗ trợ"
                  r"|thăm hỏi|khen thưởng|khắc phục|thực hiện|phục vụ|đầu tư|trang bị|chi trả|duy trì"
                  r"|động viên|hoàn thành|cho vay|giải ngân|triển khai|tổ chức")
_PURPOSE_OPEN = regex.compile(
    r"\s+(?=(?:để|nhằm|kinh phí|cho|mỗi năm|" + _PURPOSE_VERBS + r")\b"
    r"|từ\s+(?:nguồn|ngân sách|vốn|quỹ)\b|(?:trong\s+)?(?:năm|giai đoạn|quý|tháng|dịp|đợt)\s+\S*\d)",
    regex.V1)
# where a purpose goes on past a comma: a list of things ("phương tiện, trang thiết bị", "đèn pin, áo mưa") or
# of works ("cải tạo, nâng cấp"), a fixed phrase ("an ninh, trật tự", "phòng, chống")
_ITEM_NOUNS = (r"phương tiện|trang thiết bị|thiết bị|vật tư|công cụ|áo|gậy|đèn|loa|dây|máy|xe|camera|bộ đàm"
               r"|nhu yếu phẩm|lương thực|thuốc|trang phục")
_GOES_ON = regex.compile(
    r",\s+(?:" + _ITEM_NOUNS + r"|chống|chữa cháy|cứu hộ|cứu nạn|trật tự|an ninh)\b", regex.V1)
# two verbs of one subject listed with a comma ("đã vận động xây dựng, bàn giao 146 căn nhà", "phối hợp rà
# soát, bổ sung 30 biên chế"): the comma opens no clause
_LISTABLE = (r"(?<!\w)(?:xây dựng|xây mới|sửa chữa|cải tạo|nâng cấp|mua sắm|vận động|rà soát|tiếp nhận"
             r"|kêu gọi|cân đối)")
_VERB_LIST = regex.compile(_LISTABLE + r"$", regex.V1)
_LISTED_BEFORE = regex.compile(_LISTABLE + r",\s*$", regex.V1)
_VERB_LIST_NEXT = regex.compile(r"(?:bàn giao|trao tặng|trao|tặng|bổ sung|bố trí|cấp|hỗ trợ|trang bị)\s",
                                regex.V1)
_WORK_LIST = regex.compile(r"(?<!\w)(?:" + _PURPOSE_VERBS + r"),\s+(?:" + _PURPOSE_VERBS + r")\b", regex.V1)
# where it ends: a new clause after "và", "đồng thời", a comma
_SOFT_STOP = regex.compile(r",\s|\s(?:và|đồng thời|trong đó)\s", regex.V1)
_NEW_CLAUSE = regex.compile(
    r"\s*(?:\d|(?:sẽ|đã|cũng|đồng thời|tiếp tục|đề nghị|phấn đấu|dự kiến|giao|bàn giao|tặng|trao|trao tặng"
    r"|bố trí|cấp|tăng cường|huy động|" + _PURPOSE_VERBS + r")\b)", regex.V1)
_VERB_AHEAD = regex.compile(r"(?:\s+[^\s,;.\d]+){0,5}?\s+(?:sẽ|đã|cũng|hỗ trợ|bố trí|cấp|trao|tặng)\b",
                            regex.V1)
_PURPOSE_RECEIVER = regex.compile(
    r"(?<!\w)(?:cho|hỗ trợ|thăm hỏi|để(?=\s+\p{Lu}))\s+(?P<r>(?:[^,;.]|,\s*(?=trật tự\b))+?)"
    r"(?=\s+(?:để|nhằm|trong|từ|tại|làm nhiệm vụ|" + _PURPOSE_VERBS + r")\b|(?!,\s*trật tự\b)[,;.]|$)",
    regex.V1)


def _purpose_end(text: str, pos: int, end: int, amounts: tuple[int, ...]) -> int:
    """Where the purpose (and the time or budget) written right after `pos` ends: the clause's end, a
    new clause after a comma or "và", and before a purpose that counts a resource of its own ("để mua
    sắm 2 xe chữa cháy": that count is its own commitment); `pos` when none is written."""
    if _PURPOSE_OPEN.match(text, pos, end) is None:
        return pos
    stop = end
    for hard in (";", ":", "\n", ". "):
        at = text.find(hard, pos, stop)
        stop = at if at >= 0 else stop
    if text.endswith(".", pos, stop):
        stop -= 1
    for m in _SOFT_STOP.finditer(text, pos, stop):
        if m.group().startswith(","):
            if _GOES_ON.match(text, m.start()) \
                    or _WORK_LIST.search(text, max(pos, m.start() - 12), m.end() + 12):
                continue
            stop = m.start()
            break
        if _NEW_CLAUSE.match(text, m.end()) or _VERB_AHEAD.match(text, m.end() - 1):
            stop = m.start()
            break
    counted = next((a for a in amounts if pos < a < stop), None)
    if counted is not None:  # stop before the purpose that holds another count
        # (at its "để": "… năm 2021 để mua sắm 2 xe"; else where its words begin: "cải tạo, mở rộng 12 buồng")
        opens = [m for m in _PURPOSE_OPEN.finditer(text, pos, counted)]
        aims = [m.start() for m in opens if text.startswith(("để", "nhằm"), m.end())]
        works = [m.start() for m in opens if _PURPOSE_VERB.match(text, m.end())]
        stop = aims[-1] if aims else works[0] if works else pos
    while True:
        while stop > pos and text[stop - 1] in " ,":
            stop -= 1
        dangling = _DANGLING.search(text, pos, stop)
        if dangling is None:
            return stop
        stop = dangling.start()


_PURPOSE_VERB = regex.compile(r"(?:" + _PURPOSE_VERBS + r")\b", regex.V1)
_DANGLING = regex.compile(r"\s(?:để|nhằm|cho|và|kinh phí)$", regex.V1)


# (the budget the money comes from may stand before "cho": "bố trí 2 tỷ đồng từ ngân sách tỉnh cho …")
# (units of several levels or kinds listed: "Công an các xã đảo, xã biên giới", "Công an các phường, xã, đặc
# khu"; where they are is no part of them: "… thuộc huyện X", "… trên địa bàn xã Y")
_UNIT_COMMA = r",\s*(?=(?:xã|phường|thị trấn|đặc khu)\b)"
# (and whose the thing was: "bàn giao 18 trụ sở của các cơ quan cấp huyện cũ cho Công an tỉnh làm trụ sở …")
# the receiver's words after its "cho" (or a staff's "về"), up to what follows it
_RECEIVER_WORDS = (
    r"(?P<r>(?:[^,;.]|" + _PHRASE_COMMA + r"|" + _NAME_DOT + r"|" + _UNIT_COMMA + r")+?)"
    r"(?=\s+(?:giai đoạn|trong|trước|để|và|nhằm|từ|với|ưu tiên|theo|thuộc|trên địa bàn|làm|tại"
    # (where the receivers are or work is no part of them: "cho các gia đình chính sách tại phường X",
    # "cho các tổ tuần tra trên sông")
    r"|trên\s+(?:sông|biển|tuyến|các tuyến)"
    r"|mỗi (?:năm|tháng|quý|tuần)|" + _PURPOSE_VERBS
    + r")\b|(?!" + _PHRASE_COMMA + r"|" + _NAME_DOT + r"|" + _UNIT_COMMA + r")[,;.]|$)")
_RECEIVER = regex.compile(
    r"\s+(?:(?:\p{Ll}+\s+){0,2}?(?:để|của)\s(?:(?!\svà\s)[^,;.])*?\s"
    r"|từ\s+(?:nguồn\s+)?(?:ngân sách|vốn|kinh phí)(?:\s+[^\s,;.\d]+){0,3}?\s)?"
    r"cho\s+" + _RECEIVER_WORDS, regex.V1)
# the body officers are sent to, after what they are and where they come from: "bổ sung 15 cán bộ có trình
# độ tài chính, kế toán cho Phòng Cảnh sát kinh tế", "tăng cường 300 cán bộ từ các phòng nghiệp vụ về Công an
# cấp xã" (a comma only between two lower-case words of their skills; no verb or clause word between)
_STAFF_SENT_TO = regex.compile(
    r"(?:\s+(?!(?:và|để|nhằm|trong|trước|sau|đã|sẽ|cho|về|làm|tham gia|thực hiện|bảo đảm|đảm bảo)\b)"
    r"[^\s,;.\d]+|,(?=(?:\s+\p{Ll}+){1,3}\s+(?:cho|về)\s)){1,10}?"
    r"\s+(?P<to>cho|về)\s+(?=\p{Lu})" + _RECEIVER_WORDS, regex.V1)
# the place or body officers are sent to help, after what they are and where they come from: "điều động
# thêm 30 cán bộ, chiến sĩ Phòng Cảnh sát cơ động hỗ trợ huyện X từ ngày …", "tăng cường 20 cán bộ hỗ trợ
# Công an xã Y"
_STAFF_HELP = regex.compile(
    r"(?:\s+(?!(?:và|để|nhằm|trong|trước|sau|đã|sẽ|cho|về|làm|tham gia|thực hiện|bảo đảm|đảm bảo|hỗ trợ)\b)"
    r"[^\s,;.\d]+){0,10}?\s+hỗ trợ\s+"
    r"(?P<r>(?:huyện|quận|thị xã|xã|phường|thị trấn)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*(?!\s*,\s*\p{Ll})"
    r"|(?=\p{Lu})[^,;.]+?)(?=\s+(?:từ|trong|trước|để|giai đoạn|nhằm|làm|bảo đảm|đảm bảo)\b|[,;.]|$)",
    regex.V1)
# (staff sent "về" the police of many places at large is no one body: "… về Công an các xã", as the gold
# leaves it; one level's police is: "về Công an cấp xã")
_MANY = regex.compile(r"(?<!\w)các(?!\w)", regex.V1)
# households in need a gift goes to, named by what they are, not a body: "trao 50 suất quà cho hộ
# nghèo", "… cho các hộ cận nghèo" (pupils given scholarships are no receiver: "… suất học bổng cho học
# sinh nghèo vượt khó")
_NEEDY = regex.compile(
    r"(?:các\s+)?hộ\s+(?:nghèo|cận nghèo|khó khăn|có hoàn cảnh khó khăn|gia đình chính sách)"
    r"(?:\s+(?:và|,)\s+(?:hộ\s+)?(?:nghèo|cận nghèo))?"
    # (or people or families in hardship, named by what they went through: "cho người sau cai nghiện có hoàn
    # cảnh khó khăn"; pupils are none)
    r"|(?:các\s+|những\s+)?(?:người|gia đình)\s+(?:[^\s,;.\d]+\s+){0,5}?"
    r"có hoàn cảnh(?:\s+đặc biệt)?\s+khó khăn",
    regex.V1)
# works the money goes to are no body that receives: "bố trí 70 tỷ đồng cho các công trình trụ sở Công an xã
# còn lại" (projects are kept: "bố trí 40 tỷ đồng cho các dự án chuyển đổi số", tests/test_commitments.py)
_WORKS_GIVEN_TO = regex.compile(r"(?:các\s+|những\s+)?(?:công trình|hạng mục|gói thầu)\b", regex.V1)
# a fund or the people of a trade a gift goes to, named by what they are, not a body: "tặng 20 triệu đồng
# cho quỹ phòng, chống ma túy của xã", "trao 40 phao cứu sinh cho ngư dân xã X, huyện Y"
_FUND_OR_FOLK = regex.compile(r"(?:các\s+|những\s+)?(?:quỹ|ngư dân)\s+\S", regex.V1)
# fishermen helped, by their commune if it is written: "hỗ trợ ngư dân xã X thay thế …"
_FOLK = regex.compile(r"(?:các\s+)?ngư dân(?:\s+(?:xã|phường|thị trấn)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*)?"
                      r"(?![\p{L}\d])", regex.V1)
# the district after the commune's comma, where the receiver ends: "ngư dân xã X, huyện Y"
# the places of a level at large, unnamed: "các xã biên giới", "các địa phương"
_PLACES_AT_LARGE = regex.compile(
    r"(?:các|những)\s+(?:xã|phường|thị trấn|huyện|quận|địa phương)(?:\s+\p{Ll}+)*", regex.V1)
_DISTRICT_AFTER = regex.compile(r",\s*(?:huyện|quận|thị xã)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*", regex.V1)
# the worth of each gift between the lot and its receiver: "trao 50 suất quà, mỗi suất trị giá 500.000 đồng
# cho …"
_EACH_WORTH = regex.compile(r",\s*(?:mỗi|từng)\s+\p{L}+\s+(?:trị giá\s+|giá trị\s+)?(?:khoảng\s+)?[\d.,]+"
                            r"\s*(?:triệu\s+|nghìn\s+)?đồng(?=\s+cho\s)", regex.V1)
# a word of the gift (its occasion or kind) between its unit and its receiver: "300 suất quà Tết cho …",
# "5 con bò giống cho 5 hộ …"
_GIFT_WORD = regex.compile(r"\s+(?:Tết Nguyên đán|Trung thu|[^\s\d,;.()]+)(?=\s+cho\s)", regex.V1)
_EQUIPMENT_NOUN = regex.compile(
    r"[^\s,;.()]+(?:\s+(?!(?:cho|để|và|trong|phục|trị giá|giá trị|với|có|được|tại|từ|của|đã|sẽ|nhằm"
    r"|gồm|mỗi|cùng|tổng|theo|đến|nhân)\b)[^\s,;.()]+){0,5}", regex.V1)
_TO = regex.compile(r"(?:thêm\s+)?cho\s+", regex.V1)
# a second kind of thing after "và", written with the same count noun and no count of its own
_MORE_OF_UNIT = regex.compile(r"\s+và\s+(?P<unit>\p{Ll}+)(?=\s+\p{Ll})", regex.V1)
# money given to buy what is counted after it: "bố trí 150 tỷ đồng (từ ngân sách tỉnh) để mua sắm "
_BOUGHT_WITH = regex.compile(
    r"(?<!\w)(?:đồng|USD)(?!\w)[^,;.]{0,60}?\s(?:để|nhằm)\s+(?:mua sắm|mua|trang bị)(?:\s+thêm)?\s+$",
    regex.V1)
# a second giving verb right after the first, one verb with it: "trao hỗ trợ", "trang bị bổ sung"
_SECOND_VERB = regex.compile(r"(?:hỗ trợ|bổ sung|tặng)\s+(?=\S)", regex.V1)
# the body a building or a fund is for, named after the work it pays for: "1 ha đất xây dựng trụ sở Công an
# xã X", "5 tỷ đồng để nâng cấp Trung tâm Y"
_WORK_FOR = regex.compile(
    # (the land's place between: "bàn giao quỹ đất 3,5 ha tại thành phố Cẩm Phả để xây dựng trụ sở …")
    # (or the money's source: "bố trí 5 tỷ đồng từ ngân sách tỉnh để sửa chữa, nâng cấp doanh trại Ban …")
    r"(?:\s+tại\s+[^,;.:\d]{1,40}?(?=\s+để\s)"
    r"|\s+từ\s+(?:nguồn\s+)?(?:ngân sách|vốn|kinh phí)(?:\s+[^\s,;.\d]+){0,3}?(?=\s+để\s))?"
    r"\s+(?:đất\s+)?(?:để\s+)?(?:(?:xây dựng|xây mới|sửa chữa|cải tạo|nâng cấp|mở rộng)(?:,\s*|\s+và\s+))?"
    r"(?:xây dựng|xây mới|sửa chữa|cải tạo|nâng cấp|mở rộng)\s+"
    r"(?:(?:trụ sở|nhà làm việc|doanh trại)(?:\s+làm việc)?\s+(?:của\s+|cho\s+)?)?(?=\p{Lu})", regex.V1)
# or the works on a body's own things, the body after "của": "hỗ trợ 2 tỷ đồng để sửa chữa các trạm quan sát
# của Đồn Biên phòng X", "bố trí 5 ha đất để xây dựng Trung tâm huấn luyện của Công an tỉnh"
_WORK_OF = regex.compile(
    r"\s+(?:đất\s+)?(?:để\s+)?(?:(?:xây dựng|xây mới|sửa chữa|cải tạo|nâng cấp|mở rộng)(?:,\s*|\s+và\s+))?"
    r"(?:xây dựng|xây mới|sửa chữa|cải tạo|nâng cấp|mở rộng)\s+(?:[^\s,;.\d]+\s+){1,6}?của\s+(?=\p{Lu})",
    regex.V1)
# a body written bare by its level after the work ("trụ sở Công an xã", "trụ sở UBND huyện")
_BARE_WORK_BODY = regex.compile(r"\p{Lu}[\p{L} ]{1,30}?[ ](?:tỉnh|huyện|quận|thị xã|xã|phường|thị trấn)"
                                r"(?![\p{L}\d]|[ ]+\p{Lu})", regex.V1)
# the words of a purpose between an amount and its "cho": "1 tỷ đồng sửa chữa doanh trại cho Đồn X"
_PURPOSE = regex.compile(r"(?:\s+(?!(?:và|cho)\b)[^\s,;.\d]+){1,6}?(?=\s+cho\s)", regex.V1)
# the last words of a thing's name longer than its noun keeps, before its "cho": "168 xe mô tô chữa cháy
# chuyên dụng cho …"
_NAME_ON = regex.compile(r"(?:\s+(?!(?:cho|và|để)\b)[^\s\d,;.()]+){1,2}(?=\s+cho\s)", regex.V1)
# a first gift's receiver, then the second gift: "30 bình chữa cháy cho các hộ kinh doanh và 16 xe mô tô"
# (the worth of each first gift may stand before its receiver: "50 suất quà, mỗi suất trị giá 500.000 đồng cho
# các hộ nghèo và 20 bộ đàm")
_JOINED_AFTER_RECEIVER = regex.compile(
    r"(?:,\s*(?:mỗi|từng)\s(?:[^;.\n]|\.(?=\d))+?)?\s+cho\s+[^\d,;.]{2,60}?\s+và\s+", regex.V1)
_REPORTED = regex.compile(r"\b(?:cho biết|khẳng định|thông báo|cam kết|nhấn mạnh)\b[\s,:]*", regex.V1)


def extract_commitments(document: Document, context: Context) -> list[Commitment]:
    """Resources promised in body sentences, one item per amount, in order (none in a report
    that is not about security and order)."""
    text = document.text
    bodies = body_starts(context)
    owners: list[tuple[int, str]] | None = None
    assert context.result is not None
    named = sorted(span for org in context.result.organizations for span in org.mentions)
    out: list[Commitment] = []
    title = title_passage(context)
    for passage in ([title] if title is not None else []) + passages(context):
        if passage is not title and title is not None and passage.start == title.start:
            continue  # the title block, read above
        building = False
        for start, end in passage.sentences:
            building = building or _BUILDING.search(text, start, end) is not None
            previous: Commitment | None = None
            items: list[Commitment] = []
            for amount in sorted([*find_amounts(text, start, end), *_quoted_houses(text, start, end),
                                  *_rooms(text, start, end), *_classified(text, start, end)],
                                 key=lambda a: a.start):
                owner = None
                if building:
                    owners = _owners(context) if owners is None else owners
                    owner = next((name for s, name in reversed(owners) if s < amount.start), None)
                near_start, near_end = around(text, (start, end), (amount.start, amount.end))
                item = _commitment(text, near_start, near_end, amount, building, bodies, previous, owner,
                                   tuple(n for n in named if start <= n[0] < end))
                if item is not None:
                    items.append(item)
                    previous = item
            items = _used_by(text, end, _shared_receiver(text, _paid_for(text, items)))
            items = _requested_by(text, start, items, bodies)
            items = _paid_from_budget(text, items)
            items = _gifts_of_one_occasion(text, items)
            if building:
                # a building funded in this very sentence is pledged, its date with it (the seed rule),
                # when that date is still to come
                funded = document.date if any(i.kind == "funding" for i in items) else None
                items += _by_builder(_completions(text, start, end, funded=funded), items)
            elif any(item.kind == "equipment" or (item.kind == "funding" and _INSTALLS.search(item.text))
                     for item in items):
                # the date things pledged are to be in place: "… lắp đặt 120 camera, hoàn thành trong quý
                # III"; money pledged to install them ("cam kết đầu tư 1 tỷ đồng lắp đặt hệ thống báo cháy,
                # hoàn thành trước ngày 31-3-2021") too
                # (by the one who gives them, as a building's date: "UBND huyện bố trí 2 tỷ đồng để lắp đặt 40
                # camera, hoàn thành trong quý I")
                items += _by_builder(_completions(text, start, end, "equipment"), items)
            if building:
                items += _headquarters_for(text, start, end, items)
            out += sorted(items, key=lambda c: c.span)
    if out and not security_report(context):  # asked only when there is something to keep
        return []
    if title is not None:
        out = _title_told_again(out, title.end)
    if out:
        out = [_with_names(item, context) for item in out]
    return out


def _title_told_again(items: list[Commitment], title_end: int) -> list[Commitment]:
    """A title's pledge the body tells again with its subject ("Huy động hơn 5.000 cán bộ, chiến sĩ …" over
    "Công an thành phố huy động hơn 5.000 cán bộ, chiến sĩ …") takes the body's giver, and its receiver
    where it names none: the same kind and unit and the count told again (`_told_again`), the first such
    after the title."""
    out = []
    for item in items:
        if item.span[0] < title_end and item.giver is None:
            again = next((i for i in items if i.span[0] >= title_end and i.giver is not None
                          and (i.kind, i.unit) == (item.kind, item.unit) and _told_again(item, i.amount)),
                         None)
            if again is not None:
                item = dataclasses.replace(item, giver=again.giver, receiver=item.receiver or again.receiver)
        out.append(item)
    return out


_MORE_THAN = regex.compile(r"(?<!\w)(?:hơn|trên)\s+\d", regex.V1)


def _told_again(title_item: Commitment, amount: float | None) -> bool:
    """Whether the body's `amount` is the title's: the same, or a little more where the title rounds it down
    ("Huy động hơn 3.000 cán bộ, chiến sĩ" over "huy động 3.150 cán bộ, chiến sĩ")."""
    if amount is None or title_item.amount is None:
        return amount == title_item.amount
    return amount == title_item.amount or (_MORE_THAN.search(title_item.text) is not None
                                           and title_item.amount < amount <= title_item.amount * 1.2)


# a house counted by the count noun before its quoted name: "xây dựng 1 căn "Nhà đồng đội" tặng gia đình …"
# (figures count no "căn" without "nhà"; the name is part of the span, the unit the count noun, rule 15)
_QUOTED_HOUSE = regex.compile(r"(?<![\w.,])(?P<num>\d{1,3})\s+(?P<unit>căn|ngôi)\s+[\"“][^\"”\n]{2,40}[\"”]",
                              regex.V1)


# rooms handed over with other things ("bố trí 1 xe ô tô … và 2 phòng làm việc tại trụ sở UBND xã"; the
# figures count no rooms)
# (or the rooms of a building after its floors: "nhà làm việc 2 tầng với 12 phòng", "… 3 tầng, gồm 15 phòng")
_AFTER_FLOORS = r"\d\s+tầng,?\s+(?:với|gồm|có)\s+"
_ROOMS = regex.compile(rf"(?:(?<![\w.,])|(?<={_AFTER_FLOORS}))(?P<num>\d{{1,2}})\s+(?P<unit>phòng)"
                       rf"(?:(?=\s+(?:làm việc|họp|tiếp dân)\b)|(?<={_AFTER_FLOORS}\d{{1,2}}\s+phòng))",
                       regex.V1)
# between a building's floors and its rooms
_FLOORS_THEN_ROOMS = regex.compile(r",?\s+(?:với|gồm|có)\s+", regex.V1)


def _rooms(text: str, start: int, end: int) -> list[Amount]:
    return [Amount(value=float(m.group("num")), unit=m.group("unit"), start=m.start(), end=m.end(),
                   number_start=m.start(), unit_start=m.start("unit"), at_least=False, approx=False,
                   whole=None)
            for m in _ROOMS.finditer(text, start, end)]


# a count with the classifier "chiếc" before its count noun: "trao tặng 30 chiếc xe đạp", "3 chiếc xe mô tô"
# (the
# figures read "30 xe đạp" alone); the unit is the noun after it
_CLASSIFIED = regex.compile(r"(?<![\w.,])(?P<num>\d{1,3}(?:\.\d{3})*)\s+(?P<cl>chiếc)\s+(?=\p{Ll})", regex.V1)


def _classified(text: str, start: int, end: int) -> list[Amount]:
    out = []
    for m in _CLASSIFIED.finditer(text, start, end):
        blanked = text[:m.start("cl")] + " " * len(m.group("cl")) + text[m.end("cl"):]
        out += [a for a in find_amounts(blanked, m.start(), end)
                if a.number_start == m.start("num") and a.unit not in MONEY_UNITS]
    return out


def _quoted_houses(text: str, start: int, end: int) -> list[Amount]:
    return [Amount(value=float(m.group("num")), unit=m.group("unit"), start=m.start(), end=m.end(),
                   number_start=m.start(), unit_start=m.start("unit"), at_least=False, approx=False,
                   whole=None)
            for m in _QUOTED_HOUSE.finditer(text, start, end)]


# between money and what it pays for, written right after it: "tài trợ 500 triệu đồng để xây dựng 7 căn nhà",
# "bố trí 12 tỷ đồng … để mua sắm 2 xe chữa cháy"
# (the body that buys may stand between: "hỗ trợ 1,5 tỷ đồng để Công an tỉnh mua sắm 20 bộ máy …")
_PAYS_FOR = regex.compile(r"\s+(?:để|nhằm)\s+(?:\p{Lu}[^,;.]{0,40}?\s+(?=mua|trang bị|lắp))?"
                          r"(?:(?:mua sắm|mua|trang bị|lắp đặt|lắp)(?:\s+thêm)?\s+)?", regex.V1)


def _paid_for(text: str, items: list[Commitment]) -> list[Commitment]:
    """Money and what it pays for, written right after it, share their giver and receiver: the things built
    take the money's giver ("BIDV cam kết sẽ tài trợ 500 triệu đồng để xây dựng 7 căn nhà"), the money the
    receiver of the things bought ("bố trí 12 tỷ đồng để mua sắm 2 xe … cho Phòng Cảnh sát PCCC")."""
    out = list(items)
    for i in range(len(out) - 1):
        money, what = out[i], out[i + 1]
        if money.kind != "funding" or what.kind not in ("construction", "equipment") \
                or _PAYS_FOR.fullmatch(text, money.span[1], what.span[0]) is None:
            continue
        if what.giver is None and money.giver is not None:
            out[i + 1] = what = dataclasses.replace(what, giver=money.giver)
        if money.receiver is None and what.receiver is not None:
            out[i] = dataclasses.replace(money, receiver=what.receiver)
    return out


# who is to use what is handed over, at the end of the sentence: "… 1 xe ô tô … và 2 phòng làm việc tại trụ sở
# UBND xã để Công an xã sử dụng"
_TO_USE = regex.compile(
    r"\s(?:để|cho)\s+(?P<r>\p{Lu}[^,;.\d]{2,60}?)\s+(?:sử dụng|làm trụ sở|làm việc)(?!\w)", regex.V1)


def _used_by(text: str, end: int, items: list[Commitment]) -> list[Commitment]:
    """Things and rooms with no receiver of their own go to the body the sentence says is to use them, written
    after the last of them."""
    if not items or all(i.receiver is not None for i in items):
        return items
    last = max(i.span[1] for i in items)
    use = _TO_USE.search(text, last, end)
    if use is None or not _TO_USE_GAP.fullmatch(text, last, use.start()):
        return items
    return [dataclasses.replace(i, receiver=use.group("r")) if i.receiver is None
            and i.kind in ("equipment", "construction") else i for i in items]


# what may stand between the last thing and whom it is for: where it is ("tại trụ sở UBND xã"), nothing else
_TO_USE_GAP = regex.compile(r"(?:\s+(?:tại|ở)\s+[^,;.\d]{2,60}?)?", regex.V1)


def _shared_receiver(text: str, items: list[Commitment]) -> list[Commitment]:
    """Things given alike and joined ("trang bị 1.500 xe mô tô và 320 xe ô tô cho Công an cấp xã") go to the
    receiver written after the last of them, where the first have none of their own."""
    out = list(items)
    for i in range(len(out) - 2, -1, -1):
        first, then = out[i], out[i + 1]
        if first.receiver is None and then.receiver is not None and first.kind == then.kind == "equipment" \
                and first.giver == then.giver and _JOINED.fullmatch(text, first.span[1], then.span[0]):
            out[i] = dataclasses.replace(first, receiver=then.receiver)
    return out


# gifts of one occasion, written one after another with ";": "Dịp này, UBND huyện trao tặng Công an xã X 1 xe
# ô tô; Công an tỉnh trao 50 triệu đồng hỗ trợ mua sắm trang thiết bị"
_GIFT_VERB = regex.compile(r"(?<!\w)(?:trao tặng|tặng|trao)(?!\w)", regex.V1)
_OWN_CHO = regex.compile(r"(?<=\d[^;]*)\scho\s", regex.V1)


def _gifts_of_one_occasion(text: str, items: list[Commitment]) -> list[Commitment]:
    """A gift with its own giver and no receiver, written after another body's gift and a ";", goes to the
    receiver of that gift."""
    out = list(items)
    for i in range(1, len(out)):
        before, gift = out[i - 1], out[i]
        if gift.receiver is None and before.receiver is not None and gift.giver is not None \
                and gift.giver != before.giver and gift.kind in ("funding", "equipment", "other") \
                and ";" in text[before.span[1]:gift.span[0]] and _GIFT_VERB.search(gift.text) \
                and _GIFT_VERB.search(before.text) \
                and _OWN_CHO.search(text, gift.span[0], min(len(text), gift.span[1] + 6)) is None:
            # (not a gift whose own receiver is written, though not read: "…; Công ty X trao tặng 100 triệu
            # đồng cho Quỹ Phòng, chống tội phạm tỉnh")
            out[i] = dataclasses.replace(gift, receiver=before.receiver)
    return out


# a grant in answer to a body's request, the sentence's opening: "Trước kiến nghị của Công an tỉnh, Bí thư
# Tỉnh ủy đồng ý giao UBND tỉnh bố trí 8 tỷ đồng …"
_ANSWERING = regex.compile(
    r"(?:[Tt]rước|[Vv]ề|[Tt]heo|[Đđ]áp ứng|[Tt]iếp thu)\s+(?:các\s+|những\s+)?(?:kiến nghị|đề xuất|đề nghị)"
    r"\s+của\s+(?P<body>[^,;.\d]{2,60}?)\s*,", regex.V1)


def _requested_by(text: str, start: int, items: list[Commitment], bodies: frozenset[int]) -> list[Commitment]:
    """Commitments with no receiver of their own in a sentence that opens by answering a body's request go to
    that body (not a building, which is for whom it houses)."""
    if not items:
        return items
    asked = _ANSWERING.match(text, start)
    if asked is None or _BARE_LEVEL.fullmatch(asked.group("body")) \
            or not looks_like_body(text, asked.start("body"), asked.end("body"), bodies):
        return items  # ("Về các kiến nghị của tỉnh, …": the province's needs at large, no one receiver)
    return [dataclasses.replace(item, receiver=asked.group("body"))
            if item.receiver is None and item.amount is not None and item.kind != "construction"
            and item.giver != asked.group("body") else item
            for item in items]


# a body written by its kind and level alone, the place left to the report: "UBND tỉnh", "Công an huyện"
_BARE_BODY = regex.compile(
    r"(?:Đoàn Thanh niên\s+)?"  # a body's youth union: "Đoàn Thanh niên Công an tỉnh"
    r"(?:Công an|CA|UBND|Ủy ban nhân dân|Bộ Chỉ huy Quân sự|Ban Chỉ huy Quân sự|Bộ Chỉ huy Bộ đội Biên phòng"
    r"|(?:BCĐ|Ban Chỉ đạo)\s+\d{2,3})"
    r"\s+(?P<level>tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu|Thủ đô)|(?P<level>Cục)",
    regex.V1)
# a city written by its level word or as the capital, and the names of that level a body may have
_CITY_NAME = r"(?:[Tt]hành phố|T[Pp]\.?)\s*\p{Lu}[\p{L}\s.]*"
_CITY_LEVELS = {"thành phố": _CITY_NAME, "TP": _CITY_NAME,
                "Thủ đô": r"(?:(?:[Tt]hành phố|T[Pp]\.?)\s*)?Hà\s+Nội"}
_LEVELS = {"tỉnh": ("province",), "thành phố": ("province", "district"), "TP": ("province", "district"),
           "Cục": (), "huyện": ("district",),
           "quận": ("district",), "thị xã": ("district",), "xã": ("commune",), "phường": ("commune",),
           "thị trấn": ("commune",), "đặc khu": ("commune",)}  # (a special zone is of the communes' level)


# a Party committee named by its level alone, a whole name whose place is the report's: "Tỉnh ủy"
# (and a youth union's committee by its level alone: "Tỉnh Đoàn" for "Tỉnh Đoàn Cà Mau", rule 12)
_PARTY_COMMITTEE = regex.compile(r"(?:Tỉnh|Thành|Huyện|Quận|Thị) (?:ủy|Đoàn)", regex.V1)
_COMMITTEE_LEVELS = {"Tỉnh ủy": ("province",), "Huyện ủy": ("district",), "Quận ủy": ("district",)}
# a board of a Party committee named by its level alone: "Ban Tổ chức Tỉnh ủy", "Văn phòng Thành ủy"
_OF_PARTY_COMMITTEE = regex.compile(r"\p{Lu}.*\s(?P<committee>(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy)", regex.V1)
# a body's name whose place is left to the report: "Chi cục Kiểm lâm tỉnh", "Bộ Chỉ huy … tỉnh"
_PART_NAME = regex.compile(
    r"^\p{Lu}.*\s(?:tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường|thị trấn)$", regex.V1)


def _incomplete(name: str) -> bool:
    """Whether a capitalized name is only a body's first words, no body of its own ("Sở", "Bộ Tư lệnh",
    "Đồn"), unlike a whole name written without its place ("Tỉnh ủy", named by `_PARTY_COMMITTEE`)."""
    if not name[:1].isupper():
        return False
    body = match_body(name, 0)
    return body is None or body.end < len(name)


# the budget of a level of government, right after money: "tổng kinh phí 6,8 tỷ đồng từ ngân sách tỉnh"
# (not "từ ngân sách của …", whose owner _FUNDS_OF reads, nor the state's or the Ministry's); two budgets,
# "từ nguồn ngân sách tỉnh và ngân sách huyện", give no one giver
_FROM_BUDGET = regex.compile(
    r"\s+từ\s+(?:nguồn\s+)?(?:vốn\s+)?ngân sách\s+(?P<level>tỉnh|thành phố|huyện|xã)(?![\p{L}])"
    r"(?!\s*(?:và|,)\s*(?:nguồn\s+)?(?:ngân sách|vốn|nguồn|xã hội hóa))", regex.V1)
_CLAUSE_STOP = regex.compile(r"[,;.]|$", regex.V1)


def _paid_from_budget(text: str, items: list[Commitment]) -> list[Commitment]:
    """Money paid "từ ngân sách tỉnh" with no giver of its own is the province's, its People's Committee
    (rule 12; named in full later, as a bare "tỉnh" is), and so is the building of its sentence that it
    pays for, its area and floors with no giver of their own ("Công trình được xây dựng trên diện tích 1.200
    m2, gồm nhà làm việc 2 tầng, …, với tổng kinh phí 6,8 tỷ đồng từ ngân sách tỉnh")."""
    paid, level = None, ""
    for item in items:
        if item.kind == "funding" and item.giver is None:
            stop = _CLAUSE_STOP.search(text, item.span[1])
            found = _FROM_BUDGET.search(text, item.span[0],
                                        stop.start() if stop is not None else item.span[1])
            if found is not None:
                paid, level = item, found.group("level")
                break
    if paid is None:
        return items
    if any(i.giver is not None for i in items if i.kind in ("funding", "construction")):
        return [dataclasses.replace(i, giver=level) if i is paid else i for i in items]
    return [dataclasses.replace(i, giver=level) if i is paid or (i.kind == "construction" and i.giver is None
                                                                 and i.span[0] < paid.span[0]) else i
            for i in items]


def _with_names(item: Commitment, context: Context) -> Commitment:
    """A giver or receiver written bare ("UBND tỉnh", "Công an huyện") named with its place: the one
    body of that form the report names in full ("Công an tỉnh Khánh Hòa"), else the report's one place
    of that level (the event's first, then the report's); a bare "Cục" the one department the report
    names; a Party committee by its level ("Tỉnh ủy") the one the report names in full, else as written."""
    own = _DIRECTORATE.match(item.giver or "")  # "Ban Giám đốc Công an tỉnh sẽ trang bị …": the police gives
    giver = _full_name(item.giver[own.end():] if own is not None and item.giver else item.giver, context)
    if giver is not None and giver == item.giver and _BARE_BODY.fullmatch(giver):
        giver = _named_in_paragraph(giver, item.span[0], context) or giver
    receiver = _full_name(item.receiver, context)
    if receiver is not None and _OWN_UNIT.fullmatch(receiver) and receiver != "Bộ":
        # "tặng đơn vị 50 triệu đồng", "trang bị cho đơn vị 8 máy": the unit the report is about
        receiver = _unit_reported(context, giver) or receiver
    if receiver is not None and receiver == item.receiver and _BARE_BODY.fullmatch(receiver) \
            and item.text.endswith(" " + receiver) and _WORK_FOR.search(item.text):
        receiver = None  # "… sửa chữa trụ sở Công an xã" with no one commune's police named in full
    if giver is not None and _OWN_UNIT.fullmatch(giver):
        # (of an item of a list, the one who speaks at its lead line: "… đơn vị sẽ:")
        lead = _list_lead(context.document.text, item.span[0])
        giver = _speaker_body(item.span[0] if lead is None else lead[0], context) \
            or (_title_body(context) if giver[0] in "Đđ" else None) or giver
    if giver is not None and giver == item.giver:
        giver = _held_by(giver, item.span[0], context) or _with_level_word(giver, context) or giver
    if giver is None and _GIFT.match(item.text):
        # "Dịp này, Giám đốc trao tặng …": an office alone the subject reader takes for no body
        office = _OFFICE_SUBJECT.search(context.document.text, max(0, item.span[0] - 40), item.span[0])
        giver = _held_by(office.group("office"), item.span[0], context) if office is not None else None
    if receiver is not None and receiver == item.receiver:
        receiver = _with_level_word(receiver, context) or receiver
    if giver == item.giver and receiver == item.receiver:
        return item
    return dataclasses.replace(item, giver=giver, receiver=receiver)


# a gift's verb, and an office alone as the subject right before it, from its clause's start ("Dịp này, Giám
# đốc trao tặng …", "Giám đốc Công an tỉnh cũng tặng …" is read as a body's)
_GIFT = regex.compile(r"(?:trao[ ]tặng|tặng|trao)(?![\p{L}])", regex.V1)
_OFFICE_SUBJECT = regex.compile(
    r"(?:^|(?<=[,;:.][ ])|(?<=\n))(?P<office>\p{Lu}\p{Ll}*(?:[ ]\p{L}+){0,3}?)[ ]+"
    r"(?:đã[ ]+|cũng[ ]+|vừa[ ]+)?$", regex.V1)


def _held_by(title: str, pos: int, context: Context) -> str | None:
    """A giver written as a head's office alone ("Dịp này, Bộ trưởng trao tặng …"): the body of the person
    named last before pos whose position is that office ("Bộ trưởng Công an Trần Đại Quang" -> "Bộ Công
    an", "Giám đốc Công an tỉnh" -> the provincial police named in full); None when it is no office or no
    one named holds it."""
    assert context.result is not None
    alone = match_title(title, 0)
    if alone is None or alone.kind != "position" or alone.end != len(title) or alone.body:
        return None
    held = [(s, position) for person in context.result.people for position in person.positions
            if position.startswith(title + " ") for s, _e in person.mentions if s < pos]
    if not held:
        return None
    position = max(held)[1]
    office = match_title(position, 0)
    body = office.body if office is not None and office.body else _position_body(position, context)
    return _full_name(body, context) if body else None


def _with_level_word(name: str, context: Context) -> str | None:
    """A body written with its place but without the place's level word ("Công an Nghệ An"): the one body
    the report names in full with that level word ("Công an tỉnh Nghệ An"), as rule 12 names it; None
    when the report names it so already or names no one such body."""
    assert context.result is not None
    names = {org.name for org in context.result.organizations}
    if name in names or " " not in name:
        return None
    found = {n for n in names
             for level in _LEVEL_WORDS.finditer(n)
             if n[:level.start()] + n[level.end():] == name}
    return found.pop() if len(found) == 1 else None


# a level word inside a body's name, before its place ("Công an tỉnh Nghệ An", "UBND huyện Kỳ Sơn")
_LEVEL_WORDS = regex.compile(r"(?<= )(?:tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường|thị trấn) (?=\p{Lu})",
                             regex.V1)


def _named_in_paragraph(name: str, pos: int, context: Context) -> str | None:
    """A bare body the report names in full more than once in more than one place ("UBND thành phố Hà Nội",
    "UBND thành phố Cần Thơ"): the one named last before pos in its paragraph ("ông …, Phó Chủ tịch UBND
    thành phố Cần Thơ thông tin, …; UBND thành phố sẽ bố trí 15 tỷ đồng …")."""
    assert context.result is not None
    text = context.document.text
    paragraph = text.rfind("\n", 0, pos) + 1
    found = [(s, org.name) for org in context.result.organizations if org.name.startswith(name + " ")
             for s, _ in org.mentions if paragraph <= s < pos]
    return max(found)[1] if found else None


# a police's board of directors, who give for the police they direct
_DIRECTORATE = regex.compile(r"Ban [Gg]iám đốc\s+(?=Công an\s)", regex.V1)
# a unit with its police written bare after it: "Phòng Cảnh sát đường thủy Công an tỉnh"
_UNIT_OF_BARE_POLICE = regex.compile(r"(?P<unit>.+?)[ ]Công an (?:tỉnh|thành phố|TP|huyện|quận|thị xã)")


def _coded_in_full(code: str, context: Context) -> str | None:
    """The one department the report names in full with its code in brackets after it ("Cục Cảnh sát quản lý
    hành chính về trật tự xã hội (C06)"), or None."""
    assert context.result is not None
    text = context.document.text
    after = (f"({code})", f" ({code})")
    written = {org.name for org in context.result.organizations if org.name.startswith("Cục ")
               and any(text.startswith(after, e) for _s, e in org.mentions)}
    return written.pop() if len(written) == 1 else None


def _full_name(name: str | None, context: Context) -> str | None:
    if not name:
        return name
    assert context.result is not None
    name = _unabbreviated(name, context)
    coded = _DEPARTMENT_CODE.fullmatch(name)
    if coded is not None:
        return _coded_in_full(coded.group("code"), context) or name
    bare = _UNIT_OF_BARE_POLICE.fullmatch(name)
    if bare is not None and any(org.name == bare.group("unit") for org in context.result.organizations):
        return bare.group("unit")  # the unit as the organizations name it (GOLD rule 1, as 151's receiver)
    if _BARE_LEVEL.fullmatch(name):
        return _government(name, context)
    alone = _KIND_ALONE.fullmatch(name)
    if alone is not None:  # "ngân hàng", "công ty", "Vùng": the report's one body of that kind, else none
        kind = alone.group("kind")
        kind = kind[0].upper() + kind[1:]
        heads = tuple(h + " " for h in _KIND_HEADS.get(kind, (kind,)))
        of_kind = {org.name for org in context.result.organizations
                   if org.name.startswith(heads) or org.name.startswith("Bộ Tư lệnh " + kind + " ")}
        # (a name inside a longer one is that body: "Tập đoàn X" in "Công ty CP Tập đoàn X")
        of_kind = {n for n in of_kind if not any(n != other and n in other for other in of_kind)}
        return of_kind.pop() if len(of_kind) == 1 else None
    # the one body the report names in full with these first words ("Sở", "Bộ Tư lệnh", "Đồn",
    # "Chi cục Kiểm lâm tỉnh" for "Sở Lao động - Thương binh và Xã hội", "Bộ Tư lệnh Bộ đội Biên phòng", …)
    named = {org.name for org in context.result.organizations
             if org.name[len(name):len(name) + 1] in (" ", ".") and org.name.startswith(name)
             and not org.name[len(name) + 1:].startswith("các ")}
    if name == "Bộ":  # a ministry, not the Politburo or a command that a "Bộ …" name may be
        named = {n for n in named if not _NO_MINISTRY.match(n)}
    party = _OF_PARTY_COMMITTEE.fullmatch(name)
    if party is not None and not named:  # "Ban Tổ chức Tỉnh ủy": the committee the report names in full
        committees = {org.name for org in context.result.organizations
                      if org.name.startswith(party.group("committee") + " ")}
        if len(committees) == 1:
            return name[:party.start("committee")] + committees.pop()
    if party is not None and not named and party.group("committee") in _COMMITTEE_LEVELS:
        # a committee's board, the committee named in full nowhere ("Thay mặt Ban Thường vụ Tỉnh ủy, …"): the
        # report's one place of that level (a committee alone, "Tỉnh ủy", below)
        place = _one_place(_COMMITTEE_LEVELS[party.group("committee")], context)
        if place is not None:
            return f"{name} {place}"
    if not named and name in _COMMITTEE_LEVELS:
        # a committee alone ("Huyện ủy hỗ trợ CA huyện 30 triệu đồng"), named in full nowhere: the report's
        # one place of its level (rule 12), written at least once with the committee's level word ("huyện
        # X"; a city's is a "Thành ủy"), else as written
        place = _one_place(_COMMITTEE_LEVELS[name], context)
        return f"{name} {place}" if place is not None and _written_with_level(place, name, context) else name
    bare = _BARE_BODY.fullmatch(name)
    if bare is not None and not named and bare.group("level") in _CITY_LEVELS:
        # "Công an thành phố" for "Công an TP Cần Thơ", "Công an Thủ đô" for "Công an TP Hà Nội": the one
        # body of that kind the report names in full with its city, however it writes the city's level
        city = _CITY_LEVELS[bare.group("level")]
        named = {org.name for org in context.result.organizations
                 if regex.fullmatch(regex.escape(name[:bare.start("level")]) + city, org.name, regex.V1)}
        if bare.group("level") == "Thủ đô":
            return named.pop() if len(named) == 1 else name
    if not named:
        # "Ban ATGT tỉnh" for "Ban An toàn giao thông tỉnh Vĩnh Phúc": the one body the report writes in full
        # whose words the abbreviation's letters begin, rather than one built from the abbreviation
        spelled = {org.name for org in context.result.organizations if _spells_out(name, org.name)}
        if len(spelled) == 1:
            return spelled.pop()
    if len(named) == 1 and (bare is not None or _PART_NAME.search(name) or _incomplete(name)
                            or _PARTY_COMMITTEE.fullmatch(name) or _short_mention(name, named, context)):
        return named.pop()
    part = _PART_NAME.search(name)
    if bare is None and part is not None and not named:
        # "Ban Chỉ đạo tỉnh" for "Ban Chỉ đạo phòng, chống tội phạm, … tỉnh Ninh Bình": the one body the
        # report names in full with these first words and this level word before its place (rule 12)
        head, level = name.rsplit(" ", 1)
        longer = {org.name for org in context.result.organizations
                  if org.name.startswith(head + " ") and f" {level} " in org.name[len(head):]}
        if len(longer) == 1:
            return longer.pop()
        # a body's name with its level word and no place ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh",
        # "Trung tâm Chữa bệnh - Giáo dục - Lao động xã hội tỉnh"), no body of the report named in full with
        # these words: the report's one place of that level (rule 12)
        level = "thành phố" if name.endswith("thành phố") else name.rsplit(" ", 1)[-1]
        place = _one_place(_LEVELS[level], context)
        return name if place is None else f"{name} {place}"
    if bare is None or named:
        return name
    level = bare.group("level")
    place = (_written_city(context) if level in ("thành phố", "TP") else None) or _one_place(_LEVELS[level],
                                                                                             context)
    return name if place is None else f"{name} {place}"


_ABBREVIATION = regex.compile(r"\p{Lu}{2,6}", regex.V1)


def _initial(word: str) -> str:
    """A word's first letter without its tone and vowel marks ("Ủy" -> "U"; "Đ" stays)."""
    return unicodedata.normalize("NFD", word)[:1].upper()


def _spells_out(name: str, full: str) -> bool:
    """Whether `full` is `name` with its abbreviations written out and maybe a place after it: "Ban ATGT
    tỉnh" -> "Ban An toàn giao thông tỉnh Vĩnh Phúc" (an abbreviation in it at least)."""
    short, words = name.split(), full.split()
    if not any(_ABBREVIATION.fullmatch(w) for w in short):
        return False
    j = 0
    for word in short:
        if _ABBREVIATION.fullmatch(word):
            run = words[j:j + len(word)]
            if len(run) < len(word) or any(_ABBREVIATION.fullmatch(w) for w in run) \
                    or any(_initial(w) != letter for w, letter in zip(run, word, strict=True)):
                return False
            j += len(word)
        elif j < len(words) and words[j] == word:
            j += 1
        else:
            return False
    return True


def _short_mention(name: str, named: set[str], context: Context) -> bool:
    """Whether the report writes the body it names in full short as `name` ("Phòng CSGT" for "Phòng CSGT
    Công an TP.HCM"), as the organizations found have it."""
    return not _written_as(name, context).isdisjoint(named)


def _written_as(words: str, context: Context) -> set[str]:
    """The names of the organizations found that the report writes, at least once, as `words`."""
    assert context.result is not None
    text = context.document.text
    return {org.name for org in context.result.organizations
            if any(text[s:e] == words for s, e in org.mentions)}


_CITY_WORD = regex.compile(r"(?<!\w)(?:[Tt]hành phố|T[Pp]\.?)\s*$", regex.V1)


def _written_city(context: Context) -> str | None:
    """The report's one place written as a city ("TP. Vũng Tàu", "thành phố Hạ Long"), for a body named
    "… thành phố" alone: a province named beside it (by an outlet's tag or as the city's province) is no
    city; None where the report writes no city or two."""
    assert context.result is not None
    text = context.document.text
    cities = {loc.name for loc in context.result.localities if loc.level in ("province", "district")
              and any(_CITY_WORD.search(text, max(0, s - 12), s) for s, _e in loc.mentions)}
    return cities.pop() if len(cities) == 1 else None


def _written_with_level(place: str, committee: str, context: Context) -> bool:
    """Whether the report writes `place` at least once after the level word of `committee` ("huyện" for
    "Huyện ủy")."""
    assert context.result is not None
    text = context.document.text
    word = committee.split()[0].lower() + " "
    return any(text[max(0, s - len(word)):s].lower() == word
               for loc in context.result.localities if loc.name == place for s, _e in loc.mentions)


def _one_place(levels: tuple[str, ...], context: Context) -> str | None:
    """The report's one place of these levels: the first event's, else the report's; None where the first
    of them to name any names two."""
    assert context.result is not None
    places = {loc.name: loc.level for loc in context.result.localities}
    current = {loc.name: loc.current_name for loc in context.result.localities}
    # (a report written after the 2025 reorganisation: two places of its event merged into one of them,
    # "sau hợp nhất tỉnh X và tỉnh Y", are now X; before it, they are two)
    merged_since = written_after_merger(context.document.date)
    for event in context.result.events[:1]:
        for level in levels:
            at = [p for p in event.localities if places.get(p) == level]
            merged = {current.get(p) for p in at}
            if merged_since and len(at) > 1 and len(merged) == 1 and (one := merged.pop()) in at:
                return one
            if at:
                return at[0] if len(at) == 1 else None
    for level in levels:
        at = [loc.name for loc in context.result.localities if loc.level == level]
        # provinces merged into one the report names ("tỉnh Gia Lai và tỉnh Bình Định trước hợp nhất",
        # both now Gia Lai): that one
        merged = {loc.current_name for loc in context.result.localities if loc.level == level}
        if len(at) > 1 and len(merged) == 1 and (one := merged.pop()) in at:
            return one
        if at:
            return at[0] if len(at) == 1 else None
    return None


# a place written by its level alone as the giver: its People's Committee ("tỉnh sẽ hỗ trợ …", "Thành
# phố sẽ bố trí …")
_BARE_LEVEL = regex.compile(r"[Tt]ỉnh|[Tt]hành phố|TP|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Xx]ã|[Pp]hường|[Tt]hị trấn",
                            regex.V1)
_CITY = r"thành phố|Thành phố|TP\.?"
_LEVEL_FORMS = {"tỉnh": r"tỉnh", "thành phố": _CITY, "tp": _CITY, "huyện": r"huyện", "quận": r"quận",
                "thị xã": r"thị xã", "xã": r"xã", "phường": r"phường", "thị trấn": r"thị trấn"}
_COMMITTEE = regex.compile(r"(?:UBND|Ủy ban nhân dân)\s+(?P<level>tỉnh|thành phố|Thành phố|TP\.?|huyện|quận"
                           r"|thị xã|xã|phường|thị trấn)\s*\p{Lu}", regex.V1)
_SPACES = regex.compile(r"\s+", regex.V1)
# "Bộ …" names that are no ministry
_NO_MINISTRY = regex.compile(r"Bộ (?:Chính trị|Tư lệnh|Chỉ huy|đội)", regex.V1)
# a body named as the speaker's own: "đơn vị sẽ bố trí …", "Bộ sẽ bố trí …" (no one ministry named)
_OWN_UNIT = regex.compile(r"[Đđ]ơn vị|Bộ", regex.V1)


def _government(name: str, context: Context) -> str:
    """The People's Committee of a place written by its level alone: the one of that level the report
    names in full ("UBND xã Mậu A"), else the report's one place of that level with the level word as the
    report writes it before that place ("UBND TP Đà Nẵng"); as written where the report has no one place."""
    assert context.result is not None
    level = name.lower()
    forms = regex.compile(_LEVEL_FORMS[level], regex.V1)
    committees = {org.name for org in context.result.organizations
                  if (m := _COMMITTEE.match(org.name)) is not None and forms.fullmatch(m.group("level"))}
    if len(committees) == 1:
        return committees.pop()
    city = _written_city(context) if level in ("thành phố", "tp") else None
    place = city or _one_place(_LEVELS["thành phố" if level == "tp" else level], context)
    if place is None:
        return name
    written = regex.search(r"(?<!\w)(?:" + _LEVEL_FORMS[level] + r")\s*" + regex.escape(place) + r"(?!\w)",
                           context.document.text, regex.V1)
    return "UBND " + (_SPACES.sub(" ", written.group()) if written is not None else f"{level} {place}")


def _unit_reported(context: Context, giver: str | None) -> str | None:
    """The unit a report is about: the place of its event when that is a body the report names (the unit
    visited), else the first body it names (its title's), when that is not the giver; None otherwise."""
    assert context.result is not None
    names = [org.name for org in context.result.organizations]
    place = next((e.place for e in context.result.events if e.place), None)
    unit = place if place in names else (names[0] if names else None)
    return unit if unit is not None and unit != giver else None


def _title_body(context: Context) -> str | None:
    """The body a report's title opens with ("BĐBP An Giang tổng kết công tác biên phòng năm 2022"): the unit
    its own paragraphs call "đơn vị" where no one speaks ("Năm 2022, đơn vị đã phối hợp xây dựng, bàn giao 15
    căn nhà …")."""
    assert context.result is not None
    if not context.document.title:
        return None
    start = context.document.text.find(context.document.title)
    if start < 0:
        return None
    return next((org.name for org in context.result.organizations
                 if any(s == start for s, _ in org.mentions)), None)


def _speaker_body(pos: int, context: Context) -> str | None:
    """The body of the one who speaks at pos ("Đại tá X, Tư lệnh Vùng Cảnh sát biển 3 cho biết, đơn vị sẽ
    bố trí …"): the body in the position of the person named last before pos in its paragraph."""
    assert context.result is not None
    paragraph = next((p for p in passages(context) if p.start <= pos < p.end), None)
    if paragraph is None:
        return None
    named = [(s, person) for person in context.result.people for s, _e in person.mentions
             if paragraph.start <= s < pos]
    if not named:
        return None
    person = max(named, key=lambda n: n[0])[1]
    for position in person.positions:
        if position.startswith(("Ủy viên", "Đại biểu")):
            continue
        body = _position_body(position, context)
        if body is not None:
            return body
    return None


def _position_body(position: str, context: Context) -> str | None:
    """The body a position is held in ("Trưởng Công an phường X" -> "Công an phường X"), named as the
    report names it in full ("Tư lệnh Vùng Cảnh sát biển 3" -> "Bộ Tư lệnh Vùng Cảnh sát biển 3")."""
    assert context.result is not None
    names = [org.name for org in context.result.organizations]
    for i in range(1, len(position)):
        if position[i - 1] != " ":
            continue
        body = match_body(position, i)
        if body is None:
            continue
        words = position[i:body.end]
        if words in names:
            return words
        longer = {n for n in names if n.endswith(" " + words)}
        if len(longer) == 1 and " " in words:
            return longer.pop()
        full = _full_name(words, context)
        return None if full is None or _BARE_BODY.fullmatch(full) else full
    return None


# a short form the report gives a body in brackets ("Ngân hàng TMCP Ngoại thương Việt Nam (VCB)"), or a
# company's brand ("… Công Thương Việt Nam (VietinBank)", as the organizations reader takes it)
_SHORT_FORM = regex.compile(r"\p{Lu}[\p{Lu}\d&-]{1,9}|[A-Z][a-z]{3,}(?:[A-Z][a-z]*)*", regex.V1)


def _unabbreviated(words: str, context: Context) -> str:
    """`words` with a first word that is a short form of a body the report names written out in full:
    "VCB chi nhánh Sóc Trăng" -> "Ngân hàng TMCP Ngoại thương Việt Nam chi nhánh Sóc Trăng"."""
    first, _, rest = words.partition(" ")
    if not _SHORT_FORM.fullmatch(first):
        return words
    full = _written_as(first, context) - {first}
    if len(full) != 1:
        return words
    return " ".join((full.pop(), rest)).strip()


# A norm per unit is a goal (targets.py), whatever its unit counts, and no resource given (staff, teams,
# checkpoints): a sentence or part
# opening with "Mỗi <unit>" ("Mỗi điểm thi có ít nhất 2 cán bộ …", "; mỗi xã … thành lập ít nhất 1 tổ"),
# or a floor counted per day or night ("… lập ít nhất 2 chốt kiểm soát mỗi đêm").
_NORM_OPEN = regex.compile(
    r"[\s,]*[Mm]ỗi\s+(?!(?:năm|tháng|ngày|tuần|quý|đêm|lần|khi|người dân)\b)\p{L}", regex.V1)
_PER_PERIOD = regex.compile(r"\s+(?:\p{L}+\s+){0,3}?mỗi\s+(?:ngày|đêm|tuần|tháng|quý|ca)\b", regex.V1)


def per_unit_norm(text: str, sentence_start: int, segment: int, amount: Amount) -> bool:
    if amount.at_least and _PER_PERIOD.match(text, amount.end):
        return True
    opens = _NORM_OPEN.match(text, segment) or _NORM_OPEN.match(text, sentence_start)
    return bool(opens) and amount.at_least


# forces and boats already sent to a disaster or an incident ("Công an tỉnh đã huy động hơn 3.200 cán bộ,
# chiến sĩ, 45 xuồng …"): a response carried out, reported, not a resource pledged
_RESPONDED = regex.compile(r"\bđã\s+(?:kịp thời\s+)?huy động\b", regex.V1)
# … or sent to one without "đã" ("Công an tỉnh huy động 1.500 cán bộ, chiến sĩ, 42 xuồng … tham gia ứng cứu",
# a drill's "huy động 60 cán bộ, chiến sĩ … tham gia cứu nạn, cứu hộ"), unless a plan or a pledge sends them
# (and forces sent to the scene: "điều động 120 cán bộ, chiến sĩ cùng 12 xe chữa cháy đến hiện trường")
_RESPONSE = regex.compile(r"[^.;\n]*?\b(?:tham gia\s+(?:ứng cứu|cứu nạn|cứu hộ|tìm kiếm|chữa cháy|khắc phục)"
                          r"|(?:đến|tới|có mặt tại)\s+hiện trường)\b", regex.V1)
_PLANNED = regex.compile(r"(?<!\w)(?:sẽ|dự kiến|cam kết|kế hoạch|phương án|đồng ý|thống nhất|nhất trí)(?!\w)",
                         regex.V1)
# things deployed ("Vùng huy động 6 tàu tuần tra", "sẽ điều động thêm 10 xuồng cứu hộ") and things a body
# pledges to install ("Công an phường sẽ lắp đặt thêm 30 camera"; installed, they are a result)
_MOVED = regex.compile(r"(?<!\w)(?:huy động|điều động|điều chuyển)(?:\s+thêm)?\s*$", regex.V1)
_INSTALLED = regex.compile(r"(?<!\w)(?<!(?:để|nhằm)\s)(?:lắp đặt|lắp)(?:\s+(?:thêm|mới))?\s*$",
                            regex.V1 | regex.IGNORECASE)
# classes held and dogs put to work, pledged: "sẽ tổ chức miễn phí 10 lớp tập huấn" (held, they are a result)
_HELD = regex.compile(r"(?<!\w)(?:tổ chức|mở|đưa vào sử dụng)(?:\s+(?:thêm|mới|miễn phí))?\s*$",
                      regex.V1 | regex.IGNORECASE)
# an item of a list ("– Lắp đặt thêm 2 máy …") under a lead line that pledges it ("… đơn vị sẽ:")
_LIST_ITEM = regex.compile(r"[ \t]*[–\-+•][ \t]", regex.V1)


def _lead_start(text: str, pos: int) -> int | None:
    """For an item of a list, where the last sentence of the line ending in ":" that leads the list starts;
    None for any other text."""
    heading = list_heading(text, pos, _LIST_ITEM)
    if heading is None:
        return None
    line, line_end = heading
    return max(line, max(text.rfind(c, line, line_end) for c in ".;") + 1)


def _plan_start(text: str, pos: int) -> int:
    """Where the words that may pledge the amount at `pos` start: its sentence, or, for an item of a list,
    the last sentence of the line ending in ":" that leads the list."""
    lead = _lead_start(text, pos)
    return _sentence_start(text, pos) if lead is None else lead


def _list_lead(text: str, pos: int) -> tuple[int, int] | None:
    """For an item of a list, the last clause of the lead line ending in ":" ("… trong năm 2024 đơn vị sẽ:"),
    without its colon; None for any other text."""
    lead = _lead_start(text, pos)
    if lead is None:
        return None  # no list item: its own sentence
    colon = text.find(":", lead)
    if colon < 0 or colon > pos:
        return None
    clause = max(lead, text.rfind(",", lead, colon) + 1)
    while clause < colon and text[clause] == " ":
        clause += 1
    return clause, colon


# training places: "đào tạo tiếng Việt cho 30 cán bộ", "hỗ trợ đào tạo 40 lượt cán bộ", "tiếp nhận 300 học
# viên của Bộ X sang đào tạo"
_TRAINING = regex.compile(
    r"(?<!\w)(?:hỗ trợ\s+)?(?:đào tạo|bồi dưỡng|tập huấn)(?:\s+[^\s,;.\d]+){0,3}?(?:\s+cho)?\s*$", regex.V1)
_RECEIVED = regex.compile(r"(?<!\w)tiếp nhận\s*$", regex.V1)
_TO_TRAIN = regex.compile(r"[^,;.]{0,40}?\b(?:sang\s+)?(?:đào tạo|học tập|bồi dưỡng)\b", regex.V1)
_TRAINEES_OF = regex.compile(
    r"(?:\s+[^\s,;.\d]+){0,2}?\s+của\s+(?P<r>[^,;.\d]+?)"
    r"(?=\s+(?:sang|về|tại|trong|để|theo|ở|và|mỗi)\b|[,;.]|$)", regex.V1)
_TRAINEES = {*CADRES, "học viên", "lượt", "sĩ quan"}


def _trained(text: str, clause_start: int, amount: Amount) -> regex.Match[str] | None:
    """The words that make a count of people training places, or None."""
    if amount.unit not in _TRAINEES:
        return None
    training = _TRAINING.search(text, clause_start, amount.start)
    if training is not None:
        return training
    received = _RECEIVED.search(text, clause_start, amount.start)
    return received if received is not None and _TO_TRAIN.match(text, amount.end) else None


# jobs and help for people: a count of people taken into work ("tiếp nhận 60 người được đặc xá vào làm
# việc", "nhận 30 người vào làm tại nhà máy", "tuyển dụng 40 người chấp hành xong án phạt tù"), given work
# ("tạo việc làm cho 50 người"), loans or a trade ("hỗ trợ vốn vay cho 20 người …", "dạy nghề miễn phí cho 25
# người", "cho 15 người … vay vốn"); pledged ("cam kết", "sẽ"), they are a commitment of kind other
# (staffing is a body's own staff), no goal
_JOB_PEOPLE = {"người", "trường hợp", "phạm nhân", "thanh niên", "học viên", "người lao động"}
_TAKEN_ON = regex.compile(r"(?<!\w)(?:tiếp nhận|nhận|tuyển dụng|tuyển)(?:\s+thêm)?\s*$", regex.V1)
_HIRED = regex.compile(r"(?<!\w)(?:tuyển dụng|tuyển)(?:\s+thêm)?\s*$", regex.V1)
_INTO_WORK = regex.compile(r"[^,;.:\d]{0,50}?(?<!\w)(?:vào làm việc|vào làm|làm việc tại|làm việc cho"
                           r"|làm công nhân)(?!\w)", regex.V1)
# the released, those after rehab: people no body employs as its staff
_RELEASED = regex.compile(r"\s+(?:được đặc xá|(?:đã\s+)?chấp hành xong án phạt tù|mãn hạn tù|ra tù"
                          r"|sau cai nghiện|hoàn lương)(?!\w)", regex.V1)
_WORK_GIVEN = regex.compile(
    r"(?<!\w)(?:(?:tạo|bố trí|giới thiệu|sắp xếp|giải quyết|hỗ trợ)\s+việc làm(?:\s+ổn định)?"
    r"|(?:hỗ trợ|cho vay|cấp)\s+(?:vốn vay|vốn|học nghề|dạy nghề|đào tạo nghề)(?:\s+miễn phí)?"
    r"|(?:dạy nghề|đào tạo nghề)(?:\s+miễn phí)?)\s+cho\s*$", regex.V1)
_LENT_TO = regex.compile(r"(?<!\w)cho\s*$", regex.V1)
_TO_BORROW = regex.compile(r"[^,;.:\d]{0,50}?(?<!\w)vay vốn(?!\w)", regex.V1)
# the body's word of a future deed before the verb of jobs or help ("sẽ tạo việc làm", "cam kết tiếp nhận"):
# with it the help is pledged, without it given
_WILL_OR_COMMITS = regex.compile(r"(?<!\w)(?:sẽ|cam kết)(?!\w)", regex.V1)


def _job_verb(text: str, clause_start: int, amount: Amount) -> tuple[regex.Match[str], int] | None:
    """For a count of people given work or help, the verb and where the words of the help end, or None."""
    if amount.unit not in _JOB_PEOPLE:
        return None
    verb = _WORK_GIVEN.search(text, clause_start, amount.start)
    if verb is not None:
        return verb, amount.end
    verb = _LENT_TO.search(text, clause_start, amount.start)
    lent = _TO_BORROW.match(text, amount.end) if verb is not None else None
    if verb is not None and lent is not None:
        return verb, lent.end()  # "cho 15 người được đặc xá vay vốn"
    verb = _TAKEN_ON.search(text, clause_start, amount.start)
    work = _INTO_WORK.match(text, amount.end) if verb is not None else None
    if verb is not None and work is not None:
        return verb, work.end()
    hired = _HIRED.search(text, clause_start, amount.start)
    released = _RELEASED.match(text, amount.end) if hired is not None else None
    return None if hired is None or released is None else (hired, released.end())


def jobs_pledged(text: str, clause_start: int, amount: Amount) -> bool:
    """Whether a count of people is jobs or help a body pledges them ("cam kết tiếp nhận 60 người … vào làm
    việc", "sẽ tạo việc làm cho 50 người"); jobs and help already given are a figure."""
    found = _job_verb(text, clause_start, amount)
    if found is None:
        return False
    verb = found[0]
    plan_start = _plan_start(text, amount.start)
    return _WILL_OR_COMMITS.search(text, plan_start, verb.start()) is not None \
        and _GOAL.search(text, plan_start, amount.start) is None  # ("phấn đấu tạo việc làm cho …": a goal)


_FLOOR = regex.compile(r"(?:ít nhất|tối thiểu|không dưới)\s", regex.V1)
_GOAL = regex.compile(r"(?<!\w)(?:mục tiêu|phấn đấu|chỉ tiêu)(?!\w)", regex.V1)
_AREA_WIDE = regex.compile(r"(?<!\w)(?:[Tt]oàn (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|quốc)|[Cc]ả nước"
                           r"|[Tt]rên địa bàn)(?!\w)", regex.V1)


def _sentence_start(text: str, pos: int) -> int:
    end = pos
    while True:
        stop = max(text.rfind(c, 0, end) for c in ".;\n")
        if stop > 0 and text[stop] == "." and text[stop - 1].isdigit() and text[stop + 1:stop + 2].isdigit():
            end = stop  # a number's thousands ("1.500 cán bộ"), no sentence's end
            continue
        return stop + 1


def _responded(text: str, amount: Amount) -> bool:
    """Whether forces or means are sent to a rescue or a fire already met, no pledge written before them."""
    sentence_start = _sentence_start(text, amount.start)
    return (_RESPONSE.match(text, amount.end) is not None
            or _ALERTED.search(text, sentence_start, amount.start) is not None) \
        and _PLANNED.search(text, sentence_start, amount.start) is None


# forces sent when a report of an incident came in: "Nhận tin báo, Công an huyện huy động 30 cán bộ, chiến
# sĩ, 3 xuồng máy cùng người dân tìm kiếm" (a search done, no pledge)
_ALERTED = regex.compile(r"(?<!\w)(?:[Nn]hận|[Tt]iếp nhận)\s+(?:được\s+)?tin(?:\s+báo)?(?!\w)[^.;\n]*?"
                         r"(?<!\w)(?:huy động|điều động|cử)(?!\w)", regex.V1)


# a gift told among a period's figures, the last of a list after a semicolon with no subject of its own:
# "… với 38 buổi tuyên truyền, hơn 2.600 lượt ngư dân tham dự; trao tặng 500 lá cờ Tổ quốc cho ngư dân" (a
# result, no pledge, as the flags among a year's results)
_RESULT_GIFT = regex.compile(r";\s*(?:đã\s+)?(?:trao tặng|tặng|trao|cấp phát)\s+(?:\p{Ll}+\s+){0,2}$",
                             regex.V1)


def _among_results(text: str, clause_start: int, amount: Amount) -> bool:
    gift = _RESULT_GIFT.search(text, max(0, amount.start - 40), amount.start)
    if gift is None:
        return False
    # the clauses before the semicolon (a full stop followed by a space: "1.500" is a number)
    sentence_start = max(text.rfind(". ", 0, gift.start()) + 2, text.rfind("\n", 0, gift.start()) + 1)
    return _PLANNED.search(text, sentence_start, amount.start) is None \
        and any(a.end <= gift.start() and a.unit not in _GIFT_UNITS and a.unit not in MONEY_UNITS
                for a in find_amounts(text, sentence_start, gift.start()))


def _kind(text: str, clause_start: int, amount: Amount, building: bool) -> str | None:
    unit = amount.unit
    if _CHANGE_BEFORE.search(text, max(clause_start, amount.start - 12), amount.start) \
            and _COMPARED.match(text, amount.end):
        return None  # "tăng 8 tàu so với cùng kỳ": a change over a year, a figure
    if unit not in MONEY_UNITS and (_RESPONDED.search(text, clause_start, amount.start)
                                    or _responded(text, amount)):
        return None
    if unit not in MONEY_UNITS and amount.at_least:  # "mỗi xã … thành lập ít nhất 1 tổ": a norm, a target
        sentence_start = _sentence_start(text, amount.start)
        # (the norm may open the clause after a frame: "Theo Trưởng Tiểu ban, mỗi khu vực bỏ phiếu bố trí
        # ít nhất 2 cán bộ công an")
        if per_unit_norm(text, sentence_start, max(sentence_start, clause_start), amount):
            return None
    if unit in MONEY_UNITS:
        # money is a commitment only where something is given or budgeted, never a crime's takings,
        # a fine or a market's figures ("phá vụ trộm 40 tỉ đồng", "kim ngạch đạt 2,1 tỉ USD")
        taken = _NOT_PLEDGED.search(text, clause_start, amount.start)
        if taken is not None and not (building and taken.group() in ("trị giá", "giá trị")):
            return None  # (a building's worth is what is given: "Mỗi căn nhà … trị giá 70 triệu đồng")
        if taken is not None:
            return "funding"
        return "funding" if _funding(text, clause_start, amount) else None
    if unit == "biên chế":
        return "staffing" if _STAFFING_CONTEXT.search(text, clause_start, amount.start) else None
    if unit in _AREA_UNITS:  # a building's area, or land set aside: "bố trí thêm 3 ha đất"
        land = unit == "ha" and _GIVE_VERB.search(text, clause_start, amount.start) is not None \
            and _LAND.match(text, amount.end) is not None
        return "construction" if building or land else None
    if unit == "kíp" and _DEPLOY.search(text, clause_start, amount.start):  # "bố trí 36 kíp cấp cứu"
        return "staffing"
    if jobs_pledged(text, clause_start, amount):
        return "other"  # "Công ty X cam kết tiếp nhận 60 người … vào làm việc": jobs, not a body's own staff
    # people pledged to a post: "cam kết bố trí 45 người trực chốt", "sẽ huy động 200 người"
    if unit == "người" and _RELEASED.match(text, amount.end):
        return None  # "địa phương sẽ tiếp nhận 320 người được đặc xá về cư trú": the released, no staff
    if unit == "người":
        deployed = _DEPLOY.search(text, clause_start, amount.start)
        return "staffing" if deployed is not None and _PLANNED.search(
            text, _plan_start(text, amount.start), deployed.start()) is not None else None
    if unit not in MONEY_UNITS and _FLOOR.match(text, amount.start) \
            and _GOAL.search(text, _sentence_start(text, amount.start), amount.start):
        return None  # "đặt mục tiêu … xây dựng thêm ít nhất 60 căn nhà": a goal, a target
    if unit in _WEIGHT_UNITS:
        given = _GOODS.match(text, amount.end) and _GIVE_VERB.search(text, clause_start, amount.start)
        return "other" if given else None
    if unit in _GIFT_UNITS and _among_results(text, clause_start, amount):
        return None
    if unit in GIVEN_UNITS:
        if _GIVE_VERB.search(text, clause_start, amount.start):
            return "other"
        if unit in _GIFT_UNITS and _give_before(text, clause_start, amount.start):
            return "other"  # "tặng ngư dân 300 lá cờ Tổ quốc"
        set_up = _SET_UP.search(text, clause_start, amount.start)
        held = _HELD.search(text, clause_start, amount.start)
        if set_up is None and held is not None \
                and _PLANNED.search(text, _plan_start(text, amount.start), held.start()) is not None:
            return "other"
        if set_up is None or _AREA_WIDE.search(text, clause_start, set_up.start()):
            return None  # ("toàn huyện thành lập 214 tổ": a count over an area, a figure)
        # "từ đầu năm, Đồn đã tổ chức 186 tổ tuần tra, phối hợp … lập 4 chốt": posts set up, a result
        sentence_start = _sentence_start(text, amount.start)
        return None if _DONE_BEFORE.search(text, sentence_start, set_up.start()) else "other"
    if unit in _CAPACITY_UNITS and _housed(text, clause_start, amount) is not None:
        return "construction"  # "nâng cấp Cơ sở cai nghiện X, bảo đảm tiếp nhận 300 học viên": its capacity
    if unit in _CAPACITY_UNITS:
        measured = _MEASURE.search(text, clause_start, amount.start) is not None \
            or (unit == "tầng" and _FLOORS_OF.search(text, clause_start, amount.start) is not None)
        if building and (measured or _ADDED_ROOM.search(text, clause_start, amount.start)):
            return "construction"
        if unit in _PERSONNEL_UNITS and (_DEPLOY.search(text, clause_start, amount.start)
                                         or _SENT_TO.search(text, clause_start, amount.start)
                                         or _DEPLOYED.match(text, amount.end)
                                         or _DEPLOYED_WITH.search(text, clause_start, amount.start)):
            return "staffing"
        return None
    if unit in _HOUSE_UNITS:  # "bàn giao 20 căn nhà "Đại đoàn kết" cho các hộ nghèo"
        given = (_GIVE_VERB.search(text, clause_start, amount.start)
                 or _BUILT.search(text, clause_start, amount.start)
                 or _moved_as_planned(text, clause_start, amount))
        return "construction" if given else None
    if unit in EQUIPMENT_UNITS:  # "trang bị 20 xe", "trao tặng Công an tỉnh X 20 xe"
        given = _GIVE_VERB.search(text, clause_start, amount.start) or _give_before(
            text, clause_start, amount.start)
        # (sent to an incident, "điều động 3 xe chữa cháy đến hiện trường", they are a response, no pledge)
        sent = _MOVED.search(text, clause_start, amount.start) or _INSTALLED.search(text, clause_start,
                                                                                    amount.start)
        plan_from = _plan_start(text, amount.start)
        if sent is not None and text[plan_from - 1:plan_from] == ";" \
                and _NO_SUBJECT.fullmatch(text, plan_from, sent.start()):
            # a part after ";" with no subject of its own goes on with its sentence's pledge ("UBND tỉnh đã
            # thống nhất bàn giao 18 trụ sở …; điều chuyển 40 xe ô tô …")
            plan_from = max(text.rfind(c, 0, plan_from - 1) for c in ".\n") + 1
        if sent is not None and _PLANNED.search(text, plan_from, sent.start()) is not None:
            given = sent
        return "equipment" if given else None
    return None


# a building handed over by name, no count: "bàn giao khu trụ sở UBND thị trấn cũ", "điều chuyển trụ sở …"
_HANDED_OVER = regex.compile(r"(?<!\w)(?:bàn giao|điều chuyển)\s+(?:lại\s+)?(?:khu\s+|toàn bộ\s+)?"
                             r"(?:trụ sở|nhà làm việc|khu nhà|dãy nhà|cơ sở)(?!\w)[^\d;.]*,\s*$", regex.V1)


def _handed_over(text: str, clause_start: int, amount: Amount) -> regex.Match[str] | None:
    """The handover of a building named without a count, in the clause right before its area, or None."""
    return _HANDED_OVER.search(text, _sentence_start(text, amount.start), clause_start)


def _moved_as_planned(text: str, clause_start: int, amount: Amount) -> regex.Match[str] | None:
    """Buildings moved to a body by an agreement or a plan ("UBND tỉnh thống nhất điều chuyển 12 trụ sở dôi
    dư … cho Công an tỉnh"): the verb; none where they are moved with no pledge before it (a result)."""
    moved = _MOVED.search(text, clause_start, amount.start)
    if moved is None or _PLANNED.search(text, _plan_start(text, amount.start), moved.start()) is None:
        return None
    return moved


def _funding(text: str, clause_start: int, amount: Amount) -> bool:
    """Whether a giving verb or a budget measure opens the money ("hỗ trợ 756,2 tỉ đồng",
    "tổng mức đầu tư 796 tỉ đồng", "bố trí cho xã 2 tỷ đồng")."""
    verb = _GIVE_VERB.search(text, clause_start, amount.start)
    if verb is not None and verb.group().strip() != "tăng":  # "tăng 5 tỷ đồng" is a change, not a gift
        return True
    if _MEASURE.search(text, clause_start, amount.start):
        return True
    return _give_before(text, clause_start, amount.start) is not None


def _owners(context: Context) -> list[tuple[int, str]]:
    """Bodies named as what a building is for ("trụ sở Công an huyện X"), in order, as written."""
    assert context.result is not None
    text = context.document.text
    found = [(s, text[s:e]) for org in context.result.organizations for s, e in org.mentions
             if _OWNED.search(text, max(0, s - 30), s)]
    return sorted(found)


def _requested(text: str, start: int, pos: int) -> bool:
    """Whether the resource is only asked for: "Hội nghị đề xuất UBND TP bố trí 200 tỷ đồng",
    "kiến nghị Bộ Công an bổ sung 2.000 biên chế" (not "Về kiến nghị của tỉnh, Bộ … sẽ hỗ trợ …",
    nor a request granted: "… đề nghị, Bộ Công an đồng ý bổ sung …")."""
    requests = list(_REQUEST.finditer(text, start, pos))
    return bool(requests) and _GRANTED.search(text, requests[-1].end(), pos) is None


# officers counted as comrades and moved: "12 đồng chí được điều động từ Công an thành phố …" (a year's
# deployment told as a result, "hoàn thành bố trí 145 đồng chí Công an chính quy", is the year's figure)
_COMRADES_MOVED = regex.compile(
    r"\s+(?:đã\s+)?được\s+(?:điều động|tăng cường|bổ sung|điều chuyển|luân chuyển|bố trí)(?!\w)", regex.V1)

# or sent by the verb before them: "Công an huyện hoàn thành bố trí 145 đồng chí Công an chính quy …"
_COMRADES_SENT = regex.compile(
    r"(?<!\w)(?:điều động|tăng cường|bổ sung|điều chuyển|luân chuyển|bố trí)(?:\s+thêm)?\s+$", regex.V1)


def _commitment(text: str, start: int, end: int, amount: Amount, building: bool,
                bodies: frozenset[int], previous: Commitment | None, owner: str | None,
                names: tuple[tuple[int, int], ...] = ()) -> Commitment | None:
    """The commitment of one amount; `names` are the spans of the bodies named in its sentence."""
    if amount.unit == "đồng chí" and not _COMRADES_MOVED.match(text, amount.end) \
            and not _COMRADES_SENT.search(text, max(start, amount.start - 40), amount.start):
        return None  # officers counted as comrades are staff moved only when the sentence says so
    clause_start = start
    for m in _CLAUSE_START.finditer(text, start, amount.start):
        if any(s < m.start() and m.end() < e for s, e in names):  # "Phòng Cảnh sát PCCC và CNCH"
            continue
        if _VERB_LIST.search(text, max(start, m.start() - 14), m.start()) \
                and _VERB_LIST_NEXT.match(text, m.end()):
            continue  # "đã vận động xây dựng, bàn giao 146 căn nhà": one subject, two verbs
        clause_start = m.end()
    if _requested(text, start, amount.start):
        return None
    if amount.unit == "%":
        return _company_pledge(text, start, end, amount)
    if amount.unit in MONEY_UNITS and _EACH_AFTER_NAMES.search(text, start, amount.start) is not None:
        share = _each_share(text, start, amount, bodies)  # "… Công an xã B mỗi đơn vị 20 triệu đồng"
        if share is not None:
            return share
    kind = _kind(text, clause_start, amount, building)
    raised = _RAISED_TO.search(text, clause_start, amount.start) \
        if kind is None and previous is not None and previous.kind == "funding" \
        and amount.unit in _CAPACITY_UNITS else None
    if raised is not None:
        # the capacity the pledged money raises a building to (the seed rule): "bổ sung 1,2 tỷ đồng … để nâng
        # cấp khu nhà, nâng sức chứa lên 200 học viên"; the money's giver and receiver
        assert previous is not None
        return Commitment(kind="construction", amount=amount.value, unit=amount.unit, giver=previous.giver,
                          receiver=previous.receiver, text=text[raised.start():amount.end],
                          span=(raised.start(), amount.end))
    trained = _trained(text, clause_start, amount) if kind is None else None
    if trained is not None and (previous is not None or _PLANNED.search(
            text, _sentence_start(text, amount.start), trained.start()) is not None):
        kind = "other"  # training places pledged or given with other help
    if kind is None and previous is not None:
        continued = _continued(text, end, amount, previous, bodies)
        if continued is not None:
            return continued
    if kind is None:
        return _each_share(text, clause_start, amount, bodies)
    unit = amount.unit
    unit_end = amount.end
    if kind == "equipment":  # the span runs over the thing's name: "xe ô tô chuyên dùng"; the unit is "xe"
        noun = _EQUIPMENT_NOUN.match(text, amount.unit_start, end)
        if noun is not None:
            unit_end = noun.end()
            more = _MORE_OF_UNIT.match(text, unit_end, end)
            if more is not None and more.group("unit") == amount.unit:
                # "12 xe chữa cháy và xe thang cứu hộ": a second kind of the same count noun, one count
                unit_end = _EQUIPMENT_NOUN.match(text, more.start("unit"), end).end()
    goods = _GOODS.match(text, amount.end) if unit in _WEIGHT_UNITS else None
    unit_end = goods.end() if goods is not None else unit_end  # "2 tấn gạo"
    verb = _GIVE_VERB.search(text, clause_start, amount.start)
    if verb is None and trained is not None and kind == "other":
        verb = trained
    jobs = _job_verb(text, clause_start, amount) if verb is None and kind == "other" else None
    if jobs is not None:  # "tiếp nhận 60 người được đặc xá vào làm việc": the span runs over the work
        verb, unit_end = jobs
    housed = _housed(text, clause_start, amount) if kind == "construction" and verb is None else None
    verb = verb if housed is None else housed
    if verb is None and kind == "equipment":
        verb = _MOVED.search(text, clause_start, amount.start) or _INSTALLED.search(text, clause_start,
                                                                                      amount.start)
    sent_to = None
    if verb is None and kind == "staffing":
        verb = _DEPLOY.search(text, clause_start, amount.start) \
            or _DEPLOYED_WITH.search(text, clause_start, amount.start)  # (what is deployed no receiver)
        if verb is None:
            verb = sent_to = _SENT_TO.search(text, clause_start, amount.start)
    if verb is None and unit in GIVEN_UNITS:  # "thành lập 5 tổ công tác", "sẽ tổ chức 10 lớp tập huấn"
        verb = _SET_UP.search(text, clause_start, amount.start) \
            or _HELD.search(text, clause_start, amount.start)
    if verb is None and unit in _HOUSE_UNITS:  # "bố trí 30 tỷ đồng để xây dựng 8 trụ sở": its own verb
        verb = _BUILT.search(text, clause_start, amount.start) \
            or _moved_as_planned(text, clause_start, amount)
    measure = _MEASURE.search(text, clause_start, amount.start)
    receiver = None
    if sent_to is not None and looks_like_body(text, sent_to.start("r"), sent_to.end("r"), bodies):
        receiver = sent_to.group("r")
    # "hỗ trợ tỉnh 10 tỷ đồng": the verb a few words before, its receiver between
    before = None if verb is not None or measure is not None \
        else _give_before(text, clause_start, amount.start)
    if before is not None:
        verb = before
        gap_start, gap_end = before.span("gap")
        while gap_start < gap_end and text[gap_start] == " ":
            gap_start += 1
        second = _SECOND_VERB.match(text, gap_start, gap_end)  # "trao hỗ trợ Công an xã X 50 triệu đồng"
        gap_start = second.end() if second is not None else gap_start
        to = _TO.match(text, gap_start, gap_end)  # "trang bị cho Công an tỉnh 2 ca nô"
        gap_start = to.end() if to is not None else gap_start
        # a body, or a name: "tặng Tổ bảo vệ an ninh, trật tự phường 2 xe", "trao tặng Đồn 50 triệu đồng"
        award = _AWARD_WITH.fullmatch(text, gap_start, gap_end)
        # "tặng Bằng khen và 100 triệu đồng": no receiver between
        gap_start = gap_end if award is not None else gap_start
        aim = _AIM_AFTER_RECEIVER.search(text, gap_start, gap_end)
        gap_end = aim.start() if aim is not None else gap_end  # "hỗ trợ Phòng X mua sắm 2 xuồng": X's to buy
        label = _MONEY_LABEL.search(text, gap_start, gap_end)
        gap_end = label.start() if label is not None else gap_end  # "trao tặng xã X số tiền 20 triệu đồng"
        if looks_like_body(text, gap_start, gap_end, bodies) or text[gap_start:gap_start + 1].isupper() \
                or _VILLAGE.fullmatch(text, gap_start, gap_end) is not None \
                or _THE_SCHOOL.fullmatch(text, gap_start, gap_end) is not None \
                or _TEAM.fullmatch(text, gap_start, gap_end) is not None:
            receiver = text[gap_start:gap_end].rstrip()
    floors = None
    if unit == "tầng" and measure is None:  # "doanh trại 5 tầng"
        floors = _FLOORS_OF.search(text, clause_start, amount.start)
    opener = verb or measure or floors
    if verb is not None and measure is not None and measure.start() <= verb.start() < measure.end():
        opener = measure  # "tổng mức đầu tư 9,8 tỷ đồng": the measure, not its word "đầu tư"
    span_start = opener.start() if opener is not None else amount.start
    giver = None
    if verb is not None:
        giver_start, giver = _giver(text, clause_start, verb.start(), bodies)
        if giver is not None and previous is not None and giver_start < previous.span[1] \
                and previous.span[0] <= verb.start():
            # the "subject" runs over the gift before it: "Sở đã bố trí 15 tỷ đồng để cải tạo 4 dãy
            # nhà" builds with that gift's money, so its giver's
            giver = previous.giver
        elif giver is not None and giver_start + len(giver) == verb.start() - 1:
            span_start = giver_start  # "tỉnh Quảng Ninh hỗ trợ 756,2 tỉ đồng"
    if giver is None and verb is not None:
        giver = _on_behalf(text, _sentence_start(text, verb.start()), clause_start, bodies)
    if giver is None and verb is not None:
        # "Thiếu tướng X, Giám đốc Công an tỉnh Y, trao tặng …", "ông X, Chủ tịch HĐQT Công ty Z, đã trao biểu
        # trưng tài trợ …": the body the one who gives heads
        giver = _apposed_body(text, _sentence_start(text, verb.start()), verb.start(), bodies, names)
    carried = False  # the clause goes on with the gift before it, its subject left out
    if giver is None and previous is not None and verb is not None and clause_start > previous.span[1] \
            and not _MOBILIZED.match(text, clause_start, verb.start()):
        giver = previous.giver  # "trang bị thêm 50 xe ... và tăng thêm 300 biên chế"
        carried = _NO_SUBJECT.fullmatch(text, clause_start, verb.start()) is not None
    if giver is None and verb is not None and _NO_SUBJECT.fullmatch(text, clause_start, verb.start()):
        # "Về phía Hải quan, trong năm 2024 đơn vị sẽ:" / "– Bố trí 20 công chức …"
        lead = _list_lead(text, amount.start)
        if lead is not None:
            giver = _subject(text, *lead, bodies)[1]
    if giver is None and verb is not None and text[clause_start - 2:clause_start].strip() == ";" \
            and _NO_SUBJECT.fullmatch(text, clause_start, verb.start()):
        # "Công an tỉnh đã xây dựng 12 phương án, kế hoạch; dự kiến huy động 1.500 cán bộ, chiến sĩ …": a part
        # after ";" with no subject of its own goes on with the subject of the part before it
        semi = clause_start - 2
        head = max(text.rfind(c, 0, semi) for c in ".;:\n") + 1
        while head < semi and text[head].isspace():
            head += 1
        if head < semi:
            giver = _subject(text, head, semi, bodies)[1]
    share = None if giver is not None or verb is None else _SHARE_LEAD.match(text, clause_start, verb.start())
    if share is not None and _NO_SUBJECT.fullmatch(text, share.end(), verb.start()):
        # "Sở Tài chính bố trí kinh phí …, trong đó năm 2022 bố trí 4,5 tỷ đồng": the share of what the
        # sentence's subject gives by the same verb is that subject's
        head = _sentence_start(text, verb.start())
        while head < clause_start and text[head].isspace():
            head += 1
        whole = text.find(verb.group().strip() + " ", head, clause_start)
        if whole > head:
            giver = _subject(text, head, whole, bodies)[1]
    if giver is None and housed is not None:
        # the capacity of a building the sentence's subject works on: "Sở X chủ trì nâng cấp Cơ sở Y, bảo đảm
        # tiếp nhận 300 học viên" is Sở X's
        head = _sentence_start(text, amount.start)
        while head < clause_start and text[head].isspace():
            head += 1
        works = _WORKS.search(text, head, housed.start())
        giver = _subject(text, head, works.start(), bodies)[1] if works is not None else None
    if giver is None and verb is not None and _APPROVAL_ONLY.fullmatch(text, clause_start, verb.start()):
        # "Bộ trưởng đề nghị Tỉnh ủy …; đồng thời đồng ý hỗ trợ Công an tỉnh 50 xe ô tô": an approval with no
        # subject of its own, inside a request, is the one who asks
        giver = _requester(text, clause_start, bodies)
    if giver is None and verb is None and text[clause_start - 2:clause_start].strip() == ":":
        giver = _assigned(text, clause_start, bodies)  # "Giao UBND các xã: Bố trí quỹ đất 1.000 m2 …"
    if giver is None and verb is None and measure is not None and measure.group("source") \
            and looks_like_body(text, measure.start("source"), measure.end("source"), bodies):
        giver = measure.group("source")  # "tổng mức đầu tư từ nguồn vốn của Bộ Công an là ..."
    if giver is None:  # after it: "1.500 m2 đất do UBND huyện X giao", "3 tỷ đồng do Công ty Y tài trợ"
        given_by = _GIVEN_BY.match(text, unit_end, end)
        if given_by is None and measure is not None and unit in MONEY_UNITS \
                and (verb is None or measure.start() <= verb.start() < measure.end()):
            given_by = _FUNDER_TOLD.match(text, unit_end, end)
        if given_by is not None and looks_like_body(text, given_by.start("g"), given_by.end("g"), bodies):
            giver = given_by.group("g")
    if giver is None and unit in MONEY_UNITS:  # whose funds it comes from: "… từ kinh phí của Ban Chỉ đạo"
        funds = _FUNDS_OF.match(text, unit_end, end)
        if funds is not None and looks_like_body(text, funds.start("g"), funds.end("g"), bodies):
            giver = funds.group("g")
    handed = _handed_over(text, clause_start, amount) if kind == "construction" and verb is None \
        and measure is not None and unit in _AREA_UNITS and measure.start() == clause_start else None
    if handed is not None:
        # a building handed over, then its area: "Đảng ủy xã đã thống nhất bàn giao khu trụ sở UBND xã X cũ,
        # diện tích 900 m2, cho Công an xã": the handover's subject gives, the body after "cho" receives
        giver = giver or _giver(text, _sentence_start(text, handed.start()), handed.start(), bodies)[1]
        span_start = handed.start()
    if giver is None and verb is None and kind == "funding" and previous is not None \
            and previous.kind == "construction" and _WORTH.fullmatch(text, previous.span[1], amount.start):
        giver = previous.giver  # "xây dựng 1 căn nhà … trị giá 50 triệu đồng": its worth, the builder's
    cost = giver is None and verb is None and measure is not None and previous is not None \
        and unit in MONEY_UNITS and _COST_OF.fullmatch(text, previous.span[1], measure.start()) is not None
    if cost:  # what the gift before cost: "trang bị cho Công an tỉnh 2 ca nô, kinh phí 4,5 tỷ đồng"
        assert previous is not None
        giver = previous.giver
    if kind == "equipment" and _BOUGHT_WITH.search(text, span_start, amount.start):
        span_start = amount.start  # "bố trí 150 tỷ đồng để mua sắm 12 xe …": the things the money buys
    span_end = unit_end
    land = _LAND.match(text, unit_end) if unit in _AREA_UNITS else None  # "bàn giao 4 ha đất cho …"
    # a gift's word after its unit: "trao 300 suất quà Tết cho các hộ nghèo"
    gift_word = _GIFT_WORD.match(text, unit_end, end) if unit in _GIFT_UNITS else None
    worth = _EACH_WORTH.match(text, unit_end, end) if unit in _GIFT_UNITS else None
    got = _RECEIVER.match(text, land.end() if land is not None else gift_word.end() if gift_word is not None
                          else worth.end() if worth is not None else unit_end, end)
    if got is None and handed is not None:  # (its "cho" after the area's comma)
        got = _RECEIVER.match(text, unit_end + 1, end) if text.startswith(",", unit_end) else None
    if receiver is None and got is not None and not _WORKS_GIVEN_TO.match(got.group("r")) \
            and (looks_like_body(text, got.start("r"), got.end("r"), bodies)
                 or (unit in GIVEN_UNITS and _NEEDY.fullmatch(got.group("r")))
                 or _FUND_OR_FOLK.match(got.group("r"))):
        receiver = got.group("r").strip()
        span_end = got.end("r")
        if _PLACES_AT_LARGE.fullmatch(receiver):
            # places at large the thing is for, no body: "bổ sung 200 biên chế cho các xã biên giới" after "hỗ
            # trợ Công an tỉnh 30 tỷ đồng … và": the body the same giver gives to in the sentence
            receiver = previous.receiver if previous is not None and previous.giver == giver else None
        district = _DISTRICT_AFTER.match(text, span_end, end) \
            if receiver is not None and _FUND_OR_FOLK.match(receiver) else None
        if district is not None:
            receiver, span_end = text[got.start("r"):district.end()].strip(), district.end()
        needy = _NEEDY.match(receiver) if unit in GIVEN_UNITS else None
        if needy is not None:  # "cho các hộ nghèo của 3 xã biên giới": the households receive, not the xã
            receiver = needy.group()
    if receiver is None and kind == "staffing" and got is None \
            and (sent := _STAFF_SENT_TO.match(text, unit_end, end)) is not None \
            and looks_like_body(text, sent.start("r"), sent.end("r"), bodies) \
            and not (sent.group("to") == "về" and _MANY.search(sent.group("r"))):
        receiver = sent.group("r").strip()
        span_end = sent.end("r")
    if receiver is None and kind == "staffing" and got is None \
            and (helps := _STAFF_HELP.match(text, unit_end, end)) is not None \
            and (not helps.group("r")[:1].isupper()
                 or looks_like_body(text, helps.start("r"), helps.end("r"), bodies)):
        receiver = helps.group("r").strip()
        span_end = helps.end("r")
    if receiver is None and kind == "staffing" and (charge := _IN_CHARGE.match(text, unit_end, end)):
        span_end = charge.end()  # "cử 64 cán bộ phụ trách địa bàn": the officers' charge is what is sent
    if receiver is None and kind in ("construction", "funding"):
        work = _WORK_FOR.match(text, unit_end, end)  # the body must be one the report names in full
        named_end = next((e for s, e in names if s == work.end() and e <= end), None) if work else None
        if named_end is None:
            whose = _WORK_OF.match(text, unit_end, end)
            work = whose or work
            named_end = next((e for s, e in names if s == whose.end() and e <= end), None) if whose else None
        bare = None if work is None or named_end is not None else _BARE_WORK_BODY.match(text, work.end(), end)
        if bare is not None and _BARE_BODY.fullmatch(bare.group()):
            # a headquarters' body written bare ("sửa chữa trụ sở Công an xã"): the one the report names in
            # full (`_with_names`), else none (the communes' police of a province at large)
            named_end = bare.end()
        if named_end is not None:
            receiver, span_end = text[work.end():named_end], named_end
    if kind == "funding" or (kind == "construction" and unit in _AREA_UNITS and verb is not None):
        counts = tuple(a.start for a in find_amounts(text, amount.end, end))
        purpose_end = _purpose_end(text, span_end, end, counts)
        if receiver is None and kind == "funding" and purpose_end > span_end:
            receiver = _purpose_receiver(text, span_end, purpose_end, bodies, names)
        span_end = purpose_end
    if receiver is None and kind in ("construction", "funding") and owner != giver:
        receiver = owner  # the body whose headquarters it is
    if receiver is None and trained is not None and kind == "other":
        # whose officers are trained: "đào tạo 40 lượt cán bộ của Văn phòng …", "300 học viên của Bộ X"
        own = _TRAINEES_OF.match(text, amount.end, end)
        if own is not None and looks_like_body(text, own.start("r"), own.end("r"), bodies):
            receiver = _whole_body(text, own.start("r"), own.end("r"))
    if receiver is None and cost and previous is not None:
        receiver = previous.receiver
    if receiver is None and carried and previous is not None and got is None \
            and ";" not in text[previous.span[1]:amount.start]:
        # "bàn giao cho Trại 1 xe … và hỗ trợ 150 triệu đồng sửa chữa …" (not with a "cho …" of its own; a
        # part after ";" is a task of its own: "… về Công an cấp xã; bố trí 45 tổ tuần tra …")
        receiver = previous.receiver
    return Commitment(kind=kind, amount=amount.value, unit=unit, giver=giver, receiver=receiver,
                      text=text[span_start:span_end], span=(span_start, span_end))


# the body told, right after a project's cost, to find the money: "… với tổng mức đầu tư khoảng 45 tỷ đồng,
# giao UBND tỉnh bố trí vốn"
_FUNDER_TOLD = regex.compile(
    r"\s*,\s*giao\s+(?P<g>\p{Lu}[^,;.\d]{1,60}?)\s+(?:bố trí|cân đối|phân bổ|cấp)(?!\w)", regex.V1)
_GIVEN_BY = regex.compile(r"(?:\s+đất)?\s+do\s+(?P<g>\p{Lu}[^,;.\d]{1,60}?)\s+"
                          r"(?:giao|cấp|bàn giao|hỗ trợ|tài trợ|đầu tư|ủng hộ)(?!\w)", regex.V1)
# the funds money comes from, named by their owner after the amount: "5 triệu đồng từ kinh phí của Ban Chỉ
# đạo", "… từ nguồn ngân sách của UBND huyện"
_FUNDS_OF = regex.compile(
    r"\s+từ\s+(?:nguồn\s+)?(?:kinh phí|quỹ|ngân sách|vốn)(?:\s+hoạt động)?\s+của\s+"
    r"(?P<g>\p{Lu}[^,;.\d]{1,80}?)(?=\s+(?:để|nhằm|cho|hỗ trợ|năm|giai đoạn|trong)\b|[,;.]|$)", regex.V1)
# between a gift and what it cost, written right after it: "…, kinh phí khoảng 4,5 tỷ đồng", "… 146 căn nhà
# "Đại đoàn kết" với tổng kinh phí hơn 8,7 tỷ đồng"
_COST_OF = regex.compile(r'(?:\s*["“][^"”,;.]{1,60}["”])?\s*(?:,\s*|\s+)(?:với\s+)?', regex.V1)


# money given to each of those named before: "tặng quà cho Đội X và Trạm Y, mỗi đơn vị 20 triệu đồng", "hỗ trợ
# vốn vay cho 50 hộ, mỗi hộ 20 triệu đồng" (not a gift's worth: "mỗi suất trị giá 1 triệu đồng",
# "trao 20 suất học bổng, mỗi suất 2 triệu đồng")
_EACH_OPEN = regex.compile(r"(?:mỗi|từng)\s(?!(?:suất|phần|món|chiếc|căn|ngôi)\b)"
                           r"(?:(?!trị giá|giá trị)[^,;.\d]){1,40}?\s*", regex.V1)
_GIVES = regex.compile(r"(?<!\w)(?:hỗ trợ|trao tặng|tặng|trao|cấp|ủng hộ|tài trợ|cho vay)(?!\w)", regex.V1)
# … the share written with no comma after the last receiver's name, a capitalised word
# (not a time: "tặng Đồn X mỗi tháng 5 triệu đồng")
_EACH_AFTER_NAMES = regex.compile(r"(?<=\p{Lu}[\p{L}\d]*)\s+(?P<each>mỗi|từng)\s"
                                  r"(?!(?:năm|tháng|quý|tuần|ngày|đợt|lần|kỳ|dịp)\b)", regex.V1)


def _each_share(text: str, clause_start: int, amount: Amount, bodies: frozenset[int]) -> Commitment | None:
    if amount.unit not in MONEY_UNITS:
        return None
    if _EACH_OPEN.fullmatch(text, clause_start, amount.start) is None:
        # no comma before the share when the receivers are named right before it: "trao tặng Công an phường A
        # và Công an xã B mỗi đơn vị 20 triệu đồng"
        after_names = _EACH_AFTER_NAMES.search(text, clause_start, amount.start)
        if after_names is None \
                or _EACH_OPEN.fullmatch(text, after_names.start("each"), amount.start) is None \
                or _GIVES.search(text, clause_start, after_names.start()) is None:
            return None
        clause_start = after_names.start("each")
    head = _sentence_start(text, clause_start)
    verbs = list(_GIVES.finditer(text, head, clause_start))
    if not verbs or _requested(text, head, clause_start):
        return None
    head = max(head, text.rfind(",", head, verbs[0].start()) + 1)  # ("Dịp này, Công an tỉnh tặng …")
    while head < verbs[0].start() and text[head].isspace():
        head += 1
    _start, giver = _giver(text, head, verbs[0].start(), bodies)
    return Commitment(kind="funding", amount=amount.value, unit=amount.unit, giver=giver, receiver=None,
                      text=text[clause_start:amount.end], span=(clause_start, amount.end))


def _purpose_receiver(text: str, start: int, end: int, bodies: frozenset[int],
                      names: tuple[tuple[int, int], ...]) -> str | None:
    """The body a purpose names as helped: "để mua sắm trang thiết bị cho Công an cấp xã", "hỗ trợ Công an
    huyện mua sắm …", "để Công an huyện mua sắm …" (a body's whole name when the report names it, whatever
    words it holds)."""
    # (the first of them that names a body: "hỗ trợ kinh phí hoạt động cho các tổ an ninh tự quản")
    got = next((m for m in _PURPOSE_RECEIVER.finditer(text, start, end, overlapped=True)
                if not _WORKS_GIVEN_TO.match(m.group("r"))
                and (looks_like_body(text, m.start("r"), m.end("r"), bodies)
                     or _THE_SCHOOL.fullmatch(text, m.start("r"), m.end("r")))), None)
    if got is None:
        # (or fishermen helped, with their commune: "bố trí 12 tỷ đồng hỗ trợ ngư dân thay thế thiết bị …")
        folk = next((f for m in _PURPOSE_RECEIVER.finditer(text, start, end, overlapped=True)
                     if (f := _FOLK.match(text, m.start("r"), m.end("r"))) is not None), None)
        return folk.group().strip() if folk is not None else None
    stop = next((e for s, e in names if s == got.start("r") and e > got.end("r")), got.end("r"))
    return text[got.start("r"):min(stop, end)].strip()


# what stands between money and the things it buys: "… năm 2021 để mua sắm 2 xe"
_BOUGHT = regex.compile(r"\s+(?:để\s+|nhằm\s+)?(?:mua sắm|mua|trang bị|lắp đặt|lắp)(?:\s+thêm)?\s+", regex.V1)
# things the money buys written inside the money's own words (its purpose): "bố trí 1,2 tỷ đồng để mua sắm 60
# máy tính chuyên dùng cho …", "hỗ trợ 1,5 tỷ đồng để Công an tỉnh mua sắm 20 bộ máy …", "bố trí 32 tỷ đồng để
# sửa chữa, xây dựng trụ sở … và mua sắm 40 xe mô tô …"
_MONEY_BUYS = regex.compile(
    r"(?<!\w)(?:đồng|USD)(?!\w)[^,;.]{0,60}?\s(?:để|nhằm)\s+"
    r"(?:(?P<buyer>\p{Lu}[^,;.]{0,40}?)\s+(?=mua|trang bị))?"
    r"(?:[^;.]{0,80}?(?:,|\svà)\s+)?"
    r"(?:mua sắm|mua|trang bị)(?:\s+thêm)?\s+$", regex.V1)
# the receiver after the things bought: "2 xe chữa cháy và 1 xe thang cho Phòng X"
_FOR_LATER = regex.compile(
    r"(?:[^,;.]|,\s*(?=\d))*?\s+cho\s+(?P<r>(?:[^,;.]|" + _PHRASE_COMMA + r")+?)"
    r"(?=\s+(?:để|nhằm|trong|từ|tại|" + _PURPOSE_VERBS + r")\b|[,;.]|$)", regex.V1)


def _whole_body(text: str, start: int, end: int) -> str:
    """text[start:end] stripped, run on to the end of the body's name that starts there when the name
    holds a word a receiver stops at ("Phòng Cảnh sát PCCC và CNCH")."""
    body = match_body(text, start)
    return text[start:max(end, body.end if body is not None else end)].strip()


# a company's pledge with a share (its own policy): "Đại diện Công ty X cam kết 100% lái xe của công ty không
# sử dụng rượu, bia …", "Công ty Y cam kết lắp đặt camera giám sát trên 100% xe trước ngày 30/6/2019"; the
# words run from the pledge to the sentence's end
_COMPANY_PLEDGE = regex.compile(
    r"(?:^|(?<=[\s,]))(?:[Đđ]ại diện\s+)?(?P<company>(?:Công ty|Tổng công ty|Tập đoàn)\s+[^,;.]{1,80}?)\s+"
    r"(?:(?:đã|cũng|đều)\s+)?(?P<pledge>cam kết)\s+(?:[^,;.\d]{1,60}?\s+)?"
    r"(?:(?:trên|ít nhất|tối thiểu)\s+)?$", regex.V1)


def company_pledge(text: str, start: int, amount: Amount) -> regex.Match[str] | None:
    """The company's pledge before a share in its sentence (from `start`), or None."""
    return _COMPANY_PLEDGE.search(text, max(start, _sentence_start(text, amount.start)), amount.start)


def _company_pledge(text: str, start: int, end: int, amount: Amount) -> Commitment | None:
    """A share a company pledges of its own doing, a policy commitment of that company, or None."""
    m = company_pledge(text, start, amount)
    if m is None:
        return None
    stop = regex.compile(r"[.;!?](?:\s|$)").search(text, amount.end, end)
    span_end = stop.start() if stop is not None else end
    while span_end > amount.end and text[span_end - 1] in " ,":
        span_end -= 1
    return Commitment(kind="policy", amount=amount.value, unit="%", giver=m.group("company"), receiver=None,
                      text=text[m.start("pledge"):span_end], span=(m.start("pledge"), span_end))


def _continued(text: str, end: int, amount: Amount, previous: Commitment,
               bodies: frozenset[int]) -> Commitment | None:
    """An amount that goes on with the commitment before it: things given alike ("trao tặng …
    20 xe ô tô … và 50 xe mô tô", "hỗ trợ … 15 tỷ đồng và 2 xe ô tô"), or the shares of a sum
    ("tổng mức đầu tư 9,8 tỷ đồng, trong đó ngân sách huyện 7,3 tỷ đồng, xã Đoàn Kết đối ứng 2,5
    tỷ đồng": each a funding, its giver the body named before it)."""
    buys = _MONEY_BUYS.search(text, previous.span[0], amount.start) \
        if amount.unit in EQUIPMENT_UNITS and previous.kind == "funding" else None
    if amount.unit in EQUIPMENT_UNITS and previous.kind == "funding" \
            and (_BOUGHT.fullmatch(text, previous.span[1], amount.start) is not None or buys is not None):
        # things the money buys: "bố trí 12 tỷ đồng … để mua sắm 2 xe chữa cháy và 1 xe thang cho Phòng X"
        noun = _EQUIPMENT_NOUN.match(text, amount.unit_start, end)
        span_end = noun.end() if noun else amount.end
        got = _FOR_LATER.match(text, span_end, end)
        receiver = _whole_body(text, got.start("r"), got.end("r")) if got is not None and looks_like_body(
            text, got.start("r"), got.end("r"), bodies) else previous.receiver
        if buys is not None and buys.group("buyer") and receiver is None \
                and looks_like_body(text, buys.start("buyer"), buys.end("buyer"), bodies):
            receiver = buys.group("buyer")  # "… để Công an tỉnh mua sắm 20 bộ máy …": the body that buys
        return Commitment(kind="equipment", amount=amount.value, unit=amount.unit, giver=previous.giver,
                          receiver=receiver, text=text[amount.start:span_end], span=(amount.start, span_end))
    joined = _JOINED.fullmatch(text, previous.span[1], amount.start) is not None
    # the first gift's receiver written between them: its own "cho" for the second, else none inherited
    own_receiver = previous.receiver is None and previous.kind in ("equipment", "other") \
        and _JOINED_AFTER_RECEIVER.fullmatch(text, previous.span[1], amount.start) is not None
    if amount.unit in EQUIPMENT_UNITS and previous.kind in _GIVEN_ALIKE and (joined or own_receiver):
        noun = _EQUIPMENT_NOUN.match(text, amount.unit_start, end)
        unit_end = noun.end() if noun else amount.end
        receiver, span_end = (None if own_receiver else previous.receiver), unit_end
        name_on = _NAME_ON.match(text, unit_end, end)  # (past the words of a long name: "… chuyên dụng cho")
        got = _RECEIVER.match(text, name_on.end() if name_on is not None else unit_end, end)
        # its own "cho …": not the first gift's receiver
        if got is not None and (looks_like_body(text, got.start("r"), got.end("r"), bodies)
                                or text[got.start("r")].isupper()):
            receiver = _whole_body(text, got.start("r"), got.end("r"))
            span_end = got.start("r") + len(receiver)
        elif got is not None:
            receiver = None
        return Commitment(kind="equipment", amount=amount.value, unit=amount.unit, giver=previous.giver,
                          receiver=receiver, text=text[amount.start:span_end],
                          span=(amount.start, span_end))
    if amount.unit == "phòng" and previous.kind in _GIVEN_ALIKE and previous.kind != "funding" and (
            joined or _JOINED_AFTER_OWNER.fullmatch(text, previous.span[1], amount.start) is not None):
        # rooms handed over with the things before them: "bố trí 1 xe ô tô của huyện cũ và 2 phòng làm việc"
        noun = _EQUIPMENT_NOUN.match(text, amount.unit_start, end)
        span_end = noun.end() if noun else amount.end
        return Commitment(kind="construction", amount=amount.value, unit=amount.unit, giver=previous.giver,
                          receiver=previous.receiver, text=text[amount.start:span_end],
                          span=(amount.start, span_end))
    if amount.unit == "phòng" and previous.kind == "construction" and previous.unit == "tầng" \
            and _FLOORS_THEN_ROOMS.fullmatch(text, previous.span[1], amount.start) is not None:
        # the rooms of the building whose floors were read: "nhà làm việc 2 tầng với 12 phòng"
        return Commitment(kind="construction", amount=amount.value, unit=amount.unit, giver=previous.giver,
                          receiver=previous.receiver, text=text[amount.start:amount.end],
                          span=(amount.start, amount.end))
    if amount.unit in _ALONG_UNITS and previous.kind == "staffing" \
            and _ALONG.fullmatch(text, previous.span[1], amount.start) is not None:
        words = _ALONG_WORDS.match(text, amount.end, end)
        span_end = words.end() if words is not None else amount.end
        return Commitment(kind="staffing", amount=amount.value, unit=amount.unit, giver=previous.giver,
                          receiver=previous.receiver, text=text[amount.start:span_end],
                          span=(amount.start, span_end))
    if amount.unit in _PERSONNEL_UNITS and previous.kind == "equipment" and joined:
        # the staff sent with the means: "huy động 6 tàu tuần tra, 2 thiết bị bay … và 350 cán bộ, chiến sĩ"
        return Commitment(kind="staffing", amount=amount.value, unit=amount.unit, giver=previous.giver,
                          receiver=previous.receiver, text=text[amount.start:amount.end],
                          span=(amount.start, amount.end))
    # gifts and money handed over with things: "trao tặng Đồn 50 triệu đồng và 100 suất quà", "… 5 máy
    # tính xách tay và 200 triệu đồng"
    goods = _GOODS.match(text, amount.end) if amount.unit in _WEIGHT_UNITS else None
    # (money given with land: "bố trí 3 ha đất và 20 tỷ đồng để xây dựng trụ sở")
    land = previous.kind == "construction" and previous.unit == "ha" and amount.unit in MONEY_UNITS
    if (previous.kind in _GIVEN_ALIKE or land) and joined and (
            amount.unit in GIVEN_UNITS or goods is not None or (
            amount.unit in MONEY_UNITS and previous.kind != "funding")):
        kind = "funding" if amount.unit in MONEY_UNITS else "other"
        after = goods.end() if goods is not None else amount.end  # ("… và 200 kg gạo")
        purpose = _PURPOSE.match(text, after, end)  # "1 tỷ đồng sửa chữa doanh trại cho Đồn X"
        got = _RECEIVER.match(text, purpose.end() if purpose is not None else after, end)
        receiver = got.group("r").strip() if got is not None and looks_like_body(
            text, got.start("r"), got.end("r"), bodies) else previous.receiver
        span_end = got.end("r") if got is not None and receiver != previous.receiver else after
        return Commitment(kind=kind, amount=amount.value, unit=amount.unit, giver=previous.giver,
                          receiver=receiver, text=text[amount.start:span_end], span=(amount.start, span_end))
    if amount.unit == previous.unit and amount.unit in MONEY_UNITS \
            and previous.kind in ("funding", "construction") \
            and _SHARES.search(text, max(0, previous.span[0] - 12), amount.start) is not None:
        # the share's own words: after the last comma or "trong đó" before it
        cut = max(text.rfind(",", previous.span[1], amount.start) + 1, previous.span[1])
        shares = _SHARES.search(text, cut, amount.start)
        cut = shares.end() if shares is not None else cut
        while cut < amount.start and text[cut] == " ":
            cut += 1
        share = _SHARE_OF.match(text, cut, amount.start)
        start = share.start() if share is not None else amount.start
        giver = None
        if share is not None and share.group("giver") \
                and looks_like_body(text, share.start("giver"), share.end("giver"), bodies):
            giver = share.group("giver")
        elif start == amount.start and shares is not None:
            # the part written bare after "trong đó", no source or body of its own: "tỉnh đã bố trí 320
            # tỷ đồng cho công tác …, trong đó 186 tỷ đồng xây dựng trụ sở …" is the whole's giver's
            # (GOLD rule 28)
            giver = previous.giver
        return Commitment(kind="funding", amount=amount.value, unit=amount.unit, giver=giver,
                          receiver=previous.receiver, text=text[start:amount.end], span=(start, amount.end))
    if amount.unit in MONEY_UNITS and previous.kind == "funding":
        # "hỗ trợ mỗi gia đình có người tử vong 10 triệu đồng, mỗi người bị thương 3 triệu đồng"
        each = _EACH.match(text, previous.span[1], amount.start)
        comma = text.rfind(",", previous.span[1], amount.start)
        if each is None and comma >= 0 and not regex.search(r"[;.]", text[previous.span[1]:comma]):
            each = _EACH_AFTER_PURPOSE.match(text, comma, amount.start)
        if each is not None:
            start = each.start("each")
            return Commitment(kind="funding", amount=amount.value, unit=amount.unit, giver=previous.giver,
                              receiver=None, text=text[start:amount.end], span=(start, amount.end))
    return None


# a clause that only approves, its subject left out: "; đồng thời đồng ý …", ", đồng thời nhất trí …"
_APPROVAL_ONLY = regex.compile(
    r"[\s,]*(?:(?:đồng thời|cũng|sẽ|đã)[\s,]+)*(?:đồng ý|nhất trí|chấp thuận)\s+", regex.V1)
# the verb of a request the sentence opens with, after its subject: "Bộ trưởng đề nghị …"
_REQUEST_VERB = regex.compile(r"(?<!\w)(?:đề nghị|yêu cầu|chỉ đạo|đề xuất)(?!\w)", regex.V1)
# a minister or deputy minister, by title and maybe name, as the one who asks
_MINISTER_ASKS = regex.compile(
    r"(?:[Đđ]ồng chí\s+)?(?:Thứ trưởng|Bộ trưởng)(?:\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3})?"
    r"(?:\s+(?:cũng|đã))*\s*", regex.V1)


def _requester(text: str, clause_start: int, bodies: frozenset[int]) -> str | None:
    """The body of the one who asks in the sentence's first clause, for a later clause of the same
    sentence that approves with no subject ("Bộ trưởng đề nghị …; đồng thời đồng ý hỗ trợ …" -> the
    ministry, "Bộ", named by `_with_names`); None when the sentence asks nothing or its asker is no body."""
    sentence = max(text.rfind(".", 0, clause_start), text.rfind("\n", 0, clause_start)) + 1
    if text.rfind(";", sentence, clause_start) < 0 and text.rfind(",", sentence, clause_start) < 0:
        return None
    asked = _REQUEST_VERB.search(text, sentence, clause_start)
    if asked is None:
        return None
    start = max(sentence, text.rfind(",", sentence, asked.start()) + 1)
    while start < asked.start() and text[start] == " ":
        start += 1
    if _MINISTER_ASKS.fullmatch(text, start, asked.start()):
        return "Bộ"
    return _subject(text, start, asked.start(), bodies)[1]


def _giver(text: str, clause_start: int, verb_start: int,
           bodies: frozenset[int]) -> tuple[int, str | None]:
    """The body that gives: the clause's subject before the verb, without "sẽ", "trong đó"; the one
    who says so when no other stands after its verb of saying ("Công an tỉnh cho biết sẽ bố trí …")."""
    said = None
    for m in _REPORTED.finditer(text, clause_start, verb_start):  # "... cho biết Thành phố sẽ bố trí"
        said = (clause_start, m.start())
        clause_start = m.end()
    listed = _LISTED_BEFORE.search(text, clause_start, verb_start)  # "giao Ban X phối hợp rà soát, bổ sung …"
    directed = _DIRECTED.search(text, clause_start, verb_start if listed is None else listed.start())
    if directed is not None and looks_like_body(text, directed.start("body"), directed.end("body"), bodies):
        if directed.group("advises"):
            # "UBND tỉnh giao Sở Tài chính tham mưu bố trí 8 tỷ đồng": the body advised, UBND tỉnh, gives
            return verb_start, _subject(text, clause_start, directed.start(), bodies)[1]
        finance = _FINANCE_OFFICE.fullmatch(directed.group("body"))
        if finance is not None:
            # "giao Sở Tài chính (cân đối,) bố trí 120 tỷ đồng từ ngân sách tỉnh": the finance office only
            # advises; the money is its People's Committee's (as "Sở Tài chính tham mưu UBND tỉnh bố trí")
            return verb_start, _FINANCE_GOVERNMENT[finance.group("office")] + finance.group("place")
        # "Tỉnh ủy sẽ chỉ đạo UBND tỉnh bố trí …": the span starts at the verb, not at the body told to give
        return verb_start, directed.group("body")
    start, giver = _subject(text, clause_start, verb_start, bodies)
    if giver is None and said is None and _BACK_TO_SAYER.fullmatch(text, clause_start, verb_start):
        said = _sayer_before(text, clause_start)  # "X cho biết, trong quý II/2013, cảng sẽ …"
        if said is not None:
            return _subject(text, said[0], said[1], bodies)
    if giver is None and said is not None and (_NO_SUBJECT.fullmatch(text, clause_start, verb_start)
                                               or _BACK_TO_SAYER.fullmatch(text, clause_start, verb_start)):
        return _subject(text, said[0], said[1], bodies)
    if giver is None and _NO_SUBJECT.fullmatch(text, clause_start, verb_start):
        assigned = _assigned(text, clause_start, bodies)
        if assigned is not None:
            return start, assigned
    if giver is None and _ALSO.fullmatch(text, clause_start, verb_start):
        # (the sentence from its full stop and space: "H.Châu Thành", "Ngày 24.6" hold dots)
        stop = text.rfind(". ", 0, clause_start)
        sentence = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, clause_start) + 1)
        opener = _opening_body(text, sentence, clause_start, bodies)
        if opener is not None:
            return start, opener  # "UBND tỉnh phối hợp … tổ chức lễ …, đồng thời trao 450 camera …"
    return start, giver


# a clause that goes on with the sentence's subject: "…, đồng thời trao …"
_ALSO = regex.compile(r"[\s,]*đồng thời[\s,]+(?:(?:sẽ|cũng|đã)\s+)*", regex.V1)
# a day or time opening the sentence before its subject: "Ngày 24.6, ", "Sáng 12/3, "
_DAY_OPENING = regex.compile(r"\s*(?:(?:Ngày|Sáng|Chiều|Tối|Trưa|Chiều tối)\s[^,;]{1,30},\s*)?", regex.V1)


def _opening_body(text: str, sentence: int, clause_start: int, bodies: frozenset[int]) -> str | None:
    """The body a sentence opens with (after its day), that a later clause with no subject goes on with."""
    day = _DAY_OPENING.match(text, sentence, clause_start)
    pos = day.end() if day is not None else sentence
    body = match_body(text, pos)
    if body is None or body.end > clause_start or not looks_like_body(text, pos, body.end, bodies):
        return None
    return text[pos:body.end]


def _sayer_before(text: str, clause_start: int) -> tuple[int, int] | None:
    """The sayer's words before its verb of saying, when only times and commas stand between that verb and
    the clause ("Đại diện Cảng X cho biết, trong quý II/2013, …"), or None."""
    sentence = _sentence_start(text, clause_start)
    said = None
    for m in _REPORTED.finditer(text, sentence, clause_start):
        said = m
    if said is None or not _TIMES_ONLY.fullmatch(text, said.end(), clause_start):
        return None
    while sentence < said.start() and text[sentence].isspace():
        sentence += 1
    return sentence, said.start()


_TIMES_ONLY = regex.compile(r"[\s,]*(?:(?:trong\s+)?(?:năm\s+\d{4}|quý\s+[IV]{1,3}(?:/\d{4})?|thời gian tới)"
                            r"[\s,]*)*", regex.V1)


# the offices of one who heads a body (a chairman's, written apart, may name his board: "Chủ tịch HĐQT"),
# with their "Phó", "Tổng"
_OFFICE_PREFIX = r"(?:[Pp]hó\s+)?(?:Tổng\s+)?"
_HEAD_OFFICES = r"Giám đốc|Chỉ huy trưởng|Tư lệnh|Trưởng|Cục trưởng|Đồn trưởng|Bộ trưởng|Thứ trưởng|Bí thư"
# a person's office in apposition right before the giving verb: ", Giám đốc Công an tỉnh Y, cam kết huy động"
# (a chairman who also heads the company: "Chủ tịch kiêm Tổng Giám đốc Tập đoàn X"; with no comma after the
# body, only where a body the report names ends right there: "Chủ tịch kiêm Tổng Giám đốc Tập đoàn X cam kết")
_APPOSED_HEAD = regex.compile(
    r",\s*" + _OFFICE_PREFIX + r"(?:Chủ tịch(?:\s+(?:HĐQT|Hội đồng quản trị))?(?:\s+kiêm\s+" + _OFFICE_PREFIX
    + r"(?:" + _HEAD_OFFICES + r"))?|" + _HEAD_OFFICES + ")"
    r"\s+(?P<body>\p{Lu}[^,;.]{1,80}?)\s*(?P<comma>,)?"
    r"(?:\s+(?:đã|sẽ|cũng|vừa|cam kết|đồng ý|quyết định|trực tiếp|(?:trao\s+)?biểu trưng))*\s*$", regex.V1)


def _apposed_body(text: str, start: int, verb_start: int, bodies: frozenset[int],
                  names: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The body whose head, named with his office in apposition, is the subject of the giving verb."""
    m = _APPOSED_HEAD.search(text, start, verb_start)
    if m is None or (m.group("comma") is None and m.span("body") not in names):
        return None
    sponsor = _sponsor(text, m.start("body"), m.end("body"))
    if sponsor is not None:
        return sponsor[1]
    return m.group("body") if looks_like_body(text, m.start("body"), m.end("body"), bodies) else None


# the body on whose behalf the sentence's subject gives: "Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Bí thư …
# tặng …"
_ON_BEHALF = regex.compile(
    r"[\s\"“]*(?:[^,;.]{1,40}?,\s*)?[Tt]hay mặt\s+(?P<body>\p{Lu}[^,;.]{1,80}?)\s*,\s*", regex.V1)


def _on_behalf(text: str, start: int, clause_start: int, bodies: frozenset[int]) -> str | None:
    """The body named after "Thay mặt" in the lead-in that ends right where the giving clause begins."""
    m = _ON_BEHALF.fullmatch(text, start, clause_start)
    if m is None or not looks_like_body(text, m.start("body"), m.end("body"), bodies):
        return None
    return m.group("body")


def _assigned(text: str, clause_start: int, bodies: frozenset[int]) -> str | None:
    """The body a notice's line gives the task to before its colon: "Giao UBND các xã, phường: Bố trí …"."""
    line = _ASSIGNED_LINE.search(text, max(0, clause_start - 120), clause_start)
    if line is not None and looks_like_body(text, line.start("body"), line.end("body"), bodies):
        return line.group("body")
    return None


# a line of a notice that gives a body its task after a colon: "Giao UBND các xã, phường: Bố trí …"
_ASSIGNED_LINE = regex.compile(
    r"(?:^|\n)[ \t]*(?:[-–+•][ \t]*)?(?:[Gg]iao|[Yy]êu cầu|[Đđ]ề nghị)\s+(?P<body>[^:\n]{2,80}?)\s*:\s*$",
    regex.V1)
# what stands between a verb of saying and the giving verb when the sayer gives: "cho biết sẽ bố trí",
# "cam kết chỉ đạo bố trí"
# a share of a sum just named: ", trong đó …"
_SHARE_LEAD = regex.compile(r"[\s,]*trong đó\s+", regex.V1)
_NO_SUBJECT = regex.compile(
    r"[\s,]*(?:(?:sẽ|cũng|tiếp tục|đã|đang|dự kiến|chỉ đạo|(?:trong\s+)?năm\s+\d{4}|thời gian tới),?\s+)*",
    regex.V1)
# after a verb of saying, the sayer's body named again by its kind alone, lower-case, after a time: "Đại diện
# Cảng hàng không X cho biết, trong quý II/2013, cảng sẽ đầu tư …", "… cho biết, năm 2017 tổ chức này sẽ hỗ
# trợ …", "Ông Y (Giám đốc chi nhánh Z) khẳng định, chi nhánh sẽ cử …"
_BACK_TO_SAYER = regex.compile(
    r"[\s,]*(?:(?:trong\s+)?(?:năm\s+\d{4}|quý\s+[IV]{1,3}(?:/\d{4})?|thời gian tới),?\s+)*"
    r"(?:tổ chức|đơn vị|cơ quan|cảng|chi nhánh|ngân hàng|công ty|doanh nghiệp|tập đoàn)(?:\s+này)?"
    r"(?:\s+(?:sẽ|cũng|tiếp tục|dự kiến))*\s*", regex.V1)
# the body told to give, which gives: "chỉ đạo UBND tỉnh bố trí", "giao Phòng Cảnh sát hình sự chủ trì
# thành lập"; the body advised to give, not its adviser: "Sở Tài chính tham mưu UBND tỉnh bố trí …"
_DIRECTED = regex.compile(
    r"(?<!\w)(?<!bàn )(?<!Ban )(?:[Cc]hỉ đạo|giao|[Tt]ham mưu(?:\s+cho)?"
    # a body's agreement that another gives: "Thường trực Tỉnh ủy đã thống nhất để UBND tỉnh bố trí …"
    r"|(?:thống nhất|đồng ý|nhất trí)\s+để)\s+"
    r"(?P<body>\p{Lu}[^\s,;.\d]*(?:\s+[^\s,;.\d]+){0,7}?)"
    r"(?:\s+(?:chủ trì|phối hợp)|(?P<advises>\s+tham mưu))?\s*$", regex.V1)


# a finance office told to find money, and the People's Committee whose budget it keeps: "Sở Tài chính" ->
# "UBND tỉnh", "Phòng Tài chính - Kế hoạch huyện X" -> "UBND huyện X"
_FINANCE_OFFICE = regex.compile(
    r"(?P<office>Sở Tài chính|Sở Kế hoạch và Đầu tư|Phòng Tài chính(?:\s*-\s*|\s+và\s+)Kế hoạch)"
    r"(?P<place>(?:\s+(?:tỉnh|thành phố|TP|huyện|quận|thị xã)\b.*)?)", regex.V1)
_FINANCE_GOVERNMENT = {"Sở Tài chính": "UBND tỉnh", "Sở Kế hoạch và Đầu tư": "UBND tỉnh"}
_FINANCE_GOVERNMENT.update({f"Phòng Tài chính{joint}Kế hoạch": "UBND huyện"
                            for joint in (" - ", "-", " và ")})


def _subject(text: str, clause_start: int, verb_start: int, bodies: frozenset[int]) -> tuple[int, str | None]:
    """The body that is the subject of text[clause_start:verb_start], or None."""
    lead = _GIVER_LEAD.match(text, clause_start, verb_start)
    start = lead.end() if lead else clause_start
    if _MINISTER.fullmatch(text, start, verb_start):
        return start, "Bộ"  # the ministry he speaks for, named by `_with_names`
    title = _HEAD_TITLE.match(text, start, verb_start)
    if title is not None:
        start = title.end()  # "Giám đốc Ngân hàng X cam kết sẽ tài trợ …": his body gives
    listed = _LISTED_BEFORE.search(text, start, verb_start)  # "Công an tỉnh đã xây dựng, bàn giao …"
    verb_start = listed.start() if listed is not None else verb_start
    tail = _GIVER_TAIL.search(text, start, verb_start)
    stop = tail.start() if tail else verb_start
    while stop > start and text[stop - 1] == " ":
        stop -= 1
    body = match_body(text, start)
    body_end = body.end if body is not None else None
    short = _ABBREVIATED_BARE.match(text, start, stop)
    if short is not None and (body_end is None or body_end < short.end()):
        body_end = short.end()  # "BCĐ 138 tỉnh thống nhất trích …": the committee with its number and level
    if body_end is not None and start < body_end < stop:
        if _MOBILIZED.match(text, body_end, stop) or _COUNTED.match(text, body_end):
            # "Công an tỉnh vận động các nhà hảo tâm đóng góp …": the benefactors give; "Công an 5 tỉnh
            # đóng góp …": several bodies, no one giver
            return start, None
        stop = body_end  # "Công an tỉnh Gia Lai vừa phối hợp với … tổ chức lễ bàn giao …": the body alone
    phrase = text[start:stop]
    if _SEVERAL.fullmatch(phrase):  # "Các đơn vị đã xây dựng, bàn giao 46 căn nhà": no one giver
        return start, None
    if _KIND_ALONE.fullmatch(phrase):  # named by `_full_name` as the report's one body of that kind
        return start, phrase
    if phrase and len(phrase) <= 80 and not looks_like_body(text, start, stop, bodies):
        sponsor = _sponsor(text, start, stop)
        if sponsor is not None:
            return sponsor
    if not phrase or len(phrase) > 80 or not looks_like_body(text, start, stop, bodies):
        return start, None
    return start, phrase


# (not "vận động xây dựng, bàn giao 146 căn nhà": the body mobilizes the money and builds)
_MOBILIZED = regex.compile(r"[^,;.]*?\bvận động\s+(?!(?:xây dựng|xây|bàn giao|sửa chữa|tài trợ)\b)\S",
                           regex.V1)
_SEVERAL = regex.compile(r"[Cc]ác (?:đơn vị|lực lượng|địa phương|cơ quan)", regex.V1)
_COUNTED = regex.compile(r"\s+(?:\d|các\b)", regex.V1)
# a minister or deputy minister by name as the one who gives: "Thứ trưởng Nguyễn Văn A đồng ý hỗ trợ …" gives
# for his ministry
# (or by title alone when he approves: "Dịp này, Thứ trưởng đồng ý trang bị cho Công an tỉnh X 30 máy trạm";
# "Thứ trưởng trao tặng nhà trường 50 suất học bổng" is his own gift, no ministry's)
_MINISTER = regex.compile(
    r"(?:Thứ trưởng|Bộ trưởng)(?:\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3}"
    r"(?:\s+(?:đã|sẽ|cũng|đồng ý|nhất trí|cam kết|quyết định|chấp thuận))*"
    r"|(?:\s+(?:đã|sẽ|cũng))*\s+(?:đồng ý|nhất trí|quyết định|chấp thuận))\s*", regex.V1)
# the title of one who heads a body, said before that body as the giver: "Giám đốc BIDV chi nhánh X cam kết
# …", "Chủ tịch UBND huyện đồng ý hỗ trợ …"; or one who speaks for it: "Đại diện Khu Quản lý … cam kết …",
# "lãnh đạo Công an thành phố cho biết sẽ trang bị …"
_HEAD_TITLE = regex.compile(
    _OFFICE_PREFIX + r"(?:Chủ tịch|" + _HEAD_OFFICES + r"|[Đđ]ại diện|[Ll]ãnh đạo)\s+(?=\p{Lu})", regex.V1)
# a giver that is no public body: a bank, a company, a fund, an association, a youth union, or a bank's
# abbreviation and branch ("BIDV chi nhánh Bạc Liêu"), after "đại diện" or not; a fund "của" a body is
# that body's ("Quỹ Vì người nghèo của Công an tỉnh")
_SPONSOR = regex.compile(
    r"(?:đại diện\s+)?(?P<name>(?:(?:Chi nhánh\s+)?Ngân hàng|Công ty|Tổng công ty|Tập đoàn|Quỹ|Hiệp hội|Hội"
    r"|Đoàn Thanh niên)\s+\p{Lu}[^,;.]*|(?P<short>[A-Z][A-Za-z]{2,})(?:\s+chi nhánh\s+\p{Lu}[^,;.]*)?)$",
    regex.V1)
_SPONSOR_HEADS = ("Chi nhánh", "Ngân hàng", "Công ty", "Tổng công ty", "Tập đoàn", "Quỹ", "Hiệp hội", "Hội ")
# one such body named by its kind alone, as the report's one of that kind: "đại diện ngân hàng cam kết …",
# "công ty sẽ lắp đặt …", "Hiệp hội sẽ tổ chức …", "Vùng huy động 6 tàu" (a coast-guard region's command)
_KIND_ALONE = regex.compile(
    r"(?:[Đđ]ại diện\s+)?(?P<kind>[Nn]gân hàng|[Cc]ông ty|[Tt]ập đoàn|[Hh]iệp hội|Vùng|[Dd]oanh nghiệp"
    r"|[Nn]hà trường)", regex.V1)
# the names a kind written alone may stand for ("Doanh nghiệp cũng hiến …": the report's one company;
# "tặng nhà trường 500 mũ bảo hiểm": its one school)
_KIND_HEADS = {"Doanh nghiệp": ("Công ty", "Tổng công ty", "Tập đoàn"), "Nhà trường": ("Trường",)}
# the school a report is about, written "nhà trường" (a receiver: "tặng nhà trường 200 cuốn sách")
_THE_SCHOOL = regex.compile(r"nhà trường", regex.V1)
# a department by its code ("Cục C06"), written in full once with the code after it: "Cục Cảnh sát quản lý
# hành chính về trật tự xã hội (C06)"
_DEPARTMENT_CODE = regex.compile(r"Cục (?P<code>[A-Z]\d{2,3})", regex.V1)
_FUND_OF = regex.compile(r"Quỹ\s[^,;.]*?\scủa\s+(?P<body>[^,;.]+)$", regex.V1)


def _sponsor(text: str, start: int, stop: int) -> tuple[int, str] | None:
    """The bank, company, fund or association written as text[start:stop], or None."""
    m = _SPONSOR.fullmatch(text, start, stop)
    if m is None:
        return None
    fund = _FUND_OF.fullmatch(text, m.start("name"), stop)
    if fund is not None:
        return start, fund.group("body")
    if m.group("short"):
        # a short name stands for the longer name the report gives it in brackets; unexplained, only one
        # in capitals ("BIDV") is read as a body
        long = _spelled_out(text, m.group("short"))
        if long is None:
            return (start, m.group("name")) if m.group("short").isupper() else None
        return start, long + m.group("name")[len(m.group("short")):]
    return start, m.group("name")


def _spelled_out(text: str, short: str) -> str | None:
    """The longer name a report defines `short` for in brackets ("Ngân hàng TMCP Đầu tư và Phát triển
    Việt Nam (BIDV)" for "BIDV"), or None."""
    defined = regex.search(
        r"(?P<long>(?:Ngân hàng|Công ty|Tổng công ty|Tập đoàn|Quỹ|Hiệp hội)(?:\s+[\p{L}\-&]+){1,12}?)\s*\("
        + regex.escape(short) + r"\)", text, regex.V1)
    return defined.group("long") if defined is not None else None


# the month and year of a completion date: "năm 2024", "quý IV/2024", "tháng 5/2024", "ngày 30/4/2024"
_MONTH_YEAR = regex.compile(r"(?:(?P<month>\d{1,2})/)?(?P<year>(?:19|20)\d\d)\b")


def _still_to_come(date_text: str, published: str | None) -> bool:
    """Whether the date written in date_text falls after the month of publication ("YYYY-MM[-DD]")."""
    m = _MONTH_YEAR.search(date_text)
    if m is None or not published:
        return False
    year, month = int(m.group("year")), int(m.group("month") or 12)
    return (year, month if 1 <= month <= 12 else 12) > (int(published[:4]), int(published[5:7] or 0))


def _by_builder(dates: list[Commitment], items: list[Commitment]) -> list[Commitment]:
    """A building's completion date pledged by the one who builds it: the giver of the work or money
    written last before it in the sentence ("UBND tỉnh … bố trí 85 tỷ đồng để xây mới trụ sở …, hoàn thành
    trong năm 2026")."""
    out = []
    for date in dates:
        before = [i for i in items if i.span[1] <= date.span[0] and i.amount is not None]
        giver = before[-1].giver if before else None
        out.append(date if giver is None else dataclasses.replace(date, giver=giver))
    return out


# a part of the sentence that gives a body its task ("…; giao Sở Tài chính tham mưu thủ tục, hoàn thành trước
# ngày …"): its deadline is that body's, for the task, no completion of what is pledged
_TASK_GIVEN = regex.compile(r"\s*(?:giao|đề nghị|yêu cầu|chỉ đạo)\s+\p{Lu}", regex.V1)


def _completions(text: str, start: int, end: int, kind: str = "construction",
                 funded: str | None = None) -> list[Commitment]:
    """Promised completion of a building (or of things pledged): no amount, the date is in the text;
    `funded` is the publication date when the sentence funds the building (a date after it is pledged)."""
    out = []
    for m in _COMPLETION.finditer(text, start, end):
        s, e = m.start(), m.end()
        pledged = m.group().startswith(("dự kiến", "sẽ", "phấn đấu")) \
            or _FORWARD_PLEDGE.search(text, start, s) or _still_to_come(m.group(), funded)
        if not pledged:
            continue  # "…, hoàn thành trong quý II" of no pledge
        cut = max(text.rfind(";", start, s), start - 1)
        if _TASK_GIVEN.match(text, cut + 1, s):
            continue  # "…; giao Sở Tài chính tham mưu thủ tục, hoàn thành trước ngày 31/12/2023": its task's
        while e > s and text[e - 1] in " ,":
            e -= 1
        out.append(Commitment(kind=kind, amount=None, unit=None, giver=None, receiver=None,
                              text=text[s:e], span=(s, e)))
    return out


# what the people sent are in charge of, up to the next verb: "cử 64 cán bộ phụ trách địa bàn phối hợp với …"
_IN_CHARGE = regex.compile(r"\s+phụ trách(?:\s+(?!(?:phối hợp|cùng|với|để|và)\b)\p{Ll}+){1,3}", regex.V1)
_WORTH = regex.compile(r"\s*(?:,\s*)?(?:trị giá|có giá trị|giá trị)\s+(?:(?:hơn|gần|khoảng)\s+)?", regex.V1)
# what money pledged pays to install: "đầu tư 1,2 tỷ đồng lắp đặt hệ thống báo cháy …"
_INSTALLS = regex.compile(r"(?<!\w)(?:lắp đặt|trang bị|mua sắm)(?!\w)", regex.V1)
# headquarters counted by the units they are for: "xây dựng trụ sở cho 35 Công an xã còn lại", "cải tạo, xây
# mới trụ sở cho 40 Công an xã, phường" (a number before a body is no amount of its own)
HEADQUARTERS_FOR = regex.compile(
    r"(?<!\w)(?:xây dựng|xây mới|cải tạo|sửa chữa|nâng cấp)\s+"
    r"(?P<what>(?:trụ sở|nhà làm việc)(?:\s+làm việc)?\s+cho\s+(?P<num>\d{1,3}(?:\.\d{3})*)\s+"
    r"(?P<units>Công an\s+(?:cấp\s+)?(?:xã|phường|thị trấn)(?:\s*,\s*(?:xã|phường|thị trấn|đặc khu))*)"
    r"(?:\s+còn lại)?)", regex.V1)
# … asked for by a deadline, with no money or pledge in the sentence ("Tham mưu UBND tỉnh hoàn thành xây
# dựng trụ sở cho 32 Công an xã còn thiếu trong năm 2026"): a counted task, a goal (targets.py), no resource
_PLEDGE_OR_MONEY = regex.compile(r"(?<!\w)(?:sẽ|cam kết|dự kiến|thống nhất|nhất trí|đồng ý|kinh phí|ngân sách"
                                 r"|tỷ đồng|tỉ đồng|triệu đồng)(?!\w)", regex.V1)


def headquarters_task(text: str, start: int, end: int, m: regex.Match[str]) -> bool:
    """Whether the headquarters counted by `m` in the sentence text[start:end] are a task with a deadline."""
    if _PLEDGE_OR_MONEY.search(text, start, end):
        return False
    stop = min((i for i in (text.find(c, m.end(), end) for c in ";:") if i >= 0), default=end)
    return find_deadline(text, m.end(), stop) is not None


# what opens the purpose of money: "bố trí 120 tỷ đồng từ ngân sách tỉnh để xây dựng trụ sở cho …"
_PURPOSE_WORD = regex.compile(r"(?<!\w)(?:để|nhằm)(?!\w)", regex.V1)


# … and of teams named by their function, counted too: "… để mua sắm 24 xe chữa cháy và xây dựng trụ sở 2 Đội
# Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ khu vực tại …" (the teams' name runs to where they stand
# or what follows)
_TEAM_HEADQUARTERS = regex.compile(
    r"(?<!\w)(?:xây dựng|xây mới|cải tạo|sửa chữa|nâng cấp)\s+"
    r"(?P<what>trụ sở(?:\s+làm việc)?\s+(?:cho\s+|của\s+)?(?P<num>\d{1,3})\s+"
    r"(?P<units>(?:Đội|Đồn|Trạm|Tổ|Trung đội|Đại đội)\s+\p{Lu}(?:[^,;.\d]|" + _PHRASE_COMMA + r")*?))"
    r"(?=\s+(?:tại|ở|trên|để|nhằm|trong|cho|thuộc|trước)\b|,(?!\s*(?:chống|chữa cháy|cứu hộ)\b)|[;.]|$)",
    regex.V1)


def _headquarters_for(text: str, start: int, end: int, items: list[Commitment]) -> list[Commitment]:
    """Headquarters counted by the units they are for, given by whoever gives the money whose purpose
    builds them ("… bố trí 120 tỷ đồng từ ngân sách tỉnh để xây dựng trụ sở cho 17 Công an xã")."""
    out = []
    found = sorted([*HEADQUARTERS_FOR.finditer(text, start, end),
                    *_TEAM_HEADQUARTERS.finditer(text, start, end)], key=lambda m: m.start())
    for m in found:
        if headquarters_task(text, start, end, m):
            continue
        s, e = m.span("what")
        funded = [i for i in items if i.kind == "funding" and i.span[0] < s
                  and _PURPOSE_WORD.search(text, i.span[0], s) is not None]
        giver = next((i.giver for i in funded if s < i.span[1]), None)
        if giver is None and funded:  # the money's purpose, written past the money's span, builds them too
            giver = funded[-1].giver
        out.append(Commitment(kind="construction", amount=parse_number(m.group("num")), unit="trụ sở",
                              giver=giver, receiver=None, text=text[s:e], span=(s, e)))
    return out
