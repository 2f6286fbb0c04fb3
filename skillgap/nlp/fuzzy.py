"""Fuzzy pass: near misses of longer names ("Kubernets", "Postgress", "Terrafrom").

Only words the exact pass left uncovered and that are not ordinary English words
(lemminflect's lexicon: "docket" is not a misspelt "Docker") are tried, only names of at least
`MIN_FUZZY_LENGTH` characters are candidates, and candidates are blocked by first letter,
so one `rapidfuzz.process.cdist` call per letter scores a whole document. The score is
an edit distance (optimal string alignment, so a swapped pair of letters is one edit) on
our own compact form, allowing none below seven characters ("Mendes" is a surname, not a
misspelt "Mendel"), one from seven and two from twelve ("multimeter" is two edits from
"Mentimeter"): the `WRatio` and partial scorers rate "java" against "javascript" 90, and
rapidfuzz's default processor turns "C++" into "c".

Proper names are left alone: a run of two or more capitalised words none of which is a
skill ("Laura Mendes", "Lumina Health") names a person or an employer, and a short first line
of a longer document is its owner's name or its title. A skills section (`CONTEXT_RANGES`) is exempt:
a capitalised word there is meant as a skill.
"""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import process
from rapidfuzz.distance import OSA
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from skillgap.nlp.candidates import (
    CONTEXT_RANGES,
    Candidate,
    candidates,
    covered_tokens,
    select_longest,
    token_facts,
)
from skillgap.taxonomy.compile import MIN_FUZZY_LENGTH, CompiledTaxonomy, compact_key

ONE_EDIT_FROM = 7  # characters of the compact form
TWO_EDITS_FROM = 12


def max_edits(length: int) -> int:
    if length < ONE_EDIT_FROM:
        return 0
    return 1 if length < TWO_EDITS_FROM else 2


def proper_names(doc: Doc, covered: bytearray) -> bytearray:
    """1 for each token the fuzzy pass must leave alone: the first line of the document and
    runs of two or more capitalised words that the exact pass did not read as skills, outside
    a skills section."""
    facts = token_facts(doc)
    texts, alpha, line_after = facts.texts, facts.alpha, facts.line_after
    n = len(texts)
    skip = bytearray(n)
    i = 0
    while i < n and (facts.space[i] or not texts[i].strip()):
        i += 1
    first = i
    while i < n and not (line_after[i] or "\n" in texts[i]):
        i += 1
    # the first line of a longer document, when short: a name or a title
    if i < n - 1 and sum(alpha[first : i + 1]) <= 6:
        skip[first : i + 1] = b"\x01" * (i + 1 - first)

    capitalised = [word and not done and text[:1].isupper() and text[1:].islower()
                   for word, done, text in zip(alpha, covered, texts, strict=True)]
    k = 0
    while k < n:
        if not capitalised[k]:
            k += 1
            continue
        end = k
        while end + 1 < n and capitalised[end + 1] and not line_after[end]:
            end += 1
        if end > k:
            skip[k : end + 1] = b"\x01" * (end + 1 - k)
        k = end + 1
    ranges = doc.user_data.get(CONTEXT_RANGES, ())
    if ranges:
        for k in range(n):
            if skip[k] and any(lo <= facts.idx[k] < hi for lo, hi in ranges):
                skip[k] = 0
    return skip


class FuzzyMatcher:
    """spaCy component: adds fuzzy candidates for uncovered words and word pairs."""

    def __init__(self) -> None:
        self.compiled: CompiledTaxonomy | None = None
        self._lengths: dict[str, dict[int, list[int]]] = {}
        self._windows: dict[tuple[str, int, int], tuple[list[str], list[tuple[str, str]]]] = {}

    def set_taxonomy(self, compiled: CompiledTaxonomy) -> None:
        self.compiled = compiled
        self._lengths = {}  # letter -> length -> places of the names of that length (built on first use)
        self._windows = {}

    def _window(self, letter: str, length: int, edits: int) -> tuple[list[str], list[tuple[str, str]]]:
        """The names of the letter's list within `edits` characters of `length`, in list order.

        A name of another length is more than `edits` edits away (an edit changes the length
        by one at most), so it could never be the closest within the cutoff; keeping the
        list's order keeps the first of equally close names, as scoring the whole list does.
        """
        window = self._windows.get((letter, length, edits))
        if window is None:
            choices, owners = self.compiled.fuzzy[letter]
            by_length = self._lengths.get(letter)
            if by_length is None:
                by_length = self._lengths[letter] = {}
                for place, choice in enumerate(choices):
                    by_length.setdefault(len(choice), []).append(place)
            places = sorted(p for size in range(length - edits, length + edits + 1) for p in by_length.get(size, ()))
            window = self._windows[letter, length, edits] = ([choices[p] for p in places], [owners[p] for p in places])
        return window

    def __call__(self, doc: Doc) -> Doc:
        if self.compiled is None or not self.compiled.fuzzy:
            return doc
        covered = covered_tokens(doc)
        names = proper_names(doc, covered)
        english = self.compiled.english_words
        queries: dict[tuple[str, int, int], list[tuple[str, int, int]]] = defaultdict(list)
        facts = token_facts(doc)
        lowers, alpha = facts.lowers, facts.alpha
        n = len(lowers)
        for i in range(n):
            if covered[i] or names[i] or not alpha[i] or lowers[i] in STOP_WORDS or lowers[i] in english:
                continue
            for size in (1, 2):
                j = i + size
                if j > n or any(covered[i:j]):
                    break
                if size == 2 and (not alpha[i + 1] or names[i + 1] or facts.line_after[i]
                                  or lowers[i + 1] in STOP_WORDS or lowers[i + 1] in english):
                    break
                key = compact_key("".join(lowers[i:j]))
                if len(key) >= MIN_FUZZY_LENGTH and max_edits(len(key)):
                    queries[key[0], max_edits(len(key)), len(key)].append((key, i, j))
        found: list[Candidate] = []
        for (letter, edits, length), items in queries.items():
            if letter not in self.compiled.fuzzy:
                continue
            choices, owners = self._window(letter, length, edits)
            if not choices:
                continue
            keys = [k for k, _, _ in items]
            distances = process.cdist(keys, choices, scorer=OSA.distance, score_cutoff=edits,
                                      dtype="uint8", workers=1)
            for row, (key, i, j) in enumerate(items):
                best = int(distances[row].argmin())
                distance = int(distances[row][best])
                if distance == 0 or distance > edits:
                    continue  # equal keys are exact matches in other clothes: the compact pass owns them
                skill_id, alias = owners[best]
                score = 1 - distance / max(len(key), len(choices[best]))
                found.append(Candidate(i, j, skill_id, alias, "fuzzy", round(score, 3), False))
        if found:
            candidates(doc).extend(select_longest(found))
        return doc
