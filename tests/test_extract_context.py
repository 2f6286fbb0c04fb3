"""Context rules on the shipped taxonomy: traits said of the reader, titles, degrees, lists.

Each row is a sentence as postings write it (SkillSpan and Decorte strip most commas, so
some rows have none), the skills it must yield and the skills it must not.
"""

import pytest
from conftest import built_document

from skillgap.ingest.sections import split_sections


def _ids(extractor, text):
    return {m.skill_id for m in extractor.extract(built_document(text), None)}


CONTEXT = [
    # traits: only when they describe the reader, and they vouch for each other in a list
    ("You are curious, structured and proactive", {"curiosity", "organizational-skills", "proactivity"}, set()),
    ("You must have an analytical proactive and structured workstyle",
     {"analytical-skills", "proactivity", "organizational-skills"}, set()),
    ("As a person you are innovative and solution-oriented", {"creativity", "problem-solving"}, set()),
    ("We are a passionate and innovative team", set(), {"motivation", "creativity"}),
    ("We offer flexible working hours", set(), {"adaptability"}),
    ("We build innovative solutions for our customers", set(), {"creativity"}),
    ("You will develop collaborative ways of working and a creative process", set(), {"teamwork", "creativity"}),
    ("Structured data from many sources", set(), {"organizational-skills"}),
    ("Site Reliability Engineer", set(), {"reliability"}),
    # a likeness uses neither tool: "Figma-like", "Excel-style"
    # the first items of a list that shares its last word: "organisational ... skills"
    ("Good organisational and time management skills", {"organizational-skills", "time-management"}, set()),
    ("Good verbal and written communication skills", {"verbal-communication", "written-communication"}, set()),
    # ... only a short list of items: clauses before the last one share nothing with it
    ("Experience of working with people and good communication skills", {"communication-skills"},
     {"interpersonal-skills"}),
    ("You will manage people and develop their skills", set(), {"interpersonal-skills"}),
    # a two-word name written with a hyphen, as a compound before a noun
    ("Experience with high-availability and disaster-recovery setups",
     {"high-availability", "disaster-recovery"}, set()),
    ("Built Figma-like edge editing and an Excel-style grid in React", {"react"}, {"figma", "microsoft-excel"}),
    ("Designed the screens in Figma and the budget in Excel", {"figma", "microsoft-excel"}, set()),
    ("Ran Kanban-style boards for the team", {"kanban"}, set()),  # a method keeps its match
    # a typographic apostrophe is a straight one
    ("Valid driver\u2019s license and a clean record", {"drivers-license"}, set()),
    # a field right before a role noun is a title or a team, a tool keeps its match
    ("Frontend Developer", set(), {"frontend-development"}),
    ("Join our DevOps team", set(), {"devops"}),
    ("JavaScript developer", {"javascript"}, set()),
    ("a collaborative team player", {"teamwork"}, set()),
    # degrees: a requirement, unless they name a post or a programme
    ("You hold a PhD in physics", {"doctoral-degree"}, set()),
    ("A 3-year PhD scholarship is available", set(), {"doctoral-degree"}),
    ("The PhD student will join the group", set(), {"doctoral-degree"}),
    ("Master's degree in economics", {"masters-degree"}, set()),
    # languages vouch for each other and follow "communicate ... in"
    ("Danish Swedish and Norwegian will be an advantage", {"danish", "swedish", "norwegian"}, set()),
    ("you can communicate effectively and confidently in English", {"english"}, set()),
    # tools written as a list without commas
    ("Java Spring Hibernate", {"java", "spring-framework"}, set()),
    ("Experience leading a team", {"leadership"}, set()),
    # a line that opens with a list of verbs: the first is an imperative, not a skill
    ("Design, build and run services in Go on AWS", {"go", "amazon-web-services"}, {"design"}),
    ("- Design and implement the billing APIs", set(), {"design"}),
    ("Skills\nDesign, Photoshop", {"design", "adobe-photoshop"}, set()),
    # a posting's tasks in the imperative vouch for the tools they use
    ("Responsibilities\n- Use Excel to plan labor", {"microsoft-excel"}, set()),
    ("Responsibilities\n- Load data into Snowflake", {"snowflake"}, set()),
    ("Responsibilities\n- Excel to the next level", set(), {"microsoft-excel"}),
    # the last word of an employer's name is not the skill it happens to spell
    ("Harbor Freight Analytics · Remote (US) · Full-time", set(), {"data-analysis"}),
    ("Senior UX Designer, Brightline Analytics", set(), {"data-analysis"}),
    ("Skills: SQL, Analytics", {"sql", "data-analysis"}, set()),
    ("We use analytics to price plans", {"data-analysis"}, set()),
    # a trait's name as a field of study: the field of a degree, a course in a list of courses
    ("Education\nB.A., Communication (Public Relations), 2012", {"bachelors-degree"}, {"communication-skills"}),
    ("Main courses: Algorithmic Foundations and Problem Solving, Complexity", set(), {"problem-solving"}),
    ("Strong communication and problem solving skills", {"communication-skills", "problem-solving"}, set()),
    ("Skills - communication, negotiation", {"communication-skills"}, set()),
    # ordinary words as whole items of a comma list of three or more: a list of skills
    ("Duties: device evaluation, acceptance testing, commissioning, troubleshooting, calibration, and maintenance",
     {"calibration", "troubleshooting"}, set()),
    ("We value research and innovation", set(), {"research"}),
    # a letter alone in brackets is a grade or a mark, not a language
    ("A Levels: English Language (B), Sociology (C), Business Studies (C)", set(), {"c"}),
    ("Languages: Python, C, Go", {"c", "python"}, set()),
    ("Statistics (R) and machine learning (Python)", {"r"}, set()),  # R is no grade
    # a letter joined by a slash to another letter abbreviates: "R/T" is radio telephony
    ("Skills\nR/T, Excel, Outlook\n", {"microsoft-excel"}, {"r"}),
    ("Skills\nR/Python, SQL, C/C++\n", {"r", "python", "c"}, set()),
    # ... but not two skills, nor a longer slash list (a reviewer's inputs)
    ("Skills\nLanguages: C/R, Java\n", {"c", "r", "java"}, set()),
    ("Skills\nPython/R/C, SQL\n", {"python", "r", "c"}, set()),
    ("Skills\nStatistics (R/S-PLUS), SAS\n", {"r", "sas"}, set()),
    # an ambiguous name followed by "of" is the ordinary word
    ("Requirements\n- Processing of Practice and supplier invoices", set(), {"processing"}),
    ("Skills: Processing, p5.js, Java", {"processing", "java"}, set()),
    # a name ending in a gerund with an object after it is a clause: a team that builds a system
    ("You are a part of team building a crucial system for our online stores", set(), {"team-building"}),
    ("Strong team building and problem solving skills", {"team-building", "problem-solving"}, set()),
    ("Nice to have\n- Event planning a plus", {"event-planning"}, set()),
    # a verb of use a few words before a tool's ambiguous name: the tool, even before "to"
    ("You will also use HR systems and Excel to ensure our data is up to date", {"microsoft-excel"}, set()),
    ("Responsibilities\n- Excel to the next level", set(), {"microsoft-excel"}),
    # a field's ordinary word said as a verb names a task (real postings), the noun keeps it
    ("use this knowledge to help you design and deliver training materials", set(), {"design"}),
    ("As the UI Technical Lead you will architect design and develop the platform", set(), {"design"}),
    ("This post doc position will research software architectures for mobile computing", set(), {"research"}),
    ("Requirements\n- Experience with design and delivery of training, and research experience",
     {"design", "research"}, set()),
    ("Requirements\n- Exposure to research, statistics and finance", {"research", "finance"}, set()),
    # after a preposition the word is a noun, even beside a word that can be a verb
    ("Requirements\n- Experience in finance and tax", {"finance"}, set()),
    ("Requirements\n- Experience in design and print", {"design"}, set()),
    ("Requirements\n- Experience in triage and wound care", {"triage"}, set()),
]


