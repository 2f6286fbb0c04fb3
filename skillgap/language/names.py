"""Proper names in running text: is this capitalised word part of a name ("Harbor Freight
Analytics", "Senior UX Designer, Brightline Analytics") rather than a word on its own?"""

from __future__ import annotations

import re

_ENDS_A_SENTENCE = tuple(".:!?;•-–—")


def continues_a_name(text: str, start: int) -> bool:
    """Whether the word at `start` follows a capitalised word mid-line, inside a run of
    capitalised words: the word before it on the same line is capitalised and ends with a
    letter, and it does not follow the end of a sentence ("Northwind Cloud", "at Harbor
    Freight Analytics"; not "Done. Analytics")."""
    line_start = text.rfind("\n", 0, start) + 1
    words = text[line_start:start].rsplit(None, 2)  # the last two words (and what is before them)
    if not words or not text[start - 1 : start].isspace():
        return False
    before = words[-1]
    after_sentence = len(words) > 1 and words[-2].endswith(_ENDS_A_SENTENCE)
    return before[:1].isupper() and before[-1:].isalpha() and not after_sentence


# The words that make a run of capitalised words an organisation's name: after the
# words ("Health Education England", "Project Management Institute", "NHS Leadership
# Academy") or before them with "of" ("Royal College of Nursing", "Institute of Data Science").
_ORGANISATION_AFTER = frozenset("""england scotland wales ireland britain uk trust council university college foundation
institute agency authority board association society academy partnership commission federation alliance consortium
ltd limited inc llp llc plc gmbh charity""".split())
_ORGANISATION_BEFORE = frozenset("university college institute society association academy federation council".split())
_JOINS = frozenset({"of", "and", "&", "for", "the"})
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")


def in_organisation_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words at [start, end) are part of an organisation's name
    (`_ORGANISATION_AFTER`, `_ORGANISATION_BEFORE`) on their line: "Health Education" in
    "Health Education England (HEE)" names no skill the posting asks for."""
    words = text[start:end].split()
    if not words or not all(w[:1].isupper() for w in words if w.lower() not in _JOINS):
        return False
    line_end = text.find("\n", end)
    after = text[end : len(text) if line_end < 0 else line_end].split(None, 4)[:4]
    for word in after:
        bare = word.rstrip(",.;:)")
        if not (bare in _JOINS or _CAPITALISED.fullmatch(bare)):
            break
        if bare.lower() in _ORGANISATION_AFTER:
            return True
        if word != bare:
            break  # the name ends at its punctuation
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rsplit(None, 3)  # the last three words (and what is before them)
    if before[-1:] == ["the"]:
        before = before[:-1]
    if len(before) < 2 or before[-1] != "of":
        return False
    opener = before[-2]
    return opener[:1].isupper() and opener.lower() in _ORGANISATION_BEFORE
