"""The fields a person may correct, per item kind, with their Vietnamese names and checks.

`FIELDS[kind][name]` is a `FieldSpec`: its Vietnamese label and the parser that turns
what a person typed into the stored value (or raises `CorrectionError` saying why in
one line). An empty value is "none" (null; an empty list for a list field).

- text (speaker, addressee, unit, baseline, scope, …): normalized like report text
  (NFC, tone marks), one line, at most `MAX_TEXT` characters;
- dates (event and legal-reference dates, deadlines): YYYY, YYYY-MM, YYYY-MM-DD,
  dd/mm/yyyy or mm/yyyy, stored as ISO;
- numbers (value, amount): "1.000" and "756,2" read the Vietnamese way, "756.2" too;
  finite and not negative (the direction carries the sign);
- keys (metric_key, topics, direction, types, ranks): a known key of the vocabulary,
  or for topics and ranks their Vietnamese label, diacritics optional;
- lists (topics, ranks, positions, localities): separated by ";" (topics also ",").

`field_label(name)` and `value_label(name, value)` give the Vietnamese forms the CLI
and the web show in histories.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from chidao.gazetteer.loader import load_table
from chidao.gazetteer.topics import topic_choices, topic_labels
from chidao.report.tables import kind_label
from chidao.text.dates import date_refusal, iso_date
from chidao.text.fold import fold_key
from chidao.text.normalize import normalize_text
from chidao.text.numbers import format_number, parse_number

MAX_TEXT = 300
_CONTROL = regex.compile(r"[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]")
_MONTH_FIRST = regex.compile(r"(\d{1,2})/(\d{4})")
_PLAIN_NUMBER = regex.compile(r"-?\d+(?:[.,]\d+)?")

EVENT_TYPES = ("working_session", "conference", "ceremony", "inspection", "other")
COMMITMENT_KINDS = ("staffing", "funding", "construction", "equipment", "policy", "other")
TARGET_DIRECTIONS = ("decrease", "increase", "reach")
INDICATOR_DIRECTIONS = ("decrease", "increase")
_TRUE = {"true", "yes", "1", "co", "dung"}
_FALSE = {"false", "no", "0", "khong", "sai"}

# Vietnamese names of the values people see in histories (keys stay in JSON).
VALUE_LABELS: dict[str, dict[str, str]] = {
    "status": {"open": "Chưa thực hiện", "in_progress": "Đang thực hiện", "done": "Hoàn thành",
               "dropped": "Không tiếp tục"},
    "direction": {"decrease": "giảm", "increase": "tăng", "reach": "đạt"},
    "type": {"working_session": "Làm việc", "conference": "Hội nghị", "ceremony": "Lễ",
             "inspection": "Kiểm tra", "other": "Khác"},
    "kind": {"staffing": "Biên chế", "funding": "Kinh phí", "construction": "Xây dựng",
             "equipment": "Trang thiết bị", "policy": "Chính sách", "other": "Khác"},
    "at_least": {"True": "có", "False": "không"},
}


# Fields that hold a number (read by parse_amount), shown as Vietnamese writes numbers.
NUMBER_FIELDS = frozenset({"value", "amount"})


class CorrectionError(ValueError):
    """A correction that cannot be made, said in one line (Vietnamese)."""


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One correctable field: its Vietnamese label and how a typed value is read."""

    name: str
    label: str
    parse: Callable[[str], Any]


def parse_text(value: str) -> str | None:
    """One line of text as reports are normalized; None when empty."""
    value = normalize_text(value).strip()
    if _CONTROL.search(value):
        raise CorrectionError("giá trị có ký tự điều khiển hoặc xuống dòng: chỉ nhận một dòng chữ")
    if len(value) > MAX_TEXT:
        raise CorrectionError(f"giá trị dài {len(value)} ký tự (tối đa {MAX_TEXT})")
    return value or None


def parse_verb(value: str) -> str | None:
    """A verb of saying, lower-cased as the contract writes it ("yêu cầu")."""
    text = parse_text(value)
    return text.lower() if text else None


def parse_date(value: str) -> str | None:
    """An ISO date or prefix from YYYY, YYYY-MM, YYYY-MM-DD, dd/mm/yyyy or mm/yyyy; None when empty."""
    if not value.strip():
        return None
    month = _MONTH_FIRST.fullmatch(value.strip())  # "03/2024", as dates at a month's precision show
    found = iso_date(f"{month[2]}-{int(month[1]):02d}" if month else value)
    if found is None:
        raise CorrectionError(date_refusal(value.strip()))  # as the filters say it
    return found


def parse_amount(value: str) -> float | int | None:
    """A number ("1.000" = 1000, "756,2" = 756.2, "756.2"); None when empty."""
    text = value.strip()
    if not text:
        return None
    number = parse_number(text)
    if number is None and _PLAIN_NUMBER.fullmatch(text):
        number = float(text.replace(",", "."))
    if number is None or not math.isfinite(number):
        raise CorrectionError(f"không phải số: {text} (ví dụ 1.000 hoặc 756,2)")
    if number < 0:
        raise CorrectionError(f"số âm: {text} (chiều tăng/giảm ghi ở trường direction)")
    return int(number) if number.is_integer() else number


