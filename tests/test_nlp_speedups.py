"""The faster forms of the matchers' inputs give what the plain forms give.

`token_facts` reads offsets, lengths and the text instead of Token objects; the fuzzy pass
scores a word only against names of a nearby length. Both must agree with the slow forms
on real text, with the real tokenizer and the default taxonomy.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rapidfuzz import process
from rapidfuzz.distance import OSA

from skillgap.nlp.candidates import token_facts
from skillgap.pipeline import get_extractor

POSTINGS = Path(__file__).parent / "fixtures" / "scan" / "postings"
TRICKY = ("•Built APIs in C#, F# and C++ (AWS(EC2,S3)); Node.js/React, CI/CD, Python3.11 — R.\n"
          "\tcafé  naïve  Ünïcödé\u00a0nbsp \r\n\n  - Go to https://example.com/x?y=1 «quoted» 3.5+ years\n"
          "ÆØÅ 東京 😀 emoji\u2028line sep\u200bzero-width don't U.S.A. e-mail A+ C-suite .NET")


def _slow_facts(doc) -> tuple[list, ...]:
    return ([t.text for t in doc], [t.lower_ for t in doc], [t.is_alpha for t in doc], [t.idx for t in doc],
            [t.is_space for t in doc], ["\n" in t.whitespace_ for t in doc])


@pytest.mark.parametrize("name", ["backend-acme.txt", "data-analyst.md", "tricky"])
def test_token_facts_agree_with_the_tokens(name):
    from skillgap.ingest import read_document

    nlp = get_extractor(()).nlp
    text = TRICKY if name == "tricky" else read_document(POSTINGS / name).text
    doc = nlp.make_doc(text)
    assert len(doc) > 20
    assert tuple(token_facts(doc)) == _slow_facts(doc)


def test_fuzzy_window_finds_what_the_whole_list_finds():
    fuzzy = get_extractor(()).nlp.get_pipe("skillgap_fuzzy_matcher")
    compiled = fuzzy.compiled
    checked = 0
    for letter in ("k", "p", "t"):
        choices, owners = compiled.fuzzy[letter]
        # misspelt names of every length: one letter dropped, one doubled, two swapped
        queries = sorted({c[:3] + c[4:] for c in choices[::40]} | {c[:2] + c[2] + c[2:] for c in choices[::40]}
                         | {c[:1] + c[2] + c[1] + c[3:] for c in choices[::40]})
        for edits in (1, 2):
            whole = process.cdist(queries, choices, scorer=OSA.distance, score_cutoff=edits, dtype="uint8")
            for row, query in enumerate(queries):
                window, window_owners = fuzzy._window(letter, len(query), edits)
                best = int(whole[row].argmin())
                if whole[row][best] > edits:
                    assert not window or min(OSA.distance(query, c) for c in window) > edits
                    continue
                part = process.cdist([query], window, scorer=OSA.distance, score_cutoff=edits, dtype="uint8")[0]
                assert (int(part.min()), window_owners[int(part.argmin())]) == (int(whole[row][best]), owners[best])
                checked += 1
    assert checked > 100
