"""Qualities a posting hopes for ("enthusiastic", "highly motivated"): never scored, listed
apart in every format of `check`, and no gap in `scan`. Real files, real pipeline and the
default taxonomy."""

from __future__ import annotations

import json

import pytest

from skillgap.pipeline import analyze
from skillgap.render.check_words import ONLY_QUALITIES, QUALITIES_ADVICE, QUALITIES_TITLE
from skillgap.render.report import render_report

POSTING = "Office Administrator\nRequirements\n- Highly motivated and reliable\n- Excellent Microsoft Excel skills\n"
ONLY = "Helper\nRequirements\n- Highly motivated and reliable\n"
RESUME = "Sam Lee\nExperience\nAdmin, Acme Ltd, 2020 - 2024\n- Kept the team's budgets in Microsoft Excel\n"


@pytest.fixture()
def files(tmp_path):
    out = {}
    for name, text in (("posting.txt", POSTING), ("only.txt", ONLY), ("resume.txt", RESUME)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        out[name] = tmp_path / name
    return out


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_qualities_are_listed_apart_in_every_format(files, fmt):
    report = analyze(files["resume.txt"], files["posting.txt"])
    out = render_report(report, fmt)
    assert QUALITIES_TITLE in out and QUALITIES_ADVICE in out
    assert "highly motivated" in out.lower() and "reliable" in out
    assert "Motivation" not in out and "Dependability" not in out  # no skill row for them


def test_qualities_in_the_json_report(files):
    data = json.loads(render_report(analyze(files["resume.txt"], files["posting.txt"]), "json"))
    assert data["schema_version"] == "1.1"
    assert {q.lower() for q in data["qualities"]} == {"highly motivated", "reliable"}
    assert data["score"] == 100 and not data["missing"]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_posting_of_qualities_only_has_no_score_and_says_why(files, fmt):
    out = render_report(analyze(files["resume.txt"], files["only.txt"]), fmt)
    assert ONLY_QUALITIES in out and QUALITIES_TITLE in out
    assert "Match score" not in out and "/ 100" not in out


def test_scan_counts_qualities_as_asked_but_never_as_gaps(files, tmp_path):
    from skillgap.scan import scan

    folder = tmp_path / "postings"
    folder.mkdir()
    (folder / "one.txt").write_text(POSTING, encoding="utf-8")
    report = scan(folder, files["resume.txt"], jobs=1)
    demand = {d.skill.id: d for d in report.demand}
    assert demand["motivation"].postings == 1 and demand["motivation"].resume is None  # asked, not judged
    assert not {"motivation", "reliability"} & {g.skill.id for g in report.gaps}
    assert report.scores[0].score == analyze(files["resume.txt"], folder / "one.txt").gap.score
