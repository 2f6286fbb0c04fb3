"""Openers: a duty ("Responsible for ...") or a weak verb ("Helped with ...") becomes an
action verb; a passive bullet ("Costs were reduced ...") becomes active.

Pure text transforms over one bullet's text. Verb forms come from lemminflect's lexicon
through `skillgap.lint.language`; the tense is the caller's choice (past for a past role,
the base form for the current one: "Manage the release process"). When a bullet can be
read two ways ("managing accounts and billing for clinics": is "billing" a task or a
noun?), no suggestion is made: a wrong rewrite costs more than a missing one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from skillgap import language
from skillgap.language import Tense
from skillgap.suggest.edits import (
    WORD,
    Edit,
    base_verb,
    capitalize,
    gerund_lemma,
    lower_first,
    next_word,
    participle_lemma,
    skip_spaces,
    verb_form,
)

KIND_ACTION = "action-verb"
KIND_ACTIVE = "active-voice"


@dataclass(frozen=True)
class OpenerFix:
    kind: str
    reason: str
    edits: tuple[Edit, ...]


# Nouns that name an action ("the design and implementation of X" -> "Designed and
# implemented X"): a lexical table, the verb forms still come from the lexicon.
NOMINALIZATIONS: dict[str, str] = {
    "administration": "administer", "analysis": "analyze", "assessment": "assess", "auditing": "audit",
    "construction": "construct", "coordination": "coordinate", "creation": "create", "delivery": "deliver",
    "design": "design", "development": "develop", "distribution": "distribute", "documentation": "document",
    "enforcement": "enforce", "evaluation": "evaluate", "execution": "execute", "facilitation": "facilitate",
    "implementation": "implement", "inspection": "inspect", "installation": "install",
    "integration": "integrate", "launch": "launch", "maintenance": "maintain", "management": "manage",
    "migration": "migrate", "monitoring": "monitor", "negotiation": "negotiate", "operation": "operate",
    "optimization": "optimize", "optimisation": "optimise", "organization": "organize",
    "organisation": "organise", "oversight": "oversee", "planning": "plan", "preparation": "prepare",
    "processing": "process", "procurement": "procure", "production": "produce", "recruitment": "recruit",
    "reconciliation": "reconcile", "repair": "repair", "review": "review", "scheduling": "schedule",
    "selection": "select", "supervision": "supervise", "testing": "test", "tracking": "track",
    "training": "train", "translation": "translate",
}
_NOMINAL = "|".join(sorted(NOMINALIZATIONS, key=len, reverse=True))
_NOMINAL_PHRASE = re.compile(
    rf"(?:the\s+)?(?:{_NOMINAL})(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?(?:{_NOMINAL}))*\s+of\s+",
    re.IGNORECASE,
)
PEOPLE = frozenset("""
team teams staff crew crews employees people nurses technicians analysts engineers developers associates
agents representatives reps volunteers interns students tutors teachers drivers workers operators cashiers
servers apprentices assistants specialists accountants clerks caregivers aides members reports designers
consultants coordinators managers supervisors contractors subcontractors tradespeople electricians
plumbers carpenters labourers laborers pickers packers warehouse-staff
""".split())
# ...and people one works with but does not lead: "Worked with the charge nurse" is
# "Partnered with", never "Used".
PARTNERS = PEOPLE | frozenset("""
nurse doctor doctors physician physicians surgeon surgeons pharmacist pharmacists therapist therapists
manager director directors executive executives leadership colleague colleagues peer peers faculty
client clients customer customers vendor vendors supplier suppliers partner partners stakeholder
stakeholders department departments parents families patients residents hr auditors recruiters counsel
attorneys lawyers architects officers
""".split())
_PEOPLE_STOP = frozenset("for in at on with to from across within by as per during through including".split())
# -ing words that introduce a phrase rather than a second task ("..., including X").
PREP_GERUNDS = frozenset("""
including using following regarding concerning according involving excluding pending considering
leveraging utilizing utilising spanning covering ranging serving
""".split())
# "... and invoicing team": the -ing word is a noun modifier, not a task.
COMPOUND_HEADS = frozenset("""
team teams process processes system systems department departments function functions operations
activities tool tools software platform platforms workflow workflows cycle cycles schedule schedules
report reports program programs programme programmes plan plans procedures procedure strategy strategies
pipeline pipelines services service materials sessions
""".split())
PREPOSITIONS = frozenset("for of in at on with to from across within by as per during into onto about".split())


class _Ambiguous(Exception):
    """The bullet reads two ways; make no suggestion."""


_FINITE_PAST = frozenset({"was", "were", "had", "included", "involved", "helped", "assisted", "worked",
                          "participated", "took", "handled", "dealt", "utilized", "utilised"})


def _tense_for(tense: Tense, phrase: str) -> Tense:
    """The tense of the new verb: the role's, except that a current role's bullet the
    author put in the past ("Helped ...", "Was responsible for ...", "Costs were cut")
    stays in the past: it tells of something done, and the rewrite keeps that fact."""
    words = phrase.lower().split()
    if tense is Tense.PRESENT and words and words[0] != "involved" and _FINITE_PAST & set(words):
        return Tense.PAST
    return tense


# --- duty openers ------------------------------------------------------------------------


def fix_opener(text: str, tense: Tense, proper: frozenset[str] = frozenset(), dated_past: bool = False
               ) -> OpenerFix | None:
    """The opener fix for a bullet, or None when its opening is fine (or unclear).
    `dated_past`: the bullet's role has dates that ended (its present tense is a slip)."""
    from skillgap.suggest import phrasing

    try:
        return (_duty(text, tense, proper) or _weak(text, tense, proper) or _passive(text, tense, proper)
                or phrasing.fix(text, tense, dated_past))
    except _Ambiguous:
        return None


