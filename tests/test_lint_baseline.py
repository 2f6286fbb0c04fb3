"""Baselines: accepted findings stay accepted when the file changes elsewhere."""

from __future__ import annotations

import json
from datetime import date

import pytest

from skillgap.errors import ConfigError
from skillgap.lint import baseline
from skillgap.lint.config import LintConfig
from skillgap.lint.run import lint_paths

CONFIG = LintConfig(select=("SG301", "SG302"), today=date(2025, 6, 1))
RESUME = "## Experience\n### Engineer, Acme | 2019 – 2021\n- Responsible for billing\n- Helped with QA\n"


def run_on(path, extractor):
    return lint_paths([path], CONFIG, extractor=lambda: extractor)


def test_baseline_round_trip_and_line_shifts(tmp_path, mini_extractor):
    resume = tmp_path / "resume.md"
    resume.write_text(RESUME, encoding="utf-8")
    file = tmp_path / "lint-baseline.json"
    assert baseline.write(file, run_on(resume, mini_extractor).reports) == 2
    data = json.loads(file.read_text(encoding="utf-8"))
    assert data["version"] == 1 and {item["path"] for item in data["findings"]} == {"resume.md"}

    # a new role above the accepted lines moves them down; they stay accepted
    resume.write_text("## Summary\nEngineer.\n" + RESUME + "- Responsible for support\n", encoding="utf-8")
    run = run_on(resume, mini_extractor)
    baseline.apply(run.reports, baseline.load(file), tmp_path)
    assert [(f.code, f.line) for f in run.findings] == [("SG301", 7)]
    assert run.reports[0].baselined == 2


def test_baseline_in_a_subfolder_matches_however_the_file_is_named(tmp_path, mini_extractor, monkeypatch):
    """A baseline in ci/ stores "../resume.md": found again from the repository's root,
    from ci/ itself, and with an absolute path."""
    resume = tmp_path / "resume.md"
    resume.write_text(RESUME, encoding="utf-8")
    (tmp_path / "ci").mkdir()
    file = tmp_path / "ci" / "lint-baseline.json"
    monkeypatch.chdir(tmp_path)
    baseline.write(file, run_on("resume.md", mini_extractor).reports)
    assert {i["path"] for i in json.loads(file.read_text(encoding="utf-8"))["findings"]} == {"../resume.md"}
    for spelled, folder in (("resume.md", tmp_path), (str(resume), tmp_path), ("../resume.md", tmp_path / "ci")):
        monkeypatch.chdir(folder)
        run = run_on(spelled, mini_extractor)
        baseline.apply(run.reports, baseline.load(file), file.parent)
        assert run.findings == [] and run.reports[0].baselined == 2, spelled


def test_baseline_counts_identical_findings(tmp_path, mini_extractor):
    resume = tmp_path / "resume.md"
    resume.write_text(RESUME, encoding="utf-8")
    file = tmp_path / "b.json"
    baseline.write(file, run_on(resume, mini_extractor).reports)
    resume.write_text(RESUME + "- Responsible for billing\n", encoding="utf-8")
    run = run_on(resume, mini_extractor)
    baseline.apply(run.reports, baseline.load(file), tmp_path)
    assert [(f.code, f.line) for f in run.findings] == [("SG301", 5)]


def test_baseline_fingerprint_ignores_line_numbers_not_text(tmp_path, mini_extractor):
    resume = tmp_path / "resume.md"
    resume.write_text(RESUME, encoding="utf-8")
    first = run_on(resume, mini_extractor).findings[0]
    resume.write_text("\n\n" + RESUME, encoding="utf-8")
    moved = run_on(resume, mini_extractor).findings[0]
    assert first.line != moved.line
    assert baseline.fingerprint(first, tmp_path) == baseline.fingerprint(moved, tmp_path)
    resume.write_text(RESUME.replace("billing", "invoicing"), encoding="utf-8")
    edited = run_on(resume, mini_extractor).findings[0]
    assert baseline.fingerprint(first, tmp_path) != baseline.fingerprint(edited, tmp_path)


@pytest.mark.parametrize(("content", "problem"), [
    (None, "not found"),
    ("{not json", "cannot read"),
    ('{"version": 9, "findings": []}', "not a skillgap lint baseline"),
])
def test_baseline_bad_files_are_config_errors(tmp_path, content, problem):
    file = tmp_path / "b.json"
    if content is not None:
        file.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=problem):
        baseline.load(file)
