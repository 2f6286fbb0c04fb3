"""What a résumé is, beyond its sections: its lines and dates, its bullets (lines that wrapped
in the file joined back), its roles and projects with their dates, its contact details.

`ResumeLayout` computes each part once, on first use. The linter, the rewrites and the
extraction context read résumés through it; none of them owns this knowledge.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property

from skillgap.resume.contacts import Contact, find_contacts
from skillgap.resume.dates import DASH, MONTHS, DateRange, PartialDate, find_dates, month_index
from skillgap.types import Bullet, Document, Line, LineOrigin, SectionKind, Sections

K = SectionKind

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


class ResumeLayout:
    """A résumé's structure, each part computed once, on first use."""

    def __init__(self, document: Document, *, today: date | None = None) -> None:
        self.document = document
        self.text = document.text
        self.lines = document.lines
        self.today = today or date.today()

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
        return frozenset(s.start for s in self.sections.sections if s.kind is not K.PREAMBLE and s.title)

    @cached_property
    def _line_starts(self) -> list[int]:
        return [line.start for line in self.lines]

    def line_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._line_starts, offset) - 1)

    def line_at(self, offset: int) -> Line:
        return self.lines[self.line_index(offset)]

    @cached_property
    def line_dates(self) -> dict[int, list[DateRange]]:
        """Dates found on each line, by line index. A date a document is stamped with ("Last
        updated: 2021-06-03") is no one's date; a range cut over two lines ("Sep 2011 –" in a
        margin, "Present" under it) is one range, on its first line."""
        out: dict[int, list[DateRange]] = {}
        for index, line in enumerate(self.lines):
            text = self.line_text(line)
            if _STAMP.search(text):
                continue
            before = self.line_text(self.lines[index - 1]) if index else ""
            found = [d for d in find_dates(text, line.start) if not _told_in_a_sentence(text, line.start, d, before)]
            if found:
                out[index] = found
        for index in sorted(out):
            if index not in out:  # its date closed the range on the line before
                continue
            joined = _range_over_lines(self, index, out)
            if joined is not None:
                out[index][-1] = joined
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
        return find_contacts(self.document)

    @cached_property
    def word_count(self) -> int:
        """Words, with each Chinese, Japanese or Korean character counted as one (as word
        processors count them: those scripts put no spaces between words)."""
        east_asian = len(_EAST_ASIAN.findall(self.text))
        return len(re.findall(r"\w[\w'’.+#-]*", _EAST_ASIAN.sub(" ", self.text))) + east_asian


_EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# A year told in a sentence: "... adopted university-wide in 2020.", "in 2023 and 2024."
_TOLD_BEFORE = re.compile(r"(?:\b(?:in|during|since|by|until|from|of|on)\s+|\()$", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|this|that|its|their|our|my)\s+$", re.IGNORECASE)
_GOES_ON_LOWER = re.compile(r"\s+[a-z]")
_WORD_FOLLOWS = re.compile(r"\s+\w")
_TOLD = re.compile(r"\b(?:in|by|since|during|until|and|or|of|for|from|to|through)\s*$")
_SENTENCE_WORDS = 6  # words of a line that reads as a sentence, not a title
_CLAUSE_AFTER = re.compile(r";\s+\S+\s+\S+")  # a semicolon after the date, and the sentence goes on
_ENDS_AT_DATE = re.compile(r"\)?\.(?:\s|$)")
_OPENS_TELLING = re.compile(r"\s*(?:\d|[A-Z][a-z]+ed\b)")  # "120 hires ...", "Placed 40 ..."


