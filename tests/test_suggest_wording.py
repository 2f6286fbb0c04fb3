"""Wording kinds: the posting's term for a skill the bullet names another way, and the
posting's skill named next to the narrower one the bullet shows. Pure text: no taxonomy."""

from __future__ import annotations

import pytest

from skillgap.suggest.edits import apply_edits
from skillgap.suggest.wording import (
    display_term,
    is_acronym_of,
    is_variant,
    list_item_edit,
    name_skill_edit,
    nameable,
    plain_name,
    plural_only,
    posting_term_edit,
    weaker_or_respelled,
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
     None),  # "identity and access management (IAM)" would be a bracketed gloss
    ("finance", "Built pivot tables in Excel", "Excel", "Microsoft Excel",
     "Built pivot tables in Microsoft Excel"),
    ("cloud", "Node services on AWS (EC2, S3)", "AWS", "Amazon Web Services",
     "Node services on Amazon Web Services (EC2, S3)"),
    ("cloud", "GCP cost reports for finance", "GCP", "Google Cloud Platform",
     "Google Cloud Platform (GCP) cost reports for finance"),
]

NAME_SKILLS = [
    # the term's head noun follows the evidence: its modifier goes in front of it
    ("software", "Tuned the PostgreSQL database for reporting", "PostgreSQL", "relational database",
     "Tuned the PostgreSQL relational database for reporting"),
    ("software", "Owned the PostgreSQL database: wrote migrations", "PostgreSQL database", "relational database",
     "Owned the PostgreSQL relational database: wrote migrations"),
    # the tool a bullet ends with: a short clause, as a person would write it
    ("devops", "Provisioned 12 clusters with Terraform", "Terraform", "infrastructure as code",
     "Provisioned 12 clusters with Terraform, as infrastructure as code"),
    ("analytics", "Automated the weekly sales report using Power BI.", "Power BI", "business intelligence",
     "Automated the weekly sales report using Power BI, as business intelligence."),
    # never a bracketed gloss, never mid-sentence, never inside an existing bracket
    ("analytics", "Built Tableau dashboards for the sales team", "Tableau", "data visualization", None),
    ("analytics", "Built Tableau dashboards for the sales team", "dashboards", "data visualization", None),
    ("software", "Built REST APIs in Python (FastAPI) for partners", "FastAPI", "web frameworks", None),
    ("nursing", "Charted in Epic for 30 patients a shift", "Epic", "electronic health records", None),
    ("accounting", "Processed 600 invoices a month in SAP, including three-way matching", "SAP", "ERP system", None),
    ("software", "Managed PostgreSQL backups and failover on EC2", "PostgreSQL", "relational database", None),
    ("devops", "Ran 12 clusters on AWS with Terraform and Helm", "Terraform", "infrastructure as code", None),
    # never repeating a word the line has
    ("office", "Built reports with Microsoft Excel", "Microsoft Excel", "Microsoft Office", None),
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


def test_wording_name_skill_adds_no_bracket():
    for _, bullet, evidence, term, _ in NAME_SKILLS:
        rewrite = _name_skill(bullet, evidence, term)
        assert rewrite is None or rewrite.count("(") == bullet.count("(")


# fmt: off
LIST_ITEMS = [
    ("Python, SQL, Tableau", "Tableau", "data visualization", False, None),  # a list of products
    ("Python, SQL, Tableau", "Tableau", "Power BI", True, "Python, SQL, Tableau, Power BI"),
    ("Tools: Excel / Google Sheets", "Excel", "Microsoft Office", True,
     "Tools: Excel / Google Sheets / Microsoft Office"),
    ("Frontend [3 years]: React, Next.js, TypeScript", "Next.js", "JavaScript", True,
     "Frontend [3 years]: React, Next.js, TypeScript, JavaScript"),
    ("Frontend [3 years]: React, Next.js, TypeScript", "Frontend", "web development", False, None),  # the label
    ("Cloud: AWS (EC2, S3), Azure.", "EC2", "Terraform", True,
     "Cloud: AWS (EC2, S3), Azure, Terraform."),  # the line's own bracket stays; the item follows
    ("budgeting, forecasting, variance analysis", "forecasting", "financial planning", False,
     "budgeting, forecasting, variance analysis, financial planning"),
    ("Matlab, Microsoft Excel, Unix/Linux", "Microsoft Excel", "Microsoft Office", True, None),  # repeats a word
    # items each with its own bullet glyph, in capitals: the new one too
    ("• P&L Management | • Visual Merchandising | • Stock Control", "Stock Control", "loss prevention", False,
     "• P&L Management | • Visual Merchandising | • Stock Control | • Loss Prevention"),
    ("Full-cycle recruiting", "recruiting", "recruitment", False, None),  # one item: not a list
    # a list closed with "and" takes no item after it (", teamwork" after "... and disciplinaries")
    ("Coaching, return-to-work interviews and first-stage disciplinaries", "Coaching", "teamwork", False, None),
    ("Led a team that shipped the app, working with the designers every week.", "app", "mobile apps", True, None),
]
# fmt: on


@pytest.mark.parametrize(("line", "evidence", "term", "tool", "expected"), LIST_ITEMS)
def test_wording_list_item_joins_the_list(line, evidence, term, tool, expected):
    edit = list_item_edit(line, term, line.index(evidence), tool=tool)
    assert (None if edit is None else apply_edits(line, [edit])) == expected


@pytest.mark.parametrize(("wrote", "term", "expected"), [
    ("Postgres", "PostgreSQL", False), ("k8s", "Kubernetes", False), ("Excel", "Microsoft Excel", False),
    ("Javascript", "JavaScript", False), ("Microsoft Excel", "Excel", True), ("ReactJS", "React", True),
    ("organisation", "organization", True), ("B.S.", "BS", False),
])
def test_wording_never_a_weaker_or_respelled_form(wrote, term, expected):
    assert weaker_or_respelled(wrote, term) is expected


def test_wording_plain_name_drops_the_disambiguation():
    assert plain_name("Go (programming language)") == "Go"
    assert plain_name("Data visualization") == "Data visualization"
