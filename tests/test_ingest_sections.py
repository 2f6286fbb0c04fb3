import pytest
from conftest import built_document
from hypothesis import given, settings
from hypothesis import strategies as st

from skillgap.ingest.sections import classify_heading, guess_role, looks_like_resume, split_sections
from skillgap.types import SectionKind as K


@pytest.mark.parametrize(
    "heading,kind",
    [
        ("EXPERIENCE", K.EXPERIENCE), ("Work History", K.EXPERIENCE), ("Professional Experience:", K.EXPERIENCE),
        ("Employment History", K.EXPERIENCE), ("Education & Training", K.EDUCATION),
        ("TECHNICAL SKILLS", K.SKILLS), ("Core Competencies", K.SKILLS), ("Skills & Tools", K.SKILLS),
        ("Professional Summary", K.SUMMARY), ("Profile", K.SUMMARY), ("Projects", K.PROJECTS),
        ("Licenses & Certifications", K.CERTIFICATIONS), ("Honors and Awards", K.AWARDS),
        ("Volunteer Experience", K.VOLUNTEER), ("Languages", K.LANGUAGES), ("**Education**", K.EDUCATION),
        ("Toolkit", K.SKILLS), ("Awards & Recognition", K.AWARDS), ("Job Related Training", K.CERTIFICATIONS),
    ],
)
def test_sections_resume_headings(heading, kind):
    assert classify_heading(heading.rstrip(":"), "resume") is kind


@pytest.mark.parametrize(
    "heading,kind",
    [
        ("Experiencia Laboral", K.EXPERIENCE), ("FORMACIÓN ACADÉMICA", K.EDUCATION), ("EDUCACION", K.EDUCATION),
        ("Habilidades", K.SKILLS), ("Cursos y Certificaciones", K.CERTIFICATIONS), ("Idiomas", K.LANGUAGES),
        ("Expérience professionnelle", K.EXPERIENCE), ("COMPETENCES", K.SKILLS), ("Centres d'intérêt", K.INTERESTS),
        ("Kenntnisse und Fähigkeiten", K.SKILLS), ("Berufliche Stationen", K.EXPERIENCE),
    ],
)
def test_sections_resume_headings_in_spanish_french_and_german(heading, kind):
    """Headings of CVs written in Spanish, French or German, with or without their accents
    (capitals often drop them), joined by the language's own "and"."""
    assert classify_heading(heading, "resume") is kind


def test_sections_resume_title_is_no_heading():
    """"Résumé" at the top of a page is the document's title, not a French summary heading."""
    assert classify_heading("RESUME", "resume") is None


@pytest.mark.parametrize(
    "heading,kind",
    [
        ("Responsibilities", K.RESPONSIBILITIES), ("What you'll do", K.RESPONSIBILITIES),
        ("What You’ll Do", K.RESPONSIBILITIES), ("Requirements", K.REQUIREMENTS),
        ("Minimum Qualifications", K.REQUIREMENTS), ("Must-have", K.REQUIREMENTS),
        ("What we're looking for", K.REQUIREMENTS), ("Who you are", K.REQUIREMENTS),
        ("Preferred Qualifications", K.PREFERRED), ("Nice to have", K.PREFERRED),
        ("Nice-to-haves", K.PREFERRED), ("Bonus points", K.PREFERRED), ("About us", K.ABOUT),
        ("About Acme Health", K.ABOUT), ("Benefits", K.BENEFITS), ("What we offer", K.BENEFITS),
        ("Perks & Benefits", K.BENEFITS), ("How to apply", K.APPLY), ("About you", K.REQUIREMENTS),
        ("About the role", K.RESPONSIBILITIES), ("About The Candidate", K.REQUIREMENTS),
        ("About this vacancy", K.RESPONSIBILITIES), ("About the ideal applicant", K.REQUIREMENTS),
    ],
)
def test_sections_posting_headings(heading, kind):
    assert classify_heading(heading, "posting") is kind


@pytest.mark.parametrize("line", ["Experience with Python", "Built a data platform in Go",
                                  "Skills matter here a lot more than you think"])
