"""Fuzzy pass: near misses of longer names ("Kubernets", "Postgress", "Terrafrom").

Only words the exact pass left uncovered and that are not ordinary English words
(lemminflect's lexicon: "docket" is not a misspelt "Docker") are tried, only names of at least
`MIN_FUZZY_LENGTH` characters are candidates, and candidates are blocked by first letter,
so one `rapidfuzz.process.cdist` call per letter scores a whole document. The score is
an edit distance (optimal string alignment, so a swapped pair of letters is one edit) on
our own compact form, allowing one edit below ten characters and two from ten: the
`WRatio` and partial scorers rate "java" against "javascript" 90, and rapidfuzz's default
processor turns "C++" into "c".
"""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import process
from rapidfuzz.distance import OSA
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from skillgap.nlp.candidates import Candidate, candidates, covered_tokens, select_longest, token_facts
from skillgap.taxonomy.compile import MIN_FUZZY_LENGTH, CompiledTaxonomy, compact_key



def max_edits(length: int) -> int:
    return 1 if length < 10 else 2


class FuzzyMatcher:
    """spaCy component: adds fuzzy candidates for uncovered words and word pairs."""

    def __init__(self) -> None:
        self.compiled: CompiledTaxonomy | None = None

    def set_taxonomy(self, compiled: CompiledTaxonomy) -> None:
        self.compiled = compiled

    def __call__(self, doc: Doc) -> Doc:
        if self.compiled is None or not self.compiled.fuzzy:
            return doc
        covered = covered_tokens(doc)
        english = self.compiled.english_words
        queries: dict[tuple[str, int], list[tuple[str, int, int]]] = defaultdict(list)
        facts = token_facts(doc)
        lowers, alpha = facts.lowers, facts.alpha
        n = len(lowers)
        for i in range(n):
            if covered[i] or not alpha[i] or lowers[i] in STOP_WORDS or lowers[i] in english:
                continue
            for size in (1, 2):
                j = i + size
                if j > n or any(covered[i:j]):
                    break
                if size == 2 and (not alpha[i + 1] or facts.line_after[i]
                                  or lowers[i + 1] in STOP_WORDS or lowers[i + 1] in english):
                    break
                key = compact_key("".join(lowers[i:j]))
                if len(key) >= MIN_FUZZY_LENGTH:
                    queries[key[0], max_edits(len(key))].append((key, i, j))
        found: list[Candidate] = []
        for (letter, edits), items in queries.items():
            bucket = self.compiled.fuzzy.get(letter)
            if not bucket:
                continue
            choices, owners = bucket
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
