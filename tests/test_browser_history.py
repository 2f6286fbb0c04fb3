"""The `log stats --format html` page in headless Chromium, like the other HTML reports
(tests/test_browser.py: same browser driver, clean-load and contrast checks)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import test_browser
from conftest import SAMPLES
from test_browser import CONTRAST_SCRIPT, assert_clean_load, save_screenshot

from skillgap.history.applications import NewApplication, add_application, set_status
from skillgap.history.stats import MIN_GROUP, compute_stats
from skillgap.history.store import open_history
from skillgap.render.history_html import render_stats_html
from skillgap.render.json_report import report_dict

browser = test_browser.browser  # the same headless Chromium fixtures as the other HTML reports
page = test_browser.page

PAIRS = [("resume-registered-nurse.pdf", "posting-registered-nurse.html"),
         ("resume-software-engineer.pdf", "posting-backend-engineer.txt"),
         ("resume-accountant.docx", "posting-staff-accountant.docx")]


@pytest.fixture(scope="module")
def stats_page(default_extractor, tmp_path_factory) -> tuple[Path, dict]:
    """Three months of applications with real check reports, statuses changed over time."""
    from skillgap.pipeline import analyze

    reports = [report_dict(analyze(SAMPLES / r, SAMPLES / p)) for r, p in PAIRS]
    folder = tmp_path_factory.mktemp("history-page")
    with open_history(folder / "history.sqlite") as db:
        for n in range(3 * MIN_GROUP):
            month = 9 + n % 3
            report = reports[n % 3]
            app = add_application(db, NewApplication(
                company=f"<script>window.pwned=1</script> {n}", applied_on=f"2026-{month:02d}-{1 + n:02d}",
                status="applied", report=report, resume_version="tailored" if n % 2 else "base"))
            outcome = ("rejected", "screen", "ghosted")[n % 3]
            set_status(db, app, outcome, when=f"2026-{month:02d}-{10 + n:02d}")
        stats = compute_stats(db)
    path = folder / "stats.html"
    path.write_text(render_stats_html(stats), encoding="utf-8")
    return path, stats


def test_browser_history_stats_page_loads_clean_with_its_charts(page, stats_page, tmp_path):
    path, stats = stats_page
    page.open(path)
    assert_clean_load(page)
    assert page.evaluate("window.pwned === undefined")
    rows = page.evaluate("Array.from(document.querySelectorAll('[data-testid=missing-chart] > li'))"
                         ".map(li => li.innerText)")
    assert len(rows) == len(stats["recurring_missing"]) > 0
    first = stats["recurring_missing"][0]
    assert rows[0].startswith(first["name"]) and str(first["count"]) in rows[0]
    assert page.evaluate("document.querySelectorAll('[data-testid=status-chart] li').length") == len(stats["by_status"])
    bars = page.evaluate("document.querySelectorAll('[data-testid=month-chart] g').length")
    assert bars == len(stats["by_month"]) == 3
    headline = page.evaluate("document.querySelector('[data-testid=headline]').innerText")
    rate = round(100 * stats["response"]["response_rate"])
    assert f"{rate}%" in headline and str(stats["response"]["sent"]) in headline
    compare = page.evaluate("document.querySelectorAll('[data-testid=rejected-table] tbody tr').length")
    assert compare == len(stats["rejected_vs_progressed"]["skills"])
    assert "Counts, not causes" in page.evaluate("document.getElementById('rejected').innerText")
    save_screenshot(page, tmp_path, "history-stats.png")
    result = page.evaluate(CONTRAST_SCRIPT)
    assert result["checked"] > 20 and result["failures"] == []


def test_browser_history_stats_page_on_a_narrow_screen(page, stats_page, tmp_path):
    path, _ = stats_page
    page.open(path, width=390, height=844)
    assert page.problems() == []
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, "the page must not scroll sideways on a phone"
    save_screenshot(page, tmp_path, "history-stats-phone.png")


def test_browser_history_stats_page_embeds_nothing_private(stats_page):
    path, stats = stats_page
    html = path.read_text(encoding="utf-8")
    # the page shows patterns, not the applications' companies, notes or résumé paths
    assert "pwned" not in html and str(SAMPLES) not in html
    assert json.loads(json.dumps(stats))["applications"] == 3 * MIN_GROUP


def test_browser_stored_check_rerendered_by_log_show_loads_clean(page, default_extractor, tmp_path):
    from skillgap.pipeline import analyze
    from skillgap.render.stored_report import render_stored

    report = analyze(SAMPLES / PAIRS[0][0], SAMPLES / PAIRS[0][1])
    data = json.loads(json.dumps(report_dict(report)))  # as stored and read back
    path = tmp_path / "show.html"
    path.write_text(render_stored(data, report.posting.document.text, "html"), encoding="utf-8")
    page.open(path)
    assert_clean_load(page)
    posting = page.evaluate("document.getElementById('posting') && document.getElementById('posting').innerText")
    assert posting and report.posting.document.text.split("\n")[0].strip() in posting
    assert page.evaluate(CONTRAST_SCRIPT)["failures"] == []
