"""The fuzz targets in fuzz/: a short, bounded run of each inside the test suite.

- Always: every target's `test_one_input` on its seeds and on mutated seeds (hypothesis),
  in this process; only skillgap's own errors may escape a reader.
- With atheris installed: each target under libFuzzer's coverage-guided engine for a few
  seconds (SKILLGAP_FUZZ_SECONDS, default 4; 0 skips it), all six at once. A long run is documented
  in docs/robustness.md.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import random
import subprocess
import sys

import pytest
from conftest import ROOT, load_module
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FUZZ = ROOT / "fuzz"
TARGETS = ["pdf", "docx", "html", "text", "jsonresume", "latex"]
SECONDS = int(os.environ.get("SKILLGAP_FUZZ_SECONDS", "4"))
ATHERIS_PLATFORM = sys.platform == "linux" and platform.machine() == "x86_64"  # as in pyproject's test extra


def _target(name: str):
    return load_module(FUZZ / f"fuzz_{name}.py")


def test_hostile_fuzz_every_reader_has_a_target():
    from skillgap.ingest import SUPPORTED_SUFFIXES

    covered = set()
    for name in TARGETS:
        covered.update(_target(name).SUFFIXES)
    assert {s for s in SUPPORTED_SUFFIXES if s} <= covered | {".text", ".markdown", ".htm", ".xhtml"}


def _mutate(data: bytes, rng: random.Random) -> bytes:
    blob = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.randrange(5)
        if choice == 0 and blob:
            blob[rng.randrange(len(blob))] = rng.randrange(256)
        elif choice == 1 and blob:
            at = rng.randrange(len(blob))
            del blob[at: at + rng.randint(1, 64)]
        elif choice == 2:
            at = rng.randrange(len(blob) + 1)
            blob[at:at] = rng.choice([b"\x00", b"<", b"{", b"(", b"[" * 50, b"\\", b"%", b"\xff\xfe", b"obj",
                                      b"stream", b"endobj", b"<w:p>", b"<!ENTITY", b"&", b"\n" * 20])
        elif choice == 3 and blob:
            blob = blob[: rng.randrange(len(blob))]
        elif blob:
            start = rng.randrange(len(blob))
            blob[start:start] = blob[start: start + rng.randint(1, 200)]
    return bytes(blob)


@pytest.mark.parametrize("name", TARGETS)
@settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_hostile_fuzz_mutated_seeds(name, seed):
    module = _target(name)  # puts fuzz/ on sys.path
    from fuzz_common import seeds

    rng = random.Random(seed)
    sources = seeds(module.SUFFIXES) or [None]
    source = rng.choice(sources)
    data = source.read_bytes() if source is not None and source.stat().st_size <= 64 * 1024 else b""
    prefix = bytes([rng.randrange(256)]) if name == "text" else b""  # the text target's format byte
    module.test_one_input(prefix + _mutate(data, rng))


@pytest.mark.skipif(not ATHERIS_PLATFORM, reason="atheris has wheels for Linux x86-64 only")
@pytest.mark.skipif(SECONDS <= 0, reason="SKILLGAP_FUZZ_SECONDS=0")
def test_hostile_fuzz_short_coverage_guided_run(tmp_path):
    """All six targets under libFuzzer at once, a few seconds each: a crash, an escaped
    exception, a hang past 30 s or 2 GB of memory fails the test with the input saved.
    atheris is in the `test` extra on Linux x86-64: there, without it, this fails."""
    assert importlib.util.find_spec("atheris") is not None, "atheris is missing: pip install -e '.[test]'"
    runs = {}
    for name in TARGETS:
        folder = tmp_path / name
        folder.mkdir()
        log = (folder / "log.txt").open("wb")
        command = [sys.executable, str(FUZZ / f"fuzz_{name}.py"), f"-max_total_time={SECONDS}", "-timeout=30",
                   "-rss_limit_mb=2048", "-max_len=65536", f"-artifact_prefix={folder}/", "-print_final_stats=1"]
        process = subprocess.Popen(command, cwd=folder, stdout=log, stderr=subprocess.STDOUT,
                                   env={**os.environ, "SKILLGAP_CACHE_DIR": str(folder / "cache"),
                                        # libFuzzer ends the process without atexit: its scratch folder stays here
                                        "TMPDIR": str(folder)})
        runs[name] = (process, log, folder)
    failures = []
    for name, (process, log, folder) in runs.items():
        try:
            code = process.wait(timeout=SECONDS + 180)
        except subprocess.TimeoutExpired:
            process.kill()
            code = "timeout"
        log.close()
        text = (folder / "log.txt").read_text("utf-8", "replace")
        if code != 0 or "stat::number_of_executed_units" not in text:
            crashes = [p.name for p in folder.iterdir() if p.name.startswith(("crash-", "timeout-", "oom-"))]
            failures.append(f"fuzz_{name}: exit {code}, {crashes}\n" + "\n".join(text.splitlines()[-25:]))
    assert not failures, "\n\n".join(failures)
