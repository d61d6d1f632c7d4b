"""Target evaluation: judge each target by the indicators reported after it.

`evaluate_targets(targets, indicators)` takes item dicts as the store returns
them (extract@1 fields plus "id", "document_id", "document_date", "event_date",
…) and returns each target with

- "status": "met" | "not_met" | "pending";
- "evidence": every comparable indicator, oldest first, each as
  {item_id, document_id, document_date, date (event date, else document date),
  document_source, document_title, value, unit, direction,
  baseline, period, scope, text, span, decisive}; `decisive` marks the one that
  decided the status (the latest);
- "follow_status": the target's own follow-up status ("open", "done", …) when
  the input dict carried one under "status", so nothing is lost by the overwrite.

An indicator is comparable with a target when all of these hold:

1. same `metric_key` (both non-null);
2. same scope: both national (scope null, "toàn quốc", "cả nước") or the same
   locality (codes when both carry `scope_code`, else names compared with
   `fold_key`);
3. compatible baseline (see `baselines_compatible`):
   - a fixed-year baseline ("năm 2020") accepts only the same fixed year;
   - a same-period baseline ("cùng kỳ", "cùng kỳ năm 2024") accepts a same-period
     baseline of the same year (or one that names no year);
   - a target with no baseline accepts an indicator with no baseline or a
     same-period one (year-on-year is what these reports mean by an unqualified
     change), never a fixed-year one;
   - `reach` targets (a level or a rank, not a change) accept any baseline;
4. reported after the target: the indicator's date (event date, else document
   date) is on or after the target's, compared at the precision both have, and it
   comes from another document (a report's own figures describe the past it sets
   targets for); items without any date are not comparable;
5. same unit (compared with `fold_key`; rank metrics, `*_rank`, ignore units).

Decision, on the latest comparable indicator:

- decrease: met when the indicator is a decrease of at least the target value;
- increase: met when the indicator is an increase of at least the target value;
- reach: met when the value is at least the target value; for rank metrics
  ("nằm trong 15 tỉnh đứng đầu", `grdp_rank`) when the rank is at most it;
- not met, but the target's deadline has not passed yet -> "pending";
- no comparable indicator -> "pending".
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

try:
    from chidao.text.fold import fold_diacritics, fold_key
except ImportError:  # until chidao.text.fold lands: the same length-preserving folding, locally
    import unicodedata

    def fold_diacritics(text: str) -> str:
        """Tone and vowel marks removed, đ/Đ -> d/D; one character per character."""
        return "".join("d" if ch == "đ" else "D" if ch == "Đ" else unicodedata.normalize("NFD", ch)[0]
                       for ch in text)

    def fold_key(text: str) -> str:
        """Folded, lower-cased, whitespace collapsed: the key names are compared by."""
        return " ".join(fold_diacritics(text).lower().split())

# Targets meet indicators pairwise: fold each distinct string once.
_folded = cache(fold_key)

NATIONAL_SCOPES = frozenset({"", "toan quoc", "ca nuoc", "quoc gia", "viet nam"})

_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_DATE_PARTS = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def evaluate_targets(targets: list[dict[str, Any]], indicators: list[dict[str, Any]],
                     today: dt.date | None = None) -> list[dict[str, Any]]:
    """Each target dict (copied) with "status", "evidence" and "follow_status" added.

    `today` decides whether a deadline has passed (default: the real today).
    """
    today = today or dt.date.today()
    # Indicators are sorted once and indexed by metric and scope, so each target
    # checks only the few that can match.
    ordered = sorted((i for i in indicators if i.get("metric_key")), key=_sort_key)
    index: dict[tuple[str, str], list[int]] = {}
    for n, indicator in enumerate(ordered):
        for key in _scope_keys(indicator):
            index.setdefault((indicator["metric_key"], key), []).append(n)
    evidence_cache: dict[int, dict[str, Any]] = {}
    results = []
    for target in targets:
        metric = target.get("metric_key") or ""
        positions = sorted({n for key in _scope_keys(target) for n in index.get((metric, key), ())})
        candidates = [ordered[n] for n in positions]
        results.append(_judge(target, candidates, today, evidence_cache))
    return results


def evaluate_target(target: dict[str, Any], indicators: list[dict[str, Any]],
                    today: dt.date) -> dict[str, Any]:
    """One target judged against candidate indicators (any metric, any order; filtered here)."""
    return _judge(target, sorted(indicators, key=_sort_key), today, {})


def _judge(target: dict[str, Any], candidates: list[dict[str, Any]], today: dt.date,
           evidence_cache: dict[int, dict[str, Any]]) -> dict[str, Any]:
    """Status and evidence of `target` from `candidates` given oldest first."""
    comparable = [i for i in candidates if is_comparable(target, i)]
    status = "pending"
    if comparable:
        decider = comparable[-1]
        if meets(target, decider):
            status = "met"
        elif not deadline_passed(target.get("deadline"), today):
            status = "pending"
        else:
            status = "not_met"
    out = dict(target)
    if "status" in target:
        out["follow_status"] = target["status"]
    out["status"] = status
    evidence = []
    for n, indicator in enumerate(comparable):
        base = evidence_cache.get(id(indicator))
        if base is None:
            base = evidence_cache[id(indicator)] = _evidence(indicator, decisive=False)
        evidence.append(dict(base, decisive=(n == len(comparable) - 1)))
    out["evidence"] = evidence
    return out


def _scope_keys(item: dict[str, Any]) -> tuple[str, ...]:
    """Index keys for `same_scope`: "national", or the locality's code and folded name."""
    if _is_national(item):
        return ("national",)
    keys = (f"name:{_scope_name(item.get('scope'))}",)
    return keys + (f"code:{item['scope_code']}",) if item.get("scope_code") else keys


