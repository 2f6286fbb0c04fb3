"""Inline suppression comments (Markdown/HTML and LaTeX) and the meta rules about them."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import make_document

from skillgap.lint.config import LintConfig
from skillgap.lint.run import lint_one
from skillgap.lint.suppress import parse_suppressions

ROLE = "## Experience\n### Engineer, Acme | Jan 2019 – Dec 2021\n"


def lint(text, extractor, fmt="md", select=("SG3", "SG9"), ignore=("SG306",)):
    config = LintConfig(select=select, ignore=ignore, today=date(2025, 6, 1))
    return lint_one(make_document(text, fmt=fmt), config, source=text, extractor=lambda: extractor)


def found(report):
    return [(f.code, f.line) for f in report.findings]


def test_suppression_trailing_comment_covers_its_line(mini_extractor):
    report = lint(ROLE + "- Responsible for billing <!-- skillgap: disable=SG301 -->\n- Responsible for QA\n",
                  mini_extractor)
    assert found(report) == [("SG301", 4)]
    assert report.suppressed == 1


def test_suppression_next_line(mini_extractor):
    report = lint(ROLE + "<!-- skillgap: disable-next-line=SG301 -->\n\n- Responsible for billing\n"
                         "- Responsible for QA\n", mini_extractor)
    assert found(report) == [("SG301", 6)]


def test_suppression_block_until_enable(mini_extractor):
    text = (ROLE + "<!-- skillgap: disable=SG301,SG302 -->\n- Responsible for billing\n- Helped with QA\n"
            "<!-- skillgap: enable=SG301,SG302 -->\n- Responsible for support\n")
    assert found(lint(text, mini_extractor)) == [("SG301", 7)]


def test_suppression_by_prefix_and_blanket(mini_extractor):
    assert found(lint(ROLE + "- Responsible for billing <!-- skillgap: disable=SG3 -->\n", mini_extractor)) == []
    assert found(lint(ROLE + "- Responsible for billing <!-- skillgap: disable -->\n", mini_extractor)) == []


def test_suppression_latex_comment(mini_extractor):
    text = ("\\section*{Experience}\n\\textbf{Engineer} \\hfill 2019 -- 2021\n\\begin{itemize}\n"
            "\\item Responsible for billing % skillgap: disable=SG301\n"
            "\\item Responsible for QA\n"
            "\\item Discount of 50\\% skillgap: disable=SG301\n\\end{itemize}\n")
    report = lint(text, mini_extractor, fmt="tex")
    assert found(report) == [("SG301", 5)]
    assert report.suppressed == 1


def test_suppression_may_give_its_reason_after_two_dashes(mini_extractor):
    text = ("\\section*{Experience}\n\\textbf{Engineer} \\hfill 2019 -- 2021\n\\begin{itemize}\n"
            "\\item Responsible for billing % skillgap: disable=SG301 -- the wording the client asked for\n"
            "\\end{itemize}\n")
    report = lint(text, mini_extractor, fmt="tex")
    assert found(report) == [] and report.suppressed == 1  # no SG902 for the reason's words
    md = ROLE + "- Responsible for billing <!-- skillgap: disable=SG301 -- kept on purpose -->\n"
    assert found(lint(md, mini_extractor)) == []


def test_suppression_unused_is_reported(mini_extractor):
    report = lint(ROLE + "- Built billing <!-- skillgap: disable=SG301 -->\n", mini_extractor)
    assert found(report) == [("SG901", 3)]
    assert "SG301" in report.findings[0].message
    assert report.findings[0].column == len("- Built billing ") + 1


def test_suppression_unused_only_for_codes_that_ran(mini_extractor):
    """A comment for a rule that is not selected may still be needed: not reported."""
    report = lint(ROLE + "- Built billing <!-- skillgap: disable=SG501 -->\n", mini_extractor)
    assert found(report) == []
    report = lint(ROLE + "- Built billing <!-- skillgap: disable=SG301 -->\n", mini_extractor,
                  ignore=("SG301", "SG306"))
    assert found(report) == []


def test_suppression_partly_used(mini_extractor):
    report = lint(ROLE + "- Responsible for billing <!-- skillgap: disable=SG301,SG302 -->\n", mini_extractor)
    assert found(report) == [("SG901", 3)]
    assert "SG302" in report.findings[0].message and "SG301" not in report.findings[0].message


@pytest.mark.parametrize("comment", [
    "<!-- skillgap: disable=SG3011 -->",
    "<!-- skillgap: dissable=SG301 -->",
])
def test_suppression_invalid_is_reported(comment, mini_extractor):
    report = lint(ROLE + f"- Responsible for billing {comment}\n", mini_extractor)
    assert ("SG902", 3) in found(report)
    assert ("SG301", 3) in found(report)  # the typo suppressed nothing


def test_suppression_meta_rules_can_be_ignored(mini_extractor):
    report = lint(ROLE + "- Built billing <!-- skillgap: disable=SG301 -->\n", mini_extractor, select=("SG3",))
    assert found(report) == []


def test_suppression_parse_scopes():
    source = ("a\n<!-- skillgap: disable=SG301 -->\nb\n<!-- skillgap: enable -->\n"
              "c <!-- skillgap: disable-line=SG3 -->\n")
    suppressions, bad = parse_suppressions(source, "md")
    assert [(s.codes, s.first, s.last) for s in suppressions] == [(("SG301",), 2, 4), (("SG3",), 5, 5)]
    assert bad == []
    assert parse_suppressions("% skillgap: disable=SG301\n", "tex")[0][0].codes == ("SG301",)
    assert parse_suppressions("50\\% skillgap: disable=SG301\n", "tex") == ([], [])
    assert parse_suppressions("<!-- skillgap: disable=SG301 -->", "pdf") == ([], [])
