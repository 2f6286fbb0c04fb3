"""A heading with a subtitle on its line: "Curatorial posts  most recent first",
"Exhibitions  selected; as lead or co-curator". The heading's words are set like the
document's headings and the subtitle after them in another, smaller or lighter style; read
as one line, the heading is lost among the subtitle's words. Here such a line is cut in two:
the heading, then its subtitle on a line of its own.

A line is cut when its first words (at most `MAX_HEADING_WORDS`) share one style, that of
a line elsewhere in the document that is a known heading alone; the words after them (at
most `MAX_SUBTITLE_WORDS`) are in another font, at most `SMALLER` of its size, and start in
lower case (a note: not a role's dates or an employer beside a title set like the headings);
the first words are a known heading or in words of one ("Barista  part-time while
studying" is a role), and the whole line is not (a heading with its first letter set
apart, "Summary of Qualifications", is one heading).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from skillgap.ingest.pdf_layout import PlacedLine
from skillgap.ingest.pdf_words import face

Word = dict[str, Any]
MAX_HEADING_WORDS = 5
MAX_SUBTITLE_WORDS = 8
SMALLER = 0.9  # a subtitle's size is at most this share of the heading's


def split_subtitles(lines: list[tuple[int, PlacedLine]],
                    heading_styles: frozenset[tuple]) -> list[tuple[int, PlacedLine]]:
    """`lines` with each heading-and-subtitle line (module docstring) cut in two;
    `heading_styles` are the types of the document's known headings (`pdf_headings.heading_faces`)."""
    if not heading_styles:
        return lines
    out: list[tuple[int, PlacedLine]] = []
    for page, line in lines:
        cut = _subtitle_at(line.words, heading_styles)
        if cut is None:
            out.append((page, line))
            continue
        out.append((page, replace(line, words=line.words[:cut])))
        out.append((page, replace(line, words=line.words[cut:])))
    return out


def _subtitle_at(words: list[Word], heading_styles: frozenset[tuple]) -> int | None:
    """Where the subtitle starts, or None."""
    if len(words) < 2 or face(words[0]) not in heading_styles:
        return None
    cut = next((k for k, w in enumerate(words) if face(w) != face(words[0])), None)
    if cut is None or cut > MAX_HEADING_WORDS or len(words) - cut > MAX_SUBTITLE_WORDS:
        return None
    size = float(words[0].get("size") or 0.0)
    rest = words[cut:]
    if not str(rest[0].get("text", ""))[:1].islower():
        return None  # a role's dates or an employer beside a title set like the headings
    if any(face(w) in heading_styles or float(w.get("size") or 0.0) > SMALLER * size
           or w.get("fontname") == words[0].get("fontname") for w in rest):
        return None
    from skillgap.ingest.heading_words import kind_by_words
    from skillgap.ingest.sections import classify_heading

    if classify_heading(" ".join(str(w["text"]) for w in words), "resume") is not None:
        return None  # "Summary of Qualifications" with its first letter set apart: one heading
    head = " ".join(str(w["text"]) for w in words[:cut])
    if classify_heading(head, "resume") is None and kind_by_words(set(head.lower().split())) is None:
        return None  # "Barista  part-time while studying": a role's title set like the headings
    return cut
