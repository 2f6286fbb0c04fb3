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
  A one-word trait ("curious", "structured") counts only when said of the reader ("you are
  curious", "a structured mindset", a list of traits), never of the employer ("we are a
  passionate team", "innovative solutions"). Languages and traits vouch for each other in a
  list, even one written without commas ("Danish Swedish and Norwegian").

Résumé bullets carry their own context. A line that opens with a past-tense work verb
("Tracked", "Taught", "Led"; not "Required", "Preferred", "Demonstrated") reports work done,
so an ambiguous name right after "in/with/using/via/on" counts ("Tracked inventory in
Excel", "Charted assessments in Epic") and so does a single field word after the verb
("Taught robotics", "Supervised telemetry patients"). Such a preposition also lifts the
"Go to" veto ("services written in Go to AWS"), though not a number's ("in Spring 2021").
The field of a degree right after it counts too ("M.S. Statistics", "PhD in law"); for a
trait it is the opposite: "B.A., Communication" and a course named "Problem Solving" in a
list of courses name fields of study, not the trait.

Whatever the kind of candidate, a field right before a role noun is a job title or a team
("Backend Developer", "our DevOps team") and a degree before "student" or "scholarship" names
a post: neither is a skill the posting asks for. Tools keep such matches ("JavaScript
developer" asks for JavaScript).
"""

from __future__ import annotations

import re

from spacy.lang.en.lex_attrs import like_num
from spacy.tokens import Doc, Span, Token

from skillgap.language.audience import GROUP_NOUNS, audience_nouns
from skillgap.language.names import continues_a_name
from skillgap.language.phrases import DETERMINERS
from skillgap.language.verbs import verb_tags
from skillgap.nlp.candidates import (
    AMBIGUOUS_NAME,
    CANDIDATES,
    CONTEXT_RANGES,
    SPAN_KEY,
    Candidate,
    TokenFacts,
    candidates,
    doc_text,
    token_facts,
)
from skillgap.nlp.context_words import (
    COURSE_LABEL,
    CUE_WORDS,
    DEGREE_CUES,
    EMPLOYER_WORDS,
    GENERAL_CUES,
    IMPERATIVE_WORK_VERBS,
    IRREGULAR_WORK_VERBS,
    ITEM_MARKERS,
    LANGUAGE_CUES,
    LINE_VERBS,
    NOT_A_PERSON,
    NOT_WORK_VERBS,
    PEER_KINDS,
    PROGRAMME_NOUNS,
    READER_WORDS,
    REJECT_NEXT,
    REJECT_PREV,
    ROLE_NOUNS,
    SEPARATORS,
    TITLE_KINDS,
    TOOL_PREPOSITIONS,
    TRAIT_AFTER,
    TRAIT_BEFORE,
    USE_VERBS,
    WORK_LINE_KINDS,
)
from skillgap.types import SkillKind


class ContextFilter:
    """spaCy component: drops candidates that lack the context they need, then writes
    the survivors to `doc.spans["skills"]` (labelled with the skill id)."""

    def __init__(self) -> None:
        self.kinds: _KindLookup | None = None

    def set_taxonomy(self, compiled) -> None:
        """The kind of each skill, for the rules that depend on it (traits, titles)."""
        self.kinds = _KindLookup(compiled.taxonomy.skills)

    def __call__(self, doc: Doc) -> Doc:
        found = candidates(doc)
        ranges = doc.user_data.get(CONTEXT_RANGES, ())
        kept = [c for c in found if not c.needs_context or _has_context(doc, c, ranges, found, self.kinds)]
        if self.kinds is not None:
            kept = [c for c in kept if not _in_title(doc, c, self.kinds)
                    and not (self.kinds[c.skill_id] is SkillKind.SOFT and _names_a_study(doc, c))]
        # "findings for leadership": the text is read only when a group noun is a candidate
        # (token lists, not Token objects: no group noun holds an apostrophe, which they fold)
        facts = token_facts(doc)
        audience = audience_nouns(doc_text(doc)) if any(facts.lowers[c.start] in GROUP_NOUNS for c in kept) \
            else frozenset()
        kept = [c for c in kept if not _ends_a_name(doc, c, found) and facts.idx[c.start] not in audience
                and not _gerund_with_object(doc, c) and not _said_as_a_verb(doc, c, self.kinds)
                and not (self.kinds is not None and self.kinds[c.skill_id] is SkillKind.TOOL and _a_likeness(doc, c))]
        doc.user_data[CANDIDATES] = kept
        doc.spans[SPAN_KEY] = [Span(doc, c.start, c.end, label=c.skill_id) for c in kept]
        return doc


def _has_context(doc: Doc, cand: Candidate, ranges, found, kinds=None) -> bool:
    if cand.needs_context == AMBIGUOUS_NAME and (_vetoed(doc, cand) or _slashed_letters(doc, cand, found)):
        return False
    start_char = token_facts(doc).idx[cand.start]
    if any(lo <= start_char < hi for lo, hi in ranges):
        return True
    # two common words do not vouch for each other: "research and innovation"; but traits
    # and languages do, even side by side: "analytical, proactive and structured",
    # "Danish Swedish and Norwegian"
    kind = kinds[cand.skill_id] if kinds is not None else None
    if cand.needs_context == AMBIGUOUS_NAME:
        neighbours = found
    elif kind in PEER_KINDS:
        neighbours = [c for c in found if not c.needs_context or kinds[c.skill_id] is kind]
    else:
        neighbours = [c for c in found if not c.needs_context]
    adjacent = kind in PEER_KINDS and cand.needs_context != AMBIGUOUS_NAME
    if kind is SkillKind.SOFT and (_about_the_employer(doc, cand) or _ends_a_compound(doc, cand)):
        return False
    if _list_neighbour(doc, cand, neighbours, adjacent) or _alone_on_line(doc, cand):
        return True
    if cand.needs_context != AMBIGUOUS_NAME and _in_long_list(doc, cand):
        return True
    if _in_work_bullet(doc, cand, kind):
        return True
    # a list of tools written without commas: "Java Spring Hibernate", "Word Excel Access"
    if cand.needs_context == AMBIGUOUS_NAME and kinds is not None and _list_neighbour(
            doc, cand, [c for c in found if not c.needs_context and kinds[c.skill_id] is SkillKind.TOOL], True):
        return True
    before = [w.strip(".,;:()") for w in _span_text(doc, max(0, cand.start - 4), cand.start).lower().split()]
    after = [w.strip(".,;:()") for w in _span_text(doc, cand.end, cand.end + 3).lower().split()]
    if kind is SkillKind.SOFT:
        return _trait_context(before, after)
    if any(word in CUE_WORDS for word in before + after):
        return True
    # a tool that the sentence says is used: "You will use HR systems and Excel"
    if cand.needs_context == AMBIGUOUS_NAME and kind is SkillKind.TOOL and _said_used(doc, cand):
        return True
    # the field of a degree, right after it: "M.S. Statistics", "PhD in law"
    if kind in TITLE_KINDS and (any(word in DEGREE_CUES for word in before[-2:])
                                or before[-1:] == ["in"] and any(word in DEGREE_CUES for word in before)):
        return True  # ... or further back before "in": "Bachelor of Science in Nursing"
    if kind is SkillKind.LANGUAGE:  # "communicate effectively and confidently in English"
        wider = _span_text(doc, max(0, cand.start - 6), cand.start).lower().split()
        return any(word.strip(".,;:()") in LANGUAGE_CUES for word in wider)
    return False


LIST_ITEM_SPLIT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+", re.IGNORECASE)
LIST_BOUNDS = re.compile(r"[.;:()\[\]\n•]")
LIST_LENGTH, ITEM_WORDS = 3, 4


def _in_long_list(doc: Doc, cand: Candidate) -> bool:
    """The whole of an item of a comma list of three or more short items ("acceptance testing,
    commissioning, troubleshooting, calibration, and maintenance"): not "research and innovation"."""
    text, facts = doc_text(doc), token_facts(doc)
    start, end = facts.idx[cand.start], facts.idx[cand.end - 1] + len(facts.texts[cand.end - 1])
    left = max((m.end() for m in LIST_BOUNDS.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    right = LIST_BOUNDS.search(text, end, end + 200)
    segment = text[left : right.start() if right else min(len(text), end + 200)]
    if segment.count(",") < LIST_LENGTH - 1:
        return False
    position, items, own = left, 0, None
    for piece in LIST_ITEM_SPLIT.split(segment):
        at = text.find(piece, position)
        position = at + len(piece)
        words = piece.split()
        if not words:
            continue
        if len(words) > ITEM_WORDS:
            items = 0 if at + len(piece) <= start else items  # a clause, not an item: the list starts after it
            if at <= start < at + len(piece):
                return False
            if at > end:
                break
            continue
        items += 1
        if at <= start and end <= at + len(piece):
            own = len(words) - len(text[start:end].split())
    return own == 0 and items >= LIST_LENGTH


def _names_a_study(doc: Doc, cand: Candidate) -> bool:
    """The words name a field of study, not a trait: the field of a degree ("B.A.,
    Communication", "BSc Leadership") or a course in a list of courses ("Main courses:
    Algorithms and Problem Solving")."""
    before = [w.strip(".,;:()") for w in _span_text(doc, max(0, cand.start - 3), cand.start).lower().split()]
    if any(word in DEGREE_CUES for word in before[-2:]):
        return True
    facts = token_facts(doc)
    line_start = cand.start
    while line_start > 0 and "\n" not in facts.texts[line_start - 1] and not facts.line_after[line_start - 1]:
        line_start -= 1
    return COURSE_LABEL.search(_span_text(doc, line_start, cand.start)) is not None


def _ends_a_compound(doc: Doc, cand: Candidate) -> bool:
    """The end of a compound adjective: "data-driven", "consulting-driven", "customer-focused"
    describe an approach or a product, not the trait "driven" of a person ("self-driven" is one)."""
    if cand.start < 2:
        return False
    hyphen, first = doc[cand.start - 1], doc[cand.start - 2]
    return (hyphen.text in ("-", "\u2010", "\u2011") and not hyphen.whitespace_ and not first.whitespace_
            and first.text.isalpha() and first.text.lower() != "self")


_DETERMINERS = DETERMINERS | {"this", "these"}
_OPENS_A_NOUN = DETERMINERS | {"of"}  # "a team building ...", "part of team building ..."
# "... a plus", "... an advantage": a hedge after a scraped line's skill, not its object
_HEDGE_NOUNS = frozenset({"plus", "bonus", "must", "advantage", "benefit", "asset", "priority", "requirement",
                          "ideal", "preferred", "desirable"})


def _gerund_with_object(doc: Doc, cand: Candidate) -> bool:
    """A name of two words or more ending in a gerund that takes an object, after an article
    or "of": "part of a team building a crucial system" is a clause (a team that builds a
    system), not the skill "team building"; "Machine learning a strong advantage" keeps its
    match (a hedge follows, and no article opens the name)."""
    facts = token_facts(doc)
    start, end = cand.start, cand.end
    if end - start < 2 or start == 0 or not facts.lowers[end - 1].endswith("ing") or end + 1 >= len(facts.lowers):
        return False
    if facts.lowers[start - 1] not in _OPENS_A_NOUN or facts.lowers[end] not in _DETERMINERS:
        return False
    following = facts.lowers[end + 1 : end + 5]
    return facts.alpha[end + 1] and not any(word in _HEDGE_NOUNS for word in following) \
        and "\n" not in doc_text(doc)[facts.idx[start - 1] : facts.idx[end + 1]]


# Words that leave the next word a verb: "you will design", "help you plan" ("to" is also a
# preposition: "access to research infrastructure", "not just to finance")
_BEFORE_A_VERB = frozenset("you we they will shall can could would should must may might help helps".split())
# Words after which a field's word is a noun: "a background in design and print"
_NOUN_BEFORE = frozenset("""in of on for with about at by from into to as and or the a an your our their its this
these strong good excellent sound solid some any""".split())
_NOUN_ENDINGS = ("ion", "ment", "ing", "ance", "ence", "ity", "ery", "ure", "ness", "ship", "al", "s")


def _said_as_a_verb(doc: Doc, cand: Candidate, kinds) -> bool:
    """A field's one ordinary word said as a verb names a task, not the field: "you will
    design and implement API methods", "help you design and deliver training", "re-design
    our service". A verb after a subject or a modal ("to" is also a preposition), one that
    takes an object ("design our service"), or one that pairs with another verb after a
    word that is no preposition ("architect design and develop") is a verb; "the design
    and delivery of training", "experience in design and print", "design experience" keep
    their match, and so does a product's name ("export to Excel")."""
    if not cand.needs_context or cand.end - cand.start != 1 or kinds is None \
            or kinds[cand.skill_id] in (SkillKind.TOOL, SkillKind.CERTIFICATION):
        return False
    facts = token_facts(doc)
    i = cand.start
    word = facts.lowers[i]
    if facts.texts[i] != word:
        return False  # "Design" opening a line or a title
    if not any(tag in ("VB", "VBP") for _, tag in verb_tags(word)):
        return False
    before = _word_before(facts, i)
    if before in _BEFORE_A_VERB:
        return True
    after = _word_after(facts, i)
    if after in _DETERMINERS:
        return True
    if after in ("and", "or", "&") and before and before not in _NOUN_BEFORE:
        other = _word_after(facts, _next_on_line(facts, i))
        return bool(other) and not other.endswith(_NOUN_ENDINGS) and other not in _DETERMINERS \
            and any(tag == "VB" for _, tag in verb_tags(other))
    return False


def _word_after(facts: TokenFacts, i: int) -> str:
    """The word after token `i` on its line ("&" counts as one), or ""."""
    j = _next_on_line(facts, i)
    return facts.lowers[j] if j is not None and (facts.alpha[j] or facts.lowers[j] == "&") else ""


def _word_before(facts: TokenFacts, i: int) -> str:
    """The word before token `i` on its line, or ""."""
    j = _prev_word_index(facts, i)
    return facts.lowers[j] if j is not None and facts.alpha[j] and "\n" not in "".join(facts.texts[j + 1 : i]) \
        else ""


def _next_on_line(facts: TokenFacts, i: int) -> int | None:
    """The index of the first word after token `i` on its line, or None."""
    j = _next_word_index(facts, i + 1)
    return None if j is None or "\n" in "".join(facts.texts[i + 1 : j]) else j


_LIKENESS = frozenset({"like", "style", "esque", "inspired"})


def _a_likeness(doc: Doc, cand: Candidate) -> bool:
    """A tool's name that only describes something else: "Figma-like edge editing", an
    "Excel-style grid", a "Notion-inspired" layout use neither tool ("Kanban-style boards"
    are Kanban: a method keeps its match)."""
    facts = token_facts(doc)
    end = cand.end
    return (end + 1 < len(facts.texts) and facts.texts[end] in ("-", "\u2010", "\u2011")
            and facts.idx[end] == facts.idx[end - 1] + len(facts.texts[end - 1])
            and facts.idx[end + 1] == facts.idx[end] + 1 and facts.lowers[end + 1] in _LIKENESS)


def _span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text`, sliced from the text instead of built token by token."""
    facts = token_facts(doc)
    end = min(end, len(facts.texts))
    if start >= end:
        return ""
    text = doc_text(doc)
    return text[facts.idx[start] : facts.idx[end - 1] + len(facts.texts[end - 1])]


def _in_work_bullet(doc: Doc, cand: Candidate, kind) -> bool:
    """A name in a résumé bullet that opens with a past-tense work verb: a case-sensitive
    tool right after a preposition ("Tracked inventory in Excel", "Charted in Epic"), or a
    single field word anywhere in it ("Taught robotics", "Supervised telemetry patients")."""
    verb = _line_verbs(doc)[cand.start]
    if verb < 0 or verb >= cand.start:
        return False
    if cand.needs_context == AMBIGUOUS_NAME:
        prev = _prev_word(doc, cand.start)
        # "in Excel", "into Snowflake"; or the object of the line's own "Use": "Use Excel to ..."
        return prev is not None and (prev.text.lower() in TOOL_PREPOSITIONS
                                     or (prev.i == verb and prev.text.lower() in USE_VERBS))
    return kind is None or kind in WORK_LINE_KINDS


def _line_verbs(doc: Doc) -> list[int]:
    """For each token, the index of the past-tense work verb that opens its line, or -1.
    Computed once per Doc, from the plain token lists."""
    cached = doc.user_data.get(LINE_VERBS)
    if cached is not None:
        return cached
    facts = token_facts(doc)
    texts, lowers, alpha, space, line_after = facts.texts, facts.lowers, facts.alpha, facts.space, facts.line_after
    n = len(texts)
    out = [-1] * n
    start = 0
    while start < n:
        end = start
        while end < n - 1 and not (line_after[end] or "\n" in texts[end]):
            end += 1
        first = start
        while first <= end and (texts[first] in ITEM_MARKERS or space[first]):
            first += 1
        if first <= end and _opens_work(texts, lowers, alpha, space, first):
            out[start : end + 1] = [first] * (end + 1 - start)
        start = end + 1
    doc.user_data[LINE_VERBS] = out
    return out


def _opens_work(texts: list[str], lowers: list[str], alpha: list[bool], space: list[bool], i: int) -> bool:
    word = lowers[i]
    if not alpha[i] or not texts[i][0].isupper() or word in NOT_WORK_VERBS:
        return False
    if word not in IRREGULAR_WORK_VERBS and word not in IMPERATIVE_WORK_VERBS \
            and not (len(word) >= 5 and word.endswith("ed")):
        return False
    nxt = i + 1
    while nxt < len(texts) and space[nxt]:
        nxt += 1
    # "Required: Excel" or "Preferred - R" are headings, not bullets
    return nxt < len(texts) and texts[nxt] not in (":", "-")


def _trait_context(before: list[str], after: list[str]) -> bool:
    """A trait said of the reader: "you are curious", "highly analytical", "a proactive mindset",
    "strong communication"."""
    return (any(word in GENERAL_CUES for word in before + after)
            or any(word in TRAIT_BEFORE for word in before[-3:])
            or any(word in TRAIT_AFTER for word in after[:2]))


def _about_the_employer(doc: Doc, cand: Candidate) -> bool:
    """A trait of the company, its team or its offer: "we are a passionate team",
    "innovative solutions", "a creative environment"."""
    # spaCy's lower case of a token is its text lower-cased, with no apostrophe folded: "we’re" is not "we're";
    # the folded lower-case words answer for a set of words without apostrophes
    facts = token_facts(doc)
    nxt = _next_word_index(facts, cand.end)
    if nxt is not None and facts.lowers[nxt] in NOT_A_PERSON:
        return True
    before = {text.lower() for text in facts.texts[max(0, cand.start - 5) : cand.start]}
    return bool(before & EMPLOYER_WORDS) and not before & READER_WORDS


class _KindLookup(dict):
    """skill id -> kind, read from the taxonomy on first use of each id."""

    def __init__(self, skills) -> None:
        super().__init__()
        self.skills = skills

    def __missing__(self, skill_id: str) -> SkillKind:
        skill = self.skills.get(skill_id)
        kind = self[skill_id] = skill.kind if skill is not None else SkillKind.TOOL
        return kind


def _in_title(doc: Doc, cand: Candidate, kinds) -> bool:
    """A field right before a role noun: "Frontend Developer", "our DevOps team"."""
    facts = token_facts(doc)
    nxt = _next_word_index(facts, cand.end)
    if nxt is None:
        return False
    kind, word = kinds[cand.skill_id], facts.lowers[nxt]  # (no role or programme noun holds an apostrophe)
    return (word in ROLE_NOUNS and kind in TITLE_KINDS) or (word in PROGRAMME_NOUNS and kind is SkillKind.CERTIFICATION)


def _ends_a_name(doc: Doc, cand: Candidate, found: list[Candidate]) -> bool:
    """The last word of a company's name: "Brightline Analytics", "Harbor Freight
    Analytics". A one-word common noun ("analytics") written with a capital right after
    a capitalised word that is no skill itself, mid-line or after a comma: the name of
    an employer, not the skill. ("Marketing Analytics" keeps both; a name the taxonomy
    knows in capitals, like "Google Analytics", matched longer.)"""
    if cand.end - cand.start != 1 or cand.method == "fuzzy" or not cand.alias.islower():
        return False
    word = doc[cand.start]
    if not word.text.istitle():  # spaCy's IS_TITLE
        return False
    if not continues_a_name(doc_text(doc), word.idx):
        return False
    prev = _prev_word(doc, cand.start)
    return prev is not None and not any(c.start <= prev.i < c.end for c in found)


_GRADES = frozenset("ABCDEFU")


def _said_used(doc: Doc, cand: Candidate) -> bool:
    """A verb of use among the four words before the name, on its line: "use Excel", "You will
    use HR systems and Excel", "using R"."""
    facts = token_facts(doc)
    start = cand.start
    return any(facts.lowers[k] in USE_VERBS and "\n" not in doc_text(doc)[facts.idx[k] : facts.idx[start]]
               for k in range(max(0, start - 4), start))


def _vetoed(doc: Doc, cand: Candidate) -> bool:
    """Words around an ambiguous name that make it an ordinary word or a person."""
    first = doc[cand.start]
    # the words on the name's own line: "Excel" ending a skills line is not vetoed by a page
    # number ("1") or a word that opens the next line
    nxt = _on_line(doc, cand.end, _next_word(doc, cand.end))
    prev = _on_line(doc, cand.start, _prev_word(doc, cand.start))
    number = nxt is not None and like_num(nxt.text)  # spaCy's LIKE_NUM
    if nxt is not None and ((nxt_lower := nxt.text.lower()) in REJECT_NEXT or number) and nxt_lower not in SEPARATORS:
        # "written in Go to AWS", "analysis in R at scale": the preposition before names a
        # tool, whatever follows, as does a verb of use a few words before ("use HR systems and Excel to
        # ensure ..."); but a number right after still makes a date ("in Spring 2021")
        if number or prev is None or (prev.text.lower() not in TOOL_PREPOSITIONS and not _said_used(doc, cand)):
            return True
    if nxt is not None and nxt.text in ("-", "–") and not doc[cand.end - 1].whitespace_:
        return True  # a compound: "Go-getter", "Go-live"
    if prev is not None and prev.text.lower() in REJECT_PREV:
        return True
    if _opens_verb_list(doc, cand):
        return True
    if cand.end - cand.start == 1 and first.text in _GRADES and cand.start > 0 and cand.end < len(doc) \
            and doc[cand.start - 1].text == "(" and doc[cand.end].text == ")":
        return True  # a grade: "Sociology (C)", "English Language (B)" ("Statistics (R)" names R)
    # an initial or an abbreviation: "J. R. Smith", "Ph.D"; a middle initial: "CLAUD D. PARK"
    if cand.end - cand.start != 1 or len(first.text) != 1:
        return False
    return prev is not None and (prev.text.endswith(".") or _middle_initial(doc, cand, prev, nxt))


def _slashed_letters(doc: Doc, cand: Candidate, found) -> bool:
    """The one letter at `cand` and another lone letter, no skill of its own, joined by a
    slash without spaces and nothing more: "R/T" (radio telephony), "I/O" abbreviate;
    "C/R", "Python/R/C" and "R/S-PLUS" name R and C."""
    if cand.end - cand.start != 1 or len(doc[cand.start].text) != 1:
        return False

    def letter(i: int) -> bool:
        return 0 <= i < len(doc) and len(doc[i].text) == 1 and doc[i].text.isalpha()

    def joined(i: int) -> bool:  # tokens i and i + 1 touch
        return 0 <= i < len(doc) - 1 and not doc[i].whitespace_

    if cand.end < len(doc) - 1 and doc[cand.end].text == "/" and joined(cand.start) and joined(cand.end):
        first, partner = cand.start, cand.end + 1
    elif cand.start >= 2 and doc[cand.start - 1].text == "/" and joined(cand.start - 2) and joined(cand.start - 1):
        first, partner = cand.start - 2, cand.start
    else:
        return False
    other = partner if first == cand.start else first
    last = first + 2
    in_chain = (first > 0 and joined(first - 1) and doc[first - 1].text in "/-") \
        or (joined(last) and doc[last + 1].text in "/-")
    return letter(other) and not in_chain and not any(c.start == other for c in found)


def _middle_initial(doc: Doc, cand: Candidate, prev: Token, nxt: Token | None) -> bool:
    """One capital between two capitalised words, with a full stop after it: "Claud D. Park"."""
    if nxt is None or nxt.text != "." or doc[cand.start - 1].i != prev.i:
        return False
    if not prev.text.isalpha() or not prev.text[0].isupper():
        return False
    after = _on_line(doc, nxt.i + 1, _next_word(doc, nxt.i + 1))
    return after is not None and after.text.isalpha() and after.text[0].isupper()


def _opens_verb_list(doc: Doc, cand: Candidate) -> bool:
    """The line opens with a list of verbs: "Design, build and run services", "Lead and
    mentor the team". The first is an imperative there, not a skill."""
    if cand.end - cand.start != 1 or not _opens_line(doc, cand.start):
        return False
    joiner = _next_word(doc, cand.end)
    if joiner is None or joiner.text.lower() not in (",", "and", "&", "/"):
        return False
    verb = _next_word(doc, joiner.i + 1)
    if verb is None or not verb.text.isalpha() or not verb.text.islower():  # spaCy's IS_ALPHA, IS_LOWER
        return False
    from skillgap.language.verbs import verb_tags  # loaded only for this rare shape

    return any(tag == "VB" for _, tag in verb_tags(verb.text))


def _opens_line(doc: Doc, index: int) -> bool:
    i = index - 1
    texts, space = (facts := token_facts(doc)).texts, facts.space
    while i >= 0 and (space[i] or texts[i] in ITEM_MARKERS):
        if "\n" in texts[i] or "\n" in doc[i].whitespace_:
            return True
        i -= 1
    return i < 0 or "\n" in doc[i].whitespace_


def _alone_on_line(doc: Doc, cand: Candidate) -> bool:
    """The term is the whole line, or the whole list item: "• Finance", "Skills: R"."""
    facts = token_facts(doc)
    texts, line_after = facts.texts, facts.line_after
    i = cand.start - 1
    while i >= 0 and not ("\n" in texts[i] or line_after[i]):
        if texts[i] not in ITEM_MARKERS:
            return False
        i -= 1
    j = cand.end
    while j < len(texts) and "\n" not in texts[j] and not line_after[j - 1]:
        if texts[j] not in {".", ",", ";"}:
            return False
        j += 1
    return True


def _next_word(doc: Doc, index: int) -> Token | None:
    index = _next_word_index(token_facts(doc), index)
    return None if index is None else doc[index]


def _next_word_index(facts: TokenFacts, index: int) -> int | None:
    """`_next_word`'s index, read from the token lists."""
    space = facts.space
    while index < len(space) and space[index]:
        index += 1
    return index if index < len(space) else None


def _on_line(doc: Doc, index: int, word: Token | None) -> Token | None:
    """`word` if no line break lies between it and the token at `index`, else None."""
    if word is None:
        return None
    low, high = sorted((index, word.i))
    return None if "\n" in doc_text(doc)[doc[low].idx : doc[high].idx] else word


def _prev_word(doc: Doc, index: int) -> Token | None:
    index = _prev_word_index(token_facts(doc), index)
    return None if index is None else doc[index]


def _prev_word_index(facts: TokenFacts, index: int) -> int | None:
    """`_prev_word`'s index, read from the token lists."""
    index -= 1
    space = facts.space
    while index >= 0 and space[index]:
        index -= 1
    return index if index >= 0 else None


def _list_neighbour(doc: Doc, cand: Candidate, found, adjacent: bool = False) -> bool:
    """Another skill stands next to this one across at most two separators (or none, when
    `adjacent`: lists of traits and languages are often written without commas)."""
    facts = token_facts(doc)
    lowers, space = facts.lowers, facts.space
    n = len(lowers)
    i, hops = cand.end, 0
    while i < n and hops <= 2 and (lowers[i] in SEPARATORS or space[i]):
        i, hops = i + 1, hops + 1
    if (hops or adjacent) and any(c.start == i and c is not cand for c in found):
        return True
    i, hops = cand.start, 0
    while i > 0 and hops <= 2 and (lowers[i - 1] in SEPARATORS or space[i - 1]):
        i, hops = i - 1, hops + 1
    return bool(hops or adjacent) and any(c.end == i and c is not cand for c in found)
