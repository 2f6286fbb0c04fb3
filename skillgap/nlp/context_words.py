"""The words the context filter (`context.py`) reads around a candidate skill: cues that
make it a skill, words that veto it, work verbs that open a résumé bullet."""

from __future__ import annotations

import re

from skillgap.types import SkillKind

TECH_CUES = frozenset("""
programming language languages lang framework frameworks library libraries developer developers
engineer engineers engineering code coding codebase scripting scripts sdk backend frontend
microservices services apps application applications software tool tools platform platforms
spreadsheets spreadsheet formulas macros vba pivot ehr emr charting technologies technology tech
environment environments written development develop developing built build building wrote
cookbooks recipes modules packages ecosystem version versions pipelines jobs dashboards models
modelling statistical statistics server servers database databases deployment metrics monitoring
alerting queries query
""".split())
GENERAL_CUES = frozenset("""
experience experienced proficient proficiency knowledge skills skill fluent fluency expertise expert
familiarity familiar understanding background degree qualification qualifications certified
certification competence competent competency skilled strong excellent good solid proven deep
advanced basic working hands-on track record using speak speaks speaking spoken native
""".split())
# A degree names its field: "M.S. Statistics", "BSc Chemistry", "Bachelor of Science in Nursing".
DEGREE_CUES = frozenset("""
b.s m.s b.a m.a bs ms bsc msc ba ma phd ph.d mba mph msn bsn bachelor bachelors bachelor's
master masters master's doctorate
""".split())
CUE_WORDS = TECH_CUES | GENERAL_CUES
# A line that lists courses names fields of study: "Main courses: ...", "Relevant coursework -".
COURSE_LABEL = re.compile(r"\b(?:courses?|coursework|modules?|subjects?|classes)\b[^:\n]{0,20}(?::|\s[-\u2013]\s)",
                          re.IGNORECASE)
# A single-word trait ("curious", "structured", "proactive") describes the reader only
# after these words ("you are", "highly", "as a person") or before these ("mindset").
TRAIT_BEFORE = frozenset("""
you be being you're youre highly very extremely naturally genuinely truly person someone
yourself personality candidate applicant profile people ability able
""".split())
TRAIT_AFTER = frozenset("""
person individual individuals personality mindset attitude approach nature manner workstyle
team-player self-starter colleague colleagues candidate professional thinker learner player way
team teams people about
""".split())
# ...but not when it describes the employer or the job: "we are passionate", "innovative
# solutions", "a creative environment", "flexible working".
EMPLOYER_WORDS = frozenset("we we're our us company".split())
READER_WORDS = frozenset("you your you're yourself".split())
NOT_A_PERSON = frozenset("""
environment environments culture company companies workplace atmosphere working hours goals products product solutions
solution technology technologies startup organisation organization application applications projects project ideas
industry sector business businesses place workspace office offices spirit journey growth world future setting
conditions benefits ways process processes model models platform platforms partnership partnerships space spaces
""".split())
LANGUAGE_CUES = frozenset("""
communicate communicating communication written spoken oral verbal read write writing speak
mother tongue native fluently language languages bilingual multilingual trilingual
""".split())
# Kinds whose single ordinary words vouch for each other in a list.
PEER_KINDS = frozenset({SkillKind.SOFT, SkillKind.LANGUAGE})
# Words right after an ambiguous name that make it an ordinary word ("Go to", "Excel at", "Spring 2021",
# "Processing of invoices").
REJECT_NEXT = frozenset("""
to at in of beyond above through ahead out back live forward further along over the a an
semester term break quarter season cleaning sale collection
""".split())
# ...unless a preposition names it as the thing worked in: "services written in Go to AWS".
TOOL_PREPOSITIONS = frozenset("in with using via on into".split())
REJECT_PREV = frozenset("""
to will can must should would could may might let lets please mr mrs ms dr prof miss sir
""".split())
# Nouns that make the field before them part of a job title or a team's name: "Backend
# Developer", "the DevOps team", "Supply Chain Consultant". A field named in a title says what
# the job is, not a skill the posting asks for. Tools keep their match ("JavaScript
# developer" asks for JavaScript), and so do soft skills ("a collaborative team").
ROLE_NOUNS = frozenset("""
engineer engineers developer developers programmer programmers administrator administrators
consultant consultants manager managers designer designers specialist specialists team teams
department departments role roles position positions lead
""".split())
TITLE_KINDS = frozenset({SkillKind.HARD, SkillKind.KNOWLEDGE, SkillKind.CERTIFICATION})
# ...and a degree before these nouns names a post or a programme, not a requirement: "PhD
# student", "PhD scholarship", "Master's programme".
PROGRAMME_NOUNS = frozenset("""
student students scholarship scholarships fellow fellows fellowship fellowships stipend stipends
programme programmes program programs project projects thesis theses candidate candidates study
studies guide regulations researcher researchers course courses level
""".split())
# A résumé bullet opens with a verb in the past tense ("Tracked", "Taught", "Led"): what it
# names in a tool's slot ("in Excel", "using R") or as its object ("Taught robotics") is work
# done. Postings rarely open a line so; these participles that do ("Required: ...",
# "Preferred ...", "Experienced ...") are not work verbs.
IRREGULAR_WORK_VERBS = frozenset("""
built taught led wrote ran made drove grew oversaw sold kept held gave brought won set cut
spent rebuilt rewrote undertook took met found began fought sought shot dug
""".split())
# The same tasks as a posting (or a current role) writes them: "Use Excel to plan labor",
# "Load data into Snowflake", "Maintain dashboards in Power BI".
IMPERATIVE_WORK_VERBS = frozenset("""
use build develop maintain manage load write create deploy support run lead own monitor care
teach plan prepare operate analyze analyse implement test track train review administer
configure migrate document process deliver automate integrate troubleshoot chart record
""".split())
USE_VERBS = frozenset("use uses used using leverage leverages leveraged utilize utilized utilise utilised".split())
NOT_WORK_VERBS = frozenset("""
required preferred desired needed detailed related based qualified experienced skilled advanced
interested dedicated motivated talented licensed certified registered expected limited
established founded located headquartered united red bed need speed seed feed
documented demonstrated proven balanced discounted detail-oriented organized organised
""".split())
WORK_LINE_KINDS = frozenset({SkillKind.HARD, SkillKind.KNOWLEDGE, SkillKind.TOOL})
LINE_VERBS = "skillgap.line_verbs"  # doc.user_data keys: see _line_verbs, _span_text
SEPARATORS = frozenset({",", "/", "|", ";", "(", ")", "&", "and", "or", "+", "·", "•", "-", ":"})
ITEM_MARKERS = frozenset({"•", "-", "*", "–", "—", "·", ":", "▪", "◦", "●", "■", "►", "✓", "✔", "➢"})