def _told_in_a_sentence(text: str, line_start: int, found: DateRange, before: str) -> bool:
    """A single date inside a sentence is what happened then, not a role's dates: the line
    ends a sentence, and the date follows a small word ("policy adopted in 2020.") or the
    line holds nothing else and the line before breaks off after one ("... revenue in" /
    "2024.")."""
    if found.is_range:
        return False
    lead = text[: found.span_start - line_start]
    after = found.span_end - line_start
    if _CLAUSE_AFTER.match(text, after) and len(text.split()) >= _SENTENCE_WORDS:
        return True  # "... status in 2023; I ran 1st-time", "framework, 2019; highest social": a clause goes on
    if not lead.strip() and _ENDS_AT_DATE.match(text, after) and bool(_TOLD.search(before)) \
            and len(before.split()) >= _SENTENCE_WORDS:
        return True  # "... questions in" / "2023. Grammarly Business": the sentence ends at the date
    if _ATTRIBUTIVE.search(lead) and (_GOES_ON_LOWER.match(text, after) or (
            len(text.split()) >= _SENTENCE_WORDS and _WORD_FOLLOWS.match(text, after))):
        # "2nd place at the 2024 regional", "practice passed its 2023 CQC visit with no": a date
        # naming an event, inside a sentence
        return True
    if not text.rstrip().endswith("."):
        # "120 hires in 2023": a sentence of a bullet drawn without a glyph, no full stop
        return bool(lead.strip()) and len(text.split()) >= _SENTENCE_WORDS and bool(_TOLD.search(lead)) \
            and bool(_OPENS_TELLING.match(text))
    if lead.rstrip().endswith("(") and text[found.span_end - line_start:].lstrip().startswith(")"):
        return len(text.split()) >= _SENTENCE_WORDS  # "... a council u-turn (2023)."
    if lead.strip():
        return len(text.split()) >= _SENTENCE_WORDS and bool(_TOLD.search(lead))
    alone = not text[found.span_end - line_start :].strip(" .")
    return alone and bool(_TOLD.search(before)) and len(before.split()) >= _SENTENCE_WORDS


_STAMP = re.compile(r"\b(?:last\s+)?(?:updated|modified|revised|generated|printed)\b|\bas\s+of\b", re.IGNORECASE)
_OPEN_END = re.compile(r"^\s*(?:-{1,2}|–|—|to)\s*(?:$|[^\d\s])", re.IGNORECASE)
_DASH_START = re.compile(r"\s*(?:-{1,2}|–|—)\s*")
_DASHES = ("-", *DASH)


def _range_over_lines(ctx: ResumeLayout, index: int, found: dict[int, list[DateRange]]) -> DateRange | None:
    """The line's last date, left open ("Jan 2015 –" at the end of the line or before the
    role's title), closed by a date or "Present" that starts the next line; or a date that
    opens its line in a narrow column of dates, closed on the next line ("May 2019  Purser"
    over "– Present")."""
    last = found[index][-1]
    # "Sep 2015 –" ending its line reads as running to the present, unless the next line closes it
    left_open = last.end is None and last.current and last.text.rstrip().endswith(_DASHES)
    if (last.is_range and not left_open) or index + 1 >= len(ctx.lines):
        return None
    line = ctx.lines[index]
    following = ctx.lines[index + 1]
    start = following.start
    if not left_open and not _OPEN_END.match(ctx.text[last.span_end : line.end]):
        dash = _DASH_START.match(ctx.text, following.start, following.end)
        if dash is None or len(found[index]) > 1 or ctx.text[line.start : last.span_start].strip():
            return None
        start = dash.end()
    head = ctx.text[start : following.end]
    words = head.split()
    if words and words[0].lower().rstrip(".,") in {"present", "current", "now", "today", "ongoing"}:
        return replace(last, current=True)
    nxt = found.get(index + 1)
    if nxt and nxt[0].span_start - start <= 1 and not nxt[0].is_range:
        found[index + 1] = nxt[1:]
        if not found[index + 1]:
            del found[index + 1]
        return replace(last, end=nxt[0].start, current=False)
    if len(words) == 1 and words[0].lower().rstrip(".") in MONTHS:
        return _year_below(ctx, index + 1, start, last, found)
    return None


def _year_below(ctx: ResumeLayout, index: int, start: int, last: DateRange,
                found: dict[int, list[DateRange]]) -> DateRange | None:
    """A range a narrow column of dates cuts over three lines or more, the role's own lines
    read between them: "Mar 2015", "– Apr", then a line below that opens with "2019". The
    month on line `index` (from `start`) and the year that opens one of the next two lines
    end the range."""
    month = ctx.text[start : ctx.lines[index].end].strip()
    for below in (index + 1, index + 2):
        dates = found.get(below)
        if below >= len(ctx.lines) or not dates:
            continue
        year = dates[0]
        if year.is_range or year.start.style != "year" or ctx.line_text(ctx.lines[below]).split()[0] != year.text \
                or year.start.year < last.start.year:
            return None
        found[below] = dates[1:]
        if not found[below]:
            del found[below]
        end = PartialDate(year.start.year, MONTHS[month.lower().rstrip(".")], style=last.start.style,
                          start=start, end=year.span_end, text=f"{month} {year.text}")
        return replace(last, end=end, current=False)
    return None


