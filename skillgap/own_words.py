"""Whether a résumé shows something in its own words: the content words of a phrase, in
any form, in one line of the résumé's body. "Scanned documents and booked meeting rooms"
shows the asks "scanning documents" and "booking rooms"; "Communicated changes to patients"
shows "communication skills".

Words are compared by a crude family (the verb lemma's first six letters: "communicated",
"communication" -> "commun"; "led" -> "lead"), after dropping words that say nothing of
the skill ("good", "skills", "ability"). Used by `gap.compare` for soft skills the
taxonomy did not find in the résumé and for asks the taxonomy does not name.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

from skillgap.language.audience import audience_nouns
from skillgap.language.wrapping import goes_on
from skillgap.types import Analysis, Evidence, SectionKind, Strength

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_WORD = re.compile(r"[A-Za-z]+")
GENERIC_WORDS = frozenset(
    "skill skills ability able abilities good strong excellent proven great high level highly the and of to a an with"
    " in for your demonstrable demonstrated effective effectively very well".split())
# Lines that show nothing the candidate did: the name and contact block, hobbies, referees.
_NOT_SHOWN_IN = frozenset({SectionKind.PREAMBLE, SectionKind.CONTACT, SectionKind.INTERESTS, SectionKind.REFERENCES})
_USED_IN = frozenset({SectionKind.EXPERIENCE, SectionKind.PROJECTS, SectionKind.VOLUNTEER})
# Where what the candidate did is told: a behaviour is read only there.
_DONE_IN = _USED_IN | {SectionKind.SUMMARY}
# Word forms that share a family with a trait but name something else: the employer ("across
# the organization" is not "organised"), other people ("explained to clinical leaders",
# "recruited IT professionals"), a trade ("the profession"); "professional boundaries" stays.
OTHER_SENSES = frozenset("""organization organizations organisation organisations leaders professionals
profession professions""".split())
BEHAVIOURS_FILE = Path(__file__).with_name("soft_behaviours.toml")


# Six letters of a lemma join a word's family ("recruiting", "recruitment"), except where
# unrelated words share them: "interpersonal" and "interpretation", "communication" and
# "community", "initiative" and "initially", "organised" and "organic". Those words have
# families of their own (`_FALSE_FRIENDS`), and the American "-iz-" reads as the British
# "-is-" ("organized", "organisation").
_FALSE_FRIENDS = tuple((re.compile(pattern), name) for pattern, name in (
    (r"communicat", "communic"), (r"communit", "communit"), (r"interpers", "interper"), (r"interpret", "interpre"),
    (r"initiat", "initiat"), (r"initial", "initial"), (r"organis(?:e|ation|ing|er)", "organis"),
    (r"organ(?:ic|ism)", "organic"),
))
_AMERICAN_Z = re.compile(r"(?<=[a-z])iz(?=e|ing|ation)")


@lru_cache(maxsize=8192)
def family(word: str) -> str:
    from skillgap.language.verbs import lemma

    base = _AMERICAN_Z.sub("is", lemma(word).lower())
    return next((name for pattern, name in _FALSE_FRIENDS if pattern.match(base)), base[:6])


Words = tuple[tuple[int, int, str], ...]  # (start, end, family) of each word, offsets within a line


@lru_cache(maxsize=8192)
def _line_words(line: str) -> tuple[tuple[Words, frozenset[str]], tuple[Words, frozenset[str]]]:
    """A line's words and their families, then the same without OTHER_SENSES (for a soft
    skill), once per line text: a report's soft skills and asks, and each re-scored draft
    of a rewrite (one line changed), read the same lines."""
    words = tuple((w.start(), w.end(), family(w.group())) for w in _WORD.finditer(line))
    trait_words = tuple(w for w in words if line[w[0] : w[1]].lower() not in OTHER_SENSES)
    return (words, frozenset(w[2] for w in words)), (trait_words, frozenset(w[2] for w in trait_words))


def families(text: str) -> frozenset[str]:
    """The word families of a phrase's content words."""
    return frozenset(family(w) for w in _WORD.findall(text) if w.lower() not in GENERIC_WORDS and len(w) > 2)


