"""Read taxonomy YAML files, validate them strictly, and merge them into a `Taxonomy`.

Validation happens here, where data enters: every error names the file, the entry and
the problem (see docs/taxonomy-format.md for the rules).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from skillgap.errors import TaxonomyError
from skillgap.taxonomy.model import Skill, Taxonomy
from skillgap.types import SkillKind

FILE_KEYS = {"version", "license", "sources", "description", "skills"}
ENTRY_KEYS = {
    "id", "name", "kind", "aliases", "exact_case", "needs_context", "broader", "related",
    "esco", "onet", "sources", "ambiguous_aliases", "remove",
}
LIST_KEYS = ("aliases", "exact_case", "broader", "related", "esco", "onet", "sources", "ambiguous_aliases")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._+#-]*$")
KINDS = {k.value for k in SkillKind}

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def fold(alias: str) -> str:
    """The form two aliases are compared in: lowercased, spaces folded."""
    return " ".join(alias.lower().split())


def yaml_files(path: Path) -> list[Path]:
    """The YAML files of a taxonomy folder, generated ones first so curated ones override."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise TaxonomyError("taxonomy path not found", path=str(path), hint="give a .yaml file or a folder of them")
    files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    return sorted(files, key=lambda p: (not p.name.startswith("generated-"), p.name))


