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
"""

from __future__ import annotations

import re

# İ (lower-cases to two characters), ı and ſ (IGNORECASE reads them as "i" and "s"), and
# the Kelvin sign (lower-cases to an ASCII "k").
UNFOLDABLE = "\u0130\u0131\u017f\u212a"
_UNFOLDABLE = re.compile(f"[{UNFOLDABLE}]")


class FoldedPattern:
    """`re.compile(pattern, re.IGNORECASE)` for a pattern written in lower-case ASCII.

    Its matches are offsets only: the text they would read is the lower-cased text.
    """

    def __init__(self, pattern: str) -> None:
        if pattern.lower() != pattern or not pattern.isascii():
            raise ValueError("FoldedPattern takes a pattern written in lower-case ASCII")
        self.pattern = pattern
        self._folded = re.compile(pattern)
        self._ignoring_case = re.compile(pattern, re.IGNORECASE)

    def _prepared(self, text: str) -> tuple[re.Pattern[str], str]:
        if text.isascii() or _UNFOLDABLE.search(text) is None:
            return self._folded, text.lower()
        return self._ignoring_case, text

    def search(self, text: str) -> bool:
        """Whether the pattern occurs in `text`, ignoring case."""
        pattern, prepared = self._prepared(text)
        return pattern.search(prepared) is not None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each match in `text`, ignoring case, as `finditer` finds them."""
        pattern, prepared = self._prepared(text)
        return [match.span() for match in pattern.finditer(prepared)]
