"""Posting text a recruiter skips: what the employer says about itself and the legal text.

Section headings ("About us", "Benefits", "How to apply") already mark whole sections;
this finds the same kinds of text inside unlabelled paragraphs and one-line scraped
postings, sentence by sentence:

- the employer describing itself, its products, values or team ("We are a leading ...",
  "Our values ...", "The Trust is ...", "<ORGANIZATION> provides ...") unless the sentence
  turns to the candidate ("We are looking for someone who ...");
- benefits and pay ("We offer ...", "pension", "annual leave", "salary", "401(k)");
- equal-opportunity, work-authorisation and other legal text;
- scraped metadata fields ("Industry: ...", "Company size: ...", "Compensation: ...");
- team, department and organisation names ("the Data Science team", "Community Health
  Services"): `names_a_team(text, start, end)`.

Pure functions over the document text; offsets are character offsets into it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from skillgap.ingest.folded import FoldedPattern
from skillgap.language.names import in_organisation_name
from skillgap.types import SectionKind

Span = tuple[int, int]

# A sentence ends at whitespace after a full stop (or ! ? ;) before a capital, a quote or a
# bracket; at line breaks; at a bullet between spaces; at three spaces or more. That is
# `(?<=[.!?;])\s+(?=[A-Z<"'(•])|\n+|\s•\s|\s{3,}` with the first whitespace character taken
# out in front, so that the engine jumps from one whitespace character to the next instead
# of trying the four branches at every character (three times faster; the same matches).
_SENTENCE_END = re.compile(r"\s(?:(?<=[.!?;]\s)\s*(?=[A-Z<\"'(•])|(?<=\n)\n*|•\s|\s{2,})")
_EMPLOYER_SUBJECT = re.compile(
    # a short opening phrase may come first: "Across the finance team, we are committed ...",
    # "Providing excellent progression opportunities, we are a proud team ..."
    r"^\W*(?:[^,.;:!?]{1,120},\s*(?=we\b)|(?:in|at|during|across|within|over|for)\s+(?:the|our|this)\s+(?!(?:[\w-]+\s+)?(?:role|position|job|post|team|department|unit|ward)\b)[^,.;:!?]{1,60}?\s+(?=we\b))?"
    r"(?:we\s+(?:also\s+|always\s+|currently\s+|now\s+|actively\s+|proudly\s+)?(?:are|were|have|had|believe|pride"
    r"|provide|offer|serve|work|value|build|make|help|strive|aim|re|focus|encourage|run"
    r"|operate|exist|care|celebrate|partner|specialise|specialize|deliver|empower|invest|champion)\b|we['’]?re\b|we['’]ve\b|our\b"
    r"|the\s+(?:trust|company|organi[sz]ation|firm|business|group|hospital|practice|service|board)\b"
    r"|the\s+(?:[\w-]+\s+){0,2}(?:team|unit|ward|department|directorate|clinic|division)\s+"
    r"(?:(?:on|at|in|of|for)\s+(?:[\w-]+\s+){1,3}?)?(?:is|are|has|have|was|"
    r"provides?|offers?|works?|supports?|delivers?|consists?|comprises?|cares?|treats?|serves?|covers?)\b"
    r"|<organi[sz]ation>|founded\b|established\b|headquartered\b|join\s+(?:us|our|a|an|the)\b"
    r"|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,5}\s+(?:is|are|was|has\s+been)\s+(?:a|an|the|one|proud|committed|dedicated|"
    r"passionate|home|recognised|recognized|rated|an?\s+award))",
    re.IGNORECASE,
)
# An organisation's name: capitalised words joined by "of", "and" or "&", perhaps with its
# abbreviation in brackets ("NHS Midlands and Lancashire Commissioning Support Unit (MLCSU)").
_NAME = (r"(?P<name>(?-i:[A-Z])[\w&.'\u2019-]*"
         r"(?:\s+(?:\((?-i:[A-Z&]{2,8})\)|of|and|&|(?-i:[A-Z])[\w&.'\u2019-]*)){0,7}?)")
# ... ending in a word that makes it an organisation, or with its abbreviation, saying what
# it is, comprises or provides ("Cambridge University Hospitals (CUH) NHS Foundation Trust
# comprises ..."); "The Finance Officer provides a payroll service" is a duty, not this.
_ORGANISATION_SAYS = re.compile(
    r"^\W*" + _NAME + r"\s+(?:(?:trust|unit|hospitals?|services|group|council|university|college|ltd|limited|inc|llp"
    r"|partnership|foundation|authority|board|agency|charity)(?:\s+\((?-i:[A-Z&]{2,8})\))?|\((?-i:[A-Z&]{2,8})\))\s+"
    r"(?:(?:is|are)\s+(?:one\s+of|a|an|the)|comprises|consists\s+of|employs|operates|provides|serves|delivers|has|have"
    r"|runs)\b",
    re.IGNORECASE,
)
# ... or saying how long it has been at it ("BrisDoc has nearly 20 years' experience of
# delivering primary care"): the experience is the organisation's, not an ask.
_ORGANISATION_YEARS = re.compile(
    r"^\W*" + _NAME + r"\s+(?:has|have)\s+(?:over\s+|nearly\s+|almost\s+|more\s+than\s+|around\s+)?\d[\d,]*\+?"
    r"\s+years['\u2019]?\s+(?:of\s+)?experience\b",
    re.IGNORECASE,
)
# Who a job title names: "The Senior Data Engineer has 5 years' experience" describes the post.
_ROLE_NOUNS = frozenset("""
engineer developer manager officer analyst assistant administrator nurse candidate applicant holder postholder lead
specialist coordinator technician adviser advisor consultant worker practitioner person individual director head
""".split())
# A question that invites rather than asks: "Would you like to be part of ...?", "Are you
# looking for a career in ...?", "Do you want to make a difference?" ("Would you like to use
# Python every day?" asks, and is kept).
_PITCH = FoldedPattern(
    r"^[^\w]*(?:(?:would you (?:like|love)|do you (?:want|wish)) to (?:join|be part of|become part of|work for"
    r"|work with us|make a difference|do a job|develop your career|take the next step)"
    r"|are you (?:someone |a person )?(?:looking for|seeking|ready for|interested in) (?:a|an|your|the) "
    r"(?:new |next |exciting |rewarding |fresh )*(?:career|role|job|challenge|opportunity|step)"
    r"|(?:looking for|ready for|fancy) (?:a|an|your) (?:new |next |exciting |rewarding |fresh )*"
    r"(?:career|role|job|challenge|opportunity|step))\b[^?]*\?[^\w]*$"
)
# A sentence about the employer that still asks something of the candidate.
_ASKS = FoldedPattern(
    r"\b(?:you|your|candidates?|applicants?|post ?holders?|looking for|seeking|require[sd]?|requirements?"
    r"|prerequisites?|must|should|need(?:s|ed)?"
    r"|essential|desirable|ideally|preferred|a plus|a bonus|an advantage|an asset|a must|mandatory"
    r"|experience (?:in|of|with)|knowledge of|ability to|will be responsible)\b",
)
# "You will need ... and a driving licence; we offer ..." still asks: a sentence that says
# what the candidate must have is kept, unless it is plainly about pay or the law.
_ASKS_SKILLS = FoldedPattern(
    r"\b(?:you (?:will )?(?:need|must|should|have)|must have|essential|required|"
    r"experience (?:in|of|with)|knowledge of|understanding of|familiarity with|ability to)\b"
)
_LEGAL_OR_OFFER = FoldedPattern(
    r"\b(?:equal[- ]opportunit\w*|equal employment|affirmative action|regardless of|without regard to"
    r"|protected (?:veteran|characteristic|status)|race,? colou?r|sexual orientation|gender identity"
    r"|disability confident|reasonable (?:adjustments?|accommodations?)|diverse (?:and inclusive )?workforce"
    r"|eligib\w* to work|right to work|work(?:ing)? authori[sz]ation|authori[sz]ed to work|visa sponsorship"
    r"|employment eligibility|e-verify|certificate of sponsorship"
    r"|we offer|we can offer|on offer|benefits? (?:include|package)|pension|annual leave|paid time off|\bpto\b"
    r"|401\s*\(?k\)?|health (?:insurance|benefits?|plan)|dental|vision (?:insurance|plan)|stock options?"
    r"|salary|compensation|remuneration|pay (?:range|band|scale)|per annum|pro rata|relocation (?:package|assistance)"
    r"|discounts?|cycle to work|car lease|wellbeing (?:services|programme|program)|flexible working"
    r"|our values|trust values|our (?:\w+ )?(?:culture|mission|vision|story)\b|nhs constitution"
    r"|\w+['\u2019]s values\b"
    r"|(?:trust|organi[sz]ation|company|hospital|board|charity|group|team|nhs|employer)['\u2019]s"
    r" (?:\w+ )?(?:vision|mission|culture|strategy)\b"
    r"|privacy (?:notice|policy)|data protection act|our commitment to you|study (?:leave|time)"
    r"|^[^\w]*agile working[^\w]*$|agile working (?:policy|arrangements?|options?|opportunities|scheme)"
    r"|(?:excellent|great|fantastic|good|career) (?:career )?(?:progression|development) opportunities"
    r"|committed to (?:your|supporting you)\b|invest(?:s|ing)? in (?:you|your (?:people|staff|development|future))\b"
    r"|(?:support|develop|grow)(?:s|ing)? your (?:career|development|growth|progression|learning)\b"
    r"|your (?:training|learning|career|professional) (?:and|&) development\b"
    r"|(?:learning|training) (?:and|&) development (?:strategy|opportunities|programmes?|programs?|offer)\b"
    r"|we (?:\w+ ){0,2}(?:need|want|welcome|encourage|value|seek) (?:\w+ ){0,3}(?:people|applicants|applications"
    r"|candidates) from all backgrounds|representative of the communit(?:y|ies)"
    r"|equality of opportunit\w*|(?:unlawful|any form of) discrimination|celebrat\w* (?:diversity|difference)"
    r"|opportunit(?:y|ies) to (?:work|gain|develop|learn|grow|progress|train) (?:across|within|alongside|in|with|your)"
    r"|interviews? (?:will|may|are|is) (?:be )?(?:take place|held|conducted|carried out)"
    r"|selection process (?:will|may|is|consists)|pass(?:es)? the interview stage|if (?:you are )?shortlisted"
    r"|shortlisted (?:candidates|applicants) will|informal (?:chat|discussion|visit|enquir\w*|conversation)"
    r"|(?:see|visit|look at|check) our careers? (?:website|site|page)|keep up to date with (?:all )?(?:of )?our\b"
    r"|follow us\b"
    r"|date posted|likes:|dislikes:)",
)
_META_LABELS = (r"(?:Industry|Company size|Company type|Compensation|Salary|Location options?|Location|Benefits"
                r"|Perks|Date posted|Employment type|Contract type|Job type|Working pattern|Pay scheme|Band"
                r"|Reference number|Employer|Employer type|Site|Town|Job ref|Job reference|Experience level"
                r"|Likes|Dislikes|Love)")
# A field's value ends at the next label, or where a scraped one-line posting goes on with its
# "Technologies" or "Job description" (their words are asks).
_META_FIELD = re.compile(
    r"\b" + _META_LABELS + r"\s*:\s*"
    r"(?P<value>.*?)(?=\s+" + _META_LABELS + r"\s*:|\s+[A-Z]?[a-z]+(?: [a-z]+)?:\s"
    r"|\s+(?:Technologies|Job description|Role)\b|\n|$)",
)
_META_LABEL = re.compile(_META_LABELS)
# (an abbreviation may come between: "Employee Relations (ER) team"; a scraped posting may glue
# the word to the next one: "Human Resources DirectorateRostering Team")
_TEAM_WORD = re.compile(
    r"^\s*(?:\((?-i:[A-Z&]{2,8})\)\s*)?(?:&\s*\w+\s+)?(?:(?:team|teams|department|dept|directorate|division)"
    r"(?:\b|(?-i:(?=[A-Z])))|(?:unit|function|group|squad|service|services|office|trust|foundation|centre|center|hub"
    r"|practice|programme|program)\b)",
    re.IGNORECASE,
)
# The people one liaises with, reports to or works beside: "liaising with HR and our payroll
# provider", "report to Finance", "collaborate with Marketing" name a department.
_LIAISE_WITH = re.compile(r"\b(?:(?:liais\w*|partner(?:s|ing)?|collaborat\w*|coordinat\w*|work(?:s|ing)?\s+closely)"
                          r"\s+with|report(?:s|ing)?\s+(?:in)?to)\s+(?:the\s+|our\s+|your\s+)?$", re.IGNORECASE)
_TEAM_OWNER = re.compile(r"(?:\b(?:the|our|your|their|its|this|new|busy|friendly|expanding|growing)|'s)"
                         r"\s+(?:[\w&-]+\s+){0,3}$",
                         re.IGNORECASE)


def sentences(text: str) -> list[Span]:
    """(start, end) of each sentence: lines, cut at sentence ends and bullet runs."""
    out, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            out.append((start, match.start()))
        start = match.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def boilerplate_spans(text: str, at: Iterable[int] | None = None) -> list[Span]:
    """The parts of `text` that are about the employer, its offer or the law, not the candidate.

    With `at`, only the sentences holding one of those offsets are judged: a caller that
    asks `inside(spans, offset)` for those offsets only gets the same answers for less work
    (a posting's record asks it for the skills it found, which most sentences do not hold).
    """
    fields = _meta_fields(text)
    spans = list(fields)
    wanted = None if at is None else sorted(set(at))
    next_wanted = 0  # sentences come in order: the first offset not before this sentence
    previous: Span | None = None
    for start, end in sentences(text):
        before, previous = previous, (start, end)
        if wanted is not None:
            while next_wanted < len(wanted) and wanted[next_wanted] < start:
                next_wanted += 1
            if next_wanted == len(wanted) or wanted[next_wanted] >= end:
                continue
        if _skipped(text, start, end, fields) or (
                before is not None and _CONTINUES.match(text, start, end) and not _ASKS.search(text[start:end])
                and _skipped(text, *before, fields)):
            spans.append((start, end))
    return sorted(spans)


# A sentence that goes on with the one before it: "We run activities for our patients.
# These include gardening, boxing and music." is about the employer as a whole.
_CONTINUES = re.compile(r"\W*(?:these|they|this|which|it)\s+(?:(?:also\s+)?(?:include|includes|included|cover|covers"
                        r"|range|ranges)|are|is)\b", re.IGNORECASE)


def _skipped(text: str, start: int, end: int, fields: list[Span]) -> bool:
    """The sentence at [start, end) is about the employer, its offer or the law."""
    # a scraped posting runs its fields ("Salary: ...", "Likes: 0") and its asks into one
    # "sentence": the fields are spans of their own, the rest is judged on its words
    sentence = _without(text, start, end, fields) \
        if any(start < e and s < end for s, e in fields) else text[start:end]
    # (the short test first: a sentence that asks for skills is never legal or offer text)
    legal_or_offer = not _ASKS_SKILLS.search(sentence) and _LEGAL_OR_OFFER.search(sentence)
    return bool(legal_or_offer or _PITCH.search(sentence) or _organisation_says(sentence)
                or (_EMPLOYER_SUBJECT.match(sentence) and not _ASKS.search(sentence)))


def _organisation_says(sentence: str) -> bool:
    """The sentence is an organisation, by its name, describing itself (`_ORGANISATION_SAYS`,
    `_ORGANISATION_YEARS`) and asks nothing after that."""
    for pattern in (_ORGANISATION_YEARS, _ORGANISATION_SAYS):
        found = pattern.match(sentence)
        if found and found.group("name").split()[-1].lower() not in _ROLE_NOUNS \
                and not _ASKS.search(sentence[found.end():]):
            return True
    return False


def _meta_fields(text: str) -> list[Span]:
    """The spans `_META_FIELD.finditer(text)` finds, trying the pattern only where a label
    starts: its leading `\\b` keeps the engine from skipping ahead to a label's first
    letter, so searched as written it takes six times as long. A label has a capital only
    at its start, so no label starts inside another one's match and the bare labels find
    every start."""
    found: list[Span] = []
    end = 0
    for label in _META_LABEL.finditer(text):
        if label.start() >= end and (field := _META_FIELD.match(text, label.start())) is not None:
            found.append(field.span())
            end = field.end()
    return found


def _without(text: str, start: int, end: int, spans: list[Span]) -> str:
    """text[start:end] with the characters inside `spans` turned into spaces."""
    chars = list(text[start:end])
    for span_start, span_end in spans:
        lo, hi = max(span_start, start), min(span_end, end)
        if lo < hi:
            chars[lo - start : hi - start] = " " * (hi - lo)
    return "".join(chars)


def names_a_team(text: str, start: int, end: int) -> bool:
    """The words at [start, end) name a team, department or organisation ("the Data
    Science team", "our Finance Department", "Community Health Services", "Health
    Education England"), not a skill."""
    if in_organisation_name(text, start, end) or _liaises_with(text, start):
        return True
    after = text[end:end + 40]
    if not _TEAM_WORD.match(after):
        return False
    titled = text[start:end][:1].isupper() and after.strip()[:1].isupper()
    before = text[max(0, start - 60):start]
    return titled or bool(_TEAM_OWNER.search(before))


# The last word of what `_LIAISE_WITH` finds (a space follows it)
_LIAISE_LAST = frozenset({"with", "to", "into", "the", "our", "your"})


def _liaises_with(text: str, start: int) -> bool:
    """`_LIAISE_WITH` ends right before `start`; asked only where the words before it end as
    one of its matches ends (with a space, after one of `_LIAISE_LAST`; a word that is not
    ASCII could match ignoring case, so it is asked there too)."""
    before = text[max(0, start - 60) : start]
    if not before[-1:].isspace():
        return False
    last = before.rsplit(None, 1)[-1:]
    if last and last[0].isascii() and last[0].lower() not in _LIAISE_LAST:
        return False
    return _LIAISE_WITH.search(text, max(0, start - 60), start) is not None


def inside(spans: list[Span], position: int) -> bool:
    return any(s <= position < e for s, e in spans)


# A posting heading outside the vocabulary, by its words ("What perks are we offering in
# return?", "Job benefits:", "Who are we looking for?", "Main duties and responsibilities"),
# first match wins: an offer is never an ask ("What you can offer" is one).
_HEADING_WORDS = (
    (re.compile(r"\b(?:benefits?|perks|rewards)\b|^(?!.*\byou\b).*\b(?:offer|offering)\b"), SectionKind.BENEFITS),
    (re.compile(r"\b(?:how to apply|apply|application|informal visits|further (?:details|information)"
                r"|more information|contact|equal opportunit\w*)\b"), SectionKind.APPLY),
    (re.compile(r"\b(?:desirable|preferred|bonus|nice to have|(?:particularly |especially )?helpful|a plus)\b"),
     SectionKind.PREFERRED),
    (re.compile(r"\b(?:requirements?|qualifications?|looking for|person specification|criteria|qualities"
                r"|you will need|you need|essential|you (?:can |will |could |ll )?(?:offer|bring)"
                r"|the (?:ideal )?(?:candidate|person|applicant))\b"),
     SectionKind.REQUIREMENTS),
    (re.compile(r"\b(?:responsibilities|responsible for|duties|tasks|job summary|job profile"
                r"|description of the role|the role|your role|your job)\b"), SectionKind.RESPONSIBILITIES),
    (re.compile(r"\b(?:about us|why work for us|why join|facts about|who we are)\b"), SectionKind.ABOUT),
    # a scraped posting's fields, each value on the lines after its label: "Industry:",
    # "Company size:"; its "Technologies" are the job's tools
    (re.compile(r"^(?:industry|company (?:size|type)|location options?|job type|experience level|date posted)$"),
     SectionKind.ABOUT),
    (re.compile(r"^(?:technologies|tech stack|technology stack|tools and technologies)$"), SectionKind.REQUIREMENTS),
)


def posting_heading_by_words(norm: str) -> SectionKind | None:
    """The kind of section a posting heading outside the vocabulary opens, by its words
    (`norm` is the heading normalised: lower case, no punctuation)."""
    return next((kind for pattern, kind in _HEADING_WORDS if pattern.search(norm)), None)


# "About the candidate" asks; "About the role" describes the job; "About Acme" is the employer.
_ABOUT_ASKS = re.compile(r"(?:the |an |our |this )?(?:ideal )?(?:candidate|applicant|person|post ?holder|you|yourself)")
_ABOUT_JOB = re.compile(r"(?:the |this |your )?(?:role|job|position|post|vacancy|opportunity)")


def about_heading(norm: str) -> SectionKind | None:
    """'About Acme' is about the company, 'About the candidate' asks, 'About this role' is the job."""
    if not norm.startswith("about "):
        return None
    rest = norm[6:]
    if _ABOUT_ASKS.fullmatch(rest):
        return SectionKind.REQUIREMENTS
    if _ABOUT_JOB.fullmatch(rest):
        return SectionKind.RESPONSIBILITIES
    return None if rest in {"me", "the team"} else SectionKind.ABOUT
