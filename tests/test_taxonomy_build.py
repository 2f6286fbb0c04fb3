"""The taxonomy build (scripts/taxonomy_build/): reproducible output, its tables, its checks.

The build runs once per session, from the real sources in ../shared/taxonomy-sources (read in
place), into a temporary folder; the committed files are the reference.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from taxonomy_build.counts import current_block, render_counts  # noqa: E402
from taxonomy_build.driver import generate  # noqa: E402
from taxonomy_build.paths import DEFAULT_SOURCES, TAXONOMIES, BuildPaths  # noqa: E402
from taxonomy_build.tables import load_tables  # noqa: E402
from taxonomy_build.text import compact, fold, slug  # noqa: E402
from taxonomy_build.validate import validate  # noqa: E402

from skillgap.errors import TaxonomyError  # noqa: E402
from skillgap.taxonomy.load import read_file  # noqa: E402

COMMITTED = BuildPaths()


def _outputs(root: Path) -> dict[str, bytes]:
    """Every file the build writes under `root`, by path relative to it."""
    files = [*root.glob("default/generated-*.yaml"), *root.glob("esco-extended/generated-*.yaml")]
    files += [root / "ids.tsv", root / "ids-stackoverflow.tsv"]
    return {str(p.relative_to(root)): p.read_bytes() for p in files if p.exists()}


@pytest.fixture(scope="session")
def tables():
    return load_tables(TAXONOMIES)


@pytest.fixture(scope="session")
def rebuilt(tmp_path_factory, tables) -> Path:
    """One full build (about 1.5 minutes on 2 cores) into a temporary folder."""
    assert DEFAULT_SOURCES.is_dir(), f"the taxonomy sources are expected in {DEFAULT_SOURCES}"
    out = tmp_path_factory.mktemp("taxonomy-build")
    generate(DEFAULT_SOURCES, BuildPaths(output=out), tables)
    return out


@pytest.fixture(scope="session")
def committed_check(tables):
    """The build's validation of the committed files: (errors, loaded taxonomies)."""
    return validate(COMMITTED, tables.collision_words)


def test_build_rebuild_is_byte_identical(rebuilt):
    committed, fresh = _outputs(TAXONOMIES), _outputs(rebuilt)
    assert sorted(fresh) == sorted(committed)
    stale = [name for name in committed if fresh[name] != committed[name]]
    assert not stale, f"rebuild differs from the committed files: {stale} (run scripts/build_taxonomy.py)"


def test_build_writes_nothing_into_the_repo_when_given_an_output(rebuilt):
    assert (rebuilt / "ids.tsv").exists() and (rebuilt / "default").is_dir()
    assert not list((TAXONOMIES / "default").glob(".*.tmp"))


def test_build_id_registry_lists_every_id():
    pinned = set()
    for path in (TAXONOMIES / "ids.tsv", TAXONOMIES / "ids-stackoverflow.tsv"):
        pinned |= {line.split("\t")[1] for line in path.read_text().splitlines() if not line.startswith("#")}
    ids = set()
    for path in [*TAXONOMIES.glob("default/*.yaml"), *TAXONOMIES.glob("esco-extended/*.yaml")]:
        ids |= {entry["id"] for entry in read_file(path) if not entry.get("remove")}
    assert len(ids) > 17000
    assert sorted(ids - pinned) == []


def test_build_check_passes_on_committed_files(committed_check):
    errors, loaded = committed_check
    assert errors == []
    assert set(loaded) == {"default", "default+esco-extended"}
    assert len(loaded["default"].skills) < len(loaded["default+esco-extended"].skills)


def test_build_readme_counts_are_current(committed_check, tables):
    _, loaded = committed_check
    files = COMMITTED.default_files() + COMMITTED.extended_files()
    expected = render_counts(
        loaded["default"], loaded["default+esco-extended"], files, len(tables.collision_words)
    )
    readme = (TAXONOMIES / "README.md").read_text(encoding="utf-8")
    assert current_block(readme) == expected, "stale counts: run scripts/build_taxonomy.py --counts"
    assert f"{len(loaded['default'].skills):,} skills" in expected


