"""Roles and their dates as real layouts set them: ranges cut over lines or written down a
margin, wrapped bullet ends, dated title lines drawn with an icon, document stamps."""

from __future__ import annotations

from datetime import date

import pytest

from skillgap.lint.config import LintConfig
from skillgap.lint.run import lint_one
from skillgap.resume.layout import ResumeLayout
from tests.conftest import make_document

TODAY = date(2026, 12, 1)
RESUME = """Jane Doe
jane.doe@example.com | +1 555 010 2030

Experience
Software Engineer, Acme Corp
Sep 2011 -
Present
• Built a billing service that cut invoice errors by 20%.
• Managed the team's cloud budget (worth
$38M a year).
Tags Python Kubernetes Terraform
Analyst, Initech
2008
2010
• Reported monthly numbers to the CFO for 12 business units.
Employer 2, Inc.
• Title 2 | Jan 2005 - Dec 2007
Really cool work at this job, with 3 launches.
Intern, Globex Summer 2004
• Cleaned data for 40 reports a week.
2003 Q4 Consultant, Hooli
Advised two retail clients.
2002 Q1
• Modelled store traffic for 30 stores.
Last updated: June 2024

Education
BSc Computer Science, State University 2000 - 2004

Skills
Python, SQL
"""


def _layout() -> ResumeLayout:
    return ResumeLayout(make_document(RESUME), today=TODAY)


def test_roles_get_their_dates_in_real_layouts():
    layout = _layout()
    roles = {layout.role_title(role): role for role in layout.roles}
    assert roles["Software Engineer, Acme Corp"].current  # "Sep 2011 -" then "Present" below
    analyst = roles["Analyst, Initech"].dates  # "2008" over "2010" down the margin
    assert analyst is not None and analyst.start.year == 2008 and analyst.end is not None and analyst.end.year == 2010
    employer = roles["Employer 2, Inc."].dates  # dates on the icon-bulleted title line
    assert employer is not None and employer.is_range and employer.end.year == 2007
    assert not any("$38M" in title or "Really cool" in title for title in roles)  # wrapped ends, descriptions
    assert not any(title.startswith("Tags") for title in roles)  # a role's tags after its bullets
    consultant = roles["Consultant, Hooli"].dates  # quarters, the end written over the start
    assert consultant is not None and (consultant.start.year, consultant.start.season) == (2002, "q1")
    assert consultant.end is not None and (consultant.end.year, consultant.end.season) == (2003, "q4")


def test_a_last_updated_stamp_is_no_role_date():
    layout = _layout()
    assert not any(d.start.year == 2024 for d in layout.dates)


def test_lint_raises_no_date_alarm_on_these_roles():
    report = lint_one(make_document(RESUME), LintConfig(today=TODAY))
    codes = {f.code for f in report.findings}
    assert not codes & {"SG402", "SG403", "SG404", "SG406"}, [(f.code, f.message) for f in report.findings]
    assert not codes & {"SG203", "SG204", "SG205"}


def test_a_single_month_role_is_still_reported():
    text = RESUME.replace("Intern, Globex Summer 2004", "Intern, Globex June 2004")
    report = lint_one(make_document(text), LintConfig(today=TODAY, select=("SG406",)))
    assert [f.code for f in report.findings] == ["SG406"]


@pytest.mark.parametrize("title", ["Stack Overflow Inc., Senior Developer", "Technology Lead, Initech",
                                   "Environment Agency", "Tools Engineer, Valve", "Keywords Studios, QA Tester"])
def test_a_title_that_starts_like_a_tag_label_is_a_role(title):
    text = (f"Jo\n\nExperience\nEngineer, Acme\n2019 - 2021\n• Built the API for 3 teams.\n{title}\n2015 - 2018\n"
            "• Ran support for 4 clients.\n")
    layout = ResumeLayout(make_document(text), today=TODAY)
    assert [layout.role_title(role) for role in layout.roles] == ["Engineer, Acme", title]


@pytest.mark.parametrize("text", ["Processed 1200 Q1 claims", "Shipped Q4 1200 units", "Logged 1200 q1 tickets"])
def test_a_count_beside_a_quarter_in_prose_is_no_date(text):
    from skillgap.resume.dates import find_dates

    assert find_dates(text) == []


def test_an_earlier_date_under_the_next_title_is_not_the_start_of_a_range():
    text = "Jo\n\nExperience\nSenior Engineer, Acme\nJan 2021\nEngineer, Initech\nMar 2018\nIntern, Globex\nJun 2016\n"
    layout = ResumeLayout(make_document(text), today=TODAY)
    assert not any(role.dates is not None and role.dates.is_range for role in layout.roles)


