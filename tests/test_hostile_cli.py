"""Every command over every hostile input: a correct result, or exit 2 with one line on
stderr naming the file, the problem and what to do, and never a traceback.

Single-file commands (parse, check) print nothing on stdout when they fail; batch commands
(extract, lint, scan) report every readable file, name every unreadable one, and exit 2
at the end with a summary.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import (
    BAD,
    CASES,
    assert_error_line,
    assert_one_error,
    case_id,
    case_path,
    corpus,
    good,
    invoke,
)

from skillgap.ingest import SUPPORTED_SUFFIXES
from skillgap.scan import POSTING_SUFFIXES

# lint turns "no text in this PDF" into its finding SG101 instead of an error.
LINT_FINDINGS = ("has no text layer", "no text found")
# A folder of postings leaves out other file types (.doc, .docm; résumé-only .json, .tex).
POSTING_CASES = [c for c in CASES if c.suffix in POSTING_SUFFIXES]


@pytest.fixture(autouse=True)
def _quiet(monkeypatch, memory_cap):
    monkeypatch.setenv("SKILLGAP_NO_FORK", "1")  # lint reads in-process under CliRunner
    monkeypatch.delenv("NO_COLOR", raising=False)


def _link(source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
    return target


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_hostile_parse(case, big_dir):
    path = case_path(case, big_dir)
    result = invoke("parse", "--format", "json", path)
    if case.outcome == "ok":
        assert result.exit_code == 0, result.stderr
        assert case.expect in json.loads(result.stdout)["text"]
    else:
        assert_one_error(result.stderr, result.stdout, result.exit_code, path, case.expect)


def test_hostile_library_warnings_stay_off_stderr():
    """pdfminer logs a warning on a damaged page box; in a real process (pytest's log
    capture hides it under CliRunner) it was printed bare between skillgap's lines."""
    path = BAD / "pdf" / "huge-box-fifth-number.pdf"
    done = subprocess.run([sys.executable, "-m", "skillgap", "parse", str(path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Backend engineer" in done.stdout
    assert "MediaBox" not in done.stderr, done.stderr
    verbose = subprocess.run([sys.executable, "-m", "skillgap", "-v", "parse", str(path)],
                             capture_output=True, text=True, timeout=120)
    assert "Invalid MediaBox" in verbose.stderr  # with -v it is shown, as a log line


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_hostile_check(case, big_dir):
    path = case_path(case, big_dir)
    result = invoke("check", path, good("posting.html"))
    if case.outcome == "ok":
        assert result.exit_code == 0, result.stderr
        assert "Traceback" not in result.stderr and result.stdout
        return
    assert_one_error(result.stderr, result.stdout, result.exit_code, path, case.expect)
    result = invoke("check", good("resume.txt"), path)  # the bad file as the posting
    assert_one_error(result.stderr, result.stdout, result.exit_code, path, case.expect)


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_hostile_extract(case, big_dir):
    path = case_path(case, big_dir)
    result = invoke("extract", path)
    assert "Traceback" not in result.stderr
    record = json.loads(result.stdout)
    assert record["path"] == str(path)
    if case.outcome == "ok":
        assert result.exit_code == 0 and record["error"] is None, result.stderr
        return
    assert result.exit_code == 2
    assert case.expect in record["error"] and record["skills"] == []
    error, summary = result.stderr.splitlines()
    assert_error_line(error, path, case.expect)
    assert summary == "skillgap: 1 file(s) could not be read (see the errors above)"


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_hostile_lint(case, big_dir):
    path = case_path(case, big_dir)
    result = invoke("lint", "--no-cache", "--format", "json", path)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("skillgap: error:")]
    if case.outcome == "ok" or (case.suffix == ".pdf" and case.expect in LINT_FINDINGS):
        assert result.exit_code in (0, 1) and not errors, result.stderr
        assert json.loads(result.stdout)
        return
    assert result.exit_code == 2
    assert len(errors) == 1, result.stderr
    assert_error_line(errors[0], path, case.expect)


@pytest.mark.parametrize("case", POSTING_CASES, ids=case_id)
def test_hostile_scan(case, big_dir, tmp_path):
    path = _link(case_path(case, big_dir), tmp_path / "postings")
    result = invoke("scan", "--no-cache", "--jobs", "1", "--format", "json", tmp_path / "postings")
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    report = json.loads(result.stdout)
    if case.outcome == "ok":
        # read and counted: as a posting, or left out by name when its text is a résumé's
        assert result.exit_code == 0 and report["postings"] + len(report["resumes"]) == 1, result.stderr
        return
    assert result.exit_code == 2 and report["postings"] == 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("skillgap: error:")]
    assert len(errors) == 1, result.stderr
    assert_error_line(errors[0], path, case.expect)


# -- mixed batches: every good file still reported -----------------------------------------


@pytest.fixture(scope="module")
def mixed(tmp_path_factory, big_dir) -> tuple[Path, list, list[Path]]:
    """One folder holding every case (and the good files), in subfolders by format."""
    folder = tmp_path_factory.mktemp("mixed")
    cases = [c for c in CASES if c.suffix in SUPPORTED_SUFFIXES]
    for case in cases:
        _link(case_path(case, big_dir), folder / Path(case.path).parent)
    goods = [_link(good(name.split("/")[1]), folder / "good") for name in corpus.GOOD_FILES]
    return folder, cases, goods


def test_hostile_mixed_batch_extract(mixed):
    folder, cases, goods = mixed
    result = invoke("extract", folder)
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    records = {Path(r["path"]).relative_to(folder).as_posix(): r for r in map(json.loads, result.stdout.splitlines())}
    assert len(records) == len(cases) + len(goods)
    for path in goods:
        record = records[path.relative_to(folder).as_posix()]
        assert record["error"] is None and record["skills"], record
    failed = [c for c in cases if c.outcome == "error"]
    for case in cases:
        record = records[case.path]
        assert (record["error"] is None) == (case.outcome == "ok"), record
    lines = result.stderr.splitlines()
    assert lines[-1] == f"skillgap: {len(failed)} file(s) could not be read (see the errors above)"
    assert len(lines) == len(failed) + 1
    for case in failed:
        assert sum(f"{folder / case.path}: " in line for line in lines) == 1, case.path


def test_hostile_mixed_batch_lint(mixed):
    folder, cases, goods = mixed
    result = invoke("lint", "--no-cache", "--format", "json", folder)
    assert result.exit_code == 2 and "Traceback" not in result.stderr and "internal error" not in result.stderr
    failed = [c for c in cases if c.outcome == "error" and not (c.suffix == ".pdf" and c.expect in LINT_FINDINGS)]
    errors = [line for line in result.stderr.splitlines() if line.startswith("skillgap: error:")]
    assert len(errors) == len(failed), result.stderr
    for case in failed:
        matching = [line for line in errors if f"{folder / case.path}: " in line]
        assert len(matching) == 1, case.path
        assert_error_line(matching[0], folder / case.path, case.expect)
    linted = json.dumps(json.loads(result.stdout))
    for path in goods:
        assert str(path) in linted


def test_hostile_mixed_batch_scan(mixed):
    folder, cases, goods = mixed
    cases = [c for c in cases if c.suffix in POSTING_SUFFIXES]  # .json and .tex are not postings
    goods = [g for g in goods if g.suffix in POSTING_SUFFIXES]
    result = invoke("scan", "--no-cache", "--jobs", "1", "--format", "json", folder)
    assert result.exit_code == 2 and "Traceback" not in result.stderr and "internal error" not in result.stderr
    report = json.loads(result.stdout)
    failed = [c for c in cases if c.outcome == "error"]
    readable = len(cases) - len(failed) + len(goods)
    assert report["files"] == len(cases) + len(goods)
    assert len(report["failures"]) == len(failed)
    counted = report["postings"] + len(report["duplicates"]) + len(report["resumes"])  # résumés: left out by name
    assert counted == readable, (report["duplicates"], report["resumes"])
    errors = [line for line in result.stderr.splitlines() if line.startswith("skillgap: error:")]
    for case in failed:
        matching = [line for line in errors if f"{folder / case.path}: " in line]
        assert len(matching) == 1, case.path
        assert_error_line(matching[0], folder / case.path, case.expect)
    assert result.stderr.splitlines()[-1].startswith(f"skillgap: {len(failed)} of {len(cases) + len(goods)} files")
