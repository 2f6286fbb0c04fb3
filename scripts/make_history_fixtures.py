"""Build tests/fixtures/history/v1.sql: a history database at schema version 1, as SQL.

Every older schema version keeps a fixture (tests/test_history_migrations.py opens it
with the current code and checks the migration). The rows hold a real check report of
the samples (run through the real pipeline, no suggestions) and a status history.
Run from the project root: `.venv/bin/python scripts/make_history_fixtures.py`.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from skillgap.history.schema import APPLICATION_ID, MIGRATIONS
from skillgap.pipeline import analyze
from skillgap.render.json_report import report_dict

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "history" / "v1.sql"


def main() -> None:
    resume, posting = "samples/resume-registered-nurse.pdf", "samples/posting-registered-nurse.html"
    report = analyze(resume, posting)
    data = report_dict(report)
    data["tool"]["version"] = "0.1.0"
    db = sqlite3.connect(":memory:", isolation_level=None)
    MIGRATIONS[0](db)  # version 1 exactly as released
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")
    rows = [
        (1, "2026-10-01T09:00:00+00:00", "2026-10-01", "St Mary's Hospital", "Registered Nurse", "https://example.org/rn",
         "interview", data["score"], "2026-10-01T09:00:00+00:00", "/home/me/resume-registered-nurse.pdf", "0" * 64,
         "v1", posting, report.posting.document.text, json.dumps(data, ensure_ascii=False), "night shifts"),
        (2, "2026-10-03T10:00:00+00:00", "2026-10-02", "Acme Ltd", "Accountant", "", "applied", None, None,
         "", "", "", "", "", None, ""),
    ]
    db.executemany("INSERT INTO applications VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany("INSERT INTO status_changes (application_id, status, changed_on, recorded_at, note) "
                   "VALUES (?, ?, ?, ?, ?)", [
        (1, "checked", "2026-10-01", "2026-10-01T09:00:00+00:00", ""),
        (1, "applied", "2026-10-01", "2026-10-01T09:05:00+00:00", ""),
        (1, "interview", "2026-10-09", "2026-10-09T12:00:00+00:00", "video call"),
        (2, "applied", "2026-10-02", "2026-10-03T10:00:00+00:00", ""),
    ])
    lines = ["-- skillgap history, schema version 1 (scripts/make_history_fixtures.py)",
             f"PRAGMA application_id = {APPLICATION_ID};", "PRAGMA user_version = 1;"]
    lines += [line for line in db.iterdump() if line not in ("BEGIN TRANSACTION;", "COMMIT;")]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
