"""The lint engine: one `LintContext` per file, the selected rules over it, then findings.

A rule is a function from a `LintContext` to `Hit`s (offsets into the document's text and
a message). The engine adds what every finding shares: the code, the severity (after the
user's overrides), the position in the file the user edits (through the reader's source
map for Markdown and LaTeX), the suppressions from inline comments, and the meta rules
about those suppressions (SG901 unused, SG902 invalid). Rules never print and never see
the configuration beyond their own options.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from skillgap.errors import SkillgapError
from skillgap.lint.dates import DateRange, find_dates, month_index
from skillgap.lint.registry import OPTIONS, Rule, Severity, is_valid_selector
from skillgap.types import Bullet, Document, Line, LineOrigin, Mention, SectionKind, Sections

log = logging.getLogger(__name__)
K = SectionKind


@dataclass(frozen=True)
class Hit:
    """What a rule returns: a span of the document's text and what is wrong with it."""

    start: int
    end: int
    message: str
    suggestion: str = ""


@dataclass(frozen=True)
class Finding:
    """A hit with everything the outputs need. Lines and columns are 1-based, in the file
    the user edits (the Markdown or LaTeX source; the extracted text for PDF and DOCX)."""

    code: str
    name: str
    severity: Severity
    message: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    source_line: str  # the text of `line` as the user sees it
    start: int = 0  # offsets into the document's text
    end: int = 0
    suggestion: str = ""
    context: str = ""  # the document line's text, normalised: what the baseline fingerprints

    def sort_key(self) -> tuple:
        return (self.line, self.column, self.code)


@dataclass
class FileReport:
    path: str
    format: str = ""
    findings: list[Finding] = field(default_factory=list)
    suppressed: int = 0
    baselined: int = 0
    error: str = ""  # one line, when the file could not be read or a rule failed


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


# --- suppression comments ---------------------------------------------------------------------

_DIRECTIVE = {
    "md": re.compile(r"<!--\s*skillgap\s*:(?P<body>.*?)-->", re.IGNORECASE),
    "html": re.compile(r"<!--\s*skillgap\s*:(?P<body>.*?)-->", re.IGNORECASE),
    "tex": re.compile(r"(?<!\\)%+\s*skillgap\s*:(?P<body>.*)$", re.IGNORECASE),
}
_DIRECTIVE["txt"] = _DIRECTIVE["md"]
_BODY = re.compile(
    r"^\s*(?P<action>disable-next-line|disable-line|disable|enable)\s*(?:[=\s]\s*(?P<codes>[A-Za-z0-9_,\s-]*?))?\s*$",
    re.IGNORECASE,
)
_COMMENT_ONLY = {
    "md": re.compile(r"^\s*(?:<!--.*?-->\s*)+$"),
    "html": re.compile(r"^\s*(?:<!--.*?-->\s*)+$"),
    "tex": re.compile(r"^\s*%"),
}
_COMMENT_ONLY["txt"] = _COMMENT_ONLY["md"]


@dataclass
class Suppression:
    line: int  # where the comment is (1-based)
    column: int
    codes: tuple[str, ...]  # selectors; () means every rule
    first: int  # the source lines it covers, inclusive
    last: int
    text: str
    used: set[str] = field(default_factory=set)

    def covers(self, finding: Finding) -> str | None:
        """The selector that suppresses `finding`, or None."""
        if not self.first <= finding.line <= self.last:
            return None
        if not self.codes:
            return "*"
        for selector in self.codes:
            if finding.code.startswith(selector):
                return selector
        return None


@dataclass(frozen=True)
class BadDirective:
    line: int
    column: int
    text: str
    message: str


