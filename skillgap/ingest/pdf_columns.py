"""Columns on a PDF page: words -> rows, and the gutter between two columns, if any.

A gutter is a vertical band of the page that (almost) no row of text crosses. An empty
band alone is not enough: a one-column résumé with short lines and right-aligned dates
("Software Engineer ...... Jan 2020 - Present") has an empty band from top to bottom, and
reading its dates as a second column would move every date away from its role. So a band
is a gutter only if, over the longest stretch of rows that keep off its middle:

- the stretch runs for a substantial part of the page's text (`MIN_RUN_SHARE`);
- each side holds enough lines (`MIN_SIDE_SHARE`) and its text spans at least
  `MIN_COLUMN_SHARE` of the page width (a year range is ~50 pt, a sidebar's text 90 pt
  or more);
- most lines of each side start at a shared left edge (`MIN_EDGE_SHARE`, allowing for
  bullets and hanging indents);
- each side is a stack of lines, most of them right below the previous one
  (`MIN_STACKED_SHARE`): dates beside role titles come one per role with bullets between;
- a side whose lines are right-aligned (right edges lined up more tightly than left
  edges) is a column only when it is a tight stack (`FLUSH_RIGHT_STACKED_SHARE`): a
  flush-right sidebar, not dates or labels pushed to a margin one per role.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

Word = dict[str, Any]  # a pdfplumber word: text, x0, x1, top, bottom, size, ...

# A gap between two words wider than this many font sizes is not a word space.
COLUMN_GAP = 1.2
MIN_GUTTER_WIDTH = 6.0  # points
MAX_CROSSING_SHARE = 0.12  # share of rows that may cross a gutter (full-width headers)
MIN_SIDE_SHARE = 0.15  # share of the stretch's rows that must have text on each side
MIN_RUN_SHARE = 0.4  # share of the page's text height the uncrossed stretch must cover
MIN_COLUMN_SHARE = 0.12  # share of the page width each column's text must span (73 pt on Letter)
MIN_EDGE_SHARE = 0.6  # share of a column's lines that start at its left edge
EDGE_SLACK = 1.6  # font sizes right of the edge still "at the edge" (bullets, indents)
ALIGNED = 1.5  # points: edges this close are lined up
STACK_GAP = 2.5  # font sizes: a line this close below the previous one of its side is stacked on it
MIN_STACKED_SHARE = 0.5  # share of a column's lines stacked on the one before
FLUSH_RIGHT_STACKED_SHARE = 0.75  # a flush-right side (a sidebar, not dates) is a tighter stack
# The gutter search keeps one counter per point of page width. PDF caps pages at 200 inches
# (14,400 pt); a wider (or infinite) page is read as one column instead of allocating more.
MAX_PAGE_WIDTH = 14_400.0

Span = tuple[float, float]


@dataclass
class Row:
    words: list[Word] = field(default_factory=list)

    @property
    def top(self) -> float:
        return min(w["top"] for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w["bottom"] for w in self.words)

    @property
    def size(self) -> float:
        return max(float(w.get("size") or 10.0) for w in self.words)


def group_rows(words: list[Word]) -> list[Row]:
    """Words with (nearly) the same baseline form a row; rows go top to bottom.

    The baseline, not the top: a bold label and the regular text after it on the same
    line ("Machine learning: scikit-learn") have tops 2 pt apart (their fonts' boxes
    differ), enough to put them in different rows beside a column whose lines fall
    between. Words without a `baseline` (set by the PDF reader) use their bottom.
    """
    rows: list[Row] = []
    anchor = 0.0
    for word in sorted(words, key=lambda w: (round(_baseline(w), 1), w["x0"])):
        size = float(word.get("size") or 10.0)
        if rows and abs(_baseline(word) - anchor) <= 0.45 * max(size, rows[-1].size):
            rows[-1].words.append(word)
        else:
            rows.append(Row([word]))
            anchor = _baseline(word)
    for row in rows:
        row.words.sort(key=lambda w: w["x0"])
    return rows


def _baseline(word: Word) -> float:
    return word.get("baseline", word["bottom"])


def crossing_spans(row: Row) -> list[Span]:
    """x ranges a row's text flows over: words, and ordinary spaces between them."""
    spans: list[Span] = []
    for word in row.words:
        start, end = word["x0"], word["x1"]
        if spans and start - spans[-1][1] <= COLUMN_GAP * row.size:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def find_gutter(rows: list[Row], page_width: float) -> tuple[float, float] | None:
    """The widest band between two real columns (see the module docstring), or None."""
    if len(rows) < 6 or not 0 < page_width <= MAX_PAGE_WIDTH:  # also False for NaN
        return None
    width = int(page_width) + 1
    crossing = [0] * width
    row_spans = [crossing_spans(row) for row in rows]
    for spans in row_spans:
        for start, end in spans:
            if not (math.isfinite(start) and math.isfinite(end)):
                continue
            for x in range(max(0, int(start)), min(width, int(end) + 1)):
                crossing[x] += 1
    limit = max(1, int(MAX_CROSSING_SHARE * len(rows)))
    lo, hi = int(page_width * 0.12), int(page_width * 0.88)
    bands: list[tuple[float, float]] = []
    x = lo
    while x < hi:
        if crossing[x] > limit:
            x += 1
            continue
        start = x
        while x < hi and crossing[x] <= limit:
            x += 1
        if x - start >= MIN_GUTTER_WIDTH:
            bands.append((float(start), float(x)))
    for band in sorted(bands, key=lambda b: b[0] - b[1]):  # widest first
        if _is_gutter(rows, row_spans, band, page_width):
            return band
    return None


