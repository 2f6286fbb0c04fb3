"""Typographic apostrophes read as straight ones: "driver’s license" is "driver's license"."""

from __future__ import annotations

CURLY_APOSTROPHE = "\u2019"


def fold_apostrophe(text: str) -> str:
    return text.replace(CURLY_APOSTROPHE, "'")
