"""Markdown report: the same content as the text report, as tables."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from skillgap.render.check_words import QUALITIES_ADVICE, QUALITIES_TITLE, empty_report_lines
from skillgap.types import Importance, MatchLevel, Report, Strength


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def render_markdown(report: Report, *, suggestions: Sequence[Any] | None = None) -> str:
    gap, b = report.gap, report.gap.breakdown
    title = f"# skillgap: {Path(report.resume.document.path).name} vs {Path(report.posting.document.path).name}"
    if not gap.items:
        return "\n".join([title, "", *empty_report_lines(bool(gap.qualities)), *_qualities(gap)]) + "\n"
    out = [
        title,
        "",
        f"**Match score: {gap.score} / 100**",
        "",
        "| part | value | weight |",
        "|---|---:|---:|",
        f"| required coverage | {b.required_coverage:.0%} of {b.required_total} | {b.weights[0]:.2f} |",
        f"| preferred coverage | {b.preferred_coverage:.0%} of {b.preferred_total} | {b.weights[1]:.2f} |",
        f"| keyword exactness | {b.keyword_exactness:.0%} | {b.weights[2]:.2f} |",
    ]
    for importance in (Importance.REQUIRED, Importance.PREFERRED):
        items = [i for i in gap.items if i.importance is importance]
        if not items:
            continue
        out += ["", f"## {importance.value.capitalize()} skills", "",
                "| skill | kind | status | evidence |", "|---|---|---|---|"]
        for item in items:
            if item.level is MatchLevel.MISSING:
                evidence = f"posting line {', '.join(map(str, item.posting_lines[:3]))}"
            else:
                first = item.evidence[0]
                evidence = f"line {first.line}: {_cell(first.line_text)}"
            status = _status(item)
            out.append(f"| {_cell(item.skill.name)} | {item.skill.kind.value} | {status} | {evidence} |")
    out += _qualities(gap)
    if gap.keywords_missing:
        out += ["", "## Keywords a tracking system would not find", ""]
        out += [f"- {term}" for term in gap.keywords_missing]
    if suggestions:
        from skillgap.render.rewrite import markdown_section

        out += markdown_section(suggestions)
    return "\n".join(out) + "\n"


def _qualities(gap) -> list[str]:
    if not gap.qualities:
        return []
    return ["", f"## {QUALITIES_TITLE}", "", ", ".join(gap.qualities), "", QUALITIES_ADVICE]


def _status(item) -> str:
    """The words the text report uses: missing, shown in use, listed only, partly (via X)."""
    if item.level is MatchLevel.MISSING:
        return "missing"
    if item.via is not None:
        return f"partly (via {_cell(item.via.name)})"
    return "shown in use" if item.evidence[0].strength is Strength.STRONG else "listed only"
