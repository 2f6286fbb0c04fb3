"""Checking the build's output with the project's own loader, plus the build's house rules.

The loader (`skillgap.taxonomy.load`) checks what every taxonomy must satisfy (file and entry
keys, string aliases, kinds, links that resolve, an alias owned by one skill unless declared
ambiguous). On top of it the build's own files must be sorted by id, have no padded strings,
use no collision word as a case-insensitive string, and have every id in the id registry.
"""

from __future__ import annotations

from pathlib import Path

from skillgap.errors import TaxonomyError
from skillgap.taxonomy.load import LIST_KEYS, load_layers, read_file
from skillgap.taxonomy.model import Taxonomy
from taxonomy_build.ids import read_id_registry
from taxonomy_build.paths import BuildPaths
from taxonomy_build.text import fold


def file_rules(path: Path) -> list[str]:
    """Sorted unique ids and unpadded list items: what the loader tolerates but a reviewed
    file must not have."""
    errors = []
    previous = ""
    for raw in read_file(path):
        label = f"{path.name}: entry {raw['id']!r}"
        if raw["id"] < previous:
            errors.append(f"{label}: not sorted by id (after {previous!r})")
        previous = raw["id"]
        for key in LIST_KEYS:
            for item in raw.get(key, []):
                if item != item.strip():
                    errors.append(f"{label}: {key} has surrounding spaces {item!r}")
    return errors


def collision_rule(taxonomy: Taxonomy, collision_words: frozenset[str]) -> list[str]:
    """A common word that names a tool (Go, Excel) may only be an exact_case string."""
    errors = []
    for skill in taxonomy.skills.values():
        folded, _ = skill.match_strings()
        for text in folded:
            if fold(text) in collision_words:
                errors.append(
                    f"{skill.files[-1]}: entry {skill.id!r}: common word {text!r} must be exact_case, not an alias"
                )
    return errors


def registry_rule(taxonomy: Taxonomy, ids_files: tuple[Path, ...]) -> list[str]:
    """Every id of the taxonomy is pinned in ids.tsv (or ids-stackoverflow.tsv)."""
    pinned = set(read_id_registry(ids_files).values())
    missing = sorted(set(taxonomy.skills) - pinned)
    if not missing:
        return []
    shown = ", ".join(missing[:10]) + (" ..." if len(missing) > 10 else "")
    return [f"{ids_files[0]}: {len(missing)} id(s) not in the id registry: {shown} (rebuild to list them)"]


def load_output(paths: BuildPaths, *, extended: bool) -> Taxonomy:
    """The default taxonomy as the build left it (curated + generated, one layer), and with
    `extended` the esco-extended pack as a second layer: the loader's checks, raising
    `TaxonomyError` on the first problem."""
    layers = [paths.default_files()]
    if extended:
        layers.append(paths.extended_files())
    return load_layers(layers, name="default+esco-extended" if extended else "default")


def validate(paths: BuildPaths, collision_words: frozenset[str]) -> tuple[list[str], dict[str, Taxonomy]]:
    """Every problem found (empty = valid), and the loaded taxonomies by name."""
    errors: list[str] = []
    loaded: dict[str, Taxonomy] = {}
    for extended in (False, True):
        if extended and not paths.extended_out.is_dir():
            continue
        try:
            taxonomy = load_output(paths, extended=extended)
        except TaxonomyError as exc:
            errors.append(f"loader rejected the taxonomy: {exc}")
            continue
        loaded[taxonomy.name] = taxonomy
        errors += collision_rule(taxonomy, collision_words)
        errors += registry_rule(taxonomy, paths.ids_out)
    for path in paths.default_files() + paths.extended_files():
        try:
            errors += file_rules(path)
        except TaxonomyError:
            continue  # already reported by the loader
    return errors, loaded
