"""Whose fault is an exception: the file's (a library we wrap failed on it) or skillgap's?

A reader wraps a library (pdfminer/pdfplumber, python-docx/lxml, zipfile, selectolax,
json) and turns what that library raises on a broken file into an `InputError`. Anything
raised by skillgap's own code is a bug and must surface as an internal error, never as
"the file is damaged". Libraries raise many exception types on broken input (pdfminer
raises KeyError, TypeError, struct.error, ... from deep inside), so the test is where the
exception was raised: the innermost frame of its traceback that is not in Python's own
standard library (pdfminer lets `base64` raise on a broken ASCII85 stream).
"""

from __future__ import annotations

import sys

PDF_LIBRARIES = ("pdfminer", "pdfplumber", "pypdfium2", "PIL")
DOCX_LIBRARIES = ("docx", "lxml", "zipfile", "xml")


def raised_in(exc: BaseException, packages: tuple[str, ...]) -> bool:
    """Whether `exc` was raised by code of one of `packages` (top-level module names), or by
    the standard library on behalf of one of them."""
    frames = []
    traceback = exc.__traceback__
    while traceback is not None:
        frames.append(traceback.tb_frame)
        traceback = traceback.tb_next
    for frame in reversed(frames):  # innermost first
        top = frame.f_globals.get("__name__", "").split(".", 1)[0]
        if top in packages:
            return True
        if top not in sys.stdlib_module_names:
            return False
    return False
