#!/usr/bin/env python
"""Build the generated taxonomy files from the public sources in ../shared/taxonomy-sources.

    .venv/bin/python scripts/build_taxonomy.py [--sources PATH] [--output DIR] [--check] [--counts]

Writes (and never touches anything else):

- taxonomies/default/generated-<category>.yaml       ESCO, O*NET, GitHub Linguist, GitHub Explore
- taxonomies/default/generated-stackoverflow-tags.yaml  Stack Overflow tags (CC BY-SA 4.0, own file)
- taxonomies/esco-extended/generated-esco-<category>.yaml  the rest of the ESCO skills pillar
- taxonomies/ids.tsv, ids-stackoverflow.tsv           id registry: source key -> id, append-only
- the counts block of taxonomies/README.md
- taxonomies/common-english-words.txt  (only with --refresh-common-words; needs wordfreq)

With `--output DIR` the generated files and ids*.tsv go to DIR/default, DIR/esco-extended and
DIR instead (curated files, tables and the id registry are still read from taxonomies/), and the
README is left alone. The code is the package `scripts/taxonomy_build/`; its hand-written
tables are the files in `taxonomies/build-tables/`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent):  # taxonomy_build, and skillgap when not installed
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from taxonomy_build.driver import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
