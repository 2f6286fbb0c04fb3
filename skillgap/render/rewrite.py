"""Suggestions as text, Markdown and JSON, for `skillgap rewrite` and the `check` reports.

Pure functions: no I/O. The terminal text is for people who are not programmers: one
suggestion is a line number, why, the bullet before and after, and what it does to the
score; text in [brackets] is for the user to fill in.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from pathlib import Path

from skillgap.render.style import style as _ansi
from skillgap.suggest.select import (
    CHECK_LIMIT,
    PROMPT_LIMIT,
    default_edits,
    kind_counts,
    line_edits,
)
from skillgap.suggest.suggestion import KIND_ADD_RESULT, KIND_ONLY_IF_TRUE, Suggestion
from skillgap.types import Report

WRAP = 88


def split(suggestions: Sequence[Suggestion]) -> tuple[list[Suggestion], list[Suggestion], list[Suggestion]]:
    """(edits to apply, results to measure, "only if true" prompts), each in rank order."""
    edits = [s for s in suggestions if s.kind not in (KIND_ADD_RESULT, KIND_ONLY_IF_TRUE)]
    results = [s for s in suggestions if s.kind == KIND_ADD_RESULT]
    prompts = [s for s in suggestions if s.kind == KIND_ONLY_IF_TRUE]
    return edits, results, prompts


def delta_text(suggestion: Suggestion) -> str:
    if suggestion.score_delta:
        return f"score {suggestion.score_delta:+d}"
    if suggestion.placeholder:
        return "score +0 (a result is what a reader looks for)"
    return "score +0 (reads better)"


def _wrapped(text: str, indent: str, hanging: str) -> list[str]:
    return textwrap.wrap(text, WRAP, initial_indent=indent, subsequent_indent=hanging) or [indent]


def suggestion_lines(suggestion: Suggestion, number: int | None = None, *, color: bool = False,
                     indent: str = "  ", reason: bool = True) -> list[str]:
    """"line N — reason / before: … / after: … / score +3", for the terminal."""
    def style(text: str, **kw) -> str:
        return _ansi(text, **kw) if color else text

    head = f"{number}. " if number is not None else ""
    pad = indent + " " * len(head)
    if suggestion.kind == KIND_ONLY_IF_TRUE:
        out = _wrapped(f"{head}{suggestion.reason}", indent, pad)
        out.append(f"{pad}add after line {suggestion.line}: {style(suggestion.rewrite, fg='cyan')}")
        out.append(style(f"{pad}score {suggestion.score_delta:+d} if true", dim=True))
        return out
    why = f" — {suggestion.reason}" if reason else ""
    out = _wrapped(f"{head}line {suggestion.line}{why}", indent, pad)
    out.append(f"{pad}before: {suggestion.original}")
    first, *added = suggestion.rewrite.split("\n")  # an edit may add a line after its own
    out.append(f"{pad}after:  {style(first, fg='green')}")
    out.extend(f"{pad}        {style(line, fg='green')}" for line in added)
    out.append(style(f"{pad}{delta_text(suggestion)}", dim=True))
    return out


def text_section(suggestions: Sequence[Suggestion], *, limit: int = CHECK_LIMIT, color: bool = False,
                 command: str = "skillgap rewrite RESUME POSTING") -> list[str]:
    """The short "Suggested edits" section of `check`: the best few bullet edits."""
    shown = default_edits(suggestions, limit)
    if not shown:
        return []
    total = len(line_edits(suggestions))
    title = "Suggested edits to your bullets" + (f" (the best {len(shown)} of {total})" if total > len(shown) else "")
    out = [_ansi(title, bold=True, underline=True) if color else title]
    for number, suggestion in enumerate(shown, start=1):
        out.extend(suggestion_lines(suggestion, number, color=color))
    out.append(f"  Run `{command}` to see all of them" + (", and the skills to add only if true." if
                                                            len(suggestions) > total else "."))
    return out


def shown_by_rewrite(suggestions: Sequence[Suggestion], every: bool = False) -> list[Suggestion]:
    """What `skillgap rewrite` shows: the best few line edits and "only if true" prompts,
    or every suggestion with `--all`."""
    if every:
        return list(suggestions)
    prompts = [s for s in suggestions if s.kind == KIND_ONLY_IF_TRUE][:PROMPT_LIMIT]
    return default_edits(suggestions) + prompts


def render_rewrite(report: Report, suggestions: Sequence[Suggestion], fmt: str, *, color: bool = False,
                   every: bool = False) -> str:
    """The `skillgap rewrite` output: the best edits, or with `every` all of them and how
    many there are of each kind."""
    everything = suggestions
    suggestions = shown_by_rewrite(suggestions, every)
    if fmt == "json":
        from skillgap.render.json_report import report_dict

        full = report_dict(report, suggestions=suggestions)
        keys = ("schema_version", "tool", "taxonomy", "resume", "posting", "score", "suggestions")
        return json.dumps({k: full[k] for k in keys}, indent=2, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        return _markdown(report, suggestions, _summary(everything, suggestions, every))
    return _text(report, suggestions, _summary(everything, suggestions, every), color=color)


def _summary(everything: Sequence[Suggestion], shown: Sequence[Suggestion], every: bool) -> str:
    """"The best 8 of 14 suggestions; --all shows every one", or the count of each kind."""
    if every:
        counts = ", ".join(f"{n} {kind}" for kind, n in kind_counts(everything).items())
        return f"Every suggestion ({len(everything)}): {counts}." if everything else ""
    if len(shown) < len(everything):
        return f"The best {len(shown)} of {len(everything)} suggestions; `--all` shows every one."
    return ""


def _names(report: Report) -> str:
    return f"{Path(report.resume.document.path).name}  vs  {Path(report.posting.document.path).name}"


def _text(report: Report, suggestions: Sequence[Suggestion], summary: str = "", *, color: bool) -> str:
    def style(text: str, **kw) -> str:
        return _ansi(text, **kw) if color else text

    edits, results, prompts = split(suggestions)
    out = [style(_names(report), bold=True), "", f"Match score now: {report.gap.score} / 100"]
    if not suggestions:
        out += ["", "No suggestions: your bullets open with verbs, show results and use the posting's words."]
        return "\n".join(out) + "\n"
    out.append("Use a suggestion only if it is true of your work; the most useful come first.")
    if summary:
        out.append(summary)
    for title, group in (
        (f"Suggested edits ({len(edits)})", edits),
        (f"Add a measurable result ({len(results)}): fill in the brackets with a real number, or skip", results),
        (f"Only if true: skills the posting asks for that your résumé does not show ({len(prompts)})", prompts),
    ):
        if not group:
            continue
        out += ["", style(title, bold=True, underline=True)]
        for number, suggestion in enumerate(group, start=1):
            out.extend(suggestion_lines(suggestion, number, color=color, reason=group is not results))
    return "\n".join(out) + "\n"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _lines_cell(text: str) -> str:
    """A table cell that keeps the lines of an edit that adds one ("…<br>• Teamwork")."""
    return "<br>".join(_cell(line) for line in text.split("\n"))


def markdown_section(suggestions: Sequence[Suggestion], *, limit: int | None = 5, level: int = 2) -> list[str]:
    """Suggestions as a Markdown table (for `check --format markdown` and `rewrite`)."""
    edits, results, prompts = split(suggestions)
    hashes = "#" * level
    bullets = edits + results
    out: list[str] = []
    if bullets:
        shown = bullets if limit is None else default_edits(bullets, limit)
        more = ""
        if len(shown) < len(bullets):
            more = f" (the best {len(shown)} of {len(bullets)}; `skillgap rewrite` shows all)"
        out += ["", f"{hashes} Suggested edits{more}", "", "| line | why | before | after | score |",
                "|---:|---|---|---|---:|"]
        out += [f"| {s.line} | {_cell(s.reason)} | {_cell(s.original)} | {_lines_cell(s.rewrite)} "
                f"| {s.score_delta:+d} |" for s in shown]
    if prompts and limit is None:
        out += ["", f"{hashes} Only if true: skills to add", "", "| after line | why | template | score if true |",
                "|---:|---|---|---:|"]
        out += [f"| {s.line} | {_cell(s.reason)} | {_cell(s.rewrite)} | {s.score_delta:+d} |" for s in prompts]
    return out


def _markdown(report: Report, suggestions: Sequence[Suggestion], summary: str = "") -> str:
    out = [f"# skillgap rewrite: {_names(report).replace('  vs  ', ' vs ')}", "",
           f"**Match score now: {report.gap.score} / 100.** Use a suggestion only if it is true of your work."]
    if summary:
        out += ["", summary]
    section = markdown_section(suggestions, limit=None)
    out += section if section else ["", "No suggestions."]
    return "\n".join(out) + "\n"
