"""The history file: where it lives, its permissions, and what happens to files that are not
ours (refused in one line, never written to) or older (migrated) or newer (refused)."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import FIXTURES

from skillgap.cli import main
from skillgap.errors import HistoryError
from skillgap.history.applications import (
    NewApplication,
    add_application,
    get_application,
    list_applications,
)
from skillgap.history.schema import APPLICATION_ID, SCHEMA_VERSION
from skillgap.history.stats import compute_stats
from skillgap.history.store import default_db_path, open_history

V1_SQL = FIXTURES / "history" / "v1.sql"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(folder))
    monkeypatch.chdir(tmp_path)
    return folder


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_history_default_path_follows_skillgap_data_dir(data_dir):
    assert default_db_path() == data_dir / "history.sqlite"


def test_history_new_file_and_new_folders_are_user_only(tmp_path):
    path = tmp_path / "a" / "b" / "history.sqlite"
    with open_history(path) as db:
        add_application(db, NewApplication(company="A"))
    assert path.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "a").stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "a" / "b").stat().st_mode & 0o777 == 0o700
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".new")] == []


def _sqlite_file(path: Path, *, application_id: int = 0, version: int = 0) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (text TEXT)")
    db.execute("INSERT INTO notes VALUES ('mine')")
    db.execute(f"PRAGMA application_id = {application_id}")
    db.execute(f"PRAGMA user_version = {version}")
    db.commit()
    db.close()


def _foreign(kind: str, path: Path) -> None:
    if kind == "random bytes":
        path.write_bytes(os.urandom(8192))
    elif kind == "text file":
        path.write_text("company,date\nAcme,2026-01-01\n")
    elif kind == "empty file":
        path.write_bytes(b"")
    elif kind == "another program's SQLite":
        _sqlite_file(path)
    elif kind.startswith("damaged"):
        with open_history(path) as db:
            add_application(db, NewApplication(company="A", note="x" * 20000))
        data = bytearray(path.read_bytes())
        if kind == "damaged schema page":  # page 1 after the 100-byte header: the list of tables
            data[100:4096] = b"\xff" * 3996
        else:  # page 2, the applications table
            data[4096:8192] = b"\xff" * 4096
        path.write_bytes(bytes(data))
    elif kind == "newer schema":
        _sqlite_file(path, application_id=APPLICATION_ID, version=SCHEMA_VERSION + 1)


@pytest.mark.parametrize("kind", ["random bytes", "text file", "empty file", "another program's SQLite",
                                  "damaged schema page", "damaged table page", "newer schema"])
@pytest.mark.parametrize("command", [("log", "add", "--company", "A"), ("log", "list"), ("log", "stats"),
                                     ("log", "purge", "--yes")])
def test_history_foreign_or_damaged_file_is_refused_in_one_line_and_untouched(tmp_path, kind, command):
    path = tmp_path / "history.sqlite"
    _foreign(kind, path)
    before = path.read_bytes()
    result = run(*command, "--db", path)
    if kind == "damaged table page" and command[1] == "stats":
        # stats reads only the indexes, which are intact: it may answer, but never writes
        assert result.exit_code in (0, 2) and "Traceback" not in result.stderr
        assert path.read_bytes() == before
        return
    assert result.exit_code == 2, (kind, command, result.stdout, result.stderr)
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert str(path) in result.stderr
    assert path.read_bytes() == before
    # SQLite may leave its (empty) WAL index files beside a WAL-mode file it could not read
    others = [p for p in tmp_path.iterdir() if p.name != "history.sqlite"]
    assert all(p.name in ("history.sqlite-wal", "history.sqlite-shm") for p in others), others
    assert all(p.stat().st_size == 0 for p in others if p.name.endswith("-wal"))


def test_history_newer_schema_message_says_upgrade(tmp_path):
    path = tmp_path / "h.sqlite"
    _foreign("newer schema", path)
    result = run("log", "list", "--db", path)
    assert "newer than this skillgap understands" in result.stderr and "upgrade skillgap" in result.stderr


def _v1_database(path: Path) -> None:
    db = sqlite3.connect(path)
    db.executescript(V1_SQL.read_text(encoding="utf-8"))
    db.close()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1


def test_history_migrates_the_v1_fixture_keeping_every_row(tmp_path):
    path = tmp_path / "old.sqlite"
    _v1_database(path)
    with open_history(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        rows = list_applications(db)
        first = get_application(db, 1)
        stats = compute_stats(db)
        missing = db.execute("SELECT count(*) FROM missing_skills WHERE application_id = 1").fetchone()[0]
    assert [(r["id"], r["company"], r["status"]) for r in rows] == [
        (1, "St Mary's Hospital", "interview"), (2, "Acme Ltd", "applied")]
    assert [c["status"] for c in first.changes] == ["checked", "applied", "interview"]
    assert missing == len(first.report["missing"]) > 0  # the v2 table is filled from the stored reports
    assert {s["id"] for s in stats["recurring_missing"]} == {i["id"] for i in first.report["missing"]}
    assert stats["response"]["days_to_first_answer"]["median"] == 8
    # and the CLI reads it like a new file: the stored report renders
    shown = run("log", "show", "1", "--db", path, "--format", "json")
    assert shown.exit_code == 0 and json.loads(shown.stdout)["score"] == first.score


def test_history_migration_is_all_or_nothing(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    _v1_database(path)
    from skillgap.history import schema

    def broken(db):
        db.execute("CREATE TABLE missing_skills (x)")
        raise sqlite3.OperationalError("disk I/O error (simulated in the middle of a migration)")

    monkeypatch.setitem(schema.MIGRATIONS, 1, broken)
    with pytest.raises(HistoryError), open_history(path):
        pass
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'missing_skills'").fetchone()[0] == 0
    db.close()
