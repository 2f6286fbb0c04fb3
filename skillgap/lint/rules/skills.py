"""SG5xx: skills, read with the same taxonomy and matcher as `skillgap check`."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator

from skillgap.ingest.sections import classify_heading
from skillgap.language import english_words
from skillgap.language.wrapping import goes_on
from skillgap.lint.context import LintContext
from skillgap.lint.findings import Hit
from skillgap.lint.list_items import FUNCTION_WORDS, ITEM_EDGE, STOP, compact, item_text, near_duplicate, said_again
from skillgap.nlp.context_words import GENERAL_CUES
from skillgap.own_words import (
    DEALING_WORDS,
    GENERIC_WORDS,
    behaviour_evidence,
    behaviours,
    dealt_with,
    families,
    own_families,
    planned,
    planning_families,
)
from skillgap.resume.layout import titleish
from skillgap.types import Analysis, Mention, SectionKind, SkillKind, Strength

K = SectionKind
_EVIDENCE = frozenset({K.EXPERIENCE, K.PROJECTS, K.VOLUNTEER, K.PUBLICATIONS, K.AWARDS})
_CHECKED_KINDS = frozenset({SkillKind.TOOL, SkillKind.HARD})
_URLISH = re.compile(r"https?://|www\.|@|/|\.(?:com|io|org|net|dev|app|me|co)\b", re.IGNORECASE)


def _name(ctx: LintContext, skill_id: str) -> str:
    skill = ctx.taxonomy.get(skill_id) if ctx.taxonomy is not None else None
    return skill.name if skill else skill_id


def _related(ctx: LintContext, skill_id: str) -> set[str]:
    """The skill, its broader skills and the skills narrower than it (two levels)."""
    taxonomy = ctx.taxonomy
    out = {skill_id} | set(taxonomy.ancestors(skill_id, max_depth=2))
    frontier = {skill_id}
    for _ in range(2):
        frontier = {child for parent in frontier for child in taxonomy.narrower_index.get(parent, ())}
        out |= frontier
    return out


def skill_without_evidence(ctx: LintContext) -> Iterator[Hit]:
    if ctx.taxonomy is None:
        return
    listed, shown = _listed_and_shown(ctx)
    if not ctx.section_kinds & _EVIDENCE:
        return  # no experience to look in: SG203 says so
    evidence = _evidence_lines(ctx)
    shown |= _shown_by_repositories(evidence) | _shown_by_repository_links(ctx)
    role_families = [families(" ".join(words)) for words in evidence]
    told = _told_in_sentences(ctx)
    told_families = [own_families(text) for text in told]
    compound_heads = _compound_heads(ctx)
    claim, advice = _without_evidence_wording(ctx)
    for skill_id, mention in listed.items():
        skill = ctx.taxonomy.get(skill_id)
        if skill is None or skill.kind not in _CHECKED_KINDS:
            continue
        if _related(ctx, skill_id) & shown or _slash_partner_shown(ctx, mention, shown):
            continue
        if {mention.text.lower(), skill.name.lower()} & compound_heads:
            continue  # "React" listed, a "ReactFlow" project shown
        if _in_own_words((mention.text, skill.name, *skill.aliases), evidence, role_families):
            continue  # "Triage" listed, "Triaged 30 patients a shift" shown
        if _done_in_a_role(ctx, mention, skill_id):
            continue  # "Customer service" listed, "Served 200 diners a night" shown
        if skill.kind is SkillKind.HARD and _thing_dealt_with(mention.text, told_families):
            continue  # "Contract management" listed, "Re-bid 22 service contracts" shown
        if _compound_said(mention.text, told):
            continue  # "trauma-informed care" listed, "trained staff in trauma-informed check-ins" told
        if any(_said_exactly(name, evidence) for name in _narrower_names(ctx, skill_id)):
            continue  # "Ruby" listed, "migrated the Rails web app" shown (Rails: a name of Ruby on Rails)
        if _qualifies_a_shown_name(ctx, mention, shown, evidence):
            continue  # "Epic EHR charting" listed, "documented in Epic" shown
        if _kind_of_a_named_product(ctx, mention, evidence):
            continue  # "Opera PMS" listed, "moved the property to Opera Cloud" shown
        yield Hit(mention.start, mention.end, f"“{mention.text}” is listed as a skill but {claim}",
                  f"add a bullet where you used {skill.name}{advice}, or drop it from the list")


def _done_in_a_role(ctx: LintContext, mention: Mention, skill_id: str) -> bool:
    """Whether a role or project shows the skill through what the candidate did, as the gap
    report reads it (`own_words.behaviour_evidence`, `soft_behaviours.toml`): a skill of
    everyday work such as customer service or teaching. Not the skill of a name the item
    puts before it ("CIPD teaching"): doing the work shows no such name."""
    if skill_id not in behaviours() or _qualified_by_a_name(ctx, mention):
        return False
    shown = behaviour_evidence(Analysis(ctx.document, ctx.sections, ctx.mentions), skill_id)
    return shown is not None and shown.strength is Strength.STRONG


def _listed_and_shown(ctx: LintContext) -> tuple[dict[str, Mention], set[str]]:
    """The skills a skills list claims (the first mention of each), and the skills roles
    and projects name."""
    listed: dict[str, Mention] = {}
    shown: set[str] = set()
    spoken = _spoken_language_sections(ctx)
    for mention in ctx.mentions:
        kind = ctx.kind_at(mention.start)
        # "Languages: Python, Go" inside a skills list opens a languages section of its own;
        # human languages are not checked, programming languages are
        if kind in (K.SKILLS, K.LANGUAGES):
            if not (_group_label(ctx, mention) or _fragment(ctx, mention) or _section_start(ctx, mention) in spoken
                    or _interests_row(ctx, mention) or _labels_a_told_example(ctx, mention)):
                listed.setdefault(mention.skill_id, mention)
        elif kind in _EVIDENCE:
            shown.add(mention.skill_id)
    return listed, shown


def _thing_dealt_with(listed: str, told: list[frozenset[str]]) -> bool:
    """Whether the item listed says only that a thing is dealt with ("Stock control",
    "Client relations", `own_words.dealt_with`) and a sentence of a role names that thing as
    a word of its own ("Re-bid 22 service contracts" for "Contract management"), or that a
    thing is planned ("Discharge planning", `own_words.planned`) and a sentence names the
    thing and its planning in any words ("arranging packages of care" at the discharge hub);
    a title ("Project Manager") tells no work done."""
    thing = dealt_with(listed)
    if thing is not None:
        return any(thing <= words for words in told)
    thing = planned(listed)
    return thing is not None and any(thing <= words and words & planning_families() for words in told)


def _told_in_sentences(ctx: LintContext) -> list[str]:
    """Every line of an experience, project or volunteering section that is no title, and
    every sentence wrapped onto the next line."""
    texts = [ctx.line_text(line) if ctx.kind_at(line.start) in _EVIDENCE else "" for line in ctx.lines]
    texts = ["" if titleish(text) else text for text in texts]
    return [text for text in texts if text] + [
        f"{texts[i]} {texts[i + 1]}" for i in range(len(texts) - 1)
        if texts[i] and texts[i + 1] and goes_on(texts[i], texts[i + 1])]


def _compound_said(listed: str, told: list[str]) -> bool:
    """Whether the item listed holds a compound of two words joined by a hyphen that a role
    sentence says as it is ("trauma-informed care" listed, "Trained 12 new staff in
    trauma-informed check-ins" told): the compound is what names the skill."""
    compounds = [c.lower() for c in _COMPOUND_WORD.findall(listed)]
    return bool(compounds) and any(re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", text.lower())
                                   for c in compounds for text in told)


_COMPOUND_WORD = re.compile(r"(?<![\w-])[A-Za-z]{3,}-[A-Za-z]{3,}(?![\w-])")


def _qualified_by_a_name(ctx: LintContext, mention: Mention) -> bool:
    """Whether the item holding the mention names a product or credential with it ("CIPD
    teaching", "Zendesk customer support"), or a name the taxonomy does not know just before it."""
    return bool(_names_with(ctx, mention)) or _unknown_name_before(ctx, mention, english_words()) is not None


def _names_with(ctx: LintContext, mention: Mention) -> list[Mention]:
    """The other mentions in the mention's item that are a product or a credential (`_a_name`)."""
    line = ctx.line_at(mention.start)
    item = item_text(ctx, mention)
    return [other for other in ctx.mentions if other is not mention and line.start <= other.start < line.end
            and other.text in item and _a_name(ctx, other.skill_id)]


def _qualifies_a_shown_name(ctx: LintContext, mention: Mention, shown: set[str], evidence: list[set[str]]) -> bool:
    """An ordinary word listed in one item with a name a role shows: the item names one thing
    ("Epic EHR charting", "WSET teaching"), and the role that shows the name shows it. The
    name is a product or credential of the taxonomy, or a name it does not know (no ordinary
    word, written with a capital and no mention's part) that a role line says."""
    words = english_words()
    if not mention.text.islower() or not _common(mention.text, words):
        return False
    if any(other.skill_id in shown for other in _names_with(ctx, mention)):
        return True
    name = _unknown_name_before(ctx, mention, words)
    return name is not None and any(name in said for said in evidence)


def _unknown_name_before(ctx: LintContext, mention: Mention, words: frozenset[str]) -> str | None:
    """The name, in lower case, written just before the mention on its line that is no
    ordinary word and no part of another mention ("CIPD" in "CIPD teaching"), or None."""
    before = _ANY_NAME_BEFORE.search(ctx.text, ctx.line_at(mention.start).start, mention.start)
    if before is None or any(other.start <= before.start(1) < other.end for other in ctx.mentions):
        return None
    name = before.group(1).lower()
    return None if name in words else name


def _kind_of_a_named_product(ctx: LintContext, mention: Mention, evidence: list[set[str]]) -> bool:
    """An abbreviation that says what kind of product the name before it is ("Opera PMS",
    "Badger EHR"), a name the taxonomy does not know: a role that names the product shows it."""
    if not mention.text.isupper() or not mention.text.isalpha():
        return False
    before = _NAME_BEFORE.search(ctx.text, ctx.line_at(mention.start).start, mention.start)
    if before is None or any(other.start <= before.start(1) < other.end for other in ctx.mentions):
        return False
    name = before.group(1).lower()
    return any(name in words for words in evidence)


_NAME_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+[A-Za-z]*) $")
_ANY_NAME_BEFORE = re.compile(r"(?<![\w.])([A-Z][A-Za-z0-9]*) $")  # "WSET teaching", "Jira admin"


