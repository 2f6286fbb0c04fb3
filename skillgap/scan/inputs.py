"""What a scan reads: a folder of posting files (listed here) or a dataset (datasets.py)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from skillgap.errors import InputError
from skillgap.ingest.limits import Limits
from skillgap.scan.datasets import is_dataset_file
from skillgap.scan.listener import ScanListener

# Postings are PDF, DOCX, HTML, text or Markdown: a .json file in the folder is not a
# JSON Resume posting, nor a .tex file a posting's source.
POSTING_SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".markdown")


def check_folder(folder: Path) -> Path:
    if not folder.exists():
        raise InputError("folder not found", path=str(folder), hint="check the path and spelling")
    if not folder.is_dir():
        if is_dataset_file(folder):
            raise InputError("is a dataset file, and no --text-column was given", path=str(folder),
                             hint="name the column that holds the posting text with --text-column")
        raise InputError("is a file, expected a folder of postings", path=str(folder),
                         hint="give the folder that holds the saved postings (use `skillgap check` for one posting)")
    return folder


def list_posting_files(folder: Path, exclude: Iterable[str | Path], listener: ScanListener) -> list[str]:
    from skillgap.ingest.walk import iter_input_files

    skip = set()
    for path in exclude:
        try:
            skip.add(Path(path).resolve())
        except OSError:
            continue
    files = []
    for path in iter_input_files([folder], suffixes=POSTING_SUFFIXES):
        if skip and path.resolve() in skip:
            listener.notice(f"left out {path}: it is the résumé or the output file, not a posting")
            continue
        files.append(str(path))
    return files


def size_ok(path: str, limits: Limits) -> bool:
    """Hash only what the reader would accept; anything else goes straight to it to fail."""
    size = os.stat(path).st_size
    return 0 < size <= limits.max_bytes
