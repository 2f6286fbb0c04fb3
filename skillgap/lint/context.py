"""`LintContext`: everything rules read about one file. The résumé's structure (lines, dates,
bullets, roles, contacts) comes from `skillgap.resume`; this adds what only the linter needs:
rule options, the source text of text formats, and skill mentions on demand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cached_property

from skillgap.ingest.text import split_source_lines
from skillgap.lint.registry import OPTIONS
from skillgap.resume.layout import ResumeLayout
from skillgap.types import Document, Line, Mention


class LintContext(ResumeLayout):
    """A résumé's structure plus the linter's options, source lines and skill mentions."""

    def __init__(
        self,
        document: Document,
        *,
        source: str | None = None,
        options: dict[str, int] | None = None,
        today: date | None = None,
        extractor: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(document, today=today)
        self.source = source
        self.source_lines = split_source_lines(source) if source is not None else None
        self._options = options or {}
        self._extractor = extractor

    def option(self, name: str) -> int:
        if name in self._options:
            return int(self._options[name])
        return OPTIONS[name].default

    @cached_property
    def extractor(self):
        return self._extractor() if self._extractor is not None else None

    @cached_property
    def mentions(self) -> tuple[Mention, ...]:
        if self.extractor is None:
            return ()
        return self.extractor.extract(self.document, self.sections)  # type: ignore[attr-defined]

    @property
    def taxonomy(self):
        return None if self.extractor is None else self.extractor.taxonomy  # type: ignore[attr-defined]

    def source_line_of(self, line: Line) -> str | None:
        """The source line a document line came from (Markdown, LaTeX, text)."""
        if self.source_lines is None or not self.document.layout.source_map:
            return None
        number, _ = self.document.source_position(line.start)
        if 1 <= number <= len(self.source_lines):
            return self.source_lines[number - 1]
        return None
