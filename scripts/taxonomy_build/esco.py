"""ESCO concepts into entries: noun forms of verb phrases, synonym-only aliases, packs."""

from __future__ import annotations

from dataclasses import dataclass

from taxonomy_build.esco_index import EscoIndex, esco_key
from taxonomy_build.model import Entry, Registry
from taxonomy_build.sources import Sources, split_labels
from taxonomy_build.tables import Tables
from taxonomy_build.text import (
    compact,
    display,
    fold,
    is_acronym_of,
    singular,
    spelling,
    stem,
    strip_qualifier,
    tokens,
)


@dataclass(frozen=True)
class Context:
    """What every concept is judged against: common words, names other sources attest, tables."""

    common: set[str]
    attested: set[str]
    tables: Tables


def core(text: str, verb_phrase: bool, tables: Tables) -> set[str]:
    """Content stems minus label noise ("techniques", "methods", ...) and, for verb
    phrases, minus the verb."""
    words = [spelling(t) for t in tokens(text)]
    if verb_phrase and words:
        words = words[1:]
        if words[:1] == ["out"]:
            words = words[1:]
    noise = {stem(spelling(w)) for w in tables.label_noise}
    stems = {stem(w) for w in words if w not in tables.stop} - noise
    return {tables.synonym_stems.get(s, s) for s in stems}


def _unusable_alias(alt: str, row: dict[str, str], index: EscoIndex, common: set[str], tables: Tables) -> bool:
    """Another concept's label, a label shared between concepts, a bare common word, too long."""
    folded = fold(alt)
    pref = strip_qualifier(row["preferredLabel"])
    if folded in (fold(pref), fold(row["preferredLabel"])):
        return True
    if any(uri != row["conceptUri"] for uri in index.pref_folds.get(folded, ())):
        return True
    if len(index.alt_owners.get(folded, ())) > 1:
        return True
    alt_tokens = tokens(alt)
    if not alt_tokens or len(alt) > 80:
        return True
    return len(alt_tokens) == 1 and (
        folded in common or folded in tables.generic_words or folded in tables.collision_words
    )


def esco_alias_ok(alt: str, row: dict[str, str], index: EscoIndex, common: set[str], tables: Tables) -> bool:
    """Keep an ESCO alternative label only when it is a synonym, not a related or narrower term:
    not another concept's preferred label, not shared between concepts, not a bare common word,
    not a product name under a general concept, and the same content words as the preferred
    label (spelling variants, plurals and "techniques"/"methods" aside) or its acronym."""
    if _unusable_alias(alt, row, index, common, tables):
        return False
    pref = strip_qualifier(row["preferredLabel"])
    alt_tokens = tokens(alt)
    if is_acronym_of(alt, pref, tables.stop) or compact(alt) == compact(pref):
        return True
    if set(alt_tokens) < set(tokens(pref)):
        return False  # drops words of the label: broader ("insurance" for "insurance law")
    if pref == pref.lower() and alt != alt.lower() and not alt.isupper() and fold(alt) not in fold(pref):
        return False
    verb_phrase = row["skillType"] == "skill/competence"
    if verb_phrase and alt_tokens[0] not in index.verbs and not alt_tokens[0].endswith("ing"):
        # a noun form of the verb phrase: "chassis design" for "design chassis"
        noun = tables.nominalise.get(tokens(pref)[0], "")
        object_core = core(pref, True, tables)
        return bool(object_core) and core(alt, False, tables) - {stem(spelling(noun))} == object_core
    pref_core, alt_core = core(pref, verb_phrase, tables), core(alt, verb_phrase, tables)
    return bool(pref_core) and pref_core == alt_core


def noun_forms(label: str, tables: Tables) -> list[str]:
    """ "manage budgets" -> ["budget management", "budgets management"] (to be attested)."""
    words = label.split()
    verb, rest = words[0].lower(), words[1:]
    if verb == "carry" and rest[:1] == ["out"]:
        rest = rest[1:]
    while rest and rest[0].lower() in tables.determiners:
        rest = rest[1:]
    if not rest or len(rest) > 4 or any(w.lower() in tables.not_in_noun_form for w in rest):
        return []
    obj = " ".join(rest)
    single = " ".join(rest[:-1] + [singular(rest[-1])])
    if verb in tables.nominalise:
        forms = [f"{single} {tables.nominalise[verb]}", f"{obj} {tables.nominalise[verb]}"]
    elif verb in tables.object_is_skill and len(rest) >= 2:
        forms = [obj]
    else:
        return []
    return list(dict.fromkeys(forms))


def safe_object(label: str, common: set[str], tables: Tables) -> bool:
    """The object of a verb phrase is specific enough for a noun form: not a bare common word
    ("manage work", "use tools")."""
    words = [w for w in tokens(label)[1:] if w not in tables.determiners]
    return len(words) > 1 or (bool(words) and words[0] not in common and words[0] not in tables.generic_words)


