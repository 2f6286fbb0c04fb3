"""`skillgap parse FILE`: what a parser (and a tracking system) reads from a file."""

from __future__ import annotations

from pathlib import Path

import click

from skillgap.cli.options import json_text, limit_options, limits_from, use_color, verbose_option
from skillgap.errors import printable


@click.command()
@click.argument("path", type=click.Path(path_type=Path, readable=False))
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True,
              help="text: the sections as read; json: text, pages, sections, bullets and lines with offsets.")
@click.option("--role", type=click.Choice(("auto", "resume", "posting")), default="auto", show_default=True,
              help="Read headings as a résumé's or a posting's (auto guesses from the headings).")
@limit_options
@verbose_option
def parse(path: Path, fmt: str, role: str, max_bytes: int, max_pages: int, max_chars: int) -> None:
    """Show the text, pages and sections read from PATH."""
    from skillgap.ingest import read_document
    from skillgap.ingest.sections import guess_role, split_sections

    document = read_document(path, limits=limits_from(max_bytes, max_pages, max_chars))
    role = guess_role(document) if role == "auto" else role
    sections = split_sections(document, role)
    if fmt == "json":
        data = {
            "path": document.path,
            "format": document.format,
            "role": role,
            "text": document.text,
            "pages": document.pages,
            "sections": [{"kind": s.kind.value, "title": s.title, "start": s.start, "end": s.end}
                         for s in sections.sections],
            "bullets": [{"start": b.start, "end": b.end, "section": b.section.value} for b in sections.bullets],
            "lines": [{"start": ln.start, "end": ln.end, "page": ln.page, "origin": ln.origin.value,
                       "column": ln.column} for ln in document.lines],
        }
        click.echo(json_text(data, indent=2))
        return
    color = use_color()
    click.echo(f"{printable(document.path)}: {document.format}, {document.pages} page(s), read as a {role}",
               err=True)
    lines = iter(document.lines)
    line = next(lines, None)
    for section in sections.sections:
        title = f"{section.kind.value}" + (f": \"{section.title}\"" if section.title else "")
        page = document.page_of(section.start)
        heading = f"── {title} (page {page}) ──"
        click.echo(click.style(heading, bold=True) if color else heading)
        # each line with the number that check and lint give it (the file's own line for
        # text formats, the extracted line for PDF and DOCX); sections and lines are both
        # in text order, so one pass over the lines serves every section
        while line is not None and line.start < section.end:
            if line.start >= section.start:
                click.echo(f"{document.source_position(line.start)[0]:>4}  {document.text[line.start:line.end]}")
            line = next(lines, None)
