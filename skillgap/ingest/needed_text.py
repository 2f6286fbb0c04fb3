"""Strings one of which every match of a pattern holds: a search skipped where none is.

A pattern of many wordings (`ingest/folded.py`), searched in every sentence that holds a
skill, costs more than the rest of the posting's record: Python's engine tries each
alternative at every word boundary, and some alternatives backtrack through whole words
(`\\w+'s values`). Most sentences hold none of the pattern's literal words, so they
cannot match. `needed_strings` reads the pattern (Python's own parse of it) and gathers,
for each alternative, a literal string its every match holds ("opportunit" for
`equal[- ]opportunit\\w*`, either "vision", "mission", "culture" or "strategy" for
`our (?:culture|mission|vision|story)`); a text without any of them has no match, and a
substring test per string is cheaper than the search. The answers are the pattern's own
(`tests/test_ingest_needed_text.py`). Where the parse holds something this module does
not read, that part gives no string; where an alternative gives none, nothing is skipped.
"""

from __future__ import annotations

import re
from itertools import product

try:  # Python 3.11 and later
    from re import _constants as _c
    from re import _parser
except ImportError:  # Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

_REPEATS = tuple(getattr(_c, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_c, name))
_MOST_SPELLINGS = 8  # a literal run with more spellings than this ([sz], ['’]) is cut there instead
# Strings shorter than this are too common to skip anything ("e.", "of"): another part of
# the alternative is preferred, and a pattern left with only such strings is not prefiltered.
SHORTEST = 3

Needles = frozenset[str]


def needed_strings(pattern: str, flags: int = 0) -> Needles | None:
    """Strings one of which every match of `pattern` holds (in the match, or in what a
    lookahead or lookbehind asserts), or None when the parse does not say. Flags that
    change what a character matches give None."""
    if flags & (re.IGNORECASE | re.LOCALE):
        return None
    try:
        parsed = _parser.parse(pattern, flags)
        inline_flags = parsed.state.flags  # set inside the pattern: "(?i)..."
    except Exception:  # noqa: BLE001  (a private module: any surprise means no shortcut)
        return None
    if inline_flags & (re.IGNORECASE | re.LOCALE):
        return None
    found = _in_sequence(list(parsed))
    if found is None or min(map(len, found)) < SHORTEST:
        return None
    # a string that holds another of the set adds nothing: the shorter one is in the text too
    return frozenset(s for s in found if not any(other != s and other in s for other in found))


def _better(a: Needles | None, b: Needles | None) -> Needles | None:
    """The set that skips more texts: the longer shortest string, then the fewer strings."""
    if a is None or b is None:
        return a if b is None else b
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _in_sequence(items: list) -> Needles | None:
    """The best set one of `items` (matched one after the other) gives: a run of literal
    characters (in each of its spellings) or what an item needs."""
    best: Needles | None = None
    run: set[str] = {""}
    for op, av in items:
        letters = _letters(op, av)
        if letters is not None and len(run) * len(letters) <= _MOST_SPELLINGS:
            run = {before + letter for before, letter in product(run, letters)}
            continue
        if run != {""}:
            best = _better(best, frozenset(run))
        run = {""} if letters is None else set(letters)
        best = _better(best, _in_item(op, av))
    if run != {""}:
        best = _better(best, frozenset(run))
    return best


def _letters(op, av) -> tuple[str, ...] | None:
    """The characters a one-character item matches, when it is a literal or a class of literals."""
    if op is _c.LITERAL:
        return (chr(av),)
    if op is _c.IN and av and all(kind is _c.LITERAL for kind, _ in av):
        return tuple(chr(code) for _, code in av)
    return None


def _in_item(op, av) -> Needles | None:
    if op is _c.ASSERT:  # a lookahead or lookbehind, over the searched text
        return _in_sequence(list(av[1]))
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        return None if add_flags or del_flags else _in_sequence(list(body))
    if op in _REPEATS:
        low, _high, body = av
        return _in_sequence(list(body)) if low >= 1 else None
    if op is _c.BRANCH:  # each alternative gives a set of its own
        either: set[str] = set()
        for alternative in av[1]:
            found = _in_sequence(list(alternative))
            if found is None:
                return None
            either |= found
        return frozenset(either)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _in_sequence(list(av))
    return None  # an anchor, a category, a negative lookaround, "any character", ...: nothing known
