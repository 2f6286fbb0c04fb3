"""Time and memory: the real command, in a child process whose address space is capped
(RLIMIT_AS, 1.5 GB) and whose run is timed out, over the big hostile inputs (bombs, 50 MB,
5,000 pages, a million tags, deep nesting). Nothing may hang or run out of memory: each
ends in its documented result well inside the bounds.
"""

from __future__ import annotations

import json
import os
import shutil

import pytest
from conftest import (
    BIG,
    assert_error_line,
    assert_one_error,
    case_id,
    case_path,
    good,
    run_cli,
)

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="resource limits need a POSIX system")

SECONDS = 30  # per file: the slowest big case takes ~3 s on one core


@pytest.mark.parametrize("case", BIG, ids=case_id)
def test_hostile_bounded_parse(case, big_dir):
    path = case_path(case, big_dir)
    run = run_cli(["parse", "--format", "json", str(path)], timeout=SECONDS * 2)
    assert run.seconds < SECONDS, f"{case.path} took {run.seconds:.1f} s"
    if case.outcome == "ok":
        assert run.returncode == 0, run.stderr
        assert case.expect in json.loads(run.stdout)["text"]
    else:
        assert_one_error(run.stderr, run.stdout, run.returncode, path, case.expect)


@pytest.mark.parametrize("name", ["text/long-line-100k.txt", "pdf/flate-bomb.pdf", "docx/zip-bomb.docx",
                                  "html/deep-li.html"])
def test_hostile_bounded_check(name, big_dir):
    case = next(c for c in BIG if c.path == name)
    path = case_path(case, big_dir)
    run = run_cli(["check", str(path), str(good("posting.html"))], timeout=SECONDS * 4)
    assert run.seconds < SECONDS * 2, f"{name} took {run.seconds:.1f} s"
    if case.outcome == "ok":
        assert run.returncode == 0 and run.stdout and "Traceback" not in run.stderr, run.stderr
    else:
        assert_one_error(run.stderr, run.stdout, run.returncode, path, case.expect)


@pytest.fixture(scope="module")
def big_folder(big_dir, tmp_path_factory):
    folder = tmp_path_factory.mktemp("big-batch")
    for case in BIG:
        target = folder / case.path.replace("/", "-")
        os.link(case_path(case, big_dir), target)
    for name in ("resume.txt", "resume.pdf", "resume.docx", "posting.html"):
        shutil.copyfile(good(name), folder / f"good-{name}")
    return folder


@pytest.mark.parametrize("command", [
    pytest.param(["scan", "--no-cache", "--jobs", "2", "--format", "json"], id="scan"),
    pytest.param(["extract"], id="extract"),
    pytest.param(["lint", "--no-cache", "--format", "json"], id="lint"),
])
def test_hostile_bounded_batch(command, big_folder, tmp_path):
    """The real batch commands (scan's worker processes, lint's forked reader) over every big
    case at once: every bad file named once, every good file reported, exit 2."""
    run = run_cli([*command, str(big_folder)], timeout=SECONDS * 8, env={"SKILLGAP_CACHE_DIR": str(tmp_path)})
    assert run.seconds < SECONDS * 4, f"{command[0]} took {run.seconds:.1f} s"
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr, run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("skillgap: error:")]
    cases = BIG
    if command[0] == "scan":  # a folder of postings leaves out résumé-only formats (.json, .tex)
        from skillgap.scan import POSTING_SUFFIXES

        cases = [c for c in BIG if c.suffix in POSTING_SUFFIXES]
    for case in cases:
        path = big_folder / case.path.replace("/", "-")
        named = [line for line in errors if f"{path}: " in line]
        assert len(named) == (case.outcome == "error"), (case.path, named)
        if named:
            assert_error_line(named[0], path, case.expect)
    goods = ("resume.txt", "resume.pdf", "resume.docx", "posting.html")
    if command[0] == "scan":  # the same posting saved twice counts once: count files instead
        report = json.loads(run.stdout)
        assert report["files"] == len(cases) + len(goods)
        assert len(report["failures"]) == sum(c.outcome == "error" for c in cases)
    else:
        for name in goods:
            assert f"good-{name}" in run.stdout
