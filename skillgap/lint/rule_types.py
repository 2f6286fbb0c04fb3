"""The shapes of the lint rule table: a `Rule`, its `Severity`, `Family`, `Option`s and
`Example`s. The rules themselves are in `registry_data/`, assembled in `registry.py`."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Family(str, Enum):
    PARSE = "parse"  # SG1xx: what tracking systems choke on
    STRUCTURE = "structure"  # SG2xx
    BULLETS = "bullets"  # SG3xx
    DATES = "dates"  # SG4xx
    SKILLS = "skills"  # SG5xx
    PRIVACY = "privacy"  # SG6xx
    META = "meta"  # SG9xx: about the suppressions themselves

    @property
    def prefix(self) -> str:
        return {"parse": "SG1", "structure": "SG2", "bullets": "SG3", "dates": "SG4", "skills": "SG5",
                "privacy": "SG6", "meta": "SG9"}[self.value]

    @property
    def title(self) -> str:
        return {"parse": "File and parseability", "structure": "Structure", "bullets": "Bullets",
                "dates": "Dates", "skills": "Skills", "privacy": "Privacy (off by default)",
                "meta": "Suppressions"}[self.value]


@dataclass(frozen=True)
class Option:
    """A rule option, set as `<name> = <value>` under `[tool.skillgap.lint]`."""

    name: str
    default: int
    help: str


@dataclass(frozen=True)
class Example:
    """A résumé fragment (Markdown unless `fmt` says otherwise) and the layout facts that a
    reader would have observed in a real file (`layout` keys: format, pages, columns,
    hidden, origins, images, text_layer), plus rule `options` for this example."""

    text: str
    layout: dict[str, Any] = field(default_factory=dict)
    options: dict[str, int] = field(default_factory=dict)
    fmt: str = "md"


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    family: Family
    severity: Severity
    summary: str  # one line: what a finding means
    what: str  # What it does
    why: str  # Why is this bad?
    fails: tuple[Example, ...]  # the first is the doc's "Example"
    passes: tuple[Example, ...]  # the first is the doc's "Use instead"
    enabled: bool = True  # on when nothing is selected explicitly
    options: tuple[Option, ...] = ()
    presets: tuple[str, ...] = ()  # privacy presets that turn it on
    check: str = ""  # function name in rules/<family>.py (default: the name in snake case)

    @property
    def function(self) -> str:
        return self.check or self.name.replace("-", "_")

    @property
    def module(self) -> str:
        return f"skillgap.lint.rules.{self.family.value}"


def example(text: str, **kwargs: Any) -> Example:
    return Example(text.strip("\n") + "\n", **kwargs)
