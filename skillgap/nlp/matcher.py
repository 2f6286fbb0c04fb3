"""Exact pass: taxonomy names and aliases over tokens, case-folded or case-sensitive.

A prefix walk over token tuples (the compiled taxonomy's tables) finds every name in one
pass; the longest match wins. Case-sensitive names ("Go", "R", "Excel") are kept only
where the context filter later agrees they are skills. A second look joins short runs
of tokens ("Postgre SQL", "Java Script") and compares them with the aliases' compact form;
a third reads names written with hyphens for spaces ("amazon-web-services",
"disaster-recovery"); a fourth reads the first items of a short list that shares its last
word ("organisational and time management skills").
"""

from __future__ import annotations

from itertools import compress

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from skillgap.nlp.candidates import Candidate, TokenFacts, candidates, select_longest, token_facts
from skillgap.nlp.context_words import GENERAL_CUES
from skillgap.taxonomy.compile import SEP, CompiledTaxonomy, compact_key

_First = tuple  # (the owners of the one-token name or None, the tokens that follow it in longer names)
_NONE: frozenset[str] = frozenset()


class TaxonomyMatcher:
    """spaCy component: exact and alias matches of the compiled taxonomy."""

    def __init__(self) -> None:
        self.compiled: CompiledTaxonomy | None = None
        self._folded_starts: frozenset[str] = frozenset()
        self._exact_starts: frozenset[str] = frozenset()
        self._folded_first: dict[str, _First] | None = None
        self._exact_first: dict[str, _First] | None = None

    def set_taxonomy(self, compiled: CompiledTaxonomy) -> None:
        self.compiled = compiled
        # the first token of every name: a walk from any other token finds nothing
        self._folded_starts = frozenset(key.split(SEP, 1)[0] for key in compiled.folded)
        self._exact_starts = frozenset(key.split(SEP, 1)[0] for key in compiled.exact)
        self._folded_first = self._exact_first = None

    def index_second_tokens(self) -> None:
        """For each token that starts a name, its one-token name's owners and the tokens
        that follow it in longer names (`_walk_indexed`, 40 % faster than `_walk`). About
        20 ms to build and 3 MB, which only a process that reads many documents gets back
        (a scan builds it before forking its workers; `check` does without)."""
        if self.compiled is None:
            raise RuntimeError("TaxonomyMatcher used before set_taxonomy()")
        if self._folded_first is None:
            self._folded_first = _first_tokens(self.compiled.folded, self._folded_starts)
            self._exact_first = _first_tokens(self.compiled.exact, self._exact_starts)

    def __call__(self, doc: Doc) -> Doc:
        if self.compiled is None:
            raise RuntimeError("TaxonomyMatcher used before set_taxonomy()")
        facts = token_facts(doc)
        compiled = self.compiled
        if self._folded_first is None or self._exact_first is None:
            found = self._walk(facts.lowers, compiled.folded_prefixes, compiled.folded, self._folded_starts)
            found += self._walk(facts.texts, compiled.exact_prefixes, compiled.exact, self._exact_starts)
        else:
            found = self._walk_indexed(facts.lowers, compiled.folded_prefixes, compiled.folded, self._folded_first)
            found += self._walk_indexed(facts.texts, compiled.exact_prefixes, compiled.exact, self._exact_first)
        found += self._compact_pass(facts)
        found += self._hyphen_pass(facts)
        found += self._shared_head_pass(facts)
        candidates(doc).extend(select_longest(found))
        return doc

    def _hyphen_pass(self, facts: TokenFacts) -> list[Candidate]:
        """Names written with hyphens for spaces: tags ("amazon-web-services",
        "ruby-on-rails") and compounds of prose ("disaster-recovery plans", "a
        high-availability setup"). The folded walk runs again with the hyphens inside words
        left out and keeps the names that span one or more of them ("web-services" inside
        a tag loses on length); a compound that a name spells with its hyphen
        ("problem-solving") is the first walk's.

        A name kept spans a hyphen left out, so the walk starts only where a name of at
        most `max_tokens` tokens could reach over one: it finds the names that a walk from
        every token finds and keeps (`tests/test_nlp_speedups.py`)."""
        lowers, texts, idx, alpha = facts.lowers, facts.texts, facts.idx, facts.alpha
        n = len(lowers)
        removed = [k for k in _places(lowers, "-")
                   if 0 < k < n - 1 and alpha[k - 1] and alpha[k + 1]
                   and idx[k - 1] + len(texts[k - 1]) == idx[k] and idx[k] + 1 == idx[k + 1]]
        if not removed:
            return []
        keep, tokens = list(range(n)), lowers.copy()
        for k in reversed(removed):  # a few a text: the lists close up in C
            del keep[k], tokens[k]
        # where the token after each hyphen left out stands once the hyphens before it are gone
        after = [k - number for number, k in enumerate(removed)]
        max_len = self.compiled.max_tokens
        at = sorted({start for first in after for start in range(max(0, first + 1 - max_len), first)})
        compiled = self.compiled
        if self._folded_first is None:
            found = self._walk(tokens, compiled.folded_prefixes, compiled.folded, self._folded_starts, at)
        else:
            found = self._walk_indexed(tokens, compiled.folded_prefixes, compiled.folded, self._folded_first, at)
        out = []
        for candidate in found:
            start, end = keep[candidate.start], keep[candidate.end - 1] + 1
            # a hyphen inside, and not a name that holds its hyphens ("front-end")
            if end - start > candidate.end - candidate.start and SEP.join(lowers[start:end]) not in compiled.folded:
                out.append(candidate._replace(start=start, end=end))
        return out

    def _shared_head_pass(self, facts: TokenFacts) -> list[Candidate]:
        """The first items of a short list that shares its last word: "organisational and
        time management skills" names organisational skills too. Only where the last item
        with the shared word is a name itself ("time management skills") and every item is a
        few words with no function word ("manage people and develop their skills" is two
        clauses); each item before the last, read with the shared word after it, is looked
        up as a name (its last one, two or three words, praise left out: "good
        organisational" is "organisational skills"); the candidate spans the item's own
        words."""
        lowers, alpha = facts.lowers, facts.alpha
        folded = self.compiled.folded
        found: list[Candidate] = []
        for k in sorted(k for head in _SHARED_HEADS for k in _places(lowers, head)):
            last = _item_start(lowers, alpha, k)
            if not _list_item(lowers, last, k) or SEP.join(lowers[last : k + 1]) not in folded:
                continue
            j = last - 1
            while j >= 0 and lowers[j] in _LIST_JOINS:
                while j >= 0 and lowers[j] in _LIST_JOINS:
                    j -= 1  # ", and"
                start = _item_start(lowers, alpha, j + 1)
                if not _list_item(lowers, start, j + 1):
                    break
                for first in range(start, j + 1):
                    owners = None if lowers[first] in GENERAL_CUES else \
                        folded.get(SEP.join([*lowers[first : j + 1], lowers[k]]))
                    if owners:
                        _add(found, owners, first, j + 1)
                        break
                j = start - 1
        return found

    def _walk(self, tokens: list[str], prefixes: frozenset[str], table, starts: frozenset[str],
              at: list[int] | None = None) -> list[Candidate]:
        """Every name that starts at a token (at each of `at`, in order, when given), read
        from there while the tokens so far are a proper prefix of some name (at most
        `max_tokens` tokens)."""
        found: list[Candidate] = []
        max_len = self.compiled.max_tokens
        n = len(tokens)
        for i in [i for i in (range(n) if at is None else at) if tokens[i] in starts]:
            _walk_on(found, tokens, prefixes, table, i, i, tokens[i], min(n, i + max_len))
        return found

    def _walk_indexed(self, tokens: list[str], prefixes: frozenset[str], table, first: dict[str, _First],
                      at: list[int] | None = None) -> list[Candidate]:
        """`_walk` with the index of first tokens (`index_second_tokens`): the tokens that
        start a name are picked at C speed (`map` over the tokens), and the second token is
        looked up among those that follow the first in some name, without building the
        two-token key: most walks end there. The same candidates in the same order."""
        found: list[Candidate] = []
        max_len = self.compiled.max_tokens
        n = len(tokens)
        if at is None:
            infos = list(map(first.get, tokens))
            started = compress(range(n), infos)
        else:
            infos = dict(zip(at, map(first.get, [tokens[i] for i in at]), strict=True))
            started = (i for i in at if infos[i])
        for i in started:
            owners, seconds = infos[i]
            if owners:
                _add(found, owners, i, i + 1)
            j = i + 1
            if j >= n or tokens[j] not in seconds:
                continue
            _walk_on(found, tokens, prefixes, table, i, j, tokens[i] + SEP + tokens[j], min(n, i + max_len))
        return found

    def _compact_pass(self, facts: TokenFacts) -> list[Candidate]:
        """Two or three adjacent words that spell an alias when joined ("Type Script").

        These compete with the exact matches on length: "Postgre SQL" beats "SQL".
        """
        compact = self.compiled.compact
        folded = self.compiled.folded
        texts, lowers, alpha, idx = facts.texts, facts.lowers, facts.alpha, facts.idx
        space, line_after = facts.space, facts.line_after
        n = len(texts)
        keys: dict[str, str] = {}  # each word's compact form, worked out once a text
        get_key = keys.get

        found: list[Candidate] = []
        # A word may stand inside a run unless it is a space, a stop word or has a line break
        # after it; it may end one when it is letters or digits only and not a stop word. A
        # run starts at a word of letters (never a space) followed by a word that may end it;
        # judged here for every token in one pass, and for a third word only where asked.
        starts = [i for i in range(n - 1) if alpha[i] and lowers[i] not in STOP_WORDS and not line_after[i]
                  and texts[i + 1].isalnum() and lowers[i + 1] not in STOP_WORDS]
        for i in starts:
            first, second = lowers[i], lowers[i + 1]
            if (key := get_key(first)) is None:
                key = keys[first] = compact_key(first)
            if (more := get_key(second)) is None:
                more = keys[second] = compact_key(second)
            joined = key + more
            last = i + 1
            hit = compact.get(joined)
            if not (hit and idx[last] + len(texts[last]) - idx[i] >= 5 and f"{first}{SEP}{second}" not in folded):
                last = i + 2  # a third word, if the second may stand inside a run and this one end it
                if (last >= n or space[i + 1] or second in STOP_WORDS or line_after[i + 1]
                        or not texts[last].isalnum() or lowers[last] in STOP_WORDS):
                    continue
                if (more := get_key(lowers[last])) is None:
                    more = keys[lowers[last]] = compact_key(lowers[last])
                hit = compact.get(joined + more)
                if not (hit and idx[last] + len(texts[last]) - idx[i] >= 5
                        and SEP.join(lowers[i : last + 1]) not in folded):
                    continue
            found.append(Candidate(i, last + 1, hit[0], hit[1], "fuzzy", 0.95, False))
        return found


