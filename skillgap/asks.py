"""Asks a posting states without a taxonomy name: the duties and requirements a recruiter
reads as such ("receiving deliveries", "scanning documents", "monitoring waiting times",
"prior experience in the public sector").

The taxonomy names a minority of what office, care, trades and finance postings ask (README
"Gap benchmark"). This finds two plain shapes of ask in the posting's own words, sentence by
sentence, outside the employer's blurb, benefits and legal text (`ingest/posting.py`):

- a duty: a gerund phrase of a list of tasks ("Key tasks include answering the telephone,
  resolving patient queries, booking rooms"), cut at its first preposition ("receiving
  deliveries of PPE stock" -> "receiving deliveries"), split at "and" before another gerund;
- an experience or knowledge ask: the object of "experience in/of/with", "knowledge of",
  "understanding of", "familiarity with" ("prior experience in the public sector" ->
  "public sector").

A lone gerund phrase in running prose counts only inside a requirements or duties section
(an employer's "revolutionising the future of play" is no duty); a phrase of one word or
more than six, or one that holds a skill the taxonomy found, is left out (the skill is the
item). Whether the résumé shows an ask is decided by its content words
(`own_words.py`, `gap.judge_free`). Offsets are character offsets into the posting's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from skillgap.ingest.posting import boilerplate_spans, inside, sentences
from skillgap.types import Analysis, Importance, MatchMethod, Mention, SectionKind

_NOT_ASKED = frozenset({SectionKind.ABOUT, SectionKind.BENEFITS, SectionKind.APPLY})
_ASK_SECTIONS = frozenset({SectionKind.REQUIREMENTS, SectionKind.RESPONSIBILITIES, SectionKind.PREFERRED})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Where one ask of a list ends: commas, semicolons, bullets, brackets, colons, slashes
# between phrases are kept ("booking / changing appointments").
_SEGMENT_BREAK = re.compile(r"\s*(?:[,;•·▪●:()\[\]]|\s-\s|\.\s|\.$)\s*")
_AND_GERUND = re.compile(r"\s+(?:and|or|as well as)\s+(?=[a-z]+ing\b)", re.IGNORECASE)
# A phrase ends at its first preposition or clause word: its core is what comes before.
_STOP = frozenset("""
for to in into within across at on by from with without via through throughout under over up as when where
while which who that whilst including such e.g etc per around so is are be will would should can could may
you your we our us they them their it its this these those he she his her
been was were has have had
""".split())
_LEAD_INS = re.compile(
    r"^(?:.*?\b(?:tasks?|duties|responsibilities|activities|role)\s+(?:will\s+)?(?:include|includes|including|involve"
    r"|involves|are|is)\s+|(?:and|or|also|including|include|includes|as well as|be)\s+)",
    re.IGNORECASE,
)
_EXPERIENCE_OF = re.compile(
    r"\b(?:experience|experienced|knowledge|understanding|familiarity|background|expertise|proficiency|grounding)"
    r"\s+(?:of|in|with|within|across)\s+(?:the\s+|a\s+|an\s+)?",
    re.IGNORECASE,
)
# Gerunds that frame a sentence rather than name a task.
_FRAME_GERUNDS = frozenset("""
using including being having making getting doing following according regarding concerning depending
starting joining looking seeking working becoming wishing applying hoping coming going taking giving
ensuring enabling allowing encouraging exciting existing outstanding interesting challenging rewarding
closing barring surrounding changing resulting encompassing underpinning understanding during pending
utilising utilizing leveraging gaining
""".split())
_DETERMINERS = frozenset("the a an all any our their your its this these those other others some".split())
_GENERIC = frozenset("""
skill skills ability abilities good strong excellent proven great high highly level relevant previous prior
experience knowledge understanding work working various new key range wide variety appropriate effective
""".split())
_TRAILING = _DETERMINERS | {"and", "or", "of", "new", "more", "other", "all"}
MIN_WORDS, MAX_WORDS = 2, 6


@dataclass(frozen=True)
class FreeAsk:
    """One ask in the posting's own words."""

    phrase: str  # as the posting wrote it (spaces normalised)
    start: int
    end: int
    importance: Importance
    line: int  # 1-based line in the posting

    @property
    def subject(self) -> str:
        """The phrase without the words that frame it ("Consulting experience" -> "Consulting"):
        a résumé shows an ask through its subject, not through "experience" (or, by a crude
        word family, "experiment")."""
        return _FRAMING.sub(" ", self.phrase).strip() or self.phrase


# The framing words of an ask, as `FreeAsk.subject` drops them (a subset of `_GENERIC`,
# which also counts vague words when asks are found).
_FRAMING = re.compile(r"\b(?:experience[ds]?|knowledge|understanding|familiarity|background|exposure)\b",
                      re.IGNORECASE)


