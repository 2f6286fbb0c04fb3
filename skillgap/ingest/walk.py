"""Expand the paths a user gave into the files to read (folders are recursed)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from skillgap.ingest import SUPPORTED_SUFFIXES


def iter_input_files(paths: Iterable[str | Path], *, follow_symlinks: bool = False,
                     suffixes: tuple[str, ...] = SUPPORTED_SUFFIXES) -> Iterator[Path]:
    """Files named directly are yielded as given (a bad one is reported by its reader);
    folders yield their files with one of `suffixes`, sorted, recursively. Symlinks inside a folder
    are not followed unless asked, so a link cannot lead the walk out of the folder or
    into a loop, and FIFOs, sockets and devices are left out (opening one may block). A
    folder that cannot be listed is yielded as it is, so that reading it
    reports the problem (one line, like any unreadable file) instead of skipping it."""
    for raw in paths:
        path = Path(raw)
        try:
            is_dir = path.is_dir()
        except OSError:  # a folder on the way cannot be searched: the reader says so
            is_dir = False
        if not is_dir:
            yield path
            continue
        unreadable: list[Path] = []

        def note(error: OSError, found: list[Path] = unreadable) -> None:
            found.append(Path(error.filename))

        for root, dirs, files in os.walk(path, followlinks=follow_symlinks, onerror=note):
            # A folder that cannot be listed is yielded itself: its reader reports it.
            yield from unreadable
            unreadable.clear()
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                file = Path(root) / name
                if name.startswith(".") or file.suffix.lower() not in suffixes:
                    continue
                if file.is_symlink() and not follow_symlinks:
                    continue
                if not _regular(file):  # a FIFO or a device: opening it could block forever
                    continue
                yield file
        yield from unreadable


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return True  # let the reader name the problem


def collect_input_files(paths: Iterable[str | Path], **options) -> tuple[list[Path], list[Path]]:
    """The files `iter_input_files` gives for `paths`, and the folders among `paths` that
    gave none (a mistyped folder in CI must not pass as "nothing to report")."""
    files: list[Path] = []
    empty: list[Path] = []
    for given in paths:
        found = list(iter_input_files([given], **options))
        files += found
        if not found:
            empty.append(Path(given))
    return files, empty