def test_sections_sentences_are_not_headings(line):
    assert classify_heading(line, "posting") is None
    assert classify_heading(line, "resume") is None


def test_sections_split_and_inline_heading():
    doc = built_document("Backend Engineer\nAbout us\nWe use Redis.\nRequirements\n- Python\n"
                         "Nice to have: Kafka, Redis\nBenefits\n- Gym")
    sections = split_sections(doc, "posting")
    kinds = [s.kind for s in sections.sections]
    assert kinds == [K.PREAMBLE, K.ABOUT, K.REQUIREMENTS, K.PREFERRED, K.BENEFITS]
    assert sections.kind_at(doc.text.index("Kafka")) is K.PREFERRED
    assert sections.kind_at(doc.text.index("Redis")) is K.ABOUT
    assert sections.sections[-1].end == len(doc.text)


def test_sections_bullets_and_wrapped_lines():
    doc = built_document("Experience\n• Led the migration of\nbilling to Go\n- Ran on-call\nPlain line\n"
                         "1. Numbered item")
    sections = split_sections(doc, "resume")
    bullets = [doc.text[b.start : b.end] for b in sections.bullets]
    assert bullets == ["Led the migration of\nbilling to Go", "Ran on-call", "Numbered item"]
    assert all(b.section is K.EXPERIENCE for b in sections.bullets)


def test_sections_guess_role():
    assert guess_role(built_document("Jane Doe\nExperience\nEducation\nSkills")) == "resume"
    assert guess_role(built_document("Engineer\nResponsibilities\nRequirements\nBenefits")) == "posting"


@pytest.mark.parametrize("text,expected", [
    ("Jane Doe\nWork experience\nAcme, 2020-2024\nEducation\nBSc Physics", True),
    ("Jane Doe\njane@example.com | +1 555 010 0199\nEducation\nBSc Physics", True),
    ("Jane Doe · linkedin.com/in/janedoe\nProjects\nA compiler", True),
    # postings, even with headings a résumé would use
    ("Data Engineer\nResponsibilities\nBuild pipelines\nEducation\nBSc or equivalent", False),
    ("Nurse\nExperience\n2 years in acute care\nSkills\nBLS", False),  # both vocabularies
    ("Accountant\nWe are hiring. Send your CV to jobs@acme.example", False),
    ("Contact\njobs@acme.example\nAbout us\nWe make tea", False),
])
def test_sections_looks_like_resume(text, expected):
    assert looks_like_resume(built_document(text)) is expected


def test_sections_labelled_lines_inside_resume_sections_are_not_headings():
    doc = built_document("Skills\nLanguages: Python, Go\nTools: Docker\nProjects\nrate-limiter\n"
                         "Technologies: Go, Redis\nLanguages\nSpanish")
    kinds = [s.kind for s in split_sections(doc, "resume").sections]
    assert kinds == [K.SKILLS, K.PROJECTS, K.LANGUAGES]


def test_sections_inline_preferred_heading_in_posting_switches():
    doc = built_document("Requirements\n- Python\nNice to have: Redis")
    assert split_sections(doc, "posting").kind_at(doc.text.index("Redis")) is K.PREFERRED


def test_sections_posting_field_line_ends_with_its_line():
    """"Salary: £30,000" opens no section: the next line is in the section open before it
    (a driving licence asked under a salary line is still asked)."""
    doc = built_document("Coordinator\nSalary: £30,000 per annum\nLocation: Leeds\n"
                         "A valid UK driving licence is required.\nResponsibilities\n- Booking rooms")
    sections = split_sections(doc, "posting")
    assert sections.kind_at(doc.text.index("£30,000")) is K.BENEFITS
    assert sections.kind_at(doc.text.index("Leeds")) is K.ABOUT
    assert sections.kind_at(doc.text.index("driving licence")) is K.PREAMBLE
    assert sections.kind_at(doc.text.index("Booking")) is K.RESPONSIBILITIES


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("What perks are we offering in return?", K.BENEFITS), ("Job benefits:", K.BENEFITS),
        ("Who are we looking for?", K.REQUIREMENTS), ("Main Duties and Responsibilities", K.RESPONSIBILITIES),
        ("The following will be particularly helpful:", K.PREFERRED),
        ("For further details / informal visits contact:", K.APPLY),
        ("What you can offer us:", K.REQUIREMENTS),
    ],
)
def test_sections_posting_heading_by_its_words(heading, kind):
    doc = built_document(f"Engineer\nRequirements\n- Python\n{heading}\nSome text here")
    assert split_sections(doc, "posting").kind_at(doc.text.index("Some text")) is kind


