"""Context filter for case-sensitive names that are also common words or names.

"Go", "R", "Excel", "Spring", "Swift", "Chef" ... are skills in "Python, Go and Rust",
"experience with Go", a skills section, or "R programming"; they are not skills in
"Go above and beyond", "Excel at communication", "Spring 2021" or "Mr. Jenkins".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from skillgap.nlp.candidates import CANDIDATES, CONTEXT_RANGES, SPAN_KEY, Candidate, candidates

CUE_WORDS = frozenset("""
programming language languages lang framework frameworks library libraries developer developers
engineer engineers engineering code coding codebase experience experienced proficient proficiency
knowledge skills skill fluent fluency stack using scripting scripts certified certification sdk
backend frontend microservices services apps application applications software tool tools
platform platforms spreadsheets spreadsheet formulas macros vba pivot ehr emr charting
technologies technology tech environment environments familiarity familiar expertise expert
written development develop developing built build building wrote write writing cookbooks
recipes modules packages ecosystem version versions pipelines jobs dashboards models modelling
statistical statistics analysis analytics server servers database databases deployment
""".split())
# Words right after the name that make it an ordinary word ("Go to", "Excel at", "Spring 2021").
REJECT_NEXT = frozenset("""
to at in beyond above through ahead out back live forward further along over the a an
semester term break quarter season cleaning sale collection
""".split())
REJECT_PREV = frozenset("""
to will can must should would could may might let lets please mr mrs ms dr prof miss sir
""".split())
SEPARATORS = frozenset({",", "/", "|", ";", "(", ")", "&", "and", "or", "+", "·", "•", "-", ":"})


class ContextFilter:
    """spaCy component: drops `needs_context` candidates that lack skill context,
    then writes the surviving candidates to `doc.spans["skills"]`."""

    def __call__(self, doc: Doc) -> Doc:
        found = candidates(doc)
        ranges = doc.user_data.get(CONTEXT_RANGES, ())
        kept = [c for c in found if not c.needs_context or _has_context(doc, c, ranges, found)]
        doc.user_data[CANDIDATES] = kept
        doc.spans[SPAN_KEY] = [doc[c.start : c.end] for c in kept]
        for span, cand in zip(doc.spans[SPAN_KEY], kept):
            span.label_ = cand.skill_id
        return doc


def _has_context(doc: Doc, cand: Candidate, ranges, found) -> bool:
    first = doc[cand.start]
    nxt = _next_word(doc, cand.end)
    prev = _prev_word(doc, cand.start)
    if nxt is not None and (nxt.lower_ in REJECT_NEXT or nxt.like_num) and not _is_separator(nxt):
        return False
    if nxt is not None and nxt.text in ("-", "–") and not doc[cand.end - 1].whitespace_:
        return False  # a compound: "Go-getter", "Go-live"
    if prev is not None and prev.lower_ in REJECT_PREV:
        return False
    if prev is not None and prev.text == "." and cand.end - cand.start == 1 and len(first.text) == 1:
        return False  # an initial: "J. R. Smith"
    start_char = first.idx
    if any(lo <= start_char < hi for lo, hi in ranges):
        return True
    if _list_neighbour(doc, cand, found):
        return True
    window = doc[max(0, cand.start - 4) : cand.start].text.lower().split() + doc[cand.end : cand.end + 3].text.lower().split()
    return any(word.strip(".,;:()") in CUE_WORDS for word in window)


def _is_separator(token: Token) -> bool:
    return token.lower_ in SEPARATORS


def _next_word(doc: Doc, index: int) -> Token | None:
    while index < len(doc) and doc[index].is_space:
        index += 1
    return doc[index] if index < len(doc) else None


def _prev_word(doc: Doc, index: int) -> Token | None:
    index -= 1
    while index >= 0 and doc[index].is_space:
        index -= 1
    return doc[index] if index >= 0 else None


def _list_neighbour(doc: Doc, cand: Candidate, found) -> bool:
    """Another skill stands next to this one across at most two separators."""
    others_start = {c.start for c in found if c is not cand}
    others_end = {c.end for c in found if c is not cand}
    i, hops = cand.end, 0
    while i < len(doc) and hops <= 2 and (_is_separator(doc[i]) or doc[i].is_space):
        i, hops = i + 1, hops + 1
    if hops and i in others_start:
        return True
    i, hops = cand.start, 0
    while i > 0 and hops <= 2 and (_is_separator(doc[i - 1]) or doc[i - 1].is_space):
        i, hops = i - 1, hops + 1
    return bool(hops) and i in others_end
