"""Compare what a posting asks for with what a résumé shows, and score it.

The score is deterministic and documented (docs/scoring.md):

    credit(item)        = level credit x evidence strength      (0..1)
    required_coverage   = mean credit over required skills
    preferred_coverage  = mean credit over preferred skills
    keyword_exactness   = share of named posting skills whose posting wording appears literally
    score = round(100 x (0.70 required + 0.20 preferred + 0.10 keywords))

Components with nothing to measure (a posting with no preferred skills) are left out and
the remaining weights are scaled to sum to 1.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache

from skillgap.asks import FreeAsk, free_asks
from skillgap.own_words import behaviour_evidence, behaviours, near_skills, own_words_evidence
from skillgap.requirements import PostingSkill, posting_skills
from skillgap.taxonomy.model import Taxonomy
from skillgap.types import (
    CREDENTIAL_KINDS,
    Analysis,
    Evidence,
    Gap,
    GapItem,
    Importance,
    MatchLevel,
    ScoreBreakdown,
    SectionKind,
    SkillKind,
    SkillRef,
    Strength,
)

WEIGHTS = (0.70, 0.20, 0.10)  # required, preferred, keyword exactness
LEVEL_CREDIT = {MatchLevel.EXACT: 1.0, MatchLevel.NARROWER: 0.8, MatchLevel.RELATED: 0.4, MatchLevel.MISSING: 0.0}
STRENGTH_FACTOR = {Strength.STRONG: 1.0, Strength.LISTED: 0.8}
MAX_EVIDENCE = 3

STRONG_SECTIONS = frozenset({SectionKind.EXPERIENCE, SectionKind.PROJECTS, SectionKind.VOLUNTEER})


def shown_strength(section: SectionKind, kind: SkillKind) -> Strength:
    """How strongly a skill of `kind` named in `section` is shown: in use in a bullet, or
    listed; a degree, licence or language is shown by naming it, wherever it is."""
    return Strength.STRONG if section in STRONG_SECTIONS or kind in CREDENTIAL_KINDS else Strength.LISTED


def resume_evidence(resume: Analysis) -> dict[str, list[Evidence]]:
    """Evidence per skill id, strongest first."""
    document, sections = resume.document, resume.sections
    evidence: dict[str, list[Evidence]] = defaultdict(list)
    for mention in resume.mentions:
        kind = sections.kind_at(mention.start)
        strength = Strength.STRONG if kind in STRONG_SECTIONS else Strength.LISTED
        evidence[mention.skill_id].append(
            Evidence(
                start=mention.start, end=mention.end, text=mention.text,
                line=document.source_position(mention.start)[0], line_text=document.line_text(mention.start),
                section=kind, strength=strength, skill_id=mention.skill_id,
            )
        )
    for items in evidence.values():
        items.sort(key=lambda e: (e.strength is not Strength.STRONG, e.start))
    if ENGLISH not in evidence and _written_in_english(document.text):
        evidence[ENGLISH].append(_english_by_example(resume))
    return evidence


def _english_by_example(resume: Analysis) -> Evidence:
    """A résumé written in English shows English without naming it: its longest line is
    the evidence, with no matched words (`text` is ""), so the keyword is still reported
    missing (tracking systems search for the word) and the credit is that of a listing."""
    document = resume.document
    line = max(document.lines, key=lambda ln: (len(document.text[ln.start:ln.end].split()), -ln.start))
    return Evidence(start=line.start, end=line.start, text="", line=document.source_position(line.start)[0],
                    line_text=document.text[line.start:line.end], section=resume.sections.kind_at(line.start),
                    strength=Strength.LISTED, skill_id=ENGLISH)


def compare(resume: Analysis, posting: Analysis, taxonomy: Taxonomy,
            wanted: dict[str, PostingSkill] | None = None) -> Gap:
    """The gap between a résumé and a posting. `wanted` is `posting_skills(posting)`, for
    callers that score many versions of one résumé against the same posting."""
    if wanted is None:
        wanted = posting_skills(posting)
    shown = resume_evidence(resume)
    resume_text = resume.document.text
    items = _alternatives_met([judge(p, shown, taxonomy, resume_text) for p in wanted.values()], wanted)
    items = [judge_in_words(i, resume, taxonomy, shown) for i in items]
    named = {i.skill.id for i in items}
    for ask in free_asks(posting):
        item = judge_free(ask, resume)
        if item.skill.id not in named:  # two wordings of one ask ("booking / changing" vs "booking, changing")
            named.add(item.skill.id)
            items.append(item)
    qualities = _quality_words(i for i in items if unmet_quality(i))
    items = [i for i in items if not unmet_quality(i)]
    items.sort(key=lambda i: (i.importance is not Importance.REQUIRED, i.level is not MatchLevel.MISSING,
                              -sum(wanted[i.skill.id].terms.values()) if i.skill.id in wanted else 0,
                              i.skill.name.lower()))
    keywords_missing = _missing_keywords(items)
    score, breakdown = score_items(items)
    return Gap(tuple(items), keywords_missing, score, breakdown, qualities)


def judge_in_words(item: GapItem, resume: Analysis, taxonomy: Taxonomy,
                   shown: dict[str, list[Evidence]]) -> GapItem:
    """What the résumé's own words add to `judge`: a soft skill shown through what the
    candidate did, or in part through a neighbouring one, and a posting word the résumé
    writes in another form (`shown` is `resume_evidence(resume)`). `compare` and `scan`
    both judge this way."""
    if unshown_soft_skill(item) or _partly_shown_soft_skill(item):
        item = _soft_in_other_words(item, resume)
        if item.level is MatchLevel.MISSING:
            item = _soft_near(item, resume, taxonomy, shown)
    elif item.level is MatchLevel.MISSING and item.skill.id in behaviours():
        item = _done_in_other_words(item, resume)
    elif _listed_soft_skill(item):
        item = _soft_shown_too(item, resume)
    return _word_in_another_form(item, resume)


def _listed_soft_skill(item: GapItem) -> bool:
    """A soft skill the résumé names only in a list ("Teamwork" among the skills)."""
    return item.skill.kind is SkillKind.SOFT and item.level is MatchLevel.EXACT \
        and all(e.strength is Strength.LISTED for e in item.evidence)


def _soft_shown_too(item: GapItem, resume: Analysis) -> GapItem:
    """A soft skill the résumé lists and also shows through what the candidate did gets
    the credit of what it did: naming it on a skills line never lowers the score."""
    shown = behaviour_evidence(resume, item.skill.id)
    if shown is None or shown.strength is not Strength.STRONG:
        return item
    return replace(item, credit=STRENGTH_FACTOR[Strength.STRONG], evidence=(shown, *item.evidence)[:MAX_EVIDENCE])


def _partly_shown_soft_skill(item: GapItem) -> bool:
    """A soft skill the résumé shows only through a related one ("Active listening" for
    "Communication skills"): what the candidate did may show the skill itself."""
    return item.skill.kind is SkillKind.SOFT and item.level in (MatchLevel.NARROWER, MatchLevel.RELATED)


def unshown_soft_skill(item: GapItem) -> bool:
    """A soft skill ("communication", "teamwork") the taxonomy did not find in the résumé:
    a recruiter reads it from the bullets as well as from the word."""
    return item.skill.kind is SkillKind.SOFT and item.level is MatchLevel.MISSING


# Qualities a posting hopes for ("enthusiastic", "highly motivated", "driven", "proactive",
# "innovative", "reliable"): a recruiter reads them from the résumé as a whole. One the
# résumé does not name is no missing skill and costs no score: the report lists them apart
# (`Gap.qualities`). One it names counts like any skill, as a keyword search would count it
# (leaving those out of the score too was measured: README, "Gap benchmark"). Taxonomy
# soft-skill ids (a test checks they exist).
QUALITIES = frozenset({"motivation", "determination", "proactivity", "creativity", "reliability"})


def is_quality(skill_id: str) -> bool:
    return skill_id in QUALITIES


def unmet_quality(item: GapItem) -> bool:
    return is_quality(item.skill.id) and item.level is MatchLevel.MISSING


def _quality_words(items) -> tuple[str, ...]:
    """The posting's words for these qualities, once each whatever their case."""
    seen: dict[str, str] = {}
    for item in items:
        for term in item.posting_terms:
            seen.setdefault(term.casefold(), term)
    return tuple(seen.values())


