"""`skillgap check` on the real samples: exit codes, stdout and stderr apart, the JSON contract."""

import json
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT, SAMPLES, invoke

SCHEMA = json.loads((ROOT / "docs" / "check-schema.json").read_text())
PAIRS = [
    ("resume-software-engineer.pdf", "posting-backend-engineer.txt"),
    ("resume-registered-nurse.pdf", "posting-registered-nurse.html"),
    ("resume-accountant.docx", "posting-staff-accountant.docx"),
    ("resume-software-engineer.md", "posting-backend-engineer.txt"),
    ("resume.json", "posting-backend-engineer.txt"),
]


@pytest.mark.parametrize("resume,posting", PAIRS)
def test_cli_check_json_validates_against_the_documented_schema(resume, posting):
    result = invoke("check", SAMPLES / resume, SAMPLES / posting, "--format", "json", "--no-suggestions")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["matched"], "each sample résumé matches some of its posting"
    b = data["breakdown"]
    w = b["weights"]
    expected = 100 * (w["required"] * b["required_coverage"] + w["preferred"] * b["preferred_coverage"]
                      + w["keywords"] * b["keyword_exactness"])
    assert abs(data["score"] - expected) <= 0.51


def test_cli_check_text_reads_like_a_report():
    result = invoke("check", SAMPLES / "resume-software-engineer.pdf", SAMPLES / "posting-backend-engineer.txt")
    assert result.exit_code == 0 and result.stderr == ""
    out = result.stdout
    assert "Match score:" in out and "/ 100" in out
    assert "Required skills" in out and "What to do next" in out
    assert "\x1b[" not in out  # no colour when stdout is not a terminal


def test_cli_check_finds_the_samples_skills():
    result = invoke("check", SAMPLES / "resume-software-engineer.pdf", SAMPLES / "posting-backend-engineer.txt",
                 "--format", "json", "--no-suggestions")
    data = json.loads(result.stdout)
    matched = {i["name"] for i in data["matched"]}
    assert {"Python", "PostgreSQL"} <= matched
    # benefits ("free Python conference tickets") never turn into requirements of their own
    for item in data["matched"] + data["missing"]:
        assert item["posting_lines"], item


