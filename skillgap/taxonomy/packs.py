"""Which taxonomy files a run loads: the shipped default, named packs beside it, the user's own."""

from __future__ import annotations

import os
from pathlib import Path

from skillgap.paths import TAXONOMIES_DIR, default_taxonomy_dir


def named_pack(name: str) -> Path | None:
    """A pack shipped beside the default (e.g. `esco-extended`), selectable by name."""
    candidate = TAXONOMIES_DIR / name
    return candidate if candidate.is_dir() else None


def taxonomy_paths(extra: tuple[str, ...] | list[str] = (), *, include_default: bool = True) -> list[Path]:
    """Default taxonomy first, then the user's files or named packs in the order given."""
    paths = [default_taxonomy_dir()] if include_default else []
    for item in extra:
        pack = None if os.sep in item or item.endswith((".yaml", ".yml")) else named_pack(item)
        paths.append(pack or Path(item))
    return paths
