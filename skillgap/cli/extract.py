"""`skillgap extract PATH...`: the skills found in files, with character offsets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from skillgap.cli.options import (
    json_text,
    limit_options,
    limits_from,
    taxonomy_option,
    verbose_option,
)
from skillgap.errors import SkillgapError


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False))
@click.option("--format", "fmt", type=click.Choice(("jsonl", "json")), default="jsonl", show_default=True,
              help="jsonl: one JSON object per line per document; json: one array.")
@click.option("--role", type=click.Choice(("auto", "resume", "posting")), default="auto", show_default=True,
              help="Read headings as a résumé's or a posting's (auto guesses from the headings).")
@taxonomy_option
@limit_options
@verbose_option
def extract(paths: tuple[Path, ...], fmt: str, role: str, taxonomy: tuple[str, ...],
            max_bytes: int, max_pages: int, max_chars: int) -> None:
    """List the skills found in each file. PATH may be a file or a folder (recursed).

    Offsets (start, end) index the text that `skillgap parse` shows. A file that cannot
    be read gets an "error" and the run goes on; the exit code is 2 if any file failed.
    """
    from skillgap.ingest import read_document
    from skillgap.ingest.sections import guess_role, split_sections
    from skillgap.ingest.walk import collect_input_files
    from skillgap.pipeline import get_extractor

    limits = limits_from(max_bytes, max_pages, max_chars)
    extractor = get_extractor(tuple(taxonomy))
    skills = extractor.taxonomy.skills
    failures = 0
    records: list[dict[str, Any]] = []
    files, empty = collect_input_files(paths)
    for folder in empty:
        click.echo(f"skillgap: error: {folder}: no files to read in this folder; give the right folder or a file",
                   err=True)
    for path in files:
        record: dict[str, Any] = {"path": str(path), "error": None, "skills": []}
        try:
            document = read_document(path, limits=limits)
            sections = split_sections(document, guess_role(document) if role == "auto" else role)
            for m in extractor.extract(document, sections):
                skill = skills[m.skill_id]
                record["skills"].append({
                    "id": skill.id, "name": skill.name, "kind": skill.kind.value, "text": m.text,
                    "start": m.start, "end": m.end, "score": m.score, "method": m.method.value,
                    "esco": list(skill.esco),
                })
        except SkillgapError as exc:
            failures += 1
            record["error"] = exc.one_line()
            click.echo(f"skillgap: error: {exc.one_line()}", err=True)
        if fmt == "jsonl":
            click.echo(json_text(record))
        else:
            records.append(record)
    if fmt == "json":
        click.echo(json_text(records, indent=2))
    if failures:
        click.echo(f"skillgap: {failures} file(s) could not be read (see the errors above)", err=True)
    if failures or empty:
        raise SystemExit(2)
