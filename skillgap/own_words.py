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
from functools import lru_cache

from skillgap.types import Analysis, Evidence, SectionKind, Strength

_WORD = re.compile(r"[A-Za-z]+")
GENERIC_WORDS = frozenset(
    "skill skills ability able abilities good strong excellent proven great high level highly the and of to a an with"
    " in for your demonstrable demonstrated effective effectively very well".split())
# Lines that show nothing the candidate did: the name and contact block, hobbies, referees.
_NOT_SHOWN_IN = frozenset({SectionKind.PREAMBLE, SectionKind.CONTACT, SectionKind.INTERESTS, SectionKind.REFERENCES})
_USED_IN = frozenset({SectionKind.EXPERIENCE, SectionKind.PROJECTS, SectionKind.VOLUNTEER})


@lru_cache(maxsize=8192)
def family(word: str) -> str:
    from skillgap.language.verbs import lemma

    return lemma(word)[:6]


@lru_cache(maxsize=16)
def _line_words(text: str, bounds: tuple[tuple[int, int], ...]) -> tuple[tuple[tuple[int, int, str], ...], ...]:
    """Each line's words as (start, end, family), once per document: a report's soft skills
    and asks, and each re-scored draft of a rewrite, all read the same lines."""
    return tuple(tuple((w.start(), w.end(), family(w.group())) for w in _WORD.finditer(text, start, end))
                 for start, end in bounds)


def families(text: str) -> frozenset[str]:
    """The word families of a phrase's content words."""
    return frozenset(family(w) for w in _WORD.findall(text) if w.lower() not in GENERIC_WORDS and len(w) > 2)


def own_words_evidence(resume: Analysis, phrases: tuple[str, ...], skill_id: str, *,
                       share: float = 1.0) -> Evidence | None:
    """The résumé line that holds at least `share` of the content words of one of
    `phrases` (the best such line), as evidence spanning the words it matched; None when
    no line does."""
    wanted = [f for f in (families(p) for p in phrases) if f]
    if not wanted:
        return None
    document, sections = resume.document, resume.sections
    best_rank: tuple[float, bool] | None = None
    hits: list[tuple[int, int, str]] = []
    lines = _line_words(document.text, tuple((line.start, line.end) for line in document.lines))
    for (line_start, _), words in zip(((line.start, line.end) for line in document.lines), lines, strict=True):
        kind = sections.kind_at(line_start)
        if kind in _NOT_SHOWN_IN:
            continue
        found = {word_family for _, _, word_family in words}
        rank = (max(len(f & found) / len(f) for f in wanted), kind in _USED_IN)
        if rank[0] >= share and (best_rank is None or rank > best_rank):
            best_rank, hits = rank, [w for w in words if any(w[2] in f for f in wanted)]
    if best_rank is None:
        return None
    start, end = hits[0][0], hits[-1][1]
    kind = sections.kind_at(start)
    return Evidence(start=start, end=end, text=document.text[start:end], line=document.source_position(start)[0],
                    line_text=document.line_text(start), section=kind,
                    strength=Strength.STRONG if kind in _USED_IN else Strength.LISTED, skill_id=skill_id)
