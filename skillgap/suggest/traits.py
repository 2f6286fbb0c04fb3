"""Naming a soft skill the résumé shows only through what the candidate did ("presented
monthly results to the board" for communication), where a reader looks for its name:

the skills line that lists soft skills ("Teamwork, problem solving" -> "Teamwork, problem
solving, communication skills"; a bullet of one soft skill, "Customer communication" ->
"Customer communication and interpersonal skills"). A résumé without such a line gets no
edit: a "Strengths: teamwork." sentence tacked onto the summary was judged blind as wrong
or needing a rewrite on 17 of 18 edits (it reads as a form label, breaks the summary's
voice and repeats what the summary shows), and a trait in a role's bullet as keyword stuffing.

Never on a line of hard skills or products; never a word the line already has.
Each reason names the line that shows the trait, so the person can check it is true. The
name written is the skill's own ("analytical skills"), not the posting's adjective
("analytical") or its praise ("excellent communication skills").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from skillgap.suggest.edits import Edit
from skillgap.suggest.targets import Target, Targets
from skillgap.suggest.wording import display_term, list_item_edit, plain_name, repeats_a_word
from skillgap.types import GapItem, SkillKind

_SOFT_LABEL = re.compile(r"\s*(?:[-*•·]\s*)?(?:\*\*)?(?:(?:soft|interpersonal|people|human|transferable)"
                         r"(?:\s+skills)?|personal\s+skills)(?:\*\*)?\s*(?::|\||–|—|-\s)", re.IGNORECASE)
_QUOTE_WORDS = 12


@dataclass(frozen=True)
class TraitEdit:
    """One edit naming one trait: where, what, why, and for which skill."""

    target: Target
    edit: Edit
    reason: str
    item: GapItem


def trait_name(item: GapItem) -> str:
    """The trait as it reads mid-list: "communication skills", "teamwork", "leadership"."""
    name = display_term(plain_name(item.skill.name), item.skill.kind, item.skill.name)
    return name[:1].lower() + name[1:] if name[1:2].islower() or len(name) == 1 else name


def trait_edits(items: list[GapItem], targets: Targets) -> list[TraitEdit]:
    """Edits naming each trait in `items` (in rank order) on a skills line of soft skills,
    one trait a line; traits no such line can take get none."""
    out: list[TraitEdit] = []
    used: set[int] = set()
    soft_lines = [target for target, kinds in targets.skills_lines() if _soft_line(target, kinds)]
    for item in items:
        placed = _on_a_soft_line(item, soft_lines, used, targets)
        if placed is not None:
            used.add(placed.target.start)
            out.append(placed)
    return out


def _soft_line(target: Target, kinds: frozenset[SkillKind]) -> bool:
    """A skills line that lists soft skills: every skill it names is one, or its label says so."""
    return bool(_SOFT_LABEL.match(target.text)) or (bool(kinds) and kinds <= {SkillKind.SOFT})


def _on_a_soft_line(item: GapItem, lines: list[Target], used: set[int], targets: Targets) -> TraitEdit | None:
    name = trait_name(item)
    for target in lines:
        if target.start in used or repeats_a_word(target.text, name):
            continue
        edit = list_item_edit(target.text, name) or _joined(target, name)  # items: soft skills, any capitals
        if edit is not None:
            return TraitEdit(target, edit, _reason(item, targets), item)
    return None


def _joined(target: Target, name: str) -> Edit | None:
    """A bullet of one soft skill in a few words ("Customer communication") takes the
    trait with "and": a list of one item has no separator to follow."""
    body = target.text.rstrip().rstrip(".;,")
    item = re.sub(r"^\s*[-*•·]\s*", "", body)
    if not target.is_bullet and item == body:
        return None
    if not item or len(item.split()) > 3 or re.search(r"[,;:|/&()]|\band\b", item):
        return None
    return Edit(len(body), len(body), f" and {name}")


def _reason(item: GapItem, targets: Targets) -> str:
    """Why, with the line that shows the trait: "The posting asks for “teamwork”; your line
    35 (“Partnered with employee resource groups …”) shows it: name it in your skills"."""
    return f"The posting asks for “{trait_name(item)}”; {_evidence_quote(item, targets)} shows it: " \
           "name it in your skills"


def _evidence_quote(item: GapItem, targets: Targets) -> str:
    """The line that shows the trait, quoted around the words that show it: the gap's
    evidence when it is a bullet of a role, else the first such bullet that shows the
    trait the same way (a job title, "Charge Nurse", is evidence too, but "Serve as charge
    nurse ..." says more)."""
    evidence = item.evidence[0]
    bullet = targets.at(evidence.start)
    at = evidence.start - bullet.start if bullet is not None else -1
    if bullet is None or not bullet.action:
        found = _showing_bullet(item, targets)
        if found is not None:
            bullet, at = found
    text = bullet.text if bullet is not None else evidence.line_text
    line = bullet.line if bullet is not None else evidence.line
    return f"your line {line} (“{window(text, at)}”)"


def window(text: str, at: int) -> str:
    """About _QUOTE_WORDS words of `text` around offset `at` (the start when -1), with "…"
    where words are left out."""
    body = re.sub(r"^\s*[-*•·]\s*", "", text)
    at = max(0, at - (len(text) - len(body)))
    words = body.split()
    first = max(0, min(len(body[:at].split()) - 3, len(words) - _QUOTE_WORDS)) if at > 0 else 0
    shown = words[first : first + _QUOTE_WORDS]
    return ("… " if first else "") + " ".join(shown) + (" …" if first + _QUOTE_WORDS < len(words) else "")


def _showing_bullet(item: GapItem, targets: Targets) -> tuple[Target, int] | None:
    """The first bullet of a role that shows the trait through what the candidate did, and where."""
    from skillgap.own_words import behaviours

    patterns = [re.compile(p, re.IGNORECASE) for p in behaviours().get(item.skill.id, ())]
    for bullet in targets.action_bullets():
        match = next((m for m in (p.search(bullet.text) for p in patterns) if m), None)
        if match is not None:
            return bullet, match.start()
    return None
