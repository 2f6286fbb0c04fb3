"""What every part of the corpus shares: where it goes, a good résumé's lines, a case."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "fixtures" / "bad"
ZIP_TIME = (2024, 1, 1, 9, 0, 0)
NOWHERE = "http://127.0.0.1:9"  # the discard port: nothing listens, nothing is sent

# What a good résumé line reads like, so "OK" cases can be checked for their text.
GOOD_LINES = [
    "Jordan Lee",
    "Experience",
    "Backend engineer at Example Corp 2019 - 2024",
    "• Built services in Python and PostgreSQL on AWS",
    "Skills",
    "Python, Docker, Kubernetes, Terraform",
]


@dataclass(frozen=True)
class Case:
    path: str  # relative to tests/fixtures/bad
    build: Callable[[], bytes]
    what: str  # the input, for the docs table
    outcome: str  # "ok" (read, text holds `expect`) or "error" (one line holding `expect`)
    expect: str
    big: bool = False  # built at test time only, never committed
    limit: str = ""  # the limit an "error" case hits (max_bytes, max_pages, max_chars)

    @property
    def suffix(self) -> str:
        return Path(self.path).suffix
