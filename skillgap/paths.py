"""Where skillgap keeps things on disk: its cache, the shipped taxonomies, the package itself.

One home for every path so that no layer imports another just to find a folder. Nothing
here touches the disk at import time.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
"""The installed `skillgap` package (its code is part of some cache keys)."""

TAXONOMIES_DIR = PACKAGE_DIR.parent / "taxonomies"
"""The shipped taxonomy packs (`default/`, `esco-extended/`) and shared word lists."""


def cache_dir() -> Path:
    """The user's cache folder (`SKILLGAP_CACHE_DIR` overrides it): compiled taxonomies,
    verb and word tables, lint and scan caches. Everything in it can be rebuilt."""
    configured = os.environ.get("SKILLGAP_CACHE_DIR")
    if configured:
        return Path(configured)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("skillgap"))


def default_taxonomy_dir() -> Path:
    """The shipped default taxonomy (`SKILLGAP_TAXONOMY_DIR` points elsewhere)."""
    configured = os.environ.get("SKILLGAP_TAXONOMY_DIR")
    return Path(configured) if configured else TAXONOMIES_DIR / "default"
