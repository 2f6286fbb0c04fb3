"""Results: a bullet with no measurable result gets an explicit placeholder to fill in.

Never a number: the placeholder says where a number would go ("by [N]%") and the user
fills it or drops the suggestion. The wording follows the bullet's opening verb: a verb
that already says "more" or "less" takes "by [N]%", a verb about people takes a head
count, one about volume a rate, and the rest a result clause.
"""

from __future__ import annotations

import re

from skillgap import language
from skillgap.resume.dates import find_dates
from skillgap.suggest.edits import Edit

KIND_ADD_RESULT = "add-result"

CHANGE_VERBS = frozenset("""
increase improve grow boost raise expand accelerate speed strengthen enhance maximize maximise lift
reduce cut decrease lower shorten minimize minimise trim lessen slash
""".split())
PEOPLE_VERBS = frozenset("""
train mentor coach teach tutor supervise onboard hire recruit interview counsel advise instruct
""".split())
VOLUME_VERBS = frozenset("""
process answer resolve handle schedule screen inspect assess treat serve triage file review reconcile
ship deliver pick pack install repair sell close dispatch load unload transport book
""".split())
SAVING_VERBS = frozenset("""
automate streamline optimize optimise simplify consolidate fix resolve refactor tune migrate standardize
standardise digitize digitise replace troubleshoot debug repair audit clear eliminate
""".split())


# Verbs of an achievement, where a reader looks for its result; routine duties ("Took
# minutes", "Greeted patients", "Served customers") get no result placeholder.
ACHIEVEMENT_VERBS = CHANGE_VERBS | SAVING_VERBS | PEOPLE_VERBS | frozenset("""
build create design develop launch implement introduce lead redesign establish deliver negotiate rebuild
overhaul pilot found initiate spearhead transform modernize modernise revamp roll set start
generate save restructure
""".split())
# Words that already state an outcome without a number ("no accidents", "zero defects").
_OUTCOME = re.compile(r"\b(?:no|zero|without|every|award\w*|record|top|first|ranked|recogni[sz]ed|promoted)\b",
                      re.IGNORECASE)


# Set-up work and first versions: there is no "before" for a result to improve on.
_NO_BASELINE_LEMMAS = frozenset("set install configure prototype pilot".split())
_NO_BASELINE = re.compile(r"\b(?:prototypes?|proof[- ]of[- ]concept|poc|mock-?ups?|demos?|wireframes?|"
                          r"hackathon|coursework|thesis|assignment)\b", re.IGNORECASE)
# Things built that no figure measures: "Built strong neighborhood relationships",
# "Developed rapport with families" (a count of them is for the person to add, not a rate).
_INTANGIBLE = frozenset("""relationship relationships rapport trust partnership partnerships reputation friendship
friendships goodwill culture connection connections""".split())
# Where a clause appended at the end would hang off the wrong noun: a purpose ("to
# communicate insights to the board"), a participle ("dashboards used in weekly meetings").
_DANGLING = re.compile(r"(?<![\w-])(?:to\s+(?!date\b)[a-z]+|used|based|providing|including|which|that|who|where|"
                       r"while|so)\b")


def worth_a_result(text: str, tense: language.Tense) -> bool:
    """Whether a bullet (its opener already fixed) is an achievement a result belongs to:
    it opens with an achievement verb in its role's tense, states no outcome yet, is not
    set-up work or a first version, and the placeholder reads as part of the sentence."""
    verb = language.opening_verb(text)
    if verb is None or verb.lemma not in ACHIEVEMENT_VERBS or _OUTCOME.search(text):
        return False
    if text.rstrip().endswith((",", ";", ":", "-")) or find_dates(text) or len(text.split()) > 35:
        return False  # cut short, run into a role's dates, or long enough already
    if re.match(r"\s+(?:with|for|in|on|using|by|to|from)\b", text[verb.end :], re.IGNORECASE):
        return False  # "Built with a plugin architecture": describes a thing, not an achievement
    if verb.lemma in _NO_BASELINE_LEMMAS or _NO_BASELINE.search(text) or ";" in text:
        return False  # "Set up GA4 ...", "a prototype client", two tasks in one line
    if verb.lemma not in CHANGE_VERBS and _intangible(text[verb.end : _object_end(text, verb.end, len(text))]):
        return False  # "Built strong relationships ...": no metric to improve
    if verb.lemma not in CHANGE_VERBS and verb.lemma not in PEOPLE_VERBS and \
            (len(text.split()) > 18 or _DANGLING.search(text[verb.end :])):
        return False  # ", improving [metric]" would trail a long line or hang off its last noun
    if tense is language.Tense.PAST:
        return verb.tense in (language.Tense.PAST, language.Tense.AMBIGUOUS)
    return verb.tense is not language.Tense.GERUND


def _intangible(obj: str) -> bool:
    """Whether the verb's object is a thing no figure measures, by its head, the last word
    ("strong neighborhood relationships"; not "a trust-wide referral system", "the
    relationships schema")."""
    words = re.findall(r"[A-Za-z][\w-]*", obj)
    return bool(words) and words[-1].lower() in _INTANGIBLE


def has_result(text: str) -> bool:
    """Whether the bullet already measures something (dates do not count)."""
    for found in reversed(find_dates(text)):
        text = text[: found.span_start] + " " * (found.span_end - found.span_start) + text[found.span_end :]
    return language.has_metric(text)


