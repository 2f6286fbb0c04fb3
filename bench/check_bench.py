"""Cold-process timing of `skillgap check` on a PDF résumé, against a blank spaCy start.

    .venv/bin/python bench/check_bench.py [--runs 7] [--resume FILE] [--posting FILE]

Each run is a new Python process, as a user's is. The baseline is
`python -c "import spacy; spacy.blank('en')"`, the floor for any tool built on spaCy.
Prints the medians and their ratio (the target is at most 1.5). One untimed run first
fills the caches every real use has after its first run (the compiled taxonomy).
Runs are interleaved so that machine noise hits both alike.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from timing import time_command

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 1.5




def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--resume", default="samples/resume-data-scientist.pdf")  # two pages, LaTeX
    parser.add_argument("--posting", default="samples/posting-backend-engineer.txt")
    args = parser.parse_args()
    python = sys.executable
    baseline = [python, "-c", "import spacy; spacy.blank('en')"]
    check = [python, "-m", "skillgap", "check", args.resume, args.posting]
    time_command(check)  # warm the compiled-taxonomy cache
    base_times, check_times = [], []
    for _ in range(args.runs):
        base_times.append(time_command(baseline))
        check_times.append(time_command(check))
    base, mine = statistics.median(base_times), statistics.median(check_times)
    print(f"spacy.blank('en') cold start  median {base:.3f} s over {args.runs} runs")
    print(f"skillgap check {args.resume}  median {mine:.3f} s")
    print(f"ratio {mine / base:.2f} (target <= {LIMIT})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
