"""`skillgap scan --format csv`: one row per skill."""

from __future__ import annotations

import csv
import io

from skillgap.scan.model import ScanReport

CSV_COLUMNS = ("rank", "skill_id", "skill", "kind", "postings", "share", "required", "preferred",
               "resume", "via", "gap_weight", "wordings", "examples")


def render_csv(report: ScanReport) -> str:
    """One row per skill (the per-posting scores are in the JSON and text reports)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for rank, item in enumerate(report.demand, 1):
        writer.writerow([
            rank, item.skill.id, item.skill.name, item.skill.kind.value, item.postings, f"{item.share:.4f}",
            item.required, item.preferred, item.resume.value if item.resume else "",
            item.via.name if item.via else "",
            f"{item.weight:.4f}" if item.resume is not None else "",
            "; ".join(item.terms), "; ".join(e.path for e in item.examples),
        ])
    return buffer.getvalue()
