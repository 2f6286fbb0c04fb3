"""Read, section and extract one posting (a file, or a dataset row's text) into a small record.

This module runs in the scan's own process and in its workers (a local process pool or
Dask workers). A task is one file path (`file_task`) or a chunk of rows (`row_task`); its
result is an `ItemOutcome` per item holding the small record the cache stores, or why
the item cannot be read, so nothing large crosses a process boundary and nothing
spaCy-made leaves it. Each worker process builds the pipeline once: in the pool's
initializer for folders, on its first chunk for datasets (`worker_pipeline`, keyed by the
pipeline fingerprint). How the tasks are spread is engines.py's.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
import re
import signal
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from skillgap.errors import ConfigError, LimitExceeded
from skillgap.ingest.limits import Limits
from skillgap.outcome import ItemOutcome, attempt
from skillgap.scan.deadline import Deadline
from skillgap.types import Analysis

log = logging.getLogger(__name__)

FILES_PER_WORKER = 50  # fewer files to analyse than this per process: fewer processes
MAX_TERMS = 5  # wordings kept per skill per posting
MAX_TITLE = 100
HASH_CHUNK = 1 << 20
TRIM_EVERY = 50  # files analysed between two malloc_trim calls (see release_memory_now_and_then)

# text_key's words: the runs of \w. A character outside ASCII that is no word character
# becomes a space in the text, then an ASCII one in its UTF-8 bytes (bytes.translate, in C;
# a byte of a longer character is 0x80 or more and stays), and the bytes split on spaces
_NOT_ASCII_OR_WORD = re.compile(r"[^\x00-\x7f\w]+")
_ASCII_WORD_BYTES = bytes(b if b >= 0x80 or chr(b).isalnum() or b == 0x5F else 0x20 for b in range(256))


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
    r"""Identity of a posting's wording: the same ad saved twice, whatever the spacing or case.

    The hash of its lower-cased runs of \w joined by spaces (`tests/test_scan_worker.py`
    compares it with `" ".join(re.findall(r"\w+", text.lower()))`)."""
    lowered = text.lower()
    if not lowered.isascii():
        lowered = _NOT_ASCII_OR_WORD.sub(" ", lowered)
    return hashlib.sha256(b" ".join(lowered.encode().translate(_ASCII_WORD_BYTES).split())).hexdigest()[:32]


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


def analyse_file(path: str, limits: Limits, extractor: Callable[[], Any], seconds: float | None = None) -> ItemOutcome:
    """The record for one file, or why it cannot be read; never raises for a bad file.

    Failures are outcomes like any other: they depend only on the bytes, the code and the
    limits, all part of the cache key, so a broken file is not re-read on every scan. The
    exception is a file that ran out of time (`seconds`, see deadline.py): that depends on
    the machine's load, so the outcome is not cacheable. A bug in skillgap (an exception
    that is not a SkillgapError) is an internal error, never "your file is damaged".
    """
    from skillgap.ingest import read_document
    from skillgap.pipeline import analyze_document

    try:
        sha = file_sha256(path)  # hashed here too: the key matches the bytes analysed
    except OSError:
        sha = ""  # read_document names the problem
    deadline = Deadline(seconds)

    def record() -> dict[str, Any]:
        with deadline.running():
            document = read_document(path, limits=limits)
        pipeline = extractor()  # built once per process, on its first file: not this file's time
        with pipeline.bounded_memory(), deadline.running():  # the timer stops before the vocabulary is cleaned up
            return posting_record(analyze_document(document, "posting", pipeline))

    return attempt(path, record, key=sha)


def analyse_text(item: str, text: str, limits: Limits, extractor: Callable[[], Any]) -> ItemOutcome:
    """The record for one dataset row's text (`item` labels it: "postings.csv row 12")."""
    from skillgap.ingest import document_from_text
    from skillgap.pipeline import analyze_document

    def record() -> dict[str, Any]:
        if len(text) > limits.max_chars:
            raise LimitExceeded(f"text longer than the {limits.max_chars:,}-character limit",
                                hint="raise it with --max-chars")
        document = document_from_text(text, path=item)
        return posting_record(analyze_document(document, "posting", extractor()))

    return attempt(item, record, key=row_key(text))


