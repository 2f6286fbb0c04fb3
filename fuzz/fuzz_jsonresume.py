"""Fuzz the JSON Resume reader: only skillgap's own errors may escape (see fuzz_common.py).

    python fuzz/fuzz_jsonresume.py -max_total_time=3600 -timeout=30 -rss_limit_mb=2048
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fuzz_common import check_input, main

SUFFIXES = (".json",)


def test_one_input(data: bytes) -> None:
    check_input(data, SUFFIXES[0])


if __name__ == "__main__":
    main(test_one_input, SUFFIXES, ['skillgap.ingest.jsonresume'])
