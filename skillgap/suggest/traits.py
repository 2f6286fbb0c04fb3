"""Naming a soft skill the résumé shows only through what the candidate did ("presented
monthly results to the board" for communication), where a reader looks for its name:

the skills line that lists soft skills ("Teamwork, problem solving" -> "Teamwork, problem
solving, communication skills"; a bullet of one soft skill, "Customer communication" ->
"Customer communication and interpersonal skills"); else, in a skills section of short
lines, one per skill ("Key skills", "Skills"; not "Clinical skills" or "Tools"), a line of
its own after the last, in the section's style ("• Communication and interpersonal
skills"), as the blind judges of earlier rounds asked ("make it its own bullet"); else,
worked into the summary's sentence of what the candidate is skilled in ("Skilled in
cardiac monitoring and patient education, with strong communication and leadership."),
as the same judges proposed. Only a trait a bullet or the summary shows through what the
candidate did (`soft_behaviours.toml`): a word of the trait's name in another sense ("IT
professionals" for professionalism) is no evidence. Otherwise no edit: a "Strengths:
teamwork." sentence tacked onto the summary was judged blind as wrong or needing a rewrite
on 17 of 18 edits (it reads as a form label, breaks the summary's voice and repeats what the
summary shows), and a trait in a role's bullet as keyword stuffing.

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
from skillgap.types import GapItem, SectionKind, SkillKind

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
    also: tuple[GapItem, ...] = ()  # a second trait the same new line names


def trait_name(item: GapItem) -> str:
    """The trait as it reads mid-list: "communication skills", "teamwork", "leadership"."""
    name = display_term(plain_name(item.skill.name), item.skill.kind, item.skill.name)
    return name[:1].lower() + name[1:] if name[1:2].islower() or len(name) == 1 else name


def trait_edits(items: list[GapItem], targets: Targets) -> list[TraitEdit]:
    """Edits naming each trait in `items` (in rank order) on a skills line of soft skills,
    one trait a line; when no such line can take one, the first one or two on a line of
    their own in a skills section of short lines (`_new_line`); else none."""
    out: list[TraitEdit] = []
    used: set[int] = set()
    soft_lines = [target for target, kinds in targets.skills_lines() if _soft_line(target, kinds)]
    left: list[GapItem] = []
    for item in items:
        placed = _on_a_soft_line(item, soft_lines, used, targets)
        if placed is not None:
            used.add(placed.target.start)
            out.append(placed)
        else:
            left.append(item)
    line = _new_line(left, targets) if not out else None  # beside a soft-skills line that named one: none
    if not out and line is None:
        line = _in_summary(left, targets)
    if not out and line is None:
        from skillgap.suggest.trait_adjectives import summary_adjective

        line = summary_adjective(left, targets)
    return out + ([line] if line is not None else [])


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


_PLAIN_SKILLS = re.compile(r"\W*(?:(?:key|core|professional|relevant|general|personal|transferable|other)\s+)?"
                           r"(?:skills?|competenc(?:ies|es)|strengths|abilities|(?:areas\s+of\s+)?expertise|"
                           r"skills\s+(?:and|&)\s+(?:abilities|competencies|strengths))\W*", re.IGNORECASE)
_GLYPH = re.compile(r"\s*([-*•·▪◦])\s+")
_MAX_LINE_WORDS = 12


def _new_line(items: list[GapItem], targets: Targets) -> TraitEdit | None:
    """A line of its own for the first one or two traits (in rank order) that what the
    candidate did shows, after the last line of a skills section of short lines, one per
    skill, in the section's style: "• Communication and interpersonal skills"."""
    found = _plain_skills_section(targets)
    if found is None:
        return None
    lines, section_text = found
    chosen = _chosen(items, targets, section_text)
    if not chosen:
        return None
    last = lines[-1]
    glyph = _GLYPH.match(last.text)
    body_end = len(last.text.rstrip())
    target = targets.at(last.start + glyph.end()) if glyph else last
    if target is None or target.end < last.start + body_end:
        return None
    offset = last.start + body_end - target.start
    names = [trait_name(item) for item in chosen]
    if len(names) == 2 and all(n.endswith(" skills") for n in names):
        names[0] = names[0][: -len(" skills")]  # "communication and interpersonal skills"
    text = " and ".join(names)
    new = ("\n" + glyph.group(1) + " " if glyph else "\n") + text[:1].upper() + text[1:]
    reason = shown_reason(chosen, targets, "add {them} to your skills, on a line of {their} own")
    return TraitEdit(target, Edit(offset, offset, new), reason, chosen[0], tuple(chosen[1:]))


def _chosen(items: list[GapItem], targets: Targets, text: str) -> list[GapItem]:
    """The first one or two traits (in rank order) that what the candidate did shows and
    whose words `text` lacks; a second only when it shares no word with the first."""
    shown = [item for item in items if shown_by_deeds(item, targets) and not repeats_a_word(text, _core(item))]
    if len(shown) > 1 and not repeats_a_word(_core(shown[0]), _core(shown[1])):
        return shown[:2]
    return shown[:1]


# A summary's sentence that lists what the candidate is skilled in: "Skilled in cardiac
# monitoring, post-operative care and patient education."
_SKILLED_IN = re.compile(r"(?:Highly (?:skilled|proficient|experienced)|Well[ -]versed|Skilled|Proficient|Experienced|"
                         r"Adept)\s+(?:in|at)\s")
_SENTENCE = re.compile(r"\S.*?[.!?](?=\s|$)")  # "Node.js" or "e.g." ends no sentence
_MAX_SENTENCE_WORDS = 25


