"""PDF reader (pdfplumber): words spaced by font size, columns kept apart, pages kept.

- Word spacing: pdfplumber's default tolerance (3 pt) glues the words of tightly kerned
  LaTeX output ("Ledandshippedthefeature"); a tolerance of 0.1 x the font size keeps
  them apart without splitting kerned words (measured: word spaces are 0.12-0.33 em, kerning under 0.05 em).
- Reading order: see `pdf_layout.py` (gutters found from whitespace, never a fixed split).
- Hidden text (white or under 4 pt) stays in the text, as tracking systems read it, and its
  spans are recorded in `layout.hidden_spans` for the linter.
- Only `InputError` leaves this module: pdfminer raises many exception types on broken
  files, and all of them mean "this file cannot be read".
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from skillgap.errors import InputError, LimitExceeded
from skillgap.ingest.builder import DocumentBuilder, clean_line
from skillgap.ingest.limits import Limits
from skillgap.ingest.pdf_layout import PlacedLine, reading_order
from skillgap.types import Document, LineOrigin

X_TOLERANCE_RATIO = 0.1
HIDDEN_SIZE = 4.0  # points
_CID = re.compile(r"\(cid:\d+\)")
_SYMBOL_FONT = re.compile(r"dingbat|symbol|wingding|webding|fontawesome|icons?\b", re.IGNORECASE)
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd]")
_LEADING_GLYPH = re.compile(r"^(?:\(cid:\d+\)|[\ue000-\uf8ff\U000f0000-\U000ffffd])\s*")


def read_pdf(path: Path, display: str, limits: Limits) -> Document:
    try:
        import pdfplumber
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise InputError("PDF support is not installed", path=display, hint="pip install pdfplumber") from exc
    try:
        with pdfplumber.open(str(path), password="") as pdf:
            return _read(pdf, display, limits)
    except (InputError, LimitExceeded):
        raise
    except Exception as exc:  # noqa: BLE001 - every pdfminer failure means "unreadable"
        raise _as_input_error(exc, display) from exc


def _as_input_error(exc: Exception, display: str) -> InputError:
    chain = [exc, getattr(exc, "__cause__", None), getattr(exc, "__context__", None)]
    names = " ".join(type(e).__name__ + " " + str(e) for e in chain if e is not None)
    if "Password" in names or "Encrypt" in names or "password" in names:
        return InputError("is password-protected", path=display,
                          hint="save an unprotected copy (print to PDF) and try again")
    return InputError("cannot be read as a PDF (the file is damaged or not a PDF)", path=display,
                      hint="export or download it again, or save it as PDF from the program that made it")


def _read(pdf, display: str, limits: Limits) -> Document:
    pages = pdf.pages
    if len(pages) > limits.max_pages:
        raise LimitExceeded(f"has {len(pages)} pages, over the {limits.max_pages}-page limit",
                            path=display, hint=limits.describe("max_pages"))
    builder = DocumentBuilder(display, "pdf")
    columns: list[int] = []
    images = 0
    chars_seen = 0
    for number, page in enumerate(pages, 1):
        images += len(page.images)
        chars_seen += len(page.chars)
        words = page.extract_words(
            x_tolerance_ratio=X_TOLERANCE_RATIO, y_tolerance=3, keep_blank_chars=False,
            use_text_flow=False, extra_attrs=["size", "non_stroking_color", "fontname"],
        )
        lines, count = reading_order(words, float(page.width))
        columns.append(count)
        for line in lines:
            _add_line(builder, line, number)
    if chars_seen == 0:
        raise InputError("has no text layer: it looks like a scanned image", path=display,
                         hint="run OCR on it first (for example ocrmypdf), or export the original as PDF or DOCX")
    builder.pages = max(builder.pages, len(pages))
    return builder.build(columns_per_page=tuple(columns), image_count=images, has_text_layer=True)


def _add_line(builder: DocumentBuilder, line: PlacedLine, page: int) -> None:
    """Join a line's words, turning icon glyphs into bullets and recording hidden words."""
    parts: list[tuple[str, bool]] = []
    for index, word in enumerate(line.words):
        text = word["text"]
        if index == 0 and len(text) == 1 and _SYMBOL_FONT.search(str(word.get("fontname", ""))):
            text = "•"  # a bullet drawn with a symbol font: ZapfDingbats "n" is a square
        elif index == 0 and _LEADING_GLYPH.match(text):
            text = "•" + (" " + _LEADING_GLYPH.sub("", text) if _LEADING_GLYPH.sub("", text) else "")
        text = _PRIVATE_USE.sub("", _CID.sub("", text)).strip()
        if text:
            parts.append((clean_line(text), _is_hidden(word)))
    if not parts:
        return
    text = " ".join(p for p, _ in parts)
    added = builder.add_line(text, page=page, origin=LineOrigin.BODY, column=line.column, clean=False)
    if added is None:
        return
    offset = added.start
    for part, hidden in parts:
        if hidden:
            builder.hidden_spans.append((offset, offset + len(part)))
        offset += len(part) + 1


def _is_hidden(word: dict[str, Any]) -> bool:
    size = word.get("size")
    if size is not None and float(size) < HIDDEN_SIZE:
        return True
    color = word.get("non_stroking_color")
    if not isinstance(color, (list, tuple)) or not color:
        return False
    try:
        values = [float(c) for c in color]
    except (TypeError, ValueError):
        return False
    if len(values) == 4:  # CMYK: no ink is white
        return all(v <= 0.02 for v in values)
    return all(v >= 0.98 for v in values)  # gray or RGB
