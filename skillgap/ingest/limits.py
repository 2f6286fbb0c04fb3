"""Resource limits for reading one input file (configurable; see docs/robustness.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 25 * 1024 * 1024  # file size on disk
    max_pages: int = 50  # PDF pages read
    # Characters of extracted text. spaCy refuses longer texts (`nlp.max_length`, 1,000,000)
    # unless the pipeline raises its own bound: keep the two in step.
    max_chars: int = 1_000_000

    def describe(self, name: str) -> str:
        """How to raise limit `name`, for error hints."""
        flag = name.replace("_", "-")
        return f"raise it with --{flag} or `{name} = ...` under [tool.skillgap] in your config"


DEFAULT_LIMITS = Limits()
