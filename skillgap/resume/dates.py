"""Dates and date ranges as résumés write them.

    Jan 2021 – Present        January 2021 - Current      Sept. 2019 to Mar 2020
    2019-03 to 2020-11        03/2019 - 12/2020           03.2019 – 12.2020
    Summer 2018               2017–2019                   Jan – Mar 2020
    since 2020                2019 - date                 Fall 2019 – Spring 2021
    Winter 2019/20            2012/Aug to Current         2020.12 – Present
    2019 Q2 – 2020 Q4         Q3 2021

Each date keeps its `style` (how it was written) so that mixed formats can be found, and
its precision (a year alone means "some time that year"). Offsets index into the text
given to `find_dates`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    # German and Spanish names that differ from the English ones (CVs written in German or
    # Spanish, and English ones that slip: "Sept 2021 – Dez 2024")
    "januar": 1, "februar": 2, "märz": 3, "mär": 3, "mai": 5, "juni": 6, "juli": 7, "okt": 10,
    "oktober": 10, "dez": 12, "dezember": 12,
    "ene": 1, "enero": 1, "febrero": 2, "marzo": 3, "abr": 4, "abril": 4, "mayo": 5, "junio": 6,
    "julio": 7, "ago": 8, "agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11, "dic": 12,
    "diciembre": 12,
}
# Months whose full name is short enough that style guides never abbreviate them (AP style):
# "June 2020" next to "Jan 2021" is consistent.
_SHORT_FULL = frozenset({"march", "april", "may", "june", "july"})
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}
QUARTERS = {"q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12)}
_PERIODS = SEASONS | QUARTERS

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
          r"|januar|februar|märz|mär|mai|juni|juli|okt(?:ober)?|dez(?:ember)?"
          r"|ene(?:ro)?|febrero|marzo|abr(?:il)?|mayo|junio|julio|ago(?:sto)?|septiembre|octubre|noviembre"
          r"|dic(?:iembre)?)")
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_YEAR = r"(?:19\d\d|20\d\d)"
# A year before 1950 is a date only as one end of a range ("1930 – Present") or with the
# name of its month or season ("January 1903"): alone or with a month number, a
# four-digit number from 1900 to 1949 is as likely a count ("1920 responses", "3/1920").
_EARLIEST_LONE_YEAR = 1950
# A quarter names its year beside it, with a capital Q: "2019 Q2", "Q3 2021"; a year
# before 1900 only where a date column starts the line ("1516 Q2 Assistant at ..."),
# not a count in prose ("processed 1200 Q1 claims")
_QYEAR = r"(?:1\d\d\d|20\d\d)"
_EARLIEST_QUARTER_IN_PROSE = 1900
_SHORT_YEAR = r"(?:['’]\d\d)"
_SPACED_YEAR = r"(?:19[ ][5-9]\d|20[ ]\d\d)(?!\d)"  # letter-spaced digits: "Okt. 20 11", "10.20 11"
_EDGE_BEFORE = r"(?<![\w$€£./-])"
_EDGE_AFTER = r"(?![\w%+/])"

_DATE = rf"""
(?:
    (?P<{{p}}mon>{_MONTH})\.?,?\s*(?P<{{p}}myear>{_YEAR}|{_SHORT_YEAR}|{_SPACED_YEAR})
  | (?P<{{p}}winter>winter)\s*,?\s*(?P<{{p}}wyear>{_YEAR})\s*[/–-]\s*(?P<{{p}}wyear2>{_YEAR}|\d\d)(?![\w/])
  | (?P<{{p}}season>{_SEASON})\s*,?\s*(?P<{{p}}syear>{_YEAR})
  | (?P<{{p}}ymyear>{_YEAR})/(?P<{{p}}ymmon>{_MONTH})\.?
  | (?P<{{p}}iyear>{_YEAR})(?P<{{p}}isep>[-./])(?P<{{p}}imon>0[1-9]|1[0-2])(?!\d)(?:-(?:0[1-9]|[12]\d|3[01]))?
      (?![-./]?\d)
  | (?P<{{p}}nmon>0?[1-9]|1[0-2])(?P<{{p}}nsep>[/.-])(?P<{{p}}nyear>{_YEAR}|{_SPACED_YEAR})
  | (?P<{{p}}smon>0?[1-9]|1[0-2])[ ](?P<{{p}}ssep>[/.])(?P<{{p}}syear2>{_SPACED_YEAR})
  | (?P<{{p}}qyear>{_QYEAR})[ ]?(?P<{{p}}quarter>(?-i:Q)[1-4])(?!\w)
  | (?P<{{p}}quarter2>(?-i:Q)[1-4])[ ]?(?P<{{p}}qyear2>{_QYEAR})(?!\d)
  | (?P<{{p}}year>{_YEAR})(?!\d)
)"""
_PRESENT = r"(?P<present>present|current(?:ly)?|now|today|ongoing|date|till\s+date|to\s+date)"
DASH = "\u2012\u2013\u2014\u2015\u2212"  # figure dash, en, em, horizontal bar, minus
_SEP = rf"\s*(?:-{{1,2}}|[{DASH}]|to|until|till|through|thru|→|~)\s*"
# A range left open at the end of its line, "2021–", "Mar 2019 –": it runs to the present
_OPEN_END = rf"(?P<open>[ \t]*(?:[{DASH}]|-{{1,2}})(?=[ \t]*(?:\n|$)))"
_RANGE = re.compile(
    _EDGE_BEFORE
    + r"(?:(?P<from>from|since)\s+)?"
    + rf"(?:(?P<smon_only>{_MONTH})\.?(?={_SEP}{_MONTH}\.?,?\s*{_YEAR})|{_DATE.format(p='s')})"
    + rf"(?:{_SEP}(?:{_DATE.format(p='e')}|{_PRESENT}|(?P<short_end>\d\d)(?![\d%.,:/]\d|\d))|{_OPEN_END})?"
    + _EDGE_AFTER,
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class PartialDate:
    """A date as precise as it was written: a year, a season of a year, or a month."""

    year: int
    month: int | None = None  # 1..12
    season: str | None = None  # a season or a quarter ("q1".."q4")
    # month-abbr | month-full | month | iso | numeric-slash | numeric-dot | numeric-dash | season |
    # year-quarter | quarter-year | year
    style: str = "year"
    start: int = 0
    end: int = 0
    text: str = ""

    def first_month(self) -> int:
        """Months since year 0 of the earliest month this date can mean."""
        month = self.month or (_PERIODS[self.season][0] if self.season else 1)
        return self.year * 12 + month - 1

    def last_month(self) -> int:
        """... and of the latest."""
        if self.month:
            return self.year * 12 + self.month - 1
        if self.season:
            first, last = _PERIODS[self.season]
            return (self.year + (last < first)) * 12 + last - 1
        return self.year * 12 + 11

    @property
    def precise(self) -> bool:
        return self.month is not None


@dataclass(frozen=True)
class DateRange:
    """`start` alone is a single date ("May 2020"); `current` means "– Present"."""

    start: PartialDate
    end: PartialDate | None
    current: bool
    span_start: int
    span_end: int
    text: str

    @property
    def is_range(self) -> bool:
        return self.end is not None or self.current

    def end_month(self, today: date) -> int:
        if self.current:
            return month_index(today)
        return (self.end or self.start).last_month()

    def start_month(self) -> int:
        return self.start.first_month()

    def dates(self) -> tuple[PartialDate, ...]:
        return (self.start,) if self.end is None else (self.start, self.end)


def _style_of_month(written: str) -> str:
    word = written.lower().rstrip(".")
    if word in _SHORT_FULL:
        return "month"  # neutral: fits with either abbreviated or full names
    if len(word) <= 4:
        return "month-abbr"
    return "month-full"


def _date(match: re.Match[str], prefix: str, year_hint: int | None = None) -> PartialDate | None:
    def group(name: str) -> str | None:
        return match.group(prefix + name)

    def span(name: str) -> tuple[int, int]:
        return (match.start(prefix + name), match.end(prefix + name))

    if group("mon"):
        year_text = group("myear")
        year = int(year_text.replace(" ", "")) if year_text[0].isdigit() else _expand_short_year(year_text)
        month = MONTHS[group("mon").lower().rstrip(".")]
        start, end = match.start(prefix + "mon"), match.end(prefix + "myear")
        style = _style_of_month(group("mon")) + ("-short-year" if not year_text[0].isdigit() else "")
        return PartialDate(year, month, None, style, start, end, match.string[start:end])
    if group("winter") and _next_year(group("wyear"), group("wyear2")):
        # "Winter 2019/20", "Winter 2019–2020": the one season that straddles two years
        start, end = match.start(prefix + "winter"), match.end(prefix + "wyear2")
        return PartialDate(int(group("wyear")), None, "winter", "season", start, end, match.string[start:end])
    if group("winter"):  # "Winter 2019 – 2021": a range from that winter, read as its first year
        start, end = match.start(prefix + "winter"), match.end(prefix + "wyear")
        return PartialDate(int(group("wyear")), None, "winter", "season", start, end, match.string[start:end])
    if group("season"):
        start, end = match.start(prefix + "season"), match.end(prefix + "syear")
        return PartialDate(int(group("syear")), None, group("season").lower(), "season", start, end,
                           match.string[start:end])
    if group("ymyear"):  # "2012/Aug"
        start, end = match.start(prefix + "ymyear"), match.end(prefix + "ymmon")
        month = MONTHS[group("ymmon").lower().rstrip(".")]
        return PartialDate(int(group("ymyear")), month, None, "year-month-name", start, end, match.string[start:end])
    if group("iyear"):
        start, end = match.start(prefix + "iyear"), match.end(prefix + "imon")
        style = {"-": "iso", ".": "year-dot-month", "/": "year-slash-month"}[group("isep")]
        return PartialDate(int(group("iyear")), int(group("imon")), None, style, start, end, match.string[start:end])
    if group("nmon"):
        start, end = match.start(prefix + "nmon"), match.end(prefix + "nyear")
        style = {"/": "numeric-slash", ".": "numeric-dot", "-": "numeric-dash"}[group("nsep")]
        return PartialDate(int(group("nyear").replace(" ", "")), int(group("nmon")), None, style, start, end,
                           match.string[start:end])
    if group("smon"):  # letter-spaced: "11 .20 11"
        start, end = match.start(prefix + "smon"), match.end(prefix + "syear2")
        style = {"/": "numeric-slash", ".": "numeric-dot"}[group("ssep")]
        return PartialDate(int(group("syear2").replace(" ", "")), int(group("smon")), None, style, start, end,
                           match.string[start:end])
    if group("qyear") or group("quarter2"):  # "2019 Q2", "Q2 2019"
        year, quarter, style = ((group("qyear"), group("quarter"), "year-quarter") if group("qyear")
                                else (group("qyear2"), group("quarter2"), "quarter-year"))
        start, end = (span("qyear")[0], span("quarter")[1]) if group("qyear") else (span("quarter2")[0],
                                                                                  span("qyear2")[1])
        return PartialDate(int(year), None, quarter.lower(), style, start, end, match.string[start:end])
    if group("year"):
        start, end = span("year")
        return PartialDate(int(group("year")), None, None, "year", start, end, match.string[start:end])
    return None


def _short_end(match: re.Match[str], start: PartialDate) -> PartialDate | None:
    """The end of a range of years written with its last two digits right after the dash:
    "2019–21", "1998–02" (None when a space comes first, "2018 – 45 new clients", or those two
    digits make no later year within a working life of the first)."""
    at = match.start("short_end")
    if start.style != "year" or match.string[at - 1].isspace():
        return None  # "2019 – 25 engineers": a count after a year, not a range
    two = int(match.group("short_end"))
    year = start.year - start.year % 100 + two
    if year <= start.year:
        year += 100
    if year - start.year > 40:
        return None
    stop = match.end("short_end")
    return PartialDate(year, None, None, "year", at, stop, match.string[at:stop])


def _next_year(first: str, second: str) -> bool:
    """"2019" then "2020" or "20": the second is the year after the first."""
    year = int(first)
    return int(second) == year + 1 if len(second) == 4 else int(second) == (year + 1) % 100


def _expand_short_year(text: str) -> int:
    two = int(text[1:])
    return 2000 + two if two < 70 else 1900 + two


def find_dates(text: str, base: int = 0) -> list[DateRange]:
    """Every date range and single date in `text`, in order; offsets are shifted by `base`
    (the offset of `text` in a larger document)."""
    found = [_shift(found, base) for found in _find(text)] if base else _find(text)
    return found


def _shift(found: DateRange, base: int) -> DateRange:
    def move(d: PartialDate | None) -> PartialDate | None:
        return None if d is None else replace(d, start=d.start + base, end=d.end + base)

    return replace(found, start=move(found.start), end=move(found.end),
                   span_start=found.span_start + base, span_end=found.span_end + base)


def _find(text: str) -> list[DateRange]:
    found = []
    for match in _RANGE.finditer(text):
        end = _date(match, "e")
        current = bool(match.group("present") or match.group("open"))
        if match.group("smon_only"):
            if end is None or end.month is None:
                continue
            start_pos, stop = match.start("smon_only"), match.end("smon_only")
            month = MONTHS[match.group("smon_only").lower().rstrip(".")]
            start = PartialDate(end.year, month, None, _style_of_month(match.group("smon_only")), start_pos, stop,
                                text[start_pos:stop])
        else:
            start = _date(match, "s")
            if start is None:
                continue
        span_end = match.end()
        if end is None and match.group("short_end"):
            end = _short_end(match, start)
            if end is None:  # "Jan 2019 – 21 staff": the date alone
                span_end = start.end
        if match.group("from") and match.group("from").lower() == "since" and end is None:
            current = True
        named = start.style.startswith("month") or start.season is not None
        if not named and start.year < _EARLIEST_LONE_YEAR and end is None and not current:
            continue
        if start.season in QUARTERS and start.year < _EARLIEST_QUARTER_IN_PROSE and text[: match.start()].strip():
            continue
        span_start = match.start("from") if match.group("from") else start.start
        found.append(DateRange(start, end, current, span_start, span_end, text[span_start:span_end].strip()))
    return found


def month_index(day: date) -> int:
    """Months since year 0, the unit of `PartialDate.first_month` / `last_month`."""
    return day.year * 12 + day.month - 1
