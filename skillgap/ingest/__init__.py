"""Read any supported file into a `Document`: one reader per format, one entry point.

`read_document` checks what is common to every format (the path exists, is a file, is
not empty or too large, has a known extension) and hands the file to its reader. Readers
raise only `InputError` (or its subclasses); anything else escaping a reader is a bug.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from skillgap.errors import InputError, LimitExceeded
from skillgap.ingest.limits import DEFAULT_LIMITS, Limits
from skillgap.types import Document

Reader = Callable[[Path, str, Limits], Document]

UNSUPPORTED = {
    ".doc": "old Word .doc files are not supported; open it in Word or LibreOffice and save as .docx",
    ".docm": "macro-enabled Word files are not supported; save a copy as .docx",
    ".rtf": "RTF is not supported; save as .docx or .pdf",
    ".odt": "OpenDocument text is not supported; save as .docx or .pdf",
    ".pages": "Apple Pages files are not supported; export as .docx or .pdf",
}


# Imported only when a file of its type is read: each reader pulls in its own library
# (pdfplumber, python-docx, ...).
READERS = {
    ".pdf": "skillgap.ingest.pdf:read_pdf",
    ".docx": "skillgap.ingest.docx:read_docx",
    **dict.fromkeys((".html", ".htm", ".xhtml"), "skillgap.ingest.html:read_html"),
    ".json": "skillgap.ingest.jsonresume:read_json_resume",
    ".tex": "skillgap.ingest.latex:read_latex",
    **dict.fromkeys((".txt", ".text", ".md", ".markdown", ""), "skillgap.ingest.text:read_text"),
}


def _reader_for(suffix: str) -> Reader:
    module_name, name = READERS[suffix].split(":")
    module = __import__(module_name, fromlist=[name])
    return getattr(module, name)


SUPPORTED_SUFFIXES = tuple(suffix for suffix in READERS if suffix)


def read_document(path: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read `path` into a Document, or raise `InputError` with a hint."""
    display = str(path)
    check_path(path, limits=limits)
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        document = _reader_for(suffix)(path, display, limits)
    except PermissionError as exc:
        raise InputError("permission denied", path=display, hint="check the file's permissions") from exc
    except IsADirectoryError as exc:  # pragma: no cover - raced with the check above
        raise InputError("is a directory, expected a file", path=display) from exc
    if not document.text.strip():
        raise InputError(
            "no text found in the file",
            path=display,
            hint=("if it is a scan or an image, run OCR first" if suffix == ".pdf"
                  else "check that the file has content"),
        )
    if len(document.text) > limits.max_chars:
        raise LimitExceeded(
            f"text is {len(document.text):,} characters, over the {limits.max_chars:,} limit",
            path=display,
            hint=limits.describe("max_chars"),
        )
    return document


def check_path(path: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> None:
    """What `read_document` checks before reading (cheaply, importing no reader): the path
    names a regular, non-empty file of a known type within the size limit."""
    display = str(path)
    path = Path(path)
    try:
        exists = path.exists()
        if not exists and path.is_symlink():
            raise InputError("is a broken symbolic link (or a loop of links)", path=display,
                             hint="point it at a real file, or give the file itself")
        if not exists:
            raise InputError("file not found", path=display, hint="check the path and spelling")
        if path.is_dir():
            _check_listable(path, display)  # a folder walk hands over folders it could not list
            raise InputError("is a directory, expected a file", path=display, hint="name one file inside it")
        if not path.is_file():  # a FIFO, a device, a socket: reading could block or never end
            raise InputError("is not a regular file", path=display, hint="give a path to a saved file")
    except OSError as exc:  # a folder on the way that cannot be searched, a name too long...
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=display,
                         hint="check the path and the permissions of its folders") from exc
    suffix = path.suffix.lower()
    if suffix in UNSUPPORTED:
        raise InputError(f"unsupported file type '{suffix}'", path=display, hint=UNSUPPORTED[suffix])
    if suffix not in READERS:
        raise InputError(
            f"unsupported file type '{suffix}'",
            path=display,
            hint="use PDF, DOCX, TXT, Markdown, HTML, JSON Resume or LaTeX (.tex)",
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", path=display, hint="check its permissions") from exc
    if size == 0:
        raise InputError("file is empty", path=display, hint="save the file again with its content")
    if size > limits.max_bytes:
        raise LimitExceeded(
            f"file is {size / 1e6:.1f} MB, over the {limits.max_bytes / 1e6:.0f} MB limit",
            path=display,
            hint=limits.describe("max_bytes"),
        )


def _check_listable(path: Path, display: str) -> None:
    try:
        with os.scandir(path):
            pass
    except OSError as exc:
        raise InputError(f"is a folder that cannot be read ({exc.strerror or exc})", path=display,
                         hint="check the folder's permissions") from exc


# In-memory text by format, for the Python API and the lint rule examples.
TEXT_CONVERTERS = {
    **dict.fromkeys(("txt", "text", ""), "skillgap.ingest.text:plain_document"),
    **dict.fromkeys(("md", "markdown"), "skillgap.ingest.text:markdown_document"),
    "tex": "skillgap.ingest.latex:latex_to_document",
    **dict.fromkeys(("html", "htm"), "skillgap.ingest.html:html_to_document"),
}


def document_from_text(text: str, *, path: str = "<text>", fmt: str = "txt") -> Document:
    """A Document from an in-memory string, converted according to `fmt` (txt, md, tex, html)."""
    target = TEXT_CONVERTERS.get(fmt.lower().lstrip("."))
    if target is None:
        raise ValueError(f"unknown text format {fmt!r}: use txt, md, tex or html")
    module_name, name = target.split(":")
    module = __import__(module_name, fromlist=[name])
    return getattr(module, name)(text, path)
