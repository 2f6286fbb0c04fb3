"""Per-posting extraction results in one SQLite file under the user cache directory.

A row is keyed by (the file's content SHA-256, the pipeline fingerprint): a rescan of an
unchanged folder only re-reads and re-hashes the files, an edited file misses under its
new hash, and a taxonomy or code change misses under its new fingerprint. The value is
the small JSON record `worker.posting_record` builds (see there), never the text.

The file is created user-only (0o600 in a 0o700 folder); WAL mode lets two scans share
it. A damaged file is never fatal: it is moved aside (`*.corrupt`), a fresh one is
created and the run goes on; if even that fails, the run goes on without a cache.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CACHE_FILE = "scan-cache.sqlite3"
SCHEMA_VERSION = "1"
KEEP_FINGERPRINTS = 4  # rows of older taxonomies/pipelines are dropped at the end of a scan
COMMIT_EVERY = 256

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS postings (
    content_sha256 TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (content_sha256, fingerprint)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pipelines (
    fingerprint TEXT PRIMARY KEY,
    last_used REAL NOT NULL,
    skills TEXT
);
"""

Notify = Callable[[str], None]


def default_cache_path() -> Path:
    from skillgap.paths import cache_dir

    return cache_dir() / CACHE_FILE


class ScanCache:
    """get/put of posting records; every SQLite failure ends in a rebuild or no cache."""

    def __init__(self, path: Path, *, notify: Notify | None = None) -> None:
        self.path = Path(path)
        self.notify = notify or (lambda message: log.warning("%s", message))
        self.rebuilt = False  # a damaged file was moved aside during this run
        self.disabled_reason = ""
        self._pending = 0
        self._conn: sqlite3.Connection | None = None
        try:
            self._conn = self._open()
        except sqlite3.DatabaseError as exc:
            self._recover(exc)
        except OSError as exc:
            self._disable(f"cannot create the scan cache at {self.path} ({exc.strerror or exc}); "
                          "scanning without it")

    # -- opening and recovery ---------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Create the file ourselves so that it is user-only from the first byte (SQLite
        # then gives the -wal and -shm files the same permissions).
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        conn = sqlite3.connect(self.path, timeout=10.0, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            check = conn.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise sqlite3.DatabaseError(f"integrity check failed: {check[0] if check else 'no answer'}")
            conn.executescript(_SCHEMA)
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if row is None or row[0] != SCHEMA_VERSION:
                # An older layout: its rows mean nothing to this version.
                conn.executescript("DELETE FROM postings; DELETE FROM pipelines;")
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        except BaseException:
            conn.close()
            raise
        return conn

    def _recover(self, exc: BaseException) -> None:
        """Move the damaged file aside and start a new one; never raise."""
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
            self._conn = None
        if self.rebuilt:  # already rebuilt once in this run: stop trying
            self._disable(f"the scan cache at {self.path} failed again ({exc}); scanning without it")
            return
        self.rebuilt = True
        aside = self.path.with_name(self.path.name + ".corrupt")
        try:
            if self.path.exists():
                os.replace(self.path, aside)
            for suffix in ("-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            self._conn = self._open()
        except (OSError, sqlite3.Error) as again:
            self._disable(f"the scan cache at {self.path} is damaged ({exc}) and cannot be rebuilt "
                          f"({again}); scanning without it")
            return
        self.notify(f"the scan cache at {self.path} was damaged ({exc}); moved it to {aside.name} "
                    "and started a new one")

    def _disable(self, reason: str) -> None:
        self.disabled_reason = reason
        self._conn = None
        self.notify(reason)

    @property
    def enabled(self) -> bool:
        return self._conn is not None

    # -- records --------------------------------------------------------------------

    def has(self, content_sha256: str, fingerprint: str) -> bool:
        if self._conn is None:
            return False
        try:
            return self._conn.execute(
                "SELECT 1 FROM postings WHERE content_sha256 = ? AND fingerprint = ?",
                (content_sha256, fingerprint),
            ).fetchone() is not None
        except sqlite3.DatabaseError as exc:
            self._recover(exc)
            return False

    def get(self, content_sha256: str, fingerprint: str) -> dict[str, Any] | None:
        if self._conn is None:
            return None
        try:
            row = self._conn.execute(
                "SELECT record FROM postings WHERE content_sha256 = ? AND fingerprint = ?",
                (content_sha256, fingerprint),
            ).fetchone()
        except sqlite3.DatabaseError as exc:
            self._recover(exc)
            return None
        if row is None:
            return None
        try:
            record = json.loads(row[0])
        except ValueError:
            return None  # a damaged value is a miss; the fresh result replaces it
        return record if isinstance(record, dict) else None

    def put(self, content_sha256: str, fingerprint: str, record: dict[str, Any]) -> None:
        if self._conn is None:
            return
        data = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        try:
            if self._pending == 0:
                self._conn.execute("BEGIN")
            self._conn.execute("INSERT OR REPLACE INTO postings VALUES (?, ?, ?)",
                               (content_sha256, fingerprint, data))
            self._pending += 1
            if self._pending >= COMMIT_EVERY:
                self.commit()
        except sqlite3.DatabaseError as exc:
            self._pending = 0
            self._recover(exc)

    def commit(self) -> None:
        if self._conn is None or self._pending == 0:
            return
        self._pending = 0
        try:
            self._conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            self._recover(exc)

    # -- the pipeline's skill names (lets a warm scan skip building the pipeline) ----

    def skills_for(self, fingerprint: str) -> dict[str, list[Any]] | None:
        if self._conn is None:
            return None
        try:
            row = self._conn.execute("SELECT skills FROM pipelines WHERE fingerprint = ?",
                                     (fingerprint,)).fetchone()
            return json.loads(row[0]) if row and row[0] else None
        except (sqlite3.DatabaseError, ValueError) as exc:
            if isinstance(exc, sqlite3.DatabaseError):
                self._recover(exc)
            return None

    def remember_pipeline(self, fingerprint: str, skills: dict[str, list[Any]] | None) -> None:
        """Mark `fingerprint` as used now (and store its skill names when given)."""
        if self._conn is None:
            return
        self.commit()
        try:
            if skills is None:
                self._conn.execute(
                    "INSERT INTO pipelines (fingerprint, last_used) VALUES (?, ?) "
                    "ON CONFLICT(fingerprint) DO UPDATE SET last_used = excluded.last_used",
                    (fingerprint, time.time()))
            else:
                self._conn.execute("INSERT OR REPLACE INTO pipelines VALUES (?, ?, ?)",
                                   (fingerprint, time.time(),
                                    json.dumps(skills, ensure_ascii=False, separators=(",", ":"))))
        except sqlite3.DatabaseError as exc:
            self._recover(exc)

    def prune(self, keep: int = KEEP_FINGERPRINTS) -> int:
        """Drop rows of all but the `keep` most recently used fingerprints."""
        if self._conn is None:
            return 0
        self.commit()
        try:
            stale = [row[0] for row in self._conn.execute(
                "SELECT fingerprint FROM pipelines ORDER BY last_used DESC LIMIT -1 OFFSET ?", (keep,))]
            # Rows whose fingerprint was never registered (an interrupted first run) stay
            # until their pipeline is pruned in turn; they cost nothing but space.
            if not stale:
                return 0
            self._conn.execute("BEGIN")
            removed = 0
            for fingerprint in stale:
                removed += self._conn.execute("DELETE FROM postings WHERE fingerprint = ?",
                                              (fingerprint,)).rowcount
                self._conn.execute("DELETE FROM pipelines WHERE fingerprint = ?", (fingerprint,))
            self._conn.execute("COMMIT")
            return removed
        except sqlite3.DatabaseError as exc:
            self._recover(exc)
            return 0

    def count(self, fingerprint: str | None = None) -> int:
        if self._conn is None:
            return 0
        query, args = "SELECT count(*) FROM postings", ()
        if fingerprint is not None:
            query, args = query + " WHERE fingerprint = ?", (fingerprint,)
        return int(self._conn.execute(query, args).fetchone()[0])

    def close(self) -> None:
        if self._conn is None:
            return
        try:
            self.commit()
            self._conn.close()
        except sqlite3.Error as exc:  # closing never fails a scan
            log.warning("closing the scan cache failed: %s", exc)
        self._conn = None

    def __enter__(self) -> ScanCache:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

