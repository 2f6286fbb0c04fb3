"""Blocks inside one column of a PDF page that are read one part after another: two or
three sections side by side under one row of headings (cards), and a list set flush right
beside running text.

Two sections side by side on part of a page ("Honours & Awards" beside "Voluntary
Activities", "Languages" beside "Interests") are too short for a page gutter.
`side_by_side` finds them from their headings: a row of two or three pieces of text in the
same style (a section number in a badge before each allowed), far apart and without other
digits (a role title and its dates have digits; a company and its city are followed by
bullets across the page), in capitals or in a style of their own, then rows in which each
card's text starts at the left edge of its heading, or under a heading centred over it where
its first line starts (a short piece may stand flush right in a card), none crossing into the
gap before the next card, and ending at a known heading set larger than theirs (the next
section's); the two columns, headings included, are about as
wide as each other, and the rest of the page starts at the left heading's edge (labels beside
their values, in a margin or a table, make a narrow column, and in a margin the rest of the
page starts at the values' edge).

A list of short lines set flush right beside running text (skills with their bars beside a
profile paragraph) is read after the text beside it: `flush_right_list`.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re

from skillgap.ingest.pdf_columns import (
    ALIGNED,
    COLUMN_GAP,
    EDGE_SLACK,
    MIN_BLOCK_SIDE_ROWS,
    MIN_EDGE_SHARE,
    Row,
    Span,
    Word,
    crossing_spans,
    densest_edge,
)
from skillgap.ingest.pdf_words import base_font

MIN_HEADING_GAP_SHARE = 0.1  # share of the page width between two side-by-side headings
MIN_WIDTH_RATIO = 0.6  # the narrower of two side-by-side columns is at least this share of the wider
HEADING_EDGE_SLACK = 0.5  # font sizes a column's text may start left of its heading
ICON_SLACK = 2.0  # ... or, when an icon stands before the heading, this far left of it


def side_by_side(rows: list[Row], start: int, page_width: float) -> tuple[int, list[float], bool] | None:
    """If `rows[start]` heads two or three sections side by side (module docstring; cards
    such as "Awards  Languages  Interests"): the index after the block's last row, the left
    edges of its columns after the first, and whether the heading row reads as section
    headings (`_known_headings`: the layout then shows every piece of it to be one); else
    None."""
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
    edges = _card_edges(rows, start, spans)
    bounds = _column_bounds(rows, start, edges, heading.size)
    name = _name_beside(rows, start, spans[0][0] - MIN_HEADING_GAP_SHARE * page_width / len(spans))
    if name is not None:  # a header band: the name, then the cards beside it
        spans = [(name, name), *spans]
        edges = [name, *edges]
        bounds = [edges[1] - HEADING_EDGE_SLACK * heading.size, *bounds]
    end = start + 1
    counts = [0] * len(edges)
    extents = [[low, high] for low, high in spans]  # x range of each card, its heading included
    stops: list[list[float]] = [[] for _ in edges]  # where the pieces of each card's rows start
    full_rows = 0  # rows with a piece in every column: a table's rows, read across
    while end < len(rows):
        pieces = crossing_spans(rows[end])
        if any(s < bound < e for s, e in pieces for bound in bounds):
            break  # text runs into the gap before a column
        if _next_section_heading(rows[end], pieces, heading.size) or _heads_text_across(rows, end, bounds):
            break  # "05 Education" under two project cards, or over text across them: the cards are over
        columns = [bisect.bisect_right(bounds, s) for s, _ in pieces]
        if not all(_starts_its_column(pieces, columns, c, edges[c], slack, heading.size, stops[c])
                   for c in set(columns)):
            break  # a column's text starts at no heading's edge
        for (s, e), c in zip(pieces, columns, strict=True):
            counts[c] += 1
            stops[c].append(s)
            extents[c] = [min(extents[c][0], s), max(extents[c][1], e)]
        full_rows += len(set(columns)) == len(edges)
        end += 1
    headed = _known_headings(pieces_words)
    fewest = 1 if headed else MIN_BLOCK_SIDE_ROWS  # a card of one line under a known heading
    if min(counts) < fewest or not _stands_out(heading, rows[start + 1]):
        return None
    if len(edges) > 2:
        # three cards, unless every row has a cell in each column: a table ("Certificate |
        # Issuer | Valid until"); labels beside their values make two columns, not three
        return None if full_rows == end - start - 1 else (end, bounds, headed)
    widths = sorted(high - low for low, high in extents)
    if widths[0] < MIN_WIDTH_RATIO * widths[-1]:
        return None  # a narrow column of labels beside their values: a table, read by rows
    # Labels in a margin beside their values ("Languages   English, German") look the
    # same, but there the rest of the page's text starts at the values' edge.
    elsewhere = [crossing_spans(row)[0][0] for row in rows[:start] + rows[end:]]
    at_left = sum(abs(x - edges[0]) <= slack for x in elsewhere)
    at_right = sum(abs(x - edges[1]) <= slack for x in elsewhere)
    return (end, bounds, headed) if at_left > at_right else None


NAME_ROWS = 2  # rows under the cards' headings where the name beside them may start


def _name_beside(rows: list[Row], start: int, limit: float) -> float | None:
    """Where the name starts when it stands left of the cards, in a header band ("Chloe" /
    "Marsh-Pattinson" beside "Contact" and "GDC registration" with their lines): a piece
    ending before `limit` on one of the first rows under the headings, set in the page's
    largest type; None when there is none."""
    largest = max(row.size for row in rows)
    for row in rows[start + 1 : start + 1 + NAME_ROWS]:
        for low, high in crossing_spans(row):
            words = [w for w in row.words if low <= w["x0"] and w["x1"] <= high]
            if high < limit and max(float(w.get("size") or 0.0) for w in words) >= largest:
                return low
    return None


def _card_edges(rows: list[Row], start: int, spans: list[Span]) -> list[float]:
    """Where each card's text starts: at its heading's left edge, or, under a heading centred
    over its card ("❧ EDUCATION ☙" over left-aligned lines), where the line right under the
    heading starts when that line reaches past the heading on both sides."""
    if start + 1 >= len(rows):
        return [a for a, _ in spans]
    below = crossing_spans(rows[start + 1])
    slack = EDGE_SLACK * rows[start].size
    edges = []
    for a, b in spans:
        under = [low for low, high in below if low < a - slack and high > b + slack]
        edges.append(under[0] if len(under) == 1 else a)
    return edges


def _known_headings(pieces_words: list[list[Word]]) -> bool:
    """The row reads as section headings: each shaped like one, one of them a known
    heading ("Languages" beside "Security Clearance"); then a card of one line is a
    section too."""
    from skillgap.ingest.sections import classify_heading, heading_shaped

    texts = [" ".join(str(w["text"]) for w in words) for words in pieces_words]
    return all(heading_shaped(t) for t in texts) and any(classify_heading(t, "resume") is not None for t in texts)


def _next_section_heading(row: Row, pieces: list[Span], size: float) -> bool:
    """The row is a known section heading alone, set larger than the cards' headings: the
    heading of the section after the cards ("05 Education" under project cards), not a line
    of one of them nor the heading of a card stacked under another one."""
    if len(pieces) != 1 or row.size < size + LARGER:
        return False
    return _known_heading(row)


def _heads_text_across(rows: list[Row], index: int, bounds: list[float]) -> bool:
    """The row is a known section heading alone and the row under it runs across a
    column's edge: the heading of full-width text after the cards ("TRANSLATION EXPERIENCE"
    under "Language Pairs" beside "Specialisms"; "I  Profile", its number in a badge apart),
    not a card stacked under another."""
    if index + 1 >= len(rows):
        return False
    if not any(s < bound < e for s, e in crossing_spans(rows[index + 1]) for bound in bounds):
        return False
    return _known_heading(rows[index])


def _known_heading(row: Row) -> bool:
    """The row's words are a known section heading."""
    from skillgap.ingest.sections import classify_heading

    return classify_heading(" ".join(str(w["text"]) for w in row.words), "resume") is not None


