"""Assemble a `Document` line by line, so every reader computes offsets the same way."""

from __future__ import annotations

import re
import unicodedata

from skillgap.types import Document, Layout, Line, LineOrigin

# Characters readers should never pass through: soft hyphen, zero-width marks, BOM.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_ANY_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# A run of spaces becomes one plain space: written as the runs that change (two or more, or
# one that is not a plain space), so that the engine does not replace every space by itself.
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# Line breaks and control characters other than tab: never inside a line.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")
_LIGATURES = re.compile("[\ufb00-\ufb06]")
# A lone surrogate ("\ud800" in JSON) is no character: it cannot be printed or encoded.
_SURROGATE = re.compile("[\ud800-\udfff]")
# spaCy's tokenizer strips prefix and suffix characters one at a time, copying the rest each
# time: a run of 8,000 "(" or "•" costs 10-20 s (quadratic). No text needs more than a few
# dozen punctuation marks in a row (dot leaders, rules), so longer runs are cut short.
MAX_PUNCTUATION_RUN = 32
_PUNCTUATION_RUN = re.compile(rf"[^\w\s]{{{MAX_PUNCTUATION_RUN + 1},}}")
# The ASCII characters that are word characters or whitespace to Python's engine (`\w`,
# `\s`): a line whose UTF-8 bytes hold no more than MAX_PUNCTUATION_RUN others (each
# character outside ASCII is one to four bytes, all kept) holds no run to cut, and
# `bytes.translate` counts them in C, where the pattern tries every character.
_WORD_OR_SPACE_BYTES = bytes(code for code in range(128) if re.match(r"[\w\s]", chr(code)))
# No real line is longer (a long paragraph is ~3,000): longer ones are wrapped, see `add_line`.
MAX_LINE_CHARS = 4_000


def clean_line(text: str) -> str:
    """Normalise one line: NFC, invisible characters dropped, runs of spaces folded, runs
    of punctuation cut to MAX_PUNCTUATION_RUN characters.

    Ligatures (U+FB00..FB06) are expanded by NFKC on those characters only, so that
    "ﬁnance" reads "finance" while other compatibility characters stay as written.
    """
    if text.isprintable() and "  " not in text and (
            text.isascii() or (unicodedata.is_normalized("NFC", text) and not _LIGATURES.search(text))):
        # most lines: nothing invisible, no ligature, NFC already, no control character or
        # tab, no run of spaces to fold (invisible characters, controls and spaces other than
        # " " are not printable); only a run of punctuation may need cutting
        return _cut_punctuation_runs(text).strip()
    return clean_line_in_full(text)


def clean_line_in_full(text: str) -> str:
    """`clean_line` step by step, whatever the line holds."""
    # Invisible characters and ligatures go before NFC ("e", soft hyphen, combining acute is
    # "é"), so that cleaning a clean line changes nothing.
    if _ANY_INVISIBLE.search(text):  # translate() looks every character up in a dict
        text = text.translate(_INVISIBLE)
    if _LIGATURES.search(text):  # a regex, not a Python loop per character: lines can be long
        text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = _CONTROL.sub(" ", unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", _cut_punctuation_runs(text)).strip()


def _cut_punctuation_runs(text: str) -> str:
    if len(text) <= MAX_PUNCTUATION_RUN:  # too short for a run to cut (most blank and short lines)
        return text
    if len(text.encode("utf-8", "surrogatepass").translate(None, _WORD_OR_SPACE_BYTES)) <= MAX_PUNCTUATION_RUN:
        return text  # too few characters that could stand in a run (most lines)
    return _PUNCTUATION_RUN.sub(lambda m: m.group()[:MAX_PUNCTUATION_RUN], text)


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
        self.line_styles: list[tuple[int, str]] = []
        self.links: list[tuple[int, int, str]] = []
        self.picture_lines: list[int] = []
        self.heading_lines: list[int] = []

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
        if len(text) > MAX_LINE_CHARS:
            return self._add_wrapped(text, page, origin, column)
        return self._append(text, page, origin, column)

    def _add_wrapped(self, text: str, page: int, origin: LineOrigin, column: int) -> Line:
        """Add an over-long line (junk without newlines, a whole file on one line) as lines
        of at most MAX_LINE_CHARS: later stages copy a mention's line, and one 1 MB line made
        that cost gigabytes. A space becomes the newline, so offsets inside `text` stay put
        (callers place hidden spans from the returned start); a run of MAX_LINE_CHARS
        without a space is cut, which shifts what follows by one."""
        first: Line | None = None
        start = 0
        while start < len(text):
            end = start + MAX_LINE_CHARS
            if end >= len(text):
                piece, start = text[start:], len(text)
            else:
                cut = text.rfind(" ", start + 1, end + 1)
                if cut > start:
                    piece, start = text[start:cut], cut + 1
                else:
                    piece, start = text[start:end], end
            line = self._append(piece, page, origin, column)
            first = first or line
        return Line(first.start if first else self._offset, self._offset, page, origin, column)

    def _append(self, text: str, page: int, origin: LineOrigin, column: int) -> Line:
        if not text.isascii() and _SURROGATE.search(text):  # every reader, cleaned or not: one for one
            text = _SURROGATE.sub("\ufffd", text)
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
        layout_fields.setdefault("line_styles", tuple(self.line_styles))
        layout_fields.setdefault("links", tuple(self.links))
        layout_fields.setdefault("picture_lines", tuple(self.picture_lines))
        layout_fields.setdefault("heading_lines", tuple(self.heading_lines))
        return Document(
            path=self.path,
            format=self.format,
            text="\n".join(self._parts),
            lines=tuple(self._lines),
            pages=self.pages,
            layout=Layout(**layout_fields),
        )
