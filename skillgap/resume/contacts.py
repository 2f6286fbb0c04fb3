"""Contact details in a résumé: email addresses and phone numbers, found line by line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from skillgap.types import Document, Line, LineOrigin

EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
PHONE = re.compile(
    r"(?<![\w/.+-])(?:\+\s?\d{1,3}[\s.\-–]?)?(?:\(\d{1,5}\)[\s.-]?)?\d[\d\s.-]{5,}\d(?![\w/-])"
)
_YEAR_RANGE = re.compile(r"^(?:19|20)\d\d\s*[-–—.]\s*(?:19|20)\d\d$")


@dataclass(frozen=True)
class Contact:
    kind: str  # email | phone
    start: int
    end: int
    text: str
    origin: LineOrigin


# "(+86) 123456789", "(+1) 555-5555" (a country code in brackets: 8 digits suffice), a
# vanity number "+1-(800)-JOHN", a template's "+1 (xxx) xxx-xxxx": phone numbers a reader sees
OTHER_PHONE = re.compile(
    r"(?<![\w/.+-])(?:\(\+\d{1,3}\)\s?\d[\d\s.-]{5,}\d"
    r"|\+\d{1,3}[\s.-]*\(?\d{3}\)?[\s.-]*[A-Z]{4,7}"
    r"|\+\d{1,3}[\s.-]*\(?[xX]{3}\)?[\s.-]*[xX]{3}[\s.-]*[xX]{4})(?![\w/-])"
)


def find_phones(text: str) -> Iterator[re.Match[str]]:
    """Phone numbers: 9 to 15 digits, not a date range or a plain number (and the forms of
    `OTHER_PHONE`)."""
    seen = []
    for match in OTHER_PHONE.finditer(text):
        seen.append(match.span())
        yield match
    for match in PHONE.finditer(text):
        if any(start <= match.start() < end for start, end in seen):
            continue
        value = match.group(0).strip()
        digits = sum(ch.isdigit() for ch in value)
        if not 9 <= digits <= 15 or _YEAR_RANGE.match(value):
            continue
        if value.isdigit() and not value.startswith("0") and len(value) < 10:
            continue  # an amount, an ID
        if re.search(r"\d[.]\d{1,2}$", value) and " " not in value:
            continue  # a decimal
        yield match




def find_contacts(document: Document) -> list[Contact]:
    """Every email address and phone number in the document, in reading order (an email
    address that a narrow column broke over two lines is found whole)."""
    found = []
    text = document.text
    for index, line in enumerate(document.lines):
        line_text = text[line.start : line.end]
        for match in EMAIL.finditer(line_text):
            found.append(Contact("email", line.start + match.start(), line.start + match.end(), match.group(0),
                                 line.origin))
        if index + 1 < len(document.lines):
            found.extend(contact for contact in (_broken_email(text, line, document.lines[index + 1]),
                                                 _broken_phone(text, line, document.lines[index + 1]))
                         if contact is not None)
        for match in find_phones(line_text):
            start = line.start + match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
            found.append(Contact("phone", start, line.start + match.end(), match.group(0).strip(), line.origin))
    return found


def _broken_email(text: str, line: Line, following: Line) -> Contact | None:
    """An email address whose column broke it after its line's last character and before
    the next line's first ("chloe.bernard@brandmai" / "l.example"), as the one address."""
    head = re.search(r"\S+$", text[line.start : line.end])
    tail = re.match(r"\S+", text[following.start : following.end])
    if head is None or tail is None or "@" not in head.group(0) + tail.group(0)[:1]:
        return None
    if EMAIL.search(head.group(0)) or EMAIL.search(tail.group(0)):
        return None  # whole on its own line
    whole = EMAIL.fullmatch(head.group(0) + tail.group(0))
    if whole is None:
        return None
    return Contact("email", line.start + head.start(), following.start + tail.end(), whole.group(0), line.origin)


def _broken_phone(text: str, line: Line, following: Line) -> Contact | None:
    """A phone number the line broke after a dash ("(614) 555-" / "0187 · linkedin..."), as
    the one number; only when neither line holds a number of its own."""
    head = re.search(r"(?:\+?\(?\d[\d()\s.]*)?\d[\d()\s.]*-$", text[line.start : line.end])
    tail = re.match(r"\d[\d\s.-]*\d", text[following.start : following.end])
    if head is None or tail is None:
        return None
    if any(next(find_phones(text[part.start : part.end]), None) for part in (line, following)):
        return None
    joined = head.group(0) + tail.group(0)
    whole = next((m for m in find_phones(joined) if m.start() == 0 and m.end() == len(joined)), None)
    if whole is None:
        return None
    return Contact("phone", line.start + head.start(), following.start + tail.end(), joined.strip(), line.origin)


_PROFILE = re.compile(r"linkedin\.com/in/", re.IGNORECASE)


def has_contact_details(text: str) -> bool:
    """Whether `text` holds an email address, a phone number or a LinkedIn profile."""
    return bool(EMAIL.search(text) or _PROFILE.search(text) or next(find_phones(text), None))
