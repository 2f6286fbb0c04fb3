"""Shared fixtures and helpers: real files, real spaCy (`spacy.blank`), real taxonomy files.

Test modules import the plain helpers with `from conftest import ...` (pytest puts `tests/`
on `sys.path` because it has no `__init__.py`) and ask for the fixtures by name.

- Paths: ROOT, FIXTURES, SAMPLES, BAD, MINI_TAXONOMY.
- Skips: with SKILLGAP_NO_SKIP=1 (set by `.ci/run`) every skip is a failure.
- Documents: `make_document` (the real text reader), `built_document` (the bare builder),
  `lines_of`, `assert_lines_tile_the_text`.
- The CLI: `invoke` (in this process, click's CliRunner), `run_cli` (a bounded child
  process), `as_ordinary_user` (a forked child that is not root), the one-line error checks.
- The hostile-input corpus (`scripts/make_bad_inputs.py`): CASES, SMALL, BIG, `good`, ...
"""

from __future__ import annotations

import functools
import importlib.util
import os
import pickle
import resource
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

import pytest

if TYPE_CHECKING:  # the imports themselves stay lazy: collection does not load spaCy
    from click.testing import Result
    from spacy.language import Language

    from skillgap.nlp.extract import Extractor
    from skillgap.types import Document, Report, SectionKind

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLES = ROOT / "samples"
BAD = FIXTURES / "bad"
MINI_TAXONOMY = FIXTURES / "taxonomy" / "mini.yaml"
PYTHON = sys.executable
NOBODY = 65534  # uid and gid of `nobody` / `nogroup` on Debian

T = TypeVar("T")

# -- skips are failures in CI ---------------------------------------------------------------

NO_SKIP = os.environ.get("SKILLGAP_NO_SKIP", "") not in ("", "0")
NO_SKIP_REASON = "SKILLGAP_NO_SKIP is set (CI runs every test): this skip is a failure"


def _fail_if_skipped(report: pytest.TestReport | pytest.CollectReport) -> None:
    if NO_SKIP and report.skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"{NO_SKIP_REASON}: {reason}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """A skipped (or xfailed) test fails when SKILLGAP_NO_SKIP is set."""
    outcome = yield
    _fail_if_skipped(outcome.get_result())


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Iterator[None]:
    """A module skipped while it is collected (`allow_module_level`) fails the same way."""
    outcome = yield
    _fail_if_skipped(outcome.get_result())


# -- the pipeline ----------------------------------------------------------------------------


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the test run's caches out of the user's cache directory."""
    if "SKILLGAP_CACHE_DIR" not in os.environ:
        os.environ["SKILLGAP_CACHE_DIR"] = str(tmp_path_factory.mktemp("skillgap-cache"))
    yield


@pytest.fixture(scope="session")
def mini_extractor() -> Extractor:
    """The real pipeline over the small hand-written test taxonomy."""
    from skillgap.nlp.extract import Extractor

    return Extractor([MINI_TAXONOMY], name="mini")


@pytest.fixture(scope="session")
def default_extractor() -> Extractor:
    """The real pipeline over the shipped default taxonomy."""
    from skillgap.pipeline import get_extractor

    return get_extractor(())


@pytest.fixture(scope="session")
def nlp() -> Language:
    """skillgap's tokenizer on `spacy.blank("en")`."""
    from skillgap.nlp.tokenizer import blank_pipeline

    return blank_pipeline()


# -- documents -------------------------------------------------------------------------------


def make_document(text: str, fmt: str = "txt") -> Document:
    """A Document from text, through the real text reader."""
    from skillgap.ingest import document_from_text

    return document_from_text(text, fmt=fmt)


def built_document(text: str) -> Document:
    """A Document from text through the bare DocumentBuilder (no format's reader)."""
    from skillgap.ingest.builder import DocumentBuilder

    builder = DocumentBuilder("<test>", "txt")
    builder.add_text(text)
    return builder.build()


def analyze_texts(extractor: Extractor, resume: str, posting: str):
    """(résumé, posting) analyses of two texts through the bare DocumentBuilder."""
    from skillgap.pipeline import analyze_document

    return (analyze_document(built_document(resume), "resume", extractor),
            analyze_document(built_document(posting), "posting", extractor))


def compare_texts(extractor: Extractor, resume: str, posting: str):
    """The gap between two texts (see `analyze_texts`)."""
    from skillgap.gap import compare

    return compare(*analyze_texts(extractor, resume, posting), extractor.taxonomy)


def document_of(source: str) -> Document:
    """Text (it has a newline) through the text reader, or a path through `read_document`."""
    if "\n" in source:
        return make_document(source)
    from skillgap.ingest import read_document

    return read_document(Path(source))


