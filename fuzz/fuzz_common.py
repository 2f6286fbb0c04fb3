"""Shared harness for the reader fuzz targets (atheris, libFuzzer's engine for Python).

Each `fuzz_<format>.py` feeds arbitrary bytes to one reader through `read_document`, the
way the CLI does. The only exception allowed to escape is `InputError` (the file is bad,
said in one line with a hint); anything else (a bug in skillgap's own code, which the
readers let through as it is), a hang past `-timeout` or memory past `-rss_limit_mb` is a
crash that libFuzzer reports with the input that caused it.

    pip install atheris
    python fuzz/fuzz_pdf.py -max_total_time=3600 -timeout=30 -rss_limit_mb=2048   # a long run
    python fuzz/fuzz_pdf.py crash-1234abcd                                            # replay one input

Without a corpus folder on the command line, a temporary one is seeded from
`tests/fixtures/bad/`, `tests/fixtures/<format>/` and `samples/`; name a folder to keep
what the run discovers. Crash files go to the current folder (`-artifact_prefix=` moves them).
"""

from __future__ import annotations

import atexit
import importlib
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_WORKDIR: Path | None = None


def _workdir() -> Path:
    global _WORKDIR
    if _WORKDIR is None:
        _WORKDIR = Path(tempfile.mkdtemp(prefix="skillgap-fuzz-"))
        atexit.register(shutil.rmtree, _WORKDIR, True)
    return _WORKDIR


def fuzz_limits():
    """Smaller limits than the defaults, so that each input stays fast."""
    from skillgap.ingest.limits import Limits

    return Limits(max_bytes=2 * 1024 * 1024, max_pages=5, max_chars=200_000)


def check_input(data: bytes, suffix: str, limits=None) -> None:
    """Read `data` as a file named `input<suffix>`; fail on anything but a clean result or
    an `InputError` that blames the file."""
    from skillgap.errors import InputError
    from skillgap.ingest import read_document

    path = _workdir() / f"input{suffix}"
    path.write_bytes(data)
    try:
        document = read_document(path, limits=limits or fuzz_limits())
    except InputError as error:
        line = error.one_line()
        assert "\n" not in line and "\r" not in line, line
        assert error.path == str(path) and error.hint, line
        return
    text = document.text
    assert text.strip(), "a document without text must be an error"
    assert "\n".join(text[line.start:line.end] for line in document.lines) == text
    for start, end in document.layout.hidden_spans:
        assert 0 <= start <= end <= len(text)


def seeds(suffixes: tuple[str, ...]) -> list[Path]:
    folders = [ROOT / "tests" / "fixtures", ROOT / "samples"]
    found = []
    for folder in folders:
        if folder.is_dir():
            found += [p for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix.lower() in suffixes
                      and p.stat().st_size <= 64 * 1024]
    return found


def main(target: Callable[[bytes], None], suffixes: tuple[str, ...], instrument: list[str]) -> None:
    """Instrument the reader and its libraries, seed a corpus, and run libFuzzer."""
    import atheris

    logging.disable(logging.CRITICAL)  # pdfminer warns about every broken object it meets
    with atheris.instrument_imports(include=["skillgap", *instrument]):
        importlib.import_module("skillgap.ingest")
        for module in instrument:
            importlib.import_module(module)
    args = list(sys.argv)
    if not any(not a.startswith("-") for a in args[1:]):  # no corpus folder or input file given
        corpus = _workdir() / "corpus"
        corpus.mkdir()
        for index, seed in enumerate(seeds(suffixes)):
            shutil.copyfile(seed, corpus / f"seed-{index}{seed.suffix}")
        args.append(str(corpus))
    os.environ.setdefault("SKILLGAP_CACHE_DIR", str(_workdir() / "cache"))
    atheris.Setup(args, target)
    atheris.Fuzz()
