"""Asks a posting states without a taxonomy name, and what the résumé shows in its own
words: real text through the real pipeline and the default taxonomy."""

import pytest
from conftest import analyze_texts, built_document, compare_texts

from skillgap.asks import free_asks
from skillgap.gap import FREE_PREFIX, SOFT_WEIGHT, compare, item_weights
from skillgap.pipeline import analyze_document
from skillgap.types import Importance, MatchLevel, Strength

POSTING = """Clerical Assistant
We are a leading provider of community care and we are revolutionising the future of play.
Key tasks include answering the telephone, resolving patient queries, scanning documents, \
monitoring waiting times, photocopying and booking rooms.
Prior experience in the public sector is desirable.
Excellent communication skills are essential.
Experience with at least one or more of: Docker, Kubernetes
We offer a pension, cycling to work scheme and annual leave.
"""

RESUME = """Sam Lee
Experience
- Scanned documents and booked meeting rooms for a busy clinic
- Communicated appointment changes to patients by phone and letter
- Set up Docker images for the booking system
Skills
Word, Excel
"""


@pytest.fixture(scope="module")
def analyses(default_extractor):
    return analyze_texts(default_extractor, RESUME, POSTING)


@pytest.fixture(scope="module")
def gap(analyses, default_extractor):
    resume, posting = analyses
    return compare(resume, posting, default_extractor.taxonomy)


def _free(gap, phrase):
    return next(i for i in gap.items if i.skill.id.startswith(FREE_PREFIX) and i.skill.name == phrase)


def test_free_asks_are_the_tasks_of_a_duty_list_cut_to_their_core(analyses):
    phrases = {a.phrase: a for a in free_asks(analyses[1])}
    tasks = {"resolving patient queries", "scanning documents", "monitoring waiting times", "booking rooms"}
    assert tasks <= set(phrases)
    assert phrases["scanning documents"].importance is Importance.REQUIRED
    assert phrases["scanning documents"].line == 3


def test_free_asks_take_the_object_of_experience_in_with_its_hedge(analyses):
    phrases = {a.phrase: a for a in free_asks(analyses[1])}
    assert phrases["public sector"].importance is Importance.PREFERRED  # "is desirable"


def test_free_asks_leave_out_the_employer_benefits_single_words_and_named_skills(analyses):
    phrases = {a.phrase.casefold() for a in free_asks(analyses[1])}
    assert not any("revolutionising" in p or "pension" in p or "cycling" in p or "annual leave" in p for p in phrases)
    assert "photocopying" not in phrases  # one word says too little to stand alone
    assert "answering the telephone" not in phrases  # a taxonomy skill covers it


def test_free_ask_shown_in_the_resumes_own_words(gap):
    for phrase, words in (("scanning documents", "Scanned documents"), ("booking rooms", "booked meeting rooms")):
        item = _free(gap, phrase)
        assert item.level is MatchLevel.EXACT and item.evidence[0].strength is Strength.STRONG
        assert item.evidence[0].text == words and item.evidence[0].line == 3
        assert item.keyword_found  # no keyword advice for a duty's wording
    assert "scanning documents" not in gap.keywords_missing


def test_free_ask_with_too_few_of_its_words_is_missing(gap):
    item = _free(gap, "resolving patient queries")  # "patients" alone is a third of it
    assert item.level is MatchLevel.MISSING and item.credit == 0.0 and not item.evidence
    assert item.posting_lines == (3,)


def test_free_asks_weigh_half_and_stay_out_of_keyword_exactness(gap):
    weights = dict(zip((i.skill.id for i in gap.items), item_weights(gap.items), strict=True))
    assert all(w == 0.5 for sid, w in weights.items() if sid.startswith(FREE_PREFIX))
    named = [i for i in gap.items if not i.skill.id.startswith(FREE_PREFIX)]
    assert gap.breakdown.keyword_exactness == pytest.approx(sum(i.keyword_found for i in named) / len(named), abs=1e-4)


def test_soft_skill_shown_in_other_words_is_met(gap):
    item = next(i for i in gap.items if i.skill.id == "communication-skills")
    assert item.level is MatchLevel.EXACT and item.evidence[0].text == "Communicated"
    assert item.keyword_found  # "Communicated" is the posting's word in another form
    assert "Excellent communication skills" not in gap.keywords_missing
    assert SOFT_WEIGHT in item_weights([item])


