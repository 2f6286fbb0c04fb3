"""Feeding the engines and handing their outcomes back in a fixed order.

The report must not depend on the engine, the number of workers or the chunk size, and
memory must not grow with the input. Both schedulers look each item up in the cache,
send the misses to an engine, and hand every outcome to `take` in input order (path
order for a folder, dataset order for rows) through a bounded window: duplicates, the
first examples of a skill and the order of every list are then the same whatever ran
where. Outcomes of the items analysed here are written to the cache.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from skillgap.errors import InputError
from skillgap.outcome import ItemOutcome
from skillgap.scan.aggregate import valid_outcome
from skillgap.scan.cache import ScanCache
from skillgap.scan.datasets import Row
from skillgap.scan.engines import FileDispatcher, RowEngine
from skillgap.scan.worker import RowTask, row_key

WINDOW_PER_PROCESS = 16  # folder: outcomes held at most per process while an earlier file is still read
CHUNKS_PER_WORKER = 4  # dataset: chunks held at most per worker while an earlier chunk is still analysed


class _Counted:
    """The cache side shared by both schedulers: lookups, stores and their counts."""

    def __init__(self, cache: ScanCache | None, fingerprint: str) -> None:
        self.cache, self.fingerprint = cache, fingerprint
        self.hits = self.analysed = 0

    def lookup(self, item: str, key: str) -> ItemOutcome | None:
        if not key or self.cache is None:
            return None
        stored = self.cache.get(key, self.fingerprint)
        if stored is None or not valid_outcome(stored):
            return None
        self.hits += 1
        return ItemOutcome.from_cache(item, key, stored)

    def store(self, outcome: ItemOutcome) -> None:
        self.analysed += 1
        stored = outcome.to_cache()
        if self.cache is not None and stored is not None:
            self.cache.put(outcome.key, self.fingerprint, stored)


class FolderScheduler(_Counted):
    """Files of a folder through a `FileDispatcher`, outcomes taken in path order."""

    def __init__(self, dispatcher: FileDispatcher, cache: ScanCache | None, fingerprint: str,
                 take: Callable[[str, ItemOutcome], None]) -> None:
        super().__init__(cache, fingerprint)
        self.dispatcher, self.take = dispatcher, take
        self.window = WINDOW_PER_PROCESS * dispatcher.jobs
        self._pending: deque[tuple[str, ItemOutcome | Future]] = deque()

    def run(self, plan: Iterable[tuple[str, str]]) -> None:
        """`plan`: (path, content hash; "" when empty, too big or unreadable), in path order."""
        for path, sha in plan:
            cached = self.lookup(path, sha)
            self._pending.append((path, cached if cached is not None else self.dispatcher.submit(path)))
            self._drain(wait=False)
            while len(self._pending) >= self.window:
                self._drain(wait=True)
        while self._pending:
            self._drain(wait=True)

    def _drain(self, *, wait: bool) -> None:
        """Take finished outcomes from the front; with `wait`, wait until the window has room."""
        while self._pending:
            path, item = self._pending[0]
            if isinstance(item, Future):
                if not wait and not item.done():
                    return
                item = self._result(path, item)
                self.store(item)
            self._pending.popleft()
            self.take(path, item)
            if wait and len(self._pending) < self.window:
                return

    @staticmethod
    def _result(path: str, future: Future) -> ItemOutcome:
        try:
            return future.result()
        except BrokenProcessPool as exc:
            raise InputError(
                "a worker process stopped while reading this file (out of memory?)", path=path,
                hint="run the scan again: the files already read are cached; --jobs 1 runs "
                     "everything in one process",
            ) from exc


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


class ChunkScheduler(_Counted):
    """Dataset rows, in chunks, through a row engine; outcomes taken in dataset order.

    Chunks complete in any order (`engine.next_done`); each is held until every earlier
    chunk has been taken, and no more than `CHUNKS_PER_WORKER` per worker are held.
    """

    def __init__(self, engine: RowEngine, cache: ScanCache | None, fingerprint: str,
                 task: Callable[[int, tuple[tuple[str, str], ...]], RowTask],
                 take: Callable[[Row | None, ItemOutcome], None],
                 advance: Callable[[int], None]) -> None:
        super().__init__(cache, fingerprint)
        self.engine, self.task, self.take, self.advance = engine, task, take, advance
        self.window = CHUNKS_PER_WORKER * max(1, engine.jobs)
        self.rows = 0
        self._held: dict[int, tuple[list[Row | ItemOutcome], list[ItemOutcome | None]]] = {}
        self._complete: set[int] = set()
        self._next = 0
        self._running = 0

    def run(self, items: Iterable[Row | ItemOutcome], chunk_size: int) -> None:
        for index, chunk in enumerate(chunked(items, chunk_size)):
            self.rows += len(chunk)
            self._add(index, chunk)
            self._hand_over()
            while len(self._held) >= self.window:
                self._collect()
        while self._running:
            self._collect()

    def _add(self, index: int, chunk: list[Row | ItemOutcome]) -> None:
        outcomes: list[ItemOutcome | None] = []
        todo: list[tuple[str, str]] = []
        for entry in chunk:
            found = entry if isinstance(entry, ItemOutcome) else self.lookup(entry.label, row_key(entry.text))
            outcomes.append(found)
            if found is None:
                assert isinstance(entry, Row)
                todo.append((entry.label, entry.text))
        self._held[index] = (chunk, outcomes)
        self.advance(len(chunk) - len(todo))
        if todo:
            self.engine.submit(self.task(index, tuple(todo)))
            self._running += 1
        else:
            self._complete.add(index)

    def _collect(self) -> None:
        """Wait for one chunk to complete, then take every chunk that is now in order."""
        index, results = self.engine.next_done()
        self._running -= 1
        outcomes = self._held[index][1]
        fresh = iter(results)
        for position, outcome in enumerate(outcomes):
            if outcome is None:
                outcomes[position] = outcome = next(fresh)
                self.store(outcome)
        self._complete.add(index)
        self.advance(len(results))
        self._hand_over()

    def _hand_over(self) -> None:
        while self._next in self._complete:
            chunk, outcomes = self._held.pop(self._next)
            self._complete.discard(self._next)
            for entry, outcome in zip(chunk, outcomes, strict=False):
                assert outcome is not None
                self.take(entry if isinstance(entry, Row) else None, outcome)
            self._next += 1
