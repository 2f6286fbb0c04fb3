"""What loading the default taxonomy from a warm cache adds to a run (the target is <= 0.2 s).

    .venv/bin/python bench/taxonomy_bench.py [--runs 7]

Each run is a new Python process that imports spaCy and builds skillgap's blank pipeline
first (a run pays for those anyway), then times `load_compiled` on the default taxonomy:
fingerprinting the source files, reading the cached pickle, and the matcher's tables.
One untimed run first fills the cache. Also prints the cold compile (no cache) once.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

LIMIT = 0.2

_CHILD = """
import json, sys, time
from skillgap.nlp.tokenizer import TOKENIZER_VERSION, blank_pipeline
from skillgap.taxonomy import taxonomy_paths
from skillgap.taxonomy.compile import load_compiled
nlp = blank_pipeline()
paths = list(taxonomy_paths((), include_default=True))
start = time.perf_counter()
compiled = load_compiled(paths, nlp.tokenizer, tokenizer_version=TOKENIZER_VERSION, use_cache=sys.argv[1] == "1")
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "skills": len(compiled.taxonomy.skills)}))
"""


def _run(use_cache: bool) -> dict:
    done = subprocess.run([sys.executable, "-c", _CHILD, "1" if use_cache else "0"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    _run(True)  # fill the cache
    warm = [_run(True)["seconds"] for _ in range(args.runs)]
    cold = _run(False)
    median = statistics.median(warm)
    print(f"default taxonomy: {cold['skills']:,} skills")
    print(f"cold compile (no cache)      {cold['seconds']:.3f} s")
    print(f"warm cache load, {args.runs} runs    median {median:.3f} s  (min {min(warm):.3f}, max {max(warm):.3f}) "
          f"(target <= {LIMIT} s)")
    return 0 if median <= LIMIT else 1


if __name__ == "__main__":
    raise SystemExit(main())
