"""Case-insensitive search for lists of English wordings, without IGNORECASE's cost.

Python's regular expressions try every branch of an alternation at every position, and
skip a branch at its first letter only when matching case: a pattern of fifty wordings
("pension|salary|annual leave|...") searched ignoring case tries fifty branches at each
word. The same pattern written in lower case and searched, matching case, over the
lower-cased text finds the same matches at the same offsets two to three times faster,
provided that lower-casing keeps every character's length and word class and makes no
character an ASCII letter that IGNORECASE would not already read as one. Four characters
break that, found by trying every code point (`tests/test_ingest_folded.py` tries them
again): the dotted and dotless capital and small I, the long s and the Kelvin sign. A text
that holds one of them is searched ignoring case, as written.

A lower-cased text that holds none of the strings every match needs
(`ingest/needed_text.py`, read from the pattern on first use) has no match: most
sentences hold none of a list's wordings, and a substring test per string costs less
than the search.

A pattern whose matches all begin with one of a few strings (`starts`) but that Python's
engine cannot skip ahead in (a leading `\b`) is tried only where one of them begins, found
by substring searches.
"""

from __future__ import annotations

import re
from functools import cached_property

from skillgap.ingest.needed_text import needed_strings

# İ (lower-cases to two characters), ı and ſ (IGNORECASE reads them as "i" and "s"), and
# the Kelvin sign (lower-cases to an ASCII "k").
UNFOLDABLE = "\u0130\u0131\u017f\u212a"
_UNFOLDABLE = re.compile(f"[{UNFOLDABLE}]")


_MADE: list[FoldedPattern] = []  # every pattern made (module constants), for read_needed_strings


def read_needed_strings() -> None:
    """Read the needed strings of every pattern made so far: about 4 ms, which a scan pays
    once before forking its workers (they share them) rather than once in each."""
    for pattern in _MADE:
        _ = pattern.needed


class FoldedPattern:
    """`re.compile(pattern, re.IGNORECASE)` for a pattern written in lower-case ASCII.

    Its matches are offsets only: the text they would read is the lower-cased text.
    `starts`, if given, are strings one of which every match begins with in the lower-cased
    text (`tests/test_ingest_folded.py` holds them to it).
    """

    def __init__(self, pattern: str, starts: tuple[str, ...] = ()) -> None:
        if pattern.lower() != pattern or not pattern.isascii():
            raise ValueError("FoldedPattern takes a pattern written in lower-case ASCII")
        self.pattern = pattern
        self.starts = starts
        self._folded = re.compile(pattern)
        self._ignoring_case = re.compile(pattern, re.IGNORECASE)
        _MADE.append(self)

    @cached_property
    def needed(self) -> tuple[str, ...] | None:
        """Strings one of which every match holds in the lower-cased text (None: unknown, or
        not worth testing: a pattern anchored at the start is tried at one place only)."""
        found = None if self.pattern.startswith("^") else needed_strings(self.pattern)
        return None if found is None else tuple(sorted(found))

    def _prepared(self, text: str) -> tuple[re.Pattern[str] | None, str]:
        """The pattern to search and the text to search it in; no pattern when the text
        holds none of the strings a match needs."""
        if text.isascii() or _UNFOLDABLE.search(text) is None:
            folded = text.lower()
            needed = self.needed
            if needed is not None and not any(map(folded.__contains__, needed)):
                return None, folded
            return self._folded, folded
        return self._ignoring_case, text

    def search(self, text: str) -> bool:
        """Whether the pattern occurs in `text`, ignoring case."""
        pattern, prepared = self._prepared(text)
        return pattern is not None and pattern.search(prepared) is not None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each match in `text`, ignoring case, as `finditer` finds them."""
        pattern, prepared = self._prepared(text)
        if pattern is None:
            return []
        if self.starts and pattern is self._folded:
            found = self._spans_from_starts(prepared)
            if found is not None:
                return found
        return [match.span() for match in pattern.finditer(prepared)]

    def _spans_from_starts(self, folded: str) -> list[tuple[int, int]] | None:
        """`finditer`'s spans in the lower-cased text, the pattern tried only where one of
        `starts` begins: `finditer` takes the first place at or after the last match's end
        where the pattern matches, so trying those places in order finds the same matches
        (None if one is empty: then `finditer` would try its place again)."""
        places = sorted({at for start in self.starts for at in _occurrences(folded, start)})
        found: list[tuple[int, int]] = []
        end = 0
        for at in places:
            if at >= end and (match := self._folded.match(folded, at)) is not None:
                if match.end() == at:
                    return None
                found.append(match.span())
                end = match.end()
        return found


def _occurrences(text: str, part: str) -> list[int]:
    """Where `part` begins in `text`, overlapping ones included."""
    found, at = [], text.find(part)
    while at != -1:
        found.append(at)
        at = text.find(part, at + 1)
    return found
