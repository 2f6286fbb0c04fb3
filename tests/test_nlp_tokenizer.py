"""skillgap's tokenizer rules on spacy.blank("en") (the `nlp` fixture is in conftest.py)."""

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
