"""Expand the paths a user gave into the files to read (folders are recursed)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from skillgap.ingest import SUPPORTED_SUFFIXES


def iter_input_files(paths: Iterable[str | Path], *, follow_symlinks: bool = False) -> Iterator[Path]:
    """Files named directly are yielded as given (a bad one is reported by its reader);
    folders yield their supported files, sorted, recursively. Symlinks inside a folder
    are not followed unless asked, so a link cannot lead the walk out of the folder or
    into a loop."""
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            yield path
            continue
        for root, dirs, files in os.walk(path, followlinks=follow_symlinks):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                file = Path(root) / name
                if name.startswith(".") or file.suffix.lower() not in SUPPORTED_SUFFIXES:
                    continue
                if file.is_symlink() and not follow_symlinks:
                    continue
                yield file
