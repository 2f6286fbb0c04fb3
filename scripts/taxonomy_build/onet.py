"""O*NET 29.2 (CC BY 4.0): technology examples (tools) and their commodity titles (broader)."""

from __future__ import annotations

import re

from taxonomy_build.model import Entry, Registry
from taxonomy_build.sources import Sources
from taxonomy_build.tables import Tables
from taxonomy_build.text import compact, fold, is_acronym_of
from taxonomy_build.thresholds import ONET_MIN_OCCUPATIONS

_COMMODITY_ACRONYMS = re.compile(r"\b(ERP|CRM|CAD|CAM|POS|OCR|VPN|MES|IP|WAN|LAN)\b")
_EXAMPLE_ACRONYM = re.compile(r"(.+?)\s+\(?([A-Z][A-Z0-9+#/-]{1,7})\)?")


def onet_short_form(example: str, vendors: tuple[str, ...]) -> str | None:
    """"Microsoft Excel" -> "Excel": the name after a known vendor prefix."""
    for vendor in sorted(vendors, key=len, reverse=True):
        if example.startswith(vendor + " ") and len(example) > len(vendor) + 2:
            rest = example[len(vendor) + 1 :].strip()
            if rest.lower() in {"software", "systems", "suite"} or len(compact(rest)) < 2:
                return None
            return rest
    return None


def onet_category(title: str, tables: Tables) -> str:
    """The generated file of a commodity title: the first keyword row it contains."""
    lowered = title.lower()
    for category, keyword in tables.onet_categories:
        if keyword in lowered:
            return category
    return "technology"


def _commodities(sources: Sources, registry: Registry, tables: Tables) -> dict[str, str]:
    """Each commodity title becomes a broader skill, or lands on the curated skill it names."""
    commodity_key = {}
    for row in sorted(sources.onet_examples, key=lambda r: r["example"]):
        commodity_key[row["commodity_title"]] = f"onet-commodity:{row['commodity_code']}"
    curated_ids = {e.curated_id for e in registry.entries}
    for title, key in sorted(commodity_key.items()):
        target = tables.commodity_broader.get(title)
        if target and target in curated_ids:
            entry = registry.curated(target)
            assert entry is not None
            entry.add("onet", [key.split(":")[1]])
            entry.add("keys", [key])
            registry.by_key[key] = entry
            continue
        name = _COMMODITY_ACRONYMS.sub(lambda m: f"({m.group(1)})", title)
        name = re.sub(r"\s+\(", " (", name)
        entry = Entry(
            name=name,
            kind="knowledge",
            category=onet_category(title, tables),
            priority=30,
            sources=["onet"],
            onet=[key.split(":")[1]],
            keys=[key],
        )
        if name != title:
            entry.add_alias(title, 30)
        registry.merge(entry)
    return commodity_key


def _example_entry(row: dict[str, str], commodity_key: dict[str, str], tables: Tables) -> tuple[Entry, list[str]]:
    """A tool from one example, and the strings that may match it to an existing skill."""
    example = row["example"].strip()
    entry = Entry(
        name=example,
        kind="tool",
        category=onet_category(row["commodity_title"], tables),
        priority=40,
        sources=["onet"],
        onet=[row["commodity_code"]],
        keys=[f"onet:{example}"],
        broader=[commodity_key[row["commodity_title"]]],
    )
    short = onet_short_form(example, tables.onet_vendors)
    match_on = []
    acronym = _EXAMPLE_ACRONYM.fullmatch(example)
    if acronym and is_acronym_of(acronym.group(2), acronym.group(1), tables.stop):
        entry.name = acronym.group(1)
        entry.add_alias(f"{acronym.group(1)} {acronym.group(2)}", 40)
        if len(compact(acronym.group(2))) > 2:
            entry.add_alias(acronym.group(2), 40)
        else:
            entry.exact_case.append(acronym.group(2))
        match_on.append(acronym.group(2))
    if short:
        if fold(short) in tables.collision_words or (" " not in short and short.lower() in tables.generic_words):
            entry.exact_case.append(short)
            entry.needs_context = True
        else:
            entry.add_alias(short, 40)
        match_on.append(short)  # "Unity Technologies Unity" is the curated Unity
    return entry, [example, *match_on]


def build_onet(sources: Sources, registry: Registry, tables: Tables) -> dict[str, str]:
    """O*NET technology examples (kind tool) and their commodity titles (broader)."""
    commodity_key = _commodities(sources, registry, tables)
    for row in sorted(sources.onet_examples, key=lambda r: r["example"]):
        hot = row["hot_technology"] == "Y" or row["in_demand"] == "Y"
        if int(row["n_occupations"] or 0) < ONET_MIN_OCCUPATIONS and not hot:
            continue
        entry, match_on = _example_entry(row, commodity_key, tables)
        registry.merge(entry, match_on=match_on)
    return commodity_key
