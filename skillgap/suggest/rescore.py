"""Re-score the résumé with one edit applied: score_delta is measured, never guessed.

Re-extracting a whole résumé costs ~10 ms, too much for dozens of suggestions, so only the
edited lines are extracted again (with the same extractor, as a one-section document of
the same section kind) and their mentions are spliced into the résumé's other mentions.
The new résumé Document is the old one with the span replaced: lines, sections and the
source map after the edit are shifted. Then `gap.compare` scores it as `check` would.

The baseline is the same splice with the lines unchanged, so a delta measures the edit
and nothing else, even if a line extracted alone were to differ from it in context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from skillgap.gap import (
    FREE_PREFIX,
    LEVEL_CREDIT,
    STRENGTH_FACTOR,
    _literal_in,  # the literal search keyword exactness uses, so the shortcut agrees
    compare,
    score_items,
    shown_strength,
)
from skillgap.own_words import behaviours
from skillgap.requirements import PostingSkill, posting_skills
from skillgap.suggest.edits import PLACEHOLDER
from skillgap.types import (
    Analysis,
    Bullet,
    Document,
    Gap,
    GapItem,
    Line,
    MatchLevel,
    Mention,
    Report,
    Section,
    SectionKind,
    Sections,
    SkillKind,
)


@dataclass(frozen=True)
class Scored:
    gap: Gap
    value: float  # the score before rounding (ranks ties that round to the same integer)
    skills: frozenset[str]  # skill ids found in the edited lines


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def precise_score(gap: Gap) -> float:
    b = gap.breakdown
    return 100 * (b.weights[0] * b.required_coverage + b.weights[1] * b.preferred_coverage
                  + b.weights[2] * b.keyword_exactness)


def neutral(text: str) -> str:
    """A placeholder rewrite as it is scored: the brackets hold nothing yet."""
    return re.sub(r" {2,}", " ", PLACEHOLDER.sub("", text).replace("%", ""))


class Rescorer:
    """Scores edits of one report's résumé against its posting."""

    def __init__(self, report: Report, extractor) -> None:
        self.report = report
        self.extractor = extractor
        self.taxonomy = extractor.taxonomy
        self.resume = report.resume
        self.document = report.resume.document
        self._baselines: dict[tuple[int, int], Scored] = {}
        self._found: dict[tuple[int, int], tuple[Mention, ...]] = {}
        self._wanted: dict[str, PostingSkill] | None = None  # the posting's side never changes

    def window(self, start: int, end: int) -> tuple[int, int]:
        """The whole lines holding `text[start:end]`."""
        text = self.document.text
        window_start = text.rfind("\n", 0, start) + 1
        newline = text.find("\n", max(start, end - 1) if end > start else start)
        return window_start, len(text) if newline == -1 else newline

    def baseline(self, start: int, end: int) -> Scored:
        window = self.window(start, end)
        if window not in self._baselines:
            text = self.document.text[window[0] : window[1]]
            found = self._extract(text, self.resume.sections.kind_at(window[0]))
            original = sorted((m.skill_id, m.start - window[0], m.end - window[0], m.text)
                              for m in self.resume.mentions if window[0] <= m.start and m.end <= window[1])
            if sorted((m.skill_id, m.start, m.end, m.text) for m in found) == original:
                gap = self.report.gap  # extracting the lines alone finds what the whole résumé did
                self._baselines[window] = Scored(gap, precise_score(gap), frozenset(m.skill_id for m in found))
            else:
                self._baselines[window] = self._score(window, text, found)
            self._found[window] = found
        return self._baselines[window]

    def mentions_in(self, start: int, end: int) -> tuple[Mention, ...]:
        """The mentions found in the lines holding `text[start:end]` (offsets in those lines)."""
        self.baseline(start, end)
        return self._found[self.window(start, end)]

    def score(self, start: int, end: int, replacement: str) -> Scored:
        """The résumé scored with `text[start:end]` replaced by `replacement`."""
        window_start, window_end = self.window(start, end)
        text = self.document.text
        new_window = text[window_start:start] + replacement + text[end:window_end]
        baseline = self.baseline(start, end)
        found = self._extract(new_window, self.resume.sections.kind_at(window_start))
        if self._same_score(self._found[(window_start, window_end)], found, text[window_start:window_end], new_window):
            return Scored(baseline.gap, baseline.value, frozenset(m.skill_id for m in found))
        return self._score((window_start, window_end), new_window, found)

    def _same_score(self, old: tuple[Mention, ...], new: tuple[Mention, ...], old_text: str, new_text: str) -> bool:
        """Whether the score cannot change: the same skills, found by the same words, no
        posting term newly present or absent word for word (what keyword exactness counts),
        and, where an item is judged by the résumé's own words (a soft skill read from what
        the candidate did, an ask in the posting's words), the same words: the behaviour
        patterns read numbers and short words too ("within 4 hours", "Reported to the Head")."""
        if sorted((m.skill_id, m.text) for m in old) != sorted((m.skill_id, m.text) for m in new):
            return False
        if self._judged_in_words and _words(old_text) != _words(new_text):
            return False
        return all(_literal_in(term, old_text) == _literal_in(term, new_text)
                   for item in self.report.gap.items for term in item.posting_terms)

    @cached_property
    def _judged_in_words(self) -> bool:
        return any(item.skill.kind is SkillKind.SOFT or item.skill.id in behaviours()
                   or item.skill.id.startswith(FREE_PREFIX) for item in self.report.gap.items)

    def assume_shown(self, item: GapItem, anchor: int) -> Scored:
        """The score if `item` were shown in a bullet where `anchor` is (its credit and
        keyword as `gap.compare` would give them), for a prompt whose template alone does
        not let the extractor recognise the skill: an ambiguous name needs the context
        that the user's own words will give it."""
        baseline = self.baseline(anchor, anchor)
        strength = shown_strength(self.resume.sections.kind_at(anchor), item.skill.kind)
        items = [replace(i, level=MatchLevel.EXACT, credit=LEVEL_CREDIT[MatchLevel.EXACT] * STRENGTH_FACTOR[strength],
                         keyword_found=True) if i.skill.id == item.skill.id else i
                 for i in baseline.gap.items]
        score, breakdown = score_items(items)
        gap = replace(baseline.gap, items=tuple(items), score=score, breakdown=breakdown)
        return Scored(gap, precise_score(gap), baseline.skills | {item.skill.id})

    # --- the splice -------------------------------------------------------------------------

    def _score(self, window: tuple[int, int], new_window: str, found: tuple[Mention, ...]) -> Scored:
        analysis = self._splice(window, new_window, found)
        if self._wanted is None:
            self._wanted = posting_skills(self.report.posting)
        gap = compare(analysis, self.report.posting, self.taxonomy, self._wanted)
        return Scored(gap, precise_score(gap), frozenset(m.skill_id for m in found))

    def _splice(self, window: tuple[int, int], new_window: str, found: tuple[Mention, ...]) -> Analysis:
        start, end = window
        document, sections = self.document, self.resume.sections
        delta = len(new_window) - (end - start)

        def shift(offset: int) -> int:
            if offset >= end:
                return offset + delta
            if offset > start:
                return min(offset, start + len(new_window))
            return offset

        text = document.text[:start] + new_window + document.text[end:]
        lines: list[Line] = []
        inserted = False
        for line in document.lines:
            if line.start < start:  # the window starts at a line start
                lines.append(line)
            elif line.start > end:  # ... and ends at a line end
                lines.append(replace(line, start=line.start + delta, end=line.end + delta))
            elif not inserted:
                inserted = True
                offset = start
                for piece in new_window.split("\n"):
                    lines.append(replace(line, start=offset, end=offset + len(piece)))
                    offset += len(piece) + 1
        layout = document.layout
        new_layout = replace(
            layout,
            hidden_spans=tuple((shift(a), shift(b)) for a, b in layout.hidden_spans),
            source_map=tuple((shift(o), line, col) for o, line, col in layout.source_map
                             if not (start < o < end)),
            line_styles=tuple((shift(o), key) for o, key in layout.line_styles if not (start < o < end)),
            links=tuple((shift(a), shift(b), target) for a, b, target in layout.links if not (start < a < end)),
        )
        new_document = Document(document.path, document.format, text, tuple(lines), document.pages, new_layout)
        new_sections = Sections(
            tuple(Section(s.kind, s.title, shift(s.start), s.end + delta if s.end >= end else s.end)
                  for s in sections.sections),
            tuple(Bullet(shift(b.start), b.end + delta if b.end >= end else shift(b.end), b.section)
                  for b in sections.bullets),
        )
        kept = [m for m in self.resume.mentions if m.end <= start or m.start >= end]
        mentions = [m if m.start < start else replace(m, start=m.start + delta, end=m.end + delta) for m in kept]
        mentions += [replace(m, start=m.start + start, end=m.end + start) for m in found]
        mentions.sort(key=lambda m: (m.start, m.end))
        return Analysis(new_document, new_sections, tuple(mentions))

    def _extract(self, window_text: str, kind: SectionKind) -> tuple[Mention, ...]:
        lines, offset = [], 0
        for piece in window_text.split("\n"):
            lines.append(Line(offset, offset + len(piece)))
            offset += len(piece) + 1
        snippet = Document("<edit>", self.document.format, window_text, tuple(lines))
        sections = Sections((Section(kind, "", 0, len(window_text)),), ())
        return self.extractor.extract(snippet, sections)
