"""A soft skill the résumé shows only through what the candidate did is named where a
reader looks for it (`skillgap/suggest/traits.py`): on the skills line of soft skills, on
a line of its own in a plain skills section, or worked into the summary's sentence of what
the candidate is skilled in; never a sentence of its own after the summary, never in a
bullet. Real pipeline, real taxonomy."""

from __future__ import annotations

import re

from skillgap.gap import trait_in_other_words
from skillgap.ingest import document_from_text
from skillgap.pipeline import analyze
from skillgap.suggest import KIND_NAME_SKILL, KIND_ONLY_IF_TRUE, default_edits, suggest
from skillgap.suggest.tailor import write_tailored
from skillgap.types import MatchLevel

POSTING = """Ward Administrator
Requirements
- Strong leadership
- Excellent communication skills
"""

BULLETS = """Experience
Ward Clerk, City Hospital, Jan 2020 – Present
- Supervised 6 clerks on the night shift
- Presented monthly results to the board
- Scheduled 40 staff rotas every month
"""

WITH_SUMMARY = f"""Alex Kim
Summary
Ward clerk with five years in busy hospital wards. Keeps patient records current and rotas on time.
{BULLETS}"""

WITH_SOFT_LINE = f"""Alex Kim
{BULLETS}Skills
- Rota planning, records management, Excel
- Soft skills: Teamwork, problem solving
"""


def _report(resume: str):
    return analyze(document_from_text(resume, fmt="md", path="resume.md"),
                   document_from_text(POSTING, path="posting.txt"))


def _trait_edits(report, extractor):
    traits = {i.skill.id for i in report.gap.items if trait_in_other_words(i)}
    assert {"leadership", "communication-skills"} <= traits  # shown in other words, by the bullets
    return [s for s in suggest(report, extractor=extractor) if s.skill_id in traits], traits


def test_a_skills_line_of_soft_skills_takes_the_trait(default_extractor):
    report = _report(WITH_SOFT_LINE)
    edits, _ = _trait_edits(report, default_extractor)
    on_line = [s for s in edits if "Soft skills:" in s.original]
    assert len(on_line) == 1  # one term added to a line at most
    edit = on_line[0]
    assert edit.kind == KIND_NAME_SKILL and not edit.placeholder
    assert edit.rewrite == edit.original + ", Leadership"  # the line's own separator and capitals
    assert not any("Rota planning" in s.original for s in edits)  # never a line of hard skills or tools
    # the reason names the line that shows the trait, so the person can check it is true
    document = report.resume.document
    led = document.source_position(document.text.index("Supervised 6"))[0]
    assert f"line {led} (“Supervised 6 clerks" in edit.reason
    assert edit in default_edits(suggest(report, extractor=default_extractor))  # a required skill ranks first


def test_a_trait_is_never_named_in_a_bullet(default_extractor):
    report = _report(WITH_SOFT_LINE)
    edits, _ = _trait_edits(report, default_extractor)
    assert edits
    bullets = [line[2:] for line in BULLETS.splitlines() if line.startswith("- ")]
    assert not any(b in s.original for s in edits for b in bullets)


def test_without_a_soft_skills_line_no_trait_edit(default_extractor):
    """Neither the summary ("... Strengths: communication skills." was judged blind as wrong
    or needing a rewrite) nor a line of hard skills takes a trait."""
    for resume in (WITH_SUMMARY + "Skills\n- Rota planning, records management, Excel\n",
                   "Alex Kim\n" + BULLETS + "Skills\n- Rota planning, records management, Excel\n"):
        edits, traits = _trait_edits(_report(resume), default_extractor)
        assert traits and edits == []


