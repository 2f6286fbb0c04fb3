"""Reading order for PDF pages: words -> rows -> columns, found from the page's whitespace.

A two-column or sidebar résumé puts two unrelated lines at the same height; reading each
height across the page interleaves them. Instead we look for a gutter: a vertical band of
the page that (almost) no row of text crosses, with text on both sides. Rows that cross
it (a name or a summary across the top) are read as full-width; between two such rows,
the left column is read top to bottom, then the right one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

Word = dict[str, Any]  # a pdfplumber word: text, x0, x1, top, bottom, size, ...

# A gap between two words wider than this many font sizes is not a word space.
COLUMN_GAP = 1.2
MIN_GUTTER_WIDTH = 6.0  # points
MAX_CROSSING_SHARE = 0.12  # share of rows that may cross a gutter (full-width headers)
MIN_SIDE_SHARE = 0.15  # share of rows that must have text on each side
# The gutter search keeps one counter per point of page width. PDF caps pages at 200 inches
# (14,400 pt); a wider (or infinite) page is read as one column instead of allocating more.
MAX_PAGE_WIDTH = 14_400.0


@dataclass
class Row:
    words: list[Word] = field(default_factory=list)

    @property
    def top(self) -> float:
        return min(w["top"] for w in self.words)

    @property
    def size(self) -> float:
        return max(float(w.get("size") or 10.0) for w in self.words)


@dataclass
class PlacedLine:
    words: list[Word]
    column: int  # 0 = left or full width, 1 = right


def group_rows(words: list[Word]) -> list[Row]:
    """Words with (nearly) the same top form a row; rows go top to bottom."""
    rows: list[Row] = []
    for word in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        size = float(word.get("size") or 10.0)
        if rows and abs(word["top"] - rows[-1].top) <= 0.45 * max(size, rows[-1].size):
            rows[-1].words.append(word)
        else:
            rows.append(Row([word]))
    for row in rows:
        row.words.sort(key=lambda w: w["x0"])
    return rows


def _crossing_spans(row: Row) -> list[tuple[float, float]]:
    """x ranges a row's text flows over: words, and ordinary spaces between them."""
    spans: list[tuple[float, float]] = []
    for word in row.words:
        start, end = word["x0"], word["x1"]
        if spans and start - spans[-1][1] <= COLUMN_GAP * row.size:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def find_gutter(rows: list[Row], page_width: float) -> tuple[float, float] | None:
    """The widest vertical band few rows cross with text on both sides, or None."""
    if len(rows) < 6 or not 0 < page_width <= MAX_PAGE_WIDTH:  # also False for NaN
        return None
    width = int(page_width) + 1
    crossing = [0] * width
    row_spans = [_crossing_spans(row) for row in rows]
    for spans in row_spans:
        for start, end in spans:
            if not (math.isfinite(start) and math.isfinite(end)):
                continue
            for x in range(max(0, int(start)), min(width, int(end) + 1)):
                crossing[x] += 1
    limit = max(1, int(MAX_CROSSING_SHARE * len(rows)))
    lo, hi = int(page_width * 0.12), int(page_width * 0.88)
    best: tuple[float, float] | None = None
    x = lo
    while x < hi:
        if crossing[x] > limit:
            x += 1
            continue
        start = x
        while x < hi and crossing[x] <= limit:
            x += 1
        if x - start >= MIN_GUTTER_WIDTH and (best is None or x - start > best[1] - best[0]):
            if _both_sides_used(row_spans, start, x, len(rows)):
                best = (float(start), float(x))
    return best


def _both_sides_used(row_spans, start: float, end: float, n_rows: int) -> bool:
    left = sum(any(e <= start for _, e in spans) for spans in row_spans)
    right = sum(any(s >= end for s, _ in spans) for spans in row_spans)
    need = max(3, MIN_SIDE_SHARE * n_rows)
    return left >= need and right >= need


def reading_order(words: list[Word], page_width: float) -> tuple[list[PlacedLine], int]:
    """Lines in reading order and the number of columns found (1 or 2)."""
    rows = group_rows(words)
    gutter = find_gutter(rows, page_width)
    if gutter is None:
        return [PlacedLine(row.words, 0) for row in rows], 1
    middle = (gutter[0] + gutter[1]) / 2
    out: list[PlacedLine] = []
    left: list[PlacedLine] = []
    right: list[PlacedLine] = []

    def flush() -> None:
        out.extend(left)
        out.extend(right)
        left.clear()
        right.clear()

    for row in rows:
        if any(w["x0"] < middle < w["x1"] for w in row.words) or _flows_across(row, middle):
            flush()
            out.append(PlacedLine(row.words, 0))
            continue
        left_words = [w for w in row.words if w["x1"] <= middle]
        right_words = [w for w in row.words if w["x0"] >= middle]
        if left_words:
            left.append(PlacedLine(left_words, 0))
        if right_words:
            right.append(PlacedLine(right_words, 1))
    flush()
    return out, 2


def _flows_across(row: Row, middle: float) -> bool:
    """The row's text continues across the middle with an ordinary word space."""
    return any(start < middle < end for start, end in _crossing_spans(row))
