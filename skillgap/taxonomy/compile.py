"""Compile a taxonomy into the lookup tables the matcher uses, and cache the result.

Loading thousands of YAML entries and tokenizing every alias takes seconds; unpickling the
compiled form takes milliseconds. The cache key is a hash of every source file's bytes
plus the versions that shape the compiled form, so editing a file invalidates it.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from skillgap.atomic import write_atomic
from skillgap.language.apostrophes import fold_apostrophe
from skillgap.taxonomy.load import load_taxonomy, yaml_files
from skillgap.taxonomy.model import SkillTable, Taxonomy
from skillgap.types import SkillKind

log = logging.getLogger(__name__)

COMPILE_VERSION = "8"
MIN_FUZZY_LENGTH = 6  # names shorter than this are never fuzzy-matched


_NOT_COMPACT = re.compile(r"[^0-9a-z+#]")


def compact_key(text: str) -> str:
    """Letters, digits, '+' and '#' only, lowercased: "Postgre SQL" and "PostgreSQL" agree."""
    lowered = text.lower()
    if lowered.isascii() and lowered.isalnum():  # a plain word (most calls): nothing to drop
        return lowered
    return _NOT_COMPACT.sub("", lowered)


Owner = tuple  # (skill_id, alias, method "exact"|"alias", needs_context "" | "ambiguous" | "common")

# Kinds whose one-word names are often ordinary words ("research", "finance", "Danish"):
# such a match needs skill context. Tools and certifications are names, not words, unless
# the taxonomy itself writes the name in lower case ("metrics", "schema").
CONTEXT_KINDS = frozenset({SkillKind.KNOWLEDGE, SkillKind.HARD, SkillKind.SOFT, SkillKind.LANGUAGE})


# Tables are keyed by a name's tokens joined with this separator (no token holds it):
# strings unpickle several times faster than tuples of strings, and the cache is read
# on every run.
SEP = "\x1f"


def token_key(tokens) -> str:
    return SEP.join(tokens)


@dataclass
class CompiledTaxonomy:
    taxonomy: Taxonomy
    # lowercased tokens, joined by SEP -> ((skill_id, alias, method, needs_context), ...)
    folded: dict[str, tuple[Owner, ...]] = field(default_factory=dict)
    # exact-case tokens, joined by SEP -> the same
    exact: dict[str, tuple[Owner, ...]] = field(default_factory=dict)
    # proper prefixes of the keys of `folded` / `exact`, so the matcher can stop walking early
    folded_prefixes: frozenset[str] = frozenset()
    exact_prefixes: frozenset[str] = frozenset()
    max_tokens: int = 1
    # compact key of every alias -> (skill_id, alias): finds spacing variants ("Postgre SQL")
    compact: dict[str, tuple[str, str]] = field(default_factory=dict)
    # fuzzy candidates, grouped by first letter: letter -> (strings, owners)
    fuzzy: dict[str, tuple[list[str], list[tuple[str, str]]]] = field(default_factory=dict)
    # ordinary English word forms: never read as a misspelt skill ("docket" is not "Docker")
    english_words: frozenset[str] = frozenset()

    @property
    def fingerprint(self) -> str:
        return self.taxonomy.fingerprint


def compile_taxonomy(taxonomy: Taxonomy, tokenizer) -> CompiledTaxonomy:
    """Tokenize every name and alias with the pipeline's own tokenizer."""
    compiled = CompiledTaxonomy(taxonomy)
    folded: dict[tuple[str, ...], dict[Owner, None]] = {}
    exact: dict[tuple[str, ...], dict[Owner, None]] = {}
    fuzzy: dict[str, dict[str, tuple[str, str]]] = {}
    from skillgap.language.lexicon import english_words

    english = english_words()
    jobs: list[tuple[str, str, bool]] = []  # (skill_id, string, is_exact_case)
    for skill in taxonomy.skills.values():
        folded_strings, exact_strings = skill.match_strings()
        jobs.extend((skill.id, s, False) for s in folded_strings)
        jobs.extend((skill.id, s, True) for s in exact_strings)
    docs = tokenizer.pipe([s for _, s, _ in jobs], batch_size=1000)
    for (skill_id, string, is_exact), doc in zip(jobs, docs, strict=False):
        if not len(doc):
            continue
        compiled.max_tokens = max(compiled.max_tokens, len(doc))
        skill = taxonomy.skills[skill_id]
        method = "exact" if string == skill.name else "alias"
        if is_exact:
            owner = (skill_id, string, method, "ambiguous" if skill.needs_context else "")
            exact.setdefault(tuple(t.text for t in doc), {})[owner] = None
            continue
        key = tuple(fold_apostrophe(t.text.lower()) for t in doc)  # spaCy's LOWER
        common = len(key) == 1 and (
            skill.kind is SkillKind.LANGUAGE
            or (key[0] in english and (skill.kind in CONTEXT_KINDS or skill.name.islower()))
        )
        folded.setdefault(key, {})[(skill_id, string, method, "common" if common else "")] = None
        compact = compact_key(string)
        if len(compact) >= 5:
            compiled.compact.setdefault(compact, (skill_id, string))
        if len(compact) >= MIN_FUZZY_LENGTH and compact.isascii():
            fuzzy.setdefault(compact[0], {}).setdefault(compact, (skill_id, string))
    compiled.folded = {token_key(k): tuple(v) for k, v in folded.items()}
    compiled.exact = {token_key(k): tuple(v) for k, v in exact.items()}
    compiled.folded_prefixes = _prefixes(folded)
    compiled.exact_prefixes = _prefixes(exact)
    # what a run needs of the taxonomy, in its cheapest form to unpickle
    taxonomy.skills = SkillTable.of(taxonomy.skills)
    _ = taxonomy.narrower_index, taxonomy._reverse_related  # computed once, cached with it
    compiled.fuzzy = {
        letter: (list(items), list(items.values())) for letter, items in sorted(fuzzy.items())
    }
    compiled.english_words = english

    return compiled