def parse_suppressions(source: str, fmt: str) -> tuple[list[Suppression], list[BadDirective]]:
    """Suppression comments in a text source, with the lines each one covers."""
    pattern = _DIRECTIVE.get(fmt)
    if pattern is None:
        return [], []
    lines = _split_lines(source)
    found: list[Suppression] = []
    bad: list[BadDirective] = []
    open_blocks: list[Suppression] = []
    for number, raw in enumerate(lines, start=1):
        for match in pattern.finditer(raw):
            body = match.group("body")
            column = match.start() + 1
            parsed = _BODY.match(body)
            if parsed is None:
                bad.append(BadDirective(number, column, match.group(0),
                                        f"cannot read the suppression comment '{match.group(0).strip()}' "
                                        "(use 'skillgap: disable=CODE[,CODE]', 'disable-next-line=CODE' or 'enable=CODE')"))
                continue
            action = parsed.group("action").lower()
            codes: list[str] = []
            for selector in re.split(r"[\s,]+", (parsed.group("codes") or "").strip()):
                if not selector:
                    continue
                if is_valid_selector(selector):
                    codes.append(selector.upper())
                else:
                    bad.append(BadDirective(number, column, match.group(0),
                                            f"unknown rule code '{selector}' in suppression comment"))
            if parsed.group("codes") and not codes:
                continue  # only unknown codes: suppressing everything would be a surprise
            comment_only = bool(_COMMENT_ONLY[fmt].match(raw)) if fmt != "tex" else not raw[: match.start()].strip()
            if action == "enable":
                for block in open_blocks[:]:
                    if not codes or set(codes) & set(block.codes) or not block.codes:
                        block.last = number
                        open_blocks.remove(block)
                continue
            if action == "disable-next-line":
                target = next((n for n in range(number + 1, len(lines) + 1) if lines[n - 1].strip()), number + 1)
                found.append(Suppression(number, column, tuple(codes), target, target, match.group(0)))
            elif action == "disable-line" or not comment_only:
                found.append(Suppression(number, column, tuple(codes), number, number, match.group(0)))
            else:
                block = Suppression(number, column, tuple(codes), number, len(lines) + 1, match.group(0))
                found.append(block)
                open_blocks.append(block)
    return found, bad


# --- positions ----------------------------------------------------------------------------------


class Locator:
    """Maps document offsets to (line, column) in the file the user edits."""

    def __init__(self, document: Document, source: str | None) -> None:
        self.document = document
        self.source_lines = _split_lines(source) if source is not None else None
        self.mapped = bool(document.layout.source_map) and self.source_lines is not None
        self.searchable = self.source_lines is not None and not self.mapped and document.format in ("json", "html")

    def locate(self, start: int, end: int) -> tuple[int, int, int, int, str]:
        document = self.document
        text = document.text
        start = max(0, min(start, len(text)))
        end = max(start, min(end, len(text)))
        line_end = text.find("\n", start)
        line_end = len(text) if line_end == -1 else line_end
        needle = text[start : min(end, line_end)].strip()
        if self.mapped:
            line, column = document.source_position(start)
            found = self._search(needle, line, column) if needle else None
            if found:
                line, column = found
            source_line = self.source_lines[line - 1] if 1 <= line <= len(self.source_lines) else ""
            return line, column, line, column + max(1, len(needle)), source_line
        if self.searchable and needle:
            found = self._search_json(needle, start)
            if found:
                line, column = found
                return line, column, line, column + len(needle), self.source_lines[line - 1]
        line = document.line_number(start)
        line_start = text.rfind("\n", 0, start) + 1
        column = start - line_start + 1
        return line, column, line, column + max(1, len(needle)), text[line_start:line_end]

    def _search(self, needle: str, line: int, column: int) -> tuple[int, int] | None:
        """The needle in the source, from the mapped line on (LaTeX joins wrapped lines)."""
        probe = needle[:40]
        lines = self.source_lines
        for number in range(max(1, line), min(len(lines), line + 12) + 1):
            source = lines[number - 1]
            at = source.find(probe, column - 1 if number == line else 0)
            if at == -1 and number == line:
                at = source.find(probe)
            if at != -1:
                return number, at + 1
            if number > line and len(probe) > 12:
                # a phrase that wraps across source lines: match its first words
                head = " ".join(probe.split()[:2])
                at = source.find(head) if len(head) > 6 else -1
                if at != -1 and source[at:].strip() and probe.startswith(source[at:].strip()[: len(head)]):
                    return number, at + 1
        return None

    def _search_json(self, needle: str, start: int) -> tuple[int, int] | None:
        """Find a span of a rendered JSON Resume in the JSON source: first the whole line it
        is on, then the pieces the renderer joined (" | ", ", "), then the span alone."""
        document = self.document
        line_start = document.text.rfind("\n", 0, start) + 1
        line_end = document.text.find("\n", start)
        line_text = document.text[line_start : len(document.text) if line_end == -1 else line_end]
        offset = start - line_start
        pieces = [(line_text.lstrip("• "), line_text.find(line_text.lstrip("• ")))]
        cursor = 0
        for piece in re.split(r" \| |, |: ", line_text):
            at = line_text.find(piece, cursor)
            cursor = at + len(piece)
            pieces.append((piece.lstrip("• "), at + len(piece) - len(piece.lstrip("• "))))
        for piece, at in pieces:
            if len(piece) < 3 or not at <= offset <= at + len(piece):
                continue
            found = self._find_escaped(piece, rank=document.text.count(piece, 0, line_start + at))
            if found:
                number, column = found
                return number, column + self._escaped_length(piece[: offset - at])
        found = self._find_escaped(needle[:40], rank=document.text.count(needle[:40], 0, start))
        return found

    def _find_escaped(self, text: str, rank: int = 0) -> tuple[int, int] | None:
        import json

        hits: list[tuple[int, int]] = []
        for probe in {json.dumps(text, ensure_ascii=False)[1:-1], json.dumps(text)[1:-1]}:
            hits = [(n, line.find(probe) + 1) for n, line in enumerate(self.source_lines, start=1) if probe in line]
            if hits:
                break
        if not hits:
            return None
        return hits[min(rank, len(hits) - 1)]

    @staticmethod
    def _escaped_length(text: str) -> int:
        import json

        return len(json.dumps(text, ensure_ascii=False)) - 2


