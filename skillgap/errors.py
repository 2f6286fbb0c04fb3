"""One exception hierarchy. Every error carries a hint that tells the user what to do.

The CLI prints `str(error)` as a single line and exits with `exit_code` (2): click's own
`ClickException` exits 1, which would collide with "lint found problems". Any other
exception is a bug in skillgap: `internal_error_line` and exit code 3.
"""

from __future__ import annotations

import re

# Characters that would break the one line or act on a terminal: C0/C1 controls (ESC
# sequences included), line and paragraph separators, bidi overrides, lone surrogates
# (undecodable bytes in a file name).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` with unprintable characters escaped (`\\n`, `\\x1b`, `\\u202e`); an undecodable
    byte of a file name (U+DC80..U+DCFF, Python's surrogateescape) is shown as that byte."""
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return match.group().encode("unicode_escape").decode("ascii")


INTERNAL_ERROR_EXIT = 3
"""The exit code of a bug in skillgap (2 is the user's input, 1 lint's findings)."""


def internal_error_line(exc: BaseException) -> str:
    """The one line that reports a bug in skillgap: what happened, and what to do."""
    return printable(f"internal error: {type(exc).__name__}: {exc} "
                     "(this is a bug in skillgap, not a problem with your file; "
                     "run again with -v and report the traceback)")


class SkillgapError(Exception):
    """Base class: `path` names the file, `problem` what is wrong, `hint` what to do."""

    exit_code = 2
    lasting = True
    """Whether the same input gives the same error again (so a batch may cache it); False
    for errors that depend on the moment, such as running out of time on a busy machine."""

    def __init__(self, problem: str, *, path: str | None = None, hint: str = "") -> None:
        self.problem = problem
        self.path = path
        self.hint = hint
        super().__init__(self.one_line())

    def one_line(self) -> str:
        """Always a single printable line, whatever the file name or the message holds."""
        parts = []
        if self.path:
            parts.append(f"{self.path}: ")
        parts.append(self.problem)
        if self.hint:
            parts.append(f" ({self.hint})")
        return printable("".join(parts))


class InputError(SkillgapError):
    """An input file is missing, unreadable, of an unsupported kind, or empty."""


class LimitExceeded(InputError):
    """An input is larger than a configured limit (size, pages, characters)."""


class ConfigError(SkillgapError):
    """A configuration file or option is invalid."""


class TaxonomyError(SkillgapError):
    """A taxonomy file is invalid: names the file, the entry and the problem."""


class HistoryError(SkillgapError):
    """The application history database is missing, foreign, damaged, newer, or an entry is wrong."""