@lru_cache(maxsize=8)
def free_asks(posting: Analysis) -> tuple[FreeAsk, ...]:
    """The posting's asks that no taxonomy skill covers, once each, in text order
    (remembered: the rewrites rescore many versions of a résumé against one posting)."""
    from skillgap.requirements import importance_at

    text, sections = posting.document.text, posting.sections
    boilerplate = boilerplate_spans(text)
    covered = [(m.start, m.end) for m in posting.mentions]
    out: list[FreeAsk] = []
    seen: set[str] = set()
    for start, end in sentences(text):
        if sections.kind_at(start) in _NOT_ASKED or inside(boilerplate, start):
            continue
        for phrase_start, phrase_end in _phrases(text, start, end, sections.kind_at(start)):
            if any(s < phrase_end and phrase_start < e for s, e in covered):
                continue
            phrase = " ".join(text[phrase_start:phrase_end].split())
            key = phrase.casefold()
            if key in seen:
                continue
            seen.add(key)
            probe = Mention("", phrase_start, phrase_end, phrase, MatchMethod.EXACT, "", 1.0)
            out.append(FreeAsk(phrase, phrase_start, phrase_end, importance_at(posting, probe),
                               posting.document.source_position(phrase_start)[0]))
    return tuple(out)


def _phrases(text: str, start: int, end: int, kind: SectionKind) -> list[tuple[int, int]]:
    """(start, end) of each ask in the sentence at [start, end)."""
    found = []
    for match in _EXPERIENCE_OF.finditer(text, start, end):
        core = _core(text, match.end(), end, gerund=False)
        if core:
            found.append(core)
    duties = []
    position = start
    for brk in [*_SEGMENT_BREAK.finditer(text, start, end), None]:
        seg_end = brk.start() if brk is not None else end
        for part_start, part_end in _split_and(text, position, seg_end):
            lead = _LEAD_INS.match(text, part_start, part_end)
            core = _core(text, lead.end() if lead else part_start, part_end, gerund=True)
            if core and not any(s <= core[0] < e for s, e in found):
                duties.append(core)
        if brk is not None:
            position = brk.end()
    # a lone gerund phrase in running prose is as often the employer's ("revolutionising
    # the future of play") as a duty; a list of them, or a requirement line, is the job
    if len(duties) >= 2 or kind in _ASK_SECTIONS:
        found += duties
    for match in _PRODUCT_LIST.finditer(text, start, end):
        found += _named_products(text, match.end(), end)
    return found


# Products a posting names in a list after a kind of software: "computer systems including
# Bluespier, eRS, PAS, Patient Centre, Dictate I.T. and others" -> one ask each.
_PRODUCT_LIST = re.compile(r"\b(?:systems?|software|packages?|applications?|apps|tools|platforms?)\s+"
                           r"(?:including|such\s+as|like|e\.g\.?|for\s+example)\s*:?\s*", re.IGNORECASE)
_LIST_ITEM = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|&)\s+|/\s*)")
# Capitalised words that are no product's name: a sentence's next words, days, months, titles.
_NOT_A_NAME = frozenset("""the a an you we this these our it they he she i if when please
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december dr mr mrs ms miss prof""".split())
_NAME_WORD = re.compile(r"(?:[A-Z][\w.+&'’-]*|[a-z]+[A-Z][\w.+&'’-]*|\d[\w.+-]*)")  # "Bluespier", "eRS", "365"


