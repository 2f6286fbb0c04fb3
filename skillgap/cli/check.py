"""`skillgap check RESUME POSTING`: one résumé against one posting."""

from __future__ import annotations

from pathlib import Path

import click

from skillgap.cli.log import check_log_options, log_options, record_from_cli
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
from skillgap.cli.rewrite import write_tailored_option

FORMATS = ("text", "markdown", "json", "html")


@click.command()
@click.argument("resume", type=click.Path(path_type=Path, readable=False))
@click.argument("posting", type=click.Path(path_type=Path, readable=False))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Report format.")
@taxonomy_option
@output_option
@click.option("--no-suggestions", "no_suggestions", is_flag=True,
              help="Skip the suggested bullet rewrites (see `skillgap rewrite`).")
@write_tailored_option
@log_options
@limit_options
@verbose_option
def check(resume: Path, posting: Path, fmt: str, taxonomy: tuple[str, ...], output: Path | None,
          no_suggestions: bool, tailored: Path | None, max_bytes: int, max_pages: int, max_chars: int,
          log: bool, **log_details) -> None:
    """Compare RESUME with one job POSTING: score, matched and missing skills, keywords.

    RESUME and POSTING may be PDF, DOCX, TXT, Markdown, HTML or JSON Resume files.
    """
    from skillgap.pipeline import analyze
    from skillgap.render import render_report

    check_log_options(log, log_details)
    report = analyze(resume, posting, taxonomy=taxonomy, limits=limits_from(max_bytes, max_pages, max_chars),
                     read_ahead=True)
    warn_if_swapped(report)
    suggestions = None
    if tailored is not None:
        from skillgap.suggest.tailor import check_output

        check_output(resume, tailored, report.resume.document.format)
    if not no_suggestions or tailored is not None:
        from skillgap.pipeline import get_extractor
        from skillgap.suggest import suggest

        suggestions = suggest(report, extractor=get_extractor(tuple(str(t) for t in taxonomy)))
    emit(render_report(report, fmt, color=use_color() and output is None,
                       suggestions=None if no_suggestions else suggestions), output, (resume, posting))
    if tailored is not None:
        from skillgap.cli.rewrite import write_tailored_copy

        write_tailored_copy(resume, tailored, report, suggestions)
    if log:
        record_from_cli(report, None if no_suggestions else suggestions, log_details)

