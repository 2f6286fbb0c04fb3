"""Section headings as a PDF sets them: in the left margin beside their text, and wrapped.

- A heading in the left margin sits on the baseline of the text beside it ("Awards    Best
  student award"): `margin_heading` says how many leading words of a line are one, so the
  reader puts them on a line of their own.
- A heading too long for its column wraps: "CORE" over "COMPETENCIES" in a sidebar,
  "CAREER" over "HISTORY" in a margin column (each part beside a line of text), or
  "PROFES-" / "SIONAL DEVE-" / "LOPMENT" where the column breaks the word.
  `join_wrapped_headings` puts the parts back together on the first line when the lines
  sit one under the other, share an edge or a centre, one font and colour, and together
  make a known résumé heading (neither part need be one: "LICENSES &" and
  "CERTIFICATIONS"); centred parts share a centre instead. Small capitals over a large
  word at one edge ("PROFESSIONAL" over "Summary") are one heading when together they are
  a known one, or when the capitals end in "&" ("SECURITY &" over "Vetting").
"""

from __future__ import annotations

import re

from skillgap.ingest.pdf_layout import PlacedLine
from skillgap.ingest.pdf_words import Word, face
from skillgap.types import SectionKind

MARGIN_GAP = 1.0  # font sizes between a margin heading and the text beside it
# The items of a list beside a label: "Languages  Python, Go, C", "Languages  English | French"
_LIST_SEPARATOR = re.compile(r"[,;]$|^[|·•/]$")
# Headings that also label the rows of a skills table; "Education  2008 M.S., University of
# Hartford, CT" is a heading beside its entry however many commas the entry has
_LABEL_KINDS = frozenset({SectionKind.SKILLS, SectionKind.LANGUAGES, SectionKind.INTERESTS})
MAX_PARTS = 4  # lines a wrapped heading takes at most
MAX_HEAD_WORDS = 4  # words of a heading on one of its lines
LINE_STEP = 1.8  # font sizes from one line of a wrapped heading to the next, at most
SAME_EDGE = 2.0  # points: the parts of a heading share a left or right edge, or a centre ...
SAME_EDGE_SIZES = 0.2  # ... or this many font sizes, for larger type
SMALL_CAPS = 1.5  # a small capital's size times this is at least its capital's
_STYLE = ("fontname", "size", "non_stroking_color")
_BROKEN = re.compile(r"[-\u2010\u00ad]$")  # a word the column broke: "PROFES-"


def margin_heading(words: list[Word], margins: frozenset[tuple] = frozenset()) -> int:
    """How many leading words are a section heading set in the left margin, on the
    baseline of the text beside it, or 0: a known résumé heading, then a gap of at least
    MARGIN_GAP, then text in another style; a heading that also labels skills is not one
    before a list (a skills table's label, "Languages  Python, Go, C", stays a label),
    unless it stands where the document's other margin headings stand (`margins`, from
    `heading_margins`: "Key Skills:  Complaint handling, ..." under "Education:")."""
    count, kind = _margin_head(words)
    if kind is None:  # "Toolkit" where "Experience" and "Education" stand, in their type
        return count if count and _in_margins(words[:count], margins) and _named_like_a_heading(words[:count]) else 0
    listing = sum(_LIST_SEPARATOR.search(str(w["text"])) is not None for w in words[count:]) >= 2
    return 0 if listing and kind in _LABEL_KINDS and not _in_margins(words[:count], margins) else count


def heading_margins(lines: list[PlacedLine]) -> frozenset[tuple]:
    """Where the document sets its margin headings that are not also skills labels ("Experience",
    "Education"): their edges and type style (`_margin_of`)."""
    out = set()
    for line in lines:
        count, kind = _margin_head(line.words)
        if kind is not None and kind not in _LABEL_KINDS:  # such a heading is never taken for a label
            out.update(_margin_of(line.words[:count]))
    return frozenset(out)


def _named_like_a_heading(words: list[Word]) -> bool:
    """A few words, each capitalised but the small ones, with no digit or sentence mark:
    "Toolkit", "Selected Clients", not "2019", "Jan 2019" or "e.g. Figma"."""
    from skillgap.ingest.sections import heading_shaped

    text = _joined(words)
    named = [w for w in words if w.get("text") != "&"]  # "Herd & Pasture" over "Skills": three words
    return len(named) <= MAX_HEAD_WORDS - 1 and heading_shaped(text) and not text.endswith(":")


