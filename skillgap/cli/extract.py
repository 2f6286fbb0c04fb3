"""`skillgap extract PATH...`: the skills found in files, with character offsets."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import click

from skillgap.cli.options import (
    json_text,
    limit_options,
    limits_from,
    taxonomy_option,
    verbose_option,
)
from skillgap.errors import INTERNAL_ERROR_EXIT


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False))
@click.option("--format", "fmt", type=click.Choice(("jsonl", "json")), default="jsonl", show_default=True,
              help="jsonl: one JSON object per line per document; json: one array.")
@click.option("--role", type=click.Choice(("auto", "resume", "posting")), default="auto", show_default=True,
              help="Read headings as a résumé's or a posting's (auto guesses from the headings).")
@taxonomy_option
@limit_options
@verbose_option
def extract(paths: tuple[Path, ...], fmt: str, role: str, taxonomy: tuple[str, ...],
            max_bytes: int, max_pages: int, max_chars: int) -> None:
    """List the skills found in each file. PATH may be a file or a folder (recursed).

    Offsets (start, end) index the text that `skillgap parse` shows. A file that cannot
    be read gets an "error" and the run goes on; the exit code is 2 if any file failed
    (3 if skillgap itself failed on one: a bug to report).
    """
    from skillgap.ingest.walk import collect_input_files
    from skillgap.outcome import OutcomeStatus, attempt
    from skillgap.pipeline import get_extractor, skills_in_file

    limits = limits_from(max_bytes, max_pages, max_chars)
    extractor = get_extractor(tuple(taxonomy))
    outcomes = []
    records: list[dict[str, Any]] = []
    files, empty = collect_input_files(paths)
    for folder in empty:
        click.echo(f"skillgap: error: {folder}: no files to read in this folder; give the right folder or a file",
                   err=True)
    for path in files:
        outcome = attempt(str(path), partial(skills_in_file, path, extractor, role=role, limits=limits))
        outcomes.append(outcome)
        record = {"path": str(path), "error": None if outcome.is_ok else outcome.message(),
                  "skills": outcome.payload if outcome.is_ok else []}
        if not outcome.is_ok:
            click.echo(f"skillgap: {'internal ' if outcome.status is OutcomeStatus.INTERNAL_ERROR else ''}error: "
                       f"{outcome.message()}", err=True)
        if fmt == "jsonl":
            click.echo(json_text(record))
        else:
            records.append(record)
    if fmt == "json":
        click.echo(json_text(records, indent=2))
    _finish(outcomes, empty)


def _finish(outcomes, empty) -> None:
    """A summary line for the files that failed; exit 3 for a bug, 2 for bad files."""
    from skillgap.outcome import OutcomeStatus

    failures = [o for o in outcomes if not o.is_ok]
    if failures:
        click.echo(f"skillgap: {len(failures)} file(s) could not be read (see the errors above)", err=True)
    if any(o.status is OutcomeStatus.INTERNAL_ERROR for o in failures):
        raise SystemExit(INTERNAL_ERROR_EXIT)
    if failures or empty:
        raise SystemExit(2)