# --- running the rules ----------------------------------------------------------------------------


def _normalise(text: str) -> str:
    return " ".join(text.lower().split())


def rule_function(rule: Rule) -> Callable[[LintContext], Iterable[Hit]]:
    module = importlib.import_module(rule.module)
    return getattr(module, rule.function)


@dataclass(frozen=True)
class RuleResults:
    """Findings of some rules over one document, before suppressions: what a forked
    reader computes while the parent builds the spaCy pipeline."""

    codes: frozenset[str]  # the rules that ran
    findings: tuple[Finding, ...]
    error: str = ""


def run_rules(
    document: Document,
    rules: list[Rule],
    *,
    source: str | None = None,
    severity: Callable[[Rule], Severity] | None = None,
    options: dict[str, int] | None = None,
    today: date | None = None,
    extractor: Callable[[], object] | None = None,
) -> RuleResults:
    """Run the (non-meta) `rules` over one document: their findings, unsuppressed."""
    severity = severity or (lambda rule: rule.severity)
    ctx = LintContext(document, source=source, options=options, today=today, extractor=extractor)
    locator = Locator(document, source)
    findings: list[Finding] = []
    error = ""
    ran = []
    for rule in rules:
        if rule.family.value == "meta":
            continue
        ran.append(rule.code)
        try:
            hits = list(rule_function(rule)(ctx))
        except SkillgapError:
            raise  # a taxonomy or input problem: the user's to fix, reported as such
        except Exception as exc:
            log.info("rule %s failed on %s", rule.code, document.path, exc_info=True)
            error = (f"internal error in rule {rule.code} ({rule.name}): {type(exc).__name__}: {exc} "
                     "(this is a bug in skillgap; run again with -v and report it)")
            continue
        for hit in hits:
            findings.append(_finding(rule, severity(rule), hit, document, locator))
    return RuleResults(frozenset(ran), tuple(findings), error)


