"""What the directive, target, commitment and indicator extractors share.

- the report's passages: sentences of body blocks, with photo captions left out;
- topic and metric vocabularies (`topics.tsv`, `metrics.tsv`) matched on whole words;
- amounts: a number with its unit and its qualifier ("ít nhất 5%", "khoảng 1.000 biên
  chế", "756,2 tỉ đồng" -> 756.2 "tỷ đồng"), never a date, a year or a document number;
  a part of a whole ("51/61 vụ": 51 of 61) and pairs of counts ("31 vụ/45 đối tượng");
- the scope (locality) of a figure;
- `around`: the part of a sentence a figure's words are read in (`FIGURE_REACH`), so a
  sentence that runs for pages costs time in proportion to its length.

Baselines, deadlines and periods are in `chidao.extract.periods`.

Every offset is a character offset into `document.text`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from chidao.extract.context import Context, lower_text
from chidao.extract.localities import ABBREVIATED_LEVEL
from chidao.extract.organizations import named_places
from chidao.extract.titles import match_title
from chidao.gazetteer.loader import load_table, load_vocabulary
from chidao.text.layout import cut_paragraph
from chidao.text.numbers import parse_number as _parse_number
from chidao.text.sentences import split_sentences

# ---------------------------------------------------------------- passages

# a period glued to the next sentence ("bất ngờ.Về công tác") still ends one
_GLUED_STOP = regex.compile(r"(?<=\p{Ll}[.!?]+[”\"]?)(?=\p{Lu}\p{Ll})", regex.V1)

_CAPTION = regex.compile(
    r"^(?:Quang cảnh|Toàn cảnh|Các đại biểu dự|Đại biểu dự)\b|Ảnh:\s|\bảnh \d+\s*$"
    # "X, Bộ trưởng Bộ Công an phát biểu (chỉ đạo) tại buổi làm việc." labels a photo
    r"|\s(?:phát biểu|chủ trì|đồng chủ trì)(?:,? (?:chỉ đạo|khai mạc|kết luận))*"
    r"(?: tại [^,.;:]*| [Hh]ội nghị[^,.;:]*)?[.]?\s*$",
    regex.V1)


def is_caption(text: str, start: int, end: int) -> bool:
    """A photo caption or picture label: a line without final punctuation, a credit, a
    "X phát biểu tại ..." label. Captions never give directives or figures."""
    line = text[start:end].strip()
    if not line:
        return True
    if line[-1] not in ".!?…:;\"”'’)" and len(line.split()) <= 40 \
            and not (not text[end:].strip() and cut_paragraph(line)):
        return True
    # (a line that opens with a quotation is the speech itself: '"Chúng ta phải …", X nhấn mạnh khi phát
    # biểu tại hội nghị.')
    return len(line) < 200 and line[0] not in "\"“" and _CAPTION.search(line) is not None


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as spans, through their final punctuation."""
    return _glued(text, split_sentences(text, start, end))


def _sentence_spans(context: Context, start: int, end: int) -> list[tuple[int, int]]:
    """`sentence_spans` with the document's memoized sentence split."""
    return _glued(context.document.text, context.sentences(start, end))


