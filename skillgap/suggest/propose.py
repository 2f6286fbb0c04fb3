"""How suggestions are made: drafts from each kind's module, checked for honesty, scored
by re-scoring the résumé with the edit applied, ranked. See the package docstring."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from skillgap.gap import trait_in_other_words
from skillgap.language import Tense
from skillgap.suggest.edits import Edit, apply_edits, chain, doubled_words
from skillgap.suggest.suggestion import (
    KIND_ADD_RESULT,
    KIND_NAME_SKILL,
    KIND_ONLY_IF_TRUE,
    KIND_POSTING_TERM,
    KIND_PRIORITY,
    Suggestion,
)
from skillgap.suggest.targets import NAME_KINDS, Target, Targets, inside_a_name
from skillgap.types import CREDENTIAL_KINDS, GapItem, Importance, MatchLevel, Report, SkillKind

# Rank by value to this application: a required skill the résumé shows only in other words
# first, then a preferred one, then the wording of the opener, then a result to fill in.
TIER_REQUIRED, TIER_PREFERRED, TIER_STYLE, TIER_RESULT = range(4)


@dataclass
class _Draft:
    kind: str
    reason: str
    target: Target
    edits: tuple[Edit, ...]
    placeholder: bool = False
    skill_id: str = ""
    added: tuple[str, ...] = ()  # posting terms this rewrite may add
    changes_opening: bool = False
    tier: int = TIER_STYLE  # value to this application: lower comes first


def suggest(report: Report, *, extractor=None) -> tuple[Suggestion, ...]:
    """Every suggestion for this report: bullet edits ranked by their effect on the score,
    then "only if true" prompts for missing skills, also ranked."""
    from skillgap.suggest import metrics, wording
    from skillgap.suggest.rescore import Rescorer

    extractor = extractor if extractor is not None else _default_extractor(report)
    taxonomy = extractor.taxonomy
    targets = Targets(report, taxonomy)
    drafts: list[_Draft] = []

    # 1-2 and 5: openers and results, bullet by bullet
    base: dict[int, tuple[Edit, ...]] = {}
    for target in targets.action_bullets():
        for kind, reason, edits in bullet_edits(target.text, target.tense, target.proper, target.dated_past):
            if kind != KIND_ADD_RESULT:
                base[target.start] = edits
            elif not _result_fits(target, targets) or not metrics.worth_a_result(
                    apply_edits(target.text, base.get(target.start, ())), target.tense):
                continue  # a result placeholder belongs on an achievement of a role or a project
            drafts.append(_Draft(kind, reason, target, edits, placeholder=kind == KIND_ADD_RESULT,
                                 changes_opening=kind != KIND_ADD_RESULT or target.start in base,
                                 tier=TIER_RESULT if kind == KIND_ADD_RESULT else TIER_STYLE))

    # 3-4 and 6: wording, naming, prompts, item by item
    prompt_items: list[tuple[GapItem, str, str]] = []
    traits: list[GapItem] = []
    posting_text = report.posting.document.text
    for item in report.gap.items:
        if item.keyword_found:
            continue
        terms = [t for t in item.posting_terms if not inside_a_name(t, posting_text, item.skill.kind)]
        if not terms:
            continue  # "Harbor Freight Analytics": the posting named a company, not a skill
        if item.level in (MatchLevel.RELATED, MatchLevel.MISSING):
            prompt_items.append((item, terms[0], ""))
            continue
        if trait_in_other_words(item):
            traits.append(item)  # named on a line of soft skills (traits.py), never tacked onto a task
            continue
        draft = _wording_draft(item, terms[0], targets, base)
        if draft is not None:
            draft.tier = TIER_REQUIRED if item.importance is Importance.REQUIRED else TIER_PREFERRED
            drafts.append(draft)
        elif item.level is MatchLevel.EXACT and item.evidence and not _renamed_plural(item, terms[0]) \
                and not wording.nameable(terms[0], item.skill.name) and item.skill.kind not in CREDENTIAL_KINDS:
            prompt_items.append((item, terms[0], item.evidence[0].text))  # "auditing" vs "external audit"

    drafts += _trait_drafts(traits, targets)
    rescorer = Rescorer(report, extractor)
    edits = _score_drafts(_merge_list_items(drafts), rescorer)
    return tuple(edits) + tuple(_prompts(prompt_items, targets, rescorer, report))


_UNPAID = re.compile(r"volunteer|associations?\b|affiliations?|club|societ|activities|advising|mentoring",
                     re.IGNORECASE)


def _result_fits(target: Target, targets: Targets) -> bool:
    """Whether a result placeholder may go on this bullet: an achievement of a role or a
    project (not volunteering or memberships), and not a project whose result another of
    its bullets already states ("500+ daily active users")."""
    from skillgap.suggest import metrics
    from skillgap.types import SectionKind

    if not target.achievement or target.section is SectionKind.VOLUNTEER or _UNPAID.search(target.section_title):
        return False
    if target.section is SectionKind.PROJECTS:
        return not any(metrics.has_result(b.text) for b in targets.role_bullets(target.role))
    return True


def _wording_draft(item: GapItem, term: str, targets: Targets, base: dict[int, tuple[Edit, ...]]
                   ) -> _Draft | None:
    """The wording edit for one matched posting skill: the posting's term in place of
    another name of it, or the skill named where the résumé shows it; None when neither is
    honest or possible (the caller then makes an "only if true" prompt)."""
    from skillgap.suggest import wording

    if item.skill.kind in CREDENTIAL_KINDS:
        return None  # "B.S. (Bachelor's degree) Accounting": a degree or licence reads as written
    if item.level is MatchLevel.NARROWER and item.via is not None:
        # the bullet shows a narrower skill: naming the broader one is true of it
        name = wording.display_term(term if wording.nameable(term, item.skill.name) else
                                    wording.plain_name(item.skill.name), item.skill.kind, item.skill.name)
        via = wording.display_term(item.via.name, item.via.kind)
        reason = f"The posting asks for “{name}”, and your {via} work is that: name it in the posting's words"
        return _first_edit(item, targets, base, KIND_NAME_SKILL, reason, name)
    if item.level is not MatchLevel.EXACT:
        return None
    for evidence in item.evidence:
        if wording.is_variant(evidence.text, term) and not wording.plural_only(evidence.text, term) \
                and not wording.weaker_or_respelled(evidence.text, term):
            reason = (f"The posting says “{term}”, you wrote “{evidence.text}”: tracking systems search for "
                      "the posting's word")
            draft = _first_edit(item, targets, base, KIND_POSTING_TERM, reason, term, only=evidence)
            if draft is not None:
                return draft
    for evidence in item.evidence:  # "recruiting" where the posting says "recruitment"
        target = targets.at(evidence.start)
        edit = wording.activity_noun_edit(target.text, evidence.start - target.start, evidence.end - target.start,
                                          term) if target is not None and target.listing else None
        if edit is not None:
            wrote = target.text[edit.start : edit.end]
            reason = f"The posting says “{term}”, you wrote “{wrote}”: tracking systems search for the posting's word"
            return _chained(KIND_POSTING_TERM, reason, target, edit, base, item.skill.id, term)
    if _renamed_plural(item, term) or not wording.nameable(term, item.skill.name):
        return None
    name = wording.display_term(term, item.skill.kind, item.skill.name)
    reason = (f"The posting says “{term}”; your “{item.evidence[0].text}” is that skill: name it in the "
              "posting's words")
    return _first_edit(item, targets, base, KIND_NAME_SKILL, reason, name)


def _first_edit(item: GapItem, targets: Targets, base: dict[int, tuple[Edit, ...]], kind: str, reason: str,
                term: str, only=None) -> _Draft | None:
    """The edit at the first piece of evidence where one reads naturally: the skills line
    that lists it first (the term joins the list), then the bullets that show it."""
    from skillgap.suggest import wording

    found = [(targets.at(e.start), e) for e in ((only,) if only is not None else item.evidence)]
    found = [(t, e) for t, e in found if t is not None]
    found.sort(key=lambda pair: not pair[0].listing)
    # a skill two steps or more above the one shown ("computer literacy" from Excel, through
    # Microsoft Office) says less than what the résumé names: only a skills line's label
    near = item.via is None or targets.directly_broader(item.via.id, item.skill.id)
    for target, evidence in found:
        start, end = evidence.start - target.start, evidence.end - target.start
        if kind == KIND_POSTING_TERM:
            edit = wording.posting_term_edit(target.text, start, end, term)
        elif target.listing:
            tool = item.skill.kind in NAME_KINDS
            kinds = targets.kinds_on(target)
            edit = None if not near or (not tool and kinds and kinds <= NAME_KINDS) else \
                wording.list_item_edit(target.text, term, start, tool=tool)  # no field in a list of products
            if edit is None and item.via is not None and targets.directly_broader(item.via.id, item.skill.id):
                edit = wording.label_edit(target.text, start, end, term, item.via.name)  # "Frontend web development"
            if edit is None and item.via is not None and targets.lists_only_narrower(target, item.skill.id):
                edit = wording.new_label_edit(target.text, term)  # "Databases: PostgreSQL, MySQL"
        else:
            edit = wording.name_skill_edit(target.text, start, end, term) if near else None
        if edit is None and near and kind == KIND_NAME_SKILL and item.via is not None \
                and item.via.kind is SkillKind.TOOL and evidence.skill_id == item.via.id:
            edit = wording.category_edit(target.text, start, end, term) or \
                wording.category_edit(target.text, start, end, item.skill.name)  # "Salesforce Service Cloud CRM"
        if edit is not None:
            return _chained(kind, reason, target, edit, base, item.skill.id, term)
    if kind == KIND_NAME_SKILL and only is None and near and (not found or any(t.action for t, _ in found)):
        return _on_a_skills_line(item, targets, reason, term)  # shown in a bullet, or only where no edit goes
    return None


_NOT_SKILL_LISTS = re.compile(r"languages?\b|interests?|hobb|certific|awards?|education|references",
                              re.IGNORECASE)


def _on_a_skills_line(item: GapItem, targets: Targets, reason: str, term: str) -> _Draft | None:
    """The term added to the skills line that lists skills of its kind (tools with tools,
    other skills with theirs), when no line that shows it can take it: the résumé shows
    the skill, and the skills section is where a reader looks for its name."""
    from skillgap.suggest import wording

    if not _visible_evidence(item, targets):
        return None  # nothing a reader sees to point the person at (none, or hidden keywords): no claim
    tool = item.skill.kind in NAME_KINDS
    best: tuple[tuple[bool, int], Target, Edit] | None = None
    for target, kinds in targets.skills_lines():
        if _NOT_SKILL_LISTS.match(target.text.strip(" -*•#")):
            continue
        matching = bool(kinds & NAME_KINDS) if tool else bool(kinds - NAME_KINDS)
        if not matching:
            continue
        edit = wording.list_item_edit(target.text, term, tool=tool)
        if edit is None:
            continue
        # best: the line where its narrower skills sit ("Databases" beside PostgreSQL), then the widest
        score = (any(sid == (item.via.id if item.via else "") or targets.directly_broader(sid, item.skill.id)
                     for sid in targets.skills_on(target)), len(kinds))
        if best is None or score > best[0]:
            best = (score, target, edit)
    if best is None:
        return None
    return _Draft(KIND_NAME_SKILL, f"{reason}; {_evidence_note(item, targets)}", best[1], (best[2],),
                  skill_id=item.skill.id, added=(term,))


def _visible_evidence(item: GapItem, targets: Targets) -> list:
    """The item's evidence a reader can see: not in text the file hides (white on white,
    tiny), which is keyword stuffing, not a skill the résumé shows."""
    hidden = targets.document.layout.hidden_spans
    return [e for e in item.evidence if not any(a <= e.start < b for a, b in hidden)]


def _evidence_note(item: GapItem, targets: Targets) -> str:
    """Which line shows the skill, for an edit on another line: "your line 14 shows it
    (“… with PostgreSQL for data storage …”)"; a bullet of a role first."""
    from skillgap.suggest.traits import window

    def rank(evidence) -> int:
        target = targets.at(evidence.start)
        return 0 if target is not None and target.action else 1 if target is not None else 2

    evidence = min(_visible_evidence(item, targets), key=rank)
    target = targets.at(evidence.start)
    line_start = targets.document.lines[targets.document.line_index(evidence.start)].start
    text, at = (target.text, evidence.start - target.start) if target is not None else \
        (evidence.line_text, evidence.start - line_start)
    line = target.line if target is not None else evidence.line
    return f"your line {line} shows it (“{window(text, at)}”)"


