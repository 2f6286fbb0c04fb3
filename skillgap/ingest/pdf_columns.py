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

A tight gutter (`find_tight_gutter`), narrower than a word space: a table's right cell
that starts a point or two after the longest lines of the left one. Whitespace cannot show
it, so an edge does: many rows have a word starting there, and no line crosses it (no word
drawn across it, no line going on across it at a word space on one baseline; a left line
and a right one that only share a row sit on two baselines). The left side must be the
wider (a narrow side of labels or dates set close to the text beside it is read row by
row), and the two sides must pass the checks above.

Sections side by side and flush-right lists inside a column: `pdf_blocks.py`.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
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
MIN_PARTIAL_SHARE = 0.3  # ... and for a gutter down part of the page (rows across it elsewhere)
MIN_COLUMN_SHARE = 0.12  # share of the page width each column's text must span (73 pt on Letter)
MIN_EDGE_SHARE = 0.6  # share of a column's lines that start at its left edge
EDGE_SLACK = 1.6  # font sizes right of the edge still "at the edge" (bullets, indents)
ALIGNED = 1.5  # points: edges this close are lined up
STACK_GAP = 2.5  # font sizes: a line this close below the previous one of its side is stacked on it
MIN_STACKED_SHARE = 0.5  # share of a column's lines stacked on the one before
HEADED_STACK_GAP = 4.5  # font sizes, for a side under section headings of its own (bars between lines)
FLUSH_RIGHT_STACKED_SHARE = 0.75  # a flush-right side (a sidebar, not dates) is a tighter stack
# The gutter search keeps one counter per point of page width. PDF caps pages at 200 inches
# (14,400 pt); a wider (or infinite) page is read as one column instead of allocating more.
MAX_PAGE_WIDTH = 14_400.0
MIN_BLOCK_SIDE_ROWS = 2  # rows each side of a side-by-side block holds below its heading

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
    """x ranges a row's text flows over: words, and ordinary spaces between them (a space
    in the type of the words either side: a name set large beside small lines of contact
    details widens no space between those)."""
    spans: list[Span] = []
    previous = 0.0
    for word in row.words:
        start, end = word["x0"], word["x1"]
        size = float(word.get("size") or 10.0)
        if spans and start - spans[-1][1] <= COLUMN_GAP * max(size, previous):
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
        previous = size
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
        if _is_gutter(rows, row_spans, band, page_width) and not _heading_column(rows, row_spans, band):
            return band
    return None


HEADING_COLUMN_SHARE = 0.6  # share of a side's lines that are headings (or their numbers) in a margin layout


def _heading_column(rows: list[Row], row_spans: list[list[Span]], band: tuple[float, float]) -> bool:
    """A side holds only the headings of the sections beside it ("Education" over "04",
    "Technical Proficiencies" over "05" on the left; "Employment", "Key Skills" set in a
    margin on the right): a margin of headings, read row by row with the text beside it,
    not a column of its own."""
    return any(_headings_only(side) for side in _sides(rows, row_spans, band))


def _headings_only(side: list[tuple[Row, list[Span]]]) -> bool:
    """Most of the side's lines are known headings, both lines of a wrapped one counted."""
    from skillgap.ingest.sections import RESUME_HEADINGS, classify_heading, clean_heading, normalize_heading

    texts = [_words_within(row, spans) for row, spans in side]
    known = [normalize_heading(clean_heading(t)) in RESUME_HEADINGS or t.strip().isdigit() for t in texts]
    # a heading the margin wraps ("Methods &" over "Tools", "Featured" over "Projects"): both lines count
    for index in range(len(texts) - 1):
        if not (known[index] and known[index + 1]) and len((texts[index] + " " + texts[index + 1]).split()) <= 4 \
                and classify_heading(f"{texts[index]} {texts[index + 1]}", "resume") is not None:
            known[index] = known[index + 1] = True
    return bool(texts) and sum(known) >= HEADING_COLUMN_SHARE * len(texts)


