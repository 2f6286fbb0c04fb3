"""`LintContext`: everything rules read about one file (its text, sections, bullets,
roles and dates, contacts, skill mentions), each part computed once, on first use."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from skillgap.lint.dates import DateRange, find_dates, month_index
from skillgap.lint.registry import OPTIONS
from skillgap.types import Bullet, Document, Line, LineOrigin, Mention, SectionKind, Sections

K = SectionKind


def _split_lines(text: str) -> list[str]:
    """Lines as the readers count them: \\r\\n, \\r or \\n only (str.splitlines would also
    break at form feeds and U+2028, and shift every line number after them)."""
    return re.split(r"\r\n|\r|\n", text)


# --- contacts -------------------------------------------------------------------------------

EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
PHONE = re.compile(
    r"(?<![\w/.+-])(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d[\d\s.-]{5,}\d(?![\w/-])"
)
_YEAR_RANGE = re.compile(r"^(?:19|20)\d\d\s*[-–—.]\s*(?:19|20)\d\d$")


@dataclass(frozen=True)
class Contact:
    kind: str  # email | phone
    start: int
    end: int
    text: str
    origin: LineOrigin


def find_phones(text: str) -> Iterator[re.Match[str]]:
    """Phone numbers: 9 to 15 digits, not a date range or a plain number."""
    for match in PHONE.finditer(text):
        value = match.group(0).strip()
        digits = sum(ch.isdigit() for ch in value)
        if not 9 <= digits <= 15 or _YEAR_RANGE.match(value):
            continue
        if value.isdigit() and not value.startswith("0") and len(value) < 10:
            continue  # an amount, an ID
        if re.search(r"\d[.]\d{1,2}$", value) and " " not in value:
            continue  # a decimal
        yield match


# --- roles -------------------------------------------------------------------------------------

ROLE_SECTIONS = frozenset({K.EXPERIENCE, K.VOLUNTEER})


@dataclass
class Entry:
    """One role (or project) in a section: its header lines, dates and bullets."""

    section: SectionKind
    header: list[Line] = field(default_factory=list)
    bullets: list[Bullet] = field(default_factory=list)
    dates: DateRange | None = None

    @property
    def start(self) -> int:
        if self.header:
            return self.header[0].start
        return self.bullets[0].start if self.bullets else 0

    @property
    def current(self) -> bool:
        return bool(self.dates and self.dates.current)

    def ended(self, today: date) -> bool:
        """Whether the role has certainly ended (an end date before this month)."""
        if self.dates is None or self.dates.current:
            return False
        last = self.dates.end or self.dates.start
        return last.last_month() < month_index(today)


# --- the context ---------------------------------------------------------------------------------


class LintContext:
    """Everything rules read about one file, each part computed once, on first use."""

    def __init__(
        self,
        document: Document,
        *,
        source: str | None = None,
        options: dict[str, int] | None = None,
        today: date | None = None,
        extractor: Callable[[], object] | None = None,
    ) -> None:
        self.document = document
        self.text = document.text
        self.lines = document.lines
        self.source = source
        self.source_lines = _split_lines(source) if source is not None else None
        self._options = options or {}
        self.today = today or date.today()
        self._extractor = extractor

    # options
    def option(self, name: str) -> int:
        if name in self._options:
            return int(self._options[name])
        return OPTIONS[name].default

    # text
    def line_text(self, line: Line) -> str:
        return self.text[line.start : line.end]

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    @cached_property
    def sections(self) -> Sections:
        from skillgap.ingest.sections import split_sections

        return split_sections(self.document, "resume")

    @cached_property
    def section_kinds(self) -> frozenset[SectionKind]:
        return frozenset(section.kind for section in self.sections.sections)

    def kind_at(self, offset: int) -> SectionKind:
        return self.sections.kind_at(offset)

    @cached_property
    def heading_starts(self) -> frozenset[int]:
        """Offsets of the lines that open a section."""
        return frozenset(s.start for s in self.sections.sections if s.kind is not K.PREAMBLE)

    @cached_property
    def _line_starts(self) -> list[int]:
        return [line.start for line in self.lines]

    def line_index(self, offset: int) -> int:
        import bisect

        return max(0, bisect.bisect_right(self._line_starts, offset) - 1)

    def line_at(self, offset: int) -> Line:
        return self.lines[self.line_index(offset)]

    @cached_property
    def line_dates(self) -> dict[int, list[DateRange]]:
        """Dates found on each line, by line index."""
        out: dict[int, list[DateRange]] = {}
        for index, line in enumerate(self.lines):
            found = find_dates(self.line_text(line), line.start)
            if found:
                out[index] = found
        return out

    @cached_property
    def dates(self) -> list[DateRange]:
        return [found for index in sorted(self.line_dates) for found in self.line_dates[index]]

    @cached_property
    def bullets(self) -> tuple[Bullet, ...]:
        """The sectioner's bullets, with lines that wrapped in the file joined back on."""
        return tuple(_join_wrapped(self))

    def bullet_text(self, bullet: Bullet) -> str:
        return self.text[bullet.start : bullet.end]

    @cached_property
    def _bullet_by_line(self) -> dict[int, Bullet]:
        out = {}
        for bullet in self.bullets:
            for index in range(self.line_index(bullet.start), self.line_index(max(bullet.start, bullet.end - 1)) + 1):
                out[index] = bullet
        return out

    def bullet_on_line(self, index: int) -> Bullet | None:
        return self._bullet_by_line.get(index)

    @cached_property
    def entries(self) -> list[Entry]:
        """Roles in experience and volunteering sections, and projects, in document order."""
        return _entries(self, ROLE_SECTIONS | {K.PROJECTS})

    def role_title(self, entry: Entry) -> str:
        """The entry's first header line without its dates, for messages."""
        if not entry.header:
            return "(no role title)"
        first = entry.header[0]
        text = self.line_text(first)
        if entry.dates is not None and first.start <= entry.dates.span_start < first.end:
            text = text.replace(entry.dates.text, " ")
        parts = [" ".join(part.split()).strip(" ,;–—-") for part in re.split(r"\s[|·•]\s|\t", text)]
        text = ", ".join(part for part in parts if part)
        return text if len(text) <= 60 else text[:59].rstrip(" ,") + "…"

    @cached_property
    def roles(self) -> list[Entry]:
        return [entry for entry in self.entries if entry.section in ROLE_SECTIONS]

    @cached_property
    def contacts(self) -> list[Contact]:
        found = []
        for line in self.lines:
            text = self.line_text(line)
            for match in EMAIL.finditer(text):
                found.append(Contact("email", line.start + match.start(), line.start + match.end(), match.group(0),
                                     line.origin))
            for match in find_phones(text):
                start = line.start + match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
                found.append(Contact("phone", start, line.start + match.end(), match.group(0).strip(), line.origin))
        return found

    @cached_property
    def word_count(self) -> int:
        return len(re.findall(r"\w[\w'’.+#-]*", self.text))

    # skills
    @cached_property
    def extractor(self):
        return self._extractor() if self._extractor is not None else None

    @cached_property
    def mentions(self) -> tuple[Mention, ...]:
        if self.extractor is None:
            return ()
        return self.extractor.extract(self.document, self.sections)  # type: ignore[attr-defined]

    @property
    def taxonomy(self):
        return None if self.extractor is None else self.extractor.taxonomy  # type: ignore[attr-defined]

    # source formats
    def source_line_of(self, line: Line) -> str | None:
        """The source line a document line came from (Markdown, LaTeX, text)."""
        if self.source_lines is None or not self.document.layout.source_map:
            return None
        number, _ = self.document.source_position(line.start)
        if 1 <= number <= len(self.source_lines):
            return self.source_lines[number - 1]
        return None