def _trait_drafts(items: list[GapItem], targets: Targets) -> list[_Draft]:
    """Soft skills the résumé shows only through what the candidate did, named where a
    reader looks for them (`traits.py`): required ones first."""
    from skillgap.suggest.traits import trait_edits, trait_name

    items = sorted(items, key=lambda item: item.importance is not Importance.REQUIRED)
    out: list[_Draft] = []
    for found in trait_edits(items, targets):
        required = found.item.importance is Importance.REQUIRED
        out.append(_Draft(KIND_NAME_SKILL, found.reason, found.target, (found.edit,), skill_id=found.item.skill.id,
                          added=tuple(trait_name(i) for i in (found.item, *found.also)),
                          tier=TIER_REQUIRED if required else TIER_PREFERRED))
    return out


def _merge_list_items(drafts: list[_Draft]) -> list[_Draft]:
    """One posting term added to a skills line, the most valuable: several would stuff it."""
    out: list[_Draft] = []
    host: dict[int, int] = {}
    for draft in drafts:
        single = len(draft.edits) == 1 and draft.edits[0].start == draft.edits[0].end
        if not (draft.target.listing and single):
            out.append(draft)
            continue
        index = host.get(draft.target.start)
        if index is None:
            host[draft.target.start] = len(out)
            out.append(draft)
        elif draft.tier < out[index].tier:
            out[index] = draft
    return out


