"""Reading order for PDF pages: rows, columns, then running headers and footers.

Columns: a two-column or sidebar résumé puts two unrelated lines at the same height;
reading each height across the page interleaves them. `pdf_columns.find_gutter` looks
for a real gutter between two columns; rows that cross it (a name or a summary across the
top) are read as full-width, and between two such rows the left column is read top to
bottom, then the right one. Cards side by side whose heading row keeps to one side of the
gutter and whose rows cross it (under a sidebar beside the top of the page only) are read
card by card. A column with a gutter of its own (a sidebar beside two main columns) is read
one of its two after the other, as that one column. A gutter narrower than a word space
(`pdf_columns.find_tight_gutter`) parts the rows at the right column's edge, and only a
line that crosses that edge (`tight_across`) is read across the page; where both it and a
gutter down part of the page are found, the one that parts more rows is read.

Running headers and footers: a line near the top or bottom edge of the page (the outer
`EDGE_SHARE` of its height) whose text comes back at the same height on another page, digits aside
("Jane Doe - Page 2 of 3", a name and contact line), is a running head, not part of the section
it would otherwise land in the middle of. What is least harmful for skill extraction and
lint:

- a line that is only a page number ("Page 2 of 3", "2", "- 2 -", "2/3") near an edge is
  dropped, on every page: it carries nothing and splits sections;
- any other running line is kept once, its first occurrence, moved to the start of the
  document (the preamble, where a name and contact details belong) with origin HEADER or
  FOOTER; later copies are dropped. Its contact details stay visible to the linter
  (SG106 reports contact details found only there), section headings are never looked
  for in it, and it no longer splits an experience section at each page break;
- a page whose only lines are running lines keeps them, so that it does not look like a
  page without a text layer (SG101).

A one-page document has nothing to repeat: only its page-number line is dropped.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

from skillgap.ingest.pdf_blocks import flush_right_list, side_by_side
from skillgap.ingest.pdf_columns import (
    ALIGNED,
    Row,
    Word,
    crossing_spans,
    find_gutter,
    find_partial_gutter,
    find_tight_gutter,
    group_rows,
    tight_across,
)
from skillgap.types import LineOrigin

__all__ = ["PlacedLine", "Row", "arrange_pages", "find_gutter", "group_rows", "reading_order"]

EDGE_SHARE = 0.1  # share of the page height at the top and at the bottom holding running lines
SAME_PLACE = 3.0  # points: a running line comes back at the same height on every page
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(
    r"(?:(?:page|pg\.?|p\.|seite|página|pagina)\s*)?\d{1,3}(?:\s*(?:of|/|von|de|sur|di)\s*\d{1,3})?", re.IGNORECASE)
_FRAME = re.compile(r"^[\s\-–—|·•()\[\]]+|[\s\-–—|·•()\[\]]+$")


@dataclass
class PlacedLine:
    words: list[Word]
    column: int  # 0 = left or full width, 1 = right
    origin: LineOrigin = LineOrigin.BODY

    @property
    def top(self) -> float:
        return min(w["top"] for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w["bottom"] for w in self.words)


def reading_order(words: list[Word], page_width: float) -> tuple[list[PlacedLine], int]:
    """Lines in reading order and the number of columns found (1 or 2)."""
    rows = group_rows(words)
    gutter = find_gutter(rows, page_width)
    if gutter is not None:
        return _two_columns(rows, _split_at(gutter), page_width), 2
    partial = find_partial_gutter(rows, page_width)
    tight = find_tight_gutter(rows, page_width)
    if tight is not None and (partial is None or _rows_held(tight) > _rows_held(partial)):
        (left_edge, right_edge), start, end = tight  # no word space apart: only a word across it crosses it
        parted = _two_columns(rows[start:end], right_edge, page_width, tight=True)
    elif partial is not None:
        (left_edge, right_edge), start, end = partial
        parted = _two_columns(rows[start:end], _split_at((left_edge, right_edge)), page_width)
    else:
        return _one_column(rows, page_width), 1
    return _one_column(rows[:start], page_width) + parted + _one_column(rows[end:], page_width), 2


def _rows_held(found: tuple[tuple[float, float], int, int]) -> int:
    """How many rows a gutter down part of the page parts: where lines of two columns come
    closer than a word space further down ("Built and maintain ... case  Procurement Act"),
    a wider gutter shows only below them, and the tight one holds more rows."""
    return found[2] - found[1]


RIGHT_EDGE_SLACK = 1.0  # points left of a gutter's right edge where the right column's text may start


def _split_at(gutter: tuple[float, float]) -> float:
    """Where to part a page's rows: at the gutter's right edge, where the right column
    starts. A short line of the left column may run into the gutter (a sidebar's name in
    a large size), but no line of the right column starts before it."""
    return gutter[1] - RIGHT_EDGE_SLACK


def _two_columns(rows: list[Row], middle: float, page_width: float, nested: bool = False,
                 tight: bool = False) -> list[PlacedLine]:
    """Rows parted at `middle`: the left column's lines, then the right's, a row that
    crosses the middle (a heading across the page) closing both. Two sections side by side
    inside one column ("Languages" beside "Interests") are read one after the other. In a
    `tight` gutter (narrower than a word space) only a word drawn across the middle crosses it."""
    out: list[PlacedLine] = []
    left: list[Row] = []
    right: list[Row] = []

    def flush() -> None:
        out.extend(_column_read(left, page_width, 0, nested))
        out.extend(_column_read(right, page_width, 1, nested))
        left.clear()
        right.clear()

    index = 0
    while index < len(rows):
        row = rows[index]
        if tight_across(row, middle) if tight else _crosses(row, middle):
            cards = _cards_across(rows, index, middle, page_width, left, right)
            if cards is not None:
                flush()
                out.extend(_read_cards(rows, index - 1, cards, column=0))  # rows across the page: column 0
                index = cards[0]
                continue
            flush()
            out.append(PlacedLine(row.words, 0))
            index += 1
            continue
        if tight:  # `middle` is the right column's edge
            left_words = [w for w in row.words if w["x0"] < middle - ALIGNED]
            right_words = [w for w in row.words if w["x0"] >= middle - ALIGNED]
        else:
            left_words = [w for w in row.words if w["x1"] <= middle]
            right_words = [w for w in row.words if w["x0"] >= middle]
        if left_words:
            left.append(Row(left_words))
        if right_words:
            right.append(Row(right_words))
        index += 1
    flush()
    return out


def _column_read(rows: list[Row], page_width: float, column: int, nested: bool) -> list[PlacedLine]:
    """One column's rows in reading order; a column that is itself two columns with a gutter
    of their own (a sidebar beside two main columns, as on a landscape page) is read one of
    them after the other, both as this column (once: no deeper)."""
    inner = None if nested else find_gutter(rows, page_width)
    if inner is None:
        return _one_column(rows, page_width, column=column)
    return [PlacedLine(line.words, column, line.origin)
            for line in _two_columns(rows, _split_at(inner), page_width, nested=True)]


def _crosses(row: Row, middle: float) -> bool:
    return any(w["x0"] < middle < w["x1"] for w in row.words) or _flows_across(row, middle)


def _cards_across(rows: list[Row], index: int, middle: float, page_width: float, left: list[Row],
                  right: list[Row]) -> tuple[int, list[float], bool] | None:
    """Cards side by side under the column the gutter parts (b31's "Tickets & Coding" beside
    "Training", under a sidebar beside the top of the page only): their heading row keeps
    to one side of the gutter, their rows run across it. (The heading row is taken back
    from the side it was put on.)"""
    if index == 0 or _crosses(rows[index - 1], middle):
        return None
    heading = rows[index - 1]
    side = left if all(w["x1"] <= middle for w in heading.words) else \
        right if all(w["x0"] >= middle for w in heading.words) else None
    if not side or side[-1].words != heading.words:
        return None
    cards = side_by_side(rows, index - 1, page_width)
    if cards is None:
        return None
    side.pop()
    return cards


def _read_cards(rows: list[Row], start: int, cards: tuple[int, list[float], bool],
                column: int | None = None) -> list[PlacedLine]:
    """The cards' rows read card by card; their heading row recorded when it reads as headings."""
    end, bounds, headed = cards
    if headed:
        for word in rows[start].words:
            word["card_heading"] = True  # the row that heads the cards (pdf.py records it)
    return _read_by_columns(rows[start:end], bounds, column)


