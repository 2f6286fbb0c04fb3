"""The per-file time limit of `scan` (`--max-seconds`): one slow file must not stall a folder.

The other limits (bytes, pages, characters and the per-format bounds derived from them,
docs/robustness.md) already bound the work a file can cause; this one bounds the time,
whatever the cause. It is a SIGALRM timer, so it needs a POSIX system and the main
thread of the process: both hold for the scan's own process and its worker processes.
Where they do not hold, the file is read without a time limit. A signal is handled
between Python bytecodes: a file stuck inside one long C call (an HTML or XML parser) is
stopped when that call returns, which the per-format bounds keep short.

Python ignores an exception raised where nobody can catch it: in a garbage-collector
callback or a `__del__` method, it prints "Exception ignored in ..." and goes on. A
timeout that fires there would be lost and the file would run on past its limit, so once
the limit is reached the timer keeps firing every `RETRY_SECONDS` until the block ends.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from skillgap.errors import LimitExceeded

DEFAULT_SECONDS = 60.0
RETRY_SECONDS = 0.2  # after the limit, how often the timeout is raised again (see above)


class FileTimeout(LimitExceeded):
    """A file took longer than `--max-seconds` to read and analyse."""

    lasting = False  # the machine's load, not the file alone

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"took longer than the {seconds:g}-second limit to read",
            hint="raise it with --max-seconds or `max_seconds = ...` under [tool.skillgap.scan] in your config",
        )


def _supported() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


class Deadline:
    """Time spent on one file, across several `running()` blocks (the pipeline is built
    between them, and that time is not the file's)."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.spent = 0.0

    @contextmanager
    def running(self) -> Iterator[None]:
        if not self.seconds or not _supported():
            yield
            return
        left = max(self.seconds - self.spent, 0.001)

        def expire(signum, frame):
            raise FileTimeout(self.seconds)

        previous = signal.signal(signal.SIGALRM, expire)
        started = time.monotonic()
        signal.setitimer(signal.ITIMER_REAL, left, RETRY_SECONDS)
        try:
            yield
        finally:
            try:
                signal.setitimer(signal.ITIMER_REAL, 0)
            finally:  # even if the alarm went off on the way here
                signal.signal(signal.SIGALRM, previous)
                self.spent += time.monotonic() - started
