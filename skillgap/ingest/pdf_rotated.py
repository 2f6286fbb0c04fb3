"""Rotated (vertical) text on a PDF page, read the way a person reads it.

A heading set vertically in a margin ("EXPERIENCE" turned a quarter turn beside its
section) is a run of glyphs that are not upright. Read with the upright text, each glyph
lands on its own line ("E", "X", "P", ...) or is glued to the line beside it. Here such
glyphs are read apart, along their own direction (upward when turned anticlockwise,
downward when turned clockwise, from each glyph's text matrix), a run of them along one
vertical line becomes one word, and `lay_flat` sets it just above the top of the run, so
that it reads as a line of its own before the text beside it. A gap between two glyphs is
a word space when it is wider than a fifth of the font size and, in letter-spaced text,
clearly wider than the usual gap between its letters ("SALES EXPERIENCE" spaced 0.2 em).

pdfplumber's word grouping is not used for them: it reports a rotated glyph's advance as
its font size, so glyphs of one word come out as words of different sizes.
"""

from __future__ import annotations

import itertools
from typing import Any

Word = dict[str, Any]
SAME_LINE = 2.0  # points: rotated glyphs whose baselines are this close share a vertical line
WORD_GAP = 0.2  # font sizes: a wider gap between two glyphs along the line is a word space
RUN_GAP = 1.0  # font sizes: a wider gap starts another run (another heading)
LETTER_SPACED_GAP = 1.7  # ... and, in letter-spaced text, this many times its usual gap between letters


def extract_words(page: Any, **options: Any) -> list[Word]:
    """pdfplumber's words of the page, with rotated glyphs read along their direction."""
    rotated = [char for char in page.chars if not char.get("upright", True)]
    if not rotated:
        return page.extract_words(**options)
    words = page.filter(_upright_or_not_char).extract_words(**options)
    return words + _runs(rotated)


def lay_flat(words: list[Word]) -> None:
    """Give each rotated word (from `extract_words`) the box of a line of its own just
    above the top of its run: read before the text beside it, never merged with it."""
    for word in words:
        if word.get("rotated"):
            word["bottom"] = word["baseline"] = word["top"]
            word["top"] = word["top"] - float(word["size"])


def _upright_or_not_char(obj: dict) -> bool:
    return obj.get("object_type") != "char" or bool(obj.get("upright", True))


def _upward(char: dict) -> bool:
    matrix = char.get("matrix") or (0.0, 0.0)
    return float(matrix[1]) > 0


def _runs(chars: list[dict]) -> list[Word]:
    """Runs of rotated glyphs along each vertical line, in reading order, as words. A line's
    glyphs share its baseline, not their far edge: a small-caps capital stands out further."""
    lines: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: (_baseline_x(c), c["top"])):
        if lines and abs(_baseline_x(char) - _baseline_x(lines[-1][0])) <= SAME_LINE \
                and _upward(char) == _upward(lines[-1][0]):
            lines[-1].append(char)
        else:
            lines.append([char])
    return [word for line in lines for word in _split_line(line)]


def _baseline_x(char: dict) -> float:
    """Where a rotated glyph's baseline runs: its right edge when it reads upward (its top
    points left), its left edge when it reads downward."""
    return float(char["x1"]) if _upward(char) else float(char["x0"])


def _split_line(line: list[dict]) -> list[Word]:
    """One vertical line's glyphs in reading order, cut into runs at wide gaps."""
    upward = _upward(line[0])
    line.sort(key=lambda c: -c["bottom"] if upward else c["top"])
    spacing = _letter_spacing(line, upward)
    words: list[Word] = []
    run: list[dict] = []
    text = ""
    for char in line:
        gap = _gap(run[-1], char, upward) if run else 0.0
        if run and gap > RUN_GAP * _size(char):
            words.append(_word(run, text))
            run, text = [], ""
        if char["text"].isspace():
            text += " " if text and not text.endswith(" ") else ""
            continue
        if run and gap > max(WORD_GAP * _size(char), LETTER_SPACED_GAP * spacing) and not text.endswith(" "):
            text += " "
        run.append(char)
        text += char["text"]
    if run:
        words.append(_word(run, text))
    return words


def _letter_spacing(line: list[dict], upward: bool) -> float:
    """The usual gap between two glyphs of the line (most gaps are inside words): a
    letter-spaced heading's spacing, which may be as wide as `WORD_GAP`."""
    glyphs = [char for char in line if not char["text"].isspace()]
    gaps = sorted(gap for a, b in itertools.pairwise(glyphs)
                  if (gap := _gap(a, b, upward)) <= RUN_GAP * _size(b))  # not the gap to another run
    return max(gaps[len(gaps) // 4], 0.0) if gaps else 0.0


def _gap(previous: dict, char: dict, upward: bool) -> float:
    return float(previous["top"] - char["bottom"]) if upward else float(char["top"] - previous["bottom"])


def _size(char: dict) -> float:
    """A rotated glyph's font size: its box's width across the line."""
    return max(float(char["x1"]) - float(char["x0"]), 1.0)


def _word(run: list[dict], text: str) -> Word:
    first = run[0]
    return {
        "text": text.strip(), "x0": min(c["x0"] for c in run), "x1": max(c["x1"] for c in run),
        "top": min(c["top"] for c in run), "bottom": max(c["bottom"] for c in run),
        "upright": False, "size": max(_size(c) for c in run), "fontname": first.get("fontname", ""),
        "non_stroking_color": first.get("non_stroking_color"), "chars": run, "rotated": True,
    }
