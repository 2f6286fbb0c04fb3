"""SG2xx: structure, what a recruiter and a parser expect to find."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator

from skillgap.ingest.heading_words import RESUME_HEADINGS, SET_HEADINGS, kind_by_words
from skillgap.ingest.sections import (
    PART_SEPARATOR,
    classify_heading,
    clean_heading,
    contact_label,
    heading_kind_by_parts,
    normalize_heading,
    run_in_heading,
)
from skillgap.lint.context import LintContext
from skillgap.lint.findings import Hit
from skillgap.types import Line, SectionKind, SkillKind

K = SectionKind


def missing_email(ctx: LintContext) -> Iterator[Hit]:
    if not any(c.kind == "email" for c in ctx.contacts):
        yield Hit(0, 0, "no email address found", "put your email address under your name, as plain text")


def missing_phone(ctx: LintContext) -> Iterator[Hit]:
    if not any(c.kind == "phone" for c in ctx.contacts):
        yield Hit(0, 0, "no phone number found",
                  "put your phone number under your name, with the country code (+1 555 010 0199)")


def _missing(ctx: LintContext, kind: SectionKind, label: str, examples: str) -> Iterator[Hit]:
    if kind not in ctx.section_kinds and not _headed_in_other_words(ctx, kind):
        yield Hit(0, 0, f"no {label} section", f"add a section headed {examples}")


def _headed_in_other_words(ctx: LintContext, kind: SectionKind) -> bool:
    """A line set as a heading whose words point to `kind` ("EMPLOYMENT RECORD", "TOOLBOX"):
    the section is there under a heading SG206 tells the user to reword, not missing. Or a
    heading in capitals read into a line of another column ("leta) knowledge EDUCATION",
    "TOOLS & TERMINOLOGY Saint-Laurent, Ottawa, 2013"): the section is there, beside."""
    return any(_STANDARD.get(kind) == _suggest(ctx.line_text(line).strip().rstrip(":"), False)
               for index, line in enumerate(ctx.lines)
               if index and (line.start in ctx.heading_starts or _looks_like_heading(ctx, index, line))) \
        or any(_capitals_heading_beside(ctx.line_text(line)) is kind for line in ctx.lines[1:])


# Words in capitals, four letters or more each (not "SQL", "AWS"), at the start or the end of
# a line that has words in lower case too: a heading of the column beside read into the line
_CAPITALS_AT_EDGE = re.compile(r"^\s*[A-Z]{4,}(?:\s+(?:&|[A-Z]{4,}))*(?=\s+\S*[a-z])|(?<=[a-z)])\s+[A-Z]{4,}"
                               r"(?:\s+(?:&|[A-Z]{4,}))*\s*$")


def _capitals_heading_beside(text: str) -> SectionKind | None:
    """The kind of the heading in capitals at the line's edge, its first part a heading in
    the vocabulary's own words ("TOOLS & TERMINOLOGY"; not "NIST TOOLS")."""
    found = _CAPITALS_AT_EDGE.search(text)
    if found is None:
        return None
    first = PART_SEPARATOR.split(normalize_heading(found.group().strip()))[0].strip()
    return RESUME_HEADINGS.get(first)


def missing_experience_section(ctx: LintContext) -> Iterator[Hit]:
    yield from _missing(ctx, K.EXPERIENCE, "experience", "“Experience” (or “Work Experience”)")


def missing_education_section(ctx: LintContext) -> Iterator[Hit]:
    yield from _missing(ctx, K.EDUCATION, "education", "“Education”")