def row_key(text: str) -> str:
    """The cache key of a dataset row: its text's content (the record depends on nothing else)."""
    return "row:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# -- tasks run in worker processes (a process pool here, or Dask workers) --------------

_STATE: dict[str, Any] = {}


def init_file_worker(taxonomy: tuple[str, ...], limits: Limits, seconds: float | None, log_level: int) -> None:
    """Initializer of the local pool's worker processes (scan of a folder)."""
    # Ctrl-C reaches the whole process group: the main process alone decides what to do.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.getLogger().setLevel(log_level)
    from skillgap.pipeline import get_extractor

    _STATE["limits"] = limits
    _STATE["seconds"] = seconds
    _STATE["extractor"] = get_extractor(taxonomy)  # inherited, already built, when forked


def file_task(path: str) -> ItemOutcome:
    outcome = analyse_file(path, _STATE["limits"], lambda: _STATE["extractor"], _STATE["seconds"])
    release_memory_now_and_then()
    return outcome


@dataclass(frozen=True)
class RowTask:
    """A chunk of dataset rows to analyse: (label, text) pairs, and what builds the pipeline."""

    index: int  # the chunk's place in the dataset
    rows: tuple[tuple[str, str], ...]
    taxonomy: tuple[str, ...]
    limits: Limits
    fingerprint: str  # the client's pipeline fingerprint: a worker must build the same pipeline


def analyse_rows(task: RowTask) -> list[ItemOutcome]:
    """Outcomes of a chunk's rows, in order (this process's pipeline, built once per fingerprint).

    The chunk runs in `Extractor.bounded_memory`, so a worker's memory stays flat however
    long the dataset: spaCy's vocabulary stops growing once it holds the frequent words.
    """
    extractor = worker_pipeline(task.taxonomy, task.limits, task.fingerprint)
    outcomes = []
    with extractor.bounded_memory():
        for label, text in task.rows:
            outcomes.append(analyse_text(label, text, task.limits, lambda: extractor))
            release_memory_now_and_then()
    return outcomes


def row_task(task: RowTask) -> list[ItemOutcome]:
    """`analyse_rows` as a worker process runs it (local pool or Dask worker)."""
    _crash_once_for_tests(task.index)
    return analyse_rows(task)


_PIPELINES: dict[str, Any] = {}  # fingerprint -> extractor, in this process


def worker_pipeline(taxonomy: tuple[str, ...], limits: Limits, fingerprint: str) -> Any:
    """The pipeline for `fingerprint`, built once per process (a Dask worker keeps it
    between tasks). A worker whose skillgap version or taxonomy files differ from the
    client's would count other skills: that is an error, not a silent difference."""
    extractor = _PIPELINES.get(fingerprint)
    if extractor is None:
        from skillgap.pipeline import get_extractor
        from skillgap.scan.fingerprint import pipeline_fingerprint

        mine = pipeline_fingerprint(taxonomy, limits)
        if mine != fingerprint:
            raise ConfigError(
                f"worker {socket.gethostname()} (pid {os.getpid()}) runs another skillgap version or taxonomy "
                "than this machine",
                hint="install the same skillgap version and the same --taxonomy files on every worker")
        extractor = _PIPELINES[fingerprint] = get_extractor(taxonomy)
        extractor.index_for_many_documents()  # a worker reads chunk after chunk (inherited when forked)
    return extractor


CRASH_ENV = "SKILLGAP_TEST_CRASH_CHUNK"  # tests only: "INDEX:MARKER_FILE"


def _crash_once_for_tests(index: int) -> None:
    """The test of retries (tests/test_scan_dask.py) kills the worker that runs chunk INDEX,
    once: the first attempt creates MARKER_FILE and ends its process with os._exit."""
    spec = os.environ.get(CRASH_ENV)
    if not spec:
        return
    wanted, _, marker = spec.partition(":")
    if wanted != str(index) or not marker:
        return
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        return
    os.close(fd)
    os._exit(70)


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