def _is_gutter(rows: list[Row], row_spans: list[list[Span]], band: tuple[float, float], page_width: float) -> bool:
    middle = (band[0] + band[1]) / 2
    run = _longest_uncrossed_run(row_spans, middle)
    if not run:
        return False
    text_height = max(r.bottom for r in rows) - min(r.top for r in rows)
    if rows[run[-1]].bottom - rows[run[0]].top < MIN_RUN_SHARE * text_height:
        return False
    size = sorted(rows[i].size for i in run)[len(run) // 2]
    sides = []
    for keep in (lambda span: span[1] <= middle, lambda span: span[0] >= middle):
        side = [(rows[i].top, [s for s in row_spans[i] if keep(s)]) for i in run]
        sides.append([(top, spans) for top, spans in side if spans])
    if not _is_column(sides[0], len(run), size, page_width):
        return False
    if _is_column(sides[1], len(run), size, page_width):
        return True
    # Beside a flush-right sidebar, the main column may have two left edges of its own
    # (dates, then the text beside them).
    return _flush_right(sides[0]) and _is_column(sides[1], len(run), size, page_width, edges=2)


def _flush_right(lines: list[tuple[float, list[Span]]]) -> bool:
    lefts = [spans[0][0] for _, spans in lines]
    rights = [spans[-1][1] for _, spans in lines]
    return _aligned_share(rights) >= 0.8 and _aligned_share(rights) > _aligned_share(lefts)


def _longest_uncrossed_run(row_spans: list[list[Span]], middle: float) -> list[int]:
    """Indices of the longest stretch of consecutive rows whose text stays off the band's
    middle (what `reading_order` reads as two columns)."""
    low, high = middle - MIN_GUTTER_WIDTH / 2, middle + MIN_GUTTER_WIDTH / 2
    best: list[int] = []
    current: list[int] = []
    for index, spans in enumerate(row_spans):
        if any(s < high and e > low for s, e in spans):
            current = []
            continue
        current.append(index)
        if len(current) > len(best):
            best = current
    return best


def _is_column(lines: list[tuple[float, list[Span]]], run_rows: int, size: float, page_width: float,
               edges: int = 1) -> bool:
    """The pieces of text on one side of a band (top, spans per row) read as a column?
    (`edges`: how many shared left edges its lines may start at.)"""
    lines = [(top, spans) for top, spans in lines if math.isfinite(top + spans[0][0] + spans[-1][1])]
    if len(lines) < max(3, MIN_SIDE_SHARE * run_rows):
        return False
    lefts = [spans[0][0] for _, spans in lines]
    rights = [spans[-1][1] for _, spans in lines]
    edge = _densest_edge(lefts, EDGE_SLACK * size)
    if max(rights) - min(edge, min(lefts)) < MIN_COLUMN_SHARE * page_width:
        return False
    at_edge = sum(edge - ALIGNED <= x <= edge + EDGE_SLACK * size for x in lefts)
    if edges == 2:
        others = [x for x in lefts if not edge - ALIGNED <= x <= edge + EDGE_SLACK * size]
        second = _densest_edge(others, EDGE_SLACK * size) if others else edge
        at_edge += sum(second - ALIGNED <= x <= second + EDGE_SLACK * size for x in others)
    flush_right = _flush_right(lines)
    if at_edge < MIN_EDGE_SHARE * len(lines) and not flush_right:
        return False
    # A column is a stack of lines; dates or labels beside a role title are one line
    # each, with the role's bullets between them.
    tops = [top for top, _ in lines]
    stacked = sum(b - a <= STACK_GAP * size for a, b in itertools.pairwise(tops))
    if stacked < MIN_STACKED_SHARE * (len(lines) - 1):
        return False
    # Right-aligned pieces (dates) line up on the right and wander on the left; a sidebar
    # set flush right is a stack of them, one right below the other.
    return not flush_right or stacked >= FLUSH_RIGHT_STACKED_SHARE * (len(lines) - 1)


def _densest_edge(xs: list[float], slack: float) -> float:
    """The left edge that the most lines start at or just right of."""
    ordered = sorted(xs)
    best, best_count = ordered[0], 0
    for x in ordered:
        count = bisect.bisect_right(ordered, x + slack) - bisect.bisect_left(ordered, x - ALIGNED)
        if count > best_count:
            best, best_count = x, count
    return best


def _aligned_share(xs: list[float]) -> float:
    """Share of values within ALIGNED points of the most common one."""
    counts = Counter(round(x / ALIGNED) for x in xs)
    key, _ = counts.most_common(1)[0]
    return sum(abs(round(x / ALIGNED) - key) <= 1 for x in xs) / len(xs)
