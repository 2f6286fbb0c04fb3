"""After the sources: links resolved to ids, aliases filtered, one owner per string."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from taxonomy_build.model import Entry, Registry
from taxonomy_build.tables import Tables
from taxonomy_build.text import compact, fold

_ALLOWED_TARGETS = {
    "default": {"default"},
    "stackoverflow": {"default", "stackoverflow"},
    "extended": {"default", "stackoverflow", "extended"},
}
_SOURCE_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,4}s?")

Claim = tuple[tuple[Any, ...], Entry, bool]


def resolve_links(registry: Registry) -> None:
    """Broader/related refs (ids or source keys) to ids, within what each pack may link to."""
    ids = {e.id for e in registry.entries}
    packs = {e.id: e.pack for e in registry.entries}
    for entry in registry.entries:
        for attr in ("broader", "related"):
            out: list[str] = []
            for ref in getattr(entry, attr):
                target = ref[3:] if ref.startswith("id:") else getattr(registry.by_key.get(ref), "id", None)
                if (
                    target
                    and target in ids
                    and target != entry.id
                    and target not in out
                    and packs[target] in _ALLOWED_TARGETS[entry.pack]
                ):
                    out.append(target)
            setattr(entry, attr, out)
        entry.related = [r for r in entry.related if r not in entry.broader]


def effective(entry: Entry, curated: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The fields the loader will end up with: the curated entry wins field by field."""
    eff = {"name": entry.name, "kind": entry.kind, "aliases": list(entry.aliases), "exact_case": entry.exact_case}
    raw = curated.get(entry.curated_id or "", {})
    for key in ("name", "kind", "aliases", "exact_case"):
        if key in raw:
            eff[key] = raw[key]
    return eff


def _filter_generated(entry: Entry, common: set[str], tables: Tables) -> None:
    """Ambiguous names to exact_case; aliases that are acronyms, common or generic words moved or dropped."""
    name_folded = fold(entry.name)
    common_name = " " not in name_folded and (
        (name_folded in common and entry.kind == "tool")
        or (name_folded in tables.very_common_words and entry.kind != "language")
    )
    if (
        name_folded in tables.collision_words or len(compact(entry.name)) <= 2 or common_name
    ) and entry.name not in entry.exact_case:
        entry.exact_case.insert(0, entry.name)
        entry.needs_context = True
    kept = {}
    for alias, strength in entry.aliases.items():
        folded = fold(alias)
        single = " " not in folded
        owned_here = tables.generic_owners.get(folded) == entry.id
        if _SOURCE_ACRONYM.fullmatch(alias):
            # an acronym as the source writes it: matched with its casing only
            if len(compact(alias)) >= 3 and alias not in entry.exact_case:
                entry.exact_case.append(alias)
            continue
        if folded in tables.collision_words or (single and folded in common and not owned_here):
            if entry.kind == "tool" and alias != alias.lower() and alias not in entry.exact_case:
                entry.exact_case.append(alias)
                entry.needs_context = True
            continue
        if single and folded in tables.generic_words and not owned_here:
            continue
        if len(compact(alias)) <= 2 and not re.search(r"[+#]", alias):
            continue  # two letters are too ambiguous for a case-insensitive alias
        kept[alias] = strength
    entry.aliases = kept


def _claims(registry: Registry, curated: dict[str, dict[str, Any]]) -> dict[str, list[Claim]]:
    """Who claims each folded string, over what the loader will see (extended pack aside)."""
    owners: dict[str, list[Claim]] = defaultdict(list)
    for entry in registry.entries:
        if entry.pack == "extended":
            continue
        eff = effective(entry, curated)
        strings = [] if eff["name"] in eff["exact_case"] else [(eff["name"], True)]
        strings += [(a, False) for a in eff["aliases"]]
        seen = set()
        for text, is_name in strings:
            folded = fold(text)
            if folded in seen:
                continue
            seen.add(folded)
            strength = entry.aliases.get(text, 0)
            rank = (0 if entry.curated_id else 1, 0 if is_name else 1, -entry.priority, -strength, entry.id)
            owners[folded].append((rank, entry, is_name))
    return owners


def _declared(entry: Entry, curated: dict[str, dict[str, Any]]) -> set[str]:
    return {fold(a) for a in curated.get(entry.curated_id or "", {}).get("ambiguous_aliases", [])}


def _settle(folded: str, claims: list[Claim], curated: dict[str, dict[str, Any]], report: list[str]) -> None:
    """The best claim keeps the string; a losing name becomes exact_case, a losing alias goes."""
    claims.sort(key=lambda c: c[0])
    winner = claims[0][1]
    for _, loser, is_name in claims[1:]:
        if folded in _declared(winner, curated) & _declared(loser, curated):
            continue
        if loser.curated_id and "aliases" in curated.get(loser.curated_id, {}):
            report.append(f"conflict between curated entries: '{folded}' in {winner.id} and {loser.id}")
            continue
        if is_name:
            report.append(f"name '{folded}' of {loser.id} also belongs to {winner.id}: exact_case")
            if loser.name not in loser.exact_case:
                loser.exact_case.insert(0, loser.name)
            loser.needs_context = True
            continue
        loser.aliases = {a: s for a, s in loser.aliases.items() if fold(a) != folded}


def _settle_extended(registry: Registry, default_strings: set[str]) -> None:
    """The extended pack is its own layer; inside it the same rule applies."""
    ext_owner: dict[str, Entry] = {}
    for entry in sorted((e for e in registry.entries if e.pack == "extended"), key=lambda e: e.id):
        for text in [entry.name, *entry.aliases]:
            folded = fold(text)
            if folded in default_strings or folded in ext_owner:
                if text == entry.name:
                    if entry.name not in entry.exact_case:
                        entry.exact_case.insert(0, entry.name)
                else:
                    entry.aliases.pop(text, None)
                continue
            ext_owner[folded] = entry


def finalise_strings(
    registry: Registry, curated: dict[str, dict[str, Any]], common: set[str], tables: Tables
) -> list[str]:
    """Filter aliases (common words, generic words) and give every folded string one owner."""
    report: list[str] = []
    for entry in registry.entries:
        if not entry.curated_id:
            _filter_generated(entry, common, tables)
    owners = _claims(registry, curated)
    for folded, claims in sorted(owners.items()):
        if len(claims) >= 2:
            _settle(folded, claims, curated, report)
    _settle_extended(registry, set(owners))
    return report
