"""Tokenizer rules on top of `spacy.blank("en")` for résumé and posting text.

The blank English tokenizer keeps `•Built`, `AWS(EC2,S3`, `Node.js/React` and
`Python3.11` and a sentence-final `R.` as single tokens and splits `C#` into `C` `#`.
These rules split bullets, brackets, separators, glued version numbers and the full stop
after one capital letter, and keep `C#`, `F#`, `C++` whole.

The rules are registered as a spaCy tokenizer (`skillgap.tokenizer.v1`) so that
`spacy.blank("en", config=...)` compiles the affix patterns once; patching an existing
tokenizer would compile them twice, which costs a fifth of a second at start-up.

Taxonomy aliases are tokenized with the same tokenizer when the taxonomy is compiled, so
a rule change here must bump `TOKENIZER_VERSION` (it is part of the cache key).
"""

from __future__ import annotations

import re

import spacy
from spacy.attrs import IDS, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from skillgap.nlp.affixes import PrefilteredPattern

TOKENIZER_VERSION = "4"

BULLETS = "•▪◦●○■□►▶▸✓✔➢➤❖◆◇★☆·‣⁃∙"
# Split wherever these stand inside a token: brackets and list separators.
_SEPARATOR_INFIXES = [
    r"[()\[\]{};|" + BULLETS + r"]",
    r"(?<=[\w+#.])/(?=[\w.])",  # Node.js/React, TCP/IP, CI/CD
    r"(?<=[\w)]),(?=[\w(])",  # Python,Go  EC2,S3
    r"(?<=[A-Za-z])\d+(?:\.\d+)+",  # Python3.11 -> Python 3.11
]
# A full stop after a one-letter token is a full stop: "models in Python or R." (the default
# rules keep "R." whole, as an initial; an initial split in two is still an initial to
# the context filter).
_SUFFIXES = [r"(?<=^[A-Z])\."]
# Names the default rules would break apart.
SPECIAL_CASES = ("C#", "F#", "J#", "c#", "f#", "C++", "c++", ".NET", ".net", "A+", "C-suite")
# spaCy's special cases for whitespace chunks, dropped: a line break is tokenized the same
# without them (no affix rule matches whitespace: a chunk of whitespace is one token either
# way), but a chunk that hits a special case stops spaCy's tokenizer from caching every
# chunk after it in the same text, and a document's text has a line break after its first
# line: with them, the tokenizer re-tokenized nearly every word of every document. The
# tokens are the same (`tests/test_nlp_tokenizer.py`), so TOKENIZER_VERSION stays.
WHITESPACE_CASES = (" ", "\t", "\n")
# The default URL pattern takes "Node.js/React" for a web address; only real ones count.
_URL = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)


@registry.tokenizers("skillgap.tokenizer.v1")
def create_tokenizer(prefiltered: bool = False):
    """`prefiltered`: the affix patterns skip the chunks they cannot match (nlp/affixes.py;
    the same tokens, faster on words the tokenizer has not cached)."""
    pattern = PrefilteredPattern if prefiltered else (lambda compiled: compiled)

    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        rules = {orth: tokens for orth, tokens in defaults.tokenizer_exceptions.items()
                 if orth not in WHITESPACE_CASES}
        rules.update({case: [{ORTH: case}] for case in SPECIAL_CASES})
        return Tokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=pattern(compile_prefix_regex([f"[{BULLETS}]", *defaults.prefixes])).search,
            suffix_search=pattern(compile_suffix_regex([*_SUFFIXES, *defaults.suffixes])).search,
            infix_finditer=pattern(compile_infix_regex([*_SEPARATOR_INFIXES, *defaults.infixes])).finditer,
            token_match=defaults.token_match,
            url_match=_URL.match,
        )

    return make


def blank_pipeline(prefiltered: bool = False) -> Language:
    """`spacy.blank("en")` with the skillgap tokenizer; `prefiltered` as in `create_tokenizer`
    (the pipeline's; the tokens are the same without, which is how benchmarks measure the
    bare tokenizer)."""
    tokenizer = {"@tokenizers": "skillgap.tokenizer.v1", "prefiltered": prefiltered}
    return spacy.blank("en", config={"nlp": {"tokenizer": tokenizer}})


# The lexical attributes skillgap reads of a token: none. spaCy computes all 23 of its
# English attributes for every word the vocabulary meets for the first time, each by a Python
# function (its shape, prefix, suffix, norm, ...), which cost a third of the tokenizer's time
# on new text; then three (lower case, `is_alpha`, `is_space`), about 10 % of a first pass
# of the tokenizer. The code reads a token's lower case, letters-only and whitespace-only as
# `str.lower`, `str.isalpha` and `str.isspace` of its text (spaCy's own definitions,
# `spacy/lang/lex_attrs.py`; the token lists of nlp/candidates.py, and the context filter
# for the few tokens it judges), and title case and "like a number" with spaCy's functions;
# a test holds this list to the attributes the code reads.
READ_ATTRIBUTES: tuple[str, ...] = ()


def compute_read_attributes_only(nlp: Language) -> Language:
    """Make new words get only READ_ATTRIBUTES (the others stay unset: 0, False or "").

    Tokenization does not depend on them, so the tokens are the same, and so are the
    attributes read; it takes effect for the words the vocabulary meets from now on. (A word
    the vocabulary held before, such as a tokenizer exception's, keeps them all: read a
    token's text, never its lexical attributes.)
    """
    wanted = {IDS[name] for name in READ_ATTRIBUTES}
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {attr: getter for attr, getter in getters.items() if attr in wanted}
    return nlp
