"""Shortcuts of the posting's record, its sections and its reading give the plain forms'
answers: each is compared with the form it replaced, on the real postings (where present),
tricky text and generated text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from test_nlp_speedups import _real_postings

from skillgap.ingest import document_from_text

TRICKY = ("Dictate I.T. and others. We liaise with\n the NHS; report into  our Finance team — "
          "Liaising WITH HR. Work closely with ı Ops! e.g. U.K. Ltd.\n\n// Skills —\n» About ‹ |\n"
          "Health Education England (HEE) of the Royal College of Nursing. Python; Go?")
_PIECES = ["with", "to", "into", "the", "our", "liaise", "report", "closely", "X.Y", "I.T.", ".", "!", ";", "?",
           " ", "  ", "\n", "\t", "\u00a0", "ı", "K", "—", "//", "»", "|", "a", "B"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=20).map("".join)


def _texts() -> list[str]:
    return [TRICKY, document_from_text(TRICKY).text, *_real_postings()]


def _sentence_around_as_written(text, start, end):
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    offset = start - line_start
    starts = [m.end() for m in re.finditer(r"(?i)(?<!\be\.g)(?<!\bi\.e)[.!?;]\s+", line) if m.end() <= offset]
    begin = starts[-1] if starts else 0
    stop = re.search(r"(?i)(?<!\be\.g)(?<!\bi\.e)[.!?;](\s|$)", line[offset:])
    return line[begin : offset + (stop.end() if stop else len(line))], offset - begin


def _places(text):
    """Every offset where a word starts, and every offset of a short text."""
    return range(len(text)) if len(text) < 200 else [m.start() for m in re.finditer(r"\S+", text)]


def test_record_shortcuts_agree_with_the_plain_forms_on_real_text():
    from skillgap.ingest.posting import _LIAISE_WITH, _liaises_with
    from skillgap.language.names import continues_a_name, in_organisation_name
    from skillgap.requirements import _SENTENCE_STOP, _sentence_around
    from skillgap.types import MatchMethod, Mention

    stop = re.compile(r"(?<![A-Z]\.[A-Z])(?<!\b[eE]\.g)(?<!\b[iI]\.e)[.!?;](\s|$)")
    checked = 0
    for text in _texts():
        assert [m.span() for m in _SENTENCE_STOP.finditer(text)] == [m.span() for m in stop.finditer(text)]
        for start in _places(text):
            end = min(len(text), start + 6)
            if start < end:
                mention = Mention("x", start, end, text[start:end], MatchMethod.EXACT, "x", 1.0)
                assert _sentence_around(text, mention) == _sentence_around_as_written(text, start, end)
            assert _liaises_with(text, start) is (_LIAISE_WITH.search(text, max(0, start - 60), start) is not None)
            assert continues_a_name(text, start) is _continues_a_name_as_written(text, start)
            assert in_organisation_name(text, start, end) is _in_organisation_name_as_written(text, start, end)
            checked += 1
    assert checked > 50_000 or not _real_postings()


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_record_shortcuts_agree_on_generated_text(text):
    from skillgap.ingest.posting import _LIAISE_WITH, _liaises_with
    from skillgap.language.names import continues_a_name, in_organisation_name

    for start in range(len(text) + 1):
        assert _liaises_with(text, start) is (_LIAISE_WITH.search(text, max(0, start - 60), start) is not None)
        assert continues_a_name(text, start) is _continues_a_name_as_written(text, start)
        assert in_organisation_name(text, start, len(text)) is _in_organisation_name_as_written(text, start, len(text))


def _continues_a_name_as_written(text, start):
    from skillgap.language.names import _ENDS_A_SENTENCE

    line_start = text.rfind("\n", 0, start) + 1
    words = text[line_start:start].split()
    if not words or not text[start - 1 : start].isspace():
        return False
    before = words[-1]
    after_sentence = len(words) > 1 and words[-2].endswith(_ENDS_A_SENTENCE)
    return before[:1].isupper() and before[-1:].isalpha() and not after_sentence


def _in_organisation_name_as_written(text, start, end):
    from skillgap.language.names import _CAPITALISED, _JOINS, _ORGANISATION_AFTER, _ORGANISATION_BEFORE

    words = text[start:end].split()
    if not words or not all(w[:1].isupper() for w in words if w.lower() not in _JOINS):
        return False
    line_end = text.find("\n", end)
    for word in text[end : len(text) if line_end < 0 else line_end].split()[:4]:
        bare = word.rstrip(",.;:)")
        if not (bare in _JOINS or _CAPITALISED.fullmatch(bare)):
            break
        if bare.lower() in _ORGANISATION_AFTER:
            return True
        if word != bare:
            break
    before = text[text.rfind("\n", 0, start) + 1 : start].split()
    if before[-1:] == ["the"]:
        before = before[:-1]
    if len(before) < 2 or before[-1] != "of":
        return False
    return before[-2][:1].isupper() and before[-2].lower() in _ORGANISATION_BEFORE


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["/", "//", "\\\\", "»", "›", "|", "–", "—", "«", "‹", " ", "Skills", "x", "."]),
                max_size=8).map("".join))
def test_the_decoration_of_a_heading_is_tried_only_where_it_can_be(text):
    from skillgap.ingest.sections import _DECORATION, _DECORATION_FIRST, _DECORATION_LAST

    if not (text.startswith(_DECORATION_FIRST) or text.endswith(_DECORATION_LAST)):
        assert _DECORATION.sub("", text) == text


def test_a_printable_line_holds_nothing_the_full_cleaning_removes():
    """Every printable character but the space is no invisible character, control or
    space the full cleaning replaces (`clean_line`'s fast path for lines outside ASCII)."""
    from skillgap.ingest.builder import _ANY_INVISIBLE, _CONTROL, _SPACES

    for char in map(chr, range(0x110000)):
        if char.isprintable() and char != " ":
            assert not (_ANY_INVISIBLE.match(char) or _CONTROL.match(char) or _SPACES.match(char)), hex(ord(char))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n\t\u2028é")), max_size=60),
       st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=4))
