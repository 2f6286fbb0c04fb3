"""The lint rules, one module per family, each a `RULES` tuple in code order.

`skillgap.lint.registry` joins them into the one table, in code order; the
helpers below are shared by the families' examples.
"""

from __future__ import annotations

from skillgap.lint.rule_types import Family, Option, Rule, Severity, example

__all__ = ["F", "Option", "Rule", "S", "CONTACT_LINES", "CURRENT_ROLE_LINES", "PAST_ROLE_LINES", "example"]

S, F = Severity, Family
CONTACT_LINES = "# Jane Doe\njane.doe@example.com | +1 555 010 0199\n"
PAST_ROLE_LINES = "## Experience\n### Software Engineer, Acme Corp | Jan 2019 – Dec 2021\n"
CURRENT_ROLE_LINES = "## Experience\n### Software Engineer, Acme Corp | Jan 2022 – Present\n"
