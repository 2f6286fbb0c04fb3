"""Shared helpers for the hostile-input tests (issue 7): the corpus, the one-line error
check, and running the CLI in a bounded subprocess (fixtures: hostile_fixtures.py).

The corpus itself is `scripts/make_bad_inputs.py`: small cases are committed under
`tests/fixtures/bad/`, big ones (50 MB, 5,000 pages, bombs) are built once per session.
"""

from __future__ import annotations

import importlib.util
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BAD = ROOT / "tests" / "fixtures" / "bad"
PYTHON = sys.executable


def _load_corpus():
    spec = importlib.util.spec_from_file_location("make_bad_inputs", ROOT / "scripts" / "make_bad_inputs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_bad_inputs"] = module
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus()
CASES = corpus.CASES
SMALL = [c for c in CASES if not c.big]
BIG = [c for c in CASES if c.big]
ERRORS = [c for c in CASES if c.outcome == "error"]


def requires(command: str):
    """lint and scan are built by other people in parallel: skip until they are registered."""
    import pytest

    from skillgap.cli.main import SkillgapGroup

    return pytest.mark.skipif(SkillgapGroup._load(command) is None,
                              reason=f"`skillgap {command}` is not registered yet")


def case_id(case) -> str:
    return case.path


def case_path(case, big_dir: Path | None) -> Path:
    if case.big:
        assert big_dir is not None
        return big_dir / case.path
    return BAD / case.path


def good(name: str) -> Path:
    return BAD / "good" / name


def assert_error_line(line: str, path: Path | str, expect: str) -> None:
    """The line names the file, the problem and a hint in parentheses, and is not a bug report."""
    assert line.startswith("skillgap: error: "), line
    assert f"{path}: " in line, line
    assert expect in line, line
    assert line.rstrip().endswith(")"), f"no hint: {line}"
    assert "internal error" not in line and "this is a bug" not in line, line


def assert_one_error(stderr: str, stdout: str, exit_code: int, path: Path | str, expect: str) -> None:
    """Exit 2, nothing on stdout, exactly one line on stderr, no traceback."""
    assert "Traceback" not in stderr and "Traceback" not in stdout, stderr
    assert exit_code == 2, (exit_code, stderr)
    assert stdout == "", stdout[:500]
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert_error_line(lines[0], path, expect)


# -- running the real command in a bounded child process --------------------------------

MEMORY_LIMIT = 1536 * 1024 * 1024  # address space: the CLI with spaCy loaded peaks at ~370 MB


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float


def run_cli(args: list[str], *, timeout: float = 60, memory: int = MEMORY_LIMIT, cwd: Path | None = None,
            env: dict[str, str] | None = None) -> Run:
    """`python -m skillgap ARGS` with its address space capped (RLIMIT_AS) and a wall-clock
    timeout: running out of either fails the test rather than the machine."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    started = time.perf_counter()
    completed = subprocess.run(
        [PYTHON, "-m", "skillgap", *args], check=False, capture_output=True, timeout=timeout, preexec_fn=limit,
        cwd=cwd, env=environment, stdin=subprocess.DEVNULL,
    )
    return Run(completed.returncode, completed.stdout.decode("utf-8", "replace"),
               completed.stderr.decode("utf-8", "replace"), time.perf_counter() - started)