def find_partial_gutter(rows: list[Row], page_width: float) -> tuple[tuple[float, float], int, int] | None:
    """A gutter down only part of the page (a sidebar beside the top half, with other
    rows across its line above or below): the band and the rows [start, end) it parts.

    For each point across the page, the tallest stretch of rows that keep off it; where
    one stretch holds over a band, that stretch of rows must pass `_is_gutter` on its own
    and cover `MIN_PARTIAL_SHARE` of the page's text height."""
    if len(rows) < 6 or not 0 < page_width <= MAX_PAGE_WIDTH:  # also False for NaN
        return None
    row_spans = [crossing_spans(row) for row in rows]
    text_height = max(r.bottom for r in rows) - min(r.top for r in rows)
    width = int(page_width) + 1
    crossed = [bytearray(width) for _ in rows]
    for marks, spans in zip(crossed, row_spans, strict=True):
        for start, end in spans:
            if math.isfinite(start) and math.isfinite(end):
                low, high = max(0, int(start)), min(width, int(end) + 1)
                if low < high:  # a span off the page's left edge would make a negative slice shrink it
                    marks[low:high] = b"\x01" * (high - low)
    lo, hi = int(page_width * 0.12), int(page_width * 0.88)
    stretch_at = [_tallest_stretch(rows, [marks[x] for marks in crossed]) for x in range(lo, hi)]
    bands: list[tuple[tuple[float, float], int, int]] = []
    for stretch, xs in itertools.groupby(range(lo, hi), key=lambda x: stretch_at[x - lo]):
        xs = list(xs)
        start, end = stretch
        if end - start >= 6 and len(xs) >= MIN_GUTTER_WIDTH \
                and rows[end - 1].bottom - rows[start].top >= MIN_PARTIAL_SHARE * text_height:
            bands.append(((float(xs[0]), float(xs[-1] + 1)), start, end))
    for band, start, end in sorted(bands, key=lambda b: b[0][0] - b[0][1]):  # widest first
        if _is_gutter(rows[start:end], row_spans[start:end], band, page_width) \
                and all(_running_text(side) for side in _sides(rows[start:end], row_spans[start:end], band)):
            return band, start, end
    return None


MIN_EDGE_ROWS = 6  # rows with a word at a tight gutter's edge, at least
MIN_TIGHT_GAP = 0.5  # points between the left column's longest line and the right column's edge


def find_tight_gutter(rows: list[Row], page_width: float) -> tuple[tuple[float, float], int, int] | None:
    """A gutter narrower than a word space (a table's right cell starts 2 pt after the
    longest line of the left one): a left edge that many rows have a word at and no word
    crosses, with the rows' text read apart at it (`parted_spans`) passing `_is_gutter`.
    The band (the left column's right edge, the right column's left edge) and the rows
    [start, end) from the first to the last that has a word at the edge, with the longer
    column's lines that go on past them (`_stacked_on`); None when there is none, or when
    the band is as wide as a gutter whitespace shows (`find_gutter` judges those)."""
    if len(rows) < 6 or not 0 < page_width <= MAX_PAGE_WIDTH:  # also False for NaN
        return None
    lo, hi = page_width * 0.12, page_width * 0.88
    counts = Counter(x for row in rows for x in {round(w["x0"]) for w in row.words
                                                  if math.isfinite(w["x0"]) and lo <= w["x0"] <= hi})
    at_edge: dict[float, list[int]] = {}
    for x, count in counts.items():
        if count >= MIN_EDGE_ROWS // 2:  # an edge's words may round to two neighbouring points
            at_edge[x] = [i for i, row in enumerate(rows) if any(abs(w["x0"] - x) <= ALIGNED for w in row.words)]
    for x in sorted(at_edge, key=lambda e: (-len(at_edge[e]), e)):
        found = at_edge[x]
        if len(found) < MIN_EDGE_ROWS:
            return None
        edge = min(w["x0"] for i in found for w in rows[i].words if abs(w["x0"] - x) <= ALIGNED)
        start, end = _stacked_on(rows, found[0], found[-1] + 1, edge)
        part = rows[start:end]
        if any(tight_across(row, edge) for row in part):
            continue  # a line across it: the words at the edge are a tab stop or a table's cells
        ends = [w["x1"] for row in part for w in row.words if w["x1"] <= edge]
        band = (max(ends, default=edge), edge)
        if not MIN_TIGHT_GAP <= band[1] - band[0] < MIN_GUTTER_WIDTH:
            continue
        spans = [parted_spans(row, edge) for row in part]
        if _side_width(spans, edge, right=False) < _side_width(spans, edge, right=True):
            continue  # a narrow side of labels or dates set close to the text beside it: read row by row
        if _is_gutter(part, spans, band, page_width, half=(band[1] - band[0]) / 2) \
                and not _heading_column(part, spans, band):
            return band, start, end
    return None


SAME_BASELINE = 1.0  # points: two words this close in height are on one line


def tight_across(row: Row, edge: float) -> bool:
    """The row crosses a tight gutter's edge: a word drawn across it, or a line that goes on
    across it at a word space on one baseline (a line of the left column and one of the
    right that only look like one row sit on two baselines)."""
    if any(w["x0"] < edge - ALIGNED and w["x1"] > edge for w in row.words):
        return True
    left = [w for w in row.words if w["x1"] <= edge]
    right = [w for w in row.words if w["x0"] >= edge - ALIGNED]
    if not left or not right:
        return False
    before, after = max(left, key=lambda w: w["x1"]), min(right, key=lambda w: w["x0"])
    return after["x0"] - before["x1"] <= COLUMN_GAP * row.size \
        and abs(_baseline(before) - _baseline(after)) <= SAME_BASELINE


