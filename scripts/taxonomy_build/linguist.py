"""GitHub Linguist (MIT): programming, markup and data languages with a popularity signal."""

from __future__ import annotations

from taxonomy_build.model import Entry, Registry
from taxonomy_build.sources import Sources
from taxonomy_build.text import compact, fold, slug
from taxonomy_build.thresholds import SO_LANGUAGE_SIGNAL

LANGUAGE_TYPES = ("programming", "markup", "data")


def build_linguist(sources: Sources, registry: Registry, topic_names: set[str]) -> None:
    """A language is kept when GitHub topics, O*NET or enough Stack Overflow questions name it."""
    onet_names = {fold(r["example"]) for r in sources.onet_examples}
    for name in sorted(sources.linguist):
        info = sources.linguist[name]
        if info.get("type") not in LANGUAGE_TYPES:
            continue
        lowered = fold(name)
        so_count = max(sources.so_tags.get(lowered.replace(" ", "-"), 0), sources.so_tags.get(compact(name), 0))
        popular = (
            so_count >= SO_LANGUAGE_SIGNAL
            or slug(name) in topic_names
            or compact(name) in topic_names
            or lowered in onet_names
        )
        if not popular:
            continue
        entry = Entry(
            name=name,
            kind="tool",
            category="technology",
            priority=60,
            sources=["linguist"],
            keys=[f"linguist:{name}"],
        )
        for alias in info.get("aliases", []):
            entry.add_alias(alias, 60)
        if info.get("group"):
            entry.related.append(f"linguist:{info['group']}")
        if info["type"] == "programming":
            entry.broader.append("id:computer-programming")
        registry.merge(entry)
