"""Privacy rules: what they catch in contact blocks, and what they leave alone elsewhere."""

from __future__ import annotations

import pytest
from conftest import make_document

from skillgap.lint.config import LintConfig
from skillgap.lint.run import lint_one

HEAD = "# Jo Doe\njo@example.com | +1 555 010 0199\n"


def codes(text, code):
    config = LintConfig(select=(code,))
    return [f.code for f in lint_one(make_document(text, fmt="md"), config, source=text).findings]


@pytest.mark.parametrize(("line", "code"), [
    ("DOB: 01/02/1990", "SG602"),
    ("Born: 12 March 1990", "SG602"),
    ("Age: 34", "SG602"),
    ("Geburtsdatum: 12.03.1990", "SG602"),
    ("Marital status: single", "SG603"),
    ("Married, two children", "SG603"),
    ("221B Baker Street, London", "SG604"),
    ("1234 N. Elm St., Springfield, IL", "SG604"),
    ("Hauptstraße 12, 10115 Berlin", "SG604"),
    ("12 rue de la Paix, Paris", "SG604"),
    ("Apt 4B, Springfield", "SG604"),
    ("Nationality: Irish", "SG605"),
    ("Gender: female", "SG605"),
    ("SSN 123-45-6789", "SG606"),
    ("Passport no: X1234567", "SG606"),
    ("National Insurance number: QQ 12 34 56 C", "SG606"),
])
def test_privacy_catches(line, code):
    assert code in codes(HEAD + line + "\n", code)


@pytest.mark.parametrize(("text", "code"), [
    (HEAD + "Born and raised in Denver\n", "SG602"),
    (HEAD + "## Experience\n### Nurse, General | 2019 – 2021\n- Cared for 2 children per shift on the ward\n",
     "SG603"),
    (HEAD + "Springfield, IL\n", "SG604"),
    (HEAD + "## Experience\n### Driver, Acme | 2019 – 2021\n- Delivered to 120 Main Street stores daily\n", "SG604"),
    (HEAD + "Work authorisation: US citizen\n", "SG605"),
    (HEAD + "## Experience\n### Teacher | 2019 – 2021\n- Taught sex education to 9th grade\n", "SG605"),
    (HEAD + "Call 555-010-0199\n", "SG606"),
    (HEAD + "## Experience\n### Analyst | 2015-2017\n- Filed 2019-03-2020 reports\n", "SG606"),
])
def test_privacy_leaves_alone(text, code):
    assert codes(text, code) == []
