"""SG4xx: dates, the part of a résumé that recruiters check arithmetic on."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from skillgap.lint.context import LintContext
from skillgap.lint.findings import Hit
from skillgap.resume.dates import MONTHS, DateRange, PartialDate, month_index
from skillgap.resume.layout import Entry
from skillgap.types import SectionKind

K = SectionKind
_ABBR = {number: name.capitalize() for name, number in MONTHS.items() if len(name) == 3}
_FULL = {number: name.capitalize() for name, number in MONTHS.items() if len(name) > 3 or name == "may"}
_FULL[9] = "September"


def _family(style: str) -> tuple[str, str | None]:
    """(textual | numeric | neutral, the specific style or None when it fits any)."""
    if style.startswith("month"):
        return "textual", None if style == "month" else style
    if style in ("iso", "numeric-slash", "numeric-dot", "numeric-dash", "year-dot-month", "year-slash-month",
                 "year-month-name"):
        return "numeric", style
    return "neutral", None


def _render(date: PartialDate, style: str) -> str:
    month = date.month or 1
    if style == "month-abbr":
        return f"{_ABBR[month]} {date.year}"
    if style == "month-full":
        return f"{_FULL[month]} {date.year}"
    if style == "month-abbr-short-year":
        return f"{_ABBR[month]} '{date.year % 100:02d}"
    if style == "iso":
        return f"{date.year}-{month:02d}"
    if style == "numeric-slash":
        return f"{month:02d}/{date.year}"
    if style == "numeric-dot":
        return f"{month:02d}.{date.year}"
    if style == "numeric-dash":
        return f"{month:02d}-{date.year}"
    if style == "year-dot-month":
        return f"{date.year}.{month:02d}"
    if style == "year-slash-month":
        return f"{date.year}/{month:02d}"
    if style == "year-month-name":
        return f"{date.year}/{_ABBR[month]}"
    return date.text


_NOT_TIMELINE = frozenset({K.PREAMBLE, K.CONTACT})  # a date of birth is not a role's or a degree's date


_SPACED = re.compile(r"\d \.?\d")


# "(go-live April 2023)", "... delivered in March 2021": not "expires 10/2025", "member since 2016"
_IN_PROSE = re.compile(r"(?:\b(?:in|during|across|by|of|after|before|around|throughout)|\([^\s)]+)\s*$")
PROSE_WORDS = 6


def _told_in_prose(ctx: LintContext, found) -> bool:
    """A single date inside a sentence of a bullet ("Led the NetSuite implementation (go-live
    April 2023)") is what happened then, not one of the résumé's date fields."""
    if found.is_range:
        return False
    line = ctx.line_at(found.span_start)
    text = ctx.line_text(line)
    return len(text.split()) >= PROSE_WORDS and bool(_IN_PROSE.search(text[: found.span_start - line.start]))


def mixed_date_formats(ctx: LintContext) -> Iterator[Hit]:
    written = [d for found in ctx.dates if not _told_in_prose(ctx, found)
               for d in found.dates() if ctx.kind_at(d.start) not in _NOT_TIMELINE]
    families = Counter(_family(d.style)[0] for d in written if _family(d.style)[0] != "neutral")
    specific = Counter(_family(d.style)[1] for d in written if _family(d.style)[1])
    if len(families) + len(specific) <= 1 or not families:
        return
    main_family = families.most_common(1)[0][0]
    candidates = [(count, style) for style, count in specific.items() if _family(style)[0] == main_family]
    main_style = max(candidates)[1] if candidates else None
    same = [d.text for d in written if d.style == main_style]
    # an example written as the style is usually written, not letter-spaced ("Okt. 20 11")
    example = next((t for t in same if not _SPACED.search(t)), same[0] if same else None)
    reported_lines = set()
    # one finding a line: a date written plainly before a letter-spaced one ("10.20 11")
    for date in sorted(written, key=lambda d: bool(_SPACED.search(d.text))):
        family, style = _family(date.style)
        if family == "neutral":
            continue
        if family == main_family and (style is None or main_style is None or style == main_style):
            continue
        index = ctx.line_index(date.start)
        if index in reported_lines:
            continue
        reported_lines.add(index)
        target = main_style or ("month-abbr" if main_family == "textual" else "numeric-slash")
        like = f" (like “{example}”)" if example else ""
        yield Hit(date.start, date.end, f"date “{date.text}” is written differently from most dates in the "
                                        f"résumé{like}", f"write it as “{_render(date, target)}”")


def _anchor(ctx: LintContext, entry: Entry) -> tuple[int, int]:
    line = entry.header[0] if entry.header else ctx.line_at(entry.bullets[0].start)
    return line.start, line.end


def role_without_dates(ctx: LintContext) -> Iterator[Hit]:
    for entry in ctx.roles:
        if entry.section is not K.EXPERIENCE or not entry.bullets or entry.dates is not None:
            continue
        if not entry.header:
            continue  # bullets straight under a heading, or an employer drawn as a bullet above its role: no role
        start, end = _anchor(ctx, entry)
        yield Hit(start, end, f"role “{ctx.role_title(entry)}” has no dates",
                  "add a start and end month: “Jan 2020 – Mar 2023”")


