"""Benchmark `skillgap scan --text-column` (datasets) with both engines, in one run.

    python bench/scan_dataset_bench.py                           # real postings: throughput, Dask overhead
    python bench/scan_dataset_bench.py --memory 10000 100000     # + peak memory per worker at those sizes
    python bench/scan_dataset_bench.py --jobs 2 --runs 5         # the defaults

1. A CSV of the real postings in `../shared/resume-dev/postings/postings.jsonl` (read in
   place, written to a temporary folder). On it, interleaved, `--runs` times each:
   - the bare tokenizer: `nlp.make_doc` of `spacy.blank("en")` with skillgap's tokenizer
     rules, over the same texts, in a pool of `--jobs` processes started and warmed up
     beforehand (no process start-up in the time);
   - `scan(..., engine="local", jobs=J)` in this process, after a warm-up scan (the
     pipeline built, the taxonomy compiled; each run forks its `J` workers, milliseconds);
   - `scan(..., engine="dask", scheduler=ADDRESS)` on a `LocalCluster` of `J` workers
     started and warmed up beforehand (each worker holds its pipeline).
   Printed: medians; per-core throughput (rows/s/process) of each scan against the
   tokenizer's (target: at least 0.5); the Dask engine's time against the local engine's
   (target: within 15 %).
2. With `--memory N...`: a synthetic dataset of N rows built from the real postings (each
   row a real posting's paragraphs, a window of them, plus a unique reference line),
   scanned in a fresh process per engine and size; printed: the peak RSS of each worker
   process (local: the largest pool worker; Dask: every worker, `client.run`) and of the
   scanning process itself. Target: a worker's peak grows by at most 10 % from the first
   size to the last.

Nothing is written outside a temporary folder; the scan cache is not used.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "resume-dev" / "postings" / "postings.jsonl"
CHUNK = 64


def real_rows() -> list[dict[str, str]]:
    rows = []
    with open(REAL, encoding="utf-8") as handle:
        for line in handle:
            posting = json.loads(line)
            rows.append({k: str(posting.get(k) or "") for k in ("id", "title", "text", "date_posted")})
    return rows


def write_csv(path: Path, rows) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "title", "text", "date_posted"])
        writer.writeheader()
        writer.writerows(rows)
    return path


def synthetic_rows(real: list[dict[str, str]], n: int, seed: int = 11):
    """n rows, each a window of one real posting's paragraphs (at most ~400 words) and a unique line."""
    rng = random.Random(seed)
    paragraphs = [[p for p in row["text"].split("\n") if p.strip()] for row in real]
    for number in range(n):
        source = rng.randrange(len(real))
        parts = paragraphs[source]
        start = rng.randrange(max(1, len(parts) - 3))
        window, words = [], 0
        for part in parts[start:]:
            window.append(part)
            words += len(part.split())
            if words > 400:
                break
        yield {"id": f"syn-{number:06d}", "title": real[source]["title"],
               "text": "\n".join([*window, f"Reference SYN-{number:06d}"]),
               "date_posted": real[source]["date_posted"]}


# -- the tokenizer floor, in a pool of warmed-up processes -------------------------------

_NLP = None


def _tokenizer_init() -> None:
    global _NLP
    from skillgap.nlp import tokenizer

    _NLP = tokenizer.blank_pipeline()
    _NLP.make_doc("warm up the tokenizer once")


def _tokenize(texts: list[str]) -> int:
    return sum(len(_NLP.make_doc(text)) for text in texts)


def _warm(_: int) -> int:
    return 0


def tokenizer_run(pool: ProcessPoolExecutor, texts: list[str]) -> float:
    chunks = [texts[i:i + CHUNK] for i in range(0, len(texts), CHUNK)]
    started = time.perf_counter()
    sum(pool.map(_tokenize, chunks))
    return time.perf_counter() - started


# -- scans ----------------------------------------------------------------------------------

COLUMNS_ARGS = ("text", "id", "title", "date_posted")


def scan_run(path: Path, engine: str, jobs: int, scheduler: str | None = None) -> tuple[float, str]:
    from skillgap.render.scan_json import render_json
    from skillgap.scan import DatasetColumns, scan

    started = time.perf_counter()
    report = scan(path, dataset=DatasetColumns(*COLUMNS_ARGS), engine=engine, jobs=jobs, scheduler=scheduler,
                  use_cache=False, chunk_size=CHUNK)
    return time.perf_counter() - started, render_json(report)


def throughput(path: Path, texts: list[str], jobs: int, runs: int) -> dict[str, object]:
    from distributed import LocalCluster

    with ProcessPoolExecutor(jobs, initializer=_tokenizer_init) as pool, \
            LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, host="127.0.0.1",
                         dashboard_address=None, silence_logs=40) as cluster:
        list(pool.map(_warm, range(jobs * 4)))
        tokenizer_run(pool, texts)
        address = cluster.scheduler_address
        _, local_report = scan_run(path, "local", jobs)  # warm-up: taxonomy, pipeline, verb table
        _, dask_report = scan_run(path, "dask", jobs, address)  # warm-up: every worker builds its pipeline
        times: dict[str, list[float]] = {"tokenizer": [], "local": [], "dask": []}
        for _ in range(runs):
            times["tokenizer"].append(tokenizer_run(pool, texts))
            times["local"].append(scan_run(path, "local", jobs)[0])
            times["dask"].append(scan_run(path, "dask", jobs, address)[0])
    medians = {k: statistics.median(v) for k, v in times.items()}
    rows = len(texts)
    per_core = {k: rows / v / jobs for k, v in medians.items()}
    return {
        "rows": rows, "words": sum(len(t.split()) for t in texts), "jobs": jobs, "runs": runs,
        "times": {k: [round(x, 3) for x in v] for k, v in times.items()},
        "median_s": {k: round(v, 3) for k, v in medians.items()},
        "rows_per_s_per_process": {k: round(v, 1) for k, v in per_core.items()},
        "local_over_tokenizer": round(per_core["local"] / per_core["tokenizer"], 3),
        "dask_over_tokenizer": round(per_core["dask"] / per_core["tokenizer"], 3),
        "dask_overhead": round(medians["dask"] / medians["local"] - 1, 3),
        "identical_reports": local_report.replace(str(path), "") == dask_report.replace(str(path), ""),
    }


