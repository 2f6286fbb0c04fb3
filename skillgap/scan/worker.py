"""Read, section and extract one posting file into a small record, in this process or a worker.

Each worker process builds the pipeline once, in its initializer; a task is one file
path and its result is a small dict (the record the cache stores, or why the file cannot
be read), so nothing large crosses a process boundary and nothing spaCy-made leaves it.

`--jobs N` means N processes analyse files: the main process and N - 1 workers (see
`Dispatcher`). On Linux the workers fork from the main process after it has built the
pipeline, so a worker starts in milliseconds and shares the compiled taxonomy's pages;
elsewhere workers are spawned and build their own pipeline (about 1.5 s each), which is
why the default is capped at one process per `FILES_PER_WORKER` files to analyse.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import logging
import multiprocessing
import os
import re
import signal
import sys
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from skillgap.errors import SkillgapError
from skillgap.ingest.limits import Limits
from skillgap.scan.deadline import Deadline, FileTimeout
from skillgap.types import Analysis

log = logging.getLogger(__name__)

FILES_PER_WORKER = 50  # fewer files to analyse than this per process: fewer processes
MAX_TERMS = 5  # wordings kept per skill per posting
MAX_TITLE = 100
HASH_CHUNK = 1 << 20
TRIM_EVERY = 50  # files analysed between two malloc_trim calls (see release_memory_now_and_then)

Outcome = dict[str, Any]  # {"sha": str, "record": dict} or {"sha": str, "error": {"problem", "hint"}}
_WORD = re.compile(r"\w+")


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def default_jobs(files_to_analyse: int) -> int:
    """The number of cores, but no more than one process per FILES_PER_WORKER files."""
    return max(1, min(available_cores(), files_to_analyse // FILES_PER_WORKER))


def file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def text_key(text: str) -> str:
    """Identity of a posting's wording: the same ad saved twice, whatever the spacing or case."""
    return hashlib.sha256(" ".join(_WORD.findall(text.lower())).encode()).hexdigest()[:32]


def posting_record(posting: Analysis) -> dict[str, Any]:
    """What the scan needs from one posting, small enough to cache and to pickle.

    `skills` holds one entry per skill the posting asks for, as `requirements.posting_skills`
    sees it: [skill_id, "required" | "preferred", [[wording, count], ...], [line, ...]].
    """
    from skillgap.ingest.sections import looks_like_resume
    from skillgap.requirements import posting_skills

    document = posting.document
    wanted = posting_skills(posting)
    skills = []
    for skill_id in sorted(wanted):
        item = wanted[skill_id]
        terms = sorted(item.terms.items(), key=lambda pair: (-pair[1], pair[0]))[:MAX_TERMS]
        skills.append([skill_id, item.importance.value, [list(t) for t in terms], sorted(item.lines)])
    title = next((line.strip() for line in document.text.splitlines() if line.strip()), "")
    return {
        "text": text_key(document.text),
        "words": len(document.text.split()),
        "title": title[:MAX_TITLE],
        "format": document.format,
        "skills": skills,
        "resume": looks_like_resume(document),  # a résumé saved among the postings: left out
    }


def analyse_file(path: str, limits: Limits, extractor: Callable[[], Any], seconds: float | None = None) -> Outcome:
    """The record for one file, or why it cannot be read; never raises for a bad file.

    Failures are outcomes like any other, {"sha", "error": {"problem", "hint"}}: they
    depend only on the bytes, the code and the limits, all part of the cache key, so a
    broken file is not re-read on every scan. The exception is a file that ran out of
    time (`seconds`, see deadline.py): that depends on the machine's load, so the outcome
    is marked `"retry": True` and not cached. The path is added when it is reported.
    """
    from skillgap.ingest import read_document
    from skillgap.pipeline import analyze_document

    sha = ""
    deadline = Deadline(seconds)
    try:
        try:
            sha = file_sha256(path)  # hashed here too: the key matches the bytes analysed
        except OSError:
            pass  # read_document names the problem
        with deadline.running():
            document = read_document(path, limits=limits)
        pipeline = extractor()  # built once per process, on its first file: not this file's time
        with deadline.running():
            record = posting_record(analyze_document(document, "posting", pipeline))
        return {"sha": sha, "record": record}
    except FileTimeout as exc:
        return {"sha": sha, "error": {"problem": exc.problem, "hint": exc.hint}, "retry": True}
    except SkillgapError as exc:
        return {"sha": sha, "error": {"problem": exc.problem, "hint": exc.hint}}
    except Exception as exc:  # a reader bug must not end a scan of a thousand files
        log.debug("reading %s failed", path, exc_info=True)
        return {"sha": sha, "error": {"problem": f"could not be read ({type(exc).__name__}: {str(exc)[:200]})",
                                      "hint": "this is a bug in skillgap, please report it"}}