_SHARED_HEADS = frozenset({"skills", "skill", "abilities"})
_LIST_JOINS = frozenset({",", "and", "or", "&", "/"})
_ITEM_WORDS = 3  # the words of a list item read with the shared head, at most


def _places(tokens: list[str], token: str) -> list[int]:
    """The indices of `token` in `tokens`, in order (found by `list.index`: a compare in C
    per token rather than a Python call)."""
    found, at = [], -1
    try:
        while True:
            at = tokens.index(token, at + 1)
            found.append(at)
    except ValueError:
        return found


def _item_start(lowers: list[str], alpha: list[bool], end: int) -> int:
    """Where the words of a list item that ends before token `end` start: after the
    nearest list join, other word or shared head before it, and no more than
    `_ITEM_WORDS` + 1 words back (a longer run is no list item)."""
    start = end
    while start > 0 and end - start <= _ITEM_WORDS and alpha[start - 1] and lowers[start - 1] not in _LIST_JOINS \
            and lowers[start - 1] not in _SHARED_HEADS:
        start -= 1
    return start


def _list_item(lowers: list[str], start: int, end: int) -> bool:
    """Tokens [start, end) are a list item: one to `_ITEM_WORDS` words, none a function word."""
    return 0 < end - start <= _ITEM_WORDS and not any(w in STOP_WORDS for w in lowers[start:end])


