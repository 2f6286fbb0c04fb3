"""Group nouns that name people, not a skill: "recommendations for leadership", "presented
to senior management", "partnered with leadership on budgets". After "to/for/with/from/by"
(and a rank or a place: "the", "senior", "site") and before the end of a clause or "team",
"leadership" and "management" are the people who lead or manage, an audience; "provided
leadership to 12 staff" and "responsible for leadership of the ward" keep the skill."""

from __future__ import annotations

import re
from functools import lru_cache

GROUP_NOUNS = frozenset({"leadership", "management"})
_AUDIENCE = re.compile(
    r"\b(?:to|for|with|from|by)\s+"
    r"(?:(?:the|our|senior|executive|upper|middle|top|line|site|store|school|hospital|practice|company|department"
    r"|regional|local|clinical)\s+){0,3}"
    rf"(?P<noun>{'|'.join(sorted(GROUP_NOUNS))})\b"
    r"(?=\s*(?:[.,;:)]|\Z|\n\s*(?:[^\w\s]|[A-Z])|(?:team|teams|and|on|at|about|regarding)\b))",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def audience_nouns(text: str) -> frozenset[int]:
    """The start offsets in `text` of the group nouns that name an audience."""
    return frozenset(found.start("noun") for found in _AUDIENCE.finditer(text))
