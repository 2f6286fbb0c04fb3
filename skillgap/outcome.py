"""What happened to one item of a batch: a file of a folder, a row of a dataset.

Batch commands (`scan`, `lint`, `extract`) go through many items and must not stop at the
first bad one. Each item ends in one `ItemOutcome` (`attempt` runs one item's work and
sorts what happened):

- `OK`: the payload holds the result (for `scan`, the small posting record).
- `SKIPPED`: the item is not something to analyse (a dataset row with empty text, bytes
  that are not UTF-8, a malformed JSON line, a missing column value). Counted and named,
  never silently lost.
- `FAILED`: the user's input is bad (a damaged PDF, a file over the limits): a
  `SkillgapError` said so, and `problem` and `hint` are its words.
- `INTERNAL_ERROR`: skillgap itself failed on the item (an exception that is not a
  `SkillgapError`: a bug). Reported as a bug to report, never as the user's bad file.

`item` labels the item for people (a path, or "postings.csv row 12"); `key` is the content
hash the outcome depends on, when it may be cached ("" otherwise); `cacheable` is False for
outcomes that depend on the moment (a file that ran out of time on a busy machine) or on a
bug. Outcomes are plain frozen dataclasses: they pickle across processes and Dask workers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from skillgap.errors import SkillgapError, printable

log = logging.getLogger(__name__)

BUG_HINT = "this is a bug in skillgap, please report it (run again with -v for the details)"


class OutcomeStatus(str, Enum):
    OK = "ok"
    SKIPPED = "skipped"
    FAILED = "failed"
    INTERNAL_ERROR = "internal_error"


@dataclass(frozen=True)
class ItemOutcome:
    """One item's outcome; see the module docstring for the four statuses."""

    item: str
    status: OutcomeStatus
    problem: str = ""
    hint: str = ""
    payload: Any = None
    key: str = ""
    cacheable: bool = True

    @classmethod
    def ok(cls, item: str, payload: Any, *, key: str = "") -> ItemOutcome:
        return cls(item, OutcomeStatus.OK, payload=payload, key=key)

    @classmethod
    def skipped(cls, item: str, problem: str, hint: str = "") -> ItemOutcome:
        return cls(item, OutcomeStatus.SKIPPED, problem, hint, cacheable=False)

    @classmethod
    def failed(cls, item: str, error: SkillgapError, *, key: str = "") -> ItemOutcome:
        """Cacheable when the same input would fail the same way (`error.lasting`)."""
        return cls(item, OutcomeStatus.FAILED, error.problem, error.hint, key=key, cacheable=error.lasting)

    @classmethod
    def internal_error(cls, item: str, exc: BaseException, *, key: str = "") -> ItemOutcome:
        problem = f"skillgap failed on it ({type(exc).__name__}: {str(exc)[:200]})"
        return cls(item, OutcomeStatus.INTERNAL_ERROR, problem, BUG_HINT, key=key, cacheable=False)

    @property
    def is_ok(self) -> bool:
        return self.status is OutcomeStatus.OK

    def relabelled(self, item: str) -> ItemOutcome:
        """The same outcome under another label (a cached outcome found under a new path)."""
        return replace(self, item=item)

    def message(self) -> str:
        """One printable line: item, problem and hint, as `SkillgapError.one_line` writes it."""
        line = f"{self.item}: {self.problem or self.status.value}"
        return printable(line + (f" ({self.hint})" if self.hint else ""))

    # -- the scan cache's JSON form: {"record": ...} or {"error": {"problem", "hint"}} ----

    def to_cache(self) -> dict[str, Any] | None:
        """What the cache stores for this outcome, or None when it must not be cached."""
        if not self.cacheable or not self.key:
            return None
        if self.status is OutcomeStatus.OK:
            return {"record": self.payload}
        if self.status is OutcomeStatus.FAILED:
            return {"error": {"problem": self.problem, "hint": self.hint}}
        return None

    @classmethod
    def from_cache(cls, item: str, key: str, stored: dict[str, Any]) -> ItemOutcome:
        """The outcome `to_cache` stored (the layout is checked by scan.aggregate.valid_outcome)."""
        if "error" in stored:
            error = stored["error"]
            return cls(item, OutcomeStatus.FAILED, str(error.get("problem", "")), str(error.get("hint") or ""),
                       key=key)
        return cls.ok(item, stored["record"], key=key)


def attempt(item: str, work: Callable[[], Any], *, key: str = "") -> ItemOutcome:
    """`work()` for one item of a batch, never raising: OK with its result, FAILED with the
    user's error (a `SkillgapError`), or INTERNAL_ERROR for anything else (a bug). `key` is
    the content hash the outcome depends on, when it may be cached."""
    try:
        return ItemOutcome.ok(item, work(), key=key)
    except SkillgapError as exc:
        return ItemOutcome.failed(item, exc, key=key)
    except Exception as exc:  # noqa: BLE001 - a bug on one item must not end the batch
        log.debug("internal error on %s", item, exc_info=True)
        return ItemOutcome.internal_error(item, exc, key=key)