def _glued(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences further split where a stop touches the next sentence's capital."""
    spans: list[tuple[int, int]] = []
    for s, e in sentences:
        pos = s
        for m in _GLUED_STOP.finditer(text, s, e):
            spans.append((pos, m.start()))
            pos = m.start()
        spans.append((pos, e))
    return spans


@dataclass(frozen=True, slots=True)
class Passage:
    """One body paragraph (a layout block) and its sentences; captions are flagged."""

    start: int
    end: int
    caption: bool
    sentences: tuple[tuple[int, int], ...]


def passages(context: Context) -> list[Passage]:
    """Body and title blocks in order, each with its sentences (computed once per document).

    Related-article lists are furniture in the layout, so they never appear here; a block
    that reads as a photo caption is flagged.
    """
    found = context.memo.get("passages")
    if found is None:
        found = context.memo["passages"] = _passages(context)
    return list(found)


def _passages(context: Context) -> tuple[Passage, ...]:
    text = context.document.text
    out = []
    for block in context.body_blocks():
        caption = is_caption(text, block.start, block.end)
        sentences = () if caption else tuple(_sentence_spans(context, block.start, block.end))
        out.append(Passage(block.start, block.end, caption, sentences))
    return tuple(out)


def title_passage(context: Context) -> Passage | None:
    """The report's headline as one sentence (`passages` gives a title block none: it reads as a caption), for
    the figures and norms a title states ("Công an tỉnh X: Phạm pháp hình sự giảm 7,3%", "Mỗi tổ CSGT phải xử
    lý ít nhất 15 trường hợp …"); None without a title."""
    block = next((b for b in context.blocks if b.kind == "title"), None)
    if block is None:
        return None
    return Passage(block.start, block.end, False, ((block.start, block.end),))


# ---------------------------------------------------------------- vocabularies

def trie_pattern(words: Iterable[str]) -> str:
    """A regex source matching any of the words, as a character trie; longer words are tried first."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_source(trie)


def _trie_source(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _trie_source(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@cache
def _phrase_pattern(name: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation over every phrasing of a vocabulary, longest first, and phrasing -> key."""
    owner: dict[str, str] = {}
    for key, forms in load_vocabulary(name).items():
        for form in forms:
            owner.setdefault(form.lower(), key)
    # stdlib re over lower-cased text, phrasings as a trie: many times faster than an IGNORECASE alternation
    pattern = re.compile(rf"(?<!\w)(?:{trie_pattern(owner)})(?!\w)")
    return pattern, {form.lower(): key for form, key in owner.items()}


@lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    """The text lower-cased with offsets kept (a character whose lower case is longer stays as is)."""
    low = lower_text(text)
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


def _matches_in(name: str, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Phrasings of a vocabulary in text[start:end], leftmost-longest, as (start, end, key)."""
    pattern, owner = _phrase_pattern(name)
    return [(m.start(), m.end(), owner[m.group()]) for m in pattern.finditer(_lowered(text), start, end)]


def find_topics(text: str, start: int = 0, end: int | None = None) -> tuple[str, ...]:
    """Topic keys of topics.tsv named in text[start:end], in order of first mention."""
    seen: dict[str, None] = {}
    for _s, _e, key in _matches_in("topics.tsv", text, start, len(text) if end is None else end):
        seen.setdefault(key, None)
    return tuple(seen)


@dataclass(frozen=True, slots=True)
class MetricMention:
    key: str
    start: int
    end: int


@cache
def _keys_of_phrasings() -> dict[str, tuple[str, ...]]:
    """Lower-cased phrasing -> every metric key that lists it, in the file's order."""
    keys: dict[str, tuple[str, ...]] = {}
    for key, forms in load_vocabulary("metrics.tsv").items():
        for form in forms:
            keys[form.lower()] = (*keys.get(form.lower(), ()), key)
    return keys


def metric_in_unit(text: str, mention: MetricMention, unit: str) -> MetricMention | None:
    """The metric its words name that is counted in `unit`: words several metrics share pick by
    the unit ("khởi tố 52 bị can": suspects_arrested; "khởi tố 37 vụ": cases_prosecuted)."""
    if fits(mention.key, unit):
        return mention
    for key in _keys_of_phrasings().get(_lowered(text)[mention.start:mention.end], ()):
        if fits(key, unit):
            return MetricMention(key, mention.start, mention.end)
    return None


def keys_named(text: str, mention: MetricMention) -> tuple[str, ...]:
    """Every metric key whose phrasings include the words of `mention`, its own key first ("trao đổi
    thông tin": the exchanges counted, and the interval between exchanges in months)."""
    others = _keys_of_phrasings().get(_lowered(text)[mention.start:mention.end], ())
    return (mention.key, *(k for k in others if k != mention.key))


def find_metrics(text: str, start: int, end: int) -> list[MetricMention]:
    """Metric phrasings of metrics.tsv in text[start:end], leftmost-longest."""
    return [MetricMention(key, s, e) for s, e, key in _matches_in("metrics.tsv", text, start, end)]


def first_metric(text: str, start: int, end: int) -> MetricMention | None:
    """The first metric named in text[start:end], or None."""
    found = find_metrics(text, start, end)
    return found[0] if found else None


@cache
def topic_labels() -> dict[str, str]:
    """Topic key -> its Vietnamese label."""
    return {row["key"]: row["label"] for row in load_table("topics.tsv")}


@cache
def metric_units() -> dict[str, frozenset[str]]:
    """Metric key -> the units a count of it is written in (empty: any unit)."""
    return {row["key"]: frozenset(u.strip() for u in row["units"].split("|") if u.strip())
            for row in load_table("metrics.tsv")}


def fits(key: str, unit: str) -> bool:
    """Whether a figure in `unit` can count metric `key`: one of its units, or a percentage; a sum of
    money written out in full ("1.065.000.000 đồng") counts what is counted in "triệu đồng"."""
    units = metric_units().get(key)
    return not units or unit == "%" or unit in units or (unit == "đồng" and "triệu đồng" in units)


@cache
def metric_labels() -> dict[str, str]:
    """Metric key -> what it measures, in Vietnamese ("số vụ phạm tội về trật tự xã hội")."""
    return {row["key"]: row["measures"] for row in load_table("metrics.tsv")}


# ---------------------------------------------------------------- amounts

_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
# (a bare "tỷ" is no "tỷ lệ": "đến hết năm 2019 tỷ lệ thi hành …")
_MONEY = (r"(?:nghìn|ngàn)\s+t[ỷỉ]\s+đồng|t[ỷỉ]\s+đồng|triệu\s+đồng|t[ỷỉ]\s+USD|t[ỷỉ](?!\s+lệ\b)|USD"
          r"|triệu\s+USD")
# staff a body deploys or receives, named by their trade ("bố trí thêm 25 điều tra viên", "tăng cường 800 dân
# quân tự vệ", "huy động 500 chuyên gia"), besides "cán bộ" and "chiến sĩ"
STAFF_NOUNS = ("điều tra viên", "kiểm sát viên", "thẩm phán", "dân quân tự vệ", "dân quân", "chuyên gia",
               "sĩ quan", "hạ sĩ quan", "trinh sát viên", "công chức", "giáo viên",
               # officers counted as comrades ("12 đồng chí được điều động từ Công an huyện …")
               "đồng chí")
# the force's staff, either spelling of "chiến sĩ" ("652 cán bộ, chiến sỹ"): the unit is kept as written
CADRES = ("cán bộ, chiến sĩ", "cán bộ, chiến sỹ", "cán bộ", "chiến sĩ", "chiến sỹ")
# animals given to households, counted by their classifier and kind ("20 con bò giống": "con bò")
LIVESTOCK = ("con bò", "con trâu", "con lợn", "con heo", "con dê", "con gà", "con vịt")
# count nouns that make a number a figure; the unit is kept as written
# commune police units counted, alone or with the other levels ("96/102 Công an xã, phường có trụ sở",
# "còn 27 Công an xã chưa có trụ sở"), not one named after its level ("Công an xã Tân Lập")
BODY_COUNT_NOUNS = ("Công an xã, phường, thị trấn", "Công an xã, phường, đặc khu", "Công an xã, phường",
                    "Công an xã, thị trấn", "Công an xã")
PLACE_LISTS = ("thôn, khu phố", "thôn, tổ dân phố", "thôn, bản, tổ dân phố", "thôn, bản", "thôn, xóm",
               "huyện, thành phố, thị xã", "huyện, thị xã, thành phố", "huyện, thành phố", "huyện, thị xã",
               "quận, huyện, thị xã", "quận, huyện")
COUNT_NOUNS = STAFF_NOUNS + (
    "biên chế", *CADRES, "vụ án", "vụ việc", "vụ", "đối tượng",
    # rings and gangs counted together ("triệt phá 10 đường dây, ổ nhóm")
    "băng, ổ, nhóm", "băng, nhóm", "băng nhóm", "ổ nhóm", "đường dây, ổ nhóm", "đường dây", "người",
    "trường hợp",
    "xe", "tàu", "xuồng", "máy", "bộ", "camera", "phương tiện", "chỗ", "tầng", "tỉnh", "xã",
    # vehicles by their kind, without "xe" ("tạm giữ 624 mô tô, xe máy")
    "mô tô, xe máy", "mô tô",
    "hồ sơ", "tài khoản", "căn cước", "điểm", "điểm đen", "tụ điểm", "tấn", "kg", "gam", "gram",
    "bánh", "viên",
    "khẩu súng",
    # screening gates installed ("lắp đặt 3 cổng soi chiếu an ninh")
    "cổng",
    "giấy phép lái xe", "GPLX", "thẻ",
    "tin báo", "cơ sở", "lượt cơ sở", "lượt phương tiện", "lượt", "thiếu sót", "hành vi vi phạm", "vi phạm",
    "bị can", "bị cáo",
    "căn nhà", "ngôi nhà", "nguồn tin", "bao", "vụ, việc", "trụ sở", "thiết bị", "suất quà", "suất", "kíp",
    # checkpoints counted with the teams that man them ("duy trì 79 chốt, tổ chốt chặn")
    "chốt, tổ chốt", "chốt", "chuyên án", "băng, ổ nhóm", "phạm nhân", "học viên", "ca nô", "tổ", "mô hình",
    "nạn nhân",
    "bình", "buồng giam", "dãy nhà", "gói", "nhóm", "lượt người", "lượt khách",
    # counts of reported results: reports ("2.146 tố giác, tin báo", "giải quyết 1.987 tin"), attacks,
    # sessions, patrols, buildings, services, households, citizens, seized goods
    "tố giác, tin báo", "tin", "đơn", "cuộc", "lần", "đợt", "buổi", "công trình", "dịch vụ", "đơn vị",
    "doanh nghiệp", "hộ gia đình", "hộ kinh doanh", "hộ", "công dân", "ngư dân", "học sinh", "cá thể",
    "tàu cá", "giao dịch", "vũ khí", "công cụ hỗ trợ", "trang web", "ấp", "lít", "m3", "m³",
    # weapons and ammunition surrendered ("171 khẩu", "415 kíp nổ", "2.100 viên đạn"), decisions,
    # requests, candidates, campaigns
    "khẩu", "kíp nổ", "viên đạn", "quyết định", "yêu cầu", "thí sinh", "chiến dịch", "thông tin",
    # party work: organisations inspected, members supervised or disciplined
    "tổ chức đảng", "chi bộ", "đảng viên",
    # gifts counted by what they are, not by a head word that alone means something else ("1.500 mũ bảo
    # hiểm", "200 lá cờ Tổ quốc", "50 áo phao", "20 bộ đàm", "20 suất học bổng", "5 mặt nạ phòng độc")
    # (life-buoys: "trao 40 phao cứu sinh")
    "mũ", "lá cờ", "áo phao", "phao cứu sinh", "bộ đàm", "suất học bổng", "đèn pin", "áo mưa", "cuốn",
    "quyển", "mặt nạ",
    # a procuracy's recommendations issued and accepted: "ban hành 146 kiến nghị"
    "kiến nghị",
    # teams, delegations and classes set up ("thành lập 40 đội xung kích", "cử 3 đoàn kiểm tra", "mở 12 lớp
    # tập huấn"), staff of a company, service dogs, resettlement sites, crossings, trials, ministries
    "đội", "đoàn", "lớp tập huấn", "lớp", "nhân viên y tế", "nhân viên", "chó nghiệp vụ", "điểm dân cư",
    "lối đi", "phiên tòa",
    "bộ, ngành", "buồng tạm giam", "cần chắn",
    # passports issued, dangerous items seized at an airport, events secured, workers on strike, bodies
    # inspected ("34 cơ quan, đơn vị"), prisoners counted by visits ("giảm án cho 1.034 lượt phạm nhân")
    "hộ chiếu", "vật phẩm", "sự kiện", "công nhân", "cơ quan, đơn vị", "lượt phạm nhân",
    # calls to a hotline, websites detected, trips at sea and their distance in nautical miles, online
    # content taken down ("gỡ bỏ 2.650 video, hình ảnh có nội dung độc hại")
    "cuộc gọi", "website", "chuyến", "hải lý", "video, hình ảnh", "video, clip", "video", "clip", "hình ảnh",
    "bài viết",
    # workshops built, boxes of goods and livestock given ("xây dựng 3 xưởng dạy nghề", "tặng 2.000 hộp khẩu
    # trang", "hỗ trợ 20 con bò giống")
    "xưởng", "nhà xưởng", "hộp", *LIVESTOCK,
    # gift lots counted by the share and medicine by the bag ("trao 65 phần quà", "50 túi thuốc y tế")
    "phần quà", "túi",
    # fishermen reached by visits ("tuyên truyền cho hơn 2.100 lượt ngư dân")
    "lượt ngư dân", "lượt học sinh",
    # members of a team counted with it ("42 tổ với 126 thành viên"), people of households ("1.200 hộ với
    # 6.000 khẩu", "15 hộ/60 nhân khẩu"), youth union members of a team ("mỗi đội có ít nhất 10 đoàn viên")
    "thành viên", "nhân khẩu", "đoàn viên",
    # goods seized counted by the item ("thu giữ hơn 12.000 sản phẩm mỹ phẩm, quần áo giả nhãn hiệu")
    "sản phẩm",
    # a border post's mass work: poor pupils sponsored ("đỡ đầu 9 cháu học sinh nghèo"), days of work given
    "cháu", "ngày công", "em",
    # children as the victims of an accident ("xảy ra 9 vụ đuối nước làm 11 trẻ em tử vong"); women and
    # children rescued together ("giải cứu 17 phụ nữ, trẻ em bị mua bán")
    "trẻ em", "phụ nữ, trẻ em", "phụ nữ và trẻ em",
    # the bodies of victims a rescue force recovers ("tìm kiếm 27 thi thể nạn nhân")
    "thi thể",
    # Đề án 06's records cleaned and applications counted by turns ("làm sạch 1.384.000 dữ liệu dân cư",
    # "tiếp nhận 73,6 nghìn lượt hồ sơ trực tuyến")
    "dữ liệu", "lượt hồ sơ",
    # land parcels whose records are cleaned ("làm sạch dữ liệu đất đai: hơn 1,1 triệu thửa đất")
    "thửa đất", "thửa",
    # workers whose records are cleaned ("làm sạch dữ liệu dân cư cho hơn 1,2 triệu người lao động")
    "người lao động",
    # the men on patrols counted by turns ("4.612 lượt tuần tra với 19.870 lượt cán bộ, chiến sĩ tham gia"):
    # their own unit, no count of patrols
    "lượt cán bộ, chiến sĩ", "lượt cán bộ, chiến sỹ",
    # villages and districts counted as a list of their kinds ("187/215 thôn, khu phố đạt tiêu chuẩn …",
    # "9/21 huyện, thành phố, thị xã không còn xã trọng điểm về ma túy"): only written out as such a list
    *PLACE_LISTS,
    *BODY_COUNT_NOUNS,
)
# "lượt người" is the unit of people counted by visits ("1.183 lượt người xuất, nhập cảnh"), but not before a
# passive that makes "người bị …" the thing counted ("tiếp nhận 842 lượt người bị tạm giữ": "lượt"), nor
# where vehicles are counted with the people ("214.000 lượt người, phương tiện": "lượt")
# pilot models are no models of the movement ("triển khai 12 mô hình điểm")
# bags count medicine given, not what is seized in them ("50 túi thuốc y tế", not "3 túi ni lông chứa ma túy")
_UNIT_GUARD = {"lượt người": r"(?!\s+bị\b|\s*(?:,|và)\s*phương\s+tiện)", "mô hình": r"(?!\s+điểm\b)",
               "túi": r"(?=\s+thuốc\b)",
               **{n: r"(?!\w|\s+(?-i:\p{Lu}))" for n in BODY_COUNT_NOUNS}}
# a thing counted by its quoted name: '14 "điểm đen"', '30 “Địa chỉ tin cậy”' (the unit is the name, unquoted)
_QUOTED_UNIT = r'["“](?P<unit>\p{L}[\p{L} ]{0,40}?)["”]'
_UNIT = (rf"(?:{_QUOTED_UNIT}|(?P<unit>%|{_MONEY}|m2|m²|km|ha|"
         + "|".join(regex.escape(n) + _UNIT_GUARD.get(n, "")
                    for n in sorted(COUNT_NOUNS, key=len, reverse=True))
         # a sum written out in full ("1.065.000.000 đồng"), last ("12 đồng chí" counts people), not after a
         # multiplier ("500 triệu đồng"), kept only from a million up
         + r"|(?<!(?:triệu|nghìn|ngàn)\s+)đồng))")
# "51/61 vụ" is 51 of 61; after a unit, "/" starts the next count ("31 vụ/45 đối tượng")
_AMOUNT = regex.compile(
    rf"(?<![\d.,]|[\d.,]/|\w|\p{{L}}[\-–]|[\p{{L}}/.,]\d+[\-–])(?P<num>{_NUMBER})(?:/(?P<whole>{_NUMBER}))?(?![.,/\-–]?\d)"
    rf"\s*(?P<mult>triệu|nghìn|ngàn)?\s*{_UNIT}(?!\w)",
    regex.IGNORECASE | regex.V1)
# "ngày 1/8 vụ ...": a day and month, not a part of a whole
# a body or a document named by a number ("Ban Chỉ đạo 138 tỉnh Sơn La", "Vùng Cảnh sát biển 2")
_NAMED_BY_NUMBER = regex.compile(
    r"(?<!\w)(?:Ban Chỉ đạo|Ban chỉ đạo|Đề án|Chỉ thị|Nghị quyết|Nghị định|Kế hoạch|Chuyên án|Vùng|Quân khu"
    r"|Sư đoàn|Lữ đoàn|Trung đoàn|Đoàn|Binh đoàn|Hải đoàn|Quân đoàn)(?:\s+số)?\s+$", regex.V1)
# … unless the body is given things counted after it: "trao tặng Vùng 1 tàu tuần tra" (one boat to the
# Region), "sẽ bổ sung cho Vùng 2 tàu tuần tra cao tốc" (two boats to the Region)
_GIVEN_TO = regex.compile(
    r"(?<!\w)(?:trao tặng|tặng|trao|bàn giao|hỗ trợ|bổ sung|trang bị|cấp)(?:\s+cho)?\s+$", regex.V1)
# "tổ chức" is no unit "tổ", but "14 tổ chức đảng" counts
# nor is a "nhóm" of tasks or measures one of people ("9 nhóm nhiệm vụ", "3 nhóm giải pháp")
_NOT_A_UNIT = regex.compile(r"tổ\s+chức\b(?!\s+đảng\b)|nhóm\s+(?:nhiệm\s+vụ|giải\s+pháp|vấn\s+đề|nội\s+dung"
                            r"|công\s+việc|chỉ\s+tiêu|tiêu\s+chí)\b", regex.IGNORECASE | regex.V1)
_DATE_WORD = regex.compile(r"(?<!\w)(?:ngày|sáng|trưa|chiều|tối|đêm|hôm|đến|từ)\s*$",
                           regex.IGNORECASE | regex.V1)
# what may stand before a number and qualify it
_QUALIFIER = regex.compile(
    r"(?<!\w)(?P<qual>ít nhất|tối thiểu|không dưới|không ít hơn|trên|hơn|khoảng|gần|xấp xỉ)\s+$",
    regex.IGNORECASE | regex.V1)
# after an amount: "5% trở lên", "30 tổ trở lên" (at least)
_OR_MORE = regex.compile(r"\s+trở\s+lên(?![\p{L}\d])", regex.V1)
# the low end of a range before a number: "từ 5-10%", "5 - 10 vụ", "từ 5% đến 10%"
_RANGE_LOW = regex.compile(
    rf"(?<![\d.,/]|\w)(?:(?P<from>từ)\s+)?(?P<low>{_NUMBER})(?P<lowunit>\s*[^\d\s\-–][^\d\-–]{{0,20}}?)?"
    r"\s*(?:[-–]|đến|tới)\s*$",
    regex.IGNORECASE | regex.V1)
_SPACES = regex.compile(r"\s+")
_AT_LEAST = {"ít nhất", "tối thiểu", "không dưới", "không ít hơn", "trên", "hơn"}
# a floor set for every unit: "không để đơn vị nào có dưới 25 cán bộ" (no unit below 25: at least 25); the
# amount starts at "không để"
NONE_BELOW = regex.compile(
    r"(?<!\w)không\s+để\s+(?:\p{L}+\s+){1,4}?nào\s+(?:có\s+|còn\s+)?(?:dưới|ít\s+hơn)\s+$",
    regex.IGNORECASE | regex.V1)
_APPROX = {"khoảng", "gần", "xấp xỉ"}
MONEY_UNITS = {"tỷ đồng", "triệu đồng", "nghìn tỷ đồng", "USD", "triệu USD", "tỷ USD", "đồng"}
# the least sum read in bare "đồng": a sum written out in full ("1.065.000.000 đồng"); "2 đồng chí" is none
_LEAST_FULL_SUM = 1_000_000


@dataclass(frozen=True, slots=True)
class Amount:
    """A number with its unit. `start` includes the qualifier; `number_start` is the digits.

    `whole` is set on the part of a whole ("51/61 vụ": 51, whole 61); the whole is an
    amount of its own, starting at its digits, unless it equals the part ("8/8 băng, nhóm").
    """

    value: float
    unit: str
    start: int
    end: int
    number_start: int
    unit_start: int
    at_least: bool
    approx: bool
    whole: float | None = None


def parse_number(digits: str) -> float:
    """Vietnamese number: "1.000" -> 1000, "756,2" -> 756.2, "27.781" -> 27781."""
    value = _parse_number(digits)
    return float(digits.replace(".", "").replace(",", ".")) if value is None else value


# a count noun that opens a quoted name: "Tổ liên gia an toàn PCCC" -> "tổ", "Điểm chữa cháy …" -> "điểm"
_OPENING_COUNT_NOUN = regex.compile(
    "(?:" + "|".join(regex.escape(n) for n in sorted(COUNT_NOUNS, key=len, reverse=True)) + r")(?!\w)",
    regex.IGNORECASE | regex.V1)


def _quoted_count_noun(name: str) -> str:
    """The unit of things counted by their quoted name: the count noun it opens with ('3 "Tổ liên gia an toàn
    PCCC"' -> "tổ", GOLD rule 15), else the name ('30 "Địa chỉ tin cậy"')."""
    m = _OPENING_COUNT_NOUN.match(name)
    return m.group().lower() if m is not None else name


def _unit(raw: str) -> str:
    unit = _SPACES.sub(" ", raw)
    low = unit.lower()
    if low in ("tỉ đồng", "tỷ đồng", "tỷ", "tỉ"):
        return "tỷ đồng"
    if low in ("tỉ usd", "tỷ usd"):
        return "tỷ USD"
    if low.endswith("tỷ đồng") or low.endswith("tỉ đồng"):
        return "nghìn tỷ đồng"
    if low == "m²":
        return "m2"
    if low == "m³":
        return "m3"
    return unit


def find_amounts(text: str, start: int, end: int, bodies: bool = False) -> list[Amount]:
    """Numbers with a unit in text[start:end]; years, dates and document numbers have none. Counts of
    commune police units ("96/102 Công an xã, phường có trụ sở") only with `bodies`: they are results
    reported, while a goal or a pledge names them as the receivers of a building ("trụ sở cho 12 Công an
    xã"), which targets and commitments read on their own."""
    found = _all_amounts(text)
    i = bisect_left(found, start, key=lambda a: a.number_start)
    out = []
    while i < len(found) and found[i].end <= end:
        if found[i].start >= start and (bodies or found[i].unit not in BODY_COUNT_NOUNS):
            out.append(found[i])
        i += 1
    return out


@lru_cache(maxsize=4)
def _all_amounts(text: str) -> tuple[Amount, ...]:
    out: list[Amount] = []
    for m in _AMOUNT.finditer(text):
        number_start = m.start("num")
        if (named := _NAMED_BY_NUMBER.search(text, max(0, number_start - 24), number_start)) \
                and _unit(m.group("unit") or "") not in MONEY_UNITS \
                and not _GIVEN_TO.search(text, max(0, named.start() - 16), named.start()):
            # "Ban Chỉ đạo 138 tỉnh", "Đề án 06 của Chính phủ": a name's number; not money given to a body
            # written bare ("trao tặng Trung đoàn 100 triệu đồng")
            continue
        if _NOT_A_UNIT.match(text, m.start("unit")):
            continue  # "năm 2024 tổ chức …": the verb "tổ chức", no count of "tổ"
        value = parse_number(m.group("num"))
        whole = parse_number(m.group("whole")) if m.group("whole") else None
        if whole is not None and (whole < value
                                  or _DATE_WORD.search(text, max(0, number_start - 8), number_start)):
            continue
        scale = _scale(m.group("mult"))
        unit = _unit(m.group("unit"))
        if unit.lower() == "đồng" and (m.group("mult") or whole is not None or value < _LEAST_FULL_SUM):
            continue
        if m.start("unit") > 0 and text[m.start("unit") - 1] in "\"“":
            unit = _quoted_count_noun(unit)
        # a qualifier ends with whitespace right before the number
        q = _QUALIFIER.search(text, max(0, number_start - 16), number_start) \
            if number_start > 0 and text[number_start - 1].isspace() else None
        qual = q.group("qual").lower() if q else ""
        low = _range_low(text, m) if whole is None and q is None else None
        if low is not None:  # "từ 5-10%": a range, read as at least its low end
            if out and out[-1].number_start == low.start("low"):
                out.pop()  # "từ 5% đến 10%": the low end was read as an amount of its own
            out.append(Amount(value=parse_number(low.group("low")) * scale, unit=unit, start=low.start(),
                              end=m.end(), number_start=low.start("low"), unit_start=m.start("unit"),
                              at_least=True, approx=False))
            continue
        more = _OR_MORE.match(text, m.end())  # "từ 5% trở lên": at least
        if q is None and (floor := NONE_BELOW.search(text, max(0, number_start - 60), number_start)):
            out.append(Amount(value=value * scale, unit=unit, start=floor.start(), end=m.end(),
                              number_start=number_start, unit_start=m.start("unit"), at_least=True,
                              approx=False))
            continue
        out.append(Amount(value=value * scale, unit=unit, start=q.start() if q else number_start,
                          end=more.end() if more else m.end(), number_start=number_start,
                          unit_start=m.start("unit"), at_least=qual in _AT_LEAST or more is not None,
                          approx=qual in _APPROX,
                          whole=None if whole is None else whole * scale))
        if whole is not None and whole != value:
            out.append(Amount(value=whole * scale, unit=unit, start=m.start("whole"), end=m.end(),
                              number_start=m.start("whole"), unit_start=m.start("unit"),
                              at_least=False, approx=False))
    return tuple(out)


def _range_low(text: str, m: regex.Match[str]) -> regex.Match[str] | None:
    """The low end of a range the amount `m` closes ("từ 5-10%", "5 - 10 vụ", "từ 5% đến 10%"):
    a smaller number, bare or in the same unit, joined by a dash, "đến" or "tới"; a date's
    day and month ("15-10") has no unit after it, so it is never an amount."""
    number_start = m.start("num")
    low = _RANGE_LOW.search(text, max(0, number_start - 40), number_start)
    if low is None:
        return None
    written = (low.group("lowunit") or "").strip()
    if written and _SPACES.sub(" ", written).lower() != _SPACES.sub(" ", m.group("unit")).lower():
        return None
    if not low.group("from") and not written and text[low.end("low"):number_start].strip() not in ("-", "–"):
        return None  # "5 đến 10 vụ" only after "từ"; a bare dash is a range ("5-10%")
    if parse_number(low.group("low")) >= parse_number(m.group("num")):
        return None
    return low


def _scale(mult: str | None) -> float:
    mult = (mult or "").lower()
    return 1_000_000 if mult == "triệu" else 1_000 if mult in ("nghìn", "ngàn") else 1


# ---------------------------------------------------------------- scope

_NATIONAL = regex.compile(
    r"toàn\s+quốc|cả\s+nước|toàn\s+lực\s+lượng|Công\s+an\s+các\s+đơn\s+vị,\s+địa\s+phương"
    r"|các\s+đơn\s+vị,\s+địa\s+phương", regex.IGNORECASE | regex.V1)
# "toàn lực lượng" is the whole force of whoever holds the event: the country's for the Ministry, a
# province's for its own police ("Đảng ủy Công an tỉnh Bắc Ninh tổ chức … toàn lực lượng có 9 …")
_WHOLE_FORCE = regex.compile(r"toàn\s+lực\s+lượng", regex.IGNORECASE | regex.V1)


# A figure's words are read within this many characters of it. Real sentences stay well under
# it (the longest of the corpus with a figure is about 700 characters); a sentence that runs for
# pages, a review listing its figures joined by semicolons, is read around each figure only, so
# extraction time grows with a report's length, not with its square.
FIGURE_REACH = 1_000


def around(text: str, sentence: tuple[int, int], figure: tuple[int, int],
           reach: int = FIGURE_REACH) -> tuple[int, int]:
    """The part of `sentence` within `reach` characters of `figure` (start, end), cut after a
    ";" (else a space) on each side; the whole sentence when it is that short."""
    start, end = sentence
    if figure[0] - start > reach:
        low = figure[0] - reach
        cut = text.find(";", low, figure[0])
        if cut < 0:
            cut = text.find(" ", low, figure[0])
        start = cut + 1 if cut >= 0 else low
    if end - figure[1] > reach:
        high = figure[1] + reach
        cut = text.rfind(";", figure[1], high)
        if cut < 0:
            cut = text.rfind(" ", figure[1], high)
        end = cut if cut >= 0 else high
    return start, end


# a place that is the object or the place of a task: "cho huyện ", "với các xã ", "tại thành phố ", "tại các
# huyện ven biển ", and the later names of its list ("tại các huyện A, "); a neighbour or a route's origin
# ("trên tuyến giáp ranh với ", "từ ")
_OBJECT_PLACE = regex.compile(
    r"\b(?:(?:cho|với|tại)[ ]+(?:các[ ]+)?(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn)"
    r"(?:[ ]+\p{Ll}+){0,3}?|(?:tiếp[ ]+)?giáp(?:[ ]+ranh)?(?:[ ]+với)?|từ)[ ]+"
    r"(?:\p{Lu}[\p{L}\-]*(?:[ ]+\p{Lu}[\p{L}\-]*)*(?:,[ ]*|[ ]+và[ ]+))*$", regex.V1)


def locality_in(context: Context, start: int, end: int) -> str | None:
    """The name of the first province (else any unit) mentioned inside [start, end).

    [start, end) is a sentence up to a figure: a place named in an earlier clause of a list (cut
    by ";") as the object of that clause's task belongs to the task, not to the figure, and is
    skipped: any place of a clause between the first ";" and the figure's own clause ("…; tổ
    chức diễn tập cho huyện Than Uyên; kéo giảm ít nhất 3% …"), and in the first clause one
    named after "cho" or "với" ("tổ chức diễn tập cho huyện Lục Yên; …"). So is a place that is the
    name of a body named after it ("Đồn Biên phòng Mỹ Quý Tây phát hiện 5 vụ": the post's name, not
    where the cases were found; "Công an huyện X", whose place is its unit's, still counts)."""
    assert context.result is not None
    text = context.document.text
    first, last = text.find(";", start, end), text.rfind(";", start, end)
    names = [(s, e) for s, e in named_places(context) if e > start and s < end]
    places = sorted((s, e) for loc in context.result.localities
                    if loc.level in ("province", "district", "commune") for s, e in loc.mentions
                    if e > start and s < end)
    best: tuple[int, int, str] | None = None
    for loc in context.result.localities:
        if loc.level not in ("province", "district", "commune"):
            continue
        rank = 0 if loc.level == "province" else 1
        for s, _e in loc.mentions:
            if not start <= s < end or (best is not None and (rank, s) >= best[:2]):
                continue
            if first < s < last or (s < first and _OBJECT_PLACE.search(text, max(start, s - 80), s)):
                continue
            if _listed(text, places, s, _e):
                # "về các xã trọng điểm A, B, C", "đoạn qua huyện A, huyện B và TP C": several places named
                # together are where to act or what a part covers, no one of them the figure's or goal's
                continue
            if any(ns <= s < ne for ns, ne in names):
                continue
            if _partner_place(text, max(start, s - 80), s):
                continue
            if _PART_CLAUSE.search(text, max(start, s - 80), s) and text.find(",", s, end) >= 0:
                # "phát hiện 9 vụ, trong đó 5 vụ ở huyện X, giải cứu 13 nạn nhân": the part's place, not later
                # figures'
                continue
            if rank == 0 and _locates_lower(text, places, s):
                continue
            best = (rank, s, loc.name)
    return best[2] if best else None


_OPEN_PAREN = regex.compile(r"\s*\(\s*(?:(?:tỉnh|thành phố|TP\.?)\s+)?$", regex.V1)


def _locates_lower(text: str, places: list[tuple[int, int]], s: int) -> bool:
    """Whether the province at `s` only locates a district or commune named right before it in brackets
    ("Công an xã X (tỉnh Y) đã giải quyết …": the commune's figure, not the province's)."""
    m = _OPEN_PAREN.search(text, max(0, s - 20), s)
    return m is not None and any(e == m.start() and ps != s for ps, e in places)


# what joins the places of a list: a comma or "và", and the next one's level word ("huyện A, huyện B và TP C")
_LIST_JOIN = regex.compile(
    r"(?:\s*,|\s+và)\s*(?:(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn)\s+)?", regex.V1)


def _listed(text: str, places: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the place mentioned at [start, end) is one of a list of places named together (joined by
    commas or "và", each maybe with its level word)."""
    return any(_LIST_JOIN.fullmatch(text, end, s) for s, _ in places if s > end) \
        or any(_LIST_JOIN.fullmatch(text, e, start) for s, e in places if e < start)


# a part of a count told in its own clause, up to the place: "…, trong đó 5 vụ ở huyện "
_PART_CLAUSE = regex.compile(r"\btrong đó\b[^,;.]*$", regex.V1)


_PARTNER_LIST = regex.compile(r"\bphối hợp với[ ]+(?P<list>[^;.]*)$", regex.V1)
_LIST_WORD = regex.compile(r"[^\s,()]+", regex.V1)


def _partner_place(text: str, start: int, place: int) -> bool:
    """Whether the place at `place` is named in a partner list after "phối hợp với" (its bodies' names:
    capitalized words, "và", commas), which has not yet reached a lower-case verb."""
    m = _PARTNER_LIST.search(text, start, place)
    if m is None:
        return False
    words = _LIST_WORD.findall(m.group("list"))
    return all(w[0].isupper() or w[0].isdigit() or w in _PARTNER_WORDS for w in words)


# lower-case words inside a partner list's bodies' names ("Bộ đội Biên phòng tỉnh X và Chi cục Hải quan …")
_PARTNER_WORDS = frozenset({
    "và", "các", "tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã", "phường", "trấn", "an", "phòng", "đội",
    "sát", "kiểm", "quan", "lượng", "vụ", "tế", "nhân", "dân", "ủy", "ban", "chỉ", "huy", "quân", "sự"})


def main_locality(context: Context) -> str | None:
    """The document's place: the district or commune whose own body holds or hosts the report's
    event (see `_local_report`); else the one province whose own body the first event names ("Bí thư Tỉnh ủy
    Hòa Bình làm việc với Công an tỉnh …": Hòa Bình, though a neighbour is named more often as a drug route);
    else the province mentioned most (ties: first), or None without one."""
    assert context.result is not None
    local = _local_report(context)
    return local if local is not None else _main_province(context)


# a body above the provinces: the Ministry and its departments, a Coast Guard region, a national association,
# a prison (run by the Ministry's prison department, whatever place it stands in or is named after; a
# province's police runs only its "trại tạm giam")
_CENTRAL_BODY = regex.compile(
    r"(?:Bộ Công an|Bộ Quốc phòng|Bộ Tư lệnh|Cục\s|Tổng cục\s|Vùng Cảnh sát biển|Cảnh sát biển Việt Nam|"
    r"Trại giam\s|"
    r"Đảng ủy Công an Trung ương|Hiệp hội\s|Văn phòng INTERPOL)", regex.V1)


# a national board or committee: "Ban Chỉ đạo 389 quốc gia", "Ban Chỉ đạo quốc gia chống buôn lậu …", "Ủy ban
# An toàn giao thông Quốc gia"
_NATIONAL_NAME = regex.compile(r"(?:Ban Chỉ đạo|Ủy ban|Hội đồng)\s(?:[^,;]*\s)?[Qq]uốc gia\b", regex.V1)


# an official above the provinces by title alone: a minister or deputy minister, a department's director
# ("Bộ trưởng Lương Tam Quang cho biết, …", "Thứ trưởng …", "Cục trưởng Cục …"); no province has these titles
_CENTRAL_OFFICIAL = regex.compile(r"\b(?:Bộ trưởng|Thứ trưởng|(?:Tổng )?[Cc]ục trưởng)\b", regex.V1)


def central_body_in(text: str, start: int, end: int) -> bool:
    """Whether a body above the provinces (`_CENTRAL_BODY`) or one of its officials by title
    (`_CENTRAL_OFFICIAL`) is named in text[start:end]."""
    return _CENTRAL_BODY.search(text, start, end) is not None \
        or _CENTRAL_OFFICIAL.search(text, start, end) is not None


def default_scope(context: Context) -> str | None:
    """The scope of a figure or goal whose sentence names no place: the report's place
    (`main_locality`), or none when a body above the provinces holds the report's event with no
    host ("Bộ Tư lệnh Vùng Cảnh sát biển 3 tổ chức hội nghị …": its figures are the region's, not the
    province it met in)."""
    return None if _held_centrally(context) or held_jointly(context) else main_locality(context)


def held_jointly(context: Context) -> bool:
    """Whether the report's first event is held by several provinces together ("Cụm thi đua số 4 gồm Công
    an 5 tỉnh … tổ chức hội nghị") or for the whole country ("chủ trì hội nghị trực tuyến toàn quốc", "cuộc
    họp … với các bộ, ngành, địa phương"): its figures and goals are no one province's, whatever province
    hosts it or is named most."""
    assert context.result is not None
    if not context.result.events:
        return False
    start, end = context.result.events[0].span
    text = context.document.text
    return is_joint(context, start, end) or _JOINTLY_NATIONAL.search(text, start, end) is not None \
        or _PROVINCES_LISTED.search(text, start, end) is not None


# an event for the whole country: a national (online) conference, a meeting with all ministries and provinces
_JOINTLY_NATIONAL = regex.compile(
    r"(?:hội nghị|cuộc họp)(?:[ ]+trực tuyến)?[ ]+toàn quốc|với[ ]+các[ ]+bộ,[ ]+ngành,[ ]+địa[ ]+phương",
    regex.V1 | regex.IGNORECASE)


# several provinces' police by name as one holder: "Cụm thi đua số 4 gồm Công an 5 tỉnh Quảng Nam, …"
_PROVINCES_LISTED = regex.compile(
    r"(?:Công an|[Ll]ực lượng)[ ]+(?:[2-9]|hai|ba|bốn|năm|sáu|bảy|tám|các)[ ]+tỉnh[ ]+\p{Lu}[^,;.()]*"
    r"(?:,[ ]*\p{Lu}[^,;.()]*)+", regex.V1)


def _held_centrally(context: Context) -> bool:
    assert context.result is not None
    text = context.document.text
    if not context.result.events:
        # no event: the lead's first body tells whose figures the report gives ("Ngày 22.9, Cục Cảnh sát hình
        # sự, Bộ Công an cho biết đã phối hợp với Công an tỉnh X …": the department's, not the province's)
        lead = next((b for b in context.blocks if b.kind == "body"), None)
        if lead is None:
            return False
        stop = text.find(". ", lead.start, lead.end)
        start, end = lead.start, stop if stop >= 0 else lead.end
        mentions = sorted((s, e) for org in context.result.organizations for s, e in org.mentions
                          if start <= s < end)
        return bool(mentions) and not _bodies_of_places(context, mentions[0][0], mentions[0][0] + 1) \
            and _CENTRAL_BODY.match(text, mentions[0][0], mentions[0][1]) is not None
    start, end = context.result.events[0].span
    if _HOST.search(text, start, end) is not None:
        return False
    # a body inside a person's position names whom the person serves, not who holds the event ("Trung tướng
    # X, Thứ trưởng Bộ Công an trao Quyết định … bổ nhiệm Đại tá Y giữ chức vụ Giám đốc Công an tỉnh Z")
    mentions = sorted((s, e) for org in context.result.organizations for s, e in org.mentions
                      if start <= s < end and not in_position(text, s, e))
    if not mentions or _bodies_of_places(context, mentions[0][0], mentions[0][0] + 1):
        return False
    first = mentions[0]
    if _held_with_a_place(context, mentions):
        return False
    # the National Assembly itself holding it ("Chiều 12/11, Quốc hội chất vấn …"): the ministers' answers
    # give the country's figures and goals, not those of a deputy's province (not a delegation or committee)
    return (_CENTRAL_BODY.match(text, first[0], first[1]) is not None
            or _NATIONAL_NAME.match(text, first[0], first[1]) is not None
            or (text[first[0]:first[1]] == "Quốc hội" and _DEPUTIES_OF.search(text, start, first[0]) is None))


# how far back a position's first word may stand from its body ("Phó Chủ tịch Thường trực UBND tỉnh")
_POSITION_REACH = 4


def in_position(text: str, start: int, end: int) -> bool:
    """Whether the body at text[start:end] ends a person's position (`titles.match_title`: "Thứ trưởng Bộ Công
    an", "Phó Cục trưởng Cục Cảnh sát hình sự", "Giám đốc Công an tỉnh Hải Dương")."""
    line = text.rfind("\n", 0, start) + 1
    words = [m.start() for m in regex.finditer(r"(?<![\p{L}\d])\p{L}", text[line:start])]
    for at in reversed(words[-_POSITION_REACH:]):
        title = match_title(text, line + at)
        if title is not None and title.kind == "position" and title.end >= end:
            return True
    return False


def _held_with_a_place(context: Context, mentions: list[tuple[int, int]]) -> bool:
    """Whether a province's or a district's own body holds the event with the first body ("Bộ Tư lệnh Vùng
    Cảnh sát biển 3 và Bộ Chỉ huy Bộ đội Biên phòng tỉnh X tổ chức lễ ký kết …", "… Vùng Cảnh sát biển 4 và
    UBND huyện Phú Quốc tổ chức lễ ký kết …"): their joint figures are of that province's or district's waters
    or land. `mentions`: the bodies named in the event's sentence, in order."""
    text = context.document.text
    if len(mentions) < 2 or regex.fullmatch(r"\s+và\s+", text[mentions[0][1]:mentions[1][0]]) is None:
        return False
    levels = set(_bodies_of_places(context, mentions[1][0], mentions[1][0] + 1).values())
    return bool({"province", "district"} & levels)


# a force of a sea region above the provinces ("Vùng Cảnh sát biển 1", "Bộ Tư lệnh Vùng Cảnh sát biển 4",
# "Bộ Tư lệnh Vùng 2 Hải quân")
_SEA_REGION_FORCE = regex.compile(r"(?<![\p{L}])Vùng[ ](?:Cảnh sát biển[ ]\d|\d[ ]Hải quân)", regex.V1)


def sea_force_own_figures(context: Context, start: int, end: int) -> bool:
    """Whether text[start:end] (a figure's sentence up to it, naming no place) tells a sea region's force as
    its source or subject ("Theo báo cáo của Vùng Cảnh sát biển 1, … đơn vị đã tổ chức 212 chuyến tuần tra"),
    in a report whose event that force holds with no province's or district's body beside it: the force's
    own figures at sea, no province's, though it works with a city (probe 558, as 077's and 327's); held with
    one ("… Vùng Cảnh sát biển 4 và UBND huyện Phú Quốc tổ chức lễ ký kết …", 536), that place's."""
    text = context.document.text
    if _SEA_REGION_FORCE.search(text, start, end) is None:
        return False
    assert context.result is not None
    if context.result.events:
        ev_start, ev_end = context.result.events[0].span
        mentions = sorted((s, e) for org in context.result.organizations for s, e in org.mentions
                          if ev_start <= s < ev_end)
        if _held_with_a_place(context, mentions):
            return False
    return True


# "Quốc hội" inside an election's or its deputies' words ("cuộc bầu cử đại biểu Quốc hội khóa XV"): no holder
_DEPUTIES_OF = regex.compile(r"(?:đại biểu|bầu cử|[Kk]ỳ họp)[ ]+$", regex.V1)


def _main_province(context: Context) -> str | None:
    assert context.result is not None
    provinces = [loc for loc in context.result.localities if loc.level == "province"]
    if not provinces:
        return None
    if context.result.events:
        start, end = context.result.events[0].span
        held = [name for name, level in _bodies_of_places(context, start, end).items() if level == "province"]
        if len(held) == 1:
            return held[0]
    return max(provinces, key=lambda loc: (len(loc.mentions), -min(s for s, _ in loc.mentions))).name


# a level word without its name: "toàn tỉnh", "trên địa bàn phường", "Công an huyện"
_UNNAMED_PLACE = regex.compile(
    r"\b(?:toàn|địa bàn|của|[Cc]ông an)[ ]+"
    r"(?P<level>tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\b"
    r"(?![ ]+(?:\p{Lu}|\d)|\.\p{Lu})"
    # a level word joined to another of its rank stands for all of them ("Công an xã, phường", "xã và phường")
    r"(?![ ]*(?:,|/|và|hoặc)[ ]*(?:xã|phường|thị trấn|huyện|quận|thị xã)\b)"
    # a village without its name, "nhân dân trong thôn", "toàn thôn", or opening its sentence or a clause
    # after ";" ("Thôn có 312 hộ …; thôn xây dựng 3 mô hình …"): no unit of the gazetteer, it stands for its
    # commune, the lowest unit the report names
    r"|(?:\b(?:toàn|địa bàn|của|trong)[ ]+|(?<=(?:^|[.;!?\n])[ ]*))"
    r"(?P<village>[Tt]hôn|[Ll]àng|[Xx]óm|[Ấấ]p)\b"
    r"(?![ ]+(?:\p{Lu}|\d)|[ ]*(?:,|/|và|hoặc)[ ]*(?:thôn|làng|xóm|ấp|bản|buôn|tổ|khu)\b)", regex.V1)
_UNNAMED_LEVEL = {"tỉnh": "province", "thành phố": "province", "huyện": "district", "quận": "district",
                  "thị xã": "district", "xã": "commune", "phường": "commune", "thị trấn": "commune",
                  "đặc khu": "commune"}


def unnamed_place(context: Context, start: int, end: int) -> str | None:
    """The place a level word without its name stands for, the last one in [start, end): the
    report's own district or commune ("trên địa bàn phường", "Công an huyện") when the report names
    only one of that level; the province ("toàn tỉnh", "Công an tỉnh") in a district's or commune's
    own report. None when there is no such word or it stands for no one place."""
    assert context.result is not None
    found = word = None
    for m in _UNNAMED_PLACE.finditer(context.document.text, start, end):
        word = m.group("level") or "xã"  # a village: its commune
        found = _UNNAMED_LEVEL[word]
    if found is None:
        return None
    if found == "province":
        local = _local_report(context)
        if local is not None and word == "thành phố" and _named_as_city(context, local):
            # "trên địa bàn thành phố" in a city's own report ("Ban An toàn giao thông TP. X họp …"): the city
            return local
        return _main_province(context) if local is not None else None
    names = {loc.name for loc in context.result.localities if loc.level == found}
    return names.pop() if len(names) == 1 else None


def _named_as_city(context: Context, name: str) -> bool:
    """Whether the district-level place `name` is written as a city ("TP. Vũng Tàu", "thành phố Bà Rịa")
    somewhere in the report."""
    return regex.search(r"(?:\b[Tt]hành phố|(?<!\w)T[Pp]\.?)[ ]?" + regex.escape(name) + r"(?!\w)",
                        context.document.text, regex.V1) is not None


# a body of a place named after its level word: "Công an huyện Tiền Hải", "Huyện ủy Tiền Hải",
# "Công an Q.Bình Thạnh"
_BODY_OF_PLACE = regex.compile(
    r"(?:(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+"
    r"|(?:Tỉnh|Thành|Huyện|Thị|Quận)\s+ủy\s+"
    r"|(?<=\s)(?:TP\.?[ ]?|Tp\.[ ]?)(?=\p{Lu})|(?<=\s)" + ABBREVIATED_LEVEL + r")"
    r"(?P<place>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)*)$", regex.V1)
# who hosts a visit or an inspection: the words after "làm việc với", "kiểm tra … tại", "thăm … với",
# up to what the visit is about ("về …")
# (or, for an inspection of a body's work, the body after "của": "kiểm tra công tác bảo đảm an ninh, trật
# tự … của Công an TP Cần Thơ sau khi hợp nhất …")
_HOST = regex.compile(
    r"\b(?:làm việc|kiểm tra|thăm)\b[^.;]{0,80}?\s(?:với|tại)\s+(?P<host>[^.;]+?)(?=\s+về\s|[.;]|$)"
    r"|\bkiểm tra\s+công tác\b[^.;]{0,120}?\scủa\s+"
    r"(?P<host>(?:Công an|UBND|Ủy ban nhân dân|Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy)\s[^.;,]+?)"
    r"(?=\s+(?:về|sau|trong|tại|năm)\s|[.;,]|$)",
    regex.V1)
# a province's own body written without its name: "Công an tỉnh", "UBND tỉnh và …"
_PROVINCE_BODY_UNNAMED = regex.compile(r"\b(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy)\b(?![ ]+\p{Lu})", regex.V1)


def _local_report(context: Context) -> str | None:
    """The one district or commune whose report it is, read from the first event's words; else None.

    When the event names who hosts it ("… làm việc với Công an huyện Kỳ Anh", "kiểm tra … tại Công
    an phường Phủ Lý"), the hosts decide: the bodies of one district or commune and no province's body
    among them is that place, even when a province's body visits; a province's body among them
    ("… với Chi cục Kiểm lâm tỉnh, Công an tỉnh và UBND huyện Kon Plông") is the province's; a host
    that is no place's own body (a provincial centre in a ward) says nothing. Else the one district
    or commune whose bodies hold the event, when it names no province's body.
    """
    assert context.result is not None
    if not context.result.events:
        return _reporting_place(context)
    start, end = context.result.events[0].span
    text = context.document.text
    host = _HOST.search(text, start, end)
    if host is not None:
        hs, he = host.span("host")
        if _PROVINCE_BODY_UNNAMED.search(text, hs, he) is not None:
            return None
        places = _bodies_of_places(context, hs, he)
        if "province" in places.values():
            return None
        if len(places) == 1:
            return next(iter(places))
    post = _post_district(context, start, end)
    if post is not None:
        return post
    places = _bodies_of_places(context, start, end)
    if not places:
        return _holder_place(context, start, end)
    if "province" in places.values() or len(places) != 1:
        return None
    return next(iter(places))


# a report a body of a district or commune issues, told in the lead ("UBND huyện Thạch Thất vừa có báo cáo kết
# quả …", "Công an xã X báo cáo …")
_REPORTS = regex.compile(r"(?<![\p{L}])(?:có báo cáo|báo cáo kết quả|báo cáo tình hình|ban hành báo cáo"
                         r"|báo cáo sơ kết|báo cáo tổng kết)(?![\p{L}])", regex.V1)


def _reporting_place(context: Context) -> str | None:
    """The district or commune whose own body issues the report told in the lead's first sentence (a report
    with no event: "UBND huyện Thạch Thất vừa có báo cáo kết quả …"; its later parts' figures are the
    district's); else None."""
    lead = next((b for b in context.blocks if b.kind == "body"), None)
    if lead is None:
        return None
    text = context.document.text
    start = lead.start
    stop = min((i for i in (text.find(c, start, lead.end) for c in ".\n") if i >= 0), default=lead.end)
    report = _REPORTS.search(text, start, stop)
    if report is None:
        return None
    places = _bodies_of_places(context, start, report.start())
    if len(places) != 1 or "province" in places.values():
        return None
    return next(iter(places))


# a district's or commune's board or committee holding the event, written in a way the bodies' list does not
# know ("BCĐ phong trào toàn dân bảo vệ ANTQ huyện Tư Nghĩa tổ chức hội nghị …"): the place right before
# "tổ chức", with no province's word in the holder's words
_HELD_BY_PLACE = regex.compile(
    r"(?:^|[,.:]\s)(?P<holder>[^,.:;]*?(?:huyện|quận|thị xã|xã|phường|thị trấn)\s+"
    r"(?P<place>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)*))\s+(?:đã\s+)?tổ chức\b", regex.V1)
_PROVINCE_WORD = regex.compile(r"(?<!\w)(?:tỉnh|[Tt]hành phố|Tỉnh ủy|Thành ủy)(?!\w)", regex.V1)


def _holder_place(context: Context, start: int, end: int) -> str | None:
    assert context.result is not None
    text = context.document.text
    m = _HELD_BY_PLACE.search(text, start, end)
    if m is None or _PROVINCE_WORD.search(m.group("holder")):
        return None
    levels = {loc.name: loc.level for loc in context.result.localities}
    return m.group("place") if levels.get(m.group("place")) in ("district", "commune") else None


# a border post and the district it stands in, written right after its name ("Đồn Biên phòng Bắc Phong
# Sinh, huyện Hải Hà", "Đồn Biên phòng Cửa khẩu Y (huyện Minh Hóa)"): the post guards that district's border,
# so it is that district's own body (a provincial centre's address, "Cơ sở cai nghiện … (phường …)", is not)
_BORDER_POST = regex.compile(r"Đồn\s+(?:Biên\s+phòng|BP)\s", regex.V1)
_POST_DISTRICT = regex.compile(
    r"[ ]*(?:,|\()[ ]*(?:huyện|thị xã|quận)[ ]+(?P<place>\p{Lu}[\p{L}\-]*(?:[ ]+\p{Lu}[\p{L}\-]*)*)",
    regex.V1)


def _post_district(context: Context, start: int, end: int) -> str | None:
    """The district of a border post that holds the event, its first body named, written with no district
    after its name ("Đồn Biên phòng Cửa khẩu X, Bộ đội Biên phòng tỉnh Y tổ chức hội nghị …"): the one
    district the report names (the post guards that district's border), else None."""
    assert context.result is not None
    text = context.document.text
    mentions = sorted((s, e) for org in context.result.organizations
                      for s, e in org.mentions if start <= s < end)
    if not mentions or _BORDER_POST.match(text, *mentions[0]) is None:
        return None
    if _POST_DISTRICT.match(text, mentions[0][1]) is not None:
        return None  # written after it: read by `_bodies_of_places`
    districts = {loc.name for loc in context.result.localities if loc.level == "district"}
    return districts.pop() if len(districts) == 1 else None


def _bodies_of_places(context: Context, start: int, end: int) -> dict[str, str]:
    """The places (name -> level) whose own bodies are mentioned in [start, end): "Công an huyện
    Tiền Hải" -> {"Tiền Hải": "district"}, "Đồn Biên phòng X, huyện Hải Hà" -> {"Hải Hà": "district"};
    provinces, districts and communes only."""
    assert context.result is not None
    levels = {loc.name: loc.level for loc in context.result.localities}
    text = context.document.text
    found: dict[str, str] = {}
    for org in context.result.organizations:
        for s, e in org.mentions:
            if not start <= s < end:
                continue
            m = _BODY_OF_PLACE.search(text[s:e])
            if m is None and _BORDER_POST.match(text, s, e):
                m = _POST_DISTRICT.match(text, e)
                if m is not None and levels.get(m.group("place")) != "district":
                    m = None
            level = levels.get(m.group("place")) if m is not None else None
            if level in ("province", "district", "commune"):
                found[m.group("place")] = level
    return found


def last_national(text: str, start: int, end: int, whole_force: bool = True) -> int | None:
    """Where the last words of the whole force or country start in text[start:end], or None
    ("toàn lực lượng" only when `whole_force`, see `whole_force_national`)."""
    found = None
    for m in _NATIONAL.finditer(text, start, end):
        if whole_force or not _WHOLE_FORCE.fullmatch(m.group()):
            found = m.start()
    return found


# two or more provinces as one subject: "Công an ba tỉnh đã …", "Ba tỉnh thống nhất …" (not a place
# phrase: "trên địa bàn ba tỉnh")
_JOINT = regex.compile(
    r"(?:(?:(?:Công an|[Ll]ực lượng|Bộ đội Biên phòng)[ ]+|(?<![\p{L}][ ]+))(?:[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm)"
    r"|(?:Công an|[Ll]ực lượng)[ ]+(?<!\d)[2-9])[ ]+tỉnh\b(?![ ]+\p{Lu})", regex.V1)


@cache
def _foreign_names() -> frozenset[str]:
    return frozenset(row["name"] for row in load_table("foreign_places.tsv"))


def is_joint(context: Context, start: int, end: int) -> bool:
    """Whether text[start:end] speaks of two or more of the country's provinces together ("Công an ba
    tỉnh đã trao đổi 126 tin"): their joint figures and goals have no one scope. Two provinces' police
    across a border (the report names a foreign place) are the Vietnamese province's."""
    assert context.result is not None
    if _JOINT.search(context.document.text, start, end) is None:
        return False
    foreign = _foreign_names()
    return not any(loc.name in foreign for loc in context.result.localities)


def is_national(text: str, start: int, end: int, whole_force: bool = True) -> bool:
    """Whether text[start:end] addresses the whole force or country ("Công an các đơn vị, địa phương")."""
    return last_national(text, start, end, whole_force) is not None


def whole_force_national(context: Context) -> bool:
    """Whether "toàn lực lượng" is the country's force: unless the first body named in the report's
    first event is a province's own ("Đảng ủy Công an tỉnh Bắc Ninh tổ chức hội nghị …")."""
    assert context.result is not None
    if not context.result.events:
        return True
    start, end = context.result.events[0].span
    first = min(((s, e) for org in context.result.organizations for s, e in org.mentions if start <= s < end),
                default=None)
    if first is None:
        return True
    return "province" not in _bodies_of_places(context, first[0], first[0] + 1).values()


# ---------------------------------------------------------------- bodies

BODY_START = regex.compile(
    r"(?:Công an|công an|Ban|Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy|Đảng bộ|UBND|Ủy ban|HĐND|Hội đồng|Bộ|Sở|Cục|"
    r"Phòng|[Cc]ác|[Ll]ực lượng|[Tt]ỉnh|[Tt]hành phố|TP|[Cc]ấp ủy|[Cc]hính quyền|[Nn]gười đứng đầu|[Đđ]ơn vị|"
    r"[Đđ]ịa phương|[Xx]ã|[Hh]uyện|[Pp]hường|[Qq]uận|[Tt]oàn|[Hh]ai bên|Quân khu|Bộ đội|Viện kiểm sát|"
    r"Tòa án|Văn phòng|Trung tâm|Trường|Cơ quan|"
    r"Chính phủ|Nhà nước|Trung ương)\b",
    regex.V1)


def body_starts(context: Context) -> frozenset[int]:
    """Where organizations and localities are mentioned: where a body's name may start."""
    assert context.result is not None
    starts = {s for org in context.result.organizations for s, _e in org.mentions}
    starts |= {s for loc in context.result.localities for s, _e in loc.mentions}
    return frozenset(starts)


def looks_like_body(text: str, start: int, end: int, bodies: frozenset[int]) -> bool:
    """Whether text[start:end] names a body ("Công an tỉnh", "Ban Thường vụ ...", "Hải Phòng")."""
    return start in bodies or BODY_START.match(text, start, end) is not None