def missing_skills_section(ctx: LintContext) -> Iterator[Hit]:
    """SG205, unless skills are listed under a heading that names them among other things or
    in a list without a heading."""
    if any(K.SKILLS in kinds_named(section.title) for section in ctx.sections.sections if section.title):
        return  # skills under a heading shared with another section: "Hobbies and Skills", "趣味・特技"
    if _unheaded_list(ctx) or _tools_line_in_summary(ctx) or _tools_under_other_heading(ctx) \
            or _rating_table(ctx):
        return  # a list drawn without a heading beside the profile (skills with level bars), a
        # line of tools in a "Summary of Qualifications", a section of tools under a heading
        # the reader does not know ("Court Systems"), or a table that rates each item
    yield from _missing(ctx, K.SKILLS, "skills", "“Skills”")


MIN_LISTED_TOOLS = 3  # named tools on one line of a summary that make it a skills list
LISTED_SHARE = 0.4  # ... and the share of the line's words their names take


def _tools_line_in_summary(ctx: LintContext) -> bool:
    """A line of the summary that lists tools, one after another ("Advanced Excel (pivot
    tables, XLOOKUP); Sage Intacct, QuickBooks Enterprise, NetSuite"): the summary of
    qualifications is where this résumé lists its skills."""
    taxonomy = ctx.taxonomy
    if taxonomy is None:
        return False
    per_line: dict[int, list[str]] = {}
    for mention in ctx.mentions:
        skill = taxonomy.get(mention.skill_id)
        if ctx.kind_at(mention.start) is K.SUMMARY and skill is not None and skill.kind is SkillKind.TOOL:
            per_line.setdefault(ctx.line_index(mention.start), []).append(mention.text)
    for index, names in per_line.items():
        text = ctx.line_text(ctx.lines[index])
        words = len(text.split())
        named = sum(len(name.split()) for name in set(names))
        # a list, not a sentence that names tools ("I really love yaml, ansible and jinja2.")
        if len(set(names)) >= MIN_LISTED_TOOLS and text.count(",") >= MIN_LISTED_TOOLS - 1 \
                and named >= LISTED_SHARE * words:
            return True
    return False


def _tools_under_other_heading(ctx: LintContext) -> bool:
    """A section under a heading the reader does not know whose lines list skills, no line a
    sentence, the taxonomy naming at least MIN_LISTED_TOOLS tools or skills in it ("Court
    Systems": "OnBase document imaging  Microsoft Teams (remote hearings)  Word and Excel"):
    the résumé's skills section, headed in other words."""
    taxonomy = ctx.taxonomy
    if taxonomy is None:
        return False
    for section in ctx.sections.sections:
        if not section.title or section.kind is not K.OTHER:
            continue
        named = {mention.skill_id for mention in ctx.mentions if section.start <= mention.start < section.end
                 and (skill := taxonomy.get(mention.skill_id)) is not None
                 and skill.kind in (SkillKind.TOOL, SkillKind.HARD)}
        if len(named) < MIN_LISTED_TOOLS:
            continue
        texts = [ctx.line_text(line).strip() for line in ctx.lines
                 if section.start <= line.start < section.end and line.start != section.start]
        if texts and not any(text.endswith((".", "!", "?")) for text in texts):
            return True
    return False


# How well or how often, as the column labels of a table that rates each of its rows
_RATINGS = frozenset("""
beginner novice basic elementary intermediate advanced expert proficient some regular occasional daily
""".split())
MIN_RATINGS = 3  # column labels of a rating table, one after another at the end of its header row


def _rating_table(ctx: LintContext) -> bool:
    """A header row that ends in three ratings or more ("Vehicle / kit  Some  Regular
    Expert", "Skill  Beginner  Intermediate  Advanced"), outside a languages section: the
    table under it rates the candidate's skills, a skills section under another heading."""
    for line in ctx.lines:
        words = re.findall(r"[A-Za-z]+", ctx.line_text(line).lower())
        rated = len(list(itertools.takewhile(lambda word: word in _RATINGS, reversed(words))))
        if rated >= MIN_RATINGS and rated < len(words) and ctx.kind_at(line.start) is not K.LANGUAGES:
            return True
    return False


