"""`skillgap scan` as text for people: plain words, one ranked table, then the gaps with
what to do about each, then the postings that fit best, then what was left out."""

from __future__ import annotations

from collections.abc import Callable

from skillgap.render.scan_words import (
    EXAMPLES_WIDTH,
    GAP_ADVICE,
    GAP_HEADINGS,
    NAME_WIDTH,
    STATUS_MARKS,
    asked,
    bar,
    cut,
    examples_line,
    gap_detail,
    gap_groups,
    left_out_sections,
    month_table,
    percent,
    posting_line,
    scores_shown,
    status_phrase,
    styler,
    summary_lines,
)
from skillgap.scan.model import ScanReport

Style = Callable[..., str]


def render_text(report: ScanReport, *, color: bool = False) -> str:
    style = styler(color)
    postings = f"{report.postings} posting{'s' if report.postings != 1 else ''}"
    out: list[str] = [style(f"Skills asked for in {postings}", bold=True)]
    out.extend(summary_lines(report))
    out.append("")
    if not report.demand:
        out.append(_nothing_to_show(report))
    else:
        out.extend(_demand_table(report, style))
        if report.resume is not None:
            out.extend(_gaps(report, style))
            out.extend(_scores(report, style))
        if report.months:
            out.append("")
            out.append(style("Postings per month asking for the skills asked for most", bold=True, underline=True))
            out.extend(f"  {line}" for line in month_table(report))
    for title, lines in left_out_sections(report):
        out.append("")
        out.append(style(title, bold=True, underline=True))
        out.extend(f"  {line}" for line in lines)
    return "\n".join(out) + "\n"


def _nothing_to_show(report: ScanReport) -> str:
    if report.postings == 0:
        return "No posting could be read, so there is nothing to count (see the errors above)."
    if report.skills_total == 0:
        return ("No skills from the taxonomy were recognised in these postings. Check that the files hold "
                "the job descriptions (`skillgap parse FILE` shows what is read from one).")
    return (f"No skill is asked for by at least {percent(report.min_share)} of the postings "
            "(lower --min-share to see more).")


def _demand_table(report: ScanReport, style: Style) -> list[str]:
    shown = len(report.demand)
    what = f"The {shown} skills asked for most" if shown < report.skills_total else "Skills asked for"
    extra = f" (of {report.skills_total} found" + (
        f"; only those in at least {percent(report.min_share)} of postings" if report.min_share else "") + ")"
    out = [style(what + extra, bold=True, underline=True)]
    with_resume = report.resume is not None
    width = min(NAME_WIDTH, max(len(d.skill.name) for d in report.demand))
    header = (f"  {'#':>3}  {'Skill'.ljust(width)}  {'Kind':<13} {'Postings':<20} {'Req':>4} {'Pref':>5}"
              + (f"  {'Your résumé':<28}" if with_resume else "") + "  Example postings")
    out.append(style(header, dim=True))
    for rank, item in enumerate(report.demand, 1):
        postings = f"{item.postings:>4} {percent(item.share):>4} {bar(item.share)}"
        row = (f"  {rank:>3}  {cut(item.skill.name, width).ljust(width)}  {item.skill.kind.value:<13} "
               f"{postings:<20} {item.required:>4} {item.preferred:>5}")
        if with_resume:
            mark, colour = STATUS_MARKS[item.resume] if item.resume else (" ", None)
            row += f"  {style(mark, fg=colour)} {cut(status_phrase(item), 26):<26}"
        row += f"  {examples_line(item, EXAMPLES_WIDTH)}"
        out.append(row)
    out.append(style("  Postings: how many of the postings ask for the skill, and their share.", dim=True))
    out.append(style("  Req: those that require it. Pref: those that only prefer it (nice to have, a plus).", dim=True))
    return out


def _gaps(report: ScanReport, style: Style) -> list[str]:
    out = ["", style("Gaps worth closing", bold=True, underline=True),
           style("  Weight = share of postings x 1.0 if most of them require the skill, x 0.5 if most only "
                 "prefer it.", dim=True)]
    if not report.gaps:
        out.append("  None: your résumé shows every skill in the table in an experience or project bullet.")
    for status, group in gap_groups(report):
        out.append(f"  {style(GAP_HEADINGS[status], bold=True)}: {GAP_ADVICE[status]}.")
        gap_width = min(NAME_WIDTH, max(len(g.skill.name) for g in group))
        for rank, item in enumerate(group, 1):
            detail = gap_detail(item)
            out.append(f"  {rank:>3}. {cut(item.skill.name, gap_width).ljust(gap_width)}  "
                       f"weight {item.weight:.2f}  {asked(item)}" + (f"; {detail}" if detail else ""))
    return out


def _scores(report: ScanReport, style: Style) -> list[str]:
    out = ["", style("Your match with each posting, best first", bold=True, underline=True),
           style("  Score as `skillgap check` computes it. Req and Pref: the posting's skills your résumé "
                 "shows.", dim=True),
           style(f"  {'Score':>5}  {'Req':>7}  {'Pref':>7}  Posting", dim=True)]
    for score in scores_shown(report):
        value = "—" if score.score is None else str(score.score)
        out.append(f"  {value:>5}  {score.required_shown:>3}/{score.required_total:<3}  "
                   f"{score.preferred_shown:>3}/{score.preferred_total:<3}  {posting_line(score)}")
    hidden = len(report.scores) - len(scores_shown(report))
    if hidden > 0:
        out.append(f"  … and {hidden} more (--top N shows more; --format json lists them all)")
    return out
