"""What suggestions may edit: the résumé's bullets (wrapped lines joined, as the linter
reads them) with the tense of their role, its other lines, and where new lines would go."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from skillgap.language import Tense
from skillgap.language.names import continues_a_name
from skillgap.types import Bullet, Report, SectionKind, SkillKind

if TYPE_CHECKING:
    from skillgap.resume.layout import ResumeLayout
    from skillgap.types import Document, Line

ACTION_SECTIONS = frozenset({SectionKind.EXPERIENCE, SectionKind.PROJECTS, SectionKind.VOLUNTEER})
NAMING_SECTIONS = frozenset({SectionKind.SKILLS, SectionKind.SUMMARY})  # where a skill may be named too
NAME_KINDS = frozenset({SkillKind.TOOL, SkillKind.CERTIFICATION, SkillKind.LANGUAGE})


@dataclass(frozen=True)
class Target:
    """A bullet (or a line) that suggestions may edit."""

    start: int
    end: int
    text: str  # the document's text of the span, wrapped lines joined with spaces
    section: SectionKind
    tense: Tense
    line: int
    is_bullet: bool
    proper: frozenset[str] = frozenset()
    role: int = -1  # the role or project the bullet belongs to (-1: none)
    dated_past: bool = False  # the bullet's role or project has dates, and they ended
    section_title: str = ""  # the heading of the bullet's section ("Volunteer Work")

    @property
    def action(self) -> bool:
        return self.is_bullet and self.section in ACTION_SECTIONS

    @property
    def achievement(self) -> bool:
        """A bullet of a role or a project: where a result placeholder may go."""
        return self.action and self.role >= 0

    @property
    def listing(self) -> bool:
        """A line of the skills section: a skill is named by adding it to the list."""
        return self.section is SectionKind.SKILLS


class Targets:
    """The résumé's bullets (wrapped lines joined, as the linter reads them) with the tense
    of their role, and its other lines, by offset."""

    def __init__(self, report: Report, taxonomy) -> None:
        from skillgap.resume.layout import ResumeLayout

        analysis = report.resume
        self.document = document = analysis.document
        self.sections = analysis.sections
        self._mentions = analysis.mentions
        self._taxonomy = taxonomy
        context = ResumeLayout(document)
        current: dict[int, bool] = {}
        ended: dict[int, bool] = {}
        role: dict[int, int] = {}
        self._last_role_bullet: int | None = None
        headers = {line.start for entry in context.entries for line in entry.header}
        for index, entry in enumerate(context.entries):
            for bullet in entry.bullets:
                current[bullet.start] = entry.current
                ended[bullet.start] = entry.dates is not None and not entry.current
                role[bullet.start] = index
            if entry.section is SectionKind.EXPERIENCE and entry.bullets and self._last_role_bullet is None:
                self._last_role_bullet = entry.bullets[-1].end
        self._bullets: list[Target] = []
        plain = unmarked_bullets(context, document)
        for index, entry in enumerate(context.entries):
            for line in plain.get(index, ()):
                current[line.start] = entry.current
                ended[line.start] = entry.dates is not None and not entry.current
                role[line.start] = index
        headers -= {line.start for lines in plain.values() for line in lines}
        found = sorted([*context.bullets, *(Bullet(line.start, line.end, context.entries[i].section)
                                            for i, lines in plain.items() for line in lines)],
                       key=lambda b: b.start)
        for bullet in found:
            if bullet.start in headers:
                continue  # a role's title or employer line, set as a bullet
            words: set[str] = set()
            for mention in analysis.mentions:
                if bullet.start <= mention.start < bullet.end:
                    skill = taxonomy.skills.get(mention.skill_id)
                    if skill is not None and skill.kind in NAME_KINDS:
                        words.update(w.lower() for w in re.findall(r"[\w'’]+", mention.text))
            tense = Tense.PRESENT if current.get(bullet.start) else Tense.PAST
            self._bullets.append(Target(
                bullet.start, bullet.end, document.text[bullet.start : bullet.end].replace("\n", " "),
                bullet.section, tense, document.source_position(bullet.start)[0], True, frozenset(words),
                role.get(bullet.start, -1), ended.get(bullet.start, False), self._title_at(bullet.start),
            ))
        self._starts = [b.start for b in self._bullets]

    def _title_at(self, offset: int) -> str:
        titles = [s.title for s in self.sections.sections if s.start <= offset]
        return titles[-1] if titles else ""

    def directly_broader(self, narrower: str, broader: str) -> bool:
        """Whether the taxonomy names `broader` as a broader skill of `narrower` (one step)."""
        skill = self._taxonomy.skills.get(narrower)
        return skill is not None and broader in skill.broader

    def under(self, narrower: str, broader: str, steps: int = 2) -> bool:
        """Whether `broader` is a broader skill of `narrower` within `steps` steps
        (PostgreSQL -> relational databases -> databases)."""
        skill = self._taxonomy.skills.get(narrower)
        if skill is None or steps <= 0:
            return False
        return broader in skill.broader or any(self.under(parent, broader, steps - 1) for parent in skill.broader)

    def skills_on(self, target: Target) -> frozenset[str]:
        """The ids of the skills the résumé names on one line."""
        return frozenset(m.skill_id for m in self._mentions if target.start <= m.start < target.end)

    def skill_kinds_at(self, offset: int) -> frozenset[SkillKind]:
        """The kinds of the skills the résumé names starting at `offset` ("Python" of
        "Python developer")."""
        return self._kinds(m.skill_id for m in self._mentions if m.start == offset)

    def kinds_on(self, target: Target) -> frozenset[SkillKind]:
        """The kinds of the skills the résumé names on one line ("spark, sql, kafka": tools)."""
        return self._kinds(self.skills_on(target))

    def _kinds(self, skill_ids) -> frozenset[SkillKind]:
        return frozenset(skill.kind for sid in skill_ids
                         for skill in (self._taxonomy.skills.get(sid),) if skill is not None)

    def lists_only_narrower(self, target: Target, skill_id: str) -> bool:
        """Whether every item of a skills line (no label on it or on the line above) opens with
        a skill narrower than `skill_id`: the line may take that skill as its label."""
        from skillgap.suggest.wording import list_items

        items = list_items(target.text)
        index = self.document.line_index(target.start)
        above = self.document.lines[index - 1] if index > 0 else None
        if above is not None and self.sections.kind_at(above.start) is SectionKind.SKILLS:
            text = self.document.text[above.start : above.end].strip()
            if text and len(text.split()) <= 3 and not re.search(r"[,;|]", text):
                return False  # "Software" above "Matlab, Eagle, ...": the line has a label
        return len(items) >= 2 and all(  # each item opens with one ("Data | PostgreSQL" has a label)
            any(m.start - target.start == start and self.under(m.skill_id, skill_id) for m in self._mentions)
            for start, _ in items)

    def role_bullets(self, role: int) -> list[Target]:
        """The bullets of one role or project."""
        return [b for b in self._bullets if b.role == role] if role >= 0 else []

    def action_bullets(self) -> list[Target]:
        """The bullets of experience, projects and volunteering, in English."""
        return [b for b in self._bullets if b.action and reads_as_english(b.text)]

    def at(self, offset: int) -> Target | None:
        """The line a skill may be named on that holds `offset`: a bullet of experience,
        projects or volunteering, or a line (or bullet) of the skills or summary section.
        None elsewhere: titles, employers, education, certifications, publications, contact."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and self._bullets[index].start <= offset < self._bullets[index].end:
            bullet = self._bullets[index]
            return bullet if bullet.section in ACTION_SECTIONS | NAMING_SECTIONS else None
        kind = self.sections.kind_at(offset)
        if kind not in NAMING_SECTIONS:
            return None
        line = self.document.lines[self.document.line_index(offset)]
        if any(s.start == line.start for s in self.sections.sections if s.kind is not SectionKind.PREAMBLE):
            return None  # a heading
        return Target(line.start, line.end, self.document.text[line.start : line.end], kind, Tense.PAST,
                      self.document.source_position(line.start)[0], False)

    def skills_lines(self) -> list[tuple[Target, frozenset[SkillKind]]]:
        """Each line of the skills sections, with the kinds of the skills it names (a
        skill may be named on the line that lists skills of its kind)."""
        out: list[tuple[Target, frozenset[SkillKind]]] = []
        for section in self.sections.sections:
            if section.kind is not SectionKind.SKILLS:
                continue
            for line in self.document.lines:
                if not (section.start < line.start < section.end) or line.end <= line.start:
                    continue
                target = self.at(line.start)
                if target is None or target.start != line.start:
                    continue
                out.append((target, self.kinds_on(target)))
        return out

    def insertion_point(self, where: str) -> int:
        """Where a new line would go: after the newest role's last bullet, or at the end of
        the certifications or languages section (then skills) for those kinds."""
        wanted = {"certifications": (SectionKind.CERTIFICATIONS, SectionKind.SKILLS),
                  "languages": (SectionKind.LANGUAGES, SectionKind.SKILLS)}.get(where, ())
        for kind in wanted:
            for section in self.sections.sections:
                if section.kind is kind:
                    end = section.end
                    while end > section.start and self.document.text[end - 1 : end] in ("\n", " "):
                        end -= 1
                    return end
        if self._last_role_bullet is not None:
            return self._last_role_bullet
        action = self.action_bullets()
        return action[-1].end if action else len(self.document.text)


