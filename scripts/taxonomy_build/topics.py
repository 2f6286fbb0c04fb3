"""GitHub Explore topics (CC BY 4.0): tools and fields, with their synonym aliases only."""

from __future__ import annotations

from taxonomy_build.model import Entry, Registry
from taxonomy_build.sources import Sources
from taxonomy_build.tables import Tables
from taxonomy_build.text import compact, fold, is_acronym_of, tokens
from taxonomy_build.thresholds import SO_MIN_QUESTIONS_ATTESTED


def clean_topic_alias(alias: str, display_name: str, tables: Tables) -> str | None:
    """GitHub topic aliases mix synonyms and related topics; keep only the synonyms."""
    spaced = alias.replace("-", " ")
    if compact(alias) == compact(display_name):
        return spaced if " " in display_name else alias
    name_tokens = tokens(display_name)
    alias_tokens = tokens(spaced)
    if (
        alias_tokens[: len(name_tokens)] == name_tokens
        and set(alias_tokens[len(name_tokens) :]) <= tables.topic_alias_suffixes
    ):
        return spaced
    if compact(alias).rstrip("0123456789") == compact(display_name) and compact(alias) != compact(display_name):
        return None  # versions ("python3") are not the same skill for our purpose
    if is_acronym_of(alias, display_name, tables.stop):
        return alias.upper()
    return None


def _too_generic(name: str, kind: str, registry: Registry, tables: Tables) -> bool:
    """"Security", "Testing", "Project", "Edge": too generic to be a skill of their own."""
    folded = fold(name)
    return (
        " " not in folded
        and not registry.find(name)
        and ((kind == "knowledge" and folded in tables.common_words) or folded in tables.very_common_words)
    )


def _topic_entry(topic: dict, name: str, kind: str, tables: Tables) -> Entry:
    slug_name = topic["topic"]
    entry = Entry(
        name=name,
        kind=kind,
        category="technology",
        priority=50,
        sources=["github-explore"],
        keys=[f"topic:{slug_name}"],
    )
    for alias in (topic.get("aliases") or "").split(","):
        alias = alias.strip()
        kept = clean_topic_alias(alias, name, tables) if alias else None
        if kept:
            entry.add_alias(kept, 45)
    if fold(slug_name.replace("-", " ")) != fold(name):
        kept = clean_topic_alias(slug_name, name, tables)
        if kept:
            entry.add_alias(kept, 45)
    for rel in (topic.get("related") or "").split(","):
        if rel.strip():
            entry.related.append(f"topic:{rel.strip()}")
    return entry


def build_topics(sources: Sources, registry: Registry, attested: set[str], tables: Tables) -> None:
    """A topic is kept when Stack Overflow, another source or a skill already names it."""
    for topic in sorted(sources.topics, key=lambda t: t["topic"]):
        name = (topic.get("display_name") or topic["topic"]).strip()
        signal = (
            sources.so_tags.get(topic["topic"], 0) >= SO_MIN_QUESTIONS_ATTESTED
            or fold(name) in attested
            or registry.find(name) is not None
        )
        if not signal:
            continue
        kind = "tool" if topic.get("created_by") or topic.get("released") else "knowledge"
        if _too_generic(name, kind, registry, tables):
            continue
        registry.merge(_topic_entry(topic, name, kind, tables))