def _stacked_on(rows: list[Row], start: int, end: int, edge: float) -> tuple[int, int]:
    """The rows [start, end) and the rows above and below them that keep off the edge and
    follow on at line spacing (`STACK_GAP`): the longer column's lines where the shorter
    one has ended."""
    while start > 0 and not tight_across(rows[start - 1], edge) \
            and rows[start].top - rows[start - 1].top <= STACK_GAP * rows[start - 1].size:
        start -= 1
    while end < len(rows) and not tight_across(rows[end], edge) \
            and rows[end].top - rows[end - 1].top <= STACK_GAP * rows[end - 1].size:
        end += 1
    return start, end


def _side_width(row_spans: list[list[Span]], edge: float, right: bool) -> float:
    """How wide the text left (or right) of an edge is, over all the rows."""
    kept = [span for spans in row_spans for span in spans if (span[0] >= edge - ALIGNED if right else span[1] <= edge)]
    return max(e for _, e in kept) - min(s for s, _ in kept) if kept else 0.0


def parted_spans(row: Row, edge: float) -> list[Span]:
    """`crossing_spans` of the row's words left of `edge` and of those from it on, apart."""
    left = Row([w for w in row.words if w["x0"] < edge - ALIGNED])
    right = Row([w for w in row.words if w["x0"] >= edge - ALIGNED])
    return (crossing_spans(left) if left.words else []) + (crossing_spans(right) if right.words else [])


