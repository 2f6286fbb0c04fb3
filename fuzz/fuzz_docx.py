"""Fuzz the DOCX reader: only skillgap's own errors may escape (see fuzz_common.py).

Random bytes rarely make a zip, so half the inputs are wrapped: the first byte chooses
between the bytes as the file itself and the bytes as `word/document.xml` inside a valid
package (which reaches the XML walker: tables, runs, text boxes, hidden text).

    python fuzz/fuzz_docx.py -max_total_time=3600 -timeout=30 -rss_limit_mb=2048
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fuzz_common import ROOT, check_input, main

SUFFIXES = (".docx",)

def _load_corpus():
    """scripts/make_bad_inputs.py, which knows how to build a valid package."""
    if "make_bad_inputs" not in sys.modules:
        spec = importlib.util.spec_from_file_location("make_bad_inputs", ROOT / "scripts" / "make_bad_inputs.py")
        module = sys.modules["make_bad_inputs"] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return sys.modules["make_bad_inputs"]


_corpus = _load_corpus()


def test_one_input(data: bytes) -> None:
    if data and data[0] % 2:
        data = _corpus.docx_package(data[1:])
    check_input(data, SUFFIXES[0])


if __name__ == "__main__":
    main(test_one_input, SUFFIXES, ["docx", "skillgap.ingest.docx"])