DATE_COLUMN = """Sam Okoro
sam.okoro@example.com

Experience
May 2019 Senior Cabin Crew (Purser)
– Present
Albion Atlantic Airways · London Gatwick
• Lead a team of up to 14 crew on long-haul flights.
Jan 2015 Cabin Crew
– Apr 2019
Meridyen Air · Istanbul
• Worked economy and business cabins on 30 routes.
"""


def test_a_range_cut_in_a_narrow_column_of_dates_is_one_range():
    """The start opens the role's line, the dash and the end open the next one."""
    layout = ResumeLayout(make_document(DATE_COLUMN), today=TODAY)
    dates = [role.dates for role in layout.roles if role.dates is not None]
    assert len(dates) == 2 and dates[0].current and dates[0].start.year == 2019
    assert dates[1].end is not None and (dates[1].end.year, dates[1].end.month) == (2019, 4)



def test_a_range_cut_over_three_lines_of_a_date_column_is_one_range():
    """b60-flightattendant-infographic (blind review): the narrow date column sets "Mar 2015",
    "– Apr" and "2019" one under the other, the role's own lines read between them; the
    range is Mar 2015 – Apr 2019, not "Mar 2015" alone."""
    text = DATE_COLUMN.replace("Jan 2015 Cabin Crew\n– Apr 2019\nMeridyen Air · Istanbul\n",
                               "Mar 2015 Cabin Crew\n– Apr\nMeridyen Air · Istanbul\n2019\n")
    layout = ResumeLayout(make_document(text), today=TODAY)
    dates = [role.dates for role in layout.roles if role.dates is not None]
    assert len(dates) == 2 and dates[1].start.month == 3 and dates[1].end is not None
    assert (dates[1].end.year, dates[1].end.month) == (2019, 4)
    alone = text.replace("– Apr\n", "– Apr\nLondon\nManchester\n")  # no year close below: left alone
    dates = [role.dates for role in ResumeLayout(make_document(alone), today=TODAY).roles if role.dates is not None]
    assert not dates[1].is_range

NO_GLYPHS = """Dana Ferris
dana.ferris@example.com

Experience
Senior Underwriter Mar. 2019 – Present
Constitution Mutual, Hartford, CT
Grew the book from $9.2M to $14.1M in written premium over four years.
Underwriter Jun. 2016 – Feb. 2019
Pioneer Valley Casualty, Springfield, MA
Managed a portfolio of about 900 policies for 40 agencies.
Led the NetSuite implementation (go-live April 2023) on time and on budget.
Underwriting Assistant Aug. 2014 – May 2016
Pioneer Valley Casualty, Springfield, MA
Prepared quotes and renewal worksheets for four underwriters.
"""


def test_a_title_that_opens_with_an_ing_word_starts_the_next_role():
    """Bullets drawn without glyphs: "Underwriting Assistant Aug. 2014 – May 2016" is the next
    role (a title and its dates), not a sentence of the role above it; "Led the NetSuite
    implementation (go-live April 2023) ..." still is one."""
    layout = ResumeLayout(make_document(NO_GLYPHS), today=TODAY)
    spans = [(r.dates.start.year, r.dates.end.year if r.dates.end else None) for r in layout.roles]
    assert spans == [(2019, None), (2016, 2019), (2014, 2016)]
    report = lint_one(make_document(NO_GLYPHS), LintConfig(today=TODAY))
    assert not [(f.code, f.message) for f in report.findings if f.code in ("SG405", "SG406")]


def test_a_date_naming_an_event_in_a_sentence_is_no_role_date():
    """"2nd place at the 2024 regional", "during the May 2019 and March 2022 high-water
    events": a date after "the" and before a lower-case word names an event."""
    text = NO_GLYPHS.replace("Managed a portfolio of about 900 policies for 40 agencies.",
                             "Advisor to the Science Olympiad team: 2nd place at the 2024 regional")
    layout = ResumeLayout(make_document(text), today=TODAY)
    assert len(layout.roles) == 3
    assert not [d for d in layout.dates if d.start.year == 2024]


