"""Split a document into sections by its headings, and find its bullets.

Headings are recognised from a vocabulary of real-world spellings ("Work History",
"What you'll do", "Nice-to-haves", "PROFESSIONAL EXPERIENCE:") rather than by layout, so
the same logic serves PDF, DOCX, HTML and text. A heading may carry content on its own
line ("Nice to have: Redis, Kafka").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Literal

from skillgap.ingest.heading_words import (
    POSTING_HEADINGS,
    RESUME_HEAD_NOUNS,
    RESUME_HEADINGS,
    SHARED_HEADINGS,
    first_person_kind,
    kind_by_words,
)
from skillgap.ingest.posting import about_heading, posting_heading_by_words
from skillgap.resume.contacts import has_contact_details
from skillgap.types import Bullet, Document, LineOrigin, Section, SectionKind, Sections

Role = Literal["resume", "posting"]
K = SectionKind

_SMALL_WORDS = frozenset({"and", "of", "in", "for", "the", "to", "with", "a", "on", "at",
                          "und", "y", "et", "de", "del", "des", "du"})  # German, Spanish, French headings

_BULLET_MARKER = re.compile(r"^\s*(?:[•▪◦●○■□►▶▸✓✔➢➤❖◆◇★☆·‣⁃∙*+–—-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
_PUNCT = re.compile(r"[^\w\s]")


def normalize_heading(text: str) -> str:
    text = text.lower().replace("&", " and ").replace("’", "").replace("'", "")
    text = _PUNCT.sub(" ", text)
    return " ".join(text.split())


_DOT_LEADER = re.compile(r"(?:\s*[.·…_]){2,}\s*$")  # "Projects . . . . . ." (a table-of-contents style rule)
_NOT_HEADING_CHARS = re.compile(r"[\d@|/;=<>()\[\].]")
PART_SEPARATOR = re.compile(r" (?:and|und|y|et) |, ")  # "Kenntnisse und Fähigkeiten", "Cursos y talleres"


def _without_dot_leader(text: str) -> str:
    """`text` without its dot leader, tried only where the last two visible characters could
    be one (the pattern tries every position of a line; most lines end in a letter, and a
    sentence's full stop follows one)."""
    visible = text.rstrip()
    if not visible or visible[-1] not in ".·…_":
        return text
    before = visible[:-1].rstrip()
    return _DOT_LEADER.sub("", text) if before and before[-1] in ".·…_" else text


def clean_heading(text: str) -> str:
    """The heading's words: markup, an icon or a section number before them ("✆ Contact",
    "02 // Experience"), a trailing colon and dot leaders removed."""
    text = _without_dot_leader(text.strip().strip("*_#=").strip())
    if text.endswith(_DISCLOSURE_ENDS):  # else it finds nothing (it is tried at every space)
        text = _DISCLOSURE.sub("", text)
    text = _SECTION_NUMBER.sub("", _without_icons(text))
    if text.startswith(_DECORATION_FIRST) or text.endswith(_DECORATION_LAST):  # else it finds nothing
        text = _DECORATION.sub("", text)  # (its second branch is tried at every character)
    return text.rstrip(":").strip()


# The control a web page sets beside a heading to fold its section ("Field skills  Show less ▴"),
# printed with it: no word of the heading; what the control's text ends with
_DISCLOSURE = re.compile(r"\s+(?:show|see|read|view)\s+(?:more|less)(?:\s*[▴▾▲▼△▽⌃⌄˄˅])?$", re.IGNORECASE)
_DISCLOSURE_ENDS = ("more", "less", "More", "Less", "MORE", "LESS", *"▴▾▲▼△▽⌃⌄˄˅")


# Rules a theme draws around a heading's words with characters: "// Skills", "— About Me —";
# what such a rule starts or ends the text with
_DECORATION = re.compile(r"^(?:/{2,}|\\{2,}|[»›|])\s+(?=\w)|(?<=\w)\s+(?:[–—]|/{2,}|[«‹|])$")
_DECORATION_FIRST, _DECORATION_LAST = tuple("/\\»›|"), tuple("–—/«‹|")


# "01 About", "02 // Experience", "III | Education": a number a template sets before its headings
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})(?:\s*[|/:–—-]+)?\s+(?=[^\W\d_])")