def _renamed_plural(item: GapItem, term: str) -> bool:
    """"ERP systems" for "ERP system": the same words, and a rewrite would break grammar."""
    from skillgap.suggest import wording

    return any(wording.plural_only(e.text, term) for e in item.evidence)


def bullet_edits(text: str, tense: Tense, proper: frozenset[str] = frozenset(), dated_past: bool = False
                 ) -> list[tuple[str, str, tuple[Edit, ...]]]:
    """(kind, reason, edits) for one bullet's own wording: its opener (action-verb or
    active-voice) and a placeholder for a missing result, the latter on top of the former.
    `dated_past`: the bullet's role has dates that ended."""
    from skillgap.suggest import metrics, openers

    out: list[tuple[str, str, tuple[Edit, ...]]] = []
    fix = openers.fix_opener(text, tense, proper, dated_past)
    if fix is not None:
        out.append((fix.kind, fix.reason, fix.edits))
    result = (metrics.add_result_edit(text, _first_verb_lemma(apply_edits(text, fix.edits)), fix.edits[0].end)
              if fix else metrics.add_result_edit(text))
    if result is not None:
        if fix:
            edits = chain(fix.edits, result, text) or (result,)
        elif text[:1].islower() and result.start > 0:  # a rewrite starts with a capital: "trained" -> "Trained"
            edits = (Edit(0, 1, text[0].upper()), result)
        else:
            edits = (result,)
        out.append((KIND_ADD_RESULT, metrics.reason_for(result), edits))
    return out


