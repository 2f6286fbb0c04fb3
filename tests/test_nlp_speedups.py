"""The faster forms of the matchers' inputs give what the plain forms give.

`token_facts` reads offsets, lengths and the text instead of Token objects; the fuzzy pass
scores a word only against names of a nearby length. Both must agree with the slow forms
on real text, with the real tokenizer and the default taxonomy.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import process
from rapidfuzz.distance import OSA
from spacy.attrs import IDS

from skillgap.nlp.candidates import token_facts
from skillgap.nlp.tokenizer import READ_ATTRIBUTES
from skillgap.pipeline import get_extractor
from skillgap.taxonomy.compile import SEP

POSTINGS = Path(__file__).parent / "fixtures" / "scan" / "postings"
SAMPLES = Path(__file__).parents[1] / "samples"
TRICKY = ("•Built APIs in C#, F# and C++ (AWS(EC2,S3)); Node.js/React, CI/CD, Python3.11 — R.\n"
          "\tcafé  naïve  Ünïcödé\u00a0nbsp \r\n\n  - Go to https://example.com/x?y=1 «quoted» 3.5+ years\n"
          "ÆØÅ 東京 😀 emoji\u2028line sep\u200bzero-width don't U.S.A. e-mail A+ C-suite .NET")


def _slow_facts(doc) -> tuple[list, ...]:
    """The token lists read from Token objects of spaCy's full vocabulary (the pipeline's
    computes no lexical attribute: `READ_ATTRIBUTES`)."""
    from skillgap.nlp.tokenizer import blank_pipeline

    full = blank_pipeline().make_doc(doc.text)
    assert [t.text_with_ws for t in full] == [t.text_with_ws for t in doc]
    return ([t.text for t in full], [t.lower_ for t in full], [t.is_alpha for t in full], [t.idx for t in full],
            [t.is_space for t in full], ["\n" in t.whitespace_ for t in full])


@pytest.mark.parametrize("name", ["backend-acme.txt", "data-analyst.md", "tricky"])
def test_token_facts_agree_with_the_tokens(name):
    from skillgap.ingest import read_document

    nlp = get_extractor(()).nlp
    text = TRICKY if name == "tricky" else read_document(POSTINGS / name).text
    doc = nlp.make_doc(text)
    assert len(doc) > 20
    assert tuple(token_facts(doc)) == _slow_facts(doc)


REAL_POSTINGS = Path(__file__).resolve().parents[2] / "shared" / "resume-dev" / "postings" / "postings.jsonl"
CURLY = ("The post holder’s role: driver’s licence, ’quoted’, O’Neill’s team’s ’s ’’ don’t\n"
         "’Leading and trailing’ ’\n’ Excel’s R’ C#’s")


def _real_postings() -> list[str]:
    """The real postings' texts as a document reads them; none without the shared data."""
    import json

    from skillgap.ingest import document_from_text

    if not REAL_POSTINGS.is_file():
        return []
    return [document_from_text(json.loads(line).get("text") or "").text
            for line in REAL_POSTINGS.read_text(encoding="utf-8").splitlines()]


def test_token_facts_fold_the_apostrophes_of_every_token_that_has_one():
    """Only the tokens holding a curly apostrophe are folded (found from the apostrophes'
    offsets): the same lower-case forms as folding every token, on the real postings."""
    from skillgap.language.apostrophes import CURLY_APOSTROPHE, fold_apostrophe

    nlp = get_extractor(()).nlp
    texts = [CURLY, TRICKY + CURLY]
    texts += _real_postings()
    folded = 0
    for text in texts:
        doc = nlp.make_doc(text)
        lowers = token_facts(doc).lowers
        assert lowers == [fold_apostrophe(t.text.lower()) for t in doc]  # spaCy's LOWER
        folded += sum(CURLY_APOSTROPHE in t.text for t in doc)
    assert folded > 300 if REAL_POSTINGS.is_file() else folded > 10