def kinds_named(title: str) -> frozenset[SectionKind]:
    """Every kind of section a résumé heading names, one for each of its parts: "Hobbies
    and Skills" is interests and skills, "趣味・特技" (hobbies, special skills) too."""
    norm = normalize_heading(clean_heading(title))
    parts = [piece for part in PART_SEPARATOR.split(norm)
             for piece in (part.split() if _CJK.search(part) else [part])]
    return frozenset(kind for kind in (classify_heading(part, "resume") for part in parts) if kind is not None)


_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


MIN_LIST_LINES = 5  # short items one under the other that make a list
_CONTACT_LIKE = re.compile(r"@|https?:|www\.|\.(?:com|org|net|io)\b|\d{3}")  # a contact block is no skills list
_ITEM_WORDS = 3


def _unheaded_list(ctx: LintContext) -> bool:
    """A run of short items, one a line and none a sentence, inside the profile: the
    skills some templates draw as a column of names and level bars without a heading."""
    run = 0
    for line in ctx.lines:
        text = ctx.line_text(line).strip()
        item = (ctx.kind_at(line.start) in (K.SUMMARY, K.OTHER) and line.start not in ctx.heading_starts
                and 0 < len(text.split()) <= _ITEM_WORDS and not text.endswith((".", "!", "?", ":"))
                and not _CONTACT_LIKE.search(text))
        run = run + 1 if item else 0
        if run >= MIN_LIST_LINES:
            return True
    return False


# Words that point a creative heading at a standard one: `heading_words.HEADING_WORD_FAMILIES`.
_STANDARD = {K.CERTIFICATIONS: "Certifications", K.AWARDS: "Awards", K.PROJECTS: "Projects",
             K.EDUCATION: "Education", K.SKILLS: "Skills", K.EXPERIENCE: "Experience", K.SUMMARY: "Summary",
             K.CONTACT: "Contact", K.VOLUNTEER: "Volunteering", K.INTERESTS: "Interests"}
_ROLE_WORDS = frozenset("""
engineer engineering lead manager developer analyst nurse intern director specialist consultant accountant
assistant officer coordinator designer architect scientist administrator technician associate head
""".split())
# Words of organisation names: "BOSTON UNIVERSITY" or "APEX TECHNOLOGIES" in capitals is an
# entry, not a heading.
_ORGANISATION_WORDS = frozenset("""
inc llc ltd corp corporation company co group services solutions systems university college school institute
hospital clinic bank labs gmbh ag plc partners associates consulting
""".split())
# In files where a heading is only guessed from capitals, these words are too often part of a
# name to suggest a section.
_WEAK_HINTS = frozenset("tech technology technologies technical university college school schools degree degrees "
                        "diploma built who history".split())
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,2})\s")
_TEX_HEADING = re.compile(r"\\(?:begin\{)?\w*(?:section|Section|heading|Heading)\b\*?")


def _suggest(text: str, structural: bool) -> str | None:
    """The standard heading `text` stands for; `structural` when the file marks it as a
    heading (Markdown #, LaTeX \\section), rather than capitals alone."""
    words = set(normalize_heading(text).split())
    if not words or words & _ROLE_WORDS or words & _ORGANISATION_WORDS:
        return None
    if not structural:
        words -= _WEAK_HINTS
    kind = kind_by_words(words)
    return _STANDARD.get(kind) if kind is not None else None


def _looks_like_heading(ctx: LintContext, index: int, line: Line) -> bool:
    text = ctx.line_text(line).strip()
    source = ctx.source_line_of(line)
    fmt = ctx.document.format
    if fmt == "md" and source is not None:
        return bool(_MD_HEADING.match(source))
    if fmt == "tex" and source is not None:
        return bool(_TEX_HEADING.search(source))
    if index + 1 >= len(ctx.lines) or not 1 <= len(text.split()) <= 4 or len(text) > 32:
        return False
    if re.search(r"[\d@|/•]", text) or text.endswith((".", ",", ";")):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and (text.isupper() or text.endswith(":"))


