"""Soft skills shown through what the candidate did ("led a team of 6" for leadership):
the curated behaviour map (`skillgap/soft_behaviours.toml`) through the real pipeline and
the default taxonomy."""

import re

import pytest
from conftest import built_document

from skillgap.gap import compare, is_quality, trait_in_other_words
from skillgap.own_words import behaviours, family, near_skills
from skillgap.pipeline import analyze_document
from skillgap.types import MatchLevel, SectionKind, SkillKind, Strength

POSTING = """Ward Administrator
Requirements
- Strong leadership
- Excellent teamwork
- Good organisational skills
- Excellent communication skills
- Problem solving
- Attention to detail
"""

SHOWS_THEM = """Alex Kim
Experience
Ward Clerk, City Hospital, Jan 2020 – Present
- Led a team of 6 clerks on the night shift
- Worked with nurses and doctors to keep patient records current
- Scheduled 40 staff rotas every month
- Presented monthly results to the board
- Kept 3,000 patient records accurate and up to date
Education
- Course: Problem Solving for Managers
"""

SHOWS_NONE = """Alex Kim
Experience
Ward Clerk, City Hospital, Jan 2020 – Present
- Kept patient records current across the organization
- Posted fixed assets to the corresponding ledger
Education
- Course: Problem Solving for Managers
"""


def _gap(text, extractor):
    posting = analyze_document(built_document(POSTING), "posting", extractor)
    resume = analyze_document(built_document(text), "resume", extractor)
    return {i.skill.id: i for i in compare(resume, posting, extractor.taxonomy).items}


@pytest.fixture(scope="module")
def shown(default_extractor):
    return _gap(SHOWS_THEM, default_extractor)


@pytest.fixture(scope="module")
def unshown(default_extractor):
    return _gap(SHOWS_NONE, default_extractor)


@pytest.mark.parametrize(("skill_id", "words"), [
    ("leadership", "Led a team"),
    ("teamwork", "team of 6"),  # "Led a team of 6", the first line that shows it
    ("organizational-skills", "Scheduled"),
    ("communication-skills", "Presented"),
    ("attention-to-detail", "Kept 3,000 patient records accurate"),
])
def test_soft_skill_shown_by_what_the_candidate_did(shown, skill_id, words):
    item = shown[skill_id]
    assert item.level is MatchLevel.EXACT
    assert item.evidence[0].text == words
    assert item.evidence[0].section is SectionKind.EXPERIENCE and item.evidence[0].strength is Strength.STRONG


def test_dates_company_words_and_course_names_show_no_soft_skill(unshown, shown):
    # "– Present" is a date, "the organization" an employer, "fixed assets" no fix, a course
    # name no behaviour
    for skill_id in ("communication-skills", "organizational-skills", "leadership", "teamwork", "problem-solving"):
        assert unshown[skill_id].level is MatchLevel.MISSING, skill_id
    assert shown["problem-solving"].level is MatchLevel.MISSING  # only in the education section


def test_leadership_as_the_audience_of_a_report_shows_no_leadership(default_extractor):
    # the word itself, in "recommendations for leadership" (wrapped as a PDF wraps it), is
    # the people who lead; a line where the candidate led still shows it
    audience = SHOWS_NONE.replace("Education\n", "- Document findings and recommendations for\nleadership.\n"
                                  "- Presented the audit to senior leadership and to management.\nEducation\n")
    assert _gap(audience, default_extractor)["leadership"].level is MatchLevel.MISSING
    led = audience.replace("Education\n", "- Provided leadership to 12 staff during the ward move\nEducation\n")
    assert _gap(led, default_extractor)["leadership"].level is MatchLevel.EXACT


@pytest.mark.parametrize(("one", "other", "same"), [
    ("recruiting", "recruitment", True),
    ("communicated", "communication", True),
    ("initiated", "initiative", True),
    ("interpretation", "interpersonal", False),
    ("community", "communication", False),
    ("initially", "initiative", False),
    ("organized", "organisational", True),  # American and British spelling
    ("organic", "organizational", False),  # "organic sessions up 140%" shows no organisation
    ("organisms", "organised", False),
])
def test_word_families_join_forms_of_a_word_not_words_that_share_a_beginning(one, other, same):
    assert (family(one) == family(other)) is same


def test_a_word_that_only_begins_like_a_trait_shows_no_trait(default_extractor):
    resume = SHOWS_NONE.replace("Education\n", "- 12-lead EKG interpretation for community patients\n"
                                "Education\n")
    items = _gap(resume, default_extractor)
    assert items["communication-skills"].level is MatchLevel.MISSING
    posting = analyze_document(built_document("Nurse\nRequirements\n- Good interpersonal skills\n"), "posting",
                               default_extractor)
    gap = compare(analyze_document(built_document(resume), "resume", default_extractor), posting,
                  default_extractor.taxonomy)
    assert gap.items[0].skill.id == "interpersonal-skills" and gap.items[0].level is MatchLevel.MISSING