def _duty(text: str, tense: Tense, proper: frozenset[str]) -> OpenerFix | None:
    phrase = language.duty_opener(text)
    if phrase is None or text[phrase.end : phrase.end + 1].isalnum():
        return None  # "Responsible forklift ...": the opener's pattern ends mid-word
    label = " ".join(phrase.text.split()).rstrip(" :")
    tense = _tense_for(tense, phrase.text)
    rest = skip_spaces(text, phrase.end)
    after_colon = rest < len(text) and text[rest] == ":"
    if after_colon or phrase.text.rstrip().endswith(":"):
        after_colon = True
        rest = skip_spaces(text, rest + (text[rest] == ":" if rest < len(text) else 0))
    reason = f"“{capitalize(label.lower())}” describes a duty: open with the verb for what you did"
    verbs = _verb_phrase(text, rest, tense)
    if verbs:
        first = Edit(phrase.start, verbs[0].end, capitalize(verbs[0].replacement))
        return OpenerFix(KIND_ACTION, reason, (first, *verbs[1:]))
    if rest >= len(text) or not (text[rest].isalnum() or text[rest] in "$€£"):
        return None
    lowered = label.lower()
    if _people(text, rest):
        verb = "lead"
    elif lowered.startswith(("duties", "responsibilities", "my duties", "my responsibilities", "role", "job",
                             "my role", "my job")):
        if lowered.startswith(("my role was", "my job was")):
            return None  # "My role was a mix of ..." has no task to name
        verb = "perform"
    else:
        verb = "own"
    replacement = capitalize(verb_form(verb, tense)) + " "
    edits = [Edit(phrase.start, rest, replacement)]
    if after_colon:
        lowered_np = lower_first(text[rest:], proper)
        if lowered_np[:1] != text[rest : rest + 1]:
            edits = [Edit(phrase.start, rest + 1, replacement + lowered_np[:1])]
    return OpenerFix(KIND_ACTION, reason, tuple(edits))


def _people(text: str, position: int, people: frozenset[str] = PEOPLE) -> bool:
    """Whether the noun phrase at `position` is about people ("a team of 6 nurses")."""
    for count, match in enumerate(re.finditer(r"[\w'’-]+|[,;:.()]", text[position:])):
        word = match.group(0).lower()
        if count > 6 or word in _PEOPLE_STOP or not word[0].isalnum():
            return False
        if word in people:
            return True
    return False


def _names_a_thing(text: str, position: int) -> bool:
    """Whether the words at `position` open with a name ("Excel", "Power BI", "SAP", "C++"),
    after an optional article: what "Worked with" can honestly become "Used" for."""
    words = re.findall(r"[\w+#.'’-]+", text[position:position + 80])
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return bool(words) and (words[0][:1].isupper() or any(c.isdigit() or c in "+#" for c in words[0]))


