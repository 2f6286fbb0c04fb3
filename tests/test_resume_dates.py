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
    ("1930 - Present", (1930, None), None, True, "year"),  # before 1950: as a range only
    ("January 1903", (1903, 1), None, False, "month-full"),  # or with its month
    ("2019 Q2 – 2020 Q4", (2019, None), (2020, None), False, "year-quarter"),
    ("Q3 2021 to Present", (2021, None), None, True, "quarter-year"),
    ("Senior Heating Engineer 2021–", (2021, None), None, True, "year"),  # left open at the line's end (b116)
    ("Mar 2019 –\nWildflower Studio", (2019, 3), None, True, "month-abbr"),
    ("In 2019 - we moved", (2019, None), None, False, "year"),  # a dash with words after it closes nothing
    # every dash a template sets (b134-railsignaller-dashes): figure dash, horizontal bar, minus sign
    ("Customer Service Assistant 2011\u20122013", (2011, None), (2013, None), False, "year"),
    ("Dec 2009 \u2015 Feb 2011", (2009, 12), (2011, 2), False, "month-abbr"),
    ("Jan 2020 \u2212 Present", (2020, 1), None, True, "month-abbr"),
    # a range of years whose end keeps its last two digits (b152, b153): "2019–21", over a century too
    ("2015–19 Assistant Curator, Textiles", (2015, None), (2019, None), False, "year"),
    ("Analyst 1998\u201302", (1998, None), (2002, None), False, "year"),  # ("1998-02" is ISO: Feb 1998)
    ("Jan 2019 – 21 staff", (2019, 1), None, False, "month-abbr"),  # after a month: no short year
    ("Sales 2018 – 45 new clients", (2018, None), None, False, "year"),  # a count after a spaced dash
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
    "in 20 11 cities",
    "Answered 1930 calls a month",  # a year before 1950 alone is a count
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


@pytest.mark.parametrize(("text", "start", "end", "current", "style"), [
    ("03/2017–12/2018", (2017, 3), (2018, 12), False, "numeric-slash"),
    ("2012/Aug to Current", (2012, 8), None, True, "year-month-name"),
    ("2020.12 – Present", (2020, 12), None, True, "year-dot-month"),
    ("Jan 2019 – Present", (2019, 1), None, True, "month-abbr"),
    ("Okt. 2011 - Juni 2016", (2011, 10), (2016, 6), False, "month-abbr"),
    ("Sept 2021 – Dez 2024", (2021, 9), (2024, 12), False, "month-abbr"),
    # letter-spaced headings in a PDF split the year's digits (Hoene84/CeeVee in resume-dev)
    ("OKT. 20 11 - JUNI 2016", (2011, 10), (2016, 6), False, "month-abbr"),
    ("10.20 11 - 06.2016", (2011, 10), (2016, 6), False, "numeric-dot"),
    ("09.2008 - 11 .20 11", (2008, 9), (2011, 11), False, "numeric-dot"),
])
def test_more_real_world_ranges(text, start, end, current, style):
    found = _one(text)
    assert (found.start.year, found.start.month) == start
    assert (None if found.end is None else (found.end.year, found.end.month)) == end
    assert found.current is current and found.start.style == style


@pytest.mark.parametrize("text", ["Winter 2019/20", "Winter 2019–2020"])
def test_a_winter_over_two_years_is_one_season(text):
    found = _one(text)
    assert found.text == text and found.start.season == "winter" and not found.is_range
    assert found.start.first_month() == month_index(date(2019, 12, 1))
    assert found.start.last_month() == month_index(date(2020, 2, 1))


def test_other_seasons_with_a_second_year_stay_ranges():
    found = _one("Summer 2018 – 2019")
    assert found.is_range and found.end is not None and found.end.year == 2019


def test_a_report_number_that_opens_like_an_iso_date_is_no_date():
    """b90-mecheng-leaders: "SAE Technical Paper 2023-01-5512" is a paper's number; the
    year-month it opens with is no date of the résumé ("2024-03-15" still is)."""
    texts = [d.text for d in find_dates("SAE Technical Paper 2023-01-5512, 2023. Started 2024-03-15")]
    assert "2023-01" not in texts and "2024-03-15" in texts