def test_fuzzy_window_finds_what_the_whole_list_finds():
    fuzzy = get_extractor(()).nlp.get_pipe("skillgap_fuzzy_matcher")
    compiled = fuzzy.compiled
    checked = 0
    for letter in ("k", "p", "t"):
        choices, owners = compiled.fuzzy[letter]
        # misspelt names of every length: one letter dropped, one doubled, two swapped
        queries = sorted({c[:3] + c[4:] for c in choices[::40]} | {c[:2] + c[2] + c[2:] for c in choices[::40]}
                         | {c[:1] + c[2] + c[1] + c[3:] for c in choices[::40]})
        for edits in (1, 2):
            whole = process.cdist(queries, choices, scorer=OSA.distance, score_cutoff=edits, dtype="uint8")
            for row, query in enumerate(queries):
                window, window_owners = fuzzy._window(letter, len(query), edits)
                best = int(whole[row].argmin())
                if whole[row][best] > edits:
                    assert not window or min(OSA.distance(query, c) for c in window) > edits
                    continue
                part = process.cdist([query], window, scorer=OSA.distance, score_cutoff=edits, dtype="uint8")[0]
                assert (int(part.min()), window_owners[int(part.argmin())]) == (int(whole[row][best]), owners[best])
                checked += 1
    assert checked > 100


# A token's lexical attributes as skillgap's code would name them: `.is_alpha`, `.like_num`,
# `.lower_`, `.shape_`, `.norm`, a Matcher pattern's or `to_array`'s "NORM", `spacy.attrs`
_LEXICAL_NAME = re.compile(r"\.((?:is|like)_[a-z]+|[a-z]+_|norm|shape)\b(?!\s*=)"
                           r"|[\"']((?:IS|LIKE)_[A-Z]+|LOWER|NORM|SHAPE|PREFIX|SUFFIX)[\"']"
                           r"|spacy\.attrs import ([A-Z_, ]+)")


def test_the_pipeline_computes_every_lexical_attribute_the_code_reads():
    """The extractor's vocabulary computes only READ_ATTRIBUTES for new words: any other
    lexical attribute read anywhere in the package would silently be 0 or empty."""
    lexical = {name.lower() for name in IDS if name in _SPACY_LEXICAL}
    read = set()
    for path in (Path(__file__).parents[1] / "skillgap").rglob("*.py"):
        for groups in _LEXICAL_NAME.findall(path.read_text(encoding="utf-8")):
            for found in groups:
                for name in found.replace(",", " ").split():
                    if name.rstrip("_").lower() in lexical:
                        read.add(name.rstrip("_").upper())
    assert read <= set(READ_ATTRIBUTES)
    # the scan itself finds what it looks for
    found = {name for groups in _LEXICAL_NAME.findall("t.lower_, t.is_alpha; to_array(['NORM'])") for name in groups}
    assert {"lower_", "is_alpha", "NORM"} <= found


_SPACY_LEXICAL = {name for name in IDS if name.startswith(("IS_", "LIKE_"))} | {
    "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LANG"}


def test_the_pipeline_tokens_read_as_the_full_vocabulary_reads_them():
    """Words new to the trimmed vocabulary get the same tokens and the same read
    attributes as in spaCy's full blank English vocabulary."""
    from skillgap.nlp.tokenizer import blank_pipeline, compute_read_attributes_only

    full, trimmed = blank_pipeline(), compute_read_attributes_only(blank_pipeline())
    paths = [*sorted(POSTINGS.glob("*.txt")), *sorted(POSTINGS.glob("*.md")), SAMPLES / "posting-backend-engineer.txt"]
    text = "\n".join([TRICKY, *(path.read_text(encoding="utf-8") for path in paths)])
    full_doc, trimmed_doc = full.make_doc(text), trimmed.make_doc(text)
    assert len(full_doc) > 500
    names = [name.lower() + ("_" if name in ("LOWER",) else "") for name in READ_ATTRIBUTES]
    assert [t.text_with_ws for t in trimmed_doc] == [t.text_with_ws for t in full_doc]
    for name in names:
        assert [getattr(t, name) for t in trimmed_doc] == [getattr(t, name) for t in full_doc], name
    # what the code reads instead, from the text, is what the full vocabulary computes
    assert [(t.text.lower(), t.text.isalpha(), t.text.isspace()) for t in trimmed_doc] \
        == [(t.lower_, t.is_alpha, t.is_space) for t in full_doc]
    # the unread ones are not computed for new words
    new_trimmed, new_full = trimmed.make_doc("Qwzxplkv")[0], full.make_doc("Qwzxplkv")[0]
    assert (new_trimmed.shape_, new_full.shape_) == ("", "Xxxxx")
    assert (new_trimmed.lower_, new_full.lower_) == ("", "qwzxplkv")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ09+#.- _éİK\u212aß")), max_size=12))
def test_compact_key_shortcut_is_the_pattern(text):
    from skillgap.taxonomy.compile import compact_key

    assert compact_key(text) == re.sub(r"[^0-9a-z+#]", "", text.lower())


