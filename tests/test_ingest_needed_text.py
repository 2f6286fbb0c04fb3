"""The strings a pattern needs (ingest/needed_text.py) are in every text it matches.

FoldedPattern skips its search on a lower-cased text that holds none of them; held here
against the plain search (ignoring case) on every sentence and every whole text of the
real postings, on generated text made of the patterns' own wordings, and on small
patterns whose sets are known.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillgap.ingest.folded import _MADE, FoldedPattern
from skillgap.ingest.needed_text import needed_strings

REAL_POSTINGS = Path(__file__).resolve().parents[2] / "shared" / "resume-dev" / "postings" / "postings.jsonl"
SAMPLES = Path(__file__).parents[1] / "samples"


def _patterns() -> list[FoldedPattern]:
    import skillgap.ingest.posting  # noqa: F401  (their patterns are made on import)
    import skillgap.requirements  # noqa: F401

    return list(_MADE)


def _ignoring_case(folded: FoldedPattern, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in re.finditer(folded.pattern, text, re.IGNORECASE)]


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\bsalary\b", {"salary"}),
    (r"equal[- ]opportunit\w*", {"equal opportunit", "equal-opportunit"}),
    (r"\b(?:pension|annual leave|401\s*\(?k\)?)", {"pension", "annual leave", "401"}),
    (r"our (?:\w+ )?(?:culture|mission)\b", {"culture", "mission"}),  # longer than "our "
    (r"\w+['\u2019]s values\b", {"'s values", "\u2019s values"}),
    (r"(?<=\d)kms\b|kgs", {"kms", "kgs"}),
    (r"(?<=foo)x", {"foo"}),  # a lookbehind's text is in the searched text too
    (r"nice[- ]to[- ]haves?", {"nice to have", "nice-to have", "nice to-have", "nice-to-have"}),
    (r"(?:abc)+d?", {"abc"}),
    (r"(?:these|those|pluses|plus)", {"these", "those", "plus"}),  # "pluses" holds "plus"
    # nothing known, or too short to be worth a test
    (r"a|", None), (r"(?:abc)?", None), (r"\w+", None), (r"(?!abc)x", None), (r"e\.\s?g|i\.\s?e", None),
    (r"(?i:abc)", None), (r"(?i)abc", None), (r".*", None), (r"[^abc]def", {"def"}), (r"x{0,3}", None),
])
def test_needed_strings_of_small_patterns(pattern, expected):
    assert needed_strings(pattern) == (None if expected is None else frozenset(expected))


def test_every_pattern_of_wordings_but_the_anchored_one_has_its_strings():
    """Else the shortcut would silently never be taken."""
    for folded in _patterns():
        if folded.pattern.startswith("^"):
            assert folded.needed is None  # tried at one place only: nothing to gain
        elif "such as" not in folded.pattern:  # the example cues: "e.g." needs only "e." (too short)
            assert folded.needed, folded.pattern[:40]


def _texts() -> list[str]:
    from skillgap.ingest import document_from_text, read_document

    texts = [read_document(path).text for path in sorted(SAMPLES.glob("posting-*"))]
    if REAL_POSTINGS.is_file():
        for line in REAL_POSTINGS.read_text(encoding="utf-8").splitlines():
            texts.append(document_from_text(json.loads(line).get("text") or "x").text)
    return texts


def test_prefiltered_patterns_find_what_the_plain_search_finds_on_the_real_postings():
    """Every whole text and every sentence of the real postings: the same spans and the same
    answer as the pattern searched ignoring case; and the shortcut is taken on most."""
    from skillgap.ingest.posting import sentences

    patterns = _patterns()
    checked = skipped = found = 0
    for text in _texts():
        pieces = [text, *(text[start:end] for start, end in sentences(text))]
        for folded in patterns:
            for piece in pieces:
                expected = _ignoring_case(folded, piece)
                assert folded.spans(piece) == expected, (folded.pattern[:40], piece[:80])
                assert folded.search(piece) is bool(expected)
                checked += 1
                found += bool(expected)
                lower = piece.lower()
                skipped += folded.needed is not None and not any(n in lower for n in folded.needed)
    assert checked > 1_000 and found > 20
    if REAL_POSTINGS.is_file():
        assert checked > 50_000 and skipped > checked // 2


_PIECES = ["we offer", "Our Culture", "health", " insurance", "pension", "’s values", "'s", " values", "a plus",
           "nice-to-have", "Nice to", " have", "preferred", "these", "such as", "e.g.", "any of them", "x",
           " ", ",", ".", "\n", "İ", "ſ", "\u212a", "401(k)", "Equal", "-", "opportunities"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
def test_prefiltered_patterns_agree_on_generated_text(text):
    for folded in _patterns():
        assert folded.spans(text) == _ignoring_case(folded, text)
        assert folded.search(text) is bool(_ignoring_case(folded, text))
