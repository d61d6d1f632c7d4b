"""How the directives are being carried out, topic by topic, as a PNG (matplotlib, Agg backend).

One horizontal bar per topic (the one a directive names first), split by follow-up
state: done, in progress, overdue, not started (and dropped when any is). A
directive without a topic is left out of the bars and counted in the caption, so
no "unclassified" bar outweighs the data it stands beside; topics past
`MAX_TOPICS` are folded into "Lĩnh vực khác".
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable
from typing import Any

# DejaVu Sans ships with matplotlib and has every Vietnamese glyph.
FONT_FAMILY = "DejaVu Sans"
MAX_TOPICS = 10
OTHER_TOPICS = "Lĩnh vực khác"
CHART_TITLE = "Tình hình thực hiện chỉ đạo theo lĩnh vực"
# Follow-up states in the order the bars stack them, with their labels and colours.
FOLLOW_ORDER = (("done", "Hoàn thành"), ("in_progress", "Đang thực hiện"), ("overdue", "Quá hạn"),
                ("open", "Chưa thực hiện"), ("dropped", "Không tiếp tục"))
_COLOURS = {"done": "#2e7d32", "in_progress": "#1565c0", "overdue": "#c62828", "open": "#9e9e9e",
            "dropped": "#d7ccc8"}


def follow_state(item: dict[str, Any]) -> str:
    """An item's follow-up state for the chart: "overdue" when past due and not closed, else its
    status ("done", "in_progress", "dropped"), "open" when it has none."""
    if item.get("overdue"):
        return "overdue"
    status = item.get("follow_status", item.get("status"))
    return status if status in ("done", "in_progress", "dropped") else "open"


def follow_up_by_topic(directives: list[dict[str, Any]], topic_label: Callable[[str], str] | None = None,
                       ) -> tuple[list[str], dict[str, list[int]], int]:
    """(topic labels, most directives first; state -> count per topic; directives without a topic).

    Each directive counts once, under its first topic; states none of the directives is in
    are left out, so are "dropped" and "overdue" bars of zero.
    """
    label_of = topic_label or (lambda key: key)
    counts: Counter[tuple[str, str]] = Counter()
    unclassified = 0
    for directive in directives:
        topic = next(iter(directive.get("topics") or ()), None)
        if topic is None:
            unclassified += 1
            continue
        counts[(label_of(topic), follow_state(directive))] += 1
    totals: Counter[str] = Counter()
    for (topic, _), n in counts.items():
        totals[topic] += n
    ranked = [topic for topic, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
    shown = ranked[:MAX_TOPICS] + ([OTHER_TOPICS] if len(ranked) > MAX_TOPICS else [])
    series: dict[str, list[int]] = {}
    for state, _ in FOLLOW_ORDER:
        values = [0] * len(shown)
        for (topic, counted), n in counts.items():
            if counted == state:
                values[shown.index(topic if topic in shown else OTHER_TOPICS)] += n
        if any(values):
            series[state] = values
    return shown, series, unclassified


def follow_up_caption(unclassified: int) -> str:
    """The chart's caption: what a bar counts, and the directives left out."""
    caption = ("Biểu đồ: tình hình thực hiện chỉ đạo theo lĩnh vực; mỗi chỉ đạo tính một lần, theo "
               "lĩnh vực được nêu đầu tiên trong chỉ đạo.")
    if unclassified:
        caption += f" Không đưa vào biểu đồ {unclassified} chỉ đạo chưa xác định được lĩnh vực."
    return caption


def follow_up_chart_png(directives: list[dict[str, Any]], title: str = CHART_TITLE,
                        topic_label: Callable[[str], str] | None = None) -> tuple[bytes | None, str]:
    """(PNG bytes of the chart, its caption); no chart (None) when no directive has a topic."""
    topics, series, unclassified = follow_up_by_topic(directives, topic_label)
    caption = follow_up_caption(unclassified)
    if not topics:
        return None, caption
    labels = dict(FOLLOW_ORDER)
    plt = _pyplot()
    with plt.rc_context({"font.family": FONT_FAMILY, "font.size": 9}):
        fig, ax = plt.subplots(figsize=(8.0, 1.2 + 0.28 * len(topics)), dpi=150, layout="constrained")
        try:
            rows = list(range(len(topics)))[::-1]  # the largest topic on top
            lefts = [0] * len(topics)
            for state, values in series.items():
                ax.barh(rows, values, left=lefts, height=0.62, label=labels[state], color=_COLOURS[state])
                for row, left, value in zip(rows, lefts, values, strict=True):
                    if value:
                        ax.text(left + value / 2, row, str(value), ha="center", va="center", fontsize=8,
                                color="black" if state in ("open", "dropped") else "white")
                lefts = [a + b for a, b in zip(lefts, values, strict=True)]
            ax.set_yticks(rows, topics)
            ax.set_xlabel("Số chỉ đạo")
            ax.set_title(title, fontsize=10, fontweight="bold")
            ax.xaxis.get_major_locator().set_params(integer=True)
            ax.spines[["top", "right"]].set_visible(False)
            fig.legend(loc="outside lower center", ncol=len(series), fontsize=8, frameon=False)
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png")
        finally:
            plt.close(fig)
    return buffer.getvalue(), caption


def _pyplot() -> Any:
    """matplotlib's pyplot on the file-only Agg backend, imported when a chart is drawn:
    it takes half a second, which every other command would pay."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    return pyplot
