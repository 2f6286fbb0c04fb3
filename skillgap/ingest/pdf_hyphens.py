"""Words that justified PDF text hyphenated at a line end, joined back ("infras-" + "tructure").

TeX and Word break long words across lines with a hyphen; read line by line, the text says
"cutting infras- tructure cost", and neither a tracking system's keyword search nor our
matcher finds "infrastructure", "Kubernetes" or "monitoring" in it. When a line ends in a
hyphen after two or more letters and the next line of the same column goes on with a
lower-case word, that word moves up to the end of the first line, with the hyphen

- dropped when the two halves make an English word ("recommenda-tion", "moni-toring"), or
  when neither half is a word ("Kuber-netes", "infras-tructure");
- kept otherwise: one half is a word and the join is not ("data-driven", "scikit-learn",
  "end-to-end"), after one letter ("e-commerce"), and after a prefix before a word
  ("non-technical", "self-service"; but "pre-sented" is "presented").

A kept hyphen is harmless where TeX broke a name that has none ("Elastic-search"): the
matcher also compares names with their punctuation removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from skillgap.ingest.pdf_layout import PlacedLine

_BROKEN_END = re.compile(r"(?:^|[^A-Za-z])([A-Za-z]+)-$")
_GOES_ON = re.compile(r"^([a-z]+)")
_GOES_ON_IN_CAPITALS = re.compile(r"^([A-Z]+)$")  # "INSTRU-" over "MENTATION": a heading in capitals
_HYPHENS = "-\u2010\u2011"  # a hyphen, and the hyphens a browser draws for a soft hyphen's break
LONE_HYPHEN_GAP = 0.15  # font sizes: a hyphen this close after a word is its end ("INSTRU ‐" letter-spaced)
KEEP_HYPHEN_AFTER = frozenset("non self cross multi semi anti pre post co ex".split())


def rejoin_hyphenated(lines: Iterable[tuple[int, PlacedLine]]) -> list[tuple[int, PlacedLine]]:
    """The lines, with words broken across two lines of the same column joined on the first."""
    from skillgap.language.lexicon import english_words  # cached: loaded when first asked

    out: list[tuple[int, PlacedLine]] = []
    for page, line in lines:
        ended = _with_lone_hyphen(out[-1][1]) if out and line.words else None
        if ended is not None and _joinable(ended, line):
            words = english_words()
            out[-1] = (out[-1][0], ended)
            before = out[-1][1].words[-1]
            after = line.words[0]
            joined = dict(before)
            joined["text"] = _join(before["text"], after["text"], words)
            joined["hidden"] = bool(before.get("hidden")) and bool(after.get("hidden"))
            joined["link"] = before.get("link") or after.get("link")
            out[-1][1].words[-1] = joined
            rest = line.words[1:]
            if not rest:
                continue
            line = PlacedLine(rest, line.column, line.origin)
        out.append((page, line))
    return out


def _with_lone_hyphen(line: PlacedLine) -> PlacedLine:
    """The line, its last word joined to the word before it when it is only a hyphen drawn
    right after that word (a letter-spaced heading puts its spacing before the hyphen too:
    "INSTRU ‐"); otherwise the line itself."""
    if len(line.words) < 2 or len(str(line.words[-1]["text"])) != 1 or line.words[-1]["text"] not in _HYPHENS:
        return line
    before, hyphen = line.words[-2], line.words[-1]
    size = float(hyphen.get("size") or 0)
    if size <= 0 or not str(before["text"])[-1:].isalpha() or hyphen["x0"] - before["x1"] > LONE_HYPHEN_GAP * size:
        return line
    joined = dict(before)
    joined["text"] = f"{before['text']}-"
    joined["x1"] = hyphen["x1"]
    return PlacedLine([*line.words[:-2], joined], line.column, line.origin)


def _joinable(first: PlacedLine, second: PlacedLine) -> bool:
    """A word broken at the first line's end goes on at the second's start: in lower case,
    or, after capitals, in capitals when the two halves make an English word."""
    if first.column != second.column or first.origin is not second.origin or not first.words:
        return False
    head, tail = str(first.words[-1]["text"]), str(second.words[0]["text"])
    broken = _BROKEN_END.search(head)
    if broken is None:
        return False
    if _GOES_ON.match(tail):
        return True
    capitals = _GOES_ON_IN_CAPITALS.match(tail)
    if not (capitals and broken.group(1).isupper()):
        return False
    from skillgap.language.lexicon import english_words

    return (broken.group(1) + capitals.group(1)).lower() in english_words()


def _join(head: str, tail: str, words: frozenset[str]) -> str:
    first = _BROKEN_END.search(head).group(1).lower()  # type: ignore[union-attr]
    second = (_GOES_ON.match(tail) or _GOES_ON_IN_CAPITALS.match(tail)).group(1).lower()  # type: ignore[union-attr]
    if first in KEEP_HYPHEN_AFTER and second in words:
        return head + tail  # "non-technical", though "nontechnical" is in the lexicon too
    if (first + second) in words:
        return head[:-1] + tail
    if len(first) == 1 or first in words or second in words:
        return head + tail
    return head[:-1] + tail
