"""Proper names in running text: is this capitalised word part of a name ("Harbor Freight
Analytics", "Senior UX Designer, Brightline Analytics") rather than a word on its own?"""

from __future__ import annotations

_ENDS_A_SENTENCE = tuple(".:!?;•-–—")


def continues_a_name(text: str, start: int) -> bool:
    """Whether the word at `start` follows a capitalised word mid-line, inside a run of
    capitalised words: the word before it on the same line is capitalised and ends with a
    letter, and it does not follow the end of a sentence ("Northwind Cloud", "at Harbor
    Freight Analytics"; not "Done. Analytics")."""
    line_start = text.rfind("\n", 0, start) + 1
    words = text[line_start:start].split()
    if not words or not text[start - 1 : start].isspace():
        return False
    before = words[-1]
    after_sentence = len(words) > 1 and words[-2].endswith(_ENDS_A_SENTENCE)
    return before[:1].isupper() and before[-1:].isalpha() and not after_sentence
