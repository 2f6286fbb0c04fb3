"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

    ::warning file=resume.md,line=12,col=3,endLine=12,endColumn=18,title=SG301 duty-opener::message
"""

from __future__ import annotations

from skillgap.lint.run import LintRun

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(run: LintRun, *, color: bool = False) -> str:
    lines = []
    for f in run.findings:
        props = (f"file={_property(f.path)},line={f.line},col={f.column},endLine={f.end_line},"
                 f"endColumn={f.end_column},title={_property(f'{f.code} {f.name}')}")
        message = f.message + (f" ({f.suggestion})" if f.suggestion else "")
        lines.append(f"::{_LEVEL[f.severity.value]} {props}::{_data(message)}")
    for report in run.reports:
        if report.error:
            lines.append(f"::error file={_property(report.path)},title=skillgap::{_data(report.error)}")
    return "".join(line + "\n" for line in lines)