# Head nouns that say only that the thing named before them is dealt with: "stock control",
# "client relations", "contract management" are the work of a role that deals with stock,
# clients or contracts. Not a specific activity ("reconciliation", "planning", "bending"),
# which a role naming the thing may not do.
DEALING_WORDS = frozenset("management control handling relations administration coordination".split())
_PHRASE_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def dealt_with(phrase: str) -> frozenset[str] | None:
    """The family of the thing a two-word phrase "<thing> <dealing word>" deals with
    ("Stock control" -> {"stock"}); None for any other phrase."""
    return _thing_before(phrase, DEALING_WORDS)


# "<thing> planning" is shown by a sentence that names the thing and says it was planned in
# any of these words ("arranging packages of care" at a discharge hub: discharge planning);
# naming the thing alone is not enough ("unloading trailers" is no load planning).
_PLANNING_HEADS = frozenset({"planning"})
_PLANNING_WORDS = frozenset("plan arranged organised scheduled coordinated".split())


@lru_cache(maxsize=1)
def planning_families() -> frozenset[str]:
    """The families of the words that say a thing was planned (`_PLANNING_WORDS`)."""
    return frozenset(family(word) for word in _PLANNING_WORDS)


def planned(phrase: str) -> frozenset[str] | None:
    """The family of the thing a two-word phrase "<thing> planning" plans ("Discharge
    planning" -> {"discha"}); None for any other phrase."""
    return _thing_before(phrase, _PLANNING_HEADS)


def _thing_before(phrase: str, heads: frozenset[str]) -> frozenset[str] | None:
    words = _PHRASE_WORD.findall(phrase)
    if len(words) != 2 or words[1].lower() not in heads or "-" in words[0] or len(words[0]) < 3 \
            or words[0].lower() in GENERIC_WORDS:
        return None
    return frozenset({family(words[0])})


def own_families(text: str) -> frozenset[str]:
    """The families of a line's words that stand on their own, not those joined into a
    compound by a hyphen ("damaged-stock photo log" names no stock dealt with)."""
    return families(" ".join(w for w in _PHRASE_WORD.findall(text) if "-" not in w))


def own_words_evidence(resume: Analysis, phrases: tuple[str, ...], skill_id: str, *,
                       share: float = 1.0, soft: bool = False) -> Evidence | None:
    """The résumé line that holds at least `share` of the content words of one of
    `phrases` (the best such line), as evidence spanning the words it matched; None when
    no line does. For a soft skill (`soft`), only lines that tell what the candidate did
    count (not a degree or course line), and OTHER_SENSES are not its words."""
    wanted = [f for f in (families(p) for p in phrases) if f]
    if not wanted:
        return None
    document, sections = resume.document, resume.sections
    headings = {section.start for section in sections.sections if section.title}
    best_rank: tuple[float, bool] | None = None
    hits: list[tuple[int, int, str]] = []
    lines = document.lines
    audience = audience_nouns(document.text) if soft else frozenset()  # "findings for leadership": the people
    for index, line in enumerate(lines):
        kind = sections.kind_at(line.start)
        if kind in _NOT_SHOWN_IN or (soft and kind is SectionKind.EDUCATION) or line.start in headings:
            continue  # a heading ("Experience") shows nothing the candidate did
        words, found = _line_words(document.text[line.start : line.end])[soft]
        placed = [(line.start + w[0], line.start + w[1], w[2]) for w in words]
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is not None and goes_on(document.text[line.start : line.end],
                                             document.text[following.start : following.end]) \
                and sections.kind_at(following.start) is kind:
            more, more_found = _line_words(document.text[following.start : following.end])[soft]
            placed += [(following.start + w[0], following.start + w[1], w[2]) for w in more]
            found = found | more_found  # a sentence the file wrapped onto the next line is one sentence
        if audience and any(w[0] in audience for w in placed):
            placed = [w for w in placed if w[0] not in audience]
            found = frozenset(w[2] for w in placed)
        rank = (max(len(f & found) / len(f) for f in wanted), kind in _USED_IN)
        if rank[0] >= share and (best_rank is None or rank > best_rank):
            best_rank = rank
            hits = [w for w in placed if any(w[2] in f for f in wanted)]
    if best_rank is None:
        return None
    first_line = document.line_index(hits[0][0])
    hits = [w for w in hits if document.line_index(w[0]) == first_line]  # the evidence: words on one line
    start, end = hits[0][0], hits[-1][1]
    kind = sections.kind_at(start)
    return Evidence(start=start, end=end, text=document.text[start:end], line=document.source_position(start)[0],
                    line_text=document.line_text(start), section=kind,
                    strength=Strength.STRONG if kind in _USED_IN else Strength.LISTED, skill_id=skill_id)


