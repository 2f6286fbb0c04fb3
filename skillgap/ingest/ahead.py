"""Read input files in a child process while this one loads the NLP pipeline.

A cold `skillgap check` spends most of its time importing spaCy, on one core; reading a
PDF with pdfplumber (importing it, then laying out the pages) is another fifth of a second
of pure Python. With a second core the two overlap: the child is forked before spaCy is
imported, reads the files and sends the Documents back through a pipe, pickled.

The child never reports an error itself: when a file fails, it sends the Documents read
before it and stops, and `result()` reads the failing file here, so the error (and its
traceback under -v) is exactly the one a plain read gives. Where fork is missing
(Windows), unsafe (macOS) or pointless (one core), or when the child dies, the files are
simply read here, in order.
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path

from skillgap.ingest import read_document
from skillgap.ingest.limits import DEFAULT_LIMITS, Limits
from skillgap.types import Document

log = logging.getLogger(__name__)


def _can_fork() -> bool:
    if not hasattr(os, "fork") or sys.platform != "linux":
        return False  # macOS: system frameworks are not fork-safe
    try:
        return len(os.sched_getaffinity(0)) > 1
    except OSError:  # pragma: no cover - a kernel without affinity masks
        return (os.cpu_count() or 1) > 1


class ReadAhead:
    """`ReadAhead(paths).result()` gives the same Documents as `read_document` on each path."""

    def __init__(self, paths: Sequence[str | Path], *, limits: Limits = DEFAULT_LIMITS,
                 background: bool = True) -> None:
        self._paths = list(paths)
        self._limits = limits
        self._pid: int | None = None
        self._fd: int | None = None
        if background and len(self._paths) and _can_fork():
            self._start()

    def _start(self) -> None:
        read_fd, write_fd = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: read, send, and leave without running any cleanup of the parent's
            status = 0
            try:
                os.close(read_fd)
                documents: list[Document] = []
                for path in self._paths:
                    try:
                        documents.append(read_document(path, limits=self._limits))
                    except BaseException:  # noqa: BLE001 - the parent reads this file again itself
                        break
                data = pickle.dumps(documents, protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write_fd, "wb") as pipe:
                    pipe.write(data)
            except BaseException:  # noqa: BLE001 - whatever happens, the parent falls back
                status = 1
            finally:
                os._exit(status)
        os.close(write_fd)
        self._pid, self._fd = pid, read_fd

    def result(self) -> list[Document]:
        documents = self._collect()
        for path in self._paths[len(documents):]:
            documents.append(read_document(path, limits=self._limits))
        return documents

    def _collect(self) -> list[Document]:
        if self._fd is None:
            return []
        chunks = []
        try:
            with os.fdopen(self._fd, "rb") as pipe:
                self._fd = None
                while chunk := pipe.read(1 << 20):
                    chunks.append(chunk)
        finally:
            self.close()
        try:
            documents = pickle.loads(b"".join(chunks)) if chunks else []
        except Exception as exc:  # noqa: BLE001 - a child that died half-way: read here instead
            log.debug("read-ahead gave no usable result (%s); reading in this process", exc)
            return []
        return documents if isinstance(documents, list) else []

    def close(self) -> None:
        """Stop the child (if it still runs) and reap it."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self._pid is not None:
            pid, self._pid = self._pid, None
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
                if done == 0:
                    os.kill(pid, 9)
                    os.waitpid(pid, 0)
            except ChildProcessError:  # pragma: no cover - reaped elsewhere
                pass

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
