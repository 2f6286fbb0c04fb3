"""What a posting asks for: each skill once, required or preferred, with its wording.

- Skills under "about us", "benefits" or "how to apply" are not requirements, nor those in
  sentences about the employer, its offer or the law or team names
  (`ingest/posting.py`).
- A skill is preferred under a preferred heading, or when its sentence says so ("a plus",
  "nice to have", "preferred"). Wording inside brackets qualifies only what the brackets
  hold: in "a WMS (Manhattan preferred) and Excel" only Manhattan is preferred.
- Skills listed as alternatives ("Epic or Cerner", "Python, Java, or Go") form a group:
  `gap.compare` counts the group as met when the résumé shows any one of them. A skill
  that the posting also asks for on its own elsewhere is not an alternative.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from skillgap.ingest.posting import boilerplate_spans, inside, names_a_team
from skillgap.types import Analysis, Importance, Mention, SectionKind

NOT_REQUIREMENTS = frozenset({SectionKind.ABOUT, SectionKind.BENEFITS, SectionKind.APPLY})
PREFERRED_WORDING = re.compile(
    r"\b(nice[- ]to[- ]haves?|(is|are|would be)? ?an? (big |huge |definite )?(plus|bonus|advantage|asset)"
    r"|bonus( points)?|preferred|preferably|desirable|desired|ideally|advantageous|good[- ]to[- ]have"
    r"|would be (great|nice|helpful)|not required|optional|helpful|pluses)\b",
    re.IGNORECASE,
)
# What may stand between two skills of one either-or list: "X or Y", "X, Y, or Z", "X and/or Y".
_OR = re.compile(r"\s*,?\s*(?:or|and/or)\s+", re.IGNORECASE)
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
    asked: list[Mention] = []
    boilerplate = boilerplate_spans(text)
    for mention in posting.mentions:
        kind = sections.kind_at(mention.start)
        if (kind in NOT_REQUIREMENTS or inside(boilerplate, mention.start)
                or names_a_team(text, mention.start, mention.end)):
            continue
        asked.append(mention)
        importance = (
            Importance.PREFERRED if kind is SectionKind.PREFERRED or _worded_preferred(text, mention)
            else Importance.REQUIRED
        )
        item = found.setdefault(mention.skill_id, PostingSkill(mention.skill_id, importance))
        if importance is Importance.REQUIRED:
            item.importance = Importance.REQUIRED
        item.terms[mention.text] += 1
        item.lines.add(document.source_position(mention.start)[0])
    for skill_id, others in _alternatives(text, asked).items():
        found[skill_id].alternatives = others
    return found


def _worded_preferred(text: str, mention: Mention) -> bool:
    sentence, offset = _sentence_around(text, mention)
    end = offset + mention.end - mention.start
    for match in PREFERRED_WORDING.finditer(sentence):
        brackets = next((b for b in _BRACKETS.finditer(sentence) if b.start() <= match.start() < b.end()), None)
        if (brackets is None  # the wording qualifies the sentence
                or brackets.start() <= offset < brackets.end()  # "(Manhattan preferred)"
                or (not sentence[end : brackets.start()].strip()  # "Docker (a plus)"
                    and _only_qualifier(brackets.group(), match))):
            return True
    return False


def _only_qualifier(brackets: str, match: re.Match) -> bool:
    """Brackets that hold nothing but the wording: "(a plus)", "(strongly preferred)"."""
    rest = brackets.replace(match.group(), " ")
    return all(word.lower() in _FILLER for word in re.findall(r"\w+", rest))


def _sentence_around(text: str, mention: Mention) -> tuple[str, int]:
    """The line holding the mention, cut at sentence ends, and the mention's offset in it."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    offset = mention.start - line_start
    starts = [m.end() for m in re.finditer(r"[.!?;]\s+", line) if m.end() <= offset]
    start = starts[-1] if starts else 0
    end = re.search(r"[.!?;](\s|$)", line[offset:])
    return line[start : offset + (end.end() if end else len(line))], offset - start


def _alternatives(text: str, mentions: list[Mention]) -> dict[str, frozenset[str]]:
    """Skill id -> the other skills of its either-or lists, for skills asked for only that way."""
    ordered = sorted(mentions, key=lambda m: m.start)
    groups: list[list[Mention]] = []
    chain: list[Mention] = []
    has_or = False
    for previous, current in zip([None, *ordered], ordered):
        between = text[previous.end : current.start] if previous is not None else None
        if between is not None and _OR.fullmatch(between):
            has_or = True
        elif between is None or not _COMMA.fullmatch(between):
            if has_or:
                groups.append(chain)
            chain, has_or = [], False
        chain.append(current)
    if has_or:
        groups.append(chain)
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
