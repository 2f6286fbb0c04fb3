"""The prefiltered affix searches (nlp/affixes.py) answer what spaCy's patterns answer.

The pipeline's tokenizer skips a suffix, infix or prefix search on a text that holds
none of the characters the pattern needs; held here against the plain patterns on the
real postings, on every character of the Basic Multilingual Plane in a few contexts, and
on generated text made of the characters the patterns care about.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillgap.nlp.affixes import PrefilteredPattern, cached_necessary_characters, necessary_characters
from skillgap.nlp.tokenizer import blank_pipeline

REAL_POSTINGS = Path(__file__).resolve().parents[2] / "shared" / "resume-dev" / "postings" / "postings.jsonl"
SAMPLES = Path(__file__).parents[1] / "samples"
FIXTURES = Path(__file__).parent / "fixtures" / "scan" / "postings"
TRICKY = ("•Built APIs in C#, F# and C++ (AWS(EC2,S3)); Node.js/React, CI/CD, Python3.11 — R.\n"
          "\tcafé  naïve  Ünïcödé\u00a0nbsp \r\n\n  - Go to https://example.com/x?y=1 «quoted» 3.5+ years\n"
          "ÆØÅ 東京 😀 emoji\u2028line sep\u200bzero-width don't U.S.A. e-mail A+ C-suite .NET 5km 10% $5 "
          "°C. Smith's A. wait... ok!? 'quoted' (a)b [x]y {z} a--b a~b a:b a=b x^2 2+2 3*4 1-2 §5 ¶ ©2024")


@cache
def _tokenizers():
    """spaCy's tokenizer with skillgap's rules, plain and prefiltered."""
    return blank_pipeline().tokenizer, blank_pipeline(prefiltered=True).tokenizer


def _patterns(tokenizer):
    return {"prefix": tokenizer.prefix_search.__self__, "suffix": tokenizer.suffix_search.__self__,
            "infix": tokenizer.infix_finditer.__self__}


def _answers(plain: re.Pattern, fast: PrefilteredPattern, text: str):
    found = plain.search(text)
    quick = fast.search(text)
    return ((found.span() if found else None, [m.span() for m in plain.finditer(text)]),
            (quick.span() if quick else None, [m.span() for m in fast.finditer(text)]))


def _texts() -> list[str]:
    from skillgap.ingest import document_from_text

    texts = [TRICKY, *(p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt")))]
    texts.append((SAMPLES / "posting-backend-engineer.txt").read_text(encoding="utf-8"))
    if REAL_POSTINGS.is_file():  # the real postings, as stored and as a document reads them
        for line in REAL_POSTINGS.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") or ""
            texts += [text, document_from_text(text).text]
    return texts


def test_every_pattern_has_a_set_of_needed_characters():
    """Else the shortcut would silently run the pattern on every text."""
    _, fast = _tokenizers()
    for name, pattern in _patterns(fast).items():
        assert pattern.needed, name
        # plain words hold none of them: the shortcut is taken for them
        assert pattern.needed.isdisjoint("experienceTeamRESPONSIBILITIES"), name


def test_the_cached_sets_are_the_computed_ones(tmp_path, monkeypatch):
    """Read from the cache file, written on first use, or rebuilt from a damaged one."""
    monkeypatch.setenv("SKILLGAP_CACHE_DIR", str(tmp_path))
    plain, _ = _tokenizers()
    for name, pattern in _patterns(plain).items():
        wanted = necessary_characters(pattern)
        assert cached_necessary_characters(pattern) == wanted, name  # computed and written
        assert cached_necessary_characters(pattern) == wanted, name  # read back
    for path in tmp_path.glob("affixes-*.pickle"):
        path.write_bytes(b"not a pickle")
    assert cached_necessary_characters(_patterns(plain)["suffix"]) == necessary_characters(_patterns(plain)["suffix"])


def test_the_prefiltered_tokenizer_gives_the_same_tokens_on_real_text():
    plain, fast = _tokenizers()
    texts = _texts()
    for text in texts:
        assert [(t.text, t.idx, t.whitespace_) for t in fast(text)] == \
            [(t.text, t.idx, t.whitespace_) for t in plain(text)]
    assert len(texts) > 700 or not REAL_POSTINGS.is_file()


def test_every_chunk_of_real_text_gets_the_plain_answers():
    """Every whitespace-separated chunk of the real texts, and every tail and head of it (the
    tokenizer asks again after cutting an affix off)."""
    plain, fast = _tokenizers()
    pairs = list(zip(_patterns(plain).values(), _patterns(fast).values(), strict=True))
    chunks = {chunk for text in _texts() for chunk in text.split()}
    checked = 0
    for chunk in chunks:
        for part in {chunk, chunk[1:], chunk[:-1], chunk[2:], chunk[:-2]}:
            for slow_pattern, fast_pattern in pairs:
                slow, quick = _answers(slow_pattern, fast_pattern, part)
                assert quick == slow, (part, fast_pattern.pattern[:40])
                checked += 1
    assert checked > 30_000 or not REAL_POSTINGS.is_file()


def test_every_character_in_context_gets_the_plain_answers():
    plain, fast = _tokenizers()
    pairs = list(zip(_patterns(plain).values(), _patterns(fast).values(), strict=True))
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        c = chr(code)
        for text in (c, "a" + c, c + "a", "a" + c + "A", "1" + c, c + "1", "1" + c + "1", c + c, "A" + c + "."):
            for slow_pattern, fast_pattern in pairs:
                slow, quick = _answers(slow_pattern, fast_pattern, text)
                assert quick == slow, (text, fast_pattern.pattern[:40])


_ALPHABET = list("aZk m9012.,;:!?'\"’()[]{}<>/\\-–—_+*^=#&%$£€°§…|~`@") + ["km", "US$", "'s", "..", "xyz"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=8).map("".join))
def test_generated_text_gets_the_plain_answers(text):
    plain, fast = _tokenizers()
    for slow_pattern, fast_pattern in zip(_patterns(plain).values(), _patterns(fast).values(), strict=True):
        slow, quick = _answers(slow_pattern, fast_pattern, text)
        assert quick == slow


@pytest.mark.parametrize("pattern,texts", [
    (r"(?<=[0-9])(?:km|kg)$|'s$", ["5km", "kms", "it's", "xkg", "5kg"]),
    (r"(?<=[A-Za-z])\d+(?:\.\d+)+|\.\.+|[()]", ["Python3.11", "a..b", "(x)", "3.11", "plain"]),
    (r"x*y?", ["", "abc", "x"]),  # matches the empty text: nothing is needed, nothing skipped
    (r"(?i)k", ["K", "k", "\u212a"]),  # case-insensitive: not read
    (r"[^a-z]", ["abc", "a1"]),  # a negated class needs no known character
])
def test_needed_characters_of_small_patterns(pattern, texts):
    compiled = re.compile(pattern)
    fast = PrefilteredPattern(compiled)
    for text in texts:
        slow, quick = _answers(compiled, fast, text)
        assert quick == slow, text


def test_what_small_patterns_need():
    # the lightest set of each rule: "k" (the parse takes it out in front of "km|kg") over ten digits
    assert necessary_characters(re.compile(r"(?<=[0-9])(?:km|kg)$|'s$")) == frozenset("k'")
    assert necessary_characters(re.compile(r"(?<=[0-9])(?:km|g)$|'s$")) == frozenset("kg'")
    units = re.compile(r"(?<=[0-9])(?:km|g|m|t|lb|oz|mg|ft|in|yd|ha)$|'s$")  # eleven letters
    assert necessary_characters(units) == frozenset("0123456789'")
    assert necessary_characters(re.compile(r"a+b")) == frozenset("a")  # the first of equal weights
    assert necessary_characters(re.compile(r"x*y?")) is None
    assert necessary_characters(re.compile(r"(?i)k")) is None
    assert necessary_characters(re.compile(r"[^a-z]")) is None
    assert necessary_characters(re.compile(r"(?<=\w)-")) == frozenset("-")