EVERYDAY_WORK = {"customer-service", "teaching", "administrative-support"}  # the map's skills that are not soft


def test_behaviour_map_names_soft_skills_of_the_taxonomy(default_extractor):
    taxonomy = default_extractor.taxonomy
    for skill_id, patterns in behaviours().items():
        assert taxonomy.skills[skill_id].kind is SkillKind.SOFT or skill_id in EVERYDAY_WORK, skill_id
        assert patterns and all(re.compile(p, re.IGNORECASE) for p in patterns)  # each one compiles
    assert EVERYDAY_WORK <= behaviours().keys()


KEYWORD_POSTING = """Recruiter
Requirements
- Recruitment experience
- Taking minutes at panel meetings
- Excellent teamwork
"""

KEYWORD_RESUME = """Jo Park
Experience
- Full-cycle recruiting for engineering teams
- Minute-taking for monthly panels
- Worked with hiring managers on interview plans
"""


def test_no_keyword_advice_for_a_word_the_resume_writes_in_another_form(default_extractor):
    posting = analyze_document(built_document(KEYWORD_POSTING), "posting", default_extractor)
    resume = analyze_document(built_document(KEYWORD_RESUME), "resume", default_extractor)
    gap = compare(resume, posting, default_extractor.taxonomy)
    items = {i.skill.id: i for i in gap.items}
    assert items["recruiting"].level is MatchLevel.EXACT and items["recruiting"].keyword_found
    assert items["minute-taking"].keyword_found  # "Minute-taking" for "Taking minutes"
    assert items["teamwork"].level is MatchLevel.EXACT and not items["teamwork"].keyword_found
    lowered = {k.casefold() for k in gap.keywords_missing}
    assert "recruitment" not in lowered  # "recruiting" is the same word to a tracking system
    assert not any("teamwork" in k for k in lowered)  # shown in what the candidate did: its note says so


def test_a_trait_shown_by_the_bullets_gets_no_edit_that_names_it(default_extractor):
    """Its bare name tacked onto a skills line or a bullet reads as filler (judged blind)."""
    from skillgap.ingest import document_from_text
    from skillgap.pipeline import analyze
    from skillgap.suggest import suggest

    resume = SHOWS_THEM + "Skills\n- Rota planning, Excel, records management\n"
    report = analyze(document_from_text(resume, fmt="md", path="resume.md"),
                     document_from_text(POSTING, path="posting.txt"))
    items = {i.skill.id: i for i in report.gap.items}
    assert items["communication-skills"].level is MatchLevel.EXACT  # shown, in other words
    edits = suggest(report, extractor=default_extractor)
    traits = [i.skill.name for i in report.gap.items if trait_in_other_words(i)]
    assert "Communication skills" in traits
    pattern = "|".join(re.escape(name.split()[0]) for name in traits)
    named = [s for s in edits if re.search(pattern, s.rewrite, re.IGNORECASE)
             and not re.search(pattern, s.original, re.IGNORECASE)]
    assert named == []


def test_scan_judges_traits_in_other_words_as_check_does(tmp_path):
    """scan's per-posting score and résumé status come from the same judgement as check's."""
    from skillgap.pipeline import analyze
    from skillgap.scan import ResumeStatus, scan

    postings = tmp_path / "postings"
    postings.mkdir()
    (postings / "clerk.txt").write_text(POSTING, encoding="utf-8")
    resume = tmp_path / "resume.md"
    resume.write_text(SHOWS_THEM, encoding="utf-8")
    report = scan(postings, resume, jobs=1)
    single = analyze(resume, postings / "clerk.txt")
    assert not [i for i in single.gap.items if i.skill.id.startswith("ask:")]  # no free-text asks here
    assert report.scores[0].score == single.gap.score
    gaps = {g.skill.id: g.resume for g in report.gaps}  # what the résumé lacks or shows only in part
    assert "communication-skills" not in gaps  # "Presented monthly results to the board"
    assert gaps["problem-solving"] is ResumeStatus.MISSING


def test_a_related_skill_does_not_hide_what_the_candidate_did(default_extractor):
    """Active listening is a kind of communication skills: partial credit on its own, but a
    bullet that shows the communication itself gives the full credit."""
    related_only = SHOWS_NONE.replace("Education", "Volunteering\n- Completed 40 hours of active listening training\n"
                                      "Education")
    partly = _gap(related_only, default_extractor)["communication-skills"]
    assert partly.level is not MatchLevel.EXACT and partly.via is not None and partly.via.id == "active-listening"
    both = related_only.replace("- Posted fixed", "- Presented monthly results to the board\n- Posted fixed")
    item = _gap(both, default_extractor)["communication-skills"]
    assert item.level is MatchLevel.EXACT and item.via is None and trait_in_other_words(item)
    assert item.evidence[0].text == "Presented" and item.credit > partly.credit


