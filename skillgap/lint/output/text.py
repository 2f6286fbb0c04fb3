"""For people: each finding with the line it is on, a caret under the span, and the help.

    resume.md:12:3: SG301 [warning] opens with a duty (“Responsible for”) instead of an achievement
       |
    12 | - Responsible for the billing service
       |   ^^^^^^^^^^^^^^^
       = help: start with what you achieved ...
"""

from __future__ import annotations

from skillgap.lint.engine import Finding
from skillgap.lint.run import LintRun
from skillgap.render.style import styler

_COLORS = {"error": "red", "warning": "yellow", "info": "blue"}


def _finding(finding: Finding, color: bool) -> str:
    style = styler(color)
    severity = finding.severity.value
    head = (f"{style(f'{finding.path}:{finding.line}:{finding.column}:', bold=True)} "
            f"{style(finding.code, fg=_COLORS[severity], bold=True)} [{severity}] {finding.message}")
    lines = [head]
    source = finding.source_line.rstrip("\n").expandtabs(4)
    if source.strip():
        number = str(finding.line)
        pad = " " * len(number)
        width = max(1, min(finding.end_column - finding.column if finding.end_line == finding.line else 1,
                           len(source) - finding.column + 1))
        shown = source if len(source) <= 160 else source[:159] + "…"
        lines += [f"{pad} |", f"{number} | {shown}"]
        if finding.column - 1 < len(shown):
            lines.append(f"{pad} | {' ' * (finding.column - 1)}{style('^' * width, fg=_COLORS[severity])}")
        if finding.suggestion:
            lines.append(f"{pad} = help: {finding.suggestion}")
    elif finding.suggestion:
        lines.append(f"  = help: {finding.suggestion}")
    return "\n".join(lines) + "\n"


def render(run: LintRun, *, color: bool = False) -> str:
    return "\n".join(_finding(finding, color) for finding in run.findings)