def _named_products(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each product's name in the list at `start`: names of one to three
    words, each capitalised (or an acronym, or a word with a capital inside, "eRS"), up to
    the first item that is none ("and others", "etc."). A list of two names or more only:
    one name after "such as" may be an example of anything."""
    out: list[tuple[int, int]] = []
    position = start
    while position < end:
        words = []
        cursor = position
        while cursor < end:
            word = _NAME_WORD.match(text, cursor, end)
            bare = word.group().rstrip(".") if word else ""
            if word is None or bare.rstrip("'’").lower() in _NOT_A_NAME or bare.endswith(("'s", "’s")):
                break  # a sentence's next word, a day, a title, a possessive ("Spencer's")
            words.append(word)
            cursor = word.end()
            if cursor < end and text[cursor] == " " and _NAME_WORD.match(text, cursor + 1, end) \
                    and not _LIST_ITEM.match(text, cursor, end):
                cursor += 1
                continue
            break
        if not words or len(words) > 3:
            break
        name_end = words[-1].end()
        if text[name_end - 1] == "." and "." not in text[words[0].start() : name_end - 1]:
            name_end -= 1  # "SystmOne." ends its sentence; "Dictate I.T." keeps its dots
        out.append((words[0].start(), name_end))
        separator = _LIST_ITEM.match(text, words[-1].end(), end)
        if separator is None or separator.end() == words[-1].end():
            break
        position = separator.end()
    return out if len(out) >= 2 else []


def _split_and(text: str, start: int, end: int) -> list[tuple[int, int]]:
    parts, position = [], start
    for match in _AND_GERUND.finditer(text, start, end):
        parts.append((position, match.start()))
        position = match.end()
    parts.append((position, end))
    return parts


def _core(text: str, start: int, end: int, *, gerund: bool) -> tuple[int, int] | None:
    """The phrase from `start` up to its first preposition or clause word, when it has the
    shape of an ask: a task gerund and its object, or (`gerund` False) a noun phrase."""
    from skillgap.language.verbs import verb_tags

    words = list(_WORD.finditer(text, start, end))
    while words and words[0].group().lower() in _DETERMINERS:
        words.pop(0)
    if not words:
        return None
    first = words[0].group().lower()
    if gerund and (not first.endswith("ing") or first in _FRAME_GERUNDS
                   or not any(tag == "VBG" for _, tag in verb_tags(first))):
        return None
    if not gerund and len(words) > 2 and words[0].group().lower() in _PARTS_OF and words[1].group().lower() == "of":
        inner = _core(text, words[2].start(), end, gerund=False)  # "all areas of grant claims" -> "grant claims"
        if inner is not None:
            return inner
    kept = []
    for index, word in enumerate(words):
        lower = word.group().lower()
        joined = not kept or not text[kept[-1].end():word.start()].strip(" /&-")
        if lower in _STOP or lower.endswith("ly") or not joined or _ends_noun_phrase(words, index, gerund) \
                or (lower in _BEFORE_TO and index + 1 < len(words) and words[index + 1].group().lower() == "to"):
            break
        kept.append(word)
    # "roster processes enabling staff ...": a framing gerund right after a noun opens a
    # clause of its own ("booking / changing appointments", "improving existing code" keep theirs)
    cut = next((i for i in range(1, len(kept)) if kept[i].group().lower() in _FRAME_GERUNDS
                and not kept[i - 1].group().lower().endswith("ing")
                and not text[kept[i - 1].end():kept[i].start()].strip()), len(kept))
    kept = kept[:cut]
    while kept and kept[-1].group().lower() in _TRAILING:
        kept.pop()
    last = kept[-1].group().lower() if kept else ""
    if not MIN_WORDS <= len(kept) <= MAX_WORDS or last == "attention" or last in _OFFERED \
            or (last in _AMOUNTS and _OF.match(text, kept[-1].end())) \
            or (last in _ROLES and kept[0].group().lower() == "playing"):
        return None
    content = [w for w in kept if w.group().lower() not in _GENERIC | _DETERMINERS]
    if not content or (not gerund and all(w.group().lower().endswith("ing") for w in content)):
        return None
    if gerund and kept[0].group().lower() in _EMPTY_VERBS and last in _VAGUE_HEADS \
            and all(w.group().lower() in _VAGUE_OBJECT for w in kept[1:]):
        return None  # "providing support", "developing relationships": a task with no subject matter
    if kept[0].group().lower() in _GOING and all(_titled(w.group()) for w in kept[1:]):
        return None  # "covering Redditch", "visiting Kidderminster": places, not a task
    return kept[0].start(), kept[-1].end()


# A task that names no subject matter: a verb that says only that something is done, and an
# object with the words that only grade it ("providing direction and support", "delivering key
# programmes of work", "developing effective relationships"); a verb with a subject of its own
# keeps the ask ("Commissioning services", "Managing programmes", "Recording information",
# "Building partnerships"), and so does "Consulting experience"
_EMPTY_VERBS = frozenset("providing delivering offering giving overseeing undertaking developing presenting".split())
_VAGUE_HEADS = frozenset("""
support direction assistance guidance help activities activity relationships relationship partnerships
services service solutions systems information programmes programme programs program tasks duties things work
""".split())
_VAGUE_OBJECT = _VAGUE_HEADS | _GENERIC | _DETERMINERS | frozenset("""
and or of innovative credible developmental comprehensive complex often positive productive close general
professional practical
""".split())
_OFFERED = frozenset("provided given offered available included".split())  # "training provided": the employer's offer
_PARTS_OF = frozenset("areas aspects elements parts".split())
_BEFORE_TO = frozenset("subsequent prior".split())  # "subsequent to qualifying" opens a clause of time
# Heads that leave the ask unsaid: a frame ("paying particular attention", "playing an
# important role"; "a similar role" is an ask) or an amount whose thing comes after "of"
# ("answering all manner of queries"; "the product range" is a thing).
_AMOUNTS = frozenset("manner range variety number array kinds types sorts lots".split())
_OF = re.compile(r"\s+of\b", re.IGNORECASE)
_ROLES = frozenset("role roles part".split())
_GOING = frozenset("covering visiting serving travelling traveling attending".split())


def _titled(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


def _ends_noun_phrase(words: list[re.Match[str]], index: int, gerund: bool) -> bool:
    """Where an object ends before the next clause: "and" or "or" before a preposition ("the
    NHS and of NHS processes"), or, after a noun, a word that is only a verb and closes the
    phrase ("all services offered and identifies ..."; not "nurse led clinics")."""
    from skillgap.language.verbs import is_also_noun, verb_tags

    lower = words[index].group().lower()
    following = words[index + 1].group().lower() if index + 1 < len(words) else ""
    if lower in ("and", "or"):
        return following in _STOP | {"of"}
    if gerund or index == 0 or lower.endswith("ing") or (following and following not in _STOP | {"and", "or"}):
        return False  # "nurse led clinics", "grant funded projects": a compound before its noun
    tags = {tag for _, tag in verb_tags(lower)}
    return bool(tags) and tags <= {"VBD", "VBN", "VBZ"} and not is_also_noun(lower)

