"""The cache of skill findings: a second run on an unchanged file needs no pipeline."""

from __future__ import annotations

import shutil
from datetime import date

from conftest import FIXTURES

from skillgap.lint.config import LintConfig
from skillgap.lint.registry import Severity
from skillgap.lint.run import lint_paths

CONFIG = LintConfig(today=date(2025, 6, 1))


def test_cache_skips_the_pipeline_for_unchanged_files(tmp_path, monkeypatch, mini_extractor):
    monkeypatch.setenv("SKILLGAP_CACHE_DIR", str(tmp_path / "cache"))
    resume = tmp_path / "flawed.md"
    shutil.copy(FIXTURES / "lint" / "flawed.md", resume)
    built = []

    def extractor():
        built.append(1)
        return mini_extractor

    first = lint_paths([resume], CONFIG, extractor=extractor, cache=True)
    assert built
    assert first.reports[0].suppressed > 0  # flawed.md suppresses SG5 findings: they were computed
    built.clear()
    second = lint_paths([resume], CONFIG, extractor=extractor, cache=True)
    assert not built
    assert second.reports[0].findings == first.reports[0].findings
    assert second.reports[0].suppressed == first.reports[0].suppressed

    resume.write_text(resume.read_text(encoding="utf-8").replace("Javascript", "Javascript, Github"), encoding="utf-8")
    lint_paths([resume], CONFIG, extractor=extractor, cache=True)
    assert built  # the file changed: a miss


def test_cache_depends_on_the_skill_rules_configuration(tmp_path, monkeypatch, mini_extractor):
    monkeypatch.setenv("SKILLGAP_CACHE_DIR", str(tmp_path / "cache"))
    resume = tmp_path / "r.md"
    resume.write_text("## Skills\nJavascript, Python\n", encoding="utf-8")
    warn = lint_paths([resume], CONFIG, extractor=lambda: mini_extractor, cache=True)
    error = LintConfig(severity=(("SG502", Severity.ERROR),))
    as_error = lint_paths([resume], error, extractor=lambda: mini_extractor, cache=True)
    level = {f.code: f.severity.value for f in warn.findings}
    assert level["SG502"] == "warning"
    assert {f.code: f.severity.value for f in as_error.findings}["SG502"] == "error"


def test_cache_corrupt_entries_are_misses(tmp_path, monkeypatch, mini_extractor):
    monkeypatch.setenv("SKILLGAP_CACHE_DIR", str(tmp_path / "cache"))
    resume = tmp_path / "r.md"
    resume.write_text("## Skills\nJavascript\n", encoding="utf-8")
    first = lint_paths([resume], CONFIG, extractor=lambda: mini_extractor, cache=True)
    for entry in (tmp_path / "cache" / "lint").iterdir():
        entry.write_bytes(b"garbage")
    again = lint_paths([resume], CONFIG, extractor=lambda: mini_extractor, cache=True)
    assert again.reports[0].findings == first.reports[0].findings
