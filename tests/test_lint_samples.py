"""The shipped samples lint without errors, with positions that point at the right text."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import SAMPLES

from skillgap.lint.config import LintConfig
from skillgap.lint.run import lint_paths

TEXT_SAMPLES = ["resume-software-engineer.md", "resume.json", "resume-accountant.docx"]


@pytest.mark.parametrize("name", TEXT_SAMPLES)
def test_samples_lint_cleanly_with_true_positions(name, mini_extractor):
    path = SAMPLES / name
    run = lint_paths([path], LintConfig(select=("ALL",), today=date(2025, 6, 1)), extractor=lambda: mini_extractor)
    report = run.reports[0]
    assert not report.error
    for finding in report.findings:
        assert finding.line >= 1 and finding.column >= 1
        if finding.start != finding.end and finding.code.startswith("SG3"):
            # the text the finding is about is where the position says
            phrase = finding.message.split("“")[1].split("”")[0] if "“" in finding.message else ""
            if phrase and finding.code in ("SG301", "SG302"):
                assert finding.source_line[finding.column - 1 :].startswith(phrase), finding