def test_a_date_after_its_in_a_sentence_names_an_event_whatever_its_case():
    """b149-dentalnurse-bandheads: "practice passed its 2023 CQC visit with no" (the sentence
    wraps on) under a current role: the date names the visit, not the next role."""
    text = NO_GLYPHS.replace("Grew the book from $9.2M to $14.1M in written premium over four years.",
                             "Lead for decontamination audits; practice passed its 2021 CQC visit with no")
    layout = ResumeLayout(make_document(text), today=TODAY)
    assert len(layout.roles) == 3
    assert not [d for d in layout.dates if d.start.year == 2021]
    report = lint_one(make_document(text), LintConfig(today=TODAY))
    assert not [f for f in report.findings if f.code == "SG406"]


def test_a_range_told_in_a_line_below_the_title_does_not_replace_the_roles_range():
    """A role drawn without glyphs whose bullet ends "(2021–2024).": the role still runs from
    March 2019 to now, so the next role leaves no gap."""
    text = NO_GLYPHS.replace("Grew the book from $9.2M to $14.1M in written premium over four years.",
                             "Plant availability improved from 91% to 95.5%\n(2021–2024).")
    layout = ResumeLayout(make_document(text), today=TODAY)
    assert layout.roles[0].dates.start.year == 2019 and layout.roles[0].dates.current
    report = lint_one(make_document(text), LintConfig(today=TODAY))
    assert not [f for f in report.findings if f.code == "SG405"]


def test_a_single_date_told_under_a_role_with_a_range_is_part_of_it():
    """Lines under a role dated with a range, each with a single date and no title: "Supervisor:
    Company closed in 2020 — contact not available", "(120 hires in 2023). Cut average time",
    "Optical Council (2017)." are what happened in that role, not roles of their own."""
    told = ("Supervisor: company closed in 2020 — contact not available\n"
            "Lead recruiter for four teams (120 hires in 2023). Cut average time-to-fill\n"
            "qualified with the General\nOptical Council (2017).")
    text = NO_GLYPHS.replace("Constitution Mutual, Hartford, CT", "Constitution Mutual, Hartford, CT\n" + told)
    layout = ResumeLayout(make_document(text), today=TODAY)
    assert len(layout.roles) == 3
    report = lint_one(make_document(text), LintConfig(today=TODAY))
    assert not [f.message for f in report.findings if f.code == "SG406"]


def test_a_title_with_a_season_under_a_role_with_a_range_is_the_next_role():
    """"Intern , Some tech company Summer 2017" after a role dated "2018 - Present": a
    title and its date (no "in", no brackets), so a role of its own."""
    text = ("Jo Doe\n\nExperience\nMobile Developer , Some tech company 2018 - Present\nSilicon Valley, California\n"
            "Developed AI systems for UX.\nIntern , Some tech company Summer 2017\nSilicon Valley, California\n"
            "Built libraries for a startup.\n")
    layout = ResumeLayout(make_document(text), today=TODAY)
    assert [r.dates.start.year for r in layout.roles] == [2018, 2017]


def test_a_date_with_its_sentence_going_on_or_ending_there_is_no_role_date():
    """Lines of the browser corpus that are no roles: a clause after a semicolon goes on past
    the date ("Kirklees Council framework, 2019; highest social" in b123's key wins, "status in
    2023; I ran 1st-time" in b129's role), and a date that ends the sentence broken off on the
    line before, another column's words after it ("... questions in" / "2023. Grammarly
    Business", b123)."""
    told = ("£6.4m home care lots (3 of 5)\nKirklees Council framework, 2019; highest social\nvalue score in the lot.\n"
            "Team feeding lead: our team kept UNICEF Baby Friendly status in 2023; I ran 1st-time\n"
            "parent feeding workshops.\n"
            "Mapped commitments to the award criteria; our responses scored full marks on 9 of 12\n"
            "evaluated questions on the bid, all submitted with every annex and scored in\n"
            "2023. Grammarly Business\n")
    text = NO_GLYPHS.replace("Constitution Mutual, Hartford, CT\n", "Constitution Mutual, Hartford, CT\n" + told)
    layout = ResumeLayout(make_document(text), today=TODAY)
    assert not [d.text for d in layout.dates if d.text in ("2019", "2023")]
    report = lint_one(make_document(text), LintConfig(today=TODAY))
    assert not [f.message for f in report.findings if f.code == "SG406"]


