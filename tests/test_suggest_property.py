"""The honesty properties, over many generated bullets and posting terms.

Never invent: every word of a rewrite is a word of the original bullet, a word of the
posting term being named, a verb form of a verb (or action noun) in the original, or one
of a fixed set of function words, replacement verbs and placeholders. No new number, no
doubled word, and a rewrite that changes the opening starts with a capitalised verb.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skillgap import language
from skillgap.language import Tense
from skillgap.suggest import KIND_ACTION, KIND_ACTIVE, draft_rewrites, honest
from skillgap.suggest.edits import apply_edits, doubled_words
from skillgap.suggest.openers import NOMINALIZATIONS, starts_with_verb
from skillgap.suggest.wording import name_skill_edit, posting_term_edit

WORDS = re.compile(r"\[[^\[\]]*\]|[\w'’]+")
FIXED = frozenset("""
own owned lead led perform performed support supported contribute contributed to partner partnered with
use used manage managed serve served by improving reducing about a week month people n metric all as
the and of in for on at
""".split())
PLACEHOLDERS = frozenset({"[n]", "[metric]", "[week/month]"})
_TAGS = ("VB", "VBD", "VBN", "VBG", "VBZ")


def _forms(lemma_: str) -> set[str]:
    out = {lemma_}
    for tag in _TAGS:
        form = language.inflect(lemma_, tag)
        if form:
            out.add(form.lower())
    return out


def allowed_words(original: str, terms: tuple[str, ...] = ()) -> tuple[set[str], set[str]]:
    """(words, verb lemmas) a rewrite of `original` may use."""
    words = {w.lower() for w in WORDS.findall(original)}
    allowed = set(words) | FIXED | PLACEHOLDERS
    for term in terms:
        allowed |= {w.lower() for w in WORDS.findall(term)}
    lemmas: set[str] = set()
    for word in {part for w in words for part in (w, *w.split("-"))}:
        lemmas |= {lemma_ for lemma_, _ in language.verb_tags(word)}
        lemmas.add(language.lemma(word))
        if word in NOMINALIZATIONS:
            lemmas.add(NOMINALIZATIONS[word])
    for lemma_ in lemmas:
        allowed |= _forms(lemma_)
    return allowed, lemmas


def invented(original: str, rewrite: str, terms: tuple[str, ...] = ()) -> set[str]:
    """Words of `rewrite` that are none of the allowed ones (any spelling of a verb form
    of the original's verbs counts: "modelled" for "modelling")."""
    allowed, lemmas = allowed_words(original, terms)
    out = set()
    for word in {w.lower() for w in WORDS.findall(rewrite)} - allowed:
        parts = word.split("-")
        if all(p in allowed or any(lemma in lemmas for lemma, _ in language.verb_tags(p)) for p in parts):
            continue
        out.add(word)
    return out


def numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:[.,]\d+)*", re.sub(r"\[[^\[\]]*\]", "", text)))


# --- generated bullets ------------------------------------------------------------------------

OPENERS = ["Responsible for", "Was responsible for", "Tasked with", "In charge of", "Duties included",
           "Helped", "Helped with", "Helped to", "Assisted with", "Assisted in", "Worked on", "Worked with",
           "Participated in", "Involved in", "Handled", "Utilized", "Accountable for", "My role was to", "",
           "I", "Utilization of", "Member of", "Super-user for"]
GERUNDS = ["managing", "leading", "running", "building", "writing", "setting up", "teaching", "making",
           "driving", "overseeing", "planning", "coordinating", "training", "scheduling", "reconciling",
           "drafting", "installing", "answering", "processing", "monitoring", "following up on",
           "rolling out", "co-leading", "modelling", "auditing", "shipping"]
BASES = ["manage", "lead", "run", "build", "write", "set up", "teach", "reduce", "install", "draft", "plan"]
NOUNS = ["the release process", "patient charts", "month-end close", "a team of 6 nurses", "12 technicians",
         "vendor invoices", "the Midwest territory", "weekly reports", "Kubernetes clusters", "k8s upgrades",
         "Tableau dashboards", "the PostgreSQL database", "AWS accounts", "SAP purchase orders", "lesson plans",
         "forklift inspections", "$2M budget", "3 warehouses", "the billing and invoicing team",
         "accounts and billing", "JS widgets", "Excel models", "the design and implementation of the portal",
         "HVAC systems", "Salesforce reports", "discharge education", "fixed asset schedules"]
TAILS = ["", " for the sales team", " across 3 sites", " in QuickBooks Online", ", including audits",
         " with Jenkins and Docker", ".", " for 40 clients.", " (pytest)", " and reporting to the CFO",
         ", ordering supplies and tracking shipments", " every quarter", ", develop and maintain weekly reports",
         ", design reviews", "; trained 4 analysts", ", and run the board meetings"]
SUBJECTS = ["Costs", "The release process", "Patient records", "Quarterly reports", "Lesson plans",
            "Shipments", "Invoices", "Safety audits", "Email open rates"]
PARTICIPLES = ["reduced", "automated", "digitized", "delivered", "created", "consolidated", "processed",
               "completed", "rebuilt", "taught", "led", "written", "set up"]