def reads_as_english(text: str) -> bool:
    """Whether a bullet is English prose (most of its lowercase words are English word
    forms): wording rules are English rules, and a German or a
    placeholder-Latin bullet ("Analyse der Probleme", "Lorem ipsum dolor") gets none."""
    from skillgap.language.lexicon import english_words

    known = english_words()
    words = re.findall(r"(?<![\w-])[a-zäöüß]{2,}(?![\w-])", text)
    if len(words) < 2 or not known:
        return True
    return sum(w in known or w in _FUNCTION_WORDS for w in words) >= 0.6 * len(words)


# English words the lexicon of word forms leaves out (it lists content words).
_FUNCTION_WORDS = frozenset("""the and of to in for on with at by from as an or is are was were be been our their its
per into via up out over under not no all each how what when where who which that this these those than then also
more most such both only very my me we us it he she they them his her has have had do does did will would can could
may should after before while during about across within between through without against among if so but yet because
since until""".split())


def unmarked_bullets(layout: ResumeLayout, document: Document) -> dict[int, list[Line]]:
    """{entry index: lines} of the roles and projects whose file marks no bullet: the lines
    after the entry's first that read as bullets (a capital, then a verb or a duty or weak
    opener, four words or more, no dates). Some templates draw their bullets without a
    glyph ("Responsible for maintaining websites" under a role's title and dates)."""
    from skillgap import language
    from skillgap.resume.dates import find_dates

    out: dict[int, list[Line]] = {}
    for index, entry in enumerate(layout.entries):
        if entry.bullets or entry.section not in ACTION_SECTIONS:
            continue
        for line in entry.header[1:]:
            text = document.text[line.start : line.end]
            if not text[:1].isupper() or len(text.split()) < 4 or find_dates(text) or "|" in text:
                continue
            if language.opening_verb(text) or language.duty_opener(text) or language.weak_verb(text):
                out.setdefault(index, []).append(line)
    return out


def inside_a_name(term: str, posting_text: str, kind: SkillKind) -> bool:
    """Whether every occurrence of a capitalised `term` is part of a proper name
    ("Harbor Freight Analytics"): then the posting named a company, not a skill."""
    if kind in NAME_KINDS or not term[:1].isupper():
        return False
    occurrences = list(re.finditer(r"(?<![\w+#])" + re.escape(term) + r"(?![\w+#])", posting_text))
    if not occurrences:
        return False
    return all(continues_a_name(posting_text, match.start()) for match in occurrences)
