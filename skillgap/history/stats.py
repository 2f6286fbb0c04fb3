"""`skillgap log stats`: patterns across the applications, as plain data.

SQL over small columns and covering indexes (the applications' summary, the status
changes, the `missing_skills` table): no spaCy, no pipeline, no stored report or posting
text is read, so it stays fast on ten thousand applications (bench/log_bench.py). Each
application's outcome is worked out once, in SQL, into a temporary in-memory table
(`per_app`); every figure is a GROUP BY over it.

Definitions (docs/history.md):
- sent: the application reached any status other than `checked`;
- answered: it reached screen, interview, offer or rejected at some point (ghosted and
  withdrawn are not answers); the response rate is answered / sent;
- progressed: it reached screen, interview or offer; rejected outright: answered with a
  rejection and never progressed.
"""

from __future__ import annotations

import sqlite3
import statistics
from typing import Any

from skillgap.history.schema import ANSWERED, JSON_VERSION, PROGRESSED, STATUSES

SCORE_BANDS = ((75, 100, "75–100"), (50, 74, "50–74"), (0, 49, "0–49"))  # the report's own thresholds
MIN_GROUP = 5  # fewer rejected or progressed checks than this: no comparison is shown
TOP = 15
REQUIRED_WEIGHT = 2  # a missing required skill counts twice a missing preferred one


