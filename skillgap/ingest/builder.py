"""Assemble a `Document` line by line, so every reader computes offsets the same way."""

from __future__ import annotations

import re
import unicodedata

from skillgap.types import Document, Layout, Line, LineOrigin

# Characters readers should never pass through: soft hyphen, zero-width marks, BOM.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Line breaks and control characters other than tab: never inside a line.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")


def clean_line(text: str) -> str:
    """Normalise one line: NFC, invisible characters dropped, runs of spaces folded.

    Ligatures (U+FB00..FB06) are expanded by NFKC on those characters only, so that
    "ﬁnance" reads "finance" while other compatibility characters stay as written.
    """
    text = _CONTROL.sub(" ", unicodedata.normalize("NFC", text).translate(_INVISIBLE))
    if any("\ufb00" <= ch <= "\ufb06" for ch in text):
        text = "".join(
            unicodedata.normalize("NFKC", ch) if "\ufb00" <= ch <= "\ufb06" else ch for ch in text
        )
    return _SPACES.sub(" ", text).strip()


class DocumentBuilder:
    """Collects lines; `build()` joins them with newlines and records offsets."""

    def __init__(self, path: str, fmt: str) -> None:
        self.path = path
        self.format = fmt
        self._parts: list[str] = []
        self._lines: list[Line] = []
        self._offset = 0
        self.pages = 1
        self.hidden_spans: list[tuple[int, int]] = []
        self.source_map: list[tuple[int, int, int]] = []

    @property
    def offset(self) -> int:
        """Offset at which the next added line will start."""
        return self._offset

    def add_line(
        self,
        text: str,
        *,
        page: int = 1,
        origin: LineOrigin = LineOrigin.BODY,
        column: int = 0,
        clean: bool = True,
        keep_blank: bool = False,
    ) -> Line | None:
        """Append one line (cleaned unless told otherwise). Blank lines are kept only
        when `keep_blank` is set: they separate paragraphs for the section splitter."""
        if clean:
            text = clean_line(text)
        if "\n" in text:
            raise ValueError("add_line takes a single line")
        if not text and not keep_blank:
            return None
        if self._parts:
            self._offset += 1  # the "\n" joining this line to the previous one
        line = Line(self._offset, self._offset + len(text), page, origin, column)
        self._parts.append(text)
        self._lines.append(line)
        self._offset += len(text)
        self.pages = max(self.pages, page)
        return line

    def add_text(self, text: str, **kwargs) -> None:
        """Append several lines (split on newlines)."""
        for raw in text.splitlines():
            self.add_line(raw, **kwargs)

    def build(self, **layout_fields) -> Document:
        layout_fields.setdefault("hidden_spans", tuple(self.hidden_spans))
        layout_fields.setdefault("source_map", tuple(self.source_map))
        return Document(
            path=self.path,
            format=self.format,
            text="\n".join(self._parts),
            lines=tuple(self._lines),
            pages=self.pages,
            layout=Layout(**layout_fields),
        )
