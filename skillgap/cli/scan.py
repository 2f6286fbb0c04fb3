"""`skillgap scan POSTINGS_DIR`: the skills a folder of saved postings keeps asking for."""

from __future__ import annotations

import sys
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
)
from skillgap.scan.deadline import DEFAULT_SECONDS
from skillgap.scan.render import FORMATS

DEFAULT_TOP = 25  # text and Markdown; JSON and CSV list every skill unless --top is given


@click.command()
@click.argument("postings_dir", metavar="POSTINGS_DIR", type=click.Path(path_type=Path))
@click.option("--resume", type=click.Path(path_type=Path), default=None,
              help="Your résumé: adds what it shows for each skill, the gaps worth closing and a score per posting.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Report format (csv: one row per skill; html: one self-contained page, best with -o).")
@click.option("--top", type=click.IntRange(min=1), default=None, metavar="N",
              help=f"Show the N skills asked for most [default: {DEFAULT_TOP} for text and markdown, "
                   "all for json and csv].")
@click.option("--min-share", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True, metavar="X",
              help="Leave out skills asked for by less than this share of postings (0.1 = 10%).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Processes that read postings, this one included [default: the number of cores, "
                   "fewer for small folders].")
@click.option("--max-seconds", type=click.FloatRange(min=0), default=DEFAULT_SECONDS, show_default=True,
              metavar="S", help="Most time one posting may take to read and analyse; a slower one is "
                                "reported and left out (0: no limit).")
@click.option("--no-cache", is_flag=True,
              help="Neither read nor write the scan cache: analyse every file again.")
@taxonomy_option
@output_option
@limit_options
@verbose_option
def scan(postings_dir: Path, resume: Path | None, fmt: str, top: int | None, min_share: float, jobs: int | None,
         max_seconds: float, no_cache: bool, taxonomy: tuple[str, ...], output: Path | None,
         max_bytes: int, max_pages: int, max_chars: int) -> None:
    """Count the skills a folder of saved job postings asks for, and with --resume,
    which of them your résumé does not show yet.

    POSTINGS_DIR is read recursively: PDF, DOCX, HTML, TXT and Markdown files. The same
    posting saved twice is counted once. A file that cannot be read is named on stderr and
    left out; the exit code is then 2, after the report is written.

    Results are cached per file (see docs/scan.md), so scanning the same folder again
    only re-reads the files that changed.
    """
    from skillgap.scan import scan as run_scan
    from skillgap.scan.render import render_scan, resumes_left_out

    if top is None and fmt in ("text", "markdown"):
        top = DEFAULT_TOP
    listener = _CliListener()
    try:
        report = run_scan(
            postings_dir, resume, taxonomy=taxonomy, jobs=jobs, use_cache=not no_cache,
            limits=limits_from(max_bytes, max_pages, max_chars), max_seconds=max_seconds or None,
            top=top, min_share=min_share,
            exclude=[output] if output else (), listener=listener,
        )
    finally:
        listener.finish()
    emit(render_scan(report, fmt, color=use_color() and output is None), output,
         (resume,) if resume else ())
    stats = report.stats
    parts = [f"{report.postings} posting{'s' if report.postings != 1 else ''}"]
    if report.duplicates:
        parts.append(f"{len(report.duplicates)} duplicate{'s' if len(report.duplicates) != 1 else ''}")
    if report.resumes:
        parts.append(resumes_left_out(report))
    if report.failures:
        parts.append(f"{len(report.failures)} unreadable")
    how = f"{stats.cache_hits} from the cache, {stats.analysed} read now"
    if stats.analysed:
        how += f" ({stats.jobs} processes)" if stats.jobs > 1 else " (1 process)"
    click.echo(f"skillgap: scanned {stats.files} files in {stats.seconds:.1f} s: {', '.join(parts)}; {how}",
               err=True)
    if report.failures:
        click.echo(f"skillgap: {len(report.failures)} of {report.files} files could not be read (listed above); "
                   "the report leaves them out", err=True)
        click.get_current_context().exit(2)


class _CliListener:
    """Progress bar on stderr when it is a terminal; problems as one line each."""

    def __init__(self) -> None:
        self.bar = None

    def start(self, total: int) -> None:
        if not sys.stderr.isatty() or total < 2:
            return
        from tqdm import tqdm

        tqdm.monitor_interval = 0  # no monitor thread: the scan may fork worker processes
        self.bar = tqdm(total=total, unit="file", file=sys.stderr, leave=False, dynamic_ncols=True,
                        mininterval=0.25, desc="scanning")

    def advance(self, path: str) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def _say(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            click.echo(line, err=True)

    def problem(self, problem) -> None:
        self._say(f"skillgap: error: {problem.message}")

    def notice(self, message: str) -> None:
        self._say(f"skillgap: warning: {message}")

    def finish(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
