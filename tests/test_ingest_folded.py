"""FoldedPattern finds what the same pattern finds ignoring case, on any text.

It searches the lower-cased text matching case, except in a text holding one of the
UNFOLDABLE characters; these tests derive that list again from every code point and
compare both searches on tricky and on real posting text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillgap.ingest.folded import UNFOLDABLE, FoldedPattern
from skillgap.ingest.posting import _ASKS, _ASKS_SKILLS, _LEGAL_OR_OFFER, sentences
from skillgap.requirements import _BACK_REFERENCE, _EXAMPLE_CUE, PREFERRED_WORDING

ROOT = Path(__file__).parents[1]
PATTERNS = [_ASKS, _ASKS_SKILLS, _LEGAL_OR_OFFER, _BACK_REFERENCE, _EXAMPLE_CUE, PREFERRED_WORDING]


def _ignoring_case(folded: FoldedPattern, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in re.finditer(folded.pattern, text, re.IGNORECASE)]


def test_unfoldable_holds_every_character_lower_casing_would_misread():
    """Outside ASCII, a character is unfoldable when lower-casing changes its length or
    makes it ASCII, IGNORECASE reads it as an ASCII letter, or its lower-case form is of
    another class (word, space, digit) than itself."""
    letter, word, space, digit = (re.compile(p) for p in (r"(?i:[a-z])", r"\w", r"\s", r"\d"))
    found = []
    for code in range(0x80, 0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        lower = char.lower()
        if (len(lower) != 1 or lower.isascii() or letter.match(char)
                or any(bool(p.match(char)) != bool(p.match(lower)) for p in (word, space, digit))):
            found.append(char)
    assert "".join(found) == UNFOLDABLE


CASES = [
    "We offer a PENSION and 25 days of Annual Leave.",
    "Salary: £40,000 per annum, pro rata — Such As “Python”",
    "Our \u017falary is competitive, \u017fuch as it is",  # the long s: IGNORECASE reads it as "s"
    "\u212aNOWLEDGE OF SQL",  # the Kelvin sign: IGNORECASE reads it as "k"
    "You must have \u0130OS experience, \u0130NCLUDING Swift",  # the dotted capital I
    "L\u0131ke the above, ıncluding",  # the dotless i
    "ΣΊΣΥΦΟΣ ΟΔΌΣ: Benefits Include dental; 401 (K); E.G. Python, I.E. Go",
    "Docker (A PLUS), Kubernetes Preferred; Nice-To-Have: Go. Would Be Great.",
    "We build tools for teams.",
    "",
]


@pytest.mark.parametrize("text", CASES)
@pytest.mark.parametrize("folded", PATTERNS, ids=lambda p: p.pattern[:20])
def test_folded_pattern_finds_what_ignoring_case_finds(folded, text):
    expected = _ignoring_case(folded, text)
    assert folded.spans(text) == expected
    assert folded.search(text) is bool(expected)


_PIECES = ["such as", "SUCH AS", "Pension", "e.g.", "I.E.", "these", "\u017f", "\u212a", "\u0130", "\u0131",
           "é", "ß", " ", ",", "(", "x", "Σ", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_folded_pattern_agrees_on_generated_text(text):
    for folded in PATTERNS:
        assert folded.spans(text) == _ignoring_case(folded, text)


def test_folded_pattern_agrees_on_every_sentence_of_the_samples():
    from skillgap.ingest import read_document

    paths = [*(ROOT / "samples").glob("posting-*"), *(ROOT / "tests" / "fixtures" / "scan" / "postings").glob("*.*")]
    texts = [read_document(path).text for path in sorted(paths) if not path.name.startswith(("broken", "empty"))]
    checked = found = 0
    for text in texts:
        for folded in PATTERNS:
            assert folded.spans(text) == _ignoring_case(folded, text)
        for start, end in sentences(text):
            for folded in PATTERNS:
                expected = _ignoring_case(folded, text[start:end])
                assert folded.search(text[start:end]) is bool(expected)
                checked, found = checked + 1, found + bool(expected)
    assert checked > 100 and found > 5


def test_folded_pattern_refuses_a_pattern_with_capitals():
    for pattern in (r"\bSalary\b", r"\W+", r"[A-Z]", "caf\u00e9"):
        with pytest.raises(ValueError):
            FoldedPattern(pattern)


def test_a_pattern_with_starts_finds_what_it_finds_everywhere():
    """`starts` (the example cues' first letters) lose no match: the spans tried only where one
    begins are those of the whole search, on every cue written every way, run together, and on
    the real postings."""
    from tests.test_nlp_speedups import _real_postings

    cues = ["such as", "e.g.", "e. g", "eg.", "I.E.", "i. e", "including", "like", "for example", "for instance",
            "at least one or more of", "at least 1 or more of the following", "one or more of", "1 or more of",
            "at least one of", "any of", "any one of the following", "either of", "either one of",
            "one of the following"]
    texts = [" ".join(cues), ", ".join(cues) + ":", "".join(cues), "\n".join(c.upper() for c in cues),
             "someone likes anyone, company: for examples", *_real_postings()]
    found = 0
    for text in texts:
        expected = _ignoring_case(_EXAMPLE_CUE, text)
        assert _EXAMPLE_CUE.spans(text) == expected
        found += len(expected)
    assert found > 60


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["one", "1", "at least", "any", "either", "of", "or more", "the following", "e.", "g.",
                                 "i.", "such", "as", "like", "for", "example", " ", ",", ":", "\n", "x"]),
                max_size=14).map("".join))
def test_a_pattern_with_starts_agrees_on_generated_text(text):
    assert _EXAMPLE_CUE.spans(text) == _ignoring_case(_EXAMPLE_CUE, text)
