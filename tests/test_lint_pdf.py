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


def _linked_resume(path, target: str) -> None:
    """A one-page PDF whose role bullet links to `target` from the word "here"."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=LETTER, invariant=1)
    lines = [("Jo Doe", 18), ("jo@example.com", 10), ("Experience", 14),
             ("Research Assistant, Uni Earth 2019 - 2021", 10),
             ("• Built a migration model; the code is available here", 10), ("Skills", 14), ("GitHub, Git", 10)]
    y = 740
    for text, size in lines:
        c.setFont("Helvetica", size)
        c.drawString(72, y, text)
        if text.endswith("here"):
            x = 72 + c.stringWidth(text[: -len("here")], "Helvetica", size)
            c.linkURL(target, (x, y - 2, x + c.stringWidth("here", "Helvetica", size), y + size), relative=0)
        y -= size * 2
    c.save()


@pytest.mark.parametrize(("target", "flagged"), [
    ("https://github.com/jo/migration-model", ["Git"]),  # the work kept on GitHub: GitHub, not Git
    ("https://github.com/jo", ["GitHub", "Git"]),  # a profile says nothing
])
def test_pdf_a_role_linking_to_its_repository_shows_the_host(tmp_path, target, flagged, default_extractor):
    """khoffie/techcv in resume-dev: "The code is available here: [GitHub icon]"."""
    from skillgap.ingest import read_document

    path = tmp_path / "linked.pdf"
    _linked_resume(path, target)
    document = read_document(path)
    assert [(document.text[a:b], uri) for a, b, uri in document.layout.links] == [("here", target)]
    report = lint(path, default_extractor, LintConfig(today=date(2025, 6, 1), select=("SG501",)))
    assert [f.message.split("”")[0].lstrip("“") for f in report.findings] == flagged


def _form(path, ruled: bool) -> None:
    """Rows of a ruled form: an address cell on the left, a phone cell on the right (a
    Japanese rirekisho's layout), with or without the form's rules."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    top = 760
    for row in range(14):
        y = top - row * 40
        c.drawString(40, y, f"Address line {row} of the form, with street")
        c.drawString(40, y - 14, "and town, and the postcode")
        c.drawString(460, y - 6, "Telephone (mobile)")  # the cells beside keep a line spacing of their own
        c.drawString(460, y - 20, f"+81 80-9876-54{row:02d}")
        if ruled:
            c.line(30, y - 26, 565, y - 26)  # a rule across the whole row
    if ruled:
        c.line(450, top + 15, 450, top - 14 * 40)  # the rule down between the cells
    c.drawString(40, 150, "Experience")
    c.drawString(40, 130, "Engineer, Acme 2019 - 2021 and a line that runs right across the page to the edge")
    c.save()


def test_pdf_a_ruled_form_is_not_two_columns(tmp_path, mini_extractor):
    """Yuki-Sakaguchi/rirekisho-cli in resume-dev: a form's cells are not a two-column layout."""
    config = LintConfig(today=date(2025, 6, 1), select=("SG103",))
    for ruled, expected in ((True, set()), (False, {"SG103"})):
        path = tmp_path / f"form-{ruled}.pdf"
        _form(path, ruled)
        assert codes(lint(path, mini_extractor, config)) == expected
