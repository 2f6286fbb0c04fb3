"""Glyphs a PDF draws that are not text a reader reads once: left out before words are made.

- A glyph set at a slant, neither upright nor a quarter turn: a watermark or a stamp across
  the page ("DRAFT", a word in large pale letters behind the text). pdfplumber calls such a
  glyph upright, and its tall box glues the lines it lies across into one.
- A glyph tilted less than that (a heading set like a sticker, turned 3 degrees) is read,
  set level along its run (`_level_tilted`), or its letters would land on lines of their own.
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
    """The page without slanted glyphs and without the under-copies of shadowed glyphs;
    glyphs tilted a little are set level."""
    chars = page.chars
    _level_tilted(chars)
    dropped = {id(char) for char in chars if _oblique(char)} | _under_copies(chars)
    if not dropped:
        return page
    return page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) not in dropped)


def _level_tilted(chars: list[dict]) -> None:
    """Set level each run of glyphs tilted less than a slant (a heading turned 3 degrees like
    a sticker): drawn one after another with one tilt, each glyph's box is moved up or down
    by its rise along the run from the run's first glyph, and given the first glyph's size,
    so that the run reads as one line of words instead of letters on lines of their own.
    The page's own glyph dicts are changed: the page is read once, then closed."""
    run_start: tuple[float, float, Any] | None = None  # the run's first glyph's x0, slope and size
    previous: tuple | None = None
    last_x = 0.0
    for char in chars:
        matrix = tuple(char.get("matrix") or (1.0, 0.0, 0.0, 1.0))[:4]
        a, b = float(matrix[0]), float(matrix[1])
        _, up = _sines(char)
        if not (a > 0 and 0.005 < up <= SLANT):
            run_start = previous = None
            continue
        x0 = float(char["x0"])
        size = float(char.get("size") or 0.0)
        if run_start is None or matrix != previous or not run_start[0] <= x0 <= last_x + 2 * size:
            # another run: another tilt, or a glyph back to the left or far on (a second sticker)
            run_start = (x0, b / a, char.get("size"))
        last_x = x0
        previous = matrix
        shift = (x0 - run_start[0]) * run_start[1]
        char["size"] = run_start[2]  # a tilted glyph's size varies with its shape's box
        for key in ("top", "bottom", "doctop"):
            if key in char:
                char[key] = float(char[key]) + shift
        for key in ("y0", "y1"):
            if key in char:
                char[key] = float(char[key]) - shift


def _sines(char: dict) -> tuple[float, float]:
    """How far a glyph's baseline turns from the page's horizontal: the cosine and the sine
    of its angle, both as absolute values (0, 0 for a glyph with no scale)."""
    matrix = char.get("matrix") or (1.0, 0.0)
    a, b = float(matrix[0]), float(matrix[1])
    scale = math.hypot(a, b)
    return (abs(a) / scale, abs(b) / scale) if scale > 0 else (0.0, 0.0)


def _oblique(char: dict) -> bool:
    across, up = _sines(char)
    return SLANT < up < 1 - SLANT and SLANT < across


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
