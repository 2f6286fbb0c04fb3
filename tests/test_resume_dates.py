"""Date ranges as résumés write them."""

from __future__ import annotations

from datetime import date

import pytest

from skillgap.resume.dates import find_dates, month_index


def _one(text):
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "start", "end", "current", "style"), [
    ("Jan 2021 – Present", (2021, 1), None, True, "month-abbr"),
    ("January 2021 - Current", (2021, 1), None, True, "month-full"),
    ("Sept. 2019 to Mar 2020", (2019, 9), (2020, 3), False, "month-abbr"),
    ("2019-03 to 2020-11", (2019, 3), (2020, 11), False, "iso"),
    ("03/2019 - 12/2020", (2019, 3), (2020, 12), False, "numeric-slash"),
    ("03.2019 – 12.2020", (2019, 3), (2020, 12), False, "numeric-dot"),
    ("Summer 2018", (2018, None), None, False, "season"),
    ("2017–2019", (2017, None), (2019, None), False, "year"),
    ("2017 - Present", (2017, None), None, True, "year"),
    ("Jan – Mar 2020", (2020, 1), (2020, 3), False, "month-abbr"),
    ("since 2020", (2020, None), None, True, "year"),
    ("Jun 2015 — Aug 2016", (2015, 6), (2016, 8), False, "month-abbr"),
    ("May 2020", (2020, 5), None, False, "month"),
    ("Jan '19 - Mar '20", (2019, 1), (2020, 3), False, "month-abbr-short-year"),
])
def test_dates_ranges(text, start, end, current, style):
    found = _one(text)
    assert (found.start.year, found.start.month) == start
    assert ((found.end.year, found.end.month) if found.end else None) == end
    assert found.current is current
    assert found.start.style == style


@pytest.mark.parametrize("text", [
    "Call +1 415 555 0199",
    "Python 3.11 and ISO 9001",
    "Managed 1200 accounts",
    "v2019.03.1",
])
def test_dates_not_dates(text):
    assert find_dates(text) == []


def test_dates_offsets_index_into_the_text():
    text = "Engineer, Acme | Jan 2020 – Present"
    found = _one(text)
    assert text[found.span_start : found.span_end] == "Jan 2020 – Present"
    shifted = find_dates(text, base=100)[0]
    assert shifted.start.start == found.start.start + 100


def test_dates_precision():
    found = _one("2015 – 2017")
    assert found.start.first_month() == month_index(date(2015, 1, 1))
    assert found.end.last_month() == month_index(date(2017, 12, 1))
    assert _one("Fall 2019").start.first_month() == month_index(date(2019, 9, 1))
    current = _one("Jan 2020 – Present")
    assert current.end_month(date(2024, 6, 15)) == month_index(date(2024, 6, 1))