def _without_icons(text: str) -> str:
    """`text` without the symbols (and private-use icon glyphs) before its first word and
    after its last ("▴ References ▴": an accordion's arrows)."""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or unicodedata.category(text[start])[0] == "S"
                           or unicodedata.category(text[start]) == "Co"):
        start += 1
    while end > start and (text[end - 1].isspace() or unicodedata.category(text[end - 1]) in ("So", "Co")):
        end -= 1  # a pictograph or an arrow ("▴"), not "<ORGANIZATION>"'s bracket
    return text[start:end]


def classify_heading(text: str, role: Role) -> SectionKind | None:
    """The kind of section `text` opens, or None if it is not a known heading."""
    return _classify_cleaned(clean_heading(text), role)


def _classify_cleaned(stripped: str, role: Role) -> SectionKind | None:
    """`classify_heading` of a line whose heading words `clean_heading` has read."""
    vocab = RESUME_HEADINGS if role == "resume" else POSTING_HEADINGS
    if not stripped or len(stripped) > 60:
        return None
    norm = normalize_heading(stripped)
    if not norm or len(norm.split()) > 8:
        return None
    if norm in vocab:
        return vocab[norm]
    if role == "posting":
        return about_heading(norm)
    if role == "resume" and heading_shaped(stripped):
        # a comma parts a heading as "and" does when it lists headings: "Skills, Certifications &
        # Interests" is skills first; "Volunteer, Oxfam Books" is a role
        listed = normalize_heading(stripped.replace(",", " and "))
        if "," in stripped and sum(part in vocab for part in PART_SEPARATOR.split(listed)) >= 2:
            return heading_kind_by_parts(listed)
        return heading_kind_by_parts(norm)
    return None


def heading_shaped(text: str) -> bool:
    """Short, no digits or sentence punctuation, every word capitalised but the small ones:
    "Research & Engineer Experience", "PEER-REVIEWED PUBLICATIONS", not "led the team"."""
    words = text.replace("-", " ").replace("&", " ").split()
    if not 1 <= len(words) <= 6 or _NOT_HEADING_CHARS.search(text) or text.endswith((".", ",")):
        return False
    return all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words)


def heading_kind_by_parts(norm: str) -> SectionKind | None:
    """A résumé heading from its parts ("Skills and Awards": skills), its last word
    ("Software Engineering Skills": skills) or a misspelling of a known one ("Cerfifications")."""
    parts = PART_SEPARATOR.split(norm)
    for part in parts:
        if part in RESUME_HEADINGS:
            return RESUME_HEADINGS[part]
    for part in parts:
        words = part.split()
        if words and len(words) <= 5 and words[-1] in RESUME_HEAD_NOUNS:
            return RESUME_HEAD_NOUNS[words[-1]]
    if len(norm) >= 8:
        from rapidfuzz import fuzz, process

        found = process.extractOne(norm, RESUME_HEADINGS.keys(), scorer=fuzz.ratio, score_cutoff=88)
        if found is not None:
            return RESUME_HEADINGS[found[0]]
    return None


# In a résumé, "Languages: Python, Go" inside Skills, "Technologies: ..." inside a project
# or "Hobbies : Chess" among personal details is a label, not a new section.
_LABELLED_LINE_SECTIONS = frozenset({K.SKILLS, K.EXPERIENCE, K.PROJECTS, K.EDUCATION, K.CERTIFICATIONS, K.CONTACT,
                                     K.OTHER})


# A run-in heading: a heading word and a full stop opening a paragraph of its own section,
# as Word and LaTeX résumés set them ("Software. QuickBooks Online, Xero, Sage 50";
# "Languages. English and French"). The full stop, unlike a label's colon, ends a heading
# in any section.
_RUN_IN = re.compile(r"^\s*([A-Z][\w&' -]{1,38}?)\.\s+(?=[A-Z0-9(])")


def run_in_heading(text: str) -> tuple[SectionKind, str] | None:
    """(kind, heading words) when a résumé line opens with a run-in heading (`_RUN_IN`) in
    the words of a known heading."""
    found = _RUN_IN.match(text)
    if found is None or not heading_shaped(found.group(1)) or not _is_exact(found.group(1), "resume"):
        return None  # a known heading's own words: "First Class Honours. Dissertation on ..." is a degree's detail
    kind = classify_heading(found.group(1), "resume")
    return (kind, found.group(1)) if kind is not None else None


# The year and month column labels before the heading of a Japanese résumé form's table
_FORM_COLUMNS = re.compile(r"^年\s*月\s+(?=\S)")