def parse_flag(value: str) -> bool:
    """Yes or no ("có", "không", "true", "false")."""
    key = fold_key(value)
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise CorrectionError(f"không phải có/không: {value.strip()} (có, không, true, false)")


def one_of(keys: tuple[str, ...], what: str) -> Callable[[str], str | None]:
    """A parser taking one of `keys` (or its Vietnamese label), None when empty."""
    def parse(value: str) -> str | None:
        if not value.strip():
            return None
        found = _key_for(value, keys, VALUE_LABELS.get(what, {}))
        if found is None:
            raise CorrectionError(f"{what} không hợp lệ: {value.strip()} (chọn: {', '.join(keys)})")
        return found
    return parse


def _key_for(value: str, keys: tuple[str, ...] | list[str], labels: dict[str, str]) -> str | None:
    wanted = fold_key(value)
    for key in keys:
        if wanted in (fold_key(key), fold_key(labels.get(key, key))):
            return key
    return None


@cache
def metric_keys() -> tuple[str, ...]:
    return tuple(row["key"] for row in load_table("metrics.tsv"))


@cache
def rank_forms() -> tuple[str, ...]:
    return tuple(form for row in load_table("ranks.tsv") if row["kind"] == "rank"
                 for form in row["phrasings"].split("|"))


def parse_metric_key(value: str) -> str | None:
    """A metric key of chidao/gazetteer/metrics.tsv; None when empty."""
    if not value.strip():
        return None
    found = _key_for(value, metric_keys(), {})
    if found is None:
        raise CorrectionError(f"metric_key không có trong danh mục: {value.strip()} "
                              f"(chọn: {', '.join(metric_keys())})")
    return found


def _split(value: str, separators: str = ";") -> list[str]:
    return [part for part in regex.split(f"[{separators}]", value) if part.strip()]


def parse_topics(value: str) -> list[str]:
    """Topic keys, labels or phrasings ("drugs", "Phòng, chống ma túy", "ma tuy"),
    separated by ";" or ","; a label's own comma does not split it."""
    topics: list[str] = []
    words = [word.strip() for part in _split(value) for word in _split(part, ",")]
    i = 0
    while i < len(words):
        # Two pieces may be one label cut at its comma ("Phòng", "chống ma túy").
        joined = _topic_key(", ".join(words[i:i + 2])) if i + 1 < len(words) else None
        found = joined or _topic_key(words[i])
        if found is None:
            raise CorrectionError(f"lĩnh vực không có trong danh mục: {words[i]} "
                                  f"(chọn: {topic_choices()})")
        if found not in topics:
            topics.append(found)
        i += 2 if joined else 1
    return topics


def _topic_key(value: str) -> str | None:
    wanted = fold_key(value)
    return next((row["key"] for row in load_table("topics.tsv")
                 if wanted in {fold_key(row["key"]), fold_key(row["label"]),
                               *(fold_key(form) for form in row["phrasings"].split("|"))}), None)


def parse_ranks(value: str) -> list[str]:
    """Ranks as the gazetteer writes them ("Đại tướng; Thượng tướng")."""
    ranks: list[str] = []
    for part in _split(value, ";,"):
        form = next((form for form in rank_forms() if fold_key(form) == fold_key(part)), None)
        if form is None:
            raise CorrectionError(f"cấp hàm không có trong danh mục: {part.strip()}")
        ranks.append(form)
    return ranks


def parse_names(value: str) -> list[str]:
    """A list of names or positions separated by ";"."""
    return [name for part in _split(value) if (name := parse_text(part))]


def _spec(name: str, label: str, parse: Callable[[str], Any]) -> tuple[str, FieldSpec]:
    return name, FieldSpec(name, label, parse)


