"""The scan cache: hits on a rescan, misses on changed content and on a changed taxonomy,
recovery from a damaged file, user-only permissions, --no-cache."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest

from skillgap.scan import ScanListener, scan
from skillgap.scan.cache import CACHE_FILE, ScanCache

pytest_plugins = ["scan_support"]  # fixtures: mini_pipeline, cache_dir, folder
pytestmark = pytest.mark.usefixtures("mini_pipeline")

HASHED_FILES = 6  # every fixture file but the empty one, whose failure needs no reading


class Recorder(ScanListener):
    def __init__(self):
        self.notices, self.problems = [], []

    def notice(self, message):
        self.notices.append(message)

    def problem(self, problem):
        self.problems.append(problem)


def _same_report(a, b):
    def parts(report):
        return report.demand, report.gaps, report.scores, report.duplicates, report.failures

    return parts(a) == parts(b)


def test_scan_cache_second_run_reads_everything_from_the_cache(cache_dir, folder):
    cold = scan(folder, jobs=1)
    assert (cold.stats.cache_hits, cold.stats.analysed) == (0, 7)
    warm = scan(folder, jobs=1)
    assert warm.stats.cache_hits == HASHED_FILES  # the broken .docx too: its failure is cached
    assert warm.stats.analysed == 1  # the empty file fails before anything is read
    assert _same_report(cold, warm)
    assert warm.stats.cache == str(cache_dir / CACHE_FILE)


def test_scan_cache_warm_run_does_not_build_the_pipeline(cache_dir, folder, monkeypatch):
    scan(folder, jobs=1)
    import skillgap.pipeline

    def refuse(*args, **kwargs):
        raise AssertionError("a fully cached scan must not build the spaCy pipeline")

    monkeypatch.setattr(skillgap.pipeline, "get_extractor", refuse)
    (folder / "empty.txt").unlink()
    warm = scan(folder, jobs=1)
    assert warm.stats.analysed == 0 and warm.postings == 4
    assert warm.demand[0].skill.name == "SQL"  # names come from the cache's table


def test_scan_cache_misses_a_changed_file_only(cache_dir, folder):
    scan(folder, jobs=1)
    posting = folder / "frontend.html"
    posting.write_text(posting.read_text().replace("<li>Docker.</li>", "<li>Docker.</li><li>Terraform.</li>"))
    report = scan(folder, jobs=1)
    assert report.stats.cache_hits == HASHED_FILES - 1
    assert report.stats.analysed == 2
    terraform = next(d for d in report.demand if d.skill.id == "terraform")
    assert terraform.postings == 2 and terraform.preferred == 1


def test_scan_cache_misses_everything_when_the_taxonomy_changes(cache_dir, folder, tmp_path):
    scan(folder, jobs=1)
    extra = tmp_path / "extra.yaml"
    extra.write_text("skills:\n  - {id: dashboards, name: dashboards, kind: hard}\n")
    changed = scan(folder, jobs=1, taxonomy=[str(extra)])
    assert changed.stats.cache_hits == 0
    assert changed.taxonomy == "default+extra.yaml"
    assert any(d.skill.id == "dashboards" for d in changed.demand)
    again = scan(folder, jobs=1, taxonomy=[str(extra)])
    assert again.stats.cache_hits == HASHED_FILES
    back = scan(folder, jobs=1)  # the first taxonomy's rows are still there
    assert back.stats.cache_hits == HASHED_FILES
    assert not any(d.skill.id == "dashboards" for d in back.demand)


def test_scan_cache_fingerprint_follows_taxonomy_content(cache_dir, tmp_path):
    from skillgap.ingest.limits import DEFAULT_LIMITS
    from skillgap.scan.fingerprint import pipeline_fingerprint

    extra = tmp_path / "extra.yaml"
    extra.write_text("skills:\n  - {id: dashboards, name: dashboards, kind: hard}\n")
    before = pipeline_fingerprint((str(extra),), DEFAULT_LIMITS)
    assert pipeline_fingerprint((str(extra),), DEFAULT_LIMITS) == before
    extra.write_text("skills:\n  - {id: dashboards, name: dashboards, kind: hard, aliases: [dashboard]}\n")
    assert pipeline_fingerprint((str(extra),), DEFAULT_LIMITS) != before
    assert pipeline_fingerprint((), DEFAULT_LIMITS) != before


@pytest.mark.parametrize("damage", [
    b"this is not a database at all" * 100,
    b"SQLite format 3\x00" + b"\xff" * 5000,  # a valid header, garbage pages
])
def test_scan_cache_recovers_from_a_damaged_file(cache_dir, folder, damage):
    first = scan(folder, jobs=1)
    db = cache_dir / CACHE_FILE
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    db.write_bytes(damage)
    listener = Recorder()
    again = scan(folder, jobs=1, listener=listener)
    assert _same_report(first, again)
    assert again.stats.cache_rebuilt and again.stats.cache_hits == 0
    assert len(listener.notices) == 1 and "damaged" in listener.notices[0]
    assert (cache_dir / (CACHE_FILE + ".corrupt")).read_bytes() == damage
    third = scan(folder, jobs=1, listener=Recorder())
    assert third.stats.cache_hits == HASHED_FILES and not third.stats.cache_rebuilt


def test_scan_cache_ignores_a_damaged_row(cache_dir, folder):
    scan(folder, jobs=1)
    with sqlite3.connect(cache_dir / CACHE_FILE) as conn:
        conn.execute("UPDATE postings SET record = '{not json'")
    report = scan(folder, jobs=1)
    assert report.stats.cache_hits == 0 and report.postings == 4


def test_scan_cache_rejects_a_record_of_the_wrong_shape(tmp_path):
    from skillgap.scan.aggregate import valid_outcome

    assert valid_outcome({"record": {"text": "x", "words": 3, "skills": [["sql", "required", [], [1]]]}})
    assert valid_outcome({"error": {"problem": "file is empty", "hint": ""}})
    for bad in ({}, {"record": {"skills": 3}}, {"record": {"text": "x", "words": 1, "skills": [["sql"]]}},
                {"error": "x"}, [1, 2]):
        assert not valid_outcome(bad)


def test_scan_cache_file_is_user_only(cache_dir, folder):
    scan(folder, jobs=1)
    db = cache_dir / CACHE_FILE
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700
    for suffix in ("-wal", "-shm"):
        side = Path(str(db) + suffix)
        if side.exists():
            assert stat.S_IMODE(side.stat().st_mode) & 0o077 == 0


def test_scan_no_cache_leaves_no_database(cache_dir, folder):
    report = scan(folder, jobs=1, use_cache=False)
    assert report.postings == 4 and report.stats.cache == ""
    assert not (cache_dir / CACHE_FILE).exists()
    again = scan(folder, jobs=1, use_cache=False)
    assert again.stats.cache_hits == 0


def test_scan_cache_keeps_only_recent_pipelines(tmp_path):
    cache = ScanCache(tmp_path / "c.sqlite3")
    for n in range(6):
        cache.put(f"sha{n}", f"fp{n}", {"error": {"problem": "x", "hint": ""}})
        cache.remember_pipeline(f"fp{n}", None)
    assert cache.prune(keep=4) == 2
    assert cache.count() == 4 and cache.get("sha0", "fp0") is None and cache.get("sha5", "fp5") is not None
    cache.close()


def test_scan_cache_unusable_location_is_not_fatal(tmp_path, monkeypatch, folder):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("SKILLGAP_CACHE_DIR", str(blocker / "cache"))
    listener = Recorder()
    # the taxonomy cache cannot be written either; it only logs
    report = scan(folder, jobs=1, listener=listener)
    assert report.postings == 4 and report.stats.cache == ""
    assert any("scanning without it" in n for n in listener.notices)


def test_scan_cache_records_are_small_json(cache_dir, folder):
    scan(folder, jobs=1)
    with sqlite3.connect(cache_dir / CACHE_FILE) as conn:
        rows = [json.loads(r[0]) for r in conn.execute("SELECT record FROM postings")]
    records = [r["record"] for r in rows if "record" in r]
    assert len(records) == 5 and all(len(json.dumps(r)) < 2000 for r in records)
    assert all("Backend" not in json.dumps(r["skills"]) for r in records)  # no posting text is stored
