"""The pipeline fingerprint that keys the scan cache, computed without building spaCy.

A warm rescan must not pay the second or so that importing spaCy and loading the compiled
taxonomy cost, so the fingerprint is a hash of everything that shapes a posting's record:

- the taxonomy files in the order they are layered (their names and bytes), and the
  taxonomy name the pipeline is built with;
- the source of the code that turns a file into a record (`ingest/`, `nlp/`, `taxonomy/`,
  `types.py`, `gap.py`, `scan/worker.py`): a fix to a reader or to the matcher misses the
  cache even when no version number changed;
- the versions of the libraries that read files and tokenize text;
- the file-reading limits and the record layout version.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from skillgap import __version__
from skillgap.errors import TaxonomyError
from skillgap.ingest.limits import Limits
from skillgap.paths import PACKAGE_DIR

RECORD_VERSION = "2"
_PACKAGE = PACKAGE_DIR
CODE_PARTS = ("ingest", "nlp", "taxonomy", "types.py", "gap.py", "scan/worker.py")
LIBRARIES = ("spacy", "rapidfuzz", "lemminflect", "selectolax", "python-docx", "pdfplumber", "pypdfium2",
             "pdfminer.six", "PyYAML")


def taxonomy_name(taxonomy: tuple[str, ...]) -> str:
    """The name `pipeline.get_extractor` gives the taxonomy (it is part of its key too)."""
    return "default" if not taxonomy else "default+" + "+".join(Path(t).name for t in taxonomy)


def taxonomy_files(taxonomy: tuple[str, ...]) -> list[Path]:
    """The YAML files the pipeline would load, default first (raises TaxonomyError)."""
    from skillgap.taxonomy import taxonomy_paths
    from skillgap.taxonomy.load import yaml_files

    return [file for path in taxonomy_paths(taxonomy) for file in yaml_files(Path(path))]


@lru_cache(maxsize=1)
def code_digest() -> str:
    digest = hashlib.sha256(__version__.encode())
    for part in CODE_PARTS:
        target = _PACKAGE / part
        files = sorted(target.rglob("*.py")) if target.is_dir() else [target]
        for file in files:
            try:
                data = file.read_bytes()
            except OSError:  # an install without sources: the version alone must do
                continue
            digest.update(file.relative_to(_PACKAGE).as_posix().encode() + b"\0" + data + b"\0")
    for library in LIBRARIES:
        try:
            found = metadata.version(library)
        except metadata.PackageNotFoundError:
            found = "-"
        digest.update(f"{library}={found}\0".encode())
    return digest.hexdigest()


def pipeline_fingerprint(taxonomy: tuple[str, ...], limits: Limits) -> str:
    digest = hashlib.sha256(f"record={RECORD_VERSION}\0".encode())
    digest.update(code_digest().encode())
    digest.update(f"limits={limits.max_bytes},{limits.max_pages},{limits.max_chars}\0".encode())
    digest.update(f"taxonomy={taxonomy_name(taxonomy)}\0".encode())
    for file in taxonomy_files(taxonomy):
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise TaxonomyError(f"cannot read taxonomy file: {exc.strerror}", path=str(file)) from exc
        digest.update(file.name.encode() + b"\0" + data + b"\0")
    return digest.hexdigest()
