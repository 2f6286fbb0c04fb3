"""`skillgap scan`: which skills a folder of saved postings keeps asking for.

    scan(folder, resume=None, ...) -> ScanReport

1. List the folder's supported files (recursively, symlinks not followed), hash each
   one and look it up in the cache (cache.py), keyed by (content hash, fingerprint.py).
2. Analyse the misses (worker.py): in this process, and with `jobs` > 1 in `jobs - 1`
   worker processes too, each building the pipeline once. Outcomes are consumed in path
   order through a bounded window, so the report does not depend on the number of
   processes and memory does not grow with the number of files.
3. Count each record as it arrives (aggregate.py) and build the report; with a résumé,
   judge it against every skill and score it against every posting the way
   `skillgap check` does.

Rendering is render.py's; the CLI (cli/scan.py) only parses options and prints.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Iterable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from skillgap.errors import InputError
from skillgap.ingest.limits import DEFAULT_LIMITS, Limits
from skillgap.scan.model import (
    Duplicate,
    Example,
    FileProblem,
    PostingScore,
    ResumeStatus,
    ScanReport,
    ScanStats,
    SkillDemand,
)
from skillgap.types import SkillKind, SkillRef

__all__ = [
    "Duplicate", "Example", "FileProblem", "PostingScore", "ResumeStatus", "ScanListener", "ScanReport",
    "ScanStats", "SkillDemand", "scan",
]

log = logging.getLogger(__name__)

WINDOW_PER_PROCESS = 16  # outcomes held at most per process while an earlier file is still read


class ScanListener:
    """What a scan tells its caller while it runs; the default only logs. The CLI draws a
    progress bar and prints problems on stderr."""

    def start(self, total: int) -> None:
        pass

    def advance(self, path: str) -> None:
        pass

    def problem(self, problem: FileProblem) -> None:
        log.warning("%s", problem.message)

    def notice(self, message: str) -> None:
        log.warning("%s", message)

    def finish(self) -> None:
        pass


def scan(
    postings_dir: str | Path,
    resume: str | Path | None = None,
    *,
    taxonomy: Iterable[str] = (),
    jobs: int | None = None,
    use_cache: bool = True,
    cache_path: str | Path | None = None,
    limits: Limits = DEFAULT_LIMITS,
    max_seconds: float | None = None,
    top: int | None = None,
    min_share: float = 0.0,
    examples: int = 3,
    exclude: Iterable[str | Path] = (),
    listener: ScanListener | None = None,
) -> ScanReport:
    """Scan every posting under `postings_dir`; see the module docstring for the steps.

    `jobs=None` picks the number of cores (capped by the files to analyse, see
    worker.default_jobs). `exclude` names files to leave out (the résumé and the output
    file, when they sit inside the folder). `max_seconds` bounds the time one file may
    take (None: no bound; see deadline.py). Unreadable postings are reported in
    `ScanReport.failures`; a bad folder, résumé or taxonomy raises `SkillgapError`.
    """
    from skillgap.scan.aggregate import Aggregator, ResumeJudge, valid_outcome
    from skillgap.scan.cache import ScanCache, default_cache_path
    from skillgap.scan.fingerprint import pipeline_fingerprint, taxonomy_name
    from skillgap.scan.worker import Dispatcher, default_jobs, error_line, file_sha256

    started = time.perf_counter()
    listener = listener or ScanListener()
    folder = _check_folder(Path(postings_dir))
    resume_document = None
    if resume is not None:  # a bad résumé fails before any work on the folder
        from skillgap.ingest import read_document

        resume_document = read_document(resume, limits=limits)
    taxonomy = tuple(str(t) for t in taxonomy)
    fingerprint = pipeline_fingerprint(taxonomy, limits)
    files = _list_files(folder, [*exclude, *([resume] if resume else [])], listener)
    if not files:
        raise InputError("no postings found in this folder", path=str(postings_dir),
                         hint="save postings as PDF, DOCX, HTML, TXT or Markdown files in it (subfolders are read too)")

    extractor = None

    def pipeline():
        nonlocal extractor
        if extractor is None:
            from skillgap.pipeline import get_extractor

            extractor = get_extractor(taxonomy)
        return extractor

    judge = None
    if resume_document is not None:
        from skillgap.pipeline import analyze_document

        resume_analysis = analyze_document(resume_document, "resume", pipeline())
        judge = ResumeJudge(resume_analysis, pipeline().taxonomy)

    cache = ScanCache(Path(cache_path) if cache_path else default_cache_path(), notify=listener.notice) \
        if use_cache else None
    runner = None
    hits = analysed = 0
    try:
        # 1. hash every file and see what the cache already holds
        plan: list[tuple[str, str]] = []  # (path, content hash; "" when empty, too big or unreadable)
        misses = 0
        for path in files:
            try:
                sha = file_sha256(path) if _size_ok(path, limits) else ""
            except OSError:
                sha = ""
            plan.append((path, sha))
            if sha and not (cache is not None and cache.has(sha, fingerprint)):
                misses += 1
        jobs_used = max(1, min(jobs or default_jobs(misses), misses)) if misses else 1
        # With one job nothing is built until a file needs it: not for a fully cached scan,
        # nor for a file that fails before extraction (empty, too big, broken).
        runner = Dispatcher(jobs_used, taxonomy, limits, pipeline, max_seconds)

        # 2. analyse the misses and count every outcome, in path order
        names = _SkillNames(cache, fingerprint, pipeline, extractor_built=lambda: extractor is not None)
        aggregator = Aggregator(str(folder), examples=examples, judge=judge, names=names)
        listener.start(len(plan))
        window = WINDOW_PER_PROCESS * runner.jobs
        pending: deque[tuple[str, Any]] = deque()  # (path, outcome dict or Future of one)

        def take(path: str, outcome: dict[str, Any]) -> None:
            if "error" in outcome:
                listener.problem(aggregator.fail(path, error_line(path, outcome["error"])))
            else:
                aggregator.add(path, outcome["record"])
            listener.advance(path)

        def drain(*, wait: bool) -> None:
            """Take finished outcomes from the front; with `wait`, wait until the window has room."""
            nonlocal analysed
            while pending:
                path, item = pending[0]
                if isinstance(item, Future):
                    if not wait and not item.done():
                        return
                    try:
                        outcome = item.result()
                    except BrokenProcessPool as exc:
                        raise InputError(
                            "a worker process stopped while reading this file (out of memory?)", path=path,
                            hint="run the scan again: the files already read are cached; --jobs 1 runs "
                                 "everything in one process",
                        ) from exc
                    analysed += 1
                    if cache is not None and outcome["sha"] and not outcome.get("retry"):
                        cache.put(outcome["sha"], fingerprint,
                                  {k: outcome[k] for k in ("record", "error") if k in outcome})
                    item = outcome
                pending.popleft()
                take(path, item)
                if wait and len(pending) < window:
                    return

        for path, sha in plan:
            cached = cache.get(sha, fingerprint) if (sha and cache is not None) else None
            if cached is not None and valid_outcome(cached):
                hits += 1
                pending.append((path, cached))
            else:
                pending.append((path, runner.submit(path)))
            drain(wait=False)
            while len(pending) >= window:
                drain(wait=True)
        while pending:
            drain(wait=True)
        listener.finish()
        runner.close()

        report = aggregator.report(
            names=names, taxonomy=taxonomy_name(taxonomy), resume=str(resume) if resume else None,
            files=len(plan), top=top, min_share=min_share,
            stats=ScanStats(
                files=len(plan), cache_hits=hits, analysed=analysed, jobs=jobs_used,
                seconds=round(time.perf_counter() - started, 3), words=aggregator.words,
                cache=str(cache.path) if cache is not None and cache.enabled else "",
                cache_rebuilt=bool(cache is not None and cache.rebuilt),
            ),
        )
        if cache is not None:
            cache.remember_pipeline(fingerprint, names.table_to_store())
            cache.prune()
        return report
    finally:
        if runner is not None:
            runner.close(cancel=True)
        if cache is not None:
            cache.close()


def _check_folder(folder: Path) -> Path:
    if not folder.exists():
        raise InputError("folder not found", path=str(folder), hint="check the path and spelling")
    if not folder.is_dir():
        raise InputError("is a file, expected a folder of postings", path=str(folder),
                         hint="give the folder that holds the saved postings (use `skillgap check` for one posting)")
    return folder


# Postings are PDF, DOCX, HTML, text or Markdown: a .json file in the folder is not a
# JSON Resume posting, nor a .tex file a posting's source.
POSTING_SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".markdown")


def _list_files(folder: Path, exclude: list[str | Path], listener: ScanListener) -> list[str]:
    from skillgap.ingest.walk import iter_input_files

    skip = set()
    for path in exclude:
        try:
            skip.add(Path(path).resolve())
        except OSError:
            continue
    files = []
    for path in iter_input_files([folder], suffixes=POSTING_SUFFIXES):
        if skip and path.resolve() in skip:
            listener.notice(f"left out {path}: it is the résumé or the output file, not a posting")
            continue
        files.append(str(path))
    return files


def _size_ok(path: str, limits: Limits) -> bool:
    """Hash only what the reader would accept; anything else goes straight to it to fail."""
    import os

    size = os.stat(path).st_size
    return 0 < size <= limits.max_bytes


class _SkillNames:
    """Skill id -> SkillRef, from the pipeline's taxonomy when it is built, else from the
    table the cache keeps per fingerprint (so a fully cached scan never builds spaCy)."""

    def __init__(self, cache, fingerprint: str, pipeline, extractor_built) -> None:
        self.cache, self.fingerprint = cache, fingerprint
        self.pipeline, self.extractor_built = pipeline, extractor_built
        self._table: dict[str, list[Any]] | None = None
        self._stored = False

    def __call__(self, skill_id: str) -> SkillRef:
        if self.extractor_built():
            return self.pipeline().taxonomy.skills[skill_id].ref
        if self._table is None and self.cache is not None:
            self._table = self.cache.skills_for(self.fingerprint)
            self._stored = self._table is not None
        entry = (self._table or {}).get(skill_id)
        if entry is None:
            return self.pipeline().taxonomy.skills[skill_id].ref
        name, kind, esco = entry
        return SkillRef(skill_id, name, SkillKind(kind), tuple(esco))

    def table_to_store(self) -> dict[str, list[Any]] | None:
        """The names table when the cache lacks it for this fingerprint (else None)."""
        if self._stored or not self.extractor_built():
            return None
        if self.cache is not None and self.cache.skills_for(self.fingerprint) is not None:
            return None
        return {sid: [s.name, s.kind.value, list(s.esco)]
                for sid, s in self.pipeline().taxonomy.skills.items()}
