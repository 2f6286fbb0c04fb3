"""What a posting asks for: each skill once, required or preferred, with its wording.

- Skills under "about us", "benefits" or "how to apply" are not requirements, nor those in
  sentences about the employer, its offer or the law or team names
  (`ingest/posting.py`).
- A skill is preferred under a preferred heading, or when its sentence says so ("a plus",
  "nice to have", "preferred"). Wording inside brackets qualifies only what the brackets
  hold: in "a WMS (Manhattan preferred) and Excel" only Manhattan is preferred. The next
  sentence hedges what it points back to ("... is seen as a benefit" after "We rely on X").
- Skills listed as alternatives ("Epic or Cerner", "Python, Java, or Go", "Java/Kotlin") form a group:
  `gap.compare` counts the group as met when the résumé shows any one of them. A skill
  that the posting also asks for on its own elsewhere is not an alternative.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from skillgap.ingest.folded import FoldedPattern
from skillgap.ingest.posting import boilerplate_spans, inside, names_a_team
from skillgap.types import Analysis, Importance, Mention, SectionKind

NOT_REQUIREMENTS = frozenset({SectionKind.ABOUT, SectionKind.BENEFITS, SectionKind.APPLY})
PREFERRED_WORDING = FoldedPattern(
    r"\b(nice[- ]to[- ]haves?|(is|are|would be)? ?an? (big |huge |definite )?(plus|bonus|advantage|asset)"
    r"|bonus( points)?|preferred|preferably|desirable|desired|ideally|advantageous|good[- ]to[- ]have"
    r"|would be (great|nice|helpful|good)|not required|optional|helpful|pluses"
    r"|((would|will|could) (also )?be |(is|are) (also )?)beneficial(?! (for|to|in)\b)|would be welcomed?"
    r"|(not|isn't|aren't|by no means) (strictly )?(essential|necessary)"
    r"|(is|are|would be) (seen as |considered |regarded as |viewed as )?an? (benefit|merit))\b"
)
# What may stand between two skills of one either-or list: "X or Y", "X, Y, or Z", "X and/or Y".
_OR = re.compile(r"\s*,?\s*(?:or|and/or)\s+|\s*/\s*", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")
_FILLER = frozenset("a an is are would be very highly strongly definitely big huge but not considered".split())
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


@dataclass
class PostingSkill:
    skill_id: str
    importance: Importance = Importance.PREFERRED
    terms: Counter = field(default_factory=Counter)
    lines: set[int] = field(default_factory=set)
    alternatives: frozenset[str] = frozenset()  # skill ids any of which the posting accepts instead


def posting_skills(posting: Analysis) -> dict[str, PostingSkill]:
    """What the posting asks for: skills outside about-us/benefits, with their importance."""
    document, sections = posting.document, posting.sections
    text = document.text
    found: dict[str, PostingSkill] = {}
    outside = [m for m in posting.mentions if sections.kind_at(m.start) not in NOT_REQUIREMENTS]
    boilerplate = boilerplate_spans(text, at=[m.start for m in outside])  # judged where it matters
    outside = [m for m in outside if not inside(boilerplate, m.start) and not names_a_team(text, m.start, m.end)]
    tags = tag_spans(text)
    said = {m.skill_id for m in outside if not inside(tags, m.start)}
    for mention in outside:
        # a site's tag of the job ("Technologies: node.js python") says nothing of how much
        # the job needs it: the posting's own words do, where they name it too
        importance = importance_at(posting, mention) if mention.skill_id not in said or \
            not inside(tags, mention.start) else Importance.PREFERRED
        item = found.get(mention.skill_id)
        if item is None:
            item = found[mention.skill_id] = PostingSkill(mention.skill_id, importance)
        elif importance is Importance.REQUIRED:
            item.importance = Importance.REQUIRED
        item.terms[mention.text] += 1
        item.lines.add(document.source_position(mention.start)[0])
    for skill_id, others in _alternatives(text, outside).items():
        found[skill_id].alternatives = others
    return found


# A job site's tags after its "Technologies" label, in lower case: "Technologies
# amazon-web-services node.js typescript Job description ..."
_TAGS = re.compile(r"\bTechnologies:?[ \t]*\n?[ \t]*((?:(?!(?:we|you|and|or|the|in|of|to|for|with|is|are|our|use"
                   r"|include|includes|every)\b)[a-z0-9][a-z0-9.+#/-]*[ \t]*)+)")


def tag_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a scraped posting's technology tags."""
    return [found.span(1) for found in _TAGS.finditer(text)] if "Technologies" in text else []


