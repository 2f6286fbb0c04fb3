"""The build's hand-written tables, read from `taxonomies/build-tables/` and checked at build start.

Each table is one file with a header comment saying what it is: a word list (`*.txt`, one
entry a line) or a two-column mapping (`*.tsv`, tab-separated). A file that breaks the rules
(blank or padded entries, duplicates, a wrong column count, an uppercase word where words are
lowercase, a malformed skill id) stops the build with one line naming the file and the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from skillgap.errors import TaxonomyError
from skillgap.taxonomy.load import ID_PATTERN

VERY_COMMON_COUNT = 5000  # the commonest of the common words: a field named by one needs context
_CATEGORY = re.compile(r"^[a-z][a-z-]*$")


@dataclass(frozen=True)
class Tables:
    """Every hand-written word set and mapping the build uses (see each file's header)."""

    collision_words: frozenset[str]
    common_words: frozenset[str]
    very_common_words: frozenset[str]
    generic_words: frozenset[str]
    generic_owners: dict[str, str]
    onet_vendors: tuple[str, ...]
    commodity_broader: dict[str, str]
    so_not_skills: frozenset[str]
    so_prefix_broader: dict[str, str]
    esco_not_equivalent_labels: frozenset[str]
    esco_category: dict[str, str]
    nominalise: dict[str, str]
    object_is_skill: frozenset[str]
    determiners: frozenset[str]
    not_in_noun_form: frozenset[str]
    label_noise: frozenset[str]
    synonym_stems: dict[str, str]
    stop: frozenset[str]
    onet_categories: tuple[tuple[str, str], ...]
    topic_alias_suffixes: frozenset[str]
    curated_category: dict[str, str]


def _lines(path: Path) -> list[tuple[int, str]]:
    """(line number, text) of every line that is not blank or a comment, the header checked."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TaxonomyError(f"cannot read build table: {exc.strerror}", path=str(path)) from exc
    lines = text.splitlines()
    if not lines or not lines[0].startswith("#"):
        raise TaxonomyError("a build table starts with a '#' comment saying what it is", path=str(path))
    return [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]


def _fail(path: Path, number: int, problem: str) -> TaxonomyError:
    return TaxonomyError(f"line {number}: {problem}", path=str(path), hint="fix the build table")


def read_words(path: Path, *, lowercase: bool = True) -> tuple[str, ...]:
    """A word list in file order: no padded or repeated entries."""
    seen: set[str] = set()
    words = []
    for number, line in _lines(path):
        if line != line.strip():
            raise _fail(path, number, f"padded entry {line!r}")
        if lowercase and line != line.lower():
            raise _fail(path, number, f"{line!r} must be lowercase")
        if line in seen:
            raise _fail(path, number, f"{line!r} is listed twice")
        seen.add(line)
        words.append(line)
    if not words:
        raise TaxonomyError("build table is empty", path=str(path))
    return tuple(words)


def read_pairs(path: Path, *, value_is_id: bool = False, unique_keys: bool = True) -> tuple[tuple[str, str], ...]:
    """A two-column TSV in file order; with `value_is_id` the second column is a skill id."""
    pairs = []
    seen: set[str] = set()
    for number, line in _lines(path):
        cells = line.split("\t")
        if len(cells) != 2 or any(not c or c != c.strip() for c in cells):
            raise _fail(path, number, f"expected two tab-separated non-empty cells, got {line!r}")
        if unique_keys and cells[0] in seen:
            raise _fail(path, number, f"{cells[0]!r} is listed twice")
        if value_is_id and not ID_PATTERN.match(cells[1]):
            raise _fail(path, number, f"{cells[1]!r} is not a skill id")
        seen.add(cells[0])
        pairs.append((cells[0], cells[1]))
    if not pairs:
        raise TaxonomyError("build table is empty", path=str(path))
    return tuple(pairs)


def _categories(path: Path, pairs: tuple[tuple[str, str], ...], column: int) -> None:
    for key, value in pairs:
        if not _CATEGORY.match((key, value)[column]):
            raise TaxonomyError(f"{(key, value)[column]!r} is not a category name", path=str(path))


def _common_words(path: Path) -> list[str]:
    """The wordfreq list in frequency order (refreshed only with --refresh-common-words)."""
    lines = [w for _, w in _lines(path)]
    if not lines or any(w != w.strip() for w in lines):
        raise TaxonomyError("padded or no words", path=str(path), hint="run --refresh-common-words")
    return lines


def load_tables(taxonomies: Path) -> Tables:
    """Read and check every table: the word lists in `taxonomies/` and those in `build-tables/`."""
    folder = taxonomies / "build-tables"
    common = _common_words(taxonomies / "common-english-words.txt")
    onet_categories = read_pairs(folder / "onet-categories.tsv", unique_keys=False)
    esco_category = read_pairs(folder / "esco-category.tsv")
    curated_category = read_pairs(folder / "curated-category.tsv")
    for path, pairs, column in (
        (folder / "onet-categories.tsv", onet_categories, 0),
        (folder / "esco-category.tsv", esco_category, 1),
        (folder / "curated-category.tsv", curated_category, 1),
    ):
        _categories(path, pairs, column)
    return Tables(
        collision_words=frozenset(read_words(taxonomies / "collision-words.txt")),
        common_words=frozenset(common),
        very_common_words=frozenset(common[:VERY_COMMON_COUNT]),
        generic_words=frozenset(read_words(folder / "generic-words.txt")),
        generic_owners=dict(read_pairs(folder / "generic-owners.tsv", value_is_id=True)),
        onet_vendors=read_words(folder / "onet-vendors.txt", lowercase=False),
        commodity_broader=dict(read_pairs(folder / "commodity-broader.tsv", value_is_id=True)),
        so_not_skills=frozenset(read_words(folder / "so-not-skills.txt")),
        so_prefix_broader=dict(read_pairs(folder / "so-prefix-broader.tsv", value_is_id=True)),
        esco_not_equivalent_labels=frozenset(
            read_words(folder / "esco-not-equivalent-labels.txt", lowercase=False)
        ),
        esco_category=dict(esco_category),
        nominalise=dict(read_pairs(folder / "nominalise.tsv")),
        object_is_skill=frozenset(read_words(folder / "object-is-skill.txt")),
        determiners=frozenset(read_words(folder / "determiners.txt")),
        not_in_noun_form=frozenset(read_words(folder / "not-in-noun-form.txt")),
        label_noise=frozenset(read_words(folder / "label-noise.txt")),
        synonym_stems=dict(read_pairs(folder / "synonym-stems.tsv")),
        stop=frozenset(read_words(folder / "stop-words.txt")),
        onet_categories=onet_categories,
        topic_alias_suffixes=frozenset(read_words(folder / "topic-alias-suffixes.txt")),
        curated_category=dict(curated_category),
    )
