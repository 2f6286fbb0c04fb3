"""`path:line:col: CODE message`, one finding a line."""

from __future__ import annotations

from skillgap.lint.run import LintRun


def render(run: LintRun, *, color: bool = False) -> str:
    lines = []
    for finding in run.findings:
        lines.append(f"{finding.path}:{finding.line}:{finding.column}: {finding.code} {finding.message}")
    return "".join(line + "\n" for line in lines)