FIELDS: dict[str, dict[str, FieldSpec]] = {
    "events": dict((
        _spec("type", "Loại sự kiện", one_of(EVENT_TYPES, "type")), _spec("date", "Ngày", parse_date),
        _spec("place", "Nơi", parse_text), _spec("localities", "Địa phương", parse_names),
        _spec("leader", "Người chủ trì", parse_text))),
    "people": dict((_spec("ranks", "Cấp hàm", parse_ranks), _spec("positions", "Chức vụ", parse_names))),
    "organizations": {},
    "localities": {},
    "legal_refs": dict((
        _spec("kind", "Loại văn bản", parse_text), _spec("number", "Số", parse_text),
        _spec("symbol", "Ký hiệu", parse_text), _spec("name", "Tên", parse_text),
        _spec("date", "Ngày", parse_date), _spec("issuer", "Cơ quan ban hành", parse_text))),
    "directives": dict((
        _spec("speaker", "Người chỉ đạo", parse_text), _spec("verb", "Động từ", parse_verb),
        _spec("addressee", "Đối tượng", parse_text), _spec("topics", "Lĩnh vực", parse_topics))),
    "targets": dict((
        _spec("metric", "Chỉ số", parse_text), _spec("metric_key", "Mã chỉ số", parse_metric_key),
        _spec("direction", "Hướng", one_of(TARGET_DIRECTIONS, "direction")),
        _spec("value", "Giá trị", parse_amount), _spec("unit", "Đơn vị", parse_text),
        _spec("at_least", "Ít nhất", parse_flag), _spec("baseline", "So với", parse_text),
        _spec("deadline", "Thời hạn", parse_date), _spec("scope", "Phạm vi", parse_text))),
    "commitments": dict((
        _spec("kind", "Loại", one_of(COMMITMENT_KINDS, "kind")), _spec("amount", "Số lượng", parse_amount),
        _spec("unit", "Đơn vị", parse_text), _spec("giver", "Bên cấp", parse_text),
        _spec("receiver", "Bên nhận", parse_text))),
    "indicators": dict((
        _spec("metric", "Chỉ số", parse_text), _spec("metric_key", "Mã chỉ số", parse_metric_key),
        _spec("value", "Giá trị", parse_amount), _spec("unit", "Đơn vị", parse_text),
        _spec("direction", "Hướng", one_of(INDICATOR_DIRECTIONS, "direction")),
        _spec("baseline", "So với", parse_text), _spec("period", "Kỳ", parse_text),
        _spec("scope", "Phạm vi", parse_text))),
}
# Other names a person may use for a field ("commitment_kind" is how item dicts show it).
ALIASES = {"commitment_kind": "kind", "locality": "scope"}

# Labels of the follow-up and correction fields that histories show.
OTHER_LABELS = {"status": "Trạng thái", "owner": "Phụ trách", "due": "Hạn", "notes": "Ghi chú",
                "rejected": "Loại bỏ", "added": "Thêm mục", "document_date": "Ngày văn bản",
                "deleted": "Xoá văn bản"}


def field_spec(kind: str, name: str) -> FieldSpec:
    """The spec of field `name` of an item of `kind`; CorrectionError naming the fields it has."""
    fields = FIELDS.get(kind, {})
    name = name.strip()
    spec = fields.get(ALIASES.get(name, name))
    if spec is None:
        if not fields:
            raise CorrectionError(f"mục loại {kind_label(kind)} không có trường nào sửa được "
                                  "(chỉ loại bỏ được)")
        raise CorrectionError(f"mục loại {kind_label(kind)} không có trường {name} "
                              f"(sửa được: {', '.join(fields)})")
    return spec


def field_label(name: str | None, kind: str | None = None) -> str:
    """The Vietnamese name of a field ("speaker" -> "Người chỉ đạo"); the name when unknown.
    Give the item's kind where one name means different things: a commitment's "kind" is
    its "Loại", a legal reference's its "Loại văn bản"."""
    if not name:
        return ""
    if name in OTHER_LABELS:
        return OTHER_LABELS[name]
    name = ALIASES.get(name, name)
    if kind in FIELDS and name in FIELDS[kind]:
        return FIELDS[kind][name].label
    return next((fields[name].label for fields in FIELDS.values() if name in fields), name)


def corrected_field_lines(item: dict[str, Any]) -> list[str]:
    """Each field people corrected on the item, as "Đã sửa Người chỉ đạo: Tô Lâm (máy đọc: —)":
    the value in force and the machine's, as a person reads them (the CLI's `status` and the
    item's web page). On an item a person added the machine read nothing: "Đã điền Loại: Biên chế"."""
    lines = []
    for field, machine in (item.get("machine_values") or {}).items():
        shown = "commitment_kind" if item.get("kind") == "commitments" and field == "kind" else field
        label, current = field_label(field, item.get("kind")), value_label(field, item.get(shown))
        if item.get("origin") == "person":
            lines.append(f"Đã điền {label}: {current}")
        else:
            lines.append(f"Đã sửa {label}: {current} (máy đọc: {value_label(field, machine)})")
    return lines


def value_label(name: str | None, value: Any) -> str:
    """A value as a person reads it: statuses and keys in Vietnamese, dates dd/mm/yyyy,
    numbers the Vietnamese way ("1.000", "7,5"), lists joined, none as "—"."""
    if value is None or value == []:
        return "—"
    if isinstance(value, list):
        return "; ".join(value_label(name, v) for v in value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and name in NUMBER_FIELDS:
        return format_number(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    if name in VALUE_LABELS:
        return VALUE_LABELS[name].get(text, text)
    if name == "topics":
        return topic_labels().get(text, text)
    if name in ("due", "date", "deadline", "document_date") and (iso := iso_date(text)) == text:
        return "/".join(reversed(iso.split("-")))
    return text
