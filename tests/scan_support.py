"""Fixtures shared by the tests/test_scan_*.py modules (imported by name there).

Every scan test runs the real pipeline over the mini taxonomy, with the caches in the
test's own folder. `pipeline.get_extractor` caches one pipeline per `--taxonomy` tuple
whatever SKILLGAP_TAXONOMY_DIR says, so it is cleared on the way in and out.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
POSTINGS = FIXTURES / "scan" / "postings"
RESUME = FIXTURES / "scan" / "resume.md"


@pytest.fixture(scope="module")
def mini_pipeline():
    from skillgap.pipeline import get_extractor

    patch = pytest.MonkeyPatch()
    patch.setenv("SKILLGAP_TAXONOMY_DIR", str(FIXTURES / "taxonomy"))
    get_extractor.cache_clear()
    yield
    get_extractor.cache_clear()
    patch.undo()


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    path = tmp_path / "cache"
    monkeypatch.setenv("SKILLGAP_CACHE_DIR", str(path))
    return path


@pytest.fixture
def folder(tmp_path):
    """A copy of the fixture folder that a test may change."""
    copy = tmp_path / "postings"
    shutil.copytree(POSTINGS, copy)
    return copy


@pytest.fixture(scope="module")
def posting_rows():
    """The readable fixture postings as dataset rows (a duplicate included), read by the real readers."""
    from skillgap.ingest import read_document

    names = ["backend-acme.txt", "data-analyst.md", "frontend.html", "platform-engineer.docx",
             "saved/backend-acme (1).txt"]
    rows = []
    for number, name in enumerate(names):
        document = read_document(POSTINGS / name)
        rows.append({"id": f"p{number:02d}", "title": Path(name).stem, "text": document.text,
                     "posted": f"2024-{1 + number % 3:02d}-1{number}"})
    return rows


@pytest.fixture
def write_dataset():
    """write(path, rows) -> path: rows as CSV, TSV, JSONL/NDJSON or Parquet, gzip-compressed for .gz."""
    return write_rows


def write_rows(path: Path, rows: list[dict]) -> Path:
    import csv
    import gzip
    import io
    import json

    path.parent.mkdir(parents=True, exist_ok=True)
    name = path.name.removesuffix(".gz")
    if name.endswith(".parquet"):
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=2)
        return path
    buffer = io.StringIO()
    if name.endswith((".jsonl", ".ndjson")):
        buffer.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    else:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), delimiter="\t" if name.endswith(".tsv") else ",")
        writer.writeheader()
        writer.writerows(rows)
    data = buffer.getvalue().encode()
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path
