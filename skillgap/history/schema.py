"""The history database's schema, as a list of forward migrations keyed by version.

A new database is built by running every migration from version 0, so the path an old
file takes is the very path every new file took: there is one way to reach each version.
`PRAGMA user_version` holds the version; `PRAGMA application_id` marks the file as ours,
so a foreign SQLite file is refused instead of being written into.

Never edit a migration once released: add the next one, and a fixture of the old version
under `tests/fixtures/history/`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

# 'SKGH' (skillgap history): bytes 68..71 of the SQLite header.
APPLICATION_ID = 0x534B4748

STATUSES = ("checked", "applied", "screen", "interview", "offer", "rejected", "ghosted", "withdrawn")
ANSWERED = ("screen", "interview", "offer", "rejected")  # the employer replied
PROGRESSED = ("screen", "interview", "offer")  # the employer replied and went on


def _v1(db: sqlite3.Connection) -> None:
    """Applications and every change of their status."""
    _script(db, """
        CREATE TABLE applications (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,          -- when this row was recorded (UTC, ISO 8601)
            applied_on TEXT NOT NULL,          -- the application's date (ISO 8601 date)
            company TEXT NOT NULL DEFAULT '',
            job_title TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',      -- as given, never fetched
            status TEXT NOT NULL,              -- the latest status
            score INTEGER,                     -- NULL for an application recorded without a check
            checked_at TEXT,                   -- when the check ran (UTC, ISO 8601)
            resume_path TEXT NOT NULL DEFAULT '',
            resume_sha256 TEXT NOT NULL DEFAULT '',
            resume_version TEXT NOT NULL DEFAULT '',
            posting_path TEXT NOT NULL DEFAULT '',
            posting_text TEXT NOT NULL DEFAULT '',
            report_json TEXT,                  -- the check's JSON report (docs/check-schema.json)
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE status_changes (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            changed_on TEXT NOT NULL,          -- the date it happened (ISO 8601 date)
            recorded_at TEXT NOT NULL,         -- when it was recorded (UTC, ISO 8601)
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX status_changes_by_application ON status_changes(application_id);
    """)


def _v2(db: sqlite3.Connection) -> None:
    """The missing skills of each check in their own table, and covering indexes, so
    `log stats` reads small indexes instead of the stored reports and posting texts."""
    _script(db, """
        CREATE TABLE missing_skills (
            application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            skill_id TEXT NOT NULL,
            name TEXT NOT NULL,
            required INTEGER NOT NULL,         -- 1 required, 0 preferred
            PRIMARY KEY (application_id, skill_id)
        ) WITHOUT ROWID;
        CREATE INDEX missing_skills_by_skill ON missing_skills(skill_id, required);
        CREATE INDEX applications_summary ON applications(id, applied_on, status, score, resume_version);
        CREATE INDEX status_changes_summary ON status_changes(application_id, status, changed_on)
    """)
    rows = db.execute("SELECT id, report_json FROM applications WHERE report_json IS NOT NULL").fetchall()
    for app_id, text in rows:
        db.executemany("INSERT OR IGNORE INTO missing_skills VALUES (?, ?, ?, ?)",
                       missing_rows(app_id, json.loads(text)))


def _script(db: sqlite3.Connection, script: str) -> None:
    """Run DDL statements one by one: `executescript` would COMMIT the open transaction."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def missing_rows(app_id: int, report: dict) -> list[tuple[int, str, str, int]]:
    """(application, skill id, name, required) for each missing skill of a check report."""
    return [(app_id, str(item["id"]), str(item["name"]), int(item.get("importance") == "required"))
            for item in report.get("missing", [])]


# MIGRATIONS[v] takes a database at version v to version v + 1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {0: _v1, 1: _v2}
SCHEMA_VERSION = max(MIGRATIONS) + 1
# The version of the JSON that `log list`, `log stats` and `log export` print: it changes when
# that JSON changes, not when the database does (an index is no reason to bump it).
JSON_VERSION = 1
