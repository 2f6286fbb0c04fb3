"""A check report in the format asked for: text, Markdown, JSON or HTML."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from skillgap.types import Report

FORMATS = ("text", "markdown", "json", "html")


def render_report(report: Report, fmt: str, *, color: bool = False, suggestions: Sequence[Any] | None = None) -> str:
    """`suggestions` (from skillgap.suggest) are shown when given; None leaves them out."""
    if fmt == "json":
        from skillgap.render.json_report import render_json

        return render_json(report, suggestions)
    if fmt == "html":
        from skillgap.render.html import posting_highlights, render_check_html, render_html
        from skillgap.render.json_report import report_dict

        if suggestions is None:
            return render_html(report)
        return render_check_html(report_dict(report, suggestions), posting_lines=posting_highlights(report))
    if fmt == "markdown":
        from skillgap.render.markdown import render_markdown

        return render_markdown(report, suggestions=suggestions)
    from skillgap.render.text import render_text

    return render_text(report, color=color, suggestions=suggestions)
