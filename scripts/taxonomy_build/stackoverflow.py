"""Stack Overflow tags (CC BY-SA 4.0): skills no CC BY source names, in a file of their own."""

from __future__ import annotations

import re
from collections import defaultdict

from taxonomy_build.model import Entry, Registry
from taxonomy_build.sources import Sources
from taxonomy_build.tables import Tables
from taxonomy_build.text import fold, singular
from taxonomy_build.thresholds import SO_MIN_QUESTIONS, SO_MIN_QUESTIONS_ATTESTED


def _popular_enough(tag: str, count: int, attested: set[str], registry: Registry) -> bool:
    """Enough questions and attested as a skill name by another source."""
    spaced = tag.replace("-", " ")
    known = fold(spaced) in attested or fold(tag) in attested
    if count >= SO_MIN_QUESTIONS and known:
        return True
    return bool(
        count >= SO_MIN_QUESTIONS_ATTESTED
        and known
        and re.search(r"[a-z]", tag)
        and registry.find(tag.split("-")[0]) is not None
    )


def _not_a_skill(tag: str, count: int, tables: Tables) -> bool:
    """A reviewed programming concept, or common English words ("factory", "memory", "events")."""
    common = tables.common_words
    if tag in tables.so_not_skills:
        return True
    words = tag.split("-")
    if len(words) == 1 and (tag in tables.collision_words or tag in common or singular(tag) in common):
        return True
    return (
        len(words) > 1
        and all(w in common or singular(w) in common for w in words)
        and count < 5 * SO_MIN_QUESTIONS
    )


def _tag_entry(tag: str, synonyms: list[str], tables: Tables) -> Entry:
    name = tag.replace("-", " ") if re.search(r"[a-z]", tag) else tag
    entry = Entry(
        name=name,
        kind="tool",
        category="stackoverflow",
        pack="stackoverflow",
        priority=10,
        sources=["stackoverflow"],
        keys=[f"so:{tag}"],
    )
    if name != tag:
        entry.add_alias(tag, 10)
    for syn in synonyms:
        entry.add_alias(syn, 10)
        if "-" in syn:
            entry.add_alias(syn.replace("-", " "), 10)
    prefix = tag.split("-")[0]
    if prefix in tables.so_prefix_broader and prefix != tag:
        entry.broader.append(f"id:{tables.so_prefix_broader[prefix]}")
    return entry


def build_stackoverflow(sources: Sources, registry: Registry, attested: set[str], tables: Tables) -> None:
    """Popular, attested tags that no CC BY source has (those take nothing from SO: licence)."""
    synonyms: dict[str, list[str]] = defaultdict(list)
    for source, target in sources.so_synonyms:
        synonyms[target].append(source)
    for tag in sorted(sources.so_tags):
        count = sources.so_tags[tag]
        if registry.find(tag) or registry.find(tag.replace("-", " ")):
            continue  # the skill exists from a CC BY source: SO adds nothing to it (licence)
        if not _popular_enough(tag, count, attested, registry) or _not_a_skill(tag, count, tables):
            continue
        registry.merge(_tag_entry(tag, synonyms.get(tag, []), tables))