AGENTS = ["", " by 20%", " by me", " by the IT team", " by automating checks", " successfully"]

duty_bullets = st.builds(
    lambda opener, verb, noun, tail: " ".join(p for p in (opener, verb, noun) if p) + tail,
    st.sampled_from(OPENERS), st.sampled_from(GERUNDS + BASES + [""]), st.sampled_from(NOUNS),
    st.sampled_from(TAILS),
)
passive_bullets = st.builds(
    lambda subject, be, participle, agent, tail: f"{subject} {be} {participle}{agent}{tail}",
    st.sampled_from(SUBJECTS), st.sampled_from(["was", "were", "has been", "is", "are"]),
    st.sampled_from(PARTICIPLES), st.sampled_from(AGENTS), st.sampled_from(TAILS),
)
VOCAB = sorted({w for phrase in OPENERS + GERUNDS + NOUNS + TAILS + SUBJECTS + PARTICIPLES
                for w in phrase.split()} | {"was", "were", "and", "by", "to", "the", "with"})
word_salad = st.lists(st.sampled_from(VOCAB), min_size=2, max_size=14).map(lambda ws: " ".join(ws)).map(
    lambda s: s[:1].upper() + s[1:])
present_bullets = st.builds(  # "Manage the release process, develop ...": a past role told in the present
    lambda verb, noun, tail: f"{verb[:1].upper()}{verb[1:]} {noun}{tail}",
    st.sampled_from(BASES + GERUNDS), st.sampled_from(NOUNS), st.sampled_from(TAILS),
)
bullets = st.one_of(duty_bullets, passive_bullets, word_salad, present_bullets)
TERMS = ["Kubernetes", "data visualization", "relational database", "ERP system", "PostgreSQL", "JavaScript",
         "Amazon Web Services", "electronic health records", "CI/CD", "Microsoft Excel", "cloud computing",
         "IAM", "project management", "Power BI"]


def _check(original: str, rewrite: str, kind: str, terms: tuple[str, ...] = ()) -> None:
    assert not invented(original, rewrite, terms), (original, rewrite, invented(original, rewrite, terms))
    assert numbers(rewrite) <= numbers(original) | {n for t in terms for n in numbers(t)}
    assert len(doubled_words(rewrite)) <= len(doubled_words(original))
    if kind in (KIND_ACTION, KIND_ACTIVE):
        assert rewrite[:1].isupper() and starts_with_verb(rewrite), rewrite


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bullets, st.sampled_from([Tense.PAST, Tense.PRESENT]), st.booleans())
def test_property_bullet_rewrites_invent_nothing(bullet, tense, dated_past):
    """`dated_past`: the role ended, so a bullet told in the present gets its tense fixed."""
    for kind, rewrite in draft_rewrites(bullet, tense, dated_past=dated_past and tense is Tense.PAST).items():
        _check(bullet, rewrite, kind)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bullets, st.sampled_from(TERMS), st.data())
def test_property_wording_names_only_the_posting_term(bullet, term, data):
    spans = [m.span() for m in re.finditer(r"(?<![\w$€£])[A-Za-z][\w.+#-]*", bullet)]  # whole words, as mentions are
    if not spans:
        return
    start, end = data.draw(st.sampled_from(spans))
    for edit in (posting_term_edit(bullet, start, end, term), name_skill_edit(bullet, start, end, term)):
        if edit is None:
            continue
        rewrite = apply_edits(bullet, [edit])
        assert not invented(bullet, rewrite, (term,))
        assert numbers(rewrite) <= numbers(bullet)
        if honest(bullet, rewrite, (term,)):
            assert len(doubled_words(rewrite)) <= len(doubled_words(bullet))


# --- the whole pipeline -------------------------------------------------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(duty_bullets, passive_bullets), min_size=1, max_size=6),
       st.lists(st.sampled_from(TERMS), min_size=1, max_size=5, unique=True),
       st.booleans())
def test_property_suggest_invents_nothing(default_extractor, lines, terms, current):
    from skillgap.ingest import document_from_text
    from skillgap.pipeline import analyze
    from skillgap.suggest import KIND_ONLY_IF_TRUE, suggest

    dates = "2021 – Present" if current else "2017 – 2020"
    resume = "# Sam Lee\n\n## Experience\n\n### Coordinator, Northwind | " + dates + "\n\n" + \
        "\n".join(f"- {line}" for line in lines) + "\n"
    posting = "Coordinator\n\nRequirements\n" + "\n".join(f"- Experience with {t}." for t in terms) + "\n"
    report = analyze(document_from_text(resume, fmt="md", path="r.md"), document_from_text(posting, path="p.txt"))
    items = {i.skill.id: i for i in report.gap.items}
    for suggestion in suggest(report, extractor=default_extractor):
        if suggestion.kind == KIND_ONLY_IF_TRUE:
            assert suggestion.original == "" and suggestion.placeholder
            continue
        item = items.get(suggestion.skill_id)
        named = (*item.posting_terms, item.skill.name) if item else ()
        _check(suggestion.original, suggestion.rewrite, suggestion.kind, named)
        assert suggestion.original == report.resume.document.text[suggestion.start : suggestion.end]
