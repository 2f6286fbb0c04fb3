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

Two sections side by side on part of a page ("Honours & Awards" beside "Voluntary
Activities", "Languages" beside "Interests") are too short for a page gutter. `side_by_side`
finds them from their headings: a row of exactly two pieces of text in the same style, far
apart and without digits (a role title and its dates have digits; a company and its city are
followed by bullets across the page), in capitals or in a style of their own, then rows
each of whose pieces starts at the left edge of one of the two headings, none crossing into
the gap before the right one; the two columns are about as wide as each other, and the
rest of the page starts at the left heading's edge (labels beside their values, in a margin
or a table, make a narrow column, and in a margin the rest of the page starts at the
values' edge).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from skillgap.ingest.pdf_words import base_font

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
MIN_HEADING_GAP_SHARE = 0.1  # share of the page width between two side-by-side headings
MIN_BLOCK_SIDE_ROWS = 2  # rows each side of a side-by-side block holds below its heading
MIN_WIDTH_RATIO = 0.6  # the narrower of two side-by-side columns is at least this share of the wider
HEADING_EDGE_SLACK = 0.5  # font sizes a column's text may start left of its heading
ICON_SLACK = 2.0  # ... or, when an icon stands before the heading, this far left of it

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
        if _is_gutter(rows, row_spans, band, page_width) and not _heading_column(rows, row_spans, band):
            return band
    return None


HEADING_COLUMN_SHARE = 0.6  # share of a side's lines that are headings (or their numbers) in a margin layout


def _heading_column(rows: list[Row], row_spans: list[list[Span]], band: tuple[float, float]) -> bool:
    """The left side holds only the headings of the sections beside it ("Education" over
    "04", "Technical Proficiencies" over "05"): a margin of headings, read row by row with
    the text beside it, not a column of its own."""
    from skillgap.ingest.sections import RESUME_HEADINGS, classify_heading, clean_heading, normalize_heading

    texts = [_words_within(row, spans) for row, spans in _sides(rows, row_spans, band)[0]]
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


def _is_gutter(rows: list[Row], row_spans: list[list[Span]], band: tuple[float, float], page_width: float) -> bool:
    middle = (band[0] + band[1]) / 2
    run = _longest_uncrossed_run(row_spans, middle)
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
               edges: int = 1, stack_gap: float = STACK_GAP) -> bool:
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
    axis = _densest_edge(centres, EDGE_SLACK * size)
    return sum(abs(c - axis) <= EDGE_SLACK * size for c in centres) >= MIN_EDGE_SHARE * len(lines)


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


def side_by_side(rows: list[Row], start: int, page_width: float) -> tuple[int, list[float]] | None:
    """If `rows[start]` heads two or three sections side by side (module docstring; cards
    such as "Awards  Languages  Interests"): the index after the block's last row and the
    left edges of its columns after the first; else None."""
    heading = rows[start]
    spans = _numbers_joined(heading, crossing_spans(heading))
    if not 2 <= len(spans) <= MAX_SIDE_BY_SIDE or any(
            b[0] - a[1] < MIN_HEADING_GAP_SHARE * page_width / (len(spans) - 1) for a, b in itertools.pairwise(spans)):
        return None
    pieces_words = [_without_section_number([w for w in heading.words if a <= w["x0"] and w["x1"] <= b])
                    for a, b in spans]
    if len({_style(words) for words in pieces_words if words}) != 1 or any(not words for words in pieces_words) \
            or any(ch.isdigit() for words in pieces_words for w in words for ch in str(w.get("text", ""))):
        return None
    slack = max(EDGE_SLACK, ICON_SLACK) * heading.size
    edges = [a for a, _ in spans]
    bounds = _column_bounds(rows, start, edges, heading.size)
    end = start + 1
    counts = [0] * len(edges)
    extents = [[math.inf, -math.inf] for _ in edges]  # x range of each column's text
    full_rows = 0  # rows with a piece in every column: a table's rows, read across
    while end < len(rows):
        pieces = crossing_spans(rows[end])
        if any(s < bound < e for s, e in pieces for bound in bounds):
            break  # text runs into the gap before a column
        columns = [bisect.bisect_right(bounds, s) for s, _ in pieces]
        if not all(_starts_its_column(pieces, columns, c, edges[c], slack, heading.size) for c in set(columns)):
            break  # a column's text starts at no heading's edge
        for (s, e), c in zip(pieces, columns, strict=True):
            counts[c] += 1
            extents[c] = [min(extents[c][0], s), max(extents[c][1], e)]
        full_rows += len(set(columns)) == len(edges)
        end += 1
    if min(counts) < MIN_BLOCK_SIDE_ROWS or not _stands_out(heading, rows[start + 1]):
        return None
    if len(edges) > 2:
        # three cards, unless every row has a cell in each column: a table ("Certificate |
        # Issuer | Valid until"); labels beside their values make two columns, not three
        return None if full_rows == end - start - 1 else (end, bounds)
    widths = sorted(high - low for low, high in extents)
    if widths[0] < MIN_WIDTH_RATIO * widths[-1]:
        return None  # a narrow column of labels beside their values: a table, read by rows
    # Labels in a margin beside their values ("Languages   English, German") look the
    # same, but there the rest of the page's text starts at the values' edge.
    elsewhere = [crossing_spans(row)[0][0] for row in rows[:start] + rows[end:]]
    at_left = sum(abs(x - edges[0]) <= slack for x in elsewhere)
    at_right = sum(abs(x - edges[1]) <= slack for x in elsewhere)
    return (end, bounds) if at_left > at_right else None