def _verb_phrase(text: str, position: int, tense: Tense) -> list[Edit]:
    """Edits turning the task at `position` into verbs: a gerund ("managing X and hiring
    Y"), an infinitive ("to coordinate X") or a nominalization ("the design of X")."""
    word = next_word(text, position)
    if word is None:
        return []
    if word.group(0).lower() == "to":
        verb = next_word(text, word.end())
        lemma_ = base_verb(verb.group(0)) if verb else None
        if verb is None or lemma_ is None:
            return []
        return [Edit(word.start(), verb.end(), verb_form(lemma_, tense)),
                *coordinated(text, verb.end(), tense, base=True)]
    lemma_ = gerund_lemma(word.group(0))
    if lemma_ is not None and word.group(0).lower() != "including":
        return [Edit(word.start(), word.end(), verb_form(lemma_, tense, word.group(0))),
                *coordinated(text, word.end(), tense)]
    nominal = _NOMINAL_PHRASE.match(text, word.start())
    if nominal:
        names = [n.lower() for n in re.findall(_NOMINAL, nominal.group(0), re.IGNORECASE)]
        forms = [verb_form(NOMINALIZATIONS[n], tense) for n in names]
        joined = forms[0] if len(forms) == 1 else ", ".join(forms[:-1]) + " and " + forms[-1]
        return [Edit(word.start(), nominal.end(), joined + " ")]
    return []


_CARED_FOR = frozenset("""patients residents clients customers students pupils guests visitors families children
people users travelers travellers passengers shoppers callers""".split())


def _noun_compound(text: str, word: re.Match[str]) -> bool:
    """An -ing word that is also a noun, followed by a bare plural noun: "lighting retrofits"."""
    from skillgap.language.verbs import is_also_noun

    if not is_also_noun(word.group(0)):
        return False
    following = next_word(text, word.end())
    if following is None or text[word.end() : following.start()].strip():
        return False
    noun = following.group(0).lower()
    if noun in PARTNERS:
        return True  # "nursing staff", "marketing team"
    return noun.endswith("s") and not noun.endswith("ss") and noun not in _NOT_VERBS


_COORDINATED = re.compile(r"(,\s+and\s+|,\s+|\s+and\s+|\s+&\s+)([A-Za-z-]+ing)\b")
_COORDINATED_BASE = re.compile(r"(,\s+and\s+|,\s+|\s+and\s+|\s+&\s+)([A-Za-z-]+)\b")
_PARTICLES = frozenset("up out down off over back in on away through".split())
_NOT_VERBS = frozenset("the a an and or to of for in on at with our their its his her my your all new".split())


def _noun_too(word: str) -> bool:
    verb = language.opening_verb(f"{word} the")
    return verb is None or verb.also_noun


def coordinated(text: str, position: int, tense: Tense, base: bool = False) -> list[Edit]:
    """Later verbs of the same list of tasks ("scheduling staff, ordering supplies and
    training new hires"; with `base`, "plan and run events"), converted only when the list
    ends with "and <verb>". A word that may be a noun right after the first verb's object
    ("plan meetings and travel") makes the bullet ambiguous."""
    if base:
        return _coordinated_base(text, position, tense)
    stop = re.search(r"[.;:](?:\s|$)", text[position:])
    limit = position + stop.start() if stop else len(text)
    found: list[tuple[bool, Edit]] = []
    task_ends = {position}  # where the gerunds read as tasks end
    for match in _COORDINATED.finditer(text, position, limit):
        if text.count("(", position, match.start()) != text.count(")", position, match.start()):
            continue  # inside brackets
        word = match.group(2)
        lemma_ = gerund_lemma(word)
        if lemma_ is None or word.lower() in PREP_GERUNDS:
            continue
        previous = re.search(r"([A-Za-z-]+)\W*$", text[:match.start()])
        if previous and previous.group(1).lower().endswith("ing") and previous.end(1) not in task_ends:
            continue  # "setting up monitoring and alerting": two nouns, one task
        following = next_word(text, match.end())
        follower = following.group(0).lower() if following else ""
        if follower in COMPOUND_HEADS:
            continue  # "billing and invoicing team"
        if follower in PREPOSITIONS:
            raise _Ambiguous(word)  # "accounts and billing for clinics": a task, or a noun?
        with_and = "and" in match.group(1) or "&" in match.group(1)
        task_ends.add(match.end(2))
        found.append((with_and, Edit(match.start(2), match.end(2), verb_form(lemma_, tense, word))))
    if not found:
        return []
    last_and = max((i for i, (with_and, _) in enumerate(found) if with_and), default=-1)
    if last_and < 0:
        return []  # ", ensuring X": a participle phrase, fine as written
    return [edit for i, (with_and, edit) in enumerate(found) if i <= last_and]


