"""The `scan --format html` page: demand for each skill across the postings, the résumé's
gaps and each posting's score."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from skillgap import __version__
from skillgap.render.html_page import (
    KIND_LABELS,
    LISTED_ICON,
    basename,
    clip,
    name_list,
    render_page,
)

# How the résumé stands against a skill in a scan (scan.model.ResumeStatus values).
SCAN_STATUS = {
    "strong": {"class": "shown", "icon": "✓", "word": "Shown"},
    "listed": {"class": "listed", "icon": LISTED_ICON, "word": "Listed only"},
    "partial": {"class": "partial", "icon": "≈", "word": "Partly shown"},
    "missing": {"class": "missing", "icon": "✗", "word": "Missing"},
}
TOP_DEMAND = 25
GAPS_PER_GROUP = 15  # the rest are in `--format csv` / `json`
GAP_GROUPS = (  # same order and advice as the terminal report of `scan`
    {"word": "Missing", "heading": "Not in your résumé",
     "advice": "If you have the skill, show it in an experience bullet; if not, it is worth learning."},
    {"word": "Partly shown", "heading": "Shown only through a related skill",
     "advice": "Name the skill itself as well, if you use it."},
    {"word": "Listed only", "heading": "Listed, but not shown in use",
     "advice": "Add an experience or project bullet that shows it in use."},
)


def render_scan_html(scan: Mapping[str, Any]) -> str:
    """The `scan --format html` page, from the scan JSON report as a plain dict.

    The dict is what `skillgap scan --format json` prints (skillgap/scan/render.py,
    schema "skillgap.scan/1"): `postings` (int, the denominator of every share),
    `resume` (path or None), `skills` (most asked for first: id, name, kind, postings,
    share, required, preferred, terms, examples [{path, line}], and with a résumé
    `resume` {status, via, line}), `gaps` (id, name, status, weight, ...), `scores`
    (path, title, score, required {shown, total}, preferred {shown, total},
    missing_required), `duplicates`, `no_skills`, `resumes`, `failures`, `folder`, `taxonomy`.
    """
    return render_page("scan.html.j2", scan_context(scan), script="_sortable.js.j2")


def _scan_skill(entry: Mapping[str, Any], total: int, names: Mapping[str, str]) -> dict[str, Any]:
    """One skill of the scan, with its résumé status as a badge and its share as a number."""
    postings = int(entry.get("postings") or 0)
    share = entry.get("share")
    share = float(share) if share is not None else (postings / total if total else 0.0)
    resume = entry.get("resume") if isinstance(entry.get("resume"), Mapping) else {}
    status = resume.get("status") or entry.get("status")
    via = resume.get("via") or entry.get("via")
    if isinstance(via, Mapping):
        via = via.get("name") or via.get("id")
    required, preferred = int(entry.get("required") or 0), int(entry.get("preferred") or 0)
    kind = str(entry.get("kind") or "")
    return {
        "id": str(entry.get("id", "")), "name": str(entry.get("name") or entry.get("id") or ""),
        "kind": kind, "kind_label": KIND_LABELS.get(kind, kind),
        "postings": postings, "share": max(0.0, min(1.0, share)), "required": required, "preferred": preferred,
        "mostly_required": required > preferred,
        "terms": [str(t) for t in entry.get("terms") or []],
        "examples": [e for e in entry.get("examples") or [] if isinstance(e, Mapping)],
        "status": SCAN_STATUS.get(str(status)) if status else None,
        "via": names.get(str(via), str(via).replace("-", " ")) if via else "",
        "resume_line": resume.get("line"),
    }


def _pair(value: Any) -> tuple[int, int]:
    """(shown, total) from {"shown": n, "total": m}."""
    if isinstance(value, Mapping):
        return int(value.get("shown") or 0), int(value.get("total") or 0)
    return 0, 0


def _gap_groups(gaps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    groups = []
    for group in GAP_GROUPS:
        members = [g for g in gaps if g["status"] and g["status"]["word"] == group["word"]]
        if members:
            groups.append({**group, "status": members[0]["status"], "items": members[:GAPS_PER_GROUP],
                           "more": max(0, len(members) - GAPS_PER_GROUP), "count": len(members)})
    return groups


def scan_context(scan: Mapping[str, Any]) -> dict[str, Any]:
    """Everything the scan template shows; tolerant of keys a scan without a résumé leaves out."""
    total = int(scan.get("postings") or 0)
    raw_skills = [s for s in scan.get("skills") or [] if isinstance(s, Mapping)]
    names = {str(s.get("id")): str(s.get("name")) for s in raw_skills}
    skills = [_scan_skill(s, total, names) for s in raw_skills]
    by_id = {s["id"]: s for s in skills}
    gaps = []
    for entry in scan.get("gaps") or []:
        gap = _scan_skill(entry, total, names)
        known = by_id.get(gap["id"])
        if known is not None:  # the skills list has the wordings, counts and résumé line
            gap = {**known, "status": gap["status"] or known["status"], "via": gap["via"] or known["via"]}
        gaps.append(gap)
    scores = []
    for row in scan.get("scores") or []:
        required_shown, required_total = _pair(row.get("required"))
        preferred_shown, preferred_total = _pair(row.get("preferred"))
        scores.append({
            "path": str(row.get("path", "")), "title": clip(" ".join(str(row.get("title") or "").split()), 90),
            "score": row.get("score"),
            "required_shown": required_shown, "required_total": required_total,
            "preferred_shown": preferred_shown, "preferred_total": preferred_total,
            "missing_required": [str(n) for n in row.get("missing_required") or []],
        })
    resume = scan.get("resume")
    top = skills[:TOP_DEMAND]
    missing_top = [s for s in top if s["status"] and s["status"]["class"] == "missing"]
    folder = str(scan.get("folder") or "")
    return {
        "title": "skillgap scan" + (f": {basename(folder)}" if folder else "")
                 + (f" for {basename(str(resume))}" if resume else ""),
        "folder": basename(folder) if folder else "",
        "resume_name": basename(str(resume)) if resume else "",
        "with_resume": bool(resume),
        "total": total,
        "demand": top,
        "demand_more": max(0, int(scan.get("skills_total") or len(skills)) - len(top)),
        "skills_total": int(scan.get("skills_total") or len(skills)),
        "gaps": gaps,
        "gap_groups": _gap_groups(gaps),
        "scores": scores,
        "missing_top": name_list(missing_top, 5),
        "best": next((s for s in scores if s["score"] is not None), None),
        "duplicates": [d for d in scan.get("duplicates") or [] if isinstance(d, Mapping)],
        "failures": [f for f in scan.get("failures") or [] if isinstance(f, Mapping)],
        "no_skills": [str(p) for p in scan.get("no_skills") or []],
        "resumes": [str(p) for p in scan.get("resumes") or []],
        "taxonomy": str(scan.get("taxonomy") or ""),
        "version": __version__,
        "scan_status": SCAN_STATUS,
        # a shared page names no folders: the folder and the résumé by their names only
        "data": {**scan, "folder": basename(folder) if folder else folder,
                 "resume": basename(str(resume)) if resume else resume},
    }
