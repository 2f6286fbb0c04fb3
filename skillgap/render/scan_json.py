"""`skillgap scan --format json` (schema "skillgap.scan/1"), also what the HTML page shows."""

from __future__ import annotations

import json
from typing import Any

from skillgap.scan.model import ScanReport, SkillDemand

JSON_SCHEMA = "skillgap.scan/1"


def skill_json(item: SkillDemand) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": item.skill.id, "name": item.skill.name, "kind": item.skill.kind.value, "esco": list(item.skill.esco),
        "postings": item.postings, "share": item.share, "required": item.required, "preferred": item.preferred,
        "terms": list(item.terms), "examples": [{"path": e.path, "line": e.line} for e in item.examples],
    }
    if item.resume is not None:
        data["resume"] = {"status": item.resume.value, "via": item.via.id if item.via else None,
                          "line": item.resume_line}
        data["gap_weight"] = item.weight
    if item.by_month:
        data["by_month"] = dict(item.by_month)
    return data


def render_json(report: ScanReport) -> str:
    return json.dumps(scan_dict(report), ensure_ascii=False, indent=2) + "\n"


def scan_dict(report: ScanReport) -> dict[str, Any]:
    """The report as plain data: what `--format json` prints and the HTML page shows."""
    data: dict[str, Any] = {
        "schema": JSON_SCHEMA, "dataset": report.dataset, "folder": report.folder, "taxonomy": report.taxonomy,
        "resume": report.resume,
        "files": report.files, "postings": report.postings, "skills_total": report.skills_total,
        "min_share": report.min_share, "top": report.top,
        "skills": [skill_json(d) for d in report.demand],
    }
    if report.resume is not None:
        data["gaps"] = [{"id": g.skill.id, "name": g.skill.name, "status": g.resume.value if g.resume else None,
                         "weight": g.weight, "share": g.share, "required": g.required, "preferred": g.preferred,
                         "via": g.via.id if g.via else None} for g in report.gaps]
        data["scores"] = [{"path": s.path, "title": s.title, "score": s.score,
                           "required": {"shown": s.required_shown, "total": s.required_total},
                           "preferred": {"shown": s.preferred_shown, "total": s.preferred_total},
                           "missing_required": list(s.missing_required)} for s in report.scores]
    data["duplicates"] = [{"path": d.path, "same_as": d.same_as} for d in report.duplicates]
    data["no_skills"] = list(report.no_skills)
    data["resumes"] = list(report.resumes)
    data["failures"] = [{"path": f.path, "message": f.message} for f in report.failures]
    data["skipped"] = [{"path": f.path, "message": f.message} for f in report.skipped]
    data["internal_errors"] = [{"path": f.path, "message": f.message} for f in report.internal_errors]
    if report.months:
        data["months"] = dict(report.months)
    return data
