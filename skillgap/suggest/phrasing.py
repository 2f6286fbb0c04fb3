"""Openings a reader stumbles on that are not duties or weak verbs: a past role told in
the present tense ("Analyze large datasets ..." under a role that ended), a bullet that
starts with "I" ("I built a dashboard ..."), a noun where the verb belongs ("Utilization
of StanfordNLP to ...") and a membership written as a title ("Member of the practice
council; ...").

Each fix changes only the opening words (and, for the tense, the verbs that open the
bullet's later clauses), keeps every other word, and takes its verb forms from the
lexicon. When a later clause could read two ways ("..., design reviews"), no fix.
"""

from __future__ import annotations

import re
from dataclasses import replace

from skillgap import language
from skillgap.language import Tense
from skillgap.language.verbs import is_also_noun
from skillgap.suggest.edits import Edit, base_verb, capitalize, gerund_lemma, next_word, verb_form
from skillgap.suggest.openers import KIND_ACTION, PREP_GERUNDS, OpenerFix

TENSE_REASON = "This role has ended: tell it in the past tense"
FIRST_PERSON_REASON = "Résumé bullets leave out “I”: open with the verb"
NOUN_REASON = "“{0}” is a noun where the verb belongs: open with “Used”"
MEMBER_REASON = "“Member of” reads as a title: open with the verb for your part"

_GROUPS = r"(?:council|committee|board|panel|task\s+force|working\s+group|steering\s+group)"
_MEMBER = re.compile(rf"\s*((?:an?\s+)?(?:active\s+)?member\s+of)\s+(?=(?:the|a|an|our)\s+[^,;.]*?\b{_GROUPS}\b)",
                     re.IGNORECASE)
_UTILIZATION = re.compile(r"\s*((?i:(?:the\s+)?(?:utili[sz]ation|usage|use)(?:\s+of)?))\s+(?=[A-Z0-9])")
_FIRST_PERSON = re.compile(r"\s*(I)\s+(?=[a-z])")
_CLAUSE = re.compile(r"[,;]\s+(?:and\s+)?")
_DETERMINERS = frozenset("the a an our their its his her my all new".split())


TASKS_REASON = "A list of tasks with no verb: open with “{0}”"
TITLE_REASON = "A title where a verb belongs: open with “{0}”"

# Nouns that name work done ("make-ready repairs", "filter changes"): a list of them is a
# list of tasks, and "Performed" is what was done.
TASK_NOUNS = frozenset("""repairs replacements changes inspections installations installs maintenance audits
reconciliations reviews assessments upgrades checks tests calibrations diagnostics troubleshooting
cleaning deliveries take-offs takeoffs walkthroughs walk-throughs evaluations estimates""".split())
# A role someone serves as ("Epic super-user during the go-live").
TITLE_NOUNS = frozenset("""super-user superuser champion representative rep liaison ambassador chair chairperson
captain treasurer secretary mentor buddy point""".split())
_FIRST_CLAUSE = re.compile(r"[^;:.]*")


def fix(text: str, tense: Tense, dated_past: bool = False) -> OpenerFix | None:
    """The first of these fixes that applies to `text`, or None."""
    current = tense is Tense.PRESENT
    return (_first_person(text, tense, dated_past) or _noun_opener(text, tense) or _member(text, tense)
            or (_past_tense(text) if dated_past else None) or (_current_gerund(text) if current else None)
            or _tasks(text, tense) or _title(text, tense))


def _verbless_clause(text: str) -> str | None:
    """The bullet's first clause when it has no verb at its start and no dates."""
    from skillgap.resume.dates import find_dates

    clause = _FIRST_CLAUSE.match(text).group(0)  # type: ignore[union-attr]
    if not clause.strip() or language.opening_verb(text) is not None or find_dates(clause) or "(" in clause:
        return None
    first = re.match(r"\s*([A-Za-z][\w-]*)", clause)
    if first is None or not first.group(1)[:1].isupper() or first.group(1).lower() in ("i", "my", "the", "a", "an"):
        return None
    return clause


