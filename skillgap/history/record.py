"""Recording a check (`skillgap check --log`): the one function the CLI calls."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skillgap.errors import HistoryError, printable
from skillgap.history.applications import NewApplication, add_application, check_status
from skillgap.history.store import open_history, utc_now

if TYPE_CHECKING:
    from skillgap.types import Report


@dataclass(frozen=True)
class LogDetails:
    """What the person says about the application (`--company`, `--job-title`, ...)."""

    company: str = ""
    job_title: str = ""
    url: str = ""  # as given, never fetched
    status: str = "checked"
    note: str = ""
    resume_version: str = ""


def file_sha256(path: str) -> str:
    """The résumé's content hash ('' when it was given as text, not a file)."""
    if path.startswith("<"):
        return ""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 16), b""):
                digest.update(block)
    except OSError as exc:  # moved or deleted since the check read it
        raise HistoryError(f"cannot read the résumé to record its hash: {exc.strerror}", path=printable(path),
                           hint="run the check again") from exc
    return digest.hexdigest()


def _absolute(path: str) -> str:
    return path if path.startswith("<") else str(Path(path).resolve())


def record_check(report: Report, details: LogDetails, db_path: Path | None = None,
                 suggestions: Sequence[Any] | None = None) -> int:
    """Store the check (its full JSON report and the posting's text) as an application;
    returns its id. The database is created on first use."""
    from skillgap.render.json_report import report_dict

    check_status(details.status)
    resume, posting = report.resume.document, report.posting.document
    new = NewApplication(
        company=details.company, job_title=details.job_title, url=details.url, status=details.status,
        note=details.note, resume_path=_absolute(resume.path), resume_sha256=file_sha256(resume.path),
        resume_version=details.resume_version, posting_path=_absolute(posting.path), posting_text=posting.text,
        report=report_dict(report, suggestions), checked_at=utc_now(),
    )
    with open_history(db_path) as db:
        return add_application(db, new)