def _coordinated_base(text: str, position: int, tense: Tense) -> list[Edit]:
    stop = re.search(r"[.;:](?:\s|$)", text[position:])
    limit = position + stop.start() if stop else len(text)
    found: list[tuple[bool, Edit]] = []
    ends = {position}  # where a verb of the list ends (its particle included)
    for match in _COORDINATED_BASE.finditer(text, position, limit):
        word = match.group(2)
        lemma_ = base_verb(word)
        if lemma_ is None or word.lower() in _NOT_VERBS or not word[:1].islower():
            continue
        between = text[max(ends) : match.start()].split()
        adjacent = all(w.lower() in _PARTICLES for w in between)
        if not adjacent and _noun_too(word):
            raise _Ambiguous(word)  # "plan meetings and travel": a second task, or a second object?
        with_and = "and" in match.group(1) or "&" in match.group(1)
        following = next_word(text, match.end())
        end = match.end(2)
        if following is not None and following.group(0).lower() in _PARTICLES:
            end = following.end()
        ends.add(end)
        found.append((with_and, Edit(match.start(2), match.end(2), verb_form(lemma_, tense))))
    last_and = max((i for i, (with_and, _) in enumerate(found) if with_and), default=-1)
    return [edit for i, (_, edit) in enumerate(found) if i <= last_and]


# --- weak verbs ---------------------------------------------------------------------------

_REASONS = {
    "help": "“{0}” hides your part: open with what you did",
    "assist": "“{0}” is vague: say what you did, or “Supported” for a supporting part",
    "work-on": "“{0}” is vague: say what you did",
    "work-with": "“{0}” is vague: say how",
    "participate": "“{0}” only says you were there: say what you contributed",
    "handle": "“{0}” is vague: “Managed” says more",
    "use": "“{0}” is a long word for “Used”",
}


_WEAK_FAMILIES = (  # how a weak opener starts -> the family of its fix
    (("help",), "help"), (("assist",), "assist"), (("work",), "work"),
    (("participat", "took", "was", "were", "involved"), "participate"), (("handl", "dealt"), "handle"),
    (("utiliz", "utilis"), "use"),
)


def _weak_family(head: str, last: str) -> str | None:
    """The family of a weak opener; None for "did", "made", "tried to", "exposed to": only
    the author knows what happened."""
    for starts, family in _WEAK_FAMILIES:
        if head.startswith(starts):
            return ("work-on" if last == "on" else "work-with") if family == "work" else family
    return None


def _weak(text: str, tense: Tense, proper: frozenset[str]) -> OpenerFix | None:
    phrase = language.weak_verb(text)
    if phrase is None:
        return None
    words = phrase.text.lower().split()
    family = _weak_family(words[0], words[-1])
    if family is None:
        return None
    tense = _tense_for(tense, phrase.text)
    rest = skip_spaces(text, phrase.end)
    reason = _REASONS[family].format(capitalize(" ".join(phrase.text.split())))

    def replace_with(lemma_: str, end: int) -> OpenerFix:
        return OpenerFix(KIND_ACTION, reason, (Edit(phrase.start, end, capitalize(verb_form(lemma_, tense)) + " "),))

    if family in ("help", "assist", "work-on", "participate"):
        return _weak_with_object(text, phrase, family, words[-1], rest, tense, reason, replace_with)
    if family == "work-with":
        if _people(text, rest, PARTNERS):
            return replace_with("partner with", rest)
        # "Used Excel and Power BI", but not "Used the charge nurse": only a named thing is used
        return replace_with("use", rest) if _names_a_thing(text, rest) else None
    if family == "handle":
        return replace_with("manage", rest)
    return replace_with("use", rest)


def _weak_with_object(text: str, phrase, family: str, last: str, rest: int, tense: Tense, reason: str,
                      replace_with) -> OpenerFix | None:
    """"Helped (to) X", "Assisted with X", "Worked on X", "Participated in X": the verb that
    follows when there is one ("Helped build" -> "Built"), else a plainer opener."""
    verbs = _verb_phrase(text, rest, tense) if (last in ("with", "in", "on", "of") or family != "help") else []
    word = next_word(text, rest)
    if family == "assist" and word is not None and word.group(0).lower() in _CARED_FOR:
        return None  # "Assisted patients with ADLs": the work itself, not a vague part in it
    if verbs and word is not None and (last == "with" or family == "assist") and _noun_compound(text, word):
        verbs = []  # "Assisted with lighting retrofits", "Assist nursing staff": a noun, not a task
    if family == "participate" and verbs and gerund_lemma(text[rest:].split(" ", 1)[0]) is None:
        verbs = []  # "involved in the construction of X" is not "Constructed X": say "Contributed to"
    if family == "help" and last in ("helped", "help", "helps", "helping", "to"):
        verb = next_word(text, rest)
        lemma_ = base_verb(verb.group(0)) if verb else None
        if verb is None or lemma_ is None or verb.group(0)[:1].isupper():
            return None  # "Helped customers choose plans": whose action is it?
        verbs = [Edit(verb.start(), verb.end(), verb_form(lemma_, tense)),
                 *coordinated(text, verb.end(), tense, base=True)]
    if verbs:
        first = Edit(phrase.start, verbs[0].end, capitalize(verbs[0].replacement))
        return OpenerFix(KIND_ACTION, reason, (first, *verbs[1:]))
    # No task verb follows ("Assisted with lighting retrofits", "Worked on the annual audit"):
    # "Supported" or "Contributed to" would swap one vague verb for another, and only the
    # author knows what their part was. No suggestion beats a lateral one.
    return None


