"""A soft skill named as an adjective before the role the summary opens with, where no
skills line or summary sentence can take it (`traits.trait_edits`, its last resort):

    "Organised and friendly administrative assistant with five years' ..."
 -> "Detail-oriented, organised and friendly administrative assistant with ..."
    "Certified Public Accountant with 10 years ..." -> "Collaborative Certified Public Accountant ..."
    "I am a passionate researcher ..." -> "I am an analytical, passionate researcher ..."

as people describe themselves, and as blind judges of an earlier "Strengths:" sentence
proposed ("Organized, collaborative recruiter who ..."). Only a trait with an adjective in
`soft_behaviours.toml` that what the candidate did shows, only before an opening that is a
role (its last word a noun for a person: "assistant", "accountant", "nurse", "RN"), and
never an adjective that a word of the summary begins as ("analytical" beside "analyst").
The spelling is the résumé's own, never the posting's.
"""

from __future__ import annotations

import re

from skillgap.suggest.edits import Edit
from skillgap.suggest.targets import Targets
from skillgap.suggest.traits import TraitEdit, shown_by_deeds, shown_reason
from skillgap.types import GapItem, SectionKind, SkillKind

# The summary's opening that names the candidate's role, up to the word that goes on about
# it: "Organised and friendly administrative assistant with five years' ...".
_ROLE_OPENING = re.compile(r"(?P<role>[A-Z][\w&/-]*(?: [\w&/-]+){0,6}?) (?:with|who|bringing|offering)\b")
_FIRST_PERSON = re.compile(r"I(?: am|['’]m) (?P<article>an?) (?=[A-Za-z])")
# A noun for a person in a role: "assistant", "accountant", "manager", "analyst",
# "technician", "nurse", "self-starter", "RN", "CPA".
_ROLE_NOUN = re.compile(
    r"(?:[a-z-]*(?:er|or|ist|yst|ian|ant|ent|ee|ive|ect|ife|eon|ic|man|woman|nurse|clerk|lead|chef|cook|paralegal"
    r"|secretary|graduate|professional|attorney|aide|apprentice|expert|pilot|guard|generalist|partner)s?)$")
_ACRONYM = re.compile(r"[A-Z]{2,5}s?")  # "RN", "CPA"
_VERB_OBJECTS = frozenset("a an the my our their his her its this these those all every".split())
_NOT_OPENING = frozenset("""with in for at over as from by of on to after since about during my our we i""".split())
# Adjectives a summary opens with before the role, each set off by a comma from the next:
# "Detail-oriented, compassionate registered nurse". Other first words belong to the role
# ("Litigation paralegal", "Certified Public Accountant") and take none.
_OPENING_ADJECTIVES = frozenset("""organised organized friendly compassionate dedicated motivated self-motivated
experienced passionate enthusiastic energetic reliable dependable hardworking hard-working diligent conscientious
creative innovative proactive resourceful versatile dynamic accomplished seasoned skilled committed caring
efficient confident adaptable flexible driven results-driven results-oriented detail-oriented personable
approachable ambitious meticulous analytical collaborative customer-focused team-oriented empathetic
patient-focused""".split())
_COMPOUND_ADJECTIVE = re.compile(r"[a-z]+-(?:focused|oriented|driven|minded|motivated|working)")
_SMALL_WORDS = frozenset("a an the and or of to in on for with at by &".split())
_NAME_KINDS = frozenset({SkillKind.TOOL, SkillKind.LANGUAGE, SkillKind.CERTIFICATION})
_BRITISH = re.compile(r"\b(?:organis|prioritis|specialis|recognis|summaris|analys(?:e|ed|ing)\b|behaviour|colour|"
                      r"centre\b|programme\b|modell)", re.IGNORECASE)
_AMERICAN = re.compile(r"\b(?:organiz|prioritiz|specializ|recogniz|summariz|analyz|behavior|color(?:s|ed|ful)?\b|"
                       r"center\b|program\b|modeli)", re.IGNORECASE)
_UK = re.compile(r"£|\+44\b|\b07\d{3}\s?\d{3}\s?\d{3}\b")