def is_comparable(target: dict[str, Any], indicator: dict[str, Any]) -> bool:
    """Whether `indicator` may judge `target` (rules 1–5 of the module docstring)."""
    if not target.get("metric_key") or target.get("metric_key") != indicator.get("metric_key"):
        return False
    if indicator.get("value") is None or target.get("value") is None:
        return False
    if not same_scope(target, indicator):
        return False
    if target.get("direction") != "reach" and not baselines_compatible(
            target.get("baseline"), indicator.get("baseline")):
        return False
    if not _reported_after(target, indicator):
        return False
    if not _is_rank(target) and _unit_key(target.get("unit")) != _unit_key(indicator.get("unit")):
        return False
    return True


def same_scope(target: dict[str, Any], indicator: dict[str, Any]) -> bool:
    """Both national, or the same locality (by code when both have one, else by folded name)."""
    t_national, i_national = _is_national(target), _is_national(indicator)
    if t_national or i_national:
        return t_national and i_national
    t_code, i_code = target.get("scope_code"), indicator.get("scope_code")
    if t_code and i_code:
        return str(t_code) == str(i_code)
    return _scope_name(target.get("scope")) == _scope_name(indicator.get("scope"))


@cache
def baseline_key(baseline: str | None) -> tuple[str, int | None] | None:
    """("year", 2020) for "năm 2020"; ("same_period", 2024 | None) for "cùng kỳ…"; None if absent.

    Any other wording is kept as ("other", None) plus exact text comparison by the caller.
    """
    if not baseline or not baseline.strip():
        return None
    folded = _folded(baseline)
    year_match = _YEAR.search(folded)
    year = int(year_match.group(0)) if year_match else None
    if "cung ky" in folded or "nam truoc" in folded:
        return ("same_period", year)
    if year is not None:
        return ("year", year)
    return ("other", None)