def _in(statuses: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{s}'" for s in statuses) + ")"  # our own constants, never user text


PER_APP = f"""
    CREATE TEMP TABLE per_app AS
    SELECT a.id AS id, a.applied_on AS applied_on, a.score AS score, a.resume_version AS version,
           coalesce(max(c.status <> 'checked'), 0) AS sent,
           coalesce(max(c.status IN {_in(ANSWERED)}), 0) AS answered,
           coalesce(max(c.status IN {_in(PROGRESSED)}), 0) AS progressed,
           coalesce(max(c.status = 'rejected'), 0) AS rejected,
           min(CASE WHEN c.status <> 'checked' THEN c.changed_on END) AS sent_on,
           min(CASE WHEN c.status IN {_in(ANSWERED)} THEN c.changed_on END) AS answered_on
    FROM applications AS a INDEXED BY applications_summary  -- the small covering index, not the big rows
    LEFT JOIN status_changes AS c ON c.application_id = a.id
    GROUP BY a.id
"""
BAND = ("CASE WHEN score IS NULL THEN 'no check' "
        + " ".join(f"WHEN score >= {low} THEN '{label}'" for low, _, label in SCORE_BANDS) + " END")
OUTCOMES = ("count(*), sum(sent), sum(sent AND answered), sum(sent AND progressed),"
            " round(avg(score), 1)")


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _outcomes(row: tuple) -> dict[str, Any]:
    applications, sent, answered, progressed, mean_score = row
    return {"applications": applications, "sent": sent or 0, "answered": answered or 0,
            "response_rate": _rate(answered or 0, sent or 0), "progressed": progressed or 0, "mean_score": mean_score}


def _grouped(db: sqlite3.Connection, key: str) -> list[tuple[str, dict[str, Any]]]:
    rows = db.execute(f"SELECT {key} AS k, {OUTCOMES} FROM per_app GROUP BY k ORDER BY k").fetchall()
    return [(row[0], _outcomes(row[1:])) for row in rows]


def _days_to_answer(db: sqlite3.Connection) -> dict[str, Any]:
    """Days from the first status after `checked` to the first answer."""
    days = [int(r[0]) for r in db.execute(
        "SELECT julianday(answered_on) - julianday(CASE WHEN sent_on <= answered_on THEN sent_on ELSE applied_on END)"
        " FROM per_app WHERE sent AND answered_on IS NOT NULL") if r[0] is not None and r[0] >= 0]
    if not days:
        return {"n": 0, "median": None, "mean": None, "min": None, "max": None}
    median = float(statistics.median(days))
    return {"n": len(days), "median": int(median) if median.is_integer() else median,
            "mean": round(statistics.fmean(days), 1), "min": min(days), "max": max(days)}


def _names(db: sqlite3.Connection, skill_ids: list[str]) -> dict[str, str]:
    """One row's name per skill: `name` is not in the index, so one lookup each, not one per row."""
    return {skill_id: db.execute("SELECT name FROM missing_skills WHERE skill_id = ? LIMIT 1",
                                 (skill_id,)).fetchone()[0] for skill_id in skill_ids}


def _recurring(db: sqlite3.Connection, checked: int, top: int) -> list[dict[str, Any]]:
    """The most missed skills by weight; counts from the covering index (skill_id, required)."""
    counts = db.execute("SELECT skill_id, count(*), sum(required) FROM missing_skills GROUP BY skill_id").fetchall()
    ranked = sorted(counts, key=lambda r: (-(REQUIRED_WEIGHT * r[2] + r[1] - r[2]), -r[1], r[0]))[:top]
    chosen = [r[0] for r in ranked]
    names = _names(db, chosen)
    ids: dict[str, list[int]] = {skill_id: [] for skill_id in chosen}
    if chosen:
        marks = ", ".join("?" * len(chosen))
        for skill_id, app_id in db.execute(f"SELECT skill_id, application_id FROM missing_skills"
                                           f" WHERE skill_id IN ({marks})", chosen):
            ids[skill_id].append(app_id)
    out = [{"id": skill_id, "name": names[skill_id], "count": count, "required": required,
            "preferred": count - required, "weight": REQUIRED_WEIGHT * required + count - required,
            "share": _rate(count, checked), "applications": sorted(ids[skill_id])}
           for skill_id, count, required in ranked]
    out.sort(key=lambda s: (-s["weight"], -s["count"], s["name"].casefold()))
    return out


def _missing_in(db: sqlite3.Connection, where: str) -> dict[str, int]:
    """How many of the applications `where` selects miss each skill (primary-key lookups)."""
    return dict(db.execute(f"SELECT skill_id, count(*) FROM missing_skills WHERE application_id IN"
                           f" (SELECT id FROM per_app WHERE score IS NOT NULL AND {where}) GROUP BY skill_id"))


REJECTED = "rejected AND NOT progressed"


def _rejected_vs_progressed(db: sqlite3.Connection, top: int) -> dict[str, Any]:
    rejected, progressed = db.execute(f"SELECT sum({REJECTED}), sum(progressed) FROM per_app"
                                      " WHERE score IS NOT NULL").fetchone()
    rejected, progressed = rejected or 0, progressed or 0
    out: dict[str, Any] = {"rejected": rejected, "progressed": progressed, "min_group": MIN_GROUP,
                           "enough": rejected >= MIN_GROUP and progressed >= MIN_GROUP, "skills": []}
    if not out["enough"]:
        return out
    in_rejected, in_progressed = _missing_in(db, REJECTED), _missing_in(db, "progressed")
    skills = []
    for skill_id, k in in_rejected.items():
        r_share, p_share = k / rejected, in_progressed.get(skill_id, 0) / progressed
        if r_share > p_share:
            skills.append((round(r_share - p_share, 4), k, skill_id, r_share, p_share))
    skills.sort(key=lambda s: (-s[0], -s[1], s[2]))
    names = _names(db, [s[2] for s in skills[:top]])
    for difference, k, skill_id, r_share, p_share in skills[:top]:
        out["skills"].append({"id": skill_id, "name": names[skill_id], "rejected_missing": k,
                              "rejected_share": round(r_share, 4),
                              "progressed_missing": in_progressed.get(skill_id, 0),
                              "progressed_share": round(p_share, 4), "difference": difference})
    return out


def compute_stats(db: sqlite3.Connection, *, top: int = TOP) -> dict[str, Any]:
    """Everything `log stats` shows, as JSON-ready data."""
    db.execute("PRAGMA temp_store = MEMORY")
    db.execute("DROP TABLE IF EXISTS temp.per_app")
    db.execute(PER_APP)
    try:
        return _compute(db, top)
    finally:
        db.execute("DROP TABLE temp.per_app")


def _compute(db: sqlite3.Connection, top: int) -> dict[str, Any]:
    total, checked = db.execute("SELECT count(*), count(score) FROM per_app").fetchone()
    status_counts = dict(db.execute("SELECT status, count(*) FROM applications GROUP BY status"))
    overall = _outcomes(db.execute(f"SELECT {OUTCOMES} FROM per_app").fetchone())
    del overall["mean_score"]
    band_order = [label for _, _, label in SCORE_BANDS] + ["no check"]
    bands = dict(_grouped(db, BAND))
    return {
        "schema_version": JSON_VERSION,
        "applications": total,
        "checked": checked,
        "by_status": [{"status": s, "count": status_counts.get(s, 0)} for s in STATUSES],
        "response": {**overall, "days_to_first_answer": _days_to_answer(db)},
        "recurring_missing": _recurring(db, checked, top),
        "by_score_band": [{"band": label, **{k: v for k, v in bands[label].items() if k != "mean_score"}}
                          for label in band_order if label in bands],
        "by_resume_version": [{"version": v, **o} for v, o in _grouped(db, "version")],
        "rejected_vs_progressed": _rejected_vs_progressed(db, top),
        "by_month": [{"month": m, **o} for m, o in _grouped(db, "substr(applied_on, 1, 7)")],
    }
