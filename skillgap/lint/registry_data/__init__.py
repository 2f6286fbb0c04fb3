"""The lint rules, one module per family, each a `RULES` tuple in code order.

`skillgap.lint.registry` joins them into the one table, in code order; the
helpers below are shared by the families' examples.
"""

from __future__ import annotations

from skillgap.lint.rule_types import Family, Option, Rule, Severity, _ex

__all__ = ["F", "Option", "Rule", "S", "_CONTACT", "_ROLE_NOW", "_ROLE_PAST", "_ex"]

S, F = Severity, Family
_CONTACT = "# Jane Doe\njane.doe@example.com | +1 555 010 0199\n"
_ROLE_PAST = "## Experience\n### Software Engineer, Acme Corp | Jan 2019 – Dec 2021\n"
_ROLE_NOW = "## Experience\n### Software Engineer, Acme Corp | Jan 2022 – Present\n"
