"""Issue 18: openings a reader stumbles on (a past role told in the present, a leading "I",
"Utilization of", "Member of", a verbless list of tasks, a title), result placeholders only
where a result fits, a head count before the people a bullet names, and the posting's noun
for an activity. Real text through the real drafting code and the real pipeline."""

from __future__ import annotations

import json

import pytest

from skillgap.language import Tense
from skillgap.suggest import KIND_ACTION, KIND_ADD_RESULT, draft_rewrites
from skillgap.suggest.edits import apply_edits
from skillgap.suggest.metrics import worth_a_result
from skillgap.suggest.wording import activity_noun_edit, label_edit

PAST, PRESENT = Tense.PAST, Tense.PRESENT


# fmt: off
PAST_ROLE = [
    ("Analyze large datasets using SQL and Python, collaborate with cross-functional teams",
     "Analyzed large datasets using SQL and Python, collaborated with cross-functional teams"),
    ("Create dashboards using Tableau, develop and maintain data pipelines using AWS",
     "Created dashboards using Tableau, developed and maintained data pipelines using AWS"),
    ("Plan and run quarterly events for 200 members", "Planned and ran quarterly events for 200 members"),
    ("Lead a team of analysts to develop and implement pricing strategies",
     "Led a team of analysts to develop and implement pricing strategies"),  # "to develop" stays
    ("Co-leading the ERP rollout across 3 sites", "Co-led the ERP rollout across 3 sites"),
    ("Reconciling vendor statements, including audits", "Reconciled vendor statements, including audits"),
    ("Build an algorithm to detect copyright infringement", "Built an algorithm to detect copyright infringement"),
]
NO_TENSE_FIX = [
    "Supports various auto layout algorithms like Dagre and ELK.",  # describes the thing made
    "Managed the release process and design reviews",  # already past
    "Manage budgets, design reviews and hiring plans",  # ", design reviews": a task, or an object?
    "Set vendor terms for 12 suppliers",  # the same in both tenses
]
OPENINGS = [
    ("I built a dashboard using R and Shiny for management.", PAST,
     "Built a dashboard using R and Shiny for management."),
    ("I build the weekly dashboards for the sales team.", PAST, "Built the weekly dashboards for the sales team."),
    ("Utilization of StanfordNLP to parse math word questions", PAST, "Used StanfordNLP to parse math word questions"),
    ("Utilization OpenCV for computer vision", PAST, "Used OpenCV for computer vision"),
    ("Member of the unit practice council; helped revise the rounding checklist.", PAST,
     "Served on the unit practice council; helped revise the rounding checklist."),
    ("Make-ready repairs, unit replacements and filter changes in a 180-unit community.", PAST,
     "Performed make-ready repairs, unit replacements and filter changes in a 180-unit community."),
    ("Epic super-user during the go-live; trained 40+ colleagues on barcode scanning.", PRESENT,
     "Served as Epic super-user during the go-live; trained 40+ colleagues on barcode scanning."),
]
NO_OPENING_FIX = [
    "I was part of the team that rebuilt the site",  # only the author knows their part
    "Use cases for the billing service were written with product",  # a noun phrase
    "Member of the Royal College of Nursing since 2015",  # a membership, not a group one serves on
    "Member of the priority services team supporting vulnerable customers.",  # "Serve on" says no more
    "Math Club advisor (2018 – Present): two teams qualified for state",  # dates and brackets: a title line
    "PTAC unit replacements and filter changes",  # a name opens it
]
# fmt: on


@pytest.mark.parametrize(("bullet", "expected"), PAST_ROLE)
def test_phrasing_past_role_is_told_in_the_past(bullet, expected):
    assert draft_rewrites(bullet, PAST, dated_past=True)[KIND_ACTION] == expected
    if not bullet.split()[0].endswith("ing"):
        assert KIND_ACTION not in draft_rewrites(bullet, PRESENT)  # the current role keeps its present
    assert KIND_ACTION not in draft_rewrites(bullet, PAST)  # undated: no tense to go by


@pytest.mark.parametrize(("bullet", "expected"), [
    ("Co-leading the ERP rollout, coordinating vendors and training staff",
     "Co-lead the ERP rollout, coordinate vendors and train staff"),
    ("Leading weekly stand-ups; mentoring 2 junior analysts", "Lead weekly stand-ups; mentor 2 junior analysts"),
    ("Reconciling vendor statements, including audits", "Reconcile vendor statements, including audits"),
])
def test_phrasing_current_role_opens_with_the_verb(bullet, expected):
    assert draft_rewrites(bullet, PRESENT)[KIND_ACTION] == expected
    assert KIND_ACTION not in draft_rewrites("Marketing campaigns for 3 brands", PRESENT)  # a noun phrase