def importance_at(posting: Analysis, mention: Mention) -> Importance:
    """Preferred under a preferred heading (unless the line states a duty) or when its
    sentence says so; otherwise required."""
    text = posting.document.text
    kind = posting.sections.kind_at(mention.start)
    if kind is SectionKind.PREFERRED and not _duty_line(text, mention) and not _after_the_end_matter(posting, mention) \
            or _hedged_after(text, mention):
        return Importance.PREFERRED
    sentence, offset = _sentence_around(text, mention)  # read once, for the two tests of the sentence
    if _worded_preferred(sentence, offset, offset + mention.end - mention.start) or _our_stack(sentence, offset):
        return Importance.PREFERRED
    return Importance.REQUIRED


# An equal-opportunity statement closes a posting's lists: a scraped posting that goes on after
# it ("... protected by law. Supports the design ... Bachelor's degree ...") repeats the job
# without its headings, so a "Desired skills" heading above the statement no longer holds.
# (the statement, not a skill named in a list: "Understanding of equal opportunities legislation")
_END_MATTER = re.compile(r"\b(?:(?:equal (?:employment )?opportunit\w*|affirmative action)(?: \w+){0,2} employer"
                         r"|without regard to|regardless of (?:race|age|sex|gender|religion))\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def _end_matter_starts(text: str) -> tuple[int, ...]:
    """Where the posting's equal-opportunity statements start, once per posting."""
    return tuple(found.start() for found in _END_MATTER.finditer(text)) if "regard" in text or "employer" in text \
        else ()


def _after_the_end_matter(posting: Analysis, mention: Mention) -> bool:
    """Whether an equal-opportunity statement stands between the mention and the heading of
    its section."""
    starts = _end_matter_starts(posting.document.text)
    if not starts:
        return False
    section = posting.sections.at(mention.start)
    first = bisect_left(starts, 0 if section is None else section.start)
    return first < len(starts) and starts[first] < mention.start


# The employer naming what it works with: "For the frontend we use Angular and SASS", "As a
# framework we use Spring Boot". A candidate who knows it has a head start; no ask says
# the candidate must (an ask in the same sentence, "you" or "experience", keeps it required).
_WE_USE = re.compile(r"\bwe(?:'re| are)?\s+(?:also\s+)?(?:use|using|work with|working with|build with|building with"
                     r"|run on|rely on|develop with|code in)\b", re.IGNORECASE)
_ASKED_OF_YOU = re.compile(r"\b(?:you|your|experience|knowledge|familiar|proficien\w*|skills?)\b", re.IGNORECASE)


def _our_stack(sentence: str, offset: int) -> bool:
    """The sentence names the employer's own tools before the mention at `offset`."""
    stack = _WE_USE.search(sentence, 0, offset)
    return stack is not None and not _ASKED_OF_YOU.search(sentence)


# The next sentence hedges what this one listed: "We rely on AWS and Terraform. Experience
# with the mentioned technologies is seen as a benefit."
_BACK_REFERENCE = FoldedPattern(r"\b(?:the (?:mentioned|above|listed|aforementioned)"
                                r"|(?:any|all|some) of (?:these|those|them|the above)|these|those|such)\b")


# "Dictate I.T. and others." and "using e.g. React" are one sentence: the stop is not the end
# of "X.Y", "e.g." or "i.e."; asked after the stop so that the pattern starts with its
# characters, which the engine skips to
_SENTENCE_STOP = re.compile(r"[.!?;](?<![A-Z]\.[A-Z].)(?<!\b[eE]\.g\.)(?<!\b[iI]\.e\.)(\s|$)")
_NEXT_SENTENCE = re.compile(r"\s*([^\n.!?;]*)")


# The employer offering to teach what the line asks: "Fork lift driving licence – training
# provided", "CSCS card (training given)"
_TRAINING_GIVEN = re.compile(r"[–—,(:;-]\s*(?:full\s+|on[- ]the[- ]job\s+)?training\s+"
                             r"(?:will\s+be\s+|is\s+|can\s+be\s+)?"
                             r"(?:provided|given|available|offered)\W*$", re.IGNORECASE)


_OBLIGATION = re.compile(r"\b(?:must|essential|required|mandatory|needs? to|have to)\b", re.IGNORECASE)


def _hedged_after(text: str, mention: Mention) -> bool:
    """The sentence after the mention hedges it ("We rely on X. Experience with the mentioned
    technologies is seen as a benefit."), or its item ends offering training in it."""
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end == -1 else line_end
    offer = _TRAINING_GIVEN.search(text, mention.end, line_end)
    if offer is not None:
        between = text[mention.end : offer.start()]
        line_start = text.rfind("\n", 0, mention.start) + 1
        if len(between.split()) <= 3 and ";" not in between and not _OBLIGATION.search(text, line_start, offer.start()):
            return True  # it closes the mention's own item, not a later one, and the item says no "must"
    end = _SENTENCE_STOP.search(text, mention.end, line_end)  # endpos: "$" matches at the line's end
    following = _NEXT_SENTENCE.match(text, end.end() if end else line_end)
    sentence = following.group(1) if following else ""
    return bool(sentence and _BACK_REFERENCE.search(sentence) and PREFERRED_WORDING.search(sentence))


# Nouns that open a requirement line although they are also verbs: "Experience with X".
_REQUIREMENT_NOUNS = frozenset("experience knowledge exposure background training proven demonstrated".split())
_LINE_OPENER = re.compile(r"\s*(?:[•▪◦●■*+–—-]\s*)?([A-Za-z]+)\b")


def _duty_line(text: str, mention: Mention) -> bool:
    """A line that states a duty of the role ("Supports the design ...", "Lead post-event
    analysis"): a scraped posting often runs its duties on under a "Desired skills"
    heading, and a core duty stated without a hedge is required."""
    from skillgap.language.verbs import verb_tags

    line_start = text.rfind("\n", 0, mention.start) + 1
    opener = _LINE_OPENER.match(text, line_start)
    if opener is None or opener.group(1).lower() in _REQUIREMENT_NOUNS:
        return False
    return any(tag in ("VBZ", "VB", "VBP") for _, tag in verb_tags(opener.group(1)))


def _worded_preferred(sentence: str, offset: int, end: int) -> bool:
    """A hedge in the sentence qualifies the mention at [offset, end) of it."""
    for wording in _preferred_wordings(sentence):
        brackets = next((b for b in _BRACKETS.finditer(sentence) if b.start() <= wording[0] < b.end()), None)
        if brackets is None:
            if _hedges(sentence, wording, offset, end):  # the wording qualifies its clause
                return True
        elif (brackets.start() <= offset < brackets.end()  # "(Manhattan preferred)"
                or (not sentence[end : brackets.start()].strip()  # "Docker (a plus)"
                    and _only_qualifier(brackets.group(), sentence[wording[0] : wording[1]]))):
            return True
    return False


@lru_cache(maxsize=64)
def _preferred_wordings(sentence: str) -> tuple[tuple[int, int], ...]:
    """PREFERRED_WORDING's spans in a sentence, asked once for each skill the sentence lists:
    remembered for the last few dozen sentences (about one posting's, so a posting seen
    again later is judged again)."""
    return tuple(PREFERRED_WORDING.spans(sentence))


# A hedging adverb that opens a phrase of its own after the ask: "ideally in a hospital",
# "preferably with line management", "ideally within the NHS", "the healthcare sector,
# ideally community" (not "SQL would ideally be ...": a verb after it hedges the ask)
_HEDGES_A_PHRASE = re.compile(r"(?:ideally|preferably)\s+(?:(?:in|within|with|at|from|on|for)\b"
                              r"|(?!(?:be|have|has|had|been|possess|hold|know|use|show)\b)[A-Za-z])", re.IGNORECASE)
# Not the stop of "e.g." or "i.e." (put before a stop character; any case with IGNORECASE)
_NOT_EG = r"(?<!\be\.g)(?<!\bi\.e)"
# A clause of its own: after punctuation or a contrast, or an "and" clause with its own
# obligation ("... will ideally have worked in a service desk and skills should include X")
_CLAUSE_BREAK = re.compile(_NOT_EG + r"[.;:]\s|\s[–—]\s|\b(?:but|while|whereas|however|although|though)\b"
                           r"|\band\s+(?:\w+\s+){0,3}?(?:should|must|need to|needs to"
                           r"|(?:is|are) (?:required|essential))\b",
                           re.IGNORECASE)
_IT_BEFORE = re.compile(r"\b(?:it|this)\s+$", re.IGNORECASE)  # a clause of its own: "it would be good if you ..."
_OPENS_WHAT_FOLLOWS = re.compile(r"\s+(?:if|to (?:have|know|see|hear)|for (?:you|candidates|applicants))\b",
                                 re.IGNORECASE)
_PREDICATE = re.compile(r"\b(?:is|are|be|been|being|also|is also|are also)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _hedges(sentence: str, wording: tuple[int, int], start: int, end: int) -> bool:
    """Whether the hedge at `wording` (its start and end) qualifies the mention at [start,
    end) of `sentence`. A hedge after the mention qualifies it within its clause ("Python
    preferred", "X is a plus"); one before it only when it opens what follows ("Ideally X",
    "Bonus: X"), not when it closes a clause of its own ("X and Y are highly desirable; a
    strong Z ...")."""
    if wording[0] >= end:
        if _HEDGES_A_PHRASE.match(sentence, wording[0]):
            return False  # "administrative services, ideally within an NHS setting": the setting is hedged
        if _OPENS_WHAT_FOLLOWS.match(sentence, wording[1]) and _IT_BEFORE.search(sentence, 0, wording[0]):
            return False  # "NoSQL In addition it would be good if you know React": React is hedged
        return not _CLAUSE_BREAK.search(sentence, end, wording[0])
    if wording[1] <= start:
        if _PREDICATE.search(sentence[: wording[0]]):
            return False
        found = _CLAUSE_BREAK.search(sentence, wording[1], start)
        # a colon after the hedge opens what it hedges: "Bonus: Docker", "It would be good if
        # you have experience in: React, CSS" (not a later break: "Nice to have: X; must: Y")
        return found is None or found.group().startswith(":") and not _CLAUSE_BREAK.search(
            sentence, found.end(), start) and not _OBLIGATION.search(sentence, found.end())
    return True


def _only_qualifier(brackets: str, wording: str) -> bool:
    """Brackets that hold nothing but the wording: "(a plus)", "(strongly preferred)"."""
    rest = brackets.replace(wording, " ")
    return all(word.lower() in _FILLER for word in re.findall(r"\w+", rest))


def _sentence_around(text: str, mention: Mention) -> tuple[str, int]:
    """The line holding the mention, cut at sentence ends, and the mention's offset in it."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    offset = mention.start - line_start
    # the stops before the mention: read up to it, as a mention starts with no space (a stop's
    # spaces that ran on past it would end after it, and not count)
    stops = _STOP_AND_SPACES.finditer(line, 0, offset if not line[offset : offset + 1].isspace() else len(line))
    start = max((m.end() for m in stops if m.end() <= offset), default=0)
    end = _STOP.search(line, offset)
    return line[start : end.end() if end else offset + len(line)], offset - start


_STOP_AND_SPACES = re.compile(_NOT_EG + r"[.!?;]\s+", re.IGNORECASE)
_STOP = re.compile(_NOT_EG + r"[.!?;](\s|$)", re.IGNORECASE)


def _alternatives(text: str, mentions: list[Mention]) -> dict[str, frozenset[str]]:
    """Skill id -> the other skills of its either-or lists, for skills asked for only that way."""
    ordered = sorted(mentions, key=lambda m: m.start)
    # what a bracket adds to one option does not break the list: "Java (plus Spring) and/or C#"
    brackets = [(b.start(), b.end()) for b in _BRACKETS.finditer(text)]
    unbracketed = [m for m in ordered if not any(s < m.start < e for s, e in brackets)]
    groups: list[list[Mention]] = []
    chain: list[Mention] = []
    has_or = False
    for previous, current in zip([None, *unbracketed], unbracketed, strict=False):
        between = _BRACKETS.sub("", text[previous.end : current.start]) if previous is not None else None
        if between is not None and _OR.fullmatch(between):
            has_or = True
        elif between is None or not _COMMA.fullmatch(between):
            if has_or:
                groups.append(chain)
            chain, has_or = [], False
        chain.append(current)
    if has_or:
        groups.append(chain)
    groups += _example_lists(text, ordered)
    in_group = {id(m) for group in groups for m in group}
    alone = {m.skill_id for m in mentions if id(m) not in in_group}
    options: dict[str, set[str]] = {}
    for group in groups:
        ids = {m.skill_id for m in group}
        if len(ids) < 2:
            continue
        for skill_id in ids - alone:
            options.setdefault(skill_id, set()).update(ids - {skill_id})
    return {skill_id: frozenset(others) for skill_id, others in options.items()}


# "such as X, Y and Z", "e.g. R, Python", "including Epic or Cerner": examples, any one of
# which meets the ask (with the head before the cue, "networking protocols such as DNS").
_EXAMPLE_CUE = FoldedPattern(
    r"\b(?:such as|e\.\s?g\.?|eg\.|including|like|for example|for instance|i\.\s?e\.?"
    r"|(?:at least )?(?:one|1) or more of(?: the following)?|at least one of(?: the following)?"
    r"|(?:any|either) (?:one )?of(?: the following)?|one of the following)\s*:?\s*",
    # what each cue begins with: the pattern is tried only there (its leading \b keeps the
    # engine from skipping ahead, and it runs over the whole text)
    starts=("such as", "e.", "eg.", "including", "like", "for ex", "for in", "i.", "at least ", "one o", "1 o",
            "any ", "either "),
)
_LIST_GAP = re.compile(r"\s*(?:,|/|&|;)?\s*(?:(?:and/or|and|or|as well as)\s+)?", re.IGNORECASE)


def _example_lists(text: str, ordered: list[Mention]) -> list[list[Mention]]:
    """Example lists after a cue, each with the head before the cue (`ordered` by start)."""
    groups = []
    starts = [m.start for m in ordered]
    for cue_start, cue_end in _EXAMPLE_CUE.spans(text):
        chain: list[Mention] = []
        position = cue_end
        for mention in ordered[bisect_left(starts, cue_end) :]:  # the mentions after the cue
            if not _LIST_GAP.fullmatch(text[position : mention.start]):
                break
            chain.append(mention)
            position = mention.end
        # the head ends where only spaces, commas and an opening bracket lie before the cue
        gap_start = cue_start
        while gap_start > 0 and text[gap_start - 1] in " ,(":
            gap_start -= 1
        head = next((m for m in reversed(ordered) if gap_start <= m.end <= cue_start), None)
        if head is not None:
            chain.insert(0, head)
        if len(chain) >= 2:
            groups.append(chain)
    return groups

