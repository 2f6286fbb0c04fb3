"""A cache of the skill rules' findings, like ruff's cache: unchanged input, no spaCy.

The skill rules (SG5xx) are the only ones that need the spaCy pipeline, and building it
is most of a cold run's time. Their findings depend only on the file's bytes, its path,
which skill rules run with which severities, the taxonomy and skillgap's own code, so
they are stored under a key made of exactly those, and a later run on the same file
(a pre-commit hook, a CI re-run) skips the pipeline. The key uses file sizes and
modification times for the taxonomy and code (cheap `stat` calls, no hashing of
megabytes of YAML) and the full bytes of the linted file. Anything unreadable is a miss.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from importlib.util import find_spec
from pathlib import Path

from skillgap.lint.engine import RuleResults
from skillgap.paths import PACKAGE_DIR

log = logging.getLogger(__name__)
_FORMAT = "1"
_CODE_PACKAGES = ("nlp", "taxonomy", "lint", "ingest")


def _stat_line(path: Path) -> str:
    try:
        stat = path.stat()
    except OSError:
        return f"{path}:missing"
    return f"{path}:{stat.st_size}:{stat.st_mtime_ns}"


def _tree(folder: Path) -> list[str]:
    lines = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        lines.extend(_stat_line(Path(root) / name) for name in sorted(files))
    return lines


def environment_key(taxonomy: tuple[str, ...], config_signature: str) -> str:
    """Everything but the linted file that the skill rules' findings depend on."""
    from skillgap import __version__
    from skillgap.taxonomy import taxonomy_paths

    parts = [_FORMAT, __version__, config_signature]
    package = PACKAGE_DIR
    for name in _CODE_PACKAGES:
        parts.extend(_tree(package / name))
    parts.append(_stat_line(package / "types.py"))
    spacy = find_spec("spacy")
    if spacy is not None and spacy.origin:
        parts.append(_stat_line(Path(spacy.origin)))
    for path in taxonomy_paths(taxonomy):
        if path.is_dir():
            parts.extend(_tree(path))
            if path.parent.name == "taxonomies":  # shared word lists beside the shipped packs
                parts.extend(_stat_line(p) for p in sorted(path.parent.iterdir()) if p.is_file())
        else:
            parts.append(_stat_line(path))
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


class SkillCache:
    """Skill-rule results by (environment, path, file bytes, rule codes)."""

    def __init__(self, environment: str, folder: Path | None = None) -> None:
        from skillgap.paths import cache_dir

        self.environment = environment
        self.folder = folder or cache_dir() / "lint"

    def key(self, path: Path, codes: tuple[str, ...]) -> str | None:
        try:
            data = path.read_bytes()
        except OSError:
            return None
        digest = hashlib.sha256()
        for part in (self.environment, str(path), ",".join(codes)):
            digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(data)
        return digest.hexdigest()[:40]

    def get(self, key: str | None) -> RuleResults | None:
        if key is None:
            return None
        try:
            value = pickle.loads((self.folder / f"{key}.pickle").read_bytes())
        except FileNotFoundError:
            return None
        except Exception as exc:  # noqa: BLE001 - a corrupt entry is a miss, never an error
            log.info("lint cache entry %s is unreadable (%s)", key, exc)
            return None
        return value if isinstance(value, RuleResults) else None

    def put(self, key: str | None, value: RuleResults) -> None:
        if key is None or value.error:
            return
        from skillgap.atomic import write_atomic

        try:
            write_atomic(self.folder / f"{key}.pickle", pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL),
                         private=True)
        except OSError as exc:
            log.info("cannot write the lint cache (%s); continuing without it", exc)