def _one_column(rows: list[Row], page_width: float, column: int | None = None) -> list[PlacedLine]:
    """Rows top to bottom, except that two or three sections set side by side on part of the
    page (`pdf_blocks.side_by_side`), or a list set flush right beside running text
    (`pdf_blocks.flush_right_list`), are read one after the other: left, then right. Inside
    one `column` of a two-column page only sections side by side are looked for, and every
    line stays in that column."""
    out: list[PlacedLine] = []
    index = 0
    while index < len(rows):
        cards = side_by_side(rows, index, page_width)
        if cards is not None:
            out.extend(_read_cards(rows, index, cards, column))
            index = cards[0]
            continue
        block = flush_right_list(rows, index, page_width) if column is None else None
        if block is None:
            out.append(PlacedLine(rows[index].words, column or 0))
            index += 1
            continue
        end, bounds = block
        out.extend(_read_by_columns(rows[index:end], bounds, column))
        index = end
    return out


def _read_by_columns(rows: list[Row], bounds: list[float], column: int | None = None) -> list[PlacedLine]:
    """A block's rows read column by column, the columns parted at `bounds`; each line in
    its own column (0 or 1), or in `column` when the block sits inside one."""
    out: list[PlacedLine] = []
    for side in range(len(bounds) + 1):
        for row in rows:
            words = [w for w in row.words if bisect.bisect_right(bounds, w["x0"]) == side]
            if words:
                out.append(PlacedLine(words, min(side, 1) if column is None else column))
    return out


