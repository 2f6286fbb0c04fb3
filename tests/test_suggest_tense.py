"""Tense and inflection: irregular verbs, phrasal verbs, and the role's dates deciding
between past (a past role) and present (the current one)."""

from __future__ import annotations

import pytest

from skillgap.language import Tense
from skillgap.suggest import draft_rewrites
from skillgap.suggest.edits import verb_form


@pytest.mark.parametrize(("lemma", "past", "present"), [
    ("lead", "led", "lead"),
    ("run", "ran", "run"),
    ("build", "built", "build"),
    ("write", "wrote", "write"),
    ("set up", "set up", "set up"),
    ("teach", "taught", "teach"),
    ("make", "made", "make"),
    ("drive", "drove", "drive"),
    ("oversee", "oversaw", "oversee"),
    ("co-lead", "co-led", "co-lead"),
    ("contribute to", "contributed to", "contribute to"),
    ("plan", "planned", "plan"),
    ("manage", "managed", "manage"),
])
def test_tense_verb_form(lemma, past, present):
    assert verb_form(lemma, Tense.PAST) == past
    assert verb_form(lemma, Tense.PRESENT) == present


def test_tense_keeps_the_authors_spelling():
    assert verb_form("model", Tense.PAST, "modelling") == "modelled"
    assert verb_form("model", Tense.PAST, "modeling") == "modeled"


# fmt: off
IRREGULAR = [
    ("Responsible for leading a team of 6 engineers", "Led a team of 6 engineers", "Lead a team of 6 engineers"),
    ("Responsible for running the weekend shift", "Ran the weekend shift", "Run the weekend shift"),
    ("Responsible for building the new checkout flow", "Built the new checkout flow",
     "Build the new checkout flow"),
    ("Responsible for writing the release notes", "Wrote the release notes", "Write the release notes"),
    ("Helped set up the new warehouse scanners", "Set up the new warehouse scanners",
     "Set up the new warehouse scanners"),
    ("Responsible for setting up payroll for new hires", "Set up payroll for new hires",
     "Set up payroll for new hires"),
    ("Involved in teaching English to adult learners", "Taught English to adult learners",
     "Teach English to adult learners"),
    ("Responsible for making the weekly schedule", "Made the weekly schedule", "Make the weekly schedule"),
    ("Responsible for driving adoption of the new CRM", "Drove adoption of the new CRM",
     "Drive adoption of the new CRM"),
    ("Responsible for overseeing three construction crews", "Oversaw three construction crews",
     "Oversee three construction crews"),
    ("Responsible for the oversight of vendor contracts", "Oversaw vendor contracts", "Oversee vendor contracts"),
    ("Tasked with rolling out the new POS system", "Rolled out the new POS system", "Roll out the new POS system"),
    ("Responsible for following up on unpaid invoices", "Followed up on unpaid invoices",
     "Follow up on unpaid invoices"),
    ("Responsible for co-leading the quarterly planning", "Co-led the quarterly planning",
     "Co-lead the quarterly planning"),
    ("Tasked with leading the redesign of the checkout flow", "Led the redesign of the checkout flow",
     "Lead the redesign of the checkout flow"),
    ("Responsible for writing and editing the monthly newsletter", "Wrote and edited the monthly newsletter",
     "Write and edit the monthly newsletter"),
    ("Responsible for the design and implementation of the billing service",
     "Designed and implemented the billing service", "Design and implement the billing service"),
    ("Responsible for setting up and testing the new scanners", "Set up and tested the new scanners",
     "Set up and test the new scanners"),
    ("My role was to coordinate shipments and manage vendors", "Coordinated shipments and managed vendors",
     "Coordinated shipments and managed vendors"),  # "was": the author's own past
    ("Tasked with planning, budgeting and reporting.", "Planned, budgeted and reported.",
     "Plan, budget and report."),
]

# fmt: off
HELPED = [
    ("Helped plan and run quarterly events", "Planned and ran quarterly events"),
    ("Helped design and build the company app", "Designed and built the company app"),
    ("Helped set up and test the new system", "Set up and tested the new system"),
    ("Helped hire and train staff", "Hired and trained staff"),
    ("Helped to reduce patient wait times", "Reduced patient wait times"),
    ("Helped order supplies and equipment", "Ordered supplies and equipment"),
]
# fmt: on


