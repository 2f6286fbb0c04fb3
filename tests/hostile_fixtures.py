"""Fixtures for the hostile-input tests, loaded with `pytest_plugins = ["hostile_fixtures"]`:
the big cases of the corpus built once per session, and a cap on this process's memory."""

from __future__ import annotations

import resource
import sys
from pathlib import Path

import pytest
from hostile_support import corpus


@pytest.fixture(scope="session")
def big_dir(tmp_path_factory) -> Path:
    """The big cases, built once per session (a few seconds: the bombs are compressed)."""
    folder = tmp_path_factory.mktemp("bad-big")
    corpus.write(folder, big=True, only=lambda c: c.big)
    return folder


def _vm_size() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


@pytest.fixture
def memory_cap():
    """Cap this process's address space at its current size + 1.5 GB for one test, so that
    a reader that loses its bounds fails with MemoryError instead of the machine's OOM
    killer taking the whole test run (the soft limit is restored afterwards)."""
    size = _vm_size() if sys.platform.startswith("linux") else 0
    if not size:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = size + 1536 * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
