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
from collections.abc import Callable
from itertools import compress

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


def proper_names(doc: Doc, covered: bytearray) -> Callable[[int], bool]:
    """Whether the token at an index is one the fuzzy pass must leave alone: on the first line
    of the document, or in a run of two or more capitalised words that the exact pass did not
    read as skills, outside a skills section.

    Asked only of the few words the fuzzy pass could try, so a token's neighbours are looked
    at on demand instead of walking every token: a token is in such a run exactly when it
    and a neighbour on the same line are both capitalised.
    """
    facts = token_facts(doc)
    texts, alpha, line_after = facts.texts, facts.alpha, facts.line_after
    n = len(texts)
    i = 0
    while i < n and (facts.space[i] or not texts[i].strip()):
        i += 1
    first = i
    while i < n and not (line_after[i] or "\n" in texts[i]):
        i += 1
    # the first line of a longer document, when short: a name or a title
    first_line = range(first, i + 1) if i < n - 1 and sum(alpha[first : i + 1]) <= 6 else range(0)
    ranges = doc.user_data.get(CONTEXT_RANGES, ())

    def capitalised(k: int) -> bool:
        text = texts[k]
        return alpha[k] and not covered[k] and text[:1].isupper() and text[1:].islower()

    def is_name(k: int) -> bool:
        in_run = capitalised(k) and ((k > 0 and not line_after[k - 1] and capitalised(k - 1))
                                     or (k + 1 < n and not line_after[k] and capitalised(k + 1)))
        if not (in_run or k in first_line):
            return False
        return not any(lo <= facts.idx[k] < hi for lo, hi in ranges)

    return is_name


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
        is_name = proper_names(doc, covered)
        queries: dict[tuple[str, int, int], list[tuple[str, int, int]]] = defaultdict(list)
        facts = token_facts(doc)
        lowers, alpha = facts.lowers, facts.alpha
        n = len(lowers)
        # words neither stop words nor English, each distinct word looked up once (the lexicon
        # first: `difference` with several sets walks each set smaller than eight times the text's)
        unknown = set(lowers).difference(self.compiled.english_words).difference(STOP_WORDS)
        tried = [i for i in compress(range(n), map(unknown.__contains__, lowers))
                 if alpha[i] and not covered[i] and not is_name(i)]
        triable = set(tried)
        for i in tried:
            for size in (1, 2):
                j = i + size
                if size == 2 and (j not in triable or facts.line_after[i]):
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
