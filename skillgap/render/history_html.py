"""The `log stats --format html` page: one self-contained page with inline SVG charts.

It renders the data `history.stats.compute_stats` returns (what `--format json` prints),
through the same Jinja2 set-up, page frame and styles as the check and scan pages
(`html_page.py`, `base.html.j2`, `_style.css.j2`): no script, no network, autoescape on.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from skillgap.render.history_text import CAVEAT, stats_tables
from skillgap.render.html_page import render_page

CHART_WIDTH = 600
MONTH_HEIGHT = 160
MONTH_MAX_BAR = 48


def render_stats_html(stats: Mapping[str, Any]) -> str:
    return render_page("history.html.j2", stats_context(stats))


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _missing_rows(stats: Mapping[str, Any]) -> list[dict[str, Any]]:
    top = max((s["count"] for s in stats["recurring_missing"]), default=0)
    return [{**s, "required_width": round(100 * _share(s["required"], top), 2),
             "preferred_width": round(100 * _share(s["preferred"], top), 2),
             "more": max(0, len(s["applications"]) - 12), "ids": s["applications"][:12]}
            for s in stats["recurring_missing"]]


def _status_rows(stats: Mapping[str, Any]) -> list[dict[str, Any]]:
    top = max((s["count"] for s in stats["by_status"]), default=0)
    return [{**s, "width": round(100 * _share(s["count"], top), 2)} for s in stats["by_status"]]


def _month_chart(stats: Mapping[str, Any]) -> dict[str, Any]:
    """Vertical bars per month: applications sent (outline) and answered (filled)."""
    months = stats["by_month"]
    top = max((m["applications"] for m in months), default=0)
    step = min(MONTH_MAX_BAR + 12, CHART_WIDTH // max(1, len(months)))
    bar = max(4, step - 12)
    bars = []
    for index, month in enumerate(months):
        x = 30 + index * step
        height = round((MONTH_HEIGHT - 40) * _share(month["applications"], top), 1)
        answered = round((MONTH_HEIGHT - 40) * _share(month["answered"], top), 1)
        bars.append({"x": x, "width": bar, "y": MONTH_HEIGHT - 20 - height, "height": height,
                     "answered_y": MONTH_HEIGHT - 20 - answered, "answered_height": answered,
                     "label": month["month"], "month": month})
    return {"width": max(CHART_WIDTH, 40 + len(months) * step), "height": MONTH_HEIGHT, "bars": bars, "top": top,
            "baseline": MONTH_HEIGHT - 20}


def stats_context(stats: Mapping[str, Any]) -> dict[str, Any]:
    response = stats["response"]
    tables = {title: (headers, rows, note) for title, headers, rows, note in stats_tables(stats)}
    compare = stats["rejected_vs_progressed"]
    return {
        "title": "skillgap: application history",
        "stats": stats,
        "response": response,
        "days": response["days_to_first_answer"],
        "missing": _missing_rows(stats),
        "statuses": _status_rows(stats),
        "months": _month_chart(stats),
        "bands": tables["By score band"],
        "versions": tables["By résumé version"],
        "compare": compare,
        "compare_table": tables["Missing more often in rejected applications"],
        "caveat": CAVEAT,
    }
