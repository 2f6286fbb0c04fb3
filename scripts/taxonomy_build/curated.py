"""The hand-curated files: registered first, so source concepts that name them merge in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from taxonomy_build.model import Entry, Registry
from taxonomy_build.text import fold


def load_yaml_entries(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data, list):
        data = {"skills": data}
    return data, list(data.get("skills") or [])


def load_curated(registry: Registry, files: list[Path]) -> dict[str, dict[str, Any]]:
    """Register every curated entry (priority 100, its own id); the raw entries by id."""
    curated: dict[str, dict[str, Any]] = {}
    for path in files:
        category = path.stem.removeprefix("curated-")
        _, entries = load_yaml_entries(path)
        for raw in entries:
            if raw.get("remove"):  # a curated removal of a generated entry: nothing to register
                continue
            curated[raw["id"]] = raw
            entry = Entry(
                name=raw["name"],
                kind=raw["kind"],
                category=category,
                aliases={},
                priority=100,
                exact_case=list(raw.get("exact_case", [])),
                needs_context=bool(raw.get("needs_context")),
                sources=["curated"],
                keys=[f"curated:{raw['id']}"],
                curated_id=raw["id"],
                id=raw["id"],
            )
            registry.add(entry, list(raw.get("aliases", [])))
            for alias in raw.get("aliases", []):
                registry.by_fold.setdefault(fold(alias), entry)
                registry.by_curated_alias.setdefault(fold(alias), entry)
    return curated
