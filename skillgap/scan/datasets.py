"""Posting datasets: rows streamed from CSV/TSV, JSONL/NDJSON or Parquet files.

`iter_rows(path, columns)` yields one `Row` or one skipped `ItemOutcome` per data row, in
order: the files of a folder sorted by path, each file's rows as stored. Nothing holds a
whole file: CSV and JSON lines are read one at a time (a `.gz` file through `gzip.open`),
Parquet a record batch at a time (`pyarrow.parquet.ParquetFile.iter_batches`).

A bad row (empty text, bytes that are not UTF-8, a malformed line, a missing value in
the text column) is skipped and named, "postings.csv row 12: ...". A bad file (no such
column, not CSV at all) is an `InputError` for the whole scan: every row would fail.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from skillgap.errors import ConfigError, InputError
from skillgap.outcome import ItemOutcome

DATASET_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".parquet")
PARQUET_BATCH = 1024
LOOKAHEAD = 100  # JSON lines: objects read before a column none of them has is an error
FIELD_LIMIT = 16 << 20  # the largest CSV field read; a larger one skips its row
_MONTH = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})(?:\D|$)")
_SURROGATE = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True)
class DatasetColumns:
    """Which columns (or JSON keys) hold what; only `text` is required."""

    text: str
    id: str | None = None
    title: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Row:
    source: str  # the file, relative to the dataset path ("" for a single file)
    number: int  # 1-based data row of its file (the header is not a row)
    id: str  # the id column's value, else "source#number"
    title: str  # the title column's value, "" when there is none
    text: str
    month: str  # "YYYY-MM" from the date column, "" when there is none or it is unreadable

    @property
    def label(self) -> str:
        return row_label(self.source, self.number)


def row_label(source: str, number: int) -> str:
    return f"{source} row {number}" if source else f"row {number}"


def is_dataset_file(path: Path) -> bool:
    name = path.name.lower()
    name = name.removesuffix(".gz")
    return name.endswith(DATASET_SUFFIXES)


def _format(path: Path) -> str:
    name = path.name.lower()
    name = name.removesuffix(".gz")
    return next(s for s in DATASET_SUFFIXES if name.endswith(s)).lstrip(".")


def dataset_files(path: Path) -> list[Path]:
    """The dataset's files: `path` itself, or the dataset files in the folder (recursively)."""
    if not path.exists():
        raise InputError("not found", path=str(path), hint="check the path and spelling")
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and is_dataset_file(p))
        if not files:
            raise InputError("no dataset files in this folder", path=str(path),
                             hint="--text-column reads .csv, .tsv, .jsonl, .ndjson or .parquet files (.gz too)")
        return files
    if not is_dataset_file(path):
        raise InputError("not a dataset file", path=str(path),
                         hint="--text-column reads .csv, .tsv, .jsonl, .ndjson or .parquet files (.gz too); "
                              "leave it out to scan a folder of posting files")
    return [path]


def iter_rows(path: Path, columns: DatasetColumns) -> Iterator[Row | ItemOutcome]:
    for file in dataset_files(path):
        source = file.relative_to(path).as_posix() if path.is_dir() else file.name
        fmt = _format(file)
        if fmt == "parquet":
            yield from _parquet_rows(file, source, columns)
        elif fmt in ("jsonl", "ndjson"):
            yield from _json_rows(file, source, columns)
        else:
            yield from _csv_rows(file, source, columns, "\t" if fmt == "tsv" else ",")


def _open_binary(file: Path) -> IO[bytes]:
    try:
        return gzip.open(file, "rb") if file.name.lower().endswith(".gz") else open(file, "rb")
    except OSError as exc:
        raise InputError(f"cannot open: {exc.strerror or exc}", path=str(file)) from exc


def make_row(source: str, number: int, values: dict[str, Any], columns: DatasetColumns) -> Row | ItemOutcome:
    """A Row from one record's values, or why it is skipped."""
    label = row_label(source, number)
    text = values.get(columns.text)
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            return ItemOutcome.skipped(label, "text is not UTF-8", "save the dataset as UTF-8")
    if text is None:
        return ItemOutcome.skipped(label, f"no value in column {columns.text!r}")
    if not isinstance(text, str):
        return ItemOutcome.skipped(label, f"column {columns.text!r} holds {type(text).__name__}, not text")
    if _SURROGATE.search(text):
        return ItemOutcome.skipped(label, "text is not UTF-8", "save the dataset as UTF-8")
    if not text.strip():
        return ItemOutcome.skipped(label, "empty text")
    ident = _plain(values.get(columns.id)) if columns.id else ""
    title = _plain(values.get(columns.title)) if columns.title else ""
    month = month_of(values.get(columns.date)) if columns.date else ""
    return Row(source, number, ident or (f"{source}#{number}" if source else f"#{number}"), title, text, month)


def _plain(value: Any) -> str:
    if value is None:
        return ""
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return " ".join(_SURROGATE.sub("\ufffd", text).split())


def month_of(value: Any) -> str:
    """"YYYY-MM" from a date (ISO text such as 2020-09-30T11:46:29+0100, 2020/09, or a date)."""
    if isinstance(value, (date, datetime)):
        return f"{value.year:04d}-{value.month:02d}"
    if not isinstance(value, str):
        return ""
    found = _MONTH.match(value)
    if not found or not 1 <= int(found.group(2)) <= 12:
        return ""
    return f"{found.group(1)}-{int(found.group(2)):02d}"


