"""Two versions of skillgap, one scan worker each, measured in alternation: CPU per worker.

    python bench/scan_worker_ab.py OLD_TREE NEW_TREE            # first pass, 12 children each
    python bench/scan_worker_ab.py OLD_TREE NEW_TREE --warm     # steady state
    python bench/scan_worker_ab.py OLD_TREE NEW_TREE --children 16

On a machine others share, the CPU time of one run moves by 5 to 10 % with their load,
more than a change worth making; `scan_dataset_bench.py` compares runs a minute apart.
Here one server process per tree (`PYTHONPATH=TREE`, a git worktree of each version) builds
the pipeline as a dataset scan's parent does (`engines._fork_context`), then forks one
child after the other, alternating between the two trees; each child analyses every other
real posting (half of them, as one of two workers does: chunks of 64 rows through
`worker.analyse_rows`) and reports its CPU time (user and system). With `--warm` the
server analyses them once before forking (every word seen before). Printed: the median of
each tree and the median of the paired differences (child k of the new tree against
child k of the old one, run seconds apart), with the load average. Nothing is written.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def serve(warm: bool) -> None:
    """Build the pipeline, then fork a child per line read and print its CPU seconds."""
    sys.path.insert(0, str(HERE))
    from scan_dataset_bench import CHUNK, real_rows

    from skillgap.ingest.limits import Limits
    from skillgap.pipeline import get_extractor
    from skillgap.scan import engines, worker
    from skillgap.scan.fingerprint import pipeline_fingerprint

    extractor = get_extractor(())
    engines._fork_context(lambda: extractor)  # what a scan does before forking its workers
    fingerprint = pipeline_fingerprint((), Limits())
    worker._PIPELINES[fingerprint] = extractor
    rows = [(f"row {i}", row["text"]) for i, row in enumerate(real_rows())][::2]
    tasks = [worker.RowTask(k, tuple(rows[s:s + CHUNK]), (), Limits(), fingerprint)
             for k, s in enumerate(range(0, len(rows), CHUNK))]
    if warm:
        for task in tasks:
            worker.analyse_rows(task)
    print("ready", flush=True)
    for _ in sys.stdin:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            before = resource.getrusage(resource.RUSAGE_SELF)
            for task in tasks:
                worker.analyse_rows(task)
            after = resource.getrusage(resource.RUSAGE_SELF)
            seconds = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            os.write(write, repr(seconds).encode())
            os._exit(0)
        os.close(write)
        os.waitpid(pid, 0)
        print(os.read(read, 100).decode(), flush=True)
        os.close(read)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--children", type=int, default=12)
    parser.add_argument("--warm", action="store_true")
    args = parser.parse_args()
    servers = {}
    for name, tree in (("old", args.old), ("new", args.new)):
        env = dict(os.environ, PYTHONPATH=str(tree.resolve()))
        command = [sys.executable, __file__, "--serve", *(["--warm"] if args.warm else [])]
        servers[name] = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        if servers[name].stdout.readline().strip() != "ready":
            sys.exit(f"the server of {tree} did not start")
    load = os.getloadavg()[0]
    seconds: dict[str, list[float]] = {"old": [], "new": []}
    for k in range(args.children):
        for name in ("old", "new") if k % 2 == 0 else ("new", "old"):
            servers[name].stdin.write("go\n")
            servers[name].stdin.flush()
            seconds[name].append(float(servers[name].stdout.readline()))
    for server in servers.values():
        server.stdin.close()
        server.wait()
    old, new = statistics.median(seconds["old"]), statistics.median(seconds["new"])
    paired = statistics.median(b - a for a, b in zip(seconds["old"], seconds["new"], strict=True))
    print(f"{'steady state' if args.warm else 'first pass'}, one of two workers (half the real postings), "
          f"{args.children} children each; load average {load:.2f} -> {os.getloadavg()[0]:.2f}")
    print(f"  old {old:.3f} s CPU, new {new:.3f} s; paired difference {paired:+.3f} s ({100 * paired / old:+.1f} %)")


if __name__ == "__main__":
    if "--serve" in sys.argv:
        serve("--warm" in sys.argv)
    else:
        main()