FREE_PREFIX = "ask:"  # the id of an item for an ask the taxonomy does not name


def judge_free(ask: FreeAsk, resume: Analysis) -> GapItem:
    """How the résumé answers an ask the taxonomy does not name, by its content words: one
    line of the résumé's body holding half of them or more shows it, otherwise it is
    missing. No keyword advice: tracking systems search for named skills, not for the
    wording of a duty."""
    ref = SkillRef(FREE_PREFIX + "-".join(re.findall(r"[a-z0-9]+", ask.phrase.casefold())), ask.phrase,
                   SkillKind.HARD)
    base = dict(skill=ref, importance=ask.importance, posting_terms=(ask.phrase,),
                posting_lines=(ask.line,), keyword_found=True)
    evidence = own_words_evidence(resume, (ask.subject,), ref.id, share=0.5)
    if evidence is None:
        return GapItem(level=MatchLevel.MISSING, credit=0.0, note="not found in your résumé", **base)
    return GapItem(level=MatchLevel.EXACT, credit=STRENGTH_FACTOR[evidence.strength], evidence=(evidence,),
                   note="shown in your own words: check the line", **base)


def _soft_in_other_words(item: GapItem, resume: Analysis) -> GapItem:
    """A soft skill the taxonomy did not find in the résumé, or found only through a
    related one, shown in other words: one line of the résumé's body holds every content
    word of its name or of a posting term, in any form ("communicated with clients" for
    "communication skills"), or shows the behaviour. It replaces a related skill's partial
    credit only when it is worth more."""
    evidence = own_words_evidence(resume, (item.skill.name, *item.posting_terms), item.skill.id, soft=True)
    if evidence is None:
        evidence = behaviour_evidence(resume, item.skill.id)
    return _shown_by(item, evidence, TRAIT_IN_OTHER_WORDS)


