"""Options shared by several commands, defined once (pip-tools' scripts/options.py)."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import click

from skillgap.errors import InputError, printable
from skillgap.ingest.limits import DEFAULT_LIMITS, Limits


def _set_verbose(ctx: click.Context, _param, value: bool) -> bool:
    if value:
        ctx.find_root().meta["skillgap.verbose"] = True
        logging.basicConfig(level=logging.INFO, format="skillgap: %(levelname)s: %(message)s")
    return value


verbose_option = click.option(
    "-v", "--verbose", is_flag=True, expose_value=False, is_eager=True, callback=_set_verbose,
    help="Show progress details, and a traceback on errors.",
)
taxonomy_option = click.option(
    "--taxonomy", "taxonomy", multiple=True, metavar="PATH",
    help="Extra taxonomy file, folder or pack name (repeatable); overrides the default's entries.",
)
output_option = click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="Write the report to this file (atomically) instead of standard output.",
)


def limit_options(func):
    """--max-bytes, --max-pages, --max-chars: resource limits for every file read."""
    for name, default, text in (
        ("max_chars", DEFAULT_LIMITS.max_chars, "Most characters of text read from one file."),
        ("max_pages", DEFAULT_LIMITS.max_pages, "Most PDF pages read from one file."),
        ("max_bytes", DEFAULT_LIMITS.max_bytes, "Largest input file size in bytes."),
    ):
        func = click.option(f"--{name.replace('_', '-')}", name, type=click.IntRange(min=1), default=default,
                            show_default=True, help=text)(func)
    return func


def limits_from(max_bytes: int, max_pages: int, max_chars: int) -> Limits:
    return Limits(max_bytes=max_bytes, max_pages=max_pages, max_chars=max_chars)


def use_color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def json_text(data, **kwargs) -> str:
    """JSON with non-ASCII characters as they are, unless the data holds a file name that is
    not valid UTF-8 (undecodable bytes, kept by Python as lone surrogates): those are
    written as \\udcXX escapes, which JSON readers turn back into the same name."""
    text = json.dumps(data, ensure_ascii=False, **kwargs)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(data, ensure_ascii=True, **kwargs)
    return text


def _encoded(text: str) -> bytes:
    # A file name with undecodable bytes is written back as those bytes (as `ls` does).
    return text.encode("utf-8", "surrogateescape")


def emit(text: str, output: Path | None, inputs: tuple[Path, ...] = ()) -> None:
    """Write `text` to stdout, or atomically to `output` (never over an input file)."""
    if output is None:
        click.echo(_encoded(text), nl=False)
        return
    for source in inputs:
        try:  # samefile: also through symbolic and hard links
            same = output.exists() and os.path.samefile(output, source)
        except OSError:
            continue
        if same:
            raise InputError("refusing to write the report over an input file", path=str(output),
                             hint="choose another --output path")
    from skillgap.atomic import write_atomic

    try:
        write_atomic(output, _encoded(text))
    except OSError as exc:
        raise InputError(f"cannot write output: {exc.strerror}", path=str(output),
                         hint="check that the folder exists and is writable") from exc
    click.echo(f"skillgap: wrote {printable(str(output))}", err=True)


def warn_if_swapped(report) -> None:
    """A warning on stderr when the résumé reads like a posting and the posting like a résumé."""
    from skillgap.ingest.sections import guess_role

    if guess_role(report.resume.document) == "posting" and guess_role(report.posting.document) == "resume":
        click.echo("skillgap: warning: the first file reads like a job posting and the second like a résumé: "
                   "did you swap them? (RESUME comes before POSTING)", err=True)