def _a_name(ctx: LintContext, skill_id: str) -> bool:
    """A product or a credential ("Epic", "WSET"), not a skill in its own right ("Brazing")."""
    skill = ctx.taxonomy.get(skill_id)
    return skill is not None and skill.kind in (SkillKind.TOOL, SkillKind.CERTIFICATION)


def _without_evidence_wording(ctx: LintContext) -> tuple[str, str]:
    """What SG501 can claim. Where roles or projects show small pictures (logos beside a
    role), the linter reads only their words: it says no role names the skill, and that a
    picture is not read."""
    if any(ctx.kind_at(start) in _EVIDENCE for start in ctx.document.layout.picture_lines):
        return "no role or project names it in words", " (tracking systems do not read logos or pictures)"
    return "no role or project shows it in use", ""


# A product named as one word after the tool it is built on: "ReactFlow", "DockerHub"
_COMPOUND = re.compile(r"(?<![\w.])([A-Z][a-z]{2,})[A-Z][a-z]+(?![\w.])")


def _compound_heads(ctx: LintContext) -> set[str]:
    """The first parts, in lower case, of the one-word compounds that roles and projects
    tell of, not in the titles of roles (an employer's name: "SparkCognition"), and that
    the taxonomy does not name itself ("ReactFlow": react; "JavaScript" is a skill of its own)."""
    titles = {ctx.line_index(line.start) for role in ctx.roles if role.section is K.EXPERIENCE for line in role.header}
    spans = sorted((m.start, m.end) for m in ctx.mentions)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))  # the furthest end of the mentions so far
    out: set[str] = set()
    for index, line in enumerate(ctx.lines):
        if index in titles or ctx.kind_at(line.start) not in _EVIDENCE:
            continue
        for found in _COMPOUND.finditer(ctx.line_text(line)):
            start, end = line.start + found.start(), line.start + found.end()
            before = bisect.bisect_left(starts, end)  # the mentions that start before the compound ends
            if not before or reach[before - 1] <= start:  # ... none of which reaches into it
                out.add(found.group(1).lower())
    return out