TRAIT_IN_OTHER_WORDS = "shown in other words: name it where it shows"


def _soft_near(item: GapItem, resume: Analysis, taxonomy: Taxonomy, shown: dict[str, list[Evidence]]) -> GapItem:
    """A soft skill the résumé shows neither by name nor by its own behaviour, partly shown
    by a neighbouring skill's behaviour ("Trained 3 new starters" shows teaching, and
    communication only in part; `near` in `soft_behaviours.toml`): related credit, the
    neighbour named as the way it shows."""
    if is_quality(item.skill.id):
        return item  # a quality left unnamed costs nothing; partial credit would cost score
    best: tuple[float, Evidence, str] | None = None
    for other_id in near_skills().get(item.skill.id, ()):
        if other_id not in taxonomy.skills:
            continue
        evidence = behaviour_evidence(resume, other_id) or next(iter(shown.get(other_id, ())), None)
        if evidence is None:
            continue
        credit = LEVEL_CREDIT[MatchLevel.RELATED] * STRENGTH_FACTOR[evidence.strength]
        if best is None or credit > best[0]:
            best = (credit, evidence, other_id)
    if best is None:
        return item
    credit, evidence, other_id = best
    other = taxonomy.skills[other_id]
    return replace(item, level=MatchLevel.RELATED, credit=round(credit, 3), evidence=(evidence,), via=other.ref,
                   note="close to it, so partial credit; if that line shows it too, name it there")


def _done_in_other_words(item: GapItem, resume: Analysis) -> GapItem:
    """A skill of everyday work the taxonomy did not find in the résumé, shown by what the
    candidate did ("Greeted patients, answered a busy switchboard" for customer service;
    `soft_behaviours.toml`)."""
    return _shown_by(item, behaviour_evidence(resume, item.skill.id), WORK_IN_OTHER_WORDS)


WORK_IN_OTHER_WORDS = "shown in what you did: name it where it shows"


def _shown_by(item: GapItem, evidence: Evidence | None, note: str) -> GapItem:
    """The item met exactly by the résumé's own line `evidence`, when there is one and it is
    worth more than the credit the item already has (a related skill's partial credit)."""
    if evidence is None or STRENGTH_FACTOR[evidence.strength] <= item.credit:
        return item
    return replace(item, level=MatchLevel.EXACT, credit=STRENGTH_FACTOR[evidence.strength], evidence=(evidence,),
                   via=None, note=note)


def trait_in_other_words(item: GapItem) -> bool:
    """A soft skill the résumé shows only through what the candidate did (`_soft_in_other_words`)."""
    return item.skill.kind is SkillKind.SOFT and item.note == TRAIT_IN_OTHER_WORDS


