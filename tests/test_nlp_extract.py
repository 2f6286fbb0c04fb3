"""Table-driven extraction traps on the small test taxonomy (real spaCy, real files)."""

import pytest
from conftest import built_document

from skillgap.ingest.sections import split_sections
from skillgap.types import MatchMethod


def found(extractor, text, role="posting"):
    document = built_document(text)
    return [(m.skill_id, m.text) for m in extractor.extract(document, split_sections(document, role))]


TRAPS = [
    # (text, skills that must be found, skills that must not be found)
    ("Experience with Go and PostgreSQL", {"go", "postgresql"}, set()),
    ("Python, Go and Rust", {"python", "go"}, set()),
    ("Go above and beyond for our customers", set(), {"go"}),
    ("We go the extra mile", set(), {"go"}),
    ("Go-getter attitude required", set(), {"go"}),
    ("Ready to Go live next week", set(), {"go"}),
    ("Worked on Go microservices", {"go"}, set()),
    ("golang services", {"go"}, set()),
    ("Java and JavaScript", {"java", "javascript"}, set()),
    ("JavaScript developer", {"javascript"}, {"java"}),
    ("React Native apps", {"react-native"}, {"react"}),
    ("React and React Native", {"react", "react-native"}, set()),
    ("C, C++ and C# developers", {"c", "c++", "c#"}, set()),
    ("C++ developer", {"c++"}, {"c"}),
    ("C# and .NET", {"c#"}, {"c"}),
    ("Grade C student", set(), {"c"}),
    ("k8s clusters", {"kubernetes"}, set()),
    ("•Built Python services", {"python"}, set()),
    ("Python3.11", {"python"}, set()),
    ("postgres and JS", {"postgresql", "javascript"}, set()),
    ("Excel at communication", set(), {"excel"}),
    ("Advanced Excel skills with pivot tables", {"excel"}, set()),
    ("MS Excel", {"excel"}, set()),
    ("Spring 2021 semester", set(), {"spring"}),
    ("Spring Boot and Spring", {"spring-boot", "spring"}, set()),
    ("R programming for statistics", {"r"}, set()),
    ("Dr. R. Smith will review", set(), {"r"}),
    ("AWS(EC2,S3)", {"aws"}, set()),
    ("Kubernets clusters", {"kubernetes"}, set()),
    ("Postgre SQL", {"postgresql"}, {"sql"}),
    ("Terrafrom modules", {"terraform"}, set()),
    ("Java Script", {"javascript"}, {"java"}),
    # a posting's tags with hyphens for spaces (Stack Overflow style): the whole name, not its end
    ("Technologies: cloud amazon-web-services", {"aws"}, set()),
    # résumé bullets: a tool after "in/with/using" in a line opening with a work verb
    ("Deployed services written in Go to AWS", {"go", "aws"}, set()),
    ("Analyzed survey results in R, cutting report time 50%", {"r"}, set()),
    ("Tracked inventory in Excel for 3 sites", {"excel"}, set()),
    ("Planned the Go to market launch", set(), {"go"}),
    ("Started in Spring 2021", set(), {"spring"}),
    ("Coached students to Excel at math", set(), {"excel"}),
]


@pytest.mark.parametrize("text,present,absent", TRAPS, ids=[t[0] for t in TRAPS])
def test_extract_traps(mini_extractor, text, present, absent):
    ids = {sid for sid, _ in found(mini_extractor, text)}
    assert present <= ids, f"missing {present - ids} in {ids}"
    assert not (absent & ids), f"wrongly found {absent & ids}"


def test_extract_ambiguous_name_in_skills_section_needs_no_cue(mini_extractor):
    text = "Experience\nLed a team\n\nSkills\nGo\nR\nExcel"
    ids = {sid for sid, _ in found(mini_extractor, text, role="resume")}
    assert {"go", "r", "excel"} <= ids


def test_extract_records_why_it_matched(mini_extractor):
    document = built_document("k8s, Kubernetes and Kubernets")
    mentions = mini_extractor.extract(document, None)
    methods = [(m.text, m.method, m.alias) for m in mentions]
    assert methods[0] == ("k8s", MatchMethod.ALIAS, "k8s")
    assert methods[1] == ("Kubernetes", MatchMethod.EXACT, "Kubernetes")
    assert methods[2][1] is MatchMethod.FUZZY and 0.8 < mentions[2].score < 1.0


def test_extract_offsets_index_the_document_text(mini_extractor):
    document = built_document("Skills:\n•Python3.11, k8s (AWS)")
    for m in mini_extractor.extract(document, None):
        assert document.text[m.start : m.end] == m.text


def test_extract_fuzzy_leaves_short_words_alone(mini_extractor):
    # "Jave" is one edit from "Java" but too short to be fuzzy-matched
    assert "java" not in {sid for sid, _ in found(mini_extractor, "Jave beans")}


@pytest.mark.parametrize("text", ["The court docket was full", "Browser caching rules", "Reactor coolant"])
def test_extract_fuzzy_never_reads_english_words_as_typos(mini_extractor, text):
    assert [m for m in mini_extractor.extract(built_document(text), None) if m.method is MatchMethod.FUZZY] == []


def test_a_shared_head_names_each_item_in_its_own_words(default_extractor):
    """The first items of "... and ... skills" are read with "skills" but span their own
    words, without the praise before them."""
    text = "They should be highly personable with excellent communication and listening skills."
    mentions = default_extractor.extract(built_document(text), None)
    spans = {m.skill_id: m.text for m in mentions}
    assert spans.get("communication-skills") == "communication", spans


def test_a_postings_about_us_and_benefits_are_not_read_for_skills(default_extractor):
    """Their mentions would be dropped anyway (nothing asks for them): spaCy never sees
    their words, and every other mention keeps its offsets and text."""
    from skillgap.nlp.extract import blanked
    from skillgap.pipeline import analyze_document

    posting = ("Data Analyst\nAbout us\nWe build our platform in Python and Kafka.\n"
               "Requirements\n- SQL and Tableau\nBenefits\n- A Python course budget\n")
    analysis = analyze_document(built_document(posting), "posting", default_extractor)
    found = {(m.skill_id, m.text) for m in analysis.mentions}
    assert {("sql", "SQL"), ("tableau", "Tableau")} <= found
    assert not {m.skill_id for m in analysis.mentions} & {"python", "apache-kafka"}
    for m in analysis.mentions:
        assert analysis.document.text[m.start:m.end] == m.text
    resume = analyze_document(built_document(posting), "resume", default_extractor)
    assert "python" in {m.skill_id for m in resume.mentions}  # a résumé is read whole
    assert blanked("ab\ncd\nef", ((1, 5),)) == "a \n  \nef"
