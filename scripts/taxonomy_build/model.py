"""What the build works on: candidate entries, and the registry that finds and merges them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from taxonomy_build.text import compact, fold

_MERGED_LISTS = ("esco", "onet", "sources", "keys", "broader", "related")


@dataclass
class Entry:
    """One skill being built (mutable: sources merge into it until the files are written)."""

    name: str
    kind: str
    category: str
    pack: str = "default"  # default | stackoverflow | extended
    aliases: dict[str, int] = field(default_factory=dict)  # alias -> strength (higher wins conflicts)
    exact_case: list[str] = field(default_factory=list)
    needs_context: bool = False
    broader: list[str] = field(default_factory=list)  # refs: "id:<id>" or a source key
    related: list[str] = field(default_factory=list)
    esco: list[str] = field(default_factory=list)
    onet: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    priority: int = 0
    curated_id: str | None = None
    id: str = ""

    def add_alias(self, alias: str, strength: int) -> None:
        alias = " ".join(alias.split())
        if not alias or fold(alias) == fold(self.name):
            return
        if strength > self.aliases.get(alias, -1):
            self.aliases[alias] = strength

    def add(self, attr: str, values: Iterable[str]) -> None:
        target = getattr(self, attr)
        for value in values:
            if value and value not in target:
                target.append(value)


class Registry:
    """Entries of one build, found by name, alias, exact-case string or source key.

    `collision_words` (common words that are also tool names) never index an entry by alias.
    """

    def __init__(self, collision_words: frozenset[str]) -> None:
        self.collision_words = collision_words
        self.entries: list[Entry] = []
        self.by_fold: dict[str, Entry] = {}  # names and aliases
        self.by_name: dict[str, Entry] = {}  # names only
        self.by_curated_alias: dict[str, Entry] = {}  # reviewed aliases of curated entries
        self.by_exact: dict[str, Entry] = {}
        self.by_compact: dict[str, Entry] = {}
        self.by_key: dict[str, Entry] = {}

    def find(self, name: str, extra: Iterable[str] = ()) -> Entry | None:
        """The entry named `name` (or one of `extra`). Short strings match names only: "MCP"
        (Model Context Protocol) must not land on a skill that happens to list "mcp"."""
        for text in (name, *extra):
            hit = (
                self.by_exact.get(text)
                or self.by_name.get(fold(text))
                or self.by_curated_alias.get(fold(text))
            )
            if hit is None and len(compact(text)) > 4:
                hit = self.by_fold.get(fold(text))
            if hit:
                return hit
        key = compact(name)
        if len(key) >= 5:
            return self.by_compact.get(key)
        return None

    def index(self, entry: Entry, strings: Iterable[str] = ()) -> None:
        self.by_name.setdefault(fold(entry.name), entry)
        for text in (entry.name, *strings):
            if fold(text) in self.collision_words and text != entry.name:
                continue
            self.by_fold.setdefault(fold(text), entry)
            key = compact(text)
            if len(key) >= 5:
                self.by_compact.setdefault(key, entry)
        for text in entry.exact_case:
            self.by_exact.setdefault(text, entry)
        for key in entry.keys:
            self.by_key.setdefault(key, entry)

    def add(self, entry: Entry, strings: Iterable[str] = ()) -> Entry:
        self.entries.append(entry)
        self.index(entry, strings)
        return entry

    def merge(self, candidate: Entry, match_on: Iterable[str] = ()) -> Entry:
        """Add `candidate`, or fold it into the entry that already has its name."""
        found = self.find(candidate.name, match_on)
        if found is None:
            return self.add(candidate, list(candidate.aliases))
        for alias, strength in candidate.aliases.items():
            found.add_alias(alias, strength)
        for attr in _MERGED_LISTS:
            found.add(attr, getattr(candidate, attr))
        if candidate.exact_case and not found.exact_case and found.curated_id is None:
            found.exact_case = list(candidate.exact_case)
            found.needs_context = found.needs_context or candidate.needs_context
        if found.pack == "extended" and candidate.pack == "default":
            found.pack = "default"
            found.category = candidate.category
        self.index(found, list(candidate.aliases))
        for key in candidate.keys:
            self.by_key[key] = found
        return found

    def curated(self, curated_id: str) -> Entry | None:
        """The entry of a curated skill, by its id."""
        return next((e for e in self.entries if e.curated_id == curated_id), None)