def summary_adjective(items: list[GapItem], targets: Targets) -> TraitEdit | None:
    """The edit that names the first one or two traits of `items` (in rank order) before
    the role the summary's first sentence (or first bullet) opens with; None when there is
    no such opening or no trait with an adjective that the bullets show."""
    from skillgap.own_words import trait_adjectives

    adjectives = trait_adjectives()
    document = targets.document
    summary = next((section for section in targets.sections.sections if section.kind is SectionKind.SUMMARY), None)
    if summary is None:
        return None
    heading_end = document.text.find("\n", summary.start)
    body_start = summary.start if heading_end < 0 or not summary.title else heading_end + 1
    body = document.text[body_start : summary.end]
    lead = len(body) - len(body.lstrip(" \n•-*·▪◦"))
    person = _FIRST_PERSON.match(body, lead)  # "I am a passionate researcher and data scientist ..."
    role = _role(body, person.end() if person else lead, person is not None)
    if role is None:
        return None
    role_at = body_start + (person.end() if person else lead)
    first = role.split()[0]
    target = targets.at(body_start + lead)
    if target is None or target.start + len(target.text) < role_at + len(first):
        return None
    chosen = [item for item in items if item.skill.id in adjectives and shown_by_deeds(item, targets)
              and not _shares_a_stem(adjectives[item.skill.id], body)][:2]
    if len(chosen) == 2 and (_shares_a_stem(adjectives[chosen[0].skill.id], adjectives[chosen[1].skill.id])
                             or _an_adjective(role)):
        chosen = chosen[:1]  # "Detail-oriented, organised and friendly ...": one more adjective is enough
    if not chosen:
        return None
    british = _british(document.text)
    new = ", ".join(_respelled(adjectives[item.skill.id], british) for item in chosen)
    if _an_adjective(role):
        new += ", " + first[:1].lower() + first[1:]
    elif _keeps_capital(role, role_at, targets):
        new += " " + first  # "Certified Public Accountant", "RN", "FP&A analyst", "Python developer"
    else:
        new += " " + first[:1].lower() + first[1:]
    if person is None:
        at = body_start + lead - target.start
        edit = Edit(at, at + len(first), new[:1].upper() + new[1:])
    else:  # "I am a passionate ..." -> "I am an analytical, passionate ...": the article agrees
        at = body_start + person.start("article") - target.start
        article = "an" if new[:1].lower() in "aeiou" else "a"
        edit = Edit(at, role_at + len(first) - target.start, f"{article} {new}")
    reason = shown_reason(chosen, targets, "say so where your summary names your role")
    return TraitEdit(target, edit, reason, chosen[0], tuple(chosen[1:]))


def _role(body: str, at: int, first_person: bool) -> str | None:
    """The role the summary opens with at `at`: capitalised words up to "with", "who",
    "bringing" or "offering", the last a noun for a person ("Litigation paralegal");
    after "I am a", the rest of the line. None for an opening that is no role: a verb
    ("Working with nurses", "Worked with ..."), a preposition ("With over 10 years"), a
    contraction ("I've worked"), or words that name no person ("Experience with ...")."""
    if first_person:
        line = body[at:].split("\n")[0].strip()
        return line or None
    opening = _ROLE_OPENING.match(body, at)
    if opening is None:
        return None
    role = opening.group("role")
    words = role.split()
    first = words[0].lower()
    if first in _NOT_OPENING or "'" in role or "’" in role:
        return None
    second = words[1].lower() if len(words) > 1 else ""
    if first.endswith(("ing", "ed")) and first not in _OPENING_ADJECTIVES and not _COMPOUND_ADJECTIVE.fullmatch(first) \
            and (not second or second in _VERB_OBJECTS):
        return None  # "Working with nurses ...", "Managed a team of nurses with ..." (not "Certified Public ...")
    last = words[-1]
    return role if _ROLE_NOUN.search(last.lower()) or _ACRONYM.fullmatch(last) else None


def _an_adjective(role: str) -> bool:
    """Whether the role opens with words that describe the person ("Friendly", "Highly
    motivated", "Detail-focused and ...") rather than naming part of the role ("Litigation
    paralegal", "Nurse and midwife")."""
    words = role.split()
    first = words[0].rstrip(",").lower()
    adjective = first in _OPENING_ADJECTIVES or bool(_COMPOUND_ADJECTIVE.fullmatch(first))
    return adjective or words[0].endswith(",") or (first.endswith("ly") and len(words) > 2)


def _keeps_capital(role: str, role_at: int, targets: Targets) -> bool:
    """Whether the role's first word keeps its capital after the adjective: a title of two
    capitalised words or more ("Certified Public Accountant"), an acronym or a word with a
    capital inside ("RN", "FP&A"), a product or language the résumé names there ("Python
    developer", "Salesforce administrator", "English teacher")."""
    words = role.split()
    first = words[0]
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(significant) >= 2 and all(w[:1].isupper() for w in significant):
        return True
    if first.isupper() or any(ch.isupper() for ch in first[1:]):
        return True
    skills = targets.skill_kinds_at(role_at)
    return bool(skills & _NAME_KINDS)


def _shares_a_stem(word: str, text: str) -> bool:
    """Whether a word of `text` begins as `word` does (its first five letters; "analytical"
    and "analyst", "organised" and "organized"): writing `word` there would say it twice."""
    stems = {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", text)}
    return any(w.lower()[:5] in stems for w in re.findall(r"[A-Za-z]{4,}", word))


def _british(resume: str) -> bool:
    """Whether to write British spelling: the résumé's own spelling, or, where it has no
    such word, pounds or a UK telephone number; else American. Never the posting's: the
    words are the résumé's (a Nashville résumé stays "organized" for a posting that says
    "organised", as a blind judge pointed out)."""
    british, american = len(_BRITISH.findall(resume)), len(_AMERICAN.findall(resume))
    if british == american:
        return bool(_UK.search(resume))
    return british > american


def _respelled(adjective: str, british: bool) -> str:
    return re.sub(r"iz(e|ed|ing)\b", r"is\1", adjective) if british else adjective