MAX_SIDE_BY_SIDE = 3  # sections side by side under one row of headings (cards)
_SECTION_NUMBER = re.compile(r"\d{1,2}\.?")


def _without_section_number(words: list[dict]) -> list[dict]:
    """A heading's words without the section number before them ("5 Languages", "02.
    Awards"), which is often set in a badge of another style."""
    return words[1:] if len(words) > 1 and _SECTION_NUMBER.fullmatch(str(words[0].get("text", ""))) else words


SHORT_PIECE = 3  # a piece this many heading sizes wide: a year or a level set flush right in a card


def _starts_its_column(pieces: list[Span], columns: list[int], column: int, edge: float, slack: float,
                       size: float) -> bool:
    """A row's text in one card starts at the card heading's edge; more may follow on the
    row ("English    native"), and a short piece alone may stand flush right ("2022")."""
    mine = [piece for piece, c in zip(pieces, columns, strict=True) if c == column]
    first = min(mine)
    return abs(first[0] - edge) <= slack or (len(mine) == 1 and first[1] - first[0] <= SHORT_PIECE * size)


def _numbers_joined(row: Row, spans: list[Span]) -> list[Span]:
    """A row's spans, each section number ("5" in a badge) joined to the words after it."""
    out: list[Span] = []
    pending: float | None = None
    for low, high in spans:
        words = [w for w in row.words if low <= w["x0"] and w["x1"] <= high]
        if len(words) == 1 and _SECTION_NUMBER.fullmatch(str(words[0].get("text", ""))):
            pending = low if pending is None else pending
            continue
        out.append((low if pending is None else pending, high))
        pending = None
    return out + ([] if pending is None else [(pending, spans[-1][1])])


def _column_bounds(rows: list[Row], start: int, edges: list[float], size: float) -> list[float]:
    """Where each column after the first begins: a little left of its heading, or where
    the line under the heading begins when an icon stands before the heading."""
    bounds = [edge - HEADING_EDGE_SLACK * size for edge in edges[1:]]
    if start + 1 < len(rows):
        below = crossing_spans(rows[start + 1])
        for k, edge in enumerate(edges[1:]):
            lefts = [s for s, _ in below if edge - ICON_SLACK * size <= s < bounds[k]]
            previous_end = max((e for s, e in below if s < edge - ICON_SLACK * size), default=-math.inf)
            if len(below) >= len(edges) and lefts and previous_end < lefts[0]:
                bounds[k] = lefts[0] - ALIGNED
    return bounds


MIN_SIDEBAR_ROWS = 4  # short lines a flush-right list beside running text holds
MAX_SIDEBAR_ROWS = 60  # rows a block may span (the search stays linear on long pages)
MAX_PAIRED_SHARE = 0.5  # share of them that may share a row with the text beside them
_DATE_LIKE = re.compile(r"\d{4}|\d[/.\-–]\d")  # a year, "03/2019", "2019-2021": not "HTML5", "ES6"


