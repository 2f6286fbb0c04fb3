"""Tokenizer rules on top of `spacy.blank("en")` for résumé and posting text.

The blank English tokenizer keeps `•Built`, `AWS(EC2,S3`, `Node.js/React` and
`Python3.11` as single tokens and splits `C#` into `C` `#`. These rules split bullets,
brackets, separators and glued version numbers, and keep `C#`, `F#`, `C++` whole.

Taxonomy aliases are tokenized with the same tokenizer when the taxonomy is compiled, so
a rule change here must bump `TOKENIZER_VERSION` (it is part of the cache key).
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex

TOKENIZER_VERSION = "3"

BULLETS = "•▪◦●○■□►▶▸✓✔➢➤❖◆◇★☆·‣⁃∙"
# Split wherever these stand inside a token: brackets and list separators.
_SEPARATOR_INFIXES = [
    r"[()\[\]{};|" + BULLETS + r"]",
    r"(?<=[\w+#.])/(?=[\w.])",  # Node.js/React, TCP/IP, CI/CD
    r"(?<=[\w)]),(?=[\w(])",  # Python,Go  EC2,S3
    r"(?<=[A-Za-z])\d+(?:\.\d+)+",  # Python3.11 -> Python 3.11
]
# Names the default rules would break apart.
SPECIAL_CASES = ("C#", "F#", "J#", "c#", "f#", "C++", "c++", ".NET", ".net", "A+", "C-suite")


_URL = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)


def customize_tokenizer(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    prefixes = [f"[{BULLETS}]", *nlp.Defaults.prefixes]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    infixes = [*_SEPARATOR_INFIXES, *nlp.Defaults.infixes]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # The default URL pattern takes "Node.js/React" for a web address; only real ones count.
    tokenizer.url_match = _URL.match
    for case in SPECIAL_CASES:
        tokenizer.add_special_case(case, [{ORTH: case}])
