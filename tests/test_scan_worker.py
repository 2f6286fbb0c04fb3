"""The per-file side of `skillgap scan`: records, errors, duplicate keys, worker counts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillgap.ingest.limits import DEFAULT_LIMITS
from skillgap.outcome import OutcomeStatus
from skillgap.scan import worker

pytest_plugins = ["scan_support"]  # fixtures: mini_pipeline, cache_dir, folder

POSTINGS = Path(__file__).parent / "fixtures" / "scan" / "postings"

pytestmark = pytest.mark.usefixtures("mini_pipeline", "cache_dir")


@pytest.mark.parametrize("cores,files,expected", [
    (2, 10, 1), (2, 99, 1), (2, 100, 2), (2, 5000, 2), (8, 120, 2), (1, 5000, 1), (4, 0, 1),
])
def test_scan_worker_default_jobs(monkeypatch, cores, files, expected):
    monkeypatch.setattr(worker, "available_cores", lambda: cores)
    assert worker.default_jobs(files) == expected


@pytest.mark.parametrize("a,b,same", [
    ("Python and SQL\n- Docker", "python  and sql\r\n-   docker", True),
    ("Python, SQL", "Python SQL", True),  # punctuation does not make another posting
    ("Python and SQL", "Python or SQL", False),
])
def test_scan_worker_text_key(a, b, same):
    assert (worker.text_key(a) == worker.text_key(b)) is same


_KEY_PIECES = ["Python", "sql", "_", "x_y", "3.5", " ", "\n", "\t", "\x1c", "\x7f", ",", "’", "—", "•", "é", "İ", "ß",
               "½", "²", "\u00a0", "\u2003", "\u0301", "ﬁ", "Σ", "日本", "\ud800", "🙂"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_KEY_PIECES), max_size=16).map("".join))
def test_scan_worker_text_key_hashes_the_runs_of_word_characters(text):
    """The bytes shortcut hashes what its definition says: the lower-cased runs of \\w."""
    import hashlib
    import re

    words = " ".join(re.findall(r"\w+", text.lower()))
    assert worker.text_key(text) == hashlib.sha256(words.encode()).hexdigest()[:32]


def _extractor():
    from skillgap.pipeline import get_extractor

    return get_extractor(())


def test_scan_worker_record_of_a_posting():
    outcome = worker.analyse_file(str(POSTINGS / "backend-acme.txt"), DEFAULT_LIMITS, _extractor)
    assert outcome.status is OutcomeStatus.OK and outcome.cacheable
    assert outcome.key == worker.file_sha256(str(POSTINGS / "backend-acme.txt"))
    record = outcome.payload
    assert record["title"] == "Backend Engineer" and record["format"] == "txt"
    skills = {entry[0]: entry for entry in record["skills"]}
    assert skills["python"][1] == "required" and skills["redis"][1] == "preferred"
    assert skills["sql"][2] == [["SQL", 1]] and skills["sql"][3] == [13]
    assert "aws" not in skills  # named under Benefits only


@pytest.mark.parametrize("name,problem", [
    ("empty.txt", "file is empty"),
    ("broken.docx", "docx"),
])
def test_scan_worker_failure_is_an_outcome(name, problem):
    outcome = worker.analyse_file(str(POSTINGS / name), DEFAULT_LIMITS, _extractor)
    assert outcome.status is OutcomeStatus.FAILED and outcome.payload is None and problem in outcome.problem
    assert outcome.to_cache() == {"error": {"problem": outcome.problem, "hint": outcome.hint}}
    line = outcome.relabelled("x/" + name).message()
    assert line.startswith(f"x/{name}: ") and "\n" not in line


def test_scan_worker_reader_bug_is_an_outcome(monkeypatch, tmp_path):
    import skillgap.ingest

    def explode(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(skillgap.ingest, "read_document", explode)
    (tmp_path / "a.txt").write_text("Requirements\n- Python\n")
    outcome = worker.analyse_file(str(tmp_path / "a.txt"), DEFAULT_LIMITS, _extractor)
    # a bug in skillgap is an internal error, never the user's bad file, and never cached
    assert outcome.status is OutcomeStatus.INTERNAL_ERROR
    assert outcome.problem == "skillgap failed on it (ValueError: boom)"
    assert "bug" in outcome.hint and outcome.to_cache() is None


def test_scan_worker_vocabulary_stops_growing_past_its_limit(monkeypatch):
    """Past VOCAB_STRINGS strings, a chunk's new words leave spaCy's vocabulary when it ends
    (a worker's memory stays flat over any dataset); the outcomes do not change."""
    from skillgap.nlp import extract
    from skillgap.scan.fingerprint import pipeline_fingerprint

    fingerprint = pipeline_fingerprint((), DEFAULT_LIMITS)
    strings = worker.worker_pipeline((), DEFAULT_LIMITS, fingerprint).nlp.vocab.strings

    def task(index: int) -> worker.RowTask:
        text = f"Requirements\n- Python and SQL\n- Docker is a plus\n- ticket QX{index}Z7 in Zorblat{index}"
        return worker.RowTask(index, (("r1", text),), (), DEFAULT_LIMITS, fingerprint)

    kept = worker.row_task(task(1))
    assert "QX1Z7" in strings  # under the limit: new words are kept
    monkeypatch.setattr(extract, "VOCAB_STRINGS", len(strings))
    size = len(strings)
    dropped = [worker.row_task(task(i)) for i in range(2, 5)]
    assert len(strings) == size and "QX2Z7" not in strings and "zorblat3" not in strings
    assert "QX1Z7" in strings  # what was kept stays
    payloads = [outcomes[0].payload for outcomes in (kept, *dropped)]
    assert payloads[0]["skills"] and all(p["skills"] == payloads[0]["skills"] for p in payloads)
    assert {entry[0] for entry in payloads[0]["skills"]} >= {"python", "sql", "docker"}


@pytest.mark.parametrize("name", ["backend-acme.txt", "data-analyst.md", "frontend.html", "platform-engineer.docx"])
def test_scan_worker_mentions_are_the_same_inside_a_memory_bound(name):
    from skillgap.ingest import read_document
    from skillgap.pipeline import analyze_document

    extractor = _extractor()
    document = read_document(POSTINGS / name)
    with extractor.bounded_memory(0):  # every new word dropped at the end of the block
        bounded = analyze_document(document, "posting", extractor).mentions
    free = analyze_document(document, "posting", extractor).mentions
    assert bounded and bounded == free


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork on Linux only")
def test_workers_fork_with_the_verb_table_read():
    """A forked worker shares the verb table a posting's record reads, instead of reading it
    from its cache file on its first posting; and the matcher's index of first tokens and
    the strings the record's patterns need, instead of making its own."""
    import gc

    from skillgap.ingest.folded import _MADE
    from skillgap.language import verbs
    from skillgap.scan.engines import _fork_context

    verbs._table.cache_clear()
    try:
        assert _fork_context(_extractor) is not None
        assert verbs._table.cache_info().currsize == 1
        assert _extractor().nlp.get_pipe("skillgap_taxonomy_matcher")._folded_first
        assert _MADE and all("needed" in pattern.__dict__ for pattern in _MADE)  # read (cached_property)
    finally:
        gc.unfreeze()
