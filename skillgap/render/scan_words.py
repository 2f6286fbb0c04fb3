"""What the scan reports share: wording, ANSI styles and the summary lines (no I/O, no click)."""

from __future__ import annotations

from skillgap.scan.model import GAP_ORDER, PostingScore, ResumeStatus, ScanReport, SkillDemand

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


ANSI = {"bold": "1", "dim": "2", "underline": "4", "red": "31", "green": "32", "yellow": "33"}


def styler(color: bool):
    """`style(text, bold=True, fg="red")` with ANSI codes when `color`, else the text as it is."""

    def style(text: str, *, bold: bool = False, dim: bool = False, underline: bool = False,
              fg: str | None = None) -> str:
        codes = [ANSI[name] for name, on in (("bold", bold), ("dim", dim), ("underline", underline)) if on]
        codes += [ANSI[fg]] if fg else []
        return f"\x1b[{';'.join(codes)}m{text}\x1b[0m" if color and codes else text

    return style


def percent(share: float) -> str:
    return f"{share * 100:.0f}%"


def cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def bar(share: float) -> str:
    filled = round(share * BAR_WIDTH)
    return "█" * filled + "░" * (BAR_WIDTH - filled)


def status_phrase(item: SkillDemand) -> str:
    if item.resume is None:
        return ""
    if item.resume is ResumeStatus.PARTIAL and item.via is not None:
        return f"partly (via {item.via.name})"
    return STATUS_WORDS[item.resume]


def asked(item: SkillDemand) -> str:
    return (f"{percent(item.share)} of postings ({item.postings}), "
            f"mostly {'required' if item.mostly_required else 'preferred'}")


def gap_detail(item: SkillDemand) -> str:
    """Where the résumé stands, in a few words (the group heading says what to do)."""
    if item.resume is ResumeStatus.PARTIAL:
        return f"your résumé shows {item.via.name if item.via else 'a related skill'} (line {item.resume_line})"
    if item.resume is ResumeStatus.LISTED:
        return f"listed on line {item.resume_line}"
    return ""


def summary_lines(report: ScanReport) -> list[str]:
    unit = "row" if report.dataset else "file"
    parts = [f"{report.files} {unit}{'s' if report.files != 1 else ''}"]
    if report.duplicates:
        parts.append(f"{len(report.duplicates)} duplicate{'s' if len(report.duplicates) != 1 else ''} counted once")
    if report.failures:
        parts.append(f"{len(report.failures)} could not be read")
    if report.no_skills:
        parts.append(f"{len(report.no_skills)} with no recognised skill")
    if report.resumes:
        parts.append(resumes_left_out(report))
    if report.skipped:
        parts.append(f"{len(report.skipped)} skipped")
    if report.internal_errors:
        parts.append(f"{len(report.internal_errors)} hit a skillgap bug")
    where = "Dataset" if report.dataset else "Folder"
    return [f"{where}: {report.folder}  ({', '.join(parts)})", f"Taxonomy: {report.taxonomy}"]


def gap_groups(report: ScanReport) -> list[tuple[ResumeStatus, list[SkillDemand]]]:
    """The gaps by status, missing first; empty groups left out."""
    groups = [(status, [g for g in report.gaps if g.resume is status]) for status in GAP_ORDER]
    return [(status, group) for status, group in groups if group]


def scores_shown(report: ScanReport) -> tuple[PostingScore, ...]:
    return report.scores[: report.top or DEFAULT_SCORES_SHOWN]


def resumes_left_out(report: ScanReport) -> str:
    """"2 left out as résumés": the files that look like résumés, in the summaries."""
    count = len(report.resumes)
    return f"{count} left out as {'résumés' if count != 1 else 'a résumé'}"


def posting_line(score: PostingScore) -> str:
    title = f" — {cut(score.title, 50)}" if score.title else ""
    more = score.required_total - score.required_shown - len(score.missing_required)
    names = ", ".join(score.missing_required) + (f" and {more} more" if more > 0 else "")
    missing = f" (missing: {names})" if score.missing_required else ""
    return f"{score.path}{title}{missing}"


def examples_line(item: SkillDemand, width: int | None = None) -> str:
    """The first example postings, then "+N more" for the rest."""
    names = [e.path for e in item.examples]
    if width is not None:  # the text table: as many as fit
        shown: list[str] = []
        for name in names:
            if shown and len(", ".join([*shown, name])) > width:
                break
            shown.append(cut(name, width))
        names = shown
    more = item.postings - len(names)
    return ", ".join(names) + (f", +{more} more" if more > 0 else "")


MONTH_SKILLS = 10  # skills in the text and Markdown month tables (JSON and HTML have them all)


def month_table(report: ScanReport) -> list[str]:
    """Postings per month for the skills asked for most: a header line, then one per month."""
    skills = report.demand[:MONTH_SKILLS]
    names = [cut(d.skill.name, 12) for d in skills]
    widths = [max(len(n), 4) for n in names]
    lines = ["Month    Postings  " + "  ".join(n.rjust(w) for n, w in zip(names, widths, strict=False))]
    for month, total in report.months:
        counts = [dict(d.by_month).get(month, 0) for d in skills]
        lines.append(f"{month}  {total:>8}  "
                     + "  ".join(str(c).rjust(w) for c, w in zip(counts, widths, strict=False)))
    return lines


def left_out_sections(report: ScanReport) -> list[tuple[str, list[str]]]:
    """(heading, lines) of everything the counts leave out, in the order the reports show them."""
    unit = "Rows" if report.dataset else "Files"
    sections = [
        ("Duplicates, counted once", [f"{d.path}  is the same posting as  {d.same_as}" for d in report.duplicates]),
        ("Postings where no skill was recognised", list(report.no_skills)),
        ("Left out: these look like résumés, not job postings", list(report.resumes)),
        (f"Rows skipped ({len(report.skipped)}): no posting text to read", [p.message for p in report.skipped]),
        (f"{unit} that could not be read ({len(report.failures)}), left out", [p.message for p in report.failures]),
        (f"{unit} skillgap failed on ({len(report.internal_errors)}), left out: a bug, please report it",
         [p.message for p in report.internal_errors]),
    ]
    return [(title, lines) for title, lines in sections if lines]