def test_one_or_more_of_is_an_either_or_list(gap):
    ids = {i.skill.id for i in gap.items}
    assert "docker" in ids and "kubernetes" not in ids  # met by Docker, the option shown
    docker = next(i for i in gap.items if i.skill.id == "docker")
    assert docker.level is MatchLevel.EXACT and "kubernetes" in docker.alternatives


def test_free_ask_ids_are_their_words_once_each(gap):
    ids = [i.skill.id for i in gap.items]
    assert len(ids) == len(set(ids))
    assert {"ask:booking-rooms", "ask:public-sector"} <= set(ids)


def test_a_framing_gerund_ends_an_ask(default_extractor):
    text = ("Rostering Trainer\nRequirements\n"
            "- Excellent understanding of roster processes enabling staff to work safely\n"
            "- Utilising best engineering practice at all times\n")
    posting = analyze_document(built_document(text), "posting", default_extractor)
    phrases = [ask.phrase for ask in free_asks(posting)]
    assert "roster processes" in phrases
    assert not any(p.lower().startswith("utilising") or p.endswith("enabling") for p in phrases)


def test_a_task_with_no_subject_matter_is_no_ask(default_extractor):
    """Tuned-half postings: "providing direction and support", "developing relationships"
    name no skill a résumé could show; a task whose object names a thing keeps its ask."""
    text = ("Team Lead\nResponsibilities\n- Providing direction and support to the team\n"
            "- Developing effective relationships with managers\n- Delivering key programmes of work\n"
            "- Operating high-performance solutions\n- Resolving invoice queries\n- Commissioning services\n"
            "- Managing programmes\n- Recording information\n- Supporting information systems\n"
            "- Training provided\n- Induction training offered\n")
    posting = analyze_document(built_document(text), "posting", default_extractor)
    phrases = [ask.phrase.lower() for ask in free_asks(posting)]
    assert not any(p.startswith(("providing", "developing", "delivering")) for p in phrases), phrases
    assert not any(p.endswith(("provided", "offered")) for p in phrases), phrases  # the employer's offer
    assert {"operating high-performance solutions", "resolving invoice queries", "commissioning services",
            "managing programmes", "recording information", "supporting information systems"} <= set(phrases)


def test_an_ask_is_shown_by_its_subject_not_by_its_framing_word(default_extractor):
    """"Consulting experience" (d31 of the gap benchmark): "experiment" shares a crude word
    family with "experience", and the heading "Experience" names no consulting; only the
    subject shows the ask."""
    posting = analyze_document(built_document("Engineer\nRequirements\n- Consulting experience\n"), "posting",
                               default_extractor)
    assert "Consulting experience" in [ask.phrase for ask in free_asks(posting)]

    def level(resume_text: str) -> MatchLevel:
        resume = analyze_document(built_document(resume_text), "resume", default_extractor)
        gap = compare(resume, posting, default_extractor.taxonomy)
        return _free(gap, "Consulting experience").level

    assert level("Sam Lee\nExperience\n- Automated conversion of experiment data files\n") is MatchLevel.MISSING
    assert level("Sam Lee\nExperience\n- Consulted for three retail clients on pricing\n") is MatchLevel.EXACT


def test_a_sentence_wrapped_onto_the_next_line_shows_an_ask(default_extractor):
    """A PDF wraps a bullet: "... and resolved" / "queries from the ward by email". The line
    that goes on in lower case is the same sentence; the evidence stays on one line."""
    def item(text: str):
        gap = compare_texts(default_extractor, "Sam Lee\nExperience\n" + text, POSTING)
        return _free(gap, "resolving patient queries")

    wrapped = item("- Answered phones and resolved\nqueries from the ward by email\n")
    assert wrapped.level is MatchLevel.EXACT
    assert wrapped.evidence[0].text == "resolved" and wrapped.evidence[0].line == 3
    apart = item("- Answered phones and resolved rota clashes\n- Sorted queries from the ward by email\n")
    assert apart.level is MatchLevel.MISSING  # two bullets are two sentences


