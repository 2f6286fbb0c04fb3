"""The record each matching component adds to a Doc, and how they share it.

Components write `Candidate`s into `doc.user_data[CANDIDATES]` (no global
`Doc.set_extension`), and mirror accepted ones into `doc.spans["skills"]` at the end, so
spaCy-native code can read them as spans labelled with the skill id.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

from skillgap.language.apostrophes import CURLY_APOSTROPHE, fold_apostrophe

CANDIDATES = "skillgap.candidates"
TOKEN_FACTS = "skillgap.token_facts"
DOC_TEXT = "skillgap.text"  # the Doc's text, when the pipeline already has it (Doc.text is rebuilt per call)
CONTEXT_RANGES = "skillgap.list_ranges"  # char ranges where a bare skill name is a skill
SPAN_KEY = "skills"


class Candidate(NamedTuple):
    start: int  # token index
    end: int  # token index, exclusive
    skill_id: str
    alias: str
    method: str  # exact | alias | fuzzy
    score: float
    needs_context: str  # "" (none), AMBIGUOUS_NAME or COMMON_WORD


# Why a candidate needs context (see nlp/context.py).
AMBIGUOUS_NAME = "ambiguous"  # an exact-case name that is also a word or a name: "Go", "Excel"
COMMON_WORD = "common"  # a single ordinary word naming a field: "research", "finance", "Danish"


class TokenFacts(NamedTuple):
    """What the matchers read of each token, as plain lists.

    Iterating a Doc builds a Token object per token, which costs more than the matching
    itself; the components read these lists instead, built once per Doc.
    """

    texts: list[str]
    lowers: list[str]
    alpha: list[bool]
    idx: list[int]  # character offset
    space: list[bool]  # a whitespace token
    line_after: list[bool]  # a line break follows the token


def token_facts(doc: Doc) -> TokenFacts:
    """The Doc's TokenFacts, built once per Doc.

    Read from the token offsets and lengths (one `Doc.to_array` call) and the text, rather
    than from Token objects: a token's text is the text at its offset, and its lower-case
    form, `is_alpha` and `is_space` are spaCy's lexical attributes, which are `str.lower`,
    `str.isalpha` and `str.isspace` of that text. A token's trailing whitespace is one space
    at most, so a line break is always a token of its own and `line_after` is always False.
    """
    facts = doc.user_data.get(TOKEN_FACTS)
    if facts is None:
        text = doc_text(doc)
        array = doc.to_array([IDX, LENGTH])
        idx = array[:, 0].tolist()
        texts = [text[start : start + length] for start, length in zip(idx, array[:, 1].tolist(), strict=True)]
        lowers = [t.lower() for t in texts]
        if CURLY_APOSTROPHE in text:  # "driver’s license" is "driver's license"
            _fold_apostrophes(text, idx, texts, lowers)
        facts = TokenFacts(texts, lowers, [t.isalpha() for t in texts], idx,
                           [t.isspace() for t in texts], [False] * len(texts))
        doc.user_data[TOKEN_FACTS] = facts
    return facts


def _fold_apostrophes(text: str, idx: list[int], texts: list[str], lowers: list[str]) -> None:
    """Fold the lower-case form of each token that holds a curly apostrophe, found from the
    apostrophes' offsets in the text (a few a posting) rather than by a look at every token."""
    at = text.find(CURLY_APOSTROPHE)
    while at != -1:
        k = bisect_right(idx, at) - 1  # the last token that starts at or before the apostrophe
        if k >= 0 and at < idx[k] + len(texts[k]):
            lowers[k] = fold_apostrophe(lowers[k])
        at = text.find(CURLY_APOSTROPHE, at + 1)


def doc_text(doc: Doc) -> str:
    """The Doc's text: the one the pipeline was given, or `Doc.text` once (which joins a
    Token object per token on every call)."""
    text = doc.user_data.get(DOC_TEXT)
    if text is None:
        text = doc.user_data[DOC_TEXT] = doc.text
    return text


def candidates(doc: Doc) -> list[Candidate]:
    return doc.user_data.setdefault(CANDIDATES, [])


def covered_tokens(doc: Doc) -> bytearray:
    """1 for each token already inside a candidate."""
    covered = bytearray(len(doc))
    for cand in candidates(doc):
        covered[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    return covered


def select_longest(found: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates: longest first, then literal before fuzzy, then leftmost.

    Candidates of the same span and method (an alias two skills share) are all kept.
    """
    found.sort(key=lambda c: (-(c.end - c.start), c.method == "fuzzy", c.start))
    taken = bytearray(max((c.end for c in found), default=0))
    kept: list[Candidate] = []
    spans: dict[tuple[int, int], str] = {}
    for cand in found:
        span = (cand.start, cand.end)
        if spans.get(span) == cand.method or not any(taken[cand.start : cand.end]):
            if span in spans and any(k.skill_id == cand.skill_id and (k.start, k.end) == span for k in kept):
                continue
            kept.append(cand)
            spans[span] = cand.method
            taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    kept.sort(key=lambda c: (c.start, c.skill_id))
    return kept