def _margin_head(words: list[Word]) -> tuple[int, SectionKind | None]:
    """How many leading words stand apart in the margin, and the section they open (None
    when they open none)."""
    count = _margin_words(words)
    return count, _margin_kind(_joined(words[:count])) if count else None


def _margin_kind(text: str) -> SectionKind | None:
    """The section a margin heading opens: a known heading, or one of two words or more known
    by its last ("Subject Knowledge"); a single word beside a value ("Roles  Developer",
    "Position  Head of IT") is a label unless it is a heading as it stands."""
    from skillgap.ingest.sections import RESUME_HEADINGS, classify_heading, clean_heading, normalize_heading

    norm = normalize_heading(clean_heading(text))
    if norm in RESUME_HEADINGS:
        return RESUME_HEADINGS[norm]
    return classify_heading(text, "resume") if len(norm.split()) >= 2 else None


def _margin_of(words: list[Word]) -> set[tuple]:
    """Where a margin heading stands and in what type: its left edge and, for headings set
    flush right against their text, its right edge, each with its font, size and colour."""
    style = words[0].get("fontname"), round(float(words[0].get("size") or 0.0), 1), words[0].get("non_stroking_color")
    return {("left", round(float(words[0]["x0"])), *style), ("right", round(float(words[-1]["x1"])), *style)}


def _in_margins(words: list[Word], margins: frozenset[tuple]) -> bool:
    return bool(_margin_of(words) & margins)


def _margin_words(words: list[Word]) -> int:
    """How many leading words stand apart from the rest of the line: a gap of at least
    MARGIN_GAP after them and another type style beyond it; 0 when none do."""
    for count in range(1, min(MAX_HEAD_WORDS + 2, len(words))):
        left, right = words[count - 1], words[count]
        if right["x0"] - left["x1"] < MARGIN_GAP * float(left.get("size") or 10.0):
            continue
        return 0 if _same_style(left, right) else count
    return 0


def join_wrapped_headings(lines: list[tuple[int, PlacedLine]],
                          faces: frozenset[tuple] = frozenset()) -> list[tuple[int, PlacedLine]]:
    """The page-numbered lines with each wrapped heading's parts joined on its first line:
    parts that make a known heading together, or margin parts set where and as the
    document's known margin headings are ("Selected" over "Clients" beside "Experience"), or
    capitals in the type of its known headings (`faces`, from `heading_faces`)."""
    from skillgap.ingest.sections import RESUME_HEADINGS, classify_heading, normalize_heading

    margins = heading_margins([line for _, line in lines])
    out = list(lines)
    index = 0
    while index < len(out):
        page, line = out[index]
        head = _head_words(line)
        parts = [head] if head else []
        at = [index]  # the lines that hold the parts
        kicker = False  # the second part is the main word under small capitals
        following = index + 1
        while parts and len(parts) < MAX_PARTS and following < len(out):
            next_page, next_line = out[following]
            if next_page != page or next_line.column != line.column:
                break
            part = _head_words(next_line)
            if following == at[-1] + 1 and _beside(parts[-1], next_line) \
                    and not (part and _continues(parts[-1], part)):
                # a line of the text beside the heading, between two of its parts, also when
                # it opens with a word of its own margin ("present" under "2021 –")
                following += 1
                continue
            kicker = bool(len(parts) == 1 and part and _kicker(parts[0], part))
            if not part or not (_continues(parts[-1], part) or kicker or _after_slash(parts[-1], part)):
                break
            parts.append(part)
            at.append(following)
            following += 1
            if kicker:
                break
        for end in range(len(parts), 1, -1):  # the longest run of parts that is a heading
            text = _joined([w for part in parts[:end] for w in part])
            if normalize_heading(text) in RESUME_HEADINGS or _wrapped_heading(text, parts[:end], margins) \
                    or _in_heading_faces(parts[:end], faces) \
                    or (kicker and _named_like_a_heading([w for p in parts for w in p])
                        and (classify_heading(text, "resume") is not None
                             or _CONJUNCTION_END.search(_joined(parts[0])) is not None)):
                joined = _joined_lines([out[i] for i in at[:end]], parts[:end])
                between = [out[i] for i in range(at[0] + 1, at[end - 1]) if i not in at]
                out[at[0]:at[end - 1] + 1] = joined[:1] + between + joined[1:]
                break
        index += 1
    return out