def _slash_partner_shown(ctx: LintContext, mention: Mention, shown: set[str]) -> bool:
    """Names joined by slashes ("C/C++", "HTML/CSS/JS") are one claim: shown when a role
    shows one of them."""
    line = ctx.line_at(mention.start)
    for chain in _SLASHED.finditer(ctx.text, line.start, line.end):
        if chain.start() <= mention.start < chain.end():
            return any(other is not mention and other.skill_id in shown and chain.start() <= other.start < chain.end()
                       for other in ctx.mentions)
    return False


_SLASHED = re.compile(r"[^\s,;()|/]+(?:\s?/\s?[^\s,;()|/]+)+")


def _group_label(ctx: LintContext, mention: Mention) -> bool:
    """The label of a group of skills, "Clinical: Epic, Cerner" (a JSON Resume skill's
    `name`), "ORM frameworks: TypeORM, Knex", or a label column read into the line
    ("Mathematical software Mathematica, Matlab"): the line opens with it, more words up to
    a colon or none, and the first item of the list (its details in brackets aside: "Analysis
    R (lme4, vegan), QGIS") then holds another skill."""
    text = ctx.document.text
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end == -1 else line_end
    if text[line_start:mention.start].strip(" \t•*-–"):
        return False
    rest = text[mention.end:line_end]
    if _GROUP_NAME.search(mention.text) and not rest.strip():
        return True  # "Computer skills" alone on its row: a Europass row label, its items beside it
    others = [other for other in ctx.mentions if mention.end < other.start < line_end]
    colon = _LABEL_END.match(rest)
    if colon:
        return bool(others)
    under = [o for o in others if mention.skill_id in ctx.taxonomy.ancestors(o.skill_id)]
    if len(under) >= 2 and _only_these(rest, [(o.start - mention.end, o.end - mention.end) for o in others]):
        return True  # "Web Development HTML CSS Javascript": a field's label column, before skills of that field
    items = _BRACKETED.sub(lambda found: " " * len(found.group()), rest)
    edge = ITEM_EDGE.search(items)
    if edge is None or edge.group().strip() not in (",", ";", "|", "•", "·"):
        return False  # "Python" alone
    first = _FIRST_ITEM.fullmatch(items[:edge.start()])
    if first is None or first.group(1).lower() in STOP:
        return False  # "KPI reporting in Excel (pivot tables, ...)": a phrase, not a label
    skill = ctx.taxonomy.get(mention.skill_id)
    if skill is None or (skill.kind is SkillKind.TOOL and (not _common(mention.text, english_words())
                                                          or any(ch.isdigit() for ch in mention.text))):
        return False  # "Sage 300 CRE • Excel": a product's name goes on
    return bool(others)