def baselines_compatible(target_baseline: str | None, indicator_baseline: str | None) -> bool:
    """Whether an indicator measured against `indicator_baseline` can judge a change target."""
    t_key, i_key = baseline_key(target_baseline), baseline_key(indicator_baseline)
    if t_key is None:
        return i_key is None or i_key[0] == "same_period"
    if i_key is None:
        return False
    if t_key[0] == "year":
        return i_key == t_key
    if t_key[0] == "same_period":
        return i_key[0] == "same_period" and (t_key[1] is None or i_key[1] in (None, t_key[1]))
    return _folded(target_baseline or "") == _folded(indicator_baseline or "")


def meets(target: dict[str, Any], indicator: dict[str, Any]) -> bool:
    """Whether the indicator's figure reaches the target (direction rules of the docstring)."""
    goal, value = float(target["value"]), float(indicator["value"])
    direction = target.get("direction")
    if direction in ("decrease", "increase"):
        return indicator.get("direction") == direction and value >= goal
    if _is_rank(target):
        return value <= goal
    return value >= goal


def deadline_passed(deadline: str | None, today: dt.date) -> bool:
    """True when `deadline` ("2025", "năm 2025", "2025-06", "2025-06-30") ended before `today`.

    No deadline counts as passed: an open-ended target is judged on what is reported.
    """
    if not deadline:
        return True
    end = _period_end(deadline)
    return end is None or end < today


def _period_end(value: str) -> dt.date | None:
    """Last day of the period an ISO-ish date or a text with a year names."""
    match = _DATE_PARTS.match(value.strip())
    if match:
        year, month, day = (int(g) if g else None for g in match.groups())
    else:
        year_match = _YEAR.search(value)
        if not year_match:
            return None
        year, month, day = int(year_match.group(0)), None, None
    assert year is not None
    if month is None:
        return dt.date(year, 12, 31)
    if day is None:
        next_month = dt.date(year + month // 12, month % 12 + 1, 1)
        return next_month - dt.timedelta(days=1)
    return dt.date(year, month, day)


def item_date(item: dict[str, Any]) -> str | None:
    """The date an item speaks for: its event's date, else its document's."""
    return item.get("event_date") or item.get("document_date") or None


def _reported_after(target: dict[str, Any], indicator: dict[str, Any]) -> bool:
    if target.get("document_id") and target.get("document_id") == indicator.get("document_id"):
        return False
    t_date, i_date = item_date(target), item_date(indicator)
    if not t_date or not i_date:
        return False
    precision = min(len(t_date), len(i_date))
    return i_date[:precision] >= t_date[:precision]


def _sort_key(item: dict[str, Any]) -> tuple[str, str, int]:
    span = item.get("span") or (0, 0)
    return (item_date(item) or "", item.get("document_id") or "", span[0])


def _is_rank(target: dict[str, Any]) -> bool:
    return (target.get("metric_key") or "").endswith("_rank")


def _is_national(item: dict[str, Any]) -> bool:
    return not item.get("scope_code") and _folded(item.get("scope") or "") in NATIONAL_SCOPES


def _scope_name(scope: str | None) -> str:
    folded = _folded(scope or "")
    # "tỉnh Quảng Ninh" and "Quảng Ninh" are one scope.
    for prefix in ("thanh pho ", "tp ", "tinh "):
        if folded.startswith(prefix):
            return folded[len(prefix):]
    return folded


def _unit_key(unit: str | None) -> str:
    return _folded(unit or "")


def _evidence(indicator: dict[str, Any], decisive: bool) -> dict[str, Any]:
    span = indicator.get("span")
    return {
        "item_id": indicator.get("id"),
        "document_id": indicator.get("document_id"),
        "document_date": indicator.get("document_date"),
        "date": item_date(indicator),
        "document_source": indicator.get("document_source"),
        "document_title": indicator.get("document_title"),
        "value": indicator.get("value"),
        "unit": indicator.get("unit"),
        "direction": indicator.get("direction"),
        "baseline": indicator.get("baseline"),
        "period": indicator.get("period"),
        "scope": indicator.get("scope"),
        "text": indicator.get("text"),
        "span": list(span) if span else None,
        "decisive": decisive,
    }
