"""Context filter for matches that are skills only in some contexts.

Two kinds of candidate need context (`Candidate.needs_context`):

- AMBIGUOUS_NAME: a case-sensitive name that is also a word or a person's name. "Go",
  "R", "Excel", "Spring", "Chef" are skills in "Python, Go and Rust", "experience with
  Go", a skills section or "R programming"; not in "Go above and beyond", "Excel at
  communication", "Spring 2021" or "Mr. Jenkins". Words around it can veto it.
- COMMON_WORD: a single ordinary word naming a field or a language ("research",
  "finance", "Danish"). It counts only with positive context: a list of skills, a skills
  section, a cue ("research experience", "fluent in Danish", "strong communication"), or
  a list item that is just the term. "We are a research centre" does not ask for research.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from skillgap.nlp.candidates import (
    AMBIGUOUS_NAME, CANDIDATES, CONTEXT_RANGES, SPAN_KEY, Candidate, candidates,
)

TECH_CUES = frozenset("""
programming language languages lang framework frameworks library libraries developer developers
engineer engineers engineering code coding codebase scripting scripts sdk backend frontend
microservices services apps application applications software tool tools platform platforms
spreadsheets spreadsheet formulas macros vba pivot ehr emr charting technologies technology tech
environment environments written development develop developing built build building wrote
cookbooks recipes modules packages ecosystem version versions pipelines jobs dashboards models
modelling statistical statistics server servers database databases deployment metrics monitoring
alerting queries query
""".split())
GENERAL_CUES = frozenset("""
experience experienced proficient proficiency knowledge skills skill fluent fluency expertise expert
familiarity familiar understanding background degree qualification qualifications certified
certification competence competent competency skilled strong excellent good solid proven deep
advanced basic working hands-on track record using speak speaks speaking spoken native
""".split())
CUE_WORDS = TECH_CUES | GENERAL_CUES
# Words right after an ambiguous name that make it an ordinary word ("Go to", "Excel at", "Spring 2021").
REJECT_NEXT = frozenset("""
to at in beyond above through ahead out back live forward further along over the a an
semester term break quarter season cleaning sale collection
""".split())
REJECT_PREV = frozenset("""
to will can must should would could may might let lets please mr mrs ms dr prof miss sir
""".split())
SEPARATORS = frozenset({",", "/", "|", ";", "(", ")", "&", "and", "or", "+", "·", "•", "-", ":"})
ITEM_MARKERS = frozenset({"•", "-", "*", "–", "—", "·", ":", "▪", "◦", "●", "■", "►", "✓", "✔", "➢"})


class ContextFilter:
    """spaCy component: drops candidates that lack the context they need, then writes
    the survivors to `doc.spans["skills"]` (labelled with the skill id)."""

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
    if cand.needs_context == AMBIGUOUS_NAME and _vetoed(doc, cand):
        return False
    start_char = doc[cand.start].idx
    if any(lo <= start_char < hi for lo, hi in ranges):
        return True
    # two common words do not vouch for each other: "research and innovation"
    neighbours = found if cand.needs_context == AMBIGUOUS_NAME else [c for c in found if not c.needs_context]
    if _list_neighbour(doc, cand, neighbours) or _alone_on_line(doc, cand):
        return True
    before = doc[max(0, cand.start - 4) : cand.start].text.lower().split()
    after = doc[cand.end : cand.end + 3].text.lower().split()
    return any(word.strip(".,;:()") in CUE_WORDS for word in before + after)


def _vetoed(doc: Doc, cand: Candidate) -> bool:
    """Words around an ambiguous name that make it an ordinary word or a person."""
    first = doc[cand.start]
    nxt, prev = _next_word(doc, cand.end), _prev_word(doc, cand.start)
    if nxt is not None and (nxt.lower_ in REJECT_NEXT or nxt.like_num) and nxt.lower_ not in SEPARATORS:
        return True
    if nxt is not None and nxt.text in ("-", "–") and not doc[cand.end - 1].whitespace_:
        return True  # a compound: "Go-getter", "Go-live"
    if prev is not None and prev.lower_ in REJECT_PREV:
        return True
    # an initial or an abbreviation: "J. R. Smith", "Ph.D"
    return prev is not None and prev.text.endswith(".") and cand.end - cand.start == 1 and len(first.text) == 1


def _alone_on_line(doc: Doc, cand: Candidate) -> bool:
    """The term is the whole line, or the whole list item: "• Finance", "Skills: R"."""
    i = cand.start - 1
    while i >= 0 and not ("\n" in doc[i].text or "\n" in doc[i].whitespace_):
        if doc[i].text not in ITEM_MARKERS:
            return False
        i -= 1
    j = cand.end
    while j < len(doc) and "\n" not in doc[j].text and "\n" not in doc[j - 1].whitespace_:
        if doc[j].text not in {".", ",", ";"}:
            return False
        j += 1
    return True


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
    while i < len(doc) and hops <= 2 and (doc[i].lower_ in SEPARATORS or doc[i].is_space):
        i, hops = i + 1, hops + 1
    if hops and i in others_start:
        return True
    i, hops = cand.start, 0
    while i > 0 and hops <= 2 and (doc[i - 1].lower_ in SEPARATORS or doc[i - 1].is_space):
        i, hops = i - 1, hops + 1
    return bool(hops) and i in others_end
