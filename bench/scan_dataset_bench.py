"""Benchmark `skillgap scan --text-column` (datasets) with both engines, in one run.

    python bench/scan_dataset_bench.py                           # real postings: throughput, Dask overhead
    python bench/scan_dataset_bench.py --memory 10000 100000     # + peak memory per worker at those sizes
    python bench/scan_dataset_bench.py --jobs 2 --runs 5         # the defaults

1. A CSV of the real postings in `../shared/resume-dev/postings/postings.jsonl` (read in
   place, written to a temporary folder), `--jobs` processes, `--runs` interleaved runs,
   medians; no process start-up in any time (pools and clusters are started beforehand):
   - first pass: every process meets the texts for the first time, as a scan of new
     postings does: the bare tokenizer (`nlp.make_doc` of `spacy.blank("en")` with
     skillgap's tokenizer rules) in a new pool per run, against `scan(engine="local")`,
     whose workers fork from a process that has built the pipeline but analysed nothing;
   - steady state: every process has seen the words before, as in the bulk of a large
     dataset: a warm tokenizer pool, local workers forked from a process that analysed
     the texts once, and `scan(engine="dask")` on a `LocalCluster` whose workers did too.
   Printed: throughput per process (rows/s / processes, wall clock) and per CPU-second (CPU
   time summed over the worker processes: the figure that does not move with the machine's
   load), each against the tokenizer's (target: at least 0.5), and the Dask engine's wall
   time against the local engine's (target: within 15 %).
2. With `--memory N...`: a synthetic dataset of N rows built from the real postings (each
   row a window of one real posting's paragraphs, up to ~150 words, plus a unique reference
   line), scanned in a fresh process per engine and size; printed: the peak RSS of each
   worker process (local: the largest pool worker; Dask: every worker, `client.run`) and of
   the scanning process itself. Target: a worker's peak grows by at most 10 % from the
   first size to the last.

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
    """n rows, each a window of one real posting's paragraphs (about 150 words) and a unique line."""
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
            if words > 150:
                break
        yield {"id": f"syn-{number:06d}", "title": real[source]["title"],
               "text": "\n".join([*window, f"Reference SYN-{number:06d}"]),
               "date_posted": real[source]["date_posted"]}


# -- the tokenizer floor, in a pool of processes started beforehand ------------------------

_NLP = None


def _tokenizer_init() -> None:
    global _NLP
    from skillgap.nlp import tokenizer

    _NLP = tokenizer.blank_pipeline()
    # the floor stays spaCy's tokenizer as shipped, with skillgap's rules: the pipeline drops
    # spaCy's special cases for whitespace (nlp/tokenizer.py WHITESPACE_CASES) and computes
    # fewer lexical attributes (READ_ATTRIBUTES); neither is done here
    from spacy.lang.en import English

    exceptions = English.Defaults.tokenizer_exceptions
    _NLP.tokenizer.rules = {**_NLP.tokenizer.rules, **{orth: exceptions[orth] for orth in tokenizer.WHITESPACE_CASES}}
    _NLP.make_doc("warm up the tokenizer once")


def _tokenize(texts: list[str]) -> float:
    """CPU seconds spent tokenizing `texts` in this worker."""
    started = time.process_time()
    for text in texts:
        _NLP.make_doc(text)
    return time.process_time() - started


def _ready(_: int) -> int:
    time.sleep(0.2)  # every worker has run its initializer before the clock starts
    return 0


def tokenizer_run(pool: ProcessPoolExecutor, texts: list[str]) -> tuple[float, float]:
    """(wall, CPU seconds summed over the pool's processes)."""
    chunks = [texts[i:i + CHUNK] for i in range(0, len(texts), CHUNK)]
    started = time.perf_counter()
    cpu = sum(pool.map(_tokenize, chunks))
    return time.perf_counter() - started, cpu


def fresh_tokenizer_run(jobs: int, texts: list[str]) -> tuple[float, float]:
    """The tokenizer as a scan's workers meet the texts: new processes that have not seen them
    (started and initialised before the clock starts)."""
    with ProcessPoolExecutor(jobs, initializer=_tokenizer_init) as pool:
        list(pool.map(_ready, range(2 * jobs)))
        return tokenizer_run(pool, texts)


# -- scans ----------------------------------------------------------------------------------

COLUMNS_ARGS = ("text", "id", "title", "date_posted")


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def scan_run(path: Path, engine: str, jobs: int, scheduler: str | None = None,
             client=None) -> tuple[float, float, str]:
    """(wall, CPU seconds of the workers, JSON report). Local: the pool's workers, reaped at
    the end of the scan (RUSAGE_CHILDREN); Dask: every worker process (`client.run`)."""
    from skillgap.render.scan_json import render_json
    from skillgap.scan import DatasetColumns, scan

    before = _cpu_children() if client is None else sum(client.run(_cpu_self).values())
    started = time.perf_counter()
    report = scan(path, dataset=DatasetColumns(*COLUMNS_ARGS), engine=engine, jobs=jobs, scheduler=scheduler,
                  use_cache=False, chunk_size=CHUNK)
    wall = time.perf_counter() - started
    after = _cpu_children() if client is None else sum(client.run(_cpu_self).values())
    return wall, after - before, render_json(report)


