"""`skillgap scan --text-column`: datasets in every format, bad rows, --rows-out, months, cache.

The rows are the texts of the scan fixture postings (read by the real readers), analysed
by the real pipeline over the mini taxonomy; datasets are written in the test's folder.
"""

from __future__ import annotations

import csv
import gzip
import json

import pytest
from click.testing import CliRunner

from skillgap.cli import main
from skillgap.render.scan_json import scan_dict
from skillgap.scan import DatasetColumns, scan

pytest_plugins = ["scan_support"]  # fixtures: mini_pipeline, cache_dir, folder, posting_rows

pytestmark = pytest.mark.usefixtures("mini_pipeline", "cache_dir")

COLUMNS = DatasetColumns("text", id="id", title="title", date="posted")


def _report(path, **options):
    options = {"dataset": COLUMNS, "use_cache": False, "jobs": 1, **options}
    return scan_dict(scan(path, **options))


def _run(*args):
    return CliRunner().invoke(main, ["scan", *map(str, args)])


def _without_paths(data):
    """The report minus where it was read from (the dataset's path)."""
    return {k: v for k, v in data.items() if k != "folder"}


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl", "ndjson", "csv.gz", "jsonl.gz", "parquet"])
def test_scan_dataset_every_format_gives_the_same_report(tmp_path, posting_rows, write_dataset, fmt):
    reference = _report(write_dataset(tmp_path / "ref.jsonl", posting_rows))
    data = _report(write_dataset(tmp_path / f"postings.{fmt}", posting_rows))
    assert _without_paths(data) == _without_paths(reference)
    assert data["dataset"] is True and data["files"] == len(posting_rows)
    assert data["postings"] == len(posting_rows) - 1 and len(data["duplicates"]) == 1
    assert data["skills"][0]["examples"][0]["path"] in {row["id"] for row in posting_rows}


def test_scan_dataset_folder_of_files_reads_them_in_path_order(tmp_path, posting_rows, write_dataset):
    folder = tmp_path / "parts"
    folder.mkdir()
    write_dataset(folder / "a.csv", posting_rows[:2])
    write_dataset(folder / "b" / "c.jsonl", posting_rows[2:])
    whole = _report(write_dataset(tmp_path / "all.jsonl", posting_rows))
    parts = _report(folder)
    assert _without_paths(parts) == _without_paths(whole)


def test_scan_dataset_bad_rows_are_skipped_counted_and_named(tmp_path, posting_rows):
    path = tmp_path / "bad.csv"
    good = posting_rows[0]
    with open(path, "wb") as handle:
        handle.write(b"id,title,text,posted\n")
        handle.write(f'{good["id"]},{good["title"]},"{good["text"]}",2024-01-02\n'.encode())
        handle.write(b"e1,Empty,\"   \",2024-01-03\n")  # row 2: empty text
        handle.write(b"e2,Latin-1,\"Python caf\xe9 SQL\",2024-01-04\n")  # row 3: not UTF-8
        handle.write(b"e3,Short\n")  # row 4: no value in the text column
    data = _report(path)
    assert data["postings"] == 1 and data["files"] == 4
    assert [(s["path"], s["message"]) for s in data["skipped"]] == [
        ("bad.csv row 2", "bad.csv row 2: empty text"),
        ("bad.csv row 3", "bad.csv row 3: text is not UTF-8 (save the dataset as UTF-8)"),
        ("bad.csv row 4", "bad.csv row 4: no value in column 'text'"),
    ]


def test_scan_dataset_bad_json_lines_are_skipped(tmp_path, posting_rows):
    path = tmp_path / "bad.jsonl"
    lines = [json.dumps(posting_rows[0]).encode(), b'{"id": "x", "text": ', b"[1, 2]",
             b'{"id": "n", "text": null}', b"", json.dumps(posting_rows[1]).encode(),
             '{"id": "u", "text": "caf\u00e9"}'.encode("latin-1")]
    path.write_bytes(b"\n".join(lines) + b"\n")
    data = _report(path)
    assert data["postings"] == 2 and data["files"] == 6  # the blank line is not a row
    skipped = [s["message"] for s in data["skipped"]]
    assert skipped[0].startswith("bad.jsonl row 2: malformed JSON line")
    assert skipped[1:] == ["bad.jsonl row 3: a JSON list, not an object", "bad.jsonl row 4: no value in column 'text'",
                           "bad.jsonl row 6: line is not UTF-8 (save the dataset as UTF-8)"]


