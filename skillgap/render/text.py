"""Terminal report for people who are not programmers: plain words, colour only on a tty."""

from __future__ import annotations

import shlex
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from skillgap.render.check_words import QUALITIES_ADVICE, QUALITIES_TITLE, empty_report_lines
from skillgap.render.style import styler
from skillgap.types import (
    CREDENTIAL_KINDS,
    GapItem,
    Importance,
    MatchLevel,
    Report,
    SkillKind,
    Strength,
)

BAR_WIDTH = 20
WRAP = 88


def _shown(items: list[GapItem]) -> str:
    """"7 of 9 shown" counts exact matches only; a related skill is "partly"."""
    exact = sum(i.level is MatchLevel.EXACT for i in items)
    partly = sum(i.level in (MatchLevel.NARROWER, MatchLevel.RELATED) for i in items)
    return f"{exact} of {len(items)} shown" + (f", {partly} partly" if partly else "")


def _bar(share: float) -> str:
    filled = int(round(share * BAR_WIDTH))
    return "█" * filled + "░" * (BAR_WIDTH - filled)


def _quote(text: str, width: int = 70, around: str = "") -> str:
    """The line shortened to `width`, keeping `around` (the matched words) in view."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    at = text.casefold().find(" ".join(around.split()).casefold()) if around else -1
    if at < 0 or at + len(around) <= width - 1:
        return text[: width - 1] + "…"
    start = min(max(0, at - width // 3), len(text) - (width - 2))
    end = start + width - 2
    return "…" + text[start:end].strip() + ("…" if end < len(text) else "")


def _describe(item: GapItem) -> str:
    if item.level is MatchLevel.EXACT:
        first = item.evidence[0]
        if not first.text:  # shown by example: the résumé is written in the language
            return item.note
        where = ("in your résumé" if item.skill.kind in CREDENTIAL_KINDS else "in your experience"
                 if first.strength is Strength.STRONG else "listed only (no bullet shows it in use)")
        return f"{where}, line {first.line}: \"{_quote(first.line_text, around=first.text)}\""
    if item.level in (MatchLevel.NARROWER, MatchLevel.RELATED):
        first = item.evidence[0]
        return f"partly, through {item.via.name} (line {first.line}): {item.note}"
    lines = ", ".join(map(str, item.posting_lines[:3]))
    return f"not found (the posting asks for it on line {lines})"


def render_text(report: Report, *, color: bool = False, suggestions: Sequence[Any] | None = None) -> str:
    style = styler(color)
    gap = report.gap
    out: list[str] = []
    resume_name, posting_name = Path(report.resume.document.path).name, Path(report.posting.document.path).name
    out.append(style(f"{resume_name}  vs  {posting_name}", bold=True))
    out.append("")
    if not gap.items:
        out.extend(empty_report_lines(bool(gap.qualities)))
        out.extend(_quality_lines(report, style))
        return "\n".join(out) + "\n"
    out.extend(_score_lines(report, style))
    out.extend(_skill_lines(report, style))
    out.extend(_quality_lines(report, style))
    out.extend(_keyword_lines(report, style))
    if suggestions:
        from skillgap.render.rewrite import text_section

        section = text_section(suggestions, color=color, command=_rewrite_command(report))
        if section:
            out.append("")
            out.extend(section)
    out.append("")
    out.append(style("What to do next", bold=True, underline=True))
    out.extend(_next_steps(report))
    return "\n".join(out) + "\n"


def _score_lines(report: Report, style) -> list[str]:
    gap, b = report.gap, report.gap.breakdown
    score_colour = "green" if gap.score >= 75 else "yellow" if gap.score >= 50 else "red"
    out = ["Match score: " + style(f"{gap.score} / 100", fg=score_colour, bold=True)]
    req = [i for i in gap.items if i.importance is Importance.REQUIRED]
    pref = [i for i in gap.items if i.importance is Importance.PREFERRED]
    if req:
        # the coverage leans to the middle when the posting names few skills (docs/scoring.md)
        why = ": the posting names few, so none shown still counts a little" \
            if b.required_coverage > 0 and not any(i.credit for i in req) else ""
        out.append(f"  required skills   {_bar(b.required_coverage)} {_shown(req)} "
                   f"({b.required_coverage:.0%} credit{why})")
    if pref:
        out.append(f"  preferred skills  {_bar(b.preferred_coverage)} {_shown(pref)} "
                   f"({b.preferred_coverage:.0%} credit)")
    out.append(f"  exact keywords    {_bar(b.keyword_exactness)} {b.keyword_exactness:.0%} "
               "of the posting's terms appear word for word")
    out.append(style(f"  (score = {b.weights[0]:.2f} x required + {b.weights[1]:.2f} x preferred "
                     f"+ {b.weights[2]:.2f} x keywords)", dim=True))
    return out


_MARKS = {MatchLevel.EXACT: ("✓", "green"), MatchLevel.NARROWER: ("~", "yellow"),
          MatchLevel.RELATED: ("~", "yellow"), MatchLevel.MISSING: ("✗", "red")}


def _skill_lines(report: Report, style) -> list[str]:
    out: list[str] = []
    for importance in (Importance.REQUIRED, Importance.PREFERRED):
        items = [i for i in report.gap.items if i.importance is importance]
        if not items:
            continue
        out.append("")
        out.append(style(f"{importance.value.capitalize()} skills", bold=True, underline=True))
        width = min(28, max(len(i.skill.name) for i in items))
        for item in items:
            mark, colour = _MARKS[item.level]
            out.append(f"  {style(mark, fg=colour)} {item.skill.name.ljust(width)}  {_describe(item)}")
    return out


def _quality_lines(report: Report, style) -> list[str]:
    if not report.gap.qualities:
        return []
    return ["", style(QUALITIES_TITLE, bold=True, underline=True), f"  {', '.join(report.gap.qualities)}",
            style(f"  {QUALITIES_ADVICE}", dim=True)]


def _keyword_lines(report: Report, style) -> list[str]:
    gap = report.gap
    if not gap.keywords_missing:
        return []
    out = ["", style("Keywords a tracking system would not find in your résumé", bold=True, underline=True)]
    by_term = {i.posting_terms[0]: i for i in gap.items}
    for term in gap.keywords_missing:
        item = by_term.get(term)
        if item is not None and item.level is MatchLevel.EXACT:
            wrote = item.evidence[0].text
            out.append(f"  • {term}  (you wrote \"{wrote}\": use the posting's word too)" if wrote else
                       f"  • {term}  (your résumé is written in it: name it, e.g. under Languages)")
        elif item is not None and item.via is not None:
            out.append(f"  • {term}  (you show {item.via.name}, a related skill)")
        else:
            out.append(f"  • {term}")
    return out


def _rewrite_command(report: Report) -> str:
    paths = (report.resume.document.path, report.posting.document.path)
    if any(p.startswith("<") for p in paths):  # text given in memory, not files
        return "skillgap rewrite RESUME POSTING"
    return "skillgap rewrite " + " ".join(shlex.quote(p) for p in paths)


def _some(names: list[str], limit: int) -> str:
    """The first `limit` names, and how many more there are (listed above in full)."""
    if len(names) <= limit:
        return ", ".join(names)
    return ", ".join(names[:limit]) + f" and {len(names) - limit} more (listed above)"


def _next_steps(report: Report) -> list[str]:
    gap = report.gap
    steps: list[str] = []
    renamed = [i for i in gap.matched if not i.keyword_found and i.level is MatchLevel.EXACT]
    if renamed:
        names = _some([f"{i.posting_terms[0]} (you wrote {i.evidence[0].text})" if i.evidence[0].text
                       else i.posting_terms[0] for i in renamed], 4)
        steps.append(f"  • Use the posting's own words where you already have the skill: {names}.")
    partial = [i for i in gap.matched if i.level is not MatchLevel.EXACT and i.importance is Importance.REQUIRED]
    if partial:
        names = _some([f"{i.skill.name} (you show {i.via.name})" for i in partial], 4)
        steps.append(f"  • If your work covered them, name these next to the related skill you show: {names}.")
    # a certificate or a language is rightly just listed; a skill is better shown in use
    listed = [i for i in gap.matched if i.level is MatchLevel.EXACT and i.evidence[0].strength is Strength.LISTED
              and i.skill.kind not in (SkillKind.CERTIFICATION, SkillKind.LANGUAGE)]
    if listed:
        names = _some([i.skill.name for i in listed], 4)
        steps.append(f"  • Show these in a bullet about work you did, not only in a list: {names}.")
    missing_required = [i for i in gap.missing if i.importance is Importance.REQUIRED]
    if missing_required:
        names = _some([i.skill.name for i in missing_required], 6)
        steps.append(f"  • Required and not in your résumé: {names}. Add them only if you really have them;"
                     " otherwise they are worth learning, or worth addressing in your cover letter.")
    if not steps:
        steps.append("  • Your résumé covers this posting well. Check the wording once more and apply.")
    return [wrapped for step in steps for wrapped in textwrap.wrap(step, WRAP, subsequent_indent="    ")]
