"""One exception hierarchy. Every error carries a hint that tells the user what to do.

The CLI prints `str(error)` as a single line and exits with `exit_code` (2): click's own
`ClickException` exits 1, which would collide with "lint found problems".
"""

from __future__ import annotations


class SkillgapError(Exception):
    """Base class: `path` names the file, `problem` what is wrong, `hint` what to do."""

    exit_code = 2

    def __init__(self, problem: str, *, path: str | None = None, hint: str = "") -> None:
        self.problem = problem
        self.path = path
        self.hint = hint
        super().__init__(self.one_line())

    def one_line(self) -> str:
        parts = []
        if self.path:
            parts.append(f"{self.path}: ")
        parts.append(self.problem)
        if self.hint:
            parts.append(f" ({self.hint})")
        return "".join(parts)


class InputError(SkillgapError):
    """An input file is missing, unreadable, of an unsupported kind, or empty."""


class LimitExceeded(InputError):
    """An input is larger than a configured limit (size, pages, characters)."""


class ConfigError(SkillgapError):
    """A configuration file or option is invalid."""


class TaxonomyError(SkillgapError):
    """A taxonomy file is invalid: names the file, the entry and the problem."""