def _plain_proper_names(doc, covered) -> bytearray:
    """The fuzzy pass's proper names as first written: every token walked, runs marked."""
    from skillgap.nlp.candidates import CONTEXT_RANGES

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
    for k in range(n):
        if skip[k] and any(lo <= facts.idx[k] < hi for lo, hi in doc.user_data.get(CONTEXT_RANGES, ())):
            skip[k] = 0
    return skip


@pytest.mark.parametrize("ranges", [(), ((0, 400), (900, 1500))])
def test_proper_names_on_demand_agree_with_the_walk(ranges):
    """The fuzzy pass asks about single tokens; the answers are the whole walk's, on the real
    postings and the tricky text, with and without a skills section."""
    from skillgap.ingest import read_document
    from skillgap.nlp.candidates import CONTEXT_RANGES, covered_tokens
    from skillgap.nlp.fuzzy import proper_names

    nlp = get_extractor(()).nlp
    matcher = nlp.get_pipe("skillgap_taxonomy_matcher")
    paths = [POSTINGS / "backend-acme.txt", POSTINGS / "data-analyst.md", SAMPLES / "posting-backend-engineer.txt",
             SAMPLES / "resume-software-engineer.md"]
    texts = [TRICKY, "Laura Mendes\nData Analyst at Lumina Health Group\n", *(read_document(p).text for p in paths)]
    marked = 0
    for text in texts:
        doc = matcher(nlp.make_doc(text))  # the exact pass's candidates cover some words
        doc.user_data[CONTEXT_RANGES] = ranges
        covered = covered_tokens(doc)
        is_name = proper_names(doc, covered)
        plain = _plain_proper_names(doc, covered)
        assert [bool(is_name(k)) for k in range(len(doc))] == [bool(b) for b in plain]
        marked += sum(plain)
    assert marked > 5


def test_attributes_computed_where_asked_are_spacys():
    """The context filter asks title case, lower case and 'like a number' of a few tokens,
    from their text, instead of the vocabulary computing them for every new word: the same
    answers as spaCy's full blank English vocabulary gives."""
    from spacy.lang.en.lex_attrs import like_num

    from skillgap.nlp.tokenizer import blank_pipeline

    paths = [*sorted(POSTINGS.glob("*.txt")), *sorted(POSTINGS.glob("*.md")), SAMPLES / "posting-backend-engineer.txt"]
    numbers = "1,000 +3 ±2 1/2 3rd twenty ~5 4.5 2021 Ph.D O'Neil"
    text = "\n".join([TRICKY, numbers, *(path.read_text(encoding="utf-8") for path in paths)])
    doc = blank_pipeline().make_doc(text)
    asked = [(t.text.istitle(), t.text.islower(), like_num(t.text)) for t in doc]
    assert asked == [(t.is_title, t.is_lower, t.like_num) for t in doc]
    assert sum(n for _, _, n in asked) > 10 and sum(title for title, _, _ in asked) > 100


TAGS = ("Tags: amazon-web-services, ruby-on-rails, machine-learning, google-cloud-platform, full-time "
        "front-end-development, problem-solving, ci-cd, Amazon-Web-Services. "
        "A well-known, high-quality, fast-paced and data-driven team-player with a can-do attitude\n")


def _hyphen_pass_walking_every_token(matcher, facts):
    """The hyphen pass as first written: the walk from every token, its finds filtered."""
    lowers, texts, idx, alpha = facts.lowers, facts.texts, facts.idx, facts.alpha
    n = len(lowers)
    keep = [k for k in range(n) if not (
        lowers[k] == "-" and 0 < k < n - 1 and alpha[k - 1] and alpha[k + 1]
        and idx[k - 1] + len(texts[k - 1]) == idx[k] and idx[k] + 1 == idx[k + 1])]
    if len(keep) == n:
        return []
    compiled = matcher.compiled
    found = matcher._walk([lowers[k] for k in keep], compiled.folded_prefixes, compiled.folded,
                          matcher._folded_starts)
    out = []
    for candidate in found:
        start, end = keep[candidate.start], keep[candidate.end - 1] + 1
        if end - start > candidate.end - candidate.start and SEP.join(lowers[start:end]) not in compiled.folded:
            out.append(candidate._replace(start=start, end=end))
    return out


