"""SG501 (skill listed without evidence) on generated résumés, with the real pipeline and
the shipped taxonomy: a role that shows a listed skill in other words is evidence, the
part of a listed item is not a claim of its own, and a skill named nowhere else still
fires (issue 16: cut the findings reviewed false without making every skill "evidenced")."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import make_document

from skillgap.lint.config import LintConfig
from skillgap.lint.list_items import same_word as _same_word
from skillgap.lint.run import lint_one

ROLE = "# Jo\n## Experience\n### Office Manager, Acme | 2019 – 2023\n"


def listed_without_evidence(text: str, extractor) -> list[str]:
    config = LintConfig(select=("SG501",), today=date(2025, 6, 1))
    report = lint_one(make_document(text, fmt="md"), config, source=text, extractor=lambda: extractor)
    return [f.message.split("”")[0].lstrip("“") for f in report.findings]


def test_a_skill_shown_through_other_word_forms_is_evidenced(default_extractor):
    text = (ROLE + "- Take and circulate minutes for monthly board meetings\n"
            "## Skills\nMinute-taking, Excel\n")
    assert listed_without_evidence(text, default_extractor) == ["Excel"]


def test_a_sentence_wrapped_onto_two_lines_is_one_piece_of_evidence(default_extractor):
    text = (ROLE + "As project leader I attended to the demands of the clients and\n"
            "managed the development group of eight.\n\n## Skills\nProject Management, Excel\n")
    assert listed_without_evidence(text, default_extractor) == ["Excel"]


def test_word_forms_are_the_same_word_only_when_they_share_the_stem():
    assert _same_word("taking", "take")
    assert _same_word("minute", "minutes")
    assert _same_word("administration", "administered")
    assert not _same_word("control", "containers")


def test_part_of_a_listed_item_is_not_a_skill_of_its_own(default_extractor):
    text = (ROLE + "- Ran the front desk for 40 visitors a day\n"
            "## Skills\n- Shift planning, NEC 2020 code compliance\n- Airflow testing & duct sealing\n"
            "- Performance tuning and debugging\n- Excel\n")
    assert listed_without_evidence(text, default_extractor) == ["Excel"]


def test_a_label_read_into_its_list_is_not_a_listed_skill(default_extractor):
    """A label column in a PDF ends up at the start of its line, without a colon."""
    text = (ROLE + "- Ran the front desk for 40 visitors a day\n"
            "## Skills\nDocumentation Markdown, LaTeX\nOrm Frameworks: TypeORM, Knex\n")
    assert "Documentation" not in listed_without_evidence(text, default_extractor)
    assert "Orm" not in listed_without_evidence(text, default_extractor)
    assert "Markdown" in listed_without_evidence(text, default_extractor)


def test_a_field_label_column_before_its_tools_set_apart_by_space_is_not_a_listed_skill(default_extractor):
    """A table row "Web Development   HTML  CSS  Javascript" (a corpus template) reads as one
    line of words: the field labels skills of its own (HTML and CSS are web development). A
    row of tools, or of skills that are no part of the first, labels nothing (a reviewer's rows)."""
    text = (ROLE + "- Built a Chrome extension in Javascript\n"
            "## Skills\nWeb Development HTML CSS Javascript\nIllustrator Photoshop Premiere Pro\n"
            "Payroll Excel Sage\n")
    flagged = listed_without_evidence(text, default_extractor)
    assert "Web Development" not in flagged and "HTML" in flagged
    assert "Illustrator" in flagged and "Photoshop" in flagged
    assert "Payroll" in flagged


def test_a_product_name_that_goes_on_is_not_a_label(default_extractor):
    text = ROLE + "- Ran the front desk for 40 visitors a day\n## Skills\nSage 300 CRE • Excel\n"
    assert listed_without_evidence(text, default_extractor) == ["Sage 300", "Excel"]


def test_a_spoken_language_list_is_not_checked(default_extractor):
    text = (ROLE + "- Ran the front desk for 40 visitors a day\n"
            "## Skills\nExcel\n## Languages\nEnglish, Spanish, Pig Latin\n")
    assert listed_without_evidence(text, default_extractor) == ["Excel"]


def test_a_row_of_interests_in_a_skills_table_is_not_checked(default_extractor):
    """mintyfrankie/brilliant-CV in resume-dev: a skills table's rows "Tech Stack  Tableau |
    ..." and "Personal Interests  Swimming | Cooking | Reading"; a pastime is no skill claimed."""
    text = (ROLE + "- Kept the office calendar\n## Skills\nTech Stack Excel | Tableau\n"
            "Personal Interests Swimming | Cooking | Reading\n")
    found = listed_without_evidence(text, default_extractor)
    assert "Excel" in found and not {"Cooking", "Swimming", "Reading"} & set(found)


def duplicates(text: str, extractor) -> list[str]:
    config = LintConfig(select=("SG504",), today=date(2025, 6, 1))
    report = lint_one(make_document(text, fmt="md"), config, source=text, extractor=lambda: extractor)
    return [f.source_line for f in report.findings]


def test_the_same_skill_in_other_words_is_listed_twice(default_extractor):
    """SG504 (scottlynde/jsonresume-theme-creative-confidence in resume-dev): the same
    words in another order, or the skill alone and then with a word that says how."""
    text = ("# Jo\n## Skills\nPersonal: composure under pressure, public speaking\n"
            "Arcade: focus endurance, crowd-pressure composure\n"
            "Business: vendor outreach, negotiation\nEveryday: friendly negotiation, urban navigation\n")
    assert duplicates(text, default_extractor) == ["Arcade: focus endurance, crowd-pressure composure",
                                                   "Everyday: friendly negotiation, urban navigation"]


@pytest.mark.parametrize("items", [
    "Domain Driver Design, Test Driver Design",
    "travel planning, short-notice planning",
    "UML, Visual Paradigm UML",
    "Planning, Planning milestones",
    # b107-waterengineer-p2sidebar (browser-printed): each item wraps onto its own line
    "Wastewater treatment process\ndesign\nStorm overflow and storage\ndesign",
    # b101-facilities-cards (browser-printed): a table's cells read as one line each
    "Preventive maintenance Capital planning Budget management Vendor & contract management\n"
    "Energy management Space planning & moves OSHA compliance Life safety",
])
def test_two_kinds_of_a_skill_are_two_items(items, default_extractor):
    assert duplicates(f"# Jo\n## Skills\n{items}\n", default_extractor) == []


def test_one_slashed_item_is_one_claim(default_extractor):
    """"C/C++" (Hoene84/CeeVee in resume-dev) is one item: a role that shows C++ shows it."""
    text = (ROLE + "- Wrote the C++ services behind 3 trading desks\n"
            "## Skills\nC/C++, XML (XSD/XSLT), Haskell\n")
    assert listed_without_evidence(text, default_extractor) == ["XML", "XSD", "XSLT", "Haskell"]


def test_a_variant_after_its_skill_is_part_of_the_item(default_extractor):
    """"Assembly x86" (PieroMacaluso/DogEar-CV in resume-dev) lists Assembly, for x86."""
    text = (ROLE + "- Ran the front desk for 40 visitors a day\n"
            "## Skills\nProgramming Languages: C, Java, Assembly x86, Excel\n")
    assert listed_without_evidence(text, default_extractor) == ["C", "Java", "Assembly", "Excel"]


def test_a_narrower_skill_named_in_a_role_shows_the_listed_one(default_extractor):
    """"Ruby" listed, "Migration der Rails Webapplikation" in the role (Hoene84/CeeVee in
    resume-dev): Rails, a name of Ruby on Rails, is narrower than Ruby in the taxonomy."""
    text = (ROLE + "- Migration der Rails Webapplikation zu Vue.js für 300 Praxen\n"
            "## Skills\nRuby, Haskell\n")
    assert listed_without_evidence(text, default_extractor) == ["Haskell"]


def test_an_alias_said_in_a_roles_own_words_shows_the_skill(default_extractor):
    """"Project Management" listed, "Collaborated ... to deliver projects" in the role
    (SagarD2305/resume-info-extractor in resume-dev): the taxonomy's alias "project
    delivery", in the words `skillgap check` reads a résumé's own words by."""
    text = ("# Jo\n## Experience\n### Software Developer, Data Systems | 2018 – 2020\n"
            "- Collaborated with cross-functional teams to deliver projects\n"
            "## Skills\nProject Management, Excel\n")
    assert listed_without_evidence(text, default_extractor) == ["Excel"]


@pytest.mark.parametrize(("listed", "role"), [
    ("Salesforce", "Grew sales 20% in two years"),  # a product is not the word it starts with
    ("Workday", "Worked night shifts on a 30-bed unit"),
    ("Scrapy", "Built the site from scratch"),
    ("Qt", "Chose the web framework for 3 teams"),  # "qt framework": the name is not its other word
    ("Microsoft 365", "Ran the office of 12 lawyers"),  # "Office 365": the number is part of it
    ("Good clinical practices", "Audited clinical practices on 3 wards"),  # "good" says which practices
])
def test_a_name_is_not_shown_by_a_word_that_only_looks_like_it(listed, role, default_extractor):
    text = ROLE + f"- {role}\n## Skills\n{listed}\n"
    assert listed_without_evidence(text, default_extractor) == [listed]


@pytest.mark.parametrize(("role", "flagged"), [
    ("- Thesis code in the GitHub repository github.com/jo/thesis", []),
    ("- Kept the team's code in a GitLab repo with merge requests", []),
    ("- Set up GitHub Actions to deploy to Vercel", ["Git"]),  # the host's CI is not Git
])
def test_a_repository_on_a_git_host_shows_git(role, flagged, default_extractor):
    """danielorlando97/biteydown-cv and xiaoyuin/justcv in resume-dev link their GitHub
    repositories; caphefalumi/typst-havard-resume only uses GitHub Actions."""
    text = ROLE + f"{role}\n## Skills\nGit\n"
    assert listed_without_evidence(text, default_extractor) == flagged


def test_two_bullets_are_not_one_wrapped_sentence(default_extractor):
    """"Stock management" is not in "yard management system." and the next bullet's
    "damaged-stock photo log" (warehouse-supervisor-donnelly in resume-dev)."""
    text = (ROLE + "- Booked deliveries in the yard management system.\n"
            "- Introduced a damaged-stock photo log\n## Skills\nStock management\n")
    assert listed_without_evidence(text, default_extractor) == ["Stock management"]


@pytest.mark.parametrize(("line", "flagged"), [
    # cells glued into one line by a PDF reader: a singular word before may be the name's
    # modifier (hr-generalist-lindqvist in resume-dev), a plural one ends the cell before
    ("Workplace Investigations Compensation Analysis HR Metrics", []),
    ("Owner & Architect Relations Quality Control & Closeout", ["Quality Control"]),
])
def test_a_name_after_a_glued_word_is_claimed_only_after_a_plural(line, flagged, default_extractor):
    text = ROLE + f"- Ran the front desk for 40 visitors a day\n## Skills\n- {line}\n"
    found = listed_without_evidence(text, default_extractor)
    assert [name for name in found if name in ("Analysis", "Quality Control")] == flagged


def test_an_item_that_says_an_earlier_skill_again_in_other_words_is_a_duplicate(default_extractor):
    """danielorlando97/biteydown-cv in resume-dev: "API Design and Development", then an item
    wrapped over two lines that says it again."""
    text = ("# Jo\n## Skills\nAPI Design and Development\nImplementation and design of\nusable RESTful APIs.\n"
            "Data Structures and Algorithms\n")
    assert duplicates(text, default_extractor) == ["Implementation and design of"]
    assert duplicates("# Jo\n## Skills\nAPI Design and Development\nDesign systems\n", default_extractor) == []


@pytest.mark.parametrize(("role", "listed", "flagged"), [
    ("- ReactFlow node auto layout and edge editing", "React", []),  # a product named after its tool
    ("- Rewrote the JavaScript client", "Java", ["Java"]),  # a name of its own is not a compound of another
])
def test_a_product_named_after_its_tool_shows_the_tool(role, listed, flagged, default_extractor):
    """idootop/dart-cv in resume-dev: a side project on ReactFlow shows React."""
    assert listed_without_evidence(ROLE + f"{role}\n## Skills\n{listed}\n", default_extractor) == flagged


def test_an_employer_named_after_a_tool_does_not_show_it(default_extractor):
    text = "# Jo\n## Experience\n### Support Analyst, SparkCognition | 2019 – 2023\n- Answered customer emails\n" \
           "## Skills\nSpark\n"
    assert listed_without_evidence(text, default_extractor) == ["Spark"]


def test_an_ordinary_word_that_qualifies_a_shown_product_in_its_item_is_evidenced(default_extractor):
    """"Epic EHR charting" is one item: a role that documents in Epic shows it. A skill of its
    own in the same item ("Brazing & soldering") still needs its own evidence."""
    text = (ROLE + "- Recorded assessments in Epic for 30 beds\n- Brazed copper lines\n"
            "## Skills\nEpic EHR charting, Brazing & soldering\n")
    flagged = listed_without_evidence(text, default_extractor)
    assert "charting" not in flagged and "Epic" not in flagged
    assert "soldering" in flagged


@pytest.mark.parametrize(("line", "flagged"), [
    # b33-copywriter-zety (browser-printed): "microcopy" is English "copy" with a modifier
    ("UX microcopy", []),
    # Hoene84/CeeVee in resume-dev: German words after the names are not nouns they qualify
    ("Linux und anderen Unix basierte Systeme", ["Linux", "Unix"]),
])
def test_a_name_before_a_compound_noun_is_part_of_the_item(line, flagged, default_extractor):
    text = ROLE + f"- Ran the front desk for 40 visitors a day\n## Skills\n{line}\n"
    found = listed_without_evidence(text, default_extractor)
    assert [name for name in found if name in ("UX", "Linux", "Unix")] == flagged


def test_a_word_wrapped_from_the_line_above_is_part_of_the_item(default_extractor):
    """b36-procurement-markdown (browser-printed): "spend" ends a line and "analysis" opens
    the next; the item is spend analysis, not analysis."""
    text = (ROLE + "- Ran the front desk for 40 visitors a day\n## Skills\n"
            "Strategic sourcing, supplier risk, spend\nanalysis, Coupa, Excel\n")
    assert "analysis" not in listed_without_evidence(text, default_extractor)
    text = ROLE + "- Ran the front desk for 40 visitors a day\n## Skills\nSupplier risk, spend,\nanalysis, Excel\n"
    assert "analysis" in listed_without_evidence(text, default_extractor)


@pytest.mark.parametrize(("line", "flagged"), [
    # b39-vet-darkleft and b67-retailbuyer-myperfectresume (browser-printed)
    ("Emergency & critical care", []),
    ("Trend and competitor analysis", []),
    ("Brazing & soldering", ["Brazing", "soldering"]),  # two skills
    ("Budgeting & risk assessment", ["Budgeting", "risk assessment"]),  # the first is a skill of its own
])
def test_a_word_before_and_that_shares_the_names_head_makes_one_item(line, flagged, default_extractor):
    text = ROLE + f"- Ran the front desk for 40 visitors a day\n## Skills\n{line}\n"
    found = listed_without_evidence(text, default_extractor)
    assert [name for name in found if name in line] == flagged


def test_a_label_before_an_item_with_details_in_brackets_is_not_a_listed_skill(default_extractor):
    """b35-marinebio-moderncv (browser-printed): the row "Analysis" of a skills table, whose
    first item has its packages in brackets."""
    text = (ROLE + "- Ran the front desk for 40 visitors a day\n## Skills\n"
            "Analysis R (lme4, glmmTMB, vegan), QGIS, Excel\n")
    found = listed_without_evidence(text, default_extractor)
    assert "Analysis" not in found and {"R", "QGIS", "Excel"} <= set(found)


@pytest.mark.parametrize(("listed", "flagged"), [
    ("Oracle Opera PMS", []),  # b70-frontdesk-kickresume (browser-printed)
    ("RxWorks / VetSpace PMS", ["PMS"]),  # b39-vet-darkleft: no role names VetSpace
])
def test_an_abbreviation_after_a_product_a_role_names_is_shown(listed, flagged, default_extractor):
    text = (ROLE + "- Moved the property from Opera v5 to Opera Cloud and trained 30 staff\n"
            f"## Skills\n{listed}\n")
    assert [name for name in listed_without_evidence(text, default_extractor) if name == "PMS"] == flagged



@pytest.mark.parametrize(("listed", "flagged"), [
    ("WSET teaching", []),  # b81-sommelier-friggeri (browser-printed): a role names WSET
    ("CIPD teaching", ["teaching"]),  # no role names CIPD
])
def test_an_ordinary_word_after_a_name_the_taxonomy_does_not_know_is_shown_with_it(listed, flagged,
                                                                                   default_extractor):
    text = ROLE + "- Led staff training for the WSET Level 2 programme\n" + f"## Skills\n{listed}, Excel\n"
    assert [name for name in listed_without_evidence(text, default_extractor) if name != "Excel"] == flagged


def test_what_a_listed_tool_is_for_is_not_a_skill_listed(default_extractor):
    """b98-translator-ligatures (browser-printed): "Xbench for quality assurance" lists
    Xbench; quality assurance is what it is used for."""
    text = ROLE + "- Ran the front desk for 40 visitors a day\n## Skills\nmemoQ, Xbench for quality assurance, Excel\n"
    assert "quality assurance" not in listed_without_evidence(text, default_extractor)
    text = ROLE + "- Ran the front desk for 40 visitors a day\n## Skills\nmemoQ, quality assurance, Excel\n"
    assert "quality assurance" in listed_without_evidence(text, default_extractor)


def test_a_group_of_skills_named_alone_on_its_row_is_a_label(default_extractor):
    """b109-bslinterpreter-europasslabels (browser-printed): Europass rows "Computer skills",
    "Organisational skills", their items printed beside them."""
    text = ROLE + "- Ran the front desk for 40 visitors a day\n## Skills\nComputer skills\nExcel\n"
    assert listed_without_evidence(text, default_extractor) == ["Excel"]


@pytest.mark.parametrize(("listed", "role", "flagged"), [
    # b101-facilities-cards, b23-events-kickresume, b19-nurse-resumeio (browser corpus)
    ("Contract management", "Re-bid 22 service contracts (janitorial, HVAC), saving $740K over 3 years", False),
    ("Client relations", "Rebuilt the venue's events offer in 2020, retaining 60% of corporate clients.", False),
    ("Ventilator management", "1:1 and 1:2 care of ventilated, post-operative cardiac patients.", False),
    # a specific activity is not shown by naming its object (b05-sales-oneline, reviewed true)
    ("Territory planning", "Own a $6.8M territory covering Arizona and New Mexico", True),
    # a word inside a hyphenated compound names no thing dealt with (warehouse-supervisor-donnelly)
    ("Stock control", "Introduced a damaged-stock photo log", True),
])
def test_a_thing_dealt_with_is_shown_by_a_role_that_names_it(listed, role, flagged, default_extractor):
    text = ROLE + f"- {role}\n## Skills\n{listed}\n"
    assert listed_without_evidence(text, default_extractor) == ([listed] if flagged else [])


def test_a_title_does_not_show_the_thing_dealt_with(default_extractor):
    text = ("# Jo\n## Experience\n### Contracts Officer | 2019 – 2023\n- Ran the front desk for 40 visitors a day\n"
            "## Skills\nContract management\n")
    assert listed_without_evidence(text, default_extractor) == ["Contract management"]


def test_a_prefix_joined_by_a_hyphen_is_part_of_its_word(default_extractor):
    """"de-escalation" listed, "handling escalated complaints" in the role
    (b25-customerservice-gdocs); a letter before a hyphen is no prefix: "e-discovery" is no
    "discovered"."""
    text = (ROLE + "- Lead 14 advisers handling escalated complaints by phone\n- Discovered two new suppliers\n"
            "## Skills\nde-escalation, e-discovery\n")
    assert listed_without_evidence(text, default_extractor) == ["e-discovery"]


def test_a_competency_over_its_worked_example_is_shown(default_extractor):
    """A competency-based CV (b133-customsofficer-outlineheads): each competency heads a
    paragraph that tells an example; a list one item a line is no such paragraph."""
    text = (ROLE + "- Ran the front desk for 40 visitors a day\n"
            "## Key competencies\nAnalysis & Decision Making\n\n"
            "In 2022 I noticed that a run of consignments from one consignor shared a haulier, weight band and\n"
            "declared value. I built a simple profile, flagged it to the risk unit and examined the next load.\n\n"
            "## Tools\nExcel\n\nTableau\n")
    assert listed_without_evidence(text, default_extractor) == ["Excel", "Tableau"]


def test_a_skill_area_of_a_functional_resume_heads_the_sentences_that_show_it(default_extractor):
    """A functional résumé (b142-warehousesupervisor-functional): each skill area heads short
    accomplishment sentences, up to the next area's label; a list one item a line does not."""
    text = (ROLE + "- Ran the front desk for 40 visitors a day\n"
            "## Relevant Skills & Accomplishments\nProcess Improvement\n\n"
            "Re-slotted fast movers to the golden zone; picks per hour\nup 18%.\n\n"
            "Introduced wave planning on outbound: on-time ship rate\nfrom 94% to 99.1%.\n\n"
            "Team Leadership\n\nPromoted eight associates to lead or clerk roles.\n\n"
            "## Tools\nExcel\n\nTableau\n")
    assert listed_without_evidence(text, default_extractor) == ["Excel", "Tableau"]


@pytest.mark.parametrize(("listed", "flagged"), [
    # what the tool makes, one item: neither word a claim of its own (b142-warehousesupervisor-functional)
    ("Power BI dashboards, Excel", ["Excel"]),
    ("Tableau, dashboards", ["Tableau", "dashboards"]),  # an item of its own
])
def test_what_a_tool_makes_named_after_it_is_part_of_the_item(listed, flagged, default_extractor):
    text = ROLE + f"- Ran the front desk for 40 visitors a day\n## Skills\n{listed}\n"
    assert listed_without_evidence(text, default_extractor) == flagged


@pytest.mark.parametrize(("listed", "flagged"), [
    ("Loans, indemnity (GIS) and courier work, Excel", ["Excel"]),  # b153-curator-subtitled
    ("Mapping (GIS), Excel", ["GIS", "Excel"]),  # a capitalised item, its abbreviation after it
    ("Boundary mapping (GIS), Excel", ["GIS", "Excel"]),  # a noun of doing: the tool it is done with
    ("Spatial databases (GIS), Excel", ["GIS", "Excel"]),  # a kind the plural names
])
def test_an_abbreviation_in_brackets_after_a_noun_names_that_thing(listed, flagged, default_extractor):
    text = ROLE + f"- Ran the front desk for 40 visitors a day\n## Skills\n{listed}\n"
    assert listed_without_evidence(text, default_extractor) == flagged


@pytest.mark.parametrize(("listed", "flagged"), [
    ("Badger Notes / EPR", []),  # b27-midwife-elegant: a maternity record system, not IBM Notes
    ("Specialist Knowledge, Expertise & Self Development", []),  # b133: not the language Self
    ("Languages Go, Python", ["Go", "Python"]),  # a row's label before the name (b75-sre-awesomecv)
])
def test_a_tool_named_by_an_ordinary_word_inside_a_longer_name_is_not_listed(listed, flagged, default_extractor):
    text = ROLE + f"- Ran the front desk for 40 visitors a day\n## Skills\n{listed}\n"
    assert listed_without_evidence(text, default_extractor) == flagged


@pytest.mark.parametrize(("listed", "flagged"), [
    ("Photoshop, colour QC", ["Photoshop"]),  # b131-textiledesigner-scriptheads
    ("Tableau, basic SQL", ["Tableau", "SQL"]),  # a level, not a thing (b59-supplychain-pages)
    ("Tableau, intermediate SQL", ["Tableau", "SQL"]),  # a level outside the cue words
    ("Tableau, daily SQL", ["Tableau", "SQL"]),  # how often
])
def test_an_abbreviation_after_the_noun_it_works_on_is_part_of_the_item(listed, flagged, default_extractor):
    text = ROLE + f"- Ran the front desk for 40 visitors a day\n## Skills\n{listed}\n"
    assert listed_without_evidence(text, default_extractor) == flagged


@pytest.mark.parametrize(("phrase", "thing"), [
    ("Stock control", {"stock"}),
    ("client relations", {"client"}),
    ("Contract Management", {"contra"}),
    ("Territory planning", None),  # a specific activity
    ("Risk", None),
    ("damaged-stock control", None),
    ("Good management", None),  # says nothing of a thing
])
def test_own_words_dealt_with_names_the_thing_of_a_dealing_phrase(phrase, thing):
    from skillgap.own_words import dealt_with, own_families

    assert dealt_with(phrase) == (None if thing is None else frozenset(thing))
    assert own_families("Introduced a damaged-stock photo log") == own_families("Introduced a photo log")


@pytest.mark.parametrize(("listed", "flagged"), [
    ("Planning & building warrant", []),  # b24-architect-novoresume: planning and building warrants
    ("Budgeting & labor control", ["Budgeting"]),  # b11-hospitality-darkright: a second activity
    ("Photoshop and print layouts", ["Photoshop"]),  # a tool's name qualifies no thing after it
])
def test_a_name_that_shares_the_head_of_the_phrase_after_it_is_part_of_the_item(listed, flagged, default_extractor):
    text = ROLE + f"- Ran the front desk for 40 visitors a day\n## Skills\n{listed}\n"
    assert listed_without_evidence(text, default_extractor) == flagged


def test_a_compound_said_by_a_role_shows_the_item_that_holds_it(default_extractor):
    """b108-youthworker-centreline: "trauma-informed care" listed, "Trained 12 new staff in
    trauma-informed check-ins" in the role; the compound's parts apart are not it."""
    listed = "## Skills\nCrisis de-escalation, trauma-informed care, motivational interviewing\n"
    told = ROLE + "- Trained 12 new staff in trauma-informed check-ins\n" + listed
    assert "trauma-informed care" not in listed_without_evidence(told, default_extractor)
    apart = ROLE + "- Trained 12 new staff in trauma first aid\n" + listed
    assert "trauma-informed care" in listed_without_evidence(apart, default_extractor)


@pytest.mark.parametrize(("role", "flagged"), [
    ("- Served 200 diners a night across a 90-cover floor\n", ["Excel"]),
    ("- Front-of-house and coffee service in a busy cafe\n", ["Excel"]),
    ("- No passenger complaints upheld in five years\n", ["Excel"]),
    ("- Kept the office calendar\n", ["Customer care", "Excel"]),
])
def test_everyday_work_shown_by_what_a_role_did_is_evidenced(role, flagged, default_extractor):
    """Issue 16's review: "Customer care" listed, a role that served diners or ran a café's
    front of house shows it, as the gap report reads it (`own_words.behaviour_evidence`);
    a role that does not still leaves it flagged."""
    text = ROLE + role + "## Skills\nCustomer care, Excel\n"
    assert listed_without_evidence(text, default_extractor) == flagged


@pytest.mark.parametrize(("role", "flagged"), [
    ("- Redeployed to the discharge hub, arranging packages of care for 15 patients a day\n", ["Excel"]),
    ("- Planned and booked 40 discharges a week with the ward teams\n", ["Excel"]),
    ("- Worked on the discharge hub for six months\n", ["Discharge planning", "Excel"]),  # named, not planned
])
def test_a_thing_planned_is_shown_by_a_role_that_names_it_and_its_planning(role, flagged, default_extractor):
    """b87-occtherapist-columns (browser-printed), reviewed false: "Discharge planning" listed,
    "arranging packages of care" at the discharge hub shown; naming the thing alone shows no
    planning of it (stop 32: "unloading trailers" is no load planning)."""
    text = ROLE + role + "## Skills\nDischarge planning, Excel\n"
    assert listed_without_evidence(text, default_extractor) == flagged