def test_scan_dataset_cli_names_bad_rows_on_stderr_and_exits_0(tmp_path, posting_rows, write_dataset):
    rows = [*posting_rows, {"id": "blank", "title": "", "text": "", "posted": ""}]
    path = write_dataset(tmp_path / "p.csv", rows)
    result = _run(path, "--text-column", "text", "--id-column", "id", "--jobs", "1", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert f"skillgap: error: p.csv row {len(rows)}: empty text" in result.stderr
    assert "1 rows skipped" in result.stderr and "Traceback" not in result.stderr
    assert json.loads(result.stdout)["skipped"][0]["path"] == f"p.csv row {len(rows)}"


def test_scan_dataset_file_without_text_column_is_one_line_error(tmp_path, posting_rows, write_dataset):
    path = write_dataset(tmp_path / "p.csv", posting_rows)
    result = _run(path)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (f"skillgap: error: {path}: is a dataset file, and no --text-column was given "
                             "(name the column that holds the posting text with --text-column)\n")


@pytest.mark.parametrize(("fmt", "where"), [
    ("csv", ""), ("tsv", ""), ("csv.gz", ""), ("parquet", ""),
    ("jsonl", " in its first 5 JSON objects"), ("jsonl.gz", " in its first 5 JSON objects"),
])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_scan_dataset_missing_column_is_one_line_error(tmp_path, posting_rows, write_dataset, fmt, where, jobs):
    path = write_dataset(tmp_path / f"p.{fmt}", posting_rows)
    result = _run(path, "--text-column", "body", "--jobs", jobs, "--no-cache")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (f"skillgap: error: {path}: no column 'body'{where} (columns: id, title, text, posted) "
                             "(name one of its columns with --text-column)\n")


def test_scan_dataset_missing_id_or_date_column_names_its_option(tmp_path, posting_rows, write_dataset):
    path = write_dataset(tmp_path / "p.jsonl", posting_rows[:1])
    result = _run(path, "--text-column", "text", "--id-column", "job_id", "--date-column", "day")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (f"skillgap: error: {path}: no column 'job_id', 'day' in its only JSON object "
                             "(columns: id, title, text, posted) (name one of its columns with --id-column "
                             "and --date-column)\n")


def test_scan_dataset_json_key_in_a_later_object_is_not_missing(tmp_path, posting_rows):
    """A key some of the first objects leave out (JSON writers drop null keys) is a column."""
    rows = [{k: v for k, v in row.items() if k != "posted"} for row in posting_rows[:2]] + posting_rows[2:]
    path = tmp_path / "sparse.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    data = _report(path)
    assert data["postings"] == len(rows) - 1 and data["skipped"] == []
    assert sum(data["months"].values()) == len(rows) - 3  # two without a date, the duplicate not counted


def test_scan_dataset_json_key_missing_after_the_first_objects_skips_the_row(tmp_path, posting_rows, monkeypatch):
    from skillgap.scan import datasets

    monkeypatch.setattr(datasets, "LOOKAHEAD", 2)
    rows = [*posting_rows[:3], {"id": "late", "title": "t"}]
    path = tmp_path / "late.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    data = _report(path)
    assert data["postings"] == 3
    assert [s["message"] for s in data["skipped"]] == ["late.jsonl row 4: no value in column 'text'"]


def test_scan_dataset_rows_out_csv_and_parquet(tmp_path, posting_rows, write_dataset):
    import pyarrow.parquet as pq

    path = write_dataset(tmp_path / "p.jsonl", posting_rows)
    report = _report(path, rows_out=tmp_path / "rows.csv")
    _report(path, rows_out=tmp_path / "rows.parquet")
    with open(tmp_path / "rows.csv", newline="") as handle:
        from_csv = [{**r, "count": int(r["count"])} for r in csv.DictReader(handle)]
    assert from_csv == pq.read_table(tmp_path / "rows.parquet").to_pylist()
    assert set(from_csv[0]) == {"posting_id", "skill_id", "importance", "count"}
    # every posting's skills, duplicates included: per skill, postings + duplicates asking for it
    duplicate = report["duplicates"][0]["path"]
    for skill in report["skills"]:
        ids = {r["posting_id"] for r in from_csv if r["skill_id"] == skill["id"]}
        assert len(ids - {duplicate}) == skill["postings"]
        required = {r["posting_id"] for r in from_csv if r["skill_id"] == skill["id"]
                    and r["importance"] == "required"} - {duplicate}
        assert len(required) == skill["required"]
    assert all(r["count"] >= 1 for r in from_csv)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left


def test_scan_dataset_rows_out_never_over_an_input(tmp_path, posting_rows, write_dataset):
    path = write_dataset(tmp_path / "p.csv", posting_rows)
    before = path.read_bytes()
    result = _run(path, "--text-column", "text", "--rows-out", path)
    assert result.exit_code == 2 and "--rows-out would overwrite an input" in result.stderr
    assert path.read_bytes() == before


def test_scan_dataset_demand_by_month_in_json_and_html(tmp_path, posting_rows, write_dataset):
    path = write_dataset(tmp_path / "p.csv", posting_rows)
    data = _report(path)
    months = {row["posted"][:7] for row in posting_rows}
    assert set(data["months"]) == months and sum(data["months"].values()) == data["postings"]
    for skill in data["skills"]:
        assert sum(skill["by_month"].values()) == skill["postings"]
    html = _run(path, "--text-column", "text", "--date-column", "posted", "--jobs", "1", "--format", "html",
                "--no-cache").stdout
    assert "Demand by month" in html and min(months) in html


@pytest.mark.parametrize("chunk_size,jobs", [(1, 1), (2, 2), (64, 2)])
def test_scan_dataset_chunk_size_and_jobs_do_not_change_the_report(tmp_path, posting_rows, write_dataset,
                                                                   chunk_size, jobs):
    path = write_dataset(tmp_path / "p.csv", posting_rows)
    reference = _report(path)
    assert _report(path, chunk_size=chunk_size, jobs=jobs) == reference


def test_scan_dataset_rows_are_cached_by_content(tmp_path, posting_rows, write_dataset):
    path = write_dataset(tmp_path / "p.csv", posting_rows)
    first = scan(path, dataset=COLUMNS, jobs=1)
    assert (first.stats.cache_hits, first.stats.analysed) == (0, len(posting_rows))
    again = scan(path, dataset=COLUMNS, jobs=1)
    assert (again.stats.cache_hits, again.stats.analysed) == (len(posting_rows), 0)
    assert scan_dict(again) == scan_dict(first)
    changed = [dict(row) for row in posting_rows]
    changed[0]["text"] += "\nAlso Kubernetes."
    changed[1]["id"] = "renamed"  # the same text under another id is still a hit
    moved = scan(write_dataset(tmp_path / "q.jsonl", changed), dataset=COLUMNS, jobs=1)
    assert (moved.stats.cache_hits, moved.stats.analysed) == (len(posting_rows) - 1, 1)


def test_scan_dataset_internal_error_is_not_a_bad_row(tmp_path, posting_rows, write_dataset, monkeypatch):
    """A bug in skillgap on one row: reported as a bug (exit 3), the other rows still counted."""
    from skillgap.scan import worker

    real = worker.posting_record

    def buggy(posting):
        if "Frontend" in posting.document.text:
            raise KeyError("a bug")
        return real(posting)

    monkeypatch.setattr(worker, "posting_record", buggy)
    path = write_dataset(tmp_path / "p.csv", posting_rows)
    result = _run(path, "--text-column", "text", "--jobs", "1", "--format", "json", "--no-cache")
    assert result.exit_code == 3, result.stderr
    data = json.loads(result.stdout)
    assert len(data["internal_errors"]) == 1 and data["failures"] == [] and data["skipped"] == []
    assert "KeyError" in data["internal_errors"][0]["message"] and "bug" in data["internal_errors"][0]["message"]
    assert data["postings"] == len(posting_rows) - 2  # the duplicate and the row skillgap failed on
    assert "hit a skillgap bug" in result.stderr and "Traceback" not in result.stderr


def test_scan_dataset_gz_truncated_is_one_line_error(tmp_path, posting_rows, write_dataset):
    path = write_dataset(tmp_path / "p.jsonl.gz", posting_rows * 3)
    path.write_bytes(path.read_bytes()[:-20])
    result = _run(path, "--text-column", "text", "--jobs", "1", "--no-cache")
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "cannot be read past" in result.stderr and "Traceback" not in result.stderr


def test_scan_dataset_gz_is_streamed(tmp_path, posting_rows):
    """A .gz dataset is read through gzip, line by line (a plain reader would fail on the bytes)."""
    path = tmp_path / "p.ndjson.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for row in posting_rows:
            handle.write(json.dumps(row) + "\n")
    assert _report(path)["postings"] == len(posting_rows) - 1


def test_scan_dask_engine_reads_datasets_only(folder):
    result = _run(folder, "--engine", "dask")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("skillgap: error: --engine dask reads datasets: add --text-column")


def test_scan_dataset_columns_need_text_column(folder):
    result = _run(folder, "--date-column", "posted")
    assert result.exit_code == 2 and "add --text-column NAME" in result.stderr


def test_scan_dataset_local_engine_uses_no_network(tmp_path, posting_rows, write_dataset, monkeypatch):
    """The local engine never opens a socket (only --engine dask talks to its cluster)."""
    import socket

    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network disabled by the test")

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    path = write_dataset(tmp_path / "p.parquet", posting_rows)
    assert _report(path, rows_out=tmp_path / "rows.parquet")["postings"] == len(posting_rows) - 1
    assert attempts == []
