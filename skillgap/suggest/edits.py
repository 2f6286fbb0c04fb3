"""Edits of one bullet's text, and the word-level helpers every kind of rewrite shares.

An `Edit` replaces `text[start:end]` of one bullet (offsets into the bullet's own text,
as the lint language API uses them). A suggestion is a small set of edits, so that the
write-back can apply several suggestions to the same bullet when they do not overlap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from skillgap import language
from skillgap.language import Tense

WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*")
PLACEHOLDER = re.compile(r"\[[^\[\]]*\]")


@dataclass(frozen=True)
class Edit:
    """Replace `text[start:end]` with `replacement` (start == end inserts)."""

    start: int
    end: int
    replacement: str

    def overlaps(self, other: Edit) -> bool:
        if self.start == self.end or other.start == other.end:  # insertions
            point, edit = (self, other) if self.start == self.end else (other, self)
            if edit.start == edit.end:
                return point.start == edit.start
            return edit.start < point.start < edit.end
        return self.start < other.end and other.start < self.end


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """`text` with every edit applied; the edits must not overlap."""
    out = text
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        out = out[: edit.start] + edit.replacement + out[edit.end :]
    return out


def chain(base: tuple[Edit, ...], extra: Edit, text: str) -> tuple[Edit, ...] | None:
    """`extra` (an edit of the original text) on top of `base` (an opener fix).

    When `extra` falls inside text that `base` rewrote (a passive subject moved to the
    object position), it is applied to that edit's replacement instead; None when the
    two cannot be combined.
    """
    clashing = [edit for edit in base if edit.overlaps(extra)]
    if not clashing:
        return tuple(sorted((*base, extra), key=lambda e: (e.start, e.end)))
    if len(clashing) > 1:
        return None
    host = clashing[0]
    old = text[extra.start : extra.end]
    if not old or not (host.start <= extra.start and extra.end <= host.end):
        return None
    rank = text.count(old, host.start, extra.start)
    position = -1
    for _ in range(rank + 1):
        position = host.replacement.find(old, position + 1)
        if position < 0:
            return None
    merged = host.replacement[:position] + extra.replacement + host.replacement[position + len(old) :]
    return tuple(sorted((*(e for e in base if e is not host), Edit(host.start, host.end, merged)),
                        key=lambda e: (e.start, e.end)))


# --- words ------------------------------------------------------------------------------


def next_word(text: str, position: int) -> re.Match[str] | None:
    """The word starting at `position` after spaces (None at punctuation or the end)."""
    while position < len(text) and text[position] == " ":
        position += 1
    return WORD.match(text, position)


def skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t":
        position += 1
    return position


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def is_proper(word: str, proper: frozenset[str] = frozenset()) -> bool:
    """A word that keeps its capital in mid-sentence: an acronym, a product, a name."""
    core = word.strip("()[],.;:")
    if not core or core.lower() in proper:
        return True
    if any(ch.isupper() for ch in core[1:]) or any(ch.isdigit() for ch in core):
        return True  # "QuickBooks", "AWS", "S3"
    return False


def lower_first(phrase: str, proper: frozenset[str] = frozenset()) -> str:
    """`phrase` with its first word lowercased, unless that word is a name."""
    match = WORD.match(phrase)
    if match is None or is_proper(match.group(0), proper) or not match.group(0)[:1].isupper():
        return phrase
    if match.group(0).lower() == "i":
        return phrase
    return phrase[:1].lower() + phrase[1:]


def doubled_words(text: str) -> list[str]:
    """Words written twice in a row ("the the"), ignoring case."""
    words = [m.group(0).lower() for m in re.finditer(r"[\w'’]+", text)]
    return [a for a, b in zip(words, words[1:]) if a == b and not a.isdigit() and a not in ("that", "had")]


# --- verbs --------------------------------------------------------------------------------


def verb_form(lemma: str, tense: Tense, model: str = "") -> str:
    """The verb in the bullet's tense: past for past roles, base form for the current one.

    `model` is the word it replaces ("modelling"): its spelling is kept when the lexicon
    knows that spelling too (British "modelled" rather than "modeled").
    """
    if " " in lemma:  # "contribute to", "partner with": inflect the verb, keep the particle
        head, _, tail = lemma.partition(" ")
        return verb_form(head, tense, model) + " " + tail
    prefix = ""
    if "-" in lemma:  # "co-lead" -> "co-" + "led"
        head, _, lemma = lemma.rpartition("-")
        prefix = head + "-"
    if tense is Tense.PRESENT:
        return prefix + lemma
    form = language.inflect(lemma, "VBD") or lemma
    if "-" in form and "-" not in lemma and (lemma, "VBD") in language.verb_tags(form.replace("-", "")):
        form = form.replace("-", "")  # the lexicon also lists "re-built" for "rebuild"
    if model:
        core = model.lower().rsplit("-", 1)[-1]
        if core.endswith("ing"):
            candidate = core[:-3] + "ed"
            known = (lemma, "VBD") in language.verb_tags(candidate)
            # "programming" -> "programmed": the author doubles the consonant, so keep doing so
            doubled = (len(core) > 5 and core[-4] == core[-5] and form == lemma + "ed"
                       and candidate == lemma + core[-4] + "ed")
            if known or doubled:
                return prefix + candidate
    return prefix + form


def base_verb(word: str) -> str | None:
    """The lemma when `word` can be a verb's base form ("set", "build"), else None."""
    for lemma_, tag in language.verb_tags(word):
        if tag in ("VB", "VBP"):
            return lemma_
    return None


def _lemma_for(word: str, tag: str) -> str | None:
    """The lemma of `word` read with Penn `tag`, preferring the lexicon's unhyphenated
    spelling ("rebuilt" -> "rebuild", not "re-build")."""
    core = word.lower().rsplit("-", 1)[-1]
    found = sorted((lemma_ for lemma_, t in language.verb_tags(core) if t == tag), key=lambda l: "-" in l)
    if found:
        return _with_prefix(word, found[0])
    return None


def gerund_lemma(word: str) -> str | None:
    """The lemma when `word` is an -ing verb form ("managing" -> "manage")."""
    found = _lemma_for(word, "VBG")
    if found is not None:
        return found
    core = word.lower().rsplit("-", 1)[-1]
    if core.endswith("ing") and language.tense_of(core) is Tense.GERUND:
        return _with_prefix(word, language.lemma(core))
    return None


def participle_lemma(word: str) -> str | None:
    """The lemma when `word` is a past participle ("rebuilt" -> "rebuild")."""
    found = _lemma_for(word, "VBN")
    if found is not None:
        return found
    core = word.lower().rsplit("-", 1)[-1]
    if not language.verb_tags(core) and language.tense_of(core) is Tense.PAST:
        return _with_prefix(word, language.lemma(core))
    return None


def _with_prefix(word: str, lemma_: str) -> str:
    if "-" in word:
        return word.lower().rsplit("-", 1)[0] + "-" + lemma_
    return lemma_
