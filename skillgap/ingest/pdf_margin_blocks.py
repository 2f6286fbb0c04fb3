"""Margin headings set beside the middle of their block, not level with its first line.

A template that draws each heading in the left margin inside a badge (a circle, a box)
centres the heading's words on the badge, and the badge on its section: the heading's
words then sit beside the block's second or third line. Read row by row, the block's first
lines ("Health Visitor (Band 6)", the employer under it) come before the heading, in the
section above.

`lift_margin_headings` moves such a heading before the block of main-column lines it is
beside: the lines just above and just below it are one block (no gap between them wider
than the document's usual gap between lines by `BLOCK_GAP` font sizes), and the block
starts where such a gap parts it from what is above (or at the top of the page). Nothing
moves when the heading is level with the first line of its block (the gap above the line
is wider), when the block runs up into a line that is not beside the margin (a previous
heading, a line across the page), or when a heading stands in no margin.
"""

from __future__ import annotations

from skillgap.ingest.pdf_headings import (
    MARGIN_GAP,
    MAX_HEAD_WORDS,
    _in_margins,
    _joined,
    _margin_kind,
    _named_like_a_heading,
    margin_heading,
)
from skillgap.ingest.pdf_layout import PlacedLine
from skillgap.ingest.pdf_words import Word
from skillgap.types import LineOrigin

BLOCK_GAP = 0.5  # font sizes wider than the usual gap between lines: a gap between two blocks

Numbered = tuple[int, PlacedLine]


def lift_margin_headings(lines: list[Numbered], margins: frozenset[tuple] = frozenset()) -> list[Numbered]:
    """The page-numbered lines with each margin heading that stands beside the middle of its
    block moved, on a line of its own, before the block (module docstring)."""
    usual = _usual_gap(lines)
    if usual is None:
        return lines
    out = list(lines)
    index = 0
    while index < len(out):
        page, line = out[index]
        head, rest = _heading_of(out, index, margins)
        start = _block_start(out, index, head, rest, usual) if head else None
        if start is None:
            index += 1
            continue
        moved = [(page, PlacedLine(head, line.column, line.origin))]
        kept = [(page, PlacedLine(rest, line.column, line.origin))] if rest else []
        out[start:index + 1] = moved + out[start:index] + kept
        index += 1
    return out


def _heading_of(lines: list[Numbered], index: int, margins: frozenset[tuple]) -> tuple[list[Word], list[Word]]:
    """The line's heading words in the left margin and the words beside them; a line that
    is a heading alone, between lines of text beside it, has no words beside it."""
    _, line = lines[index]
    words = line.words
    if not words or line.origin is not LineOrigin.BODY:
        return [], []
    count = margin_heading(words, margins)
    if count:
        return words[:count], words[count:]
    text = _joined(words)
    if len(words) > 2 * MAX_HEAD_WORDS or not (
            _margin_kind(text) is not None or (_in_margins(words, margins) and _named_like_a_heading(words))):
        return [], []
    return list(words), []


def _block_start(lines: list[Numbered], index: int, head: list[Word], rest: list[Word],
                 usual: float) -> int | None:
    """Where the block the heading stands beside starts, when that is above the heading's
    line; None when the heading is level with the block's first line or stands beside none."""
    page, line = lines[index]
    right = max(float(w["x1"]) for w in head)
    reach = right + MARGIN_GAP * float(head[0].get("size") or 10.0)

    def beside(at: int) -> bool:
        other_page, other = lines[at]
        return other_page == page and other.column == line.column and other.origin is LineOrigin.BODY \
            and bool(other.words) and float(other.words[0]["x0"]) >= reach

    if index == 0 or not beside(index - 1):
        return None
    if rest:
        below = PlacedLine(rest, line.column)
    elif index + 1 < len(lines) and beside(index + 1):
        below = lines[index + 1][1]
    else:
        return None
    above = lines[index - 1][1]
    top = min(float(w["top"]) for w in head)
    if top <= above.top or not _joined_up(above, below, usual):
        return None  # level with the first line of its block, or below the block's end
    start = index - 1
    while start > 0:
        previous_page, previous = lines[start - 1]
        if previous_page != page or previous.column != line.column or not previous.words \
                or not _joined_up(previous, lines[start][1], usual):
            return start
        if not beside(start - 1):
            return None  # the block runs up into the margin or across the page: not one block
        start -= 1
    return start


def _joined_up(above: PlacedLine, below: PlacedLine, usual: float) -> bool:
    """`below` follows `above` in one block: no wider gap between them than the usual one
    and `BLOCK_GAP` font sizes."""
    size = max(float(w.get("size") or 10.0) for w in above.words)
    return below.top - above.bottom < usual + BLOCK_GAP * size


def _usual_gap(lines: list[Numbered]) -> float | None:
    """The median gap between one line and the next below it on a page, in one column."""
    gaps = sorted(b.top - a.bottom for (pa, a), (pb, b) in zip(lines, lines[1:], strict=False)
                  if pa == pb and a.column == b.column and a.words and b.words and b.top >= a.bottom)
    return gaps[len(gaps) // 2] if gaps else None