@pytest.mark.parametrize(("bullet", "rewrite"), HELPED)
def test_tense_coordinated_verbs_after_helped(bullet, rewrite):
    assert draft_rewrites(bullet, Tense.PAST)["action-verb"] == rewrite


def test_tense_ambiguous_list_left_alone():
    assert "action-verb" not in draft_rewrites("Helped plan meetings and travel", Tense.PAST)
# fmt: on


@pytest.mark.parametrize(("bullet", "past", "present"), IRREGULAR)
def test_tense_irregular_and_phrasal(bullet, past, present):
    assert draft_rewrites(bullet, Tense.PAST)["action-verb"] == past
    assert draft_rewrites(bullet, Tense.PRESENT)["action-verb"] == present


@pytest.mark.parametrize(("bullet", "rewrite"), [
    ("Worked on building the new checkout flow", "Built the new checkout flow"),
    ("Helped with the year-end audit", "Supported the year-end audit"),
    ("Was responsible for writing the release notes", "Wrote the release notes"),
    ("Duties included answering phones and filing records.", "Answered phones and filed records."),
    ("Costs were reduced by 20% through vendor renegotiation",
     "Reduced costs by 20% through vendor renegotiation"),
])
def test_tense_current_role_keeps_the_authors_past(bullet, rewrite):
    """In the current role, a bullet its author put in the past tells of finished work."""
    kind = "active-voice" if " were " in bullet else "action-verb"
    assert draft_rewrites(bullet, Tense.PRESENT)[kind] == rewrite


@pytest.mark.parametrize(("bullet", "rewrite"), [
    ("Responsible for writing the release notes", "Write the release notes"),
    ("Tasked with leading the weekly stand-up", "Lead the weekly stand-up"),
    ("In charge of scheduling the night shift", "Schedule the night shift"),
    ("Involved in teaching English to adult learners", "Teach English to adult learners"),
    ("Help with the year-end audit", "Support the year-end audit"),
    ("Reports are generated by me every week", "Generate reports every week"),
])
def test_tense_current_role_present_when_the_bullet_has_no_tense(bullet, rewrite):
    kind = "active-voice" if " are " in bullet else "action-verb"
    assert draft_rewrites(bullet, Tense.PRESENT)[kind] == rewrite


RESUME = """# Jane Doe

## Experience

### Release Manager, Acme Corp | 2022 – Present

- Responsible for managing the release process

### Build Engineer, Beta LLC | Jan 2019 – Dec 2021

- Responsible for managing the release process for mobile apps
- Helped set up Jenkins pipelines for nightly builds

### Support Engineer, Gamma Inc | Jun 2016 – Present

- Responsible for running the on-call rotation
- Worked on migrating the build farm to new servers
"""

POSTING = """Release Engineer

Requirements
- Experience with Jenkins and release management.
"""


@pytest.fixture(scope="module")
def suggestions(default_extractor):
    from skillgap.ingest import document_from_text
    from skillgap.pipeline import analyze
    from skillgap.suggest import suggest

    report = analyze(document_from_text(RESUME, fmt="md", path="resume.md"),
                     document_from_text(POSTING, path="posting.txt"))
    return suggest(report, extractor=default_extractor)


def _action(suggestions, original: str) -> str:
    found = [s.rewrite for s in suggestions if s.kind == "action-verb" and s.original == original]
    assert found, f"no action-verb suggestion for {original!r}"
    return found[0]


def test_tense_current_role_present(suggestions):
    assert _action(suggestions, "Responsible for managing the release process") == "Manage the release process"
    assert _action(suggestions, "Responsible for running the on-call rotation") == "Run the on-call rotation"


def test_tense_current_role_finished_work_stays_past(suggestions):
    assert _action(suggestions, "Worked on migrating the build farm to new servers") == \
        "Migrated the build farm to new servers"


def test_tense_past_role_past(suggestions):
    assert _action(suggestions, "Responsible for managing the release process for mobile apps") == \
        "Managed the release process for mobile apps"
    assert _action(suggestions, "Helped set up Jenkins pipelines for nightly builds") == \
        "Set up Jenkins pipelines for nightly builds"
