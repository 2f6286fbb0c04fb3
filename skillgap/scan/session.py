"""One scan from start to report: the state the steps of run.py share."""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from skillgap.errors import InputError
from skillgap.outcome import ItemOutcome
from skillgap.scan.aggregate import Aggregator, ResumeJudge
from skillgap.scan.cache import ScanCache, default_cache_path
from skillgap.scan.datasets import DatasetColumns, Row, iter_rows
from skillgap.scan.engines import FileDispatcher, RowEngine, row_engine
from skillgap.scan.fingerprint import pipeline_fingerprint, taxonomy_name
from skillgap.scan.inputs import check_folder, list_posting_files, size_ok
from skillgap.scan.listener import ScanListener
from skillgap.scan.model import ScanReport, ScanStats
from skillgap.scan.names import LazyPipeline, SkillNames
from skillgap.scan.rows_out import RowsOut
from skillgap.scan.run import ScanOptions, row_name, with_row_fields
from skillgap.scan.schedule import ChunkScheduler, FolderScheduler
from skillgap.scan.worker import RowTask, available_cores, default_jobs, file_sha256


class ScanSession:
    """Reads the résumé (a bad one fails before any work), opens the cache and the
    `--rows-out` file, runs one of `scan_folder` / `scan_dataset`, then builds the report."""

    def __init__(self, source: Path, resume: str | Path | None, settings: ScanOptions, listener: ScanListener,
                 dataset: bool) -> None:
        self.started = time.perf_counter()
        self.source, self.resume, self.settings, self.listener = source, resume, settings, listener
        resume_document = None
        if resume is not None:
            from skillgap.ingest import read_document

            resume_document = read_document(resume, limits=settings.limits)
        self.fingerprint = pipeline_fingerprint(settings.taxonomy, settings.limits)
        self.pipeline = LazyPipeline(settings.taxonomy)
        judge = None
        if resume_document is not None:
            from skillgap.pipeline import analyze_document

            judge = ResumeJudge(analyze_document(resume_document, "resume", self.pipeline()),
                                self.pipeline().taxonomy)
        self.cache = ScanCache(Path(settings.cache_path) if settings.cache_path else default_cache_path(),
                               notify=listener.notice) if settings.use_cache else None
        self.names = SkillNames(self.cache, self.fingerprint, self.pipeline)
        self.aggregator = Aggregator(str(source), examples=settings.examples, judge=judge, names=self.names,
                                     dataset=dataset)
        self.rows_out: RowsOut | None = None
        if settings.rows_out is not None:
            self.rows_out = RowsOut(Path(settings.rows_out), [source, *([Path(resume)] if resume else [])])
        self.runner: FileDispatcher | RowEngine | None = None
        self.items = self.hits = self.analysed = 0
        self.jobs, self.engine = 1, "local"

    # -- a folder of posting files ------------------------------------------------------

    def scan_folder(self, exclude: Iterable[str | Path]) -> None:
        folder = check_folder(self.source)
        files = list_posting_files(folder, [*exclude, *([self.resume] if self.resume else [])], self.listener)
        if not files:
            raise InputError("no postings found in this folder", path=str(self.source),
                             hint="save postings as PDF, DOCX, HTML, TXT or Markdown files in it "
                                  "(subfolders are read too); for a CSV, JSONL or Parquet dataset add --text-column")
        plan = [(path, self._hash(path)) for path in files]
        cache = self.cache
        misses = sum(1 for _path, sha in plan if sha and not (cache is not None and cache.has(sha, self.fingerprint)))
        self.jobs = max(1, min(self.settings.jobs or default_jobs(misses), misses)) if misses else 1
        # With one job nothing is built until a file needs it: not for a fully cached scan,
        # nor for a file that fails before extraction (empty, too big, broken).
        self.runner = dispatcher = FileDispatcher(self.jobs, self.settings.taxonomy, self.settings.limits,
                                                  self.pipeline, self.settings.max_seconds)
        scheduler = FolderScheduler(dispatcher, self.cache, self.fingerprint, self._take_file)
        self.listener.start(len(plan))
        scheduler.run(plan)
        self.listener.finish()
        dispatcher.close()
        self.items, self.hits, self.analysed = len(plan), scheduler.hits, scheduler.analysed

    def _hash(self, path: str) -> str:
        """The content hash; "" when the file is empty, too big or unreadable (the reader says why)."""
        try:
            return file_sha256(path) if size_ok(path, self.settings.limits) else ""
        except OSError:
            return ""

    def _take_file(self, path: str, outcome: ItemOutcome) -> None:
        name = self.aggregator.relative(path)
        problem = self.aggregator.take(name, outcome)
        if problem is not None:
            self.listener.problem(problem)
        elif self.rows_out is not None:
            self.rows_out.add(name, outcome.payload)
        self.listener.advance(path)

    # -- a dataset ----------------------------------------------------------------------

    def scan_dataset(self, columns: DatasetColumns) -> None:
        settings = self.settings
        self.engine = settings.engine
        self.runner = engine = row_engine(settings.engine, settings.jobs or available_cores(), self.pipeline,
                                          settings.scheduler)
        self.jobs = engine.jobs
        scheduler = ChunkScheduler(engine, self.cache, self.fingerprint, self._row_task, self._take_row,
                                   lambda count: self.listener.advance("", count))
        self.listener.start(None)
        scheduler.run(iter_rows(self.source, columns), settings.chunk_size)
        self.listener.finish()
        self.items, self.hits, self.analysed = scheduler.rows, scheduler.hits, scheduler.analysed
        if not self.items:
            raise InputError("the dataset holds no rows", path=str(self.source), hint="check the file")

    def _row_task(self, index: int, rows: tuple[tuple[str, str], ...]) -> RowTask:
        return RowTask(index, rows, self.settings.taxonomy, self.settings.limits, self.fingerprint)

    def _take_row(self, row: Row | None, outcome: ItemOutcome) -> None:
        if row is not None:
            outcome = with_row_fields(row, outcome)
        name = row_name(row, outcome)
        problem = self.aggregator.take(name, outcome, row.month if row is not None else "")
        if problem is not None:
            self.listener.problem(problem)
        elif self.rows_out is not None:
            self.rows_out.add(name, outcome.payload)

    # -- the end --------------------------------------------------------------------------

    def report(self) -> ScanReport:
        settings = self.settings
        report = self.aggregator.report(
            names=self.names, taxonomy=taxonomy_name(settings.taxonomy),
            resume=str(self.resume) if self.resume else None, files=self.items,
            top=settings.top, min_share=settings.min_share, stats=self._stats(),
        )
        if self.rows_out is not None:
            self.rows_out.commit()
            self.rows_out = None
        if self.cache is not None:
            self.cache.remember_pipeline(self.fingerprint, self.names.table_to_store())
            self.cache.prune()
        return report

    def _stats(self) -> ScanStats:
        cache = self.cache
        return ScanStats(
            files=self.items, cache_hits=self.hits, analysed=self.analysed, jobs=self.jobs, engine=self.engine,
            seconds=round(time.perf_counter() - self.started, 3), words=self.aggregator.words,
            cache=str(cache.path) if cache is not None and cache.enabled else "",
            cache_rebuilt=bool(cache is not None and cache.rebuilt),
        )

    def close(self) -> None:
        """Stop the workers, drop an unfinished --rows-out file, close the cache."""
        runner: Any = self.runner
        try:
            if isinstance(runner, FileDispatcher):
                runner.close(cancel=True)
            elif runner is not None:
                runner.close()
        finally:
            if self.rows_out is not None:
                self.rows_out.discard()
            if self.cache is not None:
                self.cache.close()