def read_file(path: Path) -> list[dict[str, Any]]:
    """Parse one file and check its shape and every entry's keys and value types."""
    where = str(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except OSError as exc:
        raise TaxonomyError(f"cannot read taxonomy file: {exc.strerror}", path=where) from exc
    except UnicodeDecodeError as exc:
        raise TaxonomyError("taxonomy file is not UTF-8", path=where, hint="save it as UTF-8") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise TaxonomyError(f"invalid YAML{at}: {getattr(exc, 'problem', exc)}", path=where) from exc
    if isinstance(data, list):
        data = {"skills": data}
    if not isinstance(data, dict) or not isinstance(data.get("skills"), list):
        raise TaxonomyError("expected a mapping with a 'skills:' list", path=where, hint="see docs/taxonomy-format.md")
    unknown = set(data) - FILE_KEYS
    if unknown:
        raise TaxonomyError(f"unknown top-level key(s): {', '.join(sorted(map(str, unknown)))}", path=where,
                            hint=f"allowed: {', '.join(sorted(FILE_KEYS))}")
    entries = []
    seen: set[str] = set()
    for index, entry in enumerate(data["skills"]):
        entries.append(_check_entry(entry, index, where))
        if entry["id"] in seen:
            raise TaxonomyError(f"entry '{entry['id']}': duplicate id in the same file", path=where)
        seen.add(entry["id"])
    return entries


def _check_entry(entry: Any, index: int, where: str) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise TaxonomyError(f"entry #{index + 1}: expected a mapping, got {type(entry).__name__}", path=where)
    sid = entry.get("id")
    label = f"entry '{sid}'" if isinstance(sid, str) else f"entry #{index + 1}"
    if not isinstance(sid, str) or not ID_PATTERN.match(sid):
        raise TaxonomyError(f"{label}: 'id' must be a lowercase string like 'postgresql'", path=where)
    unknown = set(entry) - ENTRY_KEYS
    if unknown:
        raise TaxonomyError(f"{label}: unknown key(s) {', '.join(sorted(map(str, unknown)))}", path=where,
                            hint=f"allowed: {', '.join(sorted(ENTRY_KEYS))}")
    if entry.get("remove"):
        if set(entry) - {"id", "remove"}:
            raise TaxonomyError(f"{label}: an entry with 'remove: true' takes only 'id'", path=where)
        return entry
    if "name" in entry and (not isinstance(entry["name"], str) or not entry["name"].strip()):
        raise TaxonomyError(f"{label}: 'name' must be a non-empty string", path=where,
                            hint="quote names that YAML reads as numbers or booleans")
    if "kind" in entry and entry["kind"] not in KINDS:
        raise TaxonomyError(f"{label}: unknown kind {entry['kind']!r}", path=where,
                            hint=f"use one of {', '.join(sorted(KINDS))}")
    if "needs_context" in entry and not isinstance(entry["needs_context"], bool):
        raise TaxonomyError(f"{label}: 'needs_context' must be true or false", path=where)
    for key in LIST_KEYS:
        if key not in entry:
            continue
        value = entry[key]
        if not isinstance(value, list):
            raise TaxonomyError(f"{label}: '{key}' must be a list", path=where)
        for item in value:
            if not isinstance(item, str) or not item.strip():
                raise TaxonomyError(
                    f"{label}: '{key}' has {item!r}, not a non-empty string", path=where,
                    hint="quote values such as 'no', 'on' or '3.10' that YAML reads as booleans or numbers",
                )
    return entry


def merge_layer(skills: dict[str, dict[str, Any]], entries: Iterable[dict[str, Any]], where: str, layer: int) -> None:
    """Apply one file's entries on top of what is loaded: same id overrides given fields.

    `_alias_layers` remembers which layer first gave each of a skill's names, so that an
    alias clash between layers can be settled in favour of the later one.
    """
    for entry in entries:
        sid = entry["id"]
        if entry.get("remove"):
            skills.pop(sid, None)
            continue
        if sid in skills:
            merged = dict(skills[sid])
            merged.update(entry)
            merged["_files"] = (*skills[sid]["_files"], where)
        else:
            if "name" not in entry or "kind" not in entry:
                raise TaxonomyError(f"entry '{sid}': a new skill needs 'name' and 'kind'", path=where)
            merged = {**entry, "_files": (where,), "_alias_layers": {}}
        layers = dict(merged["_alias_layers"])
        for alias in (merged["name"], *merged.get("aliases", ())):
            if isinstance(alias, str):
                layers.setdefault(fold(alias), layer)
        merged["_alias_layers"] = layers
        skills[sid] = merged


def _to_skill(raw: dict[str, Any]) -> tuple[Skill, dict[str, int]]:
    return Skill(
        id=raw["id"],
        name=raw["name"].strip(),
        kind=SkillKind(raw["kind"]),
        needs_context=bool(raw.get("needs_context", False)),
        files=raw["_files"],
        **{key: tuple(s.strip() for s in raw.get(key, ())) for key in LIST_KEYS},
    ), raw["_alias_layers"]


def check_links_and_aliases(skills: dict[str, Skill], alias_layers: dict[str, dict[str, int]]) -> dict[str, Skill]:
    """Links must resolve; an alias may belong to one skill unless declared ambiguous.

    When skills of different layers (default, then each user file) share an alias, the
    later layer takes it: a user's file may claim "js" for its own skill. Within one layer
    a shared alias is an error.
    """
    owner: dict[str, str] = {}
    drop: dict[str, set[str]] = {}
    for skill in skills.values():
        for key in ("broader", "related"):
            for target in getattr(skill, key):
                if target not in skills:
                    raise TaxonomyError(f"entry '{skill.id}': '{key}' names unknown id '{target}'",
                                        path=skill.files[-1], hint="add that skill or fix the id")
        declared = {fold(a) for a in skill.ambiguous_aliases}
        folded_strings, _ = skill.match_strings()
        for alias in {fold(a) for a in folded_strings}:
            other = owner.get(alias)
            if other is None:
                owner[alias] = skill.id
                continue
            other_skill = skills[other]
            if alias in declared and alias in {fold(a) for a in other_skill.ambiguous_aliases}:
                continue
            mine, theirs = alias_layers[skill.id].get(alias, 0), alias_layers[other].get(alias, 0)
            if mine == theirs:
                raise TaxonomyError(
                    f"entry '{skill.id}': alias '{alias}' also belongs to '{other}'",
                    path=skill.files[-1],
                    hint="remove it from one of them, or list it under ambiguous_aliases in both",
                )
            loser, winner = (other, skill.id) if mine > theirs else (skill.id, other)
            drop.setdefault(loser, set()).add(alias)
            owner[alias] = winner
    for sid, aliases in drop.items():
        skill = skills[sid]
        kept = tuple(a for a in skill.aliases if fold(a) not in aliases)
        skills[sid] = Skill(**{**skill.__dict__, "aliases": kept})
    return skills


def load_taxonomy(paths: Iterable[str | Path], *, name: str = "default") -> Taxonomy:
    """Load and validate taxonomy files or folders; later paths override earlier ones."""
    return load_layers([yaml_files(Path(path)) for path in paths], name=name)


def load_layers(layers: Iterable[Iterable[Path]], *, name: str = "default") -> Taxonomy:
    """Load and validate layers of files, each layer read as one folder is (the taxonomy
    build checks its output this way: its generated files beside the curated ones)."""
    raw: dict[str, dict[str, Any]] = {}
    files: list[str] = []
    for layer, layer_files in enumerate(layers):
        for file in layer_files:
            where = str(file)
            merge_layer(raw, read_file(file), where, layer)
            files.append(where)
    built = {sid: _to_skill(entry) for sid, entry in sorted(raw.items())}
    skills = {sid: skill for sid, (skill, _) in built.items()}
    skills = check_links_and_aliases(skills, {sid: layers for sid, (_, layers) in built.items()})
    return Taxonomy(skills=skills, name=name, files=tuple(files))
