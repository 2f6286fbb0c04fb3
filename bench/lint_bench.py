"""Cold-process timing of `skillgap lint` on a PDF against a blank spaCy start.

    python bench/lint_bench.py                      # 7 runs each, medians and the ratios
    python bench/lint_bench.py --runs 11 --check    # exit 1 when the uncached ratio is over 1.5
    python bench/lint_bench.py --file samples/resume-registered-nurse.pdf

Each run is a new Python process, as in CI and pre-commit. The baseline is
`python -c "import spacy; spacy.blank('en')"`: the cost of any tool that uses spaCy.
Two lint timings are reported:

- `--no-cache`: the file is new to skillgap (the honest cold-start figure, and the one
  `--check` holds to the 1.5 limit);
- cached: the file was linted before, so the skill findings come from the lint cache and
  spaCy is never imported (a pre-commit hook or a CI re-run on an unchanged résumé).

One untimed run first warms the caches every real use has after its first run (the
compiled taxonomy, the verb table). Runs are interleaved so machine noise hits all alike.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

from timing import time_command

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 1.5




def _line(label: str, times: list[float]) -> str:
    return (f"{label:<34} median {statistics.median(times):.3f} s  "
            f"(min {min(times):.3f}, max {max(times):.3f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--file", default="samples/resume-data-scientist.pdf")  # two pages, LaTeX
    parser.add_argument("--check", action="store_true", help=f"exit 1 when the uncached ratio is over {LIMIT}")
    args = parser.parse_args()
    python = sys.executable
    spacy_cmd = [python, "-c", "import spacy; spacy.blank('en')"]
    lint_cmd = [python, "-m", "skillgap", "lint", args.file, "--format", "concise"]
    cold_cmd = [*lint_cmd, "--no-cache"]
    for command in (lint_cmd, spacy_cmd):  # warm the caches and the OS file cache
        time_command(command, ok=(0, 1))
    spacy_times: list[float] = []
    cold_times: list[float] = []
    cached_times: list[float] = []
    for _ in range(args.runs):
        spacy_times.append(time_command(spacy_cmd, ok=(0, 1)))
        cold_times.append(time_command(cold_cmd, ok=(0, 1)))
        cached_times.append(time_command(lint_cmd, ok=(0, 1)))
    base = statistics.median(spacy_times)
    cold = statistics.median(cold_times) / base
    cached = statistics.median(cached_times) / base
    print(f"{os.cpu_count()} CPUs, {args.runs} runs each, {args.file}")
    print(_line("python -c 'spacy.blank(\"en\")'", spacy_times))
    print(_line("skillgap lint --no-cache", cold_times))
    print(_line("skillgap lint (cached skills)", cached_times))
    print(f"ratio uncached {cold:.2f} (limit {LIMIT}), cached {cached:.2f}")
    return 1 if args.check and cold > LIMIT else 0


if __name__ == "__main__":
    raise SystemExit(main())