def _word_in_another_form(item: GapItem, resume: Analysis) -> GapItem:
    """A skill the résumé shows whose posting wording it writes in another form of the same
    words ("recruiting" for "recruitment", "minute-taking" for "taking minutes",
    "communicated" for "communication skills") has its keyword: tracking systems match word
    forms, and asking for the posting's form would only swap one word for its twin."""
    if item.keyword_found or item.level not in (MatchLevel.EXACT, MatchLevel.NARROWER):
        return item
    if own_words_evidence(resume, item.posting_terms, item.skill.id) is None:
        return item
    return replace(item, keyword_found=True)


_LEVEL_RANK = {MatchLevel.EXACT: 3, MatchLevel.NARROWER: 2, MatchLevel.RELATED: 1, MatchLevel.MISSING: 0}


def _alternatives_met(items: list[GapItem], wanted: dict[str, PostingSkill]) -> list[GapItem]:
    """Drop the options of an either-or list that the résumé meets better with another
    option ("AWS or GCP": AWS shown, GCP only through "cloud computing", or not at all);
    the option kept says so in its note."""
    rank = {i.skill.id: _LEVEL_RANK[i.level] for i in items}
    met = {sid for sid, r in rank.items() if r}
    dropped = {i.skill.id: i for i in items
               if any(rank.get(other, 0) > rank[i.skill.id] for other in wanted[i.skill.id].alternatives)}
    out = []
    for item in items:
        if item.skill.id in dropped:
            continue
        instead = sorted(dropped[d].skill.name for d in wanted[item.skill.id].alternatives & dropped.keys())
        if instead and item.skill.id in met:
            item = replace(item, note=f"{item.note}; the posting accepts it instead of {' or '.join(instead)}")
        out.append(item)
    return out


def judge(wanted: PostingSkill, shown: dict[str, list[Evidence]], taxonomy: Taxonomy, resume_text: str) -> GapItem:
    """How the résumé answers one posting skill: exactly, partly (a related skill), or not."""
    skill = taxonomy.skills[wanted.skill_id]
    terms = tuple(t for t, _ in wanted.terms.most_common())
    keyword_found = any(_literal_in(term, resume_text) for term in terms)
    base = dict(skill=skill.ref, importance=wanted.importance, posting_terms=terms,
                posting_lines=tuple(sorted(wanted.lines)), keyword_found=keyword_found,
                alternatives=wanted.alternatives)
    credential = skill.kind in CREDENTIAL_KINDS
    if skill.id in shown:
        evidence = tuple(shown[skill.id][:MAX_EVIDENCE])
        by_example = not evidence[0].text  # written in English, not naming it
        if credential and not by_example:
            evidence = tuple(replace(e, strength=Strength.STRONG) for e in evidence)
        # "ACLS" in the résumé answers a search for the posting's "ACLS certification"
        keyword_found = keyword_found or any(_literal_in(e.text, term) or _as_strong(term, e.text)
                                             for e in shown[skill.id] for term in terms)
        # a degree or licence the résumé names ("MEng", "BBA") is stronger than the
        # posting's generic name for it ("Master's degree", "BS degree")
        keyword_found = keyword_found or (skill.kind is SkillKind.CERTIFICATION and bool(evidence[0].text))
        base["keyword_found"] = keyword_found
        credit = LEVEL_CREDIT[MatchLevel.EXACT] * STRENGTH_FACTOR[evidence[0].strength]
        note = ("your résumé is written in it: name it under Languages too" if by_example
                else "named in your résumé" if credential else "shown in your experience"
                if evidence[0].strength is Strength.STRONG
                else "listed, but not shown in an experience or project bullet")
        return GapItem(level=MatchLevel.EXACT, credit=credit, evidence=evidence, note=note, **base)
    best: tuple[float, MatchLevel, str, str] | None = None
    for other_id in shown:
        if not shown[other_id][0].text:
            continue  # English shown by example answers for English alone
        level, note = _relation(taxonomy, skill.id, other_id)
        if level is MatchLevel.MISSING:
            continue
        if credential and level is MatchLevel.NARROWER:  # a Bachelor's degree is a university degree
            evidence = tuple(replace(e, strength=Strength.STRONG) for e in shown[other_id][:MAX_EVIDENCE])
            other = taxonomy.skills[other_id]
            base["keyword_found"] = True  # "BS degree" would downgrade a BBA: no keyword advice
            return GapItem(level=MatchLevel.EXACT, credit=LEVEL_CREDIT[MatchLevel.EXACT], evidence=evidence,
                           via=other.ref, note=f"{other.name} is a {skill.name}", **base)
        credit = LEVEL_CREDIT[level] * STRENGTH_FACTOR[shown[other_id][0].strength]
        if best is None or credit > best[0] or (credit == best[0] and other_id < best[3]):
            best = (credit, level, note, other_id)
    if best is None:
        return GapItem(level=MatchLevel.MISSING, credit=0.0, note="not found in your résumé", **base)
    credit, level, note, other_id = best
    return GapItem(level=level, credit=round(credit, 3), evidence=tuple(shown[other_id][:MAX_EVIDENCE]),
                   via=taxonomy.skills[other_id].ref, note=note, **base)