@pytest.mark.parametrize("text,present,absent", CONTEXT, ids=[row[0] for row in CONTEXT])
def test_extract_context_rules(default_extractor, text, present, absent):
    ids = _ids(default_extractor, text)
    assert present <= ids, f"missing {present - ids} in {ids}"
    assert not (absent & ids), f"wrongly found {absent & ids}"


def _resume_ids(extractor, text):
    document = built_document(text)
    return {m.skill_id for m in extractor.extract(document, split_sections(document, "resume"))}


# Résumé bullets: a bullet that opens with a past-tense work verb shows the work it names: a
# case-sensitive tool after "in/with/using/via/on", a single field word anywhere after the verb.
RESUME_BULLETS = [
    ("- Tracked inventory in Excel for 3 sites.", {"microsoft-excel", "inventory-management"}, set()),
    ("- Analyzed survey results in R, cutting report time 50%.", {"r"}, set()),
    ("- Taught robotics to 40 students.", {"robotics"}, set()),
    ("- Supervised telemetry patients.", {"telemetry"}, set()),
    ("- Deployed services written in Go to AWS.", {"go", "amazon-web-services"}, set()),
    ("- Charted assessments in Epic for 5-6 telemetry patients per shift.", {"epic-ehr", "telemetry"}, set()),
    ("- Led a team of 4 to launch the Spring 2023 product line campaign.", {"leadership"}, {"spring-framework"}),
    ("- Managed paid campaigns across Google Ads and Facebook Ads.", {"google-ads", "meta-ads"}, set()),
    # the traps stay traps, in a bullet too
    ("- Helped the team Go to market in Spring 2021.", set(), {"go", "spring-framework"}),
    ("- Coached interns to Excel at communication.", set(), {"microsoft-excel"}),
    ("- Reported to Mr. Jenkins weekly.", set(), {"jenkins"}),
    # "leadership" and "management" after "to/for/with" name the people: an audience
    ("- Presented quarterly results to senior leadership.", set(), {"leadership"}),
    ("- Reported to the executive leadership team weekly.", set(), {"leadership"}),
    ("- Documented findings and recommendations for\nleadership.", set(), {"leadership"}),
    ("- Led a team of 6 and provided leadership to 12 staff.", {"leadership"}, set()),
    # a line that opens with a participle is not a bullet of work done
    ("Required: experience in research", set(), set()),
    ("Discounted health and dental insurance", set(), {"insurance"}),
    # a degree names its field
    ("M.S. Statistics, UC Davis, 2018", {"statistics"}, set()),
    ("Bachelor of Science in Nursing, 2019", {"bachelors-degree", "nursing"}, set()),
    ("B.S. Accounting, University of Illinois Chicago, 2021", {"bachelors-degree", "accounting"}, set()),
    ("Massachusetts Initial Educator License, General Science 5-8", {"teaching-license"}, set()),
    # languages written as a bilingual pair or a choice
    ("Bilingual (Spanish/Portuguese)", {"spanish", "portuguese"}, set()),
    ("Spanish or Portuguese", {"spanish", "portuguese"}, set()),
    ("Bilingual (Spanish) is desirable", {"spanish"}, set()),
]


