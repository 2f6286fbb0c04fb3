"""[tool.skillgap.lint]: selection by code and prefix, per-file ignores, severities,
options and presets; unknown keys are errors that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from skillgap.errors import ConfigError
from skillgap.lint.config import LintConfig, from_table
from skillgap.lint.registry import RULES, Severity, get_rule


def selected(config: LintConfig) -> set[str]:
    return {rule.code for rule in config.selected()}


def test_config_default_selection_is_every_rule_on_by_default():
    assert selected(LintConfig()) == {rule.code for rule in RULES if rule.enabled}
    assert "SG601" not in selected(LintConfig())


@pytest.mark.parametrize(("table", "present", "absent"), [
    ({"select": ["SG3"]}, {"SG301", "SG310"}, {"SG101", "SG201"}),
    ({"select": ["SG30"]}, {"SG301", "SG309"}, {"SG310"}),
    ({"ignore": ["SG3"]}, {"SG101"}, {"SG301"}),
    ({"select": ["SG3"], "ignore": ["SG301"]}, {"SG302"}, {"SG301"}),
    ({"select": ["SG301"], "ignore": ["SG3"]}, {"SG301"}, {"SG302"}),  # the more specific selector wins
    ({"extend-select": ["SG6"]}, {"SG101", "SG601"}, set()),
    ({"select": ["ALL"]}, {"SG101", "SG601", "SG901"}, set()),
    ({"preset": "eu"}, {"SG602", "SG605"}, {"SG601"}),
    ({"preset": "us"}, {"SG601", "SG604"}, set()),
    ({"preset": "us", "ignore": ["SG601"]}, {"SG602"}, {"SG601"}),
    ({"select": "SG1, SG2"}, {"SG101", "SG201"}, {"SG301"}),
])
def test_config_selection(table, present, absent):
    chosen = selected(from_table(table))
    assert present <= chosen
    assert not absent & chosen


def test_config_per_file_ignores_use_globs_relative_to_the_config(tmp_path):
    config = from_table({"per-file-ignores": {"old/*.pdf": ["SG1"], "cv-academic.pdf": ["SG108"]}},
                        tmp_path / "pyproject.toml")
    assert "SG101" not in {r.code for r in config.rules_for(tmp_path / "old" / "2019.pdf")}
    assert "SG108" not in {r.code for r in config.rules_for("elsewhere/cv-academic.pdf")}
    assert "SG108" in {r.code for r in config.rules_for(tmp_path / "resume.pdf")}


def test_config_severity_overrides_most_specific_wins():
    config = from_table({"severity": {"SG3": "info", "SG301": "error"}})
    assert config.severity_of(get_rule("SG301")) is Severity.ERROR
    assert config.severity_of(get_rule("SG302")) is Severity.INFO
    assert config.severity_of(get_rule("SG101")) is Severity.ERROR


def test_config_options_and_underscores():
    config = from_table({"max-pages": 3, "max_bullet_words": 30, "gap-months": 12, "fail-on": "error"})
    assert config.options == {"max-pages": 3, "max-bullet-words": 30, "gap-months": 12}
    assert config.fail_on is Severity.ERROR


def test_config_baseline_is_relative_to_the_config_file(tmp_path):
    config = from_table({"baseline": "lint-baseline.json"}, tmp_path / ".skillgap.toml")
    assert Path(config.baseline) == tmp_path / "lint-baseline.json"


@pytest.mark.parametrize(("table", "named"), [
    ({"selct": ["SG3"]}, "selct"),
    ({"select": ["SG999"]}, "SG999"),
    ({"select": ["XX1"]}, "XX1"),
    ({"ignore": [3]}, "ignore"),
    ({"severity": {"SG301": "fatal"}}, "fatal"),
    ({"severity": {"SG777": "error"}}, "SG777"),
    ({"max-pages": "two"}, "max-pages"),
    ({"max-pages": True}, "max-pages"),
    ({"preset": "mars"}, "mars"),
    ({"per-file-ignores": ["x"]}, "per-file-ignores"),
    ({"per-file-ignores": {"*.pdf": ["SG0"]}}, "SG0"),
    ({"format": "xml"}, "xml"),
    ({"fail-on": "never"}, "never"),
])
def test_config_errors_name_the_key(table, named):
    with pytest.raises(ConfigError) as caught:
        from_table(table, Path("pyproject.toml"))
    assert named in str(caught.value)
    assert caught.value.exit_code == 2


def test_config_override_keeps_unset_values():
    config = from_table({"select": ["SG3"], "preset": "eu"})
    changed = config.override(select=None, preset="us", fail_on=Severity.INFO)
    assert changed.select == ("SG3",) and changed.preset == "us" and changed.fail_on is Severity.INFO