def test_the_trait_is_written_to_a_tailored_copy(default_extractor, tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text(WITH_SOFT_LINE, encoding="utf-8")
    posting = tmp_path / "posting.txt"
    posting.write_text(POSTING, encoding="utf-8")
    report = analyze(resume, posting)
    out = tmp_path / "tailored.md"
    result = write_tailored(resume, out, report.resume.document, suggest(report, extractor=default_extractor))
    assert resume.read_text(encoding="utf-8") == WITH_SOFT_LINE  # the input is never modified
    written = out.read_text(encoding="utf-8")
    assert re.search(r"- Soft skills: Teamwork, problem solving, Leadership\n", written)
    assert any(s.skill_id in ("leadership", "communication-skills") for s in result.applied)


KEY_SKILLS = f"""Alex Kim
{BULLETS}Key skills
- Rota planning and staff scheduling
- Patient records (Epic)
- Excel reporting
"""


def test_a_skills_section_of_short_lines_takes_a_line_of_its_own(default_extractor):
    """No soft-skills line, but a skills section of short lines, one skill each: the traits
    the bullets show get a line of their own after its last, in its style, as blind judges
    of the summary sentence asked ("make it its own bullet")."""
    report = _report(KEY_SKILLS)
    edits, _ = _trait_edits(report, default_extractor)
    assert [(s.original, s.rewrite) for s in edits] == [
        ("Excel reporting", "Excel reporting\n• Communication skills and leadership")]  # the section's glyph
    assert edits[0].skill_id == "communication-skills" and "line 5 (“Presented monthly results" in edits[0].reason
    assert "line 4 (“Supervised 6 clerks" in edits[0].reason  # each trait's own evidence
    assert edits[0] in default_edits(suggest(report, extractor=default_extractor))


def test_no_line_of_its_own_where_it_would_not_belong(default_extractor):
    for resume in (KEY_SKILLS.replace("Key skills", "Clinical skills"),  # a field: soft skills do not belong
                   KEY_SKILLS.replace("- Rota", "- Planning: rota").replace("- Patient", "- Records: patient"),
                   KEY_SKILLS.replace("- Excel reporting\n", ""),  # two lines: not a list to extend
                   KEY_SKILLS.replace("- Rota", "Rota").replace("- Patient", "Patient")  # unmarked lines
                   .replace("- Excel", "Excel"),
                   KEY_SKILLS + "Available for weekend shifts\n"):  # the section goes on after its list
        edits, _ = _trait_edits(_report(resume), default_extractor)
        assert not any("\n" in s.rewrite for s in edits), resume


def test_a_word_of_the_name_in_another_sense_is_no_evidence(default_extractor):
    """"IT professionals" shows no professionalism, for the gap or the edits."""
    posting = document_from_text("Recruiter\nRequirements\n- Professionalism\n", path="posting.txt")
    resume = KEY_SKILLS.replace("- Presented monthly results to the board",
                                "- Recruited contract IT professionals for 15 clients")
    report = analyze(document_from_text(resume, fmt="md", path="resume.md"), posting)
    item = next(i for i in report.gap.items if i.skill.id == "professionalism")
    assert item.level is MatchLevel.MISSING and not item.evidence
    assert not [s for s in suggest(report, extractor=default_extractor)
                if s.skill_id == "professionalism" and s.kind != KIND_ONLY_IF_TRUE]  # only a prompt to add it if true


def test_the_line_of_its_own_in_tailored_copies(default_extractor, tmp_path):
    import docx

    posting = tmp_path / "posting.txt"
    posting.write_text(POSTING, encoding="utf-8")
    markdown = tmp_path / "resume.md"
    markdown.write_text(KEY_SKILLS.replace("- ", "* "), encoding="utf-8")
    report = analyze(markdown, posting)
    write_tailored(markdown, tmp_path / "out.md", report.resume.document,
                   suggest(report, extractor=default_extractor))
    assert "* Excel reporting\n* Communication skills and leadership\n" in \
        (tmp_path / "out.md").read_text(encoding="utf-8")  # the file's own marker

    word = docx.Document()
    word.add_paragraph("Alex Kim")
    for line in KEY_SKILLS.splitlines()[1:]:
        if line.startswith("- "):
            word.add_paragraph(line[2:], style="List Bullet")
        else:
            word.add_paragraph(line)
    path = tmp_path / "resume.docx"
    word.save(str(path))
    report = analyze(path, posting)
    result = write_tailored(path, tmp_path / "out.docx", report.resume.document,
                            suggest(report, extractor=default_extractor))
    paragraphs = [(p.style.name, p.text) for p in docx.Document(str(tmp_path / "out.docx")).paragraphs]
    at = paragraphs.index(("List Bullet", "Excel reporting"))
    assert paragraphs[at + 1] == ("List Bullet", "Communication skills and leadership")  # a bullet of its own
    assert any(s.skill_id == "communication-skills" for s in result.applied)


def test_naming_a_trait_the_bullets_show_never_lowers_the_score(default_extractor):
    """Listed on the new line, the trait keeps the credit of the bullet that shows it: the
    edit's score change is not negative, and the text and Markdown outputs show the added
    line under the line it follows."""
    from skillgap.render.rewrite import markdown_section, suggestion_lines

    report = _report(KEY_SKILLS)
    edits, _ = _trait_edits(report, default_extractor)
    assert edits and all(s.score_delta >= 0 for s in edits)
    lines = suggestion_lines(edits[0], 1)
    after = next(i for i, line in enumerate(lines) if "after:" in line)
    assert lines[after].endswith("after:  Excel reporting")
    assert lines[after + 1].strip() == "• Communication skills and leadership"
    assert lines[after + 1].index("•") == lines[after].index("Excel")  # under the line it follows
    assert any("Excel reporting<br>• Communication skills and leadership" in row for row in markdown_section(edits))


SKILLED_SUMMARY = f"""Alex Kim
Summary
Ward clerk with five years in busy hospital wards. Skilled in rota planning and patient records.
{BULLETS}Clinical skills
- Rota planning and staff scheduling
- Patient records (Epic)
- Excel reporting
"""


def test_a_summary_sentence_of_what_you_are_skilled_in_takes_the_traits(default_extractor):
    """No skills line takes a soft skill ("Clinical skills" names a field): the summary's
    sentence that lists what the candidate is skilled in takes one or two traits the bullets
    show, worked into it as the blind judges of the "Strengths:" sentence asked; "skills"
    is not written twice ("Skilled in ..., with strong communication")."""
    report = _report(SKILLED_SUMMARY)
    edits, _ = _trait_edits(report, default_extractor)
    assert [(s.original, s.rewrite) for s in edits] == [(
        "Ward clerk with five years in busy hospital wards. Skilled in rota planning and patient records.",
        "Ward clerk with five years in busy hospital wards. Skilled in rota planning and patient records, "
        "with strong communication and leadership.")]
    assert "line 7 (“Presented monthly results" in edits[0].reason and "line 6 (“Supervised 6" in edits[0].reason
    assert edits[0] in default_edits(suggest(report, extractor=default_extractor))

    report = _report(SKILLED_SUMMARY.replace("Skilled in", "Experienced in"))
    edits, _ = _trait_edits(report, default_extractor)
    assert [s.rewrite.rsplit(", ", 1)[1] for s in edits] == ["with strong leadership and communication skills."]


def test_no_summary_edit_where_the_traits_would_not_read(default_extractor):
    for resume in (SKILLED_SUMMARY.replace("records.", "records, with a calm manner."),  # a "with" clause already
                   SKILLED_SUMMARY.replace("Skilled in", "I am skilled in"),  # not a sentence that opens so
                   SKILLED_SUMMARY.replace("patient records.", "patient records for\ntwo wards.")):  # two lines
        edits, _ = _trait_edits(_report(resume), default_extractor)
        assert not any("with strong" in s.rewrite for s in edits), resume
    # a soft-skills line takes them first: the summary keeps its wording
    edits, _ = _trait_edits(_report(SKILLED_SUMMARY + "- Soft skills: Teamwork, problem solving\n"), default_extractor)
    assert edits and not any("with strong" in s.rewrite for s in edits)


ADJECTIVE_POSTING = """Medical Secretary
Requirements
- Attention to detail
- Team player
- Good organisational skills
"""

ADJECTIVE_BULLETS = """Experience
Ward Clerk, City Hospital, Jan 2020 – Present
- Kept patient records accurate and up to date for three wards
- Worked closely with nurses and doctors on admissions
- Scheduled 40 staff rotas every month
"""


def _adjective_edits(summary: str, extractor) -> list:
    resume = f"Alex Kim\nSummary\n{summary}\n{ADJECTIVE_BULLETS}"
    report = analyze(document_from_text(resume, fmt="md", path="resume.md"),
                     document_from_text(ADJECTIVE_POSTING, path="posting.txt"))
    return [s for s in suggest(report, extractor=extractor) if s.kind == KIND_NAME_SKILL and "Summary" not in s.original
            and s.original.startswith(summary.split()[0])]


def test_a_summary_that_opens_with_the_role_takes_the_trait_as_an_adjective(default_extractor):
    """No skills line or "Skilled in" sentence takes a trait: the adjective goes before the
    role the summary opens with, as the blind judges proposed ("Organized, collaborative
    recruiter who ..."), one more after the summary's own adjectives, two before a bare role;
    the role keeps its capitals when it is a title, and British spelling stays British."""
    edits = _adjective_edits("Friendly ward clerk with five years in busy hospital wards.", default_extractor)
    assert [s.rewrite for s in edits] == ["Detail-oriented, friendly ward clerk with five years in busy hospital "
                                          "wards."]
    assert "line 6 (“Kept patient records accurate" in edits[0].reason

    edits = _adjective_edits("Ward clerk with five years in busy hospital wards.", default_extractor)
    assert [s.rewrite for s in edits] == ["Detail-oriented, organized ward clerk with five years in busy "
                                          "hospital wards."]  # no spelling of the résumé's own: American
    edits = _adjective_edits("Ward clerk with five years in busy hospital wards (07700 900123).", default_extractor)
    assert edits and edits[0].rewrite.startswith("Detail-oriented, organised")  # a UK telephone number
    edits = _adjective_edits("Certified Medical Secretary with five years in busy hospital wards.", default_extractor)
    assert [s.rewrite.split(" with ")[0] for s in edits] == ["Detail-oriented, organized Certified Medical Secretary"]
    edits = _adjective_edits("I am a friendly ward clerk who organises five busy wards.", default_extractor)
    assert [s.rewrite.split(" ward ")[0] for s in edits] == ["I am a detail-oriented, friendly"]


def test_the_adjective_keeps_the_summarys_spelling_and_never_repeats_a_word(default_extractor):
    posting_words = "British spelling: the summary says organisation."
    summary = f"Collaborative ward clerk with five years in busy hospital wards. {posting_words}"
    edits = _adjective_edits(summary, default_extractor)
    assert [s.rewrite.split(" ward ")[0] for s in edits] == ["Detail-oriented, collaborative"]  # "collaborative" once
    edits = _adjective_edits("Detail-focused and collaborative ward clerk with five years.", default_extractor)
    assert [s.rewrite for s in edits] == ["Organized, detail-focused and collaborative ward clerk with five years."]
    edits = _adjective_edits("Detail-focused and organised ward clerk with five years.", default_extractor)
    assert [s.rewrite for s in edits] == ["Collaborative, detail-focused and organised ward clerk with five years."]
    for opening in ("Seeking a role as a ward clerk with five years.", "Ward clerk.\nFive years with patients."):
        assert _adjective_edits(opening, default_extractor) == [], opening


def test_no_adjective_before_an_opening_that_is_no_role(default_extractor):
    """A verb, a preposition, a contraction or words that name no person open no role (the
    adjective would read "Detail-oriented, organized Working with nurses ...")."""
    for opening in ("Working with nurses for five years on busy wards.",
                    "Worked with vulnerable adults for five years.",
                    "Managed a team of nurses with care for five years.",
                    "With over 10 years of experience with hospital wards, I keep records.",
                    "I've worked with nurses for five years.",
                    "Experience with hospital wards and rotas.",
                    "Someone who keeps records for five years.",
                    "Summary of five years with the NHS."):
        assert _adjective_edits(opening, default_extractor) == [], opening


def test_the_adjective_keeps_names_and_titles_and_lowers_a_plain_role(default_extractor):
    cases = {
        "Python developer with five years in hospital wards.": "Detail-oriented, organized Python developer",
        "Nurse with five years in busy hospital wards.": "Detail-oriented, organized nurse",
        "Nurse and midwife with five years in busy wards.": "Detail-oriented, organized nurse and midwife",
        "Highly motivated ward clerk with five years.": "Detail-oriented, highly motivated ward clerk",
        "RN with five years in busy hospital wards.": "Detail-oriented, organized RN",
    }
    for opening, expected in cases.items():
        edits = _adjective_edits(opening, default_extractor)
        assert [s.rewrite.split(" with ")[0] for s in edits] == [expected], opening
