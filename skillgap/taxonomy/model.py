"""The in-memory taxonomy: skills by id, with the links between them."""

from __future__ import annotations

import marshal
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import astuple, dataclass, fields
from functools import cached_property

from skillgap.types import SkillKind, SkillRef


@dataclass(frozen=True)
class Skill:
    id: str
    name: str
    kind: SkillKind
    aliases: tuple[str, ...] = ()
    exact_case: tuple[str, ...] = ()
    needs_context: bool = False
    broader: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    esco: tuple[str, ...] = ()
    onet: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    ambiguous_aliases: tuple[str, ...] = ()
    files: tuple[str, ...] = ()  # the taxonomy files that defined or changed this entry

    @property
    def ref(self) -> SkillRef:
        return SkillRef(self.id, self.name, self.kind, self.esco)

    def match_strings(self) -> tuple[list[str], list[str]]:
        """(case-insensitive strings, case-sensitive strings) that name this skill."""
        exact = list(self.exact_case)
        folded = [] if self.name in exact else [self.name]
        folded.extend(a for a in self.aliases if a not in folded)
        return folded, exact


class SkillTable(Mapping):
    """Skills by id, stored as plain tuples and made into `Skill`s when first read.

    A run reads a few dozen skills out of thousands; building every dataclass when the
    compiled taxonomy is unpickled would cost more than the rest of loading. In the cache
    each row is a `marshal` byte string, decoded when first read.
    """

    _FIELDS = tuple(f.name for f in fields(Skill))

    def __init__(self, rows: dict[str, tuple]) -> None:
        self._rows = rows
        self._made: dict[str, Skill] = {}

    @classmethod
    def of(cls, skills: Mapping[str, Skill]) -> SkillTable:
        rows = {}
        for sid, skill in skills.items():
            row = list(astuple(skill))
            row[cls._FIELDS.index("kind")] = skill.kind.value
            rows[sid] = tuple(row)
        return cls(rows)

    def __getitem__(self, skill_id: str) -> Skill:
        skill = self._made.get(skill_id)
        if skill is None:
            row = self._rows[skill_id]
            values = dict(zip(self._FIELDS, marshal.loads(row) if isinstance(row, bytes) else row, strict=False))
            values["kind"] = SkillKind(values["kind"])
            skill = self._made[skill_id] = Skill(**values)
        return skill

    def __contains__(self, skill_id: object) -> bool:
        return skill_id in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __getstate__(self) -> dict[str, bytes]:
        # each row marshalled on its own: unpickling ten thousand byte strings is quick,
        # and a run decodes only the rows it reads
        return {sid: row if isinstance(row, bytes) else marshal.dumps(row) for sid, row in self._rows.items()}

    def __setstate__(self, rows: dict[str, bytes]) -> None:
        self._rows, self._made = rows, {}


@dataclass
class Taxonomy:
    skills: Mapping[str, Skill]
    name: str = "default"
    files: tuple[str, ...] = ()
    fingerprint: str = ""

    def __len__(self) -> int:
        return len(self.skills)

    def get(self, skill_id: str) -> Skill | None:
        return self.skills.get(skill_id)

    @cached_property
    def narrower_index(self) -> dict[str, frozenset[str]]:
        """id -> ids of skills that name it as broader (direct only)."""
        index: dict[str, set[str]] = defaultdict(set)
        for skill in self.skills.values():
            for parent in skill.broader:
                index[parent].add(skill.id)
        return {k: frozenset(v) for k, v in index.items()}

    @cached_property
    def relation_memo(self) -> dict:
        """Scratch space for `gap`: how pairs of skills relate, computed once per process."""
        return {}

    def __getstate__(self) -> dict:
        return {k: v for k, v in vars(self).items() if k != "relation_memo"}

    def ancestors(self, skill_id: str, max_depth: int = 3) -> dict[str, int]:
        """Broader skills of `skill_id` with their distance (1 = direct parent)."""
        found: dict[str, int] = {}
        frontier = [skill_id]
        for depth in range(1, max_depth + 1):
            nxt = []
            for sid in frontier:
                skill = self.skills.get(sid)
                if skill is None:
                    continue
                for parent in skill.broader:
                    if parent not in found and parent != skill_id:
                        found[parent] = depth
                        nxt.append(parent)
            frontier = nxt
        return found

    def related_to(self, skill_id: str) -> set[str]:
        """Related ids in either direction."""
        skill = self.skills.get(skill_id)
        out = set(skill.related) if skill else set()
        return out | self._reverse_related.get(skill_id, set())

    @cached_property
    def _reverse_related(self) -> dict[str, set[str]]:
        index: dict[str, set[str]] = defaultdict(set)
        for skill in self.skills.values():
            for other in skill.related:
                index[other].add(skill.id)
        return index

    def stats(self) -> dict[str, object]:
        kinds: dict[str, int] = defaultdict(int)
        aliases = exact = esco = linked = 0
        for skill in self.skills.values():
            kinds[skill.kind.value] += 1
            aliases += len(skill.aliases)
            exact += len(skill.exact_case)
            esco += bool(skill.esco)
            linked += bool(skill.broader or skill.related)
        return {
            "skills": len(self.skills),
            "aliases": aliases,
            "exact_case_aliases": exact,
            "with_esco_uri": esco,
            "with_links": linked,
            "by_kind": dict(sorted(kinds.items())),
            "files": len(self.files),
        }
