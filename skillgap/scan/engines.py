"""Where the analysis runs: processes on this machine (`--engine local`) or a Dask cluster.

- `FileDispatcher` (folders, local): this process and `jobs - 1` forked workers, one file per
  task (see its docstring).
- `LocalRowEngine` (datasets, local): a pool of `jobs` forked workers (none with one job:
  everything in this process), one chunk of rows per task.
- `DaskRowEngine` (datasets, `--engine dask`): `dask.distributed`, on an existing cluster
  (`--scheduler ADDRESS`) or a `LocalCluster` of `jobs` single-threaded worker processes
  that listens on the loopback interface only, dashboard off. Each worker builds the
  pipeline on its first chunk and keeps it (`worker.worker_pipeline`).

A row engine takes `RowTask`s and hands back `(chunk index, outcomes)` as chunks complete,
in any order: `schedule.ChunkScheduler` restores the dataset's order. A worker process that
dies has its chunks run again, at most `RETRIES` times (Dask: `client.submit(retries=...)`
and the scheduler's own rescheduling of a lost worker's tasks; local: a new pool).
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import sys
import uuid
from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

from skillgap.errors import ConfigError, InputError
from skillgap.ingest.limits import Limits
from skillgap.outcome import ItemOutcome
from skillgap.scan.worker import (
    RowTask,
    analyse_file,
    analyse_rows,
    file_task,
    init_file_worker,
    release_memory_now_and_then,
    row_task,
)

log = logging.getLogger(__name__)

ENGINES = ("local", "dask")
RETRIES = 2  # times a chunk is run again after its worker died
SCALE_HINT = "install the optional extra: pip install 'skillgap[scale]'"


def finished(outcome: ItemOutcome) -> Future:
    """An outcome computed here, in the shape of one a worker will deliver."""
    future: Future = Future()
    future.set_result(outcome)
    return future


def _fork_context(extractor: Callable[[], Any]) -> Any:
    """On Linux, fork after building the pipeline so that workers share its pages."""
    if not sys.platform.startswith("linux"):
        return None
    # This process runs no threads, and the children never touch its SQLite connection
    # (they leave through os._exit, so it is not even closed there).
    extractor().index_for_many_documents()  # the workers share it
    from skillgap.language.verbs import load_table  # with the pipeline: the package is loaded

    load_table()  # the verb table a posting's record reads (requirements._duty_line): shared too
    from skillgap.ingest.folded import read_needed_strings

    read_needed_strings()  # and what its patterns of wordings need (ingest/needed_text.py)
    gc.freeze()  # the collector in a child would otherwise copy every shared page it visits
    return multiprocessing.get_context("fork")


class FileDispatcher:
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
            context = _fork_context(extractor)
            self._frozen = context is not None
            self._pool = ProcessPoolExecutor(
                max_workers=jobs - 1, mp_context=context, initializer=init_file_worker,
                initargs=(taxonomy, limits, seconds, logging.getLogger().level),
            )

    def submit(self, path: str) -> Future:
        while self._queued and self._queued[0].done():
            self._queued.popleft()
        if self._pool is not None and len(self._queued) < self.QUEUE_PER_WORKER * (self.jobs - 1):
            future = self._pool.submit(file_task, path)
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


class RowEngine(Protocol):
    name: str
    jobs: int

    def submit(self, task: RowTask) -> None: ...

    def next_done(self) -> tuple[int, list[ItemOutcome]]: ...

    def close(self) -> None: ...


class LocalRowEngine:
    """Chunks of rows on this machine: in this process (one job) or a pool of `jobs` workers."""

    name = "local"

    def __init__(self, jobs: int, extractor: Callable[[], Any]) -> None:
        self.jobs = jobs
        self._done: deque[tuple[int, list[ItemOutcome]]] = deque()
        self._running: dict[Future, RowTask] = {}
        self._attempts: Counter[int] = Counter()
        self._pool: ProcessPoolExecutor | None = None
        self._context: Any = None
        self._frozen = False
        if jobs > 1:
            self._context = _fork_context(extractor)
            self._frozen = self._context is not None
            self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=self._context)

    def submit(self, task: RowTask) -> None:
        if self._pool is None:
            self._done.append((task.index, analyse_rows(task)))
        else:
            self._running[self._pool.submit(row_task, task)] = task

    def next_done(self) -> tuple[int, list[ItemOutcome]]:
        while not self._done:
            done, _ = wait(list(self._running), return_when=FIRST_COMPLETED)
            for future in sorted(done, key=lambda f: self._running[f].index):
                task = self._running.pop(future)
                try:
                    self._done.append((task.index, future.result()))
                except BrokenProcessPool:
                    self._restart(task)
                    break
        return self._done.popleft()

    def _restart(self, lost: RowTask) -> None:
        """A worker died: keep what finished, start a new pool, run the rest again."""
        tasks = [lost]
        for future, task in list(self._running.items()):
            if future.done() and future.exception() is None:
                self._done.append((task.index, future.result()))
            else:
                tasks.append(task)
        self._running.clear()
        for task in tasks:
            self._attempts[task.index] += 1
        if self._attempts[lost.index] > RETRIES:
            raise InputError(
                f"a worker process stopped {RETRIES + 1} times while analysing rows {lost.rows[0][0]} "
                f"to {lost.rows[-1][0]} (out of memory?)",
                hint="run again with fewer --jobs or a smaller --chunk-size")
        log.warning("a worker process stopped; running %d chunk(s) again", len(tasks))
        assert self._pool is not None
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = self._new_pool()
        for task in tasks:
            self.submit(task)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        if self._frozen:
            gc.unfreeze()
            self._frozen = False


class DaskRowEngine:
    """Chunks of rows on a `dask.distributed` cluster (see the module docstring)."""

    name = "dask"

    def __init__(self, jobs: int, scheduler: str | None = None) -> None:
        try:
            from distributed import Client, as_completed
        except ImportError as exc:
            raise ConfigError("--engine dask needs dask.distributed, which is not installed",
                              hint=SCALE_HINT) from exc
        self._cluster: Any = None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout="20s", set_as_default=False)
            else:
                self._cluster = local_cluster(jobs)
                self._client = Client(self._cluster, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            if self._cluster is not None:
                self._cluster.close()
            raise InputError(f"cannot reach the Dask scheduler ({exc})", path=scheduler or "LocalCluster",
                             hint="start one with `dask scheduler` and `dask worker ADDRESS`, or leave out "
                                  "--scheduler for a cluster on this machine") from exc
        self.jobs = max(1, len(self._client.scheduler_info().get("workers", {})))
        self._completed = as_completed(loop=self._client.loop, raise_errors=False)
        self._indexes: dict[str, int] = {}
        self._run = uuid.uuid4().hex[:12]

    def submit(self, task: RowTask) -> None:
        key = f"skillgap-rows-{self._run}-{task.index}"
        future = self._client.submit(row_task, task, key=key, retries=RETRIES, pure=False)
        self._indexes[future.key] = task.index
        self._completed.add(future)

    def next_done(self) -> tuple[int, list[ItemOutcome]]:
        future = next(self._completed)
        index = self._indexes.pop(future.key)
        try:
            result = future.result()
        except Exception as exc:
            from distributed import KilledWorker

            if isinstance(exc, KilledWorker):
                raise InputError(f"Dask workers died {RETRIES + 1} times while analysing chunk {index} "
                                 "(out of memory?)", hint="run again with a smaller --chunk-size") from exc
            raise
        finally:
            future.release()
        return index, result

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def local_cluster(workers: int) -> Any:
    """A Dask `LocalCluster` of single-threaded worker processes on the loopback interface only.

    The dashboard is off; the scheduler's small HTTP server (health checks), which Dask
    always starts, listens on 127.0.0.1 on a free port rather than 8787 (where another
    cluster on the machine would make Dask warn on stderr).

    The workers' statistical profiler is off: it keeps a call tree per second of work (up
    to 1,000), so a worker grew by some 50 MB over a long scan (bench/scan_dataset_bench.py
    --memory), and nobody reads it with the dashboard off.
    """
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.worker.profile.enabled": False}):  # read by each worker as it starts
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                            dashboard_address=None, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                            silence_logs=logging.ERROR)


def row_engine(name: str, jobs: int, extractor: Callable[[], Any], scheduler: str | None = None) -> RowEngine:
    if name == "dask":
        return DaskRowEngine(jobs, scheduler)
    if scheduler:
        raise ConfigError("--scheduler is for --engine dask", hint="add --engine dask, or leave out --scheduler")
    return LocalRowEngine(jobs, extractor)
