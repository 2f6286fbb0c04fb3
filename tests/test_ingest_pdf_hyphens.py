"""Joining words that a PDF hyphenated at a line end (`skillgap/ingest/pdf_hyphens.py`)."""

import pytest

from skillgap.ingest.pdf_hyphens import rejoin_hyphenated
from skillgap.ingest.pdf_layout import PlacedLine
from skillgap.types import LineOrigin


def _line(text, column=0, origin=LineOrigin.BODY):
    return PlacedLine([{"text": word, "x0": 0.0, "x1": 1.0, "top": 0.0, "bottom": 1.0} for word in text.split()],
                      column, origin)


def _texts(lines):
    return [" ".join(w["text"] for w in line.words) for _, line in lines]


JOINS = [
    # (first line, second line, the lines after joining)
    ("cutting infras-", "tructure cost by 28%", ["cutting infrastructure", "cost by 28%"]),
    ("recommenda-", "tion models", ["recommendation", "models"]),
    ("the moni-", "toring dashboards.", ["the monitoring", "dashboards."]),
    ("deployed on Kuber-", "netes clusters", ["deployed on Kubernetes", "clusters"]),
    ("a data-", "driven culture", ["a data-driven", "culture"]),
    ("with scikit-", "learn and pandas", ["with scikit-learn", "and pandas"]),
    ("end-to-", "end tests", ["end-to-end", "tests"]),
    ("grew e-", "commerce sales", ["grew e-commerce", "sales"]),
    ("to non-", "technical teams", ["to non-technical", "teams"]),
    ("and cross-", "functional work", ["and cross-functional", "work"]),
    ("and pre-", "sented results", ["and presented", "results"]),
    ("the infras-", "tructure.", ["the infrastructure."]),  # the second line is gone
]


@pytest.mark.parametrize("first,second,expected", JOINS, ids=[row[0] + row[1] for row in JOINS])
def test_pdf_hyphens_join(first, second, expected):
    assert _texts(rejoin_hyphenated([(1, _line(first)), (1, _line(second))])) == expected


NOT_JOINED = [
    ("Skills -", "python"),  # a dash alone, not a broken word
    ("cutting infras-", "Tructure"),  # the next line starts a sentence
    ("2019-", "2021"),  # a range of years
    ("Managed the team", "and budget"),  # no hyphen
    ("See page-", "• Built a tool"),  # a new bullet
]


@pytest.mark.parametrize("first,second", NOT_JOINED)
def test_pdf_hyphens_leave_other_line_ends(first, second):
    assert _texts(rejoin_hyphenated([(1, _line(first)), (1, _line(second))])) == [first, second]


def _placed(*words, size=15.0):
    """A line of (text, x0, x1) words of one size."""
    return PlacedLine([{"text": t, "x0": a, "x1": b, "top": 0.0, "bottom": size, "size": size} for t, a, b in words], 0)


def test_pdf_hyphens_join_a_heading_in_capitals_whose_hyphen_stands_apart():
    """A letter-spaced heading broken at a soft hyphen: Chromium draws "INSTRU", its letter
    spacing, then U+2010; the heading goes on in capitals on the next line."""
    lines = [(1, _placed(("INSTRU", 36.0, 94.7), ("\u2010", 95.3, 100.0))), (1, _placed(("MENTATION", 36.0, 128.0)))]
    assert _texts(rejoin_hyphenated(lines)) == ["INSTRUMENTATION"]


def test_pdf_hyphens_leave_a_dash_after_a_word_space():
    """"Manager -" with a word space before the dash, over "LONDON": a dash, not a break."""
    lines = [(1, _placed(("Manager", 0.0, 60.0), ("-", 64.5, 69.0))), (1, _placed(("LONDON", 0.0, 50.0)))]
    assert _texts(rejoin_hyphenated(lines)) == ["Manager -", "LONDON"]
    capitals = [(1, _placed(("SALES", 0.0, 40.0), ("-", 44.5, 49.0))), (1, _placed(("LONDON", 0.0, 50.0)))]
    assert _texts(rejoin_hyphenated(capitals)) == ["SALES -", "LONDON"]


def test_pdf_hyphens_stay_within_a_column():
    lines = [(1, _line("in the side-", column=0)), (1, _line("bar text", column=1))]
    assert _texts(rejoin_hyphenated(lines)) == ["in the side-", "bar text"]


def test_pdf_hyphens_join_across_pages():
    lines = rejoin_hyphenated([(1, _line("improved the infras-")), (2, _line("tructure of"))])
    assert _texts(lines) == ["improved the infrastructure", "of"]
    assert [page for page, _ in lines] == [1, 2]