# --- passive voice ---------------------------------------------------------------------------

_AUX_TAIL = re.compile(r"\s+(?:has|have|had|is|are|was|were)\s*$", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:will|would|should|must|can|could|may|might|shall)\b", re.IGNORECASE)
_CLAUSE_WORDS = frozenset("that which who whom whose where when because while after before since if".split())
_QUANTITY = re.compile(
    r"(?:[$€£¥~≈<>]|\d|up\s+to\b|over\b|nearly\b|almost\b|about\b|approximately\b|around\b|roughly\b|more\s+than\b|"
    r"less\s+than\b|half\b|a\s+(?:third|quarter|half|factor)\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|"
    r"eight\b|nine\b|ten\b|twenty\b|fifty\b|hundred|thousand|million|double|triple|\w+ing\b)",
    re.IGNORECASE,
)


def _passive(text: str, tense: Tense, proper: frozenset[str]) -> OpenerFix | None:
    """"The release process was automated with X" -> "Automated the release process with X"."""
    phrase = language.is_passive(text)
    if phrase is None:
        return None
    start = skip_spaces(text, 0)
    subject = text[start : phrase.start]
    match = re.match(r"(\w+)\s+((?:\w+ly\s+|not\s+|also\s+)*)([A-Za-z-]+)$", phrase.text)
    if match is None or "not" in match.group(2).lower().split():
        return None
    be, adverbs, participle = match.group(1).lower(), match.group(2).split(), match.group(3)
    if be in ("been", "being"):
        tail = _AUX_TAIL.search(subject)
        if tail is None:
            return None
        subject = subject[: tail.start()]
        be = "was" if be == "been" else tail.group(0).strip().lower()  # "has been cut": done, so past
    tense = _tense_for(tense, be)
    subject = subject.strip()
    words = subject.split()
    if not words or len(words) > 8 or re.search(r"[,;:]", subject) or _MODAL.search(subject):
        return None
    if any(w.lower().strip("()") in _CLAUSE_WORDS for w in words):
        return None  # "Built a tool that was adopted by 5 teams": the subject is not the author's work
    opener = language.opening_verb(subject)
    if opener is not None and opener.tense in (Tense.PAST, Tense.GERUND) and not opener.also_noun:
        return None  # the bullet already opens with a verb
    lemma_ = participle_lemma(participle)
    if lemma_ is None:
        return None
    end = phrase.end
    agent = re.match(r"\s+by\s+(\S+(?:\s+\S+)?)", text[end:])
    if agent:
        who = agent.group(1).lower()
        if re.match(r"(?:me|myself)\b", who):
            end += len(re.match(r"\s+by\s+(?:me|myself)\b", text[end:]).group(0))  # type: ignore[union-attr]
        elif not _QUANTITY.match(who):
            return None  # "was approved by the board": someone else did it
    verb = verb_form(lemma_, tense)
    lead = " ".join(adverbs + [verb]) if adverbs else verb
    replacement = capitalize(lead) + " " + lower_first(subject, proper)
    return OpenerFix(KIND_ACTIVE, f"Passive voice (“{' '.join(phrase.text.split())}”) hides who did it: "
                                  "you did, so open with the verb", (Edit(start, end, replacement),))


def starts_with_verb(text: str) -> bool:
    """Whether a rewrite opens with a capitalised verb form ("Managed", "Own", "Set up"),
    after adverbs such as "Successfully"."""
    stripped = text.lstrip()
    if not stripped[:1].isupper():
        return False
    for count, word in enumerate(WORD.finditer(stripped)):
        core = word.group(0).lower().rsplit("-", 1)[-1]
        if count < 2 and core.endswith("ly") and len(core) > 4 and not language.verb_tags(core):
            continue
        return bool(language.verb_tags(core)) or language.tense_of(core) is not None
    return False
