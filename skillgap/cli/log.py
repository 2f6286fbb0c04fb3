"""`skillgap log ...`: the application history (docs/history.md).

One SQLite file in the user's data folder (`SKILLGAP_DATA_DIR` overrides the folder,
`[tool.skillgap.log] db` or `--db` the file). Nothing here imports spaCy or the pipeline:
`log stats` starts about as fast as `skillgap --version` (bench/log_bench.py).
"""

from __future__ import annotations

from pathlib import Path

import click

from skillgap.cli.options import emit, output_option, use_color, verbose_option

STATUS_CHOICES = ("checked", "applied", "screen", "interview", "offer", "rejected", "ghosted", "withdrawn")


def db_option(func):
    return click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None,
                        help="History database file (default: [tool.skillgap.log] db, else history.sqlite in "
                             "the user data folder, or in $SKILLGAP_DATA_DIR).")(func)


def history_db(db: Path | None) -> Path | None:
    """`--db`, else `[tool.skillgap.log] db` (relative to the config file), else None (default)."""
    if db is not None:
        return db
    ctx = click.get_current_context(silent=True)
    config, where = ctx.find_root().meta.get("skillgap.config", ({}, None)) if ctx else ({}, None)
    from skillgap.config import log_db

    return log_db(config, where)


def _open(db: Path | None, *, create: bool = True):
    from skillgap.history.store import open_history

    return open_history(history_db(db), create=create)


@click.group()
def log() -> None:
    """Your application history: where you applied, what was missing, what answered.

    \b
    skillgap check RESUME POSTING --log   record a check (see `check --help`)
    skillgap log add --company C          record an application made without a check
    skillgap log list                     the applications, filtered
    skillgap log set ID --status S        a new status, kept with its date
    skillgap log stats                    patterns: recurring gaps, response rates
    """


@log.command("add")
@click.option("--company", required=True, help="The employer.")
@click.option("--job-title", default="", help="The job's title.")
@click.option("--url", default="", help="The posting's address (stored as given, never fetched).")
@click.option("--status", type=click.Choice(STATUS_CHOICES), default="applied", show_default=True)
@click.option("--date", "when", default="", metavar="YYYY-MM-DD", help="The day you applied (default: today).")
@click.option("--note", default="", help="Anything you want to keep.")
@click.option("--resume-version", default="", metavar="LABEL", help="A label for the résumé you sent.")
@db_option
@verbose_option
def add(company: str, job_title: str, url: str, status: str, when: str, note: str, resume_version: str,
        db: Path | None) -> None:
    """Record an application made without a check."""
    from skillgap.history.applications import NewApplication, add_application, check_date

    new = NewApplication(company=company, job_title=job_title, url=url, status=status, note=note,
                         applied_on=check_date(when) if when else "", resume_version=resume_version)
    with _open(db) as conn:
        app_id = add_application(conn, new)
    click.echo(f"skillgap: recorded application {app_id}", err=True)


@log.command("list")
@click.option("--status", type=click.Choice(STATUS_CHOICES), default=None, help="Only this status.")
@click.option("--company", default="", help="Only companies whose name contains this (any case).")
@click.option("--since", default="", metavar="YYYY-MM-DD", help="Only applications on or after this day.")
@click.option("--format", "fmt", type=click.Choice(("text", "json", "csv")), default="text", show_default=True)
@output_option
@db_option
@verbose_option
def list_(status: str | None, company: str, since: str, fmt: str, output: Path | None, db: Path | None) -> None:
    """The recorded applications, oldest first."""
    from skillgap.history.applications import Filters, list_applications
    from skillgap.history.schema import JSON_VERSION
    from skillgap.render.history_text import render_list

    with _open(db, create=False) as conn:
        rows = list_applications(conn, Filters(status=status or "", company=company, since=since))
    emit(render_list(rows, fmt, JSON_VERSION), output)


@log.command("show")
@click.argument("app_id", metavar="ID", type=int)
@click.option("--format", "fmt", type=click.Choice(("text", "markdown", "json", "html")), default="text",
              show_default=True, help="Any format of `skillgap check`.")
@output_option
@db_option
@verbose_option
def show(app_id: int, fmt: str, output: Path | None, db: Path | None) -> None:
    """One application: its details, status history and the stored check report."""
    from skillgap.errors import HistoryError
    from skillgap.history.applications import get_application
    from skillgap.render.history_text import render_application
    from skillgap.render.stored_report import render_stored

    with _open(db, create=False) as conn:
        app = get_application(conn, app_id)
    if app.report is None and fmt in ("json", "html"):
        raise HistoryError(f"application {app_id} has no check report (recorded without a check)",
                           hint="use --format text, or `skillgap log export --format json`")
    color = use_color() and output is None
    text = render_stored(app.report, app.posting_text, fmt, color=color) if app.report is not None else ""
    if fmt in ("text", "markdown"):
        text = render_application(app.to_dict(), fmt) + text
    emit(text, output)


@log.command("set")
@click.argument("app_id", metavar="ID", type=int)
@click.option("--status", type=click.Choice(STATUS_CHOICES[1:]), required=True)
@click.option("--date", "when", default="", metavar="YYYY-MM-DD", help="When it happened (default: today).")
@click.option("--note", default="", help="A note kept with this change.")
@db_option
@verbose_option
def set_(app_id: int, status: str, when: str, note: str, db: Path | None) -> None:
    """Record a new status; every change is kept with its date."""
    from skillgap.history.applications import set_status

    with _open(db, create=False) as conn:
        set_status(conn, app_id, status, when=when, note=note)
    click.echo(f"skillgap: application {app_id} is now {status}", err=True)