def test_cli_check_text_quotes_the_evidence_around_the_skill(tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text("# Ana Lima\nana@example.com\n## Skills\nPython, Java, Go, Rust, TypeScript, JavaScript, "
                      "Bash, SQL, HTML, CSS, Docker, Kubernetes, Ansible, Terraform\n", encoding="utf-8")
    posting = tmp_path / "posting.txt"
    posting.write_text("Platform Engineer\nRequirements\n- Terraform\n", encoding="utf-8")
    result = invoke("check", resume, posting, "--no-suggestions")
    assert result.exit_code == 0, result.output
    quoted = [line for line in result.stdout.splitlines() if "line 4:" in line]
    assert quoted and "Terraform" in quoted[0] and '"…' in quoted[0], result.stdout


def test_cli_check_markdown_and_output_file(tmp_path):
    out = tmp_path / "report.md"
    result = invoke("check", SAMPLES / "resume-accountant.docx", SAMPLES / "posting-staff-accountant.docx",
                 "--format", "markdown", "-o", out, "--no-suggestions")
    assert result.exit_code == 0
    assert result.stdout == "" and f"wrote {out}" in result.stderr
    assert out.read_text().startswith("# skillgap:")


def test_cli_check_refuses_to_write_over_an_input(tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_bytes((SAMPLES / "resume-software-engineer.md").read_bytes())
    before = resume.read_bytes()
    result = invoke("check", resume, SAMPLES / "posting-backend-engineer.txt", "-o", resume)
    assert result.exit_code == 2 and "refusing to write the report over an input file" in result.stderr
    assert resume.read_bytes() == before


def test_cli_check_never_modifies_inputs(tmp_path):
    before = {p: p.read_bytes() for p in SAMPLES.iterdir() if p.is_file()}
    invoke("check", SAMPLES / "resume-accountant.docx", SAMPLES / "posting-staff-accountant.docx")
    assert {p: p.read_bytes() for p in before} == before


def test_cli_check_config_sets_the_default_format(tmp_path, monkeypatch):
    (tmp_path / ".skillgap.toml").write_text('[check]\nformat = "json"\n')
    monkeypatch.chdir(tmp_path)
    result = invoke("check", SAMPLES / "resume.json", SAMPLES / "posting-backend-engineer.txt", "--no-suggestions")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["schema_version"] == "1.1"
    flag = invoke("check", SAMPLES / "resume.json", SAMPLES / "posting-backend-engineer.txt", "--format", "markdown",
               "--no-suggestions")
    assert flag.stdout.startswith("# skillgap:")  # flags beat config


def test_cli_check_user_taxonomy_adds_a_skill(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("skills:\n  - {id: zzfrob, name: Zzfrob, kind: tool}\n")
    resume = tmp_path / "r.txt"
    resume.write_text("Experience\n• Built Zzfrob plugins\n")
    posting = tmp_path / "p.txt"
    posting.write_text("Requirements\n- Zzfrob\n")
    result = invoke("check", resume, posting, "--taxonomy", extra, "--format", "json", "--no-suggestions")
    assert result.exit_code == 0, result.stderr
    assert [i["id"] for i in json.loads(result.stdout)["matched"]] == ["zzfrob"]


def test_python_api_accepts_paths_and_text():
    import skillgap

    report = skillgap.analyze(SAMPLES / "resume-software-engineer.md", "Requirements\n- Python\n- Rust\n")
    assert {i.skill.name for i in report.gap.matched} >= {"Python"}
    assert report.posting.document.path == "<text>"
    assert Path(report.resume.document.path).name == "resume-software-engineer.md"


@pytest.mark.parametrize("resume,posting", PAIRS[:3])
def test_cli_check_warns_when_the_files_look_swapped(resume, posting):
    result = invoke("check", SAMPLES / posting, SAMPLES / resume, "--format", "json", "--no-suggestions")
    assert result.exit_code == 0
    json.loads(result.stdout)  # the report is still written
    assert result.stderr.startswith("skillgap: warning: the first file reads like a job posting")
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_check_output_into_a_missing_folder_is_an_error(tmp_path):
    target = tmp_path / "no-such-folder" / "report.txt"
    result = invoke("check", SAMPLES / PAIRS[3][0], SAMPLES / PAIRS[3][1], "--no-suggestions", "-o", target)
    assert result.exit_code == 2 and result.stdout == ""
    assert "report.txt: cannot write output" in result.stderr and "folder exists" in result.stderr
    assert not target.parent.exists()


def test_cli_check_says_why_no_required_skill_shown_still_earns_credit(tmp_path):
    """Three required skills, none shown: the coverage leans to the middle (docs/scoring.md),
    and the report says why instead of a bare "0 of 3 shown (25% credit)"."""
    resume = tmp_path / "resume.md"
    resume.write_text("# Ana Lima\nana@example.com\n## Experience\n- Served 80 customers a day at the till\n",
                      encoding="utf-8")
    posting = tmp_path / "posting.txt"
    posting.write_text("Platform Engineer\nRequirements\n- Terraform\n- Kubernetes\n- Ansible\n", encoding="utf-8")
    result = invoke("check", resume, posting, "--no-suggestions")
    assert result.exit_code == 0, result.output
    line = next(line for line in result.stdout.splitlines() if "required skills" in line)
    assert "0 of 3 shown (25% credit: the posting names few" in line, result.stdout
    shown = tmp_path / "shown.md"
    shown.write_text("# Ana Lima\nana@example.com\n## Experience\n- Built clusters with Terraform\n", encoding="utf-8")
    line = next(line for line in invoke("check", shown, posting, "--no-suggestions").stdout.splitlines()
                if "required skills" in line)
    assert "names few" not in line