def _heading_of_line(text: str, role: Role, current: SectionKind = K.PREAMBLE) -> tuple[SectionKind, str] | None:
    """(kind, heading text) if the line is a heading, alone or followed by ': content', or
    the first cell of a table row read across ("Career Summary | Licensed plumber ...")."""
    if _BULLET_MARKER.match(text):
        return None
    if role == "resume":
        run_in = run_in_heading(text)
        if run_in is not None:
            return run_in
    head, sep = "", ""
    if not _without_dot_leader(text).rstrip().endswith((".", ",", ";")):  # a heading ends no sentence
        if role == "resume":
            text = _FORM_COLUMNS.sub("", text)  # "年 月 学歴・職歴": a rirekisho table's heading row
        cleaned = clean_heading(text)  # read once for the three tests
        kind = _classify_cleaned(cleaned, role)
        if kind is None and role == "posting" and _posting_heading_shaped(text, cleaned):
            kind = posting_heading_by_words(normalize_heading(cleaned))
        if kind is not None:
            return kind, cleaned
        head, sep, _ = text.partition(":")
    if not sep and role == "resume":
        head, sep, _ = text.partition(" | ")
    if role == "resume" and current in _LABELLED_LINE_SECTIONS:
        return None
    if sep and len(head) <= 40:
        kind = classify_heading(head, role)
        if kind is not None:
            return kind, head.strip()
    return None


def split_sections(document: Document, role: Role) -> Sections:
    """Sections from headings; bullets from markers, list-item origins and wrapped lines.

    In a résumé laid out in columns, a section holds what sits under its heading in its
    own column: when the reading moves back to the other column (the main column after the
    sidebar, or the next page), the section open there goes on, as a continuation (a
    section with no title of its own)."""
    text = document.text
    styles = dict(document.layout.line_styles)
    heading_styles = _heading_styles(document, role, styles)
    colon_styles = _colon_styles(document, role, styles, heading_styles)
    card_headings = frozenset(document.layout.heading_lines) if role == "resume" else frozenset()
    label_styles = _label_styles(document, styles) if role == "resume" else frozenset()
    body_style = Counter(styles.values()).most_common(1)[0][0] if styles else None
    numbered = _numbered_headings(document, role) | _first_person_headings(document, role) \
        | _full_stop_headings(document, role, styles, body_style) | _bilingual_headings(document, role)
    streams = _streams(document) if role == "resume" else None
    sections: list[Section] = []
    current_kind, current_title, current_start = SectionKind.PREAMBLE, "", 0
    current_stream, last_in_stream = "main", {}
    after_field: tuple[SectionKind, str] | None = None
    contacts_read = False  # the preamble's contact details are behind: its name and title too
    kind_by_line: list[SectionKind] = []
    for index, line in enumerate(document.lines):
        found = None
        stream = streams[index] if streams else "main"
        if line.origin not in (LineOrigin.HEADER, LineOrigin.FOOTER):
            body = text[line.start : line.end]
            found = numbered.get(line.start) or _heading_of_line(body, role, current_kind)
            style = f"{styles[line.start]}|{line.column}" if line.start in styles else ""
            if found is not None and style in label_styles and not _is_exact(body, role) \
                    and line.start not in numbered:
                found = None  # "PERSONAL TRAINING" beside "GROUP FITNESS", "MANAGEMENT": a group's label
            if line.start in card_headings:
                found = _card_heading(found, body)
            elif role == "resume":
                found = _by_style(found, body, style, heading_styles, current_kind, bool(styles), contacts_read,
                                  style in colon_styles)
                if found is not None and body.strip().islower() and styles.get(line.start) == body_style:
                    found = None  # "leadership" alone in the body's type: the end of a wrapped sentence
                elif found is not None and _wraps_on(document, index, styles, heading_styles, current_start):
                    found = None  # "Silver, West Country Animation" / "Awards": a name wrapped onto this line
                elif found is not None and current_kind is K.CONTACT \
                        and _among_labels(document, index, styles, heading_styles, current_start):
                    found = None  # "Languages" among "Nationality ...", "Driving licence ...": a label
        if found is None and stream != current_stream and stream in last_in_stream:
            found = (last_in_stream[stream], "")  # back in the other column: its section goes on
        if found is None and after_field is not None:
            found = after_field  # the line after "Salary: £30,000": the section open before goes on
        if found is not None and role == "posting" and _field_line(text[line.start : line.end], found[0]):
            after_field = after_field or (current_kind, current_title)
        else:
            after_field = None
        if found is not None:
            if line.start > current_start or current_kind is not SectionKind.PREAMBLE:
                sections.append(Section(current_kind, current_title, current_start, line.start))
            current_kind, current_title, current_start = found[0], found[1], line.start
            last_in_stream[stream] = found[0]
        elif role == "resume" and current_kind is K.PREAMBLE and not contacts_read:
            contacts_read = has_contact_details(text[line.start : line.end])
        current_stream = stream
        kind_by_line.append(current_kind)
    sections.append(Section(current_kind, current_title, current_start, len(text)))
    sections = [s for s in sections if s.end > s.start or s.kind is not SectionKind.PREAMBLE]
    return Sections(tuple(sections), tuple(_bullets(document, kind_by_line)))


