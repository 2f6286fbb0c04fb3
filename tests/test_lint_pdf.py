"""PDF résumés through the real PDF reader: what only a built file shows."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import FIXTURES, SAMPLES

from skillgap.lint.config import LintConfig
from skillgap.lint.run import lint_paths

CONFIG = LintConfig(today=date(2025, 6, 1))


def lint(path, extractor, config=CONFIG):
    run = lint_paths([path], config, extractor=lambda: extractor)
    assert not run.reports[0].error, run.reports[0].error
    return run.reports[0]


def codes(report):
    return {f.code for f in report.findings}


def test_pdf_three_pages_and_white_text(mini_extractor):
    report = lint(FIXTURES / "lint" / "three-pages.pdf", mini_extractor)
    assert "SG108" in codes(report)
    hidden = [f for f in report.findings if f.code == "SG102"]
    assert hidden and "python spark kafka" in hidden[0].message
    assert "python spark kafka" in hidden[0].source_line  # the line as `skillgap parse` shows it


def test_pdf_image_only_is_no_text_layer(mini_extractor):
    assert codes(lint(FIXTURES / "pdf" / "image-only.pdf", mini_extractor)) == {"SG101"}


def test_pdf_two_columns(mini_extractor):
    assert "SG103" in codes(lint(FIXTURES / "pdf" / "two-column.pdf", mini_extractor))
    assert "SG103" not in codes(lint(FIXTURES / "pdf" / "one-column.pdf", mini_extractor))


def test_pdf_hidden_text_fixture(mini_extractor):
    assert "SG102" in codes(lint(FIXTURES / "pdf" / "hidden-text.pdf", mini_extractor))


@pytest.mark.parametrize("name", ["resume-software-engineer.pdf", "resume-registered-nurse.pdf"])
def test_pdf_samples_lint_without_errors(name, mini_extractor):
    report = lint(SAMPLES / name, mini_extractor)  # committed samples: a missing one fails
    assert all(f.line >= 1 for f in report.findings)
    assert not codes(report) & {"SG101", "SG102", "SG201"}
