"""`skillgap scan PATH`: the skills a folder of saved postings, or a dataset of them, keeps asking for."""

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
from skillgap.render.scan import SCAN_FORMATS
from skillgap.scan.deadline import DEFAULT_SECONDS

DEFAULT_TOP = 25  # text and Markdown; JSON and CSV list every skill unless --top is given
INTERNAL_ERROR_EXIT = 3  # some items hit a skillgap bug (the CLI's exit code for internal errors)


def dataset_options(func):
    """--text-column and the other columns of a dataset."""
    for option in reversed((
        click.option("--text-column", default=None, metavar="NAME",
                     help="Read PATH as a dataset (CSV, TSV, JSONL, NDJSON or Parquet, .gz too, or a folder of "
                          "them) whose column NAME holds each posting's text."),
        click.option("--id-column", default=None, metavar="NAME",
                     help="Column of posting ids (reports and --rows-out name postings by it) "
                          "[default: FILE#ROW]."),
        click.option("--title-column", default=None, metavar="NAME", help="Column of posting titles."),
        click.option("--date-column", default=None, metavar="NAME",
                     help="Column of posting dates (2024-05-31, ISO times): adds demand per skill by month."),
        click.option("--rows-out", type=click.Path(dir_okay=False, path_type=Path), default=None,
                     metavar="FILE", help="Also write one row per (posting id, skill id, importance, count) "
                                          "to FILE.parquet or FILE.csv."),
    )):
        func = option(func)
    return func


def engine_options(func):
    for option in reversed((
        click.option("--engine", type=click.Choice(("local", "dask")), default="local", show_default=True,
                     help="Where datasets are analysed: processes on this machine, or a Dask cluster."),
        click.option("--scheduler", default=None, metavar="ADDRESS",
                     help="With --engine dask: the scheduler of an existing cluster (tcp://host:8786) "
                          "[default: a cluster of --jobs workers on this machine]."),
        click.option("--chunk-size", type=click.IntRange(min=1), default=64, show_default=True, metavar="N",
                     help="Dataset rows per task."),
    )):
        func = option(func)
    return func


@click.command()
@click.argument("path", metavar="PATH", type=click.Path(path_type=Path))
@click.option("--resume", type=click.Path(path_type=Path), default=None,
              help="Your résumé: adds what it shows for each skill, the gaps worth closing and a score per posting.")
@click.option("--format", "fmt", type=click.Choice(SCAN_FORMATS), default="text", show_default=True,
              help="Report format (csv: one row per skill; html: one self-contained page, best with -o).")
@click.option("--top", type=click.IntRange(min=1), default=None, metavar="N",
              help=f"Show the N skills asked for most [default: {DEFAULT_TOP} for text and markdown, "
                   "all for json and csv].")
@click.option("--min-share", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True, metavar="X",
              help="Leave out skills asked for by less than this share of postings (0.1 = 10%).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Processes that read postings [default: the number of cores, fewer for small folders].")
@click.option("--max-seconds", type=click.FloatRange(min=0), default=DEFAULT_SECONDS, show_default=True,
              metavar="S", help="Most time one posting file may take to read and analyse; a slower one is "
                                "reported and left out (0: no limit).")
@click.option("--no-cache", is_flag=True,
              help="Neither read nor write the scan cache: analyse every posting again.")