def heading_faces(lines: list[tuple[int, PlacedLine]]) -> frozenset[tuple]:
    """The types (`pdf_words.face`) of the lines that are a known heading alone, each in one
    type: what the document's headings look like."""
    from skillgap.ingest.sections import classify_heading

    return frozenset(face(line.words[0]) for _, line in lines
                     if line.words and len({face(w) for w in line.words}) == 1
                     and classify_heading(_joined(line.words), "resume") is not None)


def _in_heading_faces(parts: list[list[Word]], faces: frozenset[tuple]) -> bool:
    """Parts in capitals no one of which is a known heading alone, each in the style of the
    document's known headings and named like one: one heading the column wrapped
    ("FAVORITE" over "STEMS" beside "DESIGN SKILLS"; not "AWARDS" over "OTHER", two
    headings; not a list of interests in Title Case set like the headings)."""
    from skillgap.ingest.sections import classify_heading

    return all(part and face(part[0]) in faces and all(_same_style(part[0], w) for w in part)
               and _joined(part).isupper() and classify_heading(_joined(part), "resume") is None
               for part in parts) \
        and _named_like_a_heading([w for part in parts for w in part])


def _wrapped_heading(text: str, parts: list[list[Word]], margins: frozenset[tuple]) -> bool:
    """Parts that are one heading the column wrapped, though not a known one as a whole:
    the first breaks off after "&", "and" or a comma ("Registration &" over "Training"), or a
    later one starts with "&" or "and" ("Education" over "and Qualifications"), or the first
    is no heading alone and the parts make one ("Professional" over "Registration"),
    or the first is no heading alone and every part stands where the document's margin
    headings stand, in their type ("Selected" over "Clients", "Featured" over "Projects";
    not "Awards" over "Other": two headings)."""
    from skillgap.ingest.sections import classify_heading

    first = _joined(parts[0])
    if first.endswith(" /") and len(parts) == 2 and classify_heading(first[:-2], "resume") is not None:
        return True  # "Technical Skills /" over "Compétences techniques": a heading in two languages
    if not _named_like_a_heading([w for part in parts for w in part]):
        return False
    if _CONJUNCTION_END.search(_joined(parts[0])) or any(_CONJUNCTION_START.match(_joined(p)) for p in parts[1:]):
        return classify_heading(text, "resume") is not None  # "EDUCATION" / "AND QUALIFICATIONS" too
    if classify_heading(_joined(parts[0]), "resume") is None and classify_heading(text, "resume") is not None:
        return True  # "PROFESSIONAL" over "REGISTRATION": no heading alone, a heading together
    return _margin_kind(_joined(parts[0])) is None and all(_in_margins(part, margins) for part in parts)


_CONJUNCTION_END = re.compile(r"(?:&|\band|,)$", re.IGNORECASE)
_CONJUNCTION_START = re.compile(r"^(?:&|and\b)", re.IGNORECASE)


def _beside(part: list[Word], line: PlacedLine) -> bool:
    """`line` is text beside a margin heading's part: it starts right of the part's end."""
    return bool(line.words) and line.words[0]["x0"] > part[-1]["x1"]


def _head_words(line: PlacedLine) -> list[Word]:
    """The words that could be part of a heading: the whole line when it is short and in
    one style, else the words standing apart in its left margin."""
    words = line.words
    if not words:
        return []
    styled = words[:-1] if len(words) > 1 and words[-1].get("text") == "/" else words  # "Technical Skills /"
    if len(words) <= MAX_HEAD_WORDS and all(_same_style(words[0], w) for w in styled):
        return words
    count = _margin_words(words)
    return words[:count] if count <= MAX_HEAD_WORDS else []


