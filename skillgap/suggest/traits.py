"""Naming a soft skill the résumé shows only through what the candidate did ("presented
monthly results to the board" for communication), where a reader looks for its name:

1. the skills line that lists soft skills ("Teamwork, problem solving" -> "Teamwork,
   problem solving, communication skills"; a bullet of one soft skill, "Customer
   communication" -> "Customer communication and interpersonal skills");
2. otherwise the summary, as one short sentence after its last one: "... Strengths:
   leadership and communication skills." Every trait left goes into that one sentence.

Never in a bullet of a role (a trait tacked onto a task reads as keyword stuffing, judged
wrong) and never on a line of hard skills or products; never a word the line already has.
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
from skillgap.types import GapItem, SectionKind, SkillKind

_SOFT_LABEL = re.compile(r"\s*(?:[-*•·]\s*)?(?:\*\*)?(?:(?:soft|interpersonal|people|human|transferable)"
                         r"(?:\s+skills)?|personal\s+skills)(?:\*\*)?\s*(?::|\||–|—|-\s)", re.IGNORECASE)
_PROSE_END = re.compile(r"[.!]\s*$")
_QUOTE_WORDS = 12


@dataclass(frozen=True)
class TraitEdit:
    """One edit naming one or more traits: where, what, why, and for which skills."""

    target: Target
    edit: Edit
    reason: str
    items: tuple[GapItem, ...]


def trait_name(item: GapItem) -> str:
    """The trait as it reads mid-list: "communication skills", "teamwork", "leadership"."""
    name = display_term(plain_name(item.skill.name), item.skill.kind, item.skill.name)
    return name[:1].lower() + name[1:] if name[1:2].islower() or len(name) == 1 else name


def trait_edits(items: list[GapItem], targets: Targets) -> list[TraitEdit]:
    """Edits naming each trait in `items` (in rank order) on a skills line of soft skills,
    else together in one sentence at the end of the summary. Traits no line can take get
    none: a résumé with neither a soft-skills line nor a prose summary."""
    out: list[TraitEdit] = []
    used: set[int] = set()
    left: list[GapItem] = []
    soft_lines = [target for target, kinds in targets.skills_lines() if _soft_line(target, kinds)]
    for item in items:
        placed = _on_a_soft_line(item, soft_lines, used, targets)
        if placed is None:
            left.append(item)
        else:
            used.add(placed.target.start)
            out.append(placed)
    summary = _in_the_summary(left, targets)
    if summary is not None:
        out.append(summary)
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
            return TraitEdit(target, edit, _reason((item,), targets, "your skills"), (item,))
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


def _in_the_summary(items: list[GapItem], targets: Targets) -> TraitEdit | None:
    """One short sentence after the summary's last: "Strengths: leadership and communication
    skills." Only when the summary is prose ending with a full stop, and for the traits
    whose words the summary does not already have."""
    found = _summary_end(targets)
    if found is None:
        return None
    target, summary = found
    if re.search(r"\bstrength", summary, re.IGNORECASE):
        return None
    kept: list[GapItem] = []
    names: list[str] = []
    for item in items:
        name = trait_name(item)
        if not repeats_a_word(summary, name) and not any(repeats_a_word(n, name) for n in names):
            kept.append(item)
            names.append(name)
    if not kept:
        return None
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    end = len(target.text.rstrip())
    return TraitEdit(target, Edit(end, end, f" Strengths: {listed}."), _reason(tuple(kept), targets, "your summary"),
                     tuple(kept))


def _summary_end(targets: Targets) -> tuple[Target, str] | None:
    """The last line of the first summary section, when it ends a sentence, and the
    section's text."""
    document = targets.document
    for section in targets.sections.sections:
        if section.kind is not SectionKind.SUMMARY:
            continue
        lines = [line for line in document.lines
                 if section.start < line.start < section.end and document.text[line.start : line.end].strip()]
        if not lines:
            return None
        target = targets.at(lines[-1].start)
        if target is None or not _PROSE_END.search(target.text) or len(target.text.split()) < 4:
            return None
        return target, document.text[lines[0].start : lines[-1].end]
    return None


def _reason(items: tuple[GapItem, ...], targets: Targets, where: str) -> str:
    """Why, with the line that shows each trait: "The posting asks for “teamwork”; your line
    35 (“Partnered with employee resource groups …”) shows it: name it in your skills"."""
    asks = " and ".join(f"“{trait_name(item)}”" for item in items)
    shown = "; ".join(_evidence_quote(item, targets) for item in items)
    pronoun = "it" if len(items) == 1 else "them"
    return f"The posting asks for {asks}; {shown} {'shows' if len(items) == 1 else 'show'} {pronoun}: " \
           f"name {pronoun} in {where}"


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