def _summary(rows: int, jobs: int, runs: dict[str, list[tuple[float, float]]]) -> dict[str, dict[str, float]]:
    out = {}
    for name, values in runs.items():
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        out[name] = {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3),
                     "rows_per_s_per_process": round(rows / wall / jobs, 1),
                     "rows_per_cpu_s": round(rows / cpu, 1) if cpu else 0.0}
    return out


def first_pass(path: Path, texts: list[str], jobs: int, runs: int) -> dict[str, object]:
    """Every process meets the texts for the first time: new tokenizer processes, and local
    scans whose workers fork from a process that has not analysed them."""
    scan_run(path, "local", jobs)  # warm-up: taxonomy compiled, pipeline built (no text analysed here)
    fresh_tokenizer_run(jobs, texts)
    times: dict[str, list[tuple[float, float]]] = {"tokenizer": [], "local": []}
    for _ in range(runs):
        times["tokenizer"].append(fresh_tokenizer_run(jobs, texts))
        times["local"].append(scan_run(path, "local", jobs)[:2])
    return {"runs": {k: [[round(a, 3), round(b, 3)] for a, b in v] for k, v in times.items()},
            **_summary(len(texts), jobs, times)}


def steady_state(path: Path, texts: list[str], jobs: int, runs: int) -> dict[str, object]:
    """Every process has seen the words before, as in the bulk of a large dataset: a warm
    tokenizer pool, local workers forked from a process that analysed the texts once, Dask
    workers that analysed them in the warm-up."""
    from distributed import Client

    from skillgap.scan.engines import local_cluster

    with ProcessPoolExecutor(jobs, initializer=_tokenizer_init) as pool, \
            local_cluster(jobs) as cluster, Client(cluster) as client:
        list(pool.map(_ready, range(2 * jobs)))
        tokenizer_run(pool, texts)
        address = cluster.scheduler_address
        _, _, local_report = scan_run(path, "local", 1)  # this process analyses the texts once
        _, _, dask_report = scan_run(path, "dask", jobs, address, client)
        times: dict[str, list[tuple[float, float]]] = {"tokenizer": [], "local": [], "dask": []}
        for _ in range(runs):
            times["tokenizer"].append(tokenizer_run(pool, texts))
            times["local"].append(scan_run(path, "local", jobs)[:2])
            times["dask"].append(scan_run(path, "dask", jobs, address, client)[:2])
    figures = _summary(len(texts), jobs, times)
    return {"runs": {k: [[round(a, 3), round(b, 3)] for a, b in v] for k, v in times.items()}, **figures,
            "dask_overhead_wall": round(figures["dask"]["wall_s"] / figures["local"]["wall_s"] - 1, 3),
            "identical_reports": local_report.replace(str(path), "") == dask_report.replace(str(path), "")}


# -- memory, one fresh process per engine and size -------------------------------------------

def memory_child(engine: str, path: str, jobs: int) -> None:
    """Run in a fresh process: scan, then print the peaks (kB) as JSON."""
    scheduler, cluster, client = None, None, None
    if engine == "dask":
        from distributed import Client

        from skillgap.scan.engines import local_cluster

        cluster = local_cluster(jobs)
        client = Client(cluster)
        scheduler = cluster.scheduler_address
    seconds, _cpu, _report = scan_run(Path(path), engine, jobs, scheduler)
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
            print(f"  {engine:5} {size:>7,} rows: {figures['seconds']:8.1f} s, "
                  f"{size / figures['seconds']:6.1f} rows/s; "
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
        texts = [row["text"] for row in real]
        if not args.skip_throughput:
            print(f"real postings: {len(texts)} rows, {sum(len(t.split()) for t in texts):,} words, "
                  f"--jobs {args.jobs}, medians of {args.runs} interleaved runs", flush=True)
            figures["first_pass"] = first = first_pass(path, texts, args.jobs, args.runs)
            print_pass("first pass (new processes)", first)
            figures["steady_state"] = steady = steady_state(path, texts, args.jobs, args.runs)
            print_pass("steady state (words seen before)", steady)
            print(f"  dask vs local: {100 * steady['dask_overhead_wall']:+.1f} % wall time (target within 15 %); "
                  f"identical reports: {steady['identical_reports']}", flush=True)
        if args.memory:
            print(f"peak memory, synthetic datasets, --jobs {args.jobs}:", flush=True)
            figures["memory"] = memory(real, args.memory, args.engines.split(","), args.jobs, work)
            print_memory(figures["memory"], args.memory)
    print(f"load average (1 min) at the end: {os.getloadavg()[0]:.2f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


def print_pass(title: str, figures: dict) -> None:
    print(f"{title}:")
    tokenizer = figures["tokenizer"]
    for name in ("tokenizer", "local", "dask"):
        if name not in figures:
            continue
        f = figures[name]
        ratio = "" if name == "tokenizer" else (
            f" = {f['rows_per_s_per_process'] / tokenizer['rows_per_s_per_process']:.3f} x tokenizer per process, "
            f"{f['rows_per_cpu_s'] / tokenizer['rows_per_cpu_s']:.3f} x per CPU-second (target >= 0.5)")
        print(f"  {name:9} {f['wall_s']:7.2f} s wall {f['cpu_s']:7.2f} s CPU  {f['rows_per_s_per_process']:7.1f} "
              f"rows/s per process  {f['rows_per_cpu_s']:7.1f} rows per CPU-second{ratio}")
    print(f"  runs (wall, CPU s): {json.dumps(figures['runs'])}", flush=True)


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
