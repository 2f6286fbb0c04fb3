"""SG6xx: privacy. Personal details that employers do not want and candidates should not
give away. All but SG606 are off by default; `preset = "eu"` or `"us"` turns them on."""

from __future__ import annotations

import re
from collections.abc import Iterator

from skillgap.lint.context import LintContext
from skillgap.lint.findings import Hit
from skillgap.types import LineOrigin, SectionKind

K = SectionKind
# Where personal details live; bullets about work are not searched for "married" or "born".
_PERSONAL = frozenset({K.PREAMBLE, K.CONTACT, K.OTHER, K.SUMMARY, K.INTERESTS, K.LANGUAGES})
_WORK = frozenset({K.EXPERIENCE, K.PROJECTS, K.VOLUNTEER, K.PUBLICATIONS, K.AWARDS, K.EDUCATION})


def _lines(ctx: LintContext, sections: frozenset[SectionKind] | None = None):
    for line in ctx.lines:
        if sections is None or ctx.kind_at(line.start) in sections or line.origin in (LineOrigin.HEADER,
                                                                                       LineOrigin.FOOTER):
            yield line, ctx.line_text(line)


def photo(ctx: LintContext) -> Iterator[Hit]:
    count = ctx.document.layout.image_count
    if count:
        yield Hit(0, 0, f"the file embeds {count} image{'s' if count > 1 else ''}: if one is a photo of you, "
                        "remove it", "leave the photo out; link a professional profile instead if you wish")


_BIRTH = re.compile(
    r"\b(?:date\s+of\s+birth|birth\s*date|birthday|d\.o\.b\.?|DOB|geburtsdatum|geboren|date\s+de\s+naissance|"
    r"né(?:e)?\s+le|fecha\s+de\s+nacimiento|data\s+di\s+nascita)\b\s*[:\-]?"
    r"|\bborn\s*(?::|on\b|in\s+\d)"
    r"|\bage\s*[:\-]\s*\d{2}\b|\b\d{2}\s+years\s+old\b|\balter\s*:\s*\d{2}\b",
    re.IGNORECASE,
)


def date_of_birth(ctx: LintContext) -> Iterator[Hit]:
    for line, text in _lines(ctx, _PERSONAL):
        match = _BIRTH.search(text)
        if match:
            yield Hit(line.start + match.start(), line.end, "date of birth or age",
                      "remove it: age is a protected characteristic and no employer needs it")


_MARITAL = re.compile(
    r"\b(?:marital\s+status|civil\s+status|familienstand|état\s+civil|estado\s+civil|stato\s+civile)\b"
    r"|\b(?:married|divorced|widowed|verheiratet|ledig|geschieden)\b"
    r"|\b(?:\d+|one|two|three|four|five)\s+(?:children|kids|sons?|daughters?|kinder)\b|\bnumber\s+of\s+children\b",
    re.IGNORECASE,
)


def marital_status(ctx: LintContext) -> Iterator[Hit]:
    for line, text in _lines(ctx, _PERSONAL):
        match = _MARITAL.search(text)
        if match:
            yield Hit(line.start + match.start(), line.end, f"marital or family status (“{match.group(0)}”)",
                      "remove it: it is irrelevant to the job and invites bias")


_STREET = re.compile(
    r"\b\d{1,6}[A-Za-z]?\s+(?:[A-Z0-9][\w.'-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|"
    r"Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Crescent|Close)\b\.?"
    r"|\b[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ring)\s+\d+[a-z]?\b"
    r"|\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|allée|place|chemin|impasse|quai)\s+\w+"
    r"|\b(?:via|viale|calle|avenida|rua|carrer)\s+[\w' ]{2,30}?,?\s+\d{1,4}\b"
    r"|\b(?i:apt|apartment|suite|unit)\.?\s*#?\s*\d+[A-Za-z]?\b",
)


def street_address(ctx: LintContext) -> Iterator[Hit]:
    for line, text in _lines(ctx, frozenset({K.PREAMBLE, K.CONTACT})):
        match = _STREET.search(text)
        if match:
            yield Hit(line.start + match.start(), line.start + match.end(), f"full street address (“{match.group(0)}”)",
                      "give the city and region only (“Springfield, IL”)")


_CHARACTERISTICS = re.compile(
    r"\b(?:nationality|religion|religious\s+affiliation|gender|sex|ethnicity|race|place\s+of\s+birth|"
    r"staatsangehörigkeit|nationalität|konfession|religion|geburtsort|nationalité|religión|nacionalidad)\s*:",
    re.IGNORECASE,
)


def personal_characteristics(ctx: LintContext) -> Iterator[Hit]:
    for line, text in _lines(ctx, _PERSONAL):
        for match in _CHARACTERISTICS.finditer(text):
            label = match.group(0).rstrip(": ")
            yield Hit(line.start + match.start(), line.start + match.end(), f"personal detail “{label}”",
                      "remove it: it is a protected characteristic and irrelevant to the job")


_GOVERNMENT_ID = re.compile(
    r"\b(?:SSN|social\s+security(?:\s+(?:number|no\.?|#))?|passport\s*(?:number|no\.?|#)|"
    r"national\s+insurance(?:\s+(?:number|no\.?))?|NI\s+(?:number|no\.?)|NINO|"
    r"(?:national\s+)?ID\s*(?:card\s*)?(?:number|no\.?|#)|personalausweis(?:nummer)?|steuer-?id|"
    r"sozialversicherungsnummer|PPS\s*(?:number|no\.?)|SIN|aadhaar|PAN)\b"
    r"\s*[:#]?\s*(?=[A-Z0-9 -]*\d)[A-Z0-9][A-Z0-9 -]{4,}"
    r"|(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])",
    re.IGNORECASE,
)


def government_id(ctx: LintContext) -> Iterator[Hit]:
    for line, text in _lines(ctx):
        match = _GOVERNMENT_ID.search(text)
        if match:
            yield Hit(line.start + match.start(), line.start + match.end(),
                      "a government identity number", "remove it: no employer needs it before an offer")
