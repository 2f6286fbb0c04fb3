"""The id registry (`ids.tsv`, `ids-stackoverflow.tsv`): source key -> id, append-only.

An id is the slug of the name, pinned to its source key so a rebuild gives a concept the id
it had, and an id whose concept left the sources is never handed to another one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from taxonomy_build.model import Entry, Registry
from taxonomy_build.text import fold, slug

_HEAD = "# key\tid -- append-only: an id stays with its source key and is never handed to another"
_SO_NOTE = "# CC BY-SA 4.0: Stack Overflow tag names (see ATTRIBUTION.md)"
_PACK_SUFFIX = {"default": "", "stackoverflow": "-so", "extended": "-esco"}


def read_id_registry(paths: tuple[Path, ...]) -> dict[str, str]:
    pinned = {}
    for path in paths:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                key, sid = line.split("\t")
                pinned[key] = sid
    return pinned


def _fresh_id(entry: Entry, used: set[str]) -> str:
    """The slug of the name; taken, the pack's suffix first (`-so`, `-esco`), then `-2`, `-3`."""
    base = slug(entry.name)
    candidate, n = base, 1
    suffix = _PACK_SUFFIX[entry.pack]
    if candidate in used and suffix:
        candidate = base + suffix
    while candidate in used:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def assign_ids(registry: Registry, pinned: dict[str, str], curated: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Give every entry its id; the registry with every key of this build added.

    Every key of every entry is listed, curated ones (`curated:<id>`) included, so the
    registry names every id of the taxonomy.
    """
    used = set(pinned.values()) | set(curated)
    taken: set[str] = set()  # ids given out in this run
    entries = sorted(
        registry.entries,
        key=lambda e: (e.curated_id is None, e.pack != "default", fold(e.name), e.keys[0]),
    )
    for entry in entries:
        if entry.curated_id:
            entry.id = entry.curated_id
            continue
        known = sorted({pinned[k] for k in entry.keys if k in pinned} - taken - set(curated))
        entry.id = known[0] if known else _fresh_id(entry, used)
        used.add(entry.id)
        taken.add(entry.id)
    new = dict(pinned)
    for entry in registry.entries:
        for key in entry.keys:
            new.setdefault(key, entry.id)
    return new


def id_registry_texts(pinned: dict[str, str], paths: tuple[Path, Path]) -> dict[Path, str]:
    """Stack Overflow tag names are CC BY-SA data: their keys go to a file of their own."""
    general, stackoverflow = paths
    texts = {}
    for path, is_so in ((general, False), (stackoverflow, True)):
        lines = [_HEAD] + [f"{k}\t{v}" for k, v in sorted(pinned.items()) if k.startswith("so:") == is_so]
        if is_so:
            lines.insert(1, _SO_NOTE)
        texts[path] = "\n".join(lines) + "\n"
    return texts