def _posting_heading_shaped(text: str, cleaned: str) -> bool:
    """A short line that opens what follows: it ends with a colon or a question mark, or
    reads like a title ("Main Duties and Responsibilities"); `cleaned` is `clean_heading(text)`."""
    if not cleaned or len(cleaned.split()) > 10:
        return False
    return text.rstrip().endswith((":", "?")) or heading_shaped(cleaned)


_FIELD_KINDS = frozenset({K.ABOUT, K.BENEFITS, K.APPLY})


def _field_line(body: str, kind: SectionKind) -> bool:
    """A posting's one-line field ("Salary: £30,000 per annum", "Location: Leeds"): the
    value is on the line, so the section it opens ends with it."""
    head, sep, value = body.partition(":")
    return kind in _FIELD_KINDS and bool(sep) and bool(value.strip()) and classify_heading(body, "posting") is None


def _streams(document: Document) -> list[str] | None:
    """Per line, "main" or "side": on a page read as two columns, the column holding less
    text is the side one; pages of one column are main. Where the side column is the left
    one (column 0, as rows across the page are), a line of column 0 after the right column
    has been read runs across the page under a sidebar beside its top only: main. None for
    a one-column document."""
    if not any(count > 1 for count in document.layout.columns_per_page):
        return None
    chars: Counter[tuple[int, int]] = Counter()
    for line in document.lines:
        chars[line.page, line.column] += line.end - line.start
    out = []
    right_read: set[int] = set()  # pages whose right column has been read
    for line in document.lines:
        if line.column == 1:
            right_read.add(line.page)
        if chars[line.page, 1] == 0:
            out.append("main")
            continue
        main = 0 if chars[line.page, 0] >= chars[line.page, 1] else 1
        # under a left sidebar beside the top of the page only, the rows across the page that
        # follow the right column (the main one) go on with it
        across = main == 1 and line.column == 0 and line.page in right_read
        out.append("main" if line.column == main or across else "side")
    return out


def _is_exact(body: str, role: Role) -> bool:
    vocab = RESUME_HEADINGS if role == "resume" else POSTING_HEADINGS
    return normalize_heading(clean_heading(body)) in vocab


