"""Public types that flow between the pipeline stages.

Every stage is a function from some of these to another; they are frozen so that a
stage can never change what an earlier one produced. Positions are always character
offsets into `Document.text`; lines, columns and pages are derived only for display.

This module imports nothing else from the package.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property


class LineOrigin(str, Enum):
    """Where a line of a document came from (readers that know set it)."""

    BODY = "body"
    HEADER = "header"  # page header (DOCX header part, PDF running head)
    FOOTER = "footer"
    TABLE = "table"  # a table cell, read row by row
    TEXTBOX = "textbox"  # a floating text box / shape
    LIST_ITEM = "list_item"  # a paragraph the format itself marks as a list item


@dataclass(frozen=True)
class Line:
    """One visual line of the document: `text[start:end]`, without the newline."""

    start: int
    end: int
    page: int = 1  # 1-based
    origin: LineOrigin = LineOrigin.BODY
    column: int = 0  # 0-based column index on its page (PDF only; 0 elsewhere)


@dataclass(frozen=True)
class Layout:
    """Facts about the file's physical layout that a linter or a report may need.

    Readers fill what they can observe; everything defaults to "not observed".
    Spans are (start, end) character offsets into `Document.text`.
    """

    columns_per_page: tuple[int, ...] = ()  # PDF: detected column count per page
    # text the colour of its background, or tiny (PDF); hidden runs (DOCX)
    hidden_spans: tuple[tuple[int, int], ...] = ()
    image_count: int = 0  # pictures embedded in the file (a photo, icons, ...)
    has_text_layer: bool = True
    source_map: tuple[tuple[int, int, int], ...] = ()  # (doc_offset, src_line, src_col) anchors
    line_styles: tuple[tuple[int, str], ...] = ()  # (line start, font/size/colour/case key) (PDF, DOCX)
    # (start, end, target): text a reader can click, and where it leads ("§" → a GitHub repository) (PDF)
    links: tuple[tuple[int, int, str], ...] = ()
    # the starts of the lines drawn level with a small picture: a logo or an icon (PDF)
    picture_lines: tuple[int, ...] = ()
    # the starts of the lines the page's layout shows to be section headings whatever their
    # words or type: the headings over cards set side by side (PDF)
    heading_lines: tuple[int, ...] = ()


@dataclass(frozen=True)
class Document:
    """What a reader produces for any input format.

    `text` joins the lines with "\\n"; `lines` covers every line of `text` in order.
    """

    path: str  # as given by the user, or "<text>" for in-memory input
    format: str  # pdf | docx | txt | md | html | json | tex
    text: str
    lines: tuple[Line, ...]
    pages: int = 1
    layout: Layout = field(default_factory=Layout)

    @cached_property
    def _line_starts(self) -> list[int]:
        return [line.start for line in self.lines]

    def line_index(self, offset: int) -> int:
        """0-based index of the line that holds character `offset`."""
        return max(0, bisect.bisect_right(self._line_starts, offset) - 1)

    def line_number(self, offset: int) -> int:
        """1-based line number of `offset` in `text` (what `skillgap parse` shows)."""
        return self.text.count("\n", 0, max(0, offset)) + 1

    def source_position(self, offset: int) -> tuple[int, int]:
        """(line, column), 1-based, of `offset` in the file the user edits.

        Text formats (Markdown, LaTeX, plain text) map back through `layout.source_map`;
        for PDF and DOCX the extracted text is the only text there is, so its line counts.
        """
        anchors = self.layout.source_map
        if anchors:
            index = bisect.bisect_right(anchors, (offset, float("inf"), float("inf"))) - 1
            if index >= 0:
                doc_offset, line, col = anchors[index]
                if self.text.count("\n", doc_offset, offset) == 0:
                    return line, col + (offset - doc_offset)
        line_start = self.text.rfind("\n", 0, max(0, offset)) + 1
        return self.line_number(offset), offset - line_start + 1

    def page_of(self, offset: int) -> int:
        if not self.lines:
            return 1
        return self.lines[self.line_index(offset)].page

    def line_text(self, offset: int) -> str:
        if not self.lines:
            return ""
        line = self.lines[self.line_index(offset)]
        return self.text[line.start : line.end]


class SectionKind(str, Enum):
    """What a section of a résumé or a posting is about."""

    # shared
    PREAMBLE = "preamble"  # text before the first heading (name, contact, job title)
    OTHER = "other"  # a heading we do not know
    # résumé
    CONTACT = "contact"
    SUMMARY = "summary"
    EXPERIENCE = "experience"
    EDUCATION = "education"
    SKILLS = "skills"
    PROJECTS = "projects"
    CERTIFICATIONS = "certifications"
    AWARDS = "awards"
    PUBLICATIONS = "publications"
    VOLUNTEER = "volunteer"
    LANGUAGES = "languages"
    INTERESTS = "interests"
    REFERENCES = "references"
    # posting
    RESPONSIBILITIES = "responsibilities"
    REQUIREMENTS = "requirements"
    PREFERRED = "preferred"
    ABOUT = "about"  # about us / the company
    BENEFITS = "benefits"  # what we offer, perks, compensation
    APPLY = "apply"  # how to apply, equal-opportunity statements


@dataclass(frozen=True)
class Section:
    kind: SectionKind
    title: str  # the heading as written ("" for the preamble)
    start: int  # offset of the heading line (or of the body for the preamble)
    end: int  # exclusive; the next section's start


@dataclass(frozen=True)
class Bullet:
    """A bullet or list item: `text[start:end]` without the bullet marker."""

    start: int
    end: int
    section: SectionKind


@dataclass(frozen=True)
class Sections:
    sections: tuple[Section, ...]
    bullets: tuple[Bullet, ...]

    def at(self, offset: int) -> Section | None:
        """The section holding `offset`, or None."""
        for section in self.sections:
            if section.start <= offset < section.end:
                return section
        return None

    def kind_at(self, offset: int) -> SectionKind:
        section = self.at(offset)
        return SectionKind.PREAMBLE if section is None else section.kind


class MatchMethod(str, Enum):
    EXACT = "exact"  # the skill's canonical name
    ALIAS = "alias"  # one of its aliases
    FUZZY = "fuzzy"  # a near miss of a name or alias (rapidfuzz)


@dataclass(frozen=True)
class Mention:
    """One place where a skill was found, and why."""

    skill_id: str
    start: int
    end: int
    text: str  # the document's own characters, text[start:end]
    method: MatchMethod
    alias: str  # the taxonomy string that matched
    score: float  # 1.0 for exact and alias, the fuzzy similarity (0..1) otherwise


class SkillKind(str, Enum):
    HARD = "hard"  # a domain skill or method ("financial modelling", "phlebotomy")
    TOOL = "tool"  # software, language, framework, platform, equipment
    SOFT = "soft"  # transversal ("stakeholder management", "teamwork")
    CERTIFICATION = "certification"  # certifications and licences (PMP, RN, CPA)
    KNOWLEDGE = "knowledge"  # a field of knowledge ("accounting", "pharmacology")
    LANGUAGE = "language"  # a human language


# A degree, a licence or a language is shown by naming it (under Education, Certifications,
# Languages): no bullet "shows it in use", and a narrower one is one ("a BSc" is "a degree").
CREDENTIAL_KINDS = frozenset({SkillKind.CERTIFICATION, SkillKind.LANGUAGE})


class Importance(str, Enum):
    REQUIRED = "required"
    PREFERRED = "preferred"


class MatchLevel(str, Enum):
    EXACT = "exact"  # the résumé shows this very skill
    NARROWER = "narrower"  # the résumé shows a narrower skill (PostgreSQL for SQL)
    RELATED = "related"  # the résumé shows a broader or related skill: less credit
    MISSING = "missing"


class Strength(str, Enum):
    """How convincingly the résumé shows a skill."""

    STRONG = "strong"  # used in an experience or project bullet
    LISTED = "listed"  # only named (skills list, summary, certifications)


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    text: str  # the matched characters in the résumé
    line: int  # 1-based line in the résumé text
    line_text: str
    section: SectionKind
    strength: Strength
    skill_id: str  # the résumé skill this evidence is for (differs from the posting skill when partial)


@dataclass(frozen=True)
class SkillRef:
    id: str
    name: str
    kind: SkillKind
    esco: tuple[str, ...] = ()


@dataclass(frozen=True)
class GapItem:
    """One posting skill, and how the résumé stands against it."""

    skill: SkillRef
    importance: Importance
    level: MatchLevel
    credit: float  # 0..1, what this item contributes to its coverage figure
    posting_terms: tuple[str, ...]  # how the posting wrote it ("Kubernetes")
    posting_lines: tuple[int, ...]  # 1-based lines in the posting
    evidence: tuple[Evidence, ...] = ()
    via: SkillRef | None = None  # for NARROWER / RELATED: the résumé skill that counts
    keyword_found: bool = False  # a posting term appears literally in the résumé
    note: str = ""  # one line saying why the credit is what it is
    alternatives: frozenset[str] = frozenset()  # skill ids the posting accepts instead (one either-or group)


@dataclass(frozen=True)
class ScoreBreakdown:
    required_coverage: float  # 0..1
    preferred_coverage: float  # 0..1
    keyword_exactness: float  # 0..1
    weights: tuple[float, float, float]  # the weights actually used (sum to 1)
    required_total: int
    preferred_total: int


@dataclass(frozen=True)
class Gap:
    items: tuple[GapItem, ...]
    keywords_missing: tuple[str, ...]  # posting terms a literal search of the résumé misses
    score: int  # 0..100
    breakdown: ScoreBreakdown
    qualities: tuple[str, ...] = ()  # the posting's words for qualities the résumé does not name (gap.QUALITIES)

    @property
    def matched(self) -> tuple[GapItem, ...]:
        return tuple(i for i in self.items if i.level is not MatchLevel.MISSING)

    @property
    def missing(self) -> tuple[GapItem, ...]:
        return tuple(i for i in self.items if i.level is MatchLevel.MISSING)


@dataclass(frozen=True)
class Analysis:
    """A document after ingest, sectioning and extraction."""

    document: Document
    sections: Sections
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class Report:
    resume: Analysis
    posting: Analysis
    gap: Gap
    taxonomy_name: str = "default"
