"""Validation names the file, the entry and the problem; the compiled cache follows edits."""

import textwrap

import pytest

from skillgap.errors import TaxonomyError
from skillgap.nlp.tokenizer import blank_pipeline
from skillgap.taxonomy import load_taxonomy
from skillgap.taxonomy.compile import _from_cache, load_compiled


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


BASE = """
skills:
  - {id: sql, name: SQL, kind: tool}
  - {id: postgresql, name: PostgreSQL, kind: tool, aliases: [postgres], broader: [sql]}
"""


@pytest.mark.parametrize(
    "entry,message",
    [
        ("{id: x, name: X, kind: tool, alias: [y]}", "unknown key(s) alias"),
        ("{id: x, name: X, kind: gadget}", "unknown kind 'gadget'"),
        ("{id: x, name: X, kind: tool, aliases: [no]}", "has False"),
        ("{id: x, name: X, kind: tool, aliases: [3.10]}", "has 3.1"),
        ("{id: x, name: X, kind: tool, broader: [nope]}", "names unknown id 'nope'"),
        ("{id: x, name: X, kind: tool, aliases: [Postgres]}", "alias 'postgres' also belongs to"),
        ("{id: X, name: X, kind: tool}", "'id' must be a lowercase string"),
        ("{id: x, kind: tool}", "needs 'name' and 'kind'"),
        ("{id: x, name: X, kind: tool, needs_context: maybe}", "'needs_context' must be true or false"),
    ],
)
def test_taxonomy_validation_errors(tmp_path, entry, message):
    path = write(tmp_path, "bad.yaml", BASE + f"  - {entry}\n")
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy([path])
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_taxonomy_invalid_yaml_names_the_line(tmp_path):
    path = write(tmp_path, "broken.yaml", "skills:\n  - {id: x, name: [\n")
    with pytest.raises(TaxonomyError, match=r"invalid YAML at line \d+"):
        load_taxonomy([path])


def test_taxonomy_user_layer_overrides_and_claims_aliases(tmp_path):
    base = write(tmp_path, "base.yaml", BASE)
    user = write(tmp_path, "user.yaml", """
        skills:
          - {id: postgresql, name: Postgres SQL}
          - {id: pg-tools, name: PG tools, kind: tool, aliases: [postgres]}
          - {id: sql, remove: true}
    """.replace("          - {id: sql, remove: true}\n", ""))
    tax = load_taxonomy([base, user])
    assert tax.skills["postgresql"].name == "Postgres SQL"
    assert tax.skills["postgresql"].kind.value == "tool"  # field-by-field override
    assert "postgres" not in tax.skills["postgresql"].aliases  # the later layer took the alias
    assert tax.skills["pg-tools"].aliases == ("postgres",)


def test_taxonomy_remove_entry(tmp_path):
    base = write(tmp_path, "base.yaml", BASE.replace(", broader: [sql]", ""))
    user = write(tmp_path, "user.yaml", "skills:\n  - {id: sql, remove: true}\n")
    assert "sql" not in load_taxonomy([base, user]).skills


def test_taxonomy_ambiguous_alias_must_be_declared_by_both(tmp_path):
    path = write(tmp_path, "amb.yaml", """
        skills:
          - {id: spark, name: Apache Spark, kind: tool, aliases: [spark], ambiguous_aliases: [spark]}
          - {id: spark-ar, name: Spark AR, kind: tool, aliases: [spark], ambiguous_aliases: [spark]}
    """)
    assert len(load_taxonomy([path])) == 2


def test_taxonomy_links(tmp_path):
    tax = load_taxonomy([write(tmp_path, "t.yaml", BASE)])
    assert tax.ancestors("postgresql") == {"sql": 1}
    assert tax.narrower_index["sql"] == frozenset({"postgresql"})


def _tokenizer():
    return blank_pipeline().tokenizer


def test_taxonomy_cache_hit_and_invalidation(tmp_path, monkeypatch):
    monkeypatch.setenv("SKILLGAP_CACHE_DIR", str(tmp_path / "cache"))
    source = write(tmp_path, "t.yaml", BASE)
    first = load_compiled([source], _tokenizer(), tokenizer_version="t")
    cached = list((tmp_path / "cache").glob("taxonomy-*.pickle"))
    assert len(cached) == 1
    assert (tmp_path / "cache").stat().st_mode & 0o077 == 0  # user-only
    again = load_compiled([source], _tokenizer(), tokenizer_version="t")
    assert again.fingerprint == first.fingerprint
    source.write_text(BASE + "  - {id: mysql, name: MySQL, kind: tool, broader: [sql]}\n", encoding="utf-8")
    changed = load_compiled([source], _tokenizer(), tokenizer_version="t")
    assert changed.fingerprint != first.fingerprint and "mysql" in changed.taxonomy.skills


def test_taxonomy_corrupt_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("SKILLGAP_CACHE_DIR", str(tmp_path / "cache"))
    source = write(tmp_path, "t.yaml", BASE)
    load_compiled([source], _tokenizer(), tokenizer_version="t")
    (cache_file,) = (tmp_path / "cache").glob("taxonomy-*.pickle")
    cache_file.write_bytes(b"not a pickle")
    compiled = load_compiled([source], _tokenizer(), tokenizer_version="t")
    assert "postgresql" in compiled.taxonomy.skills
    assert "postgresql" in _from_cache(cache_file.read_bytes()).taxonomy.skills