def _heading_styles(document: Document, role: Role, styles: dict[int, str]) -> frozenset[str]:
    """The type styles (PDF: font, size, colour, case; and column) of the lines that are known
    headings (after a glyph the theme sets only before its headings, `_heading_icons`), when
    at least two headings share one and body lines rarely use it."""
    if not styles or role != "resume":
        return frozenset()
    hits: Counter[str] = Counter()
    guessed: Counter[str] = Counter()  # headings the vocabulary knows, not as written
    uses: Counter[str] = Counter()
    icons = _heading_icons(document, styles)
    for line in document.lines:
        if line.start not in styles:
            continue
        key = f"{styles[line.start]}|{line.column}"  # a sidebar's headings are not the main column's
        uses[key] += 1
        body = document.text[line.start : line.end]
        if body.lstrip()[:1] in icons:  # "◆ Certifications": a glyph a theme sets before its headings
            body = _BULLET_MARKER.sub("", body, count=1)
        if _heading_of_line(body, role) is not None:
            hits[key] += _is_exact(body, role)
            guessed[key] += not _is_exact(body, role)
    found = {s for s, n in hits.items() if n >= 2 and uses[s] <= 2 * n + 2}
    # a sidebar that shows one known heading in the main column's headings' type ("Skills:"
    # beside "Experience:", "Education:"), or two the vocabulary knows not as written
    # ("Licensing & Bonding", "Tools & Equipment"), sets its other headings in it too
    # ("Personal:", "Service Area")
    types = {key.rpartition("|")[0] for key in found}
    found |= {s for s in uses if s.rpartition("|")[0] in types and (n := max(hits[s], guessed[s] // 2)) >= 1
              and uses[s] <= 2 * n + 2}
    return frozenset(found)


MIN_LABELS_IN_TYPE = 3  # lines of one type that make it the type of a section's labels


def _label_styles(document: Document, styles: dict[int, str]) -> frozenset[str]:
    """Types of lines shaped like headings of which most are no heading the vocabulary knows,
    not even by their last word, and none is a known heading: the type of the labels that
    group a section's entries ("PERSONAL TRAINING", "GROUP FITNESS", "MANAGEMENT" under
    "Experience"). A line in it whose last word looks like a heading's is one of them."""
    shaped: Counter[str] = Counter()
    guessed: Counter[str] = Counter()
    exact: set[str] = set()
    for line in document.lines:
        if line.start not in styles:
            continue
        body = document.text[line.start : line.end]
        if not _unknown_heading_shaped(body):
            continue
        key = f"{styles[line.start]}|{line.column}"
        shaped[key] += 1
        if _is_exact(body, "resume"):
            exact.add(key)
        elif classify_heading(body, "resume") is not None:
            guessed[key] += 1
    return frozenset(key for key, n in shaped.items()
                     if n >= MIN_LABELS_IN_TYPE and key not in exact and guessed[key] * 2 < n)


def _heading_icons(document: Document, styles: dict[int, str]) -> frozenset[str]:
    """Bullet glyphs a theme sets only before its headings: each starts at least two lines
    of one type that are known headings once it is taken off, and no line of another type
    (there the glyph marks list items, "◆ Auction campaigns")."""
    types: dict[str, set[str]] = {}
    before_headings: Counter[str] = Counter()
    for line in document.lines:
        body = document.text[line.start : line.end]
        marker = _BULLET_MARKER.match(body)
        if marker is None or line.start not in styles:
            continue
        glyph = body.lstrip()[:1]
        types.setdefault(glyph, set()).add(styles[line.start])
        before_headings[glyph] += _is_exact(body[marker.end():], "resume")
    return frozenset(g for g, n in before_headings.items() if n >= 2 and len(types[g]) == 1)


def _colon_styles(document: Document, role: Role, styles: dict[int, str], heading_styles: frozenset[str]
                  ) -> frozenset[str]:
    """The headings' types in which every known heading ends with a colon ("About:",
    "Education:"), or most do over the columns that set headings in that type ("Key Wins:"
    beside "Skills & Tools:" and "Memberships", under "Profile:" and "Education:"): there a
    colon ends a heading, as it ends the known ones."""
    if not heading_styles:  # plain text, a posting: no line is in a headings' type
        return frozenset()
    ends: dict[str, list[bool]] = {}
    for line in document.lines:
        key = f"{styles.get(line.start)}|{line.column}"
        body = document.text[line.start : line.end].rstrip()
        if key in heading_styles and _is_exact(body, role):
            ends.setdefault(key, []).append(body.endswith(":"))
    by_type: dict[str, list[bool]] = {}
    for key, seen in ends.items():
        by_type.setdefault(key.rpartition("|")[0], []).extend(seen)
    return frozenset(key for key, seen in ends.items()
                     if all(seen) or 2 * sum(by_type[key.rpartition("|")[0]]) > len(by_type[key.rpartition("|")[0]]))


def _by_style(found: tuple[SectionKind, str] | None, body: str, style: str, heading_styles: frozenset[str],
              current: SectionKind, styled: bool, contacts_read: bool = False,
              colon_ends: bool = False) -> tuple[SectionKind, str] | None:
    """What the line's type says: a line set like the known headings is a heading whatever
    its words ("Personal Life", "Community Roles"), even of the kind open before it
    ("Toolbox" after "Expertise"), except among contact details (their labels); in the
    preamble only once its contact details are read (before them a name or a title may be
    set in the headings' type; after them "Statement" opens the first section), or before
    them when its words point to a summary ("Who I am"), and ending with a colon where the
    known headings in its type do (`colon_ends`: "Personal:" beside "Skills:"), or carrying a
    qualifier in brackets or joining two headings with a slash or a bar ("Work Experience
    (continued)", "Skills / Tools"); a heading
    of the section's own kind set otherwise is a sub-heading ("Software" under "Technical
    Skills")."""
    in_style = bool(style) and style in heading_styles
    if found is None and _BULLET_MARKER.match(body) and (in_style or _type_of_headings(style, heading_styles)):
        # a glyph a theme sets before its headings ("✓ Certificates", "★ Continuing Education"),
        # in the headings' type: not a bullet; in another column, only a known heading's words
        unmarked = _BULLET_MARKER.sub("", body, count=1)
        kind = classify_heading(unmarked, "resume")
        if kind is not None and (in_style or _is_exact(unmarked, "resume")):
            return kind, clean_heading(unmarked)
        return None
    if found is None:
        # a contact block's labels ("ADDRESS", "PHONE", "LICENSE") may be set like headings
        if colon_ends:
            body = body.rstrip().removesuffix(":")
        title = _QUALIFIER.sub("", body) if in_style else body  # "Work Experience (continued)"
        words = title.replace(" / ", " & ").replace(" | ", " & ")  # "Skills / Tools": two headings' words
        if in_style and not (current in (K.CONTACT, K.PREAMBLE) and contact_label(words)) \
                and _unknown_heading_shaped(words):
            kind = _unknown_heading(words)[0]
            if current is not K.PREAMBLE or contacts_read or kind is K.SUMMARY:
                return kind, clean_heading(title)  # before the contact details, "Who I am" but not a title
        return None
    if found[0] is not current or found[0] is K.OTHER:
        return found
    if styled and heading_styles:
        return found if in_style else None
    return found if _is_exact(body, "resume") else None


def _type_of_headings(style: str, heading_styles: frozenset[str]) -> bool:
    """The line is set in the type of the known headings of another column (a style is its
    type, a bar, and its column)."""
    return bool(style) and style.rpartition("|")[0] in {known.rpartition("|")[0] for known in heading_styles}


_NUMBERED = re.compile(r"^\s*(\d{1,2}|[A-H])(?:[.)]|(?<=[A-H]))\s+(\S.*)$")


# What a heading set like the others may carry after its words: "Experience (continued)",
# "Work History (selected)"; and two headings joined by a slash or a bar ("Skills / Tools")
_QUALIFIER = re.compile(r"\s+\([^()]{1,20}\)\s*$")


def _ordinal(label: str) -> int:
    """A heading's number: "3" is 3, "C" is 3."""
    return int(label) if label.isdigit() else ord(label) - ord("A") + 1


def _first_person_headings(document: Document, role: Role) -> dict[int, tuple[SectionKind, str]]:
    """Headings in the first person ("Where I've worked", "What I'm good at", "Languages I
    speak"), when the résumé sets two or more lines so: a theme writes all its headings that
    way, while a lone "What I bring" may open a paragraph."""
    if role != "resume":
        return {}
    found = {}
    for line in document.lines:
        body = clean_heading(document.text[line.start : line.end])
        kind = first_person_kind(normalize_heading(body)) if 0 < len(body.split()) <= 6 else None
        if kind is not None:
            found[line.start] = (kind, body)
    return found if len(found) >= 2 else {}


def _full_stop_headings(document: Document, role: Role, styles: dict[int, str],
                        body_style: str | None) -> dict[int, tuple[SectionKind, str]]:
    """Headings an editorial theme ends with a full stop ("about.", "experience.", "off duty."):
    short lines ending in one full stop, in a type other than the body's, where two or more
    of that type are known headings; the others of that type are headings of their words."""
    if role != "resume" or not styles:
        return {}
    lines = []
    for line in document.lines:
        body = document.text[line.start : line.end].strip()
        style = styles.get(line.start)
        if style is None or style == body_style or not body.endswith(".") or body.endswith(".."):
            continue
        bare = body[:-1].strip()
        if 0 < len(bare.split()) <= 4 and not any(c.isdigit() for c in bare) and "." not in bare:
            lines.append((line.start, style, bare, classify_heading(bare, role)))
    known = Counter(style for _, style, _, kind in lines if kind is not None)
    styled = {style for style, count in known.items() if count >= 2}
    return {start: (kind or _unknown_heading(bare)[0], clean_heading(bare))
            for start, style, bare, kind in lines if style in styled and (kind or _unknown_heading_shaped(bare))}


def _bilingual_headings(document: Document, role: Role) -> dict[int, tuple[SectionKind, str]]:
    """Headings written in two languages ("Profile / Profil", "Education / Formation",
    "Volunteer Work / Bénévolat"): a known heading, a slash and a few words, when the
    résumé sets two or more lines so (a lone "Survey Assistant / Instrument Operator" is a
    job)."""
    if role != "resume":
        return {}
    found = {}
    for line in document.lines:
        body = document.text[line.start : line.end].strip()
        first, sep, second = body.partition(" / ")
        if not sep or "/" in second or not 0 < len(second.split()) <= 5 or any(c.isdigit() for c in body):
            continue
        kind = classify_heading(first, role) if len(first.split()) <= 5 else None
        if kind is not None:
            found[line.start] = (kind, clean_heading(body))
    return found if len(found) >= 2 else {}


def _numbered_headings(document: Document, role: Role) -> dict[int, tuple[SectionKind, str]]:
    """Headings a document numbers or letters as a list ("1. Profile", "2. Employment History",
    ...; "A Profile", "B Experience"):
    lines of a number and a known heading, two or more, numbered upwards. A numbered list
    item that happens to be a heading's word ("3. Leadership" among achievements) stands
    alone, or out of the count, and stays an item."""
    found: list[tuple[int, int, tuple[SectionKind, str]]] = []
    for line in document.lines:
        match = _NUMBERED.match(document.text[line.start : line.end])
        if match is None:
            continue
        words = _QUALIFIER.sub("", match.group(2))  # "B Experience (9 yrs)"
        kind = classify_heading(words, role)
        if kind is not None:
            found.append((line.start, _ordinal(match.group(1)), (kind, clean_heading(words))))
    numbers = [number for _, number, _ in found]
    if len(found) < 2 or numbers != sorted(set(numbers)) or numbers[0] > 2:
        return {}
    return {start: heading for start, _, heading in found}


def _wraps_on(document: Document, index: int, styles: dict[int, str], heading_styles: frozenset[str],
              section_start: int) -> bool:
    """The line is the end of the line before it, wrapped: set in that line's type (not the
    headings'), in its column, after a line that ends no sentence and heads no section."""
    if index == 0 or document.lines[index].start in document.layout.heading_lines:
        return False
    line, before = document.lines[index], document.lines[index - 1]
    style = styles.get(line.start)
    if style is None or style != styles.get(before.start) or before.column != line.column \
            or before.page != line.page or before.start == section_start:
        return False
    if f"{style}|{line.column}" in heading_styles:
        return False
    return not document.text[before.start : before.end].rstrip().endswith((".", ":", ";", "!", "?", ")"))


MIN_LABELS = 2  # other lines in a label's type near it that make it one of a list of labels
LABEL_REACH = 4  # lines before and after a label where the list's other labels stand


def _among_labels(document: Document, index: int, styles: dict[int, str], heading_styles: frozenset[str],
                  section_start: int) -> bool:
    """The line is one of a list of labels inside a section (the caller asks it of contact and
    personal details): not in the headings' type, with at least `MIN_LABELS` lines in its
    type within `LABEL_REACH` lines of it, in its column and its section ("Languages" after
    "Nationality British", "Driving licence ..."; "PORTFOLIO" among "PHONE", "EMAIL"). Role
    titles set in one type stand further apart, with their bullets between them; inside other
    sections a template may set real headings in its labels' type (a LaTeX "Languages" in
    the type of the skills' group labels), so it is not asked there."""
    line = document.lines[index]
    style = styles.get(line.start)
    if style is None or not heading_styles or section_start == 0 or f"{style}|{line.column}" in heading_styles:
        return False
    same = 0
    for step in (-1, 1):  # up, then down, to the section's heading, another column or the next section
        for offset in range(1, LABEL_REACH + 1):
            near = index + step * offset
            if not 0 <= near < len(document.lines):
                break
            other = document.lines[near]
            if other.start <= section_start or other.column != line.column \
                    or f"{styles.get(other.start)}|{other.column}" in heading_styles:
                break
            same += styles.get(other.start) == style
    return same >= MIN_LABELS


def _card_heading(found: tuple[SectionKind, str] | None, body: str) -> tuple[SectionKind, str] | None:
    """A heading over a card set beside others opens a section of its own, even of the kind
    open before it ("Training" after "Education") or in words no vocabulary knows."""
    if found is not None or not _unknown_heading_shaped(body):
        return found
    return _unknown_heading(body)


def _unknown_heading(body: str) -> tuple[SectionKind, str]:
    """A heading in words the vocabulary does not know: the kind its parts or its words
    point to ("Research & Engineer Experience", "Toolbox"), else other."""
    norm = normalize_heading(clean_heading(body))
    return heading_kind_by_parts(norm) or kind_by_words(set(norm.split())) or K.OTHER, clean_heading(body)


# The labels of contact details and personal particulars, which a contact block may set like
# its headings ("ADDRESS", "DATE OF BIRTH"); a heading after the block ("DECLARATION") is none.
CONTACT_LABEL_WORDS = frozenset("""
address home phone mobile cell telephone tel email e-mail mail web website site url linkedin github portfolio
location city country licence license driving date of birth dob born birthday nationality citizenship visa status
marital gender languages known passport pronouns contact details personal
""".split())


def contact_label(body: str) -> bool:
    """The line is a label of contact details or personal particulars."""
    words = normalize_heading(clean_heading(body)).split()
    return bool(words) and all(word in CONTACT_LABEL_WORDS for word in words)


def _unknown_heading_shaped(body: str) -> bool:
    """Words set like a heading and shaped like one: a few words, capitalised (or a single
    lower-case word, as some designs set them), no label colon, no sentence."""
    cleaned = clean_heading(body)
    words = cleaned.split()
    if not 1 <= len(words) <= 5 or _NOT_HEADING_CHARS.search(cleaned) or _BULLET_MARKER.match(body):
        return False
    if body.rstrip().endswith((".", ",", ";", ":")):
        return False
    rest = [w for w in words[1:] if w not in _JOINERS]  # "Safety-critical competencies & certification"
    sentence_case = len(words) <= SENTENCE_CASE_WORDS and words[0][:1].isupper() \
        and all(w[:1].islower() or w in ("I", "I've", "I’ve") or _ACRONYM.fullmatch(w) for w in rest)
    # "Where I've worked", "Certifications & GCP training"
    lower_case = len(words) <= SENTENCE_CASE_WORDS and all(w[:1].islower() or w in _JOINERS for w in words)
    return heading_shaped(clean_heading(body)) or sentence_case or lower_case


_ACRONYM = re.compile(r"[A-Z]{2,5}s?")  # "GCP", "CPD", "NHS": capitals in a sentence-case heading
SENTENCE_CASE_WORDS = 4  # words of a heading written in sentence case ("Work experience") or in lower case
_JOINERS = frozenset({"&", "/", "+", "|"})


def _bullets(document: Document, kind_by_line: list[SectionKind]) -> list[Bullet]:
    text = document.text
    bullets: list[Bullet] = []
    open_bullet: Bullet | None = None
    for line, kind in zip(document.lines, kind_by_line, strict=False):
        body = text[line.start : line.end]
        marker = _BULLET_MARKER.match(body)
        if marker or line.origin is LineOrigin.LIST_ITEM:
            start = line.start + (marker.end() if marker else 0)
            if start < line.end:
                open_bullet = Bullet(start, line.end, kind)
                bullets.append(open_bullet)
                continue
        elif open_bullet is not None and open_bullet.section is kind and body[:1].islower():
            # a wrapped bullet continues on the next line in lower case
            open_bullet = Bullet(open_bullet.start, line.end, kind)
            bullets[-1] = open_bullet
            continue
        open_bullet = None
    return bullets


def guess_role(document: Document) -> Role:
    """'resume' or 'posting', by which vocabulary more of the document's headings use."""
    resume_hits, posting_hits, _ = _heading_votes(document)
    return "posting" if posting_hits > resume_hits else "resume"


_TOP_LINES = 8


def looks_like_resume(document: Document) -> bool:
    """A résumé saved among job postings: no heading only postings use ("Requirements",
    "Benefits"), and either two headings only résumés use ("Education", "Work experience")
    or contact details in the first lines with headings a résumé has ("Experience", "Skills")."""
    resume_only, posting_only, resume_any = _heading_votes(document, ignore=SHARED_HEADINGS)  # "Contact": both
    if posting_only:
        return False
    if resume_only >= 2:
        return True
    if not (resume_only or resume_any >= 2):
        return False
    return any(has_contact_details(document.text[line.start : line.end]) for line in document.lines[:_TOP_LINES])


def _heading_votes(document: Document, ignore=frozenset()) -> tuple[int, int, int]:
    """How many short lines are headings only résumés use, only postings use, and that
    résumés use (postings may too)."""
    resume_only = posting_only = resume_any = 0
    for line in document.lines:
        text = document.text[line.start : line.end]
        if len(text) > 60:
            continue
        norm = normalize_heading(text.rstrip(":"))
        if norm in ignore:
            continue
        resume_any += norm in RESUME_HEADINGS
        resume_only += norm in RESUME_HEADINGS and norm not in POSTING_HEADINGS
        posting_only += norm in POSTING_HEADINGS and norm not in RESUME_HEADINGS
    return resume_only, posting_only, resume_any