def draft_rewrites(text: str, tense: Tense, proper: frozenset[str] = frozenset(), dated_past: bool = False
                   ) -> dict[str, str]:
    """{kind: rewrite} for one bullet, as `suggest` would offer them before scoring
    (wording kinds need the gap and are not included)."""
    out: dict[str, str] = {}
    opening = False
    for kind, _, edits in bullet_edits(text, tense, proper, dated_past):
        opening = opening or kind != KIND_ADD_RESULT
        rewrite = apply_edits(text, edits)
        if honest(text, rewrite, opening=opening):
            out[kind] = rewrite
    return out


def _first_verb_lemma(text: str) -> str:
    from skillgap.language import lemma
    from skillgap.suggest.edits import WORD

    word = WORD.match(text.lstrip())
    return lemma(word.group(0)) if word else ""


def _chained(kind: str, reason: str, target: Target, edit: Edit, base: dict[int, tuple[Edit, ...]],
             skill_id: str, term: str) -> _Draft:
    """A wording edit on top of the bullet's opener fix, so every rewrite opens with a verb."""
    opener = base.get(target.start, ())
    edits = chain(opener, edit, target.text) if opener else None
    return _Draft(kind, reason, target, edits or (edit,), skill_id=skill_id, added=(term,),
                  changes_opening=bool(edits))


def _score_drafts(drafts: list[_Draft], rescorer) -> list[Suggestion]:
    """Each draft that passes the honesty gate, re-scored, ranked by its effect then kind."""
    from skillgap.suggest.rescore import neutral

    scored: list[tuple[float, int, int, Suggestion]] = []
    seen: set[tuple[int, str]] = set()
    for draft in drafts:
        target = draft.target
        rewrite = apply_edits(target.text, draft.edits)
        if (target.start, rewrite) in seen or not honest(target.text, rewrite, draft.added,
                                                         opening=draft.changes_opening):
            continue
        seen.add((target.start, rewrite))
        before = rescorer.baseline(target.start, target.end)
        after = rescorer.score(target.start, target.end, neutral(rewrite) if draft.placeholder else rewrite)
        lost = before.skills - after.skills
        if any(m.skill_id in lost and m.text.lower() not in rewrite.lower()
               for m in rescorer.mentions_in(target.start, target.end)):
            continue  # the rewrite dropped the words of a skill the bullet showed
        delta = after.value - before.value
        scored.append((delta, draft.tier, target.role, Suggestion(
            draft.kind, draft.reason, target.line, target.text, rewrite, after.gap.score - before.gap.score,
            target.start, target.end, draft.placeholder, draft.skill_id,
            tuple((e.start, e.end, e.replacement) for e in draft.edits),
        )))
    scored.sort(key=lambda row: (row[1], -round(row[0], 6), KIND_PRIORITY[row[3].kind], row[3].start))
    return _without_clashes([(role, suggestion) for _, _, role, suggestion in scored])