def _sides(rows: list[Row], row_spans: list[list[Span]], band: tuple[float, float]
           ) -> list[list[tuple[Row, list[Span]]]]:
    """The rows' pieces left and right of the band's middle."""
    middle = (band[0] + band[1]) / 2
    out = []
    for keep in (lambda span: span[1] <= middle, lambda span: span[0] >= middle):
        side = [(row, [s for s in spans if keep(s)]) for row, spans in zip(rows, row_spans, strict=True)]
        out.append([(row, spans) for row, spans in side if spans])
    return out


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _running_text(side: list[tuple[Row, list[Span]]]) -> bool:
    """A side of a gutter down part of the page is a column of its own: a tight stack of
    lines (`FLUSH_RIGHT_STACKED_SHARE`), most of them without a year, under a section
    heading of its own. Dates, places and labels beside the entries of one column come a
    line or two per entry, dated, and head no section."""
    from skillgap.ingest.sections import RESUME_HEADINGS, normalize_heading

    if len(side) < 2 * MIN_BLOCK_SIDE_ROWS + 1:
        return False
    texts = [_words_within(row, spans) for row, spans in side]
    if not any(normalize_heading(text) in RESUME_HEADINGS for text in texts):
        return False
    tops = [row.top for row, _ in side]
    size = sorted(row.size for row, _ in side)[len(side) // 2]
    stacked = sum(b - a <= STACK_GAP * size for a, b in itertools.pairwise(tops))
    dated = sum(bool(_YEAR.search(text)) for text in texts)
    return stacked >= FLUSH_RIGHT_STACKED_SHARE * (len(side) - 1) and dated * 2 <= len(side)


def _tallest_stretch(rows: list[Row], crossing: list[int]) -> tuple[int, int]:
    """The rows [start, end) of the tallest run of rows with no crossing mark."""
    best, best_height, start = (0, 0), -1.0, None
    for index, mark in enumerate([*crossing, 1]):
        if not mark and start is None:
            start = index
        elif mark and start is not None:
            height = rows[index - 1].bottom - rows[start].top
            if height > best_height:
                best, best_height = (start, index), height
            start = None
    return best


def _is_gutter(rows: list[Row], row_spans: list[list[Span]], band: tuple[float, float], page_width: float,
               half: float = MIN_GUTTER_WIDTH / 2) -> bool:
    middle = (band[0] + band[1]) / 2
    run = _longest_uncrossed_run(row_spans, middle, half)
    if not run:
        return False
    text_height = max(r.bottom for r in rows) - min(r.top for r in rows)
    if rows[run[-1]].bottom - rows[run[0]].top < MIN_RUN_SHARE * text_height:
        return False
    size = sorted(rows[i].size for i in run)[len(run) // 2]
    sides, gaps = [], []
    for keep in (lambda span: span[1] <= middle, lambda span: span[0] >= middle):
        side = [(rows[i].top, [s for s in row_spans[i] if keep(s)]) for i in run]
        sides.append([(top, spans) for top, spans in side if spans])
        # a side under section headings of its own (a sidebar's "Contact", "Skills") may
        # space its lines out with skill bars between them; dates beside entries head nothing
        texts = [" ".join(str(w.get("text", "")) for w in rows[i].words if keep((w["x0"], w["x1"]))) for i in run]
        gaps.append(HEADED_STACK_GAP if _headings_among(texts) >= 2 else STACK_GAP)
    # ... but only the narrower side is a sidebar: the main column's own headings space it out
    widths = [max((spans[-1][1] for _, spans in side), default=0.0)
              - min((spans[0][0] for _, spans in side), default=0.0) for side in sides]
    wider = 0 if widths[0] >= widths[1] else 1
    # beside a sidebar with headings of its own, a main column (wider, with more lines) may
    # keep its dates in a column of their own
    main_edges = [2 if gaps[1 - k] == HEADED_STACK_GAP and wider == k and len(sides[k]) > len(sides[1 - k]) else 1
                  for k in (0, 1)]
    gaps[wider] = STACK_GAP
    if not _is_column(sides[0], len(run), size, page_width, stack_gap=gaps[0], edges=main_edges[0]):
        return False
    if _is_column(sides[1], len(run), size, page_width, stack_gap=gaps[1], edges=main_edges[1]):
        return True
    # Beside a flush-right sidebar, the main column may have two left edges of its own
    # (dates, then the text beside them).
    return _flush_right(sides[0]) and _is_column(sides[1], len(run), size, page_width, edges=2,
                                                 stack_gap=gaps[1])


def _headings_among(texts: list[str]) -> int:
    """How many of the lines are known résumé headings."""
    from skillgap.ingest.sections import RESUME_HEADINGS, clean_heading, normalize_heading

    return sum(normalize_heading(clean_heading(text)) in RESUME_HEADINGS for text in texts if text.strip())


def _flush_right(lines: list[tuple[float, list[Span]]]) -> bool:
    lefts = [spans[0][0] for _, spans in lines]
    rights = [spans[-1][1] for _, spans in lines]
    return _aligned_share(rights) >= 0.8 and _aligned_share(rights) > _aligned_share(lefts)


def _longest_uncrossed_run(row_spans: list[list[Span]], middle: float, half: float = MIN_GUTTER_WIDTH / 2
                           ) -> list[int]:
    """Indices of the longest stretch of consecutive rows whose text stays off the band's
    middle, `half` points either side (what `reading_order` reads as two columns)."""
    low, high = middle - half, middle + half
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
               edges: int = 1, stack_gap: float = STACK_GAP) -> bool:
    """The pieces of text on one side of a band (top, spans per row) read as a column?
    (`edges`: how many shared left edges its lines may start at.)"""
    lines = [(top, spans) for top, spans in lines if math.isfinite(top + spans[0][0] + spans[-1][1])]
    if len(lines) < max(3, MIN_SIDE_SHARE * run_rows):
        return False
    lefts = [spans[0][0] for _, spans in lines]
    rights = [spans[-1][1] for _, spans in lines]
    edge = densest_edge(lefts, EDGE_SLACK * size)
    if max(rights) - min(edge, min(lefts)) < MIN_COLUMN_SHARE * page_width:
        return False
    at_edge = sum(edge - ALIGNED <= x <= edge + EDGE_SLACK * size for x in lefts)
    if edges == 2:
        others = [x for x in lefts if not edge - ALIGNED <= x <= edge + EDGE_SLACK * size]
        second = densest_edge(others, EDGE_SLACK * size) if others else edge
        at_edge += sum(second - ALIGNED <= x <= second + EDGE_SLACK * size for x in others)
    flush_right = _flush_right(lines)
    if at_edge < MIN_EDGE_SHARE * len(lines) and not flush_right and not _centred(lines, size):
        return False
    # A column is a stack of lines; dates or labels beside a role title are one line
    # each, with the role's bullets between them.
    tops = [top for top, _ in lines]
    stacked = sum(b - a <= stack_gap * size for a, b in itertools.pairwise(tops))
    if stacked < MIN_STACKED_SHARE * (len(lines) - 1):
        return False
    # Right-aligned pieces (dates) line up on the right and wander on the left; a sidebar
    # set flush right is a stack of them, one right below the other.
    return not flush_right or stacked >= FLUSH_RIGHT_STACKED_SHARE * (len(lines) - 1)


def _centred(lines: list[tuple[float, list[Span]]], size: float) -> bool:
    """Lines set centred on one axis (a sidebar of centred labels): most share a centre."""
    centres = [(spans[0][0] + spans[-1][1]) / 2 for _, spans in lines]
    axis = densest_edge(centres, EDGE_SLACK * size)
    return sum(abs(c - axis) <= EDGE_SLACK * size for c in centres) >= MIN_EDGE_SHARE * len(lines)


def densest_edge(xs: list[float], slack: float) -> float:
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


def _words_within(row: Row, spans: list[Span]) -> str:
    """The row's words inside `spans`, spaced: what one side of a band reads on that row."""
    return " ".join(str(w.get("text", "")) for w in row.words if any(a <= w["x0"] and w["x1"] <= b for a, b in spans))