ENGLISH = "english"
# Words of English grammar: a text where they are frequent is written in English.
_ENGLISH_FUNCTION_WORDS = frozenset("the and of to in for with on by as at from an a is are our my".split())
_WORD_RE = re.compile(r"[A-Za-z]+")


def _written_in_english(text: str) -> bool:
    """A résumé written in English shows English, whether or not it names the language."""
    words = [w.lower() for w in _WORD_RE.findall(text)]
    used = [w for w in words if w in _ENGLISH_FUNCTION_WORDS]
    return len(words) >= 40 and len(set(used)) >= 5 and len(used) >= 0.04 * len(words)


def _relation(taxonomy: Taxonomy, wanted_id: str, shown_id: str) -> tuple[MatchLevel, str]:
    # rescoring a résumé's edits judges the same pairs again and again; the relation is a
    # pure function of the taxonomy, so it is remembered on it
    memo = taxonomy.relation_memo
    found = memo.get((wanted_id, shown_id))
    if found is None:
        found = memo[wanted_id, shown_id] = _relate(taxonomy, wanted_id, shown_id)
    return found


def _relate(taxonomy: Taxonomy, wanted_id: str, shown_id: str) -> tuple[MatchLevel, str]:
    wanted, shown = taxonomy.skills[wanted_id], taxonomy.skills[shown_id]
    if wanted_id in taxonomy.ancestors(shown_id):
        return MatchLevel.NARROWER, f"{shown.name} is a kind of {wanted.name}: partial credit"
    if shown_id in taxonomy.ancestors(wanted_id, max_depth=1):
        # JavaScript does not show Vue, nor accounting GAAP: a recruiter gives a broader
        # skill no credit for the specific one asked for
        return MatchLevel.MISSING, ""
    if shown_id in taxonomy.related_to(wanted_id) and _peers(taxonomy, wanted_id, shown_id):
        return MatchLevel.RELATED, f"{shown.name} is related to {wanted.name}: less credit"
    return MatchLevel.MISSING, ""


def _peers(taxonomy: Taxonomy, wanted_id: str, shown_id: str) -> bool:
    """Related skills a recruiter credits for each other: alternatives of one family
    (Flask for Django, both web frameworks), or two methods or fields. A tool is not
    shown by another tool merely used with it (Spark through Python, Node.js through
    MongoDB, OpenCV through Python)."""
    wanted, shown = taxonomy.skills[wanted_id], taxonomy.skills[shown_id]
    if SkillKind.TOOL not in (wanted.kind, shown.kind):
        return True
    return bool(set(wanted.broader) & set(shown.broader))


# British and American spellings of one word: the résumé's own is as good as the posting's.
_SPELLING = ((re.compile(r"is(e|es|ed|ing|ation|ations)\b"), r"iz\1"), (re.compile(r"ys(e|es|ed|ing)\b"), r"yz\1"),
             (re.compile(r"our\b"), "or"), (re.compile(r"tre\b"), "ter"), (re.compile(r"ogue\b"), "og"),
             (re.compile(r"ll(ed|ing|er)\b"), r"l\1"), (re.compile(r"ae"), "e"))


def _spelling_folded(text: str) -> str:
    text = " ".join(re.findall(r"[a-z0-9+#]+", text.casefold()))
    for pattern, repl in _SPELLING:
        text = pattern.sub(repl, text)
    return text


def _initials(text: str) -> str:
    """"JavaScript" -> "js", "Amazon Web Services" -> "aws"."""
    parts = re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", text)
    return "".join(p[0] for p in parts).casefold()


def _as_strong(term: str, resume_form: str) -> bool:
    """The résumé's wording is as strong as the posting's term: the same word spelt the
    British or American way, or the full form of the term's abbreviation ("JavaScript" for
    "JS"). Writing the posting's term there would downgrade the résumé."""
    if not resume_form:
        return False
    if _spelling_folded(term) == _spelling_folded(resume_form):
        return True
    short = re.sub(r"[^A-Za-z0-9]", "", term)
    return (1 < len(short) < len(resume_form) and short.isupper()
            and _initials(resume_form) == short.casefold())