@pytest.mark.parametrize("text,present,absent", RESUME_BULLETS, ids=[row[0] for row in RESUME_BULLETS])
def test_extract_context_resume_bullets(default_extractor, text, present, absent):
    ids = _resume_ids(default_extractor, "Experience\n" + text + "\n")
    assert present <= ids, f"missing {present - ids} in {ids}"
    assert not (absent & ids), f"wrongly found {absent & ids}"


# Postings: "in Excel" in a requirement line is not a bullet of work done, and stays as before.
@pytest.mark.parametrize("text", ["We are based in Go", "Parties in Spring"])
def test_extract_context_preposition_alone_is_not_a_cue(default_extractor, text):
    assert not _ids(default_extractor, text) & {"go", "spring-framework"}


FUZZY_NAMES = [
    # (text, fuzzy matches it must not make)
    ("Laura Mendes\nBoston, MA\n", {"mendel"}),
    ("Summary\nWorked alongside Laura Mendes on grants.\n", {"mendel"}),
    ("Experience\n- Tested circuits with a multimeter.\n", {"mentimeter"}),
    ("Experience\nData Scientist, Lumen Health (San Francisco, CA)\n", {"lumen"}),
]


@pytest.mark.parametrize("text,absent", FUZZY_NAMES, ids=[row[0].split("\n")[0] for row in FUZZY_NAMES])
def test_extract_context_names_are_not_fuzzy_skills(default_extractor, text, absent):
    assert not (absent & _resume_ids(default_extractor, text))


# The words around an ambiguous name are read on its own line: a page number or the first
# word of the next line does not veto it (construction-project-manager-tollefson.docx in
# resume-dev: its footer's page number "1" followed the skills line, and "Excel" was lost
# from the DOCX while its PDF kept it).
@pytest.mark.parametrize("text", ["Skills\nProcore • Sage 300 CRE • Excel\n1\n", "Skills\nWord • Excel\nin 2020\n"])
def test_extract_context_neighbours_are_read_on_the_same_line(default_extractor, text):
    assert "microsoft-excel" in _resume_ids(default_extractor, text)


def test_extract_context_same_line_neighbours_still_veto(default_extractor):
    assert "microsoft-excel" not in _resume_ids(default_extractor, "Experience\n- I excel in sales\n")


@pytest.mark.parametrize("text,kept", [
    ("Skills\nPython, Rust\nJANUARY 16, 2018 CLAUD D. PARK · RÉSUMÉ 1\n", False),  # a footer's middle initial
    ("Skills\nPython, Rust\nJohn D. Rockefeller Foundation scholar\n", False),
    ("Skills\nPython, D, Rust\n", True),  # the language D in a list
])
def test_extract_context_a_middle_initial_is_no_language(default_extractor, text, kept):
    assert ("d" in _resume_ids(default_extractor, text)) is kept
