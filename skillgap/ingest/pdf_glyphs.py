"""Glyphs a PDF draws that are not text a reader reads once: left out before words are made.

- A glyph set at a slant, neither upright nor a quarter turn: a watermark or a stamp across
  the page ("DRAFT", a word in large pale letters behind the text). pdfplumber calls such a
  glyph upright, and its tall box glues the lines it lies across into one.
- A second copy of a glyph drawn just beside the first: a drop shadow or an outline under a
  heading (the same letters in black 4 pt lower, then in colour), or a bold faked by
  printing twice. Read as it is, "Interests" comes out as "Interests Interests" or as two
  lines. The copy drawn first (underneath) is left out; a copy is the same character in the
  same font and size, nearer than SHADOW_ACROSS of the size across the line (two letters
  side by side are an advance apart, at least about a fifth of the size for "l" or "i")
  and SHADOW_DOWN of the size up or down.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

SLANT = 0.1  # the sine of the smallest angle off the page's axes that is a slant (about 6 degrees)
SHADOW_ACROSS = 0.15  # font sizes along the line within which a same glyph is a copy
SHADOW_DOWN = 0.35  # font sizes up or down within which a same glyph is a copy


def readable(page: Any) -> Any:
    """The page without slanted glyphs and without the under-copies of shadowed glyphs."""
    chars = page.chars
    dropped = {id(char) for char in chars if _oblique(char)} | _under_copies(chars)
    if not dropped:
        return page
    return page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) not in dropped)


def _oblique(char: dict) -> bool:
    matrix = char.get("matrix") or (1.0, 0.0)
    a, b = float(matrix[0]), float(matrix[1])
    scale = math.hypot(a, b)
    return scale > 0 and SLANT < abs(b) / scale < 1 - SLANT and SLANT < abs(a) / scale


def _under_copies(chars: list[dict]) -> set[int]:
    """ids of the glyphs that another glyph, drawn later, copies close by. Glyphs are kept in
    cells of the copy distance, so each is compared with its neighbours only."""
    cells: dict[tuple, list[dict]] = defaultdict(list)
    under: set[int] = set()
    for char in chars:  # in drawing order: a later copy covers an earlier one
        text = char.get("text") or ""
        size = float(char.get("size") or 0)
        if not text.strip() or size <= 0 or not char.get("upright", True):
            continue
        across, down = SHADOW_ACROSS * size, SHADOW_DOWN * size
        x, y = float(char["x0"]), float(char["top"])
        key = (text, char.get("fontname"), round(size, 1))
        col, row = math.floor(x / across), math.floor(y / down)
        for dc in (-1, 0, 1):
            for dr in (-1, 0, 1):
                for earlier in cells.get((*key, col + dc, row + dr), ()):
                    if abs(float(earlier["x0"]) - x) <= across and abs(float(earlier["top"]) - y) <= down:
                        under.add(id(earlier))
        cells[(*key, col, row)].append(char)
    return under
