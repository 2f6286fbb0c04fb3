"""ScanReport -> text (people), Markdown, JSON, CSV or HTML. Pure functions: no I/O."""

from __future__ import annotations

from skillgap.scan.model import ScanReport

SCAN_FORMATS = ("text", "markdown", "json", "csv", "html")


def render_scan(report: ScanReport, fmt: str, *, color: bool = False) -> str:
    if fmt == "json":
        from skillgap.render.scan_json import render_json

        return render_json(report)
    if fmt == "csv":
        from skillgap.render.scan_csv import render_csv

        return render_csv(report)
    if fmt == "html":
        from skillgap.render.html_scan import render_scan_html
        from skillgap.render.scan_json import scan_dict

        return render_scan_html(scan_dict(report))
    if fmt == "markdown":
        from skillgap.render.scan_markdown import render_markdown

        return render_markdown(report)
    from skillgap.render.scan_text import render_text

    return render_text(report, color=color)
