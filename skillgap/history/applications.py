"""Applications in the history: add, change status, list, show, delete, purge.

Every function takes an open connection (`store.open_history`) and writes in one
transaction. Dates are ISO 8601 dates (`2026-12-06`); timestamps are UTC.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from skillgap.errors import HistoryError
from skillgap.history.schema import STATUSES, missing_rows
from skillgap.history.store import transaction, utc_now

LIST_COLUMNS = ("id", "company", "job_title", "status", "score", "applied_on", "checked_at", "resume_version",
                "url", "note")


@dataclass(frozen=True)
class NewApplication:
    """What is recorded for one application; `report` is the check's JSON report, if any."""

    company: str = ""
    job_title: str = ""
    url: str = ""
    status: str = "checked"
    note: str = ""
    applied_on: str = ""  # ISO date; today when empty
    resume_path: str = ""
    resume_sha256: str = ""
    resume_version: str = ""
    posting_path: str = ""
    posting_text: str = ""
    report: dict[str, Any] | None = None
    checked_at: str | None = None


def check_status(status: str) -> str:
    if status not in STATUSES:
        raise HistoryError(f"unknown status {status!r}", hint=f"use one of: {', '.join(STATUSES)}")
    return status


def check_date(text: str) -> str:
    """An ISO 8601 date (YYYY-MM-DD), checked; never guessed."""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise HistoryError(f"invalid date {text!r}", hint="write dates as YYYY-MM-DD (ISO 8601)") from exc


def insert_application(db: sqlite3.Connection, new: NewApplication, *, history: Sequence[tuple[str, str]] = ()) -> int:
    """Insert one application inside the caller's transaction. `history` lists its
    (status, date) changes, oldest first, ending with `new.status` (default: that status on
    the application's date). Returns its id."""
    check_status(new.status)
    applied_on = new.applied_on or date.today().isoformat()
    now = utc_now()
    report_text = json.dumps(new.report, ensure_ascii=False) if new.report is not None else None
    score = int(new.report["score"]) if new.report is not None else None
    cursor = db.execute(
        "INSERT INTO applications (created_at, applied_on, company, job_title, url, status, score, checked_at,"
        " resume_path, resume_sha256, resume_version, posting_path, posting_text, report_json, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (now, applied_on, new.company, new.job_title, new.url, new.status, score, new.checked_at,
         new.resume_path, new.resume_sha256, new.resume_version, new.posting_path, new.posting_text,
         report_text, new.note))
    app_id = int(cursor.lastrowid)
    changes = list(history) or [(new.status, applied_on)]
    if changes[-1][0] != new.status:
        raise ValueError("the last change of `history` must be the application's status")
    db.executemany("INSERT INTO status_changes (application_id, status, changed_on, recorded_at, note)"
                   " VALUES (?, ?, ?, ?, ?)",
                   [(app_id, status, when, now, new.note if i == len(changes) - 1 else "")
                    for i, (status, when) in enumerate(changes)])
    if new.report is not None:
        db.executemany("INSERT OR IGNORE INTO missing_skills VALUES (?, ?, ?, ?)", missing_rows(app_id, new.report))
    return app_id


def add_application(db: sqlite3.Connection, new: NewApplication) -> int:
    with transaction(db):
        return insert_application(db, new)


def _exists(db: sqlite3.Connection, app_id: int) -> None:
    if db.execute("SELECT 1 FROM applications WHERE id = ?", (app_id,)).fetchone() is None:
        raise HistoryError(f"no application with id {app_id}", hint="`skillgap log list` shows the ids")


def set_status(db: sqlite3.Connection, app_id: int, status: str, *, when: str = "", note: str = "") -> None:
    """Record a change of status (kept with its date, never overwritten)."""
    check_status(status)
    when = check_date(when) if when else date.today().isoformat()
    with transaction(db):
        _exists(db, app_id)
        db.execute("INSERT INTO status_changes (application_id, status, changed_on, recorded_at, note)"
                   " VALUES (?, ?, ?, ?, ?)", (app_id, status, when, utc_now(), note))
        # the current status is the latest by date (then by recording order); `checked` only
        # while nothing else happened, so a back-dated "applied" is not hidden by a later check
        db.execute("UPDATE applications SET status = (SELECT status FROM status_changes WHERE application_id = ?"
                   " ORDER BY status = 'checked', changed_on DESC, id DESC LIMIT 1) WHERE id = ?", (app_id, app_id))
        if status == "applied":  # the application's date is the day it was sent, once it was
            db.execute("UPDATE applications SET applied_on = (SELECT min(changed_on) FROM status_changes"
                       " WHERE application_id = ? AND status = 'applied') WHERE id = ?", (app_id, app_id))
        if note:
            db.execute("UPDATE applications SET note = ? WHERE id = ?", (note, app_id))


def delete_application(db: sqlite3.Connection, app_id: int) -> None:
    with transaction(db):
        _exists(db, app_id)
        db.execute("DELETE FROM applications WHERE id = ?", (app_id,))  # cascades


def purge(db: sqlite3.Connection) -> int:
    """Delete every application; returns how many there were. VACUUM then drops the old
    pages, so deleted text does not linger in the file."""
    with transaction(db):
        count = db.execute("SELECT count(*) FROM applications").fetchone()[0]
        db.execute("DELETE FROM applications")
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # and nothing of it stays in the journal
    return int(count)


@dataclass(frozen=True)
class Filters:
    status: str = ""
    company: str = ""  # case-insensitive substring
    since: str = ""  # ISO date: applications on or after it


def list_applications(db: sqlite3.Connection, filters: Filters = Filters()) -> list[dict[str, Any]]:
    where, params = ["1"], []
    if filters.status:
        where.append("status = ?")
        params.append(check_status(filters.status))
    if filters.company:
        where.append("instr(lower(company), lower(?)) > 0")
        params.append(filters.company)
    if filters.since:
        where.append("applied_on >= ?")
        params.append(check_date(filters.since))
    rows = db.execute(f"SELECT {', '.join(LIST_COLUMNS)} FROM applications WHERE {' AND '.join(where)}"
                      " ORDER BY applied_on, id", params).fetchall()
    return [dict(zip(LIST_COLUMNS, row, strict=False)) for row in rows]


@dataclass(frozen=True)
class StoredApplication:
    """One application as stored, with its status history and the check report."""

    id: int
    company: str
    job_title: str
    url: str
    status: str
    score: int | None
    applied_on: str
    checked_at: str | None
    created_at: str
    resume_path: str
    resume_sha256: str
    resume_version: str
    posting_path: str
    posting_text: str
    note: str
    report: dict[str, Any] | None
    changes: tuple[dict[str, str], ...]

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "changes": [dict(c) for c in self.changes]}


def get_application(db: sqlite3.Connection, app_id: int) -> StoredApplication:
    row = db.execute("SELECT id, company, job_title, url, status, score, applied_on, checked_at, created_at,"
                     " resume_path, resume_sha256, resume_version, posting_path, posting_text, note, report_json"
                     " FROM applications WHERE id = ?", (app_id,)).fetchone()
    if row is None:
        raise HistoryError(f"no application with id {app_id}", hint="`skillgap log list` shows the ids")
    changes = tuple({"status": s, "date": d, "note": n, "recorded_at": r} for s, d, n, r in db.execute(
        "SELECT status, changed_on, note, recorded_at FROM status_changes WHERE application_id = ?"
        " ORDER BY changed_on, id", (app_id,)))
    *fields, report_json = row
    return StoredApplication(*fields, report=json.loads(report_json) if report_json else None, changes=changes)