# -- memory, one fresh process per engine and size -------------------------------------------

def memory_child(engine: str, path: str, jobs: int) -> None:
    """Run in a fresh process: scan, then print the peaks (kB) as JSON."""
    scheduler, cluster, client = None, None, None
    if engine == "dask":
        from distributed import Client, LocalCluster

        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
        scheduler = cluster.scheduler_address
    seconds, _report = scan_run(Path(path), engine, jobs, scheduler)
    if client is not None:
        peaks = sorted(client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss).values())
        client.close()
        cluster.close()
    else:  # the pool's workers have been waited for: the largest of them
        peaks = [resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]
    print(json.dumps({"seconds": round(seconds, 2), "workers_kb": peaks,
                      "main_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


def memory(real: list[dict[str, str]], sizes: list[int], engines: list[str], jobs: int, work: Path) -> dict:
    results: dict[str, dict[str, object]] = {}
    for size in sizes:
        path = write_csv(work / f"synthetic-{size}.csv", synthetic_rows(real, size))
        for engine in engines:
            done = subprocess.run([sys.executable, __file__, "--memory-child", engine, str(path), str(jobs)],
                                  capture_output=True, text=True, check=True)
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            results.setdefault(engine, {})[str(size)] = figures
            print(f"  {engine:5} {size:>7,} rows: {figures['seconds']:8.1f} s, {size / figures['seconds']:6.1f} rows/s; "
                  f"worker peak {max(figures['workers_kb']) / 1024:6.1f} MB "
                  f"(each: {', '.join(f'{kb / 1024:.0f}' for kb in figures['workers_kb'])} MB), "
                  f"scanning process {figures['main_kb'] / 1024:.0f} MB", flush=True)
        path.unlink()
    return results


def machine() -> str:
    import spacy

    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"spaCy {spacy.__version__}, load average {os.getloadavg()[0]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--memory", type=int, nargs="*", default=[], metavar="N")
    parser.add_argument("--engines", default="local,dask")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--memory-child", nargs=3, metavar=("ENGINE", "CSV", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        engine, path, jobs = args.memory_child
        memory_child(engine, path, int(jobs))
        return
    real = real_rows()
    print(machine(), flush=True)
    figures: dict[str, object] = {"machine": machine()}
    with tempfile.TemporaryDirectory(prefix="skillgap-dataset-bench-") as tmp:
        work = Path(tmp)
        path = write_csv(work / "postings.csv", real)
        if not args.skip_throughput:
            result = throughput(path, [row["text"] for row in real], args.jobs, args.runs)
            figures["throughput"] = result
            print_throughput(result)
        if args.memory:
            print(f"peak memory, synthetic datasets, --jobs {args.jobs}:", flush=True)
            figures["memory"] = memory(real, args.memory, args.engines.split(","), args.jobs, work)
            print_memory(figures["memory"], args.memory)
    print(f"load average (1 min) at the end: {os.getloadavg()[0]:.2f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


def print_throughput(r: dict) -> None:
    per = r["rows_per_s_per_process"]
    print(f"real postings: {r['rows']} rows, {r['words']:,} words, {r['jobs']} processes, "
          f"medians of {r['runs']} interleaved runs")
    print(f"  bare tokenizer: {r['median_s']['tokenizer']:7.2f} s  {per['tokenizer']:7.1f} rows/s per process")
    print(f"  scan, local:    {r['median_s']['local']:7.2f} s  {per['local']:7.1f} rows/s per process "
          f"= {r['local_over_tokenizer']:.3f} x tokenizer (target >= 0.5)")
    print(f"  scan, dask:     {r['median_s']['dask']:7.2f} s  {per['dask']:7.1f} rows/s per process "
          f"= {r['dask_over_tokenizer']:.3f} x tokenizer")
    print(f"  dask vs local:  {100 * r['dask_overhead']:+.1f} % (target within 15 %); "
          f"identical reports: {r['identical_reports']}")
    print(f"  runs (s): {json.dumps(r['times'])}", flush=True)


def print_memory(results: dict, sizes: list[int]) -> None:
    if len(sizes) < 2:
        return
    first, last = str(sizes[0]), str(sizes[-1])
    for engine, by_size in results.items():
        growth = max(by_size[last]["workers_kb"]) / max(by_size[first]["workers_kb"]) - 1
        main_growth = by_size[last]["main_kb"] / by_size[first]["main_kb"] - 1
        print(f"  {engine}: worker peak {100 * growth:+.1f} % from {int(first):,} to {int(last):,} rows "
              f"(target <= +10 %); scanning process {100 * main_growth:+.1f} %")


if __name__ == "__main__":
    main()
