"""Build the spaCy pipeline once and turn documents into skill mentions.

This is the only module that hands spaCy objects around; everything it returns is a
plain `Mention`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from spacy.language import Language

from skillgap.language.wrapping import unwrapped
from skillgap.nlp.candidates import CONTEXT_RANGES, DOC_TEXT, candidates, token_facts
from skillgap.nlp.context import ContextFilter
from skillgap.nlp.fuzzy import FuzzyMatcher
from skillgap.nlp.matcher import TaxonomyMatcher
from skillgap.nlp.tokenizer import TOKENIZER_VERSION, blank_pipeline, compute_read_attributes_only
from skillgap.taxonomy.compile import CompiledTaxonomy, load_compiled
from skillgap.types import Document, MatchMethod, Mention, SectionKind, Sections

# Sections where a bare list of names is a list of skills, so "Go" or "R" need no cue.
LIST_SECTIONS = frozenset({SectionKind.SKILLS, SectionKind.CERTIFICATIONS, SectionKind.LANGUAGES})
# Strings spaCy's vocabulary keeps for good (words, their lower-case forms, labels); see
# Extractor.bounded_memory.
VOCAB_STRINGS = 30_000


@Language.factory("skillgap_taxonomy_matcher")
def _make_matcher(nlp: Language, name: str) -> TaxonomyMatcher:
    return TaxonomyMatcher()


@Language.factory("skillgap_fuzzy_matcher")
def _make_fuzzy(nlp: Language, name: str) -> FuzzyMatcher:
    return FuzzyMatcher()


@Language.factory("skillgap_context_filter")
def _make_context(nlp: Language, name: str) -> ContextFilter:
    return ContextFilter()


# Formats whose lines are where the page ended, not where the writer broke them
UNWRAPPED_FORMATS = frozenset({"pdf"})


class Extractor:
    """The pipeline with its compiled taxonomy: build once per process, reuse."""

    def __init__(self, taxonomy_paths: list[Path], *, name: str = "default", use_cache: bool = True,
                 fuzzy: bool = True) -> None:
        nlp = compute_read_attributes_only(blank_pipeline(prefiltered=True))
        self.compiled: CompiledTaxonomy = load_compiled(
            taxonomy_paths, nlp.tokenizer, tokenizer_version=TOKENIZER_VERSION, name=name, use_cache=use_cache
        )
        nlp.add_pipe("skillgap_taxonomy_matcher").set_taxonomy(self.compiled)
        if fuzzy:
            nlp.add_pipe("skillgap_fuzzy_matcher").set_taxonomy(self.compiled)
        nlp.add_pipe("skillgap_context_filter").set_taxonomy(self.compiled)
        self.nlp = nlp

    @property
    def taxonomy(self):
        return self.compiled.taxonomy

    @property
    def fingerprint(self) -> str:
        return self.compiled.fingerprint + ("" if "skillgap_fuzzy_matcher" in self.nlp.pipe_names else "-nofuzzy")

    def index_for_many_documents(self) -> None:
        """Build what pays for itself only over many documents (the matcher's index of the
        tokens that start names, nlp/matcher.py); the results are the same without."""
        self.nlp.get_pipe("skillgap_taxonomy_matcher").index_second_tokens()

    @contextmanager
    def bounded_memory(self, limit: int | None = None) -> Iterator[None]:
        """A block of extractions that leaves spaCy's vocabulary as it found it, once the
        vocabulary holds `limit` strings.

        spaCy keeps every new word it meets (a lexeme, its strings, the tokenizer's cache
        entry), so a process that reads postings for hours grows without end: about 0.75 MB
        per 1,000 postings. Until the vocabulary holds `limit` strings, new words are kept
        (the frequent ones come first, and the tokenizer's cache makes them cheap); after
        that, the words first met inside the block are dropped at its end (spaCy's
        `memory_zone`). Mentions are plain values, so nothing extracted inside the block
        refers to what is dropped, and the results are the same either way.
        """
        if len(self.nlp.vocab.strings) < (VOCAB_STRINGS if limit is None else limit):
            yield
            return
        with self.nlp.memory_zone():
            yield

    def extract(self, document: Document, sections: Sections | None = None,
                skip: tuple[tuple[int, int], ...] = ()) -> tuple[Mention, ...]:
        """The mentions of `document`; none inside the character ranges of `skip` (a
        posting's about-us and benefits sections, whose mentions nobody reads: they are
        blanked before spaCy sees the text, which saves it their tokens)."""
        return next(self._mentions([(document, sections, skip)]))

    def extract_many(
        self, items: Iterable[tuple[Document, Sections | None]], batch_size: int = 32
    ) -> Iterator[tuple[Mention, ...]]:
        """Mentions for each (document, sections) pair, in order; streams with nlp.pipe."""
        return self._mentions(((document, sections, ()) for document, sections in items), batch_size)

    def _mentions(self, items: Iterable[tuple[Document, Sections | None, tuple[tuple[int, int], ...]]],
                  batch_size: int = 32) -> Iterator[tuple[Mention, ...]]:
        def docs():
            for document, sections, skip in items:
                # a sentence a PDF wrapped onto the next line is read as one (language/wrapping.py)
                text = unwrapped(document.text) if document.format in UNWRAPPED_FORMATS else document.text
                text = blanked(text, skip)
                doc = self.nlp.make_doc(text)
                doc.user_data[DOC_TEXT] = text  # what Doc.text would rebuild
                if sections is not None:
                    doc.user_data[CONTEXT_RANGES] = tuple(
                        (s.start, s.end) for s in sections.sections if s.kind in LIST_SECTIONS
                    )
                yield doc

        for doc in _pipe(self.nlp, docs(), batch_size):
            facts, text = token_facts(doc), doc.user_data[DOC_TEXT]
            mentions = []
            for c in candidates(doc):
                start, end = facts.idx[c.start], facts.idx[c.end - 1] + len(facts.texts[c.end - 1])
                mentions.append(Mention(skill_id=c.skill_id, start=start, end=end, text=text[start:end],
                                        method=MatchMethod(c.method), alias=c.alias, score=c.score))
            yield tuple(mentions)


def blanked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """`text` with the characters of `spans` turned into spaces, line breaks kept (offsets
    kept): spaCy reads a run of spaces as one token."""
    if not spans:
        return text
    pieces, at = [], 0
    for start, end in sorted(spans):
        start = max(start, at)
        if start >= end:
            continue
        pieces += [text[at:start], "\n".join([" " * len(line) for line in text[start:end].split("\n")])]
        at = end
    return "".join([*pieces, text[at:]])



def _pipe(nlp: Language, docs: Iterable, batch_size: int):
    """Run the components over pre-made Docs (keeps the user_data we set on them)."""
    for doc in docs:
        for _, component in nlp.pipeline:
            doc = component(doc)
        yield doc