@lru_cache(maxsize=1)
def _behaviour_tables() -> dict[str, dict]:
    """`soft_behaviours.toml`, read once: one table per soft-skill id."""
    return tomllib.loads(BEHAVIOURS_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def behaviours() -> dict[str, tuple[str, ...]]:
    """Skill id (the soft skills, and a few skills of everyday work) -> the patterns (regular
    expressions, case-insensitive) of what a candidate did that shows it (`soft_behaviours.toml`)."""
    return {sid: tuple(table["shows"]) for sid, table in _behaviour_tables().items() if "shows" in table}


@lru_cache(maxsize=1)
def near_skills() -> dict[str, tuple[str, ...]]:
    """Soft-skill id -> the skills whose behaviour shows it in part, in order (`near` in
    `soft_behaviours.toml`)."""
    return {sid: tuple(table["near"]) for sid, table in _behaviour_tables().items() if "near" in table}


@lru_cache(maxsize=1)
def trait_adjectives() -> dict[str, str]:
    """Soft-skill id -> the adjective a résumé writes before its role for it, where it has
    one ("attention-to-detail" -> "detail-oriented"; `soft_behaviours.toml`)."""
    return {sid: table["adjective"] for sid, table in _behaviour_tables().items() if "adjective" in table}


@lru_cache(maxsize=64)
def _behaviour_patterns(skill_id: str) -> tuple[re.Pattern[str], ...]:
    """The compiled patterns of one soft skill, compiled when a posting first asks for it."""
    return tuple(re.compile(p, re.IGNORECASE) for p in behaviours().get(skill_id, ()))


def behaviour_evidence(resume: Analysis, skill_id: str) -> Evidence | None:
    """The first line of the résumé's experience, projects, volunteer or summary sections
    that shows the soft skill `skill_id` through something the candidate did ("led a team
    of 6" for leadership), an experience line before a summary line; None when none does."""
    patterns = _behaviour_patterns(skill_id)
    if not patterns:
        return None
    document, sections = resume.document, resume.sections
    found: re.Match[str] | None = None
    for line in document.lines:
        kind = sections.kind_at(line.start)
        if kind not in _DONE_IN or (found is not None and kind not in _USED_IN):
            continue
        match = next((m for m in (p.search(document.text, line.start, line.end) for p in patterns) if m), None)
        if match is not None:
            found = match
            if kind in _USED_IN:
                break
    if found is None:
        return None
    start, end = found.start(), found.end()
    kind = sections.kind_at(start)
    return Evidence(start=start, end=end, text=document.text[start:end], line=document.source_position(start)[0],
                    line_text=document.line_text(start), section=kind,
                    strength=Strength.STRONG if kind in _USED_IN else Strength.LISTED, skill_id=skill_id)