def _prefixes(table: dict[tuple[str, ...], object]) -> frozenset[str]:
    """Proper prefixes of multi-token keys (a full key is looked up in the table itself)."""
    return frozenset(token_key(key[:k]) for key in table for k in range(1, len(key)))


def fingerprint_files(files: Iterable[Path], *extra: str) -> str:
    digest = hashlib.sha256()
    for part in (COMPILE_VERSION, *extra):
        digest.update(part.encode() + b"\0")
    for file in files:
        digest.update(str(file.name).encode() + b"\0")
        digest.update(file.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def load_compiled(
    paths: list[Path], tokenizer, *, tokenizer_version: str, name: str = "default", use_cache: bool = True
) -> CompiledTaxonomy:
    """The compiled taxonomy for `paths`, from the cache when the sources are unchanged."""
    import spacy

    files = [f for p in paths for f in yaml_files(Path(p))]
    from importlib.metadata import version

    from skillgap.paths import cache_dir

    key = fingerprint_files(files, tokenizer_version, spacy.__version__, version("lemminflect"), name)
    cache_file = cache_dir() / f"taxonomy-{key[:32]}.pickle"
    if use_cache and cache_file.exists():
        try:
            compiled = _from_cache(cache_file.read_bytes())
            if compiled.fingerprint == key:
                return compiled
            log.warning("taxonomy cache %s does not match; rebuilding", cache_file)
        except Exception as exc:  # a corrupt or foreign cache file is never fatal
            log.warning("taxonomy cache %s is unreadable (%s); rebuilding", cache_file, exc)
    taxonomy = load_taxonomy(paths, name=name)
    taxonomy.fingerprint = key
    compiled = compile_taxonomy(taxonomy, tokenizer)
    if use_cache:
        try:
            write_atomic(cache_file, _to_cache(compiled), private=True)
        except OSError as exc:
            log.warning("cannot write taxonomy cache %s (%s); continuing without it", cache_file, exc)
    return compiled


# The cache is read on every run, so its layout is chosen for loading speed: each field is
# pickled on its own (one memo per field instead of one shared across 10 MB of small
# objects), and the garbage collector is paused while the containers are rebuilt (it would
# otherwise walk them again and again as they grow). Together: about 90 ms -> 55 ms.

def _to_cache(compiled: CompiledTaxonomy) -> bytes:
    fields = {name: pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL) for name, value in vars(compiled).items()}
    return pickle.dumps(fields, protocol=pickle.HIGHEST_PROTOCOL)


def _from_cache(data: bytes) -> CompiledTaxonomy:
    import gc

    fields = pickle.loads(data)
    if not isinstance(fields, dict) or "taxonomy" not in fields:
        raise ValueError("not a compiled taxonomy")
    paused = gc.isenabled()
    gc.disable()
    try:
        compiled = CompiledTaxonomy.__new__(CompiledTaxonomy)
        compiled.__dict__.update({name: pickle.loads(blob) for name, blob in fields.items()})
    finally:
        if paused:
            gc.freeze()  # the taxonomy lives as long as the process: later collections skip it
            gc.enable()
    if not isinstance(compiled.taxonomy, Taxonomy):
        raise ValueError("not a compiled taxonomy")
    return compiled