def test_sections_posting_sentence_with_heading_words_is_not_a_heading():
    doc = built_document("Engineer\nRequirements\n- Python\nYou will manage our benefits administration.\nMore")
    assert split_sections(doc, "posting").kind_at(doc.text.index("More")) is K.REQUIREMENTS


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Projects", "a", " ", ".", "·", "…", "_", ":", "\u2003", "\t", "\n", "1", ","]),
                max_size=14).map("".join))
def test_dot_leader_shortcut_removes_what_the_pattern_removes(text):
    from skillgap.ingest.sections import _DOT_LEADER, _without_dot_leader

    assert _without_dot_leader(text) == _DOT_LEADER.sub("", text)


def test_sections_first_person_headings_count_when_a_resume_sets_two_or_more():
    """"Where I've worked" and "What I'm good at" head sections in a résumé that writes its
    headings so; a lone "What I bring" in a summary is a line of it."""
    themed = built_document("Ana Lee\nWho I am\nNurse.\nWhere I've worked\nStaff Nurse, Leeds\nWhere I studied\n"
                            "BSc Nursing\nWhat I'm good at\nTriage\nLanguages I speak\nEnglish")
    kinds = [s.kind for s in split_sections(themed, "resume").sections]
    assert kinds == [K.PREAMBLE, K.SUMMARY, K.EXPERIENCE, K.EDUCATION, K.SKILLS, K.LANGUAGES]
    lone = built_document("Ana Lee\nSummary\nNurse of ten years.\nWhat I bring\nCalm in a crisis.\n"
                          "Experience\nStaff Nurse")
    kinds = [s.kind for s in split_sections(lone, "resume").sections]
    assert kinds == [K.PREAMBLE, K.SUMMARY, K.EXPERIENCE]


@pytest.mark.parametrize(("lines", "titles"), [
    ("A Profile\nNurse.\nB Experience (9 yrs)\nStaff Nurse\nC Education\nBSc", ["Profile", "Experience", "Education"]),
    ("1. Profile\nNurse.\n2. Work History\nStaff Nurse", ["Profile", "Work History"]),
])
def test_sections_numbered_or_lettered_headings(lines, titles):
    doc = built_document("Ana Lee\n" + lines)
    assert [s.title for s in split_sections(doc, "resume").sections if s.title] == titles


def test_sections_symbols_after_a_heading_are_dropped_but_not_a_placeholders_bracket():
    """"▴ References ▴" (an accordion's arrows) is the heading "References"; an anonymised
    posting's "<CONTACT>" placeholder is no contact heading (its ">" is no pictograph)."""
    assert classify_heading("▴ References ▴", "resume") is K.REFERENCES
    assert classify_heading("Technical Skills Show less ▴", "resume") is K.SKILLS  # a fold control beside it
    assert classify_heading("Show more ▾", "resume") is None
    assert classify_heading("<CONTACT>", "posting") is None
    assert classify_heading("About <ORGANIZATION>", "posting") is K.ABOUT


def test_a_comma_parts_a_heading_only_between_headings():
    """"Skills, Certifications & Interests" lists headings (skills first); "Volunteer, Oxfam
    Books" is a role line, no heading."""
    from skillgap.ingest.sections import classify_heading

    assert classify_heading("SKILLS, CERTIFICATIONS & INTERESTS", "resume") is K.SKILLS
    assert classify_heading("Volunteer, Oxfam Books", "resume") is None
    assert classify_heading("Education, University of Leeds", "resume") is None
