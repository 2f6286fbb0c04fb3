"""The rule table keeps itself honest: every rule documented, every example true.

Like proselint's `tests/test_check_examples.py`: a rule without examples, or whose
examples do not fail and pass as they claim, fails here.
"""

from __future__ import annotations

import importlib
import re

import pytest
from conftest import ROOT

from skillgap.lint import registry
from skillgap.lint.config import LintConfig
from skillgap.lint.examples import example_document
from skillgap.lint.registry import RULES, Family, Severity
from skillgap.lint.run import lint_one

EXAMPLES = [
    pytest.param(rule, kind, index, example, id=f"{rule.code}-{kind}-{index}")
    for rule in RULES
    for kind, examples in (("fails", rule.fails), ("passes", rule.passes))
    for index, example in enumerate(examples)
]


def _lint_example(rule, example, extractor):
    document = example_document(example)
    select = ("ALL",) if rule.family is Family.META else (rule.code,)
    config = LintConfig(select=select, options=example.options)
    source = example.text if example.layout.get("format", example.fmt) == example.fmt else None
    return lint_one(document, config, source=source, extractor=lambda: extractor)


@pytest.mark.parametrize(("rule", "kind", "index", "example"), EXAMPLES)
def test_registry_examples_fail_and_pass(rule, kind, index, example, mini_extractor):
    report = _lint_example(rule, example, mini_extractor)
    assert not report.error
    hits = [f for f in report.findings if f.code == rule.code]
    if kind == "fails":
        assert hits, f"{rule.code} should report on:\n{example.text}"
    else:
        assert not hits, f"{rule.code} should not report on:\n{example.text}\nbut said {[h.message for h in hits]}"


def test_registry_has_at_least_30_rules_in_every_family():
    assert len(RULES) >= 30
    families = registry.rules_by_family()
    assert all(families[family] for family in Family)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_registry_rule_is_complete(rule):
    assert re.fullmatch(r"SG\d{3}", rule.code)
    assert rule.code.startswith(rule.family.prefix)
    assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.name), "names are kebab-case and read as 'allow <name>'"
    for section in (rule.summary, rule.what, rule.why):
        assert section.strip() and section.strip()[-1] in ".)?", f"{rule.code}: sentences end with a full stop"
    assert rule.fails and rule.passes, f"{rule.code} needs examples that fail and pass"
    assert isinstance(rule.severity, Severity)
    module = importlib.import_module(rule.module)
    assert callable(getattr(module, rule.function)), f"{rule.module}.{rule.function} is missing"
    for option in rule.options:
        assert option.help and option.name in registry.OPTIONS
    if not rule.enabled:
        assert rule.family is Family.PRIVACY, "only privacy rules are off by default"


def test_registry_codes_and_names_are_unique():
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)
    assert [r.code for r in RULES] == sorted(r.code for r in RULES)


def test_registry_presets_turn_on_privacy_rules():
    assert set(registry.PRESETS["us"]) >= {"SG601", "SG602", "SG603", "SG604", "SG605"}
    assert "SG601" not in registry.PRESETS["eu"]
    assert registry.get_rule("SG606").enabled  # identity numbers are flagged everywhere


@pytest.mark.parametrize(("selector", "expected"), [
    ("SG3", "SG301"), ("sg30", "SG301"), ("SG301", "SG301"), ("ALL", "SG101"),
])
def test_registry_matching_by_prefix(selector, expected):
    assert expected in {rule.code for rule in registry.matching(selector)}


def test_registry_explain_has_the_four_sections():
    text = registry.explain(registry.get_rule("duty-opener"))
    for heading in ("### What it does", "### Why is this bad?", "### Example", "### Use instead"):
        assert heading in text


def test_docs_lint_rules_md_matches_the_registry():
    """docs/lint-rules.md is generated: regenerate it with
    `python -m skillgap.lint.registry --markdown > docs/lint-rules.md`."""
    path = ROOT / "docs" / "lint-rules.md"
    assert path.read_text(encoding="utf-8") == registry.markdown_reference()


def test_readme_rule_table_matches_the_registry():
    """README.md keeps a copy of the rule table between the lint-rules markers."""
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.exists() else ""
    assert registry.TABLE_START in text and registry.TABLE_END in text, "README.md lost its lint-rules markers"
    inside = text.split(registry.TABLE_START, 1)[1].split(registry.TABLE_END, 1)[0]
    assert inside.strip() == registry.rule_table().strip(), (
        "README's rule table drifted: paste `python -m skillgap.lint.registry --table` between the markers")


def test_registry_module_prints_markdown(capsys):
    assert registry.main(["--markdown"]) == 0
    assert capsys.readouterr().out == registry.markdown_reference()
    assert registry.main(["--bogus"]) == 2


def test_pre_commit_hook_is_declared():
    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "skillgap-lint")
    assert hook["entry"] == "skillgap lint" and hook["language"] == "python"
    assert re.search(hook["files"], "cv/Jane-Doe-Resume.pdf") and not re.search(hook["files"], "package.json")


def test_lint_docs_cover_every_format_and_option():
    from skillgap.lint.config import FORMATS, KNOWN_KEYS

    text = (ROOT / "docs" / "lint.md").read_text(encoding="utf-8")
    for fmt in FORMATS:
        assert f"`{fmt}`" in text
    for key in KNOWN_KEYS:
        if key != "extend-ignore":
            assert key in text, key
