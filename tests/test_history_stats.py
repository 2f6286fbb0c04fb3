"""`log stats` figures against their definitions, on histories of real check reports."""

from __future__ import annotations

import statistics
from collections import Counter
from pathlib import Path

import pytest
from conftest import SAMPLES

from skillgap.history.applications import NewApplication, add_application, set_status
from skillgap.history.stats import MIN_GROUP, compute_stats
from skillgap.history.store import open_history
from skillgap.render.history_text import render_stats
from skillgap.render.json_report import report_dict

PAIRS = [("resume-registered-nurse.pdf", "posting-registered-nurse.html"),
         ("resume-software-engineer.pdf", "posting-backend-engineer.txt"),
         ("resume-accountant.docx", "posting-staff-accountant.docx")]


@pytest.fixture(scope="module")
def reports(default_extractor) -> list[dict]:
    """Real check reports of the samples (the real pipeline, default taxonomy)."""
    from skillgap.pipeline import analyze

    out = [report_dict(analyze(SAMPLES / r, SAMPLES / p)) for r, p in PAIRS]
    assert all(r["missing"] for r in out)
    return out


def _add(db, company: str, on: str, report: dict | None = None, version: str = "") -> int:
    return add_application(db, NewApplication(company=company, applied_on=on, status="applied", report=report,
                                              resume_version=version))


def test_stats_response_rate_and_days_to_first_answer(tmp_path):
    with open_history(tmp_path / "h.sqlite") as db:
        screen = _add(db, "screen", "2026-11-01")
        set_status(db, screen, "screen", when="2026-11-05")
        rejected = _add(db, "rejected", "2026-11-01")
        set_status(db, rejected, "rejected", when="2026-11-11")
        ghosted = _add(db, "ghosted", "2026-11-02")
        set_status(db, ghosted, "ghosted", when="2026-12-01")
        withdrawn = _add(db, "withdrawn", "2026-11-02")
        set_status(db, withdrawn, "withdrawn", when="2026-11-04")
        add_application(db, NewApplication(company="only checked", applied_on="2026-11-03"))
        later = _add(db, "interview then rejected", "2026-11-03")
        set_status(db, later, "interview", when="2026-11-10")
        set_status(db, later, "rejected", when="2026-11-20")
        stats = compute_stats(db)
    response = stats["response"]
    assert (response["applications"], response["sent"], response["answered"]) == (6, 5, 3)
    assert response["response_rate"] == round(3 / 5, 4)
    assert response["progressed"] == 2
    days = response["days_to_first_answer"]
    assert days["n"] == 3 and days["median"] == statistics.median([4, 10, 7])
    by_status = {s["status"]: s["count"] for s in stats["by_status"]}
    assert by_status["rejected"] == 2 and by_status["checked"] == 1 and by_status["screen"] == 1
    assert [m["month"] for m in stats["by_month"]] == ["2026-11"]


def test_stats_recurring_missing_counts_and_weights(tmp_path, reports):
    plan = [reports[0]] * 3 + [reports[1]] * 2 + [reports[2]]
    with open_history(tmp_path / "h.sqlite") as db:
        ids = [_add(db, f"c{i}", "2026-11-01", report) for i, report in enumerate(plan)]
        stats = compute_stats(db, top=500)
    count, required = Counter(), Counter()
    apps: dict[str, list[int]] = {}
    for app_id, report in zip(ids, plan, strict=False):
        for item in report["missing"]:
            count[item["id"]] += 1
            required[item["id"]] += item["importance"] == "required"
            apps.setdefault(item["id"], []).append(app_id)
    got = {s["id"]: s for s in stats["recurring_missing"]}
    assert set(got) == set(count)
    for skill_id, entry in got.items():
        assert (entry["count"], entry["required"], entry["applications"]) == (
            count[skill_id], required[skill_id], apps[skill_id])
        assert entry["weight"] == 2 * required[skill_id] + count[skill_id] - required[skill_id]
    weights = [s["weight"] for s in stats["recurring_missing"]]
    assert weights == sorted(weights, reverse=True)
    assert stats["checked"] == len(plan)


def test_stats_rejected_vs_progressed_needs_enough_of_each(tmp_path, reports):
    rejected_report, progressed_report = reports[0], reports[1]
    with open_history(tmp_path / "h.sqlite") as db:
        for i in range(MIN_GROUP):
            set_status(db, _add(db, f"r{i}", "2026-10-01", rejected_report), "rejected", when="2026-10-08")
        for i in range(MIN_GROUP - 1):
            set_status(db, _add(db, f"p{i}", "2026-10-01", progressed_report), "interview", when="2026-10-08")
        few = compute_stats(db)["rejected_vs_progressed"]
        set_status(db, _add(db, "p-last", "2026-10-01", progressed_report), "screen", when="2026-10-09")
        stats = compute_stats(db)
    assert not few["enough"] and few["skills"] == []
    assert "Not enough applications to compare" in render_stats({**stats, "rejected_vs_progressed": few}, "text")
    compare = stats["rejected_vs_progressed"]
    assert compare["enough"] and (compare["rejected"], compare["progressed"]) == (MIN_GROUP, MIN_GROUP)
    only_rejected = {i["id"] for i in rejected_report["missing"]} - {i["id"] for i in progressed_report["missing"]}
    listed = {s["id"]: s for s in compare["skills"]}
    assert set(listed) == only_rejected
    for entry in listed.values():
        assert (entry["rejected_missing"], entry["progressed_missing"]) == (MIN_GROUP, 0)
    text = render_stats(stats, "text")
    assert f"{MIN_GROUP} of {MIN_GROUP} (100%)" in text and "Counts, not causes" in text


def test_stats_by_score_band_and_resume_version(tmp_path, reports):
    with open_history(tmp_path / "h.sqlite") as db:
        for i, report in enumerate(reports):
            app = _add(db, f"c{i}", f"2026-0{i + 1}-15", report, version="tailored" if i else "base")
            if i:
                set_status(db, app, "screen", when=f"2026-0{i + 1}-20")
        _add(db, "no check", "2026-03-01")
        stats = compute_stats(db)
    bands = {b["band"]: b for b in stats["by_score_band"]}
    assert sum(b["applications"] for b in bands.values()) == len(reports) + 1
    assert bands["no check"]["applications"] == 1
    versions = {v["version"]: v for v in stats["by_resume_version"]}
    assert versions["tailored"]["answered"] == 2 and versions["base"]["answered"] == 0
    assert versions["tailored"]["mean_score"] == round(statistics.fmean(r["score"] for r in reports[1:]), 1)
    assert [m["month"] for m in stats["by_month"]] == ["2026-01", "2026-02", "2026-03"]


def test_stats_of_an_empty_history(tmp_path):
    with open_history(Path(tmp_path / "missing.sqlite"), create=False) as db:
        stats = compute_stats(db)
    assert (stats["applications"] == 0 and stats["recurring_missing"] == []
            and stats["response"]["response_rate"] is None)
    assert not (tmp_path / "missing.sqlite").exists()
    for fmt in ("text", "markdown", "json"):
        assert render_stats(stats, fmt)