def test_a_date_after_a_lower_case_word_under_a_role_with_a_range_is_part_of_it():
    """"BlueHeron Clinical Services, Raleigh, NC promoted Aug 2019" under "Clinical Research
    Associate I / II Jun 2017 – Dec 2020" (b125): a title has no lower-case word before its
    date; a title and its date under the range stays the next role."""
    text = NO_GLYPHS.replace("Constitution Mutual, Hartford, CT", "Constitution Mutual, Hartford, CT promoted Aug 2020")
    layout = ResumeLayout(make_document(text), today=TODAY)
    assert len(layout.roles) == 3 and layout.roles[0].dates.is_range
    report = lint_one(make_document(text), LintConfig(today=TODAY))
    assert not [f.message for f in report.findings if f.code == "SG406"]
    titled = NO_GLYPHS.replace("Constitution Mutual, Hartford, CT", "Constitution Mutual, Hartford, CT\n"
                               "Claims Assistant Aug 2018")
    report = lint_one(make_document(titled), LintConfig(today=TODAY))
    assert [f.code for f in report.findings if f.code == "SG406"] == ["SG406"]


WRAPPED_END = """Niamh Shah
niamh@example.co.uk

Clinical Experience
Specialist Dietitian (Band 6), Diabetes & Renal
North Severn Hospitals NHS Trust, Gloucester · Apr 2020 – present
Manage a caseload of 110 haemodialysis patients.
Dietitian (Band 5, rotational)
Avon Vale University Hospitals NHS Foundation Trust, Bristol · Sep 2015 –
Mar 2020
Rotated through acute medicine, stroke and paediatrics.
"""


def test_a_range_left_open_at_a_line_end_is_closed_by_the_date_that_opens_the_next():
    """b99: "Sep 2015 –" ends the employer's line in a narrow column, "Mar 2020" opens the
    next: one past range, not a current role and a single-date one."""
    layout = ResumeLayout(make_document(WRAPPED_END), today=TODAY)
    dates = [role.dates for role in layout.roles if role.dates is not None]
    assert len(dates) == 2 and dates[0].current
    assert not dates[1].current and (dates[1].start.year, dates[1].end.year, dates[1].end.month) == (2015, 2020, 3)


END_UNDER_EMPLOYER = """Imogen Batra-Kelly
imogen@example.com

Experience
2021— Senior Event Manager
Halcyon Live, London
to now
• Lead a team of five on 14 projects a year.
2017— Event Manager
The Riverside Trust, London
to 2021
• Ran the charity's fundraising events for 3,500 walkers.
2014— Festival Production Coordinator
Greenmeadow Festivals Ltd, Bristol
until 2017
• Coordinated site build for a 40,000-capacity festival.
"""


def test_a_range_whose_end_is_set_under_the_employer_is_one_range():
    """b143: the start and a dash beside the title, "to now" or "to 2021" two lines below:
    each role runs over a range (no single-date roles, no gaps between them)."""
    layout = ResumeLayout(make_document(END_UNDER_EMPLOYER), today=TODAY)
    dates = [role.dates for role in layout.roles]
    assert len(dates) == 3 and all(d is not None and d.is_range for d in dates)
    assert dates[0].current
    assert [(d.start.year, d.end.year) for d in dates[1:]] == [(2017, 2021), (2014, 2017)]
    report = lint_one(make_document(END_UNDER_EMPLOYER), LintConfig(today=TODAY))
    assert not [f for f in report.findings if f.code in ("SG405", "SG406")]


TIMELINE_BADGES = """Lachlan Tuipulotu
lachlan@example.com

Experience
2024
Deputy Captain (volunteer)
NSW Rural Fire Service, Mulgoa Brigade · Since 2021
• Led crews at 60+ incidents a year.
2019
Firefighter / Crew Member (volunteer)
NSW Rural Fire Service, Mulgoa Brigade · 2014–21
• Deployed 41 days during the Black Summer fires.
2012
Apprentice Electrician
Nepean Sparks Electrical Pty Ltd, Penrith · Feb 2012 – Dec 2015
• Four-year apprenticeship; Apprentice of the Year 2015.
"""


def test_a_year_badge_over_a_role_dated_with_a_range_is_not_its_date():
    """b150: a timeline draws a year alone over each role, whose own line gives its range:
    the range is the role's dates and the title its first line, no single-date role."""
    layout = ResumeLayout(make_document(TIMELINE_BADGES), today=TODAY)
    roles = layout.roles
    assert [layout.role_title(role) for role in roles] == [
        "Deputy Captain (volunteer)", "Firefighter / Crew Member (volunteer)", "Apprentice Electrician"]
    assert roles[0].current and all(role.dates is not None and role.dates.is_range for role in roles)
    report = lint_one(make_document(TIMELINE_BADGES), LintConfig(today=TODAY))
    assert not [f for f in report.findings if f.code == "SG406"]
