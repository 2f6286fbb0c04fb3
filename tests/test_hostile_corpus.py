"""The corpus of hostile inputs, read through `read_document`: each case gives its
documented result, and the committed files and docs/robustness.md are up to date."""

from __future__ import annotations

import pytest
from conftest import BAD, CASES, ROOT, SMALL, case_id, case_path, corpus

from skillgap.errors import LimitExceeded, SkillgapError
from skillgap.ingest import read_document


def test_hostile_corpus_committed_files_are_up_to_date():
    """`python scripts/make_bad_inputs.py` regenerates exactly the committed files."""
    expected = {c.path: c.build() for c in SMALL} | {name: build() for name, build in corpus.GOOD_FILES.items()}
    committed = {p.relative_to(BAD).as_posix() for p in BAD.rglob("*") if p.is_file()}
    assert committed == set(expected), "run: python scripts/make_bad_inputs.py"
    for path, data in expected.items():
        assert (BAD / path).read_bytes() == data, f"{path} is stale: run python scripts/make_bad_inputs.py"
    assert all(len(data) <= 64 * 1024 for data in expected.values()), "big cases must be built at test time"


def test_hostile_corpus_every_case_is_in_the_docs_table():
    docs = (ROOT / "docs" / "robustness.md").read_text(encoding="utf-8")
    missing = [c.path for c in CASES if f"`{c.path}`" not in docs]
    assert not missing, f"docs/robustness.md lacks {missing}: paste `python scripts/make_bad_inputs.py --table`"


def test_hostile_corpus_case_paths_are_unique():
    assert len({c.path for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_hostile_read_document_gives_the_documented_result(case, big_dir, memory_cap):
    path = case_path(case, big_dir)
    if case.outcome == "ok":
        document = read_document(path)
        assert case.expect in document.text
        assert "\n".join(document.text[line.start:line.end] for line in document.lines) == document.text
        return
    with pytest.raises(SkillgapError) as caught:
        read_document(path)
    error = caught.value
    line = error.one_line()
    assert error.path == str(path) and line.startswith(f"{path}: ")
    assert case.expect in line
    assert error.hint, line
    assert "\n" not in line
    if case.limit:
        assert isinstance(error, LimitExceeded), line
        assert f"--{case.limit.replace('_', '-')}" in error.hint, line


def test_hostile_limits_can_be_raised_to_read_what_they_refused(big_dir):
    """A limit that is hit names the option; raising it lets the file through."""
    from skillgap.ingest.limits import Limits

    pages = corpus.many_pages_pdf(60)
    path = big_dir / "sixty-pages.pdf"
    path.write_bytes(pages)
    with pytest.raises(LimitExceeded, match="over the 50-page limit"):
        read_document(path)
    document = read_document(path, limits=Limits(max_pages=60))
    assert document.pages == 60 and document.text.count("Backend engineer") == 60


def test_hostile_pdf_page_count_comes_before_any_page_is_read(big_dir, monkeypatch):
    """5,000 pages are refused from the page tree's /Count, without building one page."""
    import pdfplumber.page

    built = []
    original = pdfplumber.page.Page.__init__

    def counting(self, *args, **kwargs):
        built.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(pdfplumber.page.Page, "__init__", counting)
    with pytest.raises(LimitExceeded, match="has 5,000 pages"):
        read_document(case_path(corpus.case("pdf/5000-pages.pdf"), big_dir))
    assert built == []


def test_hostile_pdf_lying_page_count_stops_at_the_limit(big_dir):
    """A page tree that says 1 page but holds 500 is still stopped after max_pages."""
    data = corpus.many_pages_pdf(500).replace(b"/Count 500", b"/Count   1")  # same length: offsets stay right
    path = big_dir / "lying-count.pdf"
    path.write_bytes(data)
    with pytest.raises(LimitExceeded, match="more than 50 pages"):
        read_document(path)


def test_hostile_huge_page_keeps_the_gutter_search_small():
    from skillgap.ingest.pdf_layout import find_gutter, group_rows

    words = [{"text": "word", "x0": float(x), "x1": float(x) + 20, "top": float(top), "bottom": top + 10, "size": 10}
             for top in range(0, 200, 14) for x in (10, 1e9)]
    assert find_gutter(group_rows(words), 2e9) is None  # no 2-billion-entry array
    assert find_gutter(group_rows(words), float("inf")) is None
    assert find_gutter(group_rows(words), float("nan")) is None


def test_hostile_long_lines_are_wrapped_without_moving_offsets():
    from skillgap.ingest.builder import MAX_LINE_CHARS, DocumentBuilder

    text = " ".join(["skill"] * (3 * MAX_LINE_CHARS // 6))
    builder = DocumentBuilder("<t>", "txt")
    line = builder.add_line(text)
    document = builder.build()
    assert len(document.lines) > 1 and all(ln.end - ln.start <= MAX_LINE_CHARS for ln in document.lines)
    assert document.text.replace("\n", " ") == text  # a space became each newline
    assert (line.start, line.end) == (0, len(text))
    unbroken = "x" * (MAX_LINE_CHARS + 10)
    document = DocumentBuilder("<t>", "txt")
    document.add_line(unbroken)
    assert document.build().text.replace("\n", "") == unbroken