@pytest.mark.parametrize("bullet", NO_TENSE_FIX)
def test_phrasing_no_tense_fix_when_unclear(bullet):
    assert KIND_ACTION not in draft_rewrites(bullet, PAST, dated_past=True)


@pytest.mark.parametrize(("bullet", "tense", "expected"), OPENINGS)
def test_phrasing_openings(bullet, tense, expected):
    assert draft_rewrites(bullet, tense, dated_past=tense is PAST)[KIND_ACTION] == expected


@pytest.mark.parametrize("bullet", NO_OPENING_FIX)
def test_phrasing_no_opening_fix_when_unclear(bullet):
    for tense in (PAST, PRESENT):
        assert KIND_ACTION not in draft_rewrites(bullet, tense, dated_past=tense is PAST)


# --- result placeholders ---------------------------------------------------------------------


@pytest.mark.parametrize(("bullet", "expected"), [
    ("Train and supervise 3rd- and 4th-year apprentices on site.",
     "Train and supervise [N] 3rd- and 4th-year apprentices on site."),
    ("Tutored students after school twice a week in the math lab.",
     "Tutored [N] students after school twice a week in the math lab."),
    ("Recruited seasonal staff for the summer", "Recruited [N] seasonal staff for the summer"),
])
def test_phrasing_head_count_goes_before_the_people(bullet, expected):
    tense = PRESENT if bullet.startswith("Train ") else PAST
    assert draft_rewrites(bullet, tense)[KIND_ADD_RESULT] == expected


@pytest.mark.parametrize("bullet", [
    "Coached the sales team on discovery calls",  # "the team": no bare plural to count
    "Mentored two first-year teachers",  # already counted
])
def test_phrasing_no_head_count_without_a_bare_plural(bullet):
    assert KIND_ADD_RESULT not in draft_rewrites(bullet, PAST)


@pytest.mark.parametrize(("bullet", "fits"), [
    ("Introduced Desmos activities and standards-based grading in Geometry.", True),
    ("Reduced invoice processing time through OCR", True),
    ("Designed and implemented a prototype client in Android for IoT applications", False),  # no baseline
    ("Set up GA4 with server-side tagging", False),  # set-up work
    ("Created data visualizations and dashboards to communicate insights to the board", False),  # would dangle
    ("Built the Looker Studio dashboards used in weekly trading meetings", False),  # would dangle
    ("Successfully won Techcrunch Disrupt", False),  # already an outcome
    ("Built a Python tool providing precise and lab-accessible tracking of biological samples using "
     "PostgreSQL for data storage and Django for the web server", False),  # long enough already
    ("Built strong neighborhood relationships through consistent face-to-face contact", False),  # no metric
    ("Developed trusted partnerships with local charities", False),
    ("Built a referral network that doubled new clients", False),  # an outcome already ("doubled" is no verb here)
    ("Built a referral pipeline for the sales team", True),
    ("Built a trust-wide referral system", True),  # the head is "system"
    ("Designed the relationships schema for the CRM", True),
])
def test_phrasing_a_result_only_where_it_fits(bullet, fits):
    assert worth_a_result(bullet, PAST) is fits


# --- the posting's words ---------------------------------------------------------------------


def test_phrasing_activity_noun_replaces_only_the_ing_word():
    line = "• Full-cycle recruiting"
    edit = activity_noun_edit(line, 2, len(line), "recruitment")
    assert edit is not None and apply_edits(line, [edit]) == "• Full-cycle recruitment"
    assert activity_noun_edit("Recruiting metrics", 0, 10, "recruitment") is not None
    assert activity_noun_edit("Sprint planning", 0, 15, "planning") is None  # the same word
    assert activity_noun_edit("Lesson plans", 0, 12, "planning") is None  # not an -ing word
    assert activity_noun_edit("Full-cycle recruiting", 0, 21, "talent acquisition") is None


def test_phrasing_label_names_the_field_in_full():
    line = "Frontend [3 years]: React, Next.js, TypeScript"
    edit = label_edit(line, 0, 8, "web development", "Front-end development")
    assert edit is not None
    assert apply_edits(line, [edit]) == "Frontend web development [3 years]: React, Next.js, TypeScript"
    assert label_edit(line, 0, 8, "web development", "Back-end development") is None
    assert label_edit("React, Frontend", 7, 15, "web development", "Front-end development") is None  # not a label


# --- through the pipeline ----------------------------------------------------------------------


RESUME = """# Sam Lee

## Experience

### Data Analyst, Northwind | 2022 – Present

- Build weekly sales dashboards in Power BI for 40 stores.

### Junior Analyst, Contoso | 2018 – 2021

- Analyze store sales data using SQL and Excel, advise regional managers on pricing.
- I automated the monthly stock report with Python.

## Volunteer Work

### Treasurer, Riverside Food Bank | 2019 – 2021

- Built a donations tracker in Google Sheets.
"""
POSTING = """Data Analyst

Requirements
- SQL and Excel.
- Power BI dashboards.
"""


