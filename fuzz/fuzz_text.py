"""Fuzz the text and Markdown reader: only skillgap's own errors may escape (see fuzz_common.py).

    python fuzz/fuzz_text.py -max_total_time=3600 -timeout=30 -rss_limit_mb=2048
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fuzz_common import check_input, main

SUFFIXES = (".txt", ".md")


def test_one_input(data: bytes) -> None:
    # The first byte picks plain text or Markdown: both go through the same decoder.
    check_input(data[1:], SUFFIXES[data[0] % 2] if data else ".txt")


if __name__ == "__main__":
    main(test_one_input, SUFFIXES, ['skillgap.ingest.text'])
