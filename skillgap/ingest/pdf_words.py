"""Mend the words pdfplumber cuts where a reader sees one word, or reads letters as words.

- A style change inside a word: pdfplumber starts a new word whenever the font, size or
  colour changes (we ask for those attributes), so a heading whose first letters are set
  in another colour ("Exp|erience", friggeri-style) or a small-caps word whose capital is
  bigger than the rest ("E|DUCATION") comes back split. Two pieces on one row in one
  typeface that touch (a gap no wider than the word-spacing tolerance, `X_TOLERANCE_RATIO`
  of the font size) are one word; a change of typeface ("john|smith", light then bold)
  is a word boundary a designer drew without a space. A hyphen that starts the capitals'
  piece of small caps, touching the small letters before it ("QUINTERO" "-HOLM"), is inside
  the word.
- Letter-spaced text ("W E R D E G A N G", names in a header): a run of three or more
  one-character pieces on one row, evenly spaced, is joined; a gap clearly wider than the
  run's letter spacing is a word space ("S I M O N  H O N E G G E R" -> "SIMON HONEGGER").
- A space character that takes no room (the next letter starts where it starts: Chromium
  prints a soft hyphen it did not break at that way, "reconcil iation") is no word space.
- U+00AD (soft hyphen) drawn in a PDF is a visible hyphen (fonts and HTML-to-PDF tools use
  it for "-"): it becomes "-" so a compound or a date range keeps its dash, and a line
  ending in it is joined with the next like any hyphenated line end.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

Word = dict[str, Any]

X_TOLERANCE_RATIO = 0.1  # font sizes: a gap this small is no word space (see pdf.py)
KERN_OVERLAP = 0.12  # font sizes two letters of a word may overlap by, kerned ("T" over "A" in "TALKS")
PHANTOM_SPACE = 0.02  # font sizes: a space character narrower than this is drawn, not seen
SPACED_RUN = 3  # one-character pieces in a row that make letter-spaced text
MAX_LETTER_GAP = 0.8  # font sizes: wider gaps between single letters are word spaces anyway
WORD_GAP_FACTOR = 1.7  # a gap this many times the run's usual letter gap is a word space


def mend_words(words: list[Word]) -> list[Word]:
    """The page's words (pdfplumber order: rows, left to right) with style splits and
    letter-spaced runs joined and soft hyphens made visible."""
    for word in words:
        if "\u00ad" in word["text"]:
            word["text"] = word["text"].replace("\u00ad", "-")
    return _join_kerned_capitals(_join_letter_spaced(_join_style_splits(words)))


def _size(word: Word) -> float:
    return float(word.get("size") or 10.0)


def _same_row(a: Word, b: Word) -> bool:
    """b sits on a's row: their boxes overlap vertically by most of the smaller one."""
    overlap = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    return overlap >= 0.5 * min(a["bottom"] - a["top"], b["bottom"] - b["top"])


def _upright(word: Word) -> bool:
    return all(c.get("upright", True) for c in word.get("chars") or ())


def _merge(a: Word, b: Word, space: bool = False) -> Word:
    """One word from two; b's chars follow a's. The larger size wins (small caps)."""
    merged = dict(a)
    merged["text"] = a["text"] + (" " if space else "") + b["text"]
    merged["x1"] = max(a["x1"], b["x1"])
    merged["top"] = min(a["top"], b["top"])
    merged["bottom"] = max(a["bottom"], b["bottom"])
    merged["size"] = max(_size(a), _size(b))
    merged["hidden"] = bool(a.get("hidden")) and bool(b.get("hidden"))
    merged["link"] = a.get("link") or b.get("link")
    if "chars" in a or "chars" in b:
        merged["chars"] = list(a.get("chars") or ()) + list(b.get("chars") or ())
    return merged


def _join_style_splits(words: list[Word]) -> list[Word]:
    out: list[Word] = []
    for word in words:
        if out and _touches(out[-1], word):
            out[-1] = _merge(out[-1], word)
        else:
            out.append(word)
    return out


