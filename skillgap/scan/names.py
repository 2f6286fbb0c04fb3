"""The pipeline, built when first needed, and skill names with or without it."""

from __future__ import annotations

from typing import Any

from skillgap.scan.cache import ScanCache
from skillgap.types import SkillKind, SkillRef


class LazyPipeline:
    """`pipeline.get_extractor(taxonomy)`, built on the first call only: a fully cached
    scan, or one whose files all fail before extraction, never loads spaCy."""

    def __init__(self, taxonomy: tuple[str, ...]) -> None:
        self.taxonomy = taxonomy
        self._extractor: Any = None

    def __call__(self) -> Any:
        if self._extractor is None:
            from skillgap.pipeline import get_extractor

            self._extractor = get_extractor(self.taxonomy)
        return self._extractor

    @property
    def built(self) -> bool:
        return self._extractor is not None


class SkillNames:
    """Skill id -> SkillRef, from the pipeline's taxonomy when it is built, else from the
    table the cache keeps per fingerprint (so a fully cached scan never builds spaCy)."""

    def __init__(self, cache: ScanCache | None, fingerprint: str, pipeline: LazyPipeline) -> None:
        self.cache, self.fingerprint, self.pipeline = cache, fingerprint, pipeline
        self._table: dict[str, list[Any]] | None = None
        self._stored = False

    def __call__(self, skill_id: str) -> SkillRef:
        if self.pipeline.built:
            return self.pipeline().taxonomy.skills[skill_id].ref
        if self._table is None and self.cache is not None:
            self._table = self.cache.skills_for(self.fingerprint)
            self._stored = self._table is not None
        entry = (self._table or {}).get(skill_id)
        if entry is None:
            return self.pipeline().taxonomy.skills[skill_id].ref
        name, kind, esco = entry
        return SkillRef(skill_id, name, SkillKind(kind), tuple(esco))

    def table_to_store(self) -> dict[str, list[Any]] | None:
        """The names table when the cache lacks it for this fingerprint (else None)."""
        if self._stored or not self.pipeline.built:
            return None
        if self.cache is not None and self.cache.skills_for(self.fingerprint) is not None:
            return None
        return {sid: [s.name, s.kind.value, list(s.esco)]
                for sid, s in self.pipeline().taxonomy.skills.items()}
