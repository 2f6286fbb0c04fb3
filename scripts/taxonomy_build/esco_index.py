"""ESCO v1.1.1 (CC BY 4.0), indexed: labels by concept, categories, broader links, verbs."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from taxonomy_build.sources import Sources, split_labels
from taxonomy_build.tables import Tables
from taxonomy_build.text import fold, strip_qualifier, tokens

_MAX_DEPTH = 8  # how far up the broader links a concept's category is looked for


@dataclass
class EscoIndex:
    rows: dict[str, dict[str, str]]
    pref_folds: dict[str, set[str]]  # folded preferred label -> uris
    alt_owners: dict[str, set[str]]  # folded alt label -> uris
    category: dict[str, str]
    broader: dict[str, list[str]]
    verbs: set[str]  # first words of ESCO skill labels: the verbs of its verb phrases


def esco_key(uri: str) -> str:
    return "esco:" + uri.rsplit("/", 1)[1]


def _group_codes(sources: Sources) -> dict[str, str]:
    """Skill group (or ISCED-F field) URI -> its code's category prefix ("04", "S2", "T")."""
    group_code = {}
    for rel in sources.esco_broader:
        for uri in (rel["conceptUri"], rel["broaderUri"]):
            if "/isced-f/" in uri:
                group_code[uri] = uri.rsplit("/", 1)[1][:2]
    for g in sources.esco_groups:
        if g["code"]:
            group_code[g["conceptUri"]] = g["code"][:2] if g["code"][0] == "S" else g["code"][0]
    return group_code


def _categories(
    sources: Sources, rows: dict[str, dict[str, str]], parents: dict[str, list[str]], tables: Tables
) -> dict[str, str]:
    """Each concept's category: its nearest group's, "languages" or "transversal"."""
    group_code = _group_codes(sources)

    def category_of(uri: str, depth: int = 0) -> str | None:
        if uri in group_code:
            return tables.esco_category.get(group_code[uri])
        if depth > _MAX_DEPTH:
            return None
        for parent in sorted(parents.get(uri, [])):
            found = category_of(parent, depth + 1)
            if found:
                return found
        return None

    category = {}
    for uri, row in rows.items():
        cat = category_of(uri)
        if uri in sources.esco_collections["language"]:
            cat = "languages"
        elif row["reuseLevel"] == "transversal":
            cat = "transversal"
        category[uri] = cat or "transversal"
    return category


def esco_index(sources: Sources, tables: Tables) -> EscoIndex:
    rows = {r["conceptUri"]: r for r in sources.esco_skills}
    pref_folds: dict[str, set[str]] = defaultdict(set)
    alt_owners: dict[str, set[str]] = defaultdict(set)
    for uri, row in rows.items():
        pref_folds[fold(row["preferredLabel"])].add(uri)
        pref_folds[fold(strip_qualifier(row["preferredLabel"]))].add(uri)
        for alt in split_labels(row["altLabels"]):
            alt_owners[fold(alt)].add(uri)
    parents: dict[str, list[str]] = defaultdict(list)
    for rel in sources.esco_broader:
        parents[rel["conceptUri"]].append(rel["broaderUri"])
    category = _categories(sources, rows, parents, tables)
    broader = {uri: [p for p in sorted(parents.get(uri, [])) if p in rows] for uri in rows}
    firsts = Counter(
        tokens(r["preferredLabel"])[0]
        for r in rows.values()
        if r["skillType"] == "skill/competence" and tokens(r["preferredLabel"])
    )
    verbs = {w for w, n in firsts.items() if n >= 2} | set(tables.nominalise) | tables.object_is_skill
    return EscoIndex(rows, pref_folds, alt_owners, category, broader, verbs)