def _literal_in(term: str, text: str) -> bool:
    """A whole-word, case-insensitive search, as tracking systems do it."""
    folded = _folded(text)
    if folded is not None and "\u0130" not in term and term.casefold() not in folded:
        return False  # the common case, without a regular expression
    pattern = r"(?<![\w+#.])" + re.escape(term) + r"(?![\w+#])"
    return re.search(pattern, text, re.IGNORECASE) is not None


@lru_cache(maxsize=16)
def _folded(text: str) -> str | None:
    """`text` case-folded: what IGNORECASE matches is a substring of it, except around a
    dotted capital I (which folds to two characters), where there is no shortcut."""
    return None if "\u0130" in text else text.casefold()


def _missing_keywords(items: list[GapItem]) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:  # already ordered: required first
        if item.keyword_found or (item.skill.kind is SkillKind.SOFT and item.level is not MatchLevel.MISSING
                                  and item.level is not MatchLevel.RELATED):
            continue
        term = item.posting_terms[0]
        if term.lower() not in seen:
            seen.add(term.lower())
            out.append(term)
    return tuple(out)


SOFT_WEIGHT = 0.5
FREE_WEIGHT = 0.5  # an ask in the posting's own words: less certain than a named skill
PRIOR, PRIOR_WEIGHT = 0.5, 3.0


def item_weights(items: list[GapItem] | tuple[GapItem, ...]) -> list[float]:
    """Each item's weight in its coverage: 1 for a hard skill, tool, field, credential or
    language, SOFT_WEIGHT for a soft skill; the options of one either-or group left in the
    items (none of them met) share one weight, so the group counts once."""
    present = {i.skill.id for i in items}
    weights = []
    for item in items:
        base = (SOFT_WEIGHT if item.skill.kind is SkillKind.SOFT
                else FREE_WEIGHT if item.skill.id.startswith(FREE_PREFIX) else 1.0)
        weights.append(base / (1 + len(item.alternatives & present)))
    return weights


def _coverage(pairs: list[tuple[float, float]], slots: float | None = None) -> float | None:
    """Weighted mean credit; with `slots`, the credit of that much weight is full marks."""
    if not pairs:
        return None
    total = sum(w for w, _ in pairs)
    earned = sum(w * c for w, c in pairs)
    if slots:
        return min(1.0, earned / slots)
    # a posting whose asks were found only in part says little: with few items the
    # coverage does not fall below PRIOR weighed as PRIOR_WEIGHT items more
    return max(earned / total, (earned + PRIOR * PRIOR_WEIGHT) / (total + PRIOR_WEIGHT))


def score_items(items: list[GapItem] | tuple[GapItem, ...]) -> tuple[int, ScoreBreakdown]:
    weights = item_weights(items)
    named = [i for i in items if not i.skill.id.startswith(FREE_PREFIX)]  # free text has no keyword
    required = [(w, i.credit) for w, i in zip(weights, items, strict=False) if i.importance is Importance.REQUIRED]
    preferred = [(w, i.credit) for w, i in zip(weights, items, strict=False) if i.importance is Importance.PREFERRED]
    # a recruiter does not expect every nice-to-have: meeting half of them is full marks
    pref_slots = max(1.0, sum(w for w, _ in preferred) / 2) if preferred else None
    parts = (
        _coverage(required),
        _coverage(preferred, pref_slots),
        sum(i.keyword_found for i in named) / len(named) if named else None,
    )
    used = [w if p is not None else 0.0 for w, p in zip(WEIGHTS, parts, strict=False)]
    total = sum(used)
    weights_used = tuple(round(w / total, 4) for w in used) if total else (0.0, 0.0, 0.0)
    value = sum(w * (p or 0.0) for w, p in zip(weights_used, parts, strict=False))
    breakdown = ScoreBreakdown(
        required_coverage=round(parts[0] or 0.0, 4), preferred_coverage=round(parts[1] or 0.0, 4),
        keyword_exactness=round(parts[2] or 0.0, 4), weights=weights_used,  # type: ignore[arg-type]
        required_total=len(required), preferred_total=len(preferred),
    )
    return int(round(100 * value + 1e-9)), breakdown
