"""Cold-process timing of `skillgap log stats` over 10,000 applications, against
`skillgap --version`.

    .venv/bin/python bench/log_bench.py [--n 10000] [--runs 7] [--keep DIR]

Builds a history database in a temp folder (removed afterwards unless --keep): real check
reports from the real pipeline on the samples (each pair with and without suggestions),
reused across the rows with varied companies, dates over a year, résumé versions and
status histories (seeded, so every run builds the same file). Then times fresh processes
of `skillgap log stats --db FILE` and `skillgap --version`, interleaved so machine noise
hits both alike, and prints both medians and their difference (target: at most 0.5 s).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from timing import time_command

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 0.5
PAIRS = [
    ("resume-software-engineer.pdf", "posting-backend-engineer.txt"),
    ("resume-registered-nurse.pdf", "posting-registered-nurse.html"),
    ("resume-accountant.docx", "posting-staff-accountant.docx"),
    ("resume-software-engineer.md", "posting-backend-engineer.txt"),
    ("resume.json", "posting-backend-engineer.txt"),
    ("resume-data-scientist.pdf", "posting-backend-engineer.txt"),
    ("resume-accountant.docx", "posting-registered-nurse.html"),
]
# (status path, weight): what a year of applications looks like
PATHS = [
    (("applied",), 18), (("applied", "ghosted"), 30), (("applied", "rejected"), 25),
    (("applied", "screen", "rejected"), 9), (("applied", "screen", "interview", "rejected"), 6),
    (("applied", "screen", "interview", "offer"), 2), (("applied", "withdrawn"), 3), (("checked",), 7),
]


def real_checks() -> list[tuple[dict, str, str, str]]:
    """(report JSON, posting text, résumé path, posting path) from the real pipeline."""
    from skillgap.pipeline import analyze, get_extractor
    from skillgap.render.json_report import report_dict
    from skillgap.suggest import suggest

    out = []
    for resume, posting in PAIRS:
        report = analyze(ROOT / "samples" / resume, ROOT / "samples" / posting)
        with_suggestions = report_dict(report, suggest(report, extractor=get_extractor(())))
        for data in (report_dict(report), with_suggestions):
            out.append((data, report.posting.document.text, str(ROOT / "samples" / resume),
                        str(ROOT / "samples" / posting)))
    return out


def build(path: Path, n: int) -> None:
    from skillgap.history.applications import NewApplication, insert_application
    from skillgap.history.store import open_history, transaction

    checks = real_checks()
    rng = random.Random(19)
    start = date(2025, 12, 1)
    paths, weights = zip(*PATHS, strict=False)
    with open_history(path) as db, transaction(db):
        for i in range(n):
            report, posting_text, resume_path, posting_path = checks[i % len(checks)]
            applied = start + timedelta(days=rng.randrange(365))
            steps = rng.choices(paths, weights)[0]
            history, when = [], applied
            for status in steps:
                history.append((status, when.isoformat()))
                when += timedelta(days=rng.randrange(1, 15))
            with_check = rng.random() < 0.85
            new = NewApplication(
                company=f"Company {rng.randrange(2000)}", job_title=f"Role {i % 37}", url=f"https://jobs.example/{i}",
                status=steps[-1], applied_on=applied.isoformat(),
                resume_version=rng.choice(("base", "v2", "tailored", "")),
                resume_path=resume_path if with_check else "", posting_path=posting_path if with_check else "",
                posting_text=posting_text if with_check else "", report=report if with_check else None,
                checked_at=f"{applied.isoformat()}T09:00:00+00:00" if with_check else None)
            insert_application(db, new, history=history)




def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, default=None, help="Build the database in this folder and keep it.")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="skillgap-log-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "history.sqlite"
    try:
        if not db.exists():
            began = time.perf_counter()
            build(db, args.n)
            print(f"built {args.n:,} applications in {time.perf_counter() - began:.1f} s:"
                  f" {db.stat().st_size / 1e6:.1f} MB")
        env_python = sys.executable
        stats = [env_python, "-m", "skillgap", "log", "stats", "--db", str(db)]
        version = [env_python, "-m", "skillgap", "--version"]
        for fmt in ("json", "html"):  # every format works on the big file
            time_command([*stats, "--format", fmt])
        time_command(stats)  # warm the OS file cache, as a second run of the day would be
        stats_times, version_times = [], []
        for _ in range(args.runs):
            version_times.append(time_command(version))
            stats_times.append(time_command(stats))
        base, mine = statistics.median(version_times), statistics.median(stats_times)
        print(f"skillgap --version            median {base:.3f} s over {args.runs} runs")
        print(f"skillgap log stats ({args.n:,})  median {mine:.3f} s")
        print(f"difference {mine - base:+.3f} s (target <= {TARGET_S} s); load average {os.getloadavg()[0]:.2f}")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
