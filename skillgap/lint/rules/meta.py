"""SG9xx: rules about the suppression comments themselves.

They need what no single rule sees (which findings the comments suppressed), so the engine
computes them after every other rule has run (`engine.lint_document`); these functions
exist so that every code still has its one function, and yield nothing on their own.
"""

from __future__ import annotations

from collections.abc import Iterator

from skillgap.lint.context import LintContext
from skillgap.lint.findings import Hit


def unused_suppression(ctx: LintContext) -> Iterator[Hit]:
    return iter(())


def invalid_suppression(ctx: LintContext) -> Iterator[Hit]:
    return iter(())
