"""English word forms (lemminflect's lexicon, about 66,000 lowercased alphabetic forms).

Used where a decision needs "is this an ordinary English word": the taxonomy compiler
(which single-word names are common words) and the PDF reader (is "infras-" + "tructure"
one hyphenated word). Parsing lemminflect's gzipped CSV costs about half a second, so the
word list is cached once, as one string, beside the taxonomy cache (keyed by the lexicon
file itself); later loads take a few milliseconds.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

_FORMAT = 1  # bump when the cached form changes


def _source() -> Path | None:
    from importlib.util import find_spec

    spec = find_spec("lemminflect")
    if spec is None or not spec.origin:
        return None
    return Path(spec.origin).parent / "resources" / "lemma_lu.csv.gz"


def _read(source: Path) -> frozenset[str]:
    import csv
    import gzip

    with gzip.open(source, "rt", encoding="utf-8") as handle:
        return frozenset(row[0].lower() for row in csv.reader(handle) if row and row[0].isalpha())


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lowercased English word forms; empty when lemminflect is not installed."""
    import hashlib

    from skillgap.paths import cache_dir

    source = _source()
    if source is None or not source.is_file():
        log.warning("lemminflect's lexicon is missing: no English word list")
        return frozenset()
    stat = source.stat()
    key = hashlib.sha256(f"{_FORMAT}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:24]
    path = cache_dir() / f"words-{key}.txt"
    try:
        return frozenset(path.read_text(encoding="utf-8").split())
    except FileNotFoundError:
        pass
    except (OSError, UnicodeDecodeError) as exc:  # a corrupt cache is rebuilt, never fatal
        log.warning("word list cache %s is unreadable (%s); rebuilding", path, exc)
    words = _read(source)
    from skillgap.atomic import write_atomic

    try:
        write_atomic(path, " ".join(sorted(words)).encode("utf-8"), private=True)
    except OSError as exc:
        log.warning("cannot write word list cache %s (%s); continuing without it", path, exc)
    return words
