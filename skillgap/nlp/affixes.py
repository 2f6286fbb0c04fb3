"""spaCy's affix searches, skipped where they cannot match: the same answers for less work.

On text the process has not seen before, spaCy's tokenizer asks its suffix and infix
patterns about every new chunk, and most chunks are plain words that neither matches.
Each pattern is an alternation of some 80 rules that Python's engine tries at every
character (a rule opening with a lookbehind gives it no first character to skip ahead
to): on a first pass over the real postings the two took 0.13 s of the tokenizer's
0.25 s.

Every rule needs some character to be in the text, one it matches or one its lookaround
asserts: the suffix `(?<=[0-9])(?:km|kg|...)` a digit, `'s` an apostrophe.
`necessary_characters` reads the pattern (Python's own parse of it) and gathers, for
each rule, such a set (the one with the fewest letters and digits) into one set.
`PrefilteredPattern` answers "no match" for a text that holds none of those characters
(one set lookup per character) without running the pattern. The answers are the
pattern's own (`tests/test_nlp_affixes.py`: the real postings, every character,
generated text). Where the parse holds something this module does not read (a category
such as `\\w`, a negated class, flags that change what a character matches), that part
is not used; where no set is found, nothing is skipped.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import NamedTuple

try:  # Python 3.11 and later
    from re import _constants as _c
    from re import _parser
except ImportError:  # Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

log = logging.getLogger(__name__)

_CHANGES_CHARACTERS = re.IGNORECASE | re.LOCALE | re.ASCII
_REPEATS = tuple(getattr(_c, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_c, name))
# What a set weighs, to choose between the sets of one rule: the texts are mostly words,
# so a set with fewer letters and digits lets more of them skip the pattern; a range
# weighs as if all its characters were letters (reading them costs start-up time).
_WORD_CHARACTER_WEIGHT = 100
_MOST_CHARACTERS = 200_000  # a larger set is not worth holding: nothing is skipped


class Needed(NamedTuple):
    """Characters one of which a match needs, as code point ranges, and their weight."""

    ranges: tuple[tuple[int, int], ...]
    weight: int

    def __add__(self, other: Needed) -> Needed:  # either set
        return Needed(self.ranges + other.ranges, self.weight + other.weight)


def necessary_characters(pattern: re.Pattern) -> frozenset[str] | None:
    """Characters one of which every match of `pattern` needs in the searched text (one it
    matches, or one a lookbehind or lookahead asserts), or None when the pattern's parse
    does not say."""
    if not isinstance(pattern.pattern, str) or pattern.flags & _CHANGES_CHARACTERS:
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001  (a private module: any surprise means no shortcut)
        return None
    needed = _in_sequence(list(parsed))
    if needed is None or sum(high - low + 1 for low, high in needed.ranges) > _MOST_CHARACTERS:
        return None
    return frozenset(chr(code) for low, high in needed.ranges for code in range(low, high + 1))


_CACHE_FORMAT = 1  # bump when `necessary_characters` changes what it returns


def cached_necessary_characters(pattern: re.Pattern) -> frozenset[str] | None:
    """`necessary_characters`, remembered in the user's cache keyed by the pattern's text
    and flags: reading spaCy's long affix patterns takes some 12 ms, a cold `check` pays it
    once per process, the cache file about 1 ms."""
    import hashlib
    import pickle
    import sys

    from skillgap.atomic import write_atomic
    from skillgap.paths import cache_dir

    key = hashlib.sha256(f"{_CACHE_FORMAT}|{sys.version_info[:2]}|{pattern.flags}|{pattern.pattern}".encode())
    path = cache_dir() / f"affixes-{key.hexdigest()[:24]}.pickle"
    try:
        found = pickle.loads(path.read_bytes())
        if found is None or isinstance(found, frozenset):
            return found
    except FileNotFoundError:
        pass
    except Exception as exc:  # noqa: BLE001 - a corrupt cache is rebuilt, never fatal
        log.warning("affix cache %s is unreadable (%s); rebuilding", path, exc)
    found = necessary_characters(pattern)
    try:
        write_atomic(path, pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL), private=True)
    except OSError as exc:
        log.warning("cannot write affix cache %s (%s); continuing without it", path, exc)
    return found


class PrefilteredPattern:
    """A compiled pattern whose `search` and `finditer` answer "no match" at once for a
    text without any of the characters the pattern needs. `pattern` is the pattern's text,
    as spaCy reads it to save a tokenizer."""

    def __init__(self, compiled: re.Pattern) -> None:
        self.compiled = compiled
        self.pattern = compiled.pattern
        self.needed = cached_necessary_characters(compiled)

    def search(self, text: str) -> re.Match | None:
        if self.needed is not None and self.needed.isdisjoint(text):
            return None
        return self.compiled.search(text)

    def finditer(self, text: str) -> Iterator[re.Match]:
        if self.needed is not None and self.needed.isdisjoint(text):
            return iter(())
        return self.compiled.finditer(text)


def _in_sequence(items: list) -> Needed | None:
    """The lightest set one of `items` (matched one after the other) needs, if any does."""
    best = None
    for op, av in items:
        found = _in_item(op, av)
        if found is not None and (best is None or found.weight < best.weight):
            best = found
    return best


def _in_item(op, av) -> Needed | None:
    if op is _c.LITERAL:
        return _in_class([(op, av)])
    if op is _c.IN:
        return _in_class(av)
    if op is _c.ASSERT:  # a lookahead or lookbehind, both over the searched text
        return _in_sequence(list(av[1]))
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return None if add_flags & _CHANGES_CHARACTERS else _in_sequence(list(body))
    if op in _REPEATS:
        low, _high, body = av
        return _in_sequence(list(body)) if low >= 1 else None
    if op is _c.BRANCH:  # each alternative needs one of its own
        either = Needed((), 0)
        for alternative in av[1]:
            found = _in_sequence(list(alternative))
            if found is None:
                return None
            either += found
        return either
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _in_sequence(list(av))
    return None  # an anchor, a negative lookaround, "any character", ...: needs nothing known


def _in_class(items) -> Needed | None:
    ranges, weight = [], 0
    for op, av in items:
        if op is _c.LITERAL:
            ranges.append((av, av))
            weight += _WORD_CHARACTER_WEIGHT if chr(av).isalnum() else 1
        elif op is _c.RANGE:
            ranges.append(av)
            weight += (av[1] - av[0] + 1) * _WORD_CHARACTER_WEIGHT
        else:  # a category, a negated class, ...
            return None
    return Needed(tuple(ranges), weight)
