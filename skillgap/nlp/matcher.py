"""Exact pass: taxonomy names and aliases over tokens, case-folded or case-sensitive.

A prefix walk over token tuples (the compiled taxonomy's tables) finds every name in one
pass; the longest match wins. Case-sensitive names ("Go", "R", "Excel") are kept only
where the context filter later agrees they are skills. A second look joins short runs
of tokens ("Postgre SQL", "Java Script") and compares them with the aliases' compact form.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from skillgap.nlp.candidates import Candidate, candidates, select_longest
from skillgap.taxonomy.compile import CompiledTaxonomy, compact_key


class TaxonomyMatcher:
    """spaCy component: exact and alias matches of the compiled taxonomy."""

    def __init__(self) -> None:
        self.compiled: CompiledTaxonomy | None = None

    def set_taxonomy(self, compiled: CompiledTaxonomy) -> None:
        self.compiled = compiled

    def __call__(self, doc: Doc) -> Doc:
        if self.compiled is None:
            raise RuntimeError("TaxonomyMatcher used before set_taxonomy()")
        lowers = [t.lower_ for t in doc]
        texts = [t.text for t in doc]
        compiled = self.compiled
        found = self._walk(lowers, compiled.folded_prefixes, compiled.folded)
        found += self._walk(texts, compiled.exact_prefixes, compiled.exact)
        found += self._compact_pass(doc)
        candidates(doc).extend(select_longest(found))
        return doc

    def _walk(self, tokens, prefixes, table) -> list[Candidate]:
        found: list[Candidate] = []
        max_len = self.compiled.max_tokens
        n = len(tokens)
        for i in range(n):
            key: tuple[str, ...] = ()
            for j in range(i, min(n, i + max_len)):
                key = key + (tokens[j],)
                owners = table.get(key)
                if owners:
                    for skill_id, alias, method, needs_context in owners:
                        found.append(Candidate(i, j + 1, skill_id, alias, method, 1.0, needs_context))
                if key not in prefixes:
                    break
        return found

    def _compact_pass(self, doc: Doc) -> list[Candidate]:
        """Two or three adjacent words that spell an alias when joined ("Type Script").

        These compete with the exact matches on length: "Postgre SQL" beats "SQL".
        """
        compact = self.compiled.compact
        folded = self.compiled.folded
        found: list[Candidate] = []
        for i in range(len(doc) - 1):
            for size in (2, 3):
                j = i + size
                if j > len(doc):
                    break
                span = doc[i:j]
                if not span[0].is_alpha or not span[-1].text.isalnum():
                    break
                if any(t.is_space or t.lower_ in STOP_WORDS or "\n" in t.whitespace_ for t in span[:-1]) or span[-1].lower_ in STOP_WORDS:
                    break
                hit = compact.get(compact_key(span.text))
                if hit and len(span.text) >= 5 and tuple(t.lower_ for t in span) not in folded:
                    found.append(Candidate(i, j, hit[0], hit[1], "fuzzy", 0.95, False))
                    break
        return found

