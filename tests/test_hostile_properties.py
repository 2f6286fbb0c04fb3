"""Properties that must hold for any text at all (hypothesis): the line normaliser, the
tokenizer rules, the section splitter and the matcher never raise, and every offset they
produce indexes the text it came from."""

from __future__ import annotations

import os
import re
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from skillgap.ingest import document_from_text
from skillgap.ingest.builder import MAX_LINE_CHARS, MAX_PUNCTUATION_RUN, DocumentBuilder, clean_line
from skillgap.ingest.sections import POSTING_HEADINGS, RESUME_HEADINGS, split_sections

# No example database in the working tree; no deadline (spaCy's first call builds things).
# SKILLGAP_HYPOTHESIS_EXAMPLES=20000 for a long run.
FAST = settings(max_examples=int(os.environ.get("SKILLGAP_HYPOTHESIS_EXAMPLES", "300")), deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Text as it comes out of hostile files: any code point but surrogates, with the characters
# that break naive code over-represented (controls, separators, bidi, marks, bullets, CJK).
TRICKY = "\x00\x07\t\n\x0b\x0c\r\x1b\x7f\x85\xa0\xad\u0301\u200b\u200d\u200e\u202e\u2028\u2029\u2066\ufeff\ufb01" \
         "\ue000•▪●·-–—*#+()[]{}|/,;:.'\"$&@<>\\ 中文עברית"
characters = st.one_of(st.characters(blacklist_categories=("Cs",)), st.sampled_from(TRICKY))
texts = st.text(characters, max_size=400)
words = st.sampled_from(["Python", "python3", "C++", "C#", "Go", "R", "AWS", "k8s", "Kubernetes", "React Native",
                         "react.js", "PostgreSQL", "postgres", "SQL", "Excel", "MS Excel", "Docker", "cloud",
                         "Spring Boot", "Tableau", "Java", "JavaScript", "data visualisation", "BLS", "Terraform"])
headings = st.sampled_from(sorted(RESUME_HEADINGS) + sorted(POSTING_HEADINGS)).map(
    lambda h: st.sampled_from([h, h.title(), h.upper() + ":", f"## {h}"]))
lines = st.one_of(texts.map(lambda t: t.replace("\n", " ")), headings.flatmap(lambda s: s),
                  st.lists(st.one_of(words, texts.map(lambda t: t[:20])), max_size=8).map(" ".join),
                  st.tuples(st.sampled_from(["• ", "- ", "* ", "1. ", "▪ ", ""]), words).map("".join))
documents = st.lists(lines, max_size=25).map("\n".join)

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_BREAKING = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


# -- the normaliser -------------------------------------------------------------------------------


@FAST
@given(texts)
@example("e\u200b\u0301")  # an invisible character between a letter and its accent
@example("a\u00ad\u0308x\ufb01\u0301")
@example("(" * 40 + "\u0301" * 40)
def test_hostile_property_clean_line(text):
    cleaned = clean_line(text)
    assert not _BREAKING.search(cleaned)  # one line, no control characters
    assert not _INVISIBLE.search(cleaned)
    assert cleaned == cleaned.strip() and "  " not in cleaned
    assert unicodedata.is_normalized("NFC", cleaned)
    assert not re.search(rf"[^\w\s]{{{MAX_PUNCTUATION_RUN + 1}}}", cleaned)
    assert clean_line(cleaned) == cleaned  # normalising twice changes nothing


@FAST
@given(st.lists(texts, max_size=12), st.booleans())
def test_hostile_property_builder_lines_tile_the_text(parts, clean):
    builder = DocumentBuilder("<t>", "txt")
    for part in parts:  # pdf.py cleans words itself and adds the line with clean=False
        builder.add_line(part if clean else clean_line(part), clean=clean)
    document = builder.build()
    assert "\n".join(document.text[line.start:line.end] for line in document.lines) == document.text
    assert all(line.end - line.start <= MAX_LINE_CHARS for line in document.lines)


# -- the tokenizer rules ------------------------------------------------------------------------


@FAST
@given(text=st.one_of(texts, documents))
def test_hostile_property_tokenizer_offsets_round_trip(nlp, text):
    doc = nlp.make_doc(text)
    assert "".join(token.text_with_ws for token in doc) == text
    for token in doc:
        assert text[token.idx: token.idx + len(token.text)] == token.text
        if "\n" in token.text:  # only a whitespace token may hold a newline: no word crosses one
            assert token.is_space, (token.text, text)


# -- the section splitter -----------------------------------------------------------------------


@FAST
@given(documents, st.sampled_from(["txt", "md"]), st.sampled_from(["resume", "posting"]))
def test_hostile_property_sections_tile_the_text(text, fmt, role):
    document = document_from_text(text, fmt=fmt)
    sections = split_sections(document, role)
    length = len(document.text)
    if length:
        assert sections.sections and sections.sections[0].start == 0
        assert sections.sections[-1].end == length
    for section, following in zip(sections.sections, sections.sections[1:], strict=False):
        assert section.start <= section.end == following.start
    for bullet in sections.bullets:
        assert 0 <= bullet.start < bullet.end <= length
        assert document.text[bullet.start:bullet.end].strip()
        assert sections.kind_at(bullet.start) is bullet.section
    for bullet, following in zip(sections.bullets, sections.bullets[1:], strict=False):
        assert bullet.end <= following.start


# -- the matcher --------------------------------------------------------------------------------


@FAST
@given(documents, st.sampled_from(["txt", "md"]), st.sampled_from(["resume", "posting"]))
def test_hostile_property_matcher_offsets_index_the_text(mini_extractor, text, fmt, role):
    document = document_from_text(text, fmt=fmt)
    mentions = mini_extractor.extract(document, split_sections(document, role))
    skills = mini_extractor.taxonomy.skills
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(document.text)
        assert document.text[mention.start:mention.end] == mention.text
        assert mention.skill_id in skills
        assert 0.0 < mention.score <= 1.0


@FAST
@given(texts)
def test_hostile_property_matcher_on_raw_text(mini_extractor, text):
    """Straight from a string (the Python API), even without sections."""
    document = document_from_text(text)
    for mention in mini_extractor.extract(document):
        assert document.text[mention.start:mention.end] == mention.text
