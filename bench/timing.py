"""Wall-clock time of one fresh process, for the cold-start benchmarks (check, lint, log)."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def time_command(command: list[str], *, ok: tuple[int, ...] = (0,)) -> float:
    """Seconds `command` takes, run from the project root; a stop with its stderr when it
    exits with a code not in `ok` (lint exits 1 when it finds something)."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in ok:
        raise SystemExit(f"command failed ({done.returncode}): {' '.join(command)}\n{done.stderr}")
    return elapsed