def lint_document(
    document: Document,
    rules: list[Rule],
    *,
    source: str | None = None,
    severity: Callable[[Rule], Severity] | None = None,
    options: dict[str, int] | None = None,
    today: date | None = None,
    extractor: Callable[[], object] | None = None,
    selected_codes: frozenset[str] | None = None,
    done: RuleResults | None = None,
) -> FileReport:
    """Run `rules` over one document: findings after suppressions, sorted by position.

    `done` holds results already computed for some of the rules (they are not run again).
    `selected_codes` are the codes the run selected for this file; an unused suppression
    is reported only for codes that were selected (default: the codes of `rules`).
    """
    severity = severity or (lambda rule: rule.severity)
    remaining = [rule for rule in rules if done is None or rule.code not in done.codes]
    results = run_rules(document, remaining, source=source, severity=severity, options=options, today=today,
                        extractor=extractor)
    locator = Locator(document, source)
    report = FileReport(document.path, document.format)
    report.error = results.error or (done.error if done else "")
    findings = list(done.findings if done else ()) + list(results.findings)
    meta = {rule.code: rule for rule in rules if rule.family.value == "meta"}
    # suppressions in the source
    fmt = {"markdown": "md", "htm": "html", "xhtml": "html"}.get(document.format, document.format)
    suppressions, bad = parse_suppressions(source, fmt) if source is not None else ([], [])
    kept: list[Finding] = []
    for finding in findings:
        covering = [(s, s.covers(finding)) for s in suppressions]
        covering = [(s, selector) for s, selector in covering if selector]
        if covering:
            for suppression, selector in covering:
                suppression.used.add(selector)
            report.suppressed += 1
        else:
            kept.append(finding)
    if "SG901" in meta:
        rule = meta["SG901"]
        ran = {r.code for r in rules}
        selected = selected_codes if selected_codes is not None else frozenset(ran)
        for suppression in suppressions:
            unused = _unused(suppression, selected)
            if unused:
                where = (f"line {suppression.first}" if suppression.first == suppression.last
                         else f"lines {suppression.first}-{min(suppression.last, len(locator.source_lines or []))}")
                if suppression.codes:
                    message = f"unused suppression: no finding of {', '.join(unused)} on {where}"
                else:
                    message = f"unused suppression: nothing to suppress on {where}"
                kept.append(_meta_finding(rule, severity(rule), document, suppression.line, suppression.column,
                                          suppression.text, message, "remove the comment", locator))
    if "SG902" in meta:
        rule = meta["SG902"]
        for directive in bad:
            kept.append(_meta_finding(rule, severity(rule), document, directive.line, directive.column,
                                      directive.text, directive.message,
                                      "use 'skillgap: disable=SG301' with codes from `skillgap lint --list-rules`",
                                      locator))
    kept.sort(key=Finding.sort_key)
    report.findings = _dedupe(kept)
    return report


def _unused(suppression: Suppression, selected: frozenset[str]) -> list[str]:
    if not suppression.codes:
        return [] if suppression.used else ["*"]
    unused = []
    for selector in suppression.codes:
        if selector in suppression.used:
            continue
        if not any(code.startswith(selector) for code in selected):
            continue  # not selected in this run: cannot tell whether it is needed
        unused.append(selector)
    return unused


def _finding(rule: Rule, severity: Severity, hit: Hit, document: Document, locator: Locator) -> Finding:
    line, column, end_line, end_column, source_line = locator.locate(hit.start, hit.end)
    context = _normalise(document.line_text(hit.start)) if document.lines else ""
    return Finding(rule.code, rule.name, severity, hit.message, document.path, line, column, end_line, end_column,
                   source_line, hit.start, hit.end, hit.suggestion, context)


def _meta_finding(rule: Rule, severity: Severity, document: Document, line: int, column: int, text: str,
                  message: str, suggestion: str, locator: Locator) -> Finding:
    lines = locator.source_lines or []
    source_line = lines[line - 1] if 1 <= line <= len(lines) else text
    return Finding(rule.code, rule.name, severity, message, document.path, line, column, line,
                   column + len(text), source_line, 0, 0, suggestion, _normalise(source_line))


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen = set()
    out = []
    for finding in findings:
        key = (finding.code, finding.line, finding.column, finding.message)
        if key not in seen:
            seen.add(key)
            out.append(finding)
    return out
