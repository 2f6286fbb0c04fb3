"""`skillgap log stats`: patterns across the applications, as plain data.

SQL and a little Python over small columns (the `missing_skills` table, the status
changes): no spaCy, no pipeline, no stored report is parsed, so it stays fast on ten
thousand applications (bench/log_bench.py).

Definitions (docs/history.md):
- sent: the application reached any status other than `checked`;
- answered: it reached screen, interview, offer or rejected at some point (ghosted and
  withdrawn are not answers); the response rate is answered / sent;
- progressed: it reached screen, interview or offer; rejected outright: answered with a
  rejection and never progressed.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from skillgap.history.schema import ANSWERED, PROGRESSED, SCHEMA_VERSION, STATUSES

SCORE_BANDS = ((75, 100, "75–100"), (50, 74, "50–74"), (0, 49, "0–49"))  # the report's own thresholds
MIN_GROUP = 5  # fewer rejected or progressed checks than this: no comparison is shown
TOP = 15
REQUIRED_WEIGHT = 2  # a missing required skill counts twice a missing preferred one


@dataclass
class _App:
    id: int
    applied_on: str
    status: str
    score: int | None
    version: str
    reached: set[str] = field(default_factory=set)
    sent_on: str = ""  # the first day of a status other than checked
    answered_on: str = ""  # the first day of an answer
    sent: bool = False
    answered: bool = False
    progressed: bool = False


_ANSWERED, _PROGRESSED = frozenset(ANSWERED), frozenset(PROGRESSED)


def _load(db: sqlite3.Connection) -> dict[int, _App]:
    """Each application with what it reached and when (two scans: a covering index and the
    small status table)."""
    apps = {row[0]: _App(*row) for row in db.execute(
        "SELECT id, applied_on, status, score, resume_version FROM applications")}
    for app_id, status, when in db.execute("SELECT application_id, status, changed_on FROM status_changes"):
        app = apps.get(app_id)
        if app is None:
            continue
        app.reached.add(status)
        if status != "checked" and (not app.sent_on or when < app.sent_on):
            app.sent_on = when
        if status in _ANSWERED and (not app.answered_on or when < app.answered_on):
            app.answered_on = when
    for app in apps.values():
        app.sent = len(app.reached) > ("checked" in app.reached)
        app.answered = not _ANSWERED.isdisjoint(app.reached)
        app.progressed = not _PROGRESSED.isdisjoint(app.reached)
    return apps


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _outcomes(apps: list[_App]) -> dict[str, Any]:
    sent = [a for a in apps if a.sent]
    answered = sum(a.answered for a in sent)
    return {"applications": len(apps), "sent": len(sent), "answered": answered, "response_rate": _rate(answered, len(sent)),
            "progressed": sum(a.progressed for a in sent)}


def _days_to_answer(apps: list[_App]) -> dict[str, Any]:
    days = []
    for app in apps:
        if app.answered_on:
            start = app.sent_on if app.sent_on and app.sent_on <= app.answered_on else app.applied_on
            delta = (date.fromisoformat(app.answered_on) - date.fromisoformat(start)).days
            if delta >= 0:
                days.append(delta)
    if not days:
        return {"n": 0, "median": None, "mean": None, "min": None, "max": None}
    median = float(statistics.median(days))
    return {"n": len(days), "median": int(median) if median.is_integer() else median, "mean": round(statistics.fmean(days), 1),
            "min": min(days), "max": max(days)}


def _recurring(db: sqlite3.Connection, checked: int, top: int) -> list[dict[str, Any]]:
    """The most missed skills by weight; counts from the covering index (skill_id, required)."""
    counts = db.execute("SELECT skill_id, count(*), sum(required) FROM missing_skills GROUP BY skill_id").fetchall()
    names = {}
    ranked = sorted(counts, key=lambda r: (-(REQUIRED_WEIGHT * r[2] + r[1] - r[2]), -r[1], r[0]))[:top]
    out = []
    for skill_id, count, required in ranked:
        ids = [r[0] for r in db.execute("SELECT application_id FROM missing_skills WHERE skill_id = ?"
                                         " ORDER BY application_id", (skill_id,))]
        names[skill_id] = db.execute("SELECT name FROM missing_skills WHERE skill_id = ? AND application_id = ?",
                                     (skill_id, ids[-1])).fetchone()[0]  # the latest check's name
        out.append({"id": skill_id, "name": names[skill_id], "count": count, "required": required,
                    "preferred": count - required, "weight": REQUIRED_WEIGHT * required + count - required,
                    "share": _rate(count, checked), "applications": ids})
    out.sort(key=lambda s: (-s["weight"], -s["count"], s["name"].casefold()))
    return out


def _missing_in(db: sqlite3.Connection, app_ids: set[int]) -> dict[str, int]:
    """How many of these applications miss each skill (primary-key lookups, one query)."""
    rows = db.execute("SELECT skill_id, count(*) FROM missing_skills WHERE application_id IN"
                      " (SELECT value FROM json_each(?)) GROUP BY skill_id", (json.dumps(sorted(app_ids)),))
    return dict(rows.fetchall())


def _rejected_vs_progressed(db: sqlite3.Connection, apps: dict[int, _App], top: int) -> dict[str, Any]:
    checked = [a for a in apps.values() if a.score is not None]
    rejected = {a.id for a in checked if "rejected" in a.reached and not a.progressed}
    progressed = {a.id for a in checked if a.progressed}
    out: dict[str, Any] = {"rejected": len(rejected), "progressed": len(progressed), "min_group": MIN_GROUP,
                           "enough": len(rejected) >= MIN_GROUP and len(progressed) >= MIN_GROUP, "skills": []}
    if not out["enough"]:
        return out
    in_rejected, in_progressed = _missing_in(db, rejected), _missing_in(db, progressed)
    skills = []
    for skill_id, k in in_rejected.items():
        r_share, p_share = k / len(rejected), in_progressed.get(skill_id, 0) / len(progressed)
        if r_share > p_share:
            skills.append({"id": skill_id, "rejected_missing": k, "rejected_share": round(r_share, 4),
                           "progressed_missing": in_progressed.get(skill_id, 0), "progressed_share": round(p_share, 4),
                           "difference": round(r_share - p_share, 4)})
    skills.sort(key=lambda s: (-s["difference"], -s["rejected_missing"], s["id"]))
    for entry in skills[:top]:
        entry["name"] = db.execute("SELECT name FROM missing_skills WHERE skill_id = ? ORDER BY application_id DESC"
                                   " LIMIT 1", (entry["id"],)).fetchone()[0]
    out["skills"] = [{"id": s["id"], "name": s["name"], **{k: v for k, v in s.items() if k not in ("id", "name")}}
                     for s in skills[:top]]
    return out


def _grouped(apps: list[_App], key) -> dict[str, list[_App]]:
    groups: dict[str, list[_App]] = defaultdict(list)
    for app in apps:
        groups[key(app)].append(app)
    return groups


def _band(app: _App) -> str:
    if app.score is None:
        return "no check"
    return next(label for low, high, label in SCORE_BANDS if low <= app.score <= high)


def compute_stats(db: sqlite3.Connection, *, top: int = TOP) -> dict[str, Any]:
    """Everything `log stats` shows, as JSON-ready data."""
    apps = _load(db)
    every = list(apps.values())
    checked = sum(a.score is not None for a in every)
    status_counts = Counter(a.status for a in every)
    bands = _grouped(every, _band)
    versions = _grouped(every, lambda a: a.version)
    months = _grouped(every, lambda a: a.applied_on[:7])
    return {
        "schema_version": SCHEMA_VERSION,
        "applications": len(every),
        "checked": checked,
        "by_status": [{"status": s, "count": status_counts.get(s, 0)} for s in STATUSES],
        "response": {**_outcomes(every), "days_to_first_answer": _days_to_answer([a for a in every if a.sent])},
        "recurring_missing": _recurring(db, checked, top),
        "by_score_band": [{"band": label, **_outcomes(bands[label])}
                          for label in [b[2] for b in SCORE_BANDS] + ["no check"] if bands.get(label)],
        "by_resume_version": [{"version": v, "mean_score": _mean_score(group), **_outcomes(group)}
                              for v, group in sorted(versions.items())],
        "rejected_vs_progressed": _rejected_vs_progressed(db, apps, top),
        "by_month": [{"month": m, "mean_score": _mean_score(group), **_outcomes(group)}
                     for m, group in sorted(months.items())],
    }


def _mean_score(apps: list[_App]) -> float | None:
    scores = [a.score for a in apps if a.score is not None]
    return round(statistics.fmean(scores), 1) if scores else None
