"""`skillgap rewrite RESUME POSTING`: suggested edits of the résumé's own bullets."""

from __future__ import annotations

from pathlib import Path

import click

from skillgap.cli.options import (
    emit,
    limit_options,
    limits_from,
    output_option,
    taxonomy_option,
    use_color,
    verbose_option,
    warn_if_swapped,
)

FORMATS = ("text", "markdown", "json")

write_tailored_option = click.option(
    "--write-tailored", "tailored", type=click.Path(dir_okay=False, path_type=Path), default=None, metavar="OUT",
    help="Also write a copy of a Markdown, text or DOCX résumé with the rewrites applied "
         "(not the ones with [placeholders]); the résumé itself is never changed.",
)


@click.command()
@click.argument("resume", type=click.Path(path_type=Path, readable=False))
@click.argument("posting", type=click.Path(path_type=Path, readable=False))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format.")
@taxonomy_option
@output_option
@write_tailored_option
@limit_options
@verbose_option
def rewrite(resume: Path, posting: Path, fmt: str, taxonomy: tuple[str, ...], output: Path | None,
            tailored: Path | None, max_bytes: int, max_pages: int, max_chars: int) -> None:
    """Suggest honest edits of RESUME's bullets for one job POSTING.

    \b
    Each suggestion shows the line, why, the bullet before and after, and how the match
    score changes with it. Kinds: a verb instead of "Responsible for", active instead of
    passive voice, the posting's name for a skill you already show, a [placeholder] for
    a measurable result, and skills to add only if they are true.
    """
    from skillgap.pipeline import analyze, get_extractor
    from skillgap.render.rewrite import render_rewrite
    from skillgap.suggest import suggest

    if tailored is not None and output is not None and tailored.resolve() == output.resolve():
        from skillgap.errors import InputError

        raise InputError("--output and --write-tailored name the same file", path=str(tailored),
                         hint="give them different names")
    names = tuple(str(t) for t in taxonomy)
    report = analyze(resume, posting, taxonomy=names, limits=limits_from(max_bytes, max_pages, max_chars),
                     read_ahead=True)
    warn_if_swapped(report)
    if tailored is not None:
        from skillgap.suggest.tailor import check_output

        check_output(resume, tailored, report.resume.document.format)
    suggestions = suggest(report, extractor=get_extractor(names))
    emit(render_rewrite(report, suggestions, fmt, color=use_color() and output is None), output, (resume, posting))
    if tailored is not None:
        write_tailored_copy(resume, tailored, report, suggestions)


def write_tailored_copy(resume: Path, out: Path, report, suggestions) -> None:
    """Write the tailored copy and say on stderr what went into it."""
    from skillgap.suggest.tailor import write_tailored

    result = write_tailored(resume, out, report.resume.document, suggestions)
    left = sum(1 for s in suggestions if s.placeholder)
    message = f"skillgap: wrote {out}: {len(result.applied)} rewrite{'s' if len(result.applied) != 1 else ''} applied"
    if result.skipped:
        lines = ", ".join(str(s.line) for s in result.skipped)
        message += f"; {len(result.skipped)} could not be placed (line {lines}): copy those by hand"
    if left:
        message += (f"; {left} more need{'s' if left == 1 else ''} your own facts ([placeholders]) and "
                    "are not in the copy: add those from the report yourself, only if true")
    click.echo(message, err=True)
