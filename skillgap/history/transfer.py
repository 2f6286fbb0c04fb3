"""`log export` (CSV, JSON) and `log import FILE.csv` (a spreadsheet the person kept).

Import validates every row before writing any: a file with one bad row is refused whole,
with one line per bad row, and nothing is imported. Dates are ISO 8601 unless a
`--date-format` (strptime) says otherwise; they are never guessed.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from skillgap.errors import HistoryError, printable
from skillgap.history.applications import NewApplication, get_application, insert_application
from skillgap.history.schema import JSON_VERSION, STATUSES
from skillgap.history.store import transaction

# The columns `log import` reads: (name, required, what it holds).
IMPORT_COLUMNS = (
    ("company", True, "the employer"),
    ("date", True, "the day you applied"),
    ("job_title", False, "the job's title"),
    ("status", False, f"the current status, one of {', '.join(STATUSES)} (default: applied)"),
    ("status_date", False, "the day the current status was reached (default: date)"),
    ("url", False, "the posting's address"),
    ("note", False, "anything you want to keep"),
    ("resume_version", False, "a label for the résumé you sent"),
)
EXPORT_COLUMNS = ("id", "company", "job_title", "status", "score", "applied_on", "checked_at", "resume_version",
                  "resume_path", "url", "note", "status_history", "missing_required", "missing_preferred")


def export_json(db: sqlite3.Connection) -> str:
    """Everything: each application with its status history, posting text and check report."""
    ids = [r[0] for r in db.execute("SELECT id FROM applications ORDER BY id")]
    data = {"schema_version": JSON_VERSION, "applications": [get_application(db, i).to_dict() for i in ids]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def export_csv(db: sqlite3.Connection) -> str:
    """One row per application (the full reports and posting texts are in the JSON export)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EXPORT_COLUMNS)
    ids = [r[0] for r in db.execute("SELECT id FROM applications ORDER BY id")]
    for app_id in ids:
        app = get_application(db, app_id)
        missing = (app.report or {}).get("missing", [])
        writer.writerow([
            app.id, app.company, app.job_title, app.status, "" if app.score is None else app.score, app.applied_on,
            app.checked_at or "", app.resume_version, app.resume_path, app.url, app.note,
            "; ".join(f"{c['date']} {c['status']}" for c in app.changes),
            "; ".join(i["name"] for i in missing if i.get("importance") == "required"),
            "; ".join(i["name"] for i in missing if i.get("importance") != "required"),
        ])
    return buffer.getvalue()


@dataclass(frozen=True)
class ImportPlan:
    """The validated rows, ready to insert; `ignored` lists the file's columns not read."""

    rows: tuple[tuple[NewApplication, tuple[tuple[str, str], ...]], ...]
    ignored: tuple[str, ...]


def parse_mapping(pairs: Sequence[str]) -> dict[str, str]:
    """`--map company=Employer` pairs: our column name -> the file's header."""
    known = {name for name, _, _ in IMPORT_COLUMNS}
    mapping: dict[str, str] = {}
    for pair in pairs:
        ours, sep, theirs = pair.partition("=")
        if not sep or ours.strip() not in known or not theirs.strip():
            raise HistoryError(f"invalid --map {pair!r}",
                               hint=f"write COLUMN=HEADER, COLUMN one of: {', '.join(sorted(known))}")
        mapping[ours.strip()] = theirs.strip()
    return mapping


def _parse_date(text: str, fmt: str | None) -> str:
    if fmt:
        return datetime.strptime(text, fmt).date().isoformat()
    if len(text) != 10:  # YYYY-MM-DD only: no week dates, no compact forms
        raise ValueError(text)
    return date.fromisoformat(text).isoformat()


