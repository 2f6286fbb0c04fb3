"""Wording: use the posting's term for a skill the résumé names another way ("k8s" ->
"Kubernetes"), and name a posting skill the résumé shows as a narrower one, as a person
would: one more item of its skills line, a modifier before its own head noun, or a short
clause after the tool a bullet ends with. Never a bracketed gloss.

Both only ever add the posting's own term, and only on the strength of evidence that is
already in the bullet. Whether two wordings are the same name (an abbreviation, a
spelling, a vendor prefix) or different claims ("taxation" is not "sales tax") is decided
here, conservatively: a different claim becomes an "only if true" prompt instead.
"""

from __future__ import annotations

import re

from skillgap.language.apostrophes import fold_apostrophe
from skillgap.suggest.edits import Edit
from skillgap.types import SkillKind

KIND_POSTING_TERM = "posting-term"
KIND_NAME_SKILL = "name-skill"

# Words a vendor or a product family adds without changing what is named.
VENDOR_WORDS = frozenset("""
microsoft ms amazon google apache adobe oracle ibm atlassian autodesk the
""".split())
_NP_WORD = re.compile(r" ([A-Za-z][\w'’-]*)")


def normalise(term: str) -> str:
    """Lowercase, with separators folded: "CI/CD" -> "ci cd", "Node.js" -> "node js"."""
    text = fold_apostrophe(term.lower())
    text = re.sub(r"(?<=\w)[./_-](?=\w)", " ", text)
    return " ".join(re.sub(r"[^\w+#' ]", " ", text).split())


def _compact(term: str) -> str:
    return re.sub(r"[^\w+#]", "", term.lower())


