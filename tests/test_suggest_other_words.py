"""A required skill the résumé shows only in other words, named as a person would write it:
the term's modifier before the noun of what its activity makes ("Bash scripts" -> "Bash
shell scripts" for "shell scripting"), and a category's acronym after the product that is
one ("Salesforce Service Cloud" -> "Salesforce Service Cloud CRM" for "CRM system"). Real
pipeline, real taxonomy, and the wording functions on real résumé lines."""

from __future__ import annotations

import pytest

from skillgap.ingest import document_from_text
from skillgap.pipeline import analyze
from skillgap.suggest import KIND_NAME_SKILL, suggest
from skillgap.suggest.edits import apply_edits
from skillgap.suggest.wording import category_acronym, category_edit, name_skill_edit


def _named(resume: str, posting: str, skill_id: str, extractor) -> list[tuple[str, str]]:
    report = analyze(document_from_text(resume, fmt="md", path="resume.md"),
                     document_from_text(posting, path="posting.txt"))
    return [(s.kind, s.rewrite) for s in suggest(report, extractor=extractor) if s.skill_id == skill_id]


def test_shell_scripting_shown_as_bash_scripts(default_extractor):
    resume = """Sam Lee
Experience
Systems Administrator, Acme, 2019 – 2023
- Crafted Bash scripts to automate nightly backups of 40 servers
Skills
- Linux, Git, Python
"""
    edits = _named(resume, "Systems Engineer\nRequirements\n- Shell scripting\n", "shell-scripting",
                   default_extractor)
    assert edits == [(KIND_NAME_SKILL, "Crafted Bash shell scripts to automate nightly backups of 40 servers")]


def test_crm_shown_as_a_product_on_a_skills_line(default_extractor):
    resume = """Sam Lee
Experience
Customer Service Advisor, Acme, 2019 – 2023
- Resolved 60 billing queries a day by phone and chat
Skills
- Salesforce Service Cloud, Zendesk, Genesys
"""
    edits = _named(resume, "Customer Service Advisor\nRequirements\n- Experience with a CRM system\n",
                   "crm-software", default_extractor)
    assert edits == [(KIND_NAME_SKILL, "Salesforce Service Cloud CRM, Zendesk, Genesys")]


def test_erp_shown_as_a_product_in_a_bullet(default_extractor):
    resume = """Sam Lee
Experience
Accounts Payable Clerk, Acme, 2019 – 2023
- Processed 600 invoices a month in SAP, including three-way matching
"""
    edits = _named(resume, "Accounts Payable Specialist\nRequirements\n- Experience with an ERP system\n",
                   "erp-systems", default_extractor)
    assert edits == [(KIND_NAME_SKILL, "Processed 600 invoices a month in SAP ERP, including three-way matching")]


# fmt: off
GERUND_HEADS = [
    ("Crafted Bash scripts to automate nightly backups", "Bash", "shell scripting",
     "Crafted Bash shell scripts to automate nightly backups"),
    ("Crafted Bash scripts to automate nightly backups", "Bash scripts", "shell scripting",
     "Crafted Bash shell scripts to automate nightly backups"),
    # after a common word the modifier would not read ("regression statistical models")
    ("Fitted regression models to claims data", "regression", "statistical modeling", None),
    # the noun must be what the activity makes, not another -ing word
    ("Led Bash training for new hires", "Bash", "shell scripting", None),
]
# fmt: on


@pytest.mark.parametrize(("bullet", "evidence", "term", "expected"), GERUND_HEADS)
def test_the_term_before_the_noun_its_activity_makes(bullet, evidence, term, expected):
    start = bullet.index(evidence)
    edit = name_skill_edit(bullet, start, start + len(evidence), term)
    assert (None if edit is None else apply_edits(bullet, [edit])) == expected


# fmt: off
CATEGORIES = [
    ("Salesforce Service Cloud, Zendesk, Genesys, Microsoft 365", "Salesforce Service Cloud", "CRM software",
     "Salesforce Service Cloud CRM, Zendesk, Genesys, Microsoft 365"),
    ("Software | QuickBooks Online, SAP (FI), Microsoft Excel", "SAP", "ERP system",
     "Software | QuickBooks Online, SAP ERP (FI), Microsoft Excel"),
    ("Charted in Epic for 30 patients a shift", "Epic", "EHR system", "Charted in Epic EHR for 30 patients a shift"),
    # the name goes on: the acronym would split it
    ("Built Salesforce Marketing Cloud journeys", "Salesforce", "CRM software", None),
    ("Used Salesforce reports to track the pipeline", "Salesforce", "CRM software", None),
    # the line has the acronym already; the evidence is no product's name; the term no acronym
    ("Kept the CRM in Salesforce tidy", "Salesforce", "CRM software", None),
    ("Managed backend database (MongoDB) APIs", "backend", "CRM software", None),
    ("Charted in Epic for 30 patients a shift", "Epic", "electronic health records", None),
]
# fmt: on


@pytest.mark.parametrize(("line", "evidence", "term", "expected"), CATEGORIES)
def test_a_category_acronym_after_the_product(line, evidence, term, expected):
    start = line.index(evidence)
    edit = category_edit(line, start, start + len(evidence), term)
    assert (None if edit is None else apply_edits(line, [edit])) == expected


def test_category_acronym():
    assert category_acronym("CRM software") == "CRM"
    assert category_acronym("ERP systems") == "ERP"
    assert category_acronym("EHR platform") == "EHR"
    assert category_acronym("SQL") is None  # an acronym alone: "PostgreSQL SQL" would not read
    assert category_acronym("AWS") is None
    assert category_acronym("CRM best practices") is None  # not a kind of product
    assert category_acronym("Customer relationship management") is None


@pytest.mark.parametrize("original,rewrite,honest_", [
    ("Excel, SQL, Tableau", "Excel (spreadsheets), SQL, Tableau", False),  # a gloss beside a name
    ("Built dashboards in Looker", "Built dashboards in Looker (business intelligence)", False),
    ("AWS (EC2, S3), Docker", "AWS (EC2, S3), Docker, Terraform", True),  # the line's own bracket stays
])
def test_an_edit_never_adds_a_bracket(original, rewrite, honest_):
    from skillgap.suggest.propose import honest

    added = rewrite.replace(",", " ").split()[-1:]
    assert honest(original, rewrite, added) is honest_
