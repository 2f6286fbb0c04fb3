"""Verb forms: which tenses a word shows as a verb, its lemma, and its inflections.

Verb forms and lemmas come from lemminflect's lexicon (6,700 verbs with their irregular
forms). Loading it costs ~0.4 s, so the verb forms are extracted once into a small table
cached beside the taxonomy cache (keyed by lemminflect's version); later runs load the
table in milliseconds and never import lemminflect.
"""

from __future__ import annotations

import logging
import pickle
from enum import Enum
from functools import lru_cache

log = logging.getLogger(__name__)

_TABLE_FORMAT = 4  # bump when the cached table's shape changes


class Tense(str, Enum):
    PAST = "past"  # "Led", "Built", "Architected"
    PRESENT = "present"  # "Lead", "Leads", "Manage"
    GERUND = "gerund"  # "Leading"
    AMBIGUOUS = "ambiguous"  # "Set", "Cut", "Put", "Read": the same form for both


# --- the verb table ------------------------------------------------------------------


class _VerbTable:
    """Verb forms from lemminflect, flattened to strings so the cache loads in milliseconds."""

    def __init__(self, forms: dict[str, str], nouns: str, other_words: str, by_lemma: dict[str, str]) -> None:
        self.forms = forms  # form -> "lemma:TAG|lemma:TAG"
        self.nouns = frozenset(nouns.split())  # verb forms that are also nouns or adjectives
        self.other_words = frozenset(other_words.split())  # known non-verbs ending in -ed / -ing
        self.by_lemma = by_lemma  # lemma -> "TAG:form|TAG:form" (the first form of each tag)
        self._raw = (forms, nouns, other_words, by_lemma)

    def __reduce__(self):
        return (_VerbTable, self._raw)

    def tags(self, word: str) -> tuple[tuple[str, str], ...]:
        packed = self.forms.get(word)
        if not packed:
            return ()
        return tuple(tuple(pair.split(":", 1)) for pair in packed.split("|"))  # type: ignore[misc]


def _cache_file():
    """The cache path, keyed by the lexicon files themselves (cheaper than package metadata)."""
    import hashlib
    from importlib.util import find_spec
    from pathlib import Path

    from skillgap.paths import cache_dir

    spec = find_spec("lemminflect")
    key = hashlib.sha256(str(_TABLE_FORMAT).encode())
    if spec is not None and spec.origin:
        for name in ("infl_lu.csv.gz", "infl_overrides.csv"):
            try:
                stat = (Path(spec.origin).parent / "resources" / name).stat()
                key.update(f"{name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
            except OSError:
                key.update(name.encode())
    return cache_dir() / f"verbs-{key.hexdigest()[:24]}.pickle"


def _build_table() -> _VerbTable:
    try:
        from lemminflect import Inflections
    except ImportError as exc:
        from skillgap.errors import ConfigError

        raise ConfigError("the tense and voice rules need lemminflect, which is not installed",
                          hint="pip install 'lemminflect>=0.2.3,<0.3', or --ignore SG303,SG308,SG309,SG310") from exc

    inflections = Inflections()
    lexicon = inflections._getInflDict()  # lemma -> {tag: forms}; the public API has no listing
    forms: dict[str, set[tuple[str, str]]] = {}
    nouns: set[str] = set()
    known: set[str] = set()
    for lemma, by_tag in lexicon.items():
        known.add(lemma.lower())
        verb_tags = {tag: spelled for tag, spelled in by_tag.items() if tag.startswith("VB")}
        if verb_tags:
            # the public call applies lemminflect's overrides on top of the lexicon
            verb_tags = inflections.getAllInflections(lemma, upos="VERB") or verb_tags
            if "VBD" in verb_tags and "VBN" not in verb_tags:
                verb_tags["VBN"] = verb_tags["VBD"]  # regular verbs list one past form
        for tag, spelled in by_tag.items():
            for form in spelled:
                known.add(form.lower())
                if not tag.startswith("VB"):
                    nouns.add(form.lower())
        for tag, spelled in verb_tags.items():
            for form in spelled:
                forms.setdefault(form.lower(), set()).add((lemma.lower(), tag))
    flat = {form: "|".join(f"{lemma}:{tag}" for lemma, tag in sorted(pairs)) for form, pairs in forms.items()}
    others = {w for w in known if w.endswith(("ed", "ing")) and w not in flat}
    first_forms: dict[str, dict[str, str]] = {}
    for form, pairs in sorted(forms.items()):
        for lemma, tag in pairs:
            first_forms.setdefault(lemma, {}).setdefault(tag, form)
    by_lemma = {lemma: "|".join(f"{tag}:{form}" for tag, form in sorted(tags.items()))
                for lemma, tags in first_forms.items()}
    return _VerbTable(flat, " ".join(sorted(nouns & set(flat))), " ".join(sorted(others)), by_lemma)


@lru_cache(maxsize=1)
def _table() -> _VerbTable:
    path = _cache_file()
    try:
        table = pickle.loads(path.read_bytes())
        if isinstance(table, _VerbTable):
            return table
    except FileNotFoundError:
        pass
    except Exception as exc:  # noqa: BLE001 - a corrupt cache is rebuilt, never fatal
        log.warning("verb table cache %s is unreadable (%s); rebuilding", path, exc)
    table = _build_table()
    from skillgap.atomic import write_atomic

    try:
        write_atomic(path, pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL), private=True)
    except OSError as exc:
        log.warning("cannot write verb table cache %s (%s); continuing without it", path, exc)
    return table


