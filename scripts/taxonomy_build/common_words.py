"""`--refresh-common-words`: the wordfreq list the build filters with (refreshed on purpose only)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from taxonomy_build.output import write_text

COMMON_WORDS_COUNT = 20000


def refresh_common_words(taxonomies: Path) -> int:
    """Write the commonest English words from wordfreq (CC BY-SA 4.0 data) to the repo."""
    try:
        from wordfreq import top_n_list  # type: ignore[import-not-found]
    except ImportError:
        print("error: --refresh-common-words needs wordfreq (pip install wordfreq==3.1.1)", file=sys.stderr)
        return 2
    words = [w for w in top_n_list("en", COMMON_WORDS_COUNT * 2) if re.fullmatch(r"[a-z]+", w)]
    header = [
        f"# The {COMMON_WORDS_COUNT:,} commonest English words (letters only), in frequency order, from",
        "# wordfreq 3.1.1 (https://github.com/rspeer/wordfreq), whose data is (c) Robyn Speer and",
        "# licensed CC BY-SA 4.0; this list is therefore CC BY-SA 4.0 too. The build uses it only as",
        "# a filter (which aliases to drop); no skill data comes from it.",
        "# Regenerate: PYTHONPATH=<wordfreq> .venv/bin/python scripts/build_taxonomy.py --refresh-common-words",
    ]
    path = taxonomies / "common-english-words.txt"
    write_text(path, "\n".join(header + words[:COMMON_WORDS_COUNT]) + "\n")
    print(f"wrote {path}", file=sys.stderr)
    return 0
