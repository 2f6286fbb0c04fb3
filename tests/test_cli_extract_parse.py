"""`skillgap extract` (the JSON-lines contract) and `skillgap parse`."""

import json

from conftest import SAMPLES, invoke


def test_cli_extract_jsonl_contract(tmp_path):
    result = invoke("extract", SAMPLES / "posting-backend-engineer.txt", SAMPLES / "resume-registered-nurse.pdf")
    assert result.exit_code == 0 and result.stderr == ""
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    parsed = json.loads(invoke("parse", SAMPLES / "posting-backend-engineer.txt", "--format", "json").stdout)
    for record in records:
        assert set(record) == {"path", "error", "skills"} and record["error"] is None
        for skill in record["skills"]:
            assert {"id", "name", "kind", "text", "start", "end", "score", "esco"} <= set(skill)
            assert isinstance(skill["esco"], list)
    first = records[0]
    for skill in first["skills"]:  # offsets index the text that `parse` shows
        assert parsed["text"][skill["start"] : skill["end"]] == skill["text"]
    assert any(s["name"] == "Python" for s in first["skills"])


def test_cli_extract_folder_goes_on_past_a_bad_file(tmp_path):
    (tmp_path / "good.txt").write_text("Requirements\n- Python and SQL\n")
    (tmp_path / "bad.docx").write_bytes(b"not a zip")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "also-good.md").write_text("Skills: Kubernetes\n")
    (tmp_path / "notes.xyz").write_text("ignored: not a supported type")
    result = invoke("extract", tmp_path)
    assert result.exit_code == 2
    records = {json.loads(line)["path"].split("/")[-1]: json.loads(line) for line in result.stdout.splitlines()}
    assert set(records) == {"good.txt", "bad.docx", "also-good.md"}
    assert records["bad.docx"]["error"] and records["good.txt"]["error"] is None
    assert records["good.txt"]["skills"]
    assert "1 file(s) could not be read" in result.stderr


def test_cli_parse_json_shows_sections_and_pages():
    result = invoke("parse", SAMPLES / "resume-registered-nurse.pdf", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["pages"] == 1 and data["role"] == "resume"
    kinds = [s["kind"] for s in data["sections"]]
    assert {"experience", "education", "skills", "certifications"} <= set(kinds)
    for s in data["sections"]:
        assert 0 <= s["start"] <= s["end"] <= len(data["text"])


def test_cli_parse_text_numbers_lines_as_lint_reports_them():
    """The number before each line of `parse` is the line lint and check report."""
    from datetime import date

    from skillgap.lint.config import LintConfig
    from skillgap.lint.run import lint_paths

    docx_file = SAMPLES / "resume-accountant.docx"
    shown = {}
    for row in invoke("parse", docx_file).stdout.splitlines():
        if not row.startswith("──"):
            number, _, text = row.strip().partition("  ")
            shown[int(number)] = text
    duty = next(f for f in lint_paths([docx_file], LintConfig(select=("SG301",), today=date(2025, 6, 1))).findings)
    assert shown[duty.line].startswith("• Responsible for")


def test_cli_parse_text_guesses_posting_role():
    result = invoke("parse", SAMPLES / "posting-backend-engineer.txt")
    assert result.exit_code == 0
    assert "read as a posting" in result.stderr
    assert "── requirements" in result.stdout


def test_cli_taxonomy_show_search_stats_validate(tmp_path):
    show = invoke("taxonomy", "show", "k8s")
    assert show.exit_code == 0 and show.stdout.startswith("Kubernetes")
    assert "k8s" in show.stdout
    search = invoke("taxonomy", "search", "postgres")
    assert search.exit_code == 0 and "PostgreSQL" in search.stdout
    stats = json.loads(invoke("taxonomy", "stats", "--format", "json").stdout)
    assert stats["skills"] > 0 and sum(stats["by_kind"].values()) == stats["skills"]
    good = tmp_path / "good.yaml"
    good.write_text("skills:\n  - {id: zzfrob, name: Zzfrob, kind: tool}\n")
    assert invoke("taxonomy", "validate", good).exit_code == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text("skills:\n  - {id: zzfrob, name: Zzfrob, kind: gadget}\n")
    result = invoke("taxonomy", "validate", bad)
    assert result.exit_code == 2 and "unknown kind 'gadget'" in result.stderr and "bad.yaml" in result.stderr


def test_cli_taxonomy_show_unknown_skill():
    result = invoke("taxonomy", "show", "no-such-skill-xyz")
    assert result.exit_code == 2 and "no skill named" in result.stderr