def make_report(resume: str, posting: str, extractor: Extractor) -> Report:
    """The check report for two texts or paths, through the real stages."""
    from skillgap.gap import compare
    from skillgap.pipeline import analyze_document
    from skillgap.types import Report

    resume_analysis = analyze_document(document_of(resume), "resume", extractor)
    posting_analysis = analyze_document(document_of(posting), "posting", extractor)
    gap = compare(resume_analysis, posting_analysis, extractor.taxonomy)
    return Report(resume_analysis, posting_analysis, gap, extractor.taxonomy.name)


@functools.cache
def read_corpus_file(path: Path) -> Document:
    """A benchmark file read once per test run (the real reader)."""
    from skillgap.ingest import read_document

    return read_document(path)


def section_titles(path: Path) -> list[tuple[str, SectionKind]]:
    """The titled sections a résumé file is read into: (title, kind) in reading order."""
    from skillgap.ingest.sections import split_sections

    return [(s.title, s.kind) for s in split_sections(read_corpus_file(path), "resume").sections if s.title]


def lines_of(document: Document) -> list[str]:
    return [document.text[line.start : line.end] for line in document.lines]


def assert_lines_tile_the_text(document: Document) -> None:
    """Lines cover the text in order, joined by newlines, and hold no newline."""
    assert document.text == "\n".join(lines_of(document))
    previous_end = -1
    for line in document.lines:
        assert line.start > previous_end
        assert "\n" not in document.text[line.start : line.end]
        previous_end = line.end


# -- the CLI ---------------------------------------------------------------------------------


def invoke(*args: object) -> Result:
    """`skillgap ARGS` in this process; an exception the CLI lets through fails the test."""
    from click.testing import CliRunner

    from skillgap.cli import main

    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@dataclass(frozen=True)
class Outcome:
    """What a command printed and returned (a picklable subset of click's Result)."""

    exit_code: int
    stdout: str
    stderr: str


def invoke_outcome(*args: object) -> Outcome:
    result = invoke(*args)
    return Outcome(result.exit_code, result.stdout, result.stderr)


def as_ordinary_user(function: Callable[[], T], cwd: Path) -> T:
    """`function()` in a forked child running in `cwd` as an ordinary user, its result sent
    back pickled. Root reads every file whatever its mode, so as root the child drops to
    `nobody` for good (setgroups, setgid, setuid) before it calls `function`; everything
    `function` imports must already be imported (the stdlib may live under /root)."""
    if not hasattr(os, "fork"):
        pytest.skip("needs fork (POSIX)")
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read_end)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(pickle.dumps(_ordinary_child(function, cwd)))
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        payload = pipe.read()
    _, status = os.waitpid(pid, 0)
    assert payload, f"the child died without an answer (wait status {status})"
    kind, value = pickle.loads(payload)
    if kind == "privileges":  # root without CAP_SETUID (some containers)
        pytest.skip(f"running as root and cannot drop privileges to nobody ({value}): root reads every file")
    assert kind == "ok", f"in the child process:\n{value}"
    return value


def _ordinary_child(function: Callable[[], T], cwd: Path) -> tuple[str, object]:
    try:
        if os.geteuid() == 0:
            try:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            except OSError as exc:
                return "privileges", f"{type(exc).__name__}: {exc}"
        os.chdir(cwd)  # an ordinary user runs skillgap in a folder they can enter
        return "ok", function()
    except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent
        return "error", "".join(traceback.format_exception(exc))


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


MEMORY_LIMIT = 1536 * 1024 * 1024  # address space: the CLI with spaCy loaded peaks at ~370 MB


@dataclass(frozen=True)
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


# -- the hostile-input corpus (issue 7) --------------------------------------------------------
# Small cases are committed under tests/fixtures/bad/; big ones (50 MB, 5,000 pages, bombs)
# are built once per session by the `big_dir` fixture.


def load_module(path: Path) -> ModuleType:
    """A script, bench or fuzz module by its path (they are not packages), run afresh and
    registered under its file name: dataclasses look their module up in sys.modules."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


corpus = load_module(ROOT / "scripts" / "make_bad_inputs.py")
CASES = corpus.CASES
SMALL = [c for c in CASES if not c.big]
BIG = [c for c in CASES if c.big]
ERRORS = [c for c in CASES if c.outcome == "error"]


def case_id(case: Any) -> str:
    return case.path


def case_path(case: Any, big_dir: Path | None) -> Path:
    if case.big:
        assert big_dir is not None
        return big_dir / case.path
    return BAD / case.path


def good(name: str) -> Path:
    return BAD / "good" / name


@pytest.fixture(scope="session")
def big_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
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
def memory_cap() -> Iterator[None]:
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
