"""The counts in taxonomies/README.md, computed from the files (never typed by hand).

The block between `<!-- counts:start -->` and `<!-- counts:end -->` is rewritten by the build
(and by `build_taxonomy.py --counts`); tests/test_taxonomy_build.py checks it is current.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from skillgap.taxonomy.model import Taxonomy

START, END = "<!-- counts:start -->", "<!-- counts:end -->"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class FileCounts:
    path: str  # relative to taxonomies/
    entries: int
    aliases: int
    exact_case: int
    license: str
    kinds: dict[str, int]


def file_counts(path: Path) -> FileCounts:
    """Entries (`remove: true` ones aside), their aliases and exact-case strings, licence and kinds."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    entries = [e for e in data.get("skills") or [] if not e.get("remove")]
    kinds = Counter(e["kind"] for e in entries if "kind" in e)
    return FileCounts(
        path=f"{path.parent.name}/{path.name}",
        entries=len(entries),
        aliases=sum(len(e.get("aliases", [])) for e in entries),
        exact_case=sum(len(e.get("exact_case", [])) for e in entries),
        license=str(data.get("license", "")),
        kinds=dict(sorted(kinds.items())),
    )


def _kinds(kinds: dict[str, int]) -> str:
    return ", ".join(f"{kind} {count:,}" for kind, count in sorted(kinds.items()))


def render_counts(default: Taxonomy, extended: Taxonomy, files: list[Path], collision_words: int) -> str:
    """The README block's text (without its markers)."""
    stats, ext = default.stats(), extended.stats()
    rows = sorted((file_counts(p) for p in files), key=lambda r: r.path)
    curated = [r for r in rows if r.path.startswith("default/curated-")]
    lines = [
        f"Default (`skillgap taxonomy stats`): {stats['skills']:,} skills",
        f"({_kinds(stats['by_kind'])});",
        f"{stats['aliases']:,} aliases (+{stats['exact_case_aliases']:,} exact-case);",
        f"{stats['with_esco_uri']:,} with an ESCO URI; {stats['with_links']:,} with broader/related links;",
        f"{stats['files']} files, {sum(r.entries for r in curated):,} curated entries.",
        "",
        f"With `--taxonomy esco-extended`: {ext['skills']:,} skills ({ext['skills'] - stats['skills']:,} more:",
        f"{_kinds(_difference(ext['by_kind'], stats['by_kind']))}).",
        "",
        f"`collision-words.txt`: {collision_words:,} words that are only ever `exact_case`.",
        "",
        "| file | entries | aliases | exact_case | licence | kinds |",
        "|---|---:|---:|---:|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| `{r.path}` | {r.entries:,} | {r.aliases:,} | {r.exact_case:,} | {r.license} | {_kinds(r.kinds)} |"
        )
    return "\n".join(lines)


def _difference(more: dict[str, int], less: dict[str, int]) -> dict[str, int]:
    return {k: n - less.get(k, 0) for k, n in more.items() if n - less.get(k, 0)}


def replace_block(readme: str, block: str) -> str:
    """`readme` with the text between the markers replaced by `block`."""
    start, end = readme.find(START), readme.find(END)
    if start < 0 or end < start:
        raise ValueError(f"the README has no {START} ... {END} block")
    return readme[: start + len(START)] + "\n" + block + "\n" + readme[end:]


def current_block(readme: str) -> str:
    start, end = readme.find(START), readme.find(END)
    if start < 0 or end < start:
        raise ValueError(f"the README has no {START} ... {END} block")
    return readme[start + len(START) : end].strip("\n")