def _without_clashes(ranked: list[tuple[int, Suggestion]]) -> list[Suggestion]:
    """Ranked suggestions less those that clash with a better one: a different change of
    the same words of a line, or a second result placeholder in one role."""
    out: list[Suggestion] = []
    by_line: dict[int, list[Edit]] = {}
    roles_with_result: set[int] = set()
    for role, suggestion in ranked:
        edits = [Edit(*e) for e in suggestion.edits]
        chosen = by_line.get(suggestion.start, [])
        if any(a != b and a.overlaps(b) for a in edits for b in chosen):
            continue
        if suggestion.placeholder:
            if role in roles_with_result:
                continue
            roles_with_result.add(role)
        by_line.setdefault(suggestion.start, []).extend(edits)
        out.append(suggestion)
    return out


def _prompts(items: list[tuple[GapItem, str, str]], targets: Targets, rescorer, report: Report
             ) -> list[Suggestion]:
    """A fill-in line per missing skill, scored as a new line where it would go."""
    from skillgap.suggest import prompts
    from skillgap.suggest.rescore import neutral

    out: list[tuple[float, int, Suggestion]] = []
    for order, (item, term, wrote) in enumerate(items):
        text = prompts.template(term, item.skill.kind, item.skill.name)
        anchor = targets.insertion_point(prompts.target_section(item.skill.kind))
        before = rescorer.baseline(anchor, anchor)
        after = rescorer.score(anchor, anchor, "\n• " + neutral(text))
        if item.skill.id not in after.skills:
            after = rescorer.assume_shown(item, anchor)  # a name that needs context ("Go")
        line = report.resume.document.source_position(max(0, anchor - 1))[0]
        delta = after.value - before.value
        out.append((delta, order, Suggestion(
            KIND_ONLY_IF_TRUE, prompts.reason(item, term, wrote), line, "", text,
            after.gap.score - before.gap.score, anchor, anchor, True, item.skill.id,
        )))
    out.sort(key=lambda triple: (-round(triple[0], 6), triple[1]))
    return [suggestion for _, _, suggestion in out]


# --- honesty ---------------------------------------------------------------------------------

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def honest(original: str, rewrite: str, added: Iterable[str] = (), *, opening: bool = False) -> bool:
    """The checks every rewrite passes: something changed, no new number, no new doubled
    word, the line's brackets as they were (none added: a gloss beside a name reads as a
    tool's aside, "Excel (spreadsheets)"; none taken away), and a changed opening starts with
    a capitalised verb."""
    from skillgap.suggest.edits import PLACEHOLDER
    from skillgap.suggest.openers import starts_with_verb

    if rewrite == original:
        return False
    allowed = set(_NUMBER.findall(original)) | {n for term in added for n in _NUMBER.findall(term)}
    if not set(_NUMBER.findall(PLACEHOLDER.sub("", rewrite))) <= allowed:
        return False
    if len(doubled_words(rewrite)) > len(doubled_words(original)):
        return False
    if rewrite.count("(") != original.count("(") or rewrite.count(")") != original.count(")"):
        return False
    if opening and not starts_with_verb(rewrite):
        return False
    return not repeated_words(original, rewrite)


_REPEATABLE = frozenset("""a an the and or of to in on for with as by at from into is are was were be that this
these those our their its all each per""".split())


def repeated_words(original: str, rewrite: str) -> set[str]:
    """Words the rewrite adds that the line already has ("Microsoft Word, Microsoft Excel";
    "Improved X, improving [metric]"), compared by lemma; placeholders aside."""
    from collections import Counter

    from skillgap.language import lemma
    from skillgap.suggest.edits import PLACEHOLDER

    def lemmas(text: str) -> Counter[str]:
        words = re.findall(r"[A-Za-z][\w+#'’]*", PLACEHOLDER.sub(" ", text))
        return Counter(lemma(w) for w in words if w.lower() not in _REPEATABLE and len(w) > 1)

    before, after = lemmas(original), lemmas(rewrite)
    return {w for w, n in after.items() if before[w] and n > before[w]}


def _default_extractor(report: Report):
    if report.taxonomy_name != "default":
        raise ValueError("suggest() needs the extractor that made this report (extractor=...)")
    from skillgap.pipeline import get_extractor

    return get_extractor(())
