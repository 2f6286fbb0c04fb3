"""PDF résumés through the real PDF reader: what only a built file shows."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import FIXTURES, ROOT, SAMPLES

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


@pytest.mark.parametrize(("name", "target", "flagged"), [
    ("repository-link.pdf", "https://github.com/jo/migration-model", ["Git"]),  # kept on GitHub: GitHub, not Git
    ("profile-link.pdf", "https://github.com/jo", ["GitHub", "Git"]),  # a profile says nothing
])
def test_pdf_a_role_linking_to_its_repository_shows_the_host(name, target, flagged, default_extractor):
    """khoffie/techcv in resume-dev: "The code is available here: [GitHub icon]"."""
    from skillgap.ingest import read_document

    document = read_document(FIXTURES / "pdf" / name)
    assert [(document.text[a:b], uri) for a, b, uri in document.layout.links] == [("here", target)]
    report = lint(FIXTURES / "pdf" / name, default_extractor, LintConfig(today=date(2025, 6, 1), select=("SG501",)))
    assert [f.message.split("”")[0].lstrip("“") for f in report.findings] == flagged


def test_pdf_a_ruled_form_is_not_two_columns(mini_extractor):
    """Yuki-Sakaguchi/rirekisho-cli in resume-dev: a form's cells are not a two-column layout;
    the same cells without the form's rules are."""
    config = LintConfig(today=date(2025, 6, 1), select=("SG103",))
    assert codes(lint(FIXTURES / "pdf" / "ruled-form.pdf", mini_extractor, config)) == set()
    assert codes(lint(FIXTURES / "pdf" / "unruled-form.pdf", mini_extractor, config)) == {"SG103"}


def test_pdf_a_role_with_logos_is_told_its_skills_are_not_named_in_words(default_extractor):
    """Hoene84/CeeVee in resume-dev: roles tagged with the logos of their tools. The linter
    cannot read a logo, and no tracking system can: beside a picture, SG501 says no role
    names the skill in words; the same résumé without the picture keeps the usual claim."""
    from skillgap.ingest import read_document

    document = read_document(FIXTURES / "pdf" / "logo-role.pdf")
    assert [document.text[start:].split("\n")[0] for start in document.layout.picture_lines] == [
        "• Built the billing service and its reports"]
    assert read_document(FIXTURES / "pdf" / "plain-role.pdf").layout.picture_lines == ()
    config = LintConfig(today=date(2025, 6, 1), select=("SG501",))
    pictured = lint(FIXTURES / "pdf" / "logo-role.pdf", default_extractor, config).findings
    plain = lint(FIXTURES / "pdf" / "plain-role.pdf", default_extractor, config).findings
    assert [f.message for f in pictured] == [
        "“Python” is listed as a skill but no role or project names it in words",
        "“Redux” is listed as a skill but no role or project names it in words"]
    assert all("do not read logos" in f.suggestion for f in pictured)
    assert [f.message for f in plain] == [
        "“Python” is listed as a skill but no role or project shows it in use",
        "“Redux” is listed as a skill but no role or project shows it in use"]


BROWSER = ROOT / "bench" / "parse" / "browser-resumes" / "resumes"


@pytest.mark.parametrize(("name", "columns"), [
    ("b51-pharmtech-indeed.pdf", False),  # page 2: only the Skills list split into two short columns
    ("b139-plumber-highlighter.pdf", False),  # page 2: licence cards and skill bullets tiled three across
    ("b109-bslinterpreter-europasslabels.pdf", False),  # Europass: "Dates", "Occupation ..." beside each value
    ("b96-housingofficer-keybox.pdf", True),  # a "Key Achievements" box with its heading beside a role
    ("b108-youthworker-centreline.pdf", True),  # page 2: Education beside Certifications
    ("b124-craneoperator-pilltables.pdf", True),  # page 2: titles left, their bullets right, down the page
])
def test_pdf_a_grid_inside_a_section_or_labels_beside_values_are_not_columns(name, columns, mini_extractor):
    """Issue 16's review: a page whose sections run full width, with a list or cards tiled
    in a grid inside one of them, or a column of labels each beside its value, is read as
    one column; a sidebar, a block with its own heading or sections side by side, or a
    column that runs down much of the page beside another, is two."""
    config = LintConfig(today=date(2025, 6, 1), select=("SG103",))
    assert (codes(lint(BROWSER / name, mini_extractor, config)) == {"SG103"}) is columns
