"""Hidden text in a PDF: words a reader cannot see but every parser reads.

A word is hidden when it is tiny (under `HIDDEN_SIZE`), lies wholly outside the page, or
its colour is close to the colour actually behind it. A word without letters or digits
(a white bullet, dash or rule) hides nothing, and a tiny logo of a few letters on a badge
of another colour (LinkedIn's "in") is seen as a logo. "Behind it" is the last filled
shape (rectangle or path) drawn before the word whose box holds the word's centre, or the
page itself (white) when there is none; so white text on a navy sidebar or header band
is visible, white or near-white text on the white page is hidden, and so is black text
on a black box. An image behind a word, or a colour we cannot turn into RGB (patterns,
separations), leaves the background unknown, and then the word counts as visible: a
false alarm on a designed résumé costs more than a miss on an odd one.

A shape filled with an opacity below 1 (`/ca` in its graphics state: a white box at 8 %
over a dark sidebar) shows its colour blended with what is behind it.

Not detected: text hidden by a clipping path or by a shape drawn over it, text in
render mode 3 (invisible, as in OCR layers) and text drawn fully transparent: pdfminer
reports none of these.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from typing import Any

from pdfminer.layout import LTContainer

HIDDEN_SIZE = 4.0  # points
BADGE_CHARS = 3  # tiny text this short on a shape of another colour is a logo ("in"), not hidden
# Colours closer than this in every RGB channel (0..1) are one colour to the eye: 0.95
# grey on white is hidden, 0.85 grey is faint but readable.
CLOSE_COLOUR = 0.1
WHITE = (1.0, 1.0, 1.0)
# Backgrounds looked at per word, newest first: bounds the work on a hostile page with
# thousands of shapes (each page is already capped by pdf_guard's object budget).
MAX_FILLS_CHECKED = 200

RGB = tuple[float, float, float]


@dataclass(frozen=True)
class _Fill:
    x0: float
    top: float
    x1: float
    bottom: float
    rgb: RGB | None  # None: an image, or a colour that cannot be read
    alpha: float = 1.0  # the fill's opacity


def to_rgb(color: Any) -> RGB | None:
    """A pdfplumber colour (gray, RGB or CMYK tuple, 0..1) as RGB; None when unreadable."""
    if not isinstance(color, (list, tuple)) or len(color) not in (1, 3, 4):
        return None
    try:
        values = [min(1.0, max(0.0, float(c))) for c in color]
    except (TypeError, ValueError):  # a pattern name
        return None
    if not all(math.isfinite(v) for v in values):
        return None
    if len(values) == 1:
        return (values[0],) * 3
    if len(values) == 3:
        return values[0], values[1], values[2]
    c, m, y, k = values
    return (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)


class Backdrop:
    """What is painted under each point of one page, in drawing order."""

    def __init__(self, page: Any) -> None:
        self.width, self.height = float(page.width), float(page.height)
        self._char_order: dict[int, int] = {}
        self._fills: list[_Fill] = []
        self._fill_orders: list[int] = []
        objects = page.objects  # pdfplumber's dicts, per kind, each list in drawing order
        seen: dict[str, int] = {}
        for order, (kind, alpha) in enumerate(_kinds_in_drawing_order(page.layout)):
            index = seen.get(kind, 0)
            seen[kind] = index + 1
            items = objects.get(kind) or ()
            if index >= len(items):  # never expected: pdfplumber walks the same tree
                continue
            item = items[index]
            if kind == "char":
                self._char_order[id(item)] = order
            elif kind == "image" or (kind in ("rect", "curve") and item.get("fill")):
                rgb = None if kind == "image" else to_rgb(item.get("non_stroking_color"))
                self._fills.append(_Fill(item["x0"], item["top"], item["x1"], item["bottom"], rgb, alpha))
                self._fill_orders.append(order)

    def is_hidden(self, word: dict[str, Any]) -> bool:
        """Tiny, off the page, or (nearly) the colour of what is behind it."""
        x0, x1, top, bottom = word["x0"], word["x1"], word["top"], word["bottom"]
        if x1 <= 0 or x0 >= self.width or bottom <= 0 or top >= self.height:
            return True
        if not any(c.isalnum() for c in str(word.get("text", ""))):
            return False  # a white bullet, dash or rule hides no words
        ink = to_rgb(word.get("non_stroking_color"))
        background = self._behind(word, (x0 + x1) / 2, (top + bottom) / 2)
        same = ink is not None and background is not None and all(
            abs(a - b) <= CLOSE_COLOUR for a, b in zip(ink, background, strict=True))
        size = word.get("size")
        if size is not None and float(size) < HIDDEN_SIZE:
            # a two-letter logo ("in") drawn on a badge of another colour is seen as a logo
            return not (len(str(word.get("text", ""))) <= BADGE_CHARS and background is not None
                        and background != WHITE and not same)
        return same

    def _behind(self, word: dict[str, Any], x: float, y: float) -> RGB | None:
        if not self._fills:
            return WHITE
        chars = word.get("chars") or ()
        orders = [self._char_order[id(c)] for c in chars if id(c) in self._char_order]
        drawn_at = min(orders) if orders else math.inf
        last = bisect.bisect_left(self._fill_orders, drawn_at)
        layers: list[_Fill] = []  # from the top down to the first opaque one
        for fill in reversed(self._fills[max(0, last - MAX_FILLS_CHECKED):last]):
            if fill.x0 <= x <= fill.x1 and fill.top <= y <= fill.bottom:
                layers.append(fill)
                if fill.alpha >= 1.0:
                    break
        else:
            layers.append(_Fill(0, 0, 0, 0, WHITE if last <= MAX_FILLS_CHECKED else None))
        colour = layers[-1].rgb
        for fill in reversed(layers[:-1]):  # blend each translucent layer over what is below it
            if colour is None or fill.rgb is None:
                return None
            colour = tuple(fill.alpha * a + (1 - fill.alpha) * b for a, b in zip(fill.rgb, colour, strict=True))
        return colour


def set_fill_alpha(graphicstate: Any, resources: Any, name: Any) -> None:
    """`name gs`: the fill opacity (`/ca`) of that graphics state dictionary, kept on the
    interpreter's graphic state for the shapes filled after it."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import literal_name

    states = resolve1(resources.get("ExtGState")) if isinstance(resources, dict) else None
    state = resolve1(states.get(literal_name(name))) if isinstance(states, dict) else None
    alpha = resolve1(state.get("ca")) if isinstance(state, dict) else None
    if isinstance(alpha, (int, float)) and not isinstance(alpha, bool) and math.isfinite(alpha):
        graphicstate.fill_alpha = min(1.0, max(0.0, float(alpha)))


def keep_fill_alpha(current: Any, saved: Any) -> None:
    """The saved copy of a graphic state (`q`) keeps its fill opacity: pdfminer copies only its own fields."""
    saved.fill_alpha = getattr(current, "fill_alpha", 1.0)


def mark_translucent(items: list[Any], graphicstate: Any) -> None:
    """Shapes just filled under an opacity below 1 carry it, for `Backdrop`."""
    alpha = getattr(graphicstate, "fill_alpha", 1.0)
    if alpha < 1.0:
        for item in items:
            item.fill_alpha = alpha


def _kinds_in_drawing_order(layout: Any) -> list[tuple[str, float]]:
    """The object kinds of a page, each with its fill opacity, in the order pdfplumber
    lists them (its `iter_layout_objects` without LAParams: containers are walked, not listed)."""
    kinds: list[tuple[str, float]] = []
    stack = [iter(layout)]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
        elif isinstance(item, LTContainer):
            stack.append(iter(item))
        else:
            kinds.append((type(item).__name__[2:].lower(), getattr(item, "fill_alpha", 1.0)))
    return kinds