def error_line(path: str, error: dict[str, str]) -> str:
    """The one line a failure is reported with, as `SkillgapError.one_line` writes it."""
    hint = error.get("hint") or ""
    return f"{path}: {error.get('problem', 'could not be read')}" + (f" ({hint})" if hint else "")


# -- running analyse_file: in this process and in workers -------------------------------

def finished(outcome: Outcome) -> Future:
    """An outcome computed here, in the shape of one a worker will deliver."""
    future: Future = Future()
    future.set_result(outcome)
    return future


_STATE: dict[str, Any] = {}


def _init_worker(taxonomy: tuple[str, ...], limits: Limits, seconds: float | None, log_level: int) -> None:
    # Ctrl-C reaches the whole process group: the main process alone decides what to do.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.getLogger().setLevel(log_level)
    from skillgap.pipeline import get_extractor

    _STATE["limits"] = limits
    _STATE["seconds"] = seconds
    _STATE["extractor"] = get_extractor(taxonomy)  # inherited, already built, when forked


def _work(path: str) -> Outcome:
    outcome = analyse_file(path, _STATE["limits"], lambda: _STATE["extractor"], _STATE["seconds"])
    release_memory_now_and_then()
    return outcome


_ANALYSED = itertools.count(1)  # files analysed by this process


def release_memory_now_and_then() -> None:
    """Every TRIM_EVERY files, hand the C heap's free pages back to the system.

    lxml (DOCX) and the other C libraries free their buffers to glibc's heap, which keeps
    them: after a few hundred DOCX files a process holds some 30 MB it does not use.
    `malloc_trim` returns them in a millisecond or two. Elsewhere than glibc: nothing.
    """
    if next(_ANALYSED) % TRIM_EVERY == 0 and _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # musl and others have no malloc_trim
        return None


_MALLOC_TRIM = _malloc_trim()


class Dispatcher:
    """Analyses files with `jobs` processes: this one and `jobs - 1` workers.

    The main process builds the pipeline anyway (it reads the résumé, and on Linux the
    workers fork from it to share the pipeline's memory), so it analyses files too
    instead of waiting: a file goes to a worker while each worker has fewer than
    `QUEUE_PER_WORKER` files waiting, and is analysed here otherwise. One copy of the
    pipeline fewer than a pool of `jobs` workers, for the same throughput.
    """

    QUEUE_PER_WORKER = 2

    def __init__(self, jobs: int, taxonomy: tuple[str, ...], limits: Limits, extractor: Callable[[], Any],
                 seconds: float | None = None) -> None:
        self.jobs, self.limits, self.extractor, self.seconds = jobs, limits, extractor, seconds
        self._queued: deque[Future] = deque()
        self._pool: ProcessPoolExecutor | None = None
        self._frozen = False
        if jobs > 1:
            context = None
            if sys.platform.startswith("linux"):
                # fork shares the pipeline this process built (see the module docstring).
                # This process runs no threads, and the children never touch its SQLite
                # connection (they leave through os._exit, so it is not even closed there).
                context = multiprocessing.get_context("fork")
                extractor()
                gc.freeze()  # the collector in a child would otherwise copy every shared page it visits
                self._frozen = True
            self._pool = ProcessPoolExecutor(
                max_workers=jobs - 1, mp_context=context, initializer=_init_worker,
                initargs=(taxonomy, limits, seconds, logging.getLogger().level),
            )

    def submit(self, path: str) -> Future:
        while self._queued and self._queued[0].done():
            self._queued.popleft()
        if self._pool is not None and len(self._queued) < self.QUEUE_PER_WORKER * (self.jobs - 1):
            future = self._pool.submit(_work, path)
            self._queued.append(future)
            return future
        outcome = analyse_file(path, self.limits, self.extractor, self.seconds)
        release_memory_now_and_then()
        return finished(outcome)

    def close(self, *, cancel: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=cancel)
            self._pool = None
        if self._frozen:
            gc.unfreeze()
            self._frozen = False