def _join_wrapped(ctx: ResumeLayout) -> Iterator[Bullet]:
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
            if not indented and (titleish(text) or index + 2 in ctx.line_dates):
                break  # the next role's title ("Software Engineer, Beta Corp"), not a continuation
            end = following.end
            index += 1
        yield Bullet(bullet.start, end, bullet.section) if end != bullet.end else bullet


def titleish(text: str) -> bool:
    """A short line of capitalised words, not ending a sentence: a title, not running text."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’&.-]*", text)]
    if not words or len(words) > 10 or text.rstrip().endswith("."):
        return False
    small = {"of", "and", "the", "for", "in", "at", "to", "a", "an", "&", "de", "y"}
    capital = sum(1 for w in words if w[0].isupper() or w.lower() in small)
    return capital / len(words) >= 0.75


def _entries(ctx: ResumeLayout, kinds: frozenset[SectionKind]) -> list[Entry]:
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
                _add_bullet(ctx, current, index, bullet)
                continue
            dated = index in ctx.line_dates
            if current is not None and current.bullets and (not dated or _goes_on(ctx, index)) and (
                    _runs_on(ctx, index) or _TAG_LINE.match(ctx.line_text(line))):
                continue  # the last bullet wrapped onto a line the sectioner did not join, or the role's tags
            if current is not None and _completes_dates(ctx, index, current):
                continue  # the rest of the role's dates: "2022" under "2020", "to now", a range under a badge
            if current is None or current.bullets or (
                    dated and current.dates is not None and not _tells_what_was_done(ctx, index)
                    and not _told_under_a_range(ctx, index, current)):
                current = Entry(section.kind)
                entries.append(current)
            current.header.append(line)
            if dated and len(current.header) > 1 and current.dates is None and _dated_mid_sentence(ctx, index):
                continue  # "Led the NetSuite implementation (go-live April 2023) on time" under an undated title
            if dated:
                found = ctx.line_dates[index]
                ranges = [d for d in found if d.is_range]
                pick = (ranges or found)[-1]
                if current.dates is None or not current.dates.is_range:
                    current.dates = pick  # a range the header gave first stays: "(2021–2024)" in a line below is told
    return entries


# A role's line of tags after its bullets: "Tags Dataiku Snowflake", "Technologies: ...",
# "Stack  Python" (a label set apart by a colon, a tab or a wider space), not a title that
# starts with such a word ("Stack Overflow Inc.", "Tools Engineer, Valve")
_TAG_LINE = re.compile(r"\s*(?:tags\b|(?:technolog(?:y|ies)(?: used)?|tech(?:nical)? stack|stack|tools(?: used)?"
                       r"|environment|keywords|skills used)(?:\s*:|\t| {2,}))", re.IGNORECASE)
_ABBREVIATED_END = re.compile(r"(?:^|[\s,])[A-Z][A-Za-z]{0,3}\.$")  # "Inc.", "Ltd.", "Co."


def _tells_what_was_done(ctx: ResumeLayout, index: int) -> bool:
    """A dated line under a dated role that is not the next role: an achievement a template
    drew without a bullet glyph ("Led the NetSuite implementation (go-live April 2023)",
    "Rebuilt the venue's events offer in 2020, ..."), or the end of the sentence before it
    ("completed 2023).", "£62m in 2023.")."""
    from skillgap.language import opening_verb

    text = ctx.line_text(ctx.lines[index]).strip()
    if not text:
        return False
    if _goes_on(ctx, index):
        return True
    verb = opening_verb(text)
    if len(text.split()) < _SENTENCE_WORDS:
        return False
    undated = text
    for found in ctx.line_dates[index]:
        undated = undated.replace(found.text, " ")
    if len(undated.split()) < _SENTENCE_WORDS and (verb is None or text.split()[0].lower().endswith("ing")):
        return False  # "Underwriting Assistant Aug. 2014 – May 2016": a title and its dates
    # a sentence, not a title: it opens with a verb, or it ends like one in lower-case words
    return verb is not None or (text.endswith(".") and not titleish(text))


def _dated_mid_sentence(ctx: ResumeLayout, index: int) -> bool:
    """A line that tells what was done (`_tells_what_was_done`) with a single date inside it,
    words going on after the date ("Led the NetSuite implementation (go-live April 2023) on
    time and £40k"): the date is told, not a role's, which stand at a line's start or end."""
    line = ctx.lines[index]
    text = ctx.line_text(line)
    found = ctx.line_dates[index]
    return all(not d.is_range and len(text[d.span_end - line.start :].split()) >= 2 for d in found) \
        and _tells_what_was_done(ctx, index)


def _told_under_a_range(ctx: ResumeLayout, index: int, entry: Entry) -> bool:
    """A line with a single date told as prose (after "in", "during", ... or in brackets,
    no title; or after a lower-case verb in the past: "..., NC promoted Aug 2019"), under a role its
    header already dates with a range: what happened in that
    role ("Supervisor: Company closed in 2020 — contact not available", "qualified with the
    General" / "Optical Council (2017)."), or a year inside that range (`_inside_the_range`),
    not the next role ("Intern, Some company Summer 2017" is one)."""
    found = ctx.line_dates[index]
    if entry.dates is None or not entry.dates.is_range or any(d.is_range for d in found):
        return False
    line = ctx.lines[index]
    text = ctx.line_text(line)
    told = all(_TOLD_BEFORE.search(text[: d.span_start - line.start]) for d in found)
    after_a_verb = all(_PAST_VERB_BEFORE.search(text[: d.span_start - line.start]) for d in found)
    return (told and not titleish(text.strip())) or after_a_verb or _inside_the_range(entry.dates, found)


# A verb told in the past, in lower case, right before the date, which no title has:
# "..., Raleigh, NC promoted Aug 2019", "transferred 2018" ("Some tech company Summer 2017" is a title)
_PAST_VERB_BEFORE = re.compile(r"(?<![\w-])[a-z]{2,}ed\s+$")


def _inside_the_range(dates: DateRange, found: list[DateRange]) -> bool:
    """A year alone, after the start and before the end of the range of the role above it,
    no bullet between: when something happened in that role ("9 Regiment RLC, Hullavington;
    Op SHADER (Iraq) 2018" under "Sergeant 2016 – 2021"), not a role of its own."""
    if dates.end is None or len(found) != 1 or found[0].start.month is not None or found[0].start.season:
        return False
    return dates.start.year < found[0].start.year < dates.end.year


def _goes_on(ctx: ResumeLayout, index: int) -> bool:
    """The line ends the sentence of the line before: it starts in lower case or with a
    symbol ("completed 2023).", "£62m in 2023."), or with a number after a line that breaks
    off ("2018)." after "... completed in")."""
    text = ctx.line_text(ctx.lines[index]).strip()
    if not text:
        return False
    if not text[0].isupper() and not text[0].isdigit():
        return True
    before = ctx.line_text(ctx.lines[index - 1]).rstrip() if index else ""
    return text[0].isdigit() and bool(before) and not before.endswith((".", ":", ";")) \
        and bool(_ENDS_SENTENCE.search(text))


_ENDS_SENTENCE = re.compile(r"[.)]\s*$")


def _runs_on(ctx: ResumeLayout, index: int) -> bool:
    """A line after a bullet that goes on with it: it ends a sentence or starts in lower
    case or with punctuation, and is no title ("(national average 82%).", "$38M a year).")."""
    text = ctx.line_text(ctx.lines[index]).strip()
    if not text or _ABBREVIATED_END.search(text) or (titleish(text) and not text.endswith(".")):
        return False  # "Employer 2, Inc." is the next role's title
    return not text[:1].isupper() or text.endswith((".", ";", ")", ":")) or len(text.split()) > 12


def _dates_of_first_bullet(ctx: ResumeLayout, index: int) -> DateRange | None:
    """The dates of a short first bullet that is the role's title line, drawn with an icon."""
    if len(ctx.line_text(ctx.lines[index]).split()) > 12:
        return None
    found = ctx.line_dates[index]
    ranges = [d for d in found if d.is_range]
    return (ranges or found)[-1]


def _completes_dates(ctx: ResumeLayout, index: int, entry: Entry) -> bool:
    """A header line that gives a role, before its bullets, the rest of its dates: the other
    end of a range written down the margin ("2020" over "2022"), "to now" under "2021—
    Senior Event Manager", or the range under a timeline's badge ("2024" over "Deputy
    Captain" and "NSW RFS · Since 2021")."""
    if entry.bullets:
        return False
    if index in ctx.line_dates:
        return _closes_range(ctx, index, entry) or _dated_under_badge(ctx, index, entry)
    return _runs_to_present(ctx, index, entry)


def _closes_range(ctx: ResumeLayout, index: int, entry: Entry) -> bool:
    """A line that is only a date, or "to" and a date, under a role dated with a single date
    and no bullets yet, is the other end of its range: the entry's dates become the range
    ("2020" over "2022" down a margin, "2017— Event Manager" over "to 2021", or the end over
    the start: "2019 Q4" over "2016 Q2")."""
    found = ctx.line_dates[index]
    text = _END_SEPARATOR.sub("", ctx.line_text(ctx.lines[index]).strip(" |–—-"))
    if entry.dates is None or entry.dates.is_range or len(found) != 1 or found[0].is_range:
        return False
    if text != found[0].text:
        return False
    earlier = found[0].start.first_month() < entry.dates.start.first_month()
    if earlier and (found[0].start.style != entry.dates.start.style or any(
            titleish(ctx.line_text(line)) for line in entry.header[1:])):
        return False  # an earlier date under another title line is the next role's
    entry.header.append(ctx.lines[index])
    if earlier:
        entry.dates = replace(entry.dates, start=found[0].start, end=entry.dates.start)
    else:
        entry.dates = replace(entry.dates, end=found[0].start)
    return True


# The word that opens the end of a range on a line of its own: "to 2021" under "2017— Event Manager"
_END_SEPARATOR = re.compile(r"^(?:to|until|till)\s+", re.IGNORECASE)
_TO_PRESENT = re.compile(rf"^\s*(?:to|until|till|-{{1,2}}|[{DASH}])\s*(?:present|current|now|today|ongoing)\W*$",
                         re.IGNORECASE)


def _runs_to_present(ctx: ResumeLayout, index: int, entry: Entry) -> bool:
    """A line that is only the open end of a range ("to now", "– Present"), under a role
    dated with a single date and no bullets yet: the role runs from that date to now (a
    narrow date column that sets "2021—" beside the title and "to now" lines below)."""
    if entry.dates is None or entry.dates.is_range or not _TO_PRESENT.match(ctx.line_text(ctx.lines[index])):
        return False
    entry.header.append(ctx.lines[index])
    entry.dates = replace(entry.dates, current=True)
    return True


def _dated_under_badge(ctx: ResumeLayout, index: int, entry: Entry) -> bool:
    """A line with a range under a header that opens with a year alone on its line and has
    no other date: the year is a badge on a timeline ("2024" over "Deputy Captain" and
    "NSW Rural Fire Service · Since 2021"), not the role's; the range is the role's dates."""
    dates = entry.dates
    ranges = [found for found in ctx.line_dates[index] if found.is_range]
    if dates is None or dates.is_range or not ranges:
        return False
    badge = entry.header[0]
    if ctx.line_text(badge).strip() != dates.text or any(
            ctx.line_index(line.start) in ctx.line_dates for line in entry.header[1:]):
        return False
    entry.header = [*entry.header[1:], ctx.lines[index]]
    entry.dates = ranges[-1]
    return True


def _add_bullet(ctx: ResumeLayout, entry: Entry, index: int, bullet: Bullet) -> None:
    """A bullet line into its entry; a short dated first bullet is the role's title line,
    drawn with an icon ("• Title 3 | Jan 2020 – Present")."""
    if not entry.bullets and entry.dates is None and index in ctx.line_dates:
        entry.dates = _dates_of_first_bullet(ctx, index)
        if entry.dates is not None:
            entry.header.append(ctx.lines[index])
            return
    if not entry.bullets or entry.bullets[-1] is not bullet:
        entry.bullets.append(bullet)