def _in_summary(items: list[GapItem], targets: Targets) -> TraitEdit | None:
    """With no skills line to take them, the first one or two traits at the end of the
    summary's sentence that lists what the candidate is skilled in, as a person would work
    them in: "Skilled in cardiac monitoring and patient education, with strong communication
    and leadership." (blind judges of a "Strengths: leadership." sentence proposed this).
    Only a sentence of the résumé's own third-person voice that opens so, ends with a full
    stop on one editable line and has no "with" clause yet; never a word the summary has."""
    document = targets.document
    for section in targets.sections.sections:
        if section.kind is not SectionKind.SUMMARY:
            continue
        heading_end = document.text.find("\n", section.start)
        body_start = section.start if heading_end < 0 or not section.title else heading_end + 1
        body = document.text[body_start : section.end].replace("\n", " ")
        for sentence in _SENTENCE.finditer(body):
            text = sentence.group(0)
            lead = len(text) - len(text.lstrip(" •-*·"))
            if not _SKILLED_IN.match(text, lead) or len(text.split()) > _MAX_SENTENCE_WORDS \
                    or re.search(r"\bwith\b", text) or not re.search(r"\s[\w+#-]*\w\.$", text):
                continue
            end = body_start + sentence.end() - 1  # the full stop
            target = targets.at(end)
            if target is None or target.start > body_start + sentence.start() + lead:
                continue  # the sentence spans lines no single edit holds
            skilled = bool(re.search(r"\bskill", text, re.IGNORECASE))
            phrases = {item.skill.id: _strong_phrase(item, skilled) for item in items}
            chosen = _chosen([item for item in items if phrases[item.skill.id]], targets, body)
            if not chosen:
                continue
            names = sorted((phrases[item.skill.id] for item in chosen), key=lambda n: n.endswith(" skills"))
            if len(names) == 2 and all(n.endswith(" skills") for n in names):
                names[0] = names[0][: -len(" skills")]  # "communication and interpersonal skills"
            edit = Edit(end - target.start, end - target.start, ", with strong " + " and ".join(names))
            reason = shown_reason(chosen, targets, "name {them} where your summary says what you are skilled in")
            return TraitEdit(target, edit, reason, chosen[0], tuple(chosen[1:]))
    return None


def _strong_phrase(item: GapItem, skilled: bool) -> str:
    """The trait as it reads after "with strong": "leadership", "analytical skills"; after
    "Skilled in ..." a noun without "skills" ("communication"), since the sentence has the
    word already. "" when it does not read so: an activity ("handling difficult
    customers"), or an adjective that needs its "skills" ("analytical") in such a sentence."""
    name = trait_name(item)
    if name.split()[0].endswith("ing"):
        return ""
    if not skilled or not name.endswith(" skills"):
        return name
    core = name[: -len(" skills")]
    return core if core.endswith(("tion", "ship", "ment", "work", "ing")) else ""


def _core(item: GapItem) -> str:
    """The trait's name less the word "skills", which a skills section says anyway."""
    return re.sub(r"\bskills\b", "", trait_name(item)).strip()


def _plain_skills_section(targets: Targets) -> tuple[list[Target], str] | None:
    """The lines of the first skills section whose heading names no field ("Key skills",
    not "Clinical skills" or "Tools") and whose lines are short bullets of one glyph, one
    skill or a few each, most without a label, the last one ending the section; and the
    section's body. None when there is none."""
    document = targets.document
    for section in targets.sections.sections:
        if section.kind is not SectionKind.SKILLS or not _PLAIN_SKILLS.fullmatch(section.title.strip()):
            continue
        lines = [t for t, _ in targets.skills_lines() if section.start < t.start < section.end and t.text.strip()]
        if len(lines) < 3 or any(len(t.text.split()) > _MAX_LINE_WORDS or re.search(r"\.\s", t.text)
                                 for t in lines):
            continue
        if sum(1 for t in lines if re.match(r"[^:]{1,40}:", t.text)) * 2 > len(lines):
            continue  # "Languages: Python, SQL" rows: a soft skill would not sit among them
        glyphs = {m.group(1) if m else "" for m in (_GLYPH.match(t.text) for t in lines)}
        if len(glyphs) != 1 or "" in glyphs:
            continue  # unmarked lines (a name, a note?) or mixed styles: where a new line goes is unclear
        if document.text[lines[-1].start + len(lines[-1].text.rstrip()) : section.end].strip():
            continue  # the section goes on after its last skills line (a wrapped bullet, a note)
        return lines, document.text[lines[0].start : section.end]  # the body: not the heading's "Skills"
    return None


def shown_by_deeds(item: GapItem, targets: Targets) -> bool:
    """Whether a bullet of a role, or the line that shows the trait, tells what the
    candidate did that shows it (`soft_behaviours.toml`), not a word of its name in
    another sense ("IT professionals" is no professionalism)."""
    from skillgap.own_words import behaviours

    patterns = [re.compile(p, re.IGNORECASE) for p in behaviours().get(item.skill.id, ())]
    if not patterns or not item.evidence:
        return False
    if any(p.search(item.evidence[0].line_text) for p in patterns):
        return True
    return _showing_bullet(item, targets) is not None


def shown_reason(items: list[GapItem], targets: Targets, advice: str) -> str:
    """"The posting asks for “teamwork” and “organizational skills”; your line 43 (“…”) and
    your line 57 (“…”) show them: add them to your skills, on a line of their own", for
    one or two traits; `advice` says "{them}" and "{their}" for the pronouns."""
    asks = " and ".join(f"“{trait_name(item)}”" for item in items)
    quotes = " and ".join(_evidence_quote(item, targets) for item in items)
    two = len(items) > 1
    them = "them" if two else "it"
    return f"The posting asks for {asks}; {quotes} show{'' if two else 's'} {them}: " + \
        advice.format(them=them, their="their" if two else "its")


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
