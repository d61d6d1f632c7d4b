"""Directives by topic over time, as a PNG (matplotlib, Agg backend, no display needed)."""

from __future__ import annotations

import io
from collections import Counter
from typing import Any

# DejaVu Sans ships with matplotlib and has every Vietnamese glyph.
FONT_FAMILY = "DejaVu Sans"
# More topics than this in one chart are folded into "Khác".
MAX_TOPICS = 8
OTHER_TOPICS = "Khác"
NO_TOPIC = "Chưa phân loại"
UNDATED = "Không rõ"
CHART_TITLE = "Chỉ đạo theo năm và lĩnh vực chính"
# Each directive is one unit of a bar, under the topic it names first.
LEGEND_TITLE = "Lĩnh vực chính\n(nêu đầu tiên)"


def directives_by_topic(directives: list[dict[str, Any]],
                        topic_label: Any = None) -> tuple[list[str], dict[str, list[int]]]:
    """(periods, topic label -> count per period) for the chart; periods are years, undated last.

    Each directive counts once, under its first topic (the extractor lists topics in order of
    first mention), so a period's counts add up to its number of directives; `topic_label` maps
    a topic key to the label shown (default: the key).
    """
    label_of = topic_label or (lambda key: key)
    counts: Counter[tuple[str, str]] = Counter()
    periods: set[str] = set()
    for directive in directives:
        date = directive.get("event_date") or directive.get("document_date")
        period = date[:4] if date else UNDATED
        periods.add(period)
        topic = next(iter(directive.get("topics") or ()), None)
        counts[(period, label_of(topic) if topic else NO_TOPIC)] += 1
    ordered = sorted(periods, key=lambda p: (p == UNDATED, p))
    totals = Counter()
    for (_, topic), n in counts.items():
        totals[topic] += n
    top = [t for t, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
    shown, folded = top[:MAX_TOPICS], set(top[MAX_TOPICS:])
    series: dict[str, list[int]] = {t: [0] * len(ordered) for t in shown}
    if folded:
        series[OTHER_TOPICS] = [0] * len(ordered)
    for (period, topic), n in counts.items():
        series[OTHER_TOPICS if topic in folded else topic][ordered.index(period)] += n
    return ordered, series


def directives_chart_png(directives: list[dict[str, Any]], title: str = CHART_TITLE,
                         topic_label: Any = None) -> bytes:
    """A stacked bar chart of directive counts per year, split by first topic, as PNG bytes."""
    plt = _pyplot()
    periods, series = directives_by_topic(directives, topic_label)
    with plt.rc_context({"font.family": FONT_FAMILY, "font.size": 9}):
        fig, ax = plt.subplots(figsize=(7.5, 3.8), dpi=150)
        try:
            bottoms = [0] * len(periods)
            colors = plt.get_cmap("tab10").colors
            for n, (topic, values) in enumerate(series.items()):
                ax.bar(periods, values, bottom=bottoms, label=topic, color=colors[n % len(colors)])
                bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
            ax.set_title(title)
            ax.set_xlabel("Năm")
            ax.set_ylabel("Số chỉ đạo")
            ax.yaxis.get_major_locator().set_params(integer=True)
            if not periods:
                ax.text(0.5, 0.5, "Chưa có chỉ đạo", ha="center", va="center", transform=ax.transAxes)
            if series:
                ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False,
                          title=LEGEND_TITLE, title_fontsize=8, alignment="left")
            ax.spines[["top", "right"]].set_visible(False)
            fig.tight_layout()
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png")
        finally:
            plt.close(fig)
    return buffer.getvalue()


def _pyplot() -> Any:
    """matplotlib's pyplot on the file-only Agg backend, imported when a chart is drawn:
    it takes half a second, which every other command would pay."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    return pyplot