LARGER = 0.5  # points: a type this much larger than the cards' headings is a larger heading
MAX_SIDE_BY_SIDE = 3  # sections side by side under one row of headings (cards)
_SECTION_NUMBER = re.compile(r"\d{1,2}\.?")


def _is_section_number(word: Word) -> bool:
    return _SECTION_NUMBER.fullmatch(str(word.get("text", ""))) is not None


def _without_section_number(words: list[Word]) -> list[Word]:
    """A heading's words without the section number before them ("5 Languages", "02.
    Awards"), which is often set in a badge of another style."""
    return words[1:] if len(words) > 1 and _is_section_number(words[0]) else words


SHORT_PIECE = 3  # a piece this many heading sizes wide: a year or a level set flush right in a card


def _starts_its_column(pieces: list[Span], columns: list[int], column: int, edge: float, slack: float,
                       size: float, stops: list[float]) -> bool:
    """A row's text in one card starts at the card heading's edge; more may follow on the
    row ("English    native"), a short piece alone may stand flush right ("2022"), and in
    a table inside the card ("Pair  Modes  Status") a row may start at one of the `stops`
    where the card's earlier rows had a piece start (a cell that wraps onto a row of its own)."""
    mine = [piece for piece, c in zip(pieces, columns, strict=True) if c == column]
    first = min(mine)
    return abs(first[0] - edge) <= slack or (len(mine) == 1 and first[1] - first[0] <= SHORT_PIECE * size) \
        or any(abs(first[0] - stop) <= ALIGNED for stop in stops)


