"""Indicators: figures a report gives as results ("tội phạm về trật tự xã hội giảm
11,3% so với năm 2020", "điều tra, làm rõ 22.022 vụ", "triệt phá 27 băng, nhóm").

Needs `context.result.targets` (a figure taken as a goal is not a result) and
`.localities` (scope). A figure is an indicator when it has a unit of count or a
percentage, is not a target or a resource promised (money, floor area, staff),
and either names a metric of `metrics.tsv` (after the figure, as the subject of
its change verb, or in the reporting verb before it) or changes ("giảm",
"tăng", "(-3,1%)"). Figures without a number ("giảm cả 3 tiêu chí") are skipped.

The span covers the change or reporting verb, the figure and its baseline:
"giảm 11,3% so với năm 2020", "điều tra, làm rõ 22.022 vụ". The period is the
nearest one before the figure in its sentence, else in the paragraph so far
("Năm 2023, ... . Lực lượng Công an tỉnh đã điều tra, làm rõ 1.386 vụ").
"""

from __future__ import annotations

import regex

from chidao.extract.context import Context
from chidao.extract.metrics import (
    MONEY_UNITS,
    Amount,
    MetricMention,
    baseline_after,
    find_amounts,
    find_metrics,
    find_periods,
    is_national,
    locality_in,
    main_locality,
    passages,
)
from chidao.model import Document, Indicator

# resources (commitments) and plain measures of size are not results
_NOT_INDICATOR_UNITS = MONEY_UNITS | {"m2", "km", "ha", "biên chế", "chỗ", "tầng", "tỉnh"}
_CHANGE = regex.compile(r"\b(?P<dec>[Kk]éo giảm|giảm)\b|\b(?P<inc>tăng(?! cường)|tăng thêm)\b", regex.V1)
_REPORT_VERB = regex.compile(
    r"(?<!\w)(?:(?:phát hiện|điều tra|làm rõ|bắt giữ|bắt|triệt phá|xử lý|khởi tố|thu giữ|tiếp nhận|"
    r"giải quyết|thu nhận|cấp|đạt|khám phá|truy bắt|vận động|đấu tranh|phá|xảy ra)(?:,\s*|\s+)?)+"
    r"(?:được\s+|thêm\s+|tổng cộng\s+)?$",
    regex.V1)
_CLAUSE_START = regex.compile(r"[,;:]\s*|\s(?:và|trong đó|đồng thời)\s", regex.V1)
_CLAUSE_END = regex.compile(r"\s+so với\b|[;,.…!?()]|\s+và\s|\s\d", regex.V1)
_SIGNED = regex.compile(r"\(\s*(?P<sign>[-+–])\s*$", regex.V1)
_PAST_GOAL = regex.compile(r"\b(?:mục tiêu|phấn đấu|chỉ tiêu)\s*$", regex.V1)


def extract_indicators(document: Document, context: Context) -> list[Indicator]:
    """Reported figures of body sentences, in order."""
    assert context.result is not None
    text = document.text
    # figures already taken as goals or as resources promised
    claimed = [t.span for t in context.result.targets] + [c.span for c in context.result.commitments]
    out: list[Indicator] = []
    for passage in passages(context):
        if not find_amounts(text, passage.start, passage.end):
            continue
        period = None
        for start, end in passage.sentences:
            previous: Indicator | None = None
            periods = find_periods(text, start, end)
            for amount in find_amounts(text, start, end):
                if amount.unit in _NOT_INDICATOR_UNITS:
                    continue
                if any(s <= amount.number_start < e for s, e in claimed):
                    continue
                found = [p for p in periods if p.end <= amount.start]
                if found:
                    period = found[-1].value[:1].lower() + found[-1].value[1:]
                item = _indicator(text, context, start, end, amount, period, previous)
                if item is not None:
                    out.append(item)
                    previous = item
    return out


def _indicator(text: str, context: Context, start: int, end: int, amount: Amount, period: str | None,
               previous: Indicator | None) -> Indicator | None:
    clause_start = start
    for m in _CLAUSE_START.finditer(text, start, amount.start):
        clause_start = m.end()
    direction = None
    signed = _SIGNED.search(text, max(start, amount.number_start - 4), amount.number_start)
    if signed is not None:
        direction = "decrease" if signed.group("sign") in "-–" else "increase"
    change = _last(_CHANGE, text, clause_start, amount.start)
    if change is not None and not text[change.end():amount.start].strip():
        direction = "decrease" if change.group("dec") else "increase"
    elif change is not None:
        change = None
    # the reporting verbs right before the figure, across commas: "điều tra, làm rõ 1.204 vụ"
    verb = _REPORT_VERB.search(text, max(start, amount.start - 60), amount.start)
    if verb is not None and not verb.group().strip():
        verb = None
    span_start = amount.start if verb is None else verb.start()
    if change is not None:
        span_start = change.start()
    # the metric: the words after the figure, the subject of its change verb, or the reporting verb
    tail_stop = _CLAUSE_END.search(text, amount.end, end)
    tail_end = tail_stop.start() if tail_stop else end
    metric = _first(find_metrics(text, amount.number_start, tail_end))
    metric_text = text[max(metric.start, amount.unit_start):tail_end].strip(" ,") if metric else None
    if signed is not None and previous is not None:  # "giảm 12 vụ (-3,1%)": the same metric, as a rate
        span_start = signed.start("sign")
        metric = None
        metric_text, key = previous.metric, previous.metric_key
    elif metric is None:
        subject_end = change.start() if change is not None else span_start
        # "tỷ lệ điều tra, khám phá án đạt 78,4%": a percentage is the rate its sentence names
        named = _last_metric(find_metrics(text, start, subject_end)) if amount.unit == "%" else None
        rate = named if named is not None and named.key.endswith("_rate") \
            and ";" not in text[named.end:amount.start] else None
        if rate is not None:
            clause_start = rate.start
        metric = rate or _last_metric(find_metrics(text, clause_start, subject_end))
        if metric is not None:
            metric_text = text[clause_start:subject_end].strip(" ,")
    if metric is None and verb is not None:
        metric = _first(find_metrics(text, verb.start(), verb.end()))
        if metric is not None:
            metric_text = text[verb.start():verb.end()].strip(" ,")
    if signed is None or previous is None:
        key = metric.key if metric is not None else None
    if key is None and direction is None:
        return None
    if _PAST_GOAL.search(text, clause_start, span_start):
        return None
    span_end = amount.end
    if metric is not None and amount.end < metric.end <= tail_end:
        span_end = metric.end
    baseline = baseline_after(text, span_end, end) or baseline_after(text, amount.end, end)
    if baseline is not None:
        span_end = baseline.end
    return Indicator(
        metric=metric_text or None, metric_key=key, value=amount.value, unit=amount.unit,
        direction=direction, baseline=baseline.value if baseline else None, period=period,
        scope=_scope(text, context, start, amount.start, end),
        text=text[span_start:span_end], span=(span_start, span_end))


def _last(pattern: regex.Pattern[str], text: str, start: int, end: int) -> regex.Match[str] | None:
    found = None
    for m in pattern.finditer(text, start, end):
        found = m
    return found


def _first(mentions: list[MetricMention]) -> MetricMention | None:
    return mentions[0] if mentions else None


def _last_metric(mentions: list[MetricMention]) -> MetricMention | None:
    return mentions[-1] if mentions else None


def _scope(text: str, context: Context, sentence_start: int, figure_start: int, end: int) -> str | None:
    named = locality_in(context, sentence_start, figure_start)
    if named is not None:
        return named
    if is_national(text, sentence_start, end):
        return None
    return main_locality(context)