def _label_in_role(ctx: LintContext, index: int, line: Line) -> bool:
    """A label with a colon between a role's bullets ("Skills and knowledge acquired:" after
    the role's description, over more bullets): part of the role, not a section."""
    return (ctx.line_text(line).rstrip().endswith(":") and ctx.kind_at(line.start) in _ENTRY_SECTIONS
            and ctx.bullet_on_line(index - 1) is not None and ctx.bullet_on_line(index + 1) is not None)


_ENTRY_SECTIONS = frozenset({K.EXPERIENCE, K.PROJECTS, K.VOLUNTEER, K.EDUCATION})


def non_standard_heading(ctx: LintContext) -> Iterator[Hit]:
    styles = dict(ctx.document.layout.line_styles)
    body_style = Counter(styles.values()).most_common(1)[0][0] if styles else None
    # the title the reader took from a heading line: "Certifications" from "D Certifications (7)"
    titles = {s.start: s.title for s in ctx.sections.sections if s.title}
    for index, line in enumerate(ctx.lines):
        if index == 0 or ctx.bullet_on_line(index) is not None:
            continue
        if line.start in titles and classify_heading(titles[line.start], "resume") is not None \
                and normalize_heading(titles[line.start]) in normalize_heading(ctx.line_text(line)):
            continue  # a lettered or numbered heading in standard words
        text = clean_heading(ctx.line_text(line))  # "03 Toolbox:" is the heading "Toolbox"
        if line.start in ctx.heading_starts and _GOES_ON.search(text) and index + 1 < len(ctx.lines) \
                and ctx.lines[index + 1].start in ctx.heading_starts:
            # a heading wrapped onto the next line: "Personal skills and" / "competences"
            text = clean_heading(f"{text} {ctx.line_text(ctx.lines[index + 1])}")
        first, slash, _ = text.partition(" / ")
        if slash and line.start in titles and classify_heading(first, "resume") is not None:
            continue  # a heading in two languages, the first in standard words: "Profile / Profil"
        if run_in_heading(ctx.line_text(line)) is not None or contact_label(text):
            continue  # "Software. QuickBooks, Xero": a known heading run in; "Driving licence": a particular
        if not text or classify_heading(text, "resume") is not None or index in ctx.line_dates:
            continue
        if line.start in ctx.heading_starts:
            if _known_when_set(normalize_heading(clean_heading(text))):
                continue  # a heading set like the others, in words we know ("Research & Engineer Experience")
        elif body_style is not None and styles.get(line.start) == body_style:
            continue  # set in the body text's type: a label ("My tasks were:"), not a heading
        elif ctx.kind_at(line.start) is K.CONTACT:
            continue  # a contact block's label ("ADDRESS", "LICENSE"), not a section
        elif not _looks_like_heading(ctx, index, line) or _label_in_role(ctx, index, line):
            continue
        standard = _suggest(text, ctx.document.format in ("md", "tex") and ctx.source_line_of(line) is not None)
        if standard and not _column_labels(ctx, index, standard):
            yield Hit(line.start, line.end, f"non-standard heading “{text}”: tracking systems may not recognise "
                                            f"the section", f"use “{standard}”")


_GOES_ON = re.compile(r"\s(?:and|&|of|for)$", re.IGNORECASE)


