"""The `check --format json` contract (docs/check-schema.json). Bump SCHEMA_VERSION on change."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from skillgap import __version__
from skillgap.types import Analysis, Evidence, GapItem, Report

SCHEMA_VERSION = "1.1"


def evidence_dict(evidence: Evidence) -> dict[str, Any]:
    return {
        "line": evidence.line,
        "text": evidence.text,
        "line_text": evidence.line_text,
        "section": evidence.section.value,
        "strength": evidence.strength.value,
        "skill_id": evidence.skill_id,
        "start": evidence.start,
        "end": evidence.end,
    }


def item_dict(item: GapItem) -> dict[str, Any]:
    return {
        "id": item.skill.id,
        "name": item.skill.name,
        "kind": item.skill.kind.value,
        "importance": item.importance.value,
        "level": item.level.value,
        "credit": item.credit,
        "esco": list(item.skill.esco),
        "posting_terms": list(item.posting_terms),
        "posting_lines": list(item.posting_lines),
        "keyword_found": item.keyword_found,
        "via": {"id": item.via.id, "name": item.via.name} if item.via else None,
        "note": item.note,
        "evidence": [evidence_dict(e) for e in item.evidence],
    }


def _source(analysis: Analysis) -> dict[str, Any]:
    doc = analysis.document
    return {"path": doc.path, "format": doc.format, "pages": doc.pages,
            "skills_found": len({m.skill_id for m in analysis.mentions})}


def report_dict(report: Report, suggestions: Sequence[Any] | None = None) -> dict[str, Any]:
    """The report as JSON data; `suggestions` (skillgap.suggest.Suggestion) only when computed."""
    gap = report.gap
    b = gap.breakdown
    data = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "skillgap", "version": __version__},
        "taxonomy": report.taxonomy_name,
        "resume": _source(report.resume),
        "posting": _source(report.posting),
        "score": gap.score,
        "breakdown": {
            "required_coverage": b.required_coverage,
            "preferred_coverage": b.preferred_coverage,
            "keyword_exactness": b.keyword_exactness,
            "weights": {"required": b.weights[0], "preferred": b.weights[1], "keywords": b.weights[2]},
            "required_total": b.required_total,
            "preferred_total": b.preferred_total,
        },
        "matched": [item_dict(i) for i in gap.matched],
        "missing": [item_dict(i) for i in gap.missing],
        "keywords_missing": list(gap.keywords_missing),
        "qualities": list(gap.qualities),
    }
    if suggestions is not None:
        data["suggestions"] = [s.to_dict() for s in suggestions]
    return data


def render_json(report: Report, suggestions: Sequence[Any] | None = None) -> str:
    return json.dumps(report_dict(report, suggestions), indent=2, ensure_ascii=False) + "\n"
