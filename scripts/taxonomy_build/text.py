"""Text helpers shared by every source: folding, slugs, stems, acronyms, display casing."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

_STEM_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "es", "s", "al", "ic", "ical")


def fold(text: str) -> str:
    """The loader's comparison form: lowercased, whitespace collapsed."""
    return " ".join(text.lower().split())


def compact(text: str) -> str:
    """Letters, digits, '+', '#': "Node.js" and "nodejs" agree (the compiler's compact key)."""
    return re.sub(r"[^0-9a-z+#]", "", text.lower())


def slug(name: str) -> str:
    """The id a name gets: `PostgreSQL` -> `postgresql`, `.NET` -> `dotnet`, `C#` -> `c#`."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = text.replace("&", " and ").replace("'", "")
    if text.startswith("."):
        text = "dot" + text[1:]
    text = re.sub(r"[^a-z0-9+#.]+", "-", text)
    text = re.sub(r"\.{2,}", ".", text)
    text = re.sub(r"-*\.-*", ".", text)
    text = re.sub(r"-+", "-", text).strip("-.")
    return text or "skill"


def tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9+#]+", text.lower())


def stem(word: str) -> str:
    """A crude suffix stripper, enough to compare label words ("installations" ~ "install")."""
    for suffix in _STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("yses"):
        return word[:-2] + "is"
    if word.endswith(("sses", "ches", "shes", "xes", "zes")):
        return word[:-2]
    if word.endswith(("ss", "us", "is", "ics", "news", "sales")):
        return word
    if word.endswith("s") and len(word) > 3:
        return word[:-1]
    return word


def spelling(word: str) -> str:
    """British and American spellings agree: "organisation" -> "organization", "colour" -> "color"."""
    word = re.sub(r"is(ation|ations|e|es|ed|ing|er|ers)$", r"iz\1", word)
    word = re.sub(r"our$", "or", word)
    word = re.sub(r"tre$", "ter", word)
    return word


def display(label: str) -> str:
    """ESCO labels are lowercase: capitalise the first letter of all-lowercase labels."""
    label = " ".join(label.split())
    first = label.split(" ", 1)[0] if label else ""
    if first and first == first.lower() and first[0].isalpha():
        return label[0].upper() + label[1:]
    return label


def is_acronym_of(short: str, long: str, stop: Collection[str]) -> bool:
    """"CRM" for "customer relationship management" (with or without the `stop` words)."""
    letters = re.sub(r"[^a-z]", "", short.lower())
    if not 2 <= len(letters) <= 6 or " " in short.strip():
        return False
    words = [t for t in tokens(long) if t not in stop]
    initials = "".join(w[0] for w in words)
    all_initials = "".join(w[0] for w in tokens(long))
    return letters in (initials, all_initials) or letters.rstrip("s") in (initials, all_initials)


def strip_qualifier(label: str) -> str:
    """ "Python (computer programming)" -> "Python"."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", label).strip() or label