def _continues(above: list[Word], below: list[Word]) -> bool:
    """`below` goes on the heading part `above`: the next line down, at its left edge, in its style."""
    step, size, edge = _step_below(above, below)
    left = abs(below[0]["x0"] - above[0]["x0"]) <= edge
    right = abs(below[-1]["x1"] - above[-1]["x1"]) <= edge
    centred = abs(below[0]["x0"] + below[-1]["x1"] - above[0]["x0"] - above[-1]["x1"]) <= 2 * edge
    return 0 < step <= LINE_STEP * size and (left or right or centred) and _same_face(above[0], below[0])


def _after_slash(above: list[Word], below: list[Word]) -> bool:
    """`above` ends in a slash and `below` is the next line down at its left edge, in any
    style: the heading's other language ("Technical Skills /" over "Compétences techniques"
    in a lighter italic)."""
    step, size, edge = _step_below(above, below)
    return str(above[-1].get("text", "")).endswith("/") and 0 < step <= LINE_STEP * size \
        and abs(below[0]["x0"] - above[0]["x0"]) <= edge


def _step_below(above: list[Word], below: list[Word]) -> tuple[float, float, float]:
    """How far `below` sits under `above`, `above`'s size, and how far apart two edges of
    one heading may be (an italic's first letter overhangs its box)."""
    size = float(above[0].get("size") or 10.0)
    return below[0]["top"] - above[0]["top"], size, max(SAME_EDGE, SAME_EDGE_SIZES * size)


KICKER = 1.4  # a heading's main word is at least this many times the size of the small capitals over it


def _kicker(above: list[Word], below: list[Word]) -> bool:
    """`above` is a heading's first words set small in capitals over its main words, at
    one left edge ("PROFESSIONAL" in small grey capitals over a large "Summary")."""
    text = _joined(above)
    letters = [c for c in text if c.isalpha()]
    small, large = float(above[0].get("size") or 10.0), float(below[0].get("size") or 10.0)
    step = below[0]["top"] - above[0]["top"]
    return bool(letters) and all(c.isupper() for c in letters) and len(above) <= 2 and large >= KICKER * small \
        and abs(below[0]["x0"] - above[0]["x0"]) <= SAME_EDGE and 0 < step <= LINE_STEP * large


def _same_face(a: Word, b: Word) -> bool:
    """One font and colour, in sizes no further apart than small caps' capitals and letters."""
    sizes = sorted((float(a.get("size") or 10.0), float(b.get("size") or 10.0)))
    return a.get("fontname") == b.get("fontname") and a.get("non_stroking_color") == b.get("non_stroking_color") \
        and sizes[1] <= SMALL_CAPS * sizes[0]


def _joined_lines(lines: list[tuple[int, PlacedLine]], parts: list[list[Word]]
                  ) -> list[tuple[int, PlacedLine]]:
    """The first line with the heading's words in front of its own other words; the other
    lines without the heading's words (dropped when nothing else is left on them)."""
    heading = _merged(parts)
    first_page, first = lines[0]
    rest_of_first = [w for w in first.words if not any(w is h for h in parts[0])]
    out = [(first_page, PlacedLine(heading + rest_of_first, first.column, first.origin))]
    for (page, line), part in zip(lines[1:], parts[1:], strict=True):
        left = [w for w in line.words if not any(w is h for h in part)]
        if left:
            out.append((page, PlacedLine(left, line.column, line.origin)))
    return out


def _merged(parts: list[list[Word]]) -> list[Word]:
    """The heading's words in reading order, a word the column broke joined with its end."""
    words: list[Word] = []
    for part in parts:
        for word in part:
            if words and word is part[0] and _BROKEN.search(str(words[-1]["text"])):
                if len(words) > 1 and _BROKEN.fullmatch(str(words[-1]["text"])):
                    words.pop()  # the hyphen drawn apart from its word: "PROFES -"
                words[-1] = dict(words[-1], text=_BROKEN.sub("", str(words[-1]["text"])) + str(word["text"]))
            else:
                words.append(dict(word))
    return words


def _joined(words: list[Word]) -> str:
    """The heading's text, a word the column broke joined with its end ("PROFES-" "SIONAL")."""
    return " ".join(str(w["text"]) for w in _merged([[word] for word in words]))


def _same_style(a: Word, b: Word) -> bool:
    return all(a.get(key) == b.get(key) for key in _STYLE)