def _missing_columns(available: list[str], columns: DatasetColumns) -> list[str]:
    wanted = [c for c in (columns.text, columns.id, columns.title, columns.date) if c]
    return [c for c in wanted if c not in available]


_FLAGS = {"text": "--text-column", "id": "--id-column", "title": "--title-column", "date": "--date-column"}


def _no_column(file: Path, missing: list[str], available: list[str], columns: DatasetColumns,
               where: str = "") -> InputError:
    shown = ", ".join(available[:20]) + (", ..." if len(available) > 20 else "")
    flags = [flag for field, flag in _FLAGS.items() if getattr(columns, field) in missing]
    return InputError(f"no column {', '.join(repr(m) for m in missing)}{where} (columns: {shown or 'none'})",
                      path=str(file), hint=f"name one of its columns with {' and '.join(dict.fromkeys(flags))}")


def _csv_rows(file: Path, source: str, columns: DatasetColumns, delimiter: str) -> Iterator[Row | ItemOutcome]:
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
    with _open_binary(file) as binary:
        text = io.TextIOWrapper(binary, encoding="utf-8-sig", errors="surrogateescape", newline="")
        reader = csv.reader(text, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            raise InputError("file is empty", path=str(file)) from None
        except (csv.Error, OSError, EOFError) as exc:
            raise InputError(f"cannot be read as {'TSV' if delimiter == chr(9) else 'CSV'} ({exc})",
                             path=str(file)) from exc
        header = [h.strip() for h in header]
        missing = _missing_columns(header, columns)
        if missing:
            raise _no_column(file, missing, header, columns)
        number = 0
        while True:
            number += 1
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield ItemOutcome.skipped(row_label(source, number), f"malformed CSV row ({exc})")
                continue
            except (OSError, EOFError) as exc:  # a truncated or damaged .gz
                raise InputError(f"cannot be read past row {number - 1} ({exc})", path=str(file)) from exc
            if not fields:
                number -= 1  # a blank line is not a row
                continue
            yield make_row(source, number, dict(zip(header, fields, strict=False)), columns)


def _json_rows(file: Path, source: str, columns: DatasetColumns) -> Iterator[Row | ItemOutcome]:
    """Rows of a JSON lines file; a column none of its first `LOOKAHEAD` objects has is an error."""
    with _open_binary(file) as binary:
        number = 0
        ahead: list[Row | ItemOutcome] = []
        keys: dict[str, None] = {}
        objects = 0
        try:
            for line in binary:
                if not line.strip():
                    continue
                number += 1
                item, values = _json_row(line, source, number, columns)
                if objects >= LOOKAHEAD:
                    yield item
                    continue
                ahead.append(item)
                if values is not None:
                    objects += 1
                    keys.update(dict.fromkeys(values))
                    if objects == LOOKAHEAD:
                        _check_keys(file, keys, objects, columns)
                        yield from ahead
                        ahead.clear()
        except (OSError, EOFError) as exc:  # a truncated or damaged .gz
            raise InputError(f"cannot be read past line {number} ({exc})", path=str(file)) from exc
        if objects:
            _check_keys(file, keys, objects, columns)
        yield from ahead


def _check_keys(file: Path, keys: dict[str, None], objects: int, columns: DatasetColumns) -> None:
    missing = _missing_columns(list(keys), columns)
    if missing:
        where = f" in its first {objects} JSON objects" if objects > 1 else " in its only JSON object"
        raise _no_column(file, missing, list(keys), columns, where)


def _json_row(line: bytes, source: str, number: int,
              columns: DatasetColumns) -> tuple[Row | ItemOutcome, dict[str, Any] | None]:
    """The line's Row (or why it is skipped), and its object when it is one."""
    label = row_label(source, number)
    try:
        values = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return ItemOutcome.skipped(label, "line is not UTF-8", "save the dataset as UTF-8"), None
    except ValueError as exc:
        return ItemOutcome.skipped(label, f"malformed JSON line ({str(exc)[:80]})"), None
    if not isinstance(values, dict):
        return ItemOutcome.skipped(label, f"a JSON {type(values).__name__}, not an object"), None
    return make_row(source, number, values, columns), values


def _parquet_rows(file: Path, source: str, columns: DatasetColumns) -> Iterator[Row | ItemOutcome]:
    try:
        import pyarrow
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ConfigError("reading Parquet needs pyarrow, which is not installed",
                          hint="install the optional extra: pip install 'skillgap[scale]'") from exc
    try:
        parquet = pq.ParquetFile(file)
    except (OSError, pyarrow.ArrowException) as exc:
        raise InputError(f"cannot be read as Parquet ({exc})", path=str(file)) from exc
    with parquet:
        available = list(parquet.schema_arrow.names)
        missing = _missing_columns(available, columns)
        if missing:
            raise _no_column(file, missing, available, columns)
        wanted = list(dict.fromkeys(c for c in (columns.text, columns.id, columns.title, columns.date) if c))
        number = 0
        try:
            for batch in parquet.iter_batches(batch_size=PARQUET_BATCH, columns=wanted):
                for values in batch.to_pylist():
                    number += 1
                    yield make_row(source, number, values, columns)
        except (OSError, pyarrow.ArrowException) as exc:
            raise InputError(f"cannot be read past row {number} ({exc})", path=str(file)) from exc