def test_hyphen_pass_finds_what_the_walk_from_every_token_finds():
    """On the real postings (as a document reads them), the tricky text and tag slugs."""

    nlp = get_extractor(()).nlp
    matcher = nlp.get_pipe("skillgap_taxonomy_matcher")
    texts = [TRICKY, TAGS, TAGS * 5, (SAMPLES / "posting-backend-engineer.txt").read_text(encoding="utf-8")]
    texts += _real_postings()
    found = _same_as_the_reference(nlp, texts, matcher._hyphen_pass,
                                   lambda facts: _hyphen_pass_walking_every_token(matcher, facts))
    assert found >= 4 * 6  # the slugs of TAGS, one text of them and one of five times them


def _same_as_the_reference(nlp, texts, fast, reference) -> int:
    """Assert that a pass (`fast`) finds on each text's tokens what its plain reference
    finds; the number of matches found in all."""
    found = 0
    for text in texts:
        facts = token_facts(nlp.make_doc(text))
        expected = reference(facts)
        assert fast(facts) == expected
        found += len(expected)
    return found


def test_walks_with_the_index_of_second_tokens_find_what_the_plain_walks_find():
    """The index a scan builds (`index_second_tokens`) changes nothing the matcher finds: the
    exact, compact and hyphen passes on the real postings, the tricky text and tag slugs."""
    from skillgap.nlp.candidates import CANDIDATES, DOC_TEXT
    from skillgap.nlp.matcher import TaxonomyMatcher

    nlp = get_extractor(()).nlp
    compiled = nlp.get_pipe("skillgap_taxonomy_matcher").compiled
    plain, indexed = TaxonomyMatcher(), TaxonomyMatcher()
    plain.set_taxonomy(compiled)
    indexed.set_taxonomy(compiled)
    indexed.index_second_tokens()
    assert plain._folded_first is None and indexed._folded_first
    texts = [TRICKY, TAGS, TAGS * 3, CURLY, (SAMPLES / "posting-backend-engineer.txt").read_text(encoding="utf-8")]
    texts += _real_postings()
    found = 0
    for text in texts:
        facts = token_facts(nlp.make_doc(text))
        assert indexed._hyphen_pass(facts) == plain._hyphen_pass(facts)
        results = []
        for matcher in (plain, indexed):
            doc = nlp.make_doc(text)
            doc.user_data[DOC_TEXT] = text
            results.append(matcher(doc).user_data[CANDIDATES])
        assert results[1] == results[0]
        found += len(results[0])
    assert found > 3_000 if REAL_POSTINGS.is_file() else found > 20


def _compact_pass_with_lists(matcher, facts):
    """The compact pass as written before: what may stand inside or end a run, judged as
    lists over every token first."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from skillgap.nlp.candidates import Candidate
    from skillgap.taxonomy.compile import SEP, compact_key

    compact, folded = matcher.compiled.compact, matcher.compiled.folded
    texts, lowers, alpha, idx = facts.texts, facts.lowers, facts.alpha, facts.idx
    n = len(texts)
    blocks = [sp or low in STOP_WORDS or nl for sp, low, nl in zip(facts.space, lowers, facts.line_after, strict=False)]
    ends = [text.isalnum() and low not in STOP_WORDS for text, low in zip(texts, lowers, strict=True)]
    found = []
    starts = [i for i, (word, block, end) in enumerate(zip(alpha, blocks, ends[1:], strict=False))
              if word and end and not block]
    for i in starts:
        joined = compact_key(lowers[i]) + compact_key(lowers[i + 1])
        for last in (i + 1, i + 2):
            if last > i + 1:
                if last >= n or blocks[last - 1] or not ends[last]:
                    break
                joined += compact_key(lowers[last])
            hit = compact.get(joined)
            if hit and idx[last] + len(texts[last]) - idx[i] >= 5 and SEP.join(lowers[i : last + 1]) not in folded:
                found.append(Candidate(i, last + 1, hit[0], hit[1], "fuzzy", 0.95, False))
                break
    return found


def test_compact_pass_finds_what_the_pass_over_lists_finds():
    """On the real postings, the tricky text and words written apart ("Postgre SQL")."""

    nlp = get_extractor(()).nlp
    matcher = nlp.get_pipe("skillgap_taxonomy_matcher")
    texts = [TRICKY, TAGS, CURLY,
             "A spread sheet, a Fork lift and bar code scanners\nSuccess Factors: a fast paced environment"]
    texts += _real_postings()
    found = _same_as_the_reference(nlp, texts, matcher._compact_pass,
                                   lambda facts: _compact_pass_with_lists(matcher, facts))
    assert found >= (4 + 20 if REAL_POSTINGS.is_file() else 4)