def flush_right_list(rows: list[Row], start: int, page_width: float) -> tuple[int, list[float]] | None:
    """If a list of short lines set flush right beside running text starts at
    `rows[start]` (skills with their bars beside a profile paragraph, on part of a page):
    the index after its last row and the left edge of the list (a list of one); else None.

    Unlike dates or values beside labels, the list keeps its own line spacing: most of its
    lines share no row with the text beside them, each comes at most one line of the text
    after the one before, and none holds a number (dates beside entries do). The text
    beside it runs wider than the list's lines, from one left edge, and stays clear of it."""
    first = crossing_spans(rows[start])
    if len(first) > 2 or first[-1][0] < page_width / 2:
        return None
    right_edge, size = first[-1][1], rows[start].size
    block = _flush_right_block(rows, start, right_edge, size)
    if block is None:
        return None
    end, pieces, beside = block
    edge = min(s for s, _ in pieces)
    widths = sorted(e - s for s, e in pieces)
    text_widths = sorted(e - s for s, e in beside)
    if text_widths[len(text_widths) // 2] < 2 * widths[len(widths) // 2]:
        return None  # labels and values, not a list beside running text
    if any(e >= edge - COLUMN_GAP * size for _, e in beside):
        return None  # the text runs on under the list's widest line
    if _densest_share([s for s, _ in beside], EDGE_SLACK * size) < MIN_EDGE_SHARE:
        return None
    return end, [edge]


def _flush_right_block(rows: list[Row], start: int, right_edge: float,
                       size: float) -> tuple[int, list[Span], list[Span]] | None:
    """The rows from `start` that hold either a piece ending at `right_edge` or text left of
    it: (end, the list's pieces, the text's pieces), or None when they make no list."""
    pieces: list[Span] = []
    beside: list[Span] = []
    paired = text_rows = 0
    end = start
    while end < min(len(rows), start + MAX_SIDEBAR_ROWS):
        spans = crossing_spans(rows[end])
        inner = _ending_at(spans, right_edge)
        rest = [sp for sp in spans if sp not in inner]
        outer = [(rest[0][0], rest[-1][1])] if rest else []  # justified text has wide spaces
        if len(inner) > 1 or (outer and inner and outer[0][1] >= inner[0][0] - COLUMN_GAP * size):
            break
        if not inner and (not outer or outer[0][1] > min((p[0] for p in pieces), default=right_edge)):
            break  # text that runs under the list: the block is over
        if inner and _DATE_LIKE.search(_text_in(rows[end], inner[0])):
            return None  # a date beside an entry
        text_rows = 0 if inner else text_rows + 1
        if text_rows > 1 and end + 1 < len(rows) and _ending_at(crossing_spans(rows[end + 1]), right_edge):
            return None  # two lines of text between two of its lines: one per entry, not a list
        pieces.extend(inner)
        beside.extend(outer)
        paired += bool(inner and outer)
        end += 1
    while end > start and not _ending_at(crossing_spans(rows[end - 1]), right_edge):
        end -= 1  # the block ends with the list's last line
    if len(pieces) < MIN_SIDEBAR_ROWS or paired > MAX_PAIRED_SHARE * len(pieces) or len(beside) < 2:
        return None
    return end, pieces, beside


def _ending_at(spans: list[Span], right_edge: float) -> list[Span]:
    """The pieces of a row that end at the list's right edge."""
    return [sp for sp in spans if abs(sp[1] - right_edge) <= 2 * ALIGNED]


def _words_within(row: Row, spans: list[Span]) -> str:
    """The row's words inside `spans`, spaced: what one side of a band reads on that row."""
    return " ".join(str(w.get("text", "")) for w in row.words if any(a <= w["x0"] and w["x1"] <= b for a, b in spans))


def _text_in(row: Row, span: Span) -> str:
    return "".join(str(w.get("text", "")) for w in row.words if span[0] <= w["x0"] and w["x1"] <= span[1])


def _densest_share(xs: list[float], slack: float) -> float:
    """Share of `xs` at the edge most of them start at."""
    edge = _densest_edge(xs, slack)
    return sum(edge - ALIGNED <= x <= edge + slack for x in xs) / len(xs)


def _stands_out(heading: Row, below: Row) -> bool:
    """Headings are set apart from the text under them: in capitals or in another style."""
    text = "".join(str(w.get("text", "")) for w in heading.words)
    return text.isupper() or _style(heading.words) != _style(below.words)


def _style(words: list[Word]) -> tuple[str, float, str]:
    first = words[0]
    return base_font(first), round(float(first.get("size") or 0.0), 1), str(first.get("non_stroking_color"))