def _known_when_set(norm: str) -> bool:
    """Whether a line set as a heading reads as a standard one: known by its parts or its
    last word ("Research & Engineer Experience"), a clear heading in a common word
    (`SET_HEADINGS`: "Community"), or a part that is a known heading in the plural
    ("Licence & Type Ratings": licences), or two words the first of which is a known heading
    on its own and the second a word of known headings ("Volunteer Service": "Community
    Service"; not "Career Path"), or two words the first of which is a known heading in the
    singular, read as that heading's kind ("Skill Levels": skills rated)."""
    words = norm.split()
    return heading_kind_by_parts(norm) is not None or norm in SET_HEADINGS \
        or any(f"{part}s" in RESUME_HEADINGS for part in PART_SEPARATOR.split(norm)) \
        or (len(words) == 2 and words[0] in RESUME_HEADINGS and words[1] in _HEADING_VOCABULARY
            and kind_by_words(set(words)) is RESUME_HEADINGS[words[0]]) \
        or (len(words) == 2 and f"{words[0]}s" in RESUME_HEADINGS
            and kind_by_words(set(words)) is RESUME_HEADINGS[f"{words[0]}s"])


_HEADING_VOCABULARY = frozenset(word for heading in RESUME_HEADINGS for word in heading.split())


def _column_labels(ctx: LintContext, index: int, standard: str) -> bool:
    """The line right under a heading, in words of the kind that heading already names: the
    header row of its table ("Credentials", then "CERTIFICATE ISSUER VALID UNTIL"), not a
    section of its own."""
    line = ctx.lines[index]
    kind = ctx.kind_at(line.start)
    return ctx.lines[index - 1].start in ctx.heading_starts and _STANDARD.get(kind) == standard


_UNPROFESSIONAL = re.compile(
    r"sexy|hott?ie|\bhot|babe|baby|cutie|princess|lover|kitty|xoxo|420|(?<!\d)69(?!\d)|lol|party|gamer|"
    r"stud(?!ent|io|y)|badass|pimp|weed|stoner|drunk|booty|thug|killer|devil|playboy|diva|boozy|beer",
    re.IGNORECASE,
)


def unprofessional_email(ctx: LintContext) -> Iterator[Hit]:
    for contact in ctx.contacts:
        if contact.kind != "email":
            continue
        local = contact.text.split("@", 1)[0]
        match = _UNPROFESSIONAL.search(local)
        if match:
            yield Hit(contact.start, contact.end, f"unprofessional email address “{contact.text}”",
                      "use an address based on your name (jane.doe@…)")


_REFERENCES = re.compile(r"\breferences?\b[^.\n]{0,30}?\b(?:available\s+)?(?:up)?on\s+request\b|"
                         r"\bavailable\s+(?:up)?on\s+request\b", re.IGNORECASE)


def references_on_request(ctx: LintContext) -> Iterator[Hit]:
    for match in _REFERENCES.finditer(ctx.text):
        if "reference" in match.group(0).lower() or (ctx.kind_at(match.start()) is K.REFERENCES
                                                     and _says_references(ctx.text, match.start())):
            yield Hit(match.start(), match.end(), "“references available upon request” goes without saying",
                      "delete the line and use the space for a result")


_SENTENCE_END = re.compile(r"[.!?]\s")
_REFEREE_WORDS = re.compile(r"\b(?:references?|referees?|details)\b", re.IGNORECASE)


def _says_references(text: str, at: int) -> bool:
    """A bare "available on request" in a references section speaks of the references: its
    sentence says nothing before it ("Available upon request.") or names them ("Referees:
    available on request", "References from my manager are available on request"), not
    another thing ("Full vaccination record available on request", b119)."""
    line_start = text.rfind("\n", 0, at) + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(text, line_start, at)]
    before = text[ends[-1] if ends else line_start : at].strip(" \t.!?:;–—-•*()")
    return not before or _REFEREE_WORDS.search(before) is not None


_OBJECTIVES = frozenset({"objective", "career objective", "professional objective", "job objective",
                         "employment objective"})


def objective_statement(ctx: LintContext) -> Iterator[Hit]:
    for section in ctx.sections.sections:
        if normalize_heading(section.title) in _OBJECTIVES:
            line = ctx.line_at(section.start)
            yield Hit(line.start, line.end, "an “Objective” section says what you want, not what you offer",
                      "replace it with a 2–3 line “Summary” of your experience and strengths")
