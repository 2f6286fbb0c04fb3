"""Every output format; SARIF validated against the official SARIF 2.1.0 schema."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date

import jsonschema
import pytest
from conftest import FIXTURES

from skillgap.lint.config import LintConfig
from skillgap.lint.output import FORMATS, render
from skillgap.lint.run import lint_paths

LINT = FIXTURES / "lint"
SCHEMA = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def run(mini_extractor, tmp_path_factory):
    missing = tmp_path_factory.mktemp("out") / "missing.pdf"
    return lint_paths([LINT / "flawed.md", LINT / "good.md", missing], LintConfig(today=date(2025, 6, 1)),
                      extractor=lambda: mini_extractor)


def test_output_concise(run):
    lines = render(run, "concise").splitlines()
    assert len(lines) == len(run.findings)
    first = run.findings[0]
    assert lines[0] == f"{first.path}:{first.line}:{first.column}: {first.code} {first.message}"


def test_output_text_shows_source_and_caret(run):
    text = render(run, "text")
    duty = next(f for f in run.findings if f.code == "SG301")
    assert f"{duty.path}:{duty.line}:{duty.column}: SG301 [warning]" in text
    assert f"{duty.line} | - Responsible for the billing service" in text
    assert "   |   ^^^^^^^^^^^^^^^" in text
    assert "= help: start with what you achieved" in text
    assert "\x1b[" not in text and "\x1b[" in render(run, "text", color=True)


def test_output_json(run):
    data = json.loads(render(run, "json"))
    assert len(data) == len(run.findings)
    item = next(d for d in data if d["code"] == "SG301")
    assert set(item) >= {"code", "name", "severity", "message", "suggestion", "filename", "location", "end_location"}
    assert item["location"] == {"row": 13, "column": 3}


def test_output_sarif_is_valid_sarif_2_1_0(run):
    log = json.loads(render(run, "sarif"))
    jsonschema.Draft4Validator.check_schema(SCHEMA)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    assert len(results) == len(run.findings)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in ("error", "warning", "note")
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False  # the missing file
    assert "missing.pdf" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def test_output_sarif_relative_paths_use_srcroot(mini_extractor, monkeypatch):
    monkeypatch.chdir(FIXTURES.parent.parent)
    run = lint_paths(["tests/fixtures/lint/flawed.md"], LintConfig(today=date(2025, 6, 1)),
                     extractor=lambda: mini_extractor)
    log = json.loads(render(run, "sarif"))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "tests/fixtures/lint/flawed.md", "uriBaseId": "%SRCROOT%"}


def test_output_github_annotations(run):
    lines = render(run, "github").splitlines()
    duty = next(line for line in lines if "SG301" in line)
    assert duty.startswith("::warning file=")
    assert ",line=13,col=3," in duty and "title=SG301 duty-opener::" in duty
    assert any(line.startswith("::notice ") for line in lines)  # info findings
    assert any(line.startswith("::error ") and "missing.pdf" in line for line in lines)


def test_output_github_escapes():
    from skillgap.lint.output.github import _data, _property

    assert _data("50%\nnext") == "50%25%0Anext"
    assert _property("a:b,c") == "a%3Ab%2Cc"


def test_output_junit(run):
    root = ET.fromstring(render(run, "junit"))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites][:2] == [str(LINT / "flawed.md"), str(LINT / "good.md")]
    flawed, good, missing = suites
    assert int(flawed.get("failures")) == len(run.reports[0].findings) > 0
    assert good.get("failures") == "0" and good.find("testcase") is not None
    assert missing.find("testcase/error") is not None
    assert int(root.get("failures")) == len(run.findings)


def test_output_every_format_renders_an_empty_run():
    from skillgap.lint.run import LintRun

    for fmt in FORMATS:
        assert isinstance(render(LintRun(), fmt), str)
    jsonschema.Draft4Validator(SCHEMA).validate(json.loads(render(LintRun(), "sarif")))
