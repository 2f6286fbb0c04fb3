"""Output formats for lint findings: one module each, `render(run, color=...) -> str`.

    text      for people: each finding with its source line and a caret, then the help
    concise   path:line:col: CODE message (one line each; editors and grep)
    json      a list of finding objects
    sarif     SARIF 2.1.0, for GitHub code scanning and other viewers
    github    GitHub Actions workflow commands (annotations on the pull request)
    junit     JUnit XML, for CI systems that show test reports
"""

from __future__ import annotations

import importlib

from skillgap.lint.run import LintRun

FORMATS = ("text", "concise", "json", "sarif", "github", "junit")


def render(run: LintRun, fmt: str, *, color: bool = False) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown lint output format {fmt!r}")
    module = importlib.import_module(f"skillgap.lint.output.{fmt}")
    return module.render(run, color=color)
