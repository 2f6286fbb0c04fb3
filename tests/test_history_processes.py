"""Real processes against one history file: a writer killed with SIGKILL in the middle of
its writes, and a dozen processes logging at once (library writers and real
`skillgap check --log` runs). Nothing committed is lost, nothing half-written remains."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, SAMPLES

V1_SQL = FIXTURES / "history" / "v1.sql"

# A child process: records applications one transaction at a time, printing "begin N" as a
# write starts and the new id once its transaction has committed. Each row's note says who
# wrote it, so rows can be checked whole.
WRITER = r"""
import json, sys
from pathlib import Path
from skillgap.history.applications import NewApplication, add_application
from skillgap.history.store import open_history

db_path, report_path, tag, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
report = json.loads(Path(report_path).read_text(encoding="utf-8"))
with open_history(Path(db_path)) as db:
    for n in range(count):
        new = NewApplication(company=f"{tag}-{n}", job_title="Registered Nurse", status="applied",
                             note=f"{tag}:{n}:" + "x" * 2000, posting_text="posting " * 2000, report=report)
        if sys.argv[5:] == ["--say-begin"]:
            print("begin", n, flush=True)
        app_id = add_application(db, new)
        print(app_id, flush=True)
"""


@pytest.fixture(scope="module")
def report_file(tmp_path_factory) -> Path:
    """A real check report (the v1 fixture's, from the real pipeline on the samples)."""
    db = sqlite3.connect(":memory:")
    db.executescript(V1_SQL.read_text(encoding="utf-8"))
    text = db.execute("SELECT report_json FROM applications WHERE id = 1").fetchone()[0]
    path = tmp_path_factory.mktemp("report") / "report.json"
    path.write_text(text, encoding="utf-8")
    return path


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, SKILLGAP_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    env.pop("SKILLGAP_CONFIG", None)
    return env


def _whole_rows(path: Path, report: dict) -> dict[str, tuple]:
    """Every application, checked whole: its note, its status change, its missing skills."""
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    missing = len(report["missing"])
    rows = {}
    for app_id, company, note, text in db.execute("SELECT id, company, note, report_json FROM applications"):
        tag, n, filler = note.split(":")
        assert company == f"{tag}-{n}" and filler == "x" * 2000
        assert json.loads(text) == report
        changes = db.execute("SELECT status FROM status_changes WHERE application_id = ?", (app_id,)).fetchall()
        assert changes == [("applied",)]
        assert db.execute("SELECT count(*) FROM missing_skills WHERE application_id = ?",
                          (app_id,)).fetchone()[0] == missing
        rows[company] = (app_id,)
    db.close()
    return rows


@pytest.mark.parametrize("kill_after", [1, 25, 60])
def test_history_survives_sigkill_in_the_middle_of_writing(tmp_path, report_file, kill_after):
    path = tmp_path / "history.sqlite"
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(report_file), "w", "100000", "--say-begin"],
                             stdout=subprocess.PIPE, text=True, env=_env(tmp_path))
    committed: list[int] = []
    try:
        while True:
            line = child.stdout.readline()
            assert line, "the writer stopped early"
            if line.startswith("begin"):
                if len(committed) >= kill_after:
                    break  # a write has just started: kill it now, mid-transaction
                continue
            committed.append(int(line))
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    late = [int(x) for x in child.stdout.read().split() if x.isdigit()]  # committed, printed after we stopped reading
    report = json.loads(report_file.read_text(encoding="utf-8"))
    ids = {v[0] for v in _whole_rows(path, report).values()}
    assert set(committed) | set(late) <= ids  # every committed row is there, and whole
    assert len(ids - set(committed) - set(late)) <= 1  # at most the one being written, and only if it committed
    # and the file still works for the next command
    result = subprocess.run([sys.executable, "-m", "skillgap", "log", "stats", "--db", str(path), "--format", "json"],
                            check=False, capture_output=True, text=True, env=_env(tmp_path), timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["applications"] == len(ids)


def test_history_a_dozen_processes_logging_at_once_lose_nothing(tmp_path, report_file):
    path = tmp_path / "new-folder" / "history.sqlite"  # does not exist yet: created by the race
    writers, per_writer = 9, 15
    env = _env(tmp_path)
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(report_file), f"w{i}", str(per_writer)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for i in range(writers)]
    checks = [("resume-registered-nurse.pdf", "posting-registered-nurse.html"),
              ("resume-software-engineer.pdf", "posting-backend-engineer.txt"),
              ("resume-accountant.docx", "posting-staff-accountant.docx")]
    procs += [subprocess.Popen([sys.executable, "-m", "skillgap", "check", str(SAMPLES / r), str(SAMPLES / p),
                                "--log", "--db", str(path), "--company", f"cli-{i}", "--no-suggestions"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
              for i, (r, p) in enumerate(checks)]
    outputs = [proc.communicate(timeout=600) for proc in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=False):
        assert proc.returncode == 0, err
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    companies = sorted(r[0] for r in db.execute("SELECT company FROM applications"))
    expected = sorted([f"w{i}-{n}" for i in range(writers) for n in range(per_writer)] + ["cli-0", "cli-1", "cli-2"])
    assert companies == expected
    cli_scores = dict(db.execute("SELECT company, score FROM applications WHERE company LIKE 'cli-%'").fetchall())
    db.close()
    for i, (out, err) in enumerate(outputs[writers:]):
        assert "logged as application" in err
        assert cli_scores[f"cli-{i}"] is not None and f"{cli_scores[f'cli-{i}']} / 100" in out
    assert path.stat().st_mode & 0o777 == 0o600