def _row(values: Mapping[str, str], fmt: str | None) -> tuple[NewApplication, tuple[tuple[str, str], ...]]:
    """One validated row, or ValueError with the reasons (all of them, '; '-joined)."""
    problems = []
    company = values.get("company", "").strip()
    if not company:
        problems.append("empty company")
    dates = {}
    for column in ("date", "status_date"):
        text = values.get(column, "").strip()
        if not text:
            continue
        try:
            dates[column] = _parse_date(text, fmt)
        except ValueError:
            problems.append(f"{column} {text!r} is not a date in the format {fmt or 'YYYY-MM-DD'}")
    if not values.get("date", "").strip():
        problems.append("empty date")
    status = values.get("status", "").strip().lower() or "applied"
    if status not in STATUSES:
        problems.append(f"unknown status {status!r} (use one of: {', '.join(STATUSES)})")
    if problems:
        raise ValueError("; ".join(problems))
    applied_on = dates["date"]
    status_date = dates.get("status_date", applied_on)
    if status_date < applied_on:
        raise ValueError(f"status_date {status_date} is before date {applied_on}")
    history = (("applied", applied_on),) + (((status, status_date),) if status != "applied" else ())
    new = NewApplication(company=company, job_title=values.get("job_title", "").strip(),
                         url=values.get("url", "").strip(),
                         status=status, note=values.get("note", "").strip(), applied_on=applied_on,
                         resume_version=values.get("resume_version", "").strip())
    return new, history


def header_key(header: str) -> str:
    """Headers match whatever their case and spacing: "Job Title" is job_title."""
    return "_".join(header.strip().lower().replace("_", " ").split())


def plan_import(path: Path, mapping: Mapping[str, str], date_format: str | None) -> tuple[ImportPlan, list[str]]:
    """Read and validate the whole file. Returns the plan and one message per bad row;
    a missing column or an unreadable file raises HistoryError at once."""
    shown = printable(str(path))
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise HistoryError(f"cannot read the spreadsheet: {exc}", path=shown,
                           hint="export it from your spreadsheet as CSV, UTF-8") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        raw = [h or "" for h in reader.fieldnames or []]
    except csv.Error as exc:
        raise HistoryError(f"not a readable CSV file ({exc})", path=shown) from exc
    headers = [header_key(h) for h in raw]
    twice = sorted({h for h in headers if h and headers.count(h) > 1})
    if twice:
        raise HistoryError(f"more than one column named {', '.join(twice)}", path=shown,
                           hint="rename or remove the extra column")
    reader.fieldnames = headers
    source = {name: header_key(mapping.get(name, name)) for name, _, _ in IMPORT_COLUMNS}
    missing = [f"{ours} (looked for a column {mapping.get(ours, ours)!r})" for ours, required, _ in IMPORT_COLUMNS
               if required and source[ours] not in headers]
    if missing:
        raise HistoryError(f"missing column(s): {', '.join(missing)}", path=shown,
                           hint="rename the header, or map it with --map COLUMN=HEADER")
    rows, bad = [], []
    try:
        for record in reader:
            values = {ours: (record.get(theirs) or "") for ours, theirs in source.items()}
            if not any(v.strip() for v in record.values() if isinstance(v, str)):
                continue  # a blank line
            try:
                rows.append(_row(values, date_format))
            except ValueError as exc:
                bad.append(f"{shown}: line {reader.line_num}: {printable(str(exc))}")
    except csv.Error as exc:
        raise HistoryError(f"not a readable CSV file (line {reader.line_num}: {exc})", path=shown) from exc
    ignored = tuple(name for name, key in zip(raw, headers, strict=False) if key not in source.values())
    return ImportPlan(tuple(rows), ignored), bad


def run_import(db: sqlite3.Connection, plan: ImportPlan) -> list[int]:
    """Insert every planned row in one transaction: all or nothing."""
    with transaction(db):
        return [insert_application(db, new, history=history) for new, history in plan.rows]


def check_date_format(fmt: str | None) -> None:
    if fmt is not None and "%" not in fmt:
        raise HistoryError(f"invalid --date-format {fmt!r}", hint="use strptime codes, e.g. %d/%m/%Y")


def export_text(db: sqlite3.Connection, fmt: str) -> str:
    return export_json(db) if fmt == "json" else export_csv(db)


def describe_columns() -> list[dict[str, Any]]:
    return [{"column": name, "required": required, "holds": what} for name, required, what in IMPORT_COLUMNS]