def _join_wrapped(ctx: LintContext) -> Iterator[Bullet]:
    """Bullets that a PDF or a hard-wrapped text file broke over several lines, joined."""
    lengths = sorted(line.end - line.start for line in ctx.lines)
    long_line = lengths[int(len(lengths) * 0.9)] * 0.8 if lengths else 0
    bullet_starts = {ctx.line_index(b.start) for b in ctx.sections.bullets}
    source_map = bool(ctx.document.layout.source_map)
    for bullet in ctx.sections.bullets:
        end = bullet.end
        index = ctx.line_index(max(bullet.start, bullet.end - 1))
        while index + 1 < len(ctx.lines) and index + 1 not in bullet_starts:
            previous, following = ctx.lines[index], ctx.lines[index + 1]
            text, before = ctx.line_text(following), ctx.line_text(previous)
            if not text[:1].isalnum() or following.start in ctx.heading_starts or index + 1 in ctx.line_dates:
                break
            flowing = {LineOrigin.BODY, LineOrigin.LIST_ITEM}
            if ctx.kind_at(following.start) is not bullet.section or (
                    following.origin is not previous.origin and not {following.origin, previous.origin} <= flowing):
                break
            indented = (source_map and ctx.document.format == "md"
                        and ctx.document.source_position(following.start)[1] > 1)
            wrapped = (previous.end - previous.start) >= long_line and not before.rstrip().endswith(
                (".", "!", "?", ":", ";"))
            if not (indented or wrapped) or len(text.split()) > 40:
                break
            if not indented and (_titleish(text) or index + 2 in ctx.line_dates):
                break  # the next role's title ("Software Engineer, Beta Corp"), not a continuation
            end = following.end
            index += 1
        yield Bullet(bullet.start, end, bullet.section) if end != bullet.end else bullet


def _titleish(text: str) -> bool:
    """A short line of capitalised words, not ending a sentence: a title, not running text."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’&.-]*", text)]
    if not words or len(words) > 10 or text.rstrip().endswith("."):
        return False
    small = {"of", "and", "the", "for", "in", "at", "to", "a", "an", "&", "de", "y"}
    capital = sum(1 for w in words if w[0].isupper() or w.lower() in small)
    return capital / len(words) >= 0.75


def _entries(ctx: LintContext, kinds: frozenset[SectionKind]) -> list[Entry]:
    entries: list[Entry] = []
    for section in ctx.sections.sections:
        if section.kind not in kinds:
            continue
        current: Entry | None = None
        first = ctx.line_index(section.start)
        for index in range(first, len(ctx.lines)):
            line = ctx.lines[index]
            if line.start >= section.end:
                break
            if index == first and section.start in ctx.heading_starts:
                continue  # the heading itself
            bullet = ctx.bullet_on_line(index)
            if bullet is not None:
                if current is None:
                    current = Entry(section.kind)
                    entries.append(current)
                if not current.bullets or current.bullets[-1] is not bullet:
                    current.bullets.append(bullet)
                continue
            dated = index in ctx.line_dates
            if current is None or current.bullets or (dated and current.dates is not None):
                current = Entry(section.kind)
                entries.append(current)
            current.header.append(line)
            if dated:
                found = ctx.line_dates[index]
                ranges = [d for d in found if d.is_range]
                pick = (ranges or found)[-1]
                if current.dates is None or pick.is_range or not current.dates.is_range:
                    current.dates = pick
    return entries
