"""`skillgap scan` from the command line: exit codes, stdout and stderr kept apart,
formats, --jobs 1 and --jobs 2 giving the same report, --no-cache, -o."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from skillgap.cli import main
from skillgap.scan.cache import CACHE_FILE

pytest_plugins = ["scan_support"]  # fixtures: mini_pipeline, cache_dir, folder

POSTINGS = Path(__file__).parent / "fixtures" / "scan" / "postings"
RESUME = POSTINGS.parent / "resume.md"

pytestmark = pytest.mark.usefixtures("mini_pipeline")


@pytest.fixture
def run(cache_dir):
    def invoke(*args: str):
        return CliRunner().invoke(main, ["scan", *map(str, args)])

    return invoke


def test_scan_cli_reports_then_exits_2_for_bad_files(run):
    result = run(POSTINGS, "--jobs", "1")
    assert result.exit_code == 2, result.stderr
    assert result.stdout.startswith("Skills asked for in 4 postings\n")
    assert "SQL" in result.stdout
    assert "saved/backend-acme (1).txt  is the same posting as  backend-acme.txt" in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("skillgap: error: ")]
    assert len(errors) == 2
    assert "broken.docx: " in errors[0] and "empty.txt: file is empty" in errors[1]
    assert result.stderr.splitlines()[-1] == (
        "skillgap: 2 of 7 files could not be read (listed above); the report leaves them out")
    assert "skillgap: error" not in result.stdout and "Traceback" not in result.stderr


def test_scan_cli_exit_0_when_every_file_reads(run, tmp_path):
    folder = tmp_path / "postings"
    folder.mkdir()
    for name in ("backend-acme.txt", "data-analyst.md", "frontend.html", "platform-engineer.docx"):
        shutil.copy(POSTINGS / name, folder / name)
    result = run(folder, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["postings"] == 4 and data["failures"] == [] and data["duplicates"] == []
    assert "error" not in result.stderr
    assert result.stderr.startswith("skillgap: scanned 4 files in ")


def test_scan_cli_leaves_out_a_resume_saved_among_the_postings(run, tmp_path):
    """An old résumé in the postings folder is not a posting: its skills would show as demand."""
    folder = tmp_path / "postings"
    folder.mkdir()
    shutil.copy(POSTINGS / "backend-acme.txt", folder / "backend-acme.txt")
    shutil.copy(RESUME, folder / "my-old-resume.md")
    result = run(folder, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["postings"] == 1 and data["resumes"] == ["my-old-resume.md"]
    assert "1 posting, 1 left out as a résumé" in result.stderr
    text = run(folder).stdout
    assert "Left out: these look like résumés, not job postings\n  my-old-resume.md" in text


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "csv"])
def test_scan_cli_jobs_1_and_2_give_identical_reports(run, fmt):
    one = run(POSTINGS, "--resume", RESUME, "--format", fmt, "--jobs", "1", "--no-cache")
    two = run(POSTINGS, "--resume", RESUME, "--format", fmt, "--jobs", "2", "--no-cache")
    assert one.exit_code == two.exit_code == 2
    assert one.stdout == two.stdout
    assert "(2 processes)" in two.stderr and "(1 process)" in one.stderr


def test_scan_cli_jobs_2_cached_and_fresh_agree(run):
    fresh = run(POSTINGS, "--resume", RESUME, "--format", "json", "--jobs", "2")
    cached = run(POSTINGS, "--resume", RESUME, "--format", "json", "--jobs", "2")
    assert fresh.stdout == cached.stdout
    assert "6 from the cache" in cached.stderr


def test_scan_cli_json_shape(run):
    result = run(POSTINGS, "--resume", RESUME, "--format", "json")
    data = json.loads(result.stdout)
    assert data["schema"] == "skillgap.scan/1"
    assert (data["files"], data["postings"], data["skills_total"]) == (7, 4, 18)
    sql = data["skills"][0]
    assert sql["id"] == "sql" and sql["share"] == 0.75 and (sql["required"], sql["preferred"]) == (3, 0)
    assert sql["resume"] == {"status": "partial", "via": "postgresql", "line": 10}
    assert sql["examples"][0] == {"path": "backend-acme.txt", "line": 13}
    assert data["gaps"][0]["status"] == "missing"
    assert data["scores"][0]["path"] == "backend-acme.txt"
    assert [f["path"] for f in data["failures"]] == ["broken.docx", "empty.txt"]
    assert len(data["skills"]) == 18  # json lists every skill unless --top is given


def test_scan_cli_csv_one_row_per_skill(run):
    result = run(POSTINGS, "--format", "csv", "--min-share", "0.5")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["skill_id"] for r in rows] == ["sql", "docker", "python", "aws", "kubernetes", "programming"]
    assert rows[0]["share"] == "0.7500" and rows[0]["resume"] == ""


def test_scan_cli_markdown_has_tables(run):
    result = run(POSTINGS, "--resume", RESUME, "--format", "markdown", "--top", "3")
    assert result.stdout.startswith("# Skills asked for in 4 postings")
    assert "| # | Skill | Kind |" in result.stdout
    assert "## Gaps worth closing" in result.stdout and "### Missing from your résumé" in result.stdout
    assert "## Skills asked for (3 of 18)" in result.stdout


def test_scan_cli_html_is_one_self_contained_page(run, tmp_path):
    page = tmp_path / "scan.html"
    result = run(POSTINGS, "--resume", RESUME, "--format", "html", "-o", page)
    assert result.exit_code == 2 and result.stdout == ""  # two bad files in the folder
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in html
    assert "SQL" in html and "Gaps worth closing" in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in html


def test_scan_cli_text_top_limits_the_table(run):
    result = run(POSTINGS, "--top", "2", "--resume", RESUME)
    assert "The 2 skills asked for most (of 18 found)" in result.stdout
    table = result.stdout.split("Gaps worth closing")[0]
    assert [line.split()[1] for line in table.splitlines() if line[:5].strip().isdigit()] == ["SQL", "Docker"]
    assert "Your match with each posting, best first" in result.stdout


def test_scan_cli_output_file_is_written_and_left_out_of_the_next_scan(run, tmp_path):
    folder = tmp_path / "postings"
    folder.mkdir()
    shutil.copy(POSTINGS / "backend-acme.txt", folder / "a.txt")
    report = folder / "report.md"
    first = run(folder, "--format", "markdown", "-o", report)
    assert first.exit_code == 0 and first.stdout == ""
    assert report.read_text().startswith("# Skills asked for in 1 posting\n")
    second = run(folder, "--format", "markdown", "-o", report)
    assert second.exit_code == 0
    assert "left out" in second.stderr and "report.md" in second.stderr
    assert "(1 file)" in report.read_text()


def test_scan_cli_no_cache_leaves_no_database(run, cache_dir):
    result = run(POSTINGS, "--no-cache", "--format", "json")
    assert result.exit_code == 2 and json.loads(result.stdout)["postings"] == 4
    assert not (cache_dir / CACHE_FILE).exists()


@pytest.mark.parametrize("args,needle", [
    (["missing-folder"], "missing-folder: folder not found"),
    ([str(RESUME)], "is a file, expected a folder of postings"),
    (["--resume", "nope.pdf", str(POSTINGS)], "nope.pdf: file not found"),
    (["--taxonomy", "nope.yaml", str(POSTINGS)], "nope.yaml: taxonomy path not found"),
])
def test_scan_cli_bad_arguments_are_one_line(run, args, needle):
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], result.stderr


def test_scan_cli_empty_folder(run, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.xyz").write_text("not a posting")
    result = run(tmp_path / "empty")
    assert result.exit_code == 2 and result.stdout == ""
    assert "no postings found in this folder" in result.stderr


def test_scan_cli_no_progress_bar_when_stderr_is_not_a_terminal(run):
    result = run(POSTINGS, "--jobs", "1")
    assert "\r" not in result.stderr and "file/s" not in result.stderr


def test_scan_cli_is_listed_in_help():
    result = CliRunner().invoke(main, ["scan", "--help"])
    assert result.exit_code == 0
    for option in ("--resume", "--format", "--top", "--jobs", "--min-share", "--no-cache", "--output", "--taxonomy"):
        assert option in result.stdout


def test_scan_cli_a_file_over_the_time_limit_is_named_skipped_and_not_cached(run, tmp_path, cache_dir):
    folder = tmp_path / "postings"
    folder.mkdir()
    shutil.copy(POSTINGS / "backend-acme.txt", folder / "a.txt")
    # 800,000 characters of requirements: seconds of work, far beyond a 0.05 s limit
    line = "- Experience with Python, SQL, Docker and Kubernetes in production systems.\n"
    (folder / "slow.txt").write_text("Requirements\n" + line * (800_000 // len(line)), encoding="utf-8")
    result = run(folder, "--jobs", "1", "--max-seconds", "0.05", "--format", "json")
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("skillgap: error: ")]
    assert len(errors) == 1 and "slow.txt: took longer than the 0.05-second limit" in errors[0]
    assert "--max-seconds" in errors[0]
    data = json.loads(result.stdout)
    assert data["postings"] == 1 and [f["path"] for f in data["failures"]] == ["slow.txt"]
    # not cached: with the limit lifted the file is read this time
    again = run(folder, "--jobs", "1", "--max-seconds", "0", "--format", "json")
    assert again.exit_code == 0, again.stderr
    assert json.loads(again.stdout)["postings"] == 2


def test_scan_cli_reads_posting_formats_only(run, tmp_path):
    folder = tmp_path / "postings"
    folder.mkdir()
    shutil.copy(POSTINGS / "backend-acme.txt", folder / "a.txt")
    (folder / "notes.json").write_text('{"not": "a posting"}')
    (folder / "cover-letter.tex").write_text("\\\\documentclass{letter}")
    result = run(folder, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["files"] == 1 and data["postings"] == 1
