"""Section headings set in the right margin, on the baseline of their section's first line.

Some templates put each heading at the right edge of the page, level with the first line
of its section ("thumb-index" tabs, a right-hand label column): the reader then finds
"... native fauna.   About Me" and "Western Plains Wildlife Park   Experience", the heading
after the text it opens. `right_margin_headings` moves such a heading onto a line of its
own before that line, joining the parts of one that wraps ("Animal Care" over
"Experience").

A line's last words are taken for such a heading only when they stand apart from the text
before them (a gap of MARGIN_GAP font sizes and another type style), are a known résumé
heading, and the document sets at least two headings so (one edge and one type style): a
right-aligned employer that happens to read as a heading ("Department of Education") is a
single line, not a column of headings.
"""

from __future__ import annotations

from collections import Counter

from skillgap.ingest.pdf_headings import (
    MARGIN_GAP,
    MAX_HEAD_WORDS,
    MAX_PARTS,
    SAME_EDGE,
    _continues,
    _joined,
    _margin_kind,
    _merged,
    _named_like_a_heading,
    _same_style,
)
from skillgap.ingest.pdf_layout import PlacedLine
from skillgap.ingest.pdf_words import Word

MIN_HEADINGS = 2  # right-margin headings a document sets in one place and type, at least

Found = tuple[int, int, list[list[Word]]]  # first line, last line, the heading's parts


def right_margin_headings(lines: list[tuple[int, PlacedLine]]) -> list[tuple[int, PlacedLine]]:
    """The page-numbered lines with each right-margin heading on a line of its own, before
    the line it stands beside."""
    found = _found(lines)
    places = Counter(place for _, _, parts in found for place in _places(parts))
    found = [f for f in found if any(places[place] >= MIN_HEADINGS for place in _places(f[2]))]
    if not found:
        return lines
    out = list(lines)
    for first, last, parts in reversed(found):  # from the end: earlier indices stay valid
        page, line = out[first]
        moved = [(page, PlacedLine(_merged(parts), line.column, line.origin))]
        for index, part in zip(range(first, last + 1), parts, strict=True):
            left = [w for w in out[index][1].words if not any(w is p for p in part)]
            if left:
                moved.append((out[index][0], PlacedLine(left, out[index][1].column, out[index][1].origin)))
        out[first:last + 1] = moved
    return out


def _found(lines: list[tuple[int, PlacedLine]]) -> list[Found]:
    """Each run of line ends that is a known heading (the longest, wrapped over up to
    MAX_PARTS lines), in order."""
    found: list[Found] = []
    index = 0
    while index < len(lines):
        page, line = lines[index]
        tail = _tail(line.words)
        parts = [tail] if tail else []
        following = index + 1
        while parts and len(parts) < MAX_PARTS and following < len(lines) and lines[following][0] == page:
            part = _tail(lines[following][1].words)
            if not part or not _continues(parts[-1], part):
                break
            parts.append(part)
            following += 1
        for end in range(len(parts), 0, -1):
            words = [w for part in parts[:end] for w in part]
            if _named_like_a_heading(words) and _margin_kind(_joined(words)) is not None \
                    and _margin_empty_below(lines, index + end, page, words):
                found.append((index, index + end - 1, parts[:end]))
                index += end - 1
                break
        index += 1
    return found


def _margin_empty_below(lines: list[tuple[int, PlacedLine]], index: int, page: int, heading: list[Word]) -> bool:
    """No text stands under the heading on the next lines (BELOW_LINES): the margin holds
    headings only (the next one may follow right under it: "Hobbies and" / "Interests" over
    "Referees"). A sidebar read line by line beside the main column has its own text
    under its headings ("HONORS" over "Silver medal ...")."""
    left = min(float(w["x0"]) for w in heading)
    for next_page, line in lines[index : index + BELOW_LINES]:
        if next_page != page:
            break
        below = [w for w in line.words if float(w["x0"]) >= left - SAME_EDGE]
        if below and not _next_heading(line.words, below):
            return False
    return True


def _next_heading(words: list[Word], below: list[Word]) -> bool:
    """The words in the margin are the line's tail and a known heading: the next heading."""
    tail = _tail(words)
    return len(tail) == len(below) and all(a is b for a, b in zip(tail, below, strict=True)) \
        and _named_like_a_heading(tail) and _margin_kind(_joined(tail)) is not None


BELOW_LINES = 2  # lines under a right-margin heading that must leave its margin empty


def _tail(words: list[Word]) -> list[Word]:
    """The last words of a line when they stand apart from the text before them: a gap of
    MARGIN_GAP font sizes, another type style, and one style among themselves. Text, not an
    icon ("★  STRENGTHS") or a number ("1  Profile"), stands before them."""
    for start in range(len(words) - 1, max(0, len(words) - MAX_HEAD_WORDS - 1), -1):
        before, first = words[start - 1], words[start]
        if not all(_same_style(first, w) for w in words[start:]):
            return []
        if first["x0"] - before["x1"] >= MARGIN_GAP * float(first.get("size") or 10.0):
            text_before = any(ch.isalpha() for w in words[:start] for ch in str(w["text"]))
            return [] if _same_style(before, first) or not text_before else words[start:]
    return []


def _places(parts: list[list[Word]]) -> tuple[tuple, tuple]:
    """Where and in what type a heading stands: its left edge and its right edge (to
    SAME_EDGE: tabs share the one, right-aligned labels the other), with its font, size
    and colour."""
    first = parts[0][0]
    style = first.get("fontname"), round(float(first.get("size") or 0), 1), first.get("non_stroking_color")
    right = max(float(w["x1"]) for part in parts for w in part)
    return ("left", round(float(first["x0"]) / SAME_EDGE), *style), ("right", round(right / SAME_EDGE), *style)
