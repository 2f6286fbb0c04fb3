"""The build, top to bottom: tables, sources, curated files, one producer per source, ids,
links and strings, output, then validation with the project's loader and the README counts."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from skillgap.errors import TaxonomyError
from taxonomy_build.common_words import refresh_common_words
from taxonomy_build.counts import render_counts, replace_block
from taxonomy_build.curated import load_curated
from taxonomy_build.esco import build_esco
from taxonomy_build.esco_index import esco_index
from taxonomy_build.finalise import finalise_strings, resolve_links
from taxonomy_build.ids import assign_ids, id_registry_texts, read_id_registry
from taxonomy_build.linguist import build_linguist
from taxonomy_build.model import Registry
from taxonomy_build.onet import build_onet
from taxonomy_build.output import write_outputs, write_text
from taxonomy_build.paths import DEFAULT_SOURCES, TAXONOMIES, BuildPaths
from taxonomy_build.sources import Sources
from taxonomy_build.stackoverflow import build_stackoverflow
from taxonomy_build.tables import Tables, load_tables
from taxonomy_build.text import fold, strip_qualifier
from taxonomy_build.topics import build_topics
from taxonomy_build.validate import validate

log = logging.getLogger("taxonomy_build")


def _attested(sources: Sources, index_rows: dict[str, dict[str, str]]) -> set[str]:
    """Names some source gives as a skill: what makes a derived noun form or SO tag credible."""
    attested = set(sources.qarera)
    attested |= {fold(r["example"]) for r in sources.onet_examples}
    attested |= {fold(t.get("display_name") or "") for t in sources.topics}
    attested |= {fold(n) for n in sources.linguist}
    for row in index_rows.values():
        if row["skillType"] == "knowledge":
            attested.add(fold(strip_qualifier(row["preferredLabel"])))
    return attested


def generate(sources_dir: Path, paths: BuildPaths, tables: Tables) -> list[str]:
    """Read the sources, write the generated files and the id registry; notes on conflicts."""
    sources = Sources.read(sources_dir)
    registry = Registry(tables.collision_words)
    curated = load_curated(registry, paths.curated_files())
    index = esco_index(sources, tables)
    attested = _attested(sources, index.rows)
    topic_names = {t["topic"] for t in sources.topics}
    build_linguist(sources, registry, topic_names)
    build_topics(sources, registry, attested - {fold(t.get("display_name") or "") for t in sources.topics}, tables)
    build_onet(sources, registry, tables)
    build_esco(sources, registry, index, attested, tables)
    build_stackoverflow(sources, registry, attested, tables)
    pinned = assign_ids(registry, read_id_registry(paths.ids_in), curated)
    resolve_links(registry)
    report = finalise_strings(registry, curated, set(tables.common_words), tables)
    counts = write_outputs(registry, curated, paths, tables)
    for path, text in id_registry_texts(pinned, paths.ids_out).items():
        write_text(path, text)
    for name, n in counts.items():
        log.info("%6d  %s", n, name)
    return report


def check(paths: BuildPaths, tables: Tables, *, readme: Path | None) -> int:
    """Validate the files in `paths`; with `readme`, rewrite its counts block. 0 valid, 1 not."""
    errors, loaded = validate(paths, tables.collision_words)
    for line in errors[:100]:
        log.error("error: %s", line)
    if errors:
        log.error("%d error(s)", len(errors))
        return 1
    for name, taxonomy in loaded.items():
        log.info("%s: %s", name, json.dumps(taxonomy.stats()))
    if readme is not None:
        files = paths.default_files() + paths.extended_files()
        block = render_counts(
            loaded["default"], loaded["default+esco-extended"], files, len(tables.collision_words)
        )
        text = readme.read_text(encoding="utf-8")
        updated = replace_block(text, block)
        if updated != text:
            write_text(readme, updated)
            log.info("updated the counts in %s", readme)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Build the generated taxonomy files from the public sources.")
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES, help="taxonomy-sources folder")
    parser.add_argument(
        "--output", type=Path, default=TAXONOMIES,
        help="where generated YAML and ids*.tsv go (default: taxonomies/; curated files are read from taxonomies/)",
    )
    parser.add_argument("--check", action="store_true", help="only validate the existing files")
    parser.add_argument("--counts", action="store_true",
                        help="validate, and rewrite the counts in taxonomies/README.md")
    parser.add_argument(
        "--refresh-common-words", action="store_true",
        help="rewrite taxonomies/common-english-words.txt from wordfreq, then stop",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    if args.refresh_common_words:
        return refresh_common_words(TAXONOMIES)
    paths = BuildPaths(taxonomies=TAXONOMIES, output=args.output.resolve())
    # the README describes the committed taxonomy: only a build into taxonomies/ rewrites it
    readme = paths.readme if paths.output == paths.taxonomies.resolve() else None
    try:
        tables = load_tables(paths.taxonomies)
        if args.check or args.counts:
            return check(paths, tables, readme=readme if args.counts else None)
        if not args.sources.is_dir():
            log.error("error: %s: sources folder not found (give --sources PATH)", args.sources)
            return 2
        if not args.output.is_dir():
            log.error("error: %s: output folder not found (create it first)", args.output)
            return 2
        started = time.perf_counter()
        report = generate(args.sources.resolve(), paths, tables)
        for line in report[:50]:
            log.info("note: %s", line)
        if len(report) > 50:
            log.info("note: ... %d more", len(report) - 50)
        log.info("built in %.1f s", time.perf_counter() - started)
        return check(paths, tables, readme=readme)
    except TaxonomyError as exc:
        log.error("error: %s", exc)
        return 2
    except OSError as exc:  # a source file missing or unreadable: name it, no traceback
        log.error("error: %s: %s (is --sources the taxonomy-sources folder?)", exc.filename, exc.strerror)
        return 2