@dataset_options
@engine_options
@taxonomy_option
@output_option
@limit_options
@verbose_option
def scan(path: Path, resume: Path | None, fmt: str, top: int | None, min_share: float, jobs: int | None,
         max_seconds: float, no_cache: bool, text_column: str | None, id_column: str | None,
         title_column: str | None, date_column: str | None, rows_out: Path | None, engine: str,
         scheduler: str | None, chunk_size: int, taxonomy: tuple[str, ...], output: Path | None,
         max_bytes: int, max_pages: int, max_chars: int) -> None:
    """Count the skills a folder of saved job postings, or a dataset of postings, asks for,
    and with --resume, which of them your résumé does not show yet.

    PATH is a folder read recursively (PDF, DOCX, HTML, TXT and Markdown files), or with
    --text-column a dataset. The same posting saved twice is counted once. A file that
    cannot be read is named on stderr and left out; the exit code is then 2, after the
    report is written. A dataset row without text is skipped and named the same way.

    Results are cached per posting (see docs/scan.md), so scanning the same folder or
    dataset again only analyses what changed.
    """
    from skillgap.errors import ConfigError
    from skillgap.render.scan import render_scan
    from skillgap.scan import DatasetColumns
    from skillgap.scan import scan as run_scan

    columns = None
    if text_column is not None:
        columns = DatasetColumns(text_column, id_column, title_column, date_column)
    elif id_column or title_column or date_column:
        raise ConfigError("--id-column, --title-column and --date-column read a dataset",
                          hint="add --text-column NAME, the column that holds each posting's text")
    if top is None and fmt in ("text", "markdown"):
        top = DEFAULT_TOP
    listener = _CliListener()
    try:
        report = run_scan(
            path, resume, dataset=columns, taxonomy=taxonomy, jobs=jobs, use_cache=not no_cache,
            limits=limits_from(max_bytes, max_pages, max_chars), max_seconds=max_seconds or None,
            top=top, min_share=min_share, engine=engine, scheduler=scheduler, chunk_size=chunk_size,
            rows_out=rows_out, exclude=[output] if output else (), listener=listener,
        )
    finally:
        listener.finish()
    emit(render_scan(report, fmt, color=use_color() and output is None), output,
         (path, resume) if resume else (path,))
    _summary(report)


def _summary(report) -> None:
    """The summary line on stderr, then the exit code: 3 for skillgap bugs, 2 for unreadable files."""
    from skillgap.render.scan_words import resumes_left_out

    stats = report.stats
    parts = [f"{report.postings} posting{'s' if report.postings != 1 else ''}"]
    if report.duplicates:
        parts.append(f"{len(report.duplicates)} duplicate{'s' if len(report.duplicates) != 1 else ''}")
    if report.resumes:
        parts.append(resumes_left_out(report))
    if report.skipped:
        parts.append(f"{len(report.skipped)} rows skipped")
    if report.failures:
        parts.append(f"{len(report.failures)} unreadable")
    if report.internal_errors:
        parts.append(f"{len(report.internal_errors)} hit a skillgap bug")
    how = f"{stats.cache_hits} from the cache, {stats.analysed} read now"
    if stats.analysed:
        processes = f"{stats.jobs} processes" if stats.jobs > 1 else "1 process"
        how += f" ({processes}, Dask)" if stats.engine == "dask" else f" ({processes})"
    unit = "rows" if report.dataset else "files"
    click.echo(f"skillgap: scanned {stats.files} {unit} in {stats.seconds:.1f} s: {', '.join(parts)}; {how}",
               err=True)
    if report.internal_errors:
        click.echo(f"skillgap: skillgap failed on {len(report.internal_errors)} of {report.files} {unit} (listed "
                   "above): a bug, please report it (-v shows more); the report leaves them out", err=True)
        click.get_current_context().exit(INTERNAL_ERROR_EXIT)
    if report.failures:
        click.echo(f"skillgap: {len(report.failures)} of {report.files} {unit} could not be read (listed above); "
                   "the report leaves them out", err=True)
        click.get_current_context().exit(2)


class _CliListener:
    """Progress bar on stderr when it is a terminal; problems as one line each."""

    def __init__(self) -> None:
        self.bar = None

    def start(self, total: int | None) -> None:
        if not sys.stderr.isatty() or (total is not None and total < 2):
            return
        from tqdm import tqdm

        tqdm.monitor_interval = 0  # no monitor thread: the scan may fork worker processes
        self.bar = tqdm(total=total, unit="file" if total is not None else "row", file=sys.stderr, leave=False,
                        dynamic_ncols=True, mininterval=0.25, desc="scanning")

    def advance(self, item: str, count: int = 1) -> None:
        if self.bar is not None and count:
            self.bar.update(count)

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
