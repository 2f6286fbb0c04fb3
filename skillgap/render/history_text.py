"""The application history as text, Markdown, JSON and CSV: `log list` and `log stats`.

Pure functions from the data (`history.applications.list_applications`,
`history.stats.compute_stats`) to a string; the HTML page is in `history_html.py`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from typing import Any

from skillgap.errors import printable

CAVEAT = ("Counts, not causes: a skill missing more often in rejected applications does not show it caused"
          " the rejections; with groups this small one or two applications change the picture.")


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{round(100 * share)}%"


def render_list(rows: Sequence[Mapping[str, Any]], fmt: str, schema_version: int) -> str:
    if fmt == "json":
        return json.dumps({"schema_version": schema_version, "applications": list(rows)},
                          ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        columns = list(rows[0]) if rows else ["id", "company", "job_title", "status", "score", "applied_on"]
        writer = csv.DictWriter(buffer, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue()
    if not rows:
        return ("No applications recorded "
                "(record one with `skillgap check RESUME POSTING --log` or `skillgap log add`).\n")
    out = [f"{'id':>5}  {'date':10}  {'status':9}  {'score':>5}  company — job title"]
    for row in rows:
        score = "" if row["score"] is None else str(row["score"])
        title = f" — {row['job_title']}" if row["job_title"] else ""
        name = printable(f"{row['company'] or '(no company)'}{title}")  # the person's own text, on a terminal
        out.append(f"{row['id']:>5}  {row['applied_on']:10}  {row['status']:9}  {score:>5}  {name}")
    return "\n".join(out) + "\n"


def _outcome_cells(row: Mapping[str, Any]) -> list[str]:
    return [str(row["applications"]), str(row["sent"]), str(row["answered"]), _pct(row["response_rate"]),
            str(row["progressed"])]


OUTCOME_HEADERS = ["applications", "sent", "answered", "response rate", "screen or further"]


def stats_tables(stats: Mapping[str, Any]) -> list[tuple[str, list[str], list[list[str]], str]]:
    """(title, headers, rows, note) for each part of the stats: what text and Markdown show."""
    response = stats["response"]
    days = response["days_to_first_answer"]
    tables = [("Outcomes by status", ["status", "applications"],
               [[s["status"], str(s["count"])] for s in stats["by_status"]], "")]
    tables.append(("Responses", ["sent", "answered", "response rate", "days to first answer (median, n)"],
                   [[str(response["sent"]), str(response["answered"]), _pct(response["response_rate"]),
                     f"{days['median']} (n={days['n']})" if days["n"] else "–"]],
                   "Answered: reached screen, interview, offer or rejected. Ghosted and withdrawn are not answers."))
    tables.append(("Skills most often missing", ["skill", "missing in", "required in", "applications"],
                   [[s["name"], f"{s['count']} ({_pct(s['share'])} of checks)", str(s["required"]),
                     _ids(s["applications"])] for s in stats["recurring_missing"]],
                   "Ranked by weight: a missing required skill counts twice, a preferred one once."))
    tables.append(("By score band", ["score", *OUTCOME_HEADERS],
                   [[b["band"], *_outcome_cells(b)] for b in stats["by_score_band"]], ""))
    tables.append(("By résumé version", ["version", "mean score", *OUTCOME_HEADERS],
                   [[v["version"] or "(no label)", "–" if v["mean_score"] is None else str(v["mean_score"]),
                     *_outcome_cells(v)] for v in stats["by_resume_version"]], ""))
    compare = stats["rejected_vs_progressed"]
    if compare["enough"]:
        note = (f"{compare['rejected']} rejected without a screen vs {compare['progressed']} that reached a screen"
                f" or further. {CAVEAT}")
        rows = [[s["name"], f"{s['rejected_missing']} of {compare['rejected']} ({_pct(s['rejected_share'])})",
                 f"{s['progressed_missing']} of {compare['progressed']} ({_pct(s['progressed_share'])})"]
                for s in compare["skills"]]
    else:
        note = (f"Not enough applications to compare: {compare['rejected']} rejected without a screen and"
                f" {compare['progressed']} that reached a screen or further (at least {compare['min_group']} of each).")
        rows = []
    tables.append(("Missing more often in rejected applications", ["skill", "rejected", "screen or further"],
                   rows, note))
    tables.append(("By month", ["month", "mean score", *OUTCOME_HEADERS],
                   [[m["month"], "–" if m["mean_score"] is None else str(m["mean_score"]), *_outcome_cells(m)]
                    for m in stats["by_month"]], ""))
    return tables


def _ids(ids: Sequence[int], limit: int = 8) -> str:
    shown = ", ".join(f"#{i}" for i in ids[:limit])
    return shown + (f" and {len(ids) - limit} more" if len(ids) > limit else "")


def render_stats(stats: Mapping[str, Any], fmt: str) -> str:
    """`log stats` as text, markdown or json (html: history_html.render_stats_html)."""
    if fmt == "json":
        return json.dumps(stats, ensure_ascii=False, indent=2) + "\n"
    head = (f"{stats['applications']} applications, {stats['checked']} with a check, "
            f"{stats['response']['sent']} sent")
    if fmt == "markdown":
        out = ["# skillgap: application history", "", head]
        for title, headers, rows, note in stats_tables(stats):
            out += ["", f"## {title}", ""]
            if rows:
                out += ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
                out += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
            if note:
                out += ["", note] if rows else [note]
        return "\n".join(out) + "\n"
    out = [head]
    for title, headers, rows, note in stats_tables(stats):
        out += ["", title]
        if rows:
            widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
            out.append("  " + "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False)).rstrip())
            out += ["  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)).rstrip() for row in rows]
        if note:
            out.append(f"  {note}")
    return "\n".join(out) + "\n"


def render_application(app: Mapping[str, Any], fmt: str) -> str:
    """The application's details and status history, above its check report in `log show`."""
    title = " — ".join(p for p in (app["company"], app["job_title"]) if p) or "(no company)"
    facts = [("applied", app["applied_on"]), ("status", app["status"]), ("url", app["url"]),
             ("résumé", " ".join(p for p in (app["resume_path"], f"[{app['resume_version']}]" if app["resume_version"]
                                              else "", f"sha256 {app['resume_sha256'][:12]}" if app["resume_sha256"]
                                              else "") if p)),
             ("note", app["note"])]
    changes = [f"{c['date']} {c['status']}" + (f" ({c['note']})" if c["note"] else "") for c in app["changes"]]
    if fmt == "markdown":
        out = [f"# Application {app['id']}: {title}", ""]
        out += [f"- **{k}**: {v}" for k, v in facts if v]
        out += ["- **history**: " + "; ".join(changes), ""]
        if app["report"] is None:
            out += ["No check was recorded for this application.", ""]
        return "\n".join(out) + "\n"
    out = [printable(f"Application {app['id']}: {title}")]
    out += [printable(f"  {k + ':':9} {v}") for k, v in facts if v]
    out += [printable("  history:  " + "; ".join(changes)), ""]
    if app["report"] is None:
        out += ["No check was recorded for this application.", ""]
    return "\n".join(out) + "\n"