@log.command("delete")
@click.argument("app_id", metavar="ID", type=int)
@db_option
@verbose_option
def delete(app_id: int, db: Path | None) -> None:
    """Delete one application and its history."""
    from skillgap.history.applications import delete_application

    with _open(db, create=False) as conn:
        delete_application(conn, app_id)
    click.echo(f"skillgap: deleted application {app_id}", err=True)


@log.command("purge")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@db_option
@verbose_option
def purge(yes: bool, db: Path | None) -> None:
    """Delete every application (asks first)."""
    from skillgap.history import applications

    with _open(db, create=False) as conn:
        count = conn.execute("SELECT count(*) FROM applications").fetchone()[0]
        if not yes:
            click.confirm(f"Delete all {count} applications from the history?", abort=True, err=True)
        applications.purge(conn)
    click.echo(f"skillgap: deleted {count} applications", err=True)


@log.command("export")
@click.option("--format", "fmt", type=click.Choice(("csv", "json")), default="json", show_default=True,
              help="json: everything (reports, posting texts, status history); csv: one row per application.")
@output_option
@db_option
@verbose_option
def export(fmt: str, output: Path | None, db: Path | None) -> None:
    """Every application, to standard output or -o FILE."""
    from skillgap.history.transfer import export_text

    with _open(db, create=False) as conn:
        text = export_text(conn, fmt)
    emit(text, output)


@log.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--map", "mapping", multiple=True, metavar="COLUMN=HEADER",
              help="Read COLUMN from the file's HEADER column (repeatable), e.g. --map company=Employer.")
@click.option("--date-format", default=None, metavar="FORMAT",
              help="How the file writes dates, in strptime codes (e.g. %d/%m/%Y); default YYYY-MM-DD.")
@db_option
@verbose_option
def import_(file: Path, mapping: tuple[str, ...], date_format: str | None, db: Path | None) -> None:
    """Import a spreadsheet (CSV) of applications: columns company, date (required), job_title,
    status, status_date, url, note, resume_version. Every row is checked first; one bad row
    and nothing is imported."""
    from skillgap.errors import HistoryError, printable
    from skillgap.history.transfer import check_date_format, parse_mapping, plan_import, run_import

    check_date_format(date_format)
    plan, bad = plan_import(file, parse_mapping(mapping), date_format)
    if bad:
        for line in bad:
            click.echo(f"skillgap: {line}", err=True)
        raise HistoryError(f"{len(bad)} bad row(s): nothing imported", path=printable(str(file)),
                           hint="fix the rows above and import again")
    if plan.ignored:
        click.echo(f"skillgap: ignored column(s): {', '.join(plan.ignored)}", err=True)
    with _open(db) as conn:
        ids = run_import(conn, plan)
    click.echo(f"skillgap: imported {len(ids)} application(s)", err=True)


@log.command("stats")
@click.option("--format", "fmt", type=click.Choice(("text", "json", "markdown", "html")), default="text",
              show_default=True)
@click.option("--top", type=click.IntRange(min=1), default=15, show_default=True, help="How many skills to list.")
@output_option
@db_option
@verbose_option
def stats(fmt: str, top: int, output: Path | None, db: Path | None) -> None:
    """Patterns across your applications: recurring missing skills, response rates, trends."""
    from skillgap.history.stats import compute_stats

    with _open(db, create=False) as conn:
        data = compute_stats(conn, top=top)
    if fmt == "html":
        from skillgap.render.history_html import render_stats_html

        emit(render_stats_html(data), output)
        return
    from skillgap.render.history_text import render_stats

    emit(render_stats(data, fmt), output)


# --------------------------------------------------------------------------- check --log

LOG_DETAIL_OPTIONS = ("company", "job_title", "url", "status", "note", "resume_version", "db")


def log_options(func):
    """`check --log` and the details recorded with it."""
    for decorator in reversed((
        click.option("--log", "log", is_flag=True, default=False,
                     help="Record this check in your application history (`skillgap log`)."),
        click.option("--company", default=None, help="With --log: the employer."),
        click.option("--job-title", default=None, help="With --log: the job's title."),
        click.option("--url", default=None, help="With --log: the posting's address (stored as given, never fetched)."),
        click.option("--status", type=click.Choice(STATUS_CHOICES), default=None,
                     help="With --log: the application's status (default: checked)."),
        click.option("--note", default=None, help="With --log: a note."),
        click.option("--resume-version", default=None, metavar="LABEL", help="With --log: a label for this résumé."),
        db_option,
    )):
        func = decorator(func)
    return func


def check_log_options(log: bool, details: dict) -> None:
    """Details given without --log would be silently dropped: refuse instead. With --log,
    check the history file first."""
    given = [name for name in LOG_DETAIL_OPTIONS if details.get(name) is not None]
    if given and not log:
        raise click.UsageError(f"--{given[0].replace('_', '-')} is recorded only with --log")
    if log:  # a foreign file is refused before the check runs, not after
        from skillgap.history.store import check_history_file

        check_history_file(history_db(details.get("db")))


def record_from_cli(report, suggestions, details: dict) -> None:
    """Record the check; one line on stderr says where."""
    from skillgap.history.record import LogDetails, record_check

    db = history_db(details.get("db"))
    fields = {k: v for k, v in details.items() if k != "db" and v is not None}
    app_id = record_check(report, LogDetails(**fields), db, suggestions)
    from skillgap.history.store import default_db_path

    click.echo(f"skillgap: logged as application {app_id} in {db or default_db_path()}", err=True)
