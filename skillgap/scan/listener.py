"""What a scan tells its caller while it runs."""

from __future__ import annotations

import logging

from skillgap.scan.model import FileProblem

log = logging.getLogger("skillgap.scan")


class ScanListener:
    """The default only logs. The CLI draws a progress bar and prints problems on stderr."""

    def start(self, total: int | None) -> None:
        """`total` items to go; None for a dataset, whose rows are counted as they stream."""

    def advance(self, item: str, count: int = 1) -> None:
        """`count` more items done (a file, or a chunk of rows)."""

    def problem(self, problem: FileProblem) -> None:
        log.warning("%s", problem.message)

    def notice(self, message: str) -> None:
        log.warning("%s", message)

    def finish(self) -> None:
        pass
