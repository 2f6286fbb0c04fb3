"""`--rows-out FILE.parquet|.csv`: one row per (posting id, skill id, importance, count).

For analysts who join the results with the rest of their dataset. Every posting read is
written, duplicates too (a duplicate is still a row of their dataset); a posting without a
recognised skill writes nothing. `count` is how many times the posting names the skill.
Rows are written as they come, to a temporary file beside the target that replaces it
only when the scan ends well (the atomic write of skillgap/atomic.py, streamed).
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from skillgap.errors import ConfigError, InputError

COLUMNS = ("posting_id", "skill_id", "importance", "count")
ROWS_OUT_SUFFIXES = (".parquet", ".csv")
FLUSH_EVERY = 50_000  # Parquet rows buffered before a row group is written


class RowsOut:
    def __init__(self, path: Path, inputs: Iterable[Path] = ()) -> None:
        suffix = path.suffix.lower()
        if suffix not in ROWS_OUT_SUFFIXES:
            raise ConfigError("--rows-out must end in .parquet or .csv", path=str(path),
                              hint="name the file FILE.parquet or FILE.csv")
        target = path.resolve()
        if not target.parent.is_dir():
            raise InputError("the folder for --rows-out does not exist", path=str(path),
                             hint="create the folder first, or pick another path")
        for source in inputs:
            if source.exists() and (target == source.resolve() or source.resolve() in target.parents):
                raise InputError("--rows-out would overwrite an input", path=str(path), hint="pick another path")
        self.path, self.parquet = path, suffix == ".parquet"
        self.written = 0
        self._buffer: dict[str, list[Any]] = {c: [] for c in COLUMNS}
        self._writer: Any = None
        fd, self._tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{path.name}.", suffix=".tmp")
        if self.parquet:
            os.close(fd)
            self._handle: Any = None
            self._open_parquet()
        else:
            self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
            self._csv = csv.writer(self._handle, lineterminator="\n")
            self._csv.writerow(COLUMNS)

    def _open_parquet(self) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            Path(self._tmp).unlink(missing_ok=True)
            raise ConfigError("--rows-out FILE.parquet needs pyarrow, which is not installed",
                              hint="install the optional extra: pip install 'skillgap[scale]', or write .csv") \
                from exc
        self._schema = pa.schema([("posting_id", pa.string()), ("skill_id", pa.string()),
                                  ("importance", pa.string()), ("count", pa.int32())])
        self._writer = pq.ParquetWriter(self._tmp, self._schema)

    def add(self, posting_id: str, record: dict[str, Any]) -> None:
        for skill_id, importance, terms, _lines in record["skills"]:
            count = sum(int(n) for _term, n in terms) or 1
            self.written += 1
            if self.parquet:
                for column, value in zip(COLUMNS, (posting_id, skill_id, importance, count), strict=False):
                    self._buffer[column].append(value)
            else:
                self._csv.writerow((posting_id, skill_id, importance, count))
        if self.parquet and len(self._buffer["posting_id"]) >= FLUSH_EVERY:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._buffer["posting_id"]:
            self._writer.write_table(pa.table(self._buffer, schema=self._schema))
            self._buffer = {c: [] for c in COLUMNS}

    def commit(self) -> None:
        """Finish the file and put it in place."""
        if self.parquet:
            self._flush()
            self._writer.close()
        else:
            self._handle.close()
        os.chmod(self._tmp, 0o666 & ~_umask())
        os.replace(self._tmp, self.path)

    def discard(self) -> None:
        """Leave the target as it was (the scan failed or was interrupted)."""
        try:
            if self.parquet:
                self._writer.close()
            elif not self._handle.closed:
                self._handle.close()
        finally:
            Path(self._tmp).unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
