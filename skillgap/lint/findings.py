"""What the lint engine produces: a rule's `Hit`, the located `Finding`, a file's report."""

from __future__ import annotations

from dataclasses import dataclass, field

from skillgap.lint.registry import Severity


@dataclass(frozen=True)
class Hit:
    """What a rule returns: a span of the document's text and what is wrong with it."""

    start: int
    end: int
    message: str
    suggestion: str = ""


@dataclass(frozen=True)
class Finding:
    """A hit with everything the outputs need. Lines and columns are 1-based, in the file
    the user edits (the Markdown or LaTeX source; the extracted text for PDF and DOCX)."""

    code: str
    name: str
    severity: Severity
    message: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    source_line: str  # the text of `line` as the user sees it
    start: int = 0  # offsets into the document's text
    end: int = 0
    suggestion: str = ""
    context: str = ""  # the document line's text, normalised: what the baseline fingerprints

    def sort_key(self) -> tuple:
        return (self.line, self.column, self.code)


@dataclass
class FileReport:
    path: str
    format: str = ""
    findings: list[Finding] = field(default_factory=list)
    suppressed: int = 0
    baselined: int = 0
    error: str = ""  # one line, when the file could not be read or a rule failed
    internal: bool = False  # the error is a bug in skillgap, not a problem with the file


def normalise(text: str) -> str:
    return " ".join(text.lower().split())
