"""Wording kinds: the posting's term for a skill the bullet names another way, and the
posting's skill named next to the narrower one the bullet shows. Pure text: no taxonomy."""

from __future__ import annotations

import pytest

from skillgap.suggest.edits import apply_edits
from skillgap.suggest.wording import (
    display_term,
    is_acronym_of,
    is_variant,
    name_skill_edit,
    nameable,
    plural_only,
    posting_term_edit,
)
from skillgap.types import SkillKind


@pytest.mark.parametrize(("wrote", "term"), [
    ("Postgres", "PostgreSQL"),
    ("postgres", "PostgreSQL"),
    ("JS", "JavaScript"),
    ("k8s", "Kubernetes"),
    ("Excel", "Microsoft Excel"),
    ("AWS", "Amazon Web Services"),
    ("Node", "Node.js"),
    ("NodeJS", "Node.js"),
    ("ReactJS", "React"),
    ("CI CD", "CI/CD"),
    ("GCP", "Google Cloud Platform"),
    ("ML", "machine learning"),
    ("EHR", "electronic health records"),
    ("identity and access management", "IAM"),
    ("i18n", "internationalization"),
])
def test_wording_is_variant_same_name(wrote, term):
    assert is_variant(wrote, term)


@pytest.mark.parametrize(("wrote", "term"), [
    ("taxation", "sales tax"),
    ("auditing", "external audit"),
    ("dashboards", "data visualization"),
    ("Java", "JavaScript"),
    ("SQL", "MySQL"),
    ("spreadsheets", "Microsoft Excel"),
    ("Docker", "Kubernetes"),
    ("customer service", "customer success"),
])
def test_wording_is_variant_different_claim(wrote, term):
    assert not is_variant(wrote, term)


def test_wording_acronyms_and_plurals():
    assert is_acronym_of("AWS", "Amazon Web Services")
    assert is_acronym_of("IAM", "Identity and access management")
    assert not is_acronym_of("AWS", "Azure")
    assert plural_only("ERP systems", "ERP system")
    assert not plural_only("ERP", "ERP system")


@pytest.mark.parametrize(("term", "name", "expected"), [
    ("Data visualization", "Data visualization", True),
    ("observability", "Monitoring and observability", True),
    ("relational database", "Relational databases", True),
    ("sales tax", "Tax preparation", False),
    ("external audit", "Auditing", False),
    ("Analytics", "Data analysis", False),
])
def test_wording_nameable(term, name, expected):
    assert nameable(term, name) is expected


def test_wording_display_term_keeps_tool_capitals():
    assert display_term("Data visualization", SkillKind.HARD) == "data visualization"
    assert display_term("Finance", SkillKind.KNOWLEDGE) == "finance"
    assert display_term("Power BI", SkillKind.TOOL) == "Power BI"
    assert display_term("CI/CD", SkillKind.HARD) == "CI/CD"
    assert display_term("Warehouse Operations", SkillKind.HARD, "Warehouse operations") == "warehouse operations"
    assert display_term("Lean Six Sigma", SkillKind.HARD, "Lean Six Sigma") == "Lean Six Sigma"


def _posting_term(bullet: str, evidence: str, term: str) -> str | None:
    start = bullet.index(evidence)
    edit = posting_term_edit(bullet, start, start + len(evidence), term)
    return None if edit is None else apply_edits(bullet, [edit])


def _name_skill(bullet: str, evidence: str, term: str) -> str | None:
    start = bullet.index(evidence)
    edit = name_skill_edit(bullet, start, start + len(evidence), term)
    return None if edit is None else apply_edits(bullet, [edit])


# fmt: off
POSTING_TERMS = [
    ("software", "Deployed services to k8s with Helm", "k8s", "Kubernetes",
     "Deployed services to Kubernetes with Helm"),
    ("software", "Tuned Postgres queries for the billing service", "Postgres", "PostgreSQL",
     "Tuned PostgreSQL queries for the billing service"),
    ("software", "Built JS widgets for the storefront", "JS", "JavaScript",
     "Built JavaScript widgets for the storefront"),
    ("cloud", "Migrated workloads to AWS", "AWS", "Amazon Web Services",
     "Migrated workloads to Amazon Web Services (AWS)"),
    ("security", "Managed identity and access management policies", "identity and access management", "IAM",
     "Managed identity and access management (IAM) policies"),
    ("finance", "Built pivot tables in Excel", "Excel", "Microsoft Excel",
     "Built pivot tables in Microsoft Excel"),
    ("cloud", "Node services on AWS (EC2, S3)", "AWS", "Amazon Web Services",
     "Node services on Amazon Web Services (EC2, S3)"),
    ("cloud", "GCP cost reports for finance", "GCP", "Google Cloud Platform",
     "Google Cloud Platform (GCP) cost reports for finance"),
]

NAME_SKILLS = [
    ("analytics", "Built Tableau dashboards for the sales team", "Tableau", "data visualization",
     "Built Tableau (data visualization) dashboards for the sales team"),
    ("analytics", "Built Tableau dashboards for the sales team", "dashboards", "data visualization",
     "Built Tableau dashboards (data visualization) for the sales team"),
    ("software", "Tuned the PostgreSQL database for reporting", "PostgreSQL", "relational database",
     "Tuned the PostgreSQL relational database for reporting"),
    ("software", "Built REST APIs in Python (FastAPI) for partners", "FastAPI", "web frameworks",
     "Built REST APIs in Python (FastAPI, web frameworks) for partners"),
    ("nursing", "Charted in Epic for 30 patients a shift", "Epic", "electronic health records",
     "Charted in Epic (electronic health records) for 30 patients a shift"),
    ("payroll", "Ran payroll in ADP for 200 employees", "ADP", "payroll software",
     "Ran payroll in ADP (payroll software) for 200 employees"),
    ("accounting", "Processed 600 invoices a month in SAP, including three-way matching", "SAP", "ERP system",
     "Processed 600 invoices a month in SAP (ERP system), including three-way matching"),
    ("design", "Designed wireframes in Figma, tested with 12 users", "Figma", "prototyping",
     "Designed wireframes in Figma (prototyping), tested with 12 users"),
    ("software", "Managed PostgreSQL backups and failover on EC2", "PostgreSQL", "relational database",
     "Managed PostgreSQL (relational database) backups and failover on EC2"),
    ("software", "Owned the PostgreSQL database: wrote migrations", "PostgreSQL database", "relational database",
     "Owned the PostgreSQL relational database: wrote migrations"),
    ("devops", "Ran 12 clusters on AWS with Terraform and Helm", "Terraform", "infrastructure as code",
     "Ran 12 clusters on AWS with Terraform (infrastructure as code) and Helm"),
]
# fmt: on


@pytest.mark.parametrize(("field", "bullet", "evidence", "term", "expected"), POSTING_TERMS)
def test_wording_posting_term_rewrites(field, bullet, evidence, term, expected):
    assert _posting_term(bullet, evidence, term) == expected


@pytest.mark.parametrize(("field", "bullet", "evidence", "term", "expected"), NAME_SKILLS)
def test_wording_name_skill_rewrites(field, bullet, evidence, term, expected):
    assert _name_skill(bullet, evidence, term) == expected


def test_wording_name_skill_never_twice():
    assert _name_skill("Built data visualization dashboards in Tableau", "Tableau", "data visualization") is None


def test_wording_name_skill_no_second_bracket():
    assert _name_skill("Kept AWS (EC2, S3) costs down", "AWS", "cloud computing") is None
