"""The history database: where it lives, how it is opened, created and migrated.

Safety rules, each tested:
- A new file is built beside its final name and linked into place (`os.link` never
  replaces an existing file), user-only (0600), in a user-only folder (0700) when the
  folder is created here. Two processes creating it at once end with one file.
- An existing file is checked before SQLite touches it: the SQLite header and our
  application id. A foreign, damaged or newer file is reported and never written to.
- WAL journal, `synchronous=FULL`, every write in one `BEGIN IMMEDIATE` transaction, and
  a busy timeout: concurrent writers wait their turn, a killed writer leaves the last
  committed state.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from skillgap.errors import HistoryError, printable
from skillgap.history.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

DB_NAME = "history.sqlite"
DATA_DIR_ENV = "SKILLGAP_DATA_DIR"
BUSY_TIMEOUT_S = 60.0
SQLITE_MAGIC = b"SQLite format 3\x00"


def data_dir() -> Path:
    """`SKILLGAP_DATA_DIR`, else platformdirs' user data folder for skillgap."""
    configured = os.environ.get(DATA_DIR_ENV)
    if configured:
        return Path(configured)
    from platformdirs import user_data_dir

    return Path(user_data_dir("skillgap"))


def default_db_path() -> Path:
    return data_dir() / DB_NAME


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@contextlib.contextmanager
def open_history(path: Path | None = None, *, create: bool = True) -> Iterator[sqlite3.Connection]:
    """A connection to the history at `path` (default: the data folder), at the current schema.

    `create=False` (reading commands): a file that does not exist yet reads as an empty
    history, and nothing is created. SQLite errors become one-line `HistoryError`s.
    """
    path = path or default_db_path()
    shown = printable(str(path))
    if not path.exists():
        if not create:
            db = _connect(":memory:")
            _migrate(db, shown)
            yield db
            db.close()
            return
        _create(path)
    _check_header(path, shown)
    try:
        db = _connect(str(path))
    except sqlite3.Error as exc:
        raise HistoryError(f"cannot open the history database: {exc}", path=shown) from exc
    try:
        _migrate(db, shown)
        yield db
    except sqlite3.DatabaseError as exc:
        raise HistoryError(_sqlite_problem(exc), path=shown,
                           hint="try again; if it persists, check the disk, or restore a copy") from exc
    finally:
        db.close()


def _sqlite_problem(exc: sqlite3.DatabaseError) -> str:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return (f"the history database is busy ({text}): "
                f"another skillgap process held it for over {BUSY_TIMEOUT_S:.0f} s")
    return f"the history database is damaged or unreadable ({text})"


def _connect(target: str) -> sqlite3.Connection:
    db = sqlite3.connect(target, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA secure_delete = ON")  # a deleted application's text is overwritten, not left in free pages
    return db


@contextlib.contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken at once (`BEGIN IMMEDIATE`), so writers queue on the busy
    timeout instead of failing when two try to upgrade a read lock."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _make_folder(folder: Path) -> None:
    """Create the missing folders, each user-only."""
    missing = []
    for parent in (folder, *folder.parents):
        if parent.exists():
            break
        missing.append(parent)
    for parent in reversed(missing):
        try:
            parent.mkdir(mode=0o700)
        except FileExistsError:
            continue
        os.chmod(parent, 0o700)  # mkdir's mode is filtered by the umask


def _create(path: Path) -> None:
    """Build an empty history beside `path`, then link it into place (never over a file)."""
    import tempfile

    try:
        _make_folder(path.parent)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".new")
    except OSError as exc:
        raise HistoryError(f"cannot create the history database: {exc.strerror}", path=printable(str(path)),
                           hint="check that the folder is writable, or choose another --db") from exc
    os.close(fd)  # mkstemp made it 0600; SQLite gives its -wal and -shm files the same mode
    try:
        db = _connect(tmp)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _migrate(db, tmp)
        db.execute("PRAGMA journal_mode = WAL")  # persistent: stored in the file
        db.close()
        try:
            os.link(tmp, path)
        except FileExistsError:
            log.info("another process created %s first", path)
        except OSError:  # a file system without hard links: rename, if nothing appeared meanwhile
            if not path.exists():
                os.rename(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def check_history_file(path: Path | None) -> None:
    """Refuse a foreign file before a long job that ends by writing to it (`check --log`)."""
    path = path or default_db_path()
    if path.exists():
        _check_header(path, printable(str(path)))


def _check_header(path: Path, shown: str) -> None:
    """Refuse anything that is not a skillgap history, reading bytes only (SQLite would
    happily write into a foreign database)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise HistoryError(f"cannot read the history database: {exc.strerror}", path=shown) from exc
    hint = "choose another --db, or move this file away"
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise HistoryError("not a skillgap history database (not an SQLite file)", path=shown, hint=hint)
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise HistoryError("not a skillgap history database (an SQLite file of another program)",
                           path=shown, hint=hint)


def _migrate(db: sqlite3.Connection, shown: str) -> None:
    """Bring the file to SCHEMA_VERSION, one migration at a time, all in one transaction."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version == SCHEMA_VERSION:
        return
    if version > SCHEMA_VERSION:
        raise HistoryError(f"this history database has schema version {version}, newer than this skillgap "
                           f"understands ({SCHEMA_VERSION})", path=shown,
                           hint="upgrade skillgap; the file was left untouched")
    with transaction(db):
        version = db.execute("PRAGMA user_version").fetchone()[0]  # another process may have done it
        while version < SCHEMA_VERSION:
            log.info("migrating %s from schema version %d", shown, version)
            MIGRATIONS[version](db)
            version += 1
            db.execute(f"PRAGMA user_version = {version}")
