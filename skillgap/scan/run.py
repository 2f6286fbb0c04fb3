"""`scan(path, ...) -> ScanReport`: a folder of posting files, or a dataset of postings.

1. A folder: list its supported files (recursively, symlinks not followed), hash each
   one and look it up in the cache (cache.py), keyed by (content hash, fingerprint.py);
   analyse the misses with `--jobs` local processes (engines.FileDispatcher).
   A dataset (`DatasetColumns` given): stream its rows (datasets.py) in chunks, look each
   row up in the cache by its text's hash, and analyse the misses on an engine: local
   processes or a Dask cluster (engines.py).
2. Outcomes come back in input order whatever ran where (schedule.py), and are counted
   as they arrive (aggregate.py); with a résumé, it is judged against every skill and
   scored against every posting the way `skillgap check` does.

Rendering is skillgap/render/'s (scan_*.py); the CLI (cli/scan.py) parses options and prints.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from skillgap.errors import ConfigError
from skillgap.ingest.limits import DEFAULT_LIMITS, Limits
from skillgap.outcome import ItemOutcome
from skillgap.scan.datasets import DatasetColumns, Row, dataset_files
from skillgap.scan.listener import ScanListener
from skillgap.scan.model import ScanReport
from skillgap.scan.worker import MAX_TITLE

DEFAULT_CHUNK_SIZE = 64  # dataset rows per task: a few tenths of a second of work


@dataclass(frozen=True)
class ScanOptions:
    taxonomy: tuple[str, ...] = ()
    jobs: int | None = None
    use_cache: bool = True
    cache_path: str | Path | None = None
    limits: Limits = DEFAULT_LIMITS
    max_seconds: float | None = None
    top: int | None = None
    min_share: float = 0.0
    examples: int = 3
    engine: str = "local"
    scheduler: str | None = None
    chunk_size: int = DEFAULT_CHUNK_SIZE
    rows_out: Path | None = None


def scan(
    path: str | Path,
    resume: str | Path | None = None,
    *,
    dataset: DatasetColumns | None = None,
    exclude: Iterable[str | Path] = (),
    listener: ScanListener | None = None,
    **options: object,
) -> ScanReport:
    """Scan every posting under `path`; see the module docstring for the steps.

    `options` are `ScanOptions`' fields. `jobs=None` picks the number of cores (capped by
    the files to analyse for a folder, see worker.default_jobs). `exclude` names files to
    leave out of a folder (the résumé and the output file, when they sit inside it).
    `max_seconds` bounds the time one file may take (folders, local engine; see deadline.py).
    Unreadable postings are reported in `ScanReport.failures`, skipped dataset rows in
    `skipped`, items skillgap failed on in `internal_errors`; a bad folder, dataset,
    résumé, taxonomy or option raises `SkillgapError`.
    """
    from skillgap.scan.session import ScanSession

    settings = ScanOptions(**options)  # type: ignore[arg-type]
    if settings.taxonomy:
        settings = ScanOptions(**{**settings.__dict__, "taxonomy": tuple(str(t) for t in settings.taxonomy)})
    if settings.chunk_size < 1:
        raise ConfigError("--chunk-size must be at least 1")
    source = Path(path)
    if dataset is None:
        if settings.engine != "local":
            raise ConfigError(f"--engine {settings.engine} reads datasets: add --text-column",
                              hint="a folder of posting files is scanned with the local engine (the default)")
    else:
        dataset_files(source)  # a missing or unsupported dataset fails before any work
    session = ScanSession(source, resume, settings, listener or ScanListener(), dataset is not None)
    try:
        if dataset is None:
            session.scan_folder(exclude)
        else:
            session.scan_dataset(dataset)
        return session.report()
    finally:
        session.close()


def row_name(row: Row | None, outcome: ItemOutcome) -> str:
    """A dataset posting's name in the report: its id; a skipped row's label."""
    return row.id if row is not None and outcome.is_ok else outcome.item


def with_row_fields(row: Row, outcome: ItemOutcome) -> ItemOutcome:
    """The record as the row's columns complete it: the title column beats the first line."""
    if not outcome.is_ok or not row.title:
        return outcome
    return ItemOutcome.ok(outcome.item, {**outcome.payload, "title": row.title[:MAX_TITLE]}, key=outcome.key)


