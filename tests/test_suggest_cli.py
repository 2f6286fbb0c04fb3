"""`skillgap rewrite` and the suggestions in `skillgap check`, through click's CliRunner:
exit code, stdout and stderr asserted separately."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, SAMPLES

from skillgap.cli import main

RESUME = str(SAMPLES / "resume-software-engineer.md")
POSTING = str(SAMPLES / "posting-backend-engineer.txt")
DOCX_RESUME = str(SAMPLES / "resume-accountant.docx")
DOCX_POSTING = str(SAMPLES / "posting-staff-accountant.docx")


@pytest.fixture
def runner():
    return CliRunner()


def test_cli_rewrite_text(runner):
    result = runner.invoke(main, ["rewrite", RESUME, POSTING])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    out = result.stdout
    assert out.startswith("resume-software-engineer.md  vs  posting-backend-engineer.txt\n")
    assert "Suggested edits (" in out and "Only if true:" in out
    assert ("line 28 — “Helped” hides your part: open with what you did\n"
            "     before: Helped set up GitLab CI pipelines with automated tests (pytest).\n"
            "     after:  Set up GitLab CI pipelines with automated tests (pytest).\n"
            "     score +0 (reads better)\n") in out
    assert "if true" in out and "[Action verb]" in out
    assert "\x1b[" not in out  # no colour when not on a terminal


def test_cli_rewrite_json(runner):
    result = runner.invoke(main, ["rewrite", "--format", "json", DOCX_RESUME, DOCX_POSTING])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert set(data) == {"schema_version", "tool", "taxonomy", "resume", "posting", "score", "suggestions"}
    assert data["suggestions"]
    for suggestion in data["suggestions"]:
        assert {"kind", "reason", "line", "original", "rewrite", "score_delta"} <= set(suggestion)
        assert isinstance(suggestion["score_delta"], int) and suggestion["line"] >= 1
    kinds = {s["kind"] for s in data["suggestions"]}
    # no skill is shown only in other words here since the gap credit rules of issue 17: no name-skill edit
    assert {"action-verb", "only-if-true"} <= kinds
    assert sum(1 for s in data["suggestions"] if s["kind"] != "only-if-true") <= 8
    assert not any("(" in s["rewrite"].replace(s["original"], "") for s in data["suggestions"] if s["original"])


def test_cli_rewrite_all_counts_every_kind(runner):
    shown = runner.invoke(main, ["rewrite", RESUME, POSTING])
    every = runner.invoke(main, ["rewrite", "--all", RESUME, POSTING])
    assert shown.exit_code == 0 and every.exit_code == 0, every.output
    assert "The best " in shown.stdout and "`--all` shows every one" in shown.stdout
    counts = re.search(r"Every suggestion \((\d+)\): (.+)\.", every.stdout)
    assert counts is not None, every.stdout
    per_kind = {kind: int(n) for n, kind in re.findall(r"(\d+) ([a-z-]+)", counts.group(2))}
    assert sum(per_kind.values()) == int(counts.group(1)) and per_kind["only-if-true"] >= 1
    assert every.stdout.count("before: ") >= shown.stdout.count("before: ")


def test_cli_rewrite_markdown_to_file(runner, tmp_path):
    out = tmp_path / "rewrites.md"
    result = runner.invoke(main, ["rewrite", "--format", "markdown", "-o", str(out), RESUME, POSTING])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"skillgap: wrote {out}\n"
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# skillgap rewrite: resume-software-engineer.md vs posting-backend-engineer.txt")
    assert "| line | why | before | after | score |" in text and "## Only if true" in text


def test_cli_rewrite_write_tailored(runner, tmp_path):
    out = tmp_path / "tailored.docx"
    before = Path(DOCX_RESUME).read_bytes()
    result = runner.invoke(main, ["rewrite", "--write-tailored", str(out), DOCX_RESUME, DOCX_POSTING])
    assert result.exit_code == 0, result.output
    assert "Suggested edits" in result.stdout
    assert result.stderr.startswith(f"skillgap: wrote {out}: ") and "rewrites applied" in result.stderr
    assert "need your own facts ([placeholders]) and are not in the copy" in result.stderr
    assert out.exists() and Path(DOCX_RESUME).read_bytes() == before


def test_cli_rewrite_write_tailored_refuses_the_input(runner):
    result = runner.invoke(main, ["rewrite", "--write-tailored", RESUME, RESUME, POSTING])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "refusing to write the tailored copy over the résumé itself" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_rewrite_write_tailored_refuses_other_formats(runner, tmp_path):
    resume = tmp_path / "resume.json"
    resume.write_text(json.dumps({"basics": {"name": "Sam"}, "work": [
        {"name": "Acme", "position": "Engineer", "startDate": "2019-01",
         "highlights": ["Responsible for managing the release process"]}]}), encoding="utf-8")
    result = runner.invoke(main, ["rewrite", "--write-tailored", str(tmp_path / "out.json"), str(resume), POSTING])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--write-tailored works for Markdown, text and DOCX résumés, not JSON" in result.stderr


def test_cli_rewrite_missing_file(runner, tmp_path):
    result = runner.invoke(main, ["rewrite", str(tmp_path / "nope.md"), POSTING])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "nope.md: file not found" in result.stderr


def test_cli_check_shows_top_suggestions(runner):
    result = runner.invoke(main, ["check", RESUME, POSTING])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    out = result.stdout
    assert "Suggested edits to your bullets" in out
    assert 1 <= out.count("     before: ") <= 5
    assert f"Run `skillgap rewrite {RESUME} {POSTING}` to see all of them" in out  # paths to copy
    assert out.index("Suggested edits") < out.index("What to do next")


def test_cli_check_no_suggestions(runner):
    result = runner.invoke(main, ["check", "--no-suggestions", RESUME, POSTING])
    assert result.exit_code == 0, result.output
    assert "Suggested edits" not in result.stdout
    data = json.loads(runner.invoke(main, ["check", "--no-suggestions", "--format", "json", RESUME, POSTING]).stdout)
    assert "suggestions" not in data


def test_cli_check_json_and_markdown_carry_suggestions(runner):
    import jsonschema

    result = runner.invoke(main, ["check", "--format", "json", DOCX_RESUME, DOCX_POSTING])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    data = json.loads(result.stdout)
    schema = json.loads((ROOT / "docs" / "check-schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert data["suggestions"] and data["suggestions"][0]["kind"]
    markdown = runner.invoke(main, ["check", "--format", "markdown", DOCX_RESUME, DOCX_POSTING]).stdout
    assert "## Suggested edits" in markdown


def test_cli_check_html_carries_suggestions(runner):
    result = runner.invoke(main, ["check", "--format", "html", RESUME, POSTING])
    assert result.exit_code == 0, result.output
    assert 'data-testid="suggestions"' in result.stdout


def test_cli_rewrite_help_is_documented(runner):
    result = runner.invoke(main, ["rewrite", "--help"])
    assert result.exit_code == 0
    assert "--write-tailored OUT" in result.stdout and "--format [text|markdown|json]" in result.stdout
    assert (ROOT / "docs" / "rewrite.md").exists()


def test_cli_every_kind_is_documented():
    from skillgap.suggest import KINDS

    doc = (ROOT / "docs" / "rewrite.md").read_text(encoding="utf-8")
    for kind in KINDS:
        assert f"| `{kind}` |" in doc, kind
