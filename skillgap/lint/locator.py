"""Positions: document offsets to (line, column) in the file the user edits, through the
reader's source map (Markdown, LaTeX) or by searching the source (JSON Resume, HTML)."""

from __future__ import annotations

import re

from skillgap.ingest.text import split_source_lines
from skillgap.types import Document


class Locator:
    """Maps document offsets to (line, column) in the file the user edits."""

    def __init__(self, document: Document, source: str | None) -> None:
        self.document = document
        self.source_lines = split_source_lines(source) if source is not None else None
        self.mapped = bool(document.layout.source_map) and self.source_lines is not None
        self.searchable = self.source_lines is not None and not self.mapped and document.format in ("json", "html")

    def locate(self, start: int, end: int) -> tuple[int, int, int, int, str]:
        document = self.document
        text = document.text
        start = max(0, min(start, len(text)))
        end = max(start, min(end, len(text)))
        line_end = text.find("\n", start)
        line_end = len(text) if line_end == -1 else line_end
        needle = text[start : min(end, line_end)].strip()
        if self.mapped:
            line, column = document.source_position(start)
            found = self._search(needle, line, column) if needle else None
            if found:
                line, column = found
            source_line = self.source_lines[line - 1] if 1 <= line <= len(self.source_lines) else ""
            return line, column, line, column + max(1, len(needle)), source_line
        if self.searchable and needle:
            found = self._search_json(needle, start)
            if found:
                line, column = found
                return line, column, line, column + len(needle), self.source_lines[line - 1]
        line = document.line_number(start)
        line_start = text.rfind("\n", 0, start) + 1
        column = start - line_start + 1
        return line, column, line, column + max(1, len(needle)), text[line_start:line_end]

    def _search(self, needle: str, line: int, column: int) -> tuple[int, int] | None:
        """The needle in the source, from the mapped line on (LaTeX joins wrapped lines)."""
        probe = needle[:40]
        lines = self.source_lines
        for number in range(max(1, line), min(len(lines), line + 12) + 1):
            source = lines[number - 1]
            at = source.find(probe, column - 1 if number == line else 0)
            if at == -1 and number == line:
                at = source.find(probe)
            if at != -1:
                return number, at + 1
            if number > line and len(probe) > 12:
                # a phrase that wraps across source lines: match its first words
                head = " ".join(probe.split()[:2])
                at = source.find(head) if len(head) > 6 else -1
                if at != -1 and source[at:].strip() and probe.startswith(source[at:].strip()[: len(head)]):
                    return number, at + 1
        return None

    def _search_json(self, needle: str, start: int) -> tuple[int, int] | None:
        """Find a span of a rendered JSON Resume in the JSON source: first the whole line it
        is on, then the pieces the renderer joined (" | ", ", "), then the span alone."""
        document = self.document
        line_start = document.text.rfind("\n", 0, start) + 1
        line_end = document.text.find("\n", start)
        line_text = document.text[line_start : len(document.text) if line_end == -1 else line_end]
        offset = start - line_start
        pieces = [(line_text.lstrip("• "), line_text.find(line_text.lstrip("• ")))]
        cursor = 0
        for piece in re.split(r" \| |, |: ", line_text):
            at = line_text.find(piece, cursor)
            cursor = at + len(piece)
            pieces.append((piece.lstrip("• "), at + len(piece) - len(piece.lstrip("• "))))
        for piece, at in pieces:
            if len(piece) < 3 or not at <= offset <= at + len(piece):
                continue
            found = self._find_escaped(piece, rank=document.text.count(piece, 0, line_start + at))
            if found:
                number, column = found
                return number, column + self._escaped_length(piece[: offset - at])
        found = self._find_escaped(needle[:40], rank=document.text.count(needle[:40], 0, start))
        return found

    def _find_escaped(self, text: str, rank: int = 0) -> tuple[int, int] | None:
        import json

        hits: list[tuple[int, int]] = []
        for probe in {json.dumps(text, ensure_ascii=False)[1:-1], json.dumps(text)[1:-1]}:
            hits = [(n, line.find(probe) + 1) for n, line in enumerate(self.source_lines, start=1) if probe in line]
            if hits:
                break
        if not hits:
            return None
        return hits[min(rank, len(hits) - 1)]

    @staticmethod
    def _escaped_length(text: str) -> int:
        import json

        return len(json.dumps(text, ensure_ascii=False)) - 2