def end_before_start(ctx: LintContext) -> Iterator[Hit]:
    for found in ctx.dates:
        if found.end is not None and found.end.last_month() < found.start.first_month():
            # at the end date: the range's own text may not exist in the source (JSON Resume
            # keeps startDate and endDate apart), the end date does
            yield Hit(found.end.start, found.end.end, f"“{found.text}” ends before it starts",
                      "check the years: the start date comes first")


_FUTURE_OK = re.compile(r"expect|anticipat|expir|valid|until|due|candidate|pending|renew|exp\.", re.IGNORECASE)
_FUTURE_SECTIONS = frozenset({K.EDUCATION, K.CERTIFICATIONS})


def future_date(ctx: LintContext) -> Iterator[Hit]:
    now = month_index(ctx.today)
    for found in ctx.dates:
        if ctx.kind_at(found.span_start) in _FUTURE_SECTIONS:
            continue
        line = ctx.line_at(found.span_start)
        if _FUTURE_OK.search(ctx.text[line.start : found.span_start]):
            continue
        for date in found.dates():
            if not found.is_range and not date.precise:
                continue  # a lone year ("Vision 2030") is not a date of the résumé
            if date.first_month() > now:
                yield Hit(date.start, date.end, f"“{date.text}” is in the future", "check the year")
                break


def employment_gap(ctx: LintContext) -> Iterator[Hit]:
    limit = ctx.option("gap-months")
    roles = sorted(
        (entry for entry in ctx.roles
         if entry.section is K.EXPERIENCE and entry.dates is not None and not _event_row(ctx, entry.dates)),
        key=lambda entry: entry.dates.start_month(),  # type: ignore[union-attr]
    )
    if len(roles) < 2:
        return
    # ranges outside the roles (study, volunteering), and a degree's single date: studying
    # until the graduation ("B.B.A. 2018" after a 2017 summer internship)
    others = [found for found in ctx.dates
              if (found.is_range and ctx.kind_at(found.span_start) is not K.EXPERIENCE)
              or (not found.is_range and ctx.kind_at(found.span_start) is K.EDUCATION)]
    covered_until = roles[0].dates.end_month(ctx.today)  # type: ignore[union-attr]
    earlier = roles[0]
    for entry in roles[1:]:
        dates: DateRange = entry.dates  # type: ignore[assignment]
        gap = dates.start_month() - covered_until - 1
        if gap > limit and not _explained(others, covered_until + 1, dates.start_month() - 1, ctx):
            start, end = _anchor(ctx, entry)
            yield Hit(start, end, f"{gap} months between “{ctx.role_title(earlier)}” and “{ctx.role_title(entry)}” "
                                  "with nothing to explain the gap",
                      "add a line for the time between (study, caring, travel, a career break)")
        if dates.end_month(ctx.today) > covered_until:
            covered_until = dates.end_month(ctx.today)
            earlier = entry


def _explained(others: list[DateRange], first: int, last: int, ctx: LintContext) -> bool:
    for found in others:
        if found.start_month() <= last and found.end_month(ctx.today) >= first:
            return True
    return False


def single_date_role(ctx: LintContext) -> Iterator[Hit]:
    for entry in ctx.roles:
        if entry.section is not K.EXPERIENCE or entry.dates is None or entry.dates.is_range:
            continue
        if entry.dates.start.season is not None:
            continue  # "Summer 2017", "2019 Q2": a span of months, a summer job's usual dates
        if _event_row(ctx, entry.dates) or _seasonal(ctx, entry):
            continue
        yield Hit(entry.dates.span_start, entry.dates.span_end,
                  f"role “{ctx.role_title(entry)}” is dated “{entry.dates.text}” only",
                  "give a start and an end: “Mar 2019 – Nov 2019”")


_SEASON_WORD = re.compile(r"\b(?:summers?|winters?|seasonal|holidays?|vacation)\b", re.IGNORECASE)


def _seasonal(ctx: LintContext, entry: Entry) -> bool:
    """A seasonal job told as one: "Research Assistant (summer), 2015", "Intern, Summers 2013
    & 2014" (years listed one by one): its dates are whole."""
    header = " ".join(ctx.line_text(line) for line in entry.header)
    years = {d.year for found in ctx.dates if any(line.start <= found.span_start < line.end for line in entry.header)
             for d in found.dates()}
    return bool(_SEASON_WORD.search(header)) or len(years) >= 2


_MONTH_COLUMN = re.compile(r"[ \t]+(?:[1-9]|1[0-2])[ \t]+\S")


def _event_row(ctx: LintContext, dates: DateRange) -> bool:
    """A row of a year / month / event table ("2018 4 joined Acme", "2023 12 left"), as
    Japanese résumé forms (rirekisho) write a career: each row is an event with its own
    date, a job runs from one row to another, so a row is not a role with one date."""
    if dates.is_range or dates.start.month is not None:
        return False
    return bool(_MONTH_COLUMN.match(ctx.text, dates.span_end))
