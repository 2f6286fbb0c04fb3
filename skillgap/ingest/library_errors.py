"""Whose fault is an exception: the file's (a library we wrap failed on it) or skillgap's?

A reader wraps a library (pdfminer/pdfplumber, python-docx/lxml, zipfile, selectolax,
json) and turns what that library raises on a broken file into an `InputError`. Anything
raised by skillgap's own code is a bug and must surface as an internal error, never as
"the file is damaged". Libraries raise many exception types on broken input (pdfminer
raises KeyError, TypeError, struct.error, ... from deep inside), so the test is where the
exception was raised: the innermost Python frame of its traceback.
"""

from __future__ import annotations

PDF_LIBRARIES = ("pdfminer", "pdfplumber", "pypdfium2", "PIL")
DOCX_LIBRARIES = ("docx", "lxml", "zipfile", "xml")


def raised_in(exc: BaseException, packages: tuple[str, ...]) -> bool:
    """Whether `exc` was raised by code of one of `packages` (top-level module names)."""
    traceback = exc.__traceback__
    if traceback is None:
        return False
    while traceback.tb_next is not None:
        traceback = traceback.tb_next
    module = traceback.tb_frame.f_globals.get("__name__", "")
    return module.split(".", 1)[0] in packages
