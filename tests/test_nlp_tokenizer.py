"""skillgap's tokenizer rules on spacy.blank("en") (the `nlp` fixture is in conftest.py)."""

from pathlib import Path

import pytest


@pytest.mark.parametrize(
    "text,tokens",
    [
        ("•Built APIs", ["•", "Built", "APIs"]),
        ("AWS(EC2,S3)", ["AWS", "(", "EC2", ",", "S3", ")"]),
        ("Python3.11 and Go.", ["Python", "3.11", "and", "Go", "."]),
        ("C++, C# and .NET", ["C++", ",", "C#", "and", ".NET"]),
        ("(C#)", ["(", "C#", ")"]),
        ("F#.", ["F#", "."]),
        ("Node.js/React", ["Node.js", "/", "React"]),
        ("TypeScript/Node.js", ["TypeScript", "/", "Node.js"]),
        ("SQL;Postgres", ["SQL", ";", "Postgres"]),
        ("Python,Go", ["Python", ",", "Go"]),
        ("HTML5/CSS3", ["HTML5", "/", "CSS3"]),
        ("k8s", ["k8s"]),
        ("R&D", ["R&D"]),
        ("■ Led team", ["■", "Led", "team"]),
        ("models in Python or R.", ["models", "in", "Python", "or", "R", "."]),
        ("Experience with C.", ["Experience", "with", "C", "."]),
        ("J. R. Smith", ["J", ".", "R", ".", "Smith"]),
        ("U.S. citizens", ["U.S.", "citizens"]),
        ("see https://example.com/a/b now", ["see", "https://example.com/a/b", "now"]),
    ],
)
def test_tokenizer_splits_glued_text(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


# the real postings of the shared dev data, read in place
REAL_POSTINGS = Path(__file__).resolve().parents[2] / "shared" / "resume-dev" / "postings" / "postings.jsonl"


def _with_whitespace_cases(nlp):
    """The same tokenizer with spaCy's special cases for whitespace put back."""
    from spacy.lang.en import English

    from skillgap.nlp.tokenizer import WHITESPACE_CASES

    rules = dict(nlp.tokenizer.rules)
    rules.update({orth: English.Defaults.tokenizer_exceptions[orth] for orth in WHITESPACE_CASES})
    nlp.tokenizer.rules = rules
    return nlp


def _tokens(doc):
    return [(t.text, t.idx, t.whitespace_, t.lower_, t.is_space) for t in doc]


WHITESPACE_TEXTS = [
    "Skills\nPython, Go\n\n  - Docker\t(k8s)\r\n\u2014 don't\u00a0stop  C++\n",
    " \n\t \n  leading and trailing \t\n",
    "one\ntwo\n\nthree \n four\t\tfive   six",
]


def test_dropping_the_whitespace_special_cases_changes_no_token():
    """Without them a line break is still one token, and so is every other run of whitespace."""
    from skillgap.ingest import document_from_text
    from skillgap.nlp.tokenizer import blank_pipeline

    ours, spacys = blank_pipeline(), _with_whitespace_cases(blank_pipeline())
    texts = list(WHITESPACE_TEXTS)
    if REAL_POSTINGS.is_file():  # the real postings, as stored and as a document reads them
        import json

        for line in REAL_POSTINGS.read_text(encoding="utf-8").splitlines()[:150]:
            text = json.loads(line).get("text") or ""
            texts += [text, document_from_text(text).text]
    for text in texts:
        assert _tokens(ours.make_doc(text)) == _tokens(spacys.make_doc(text))
    assert len(texts) > 300 or not REAL_POSTINGS.is_file()
