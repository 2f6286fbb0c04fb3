"""A JSON list of findings (ruff's shape: code, message, filename, location, end_location)."""

from __future__ import annotations

import json

from skillgap.lint.engine import Finding
from skillgap.lint.run import LintRun


def finding_dict(finding: Finding) -> dict:
    return {
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity.value,
        "message": finding.message,
        "suggestion": finding.suggestion or None,
        "filename": finding.path,
        "location": {"row": finding.line, "column": finding.column},
        "end_location": {"row": finding.end_line, "column": finding.end_column},
        "source_line": finding.source_line,
    }


def render(run: LintRun, *, color: bool = False) -> str:
    return json.dumps([finding_dict(f) for f in run.findings], ensure_ascii=False, indent=2) + "\n"
