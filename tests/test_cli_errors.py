"""Bad input: one line naming the file, the problem and what to do; exit 2; no traceback."""

import json

import pytest
from click.testing import CliRunner
from conftest import ROOT, SAMPLES, load_module

from skillgap.cli import main


@pytest.fixture
def runner():
    return CliRunner()


def _one_clear_line(result, needle):
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert needle in lines[0]
    assert "Traceback" not in result.stderr


def test_cli_check_missing_resume(runner, tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text("Requirements\n- Python\n")
    result = runner.invoke(main, ["check", str(tmp_path / "nope.pdf"), str(posting)])
    _one_clear_line(result, "nope.pdf: file not found (check the path and spelling)")


def test_cli_check_directory_instead_of_file(runner, tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text("Requirements\n- Python\n")
    result = runner.invoke(main, ["check", str(tmp_path), str(posting)])
    _one_clear_line(result, "is a directory, expected a file")


@pytest.mark.parametrize("name,needle", [
    ("resume.xyz", "unsupported file type '.xyz'"),
    ("resume.doc", "save as .docx"),
])
def test_cli_check_unsupported_types(runner, tmp_path, name, needle):
    resume = tmp_path / name
    resume.write_bytes(b"data")
    result = runner.invoke(main, ["check", str(resume), str(resume)])
    _one_clear_line(result, needle)


def test_cli_check_empty_file(runner, tmp_path):
    resume = tmp_path / "resume.txt"
    resume.write_text("")
    result = runner.invoke(main, ["check", str(resume), str(resume)])
    _one_clear_line(result, "file is empty")


def test_cli_verbose_shows_traceback(runner, tmp_path):
    result = runner.invoke(main, ["check", "-v", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert result.exit_code == 2
    assert "Traceback" in result.stderr and "file not found" in result.stderr


def test_cli_bad_config_is_one_line(runner, tmp_path, monkeypatch):
    (tmp_path / ".skillgap.toml").write_text("this is = not [toml")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["check", "a.txt", "b.txt"])
    _one_clear_line(result, "invalid TOML")


def test_cli_unknown_config_key(runner, tmp_path, monkeypatch):
    (tmp_path / ".skillgap.toml").write_text("colour = true\n")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["check", "a.txt", "b.txt"])
    _one_clear_line(result, "unknown key(s) in [tool.skillgap]: colour")


@pytest.mark.parametrize("text,needle", [
    ("[lnit]\nignore = []\n", "unknown table(s) in the config: lnit"),
    ("[check]\nformatt = 'json'\n", "unknown key(s) in [tool.skillgap.check]: formatt"),
    ("[tool.skillgap.check]\nformatt = 'json'\n", "unknown key(s) in [tool.skillgap.check]: formatt"),
    ("[tool.other]\nx = 1\n", "no [tool.skillgap] table in this file"),
])
def test_cli_config_mistakes_are_one_line(runner, tmp_path, monkeypatch, text, needle):
    (tmp_path / ".skillgap.toml").write_text(text)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["check", "a.txt", "b.txt"])
    _one_clear_line(result, needle)


def test_cli_skillgap_toml_accepts_the_pyproject_form(runner, tmp_path, monkeypatch):
    """`.skillgap.toml` written as in pyproject.toml ([tool.skillgap.check]) is read, not ignored."""
    (tmp_path / ".skillgap.toml").write_text("[tool.skillgap.check]\nformat = 'json'\n")
    (tmp_path / "r.txt").write_text("Experience\n- Built Python services\n")
    (tmp_path / "p.txt").write_text("Requirements\n- Python\n")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["check", "r.txt", "p.txt"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["score"] == 100


def test_cli_usage_error_exits_2(runner):
    result = runner.invoke(main, ["check"])
    assert result.exit_code == 2 and "Missing argument" in result.stderr


def _plant_a_layout_bug(monkeypatch):
    """A bug in skillgap's own PDF layout code (not in pdfminer): an IndexError."""
    import skillgap.ingest.pdf as pdf_reader

    def broken(words, width):
        return [][0]

    monkeypatch.setattr(pdf_reader, "reading_order", broken)


def test_cli_a_bug_in_layout_code_is_an_internal_error_not_a_damaged_file(runner, monkeypatch):
    _plant_a_layout_bug(monkeypatch)
    result = runner.invoke(main, ["parse", str(SAMPLES / "resume-software-engineer.pdf")])
    assert result.exit_code == 3, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "internal error: IndexError" in lines[0] and "bug in skillgap" in lines[0]
    assert "damaged" not in result.stderr and "Traceback" not in result.stderr


def test_cli_an_internal_error_shows_its_traceback_with_verbose(runner, monkeypatch):
    _plant_a_layout_bug(monkeypatch)
    result = runner.invoke(main, ["-v", "parse", str(SAMPLES / "resume-software-engineer.pdf")])
    assert result.exit_code == 3 and "Traceback" in result.stderr and "reading_order" not in result.stdout


def test_cli_a_bug_in_layout_code_fails_the_pdf_fuzz_target(monkeypatch):
    target = load_module(ROOT / "fuzz" / "fuzz_pdf.py")
    data = (SAMPLES / "resume-software-engineer.pdf").read_bytes()
    target.test_one_input(data)  # the real code reads it cleanly
    _plant_a_layout_bug(monkeypatch)
    with pytest.raises(IndexError):
        target.test_one_input(data)
