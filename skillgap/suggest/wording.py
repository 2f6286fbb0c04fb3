"""Wording: use the posting's term for a skill the résumé names another way ("k8s" ->
"Kubernetes"), and name a posting skill next to the narrower one the bullet shows
("Built Tableau dashboards" -> "Built Tableau dashboards (data visualization)").

Both only ever add the posting's own term, and only on the strength of evidence that is
already in the bullet. Whether two wordings are the same name (an abbreviation, a
spelling, a vendor prefix) or different claims ("taxation" is not "sales tax") is decided
here, conservatively: a different claim becomes an "only if true" prompt instead.
"""

from __future__ import annotations

import re

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
    text = term.lower().replace("’", "'")
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
        if followed_by_bracket or inside_brackets:
            return None
        return Edit(end, end, f" ({term})")
    else:
        replacement = term
    if start == 0 or text[:start].strip() == "":
        replacement = replacement[:1].upper() + replacement[1:]
    return Edit(start, end, replacement)


def name_skill_edit(text: str, start: int, end: int, term: str) -> Edit | None:
    """Name `term` right after the evidence `text[start:end]`.

    "Added Grafana dashboards" -> "Added Grafana (observability) dashboards": right after
    the evidence, so that the term describes what the bullet shows and nothing more. When
    the noun after it is the term's own head noun, the term's modifier goes in front of
    it instead ("the PostgreSQL database" -> "the PostgreSQL relational database"); inside
    brackets the term joins the list ("(FastAPI, web frameworks)").
    """
    if re.search(r"(?<![\w+#])" + re.escape(term) + r"(?![\w+#])", text, re.IGNORECASE):
        return None
    open_bracket = text.rfind("(", 0, start)
    if open_bracket != -1 and text.find(")", open_bracket, start) == -1:
        close = text.find(")", end)
        if close == -1:
            return None
        return Edit(close, close, f", {term}")
    words = term.split()
    following = _NP_WORD.match(text, end)
    if len(words) >= 2 and following and stems(words[-1]) == stems(following.group(1)):
        return Edit(following.start(1), following.start(1), " ".join(words[:-1]) + " ")
    evidence = text[start:end]
    last = evidence.rsplit(" ", 1)
    if len(words) >= 2 and len(last) == 2 and stems(words[-1]) == stems(last[1]):
        position = start + len(last[0]) + 1  # "PostgreSQL database" -> "PostgreSQL relational database"
        return Edit(position, position, " ".join(words[:-1]) + " ")
    if len(words) >= 2 and stems(words[-1]) <= stems(evidence):
        return None  # "databases" for "relational databases": the modifier alone would read oddly
    if text[end:].lstrip(" ").startswith("("):
        return None  # "AWS (ECS, S3)": no clean place for a second bracket
    return Edit(end, end, f" ({term})")