def _numbers_joined(row: Row, spans: list[Span]) -> list[Span]:
    """A row's spans, each section number ("5" in a badge) joined to the words after it."""
    out: list[Span] = []
    pending: float | None = None
    for low, high in spans:
        words = [w for w in row.words if low <= w["x0"] and w["x1"] <= high]
        if len(words) == 1 and _is_section_number(words[0]):
            pending = low if pending is None else pending
            continue
        out.append((low if pending is None else pending, high))
        pending = None
    return out + ([] if pending is None else [(pending, spans[-1][1])])


def _column_bounds(rows: list[Row], start: int, edges: list[float], size: float) -> list[float]:
    """Where each column after the first begins: a little left of its heading, or where
    the text under the heading begins when an icon stands before the heading (on the first
    row under the headings with text in every column: a heading may wrap onto the next
    row, "AWARDS &" over "RECOGNITION" beside "COMMUNITY")."""
    bounds = [edge - HEADING_EDGE_SLACK * size for edge in edges[1:]]
    across = next((spans for row in rows[start + 1 : start + 1 + WRAPPED_HEADING_ROWS + 1]
                   if len(spans := crossing_spans(row)) >= len(edges)), None)
    if across is not None:
        below = across
        for k, edge in enumerate(edges[1:]):
            lefts = [s for s, _ in below if edge - ICON_SLACK * size <= s < bounds[k]]
            previous_end = max((e for s, e in below if s < edge - ICON_SLACK * size), default=-math.inf)
            if lefts and previous_end < lefts[0]:
                bounds[k] = lefts[0] - ALIGNED
    return bounds


MIN_SIDEBAR_ROWS = 4  # short lines a flush-right list beside running text holds
WRAPPED_HEADING_ROWS = 2  # rows a card's heading may wrap onto, over the card's first line
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


def _text_in(row: Row, span: Span) -> str:
    return "".join(str(w.get("text", "")) for w in row.words if span[0] <= w["x0"] and w["x1"] <= span[1])


def _densest_share(xs: list[float], slack: float) -> float:
    """Share of `xs` at the edge most of them start at."""
    edge = densest_edge(xs, slack)
    return sum(edge - ALIGNED <= x <= edge + slack for x in xs) / len(xs)


def _stands_out(heading: Row, below: Row) -> bool:
    """Headings are set apart from the text under them: in capitals or in another style."""
    text = "".join(str(w.get("text", "")) for w in heading.words)
    return text.isupper() or _style(heading.words) != _style(below.words)


def _style(words: list[Word]) -> tuple[str, float, str]:
    first = words[0]
    return base_font(first), round(float(first.get("size") or 0.0), 1), str(first.get("non_stroking_color"))
