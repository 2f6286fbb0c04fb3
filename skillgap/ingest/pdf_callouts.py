"""Callout boxes: a shaded box floated beside the text ("Key Achievements" beside a role's
bullets, a quote or a tip box) shares its rows with the lines around it, and read row by row
across the page each of its lines lands inside a bullet beside it. Such a box is no column:
it is too short for a gutter (`pdf_columns`), and a gutter would cut the lines beside it.
Only a page the column reader reads as one column is looked at: a sidebar of stacked cards
is its columns.

A callout here is a filled rectangle of a colour other than white, narrower than most of
the page and shorter than half of it (a taller one is a sidebar's background, which the
column reader handles), holding at least three rows of words wholly inside it, with text
beside it on the left or the right within its height. Its words are read on their own and
placed, as a side column, where the box starts; `sections.py` then goes on with the section
open in the main text after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from skillgap.ingest.pdf_hidden import WHITE, to_rgb

Word = dict[str, Any]

MIN_WIDTH_SHARE = 0.15  # of the page width
MAX_WIDTH_SHARE = 0.6  # wider: a band across the page
MAX_HEIGHT_SHARE = 0.5  # of the page height; taller: a sidebar's background
MIN_ROWS = 3  # distinct rows of words inside: a shaded date cell holds one or two
SLACK = 1.0  # points a word may stick out of its box


@dataclass(frozen=True)
class Box:
    x0: float
    top: float
    x1: float
    bottom: float

    def holds(self, word: Word) -> bool:
        return (word["x0"] >= self.x0 - SLACK and word["x1"] <= self.x1 + SLACK
                and word["top"] >= self.top - SLACK and word["bottom"] <= self.bottom + SLACK)

    def beside(self, word: Word) -> bool:
        """The word sits left or right of the box, within its height."""
        return (word["bottom"] > self.top and word["top"] < self.bottom
                and (word["x1"] <= self.x0 or word["x0"] >= self.x1))


def callouts(rects: list[dict[str, Any]], words: list[Word], width: float, height: float) -> list[Box]:
    """The callout boxes of a page, outermost only, top to bottom."""
    shaded: list[Box] = []
    for rect in rects:
        if not rect.get("fill") or to_rgb(rect.get("non_stroking_color")) in (None, WHITE):
            continue
        box = Box(float(rect["x0"]), float(rect["top"]), float(rect["x1"]), float(rect["bottom"]))
        if not MIN_WIDTH_SHARE * width <= box.x1 - box.x0 <= MAX_WIDTH_SHARE * width \
                or box.bottom - box.top > MAX_HEIGHT_SHARE * height:
            continue
        if len({round(w["top"]) for w in words if box.holds(w)}) >= MIN_ROWS:
            shaded.append(box)
    # beside text that is in no such box: cards side by side are read card by card (`pdf_blocks`)
    loose = [w for w in words if not any(box.holds(w) for box in shaded)]
    found = [box for box in shaded if any(box.beside(w) for w in loose)]
    outer = [b for b in found if not any(o is not b and o.x0 <= b.x0 and o.x1 >= b.x1 and o.top <= b.top
                                         and o.bottom >= b.bottom for o in found)]
    return sorted(set(outer), key=lambda b: (b.top, b.x0))