def load_table() -> None:
    """Read the table now: a scan's workers fork after it and share it, instead of each
    reading it from the cache file on its first posting (10 ms a process)."""
    _table()


def is_also_noun(word: str) -> bool:
    """Whether a verb form is also a noun or an adjective ("process", "lead", "project")."""
    return word.lower() in _table().nouns


# Verbs the lexicon lacks whose last part is irregular: "troubleshoot" -> "troubleshot".
_IRREGULAR_COMPOUNDS = {"troubleshoot": "troubleshot", "outshoot": "outshot", "overshoot": "overshot",
                        "ghostwrite": "ghostwrote"}
_COMPOUND_PAST = {past: base for base, past in _IRREGULAR_COMPOUNDS.items()}


def verb_tags(word: str) -> tuple[tuple[str, str], ...]:
    """((lemma, Penn tag), ...) for `word` read as a verb; () when it is not one."""
    word = word.lower()
    if word in _COMPOUND_PAST:
        return ((_COMPOUND_PAST[word], "VBD"), (_COMPOUND_PAST[word], "VBN"))
    found = _table().tags(word)
    if not found and word in _IRREGULAR_COMPOUNDS:
        return ((word, "VB"), (word, "VBP"))
    return found


def inflect(lemma_: str, tag: str) -> str | None:
    """The form of a verb for a Penn tag: inflect("lead", "VBD") -> "led"."""
    if tag in ("VBD", "VBN") and lemma_.lower() in _IRREGULAR_COMPOUNDS:
        return _IRREGULAR_COMPOUNDS[lemma_.lower()]
    packed = _table().by_lemma.get(lemma_.lower(), "")
    forms = dict(pair.split(":", 1) for pair in packed.split("|") if pair)
    found = forms.get(tag)
    if found is None and tag == "VBD":
        found = forms.get("VBN")
    if found is None and tag in ("VBD", "VBN") and lemma_.isalpha():
        base = lemma_.lower()
        found = base + "d" if base.endswith("e") else base + "ed"
    return found


def match_case(word: str, model: str) -> str:
    """`word` with the capitalisation of `model` ("led", "Lead" -> "Led")."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def lemma(word: str) -> str:
    """The verb lemma of `word` ("led" -> "lead"), or the word lowercased."""
    pairs = verb_tags(last_part(word))
    if pairs:
        return pairs[0][0]
    guessed = guess_oov(last_part(word))
    return guessed[0] if guessed else word.lower()


def tense_of(word: str) -> Tense | None:
    """The tense `word` shows as a verb, or None when it is not a verb form we know."""
    pairs = verb_tags(last_part(word))
    if not pairs:
        guessed = guess_oov(last_part(word))
        return guessed[1] if guessed else None
    return tense_from_tags(frozenset(tag for _, tag in pairs))


def tense_from_tags(tags: frozenset[str]) -> Tense:
    """The tense that a set of Penn verb tags shows."""
    past = bool(tags & {"VBD", "VBN"})
    present = bool(tags & {"VB", "VBP", "VBZ"})
    if past and present:
        return Tense.AMBIGUOUS
    if past:
        return Tense.PAST
    if present:
        return Tense.PRESENT
    return Tense.GERUND


def last_part(word: str) -> str:
    """'co-led' -> 'led', 're-architected' -> 'architected'."""
    return word.lower().rsplit("-", 1)[-1]


def guess_oov(word: str) -> tuple[str, Tense] | None:
    """Verbs the lexicon lacks ("architected", "dockerized", "onboarded", "refactoring")."""
    if len(word) < 6 or not word.isalpha() or word in _table().other_words:
        return None
    if word.endswith("ed"):
        stem = word[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            stem = stem[:-1]  # "upskilled" keeps its double l; "mapped" -> "map"
        elif stem.endswith(("iz", "is", "at", "ur", "ag", "bl", "uc", "rv", "lv", "dg")):
            stem += "e"
        return stem, Tense.PAST
    if word.endswith("ing"):
        return word[:-3], Tense.GERUND
    return None

