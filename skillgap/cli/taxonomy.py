"""`skillgap taxonomy show|search|validate|stats`: look into the skills taxonomy."""

from __future__ import annotations

import json
from pathlib import Path

import click

from skillgap.cli.options import taxonomy_option, verbose_option
from skillgap.errors import SkillgapError


def _load(taxonomy: tuple[str, ...]):
    from skillgap.pipeline import get_extractor

    return get_extractor(tuple(taxonomy)).taxonomy


def _find(tax, query: str):
    """A skill by id, by name, or by alias (case-insensitive)."""
    if query in tax.skills:
        return tax.skills[query]
    folded = " ".join(query.lower().split())
    for skill in tax.skills.values():
        if skill.name.lower() == folded:
            return skill
    for skill in tax.skills.values():
        if folded in (a.lower() for a in (*skill.aliases, *skill.exact_case)):
            return skill
    return None


@click.group()
def taxonomy() -> None:
    """Look up, search, validate and count the skills taxonomy."""


@taxonomy.command()
@click.argument("skill")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
@taxonomy_option
@verbose_option
def show(skill: str, fmt: str, taxonomy: tuple[str, ...]) -> None:
    """Show one SKILL (id, name or alias): kind, aliases, links, sources."""
    tax = _load(taxonomy)
    found = _find(tax, skill)
    if found is None:
        raise SkillgapError(f"no skill named '{skill}'", hint=f"try `skillgap taxonomy search {skill}`")
    narrower = sorted(tax.narrower_index.get(found.id, ()))
    if fmt == "json":
        data = {
            "id": found.id, "name": found.name, "kind": found.kind.value, "aliases": list(found.aliases),
            "exact_case": list(found.exact_case), "needs_context": found.needs_context,
            "broader": list(found.broader), "narrower": narrower, "related": sorted(tax.related_to(found.id)),
            "esco": list(found.esco), "onet": list(found.onet), "sources": list(found.sources),
            "files": list(found.files),
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return

    def names(ids) -> str:
        return ", ".join(f"{tax.skills[i].name} ({i})" for i in ids if i in tax.skills) or "-"

    click.echo(f"{found.name}  [{found.id}]  kind: {found.kind.value}")
    click.echo(f"  aliases:     {', '.join(found.aliases) or '-'}")
    if found.exact_case:
        ctx = " (only with skill context)" if found.needs_context else ""
        click.echo(f"  exact case:  {', '.join(found.exact_case)}{ctx}")
    click.echo(f"  broader:     {names(found.broader)}")
    click.echo(f"  narrower:    {names(narrower[:20])}{' …' if len(narrower) > 20 else ''}")
    click.echo(f"  related:     {names(sorted(tax.related_to(found.id)))}")
    click.echo(f"  ESCO:        {', '.join(found.esco) or '-'}")
    if found.onet:
        click.echo(f"  O*NET:       {', '.join(found.onet)}")
    click.echo(f"  sources:     {', '.join(found.sources) or '-'}")
    click.echo(f"  defined in:  {', '.join(Path(f).name for f in found.files)}")


@taxonomy.command()
@click.argument("text")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1))
@taxonomy_option
@verbose_option
def search(text: str, limit: int, taxonomy: tuple[str, ...]) -> None:
    """Skills whose name or alias contains TEXT, or is close to it."""
    from rapidfuzz import fuzz, process

    tax = _load(taxonomy)
    needle = text.lower()
    choices: dict[str, str] = {}
    for skill in tax.skills.values():
        for label in (skill.name, *skill.aliases, *skill.exact_case):
            choices.setdefault(label.lower(), skill.id)
    contains = [(label, sid) for label, sid in choices.items() if needle in label]
    contains.sort(key=lambda pair: (len(pair[0]), pair[0]))
    seen: list[str] = []
    for _, sid in contains:
        if sid not in seen:
            seen.append(sid)
    if len(seen) < limit:
        for label, _score, _ in process.extract(needle, list(choices), scorer=fuzz.ratio, limit=limit * 3,
                                                score_cutoff=70):
            if choices[label] not in seen:
                seen.append(choices[label])
    if not seen:
        click.echo(f"no skill matches '{text}'", err=True)
        raise SystemExit(1)
    for sid in seen[:limit]:
        skill = tax.skills[sid]
        click.echo(f"{skill.id:32} {skill.name}  ({skill.kind.value})")


@taxonomy.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False))
@click.option("--standalone", is_flag=True, help="Validate without the default taxonomy underneath.")
@verbose_option
def validate(paths: tuple[Path, ...], standalone: bool) -> None:
    """Check taxonomy files: format, kinds, aliases, links (exit 2 on the first error)."""
    from skillgap.taxonomy import load_taxonomy, taxonomy_paths

    tax = load_taxonomy(taxonomy_paths([str(p) for p in paths], include_default=not standalone))
    own = [s for s in tax.skills.values()
           if any(Path(f).resolve() in {Path(p).resolve() for p in _files(paths)} for f in s.files)]
    click.echo(f"ok: {len(own)} skill(s) in {', '.join(map(str, paths))} are valid ({len(tax)} in all)")


def _files(paths):
    from skillgap.taxonomy.load import yaml_files

    return [f for p in paths for f in yaml_files(Path(p))]


@taxonomy.command()
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
@taxonomy_option
@verbose_option
def stats(fmt: str, taxonomy: tuple[str, ...]) -> None:
    """Count skills, aliases, kinds, ESCO links and files."""
    tax = _load(taxonomy)
    data = tax.stats()
    if fmt == "json":
        click.echo(json.dumps(data, indent=2))
        return
    click.echo(f"skills:              {data['skills']:,}")
    click.echo(f"aliases:             {data['aliases']:,} (+{data['exact_case_aliases']:,} exact-case)")
    click.echo(f"with an ESCO URI:    {data['with_esco_uri']:,}")
    click.echo(f"with links:          {data['with_links']:,}")
    click.echo(f"files:               {data['files']}")
    for kind, count in data["by_kind"].items():
        click.echo(f"  {kind:18} {count:,}")
