"""Turn a Report into text, Markdown, JSON or HTML. Renderers are pure: no I/O, no printing."""

from __future__ import annotations

from skillgap.types import Report

FORMATS = ("text", "markdown", "json", "html")


def render_report(report: Report, fmt: str, *, color: bool = False) -> str:
    if fmt == "json":
        from skillgap.render.json_report import render_json

        return render_json(report)
    if fmt == "html":
        from skillgap.render.html import render_html

        return render_html(report)
    if fmt == "markdown":
        from skillgap.render.markdown import render_markdown

        return render_markdown(report)
    from skillgap.render.text import render_text

    return render_text(report, color=color)
