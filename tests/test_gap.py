"""Gap and score on real text through the real pipeline (small test taxonomy)."""

import pytest
from conftest import built_document, compare_texts

from skillgap.gap import WEIGHTS, compare, score_items
from skillgap.pipeline import analyze_document
from skillgap.types import Importance, MatchLevel, Strength

POSTING = """Backend Engineer
About us
We run on Redis and love Java.
Requirements
- Python and SQL
- Kubernetes in production
- Stakeholder management
Nice to have
- Tableau
Also: experience with React is a plus.
Benefits
- Free Terraform training
"""

RESUME = """Alex Morgan
Experience
• Built Python services on Postgres
• Ran k8s clusters
Skills
Tableau, Docker
"""


@pytest.fixture(scope="module")
def gap(mini_extractor):
    return compare_texts(mini_extractor, RESUME, POSTING)


def _item(gap, skill_id):
    return next(i for i in gap.items if i.skill.id == skill_id)


def test_gap_about_and_benefits_are_not_requirements(gap):
    ids = {i.skill.id for i in gap.items}
    assert "redis" not in ids and "java" not in ids and "terraform" not in ids


def test_gap_importance_from_section_and_wording(gap):
    assert _item(gap, "python").importance is Importance.REQUIRED
    assert _item(gap, "tableau").importance is Importance.PREFERRED
    assert _item(gap, "react").importance is Importance.PREFERRED  # "is a plus", outside the section


def test_gap_levels_and_evidence(gap):
    python = _item(gap, "python")
    assert python.level is MatchLevel.EXACT and python.evidence[0].strength is Strength.STRONG
    assert python.credit == 1.0
    sql = _item(gap, "sql")
    assert sql.level is MatchLevel.NARROWER and sql.via.id == "postgresql"
    assert 0 < sql.credit < 1
    tableau = _item(gap, "tableau")
    assert tableau.level is MatchLevel.EXACT and tableau.evidence[0].strength is Strength.LISTED
    assert tableau.credit < python.credit
    assert _item(gap, "stakeholder-management").level is MatchLevel.MISSING


def test_gap_exact_keywords(gap):
    kubernetes = _item(gap, "kubernetes")
    assert kubernetes.level is MatchLevel.EXACT and not kubernetes.keyword_found
    assert "Kubernetes" in gap.keywords_missing
    assert "Python" not in gap.keywords_missing
    # required terms come before preferred ones
    assert gap.keywords_missing.index("Kubernetes") < gap.keywords_missing.index("React")


def test_gap_score_matches_the_documented_formula(gap):
    b = gap.breakdown
    expected = 100 * (b.weights[0] * b.required_coverage + b.weights[1] * b.preferred_coverage
                      + b.weights[2] * b.keyword_exactness)
    assert abs(gap.score - expected) <= 0.51
    assert b.weights == WEIGHTS
    assert b.required_total == 4 and b.preferred_total == 2


def test_gap_score_is_deterministic(mini_extractor):
    scores = set()
    for _ in range(3):
        scores.add(compare_texts(mini_extractor, RESUME, POSTING).score)
    assert len(scores) == 1


def test_gap_score_without_preferred_skills_reweights():
    score, breakdown = score_items([])
    assert score == 0 and breakdown.weights == (0.0, 0.0, 0.0)


def test_gap_full_match_scores_100(mini_extractor):
    gap = compare_texts(mini_extractor, "Experience\n• Built Python and SQL services", "Requirements\n- Python\n- SQL")
    assert gap.score == 100 and not gap.missing and not gap.keywords_missing
    assert gap.breakdown.weights == (round(0.7 / 0.8, 4), 0.0, round(0.1 / 0.8, 4))


def test_gap_keyword_found_when_resume_term_is_inside_posting_term(mini_extractor):
    gap = compare_texts(mini_extractor, "Certifications\nBLS, American Heart Association",
                        "Requirements\n- Current BLS certification")
    assert gap.items[0].skill.id == "bls" and gap.items[0].keyword_found
    assert gap.keywords_missing == ()


@pytest.mark.parametrize("posting,shown,dropped,kept_missing", [
    ("Requirements\n- Experience with Java or Go\n", "java", {"go"}, set()),
    ("Requirements\n- Python, Java, or Go for services\n", "java", {"python", "go"}, set()),
    ("Requirements\n- Python and/or Java\n", "java", {"python"}, set()),
    # "and" is not "or": both asked for
    ("Requirements\n- Java and Go\n", "java", set(), {"go"}),
    # a comma list without "or" asks for all of them
    ("Requirements\n- Python, Java, Go\n", "java", set(), {"python", "go"}),
    # Go is also asked for on its own: showing Java does not answer it
    ("Requirements\n- Java or Go\n- Go for services\n", "java", set(), {"go"}),
    # a slash offers either; a bracket on one option does not break the list
    ("Requirements\n- Java/Go services\n", "java", {"go"}, set()),
    ("Requirements\n- Deep Python (plus Docker) and/or Java\n", "java", {"python"}, {"docker"}),
])
def test_gap_either_or_lists_are_met_by_one_option(mini_extractor, posting, shown, dropped, kept_missing):
    gap = compare_texts(mini_extractor, "Experience\n• Built Java services for payments\n", posting)
    ids = {i.skill.id for i in gap.items}
    assert shown in ids and not dropped & ids
    assert {i.skill.id for i in gap.items if i.level is MatchLevel.MISSING} == kept_missing
    if dropped:
        assert "instead of" in _item(gap, shown).note