def test_phrasing_through_the_pipeline(default_extractor):
    from skillgap.ingest import document_from_text
    from skillgap.pipeline import analyze
    from skillgap.suggest import suggest

    report = analyze(document_from_text(RESUME, fmt="md", path="r.md"), document_from_text(POSTING, path="p.txt"))
    by_line = {s.original: s for s in suggest(report, extractor=default_extractor) if s.kind == KIND_ACTION}
    past = by_line["Analyze store sales data using SQL and Excel, advise regional managers on pricing."]
    assert past.rewrite == "Analyzed store sales data using SQL and Excel, advised regional managers on pricing."
    assert by_line["I automated the monthly stock report with Python."].rewrite == \
        "Automated the monthly stock report with Python."
    assert "Build weekly sales dashboards in Power BI for 40 stores." not in by_line  # the current role
    results = [s.original for s in suggest(report, extractor=default_extractor) if s.kind == KIND_ADD_RESULT]
    assert "Built a donations tracker in Google Sheets." not in results  # volunteering: no result asked for


PLAIN = """Sam Lee
sam@example.com

EXPERIENCE

Northwind Traders, Seattle
Web Developer
2020 - Present
Responsible for maintaining websites for 12 clients
Built a booking widget used by 3 salons

Contoso, Portland
Junior Developer
2018 - 2020
Worked on optimizing the checkout pages for Contoso
"""


def test_phrasing_unmarked_bullets_are_edited_and_tailored(tmp_path):
    """A template that draws no bullet glyph: the role's verb-led lines are its bullets,
    in the role's tense, and `--write-tailored` applies their edits (no placeholder)."""
    from click.testing import CliRunner

    from skillgap.cli import main

    resume, posting, out = tmp_path / "r.txt", tmp_path / "p.txt", tmp_path / "tailored.txt"
    resume.write_text(PLAIN, encoding="utf-8")
    posting.write_text("Web Developer\n\nRequirements\n- JavaScript and CSS.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["rewrite", "--format", "json", "--write-tailored", str(out),
                                       str(resume), str(posting)])
    assert result.exit_code == 0, result.output
    edits = {s["original"]: s["rewrite"] for s in json.loads(result.stdout)["suggestions"] if s["original"]}
    assert edits["Responsible for maintaining websites for 12 clients"] == "Maintain websites for 12 clients"
    assert edits["Worked on optimizing the checkout pages for Contoso"] == "Optimized the checkout pages for Contoso"
    assert not any(line in edits for line in ("Web Developer", "Junior Developer", "Northwind Traders, Seattle"))
    tailored = out.read_text(encoding="utf-8")
    assert "Maintain websites for 12 clients" in tailored and "Optimized the checkout pages" in tailored
    assert "[" not in tailored and resume.read_text(encoding="utf-8") == PLAIN


@pytest.mark.parametrize(("bullet", "english"), [
    ("Analyse der architektonischen Probleme und Konzeption mit Java", False),
    ("Coaching eines Scrum Teams in der Scrum Master Funktion", False),
    ("Analyse, Spezifikation, Design, Implementation und Test diverser Java Softwarekomponenten", False),
    ("Lorem ipsum dolor sit amet, consectetuer adipiscing elit.", False),
    ("I built a dashbord using R and Shiny for management and employees.", True),  # a typo is still English
    ("Calendar deadlines under the CCP and FRCP in CompuLaw; no missed deadlines.", True),
])
def test_phrasing_only_english_bullets_get_wording_rules(bullet, english):
    from skillgap.suggest.targets import reads_as_english

    assert reads_as_english(bullet) is english


@pytest.mark.parametrize(("bullet", "tense", "dated_past"), [
    ("Assist nursing staff with activities of daily living", PRESENT, False),  # not "Nurse staff"
    ("Page 1 of 2 for the team", PAST, True),  # a page footer, not "Paged"
    ("Taught diverse subjects including Latin and physics", PAST, False),  # no count of subjects
    ("Repaired my own shotgun every week.", PAST, False),  # one thing: no "about [N] a week"
    ("Co-developed and marketed gym equipment https://example.com...", PAST, False),  # a link ends it
])
def test_phrasing_no_edit_that_misreads_the_line(bullet, tense, dated_past):
    drafts = draft_rewrites(bullet, tense, dated_past=dated_past)
    assert not drafts.get(KIND_ACTION, "").startswith(("Nurse", "Paged"))
    result = drafts.get(KIND_ADD_RESULT, "")
    assert "[N] " not in result and "a [week/month]" not in result  # no count of what is not counted