@pytest.mark.parametrize(("line", "skill_id", "shows"), [
    ("Greeted patients, answered a busy switchboard and managed the appointment book", "communication-skills", True),
    ("Drafted management letter comments for the audit partner", "communication-skills", True),
    ("Co-wrote the district's Algebra II common assessments", "teamwork", True),
    ("Member of the rapid-response team on nights", "teamwork", True),
    # a process made faster is no personal time management (judged wrong blind: "time-to-fill")
    ("Cut average time-to-fill from 52 to 38 days", "time-management", False),
    ("Introduced a damaged-stock photo log that halved disputes", "initiative", True),
    ("Trained 40+ colleagues on barcode medication administration", "instruct-others", True),
    ("Mentor two first-year teachers each year", "instruct-others", True),
    # a passive "initiated", an interpreting mode and someone else who mentors show nothing
    ("Pitched a long idea; position initiated at 1.5% weight", "initiative", False),
    ("Simultaneous whispered interpretation for the accused", "time-management", False),
    ("Postdoc mentor Dr. Rowan MacLeod, Northshore Institute", "instruct-others", False),
    # the people served and their complaints, the customer-facing side of a venue, retail clienteling
    ("No passenger complaints upheld in five years", "customer-service", True),
    ("Front-of-house and bar service in a busy gastropub", "customer-service", True),
    ("Ran weekend clienteling events for repeat buyers", "customer-service", True),
    ("Assessed patient complaints of chest pain at triage", "customer-service", False),  # a symptom
    ("No at-fault incidents or passenger complaints upheld in five years", "customer-service", True),
    # the same words for other work (a reviewer's inputs): sound and lighting, bugs, a model, meetings
    ("Mixed front-of-house sound for 120 gigs", "customer-service", False),
    ("Reduced customer complaints 30% by fixing checkout bugs", "customer-service", False),
    ("Wrote an NLP classifier to triage customer complaints", "customer-service", False),
    ("Built a routing model for a rail line that served 40,000 passengers a day", "customer-service", False),
    ("Led weekly sprint planning sessions for the squad", "teaching", False),
    ("Delivered 12 CPD sessions for ward staff", "teaching", True),
])
def test_what_the_candidate_did_shows_these_traits(default_extractor, line, skill_id, shows):
    from skillgap.own_words import behaviour_evidence

    resume = analyze_document(built_document(f"Alex Kim\nExperience\nClerk, City Hospital, 2020 – 2023\n- {line}\n"),
                              "resume", default_extractor)
    evidence = behaviour_evidence(resume, skill_id)
    assert (evidence is not None and evidence.section is SectionKind.EXPERIENCE) is shows


def test_everyday_work_shown_by_what_the_candidate_did(default_extractor):
    """Customer service, teaching and administrative support have behaviours too: a skill
    the taxonomy finds nowhere in the résumé is shown by a bullet that does it."""
    posting = analyze_document(built_document(
        "Receptionist\nRequirements\n- Customer service\n- Teaching\n- Administrative support\n- Budgeting\n"),
        "posting", default_extractor)
    resume = analyze_document(built_document(
        "Alex Kim\nExperience\nReceptionist, City Clinic, 2020 – 2023\n"
        "- Greeted patients, answered a busy switchboard and managed the appointment book\n"
        "- Trained 3 new starters on the booking system\n"
        "- Maintained case files and the practice calendar\n"), "resume", default_extractor)
    items = {i.skill.id: i for i in compare(resume, posting, default_extractor.taxonomy).items}
    for skill_id, words in (("customer-service", "Greeted patients"), ("teaching", "Trained 3 new starters"),
                            ("administrative-support", "managed the appointment book")):
        assert items[skill_id].level is MatchLevel.EXACT and items[skill_id].evidence[0].text == words
    assert items["budgeting"].level is MatchLevel.MISSING  # no behaviour table: named or missing


def test_software_work_shows_no_everyday_work(default_extractor):
    """Databases maintained, API calls handled, a model trained, being introduced to a tool
    and being self-taught show no administrative support, customer service, teaching or
    initiative."""
    posting = analyze_document(built_document(
        "Support Officer\nRequirements\n- Customer service\n- Teaching\n- Administrative support\n- Initiative\n"),
        "posting", default_extractor)
    resume = analyze_document(built_document(
        "Alex Kim\nSelf-taught Python developer.\nExperience\nBackend Engineer, Acme, 2020 – 2023\n"
        "- Maintained production PostgreSQL databases and log files.\n"
        "- Built a Go service handling 2M API calls per day.\n"
        "- Led model training and evaluation for the ranking team.\n- Introduced to Kafka in 2021.\n"),
        "resume", default_extractor)
    items = {i.skill.id: i for i in compare(resume, posting, default_extractor.taxonomy).items}
    for skill_id in ("customer-service", "teaching", "administrative-support", "initiative"):
        assert items[skill_id].level is MatchLevel.MISSING, (skill_id, items[skill_id].evidence)


