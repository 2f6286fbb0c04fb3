"""`skillgap scan --format markdown`: the text report's sections as Markdown tables and lists."""

from __future__ import annotations

from skillgap.render.scan_words import (
    GAP_ADVICE,
    GAP_HEADINGS,
    asked,
    gap_detail,
    gap_groups,
    month_table,
    percent,
    posting_line,
    scores_shown,
    status_phrase,
    summary_lines,
)
from skillgap.scan.model import ScanReport

NUMERIC = ("#", "Postings", "Share", "Required", "Preferred")


def md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: ScanReport) -> str:
    out = [f"# Skills asked for in {report.postings} posting{'s' if report.postings != 1 else ''}", ""]
    out.extend(f"- {line}" for line in summary_lines(report))
    out.append("")
    if report.resume is not None:
        out += [f"Résumé: `{report.resume}`", ""]
    out += _demand(report) if report.demand else ["No skills to show.", ""]
    if report.resume is not None:
        out += _gaps(report) + _scores(report)
    if report.months and report.demand:
        out += ["## Postings per month", "", "```", *month_table(report), "```", ""]
    unit = "Rows" if report.dataset else "Files"
    for title, lines in (
        ("Duplicates, counted once", [f"- `{d.path}` = `{d.same_as}`" for d in report.duplicates]),
        ("Postings where no skill was recognised", [f"- `{p}`" for p in report.no_skills]),
        ("Left out: these look like résumés, not job postings", [f"- `{p}`" for p in report.resumes]),
        ("Rows skipped: no posting text to read", [f"- {md_cell(f.message)}" for f in report.skipped]),
        (f"{unit} that could not be read", [f"- {md_cell(f.message)}" for f in report.failures]),
        (f"{unit} skillgap failed on (a bug, please report it)",
         [f"- {md_cell(f.message)}" for f in report.internal_errors]),
    ):
        if lines:
            out += [f"## {title}", "", *lines, ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _demand(report: ScanReport) -> list[str]:
    with_resume = report.resume is not None
    out = [f"## Skills asked for ({len(report.demand)} of {report.skills_total})", ""]
    cols = ["#", "Skill", "Kind", "Postings", "Share", "Required", "Preferred"]
    cols += ["Your résumé"] if with_resume else []
    cols += ["Examples"]
    out.append("| " + " | ".join(cols) + " |")
    out.append("|" + "|".join("---:" if c in NUMERIC else "---" for c in cols) + "|")
    for rank, item in enumerate(report.demand, 1):
        row = [str(rank), md_cell(item.skill.name), item.skill.kind.value, str(item.postings),
               percent(item.share), str(item.required), str(item.preferred)]
        if with_resume:
            row.append(md_cell(status_phrase(item)))
        more = item.postings - len(item.examples)
        row.append(md_cell(", ".join(f"`{e.path}`" for e in item.examples) + (f" +{more}" if more > 0 else "")))
        out.append("| " + " | ".join(row) + " |")
    return out + [""]


def _gaps(report: ScanReport) -> list[str]:
    out = ["## Gaps worth closing", "",
           "Weight = share of postings × 1.0 if most of them require the skill, × 0.5 if most only prefer it.", ""]
    if not report.gaps:
        out += ["None: your résumé shows every skill above in an experience or project bullet.", ""]
    for status, group in gap_groups(report):
        out += [f"### {GAP_HEADINGS[status]}", "", f"{GAP_ADVICE[status].capitalize()}.", ""]
        for rank, g in enumerate(group, 1):
            detail = gap_detail(g)
            out.append(f"{rank}. **{md_cell(g.skill.name)}**: weight {g.weight:.2f}, {md_cell(asked(g))}"
                       + (f"; {md_cell(detail)}" if detail else ""))
        out.append("")
    return out


def _scores(report: ScanReport) -> list[str]:
    out = ["## Your match with each posting", "", "| Score | Required shown | Preferred shown | Posting |",
           "|---:|---:|---:|---|"]
    for s in scores_shown(report):
        value = "—" if s.score is None else str(s.score)
        out.append(f"| {value} | {s.required_shown}/{s.required_total} | {s.preferred_shown}/{s.preferred_total} "
                   f"| {md_cell(posting_line(s))} |")
    hidden = len(report.scores) - len(scores_shown(report))
    if hidden > 0:
        out.append(f"\n… and {hidden} more.")
    return out + [""]