def test_blanked_text_is_the_pattern_s(text, spans):
    from skillgap.nlp.extract import blanked

    spans = tuple((min(a, b, len(text)), min(max(a, b), len(text))) for a, b in spans)
    pieces, at = [], 0
    for start, end in sorted(spans):
        start = max(start, at)
        if start >= end:
            continue
        pieces += [text[at:start], re.sub(r"[^\n]", " ", text[start:end])]
        at = end
    assert blanked(text, spans) == ("".join([*pieces, text[at:]]) if spans else text)


def test_the_folded_lower_case_words_answer_for_token_lower_in_these_sets():
    """The context filter reads the token lists' lower-case words, whose apostrophes are
    folded, where it read Token.lower_: the same answers for sets holding no apostrophe."""
    from skillgap.language.audience import GROUP_NOUNS
    from skillgap.nlp.context_words import NOT_A_PERSON, PROGRAMME_NOUNS, ROLE_NOUNS

    for words in (GROUP_NOUNS, NOT_A_PERSON, PROGRAMME_NOUNS, ROLE_NOUNS):
        assert not [w for w in words if "'" in w or "\u2019" in w]


def test_the_skills_span_group_holds_the_kept_candidates():
    from skillgap.nlp.candidates import CANDIDATES, DOC_TEXT
    from skillgap.pipeline import get_extractor

    nlp = get_extractor(()).nlp
    spans = 0
    for text in _texts()[:60]:
        doc = nlp.make_doc(text)
        doc.user_data[DOC_TEXT] = text
        for _, component in nlp.pipeline:
            doc = component(doc)
        kept = doc.user_data[CANDIDATES]
        assert [(s.start, s.end, s.label_) for s in doc.spans["skills"]] == [(c.start, c.end, c.skill_id) for c in kept]
        spans += len(kept)
    assert spans > 100 or not _real_postings()


def _cut_as_written(text: str) -> str:
    from skillgap.ingest.builder import MAX_PUNCTUATION_RUN

    return re.sub(rf"[^\w\s]{{{MAX_PUNCTUATION_RUN + 1},}}", lambda m: m.group()[:MAX_PUNCTUATION_RUN], text)


# punctuation of one to four UTF-8 bytes, word characters and spaces in and out of ASCII, a
# lone surrogate, and runs about as long as the longest kept
_CUT_PIECES = [".", "-", "(", "_", "•", "…", "—", "😀", "\ud800", "é", "a", "7", " ", "\u00a0", "\u3000", "\x1c",
               "." * 16, "•" * 16, "-" * 31, "=" * 33]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CUT_PIECES), max_size=40).map("".join))
def test_punctuation_runs_are_looked_for_only_in_lines_that_can_hold_one(text):
    """`_cut_punctuation_runs` skips the pattern where a line's UTF-8 bytes hold too few
    characters that could stand in a run: the same line as the pattern gives."""
    from skillgap.ingest.builder import _cut_punctuation_runs

    assert _cut_punctuation_runs(text) == _cut_as_written(text)


def test_punctuation_runs_are_cut_as_the_pattern_cuts_them_in_real_lines():
    from skillgap.ingest.builder import _cut_punctuation_runs

    lines = [line for text in _texts() for line in text.splitlines()]
    lines += ["-" * 33, "-" * 32, "x" + "•" * 40 + "y", "é" * 40, "😀" * 40, "a .-" * 40]
    cut = [line for line in lines if _cut_as_written(line) != line]
    assert [_cut_punctuation_runs(line) for line in lines] == [_cut_as_written(line) for line in lines]
    assert len(cut) >= 3 and len(lines) > 1000 or not _real_postings()