def esco_kind(row: dict[str, str], digital: bool) -> str:
    label = strip_qualifier(row["preferredLabel"])
    if row["skillType"] == "knowledge":
        if digital and any(c.isupper() for c in label[1:] + label[:1]) and label != label.lower():
            return "tool"
        return "knowledge"
    if row["reuseLevel"] == "transversal":
        return "soft"
    return "hard"


def _skill_name(
    row: dict[str, str], index: EscoIndex, registry: Registry, context: Context, collected: bool
) -> tuple[str, str]:
    """(pack, name) of a skill/competence concept: an attested or safe noun form goes to the
    default pack, a verb phrase with none to the extended pack (unless in a collection)."""
    common, attested, tables = context.common, context.attested, context.tables
    label = " ".join(row["preferredLabel"].split())
    forms = noun_forms(label, tables)
    attested_forms = [f for f in forms if fold(f) in attested or registry.find(f)]
    noun_alts = [
        alt
        for alt in split_labels(row["altLabels"])
        if tokens(alt)
        and tokens(alt)[0] not in index.verbs
        and not tokens(alt)[0].endswith("ing")
        and esco_alias_ok(alt, row, index, common, tables)
    ]
    generated = {fold(f) for f in forms}
    noun_alts.sort(key=lambda alt: (fold(alt) not in generated, " of " in alt))
    safe_form = bool(forms) and tokens(label)[0] in tables.nominalise and safe_object(label, common, tables)
    if attested_forms:
        return "default", display(attested_forms[0])
    if noun_alts and fold(noun_alts[0]) in generated:
        return "default", display(noun_alts[0])
    if safe_form:
        return "default", display(forms[0])
    if noun_alts:
        return "default", display(noun_alts[0])
    return ("default" if collected else "extended"), display(label)


def _concept_entry(
    uri: str, index: EscoIndex, registry: Registry, sources: Sources, context: Context
) -> Entry:
    tables = context.tables
    row = index.rows[uri]
    label = " ".join(row["preferredLabel"].split())
    is_knowledge = row["skillType"] == "knowledge"
    digital = sources.esco_collections["digital"]
    transversal = sources.esco_collections["transversal"]
    language = sources.esco_collections["language"]
    if uri in language and not is_knowledge:
        pack, name, kind = "extended", display(label), "language"
    elif is_knowledge or row["skillType"] == "":
        pack, name = "default", display(strip_qualifier(label))
        kind = "language" if uri in language else esco_kind(row, uri in digital)
    else:
        pack, name = _skill_name(row, index, registry, context, uri in digital or uri in transversal)
        kind = esco_kind(row, uri in digital)
    if row["preferredLabel"] in tables.esco_not_equivalent_labels or (
        pack == "default" and not is_knowledge and " " not in name.strip()
    ):
        pack = "extended"  # a reviewed non-equivalent, or a one-word "skill" such as "plan"
    entry = Entry(
        name=name,
        kind=kind,
        category=index.category[uri],
        pack=pack,
        priority=20 if pack == "default" else 5,
        esco=[uri],
        sources=["esco"],
        keys=[esco_key(uri)],
    )
    _add_strings_and_links(entry, uri, index, sources, context)
    return entry


def _add_strings_and_links(
    entry: Entry, uri: str, index: EscoIndex, sources: Sources, context: Context
) -> None:
    common, attested, tables = context.common, context.attested, context.tables
    row = index.rows[uri]
    label = " ".join(row["preferredLabel"].split())
    if fold(entry.name) != fold(label) and strip_qualifier(label) == label:
        entry.add_alias(label, 25)
    for alt in split_labels(row["altLabels"]):
        if esco_alias_ok(alt, row, index, common, tables):
            entry.add_alias(alt, 20)
    if row["skillType"] != "knowledge":
        for form in noun_forms(label, tables):
            if fold(form) != fold(entry.name) and (fold(form) in attested or entry.pack == "extended"):
                entry.add_alias(form, 15)
    # ESCO also files skills under transversal ones ("calibrate precision instruments" under
    # "think critically"): that is "needs", not "is a kind of", so it is no broader link here.
    transversal = sources.esco_collections["transversal"]
    entry.broader.extend(
        esco_key(p) for p in index.broader.get(uri, []) if p not in transversal or uri in transversal
    )


def build_esco(
    sources: Sources, registry: Registry, index: EscoIndex, attested: set[str], tables: Tables
) -> None:
    """Every ESCO concept, into the default pack (noun forms) or the extended one."""
    context = Context(set(tables.common_words), attested, tables)
    for uri in sorted(index.rows):
        row = index.rows[uri]
        entry = _concept_entry(uri, index, registry, sources, context)
        not_equivalent = row["preferredLabel"] in tables.esco_not_equivalent_labels
        is_knowledge = row["skillType"] == "knowledge"
        match_on = [strip_qualifier(" ".join(row["preferredLabel"].split()))] if is_knowledge else []
        found = registry.find(entry.name, match_on)
        if not_equivalent and found is not None and found.curated_id:
            registry.add(entry)  # reviewed: not the curated skill it is named like
        else:
            registry.merge(entry, match_on=match_on)