def _first_tokens(table, starts: frozenset[str]) -> dict[str, _First]:
    """Each token that starts a name -> (the owners of the name of that one token, or None;
    the second tokens of the longer names that start with it)."""
    follow: dict[str, set[str]] = {}
    for key in table:
        parts = key.split(SEP, 2)
        if len(parts) > 1:
            follow.setdefault(parts[0], set()).add(parts[1])
    return {first: (table.get(first), frozenset(follow.get(first, ()))) for first in starts}


def _walk_on(found: list[Candidate], tokens: list[str], prefixes: frozenset[str], table, start: int, j: int,
             key: str, stop: int) -> None:
    """The names that start at token `start` and whose first tokens, up to `j`, make `key`:
    each owner of the key, then on while the key is a proper prefix of some name, up to
    token `stop` (exclusive)."""
    while True:
        owners = table.get(key)
        if owners:
            _add(found, owners, start, j + 1)
        j += 1
        if j >= stop or key not in prefixes:
            break
        key = key + SEP + tokens[j]


def _add(found: list[Candidate], owners, start: int, end: int) -> None:
    """One candidate for each skill that owns the name at tokens [start, end)."""
    for skill_id, alias, method, needs_context in owners:
        found.append(Candidate(start, end, skill_id, alias, method, 1.0, needs_context))