NEAR_POSTING = """Designer
Requirements
- Excellent communication skills
- Strong interpersonal skills
- Critical thinking
- Good time management
- Leadership
- Proactive
"""


def _near_items(text, extractor):
    posting = analyze_document(built_document(NEAR_POSTING), "posting", extractor)
    resume = analyze_document(built_document(text), "resume", extractor)
    gap = compare(resume, posting, extractor.taxonomy)
    return {i.skill.id: i for i in gap.items}, gap


def test_a_neighbouring_behaviour_shows_a_soft_skill_in_part(default_extractor):
    """Mentoring others shows communication and interpersonal skills only in part: related
    credit through the neighbour, which the report names; a résumé with no such line
    leaves them missing."""
    near, _ = _near_items("Sam Lee\nExperience\nDesigner, Studio Nine, 2019 – Present\n"
                          "- Mentor two junior designers\n- Resolved print faults for 30 clients\n", default_extractor)
    for skill_id in ("communication-skills", "interpersonal-skills"):
        item = near[skill_id]
        assert item.level is MatchLevel.RELATED and item.via is not None, skill_id
        assert item.via.id in ("instruct-others", "mentoring") and item.evidence[0].text == "Mentor two"
        assert 0 < item.credit < 0.5 and "partial credit" in item.note
    thinking = near["critical-thinking"]
    assert thinking.level is MatchLevel.RELATED and thinking.via.id == "problem-solving"
    far, _ = _near_items("Sam Lee\nExperience\nDesigner, Studio Nine, 2019 – Present\n- Drew 40 poster layouts\n",
                         default_extractor)
    assert all(far[s].level is MatchLevel.MISSING for s in ("communication-skills", "interpersonal-skills",
                                                             "critical-thinking"))


@pytest.mark.parametrize("line", [
    "- Worked with PostgreSQL and Redis",  # any object: no person, no interpersonal skill
    "- Was mentored by a senior engineer",  # someone else's mentoring
    "- Reported to the Head of Sales",  # someone else's post
    "- Scheduled cron jobs on Linux",  # a machine's schedule, not the candidate's time
    "- Designed icon families for the product",  # "families" of things
])
def test_lines_that_show_no_close_skill_give_no_partial_credit(default_extractor, line):
    items, _ = _near_items(f"Sam Lee\nExperience\nEngineer, Acme, 2019 – Present\n{line}\n", default_extractor)
    for skill_id in ("communication-skills", "interpersonal-skills", "time-management", "leadership"):
        assert items[skill_id].level is MatchLevel.MISSING, (line, skill_id, items[skill_id].via)


def test_a_quality_gets_no_partial_credit_that_would_cost_score(default_extractor):
    """A quality the résumé does not name is set apart and costs nothing; a line that shows
    a neighbour of it must not turn it into a scored item and lower the score."""
    base = "Sam Lee\nExperience\nDesigner, Studio Nine, 2019 – Present\n- Mentor two junior designers\n"
    items, gap = _near_items(base, default_extractor)
    more, more_gap = _near_items(base + "- Spearheaded the move to a new print workflow\n", default_extractor)
    assert "proactivity" not in items and "proactivity" not in more
    assert more_gap.score >= gap.score


def test_neighbours_are_soft_skills_the_map_can_show(default_extractor):
    taxonomy = default_extractor.taxonomy
    for skill_id, near in near_skills().items():
        assert taxonomy.skills[skill_id].kind is SkillKind.SOFT, skill_id
        assert near and len(set(near)) == len(near) and skill_id not in near, skill_id
        assert set(near) <= behaviours().keys(), (skill_id, set(near) - behaviours().keys())
        assert not is_quality(skill_id), skill_id


def test_a_neighbour_the_resume_names_shows_a_soft_skill_in_part_and_the_word_is_still_advised(default_extractor):
    """A neighbour named in a skills list counts as a listing does (0.8 of the related
    credit); the soft skill itself is not written, so its word stays in the keyword advice."""
    items, gap = _near_items("Sam Lee\nSkills\nCustomer service, negotiation\nExperience\n"
                             "Designer, Studio Nine, 2019 – Present\n- Drew 40 poster layouts\n", default_extractor)
    item = items["communication-skills"]
    assert item.level is MatchLevel.RELATED and item.via.id in ("customer-service", "negotiation")
    assert item.evidence[0].strength is Strength.LISTED and item.credit < 0.4
    assert any("communication skills" in k.casefold() for k in gap.keywords_missing)
