"""Upright letters stacked one under another: a heading set as a column of letters in a strip
beside its section ("P", "r", "o", "f", "i", "l", "e" down a margin). Read as they stand,
each letter joins the line of text beside it ("P Calm, patient ...", "r", "o classrooms
..."). Here a stack becomes one word, marked like a rotated heading, so that `lay_flat`
(`pdf_rotated.py`) sets it on a line of its own above the text beside it.

A stack is a run of words of one letter each, in one font and size, centred on one
vertical line (within `SAME_AXIS`), each right below the one before (its top within
`STACK_PITCH` of the height of the letter above), at least `MIN_LETTERS` long, that spells
an English word opening with a capital: a column of sub-bullets ("o" under "o") or of grades
("A", "A", "B") spells none.
"""

from __future__ import annotations

from typing import Any

from skillgap.ingest.pdf_words import face

Word = dict[str, Any]
SAME_AXIS = 1.0  # points between the centres of two stacked letters
STACK_PITCH = 1.5  # letter heights: the next letter's top is at most this far below the top of the one above
MIN_LETTERS = 3


def join_stacks(words: list[Word]) -> list[Word]:
    """`words` with each stack of upright letters (module docstring) replaced by one word."""
    letters = sorted((w for w in words if _letter(w)), key=_axis)
    axes: list[list[Word]] = []  # letters on one vertical line
    for word in letters:
        if axes and _axis(word) - _axis(axes[-1][-1]) <= SAME_AXIS:
            axes[-1].append(word)
        else:
            axes.append([word])
    stacks: list[list[Word]] = []
    for axis in axes:
        last = None
        for word in sorted(axis, key=lambda w: w["top"]):
            if last is not None and face(word)[:2] == face(last)[:2] \
                    and 0 < word["top"] - last["top"] <= STACK_PITCH * (last["bottom"] - last["top"]):
                stacks[-1].append(word)
            else:
                stacks.append([word])
            last = word
    stacks = [stack for stack in stacks if len(stack) >= MIN_LETTERS and _a_word(stack)]
    if not stacks:
        return words
    gone = {id(word) for stack in stacks for word in stack}
    return [w for w in words if id(w) not in gone] + [_stack_word(stack) for stack in stacks]


def _a_word(stack: list[Word]) -> bool:
    """The letters spell an English word opening with a capital ("Profile", "Volunteer"): not
    a column of sub-bullets ("o", "o", "o") or of grades ("A", "A", "B")."""
    from skillgap.language.lexicon import english_words

    text = "".join(str(w["text"]) for w in stack)
    return text[:1].isupper() and text.lower() in english_words()


def _letter(word: Word) -> bool:
    text = str(word.get("text", ""))
    return len(text) == 1 and text.isalpha() and bool(word.get("upright", True)) and not word.get("rotated")


def _axis(word: Word) -> float:
    return (float(word["x0"]) + float(word["x1"])) / 2


def _stack_word(stack: list[Word]) -> Word:
    first = stack[0]
    return {
        **first,
        "text": "".join(str(w["text"]) for w in stack),
        "x0": min(float(w["x0"]) for w in stack), "x1": max(float(w["x1"]) for w in stack),
        "top": float(first["top"]), "bottom": float(stack[-1]["bottom"]),
        "chars": [c for w in stack for c in w.get("chars", ())], "rotated": True,
    }