def _touches(a: Word, b: Word) -> bool:
    """b goes on a's word: same row, no word space between, and a style change between them
    or no room for the space character that pdfplumber split them at."""
    if not (_same_row(a, b) and _upright(a) and _upright(b)):
        return False
    gap = b["x0"] - a["x1"]
    size = min(_size(a), _size(b))
    if not -max(0.5, KERN_OVERLAP * size) <= gap <= X_TOLERANCE_RATIO * size + 0.01:
        return False
    styles = ("size", "fontname", "non_stroking_color")
    if all(a.get(key) == b.get(key) for key in styles):
        # pdfplumber kept them apart for a space character between them; one that takes no
        # room is no space a reader sees (Chromium draws a soft hyphen it does not break at so)
        if gap <= PHANTOM_SPACE * _size(a) and _HYPHENATED.match(b["text"]) and _last_size(a) != _size(b):
            return a["text"][-1:].isalnum()  # small caps: "UINTERO" then "-H" in the capitals' size
        return gap <= PHANTOM_SPACE * _size(a) and a["text"][-1:].isalpha() and b["text"][:1].isalpha()
    if base_font(a) != base_font(b):
        return False  # another typeface is another word ("john|smith" set light, then bold)
    text_a, text_b = a["text"], b["text"]
    return text_a[-1:].isalnum() and text_b[:1].isalnum()


def _last_size(word: Word) -> float:
    """The size of the word's last glyph (a word merged from small caps has two sizes)."""
    chars = word.get("chars") or ()
    return float(chars[-1].get("size") or 0.0) if chars else _size(word)


_HYPHENATED = re.compile(r"[-\u2010\u2011][^\W\d_]")  # "-HOLM": a hyphen, then a letter


_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")  # "ABCDEF+Lato-Bold": the tag of an embedded subset


def base_font(word: Word) -> str:
    """The word's font name without its subset tag: one typeface whatever subset drew it."""
    return _SUBSET_TAG.sub("", str(word.get("fontname", "")))


def face(word: Word) -> tuple[str, float, str]:
    """The word's typeface, size (to a tenth of a point) and colour: what marks a heading's type."""
    return str(word.get("fontname", "")), round(float(word.get("size") or 0.0), 1), str(word.get("non_stroking_color"))


def _join_letter_spaced(words: list[Word]) -> list[Word]:
    out: list[Word] = []
    index = 0
    spacing: tuple[Word, float] | None = None  # the last letter-spaced word and its letter gap
    while index < len(words):
        end = index + 1
        while end < len(words) and _spaced_pair(words[end - 1], words[end], words[end - 2] if end - 2 >= index
                                                else None):
            end += 1
        run = words[index:end]
        singles = sum(len(w["text"]) == 1 for w in run)
        if singles >= SPACED_RUN and _spaced_letters(run, singles):
            out.extend(_letters_to_words(run))
            spacing = (out[-1], _usual_gap(run))
        elif spacing is not None and _short_spaced_word(run, *spacing):
            out.append(_merge(run[0], run[1]))  # "O F" between "SUMMARY" and "QUALIFICATIONS"
        else:
            out.extend(run)
        index = end
    return out


def _short_spaced_word(run: list[Word], before: Word, gap: float) -> bool:
    """Two letters of a word in letter-spaced text too short to make a run of its own ("OF",
    "IN"): single letters on the row of the letter-spaced word before them, in its style,
    spaced as its letters are."""
    if len(run) != 2 or any(len(w["text"]) != 1 or not w["text"].isalpha() for w in run):
        return False
    if not (_same_row(before, run[0]) and all(w.get("fontname") == before.get("fontname")
                                              and _size(w) == _size(before) for w in run)):
        return False
    return abs(run[1]["x0"] - run[0]["x1"] - gap) <= SAME_SPACING * _size(before)


SAME_SPACING = 0.05  # font sizes: two letter gaps this close are one letter spacing