def _tasks(text: str, tense: Tense) -> OpenerFix | None:
    """"Make-ready repairs, PTAC unit replacements and filter changes in ..." -> "Performed
    make-ready repairs, ...": every item of the list ends with a noun of work done."""
    clause = _verbless_clause(text)
    if clause is None:
        return None
    head = re.split(r"\s+(?:in|at|on|for|across|with|to|of)\s+", clause, maxsplit=1)[0]
    items = [i for i in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", head) if i.strip()]
    if not items or any(i.split()[-1].lower() not in TASK_NOUNS or len(i.split()) > 4 for i in items):
        return None
    start = len(text) - len(text.lstrip())
    if any(ch.isupper() for ch in text[start + 1 : start + len(text[start:].split()[0])]):
        return None  # "PTAC unit replacements": a name opens it, keep it as written
    verb = capitalize(verb_form("perform", tense))
    return OpenerFix(KIND_ACTION, TASKS_REASON.format(verb),
                     (Edit(start, start + 1, f"{verb} {text[start].lower()}"),))


def _title(text: str, tense: Tense) -> OpenerFix | None:
    """"Epic super-user during the go-live; trained 40+ colleagues ..." -> "Served as Epic
    super-user during the go-live; ...": the role before a preposition, in the tense of the
    bullet's next verb (or the role's)."""
    clause = _verbless_clause(text)
    if clause is None or ";" not in text[len(clause) : len(clause) + 1]:
        return None
    head = re.split(r"\s+(?:during|for|at|on|in)\s+", clause, maxsplit=1)[0].split()
    if not head or len(head) > 3 or head[-1].lower() not in TITLE_NOUNS:
        return None
    later = language.opening_verb(text[len(clause) + 1 :].lstrip())
    if later is not None and later.tense is Tense.PAST:
        tense = Tense.PAST
    start = len(text) - len(text.lstrip())
    verb = capitalize(verb_form("serve", tense)) + " as"
    return OpenerFix(KIND_ACTION, TITLE_REASON.format(verb), (Edit(start, start, verb + " "),))


def _first_person(text: str, tense: Tense, dated_past: bool) -> OpenerFix | None:
    """"I built a dashboard ..." -> "Built a dashboard ..."."""
    match = _FIRST_PERSON.match(text)
    if match is None:
        return None
    verb = language.opening_verb(text[match.end() :])
    if verb is None or verb.start != 0 or verb.lemma in ("be", "have", "do", "can", "will", "would", "also"):
        return None  # "I was part of ...", "I have ...": only the author can say what they did
    word = text[match.end() : match.end() + verb.end]
    if verb.tense is Tense.GERUND:
        return None
    if dated_past and (verb.tense is Tense.PRESENT or word.lower() == verb.lemma):
        word = _past(verb.lemma, word)  # "I build" in a role that ended
    return OpenerFix(KIND_ACTION, FIRST_PERSON_REASON,
                     (Edit(match.start(1), match.end() + verb.end, capitalize(word)),))


def _noun_opener(text: str, tense: Tense) -> OpenerFix | None:
    """"Utilization of OpenCV for ..." -> "Used OpenCV for ..."; only before a name."""
    match = _UTILIZATION.match(text)
    if match is None:
        return None
    label = " ".join(match.group(1).split())
    if label.lower().split()[-1] != "of" and "utili" not in label.lower():
        return None  # "Use cases ..." is a noun phrase, not "Used cases"
    replacement = capitalize(verb_form("use", tense)) + " "
    edit = Edit(match.start(1), match.end(), replacement)
    return OpenerFix(KIND_ACTION, NOUN_REASON.format(capitalize(label)), (edit,))


def _member(text: str, tense: Tense) -> OpenerFix | None:
    """"Member of the unit practice council; ..." -> "Served on the unit practice council; ..."."""
    match = _MEMBER.match(text)
    if match is None:
        return None
    replacement = capitalize(verb_form("serve", tense)) + " on "
    return OpenerFix(KIND_ACTION, MEMBER_REASON, (Edit(match.start(1), match.end(), replacement),))


# --- the tense of a past role ---------------------------------------------------------------


def _past_tense(text: str) -> OpenerFix | None:
    """A bullet of a role that ended, opening with a present or -ing verb: that verb and
    the verbs that open its later clauses in the past ("Analyze X, collaborate with Y" ->
    "Analyzed X, collaborated with Y"). None when a later clause could open with a noun."""
    verb = language.opening_verb(text)
    if verb is None or verb.lemma in ("be", "have", "do"):
        return None
    if verb.tense is Tense.AMBIGUOUS and verb.text.lower() == verb.lemma and \
            verb_form(verb.lemma, Tense.PAST) != verb.lemma:
        verb = replace(verb, tense=Tense.PRESENT)  # "Run weekly meetings": "ran" in a past role
    if verb.tense not in (Tense.PRESENT, Tense.GERUND):
        return None
    if verb.tense is Tense.PRESENT and verb.text.lower() != verb.lemma and verb.text.lower().endswith("s"):
        return None  # "Supports various layouts": it describes a thing the author made, fine as it is
    if verb.tense is Tense.GERUND and verb.also_noun:
        return None  # "Training and development of ...": a noun phrase as much as a task
    if verb.text[:1].isupper() and any(ch.isupper() for ch in verb.text[1:]):
        return None  # "GitHub", "DevOps": a name
    if verb.also_noun and verb.tense is Tense.PRESENT:
        following = next_word(text, verb.end)
        if following is None or following.group(0).lower() not in _DETERMINERS | {"and"}:
            return None  # "Design reviews for ...", "Page 1 of 2": a noun phrase as much as a task
    edits = [Edit(verb.start, verb.end, capitalize(_past(verb.lemma, verb.text)))]
    if verb.tense is Tense.GERUND:
        return OpenerFix(KIND_ACTION, TENSE_REASON, (*edits, *_gerund_tasks(text, verb.end, Tense.PAST)))
    edits += _paired(text, verb.end, verb.tense)
    for clause in _CLAUSE.finditer(text, verb.end):
        word = next_word(text, clause.end())
        if word is None or word.start() != clause.end() or not word.group(0)[:1].islower():
            continue
        lemma_ = _same_form(word.group(0), verb.tense)
        if lemma_ is None or word.group(0).lower() in PREP_GERUNDS:
            continue  # ", including audits": a phrase, not a task
        if is_also_noun(word.group(0).lower()):
            following = next_word(text, word.end())
            if following is None or following.group(0).lower() not in _DETERMINERS:
                return None  # ", design reviews": a second object, or a second task?
        edits.append(Edit(word.start(), word.end(), verb_form(lemma_, Tense.PAST, word.group(0))))
        edits += _paired(text, word.end(), verb.tense)
    return OpenerFix(KIND_ACTION, TENSE_REASON, tuple(edits))


def _past(lemma_: str, word: str) -> str:
    """The past of `word`, its prefix kept: "Co-leading" -> "Co-led"."""
    prefix = word[: word.rfind("-") + 1] if "-" in word and "-" not in lemma_ else ""
    return prefix + verb_form(lemma_, Tense.PAST, word[len(prefix) :])


GERUND_REASON = "Open with the verb itself, in the present tense of your current role"


def _current_gerund(text: str) -> OpenerFix | None:
    """"Managing a team of 5 ..." in the current role -> "Manage a team of 5 ...", with the
    -ing verbs of the same list of tasks and of the clauses after a semicolon."""
    verb = language.opening_verb(text)
    if verb is None or verb.tense is not Tense.GERUND or verb.also_noun or verb.lemma in ("be", "have", "do"):
        return None
    if verb.text[:1].isupper() and any(ch.isupper() for ch in verb.text[1:]):
        return None
    first = Edit(verb.start, verb.end, capitalize(_present(verb.lemma, verb.text)))
    return OpenerFix(KIND_ACTION, GERUND_REASON, (first, *_gerund_tasks(text, verb.end, Tense.PRESENT)))


def _gerund_tasks(text: str, position: int, tense: Tense) -> list[Edit]:
    """The later -ing tasks of a bullet that opens with one, in `tense`: those of the same
    list ("coordinating vendors and training staff") and those opening a clause after a
    semicolon ("...; mentoring 2 juniors"). Raises when a list reads two ways."""
    from skillgap.suggest.openers import coordinated

    edits = list(coordinated(text, position, tense))
    for clause in re.finditer(r";\s+", text[position:]):
        at = position + clause.end()
        word = next_word(text, at)
        if word is None or word.start() != at or word.group(0).lower() in PREP_GERUNDS:
            continue
        lemma_ = gerund_lemma(word.group(0))
        if lemma_ is None or is_also_noun(word.group(0).lower()):
            continue
        form = _present(lemma_, word.group(0)) if tense is Tense.PRESENT else _past(lemma_, word.group(0))
        edits += [Edit(word.start(), word.end(), form), *coordinated(text, word.end(), tense)]
    return edits


def _present(lemma_: str, word: str) -> str:
    prefix = word[: word.rfind("-") + 1] if "-" in word and "-" not in lemma_ else ""
    return prefix + verb_form(lemma_, Tense.PRESENT)


def _same_form(word: str, tense: Tense) -> str | None:
    """The lemma when `word` is a verb in the opener's form: a present form, or an -ing one."""
    if tense is Tense.GERUND:
        return gerund_lemma(word)
    tags = {tag for _, tag in language.verb_tags(word.lower())}
    if not tags or tags & {"VBD", "VBG"}:
        return None  # "led", "set": already past, or the same either way
    return base_verb(word) or (language.lemma(word) if "VBZ" in tags else None)


def _paired(text: str, position: int, tense: Tense) -> list[Edit]:
    """"develop and maintain": the verb joined to the one ending at `position`."""
    match = re.match(r"\s+(?:and|&)\s+([a-z][a-z-]*)\b", text[position:])
    if match is None:
        return []
    word = match.group(1)
    lemma_ = _same_form(word, tense)
    if lemma_ is None:
        return []
    following = next_word(text, position + match.end())
    if is_also_noun(word) and (following is None or re.fullmatch(r"[a-z]+[^s]s", following.group(0))):
        return []  # "plan and design reviews": a second task, or a noun?
    start = position + match.start(1)
    return [Edit(start, start + len(word), verb_form(lemma_, Tense.PAST, word))]