def _flows_across(row: Row, middle: float) -> bool:
    """The row's text continues across the middle with an ordinary word space."""
    return any(start < middle < end for start, end in crossing_spans(row))


def arrange_pages(pages: list[tuple[list[PlacedLine], float]]) -> list[tuple[int, PlacedLine]]:
    """(page number, line) in reading order for the whole document, page-number lines
    dropped and running headers and footers kept once at the start (module docstring).
    `pages` holds each page's lines in reading order and its height."""
    edges: list[dict[int, tuple[str, LineOrigin, bool]]] = []  # line index -> (key, origin, page number?)
    pages_with: dict[tuple[str, int], set[int]] = {}  # (text, height bin) -> pages
    for number, (lines, height) in enumerate(pages, 1):
        found: dict[int, tuple[str, LineOrigin, bool]] = {}
        for index, line in enumerate(lines):
            if not math.isfinite(line.top + line.bottom + height):
                continue
            if line.top < EDGE_SHARE * height:
                origin = LineOrigin.HEADER
            elif line.bottom > (1 - EDGE_SHARE) * height:
                origin = LineOrigin.FOOTER
            else:
                continue
            text = " ".join(str(w.get("text", "")) for w in line.words)
            key = origin.value + " " + " ".join(_DIGITS.sub("#", text).lower().split())
            found[index] = (key, origin, _is_page_number(text))
            place = round(line.top / SAME_PLACE)
            for near in (place - 1, place, place + 1):  # any copy within SAME_PLACE points
                pages_with.setdefault((key, near), set()).add(number)
        edges.append(found)
    running: list[tuple[int, PlacedLine]] = []
    body: list[tuple[int, PlacedLine]] = []
    kept: set[str] = set()
    for number, ((lines, _), found) in enumerate(zip(pages, edges, strict=False), 1):
        page_body: list[tuple[int, PlacedLine]] = []
        page_running: list[tuple[int, PlacedLine]] = []
        for index, line in enumerate(lines):
            key, origin, page_number = found.get(index, ("", LineOrigin.BODY, False))
            repeated = origin is not LineOrigin.BODY and len(pages_with[key, round(line.top / SAME_PLACE)]) > 1
            if origin is LineOrigin.BODY or (not page_number and not repeated):
                page_body.append((number, line))
            elif not page_number and key not in kept:
                kept.add(key)
                page_running.append((number, PlacedLine(line.words, line.column, origin)))
        if not page_body and not page_running:  # keep the page's text rather than empty it
            page_body = [(number, line) for line in lines]
        running.extend(page_running)
        body.extend(page_body)
    return running + body


def _is_page_number(text: str) -> bool:
    core = _FRAME.sub("", text)
    return bool(core) and _PAGE_NUMBER.fullmatch(core) is not None
