"""`log import FILE.csv`: a spreadsheet the person kept. Every row checked first; one bad
row and nothing is imported (one line per bad row, exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from skillgap.cli import main


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(folder))
    monkeypatch.chdir(tmp_path)
    return folder


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def applications() -> list[dict]:
    return json.loads(run("log", "export", "--format", "json").stdout)["applications"]


def sheet(tmp_path: Path, text: str, name: str = "applications.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_reads_the_documented_columns(tmp_path):
    path = sheet(tmp_path, "Company,Date,Job Title,status,Status_Date,url,note,resume_version\n"
                           "Acme,2026-10-01,Engineer,interview,2026-10-09,https://a.example,nice,v2\n"
                           "Beta,2026-10-03,,,,,,\n"
                           ",,,,,,,\n")  # a blank row is skipped
    before = path.read_bytes()
    result = run("log", "import", path)
    assert result.exit_code == 0, result.stderr
    assert "imported 2 application(s)" in result.stderr
    acme, beta = applications()
    assert (acme["company"], acme["job_title"], acme["status"], acme["url"], acme["resume_version"]) == (
        "Acme", "Engineer", "interview", "https://a.example", "v2")
    assert [(c["status"], c["date"]) for c in acme["changes"]] == [
        ("applied", "2026-10-01"), ("interview", "2026-10-09")]
    assert (beta["status"], beta["applied_on"]) == ("applied", "2026-10-03")
    assert path.read_bytes() == before  # inputs are never modified


def test_import_with_a_column_mapping_and_a_date_format(tmp_path):
    path = sheet(tmp_path, "\ufeffEmployer,Applied,Stage,Salary\nAcme,09/11/2026,Rejected,100\n")  # with Excel's BOM
    result = run("log", "import", path, "--map", "company=Employer", "--map", "date=Applied",
                 "--map", "status=Stage", "--date-format", "%d/%m/%Y")
    assert result.exit_code == 0, result.stderr
    assert "ignored column(s): Salary" in result.stderr
    [app] = applications()
    assert (app["company"], app["applied_on"], app["status"]) == ("Acme", "2026-11-09", "rejected")


@pytest.mark.parametrize("text,expected", [
    ("company,date\nAcme,09/11/2026\nBeta,2026-10-01\nGamma,2026-13-01\n",
     ["line 2: date '09/11/2026' is not a date in the format YYYY-MM-DD", "line 4: date '2026-13-01'"]),
    ("company,date,status\nAcme,2026-10-01,pending\nBeta,2026-10-01,applied\nGamma,2026-10-02,Offer\n",
     ["line 2: unknown status 'pending'"]),
    ("company,date\n,2026-10-01\nAcme,\n",
     ["line 2: empty company", "line 3: empty date"]),
    ("company,date,status,status_date\nAcme,2026-10-05,screen,2026-10-01\n",
     ["line 2: status_date 2026-10-01 is before date 2026-10-05"]),
])
def test_import_refuses_the_whole_file_with_one_line_per_bad_row(tmp_path, data_dir, text, expected):
    run("log", "add", "--company", "Existing")
    db = data_dir / "history.sqlite"
    before = applications()
    path = sheet(tmp_path, text)
    result = run("log", "import", path)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == len(expected) + 1 and "nothing imported" in lines[-1]
    for line, words in zip(lines, expected, strict=False):
        assert words in line and str(path) in line
    assert applications() == before and db.exists()


def test_import_refuses_missing_columns_and_bad_options(tmp_path, data_dir):
    path = sheet(tmp_path, "Employer,job_title\nAcme,Engineer\n")
    for args, words in (
        ((), "missing column(s): company (looked for a column 'company'), date (looked for a column 'date')"),
        (("--map", "company=Employer"), "missing column(s): date"),
        (("--map", "firm=Employer"), "invalid --map 'firm=Employer'"),
        (("--date-format", "dd/mm/yyyy"), "invalid --date-format"),
    ):
        result = run("log", "import", path, *args)
        assert result.exit_code == 2 and words in result.stderr, (args, result.stderr)
        assert result.stderr.count("\n") == 1
    assert not data_dir.exists()  # nothing was created for a refused file


def test_import_refuses_two_columns_that_mean_the_same(tmp_path):
    path = sheet(tmp_path, "company,Company,date\nA,B,2026-01-01\n")
    result = run("log", "import", path)
    assert result.exit_code == 2 and "more than one column named company" in result.stderr


def test_import_refuses_a_file_that_is_not_text(tmp_path):
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    result = run("log", "import", path)
    assert result.exit_code == 2 and "cannot read the spreadsheet" in result.stderr and "as CSV" in result.stderr
