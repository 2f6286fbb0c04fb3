"""`skillgap check --log` and `skillgap log ...` as a user runs them: real samples, real
pipeline, a real SQLite file in a temp folder (never the user's data folder)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import ROOT, SAMPLES

from skillgap.cli import main

SCHEMA = json.loads((ROOT / "docs" / "check-schema.json").read_text())
ENGINEER = (SAMPLES / "resume-software-engineer.pdf", SAMPLES / "posting-backend-engineer.txt")
NURSE = (SAMPLES / "resume-registered-nurse.pdf", SAMPLES / "posting-registered-nurse.html")


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(folder))
    monkeypatch.chdir(tmp_path)  # no project config from the repository applies
    return folder


def run(*args, input: str | None = None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def ok(*args, input: str | None = None):
    result = run(*args, input=input)
    assert result.exit_code == 0, (result.stdout, result.stderr)
    return result


def listed(*args) -> list[dict]:
    data = json.loads(ok("log", "list", "--format", "json", *args).stdout)
    assert data["schema_version"] >= 1
    return data["applications"]


def test_check_log_records_the_check_in_the_data_folder(data_dir):
    result = ok("check", *ENGINEER, "--format", "json", "--log", "--company", "Acme", "--job-title", "Backend Engineer",
                "--url", "https://jobs.example/1", "--resume-version", "v2", "--note", "referral")
    printed = json.loads(result.stdout)
    assert "logged as application 1" in result.stderr and str(data_dir / "history.sqlite") in result.stderr
    [app] = listed()
    assert (app["id"], app["company"], app["job_title"], app["status"]) == (1, "Acme", "Backend Engineer", "checked")
    assert app["score"] == printed["score"] and app["url"] == "https://jobs.example/1"
    assert app["resume_version"] == "v2" and app["note"] == "referral"
    # the stored report is the check's own JSON, re-rendered byte for byte
    shown = ok("log", "show", "1", "--format", "json").stdout
    assert shown == result.stdout
    jsonschema.validate(json.loads(shown), SCHEMA)
    export = json.loads(ok("log", "export", "--format", "json").stdout)["applications"][0]
    assert export["posting_text"].startswith(Path(ENGINEER[1]).read_text(encoding="utf-8").split("\n")[0].strip())
    assert export["resume_path"] == str(ENGINEER[0].resolve()) and len(export["resume_sha256"]) == 64


def test_log_show_rerenders_the_stored_check_in_every_format():
    check = ok("check", *NURSE, "--log", "--company", "St Mary's").stdout
    text = ok("log", "show", "1").stdout
    assert text.startswith("Application 1: St Mary's")
    assert check in text  # the same text report, below the application's details
    markdown = ok("log", "show", "1", "--format", "markdown").stdout
    assert markdown.startswith("# Application 1: St Mary's")
    assert ok("check", *NURSE, "--format", "markdown").stdout in markdown
    html = ok("log", "show", "1", "--format", "html").stdout
    assert html.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in html
    assert "Match score" in html or "match" in html.lower()


def test_log_add_set_and_every_change_kept_with_its_date():
    ok("log", "add", "--company", "Beta", "--job-title", "Nurse", "--date", "2026-11-02")
    ok("log", "set", "1", "--status", "screen", "--date", "2026-11-09", "--note", "phone call")
    ok("log", "set", "1", "--status", "interview", "--date", "2026-11-16")
    [app] = listed()
    assert app["status"] == "interview" and app["score"] is None
    changes = json.loads(ok("log", "export").stdout)["applications"][0]["changes"]
    assert [(c["status"], c["date"]) for c in changes] == [
        ("applied", "2026-11-02"), ("screen", "2026-11-09"), ("interview", "2026-11-16")]
    assert changes[1]["note"] == "phone call"
    text = ok("log", "show", "1").stdout
    assert "No check was recorded" in text and "2026-11-09 screen (phone call)" in text


def test_log_list_filters_and_formats():
    ok("log", "add", "--company", "Acme Corp", "--date", "2026-10-01")
    ok("log", "add", "--company", "Beta", "--date", "2026-11-01", "--status", "rejected")
    ok("log", "add", "--company", "acme labs", "--date", "2026-11-20")
    assert [a["id"] for a in listed("--company", "ACME")] == [1, 3]
    assert [a["id"] for a in listed("--status", "rejected")] == [2]
    assert [a["id"] for a in listed("--since", "2026-11-01")] == [2, 3]
    rows = list(csv.DictReader(io.StringIO(ok("log", "list", "--format", "csv").stdout)))
    assert [r["company"] for r in rows] == ["Acme Corp", "Beta", "acme labs"]
    text = ok("log", "list").stdout
    assert text.splitlines()[1].split()[:3] == ["1", "2026-10-01", "applied"]


def test_log_delete_and_purge():
    for company in ("A", "B", "C"):
        ok("log", "add", "--company", company)
    ok("log", "delete", "2")
    assert [a["company"] for a in listed()] == ["A", "C"]
    assert run("log", "delete", "2").exit_code == 2
    refused = run("log", "purge", input="n\n")
    assert refused.exit_code != 0 and len(listed()) == 2
    ok("log", "purge", input="y\n")
    assert listed() == []


def test_log_errors_are_one_line_exit_2(tmp_path):
    ok("log", "add", "--company", "A")
    for args, words in (
        (("log", "show", "9"), "no application with id 9"),
        (("log", "set", "1", "--status", "screen", "--date", "09/11/2026"), "invalid date"),
        (("log", "list", "--since", "yesterday"), "invalid date"),
        (("log", "show", "1", "--format", "json"), "has no check report"),
    ):
        result = run(*args)
        assert result.exit_code == 2, args
        assert result.stderr.count("\n") == 1 and words in result.stderr and "Traceback" not in result.stderr


def test_check_details_without_log_are_refused():
    result = run("check", *ENGINEER, "--company", "Acme")
    assert result.exit_code == 2 and "--company is recorded only with --log" in result.stderr


def test_config_turns_log_on_and_names_the_database(tmp_path, data_dir):
    (tmp_path / ".skillgap.toml").write_text('[check]\nlog = true\n\n[log]\ndb = "applications.sqlite"\n')
    result = ok("check", *ENGINEER, "--company", "Acme")
    assert "logged as application 1" in result.stderr
    assert (tmp_path / "applications.sqlite").is_file() and not data_dir.exists()
    assert [a["company"] for a in listed()] == ["Acme"]  # log list reads the configured file too
    other = tmp_path / "other.sqlite"
    ok("log", "add", "--company", "Elsewhere", "--db", other)  # --db beats the config
    assert [a["company"] for a in listed("--db", other)] == ["Elsewhere"]
    (tmp_path / ".skillgap.toml").write_text('[log]\npath = "x"\n')
    bad = run("log", "list")
    assert bad.exit_code == 2 and "unknown key(s) in [tool.skillgap.log]: path" in bad.stderr


def test_reading_commands_never_create_the_database(data_dir):
    assert listed() == []
    assert "0 applications" in ok("log", "stats").stdout
    assert not data_dir.exists()


def test_log_stats_formats_agree():
    ok("check", *ENGINEER, "--log", "--company", "Acme", "--status", "applied", "--no-suggestions")
    ok("log", "add", "--company", "Beta", "--status", "applied")
    ok("log", "set", "2", "--status", "rejected")
    data = json.loads(ok("log", "stats", "--format", "json").stdout)
    assert data["applications"] == 2 and data["checked"] == 1
    assert data["response"]["sent"] == 2 and data["response"]["answered"] == 1
    first = data["recurring_missing"][0]
    assert set(first) >= {"id", "name", "count", "required", "applications"} and first["applications"] == [1]
    text = ok("log", "stats").stdout
    markdown = ok("log", "stats", "--format", "markdown").stdout
    assert first["name"] in text and f"| {first['name']} |" in markdown
    html = ok("log", "stats", "--format", "html").stdout
    assert "<svg" in html and first["name"] in html and "http://" not in html.replace("http://www.w3.org", "")


def test_database_file_is_private(data_dir):
    ok("log", "add", "--company", "A")
    assert (data_dir / "history.sqlite").stat().st_mode & 0o777 == 0o600
    assert data_dir.stat().st_mode & 0o777 == 0o700
    db = sqlite3.connect(data_dir / "history.sqlite")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_purge_and_delete_leave_no_trace_of_the_text_in_the_file(data_dir):
    ok("log", "add", "--company", "Secret Employer One", "--note", "salary 91234 agreed")
    ok("log", "add", "--company", "Kept Employer")
    ok("log", "delete", "1")
    def files() -> bytes:
        return b"".join(p.read_bytes() for p in data_dir.iterdir())

    assert b"salary 91234" not in files() and b"Kept Employer" in files()
    ok("log", "purge", "--yes")
    assert b"Kept Employer" not in files()


def test_list_and_show_escape_terminal_control_characters():
    ok("log", "add", "--company", "Evil\x1b[2J Corp", "--note", "line\x1b]0;title\x07")
    assert "\x1b" not in ok("log", "list").stdout
    shown = ok("log", "show", "1").stdout
    assert "\x1b" not in shown and "\\x1b[2J" in shown


def test_check_log_refuses_a_foreign_database_before_running_the_check(tmp_path):
    foreign = tmp_path / "notes.sqlite"
    db = sqlite3.connect(foreign)
    db.execute("CREATE TABLE notes (text TEXT)")
    db.commit()
    db.close()
    before = foreign.read_bytes()
    result = run("check", *ENGINEER, "--log", "--db", foreign)
    assert result.exit_code == 2 and result.stdout == ""  # refused before any report was printed
    assert "not a skillgap history database" in result.stderr and foreign.read_bytes() == before


def test_current_status_is_the_latest_by_date_and_checked_never_hides_another():
    ok("check", *ENGINEER, "--log", "--company", "Acme", "--no-suggestions")  # checked today
    ok("log", "set", "1", "--status", "applied", "--date", "2020-01-02")  # back-dated: still the status
    assert listed()[0]["status"] == "applied"
    assert listed()[0]["applied_on"] == "2020-01-02"  # and the application's date is the day it was sent
    ok("log", "set", "1", "--status", "rejected", "--date", "2020-02-01")
    ok("log", "set", "1", "--status", "screen", "--date", "2020-01-20", "--note", "recorded late")
    assert listed()[0]["status"] == "rejected"  # the screen happened before the rejection


def test_log_stats_never_imports_spacy_or_the_pipeline(tmp_path):
    import subprocess
    import sys

    ok("log", "add", "--company", "A", "--db", tmp_path / "h.sqlite")
    code = ("import sys\nfrom click.testing import CliRunner\nfrom skillgap.cli import main\n"
            f"result = CliRunner().invoke(main, ['log', 'stats', '--db', {str(tmp_path / 'h.sqlite')!r}, "
            "'--format', 'json'])\n"
            "assert result.exit_code == 0, result.output\n"
            "print(' '.join(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc', 'rapidfuzz', 'pdfplumber')"
            " or m.startswith(('skillgap.pipeline', 'skillgap.nlp', 'skillgap.taxonomy'))))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
