"""`skillgap lint` end to end with click's CliRunner: exit codes 0/1/2, stdout carrying
only the requested output and stderr the summary and errors."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner
from conftest import FIXTURES

from skillgap.cli import main
from skillgap.lint.registry import RULES

LINT = FIXTURES / "lint"


@pytest.fixture()
def invoke(monkeypatch, tmp_path, mini_extractor):
    """Run the CLI in an empty folder (no config found by accident), on the mini taxonomy."""
    import skillgap.lint.run as run_module

    monkeypatch.setattr(run_module, "_lazy_extractor", lambda taxonomy: (lambda: mini_extractor))
    monkeypatch.chdir(tmp_path)
    for name in ("good.md", "flawed.md", "resume.tex", "resume.json"):
        shutil.copy(LINT / name, tmp_path / name)

    def _invoke(*args: str):
        return CliRunner().invoke(main, list(args), catch_exceptions=False)

    return _invoke


def test_cli_clean_file_exits_0(invoke):
    result = invoke("lint", "good.md")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "no findings" in result.stderr


def test_cli_findings_exit_1_and_stdout_holds_only_findings(invoke):
    result = invoke("lint", "flawed.md", "--format", "concise")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("flawed.md:") for line in lines)
    assert "flawed.md:13:3: SG301 opens with a duty" in result.stdout
    assert "finding(s)" in result.stderr and "SG301" not in result.stderr


def test_cli_exit_zero_and_fail_on(invoke):
    assert invoke("lint", "flawed.md", "--exit-zero").exit_code == 0
    assert invoke("lint", "flawed.md", "--fail-on", "error").exit_code == 0
    assert invoke("lint", "good.md", "--fail-on", "info").exit_code == 0
    assert invoke("lint", "flawed.md", "--select", "SG305", "--fail-on", "error").exit_code == 0


def test_cli_unreadable_file_exits_2_after_linting_the_others(invoke):
    result = invoke("lint", "flawed.md", "missing.md", "--format", "concise")
    assert result.exit_code == 2
    assert "flawed.md:13:3: SG301" in result.stdout
    assert "missing.md: file not found" in result.stderr
    assert "missing" not in result.stdout


def test_cli_errors_exit_2_with_one_line(invoke):
    result = invoke("lint", "flawed.md", "--select", "SG999")
    assert result.exit_code == 2 and "SG999" in result.stderr and result.stdout == ""
    result = invoke("lint", "--explain", "SG000")
    assert result.exit_code == 2 and "unknown rule" in result.stderr
    result = invoke("lint")
    assert result.exit_code == 2 and "at least one" in result.stderr


def test_cli_config_file(invoke, tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.skillgap.lint]\nselect = ["SG3"]\nignore = ["SG306", "SG308"]\n'
        '[tool.skillgap.lint.severity]\nSG301 = "error"\n'
        '[tool.skillgap.lint.per-file-ignores]\n"good.md" = ["SG3"]\n', encoding="utf-8")
    result = invoke("lint", "flawed.md", "--format", "json")
    data = json.loads(result.stdout)
    assert {item["code"][:3] for item in data} == {"SG3"}
    assert {item["code"] for item in data} & {"SG306", "SG308"} == set()
    assert next(item for item in data if item["code"] == "SG301")["severity"] == "error"
    assert invoke("lint", "flawed.md", "--fail-on", "error").exit_code == 1
    # flags beat the file
    result = invoke("lint", "flawed.md", "--select", "SG305", "--format", "concise")
    assert {line.split()[1] for line in result.stdout.splitlines()} == {"SG305"}


def test_cli_config_unknown_key_exits_2(invoke, tmp_path):
    (tmp_path / ".skillgap.toml").write_text('[lint]\nmax-page = 3\n', encoding="utf-8")
    result = invoke("lint", "good.md")
    assert result.exit_code == 2
    assert "unknown key 'max-page'" in result.stderr


def test_cli_explain_and_list_rules(invoke):
    result = invoke("lint", "--explain", "SG301")
    assert result.exit_code == 0
    assert "### What it does" in result.stdout and "duty-opener" in result.stdout
    assert invoke("lint", "--explain", "weak-verb").exit_code == 0
    listed = invoke("lint", "--list-rules")
    assert listed.exit_code == 0 and len(listed.stdout.splitlines()) == len(RULES)
    data = json.loads(invoke("lint", "--list-rules", "--format", "json").stdout)
    assert [item["code"] for item in data] == [rule.code for rule in RULES]


def test_cli_baseline(invoke, tmp_path):
    result = invoke("lint", "flawed.md", "--baseline", "lint-baseline.json", "--write-baseline")
    assert result.exit_code == 0 and result.stdout == ""
    assert "wrote" in result.stderr and (tmp_path / "lint-baseline.json").exists()
    result = invoke("lint", "flawed.md", "--baseline", "lint-baseline.json")
    assert result.exit_code == 0 and result.stdout == ""
    assert "in the baseline" in result.stderr
    text = (tmp_path / "flawed.md").read_text(encoding="utf-8")
    (tmp_path / "flawed.md").write_text(text.replace("## Experience\n", "## Experience\n\n- Tasked with QA\n"),
                                        encoding="utf-8")
    result = invoke("lint", "flawed.md", "--baseline", "lint-baseline.json", "--format", "concise")
    assert result.exit_code == 1
    assert "SG301 opens with a duty (“Tasked with”)" in result.stdout
    assert "Responsible for" not in result.stdout
    assert invoke("lint", "flawed.md", "--write-baseline").exit_code == 2
    assert invoke("lint", "flawed.md", "--baseline", "nope.json").exit_code == 2


def test_cli_output_file(invoke, tmp_path):
    result = invoke("lint", "flawed.md", "--format", "sarif", "-o", "lint.sarif")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert json.loads((tmp_path / "lint.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_cli_preset_turns_on_privacy_rules(invoke, tmp_path):
    (tmp_path / "cv.md").write_text("# Jo Doe\njo@example.com\nDate of birth: 1 May 1990\n", encoding="utf-8")
    assert "SG602" not in invoke("lint", "cv.md", "--format", "concise").stdout
    assert "SG602" in invoke("lint", "cv.md", "--format", "concise", "--preset", "eu").stdout


def test_cli_several_formats_at_once(invoke):
    result = invoke("lint", "flawed.md", "resume.tex", "resume.json", "good.md", "--format", "github")
    assert result.exit_code == 1
    files = {line.split("file=")[1].split(",")[0] for line in result.stdout.splitlines()}
    assert files == {"flawed.md", "resume.tex", "resume.json"}


def test_cli_folder_lints_the_files_inside(invoke, tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    shutil.copy(LINT / "flawed.md", folder / "a.md")
    shutil.copy(LINT / "good.md", folder / "b.md")
    result = invoke("lint", "cvs", "--format", "concise")
    assert result.exit_code == 1
    assert {line.split(":")[0] for line in result.stdout.splitlines()} == {"cvs/a.md"}
    assert "2 file(s)" in result.stderr


def test_cli_missing_file_is_named_and_not_counted_as_checked(invoke):
    result = invoke("lint", "nope.md", "good.md")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("skillgap: error: nope.md: file not found")
    assert lines[-1] == ("skillgap: 1 file(s) checked, no findings; "
                         "1 file(s) could not be read (listed above)")


def test_cli_empty_folder_is_an_error_not_a_pass(invoke, tmp_path):
    """A mistyped path in CI (a folder with no résumé in it) must not pass green."""
    (tmp_path / "cv").mkdir()
    (tmp_path / "cv" / "notes.bin").write_bytes(b"\0")
    result = invoke("lint", str(tmp_path / "cv"))
    assert result.exit_code == 2
    assert f"skillgap: error: {tmp_path / 'cv'}: no résumé files in this folder" in result.stderr


def test_cli_extract_empty_folder_is_an_error(invoke, tmp_path):
    (tmp_path / "none").mkdir()
    result = invoke("extract", str(tmp_path / "none"))
    assert result.exit_code == 2 and "no files to read in this folder" in result.stderr
