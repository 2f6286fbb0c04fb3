"""Bullet language analysis: opening verbs and tense, duty openers, weak verbs, passive
voice, metrics, pronouns and clichés. Tables of real bullet openings."""

from __future__ import annotations

import pytest

from skillgap import language
from skillgap.language import Tense, verbs


@pytest.mark.parametrize(("text", "word", "lemma", "tense"), [
    ("Led a team of 5 engineers", "Led", "lead", Tense.PAST),
    ("Built REST APIs in Go", "Built", "build", Tense.PAST),
    ("Manages the ward's rota", "Manages", "manage", Tense.PRESENT),
    ("Manage a $2M budget", "Manage", "manage", Tense.PRESENT),
    ("Lead the platform team", "Lead", "lead", Tense.PRESENT),
    ("Support 40 stores", "Support", "support", Tense.PRESENT),
    ("Leading the migration", "Leading", "lead", Tense.GERUND),
    ("Successfully architected the platform", "architected", "architect", Tense.PAST),
    ("Dockerized 12 services", "Dockerized", "dockerize", Tense.PAST),
    ("Refactored the monolith", "Refactored", "refactor", Tense.PAST),
    ("Onboarded 30 hires", "Onboarded", "onboard", Tense.PAST),
    ("Co-led the launch", "Co-led", "lead", Tense.PAST),
    ("Set up CI for 40 repos", "Set", "set", Tense.AMBIGUOUS),
    ("• Drove adoption of SLOs", "Drove", "drive", Tense.PAST),
    ("Mentor three junior engineers", "Mentor", "mentor", Tense.PRESENT),  # a noun too, but with an object
    ("Lead and mentor junior engineers", "Lead", "lead", Tense.PRESENT),  # a plural object, not a role
    ("Train new operators on the line", "Train", "train", Tense.PRESENT),
])
def test_language_opening_verb(text, word, lemma, tense):
    verb = language.opening_verb(text)
    assert verb is not None
    assert (verb.text, verb.lemma, verb.tense) == (word, lemma, tense)
    assert text[verb.start : verb.end] == word


@pytest.mark.parametrize("text", [
    "AWS migration of the billing stack",
    "Lead developer for the billing platform",
    "Support for 12 languages",
    "Morning huddles with the charge nurse",
    "Project manager for the ERP rollout",
    "Team lead for 6 engineers",
    "Test plans for the payments API",
    "Reach and counterbalance truck driver; voice picking and loading.",  # a role, named
    "Night shift team leader, 40 staff",
    "",
    "2019 – 2021",
])
def test_language_opening_verb_is_none_for_nouns(text):
    assert language.opening_verb(text) is None


@pytest.mark.parametrize(("lemma", "tag", "form"), [
    ("lead", "VBD", "led"), ("manage", "VBD", "managed"), ("build", "VBD", "built"), ("run", "VB", "run"),
    ("dockerize", "VBD", "dockerized"),
])
def test_language_inflect(lemma, tag, form):
    assert language.inflect(lemma, tag) == form


@pytest.mark.parametrize(("text", "found"), [
    ("Responsible for the billing service", "Responsible for"),
    ("- Tasked with reducing churn", "Tasked with"),
    ("Duties included month-end close", "Duties included"),
    ("In charge of 3 stores", "In charge of"),
    ("Managed the billing service", None),
    ("Took responsibility for on-call", None),
    ("Duties: stock control", "Duties:"),
    ("In charge offshore rigs as lead", None),  # a whole phrase only
    ("Accountable forecasting for 4 regions", None),
])
def test_language_duty_opener(text, found):
    match = language.duty_opener(text)
    assert (match.text if match else None) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Helped with onboarding", "Helped with"),
    ("Worked on the checkout flow", "Worked on"),
    ("Assisted in audits", "Assisted in"),
    ("Participated in code reviews", "Participated in"),
    ("Was involved in hiring", "Was involved in"),
    ("Utilized Excel to track spend", "Utilized"),
    ("Handled escalations", "Handled"),
    ("Helmed the redesign", None),
    ("Workshop facilitation for 40 staff", None),
    ("Built the API", None),
    # assisting the people a care or service role serves is the work itself
    ("Assisted patients with ADLs, mobility and transfers", None),
    ("Helped customers with returns and exchanges", None),
    ("Assisted the superintendent with daily reports", "Assisted"),
])
def test_language_weak_verb(text, found):
    match = language.weak_verb(text)
    assert (match.text if match else None) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Costs were reduced by 30%", "were reduced"),
    ("The service was migrated to AWS", "was migrated"),
    ("Tests were quickly written", "were quickly written"),
    ("Was promoted twice in three years", None),
    ("Was awarded employee of the year", None),
    ("Reduced costs by 30%", None),
    ("Was responsible for billing", None),
    ("Is based in Denver", None),
    ("Were building a new API", None),
])
def test_language_passive(text, found):
    match = language.is_passive(text)
    assert (match.text if match else None) == found