def test_free_asks_stop_before_a_second_object_a_verb_or_a_place(default_extractor):
    posting = ("Finance Officer\nRequirements\n"
               "- Knowledge of the council and of its budgeting processes\n"
               "- Knowledge of all services offered and identifies savings\n"
               "- Experience within all areas of grant claims\n"
               "- Travel between sites, covering Ashford, Dover and Folkestone\n")
    found = [a.phrase for a in free_asks(analyze_document(built_document(posting), "posting", default_extractor))]
    assert "grant claims" in found
    compounds = ("Nurse\nRequirements\n- Experience of nurse led clinics\n- Experience of grant funded projects\n"
                 "- Knowledge of forms of contract\n")
    kept = [a.phrase for a in free_asks(analyze_document(built_document(compounds), "posting", default_extractor))]
    assert {"nurse led clinics", "grant funded projects", "forms of contract"} <= set(kept)
    assert not any(p.startswith(("council and", "services offered", "areas of", "covering")) for p in found), found


def test_free_asks_end_at_an_auxiliary_and_leave_out_the_employers_values_and_offer(default_extractor):
    posting = ("Applications Analyst\nRequirements\n"
               "- Do you have experience in supporting software solutions and been involved in change management?\n"
               "- HR leadership experience in a complex unionised environment subsequent to qualifying\n"
               "We are committed to promoting equality of opportunity, celebrating diversity and eliminating any form "
               "of unlawful discrimination.\n"
               "- Opportunities to work across sites, gaining invaluable knowledge and experience\n")
    found = [a.phrase for a in free_asks(analyze_document(built_document(posting), "posting", default_extractor))]
    assert "supporting software solutions" in found and "complex unionised environment" in found, found
    unwanted = ("been", "subsequent", "diversity", "discrimination", "gaining")
    assert not any(w in p for p in found for w in unwanted), found
    frames = ("Porter\nDuties\n- Packing parcels, paying particular attention to special handling\n"
              "- Answering all manner of enquiries from wards, playing an important role in the team\n"
              "- Previous experience in a similar role\n")
    kept = [a.phrase for a in free_asks(analyze_document(built_document(frames), "posting", default_extractor))]
    assert "similar role" in kept and not any(p.startswith(("paying", "playing")) for p in kept), kept
    things = ("Buyer\nDuties\n- Managing the product range and merchandising.\n"
              "- Planning subsequent treatment sessions with patients.\n")
    kept = [a.phrase for a in free_asks(analyze_document(built_document(things), "posting", default_extractor))]
    assert {"Managing the product range", "Planning subsequent treatment sessions"} <= set(kept), kept


def test_products_named_in_a_list_after_a_kind_of_software_are_asks(default_extractor):
    """"computer systems including Bluespier, eRS, PAS, ... Dictate I.T. and others": each
    name is an ask (the taxonomy knows none of them), hedged by the sentence after it; a
    single name, or names after a word that is no kind of software, are not."""
    posting = ("Requirements\nYou will use a number of computer systems including Bluespier, eRS, PAS, "
               "Patient Centre, Dictate I.T. and others. Previous experience of these systems is desirable.\n"
               "Support services such as Cardiology and Radiology.\nUse tools such as Quantum.\n")
    asks = {a.phrase: a.importance for a in free_asks(analyze_document(built_document(posting), "posting",
                                                                         default_extractor))}
    assert {"Bluespier", "eRS", "PAS", "Patient Centre", "Dictate I.T."} <= set(asks)
    assert {asks[p] for p in ("Bluespier", "Patient Centre", "Dictate I.T.")} == {Importance.PREFERRED}
    assert not {"Cardiology", "Radiology", "Quantum", "others"} & set(asks)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Use systems such as SystmOne, EMIS Web and Rio.", ["SystmOne", "EMIS Web", "Rio"]),  # no sentence dot
    ("Use software such as Monday and Tuesday rotas.", []),  # days
    ("Use clinical systems including Dr Smith and Mr Jones.", []),  # people
    ("Use apps like Marks & Spencer's.", []),  # a possessive
    ("Use systems including Bluespier, eRS The successful candidate will train.", ["Bluespier", "eRS"]),
])
def test_a_product_list_holds_names_only(default_extractor, sentence, expected):
    posting = analyze_document(built_document("Requirements\n" + sentence + "\n"), "posting", default_extractor)
    assert [a.phrase for a in free_asks(posting) if a.phrase in sentence.split(" such as ")[-1]
            or a.phrase in sentence.split(" including ")[-1] or a.phrase in sentence.split(" like ")[-1]] == expected
