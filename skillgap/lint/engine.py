"""The lint engine: one `LintContext` per file, the selected rules over it, then findings.

A rule is a function from a `LintContext` to `Hit`s (offsets into the document's text and
a message). The engine adds what every finding shares: the code, the severity (after the
user's overrides), the position in the file the user edits (through the reader's source
map for Markdown and LaTeX), the suppressions from inline comments, and the meta rules
about those suppressions (SG901 unused, SG902 invalid). Rules never print and never see
the configuration beyond their own options.

The context rules read is in `context.py`, the findings in `findings.py`, positions in
`locator.py` and suppression comments in `suppress.py`; their names are re-exported here.
"""

import importlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from skillgap.errors import SkillgapError
from skillgap.lint.context import LintContext
from skillgap.lint.findings import FileReport, Finding, Hit, normalise
from skillgap.lint.locator import Locator
from skillgap.lint.registry import Rule, Severity
from skillgap.lint.suppress import filter_suppressed, parse_suppressions, suppression_findings
from skillgap.types import Document

log = logging.getLogger(__name__)


def rule_function(rule: Rule) -> Callable[[LintContext], Iterable[Hit]]:
    module = importlib.import_module(rule.module)
    return getattr(module, rule.function)


@dataclass(frozen=True)
class RuleResults:
    """Findings of some rules over one document, before suppressions: what a forked
    reader computes while the parent builds the spaCy pipeline."""

    codes: frozenset[str]  # the rules that ran
    findings: tuple[Finding, ...]
    error: str = ""
    internal: bool = False  # the error is a bug in skillgap (a rule crashed), not the file


def run_rules(
    document: Document,
    rules: list[Rule],
    *,
    source: str | None = None,
    severity: Callable[[Rule], Severity] | None = None,
    options: dict[str, int] | None = None,
    today: date | None = None,
    extractor: Callable[[], object] | None = None,
) -> RuleResults:
    """Run the (non-meta) `rules` over one document: their findings, unsuppressed."""
    severity = severity or (lambda rule: rule.severity)
    ctx = LintContext(document, source=source, options=options, today=today, extractor=extractor)
    locator = Locator(document, source)
    findings: list[Finding] = []
    crashed: list[str] = []
    ran = []
    for rule in rules:
        if rule.family.value == "meta":
            continue
        ran.append(rule.code)
        try:
            hits = list(rule_function(rule)(ctx))
        except SkillgapError:
            raise  # a taxonomy or input problem: the user's to fix, reported as such
        except Exception as exc:  # noqa: BLE001 - a bug in one rule must not hide the others
            log.info("rule %s failed on %s", rule.code, document.path, exc_info=True)
            crashed.append(f"{rule.code} ({rule.name}): {type(exc).__name__}: {exc}")
            continue
        for hit in hits:
            findings.append(_finding(rule, severity(rule), hit, document, locator))
    error = ""
    if crashed:
        error = (f"internal error in rule{'s' if len(crashed) > 1 else ''} {'; '.join(crashed)} "
                 "(this is a bug in skillgap; run again with -v and report it)")
    return RuleResults(frozenset(ran), tuple(findings), error, internal=bool(crashed))


def lint_document(
    document: Document,
    rules: list[Rule],
    *,
    source: str | None = None,
    severity: Callable[[Rule], Severity] | None = None,
    options: dict[str, int] | None = None,
    today: date | None = None,
    extractor: Callable[[], object] | None = None,
    selected_codes: frozenset[str] | None = None,
    done: RuleResults | None = None,
) -> FileReport:
    """Run `rules` over one document: findings after suppressions, sorted by position.

    `done` holds results already computed for some of the rules (they are not run again).
    `selected_codes` are the codes the run selected for this file; an unused suppression
    is reported only for codes that were selected (default: the codes of `rules`).
    """
    severity = severity or (lambda rule: rule.severity)
    remaining = [rule for rule in rules if done is None or rule.code not in done.codes]
    results = run_rules(document, remaining, source=source, severity=severity, options=options, today=today,
                        extractor=extractor)
    locator = Locator(document, source)
    report = FileReport(document.path, document.format)
    report.error = "; ".join(e for e in (done.error if done else "", results.error) if e)
    report.internal = results.internal or bool(done and done.internal)
    findings = list(done.findings if done else ()) + list(results.findings)
    # suppressions in the source
    fmt = {"markdown": "md", "htm": "html", "xhtml": "html"}.get(document.format, document.format)
    suppressions, bad = parse_suppressions(source, fmt) if source is not None else ([], [])
    kept, report.suppressed = filter_suppressed(findings, suppressions)
    kept += suppression_findings(rules, suppressions, bad, selected_codes=selected_codes, severity=severity,
                                 document=document, locator=locator)
    kept.sort(key=Finding.sort_key)
    report.findings = _dedupe(kept)
    return report


def _finding(rule: Rule, severity: Severity, hit: Hit, document: Document, locator: Locator) -> Finding:
    line, column, end_line, end_column, source_line = locator.locate(hit.start, hit.end)
    context = normalise(document.line_text(hit.start)) if document.lines else ""
    return Finding(rule.code, rule.name, severity, hit.message, document.path, line, column, end_line, end_column,
                   source_line, hit.start, hit.end, hit.suggestion, context)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen = set()
    out = []
    for finding in findings:
        key = (finding.code, finding.line, finding.column, finding.message)
        if key not in seen:
            seen.add(key)
            out.append(finding)
    return out
