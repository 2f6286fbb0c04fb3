"""Lint files end to end: read each one, run the selected rules, apply the baseline.

This is what `skillgap lint` calls; it is also the Python API:

    from skillgap.lint.run import lint_paths
    run = lint_paths(["resume.md"], LintConfig())
    for report in run.reports: ...

An unreadable file becomes an error line in its report (the others are still linted);
the spaCy pipeline is built only when a skill rule first asks for mentions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from skillgap.errors import InputError, SkillgapError, internal_error_line
from skillgap.ingest.ahead import ForkedMap, can_fork
from skillgap.ingest.limits import DEFAULT_LIMITS, Limits
from skillgap.lint.config import LintConfig
from skillgap.lint.engine import FileReport, RuleResults, lint_document, run_rules
from skillgap.lint.registry import Family, Severity
from skillgap.types import Document, Layout

log = logging.getLogger(__name__)
_TEXT_FORMATS = {".md": "md", ".markdown": "md", ".txt": "txt", ".text": "txt", "": "txt", ".tex": "tex",
                 ".json": "json", ".html": "html", ".htm": "html", ".xhtml": "html"}


@dataclass
class LintRun:
    reports: list[FileReport] = field(default_factory=list)

    @property
    def findings(self):
        return [finding for report in self.reports for finding in report.findings]

    @property
    def errors(self) -> list[str]:
        return [report.error for report in self.reports if report.error]

    @property
    def internal(self) -> bool:
        """Whether any error is a bug in skillgap (exit 3) rather than a problem with a file."""
        return any(report.internal for report in self.reports)

    def count_at_least(self, severity: Severity) -> int:
        return sum(1 for finding in self.findings if finding.severity.rank >= severity.rank)


def read_source(path: Path) -> str | None:
    """The text of a text-format file as the user edits it (for positions and comments)."""
    kind = _TEXT_FORMATS.get(path.suffix.lower())
    if kind is None:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        if kind == "json":
            return data.decode("utf-8-sig")
        if kind == "html":
            from skillgap.ingest.html import decode_html

            return decode_html(data)
        from skillgap.ingest.text import decode_bytes

        return decode_bytes(data, str(path))
    except (InputError, UnicodeDecodeError):
        return None


def load_document(path: Path, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a file for linting: a PDF without any text is a finding (SG101), not an error."""
    from skillgap.ingest import read_document

    try:
        return read_document(path, limits=limits)
    except InputError as exc:
        if path.suffix.lower() == ".pdf" and ("text layer" in exc.problem or exc.problem.startswith("no text")):
            return Document(str(path), "pdf", "", (), layout=Layout(has_text_layer=False))
        raise


def lint_paths(
    paths: Iterable[str | Path],
    config: LintConfig,
    *,
    taxonomy: tuple[str, ...] = (),
    limits: Limits = DEFAULT_LIMITS,
    extractor: Callable[[], object] | None = None,
    parallel: bool = False,
    cache: bool = False,
) -> LintRun:
    """Lint every file; unreadable ones get an `error` in their report.

    With `cache`, the skill rules' findings for an unchanged file come from the lint
    cache (`cache.py`) and the spaCy pipeline is not built at all. With `parallel`, when
    the pipeline is needed, a forked child reads the files and runs every other rule
    while this process builds it: on two cores, parsing a PDF then costs no wall-clock
    time (a cold start matters in CI and in pre-commit hooks). Results are the same
    either way.
    """
    paths = [Path(raw) for raw in paths]
    run = LintRun()
    extractor = extractor or _lazy_extractor(taxonomy)
    skill_cache = None
    if cache:
        from skillgap.lint.cache import SkillCache, environment_key

        skill_cache = SkillCache(environment_key(taxonomy, _skill_signature(config)))
    plans = []
    for path in paths:
        codes = tuple(rule.code for rule in config.rules_for(path) if rule.family is Family.SKILLS)
        key = skill_cache.key(path, codes) if skill_cache is not None and codes else None
        plans.append((path, key, skill_cache.get(key) if skill_cache is not None else None, bool(codes)))
    needs_pipeline = any(has_skills and cached is None and path.is_file() for path, _, cached, has_skills in plans)
    child = None
    if parallel and needs_pipeline and can_fork(only_when_idle=True):
        child = ForkedMap.start(partial(_prepare, limits=limits, config=config), paths)
    if child is not None:
        try:
            extractor()  # built while the child parses
        except BaseException:
            child.close()
            raise
    try:
        for path, key, cached, _ in plans:
            prepared = child.next() if child is not None else None
            if prepared is None:
                prepared = _prepare(path, limits)
            if prepared[0] != "ok":
                run.reports.append(FileReport(str(path), error=prepared[1], internal=prepared[0] == "internal"))
                continue
            _, document, source, done = prepared
            skill_rules = [rule for rule in _rules_for(document, config) if rule.family is Family.SKILLS]
            if skill_rules:
                if cached is None:
                    cached = run_rules(document, skill_rules, source=source, severity=config.severity_of,
                                       options=config.options, today=config.today, extractor=extractor)
                    if skill_cache is not None:
                        skill_cache.put(key, cached)
                done = cached if done is None else RuleResults(
                    done.codes | cached.codes, done.findings + cached.findings,
                    "; ".join(e for e in (done.error, cached.error) if e), done.internal or cached.internal)
            run.reports.append(lint_one(document, config, source=source, extractor=extractor, done=done))
    finally:
        if child is not None:
            child.close()
    return run


def _skill_signature(config: LintConfig) -> str:
    """What of the configuration the skill rules' findings depend on."""
    from skillgap.lint.registry import RULES

    levels = ",".join(f"{rule.code}={config.severity_of(rule).value}" for rule in RULES
                      if rule.family is Family.SKILLS)
    return levels + ";" + ",".join(f"{k}={v}" for k, v in sorted(config.options.items()))


def _prepare(path: Path, limits: Limits, config: LintConfig | None = None) -> tuple:
    """("ok", Document, source, RuleResults | None) or ("error", one line). With a
    `config`, the rules that need no spaCy pipeline are run too."""
    try:
        document = load_document(path, limits)
    except SkillgapError as exc:
        return ("error", exc.one_line())
    except Exception as exc:
        log.info("reading %s failed", path, exc_info=True)
        return ("internal", f"{path}: {internal_error_line(exc)}")
    source = read_source(path)
    done = None
    if config is not None:
        rules = [rule for rule in _rules_for(document, config) if rule.family not in (Family.SKILLS, Family.META)]
        try:
            done = run_rules(document, rules, source=source, severity=config.severity_of, options=config.options,
                             today=config.today)
        except SkillgapError:
            done = None  # the parent runs them again and reports the error itself
    return ("ok", document, source, done)


def _rules_for(document: Document, config: LintConfig) -> list:
    rules = config.rules_for(document.path)
    if not document.text.strip():
        rules = [rule for rule in rules if rule.code == "SG101"]
    return rules


def lint_one(document: Document, config: LintConfig, *, source: str | None = None,
             extractor: Callable[[], object] | None = None, done: RuleResults | None = None) -> FileReport:
    """Lint one Document already read (tests and the Python API use this directly)."""
    return lint_document(document, _rules_for(document, config), source=source, severity=config.severity_of,
                         options=config.options, today=config.today, extractor=extractor, done=done)


def _lazy_extractor(taxonomy: tuple[str, ...]) -> Callable[[], object]:
    built: list[object] = []

    def get():
        if not built:
            from skillgap.pipeline import get_extractor

            built.append(get_extractor(tuple(str(t) for t in taxonomy)))
        return built[0]

    return get
