"""Every renderer: check, rewrite and scan reports as text, Markdown, JSON, CSV or HTML.

Renderers are pure functions from report data to a string: no I/O, no printing, no CLI
library. `render_report` (in `report.py`) picks the one for a check report's format."""

from skillgap.render.report import FORMATS, render_report

__all__ = ["FORMATS", "render_report"]