def test_gap_either_or_list_keeps_the_option_shown_best(mini_extractor):
    """Java is shown, SQL only partly (through PostgreSQL): "Java or SQL" is met by Java,
    and the partial SQL is not held against the résumé."""
    gap = compare_texts(mini_extractor, "Experience\n• Built Java services on PostgreSQL\n",
                        "Requirements\n- Java or SQL\n")
    assert [i.skill.id for i in gap.items] == ["java"] and "instead of SQL" in gap.items[0].note
    alone = compare_texts(mini_extractor, "Experience\n• Ran reports on PostgreSQL\n", "Requirements\n- Java or SQL\n")
    assert {i.skill.id: i.level for i in alone.items} == {"sql": MatchLevel.NARROWER}


def test_gap_either_or_list_with_no_option_shown_keeps_all(mini_extractor):
    gap = compare_texts(mini_extractor, "Experience\n• Ran the payroll for 40 staff\n", "Requirements\n- Java or Go\n")
    assert {i.skill.id for i in gap.items if i.level is MatchLevel.MISSING} == {"java", "go"}


def test_gap_preferred_wording_in_brackets_qualifies_only_the_brackets(mini_extractor):
    posting = "Requirements\n- Experience with SQL (Tableau preferred) and Python.\n- Docker (a plus)\n"
    gap = compare_texts(mini_extractor, "Experience\n• Wrote reports\n", posting)
    assert _item(gap, "sql").importance is Importance.REQUIRED
    assert _item(gap, "python").importance is Importance.REQUIRED
    assert _item(gap, "tableau").importance is Importance.PREFERRED
    assert _item(gap, "docker").importance is Importance.PREFERRED


def test_gap_a_resume_written_in_english_shows_english_by_example(default_extractor):
    """"Good written communication in English": a résumé written in English shows it
    (listed-only credit, its longest line as the evidence), and the word itself is still
    reported missing, since tracking systems search for it. One in German does not."""
    posting = analyze_document(built_document("Requirements\n- Good written communication in English\n"), "posting",
                               default_extractor)
    english = ("Experience\n- Built the billing service in Python and moved it to AWS with the team\n"
               "- Led the migration of the reporting jobs from cron to Airflow for the finance team\n"
               "- Wrote the runbooks for on-call and trained six engineers on the new alerts\n")
    resume = analyze_document(built_document(english), "resume", default_extractor)
    gap = compare(resume, posting, default_extractor.taxonomy)
    item = _item(gap, "english")
    assert item.level is MatchLevel.EXACT and item.credit == 0.8 and item.evidence[0].text == ""
    assert "English" in gap.keywords_missing
    german = ("Erfahrung\n- Entwicklung von Diensten mit Python und Go für die Logistik der Firma in Berlin\n"
              "- Betreuung der Datenbanken und Schulung der Kollegen im Team der Abteilung\n"
              "- Einführung von Airflow für die Berichte der Finanzabteilung und der Leitung\n")
    resume = analyze_document(built_document(german), "resume", default_extractor)
    gap = compare(resume, posting, default_extractor.taxonomy)
    assert _item(gap, "english").level is MatchLevel.MISSING


@pytest.mark.parametrize(("posting", "asked"), [
    ("Requirements\n- Good IT skills\n", "have-computer-literacy"),
    ("Requirements\n- Must be computer literate\n", "have-computer-literacy"),
    ("Requirements\n- Excellent administration skills and accurate data inputting\n", "administrative-support"),
])
def test_gap_everyday_office_asks_are_named(default_extractor, posting, asked):
    """Asks that postings for office, clinic and support posts make in everyday words ("good
    IT skills", "computer literate", "administration skills") are skills; Microsoft Office
    or programming shown in the résumé is computer literacy (a narrower skill, partial
    credit); it does not go the other way ("it skills" in lower case is no ask)."""
    gap = compare_texts(default_extractor, "Experience\n- Kept the rota in Excel and Microsoft Office\n", posting)
    item = _item(gap, asked)
    if asked == "have-computer-literacy":
        assert item.level is MatchLevel.NARROWER and item.via is not None and item.via.id.startswith("microsoft-")
    else:
        assert item.level is MatchLevel.MISSING
    gap = compare_texts(default_extractor, "Experience\n- Wrote the billing service in Python\n", posting)
    if asked == "have-computer-literacy":
        assert _item(gap, asked).level is MatchLevel.NARROWER
    lower = compare_texts(default_extractor, "Experience\n- Kept the rota\n", "Requirements\n- Make it skills-based\n")
    assert "have-computer-literacy" not in {i.skill.id for i in lower.items}
