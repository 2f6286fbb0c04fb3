"""Bullet language: what a bullet opens with, its tense, passive voice, metrics, clichés.

A small reusable API shared by the linter and the rewrite feature. Every function takes
one bullet's text (without its marker) and returns plain values or `Phrase`s whose
offsets index into that text, so callers can add the bullet's own start offset.

Verb forms, lemmas and inflection live in `verbs.py` beside this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from skillgap.language.verbs import (
    Tense,
    guess_oov,
    is_also_noun,
    last_part,
    tense_from_tags,
    verb_tags,
)


@dataclass(frozen=True)
class Phrase:
    """A phrase found in a text: `text[start:end]`, with an optional suggestion."""

    start: int
    end: int
    text: str
    kind: str = ""
    suggestion: str = ""


@dataclass(frozen=True)
class Verb:
    """The verb a bullet opens with."""

    start: int
    end: int
    text: str
    lemma: str
    tense: Tense
    also_noun: bool = False  # "Test", "Lead", "Support": read as a noun in some bullets
    known: bool = True  # found in the lexicon (False: guessed from an -ed / -ing ending)


# --- opening words -------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_LEAD_IN = re.compile(r"^[\s•·▪◦●○■□►▶▸✓✔➢➤❖◆◇★☆‣⁃∙*+–—\-:>\"“”'‘’(\[]*")
# Words that may stand before the verb without changing it: "Successfully led".
_SKIPPABLE = frozenset({"also", "then", "personally", "jointly", "independently", "single-handedly"})
# After a base-form word that is also a noun, these show it is the noun ("Lead developer").
_NOUN_FOLLOWERS = frozenset("""
developer developers engineer engineers designer designers analyst analysts architect architects
nurse nurses consultant consultants manager managers role position contact author maintainer
for on of in at to from within across is was were are has had 's
""".split())


# Words that open a verb's object: after "Lead", "Design", "Support" (nouns too) they show
# the verb ("Lead the team", "Support 40 stores"); anything else may be a noun phrase.
_OBJECT_STARTERS = frozenset("""
the a an and our their his her its my your all each every both new over more up out with across into
multiple several various weekly daily monthly quarterly annual internal external end-to-end cross-functional
two three four five six seven eight nine ten twelve twenty dozens hundreds thousands junior senior
""".split())


def _starts_object(text: str, position: int) -> bool:
    rest = text[_skip_spaces(text, position) :]
    if rest[:1].isdigit() or rest[:1] in "$€£":
        return True
    return _next_word(text, position) in _OBJECT_STARTERS


# Singular nouns that end a short opening phrase naming what the person was ("Reach and
# counterbalance truck driver", "Night shift team leader"). A verb's object would be plural
# or take a determiner ("Train new operators", "Lead the driver team").
_ROLE_NOUNS = frozenset("""
driver operator technician assistant specialist officer leader supervisor coordinator
""".split()) | frozenset(w for w in _NOUN_FOLLOWERS if len(w) > 4 and w.endswith(("er", "or", "ist", "nt")))
DETERMINERS = frozenset("the a an our their his her its my your each every all".split())
_CLAUSE_END = re.compile(r"[;:,.(\n]|\s[–—-]\s")


def _names_a_role(text: str, position: int) -> bool:
    """The opening clause is a short noun phrase ending in a singular role noun."""
    end = _CLAUSE_END.search(text, position)
    words = [w.lower() for w in _WORD.findall(text[position : end.start() if end else len(text)])]
    return 2 <= len(words) <= 6 and words[-1] in _ROLE_NOUNS and not DETERMINERS & set(words)


def opening_verb(text: str) -> Verb | None:
    """The verb a bullet starts with, after adverbs like "Successfully"; None otherwise."""
    lead = _LEAD_IN.match(text)
    position = lead.end() if lead else 0
    for _ in range(3):
        word = _WORD.match(text, position)
        if word is None:
            return None
        token = word.group(0).rstrip("'’-")
        lowered = token.lower()
        if lowered in _SKIPPABLE or (lowered.endswith("ly") and len(lowered) > 4 and not verb_tags(lowered)):
            position = _skip_spaces(text, word.end())
            continue
        if token.isupper() and len(token) > 1:
            return None  # an acronym: "AWS migration ..."
        core = last_part(token)
        pairs = verb_tags(core)
        if pairs:
            tags = frozenset(tag for _, tag in pairs)
            tense = tense_from_tags(tags)
            noun = is_also_noun(core)
            following = _next_word(text, word.end())
            if noun and tense is Tense.PRESENT and following in _NOUN_FOLLOWERS:
                return None  # "Lead developer for ...", "Support for ..."
            if noun and tags <= {"VB", "VBP"} and not _starts_object(text, word.end()):
                return None  # "Project manager for ...", "Team lead ...", "Test plans ...": a noun phrase
            if noun and tense is Tense.PRESENT and _names_a_role(text, word.start()):
                return None  # "Reach and counterbalance truck driver; ...": a role, not a verb
            return Verb(word.start(), word.start() + len(token), token, pairs[0][0], tense, noun)
        guessed = guess_oov(core)
        if guessed:
            return Verb(word.start(), word.start() + len(token), token, guessed[0], guessed[1], False, False)
        return None
    return None


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t,":
        position += 1
    return position


def _next_word(text: str, position: int) -> str:
    word = _WORD.match(text, _skip_spaces(text, position))
    return word.group(0).lower() if word else ""


# --- duty openers and weak verbs -------------------------------------------------------

_DUTY = re.compile(
    r"(?:responsible\s+for|responsibilities\s+(?:included|include|were|are)|tasked\s+with|"
    r"duties\s+(?:included|include|were|are)|in\s+charge\s+of|accountable\s+for|charged\s+with|"
    r"my\s+(?:role|job|duties|responsibilities)\s+(?:was|were|included|involved)|"
    r"(?:role|job)\s+(?:involved|included)|was\s+responsible\s+for|duties\s*:|"
    r"responsibilities\s*:)(?!\w)",  # a whole phrase: not "in charge offshore"
    re.IGNORECASE,
)

# opener (lowercase, as a regex over the start) -> suggestion
_WEAK = (
    (r"helped(?:\s+(?:to|with|in))?|helping(?:\s+(?:to|with))?|help(?:s)?(?:\s+(?:to|with))?",
     "say what you did yourself: Built, Cut, Designed, Enabled, Trained ..."),
    (r"assisted(?:\s+(?:with|in))?|assisting(?:\s+(?:with|in))?|assist(?:s)?(?:\s+(?:with|in))?",
     "name your part: Supported, Co-led, Prepared, Drafted ..."),
    (r"worked\s+on|working\s+on|work\s+on|worked\s+with|working\s+with",
     "say what you did: Built, Developed, Designed, Delivered ..."),
    (r"participated\s+in|participating\s+in|took\s+part\s+in|was\s+part\s+of|were\s+part\s+of",
     "say what you contributed: Contributed X to, Co-led, Presented ..."),
    (r"(?:was\s+|were\s+)?involved\s+(?:in|with)", "say what you did in it: Led, Built, Ran ..."),
    (r"handled|handling|dealt\s+with", "be specific: Managed, Resolved, Processed, Negotiated ..."),
    (r"did|done|made|got|tried\s+to|attempted\s+to", "use a precise verb: Built, Produced, Won, Delivered ..."),
    (r"utilized|utilised|utilizing|utilising", "'Used' says the same; better, say what it achieved"),
    (r"exposed\s+to|gained\s+exposure\s+to", "say what you did with it: Used X to ..."),
)
_WEAK_RE = [(re.compile(rf"(?:{pattern})\b", re.IGNORECASE), hint) for pattern, hint in _WEAK]


def _body_start(text: str) -> int:
    lead = _LEAD_IN.match(text)
    return lead.end() if lead else 0


def duty_opener(text: str) -> Phrase | None:
    """"Responsible for ...", "Tasked with ...", "Duties included ..." at the start."""
    start = _body_start(text)
    match = _DUTY.match(text, start)
    if match is None:
        return None
    return Phrase(match.start(), match.end(), match.group(0), "duty",
                  "start with what you achieved: 'Managed a team of 6', not 'Responsible for managing'")


def weak_verb(text: str) -> Phrase | None:
    """A weak or vague opening verb ("Helped", "Worked on", "Assisted with")."""
    start = _body_start(text)
    for pattern, hint in _WEAK_RE:
        match = pattern.match(text, start)
        if match and match.group(0).lower().startswith(("assist", "help")) and _next_word(text, match.end()) in _SERVED:
            return None  # "Assisted patients with ADLs": the care itself, not a vague helping hand
        if match:
            return Phrase(match.start(), match.end(), match.group(0), "weak-verb", hint)
    return None


# The people a care or service role serves: assisting them is the job's concrete work
# ("Assisted patients with ADLs", "Helped customers with returns"), unlike assisting a
# colleague or "helping with" a task, which hides the person's own part.
_SERVED = frozenset("""
patients patient residents resident clients client customers customer guests guest passengers
pupils students learners children families visitors tenants shoppers callers
""".split())


# --- passive voice ------------------------------------------------------------------------

_BE = re.compile(r"\b(am|is|are|was|were|be|been|being)\s+((?:\w+ly\s+|not\s+|also\s+)*)([A-Za-z]+)\b",
                 re.IGNORECASE)
# Participles that are praise, adjectives or idioms rather than hidden agents.
_PASSIVE_OK = frozenset("""
promoted awarded selected recognized recognised named elected chosen invited nominated ranked hired
recruited appointed
featured certified licensed based located interested involved experienced skilled qualified
dedicated committed focused required expected supposed used tasked responsible known able
honored honoured accepted admitted published granted
""".split())


def passive_phrases(text: str) -> list[Phrase]:
    """Every "was/were/been + participle" in `text` ("was migrated", "were reduced")."""
    found = []
    for match in _BE.finditer(text):
        word = match.group(3).lower()
        if word in _PASSIVE_OK:
            continue
        tags = {tag for _, tag in verb_tags(word)}
        participle = "VBN" in tags or (not tags and (guess_oov(word) or ("", None))[1] is Tense.PAST)
        if participle and not (tags & {"VBG"}) and not word.endswith("ing"):
            found.append(Phrase(match.start(), match.end(), match.group(0), "passive",
                                "say who did it: 'Reduced costs 20%', not 'Costs were reduced by 20%'"))
    return found


def is_passive(text: str) -> Phrase | None:
    """The first passive construction in `text`, or None."""
    found = passive_phrases(text)
    return found[0] if found else None


# --- metrics -------------------------------------------------------------------------

_METRIC = re.compile(
    r"""
    [$€£¥₹]\s?\d                                   # money
    | \d[\d,.]*\s?(?:%|percent|pct\b|x\b|×|k\b|m\b|bn\b|mm\b)  # percentages, multiples, 10k
    | (?<![\w.\-/])\d[\d,.]*\+?(?![\w/]|[-–]\d)         # a bare number (not EC2, 03/2019)
    | \b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|
          forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|
          dozen|dozens|double|doubled|doubling|tripled|tripling|quadrupled|halved|halving|
          first|largest|fastest|zero)\b
    | \b(?:medals?|medallists?|medalists?|(?:semi-)?finalists?|runners?-up|winners?)\b  # a placing won
    | \bfrom\s+(?:hourly|daily|weekly|biweekly|monthly|quarterly|yearly|annual|annually|nightly|
                 seconds|minutes|hours|days|weeks|months|years)\s+to\s+\w+    # "from weekly to daily"
    """,
    re.IGNORECASE | re.VERBOSE,
)
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")


def has_metric(text: str) -> bool:
    """Whether `text` quantifies something (a number, a percentage, money, "doubled"), or
    ranks it: a placing in a competition ("championship medal", "Munster finalist") is a
    result as measured as "the first" or "the largest"."""
    for match in _METRIC.finditer(text):
        token = match.group(0).strip().rstrip("+")
        if _YEAR_ONLY.match(token):
            continue  # "in 2019" dates a thing, it does not measure it
        return True
    return False


# --- first person and clichés ---------------------------------------------------------

_FIRST_PERSON = re.compile(
    r"(?<![\w/-])(?:I['’](?:m|ve|d|ll)\b|I(?=\s+[a-z])|[Mm]y|[Mm]e|[Mm]yself|[Mm]ine)(?![\w/-])"
)
_NOT_PRONOUN_BEFORE = re.compile(r"(?:level|phase|type|class|grade|tier|stage|part|title|chapter|war|step)\s*$",
                                 re.IGNORECASE)

_NAME_BEFORE = re.compile(r"\w[\w,]*\s+[A-Z][a-z]+\s+$")  # a capitalised word inside the sentence
_AND_AFTER = re.compile(r"\s+(?:and|or|&)\s+[A-Z]")  # "Algebra I and Geometry", "I and II"


# A capitalised word right before, itself not opening the text or a sentence
_TITLE_WORD_BEFORE = re.compile(r"[^.!?:;\s]\s+[A-Z][\w']*\s+$")
# Words between double quotation marks: someone else's words or a title ("This is me")
_QUOTATION = re.compile(r"[\"“][^\"“”]*[\"”]")


def first_person(text: str) -> list[Phrase]:
    """"I", "my", "me", "myself" used as pronouns ("Level I trauma centre" is not one)."""
    found = []
    quoted = [quotation.span() for quotation in _QUOTATION.finditer(text)]
    for match in _FIRST_PERSON.finditer(text):
        word = match.group(0)
        if any(start < match.start() < end for start, end in quoted):
            continue  # the writer quotes a title or someone's words, and does not speak
        if word.startswith("I") and _NOT_PRONOUN_BEFORE.search(text[: match.start()]):
            continue
        if word == "I" and _NAME_BEFORE.search(text[: match.start()]) and _AND_AFTER.match(text, match.end()):
            continue  # "Taught Algebra I and Geometry": the numeral of a course's or a war's name
        if word.lower() == "me" and text[match.start() - 1 : match.start()] == ".":
            continue
        if word in ("Me", "My") and _TITLE_WORD_BEFORE.search(text[: match.start()]):
            continue  # a capital mid-sentence after a capitalised word: a name ("MoMA's Meet Me", "Find My Phone")
        found.append(Phrase(match.start(), match.end(), word, "first-person",
                            "drop the pronoun: 'Led the migration', not 'I led the migration'"))
    return found


BUZZWORDS: dict[str, str] = {
    "team player": "show a result you reached with others",
    "synergy": "say what the teams achieved together",
    "synergies": "say what the teams achieved together",
    "synergize": "say what the teams achieved together",
    "results-driven": "show a result instead",
    "results driven": "show a result instead",
    "results-oriented": "show a result instead",
    "results oriented": "show a result instead",
    "detail-oriented": "show an example of the care you took",
    "detail oriented": "show an example of the care you took",
    "go-getter": "show what you went and got",
    "think outside the box": "name the unusual solution",
    "thinking outside the box": "name the unusual solution",
    "thinks outside the box": "name the unusual solution",
    "thought outside the box": "name the unusual solution",
    "outside-the-box": "name the unusual solution",
    "self-starter": "show something you started unprompted",
    "self starter": "show something you started unprompted",
    "hard worker": "show what the hard work produced",
    "hard-working": "show what the hard work produced",
    "hardworking": "show what the hard work produced",
    "highly motivated": "show what the motivation produced",
    "self-motivated": "show what the motivation produced",
    "proven track record": "state the record: the numbers",
    "best of breed": "say what made it better",
    "best-of-breed": "say what made it better",
    "thought leader": "name the talks, papers or standards",
    "thought leadership": "name the talks, papers or standards",
    "rockstar": "say what you are good at",
    "rock star": "say what you are good at",
    "ninja": "say what you are good at",
    "wear many hats": "name the hats",
    "wore many hats": "name the hats",
    "hit the ground running": "show how fast you delivered",
    "move the needle": "say what moved, and by how much",
    "value-add": "say what value",
    "go-to person": "say what people came to you for",
    "people person": "show how you work with people",
    "works well under pressure": "show a deadline you met",
    "work well under pressure": "show a deadline you met",
    "strategic thinker": "name a strategy you shaped",
    "dynamic professional": "say what you do",
    "seasoned professional": "say how many years, doing what",
    "passion for excellence": "show the excellence",
    "excellent communication skills": "show it: a talk, a document, a negotiation",
    "excellent communicator": "show it: a talk, a document, a negotiation",
    "motivated individual": "say what you do",
    "dynamic individual": "say what you do",
    "leverage synergies": "say what the teams achieved together",
}
_BUZZ_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(b).replace(r"\ ", r"[\s-]+") for b in sorted(BUZZWORDS, key=len, reverse=True))
    + r")(?!\w)",  # a hyphen may follow: "synergy-focused"
    re.IGNORECASE,
)


def buzzwords(text: str) -> list[Phrase]:
    """Clichés that recruiters skip ("team player", "synergy", "results-driven")."""
    found = []
    for match in _BUZZ_RE.finditer(text):
        key = re.sub(r"[\s-]+", " ", match.group(0).lower())
        hint = next((v for k, v in BUZZWORDS.items() if re.sub(r"[\s-]+", " ", k) == key), "show, don't tell")
        found.append(Phrase(match.start(), match.end(), match.group(0), "buzzword", hint))
    return found


def word_count(text: str) -> int:
    return len(re.findall(r"\S+", text))
