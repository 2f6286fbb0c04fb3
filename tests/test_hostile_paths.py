"""Paths: folders and files swapped, permissions, symlink loops and escapes, odd names,
outputs that must never land on an input, and caches that only their owner can read."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import (
    PYTHON,
    as_ordinary_user,
    assert_error_line,
    assert_one_error,
    corpus,
    good,
    invoke,
    invoke_outcome,
)

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and symlinks")


@pytest.fixture(autouse=True)
def _no_fork(monkeypatch):
    monkeypatch.setenv("SKILLGAP_NO_FORK", "1")


@pytest.fixture
def shared_tmp():
    """A temporary folder that another user can enter (pytest's own is user-only)."""
    folder = Path(tempfile.mkdtemp(prefix="skillgap-hostile-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        with contextlib.suppress(OSError):
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(folder, ignore_errors=True)


def _warm_up():
    """Import every reader and command and build the default pipeline while we can: as
    `nobody` the child may not be able to read the checkout or the standard library."""
    from skillgap.ingest import read_document
    from skillgap.pipeline import get_extractor

    for name in corpus.GOOD_FILES:
        read_document(corpus.OUT / name)
    get_extractor(())
    invoke("parse", good("resume.txt"))
    invoke("extract", good("resume.txt"))
    invoke("lint", "--no-cache", good("resume.txt"))  # the group imports commands on first use


# -- folders and files swapped ----------------------------------------------------------------


@pytest.mark.parametrize("command", [["parse"], ["check", "{bad}", good("posting.html")],
                                     ["check", good("resume.txt"), "{bad}"]], ids=["parse", "check", "check-posting"])
def test_hostile_path_directory_where_a_file_is_expected(command, tmp_path):
    args = [tmp_path if a == "{bad}" else a for a in command] + ([tmp_path] if len(command) == 1 else [])
    result = invoke(*args)
    assert_one_error(result.stderr, result.stdout, result.exit_code, tmp_path, "is a directory, expected a file")


def test_hostile_path_file_where_a_folder_is_expected():
    result = invoke("scan", good("posting.html"))
    assert_one_error(result.stderr, result.stdout, result.exit_code, good("posting.html"),
                     "is a file, expected a folder")


@pytest.mark.parametrize("command", [pytest.param(["parse"], id="parse"), pytest.param(["extract"], id="extract"),
                                     pytest.param(["lint", "--no-cache"], id="lint")])
def test_hostile_path_fifo_never_blocks(command, tmp_path):
    """A named pipe with a text name: reading it would wait forever for a writer.
    (`lint` with its cache on still hashes it first: reported to the lint cache's owner.)"""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    fifo = tmp_path / "resume.txt"
    os.mkfifo(fifo)
    result = invoke(*command, fifo)
    assert result.exit_code == 2
    assert_error_line(result.stderr.splitlines()[0], fifo, "is not a regular file")


@pytest.mark.parametrize("command", [pytest.param(["extract"], id="extract"),
                                     pytest.param(["lint"], id="lint"),
                                     pytest.param(["scan", "--jobs", "1"], id="scan")])
def test_hostile_path_fifo_in_a_folder_is_left_out(command, tmp_path, monkeypatch):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    monkeypatch.setenv("SKILLGAP_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "postings"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    shutil.copyfile(good("posting.html"), folder / "posting.html")
    result = invoke(*command, folder)
    assert result.exit_code in (0, 1) and "pipe.txt" not in result.stderr + result.stdout, result.stderr


# -- permissions ----------------------------------------------------------------------------------


@POSIX
@pytest.mark.parametrize("name", sorted(corpus.GOOD_FILES), ids=lambda n: Path(n).suffix)
def test_hostile_path_unreadable_file(name, shared_tmp):
    target = shared_tmp / Path(name).name
    shutil.copyfile(corpus.OUT / name, target)
    target.chmod(0)
    _warm_up()
    result = as_ordinary_user(lambda: invoke_outcome("parse", target), cwd=shared_tmp)
    assert_one_error(result.stderr, result.stdout, result.exit_code, target, "ermission denied")


@POSIX
def test_hostile_path_unsearchable_folder_on_the_way(shared_tmp):
    inner = shared_tmp / "locked"
    inner.mkdir()
    shutil.copyfile(good("resume.txt"), inner / "resume.txt")
    inner.chmod(0)
    _warm_up()
    result = as_ordinary_user(lambda: invoke_outcome("parse", inner / "resume.txt"), cwd=shared_tmp)
    assert_one_error(result.stderr, result.stdout, result.exit_code, inner / "resume.txt", "ermission denied")


@POSIX
@pytest.mark.parametrize("command", [pytest.param(["extract"], id="extract"),
                                     pytest.param(["lint", "--no-cache"], id="lint")])
def test_hostile_path_unreadable_entries_in_a_batch(command, shared_tmp):
    """An unreadable file and an unlistable folder are each named once; the good file is
    still reported; exit 2."""
    folder = shared_tmp / "batch"
    (folder / "locked").mkdir(parents=True)
    shutil.copyfile(good("resume.txt"), folder / "good.txt")
    shutil.copyfile(good("resume.txt"), folder / "locked" / "hidden.txt")
    shutil.copyfile(good("resume.txt"), folder / "unreadable.txt")
    (folder / "unreadable.txt").chmod(0)
    (folder / "locked").chmod(0)
    _warm_up()
    result = as_ordinary_user(lambda: invoke_outcome(*command, folder), cwd=shared_tmp)
    assert result.exit_code == 2 and "Traceback" not in result.stderr, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("skillgap: error:")]
    assert len(errors) == 2, result.stderr
    assert_error_line(next(e for e in errors if "unreadable.txt" in e), folder / "unreadable.txt",
                      "ermission denied")
    assert_error_line(next(e for e in errors if "locked" in e), folder / "locked", "cannot be read")
    assert str(folder / "good.txt") in result.stdout


# -- symbolic links ------------------------------------------------------------------------------


@POSIX
@pytest.mark.parametrize("kind", ["loop", "self", "broken"])
def test_hostile_path_symlink_named_directly(kind, tmp_path):
    link = tmp_path / "resume.txt"
    if kind == "loop":
        os.symlink(tmp_path / "other.txt", link)
        os.symlink(link, tmp_path / "other.txt")
    elif kind == "self":
        os.symlink(link, link)
    else:
        os.symlink(tmp_path / "gone.txt", link)
    for args in (["parse", link], ["check", link, good("posting.html")]):
        result = invoke(*args)
        assert_one_error(result.stderr, result.stdout, result.exit_code, link, "broken symbolic link")


@pytest.fixture
def linked_folder(tmp_path):
    """A folder holding one good posting and links that loop or lead outside it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Requirements\n- SECRET-MARKER\n- Kubernetes\n")
    folder = tmp_path / "postings"
    (folder / "sub").mkdir(parents=True)
    shutil.copyfile(good("posting.html"), folder / "posting.html")
    os.symlink(outside / "secret.txt", folder / "escape.txt")
    os.symlink(outside, folder / "escape-dir")
    os.symlink(folder, folder / "sub" / "loop-to-top")
    os.symlink(folder / "sub", folder / "sub" / "loop-to-self")
    os.symlink(folder / "a.txt", folder / "b.txt")
    os.symlink(folder / "b.txt", folder / "a.txt")
    return folder


@POSIX
@pytest.mark.parametrize("command", [
    pytest.param(["extract"], id="extract"),
    pytest.param(["lint", "--no-cache", "--format", "json"], id="lint"),
    pytest.param(["scan", "--no-cache", "--jobs", "1", "--format", "json"], id="scan"),
])
def test_hostile_path_symlinks_in_a_folder_are_not_followed(command, linked_folder):
    result = invoke(*command, linked_folder)
    assert result.exit_code in (0, 1), result.stderr  # lint may find things in the posting
    assert "skillgap: error" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert "SECRET-MARKER" not in result.stdout and "escape" not in result.stdout
    assert "posting.html" in result.stdout


# -- names -------------------------------------------------------------------------------------

ODD_NAMES = ["my résumé (final) 2.txt", "职位 描述 — posting.html", "  leading spaces.md", "-starts-with-dash.txt",
             "quote's & \"double\".txt", "emoji 🚀.json"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_hostile_path_odd_names_read_normally(name, tmp_path):
    suffix = Path(name).suffix
    source = {".txt": "resume.txt", ".md": "resume.txt", ".html": "posting.html", ".json": "resume.json"}[suffix]
    path = tmp_path / name
    shutil.copyfile(good(source), path)
    result = invoke("parse", "--format", "json", "--", path) if name.startswith("-") else \
        invoke("parse", "--format", "json", path)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["path"] == str(path)
    result = invoke("check", path, good("posting.html"))
    assert result.exit_code == 0 and result.stdout, result.stderr
    empty = tmp_path / ("empty " + name.strip().lstrip("-"))
    empty.write_bytes(b"")
    result = invoke("parse", empty)
    assert_one_error(result.stderr, result.stdout, result.exit_code, empty, "file is empty")


@POSIX
@pytest.mark.parametrize("name", ["new\nline.txt", "carriage\rreturn.txt", "esc\x1b[31mred.txt",
                                  "bidi\u202eexe.txt", "tab\tname.txt"])
def test_hostile_path_control_characters_in_names_stay_on_one_line(name, tmp_path):
    from skillgap.errors import printable

    path = tmp_path / name
    path.write_bytes(b"")
    result = invoke("parse", path)
    shown = printable(str(path))
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert_one_error(result.stderr, result.stdout, result.exit_code, shown, "file is empty")


@POSIX
@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse undecodable names")
@pytest.mark.parametrize("command", ["parse", "extract", "check"])
def test_hostile_path_undecodable_name_in_a_real_process(command, tmp_path):
    """A file name that is not UTF-8 (Latin-1 bytes), through the real stdout and stderr."""
    folder = os.fsencode(tmp_path)
    good_name = folder + b"/caf\xe9 r\xe9sum\xe9.txt"
    bad_name = folder + b"/vid\xe9.txt"
    shutil.copyfile(good("resume.txt"), os.fsdecode(good_name))
    open(bad_name, "wb").close()
    posting = str(good("posting.html"))
    for name, ok in ((good_name, True), (bad_name, False)):
        args = [command, os.fsdecode(name)] + ([posting] if command == "check" else [])
        completed = subprocess.run([PYTHON, "-m", "skillgap", *args], check=False, capture_output=True, timeout=120,
                                   env={**os.environ, "PYTHONIOENCODING": "utf-8"})
        stderr = completed.stderr.decode("utf-8", "replace")
        assert b"Traceback" not in completed.stderr and "internal error" not in stderr, stderr
        if ok:
            assert completed.returncode == 0, stderr
        else:
            assert completed.returncode == 2
            errors = [line for line in stderr.splitlines() if line.startswith("skillgap: error:")]
            assert len(errors) == 1 and "vid\\xe9.txt: file is empty" in errors[0], stderr


# -- outputs ---------------------------------------------------------------------------------------


@pytest.fixture
def pair(tmp_path):
    resume, posting = tmp_path / "resume.txt", tmp_path / "posting.html"
    shutil.copyfile(good("resume.txt"), resume)
    shutil.copyfile(good("posting.html"), posting)
    return resume, posting


@pytest.mark.parametrize("how", ["same", "symlink", "hardlink"])
def test_hostile_output_never_over_an_input(how, pair, tmp_path):
    resume, posting = pair
    before = resume.read_bytes()
    output = {"same": resume, "symlink": tmp_path / "report.txt", "hardlink": tmp_path / "report.txt"}[how]
    if how == "symlink":
        os.symlink(resume, output)
    elif how == "hardlink":
        os.link(resume, output)
    result = invoke("check", resume, posting, "-o", output)
    assert_one_error(result.stderr, result.stdout, result.exit_code, output,
                     "refusing to write the report over an input")
    assert resume.read_bytes() == before


def test_hostile_output_to_a_folder_is_one_clear_error(pair, tmp_path):
    resume, posting = pair
    folder = tmp_path / "reports"
    folder.mkdir()
    result = invoke("check", resume, posting, "-o", folder)  # click's usage error: exit 2
    assert result.exit_code == 2 and "Traceback" not in result.stderr and result.stdout == ""
    assert f"'{folder}' is a directory" in result.stderr
    assert list(folder.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == [
        "posting.html", "reports", "resume.txt"]


def test_hostile_output_is_atomic(pair, tmp_path, monkeypatch):
    """The report replaces the old file in one step; a failed write leaves the old file whole
    and no temporary file behind."""
    resume, posting = pair
    output = tmp_path / "report.md"
    output.write_text("old report\n")
    result = invoke("check", resume, posting, "--format", "markdown", "-o", output)
    assert result.exit_code == 0 and output.read_text().startswith("#")
    new = output.read_bytes()

    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    result = invoke("check", resume, posting, "--format", "json", "-o", output)
    assert_one_error(result.stderr, result.stdout, result.exit_code, output, "No space left on device")
    assert output.read_bytes() == new
    assert sorted(p.name for p in tmp_path.iterdir()) == ["posting.html", "report.md", "resume.txt"]


# -- caches -------------------------------------------------------------------------------------------


@POSIX
def test_hostile_caches_are_user_only(tmp_path, monkeypatch, pair):
    """Every folder and file the taxonomy, scan and lint caches create is private to the user
    (a cache is unpickled: one that others can write would run their code)."""
    cache = tmp_path / "fresh-cache" / "skillgap"
    monkeypatch.setenv("SKILLGAP_CACHE_DIR", str(cache))
    old_umask = os.umask(0o022)  # the usual umask: files would be world-readable by default
    try:
        from skillgap.pipeline import get_extractor

        get_extractor.cache_clear()  # build, and so cache, the taxonomy again
        resume, posting = pair
        assert invoke("check", resume, posting).exit_code == 0
        assert invoke("scan", "--jobs", "1", posting.parent).exit_code in (0, 2)
        assert invoke("lint", resume).exit_code in (0, 1)
    finally:
        os.umask(old_umask)
        from skillgap.pipeline import get_extractor

        get_extractor.cache_clear()
    created = [cache, *cache.rglob("*")]
    assert len(created) > 2, created
    for path in created:
        mode = stat.S_IMODE(path.lstat().st_mode)
        assert mode & 0o077 == 0, f"{path.relative_to(tmp_path)} is {oct(mode)}"