def _only_these(text: str, spans: list[tuple[int, int]]) -> bool:
    """`text` holds nothing but the `spans` and the space between them."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return not "".join(chars).strip(" \t")


_GROUP_NAME = re.compile(r"\bskills$", re.IGNORECASE)
_BRACKETED = re.compile(r"\([^()\n]*\)")  # "R (lme4, vegan)": the details of one item, not items
_FIRST_ITEM = re.compile(r"\s+([^\s(),;:]+)(?:\s[^\s(),;:]+)?\s*")
_LABEL_END = re.compile(r"(?:\s+[A-Za-z][\w&/-]*){0,2}\s*:")


_INTERESTS_LABEL = re.compile(r"^\W*(?:personal\s+)?(?:interests|hobbies|pastimes|leisure)\b", re.IGNORECASE)


def _interests_row(ctx: LintContext, mention: Mention) -> bool:
    """A row of a skills table labelled as interests ("Personal Interests  Swimming |
    Cooking"): what it names is a pastime, not a skill claimed."""
    line = ctx.line_at(mention.start)
    return bool(_INTERESTS_LABEL.match(ctx.text[line.start : mention.start]))


_LABEL_WORDS = 6  # words of a competency's label ("Analysis & Decision Making")
_EXAMPLE_WORDS = 15  # words of the prose under it that tells an example


def _labels_a_told_example(ctx: LintContext, mention: Mention) -> bool:
    """A short line of its own that heads prose in the same section, as a competency-based
    CV writes them ("Analysis & Decision Making" over "In 2022 I noticed that ... I built a
    simple profile in AIS ... led to two further seizures.") and a functional résumé its
    skill areas ("Process Improvement" over "Re-slotted fast movers to the golden zone; picks
    per hour up 18%." and more such sentences, up to the next area's label): the sentences
    are the examples that show what the line names."""
    index = ctx.line_index(mention.start)
    label = ctx.line_text(ctx.lines[index]).strip()
    if not label or len(label.split()) > _LABEL_WORDS or label.endswith((".", ",", ";", ":")) \
            or _LIST_SEPARATOR.search(label):
        return False  # a sentence, or a list ("Databases SQL, MySQL, Hadoop")
    kind = ctx.kind_at(mention.start)
    told: list[str] = []
    for line in ctx.lines[index + 1:]:
        text = ctx.line_text(line).strip()
        if line.start in ctx.heading_starts or ctx.kind_at(line.start) is not kind or not text:
            break
        if len(text.split()) < _PROSE_LINE_WORDS and not text.endswith((".", "!")) and not text[:1].islower():
            if told and told[-1].endswith((".", "!")):
                break  # the label of the next area, after the sentences under this one
            return False  # the next item of a list, one a line, not a line of the paragraph
        told.append(text)
    paragraph = " ".join(told)
    return len(paragraph.split()) >= _EXAMPLE_WORDS and paragraph.endswith((".", "!"))


_PROSE_LINE_WORDS = 8  # words of a line of prose, not an item
_LIST_SEPARATOR = re.compile(r"[,;|•·]")


def _spoken_language_sections(ctx: LintContext) -> set[int]:
    """The starts of sections that list human languages ("English, Spanish, Pig Latin"):
    what else they name is a language spoken, however a taxonomy reads it."""
    out = set()
    for mention in ctx.mentions:
        if ctx.kind_at(mention.start) is K.LANGUAGES:
            skill = ctx.taxonomy.get(mention.skill_id)
            if skill is not None and skill.kind is SkillKind.LANGUAGE:
                out.add(_section_start(ctx, mention))
    return out


def _section_start(ctx: LintContext, mention: Mention) -> int:
    section = ctx.sections.at(mention.start)
    return -1 if section is None else section.start


def _fragment(ctx: LintContext, mention: Mention) -> bool:
    """Whether the mention is only part of the item listed: an ordinary noun with the word
    that says which kind before it ("code compliance", "Shift planning", the item
    "Compensation Analysis"), or a name that qualifies an ordinary noun written in lower
    case after it ("Airflow testing", "Self confidence")."""
    line = ctx.line_at(mention.start)
    text = ctx.text[line.start:line.end]
    start, end = mention.start - line.start, mention.end - line.start
    words = english_words()
    item = item_text(ctx, mention)
    at = item.find(mention.text)
    if at > 0 and _PURPOSE.search(item[:at]):
        return True  # "Xbench for quality assurance": what the tool before it is for
    if at == 0 and _shares_the_head_after(ctx, mention, item):
        return True  # "Planning & building warrant": planning warrant and building warrant
    if mention.text.islower() and _common(mention.text, words) and _made_with_the_tool_before(ctx, mention):
        return True  # "Power BI dashboards": what the tool named before it makes
    after = _WORD_AFTER.match(text[end:])
    if after and _a_noun_it_qualifies(ctx, after.group(1), mention.end + after.start(1), words):
        return True
    if mention.text[:1].islower() and any(d.isdigit() for d in mention.text) and any(
            other.end == mention.start - 1 and text[start - 1] == " " for other in ctx.mentions):
        return True  # "Assembly x86": the other skill's variant
    skill = ctx.taxonomy.get(mention.skill_id)
    if skill is not None and skill.kind is SkillKind.TOOL and _ordinary_word_in_a_name(ctx, mention, text, start, end):
        return True  # "Badger Notes / EPR", "Self Development": not the tools Notes and Self
    if _ABBREVIATION.fullmatch(mention.text) and _abbreviates_the_noun_before(ctx, mention, words):
        return True  # "indemnity (GIS)": the short name of what the noun says, one item
    head = _text_before(ctx, mention)
    before = _WORD_BEFORE.search(head)
    if before is None or skill is None:
        return False
    word = before.group(1)
    if mention.text.islower():
        # "code compliance", "Airflow testing"; "tuning and debugging": one phrase of two
        if not _common(mention.text, words) or (skill.kind is SkillKind.TOOL and not word.islower()):
            return False  # "Orchestration kubeflow", "Engineering git": a name after a label
        return word.lower() not in STOP or (word in _AND and (bool(_LOWER_BEFORE.search(head[:before.start()]))
                                                              or _shares_the_head(ctx, mention, head[:before.start()])))
    if _ABBREVIATION.fullmatch(mention.text) and word.islower() and _plain_noun(word, words) \
            and not any(other.end == mention.start - 1 for other in ctx.mentions):
        # "colour QC": the abbreviation's work on the thing the noun before it names, one item;
        # not a level ("basic SQL") nor the end of another item in a list without commas
        # ("lab samples ECG")
        return True
    if skill.kind is SkillKind.TOOL or word.lower() not in words or word.lower() in STOP \
            or not _common(mention.text, words):
        return False
    if not word[0].isupper():
        return False
    # both capitalised: one item of its own ("Compensation Analysis"), not two cells read as one
    # line; when cells come glued into one line ("Workplace Investigations Compensation Analysis
    # HR Metrics") the item cannot be read: a singular word before may be the name's modifier
    # (English compounds take singular modifiers), so nothing is claimed, while a plural word
    # ends a noun phrase ("Owner & Architect Relations Quality Control"): the name starts a cell
    item, phrase = compact(item_text(ctx, mention)), compact(word + mention.text)
    return item == phrase or (phrase in item and not _PLURAL.search(word))


def _plain_noun(word: str, words: frozenset[str]) -> bool:
    """An ordinary singular noun that names a thing, not a small word, a level or a cue."""
    return word in words and word not in STOP and word not in GENERAL_CUES and word not in _LEVELS \
        and not _PLURAL.search(word)


_NOUN_THEN_BRACKET = re.compile(r"(?<![\w.-])([a-z]{3,}) \($")


def _abbreviates_the_noun_before(ctx: LintContext, mention: Mention, words: frozenset[str]) -> bool:
    """An abbreviation alone in brackets right after an ordinary noun in lower case: the
    short name of the thing the noun says ("Loans, indemnity (GIS) and courier work": the
    Government Indemnity Scheme), part of that item, not a skill listed of its own; after a
    noun of doing, the tool it is done with ("site mapping (GIS)") is one."""
    line = ctx.line_at(mention.start)
    before = _NOUN_THEN_BRACKET.search(ctx.text, line.start, mention.start)
    return before is not None and ctx.text.startswith(")", mention.end) and _plain_noun(before.group(1), words) \
        and not _ACTIVITY.search(before.group(1))


def _made_with_the_tool_before(ctx: LintContext, mention: Mention) -> bool:
    """Whether a tool's name comes right before the mention, a space between: the item is
    the tool and what it makes ("Power BI dashboards", "Excel models"), one item that the
    noun alone does not name (nor the tool alone: `_a_noun_it_qualifies`)."""
    taxonomy = ctx.taxonomy
    for other in ctx.mentions:
        if other.end == mention.start - 1 and ctx.text[other.end] == " ":
            skill = taxonomy.get(other.skill_id) if taxonomy is not None else None
            if skill is not None and skill.kind is SkillKind.TOOL:
                return True
    return False


def _ordinary_word_in_a_name(ctx: LintContext, mention: Mention, text: str, start: int, end: int) -> bool:
    """A tool whose name is one ordinary word ("Notes", "Self"), written with a capital
    right after or before another capitalised word that names nothing the taxonomy knows
    ("Badger Notes", "Self Development"), the two words a part of the item of their own: a
    word of that longer name, not the tool. A plural or a heading's word before it is the
    label of its row ("Languages Go")."""
    if not _CAPITALISED.fullmatch(mention.text) or mention.text.lower() not in english_words():
        return False
    if not any(len(part.split()) == 2 and mention.text in part.split()
               for part in _ITEM_PART.split(item_text(ctx, mention))):
        return False  # the two words are not a part of the item of their own ("Tech Stack Excel")
    before = _CAPITALISED_BEFORE.search(text, 0, start)
    if before is not None and (_PLURAL.search(before.group(1)) or classify_heading(before.group(1), "resume")):
        before = None  # a row's label ("Languages Go", "Databases Notes"), not a name
    for found in (before, _CAPITALISED_AFTER.match(text, end)):
        if found is not None:
            at = ctx.line_at(mention.start).start + found.start(1)
            if not any(other.start <= at < other.end for other in ctx.mentions):
                return True
    return False


_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_ITEM_PART = re.compile(r"\s*(?:[/&()]|\band\b)\s*")  # "Badger Notes / EPR", "Expertise & Self Development"
_CAPITALISED_BEFORE = re.compile(r"(?<![\w.&+-])([A-Z][a-z]+) $")
_CAPITALISED_AFTER = re.compile(r" ([A-Z][a-z]+)(?![\w.&+-])")


def _text_before(ctx: LintContext, mention: Mention) -> str:
    """The text of the mention's line before it; for a mention that opens a line onto which
    the line above wraps ("..., SRM, spend" / "analysis, Coupa"), from that line's start,
    the break read as a space (the text ends where the mention starts, as on one line)."""
    line = ctx.line_at(mention.start)
    head = ctx.text[line.start:mention.start]
    index = ctx.line_index(line.start)
    if head.strip() or index == 0:
        return head
    previous = ctx.lines[index - 1]
    if not goes_on(ctx.line_text(previous), ctx.line_text(line)):
        return head
    return re.sub(r"\s", " ", ctx.text[previous.start:mention.start])


def _shares_the_head(ctx: LintContext, mention: Mention, head: str) -> bool:
    """Whether a name of two or more words follows "X and" where X alone opens the item and
    names no skill: X qualifies the name's last word too ("Emergency & critical care" is
    emergency care and critical care, one item), unlike two skills ("Brazing & soldering",
    "Budgeting & cost control")."""
    first = _ITEM_OPENER.search(head)
    if first is None or len(mention.text.split()) < 2:
        return False
    start = mention.start - len(head) + first.start(1)
    return not any(other.start <= start < other.end for other in ctx.mentions)


def _shares_the_head_after(ctx: LintContext, mention: Mention, item: str) -> bool:
    """Whether a one-word name that opens the item is joined by "&" or "and" to a phrase of
    two or more lower-case words that names no skill, which ends the item: the name
    qualifies that phrase's last word, a thing, too ("Planning & building warrant" is a
    planning warrant and a building warrant, one item), unlike two skills ("Budgeting & cost
    control"), a second activity ("Budgeting & labor control") or a second word ("Analytics &
    reporting")."""
    rest = _AND_PHRASE.fullmatch(item[len(mention.text):])
    if rest is None or " " in mention.text.strip() or mention.text.lower() not in english_words():
        return False  # "Photoshop and print layouts": a tool's name qualifies nothing
    head = rest.group(1).split()[-1]
    if head in DEALING_WORDS or _ACTIVITY.search(head):
        return False  # "Budgeting & labor control": a second activity, its own head
    start = mention.end + rest.start(1)
    return not any(start <= other.start < start + len(rest.group(1)) for other in ctx.mentions)


# How well or how often, before an abbreviation: "intermediate SQL", "daily SQL" name SQL
_LEVELS = frozenset("""
beginner novice intermediate fluent conversational native daily weekly regular occasional some
""".split())
_ACTIVITY = re.compile(r"(?:ing|tion|sion|ment)$")  # a noun of doing: "scheduling", "reconciliation"
_AND_PHRASE = re.compile(r"\s+(?:&|and)\s+([a-z]+(?:\s+[a-z]+)+)\s*")
_ITEM_OPENER = re.compile(r"(?:^|[,;•|·▪●◦]|\s[-–—]\s|:\s)\s*([A-Za-z][a-z]+)\s+$")


def _a_noun_it_qualifies(ctx: LintContext, word: str, start: int, words: frozenset[str]) -> bool:
    """Whether the lower-case word after a name makes it part of a longer item: an ordinary
    noun ("Airflow testing"), or a compound the dictionary does not know whose head is one
    ("UX microcopy") and that is not another skill of a list written without commas; a word
    of another language ("Linux und anderen Unix basierte Systeme") is neither."""
    if word in STOP:
        return False
    return word in words or (_english_head(word, words) and not any(other.start == start for other in ctx.mentions))


def _english_head(word: str, words: frozenset[str]) -> bool:
    """Whether the word ends in an ordinary word of four letters or more after three or more
    letters: an English compound written as one word, whose head comes last ("microcopy")."""
    return any(word[cut:] in words for cut in range(3, len(word) - 3))


_ABBREVIATION = re.compile(r"[A-Z]{2,4}")
_PURPOSE = re.compile(r"\w\s+for\s+$")
_PLURAL = re.compile(r"[^su]s$", re.IGNORECASE)  # "Relations", not "Business" nor "Status"


_AND = frozenset({"and", "&", "or"})
_LOWER_BEFORE = re.compile(r"(?<![\w.])[a-z]{3,} $")
_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Za-z][a-z]+|[A-Za-z][A-Za-z+#]*[a-z]|&)[ -]$")
_WORD_AFTER = re.compile(r"[ -]([a-z]+)\b(?![.-]\w)")


def _common(name: str, words: frozenset[str]) -> bool:
    """Whether every word of a name is an ordinary English word ("analysis", "data entry")."""
    parts = [part for part in re.findall(r"[A-Za-z]+", name) if len(part) > 2]  # "de-escalation"
    return bool(parts) and all(part.lower() in words for part in parts)


_WORD = re.compile(r"[a-z][a-z0-9+#]*")
_TOKEN = re.compile(r"[a-z0-9][a-z0-9+#]*")  # "Office 365": the number is part of the name


def _evidence_lines(ctx: LintContext) -> list[set[str]]:
    """The words of every line in an experience, project or volunteering section, and of
    every sentence wrapped onto the next line (`language.wrapping.goes_on`)."""
    texts = [ctx.line_text(line) if ctx.kind_at(line.start) in _EVIDENCE else "" for line in ctx.lines]
    lines = [set(_TOKEN.findall(text.lower())) for text in texts]
    out = [words for words in lines if words]
    out.extend(lines[i] | lines[i + 1] for i in range(len(lines) - 1)
               if lines[i] and lines[i + 1] and goes_on(texts[i], texts[i + 1]))
    return out


def _narrower_names(ctx: LintContext, skill_id: str) -> list[str]:
    """The names, aliases and exact-case names of the skills one level narrower than this one."""
    out = []
    for child_id in ctx.taxonomy.narrower_index.get(skill_id, ()):
        child = ctx.taxonomy.get(child_id)
        if child is not None:
            out.extend((child.name, *child.aliases, *child.exact_case))
    return out


def _in_own_words(phrases: tuple[str, ...], evidence: list[set[str]], role_families: list[frozenset[str]]) -> bool:
    """Whether one line of a role (or a sentence wrapped onto the next) holds every content
    word of one of `phrases` (the skill's name as written, its name, its aliases) in some
    form: "medication administration" in "administered medications", the alias "project
    delivery" in "delivered projects". The words and their families are `own_words`', the
    ones `skillgap check` judges a résumé's own words by; a name with short or
    non-alphabetic parts ("C++", "MS Project") must be there as it is written."""
    for phrase in phrases:
        if not _spelled_in_words(phrase):
            if _said_exactly(phrase, evidence):
                return True
            continue
        wanted = families(phrase)
        if wanted and any(wanted <= line for line in role_families):
            return True
    return False


def _spelled_in_words(phrase: str) -> bool:
    """Whether `families` keeps every word of the phrase that says what it is: not "C++",
    "Office 365", "MS Project" or "High availability", whose short, non-alphabetic or
    generic parts it drops ("visual" is not "Visual C++", "available" not "high availability")."""
    for found in re.finditer(r"[^\s/&,().'-]+", phrase):
        part, word = found.group(), found.group().lower()
        if word in STOP or word in _SAYS_NOTHING or _HYPHENATED_PREFIX.match(phrase, found.start()):
            continue  # "de-escalation": the prefix is part of the word, whose family is "escalated"'s
        if not part.isalpha() or len(part) < 3 or word in GENERIC_WORDS:
            return False
    return True


# a prefix of two letters before a hyphen: "de-escalation", "Co-ordination"; not "e-commerce", "UX-research"
_HYPHENATED_PREFIX = re.compile(r"[A-Za-z][a-z]-[a-z]{3,}")
_SAYS_NOTHING = frozenset({"skill", "skills"})  # "clerical skills" is clerical work


def _said_exactly(name: str, evidence: list[set[str]]) -> bool:
    """Whether one line of experience has every word of `name` as it is."""
    words = [w for w in _TOKEN.findall(name.lower()) if w not in STOP]
    return bool(words) and len(words) <= 3 and any(all(w in line for w in words) for line in evidence)


# A repository on these hosts is a Git repository: a role that keeps its work in one
# ("the GitHub repository of the thesis", "our GitLab repo") shows Git and the host. Each
# host's word is its skill id.
_GIT_HOSTS = frozenset({"github", "gitlab", "bitbucket"})
_REPOSITORY = frozenset({"repo", "repos", "repository", "repositories"})


def _shown_by_repositories(evidence: list[set[str]]) -> set[str]:
    """Git, and the host, for every role line that names a repository on a Git host; a
    link alone or the host's other products (GitHub Actions) say nothing of Git."""
    out: set[str] = set()
    for words in evidence:
        hosts = words & _GIT_HOSTS
        if hosts and words & _REPOSITORY:
            out |= {"git"} | hosts
    return out


_REPOSITORY_LINK = re.compile(rf"https?://(?:www\.)?({'|'.join(sorted(_GIT_HOSTS))})\.(?:com|org)/[^/\s?#]+/[^/\s?#]+",
                              re.IGNORECASE)


def _shown_by_repository_links(ctx: LintContext) -> set[str]:
    """The host, for a role or project that links to a repository on it ("The code is
    available here" under a GitHub icon): the work was kept there. A bare link, unlike a
    repository the role names in words (`_shown_by_repositories`), does not show Git
    itself (reviewed so on the corpus); a link to a profile shows nothing."""
    out: set[str] = set()
    for start, _end, target in ctx.document.layout.links:
        found = _REPOSITORY_LINK.match(target)
        if found and ctx.kind_at(start) in _EVIDENCE:
            out.add(found.group(1).lower())
    return out


def _in_link(text: str, start: int, end: int) -> bool:
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right_space = [i for i in (text.find(" ", end), text.find("\n", end)) if i != -1]
    right = min(right_space) if right_space else len(text)
    return bool(_URLISH.search(text[left:right]))


def miscased_skill(ctx: LintContext) -> Iterator[Hit]:
    if ctx.taxonomy is None:
        return
    contact_lines = {ctx.line_index(contact.start) for contact in ctx.contacts}
    for mention in ctx.mentions:
        skill = ctx.taxonomy.get(mention.skill_id)
        if skill is None:
            continue
        name, written = skill.name, mention.text
        if written == name or written.casefold() != name.casefold() or not any(ch.isupper() for ch in name):
            continue
        if written in skill.exact_case:
            continue  # a spelling the taxonomy lists as the skill's own ("nginx", the project's, for NGINX)
        if written.isupper() and len(written) > 1 and not name.isupper():
            continue  # an all-caps heading or line
        if not _inner_case_differs(written, name):
            # "payroll" for "Payroll", "python" for "Python": the taxonomy's sentence case, or a
            # common word ("source") that a tool happens to be named; only inner case is a spelling
            continue
        if _in_link(ctx.text, mention.start, mention.end):
            continue  # github.com/jane is a URL, not a spelling
        if _only_adds_capitals(written, name):
            continue  # "GeoGebra" for "Geogebra": the product's own camel case, the taxonomy's sentence case
        if ctx.line_index(mention.start) in contact_lines:
            continue  # "jane@example.com | github | linkedin": a link's label beside the contacts
        yield Hit(mention.start, mention.end, f"“{written}” is spelled “{name}”", f"write “{name}”")


def _only_adds_capitals(written: str, name: str) -> bool:
    """Whether every capital of the name is a capital in the written form too, and the
    written form only has more ("GeoGebra" for "Geogebra"; not "MySql" for "MySQL")."""
    return all(mine.isupper() or not theirs.isupper() for mine, theirs in zip(written, name, strict=False))


def _inner_case_differs(written: str, name: str) -> bool:
    """Whether the case differs inside a word ("Javascript"), not only at word starts."""
    for index, (mine, theirs) in enumerate(zip(written, name, strict=False)):
        if mine != theirs and index > 0 and written[index - 1].isalnum():
            return True
    return False


_NAMING_SECTIONS = frozenset({K.PREAMBLE, K.CONTACT, K.REFERENCES})


def keyword_stuffing(ctx: LintContext) -> Iterator[Hit]:
    limit = ctx.option("max-keyword-repeats")
    # stuffing repeats one word: "Python" eleven times, not "ICU" in unit names and "critical
    # care" in a summary, which the taxonomy reads as one skill
    by_word: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    words = english_words()
    for mention in ctx.mentions:
        if _in_foreign_prose(ctx, mention) or ctx.kind_at(mention.start) in _NAMING_SECTIONS:
            continue  # a referee's job title, the header's contact line: not stuffed
        if _names_a_unit(ctx, mention, words):
            continue  # "the critical care medicines group", "critical care rotations": not the skill said
        by_word[mention.skill_id, compact(mention.text)].append(mention)
    for (skill_id, _), mentions in by_word.items():
        if len(mentions) > limit:
            extra = mentions[limit]
            yield Hit(extra.start, extra.end, f"“{_name(ctx, skill_id)}” appears {len(mentions)} times (more than "
                                              f"{limit}): it reads as keyword stuffing",
                      "name it once in the skills section and where you used it")


def _names_a_unit(ctx: LintContext, mention: Mention, words: frozenset[str]) -> bool:
    """A field written in ordinary words before a noun it qualifies ("the critical care
    medicines group", "critical care rotations"): the name of a unit or of work in the
    field, not the skill said again. A tool's name before a noun ("Python scripting") is the
    tool said again."""
    skill = ctx.taxonomy.get(mention.skill_id)
    if skill is None or skill.kind is SkillKind.TOOL or not _common(mention.text, words):
        return False
    after = _WORD_AFTER.match(ctx.text, mention.end)
    return bool(after) and after.group(1) not in FUNCTION_WORDS \
        and _a_noun_it_qualifies(ctx, after.group(1), after.start(1), words)


def _in_foreign_prose(ctx: LintContext, mention: Mention) -> bool:
    """A name written in lower case amid words that are mostly not English: a word of
    another language ("sed" in lorem-ipsum filler), not the tool."""
    if not mention.text.islower():
        return False
    words = [w for w in re.findall(r"[A-Za-z]{3,}", ctx.line_text(ctx.line_at(mention.start)))]
    english = english_words()
    return len(words) >= 6 and sum(w.lower() not in english for w in words) * 5 >= len(words) * 3


def duplicate_skill(ctx: LintContext) -> Iterator[Hit]:
    first: dict[tuple[int, str], Mention] = {}
    for mention in ctx.mentions:
        section = ctx.sections.at(mention.start)
        if section is None or section.kind is not K.SKILLS:
            continue
        key = (section.start, mention.skill_id)  # one list; a "Technologies:" line elsewhere is not a repeat
        if key not in first:
            first[key] = mention
            continue
        earlier = first[key]
        if compact(earlier.text) != compact(mention.text):
            continue  # "Excel (VLOOKUP, pivot tables)": details of one skill, not a repeat
        items = compact(item_text(ctx, earlier, wrapped=True)), compact(item_text(ctx, mention, wrapped=True))
        if items[0] != items[1] and not (items[0] == compact(earlier.text) and items[1] == compact(mention.text)) \
                and not near_duplicate(ctx, earlier, mention):
            continue  # "Planning" and "Planning milestones", "UML" and "Visual Paradigm UML": two items
        same = "" if earlier.text == mention.text else f" (as “{earlier.text}”)"
        yield Hit(mention.start, mention.end, f"“{mention.text}” is already listed{same} in the skills section",
                  "list each skill once")
    for section in ctx.sections.sections:
        if section.kind is K.SKILLS:
            for start, end, text, earlier in said_again(ctx, section):
                yield Hit(start, end, f"“{text}” says again what “{earlier.text}” already lists in the skills "
                                      "section", "list each skill once")
