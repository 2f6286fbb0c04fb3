"""ScanReport -> text (people), Markdown, JSON, CSV or HTML. Pure functions: no I/O.

The text report is for job seekers, not programmers: plain words, one ranked table,
then the gaps with what to do about each, then the postings that fit best.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from skillgap.scan.model import GAP_ORDER, PostingScore, ResumeStatus, ScanReport, SkillDemand

FORMATS = ("text", "markdown", "json", "csv", "html")
JSON_SCHEMA = "skillgap.scan/1"
DEFAULT_SCORES_SHOWN = 25  # text and Markdown, when --top is not given
NAME_WIDTH = 28
EXAMPLES_WIDTH = 40
BAR_WIDTH = 10

STATUS_WORDS = {
    ResumeStatus.STRONG: "shown in use",
    ResumeStatus.LISTED: "listed only",
    ResumeStatus.PARTIAL: "partly",
    ResumeStatus.MISSING: "missing",
}
STATUS_MARKS = {
    ResumeStatus.STRONG: ("✓", "green"),
    ResumeStatus.LISTED: ("~", "yellow"),
    ResumeStatus.PARTIAL: ("~", "yellow"),
    ResumeStatus.MISSING: ("✗", "red"),
}
GAP_HEADINGS = {
    ResumeStatus.MISSING: "Missing from your résumé",
    ResumeStatus.PARTIAL: "Shown only through a related skill",
    ResumeStatus.LISTED: "Listed only",
}
GAP_ADVICE = {
    ResumeStatus.MISSING: "if you have the skill, show it in an experience bullet; if not, it is worth learning",
    ResumeStatus.PARTIAL: "name the skill itself as well, if you use it",
    ResumeStatus.LISTED: "add an experience or project bullet that shows it in use",
}


def render_scan(report: ScanReport, fmt: str, *, color: bool = False) -> str:
    if fmt == "json":
        return render_json(report)
    if fmt == "csv":
        return render_csv(report)
    if fmt == "html":
        from skillgap.render.html import render_scan_html

        return render_scan_html(scan_dict(report))
    if fmt == "markdown":
        return render_markdown(report)
    return render_text(report, color=color)


# -- shared wording -------------------------------------------------------------------

def _percent(share: float) -> str:
    return f"{share * 100:.0f}%"


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _bar(share: float) -> str:
    filled = round(share * BAR_WIDTH)
    return "█" * filled + "░" * (BAR_WIDTH - filled)


def _status_phrase(item: SkillDemand) -> str:
    if item.resume is None:
        return ""
    if item.resume is ResumeStatus.PARTIAL and item.via is not None:
        return f"partly (via {item.via.name})"
    return STATUS_WORDS[item.resume]


def _asked(item: SkillDemand) -> str:
    return (f"{_percent(item.share)} of postings ({item.postings}), "
            f"mostly {'required' if item.mostly_required else 'preferred'}")


def _gap_detail(item: SkillDemand) -> str:
    """Where the résumé stands, in a few words (the group heading says what to do)."""
    if item.resume is ResumeStatus.PARTIAL:
        return f"your résumé shows {item.via.name if item.via else 'a related skill'} (line {item.resume_line})"
    if item.resume is ResumeStatus.LISTED:
        return f"listed on line {item.resume_line}"
    return ""


def _summary_lines(report: ScanReport) -> list[str]:
    parts = [f"{report.files} file{'s' if report.files != 1 else ''}"]
    if report.duplicates:
        parts.append(f"{len(report.duplicates)} duplicate{'s' if len(report.duplicates) != 1 else ''} counted once")
    if report.failures:
        parts.append(f"{len(report.failures)} could not be read")
    if report.no_skills:
        parts.append(f"{len(report.no_skills)} with no recognised skill")
    if report.resumes:
        parts.append(resumes_left_out(report))
    return [f"Folder: {report.folder}  ({', '.join(parts)})", f"Taxonomy: {report.taxonomy}"]


def _gap_groups(report: ScanReport) -> list[tuple[ResumeStatus, list[SkillDemand]]]:
    """The gaps by status, missing first; empty groups left out."""
    groups = [(status, [g for g in report.gaps if g.resume is status]) for status in GAP_ORDER]
    return [(status, group) for status, group in groups if group]


def _scores_shown(report: ScanReport) -> tuple[PostingScore, ...]:
    return report.scores[: report.top or DEFAULT_SCORES_SHOWN]


def resumes_left_out(report: ScanReport) -> str:
    """"2 left out as résumés": the files that look like résumés, in the summaries."""
    count = len(report.resumes)
    return f"{count} left out as {'résumés' if count != 1 else 'a résumé'}"


def _posting_line(score: PostingScore) -> str:
    title = f" — {_cut(score.title, 50)}" if score.title else ""
    more = score.required_total - score.required_shown - len(score.missing_required)
    names = ", ".join(score.missing_required) + (f" and {more} more" if more > 0 else "")
    missing = f" (missing: {names})" if score.missing_required else ""
    return f"{score.path}{title}{missing}"


def _examples(item: SkillDemand, width: int | None = None) -> str:
    """The first example postings, then "+N more" for the rest."""
    names = [e.path for e in item.examples]
    if width is not None:  # the text table: as many as fit
        shown: list[str] = []
        for name in names:
            if shown and len(", ".join([*shown, name])) > width:
                break
            shown.append(_cut(name, width))
        names = shown
    more = item.postings - len(names)
    return ", ".join(names) + (f", +{more} more" if more > 0 else "")


# -- text -------------------------------------------------------------------------------

def render_text(report: ScanReport, *, color: bool = False) -> str:
    import click

    def style(text: str, **kw: Any) -> str:
        return click.style(text, **kw) if color else text

    out: list[str] = [style(f"Skills asked for in {report.postings} posting{'s' if report.postings != 1 else ''}",
                            bold=True)]
    out.extend(_summary_lines(report))
    out.append("")
    if not report.demand:
        if report.postings == 0:
            out.append("No posting could be read, so there is nothing to count (see the errors above).")
        elif report.skills_total == 0:
            out.append("No skills from the taxonomy were recognised in these postings. Check that the files hold "
                       "the job descriptions (`skillgap parse FILE` shows what is read from one).")
        else:
            out.append(f"No skill is asked for by at least {_percent(report.min_share)} of the postings "
                       "(lower --min-share to see more).")
        return "\n".join(out) + "\n"

    shown = len(report.demand)
    what = f"The {shown} skills asked for most" if shown < report.skills_total else "Skills asked for"
    extra = f" (of {report.skills_total} found" + (
        f"; only those in at least {_percent(report.min_share)} of postings" if report.min_share else "") + ")"
    out.append(style(what + extra, bold=True, underline=True))
    with_resume = report.resume is not None
    width = min(NAME_WIDTH, max(len(d.skill.name) for d in report.demand))
    header = (f"  {'#':>3}  {'Skill'.ljust(width)}  {'Kind':<13} {'Postings':<20} {'Req':>4} {'Pref':>5}"
              + (f"  {'Your résumé':<28}" if with_resume else "") + "  Example postings")
    out.append(style(header, dim=True))
    for rank, item in enumerate(report.demand, 1):
        postings = f"{item.postings:>4} {_percent(item.share):>4} {_bar(item.share)}"
        row = (f"  {rank:>3}  {_cut(item.skill.name, width).ljust(width)}  {item.skill.kind.value:<13} "
               f"{postings:<20} {item.required:>4} {item.preferred:>5}")
        if with_resume:
            mark, colour = STATUS_MARKS[item.resume] if item.resume else (" ", None)
            row += f"  {style(mark, fg=colour)} {_cut(_status_phrase(item), 26):<26}"
        row += f"  {_examples(item, EXAMPLES_WIDTH)}"
        out.append(row)
    out.append(style("  Postings: how many of the postings ask for the skill, and their share.", dim=True))
    out.append(style("  Req: those that require it. Pref: those that only prefer it (nice to have, a plus).", dim=True))

    if with_resume:
        out.append("")
        out.append(style("Gaps worth closing", bold=True, underline=True))
        out.append(style("  Weight = share of postings x 1.0 if most of them require the skill, x 0.5 if most only "
                         "prefer it.", dim=True))
        if not report.gaps:
            out.append("  None: your résumé shows every skill in the table in an experience or project bullet.")
        for status, group in _gap_groups(report):
            out.append(f"  {style(GAP_HEADINGS[status], bold=True)}: {GAP_ADVICE[status]}.")
            gap_width = min(NAME_WIDTH, max(len(g.skill.name) for g in group))
            for rank, item in enumerate(group, 1):
                detail = _gap_detail(item)
                out.append(f"  {rank:>3}. {_cut(item.skill.name, gap_width).ljust(gap_width)}  "
                           f"weight {item.weight:.2f}  {_asked(item)}" + (f"; {detail}" if detail else ""))
        out.append("")
        out.append(style("Your match with each posting, best first", bold=True, underline=True))
        out.append(style("  Score as `skillgap check` computes it. Req and Pref: the posting's skills your résumé "
                         "shows.", dim=True))
        out.append(style(f"  {'Score':>5}  {'Req':>7}  {'Pref':>7}  Posting", dim=True))
        for score in _scores_shown(report):
            value = "—" if score.score is None else str(score.score)
            out.append(f"  {value:>5}  {score.required_shown:>3}/{score.required_total:<3}  "
                       f"{score.preferred_shown:>3}/{score.preferred_total:<3}  {_posting_line(score)}")
        hidden = len(report.scores) - len(_scores_shown(report))
        if hidden > 0:
            out.append(f"  … and {hidden} more (--top N shows more; --format json lists them all)")

    if report.duplicates:
        out.append("")
        out.append(style("Duplicates, counted once", bold=True, underline=True))
        for dup in report.duplicates:
            out.append(f"  {dup.path}  is the same posting as  {dup.same_as}")
    if report.no_skills:
        out.append("")
        out.append(style("Postings where no skill was recognised", bold=True, underline=True))
        for path in report.no_skills:
            out.append(f"  {path}")
    if report.resumes:
        out.append("")
        out.append(style("Left out: these look like résumés, not job postings", bold=True, underline=True))
        for path in report.resumes:
            out.append(f"  {path}")
    if report.failures:
        out.append("")
        out.append(style(f"Files that could not be read ({len(report.failures)}), left out", bold=True,
                         underline=True))
        for problem in report.failures:
            out.append(f"  {problem.message}")
    return "\n".join(out) + "\n"


# -- Markdown -------------------------------------------------------------------------

def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: ScanReport) -> str:
    out = [f"# Skills asked for in {report.postings} posting{'s' if report.postings != 1 else ''}", ""]
    out.extend(f"- {line}" for line in _summary_lines(report))
    out.append("")
    with_resume = report.resume is not None
    if with_resume:
        out += [f"Résumé: `{report.resume}`", ""]
    if report.demand:
        out += [f"## Skills asked for ({len(report.demand)} of {report.skills_total})", ""]
        cols = ["#", "Skill", "Kind", "Postings", "Share", "Required", "Preferred"]
        cols += ["Your résumé"] if with_resume else []
        cols += ["Examples"]
        out.append("| " + " | ".join(cols) + " |")
        out.append("|" + "|".join("---:" if c in ("#", "Postings", "Share", "Required", "Preferred") else "---"
                                  for c in cols) + "|")
        for rank, item in enumerate(report.demand, 1):
            row = [str(rank), _md(item.skill.name), item.skill.kind.value, str(item.postings),
                   _percent(item.share), str(item.required), str(item.preferred)]
            if with_resume:
                row.append(_md(_status_phrase(item)))
            row.append(_md(", ".join(f"`{e.path}`" for e in item.examples)
                           + (f" +{item.postings - len(item.examples)}" if item.postings > len(item.examples) else "")))
            out.append("| " + " | ".join(row) + " |")
        out.append("")
    else:
        out += ["No skills to show.", ""]
    if with_resume:
        out += ["## Gaps worth closing", "",
                "Weight = share of postings × 1.0 if most of them require the skill, × 0.5 if most only prefer it.", ""]
        if not report.gaps:
            out += ["None: your résumé shows every skill above in an experience or project bullet.", ""]
        for status, group in _gap_groups(report):
            out += [f"### {GAP_HEADINGS[status]}", "", f"{GAP_ADVICE[status].capitalize()}.", ""]
            for rank, g in enumerate(group, 1):
                detail = _gap_detail(g)
                out.append(f"{rank}. **{_md(g.skill.name)}**: weight {g.weight:.2f}, {_md(_asked(g))}"
                           + (f"; {_md(detail)}" if detail else ""))
            out.append("")
        out += ["## Your match with each posting", "", "| Score | Required shown | Preferred shown | Posting |",
                "|---:|---:|---:|---|"]
        for s in _scores_shown(report):
            value = "—" if s.score is None else str(s.score)
            out.append(f"| {value} | {s.required_shown}/{s.required_total} | {s.preferred_shown}/{s.preferred_total} "
                       f"| {_md(_posting_line(s))} |")
        hidden = len(report.scores) - len(_scores_shown(report))
        if hidden > 0:
            out.append(f"\n… and {hidden} more.")
        out.append("")
    for title, lines in (
        ("Duplicates, counted once", [f"- `{d.path}` = `{d.same_as}`" for d in report.duplicates]),
        ("Postings where no skill was recognised", [f"- `{p}`" for p in report.no_skills]),
        ("Left out: these look like résumés, not job postings", [f"- `{p}`" for p in report.resumes]),
        ("Files that could not be read", [f"- {_md(f.message)}" for f in report.failures]),
    ):
        if lines:
            out += [f"## {title}", "", *lines, ""]
    return "\n".join(out).rstrip("\n") + "\n"


# -- JSON and CSV -----------------------------------------------------------------------

def _skill_json(item: SkillDemand) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": item.skill.id, "name": item.skill.name, "kind": item.skill.kind.value, "esco": list(item.skill.esco),
        "postings": item.postings, "share": item.share, "required": item.required, "preferred": item.preferred,
        "terms": list(item.terms), "examples": [{"path": e.path, "line": e.line} for e in item.examples],
    }
    if item.resume is not None:
        data["resume"] = {"status": item.resume.value, "via": item.via.id if item.via else None,
                          "line": item.resume_line}
        data["gap_weight"] = item.weight
    return data


def render_json(report: ScanReport) -> str:
    return json.dumps(scan_dict(report), ensure_ascii=False, indent=2) + "\n"


def scan_dict(report: ScanReport) -> dict[str, Any]:
    """The report as plain data: what `--format json` prints and the HTML page shows."""
    data: dict[str, Any] = {
        "schema": JSON_SCHEMA, "folder": report.folder, "taxonomy": report.taxonomy, "resume": report.resume,
        "files": report.files, "postings": report.postings, "skills_total": report.skills_total,
        "min_share": report.min_share, "top": report.top,
        "skills": [_skill_json(d) for d in report.demand],
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
    return data


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
