"""`suggest(report)` on real samples and the real default taxonomy: kinds, tense from the
role's dates, ranking, line numbers, and score deltas that a full re-run confirms."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, SAMPLES

from skillgap.suggest import (
    KIND_ACTION,
    KIND_ADD_RESULT,
    KIND_NAME_SKILL,
    KIND_ONLY_IF_TRUE,
    KIND_POSTING_TERM,
    Suggestion,
    suggest,
)

SOFTWARE = (SAMPLES / "resume-software-engineer.md", SAMPLES / "posting-backend-engineer.txt")
ACCOUNTANT = (SAMPLES / "resume-accountant.docx", SAMPLES / "posting-staff-accountant.docx")

TAILORED_RESUME = """# Robin Park

## Experience

### Data Analyst, Northwind Traders | 2021 – Present

- Built Tableau dashboards for the sales team.
- Worked on k8s upgrades for the data platform.

### Analyst, Contoso | 2018 – 2020

- Responsible for writing SQL reports for finance.
"""
TAILORED_POSTING = """Senior Data Analyst

Requirements
- Data visualization for executives.
- Experience with Kubernetes.
- Strong Python skills.
"""


def _report(pair):
    from skillgap.pipeline import analyze

    return analyze(*pair)


@pytest.fixture(scope="module")
def software(default_extractor):
    report = _report(SOFTWARE)
    return report, suggest(report, extractor=default_extractor)


@pytest.fixture(scope="module")
def accountant(default_extractor):
    report = _report(ACCOUNTANT)
    return report, suggest(report, extractor=default_extractor)


@pytest.fixture(scope="module")
def crafted(default_extractor):
    from skillgap.ingest import document_from_text
    from skillgap.pipeline import analyze

    report = analyze(document_from_text(TAILORED_RESUME, fmt="md", path="resume.md"),
                     document_from_text(TAILORED_POSTING, path="posting.txt"))
    return report, suggest(report, extractor=default_extractor)


def _by(suggestions, kind: str, original_start: str) -> Suggestion:
    found = [s for s in suggestions if s.kind == kind and s.original.startswith(original_start)]
    assert found, f"no {kind} suggestion for a bullet starting {original_start!r}: {suggestions}"
    return found[0]


def test_pipeline_accountant_duty_openers_follow_the_role_dates(accountant):
    _, suggestions = accountant
    # June 2021 – Present: the current role, present tense
    assert _by(suggestions, KIND_ACTION, "Responsible for the month-end close").rewrite == (
        "Own the month-end close for three legal entities, including journal entries, accruals and "
        "prepaid amortization.")
    # August 2019 – May 2021: a past role, past tense
    assert _by(suggestions, KIND_ACTION, "Responsible for accounts receivable").rewrite == (
        "Owned accounts receivable and patient billing in QuickBooks Online for four clinics.")
    assert _by(suggestions, KIND_ACTION, "Duties included").rewrite == (
        "Performed bank reconciliations, payroll journal entries and fixed asset schedules.")
    assert _by(suggestions, KIND_ACTION, "Assisted with").rewrite == (
        "Supported financial reporting packages for the owners each quarter.")


def test_pipeline_software_weak_openers_and_lines(software):
    _, suggestions = software
    helped = _by(suggestions, KIND_ACTION, "Helped set up")
    assert helped.rewrite == "Set up GitLab CI pipelines with automated tests (pytest)."
    assert helped.line == 28  # the line in the Markdown file, not in the extracted text
    worked = _by(suggestions, KIND_ACTION, "Worked on moving")
    # a current role, but the author wrote "Worked": a finished piece of work stays in the past
    assert worked.rewrite == "Moved services to Docker containers on AWS ECS."
    assert worked.line == 19


def test_pipeline_names_the_posting_skill_and_term(crafted):
    report, suggestions = crafted
    named = _by(suggestions, KIND_NAME_SKILL, "Built Tableau dashboards")
    assert named.rewrite == "Built Tableau dashboards (data visualization) for the sales team."
    assert named.score_delta > 0
    term = _by(suggestions, KIND_POSTING_TERM, "Worked on k8s")
    assert term.rewrite == "Contributed to Kubernetes upgrades for the data platform."  # with the opener fixed
    assert term.score_delta > 0
    prompt = next(s for s in suggestions if s.kind == KIND_ONLY_IF_TRUE)
    assert "Python" in prompt.rewrite and prompt.original == "" and prompt.placeholder
    assert prompt.score_delta > 0


def test_pipeline_placeholders_hold_no_number(software, accountant):
    for _, suggestions in (software, accountant):
        for suggestion in suggestions:
            if suggestion.kind == KIND_ADD_RESULT:
                assert suggestion.placeholder and "[N]" in suggestion.rewrite
            if suggestion.placeholder:
                assert suggestion.score_delta >= 0


@pytest.mark.parametrize("which", ["software", "accountant", "crafted"])
def test_pipeline_ranked_by_score_then_kind(which, request):
    _, suggestions = request.getfixturevalue(which)
    kinds = [s.kind for s in suggestions]
    prompts_from = kinds.index(KIND_ONLY_IF_TRUE) if KIND_ONLY_IF_TRUE in kinds else len(kinds)
    assert all(kind == KIND_ONLY_IF_TRUE for kind in kinds[prompts_from:])  # listed apart, at the end
    bullets, prompts = suggestions[:prompts_from], suggestions[prompts_from:]
    for group in (bullets, prompts):
        deltas = [s.score_delta for s in group]
        assert deltas == sorted(deltas, reverse=True)


def test_pipeline_spans_point_at_the_bullets(software, accountant):
    for report, suggestions in (software, accountant):
        text = report.resume.document.text
        for suggestion in suggestions:
            if suggestion.kind != KIND_ONLY_IF_TRUE:
                assert text[suggestion.start : suggestion.end].replace("\n", " ") == suggestion.original


@pytest.mark.parametrize("pair", [SOFTWARE, ACCOUNTANT], ids=["markdown", "docx"])
def test_pipeline_score_delta_is_what_a_full_rerun_gives(pair, default_extractor, tmp_path):
    """Each rewrite applied to a copy of the file, the copy analysed from scratch: the
    score moves by exactly the suggestion's score_delta."""
    from skillgap.pipeline import analyze
    from skillgap.suggest.tailor import write_tailored

    report = analyze(*pair)
    checked = 0
    for index, suggestion in enumerate(suggest(report, extractor=default_extractor)):
        if suggestion.placeholder:
            continue
        out = tmp_path / f"edited-{index}{pair[0].suffix}"
        result = write_tailored(pair[0], out, report.resume.document, [suggestion])
        assert result.applied == [suggestion]
        edited = analyze(out, pair[1])
        assert edited.gap.score - report.gap.score == suggestion.score_delta, suggestion
        checked += 1
    assert checked >= 3


def test_pipeline_json_contract(accountant, software):
    import jsonschema

    from skillgap.render.json_report import report_dict

    schema = json.loads((ROOT / "docs" / "check-schema.json").read_text(encoding="utf-8"))
    for report, suggestions in (accountant, software):
        data = json.loads(json.dumps(report_dict(report, suggestions=suggestions)))
        jsonschema.validate(data, schema)
        assert len(data["suggestions"]) == len(suggestions)
        first = data["suggestions"][0]
        assert {"kind", "reason", "line", "original", "rewrite", "score_delta"} <= set(first)
        assert "suggestions" not in report_dict(report)


def test_pipeline_suggest_needs_the_reports_extractor(software):
    from dataclasses import replace

    report, _ = software
    with pytest.raises(ValueError, match="extractor"):
        suggest(replace(report, taxonomy_name="default+mine.yaml"))