REASON = "No measurable result: add one you can stand behind (fill in the brackets), or skip this"
COUNT_REASON = "How many? A number shows the scale of your work: fill in the one you can stand behind, or skip this"


def reason_for(edit: Edit) -> str:
    """What the placeholder asks for: a head count, or a result."""
    return COUNT_REASON if edit.replacement == "[N] " else REASON


def add_result_edit(text: str, lemma_: str | None = None, object_from: int = 0) -> Edit | None:
    """A placeholder for the bullet's result, or None when it has one or is not a task.

    `lemma_` is the verb the bullet opens with once its opener is fixed ("own" for
    "Responsible for ..."), and `object_from` where that fix ends in `text` (the verb's
    object follows); by default the verb the bullet opens with now, if any.
    """
    if has_result(text) or len(text.split()) < 4 or text.rstrip().endswith((":", "...", "…")) or \
            re.search(r"https?://|www\.", text):
        return None  # measured already, too short, cut short, or a link where the end would go
    verb_end = object_from
    if lemma_ is None:
        verb = language.opening_verb(text)
        if verb is None:
            return None  # "queue-metrics: a small exporter ...": a description, not a task
        lemma_, verb_end = verb.lemma, verb.end
    if lemma_ in ("be", "have"):
        return None  # "Was part of the team that ...": no task of the author's to measure
    end = len(text.rstrip())
    while end > 0 and text[end - 1] in ".;,":
        end -= 1
    tail = text[:end]
    if lemma_ in CHANGE_VERBS:
        if re.search(r"\bby\b", tail):
            return None  # "Improved X by doing Y": a second "improving" would repeat the verb
        at = _object_end(text, verb_end, end)
        if re.match(r"\s+(?:and|or)\b", text[at:end]):
            return None  # "Improved speed of analysis and visualization": "by [N]%" would split the object
        return Edit(at, at, " by [N]%")
    if lemma_ in PEOPLE_VERBS:
        return _head_count(text, verb_end)
    if lemma_ in VOLUME_VERBS:
        if not re.search(r"[a-z]s\b", text[verb_end : _object_end(text, verb_end, end)]):
            return None  # "Repaired my own shotgun", "Delivered care": no count to give
        return Edit(end, end, ", about [N] a [week/month]")
    if lemma_ in SAVING_VERBS:
        return Edit(end, end, ", reducing [metric] by [N]%")
    return Edit(end, end, ", improving [metric] by [N]%")


_OBJECT_STOP = re.compile(
    r"\s+(?=(?:for|to|in|on|at|with|from|into|across|within|through|via|using|and|or|while|during|after|"
    r"before|when|as|per|among|between|over|under|without)\b)|[,;:(]",
    re.IGNORECASE,
)


def _object_end(text: str, verb_end: int, end: int) -> int:
    """Where the verb's object ends: "Improved email open rates| through A/B testing"."""
    if verb_end == 0:
        verb = language.opening_verb(text)
        verb_end = verb.end if verb else 0
    stop = _OBJECT_STOP.search(text, verb_end, end)
    return stop.start() if stop else end


_NOT_A_COUNT = frozenset("""a an the our their his her my its this that these those all each every both several
many some few one two three four five six seven eight nine ten dozens hundreds""".split())


_PEOPLE = frozenset("""students pupils learners children adults patients clients customers staff people personnel
employees hires starters recruits trainees apprentices interns graduates juniors volunteers members colleagues
peers managers supervisors engineers developers analysts nurses technicians associates agents representatives reps
teachers tutors drivers workers operators cashiers servers assistants specialists accountants clerks caregivers aides
designers consultants coordinators contractors subcontractors electricians plumbers carpenters labourers laborers
pickers packers advisors advisers mentees athletes players cadets residents families parents users leaders""".split())
_PEOPLE_STOP = re.compile(r"\s+(?=(?:for|to|in|on|at|with|from|of|into|across|within|through|via|using|or|while|"
                          r"during|after|before|when|as|per|among|between|over|under|without|who|that)\b)|[,;:(.]",
                          re.IGNORECASE)


def _head_count(text: str, verb_end: int) -> Edit | None:
    """"Trained new hires" -> "Trained [N] new hires": a count before the people the bullet
    names, when they are a bare plural ("Coached the sales team" gets none)."""
    if verb_end == 0:
        verb = language.opening_verb(text)
        if verb is None:
            return None
        verb_end = verb.end
    paired = re.match(r"(?:\s+(?:and|&)\s+[a-z]+)?\s+", text[verb_end:])
    start = verb_end + (paired.end() if paired else 0)
    stop = _PEOPLE_STOP.search(text, start)
    words = re.findall(r"[\w’'-]+", text[start : stop.start() if stop else len(text)])
    if not words or words[0].lower() in _NOT_A_COUNT or not words[0][:1].isalnum():
        return None
    if words[0][:1].isdigit() and not re.fullmatch(r"\d+(?:st|nd|rd|th)-?", words[0]):
        return None  # already counted
    if len(words) > 6 or words[-1].lower() not in _PEOPLE:
        return None  # not people: "Taught diverse subjects", "Trained the team"
    return Edit(start, start, "[N] ")