def _stem(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def stems(term: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in normalise(term).split())


def _initials(term: str) -> str:
    """"Amazon Web Services" -> "aws", "JavaScript" -> "js", "Identity and access management" -> "iam"."""
    parts: list[str] = []
    for word in re.split(r"[\s/._-]+", term):
        parts.extend(re.findall(r"[A-Z]?[a-z0-9+#]+|[A-Z]+(?![a-z])", word) or [word])
    return "".join(p[0] for p in parts if p).lower()


def is_acronym_of(short: str, long: str) -> bool:
    compact = _compact(short)
    if not (2 <= len(compact) <= 6) or " " in short.strip() or len(long) <= len(short):
        return False
    words = [w for w in re.split(r"[\s/]+", long) if w]
    full = _initials(long)
    content = "".join(w[0] for w in words if w.lower() not in ("and", "of", "the", "&", "for")).lower()
    return compact in (full, content)


def _numeronym(short: str, long: str) -> bool:
    """"k8s" for "kubernetes", "i18n" for "internationalization"."""
    match = re.fullmatch(r"([a-z])(\d{1,2})([a-z])", _compact(short))
    target = _compact(long)
    return bool(match) and target[:1] == match.group(1) and target[-1:] == match.group(3) and \
        len(target) - 2 == int(match.group(2))


def is_variant(wrote: str, term: str) -> bool:
    """Whether `wrote` and `term` name the same thing in other letters: a spelling, an
    abbreviation, an acronym, a vendor prefix. "Postgres"/"PostgreSQL", "JS"/"JavaScript",
    "k8s"/"Kubernetes", "Excel"/"Microsoft Excel" are; "taxation"/"sales tax" is not."""
    a, b = normalise(wrote), normalise(term)
    if not a or not b:
        return False
    if a == b or _compact(a) == _compact(b):
        return True
    ca, cb = _compact(a), _compact(b)
    shorter, longer = sorted((ca, cb), key=len)
    if len(shorter) >= 4 and longer.startswith(shorter) and len(longer) - len(shorter) <= 4:
        return True  # "postgres" / "postgresql", "react" / "reactjs"
    if is_acronym_of(wrote, term) or is_acronym_of(term, wrote) or _numeronym(wrote, term) or _numeronym(term, wrote):
        return True
    sa, sb = set(a.split()), set(b.split())
    if sa != sb and (sa <= sb or sb <= sa) and (sa ^ sb) <= VENDOR_WORDS:
        return True
    return False


def plural_only(wrote: str, term: str) -> bool:
    """"ERP systems" / "ERP system": the same words but for a plural ending."""
    return normalise(wrote) != normalise(term) and stems(wrote) == stems(term) and \
        len(normalise(wrote).split()) == len(normalise(term).split())


def nameable(term: str, skill_name: str) -> bool:
    """Whether the posting's term can stand for the skill itself: its name, a variant of
    it, or a part of it ("observability" for "Monitoring and observability"), rather than
    a narrower wording ("sales tax" for "Tax preparation")."""
    if is_variant(term, skill_name) or plural_only(term, skill_name):
        return True
    return bool(stems(term)) and stems(term) <= stems(skill_name)


def plain_name(name: str) -> str:
    """A taxonomy name without its disambiguation: "Go (programming language)" -> "Go"."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", name) or name


def weaker_or_respelled(wrote: str, term: str) -> bool:
    """Whether the posting's `term` would be a weaker or merely respelled form of what the
    résumé wrote: a part of it ("Excel" for "Microsoft Excel", "React" for "ReactJS"), or
    another spelling of the same word ("organisation" for "organization")."""
    a, b = _compact(wrote), _compact(term)
    if a == b:
        return False  # only capitals or separators differ: "Javascript" -> "JavaScript" is a fix
    if b in a:
        return True
    if is_acronym_of(wrote, term) or is_acronym_of(term, wrote) or _numeronym(wrote, term) or _numeronym(term, wrote):
        return False
    if a in b and len(b) - len(a) >= 2:
        return False  # "Postgres" -> "PostgreSQL", "Excel" -> "Microsoft Excel"
    return True  # the same word in other letters: keep the résumé's spelling


def display_term(term: str, kind: SkillKind, name: str = "") -> str:
    """The posting's term as it should read mid-sentence: "Data visualization" -> "data
    visualization" for skills and fields; tools and certifications keep their capitals.
    A term in title case ("Warehouse Operations", from a job title) takes the casing of
    the skill's `name` when it is that name."""
    if kind in (SkillKind.TOOL, SkillKind.CERTIFICATION, SkillKind.LANGUAGE):
        return term
    if name and term.lower() == name.lower() and term != name:
        term = name
    words = term.split()
    sentence_case = bool(words) and words[0][:1].isupper() and (words[0][1:].islower() or len(words[0]) == 1) \
        and all(not any(ch.isupper() for ch in w) for w in words[1:])
    return term[:1].lower() + term[1:] if sentence_case else term


# --- edits --------------------------------------------------------------------------------


def posting_term_edit(text: str, start: int, end: int, term: str) -> Edit | None:
    """Replace the résumé's wording `text[start:end]` by the posting's `term`.

    An acronym keeps its expansion next to it, since both get searched: "AWS" ->
    "Amazon Web Services (AWS)"; "identity and access management" -> "identity and
    access management (IAM)". A spelling or a nickname is simply replaced.
    """
    wrote = text[start:end]
    followed_by_bracket = text[end:].lstrip(" ").startswith("(")
    inside_brackets = text.count("(", 0, start) > text.count(")", 0, start)
    if is_acronym_of(wrote, term) and " " in term.strip() and not followed_by_bracket and not inside_brackets:
        replacement = f"{term} ({wrote})"  # both get searched: "Amazon Web Services (AWS)"
    elif is_acronym_of(term, wrote) and " " in wrote.strip():
        return None  # "identity and access management (IAM)" would be a gloss: the résumé spells it out
    else:
        replacement = term
    if start == 0 or text[:start].strip() == "":
        replacement = replacement[:1].upper() + replacement[1:]
    return Edit(start, end, replacement)


_CONTENT = re.compile(r"[A-Za-z][\w+#'’-]*")
_SMALL = frozenset("a an the and or of to in on for with as by at from into".split())
_INSTRUMENT = re.compile(r"\b(?:with|using|via|through)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
_SEPARATORS = (", ", " | ", " · ", " • ", "; ", " / ", " – ")


def repeats_a_word(text: str, term: str) -> bool:
    """Whether a content word of `term` is already in `text` ("Microsoft Excel" and
    "Microsoft Office"): naming it there would repeat the word."""
    have = {stem for w in _CONTENT.findall(text) for stem in stems(w)}
    return any(_stem(w) in have for w in normalise(term).split() if w not in _SMALL and len(w) > 1)


def name_skill_edit(text: str, start: int, end: int, term: str) -> Edit | None:
    """Name `term` in a bullet that shows it as `text[start:end]`, as a person would write it.

    Never a bracket: when the noun after the evidence is the term's own head noun, the
    term's modifier goes in front of it ("the PostgreSQL database" -> "the PostgreSQL
    relational database"); when the evidence is the tool a clause ends with ("... with
    Terraform"), a short clause follows it ("..., as infrastructure as code"). Otherwise
    None: the term is then named in the skills section, or not at all. Never when a word
    of the term is already in the line, and never inside a name or a compound.
    """
    if re.search(r"(?<![\w+#])" + re.escape(term) + r"(?![\w+#])", text, re.IGNORECASE):
        return None
    words = term.split()
    following = _NP_WORD.match(text, end)
    evidence = text[start:end]
    last = evidence.rsplit(" ", 1)
    if len(words) >= 2 and following and _own_head(words[-1], following.group(1), evidence) \
            and not repeats_a_word(text, " ".join(words[:-1])):
        return Edit(following.start(1), following.start(1), " ".join(words[:-1]) + " ")
    if len(words) >= 2 and len(last) == 2 and _own_head(words[-1], last[1], last[0]) \
            and not repeats_a_word(text, " ".join(words[:-1])):
        position = start + len(last[0]) + 1  # "PostgreSQL database" -> "PostgreSQL relational database"
        return Edit(position, position, " ".join(words[:-1]) + " ")
    if repeats_a_word(text, term):
        return None
    closes = re.match(r"\s*(?:[.;]\s*)?$", text[end:])
    if closes is None or not _INSTRUMENT.search(text[:start]):
        return None  # mid-sentence, or not the tool the work was done with
    return Edit(end, end, f", as {term}")


def _own_head(head: str, noun: str, before: str) -> bool:
    """Whether `noun`, written after `before`, is the term's own `head`: the same noun
    ("database" / "databases"), or the thing its activity makes, after a product's name
    ("scripting" / "scripts" after "Bash": "Bash shell scripts" for "shell scripting";
    "testing" / "tests" after "pytest"). After a common word ("regression models") the
    term's modifier would not read: "regression statistical models"."""
    if stems(head) == stems(noun):
        return True
    from skillgap.suggest.edits import gerund_lemma, is_proper

    name = before.split()[-1] if before.split() else ""
    if not head.lower().endswith("ing") or noun.lower().endswith("ing") or not name:
        return False
    if not (name[:1].isupper() or is_proper(name)) or name.lower() in _SMALL:
        return False
    verb = gerund_lemma(head.lower())
    return verb is not None and verb == _stem(noun.lower())


_CATEGORY_NOUNS = frozenset("""software system systems platform platforms tool tools solution solutions
application applications suite""".split())
_AFTER_A_NAME = re.compile(r"\s*(?:$|[,;|/).:(]|\s(?:and|or|to|for|with|in|on|at|across|"
                           r"including|from|via|using|as)\b)")


def category_acronym(term: str) -> str | None:
    """The acronym a category of products goes by, when the term is that acronym and a
    generic noun: "CRM software" -> "CRM", "ERP system" -> "ERP". Not an acronym alone:
    "SQL" or "AWS" after a narrower product would read "PostgreSQL SQL", "EC2 AWS"."""
    words = term.split()
    if len(words) < 2 or not re.fullmatch(r"[A-Z]{2,5}", words[0]):
        return None
    return words[0] if all(w.lower() in _CATEGORY_NOUNS for w in words[1:]) else None


def category_edit(text: str, start: int, end: int, term: str) -> Edit | None:
    """The category's acronym after the product that `text[start:end]` names, as people
    write a product with its kind: "Salesforce Service Cloud" -> "Salesforce Service Cloud
    CRM" for "CRM software", "in SAP, including ..." -> "in SAP ERP, including ..." for "ERP
    system". Only when the name ends there (a separator, a bracket, the end, or a small
    word follows: never "Salesforce CRM Marketing Cloud"), and the line lacks the acronym."""
    acronym = category_acronym(term)
    if acronym is None or start >= end or repeats_a_word(text, acronym):
        return None
    if end < len(text) and (text[end].isalnum() or text[end] in "+#") or not _AFTER_A_NAME.match(text, end):
        return None
    name = text[start:end].split()
    if len(name) > 4 or not all(w[:1].isupper() or re.search(r"[\d.+#]", w) for w in name):
        return None  # a product's name ("Salesforce Service Cloud"), not words ("backend")
    return Edit(end, end, " " + acronym)


def _product_like(item: str) -> bool:
    """"Next.js", "AWS", "Python", "HTML5": a product's name, not a skill in words."""
    words = item.split()
    return len(words) <= 2 and all(w[:1].isupper() or re.search(r"[\d.+#]", w) for w in words)


def list_item_edit(text: str, term: str, evidence_at: int = -1, *, tool: bool = True) -> Edit | None:
    """Add `term` to a skills line as one more item, after its last one, with the line's
    own separator and capitals ("Python, SQL, Tableau" -> "Python, SQL, Tableau, Power BI";
    "AWS (EC2, S3)" keeps its bracket, the item follows it). `evidence_at` is where the line
    shows the skill; `tool`, whether the term names a product (only a product joins a list
    of products). None when the line is not a list, or already has a word of the term."""
    if repeats_a_word(text, term):
        return None
    body_end = len(text.rstrip())
    while body_end > 0 and text[body_end - 1] in ".;,":
        body_end -= 1
    body = text[:body_end]
    if evidence_at >= body_end:
        return None
    label = re.match(r"\s*(?:[-*•·]\s*)?(?:\*\*)?[A-Za-z][^:,|]{0,40}:(?:\*\*)?\s*", body)
    items_text = body[label.end() :] if label else body
    depth, flat = 0, []
    for ch in items_text:  # separators inside brackets do not count
        depth += 1 if ch in "([" else -1 if ch in ")]" else 0
        flat.append(ch if depth == 0 else "_")
    flat_text = "".join(flat)
    counts = {sep: flat_text.count(sep) for sep in _SEPARATORS}
    separator = max(_SEPARATORS, key=lambda sep: counts[sep])
    if counts[separator] == 0 and label is None:
        return None  # a sentence or a single item, not a list
    separator = separator if counts[separator] else ", "
    items = [item.strip() for item in flat_text.split(separator) if item.strip()]
    if not items or any(len(item.split()) > 5 for item in items):
        return None  # prose, not a list of skills
    if separator.strip() == "," and re.search(r"\sand\s", items[-1]):
        return None  # a list closed with "and" ("A, B and C"): ", D" after it reads as broken
    if label is not None and 0 <= evidence_at < label.end():
        return None  # the evidence is the line's label ("Frontend: React, ..."), not one of its items
    if not tool and sum(1 for item in items if _product_like(item)) * 2 >= len(items):
        return None  # a field ("software development") does not belong in a list of products
    glyphs = [re.match(r"[•·▪◦*-]\s+", item) for item in items]
    glyph = glyphs[-1].group(0) if all(glyphs) else ""  # "• P&L Management | • Visual Merchandising"
    words = [item[len(found.group(0)):] if found else item for item, found in zip(items, glyphs, strict=True)]
    capitals = sum(1 for item in words if item[:1].isupper()) * 2 >= len(words)
    shown = term[:1].upper() + term[1:] if capitals else term
    if _title_cased(words):  # "P&L Management | Visual Merchandising" + "Loss Prevention"
        shown = " ".join(w if w.lower() in _SMALL and i else w[:1].upper() + w[1:] for i, w in enumerate(shown.split()))
    return Edit(body_end, body_end, separator + glyph + shown)


def _title_cased(items: list[str]) -> bool:
    """Whether most items of a list are names in title case, of two words or more among them."""
    def titled(item: str) -> bool:
        return all(w[:1].isupper() or not w[:1].isalpha() for w in item.split() if w.lower() not in _SMALL)
    return any(len(item.split()) > 1 for item in items) and sum(map(titled, items)) * 2 > len(items)


def activity_noun_edit(text: str, start: int, end: int, term: str) -> Edit | None:
    """The posting's noun for the activity the résumé names with an -ing word, in place of
    that word alone: "Full-cycle recruiting" -> "Full-cycle recruitment" for "recruitment".
    None unless the term is one action noun of that very verb ("documentation" for
    "documenting"; never "planning" for "plans")."""
    from skillgap.language import lemma
    from skillgap.suggest.openers import NOMINALIZATIONS

    if " " in term.strip() or not term.islower():
        return None
    words = list(re.finditer(r"[A-Za-z][\w’'-]*", text[start:end]))
    if not words:
        return None
    last = words[-1]
    word = last.group(0).rsplit("-", 1)[-1]
    verb = NOMINALIZATIONS.get(term.lower())
    if verb is None or not word.lower().endswith("ing") or lemma(word.lower()) != verb or word.lower() == term:
        return None
    position = start + last.end() - len(word)
    shown = term[:1].upper() + term[1:] if word[:1].isupper() else term
    return Edit(position, start + last.end(), shown)


def label_edit(text: str, start: int, end: int, term: str, via: str) -> Edit | None:
    """A skills line's label that is a narrower skill written short ("Frontend" for
    "Front-end development") names the posting's field in full: "Frontend [3 years]: React"
    -> "Frontend web development [3 years]: React". Only when the label and the term's last
    word spell the narrower skill ("frontend" + "development"), and the label ends soon after."""
    words = term.split()
    if len(words) < 2 or _compact(text[start:end]) + _compact(words[-1]) != _compact(via):
        return None
    label = re.match(r"\s*(?:[-*•·]\s*)?[^:]{1,40}:", text)
    if label is None or end > label.end() or repeats_a_word(text, term):
        return None
    return Edit(end, end, " " + term.lower())


_HAS_LABEL = re.compile(r"\s*(?:[-*•·]\s*)?(?:\*\*)?[A-Za-z][^:,|]{0,40}:")


def new_label_edit(text: str, term: str) -> Edit | None:
    """A skills line with no label, every item of which is a narrower skill of `term`
    (the caller checks that), takes the term as its label: "PostgreSQL, MySQL, MongoDB" ->
    "Databases: PostgreSQL, MySQL, MongoDB". None when the line has a label already, is
    not a list, or has a word of the term."""
    if _HAS_LABEL.match(text) or repeats_a_word(text, term) or len(list_items(text)) < 2:
        return None
    glyph = re.match(r"\s*(?:[-*•·]\s*)?", text)
    at = glyph.end() if glyph else 0
    return Edit(at, at, term[:1].upper() + term[1:] + ": ")


def list_items(text: str) -> list[tuple[int, int]]:
    """(start, end) of each item of a skills line with no label, split at its separator
    (not inside brackets); [] when it has none."""
    glyph = re.match(r"\s*(?:[-*•·]\s*)?", text)
    at = glyph.end() if glyph else 0
    body = text.rstrip().rstrip(".;,")
    depth, flat = 0, []
    for ch in body:
        depth += 1 if ch in "([" else -1 if ch in ")]" else 0
        flat.append(ch if depth == 0 else "_")
    flat_text = "".join(flat)
    separator = max(_SEPARATORS, key=flat_text[at:].count)
    if flat_text[at:].count(separator) == 0:
        return []
    out: list[tuple[int, int]] = []
    position = at
    for piece in flat_text[at:].split(separator):
        start, end = position, position + len(piece)
        position = end + len(separator)
        while start < end and body[start] == " ":
            start += 1
        while end > start and body[end - 1] == " ":
            end -= 1
        if start < end:
            out.append((start, end))
    return out
