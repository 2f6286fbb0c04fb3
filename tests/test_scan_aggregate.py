"""`skillgap scan` counts: postings, shares, required vs preferred, duplicates, bad files,
and the résumé side (statuses, gap ranking, per-posting scores that agree with `check`).

The folder tests/fixtures/scan/postings holds four postings (txt, md, html, docx), the
first of them saved a second time under saved/ with CRLF line ends and extra spaces, an
empty .txt and a .docx that is a zip without a document. Made by hand, and by
scripts/make_scan_fixtures.py for the .docx files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from skillgap.scan import ResumeStatus, scan
from skillgap.scan.model import GAP_ORDER

pytest_plugins = ["scan_support"]  # fixtures: mini_pipeline, cache_dir, folder

POSTINGS = Path(__file__).parent / "fixtures" / "scan" / "postings"
RESUME = POSTINGS.parent / "resume.md"

pytestmark = pytest.mark.usefixtures("mini_pipeline", "cache_dir")


def _by_id(report):
    return {item.skill.id: item for item in report.demand}


def test_scan_counts_postings_files_duplicates_and_failures():
    report = scan(POSTINGS, jobs=1)
    assert report.files == 7
    assert report.postings == 4  # the copy under saved/ and the two bad files are not postings
    assert [(d.path, d.same_as) for d in report.duplicates] == [
        (str(Path("saved") / "backend-acme (1).txt"), "backend-acme.txt")]
    assert [f.path for f in report.failures] == ["broken.docx", "empty.txt"]
    assert "file is empty" in report.failures[1].message
    assert report.failures[0].message.startswith(str(POSTINGS / "broken.docx") + ": ")
    assert report.no_skills == ()


@pytest.mark.parametrize("skill_id,postings,required,preferred", [
    ("sql", 3, 3, 0),  # backend (requirements), data analyst (requirements), frontend (requirements)
    ("docker", 3, 2, 1),  # required in backend and platform, nice to have in frontend
    ("python", 3, 2, 1),  # preferred only in the platform posting
    ("aws", 2, 1, 1),  # the backend posting names AWS under Benefits: not counted
    ("kubernetes", 2, 1, 1),
    ("redis", 1, 0, 1),  # "About us" mentions Redis too: not a requirement, counted once as preferred
    ("excel", 1, 0, 1),
    ("terraform", 1, 1, 0),
    ("go", 1, 1, 0),  # "the Go programming language" in the DOCX
])
def test_scan_counts_required_and_preferred_per_skill(skill_id, postings, required, preferred):
    item = _by_id(scan(POSTINGS, jobs=1))[skill_id]
    assert (item.postings, item.required, item.preferred) == (postings, required, preferred)
    assert item.share == pytest.approx(postings / 4)
    assert item.resume is None


def test_scan_leaves_out_about_and_benefits_sections():
    demand = _by_id(scan(POSTINGS, jobs=1))
    # backend-acme.txt names AWS under "Benefits" and Redis under "About us"
    assert demand["redis"].required == 0
    assert [e.path for e in demand["aws"].examples] == ["frontend.html", "platform-engineer.docx"]


def test_scan_ranks_by_postings_then_required_then_name():
    report = scan(POSTINGS, jobs=1)
    names = [d.skill.name for d in report.demand]
    assert names[:3] == ["SQL", "Docker", "Python"]  # 3 postings each; SQL required by all three
    counts = [(-d.postings, -d.required) for d in report.demand]
    assert counts == sorted(counts)


def test_scan_examples_are_the_first_postings_in_path_order_with_lines():
    report = scan(POSTINGS, jobs=1, examples=2)
    sql = _by_id(report)["sql"]
    assert [e.path for e in sql.examples] == ["backend-acme.txt", "data-analyst.md"]
    assert sql.examples[0].line == 13  # "- Solid SQL and PostgreSQL skills."


def test_scan_min_share_and_top_filter_the_table_but_not_the_totals():
    report = scan(POSTINGS, jobs=1, min_share=0.5, top=4)
    assert report.skills_total == 18  # not "Cloud" of the employer "Northwind Cloud"
    assert [d.skill.id for d in report.demand] == ["sql", "docker", "python", "aws"]
    assert all(d.share >= 0.5 for d in report.demand)
    assert report.postings == 4


def test_scan_resume_statuses():
    demand = _by_id(scan(POSTINGS, RESUME, jobs=1))
    assert demand["python"].resume is ResumeStatus.STRONG  # in an experience bullet
    assert demand["kubernetes"].resume is ResumeStatus.LISTED  # skills list only
    assert demand["sql"].resume is ResumeStatus.PARTIAL  # through PostgreSQL, a kind of SQL
    assert demand["sql"].via.id == "postgresql"
    assert demand["sql"].resume_line == 10
    assert demand["terraform"].resume is ResumeStatus.MISSING
    assert demand["terraform"].via is None


def test_scan_gaps_missing_first_then_by_weight():
    report = scan(POSTINGS, RESUME, jobs=1)
    statuses = [g.resume for g in report.gaps]
    assert statuses == sorted(statuses, key=GAP_ORDER.index)
    assert ResumeStatus.STRONG not in statuses
    missing = [g for g in report.gaps if g.resume is ResumeStatus.MISSING]
    # React is missing: the résumé's JavaScript (broader) earns no credit for it (issue 17)
    assert [g.skill.id for g in missing[:3]] == ["go", "react", "stakeholder-management"]
    assert missing[0].weight == pytest.approx(0.25)  # 1 of 4 postings, required: x 1.0
    redis = next(g for g in missing if g.skill.id == "redis")
    assert redis.weight == pytest.approx(0.125)  # 1 of 4, preferred: x 0.5
    weights = [g.weight for g in missing]
    assert weights == sorted(weights, reverse=True)
    sql = next(g for g in report.gaps if g.skill.id == "sql")
    assert sql.resume is ResumeStatus.PARTIAL and sql.weight == pytest.approx(0.75)


def test_scan_scores_agree_with_check():
    from skillgap.pipeline import analyze

    report = scan(POSTINGS, RESUME, jobs=1)
    assert report.scores[0].path == "backend-acme.txt"
    assert [s.score for s in report.scores] == sorted((s.score for s in report.scores), reverse=True)
    assert len(report.scores) == 4
    for score in report.scores:
        single = analyze(RESUME, POSTINGS / score.path)
        assert score.score == single.gap.score, score.path
        assert score.required_total == single.gap.breakdown.required_total
        assert score.preferred_total == single.gap.breakdown.preferred_total
        missing_required = {i.skill.name for i in single.gap.missing if i.importance.value == "required"}
        assert set(score.missing_required) <= missing_required


def test_scan_posting_without_skills_is_counted_and_listed(tmp_path):
    folder = tmp_path / "postings"
    folder.mkdir()
    (folder / "a.txt").write_text("Requirements\n- Python and SQL\n")
    (folder / "b.txt").write_text("Requirements\n- A friendly attitude\n")
    report = scan(folder, RESUME, jobs=1)
    assert report.postings == 2
    assert report.no_skills == ("b.txt",)
    assert _by_id(report)["python"].share == pytest.approx(0.5)
    assert [s.score is None for s in report.scores] == [False, True]  # unscorable last


def test_scan_duplicate_keeps_the_first_path_whatever_the_format(tmp_path):
    folder = tmp_path / "postings"
    folder.mkdir()
    text = "Data Engineer\n\nRequirements\n- Python and SQL\n"
    (folder / "b.txt").write_text(text)
    (folder / "a.md").write_text(text.replace("  ", " ").upper())  # case and spacing do not matter
    report = scan(folder, jobs=1)
    assert report.postings == 1
    assert [(d.path, d.same_as) for d in report.duplicates] == [("b.txt", "a.md")]


def test_scan_leaves_out_excluded_files(tmp_path):
    folder = tmp_path / "postings"
    folder.mkdir()
    (folder / "a.txt").write_text("Requirements\n- Python\n")
    (folder / "report.md").write_text("Requirements\n- Java\n")
    notices = []

    class Listener:
        def start(self, total): pass
        def advance(self, path): pass
        def problem(self, problem): pass
        def notice(self, message): notices.append(message)
        def finish(self): pass

    report = scan(folder, jobs=1, exclude=[folder / "report.md"], listener=Listener())
    assert report.files == 1 and "java" not in _by_id(report)
    assert any("report.md" in n for n in notices)