def test_build_reports_an_id_missing_from_the_registry(rebuilt, tables, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(rebuilt, out)
    registry = out / "ids.tsv"
    lines = registry.read_text().splitlines()
    kept = [line for line in lines if not line.endswith("\tpython")]  # every key pinned to it
    assert len(kept) < len(lines)
    registry.write_text("\n".join(kept) + "\n")
    errors, _ = validate(BuildPaths(output=out), tables.collision_words)
    assert any("not in the id registry: python" in e for e in errors), errors


def test_build_reports_a_collision_word_alias(rebuilt, tables, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(rebuilt, out)
    path = out / "default" / "generated-agriculture.yaml"
    text = path.read_text()
    assert "  aliases: [" in text
    path.write_text(text.replace("  aliases: [", "  aliases: [spring, ", 1))
    errors, _ = validate(BuildPaths(output=out), tables.collision_words)
    assert any("common word 'spring' must be exact_case" in e for e in errors), errors


def test_build_tables_are_loaded_in_file_order(tables):
    assert tables.onet_vendors[0] == "Microsoft"
    assert tables.nominalise["manage"] == "management"
    assert tables.commodity_broader["Spreadsheet software"] == "spreadsheets"
    assert tables.onet_categories[0] == ("healthcare", "medical")
    assert len(tables.very_common_words) == 5000 < len(tables.common_words)
    assert "ML (computer programming)" in tables.esco_not_equivalent_labels


def _table_copy(tmp_path: Path) -> Path:
    root = tmp_path / "taxonomies"
    shutil.copytree(TAXONOMIES / "build-tables", root / "build-tables")
    for name in ("collision-words.txt", "common-english-words.txt"):
        shutil.copy(TAXONOMIES / name, root / name)
    return root


@pytest.mark.parametrize(
    ("file", "append", "problem"),
    [
        ("generic-words.txt", "analysis\n", "'analysis' is listed twice"),
        ("generic-words.txt", "Design\n", "'Design' must be lowercase"),
        ("so-not-skills.txt", " caching\n", "padded entry"),
        ("nominalise.tsv", "manage\n", "expected two tab-separated non-empty cells"),
        ("commodity-broader.tsv", "Some software\tNot An Id\n", "'Not An Id' is not a skill id"),
        ("esco-category.tsv", "99\tHealth Care\n", "'Health Care' is not a category name"),
    ],
)
def test_build_tables_reject_bad_rows(tmp_path, file, append, problem):
    root = _table_copy(tmp_path)
    path = root / "build-tables" / file
    path.write_text(path.read_text(encoding="utf-8") + append, encoding="utf-8")
    with pytest.raises(TaxonomyError) as caught:
        load_tables(root)
    assert problem in str(caught.value) and file in str(caught.value)


def test_build_tables_need_a_header(tmp_path):
    root = _table_copy(tmp_path)
    path = root / "build-tables" / "determiners.txt"
    path.write_text("a\nan\nthe\n")
    with pytest.raises(TaxonomyError, match="starts with a '#' comment"):
        load_tables(root)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("PostgreSQL", "postgresql"), (".NET", "dotnet"), ("C#", "c#"), ("C++", "c++"),
     ("Node.js", "node.js"), ("Research & development", "research-and-development"), ("Café", "cafe")],
)
def test_build_slug(name, expected):
    assert slug(name) == expected


def test_build_fold_and_compact():
    assert fold("  Node.JS \t Dev ") == "node.js dev"
    assert compact("Node.js") == compact("nodejs") == "nodejs"


def test_build_cli_bad_sources_is_one_line_exit_2(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_taxonomy.py"), "--sources", str(tmp_path / "nope"),
         "--output", str(tmp_path)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"error: {tmp_path / 'nope'}: sources folder not found (give --sources PATH)"]
    assert list(tmp_path.iterdir()) == []


def test_build_cli_sources_without_files_is_one_line_exit_2(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "out").mkdir()
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_taxonomy.py"), "--sources", str(tmp_path / "sources"),
         "--output", str(tmp_path / "out")],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"error: {tmp_path / 'sources'}/") and "No such file or directory" in line
    assert list((tmp_path / "out").iterdir()) == []