def _usual_gap(run: list[Word]) -> float:
    """The letter spacing of a letter-spaced run: most gaps in it are between letters."""
    gaps = sorted(b["x0"] - a["x1"] for a, b in itertools.pairwise(run))
    return gaps[len(gaps) // 4]


KERNED_GAP = 0.2  # font sizes: capitals this close are one word when together they make one
MAX_KERNED_PIECES = 4


def _join_kerned_capitals(words: list[Word]) -> list[Word]:
    """Pieces of a word in capitals that a letter-spaced heading's kerning split apart ("E
    XPERTISE", "L AN GUAGES"): two to four pieces in one style on a row, closer than a word
    space, that together make an English word when one of them is no word alone. Words that
    are words apart stay apart ("IT SKILLS", "SOCIAL MEDIA")."""
    from skillgap.language.lexicon import english_words

    out: list[Word] = []
    index = 0
    while index < len(words):
        best = 1
        for count in range(2, MAX_KERNED_PIECES + 1):
            run = words[index : index + count]
            if len(run) < count or not _kerned_pair(run[-2], run[-1]):
                break
            texts = [str(w["text"]) for w in run]
            vocabulary = english_words()
            if "".join(texts).lower() in vocabulary and any(t.lower() not in vocabulary for t in texts):
                best = count
        merged = words[index]
        for word in words[index + 1 : index + best]:
            merged = _merge(merged, word)
        out.append(merged)
        index += best
    return out


def _kerned_pair(a: Word, b: Word) -> bool:
    text_a, text_b = str(a["text"]), str(b["text"])
    if not (text_a.isalpha() and text_a.isupper() and text_b.isalpha() and text_b.isupper()):
        return False
    if not (_same_row(a, b) and a.get("fontname") == b.get("fontname") and _size(a) == _size(b)):
        return False
    return 0 <= b["x0"] - a["x1"] <= KERNED_GAP * _size(a)


def _spaced_letters(run: list[Word], singles: int) -> bool:
    """The run is letter-spaced text: single letters, with at most one kerned group of two
    or three capitals ("K AT E"), or a few kerned pairs among many letters ("T R A D E
    Q UA L I F I C AT I O N S"): not a row of acronyms ("AWS GCP SQL")."""
    groups = [w for w in run if len(w["text"]) > 1]
    return len(groups) <= 1 or (all(len(w["text"]) == 2 for w in groups) and singles >= KERNED_SHARE * len(groups))


KERNED_SHARE = 4  # single letters per kerned pair, at least, in a letter-spaced run


def _spaced_pair(a: Word, b: Word, before: Word | None = None) -> bool:
    """`b` goes on the letter-spaced run that `a` ends (`before`: the letter before `a`, in
    the run): close enough, or single letters set in cells of one width, centre to centre
    as far apart as `before` and `a` ("R" to a narrow "I" in "E X P E R I E N C E" tiles)."""
    if not (_letterish(a) and _letterish(b)):
        return False  # a run is of single letters (and kerned capitals: "K AT E", "VAT E"), not words
    if not (_same_row(a, b) and _upright(a) and _upright(b)):
        return False
    gap = b["x0"] - a["x1"]
    size = min(_size(a), _size(b))
    if 0 <= gap <= MAX_LETTER_GAP * size:
        return True
    return before is not None and len(str(before["text"])) == len(str(a["text"])) == len(str(b["text"])) == 1 \
        and gap <= MAX_CELL_GAP * size and _same_row(before, a) \
        and abs((_centre(b) - _centre(a)) - (_centre(a) - _centre(before))) <= SAME_PITCH * size


MAX_CELL_GAP = 1.2  # font sizes: the widest gap beside a narrow letter in a cell of its own
SAME_PITCH = 0.05  # font sizes: letter centres this close to one step apart are set in cells


def _letterish(word: Word) -> bool:
    text = word["text"]
    return len(text) == 1 or (len(text) <= 3 and text.isupper())


def _letters_to_words(run: list[Word]) -> list[Word]:
    usual = _usual_gap(run)
    limit = max(usual * WORD_GAP_FACTOR, usual + 0.25 * min(_size(w) for w in run))
    out = [run[0]]
    for word in run[1:]:
        gap = word["x0"] - out[-1]["x1"]
        if gap > limit:
            out.append(word)
        else:
            out[-1] = _merge(out[-1], word)
    return out


def _centre(word: Word) -> float:
    return (float(word["x0"]) + float(word["x1"])) / 2
