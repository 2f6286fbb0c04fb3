"""Work ahead in a forked child while this process loads the NLP pipeline.

A cold `skillgap check` or `skillgap lint` spends most of its time importing spaCy, on one
core; reading a PDF with pdfplumber (importing it, then laying out the pages) is another
fifth of a second of pure Python. With a second core the two overlap: a child is forked
before spaCy is imported, computes one result per input in order and streams each back
through a pipe, pickled and length-prefixed.

The child never reports an error itself: when an item fails, it stops, and the parent
computes that item (and the rest) itself, so the error (and its traceback under -v) is
exactly the one a plain call gives. Where fork is missing (Windows), unsafe (macOS) or
pointless (one core), or when the child dies, everything is simply computed here.
"""

from __future__ import annotations

import logging
import os
import pickle
import struct
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from skillgap.ingest import read_document
from skillgap.ingest.limits import DEFAULT_LIMITS, Limits
from skillgap.types import Document

log = logging.getLogger(__name__)
_HEADER = struct.Struct("!Q")


def can_fork(*, only_when_idle: bool = False) -> bool:
    """Whether a forked helper would help: Linux, more than one core for this process, and
    (with `only_when_idle`) a core that is not already busy. `SKILLGAP_NO_FORK` turns it off."""
    if not hasattr(os, "fork") or sys.platform != "linux" or os.environ.get("SKILLGAP_NO_FORK"):
        return False  # macOS: system frameworks are not fork-safe
    try:
        cores = len(os.sched_getaffinity(0))
    except OSError:  # pragma: no cover - a kernel without affinity masks
        cores = os.cpu_count() or 1
    if cores < 2:
        return False
    if only_when_idle and os.environ.get("SKILLGAP_FORK") != "1":
        return os.getloadavg()[0] <= cores - 0.5  # no idle core: a child would only compete
    return True


class ForkedMap:
    """`function(item)` for each item, computed in a forked child and read back in order.

    `next()` gives the next item's result, or None once the child has stopped (an item
    failed, the child died, or it never started): the caller then computes that item and
    the rest itself."""

    def __init__(self, pid: int, fd: int) -> None:
        self._pid: int | None = pid
        self._stream = os.fdopen(fd, "rb")
        self._stopped = False

    @classmethod
    def start(cls, function: Callable[[Any], Any], items: Sequence[Any]) -> ForkedMap | None:
        """Fork the child (None when forking fails)."""
        sys.stdout.flush()
        sys.stderr.flush()
        read_fd, write_fd = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            return None
        if pid == 0:  # the child: compute, send, and leave without running the parent's exit handlers
            os.close(read_fd)
            os._exit(_serve(function, items, write_fd))
        os.close(write_fd)
        return cls(pid, read_fd)

    @property
    def pid(self) -> int | None:
        """The child's process id while it has not been reaped."""
        return self._pid

    def next(self) -> Any | None:
        if self._stopped:
            return None
        try:
            head = self._stream.read(_HEADER.size)
            if len(head) < _HEADER.size:
                raise EOFError("the child stopped")
            (size,) = _HEADER.unpack(head)
            data = self._stream.read(size)
            if len(data) < size:
                raise EOFError("the child died mid-result")
            return pickle.loads(data)
        except Exception as exc:  # noqa: BLE001 - a child that stopped: the caller computes the rest
            log.debug("forked helper gave no more results (%s); computing here", exc)
            self._stopped = True
            return None

    def close(self) -> None:
        """Stop the child (if it still runs) and reap it."""
        self._stopped = True
        self._stream.close()
        if self._pid is not None:
            pid, self._pid = self._pid, None
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
                if done == 0:
                    os.kill(pid, 9)
                    os.waitpid(pid, 0)
            except ChildProcessError:  # pragma: no cover - reaped elsewhere
                pass

    def __enter__(self) -> ForkedMap:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _serve(function: Callable[[Any], Any], items: Sequence[Any], fd: int) -> int:
    """The child's work: one length-prefixed pickle per item, stopping at the first failure."""
    try:
        with os.fdopen(fd, "wb") as out:
            for item in items:
                try:
                    data = pickle.dumps(function(item), protocol=pickle.HIGHEST_PROTOCOL)
                except BaseException:  # noqa: BLE001 - the parent computes this item itself
                    return 0
                out.write(_HEADER.pack(len(data)) + data)
                out.flush()
    except BaseException:  # noqa: BLE001 - whatever happens, the parent falls back
        return 1
    return 0


class ReadAhead:
    """`ReadAhead(paths).result()` gives the same Documents as `read_document` on each path."""

    def __init__(self, paths: Sequence[str | Path], *, limits: Limits = DEFAULT_LIMITS,
                 background: bool = True) -> None:
        self._paths = list(paths)
        self._limits = limits
        self._child: ForkedMap | None = None
        if background and self._paths and can_fork():
            self._child = ForkedMap.start(partial(read_document, limits=limits), self._paths)

    @property
    def child_pid(self) -> int | None:
        """The reading child's process id, None when reading here or once it is reaped."""
        return None if self._child is None else self._child.pid

    def result(self) -> list[Document]:
        documents = []
        for path in self._paths:
            document = self._child.next() if self._child is not None else None
            documents.append(document if document is not None else read_document(path, limits=self._limits))
        self.close()
        return documents

    def close(self) -> None:
        if self._child is not None:
            self._child.close()
            self._child = None

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
