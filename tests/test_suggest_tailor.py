"""`--write-tailored`: a copy with the non-placeholder rewrites applied, the input untouched,
Markdown markup and DOCX formatting (runs, styles) kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLES

from skillgap.errors import InputError
from skillgap.suggest import Suggestion, suggest
from skillgap.suggest.tailor import check_output, write_tailored

POSTING = """Release Engineer

Requirements
- Experience with Kubernetes and Jenkins.
- Data visualization for release metrics.
"""


def _run(resume: Path, posting: Path, out: Path, extractor):
    from skillgap.pipeline import analyze

    report = analyze(resume, posting)
    suggestions = suggest(report, extractor=extractor)
    return report, suggestions, write_tailored(resume, out, report.resume.document, suggestions)


def test_tailor_markdown_sample(default_extractor, tmp_path):
    resume = SAMPLES / "resume-software-engineer.md"
    before = resume.read_bytes()
    out = tmp_path / "tailored.md"
    _, suggestions, result = _run(resume, SAMPLES / "posting-backend-engineer.txt", out, default_extractor)
    assert resume.read_bytes() == before
    lines = out.read_text(encoding="utf-8").splitlines()
    original = before.decode("utf-8").splitlines()
    assert len(lines) == len(original)
    assert lines[27] == "3. Set up GitLab CI pipelines with automated tests (pytest)."  # numbering kept
    assert lines[18] == "- Moved services to Docker containers on AWS ECS."
    changed = [i for i, (a, b) in enumerate(zip(original, lines, strict=False)) if a != b]
    assert changed and all(original[i].lstrip().startswith(("-", "3.")) for i in changed)  # bullets only
    assert "[" not in "\n".join(lines[i] for i in changed)  # no placeholder was written
    assert result.applied and all(not s.placeholder for s in result.applied)
    assert not result.skipped


def test_tailor_markdown_keeps_markup(default_extractor, tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text(
        "# Sam\n\n## Experience\n\n### Engineer, Acme | 2016 – 2019\n\n"
        "- Responsible for **managing** the Jenkins builds\n"
        "*   Helped set up [k8s](https://kubernetes.io) clusters for the *data* team\n"
        "- Built Tableau dashboards for the sales team.\n",
        encoding="utf-8",
    )
    posting = tmp_path / "posting.txt"
    posting.write_text(POSTING, encoding="utf-8")
    out = tmp_path / "out.md"
    _, _, result = _run(resume, posting, out, default_extractor)
    text = out.read_text(encoding="utf-8").splitlines()
    assert text[7] == "*   Set up [Kubernetes](https://kubernetes.io) clusters for the *data* team"  # link kept
    assert text[8] == "- Built Tableau dashboards (data visualization) for the sales team."
    # "**managing**": the words to change are split by markup, so that rewrite is left to the user
    assert text[6] == "- Responsible for **managing** the Jenkins builds"
    assert any(s.original.startswith("Responsible for managing") for s in result.skipped)


def _docx(path: Path) -> Path:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.add_heading("Sam Lee", level=0)
    document.add_heading("Experience", level=1)
    document.add_heading("Release Engineer, Acme | 2015 – 2019", level=2)
    bullet = document.add_paragraph(style="List Bullet")
    first = bullet.add_run("Responsible for ")
    first.bold = True
    first.font.name = "Arial"
    first.font.size = Pt(11)
    second = bullet.add_run("managing the release process")
    second.italic = True
    bullet.add_run(" for mobile apps.")
    other = document.add_paragraph(style="List Bullet")
    other.add_run("Built Tableau ").bold = False
    other.add_run("dashboards").underline = True
    other.add_run(" for the sales team.")
    document.add_paragraph("Deployed the k8s upgrade in 2018 with 3 engineers.", style="List Bullet")
    document.add_heading("Skills", level=1)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Tools"
    table.rows[0].cells[1].text = "Jenkins, k8s, Tableau"
    document.save(str(path))
    return path


def test_tailor_docx_keeps_runs_and_styles(default_extractor, tmp_path):
    import docx

    resume = _docx(tmp_path / "resume.docx")
    before = resume.read_bytes()
    posting = tmp_path / "posting.txt"
    posting.write_text(POSTING, encoding="utf-8")
    out = tmp_path / "tailored.docx"
    _, suggestions, result = _run(resume, posting, out, default_extractor)
    assert resume.read_bytes() == before
    assert result.applied and not result.skipped

    tailored = docx.Document(str(out))
    paragraphs = {p.text: p for p in tailored.paragraphs}
    managed = paragraphs["Managed the release process for mobile apps."]
    assert managed.style.name == "List Bullet"
    runs = managed.runs
    assert runs[0].text == "Managed" and runs[0].bold and runs[0].font.name == "Arial"
    assert runs[0].font.size.pt == 11
    assert runs[1].text == " the release process" and runs[1].italic
    assert runs[2].text == " for mobile apps."

    named = paragraphs["Built Tableau dashboards (data visualization) for the sales team."]
    assert named.style.name == "List Bullet"
    assert [r.underline for r in named.runs] == [None, True, None]  # the insertion joined the "dashboards" run
    assert "Deployed the Kubernetes upgrade in 2018 with 3 engineers." in paragraphs
    headings = [p.text for p in tailored.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings == ["Sam Lee", "Experience", "Release Engineer, Acme | 2015 – 2019", "Skills"]
    assert tailored.tables[0].rows[0].cells[1].text == "Jenkins, k8s, Tableau"  # one rename is enough


def test_tailor_docx_sample(default_extractor, tmp_path):
    import docx

    resume = SAMPLES / "resume-accountant.docx"
    before = resume.read_bytes()
    out = tmp_path / "accountant-tailored.docx"
    _run(resume, SAMPLES / "posting-staff-accountant.docx", out, default_extractor)
    assert resume.read_bytes() == before
    original = [(p.style.name, p.text) for p in docx.Document(str(resume)).paragraphs]
    tailored = [(p.style.name, p.text) for p in docx.Document(str(out)).paragraphs]
    assert [style for style, _ in original] == [style for style, _ in tailored]
    texts = [text for _, text in tailored]
    assert "Duties included bank reconciliations, payroll journal entries and fixed asset schedules." not in texts
    assert "Owned accounts receivable and patient billing in QuickBooks Online for four clinics." in texts
    assert not any("[" in text for text in texts)


def test_tailor_refuses_the_input_and_other_formats(tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="over the résumé itself"):
        check_output(resume, resume, "md")
    with pytest.raises(InputError, match="over the résumé itself"):
        check_output(resume, tmp_path / "." / "resume.md", "md")
    with pytest.raises(InputError, match="not PDF"):
        check_output(tmp_path / "resume.pdf", tmp_path / "out.pdf", "pdf")
    with pytest.raises(InputError, match="not HTML"):
        check_output(tmp_path / "resume.html", tmp_path / "out.html", "html")
    with pytest.raises(InputError, match="must end in .docx"):
        check_output(tmp_path / "resume.docx", tmp_path / "out.md", "docx")


def test_tailor_skips_placeholders_and_clashes(tmp_path):
    from skillgap.ingest import document_from_text

    text = "## Experience\n\n- Responsible for managing the release process\n"
    resume = tmp_path / "resume.md"
    resume.write_text(text, encoding="utf-8")
    document = document_from_text(text, fmt="md", path=str(resume))
    start = document.text.index("Responsible")
    end = start + len("Responsible for managing the release process")
    original = document.text[start:end]

    def make(kind, rewrite, edits, placeholder=False):
        return Suggestion(kind, "", 3, original, rewrite, 0, start, end, placeholder, "", edits)

    best = make("action-verb", "Managed the release process", ((0, 24, "Managed"),))
    clash = make("action-verb", "Ran the release process", ((0, 24, "Ran"),))
    placeholder = make("add-result", "Managed the release process, improving [metric] by [N]%",
                       ((0, 24, "Managed"), (44, 44, ", improving [metric] by [N]%")), placeholder=True)
    out = tmp_path / "out.md"
    result = write_tailored(resume, out, document, [best, clash, placeholder])
    assert out.read_text(encoding="utf-8") == "## Experience\n\n- Managed the release process\n"
    assert result.applied == [best] and result.skipped == [clash]
