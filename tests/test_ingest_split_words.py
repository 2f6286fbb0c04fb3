"""Words split or glued by the PDF reader, counted the same way on skillgap's text and on
poppler's `pdftotext` (bench/parse_bench.py), on corpus PDFs with letter-spaced, small-caps
and partly coloured text (read in place from ../shared/resume-dev). CI installs
poppler-utils (.ci/run); a developer machine without pdftotext skips this file."""

from __future__ import annotations

import shutil

import pytest
from conftest import ROOT, load_module

from skillgap.ingest import read_document
from skillgap.language import english_words

CORPUS = ROOT.parent / "shared" / "resume-dev" / "resumes"
BENCH = load_module(ROOT / "bench" / "parse_bench.py")

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")


@pytest.mark.parametrize("relative", [
    "xiaoyuin__justcv/example/cv.pdf",
    "gw0__friggeri-cv-letter/example-cv.pdf",
    "roycoding__fancyresume/example-resume.pdf",
    "bbyalcinkaya__resume-template/example/resume.pdf",
    "office-made/registered-nurse-okafor.pdf",
])
def test_no_more_split_or_glued_words_than_pdftotext(relative):
    words = english_words()
    ours = BENCH.split_or_glued(read_document(CORPUS / relative).text, words)
    theirs = BENCH.split_or_glued(BENCH.poppler_text(CORPUS / relative), words)
    assert ours <= theirs, (ours, theirs)


def test_the_count_sees_a_split_and_a_glued_word():
    words = english_words()
    assert BENCH.split_or_glued("managed the E ducation budget", words) >= 1
    assert BENCH.split_or_glued("managed the teambudget", words) >= 1
    assert BENCH.split_or_glued("managed the team budget", words) == 0
