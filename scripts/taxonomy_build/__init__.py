"""The taxonomy build: `../shared/taxonomy-sources` -> `taxonomies/*/generated-*.yaml`.

Run it with `scripts/build_taxonomy.py`; `driver.py` reads top to bottom as its stages.
"""

from __future__ import annotations

from taxonomy_build.driver import check, generate, main
from taxonomy_build.paths import BuildPaths

__all__ = ["BuildPaths", "check", "generate", "main"]
