"""`--engine dask` against `--engine local` on real postings: identical aggregates, entry for
entry, whatever the engine, the workers and the chunk size; a worker killed mid-run has its
chunk run again and changes nothing.

Real postings (`../shared/resume-dev/postings/postings.jsonl`, read in place) are written
as a CSV in the test's folder; the default taxonomy; a real Dask `LocalCluster` of two
worker processes on the loopback interface.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from skillgap.render.scan_json import scan_dict
from skillgap.scan import DatasetColumns, ScanListener, scan
from skillgap.scan.engines import local_cluster
from skillgap.scan.worker import CRASH_ENV

pytest_plugins = ["scan_support"]  # write_dataset

REAL_POSTINGS = Path(__file__).resolve().parents[2] / "shared" / "resume-dev" / "postings" / "postings.jsonl"
RESUME = Path(__file__).resolve().parents[1] / "samples" / "resume-software-engineer.md"
COLUMNS = DatasetColumns("text", id="id", title="title", date="date_posted")
ROWS = 40

pytestmark = pytest.mark.skipif(not REAL_POSTINGS.is_file(), reason="the shared dev postings are not here")


@pytest.fixture(scope="module")
def real_csv(tmp_path_factory):
    """The first ROWS real postings, and one of them again (a duplicate), as a CSV."""
    from tests.scan_support import write_rows

    rows = []
    with open(REAL_POSTINGS, encoding="utf-8") as handle:
        for line in handle:
            posting = json.loads(line)
            rows.append({key: posting.get(key) or "" for key in ("id", "title", "text", "date_posted")})
            if len(rows) == ROWS:
                break
    rows.append({**rows[3], "id": rows[3]["id"] + "-again"})
    return write_rows(tmp_path_factory.mktemp("dataset") / "postings.csv", rows)


@pytest.fixture(scope="module")
def local_result(real_csv, tmp_path_factory):
    rows_out = tmp_path_factory.mktemp("local") / "rows.csv"
    report = scan(real_csv, RESUME, dataset=COLUMNS, use_cache=False, jobs=1, chunk_size=64, rows_out=rows_out)
    return scan_dict(report), rows_out.read_text()


class Progress(ScanListener):
    def __init__(self) -> None:
        self.done = 0

    def advance(self, item: str, count: int = 1) -> None:
        self.done += count


def test_scan_dask_and_local_engines_give_identical_aggregates(real_csv, local_result, tmp_path):
    expected, expected_rows = local_result
    rows_out = tmp_path / "rows.csv"
    progress = Progress()
    # an existing cluster, as `--scheduler ADDRESS` names one (the other test lets scan start its own)
    with local_cluster(2) as cluster:
        # loopback only, dashboard off
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        assert all(w.startswith("tcp://127.0.0.1:") for w in cluster.scheduler_info["workers"])
        assert cluster.scheduler.http_server.address == "127.0.0.1"  # health checks; no dashboard
        report = scan(real_csv, RESUME, dataset=COLUMNS, use_cache=False, engine="dask",
                      scheduler=cluster.scheduler_address, chunk_size=7, rows_out=rows_out, listener=progress)
    assert report.stats.engine == "dask" and report.stats.jobs == 2
    assert progress.done == ROWS + 1  # the progress bar moves as chunks complete
    data = scan_dict(report)
    assert data["postings"] + len(data["duplicates"]) + len(data["resumes"]) == ROWS + 1
    assert {"path": expected["duplicates"][-1]["path"], "same_as": expected["duplicates"][-1]["same_as"]} \
        in data["duplicates"] and expected["duplicates"][-1]["path"].endswith("-again")
    assert data["skills"] and data["gaps"] and data["scores"] and data["months"]
    for key in expected:  # entry for entry, so that a difference names its place
        assert data[key] == expected[key], key
    assert rows_out.read_text() == expected_rows


def test_scan_dask_worker_killed_mid_run_has_its_chunk_retried(real_csv, local_result, tmp_path, monkeypatch):
    marker = tmp_path / "killed"
    monkeypatch.setenv(CRASH_ENV, f"2:{marker}")  # the worker that runs chunk 2 dies, once
    report = scan(real_csv, RESUME, dataset=COLUMNS, use_cache=False, engine="dask", jobs=2, chunk_size=5)
    assert marker.exists()  # a worker process did die
    assert scan_dict(report) == local_result[0]


def test_scan_local_worker_killed_mid_run_has_its_chunk_retried(real_csv, local_result, tmp_path, monkeypatch):
    marker = tmp_path / "killed"
    monkeypatch.setenv(CRASH_ENV, f"1:{marker}")
    report = scan(real_csv, RESUME, dataset=COLUMNS, use_cache=False, engine="local", jobs=2, chunk_size=6)
    assert marker.exists() and report.stats.jobs == 2
    assert scan_dict(report) == local_result[0]