@pytest.mark.parametrize(("text", "expected"), [
    ("Cut costs 20%", True),
    ("Grew revenue by $2M", True),
    ("Managed 12 nurses", True),
    ("Doubled throughput", True),
    ("Served 3,000 customers a week", True),
    ("Reduced p99 latency to 120 ms", True),
    ("Joined in 2019", False),
    ("Built the EC2 stack", False),
    ("Wrote the documentation", False),
    ("Migrated to S3 and EKS", False),
    ("Release frequency went from weekly to daily", True),  # a change of rate is a result
    ("Cut review turnaround from days to hours", True),
    ("Moved the billing service from Java to Go", False),
    # a placing in a competition (b148-gaacoach-kakuna, blind review)
    ("Cork Premier Intermediate Hurling Championship medal, 2017.", True),
    ("Munster Junior B Football finalist with UCC, 2014.", True),
    ("Played in the county championship", False),
])
def test_language_has_metric(text, expected):
    assert language.has_metric(text) is expected


@pytest.mark.parametrize(("text", "found"), [
    ("I led the migration", ["I"]),
    ("Grew my team from 2 to 6", ["my"]),
    ("I've shipped 3 apps", ["I've"]),
    ("Nurse at a Level I trauma centre", []),
    ("Wrote I/O drivers", []),
    ("Phase I clinical trials", []),
    ("Led the migration", []),
    # a course's numeral (office-made maths-teacher-bellamy in resume-dev)
    ("Taught Algebra I and Geometry, including two co-taught inclusion sections.", []),
    ("Took Chemistry I and II", []),
    ("Since joining Acme I and my team cut costs by 20%", ["I", "my"]),
    ("Then I and the team shipped it", ["I"]),
    # a programme's name (b112-museumeducator-svgheads, blind review)
    ("Co-designed a programme modelled on MoMA's Meet Me; piloted with 3 care homes.", []),
    ("Gave Me a chance to lead", ["Me"]),
    ("Helped Me and my team", ["Me", "my"]),
    # a quoted title (b147-carehomemanager-gengar, blind review)
    ('Trained 40 colleagues in the "This is me" document.', []),
    ("Rolled out “Ask me anything” sessions; I ran 12", ["I"]),
    ('Called the "me too" clause', []),
])
def test_language_first_person(text, found):
    assert [m.text for m in language.first_person(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Results-driven team player", ["Results-driven", "team player"]),
    ("Leveraged synergies across teams", ["synergies"]),
    ("A self starter who thinks outside the box", ["self starter", "thinks outside the box"]),
    ("A synergy-focused leader", ["synergy"]),
    ("Self-starter, go-getter", ["Self-starter", "go-getter"]),
    ("Detail oriented accountant", ["Detail oriented"]),
    ("Dynamic programming and team sports", []),
    ("Played in a team", []),
])
def test_language_buzzwords(text, found):
    assert [m.text for m in language.buzzwords(text)] == found


def test_language_verb_table_is_cached(tmp_path, monkeypatch):
    """The table is built from lemminflect once, then read from the cache."""
    monkeypatch.setenv("SKILLGAP_CACHE_DIR", str(tmp_path))
    verbs._table.cache_clear()
    try:
        assert language.verb_tags("led")
        cached = list(tmp_path.glob("verbs-*.pickle"))
        assert len(cached) == 1
        verbs._table.cache_clear()
        cached[0].write_bytes(b"not a pickle")
        assert language.tense_of("managed") is Tense.PAST  # a corrupt cache is rebuilt
    finally:
        verbs._table.cache_clear()
