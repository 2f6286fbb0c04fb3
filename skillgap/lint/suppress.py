"""Suppression comments (`<!-- skillgap: disable=SG301 -->`, `% skillgap: ...`): parsing
them, dropping the findings they cover, and the meta findings about them (SG901 unused,
SG902 invalid)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from skillgap.ingest.text import split_source_lines
from skillgap.lint.findings import Finding, normalise
from skillgap.lint.locator import Locator
from skillgap.lint.registry import Rule, Severity, is_valid_selector
from skillgap.types import Document

_DIRECTIVE = {
    "md": re.compile(r"<!--\s*skillgap\s*:(?P<body>.*?)-->", re.IGNORECASE),
    "html": re.compile(r"<!--\s*skillgap\s*:(?P<body>.*?)-->", re.IGNORECASE),
    "tex": re.compile(r"(?<!\\)%+\s*skillgap\s*:(?P<body>.*)$", re.IGNORECASE),
}
_DIRECTIVE["txt"] = _DIRECTIVE["md"]
_BODY = re.compile(
    r"^\s*(?P<action>disable-next-line|disable-line|disable|enable)\s*(?:[=\s]\s*(?P<codes>[A-Za-z0-9_,\s-]*?))?\s*$",
    re.IGNORECASE,
)
_REASON = re.compile(r"\s--\s")  # what follows is the author's reason, not codes
_COMMENT_ONLY = {
    "md": re.compile(r"^\s*(?:<!--.*?-->\s*)+$"),
    "html": re.compile(r"^\s*(?:<!--.*?-->\s*)+$"),
    "tex": re.compile(r"^\s*%"),
}
_COMMENT_ONLY["txt"] = _COMMENT_ONLY["md"]


@dataclass
class Suppression:
    line: int  # where the comment is (1-based)
    column: int
    codes: tuple[str, ...]  # selectors; () means every rule
    first: int  # the source lines it covers, inclusive
    last: int
    text: str
    used: set[str] = field(default_factory=set)

    def covers(self, finding: Finding) -> str | None:
        """The selector that suppresses `finding`, or None."""
        if not self.first <= finding.line <= self.last:
            return None
        if not self.codes:
            return "*"
        for selector in self.codes:
            if finding.code.startswith(selector):
                return selector
        return None


@dataclass(frozen=True)
class BadDirective:
    line: int
    column: int
    text: str
    message: str


def parse_suppressions(source: str, fmt: str) -> tuple[list[Suppression], list[BadDirective]]:
    """Suppression comments in a text source, with the lines each one covers."""
    pattern = _DIRECTIVE.get(fmt)
    if pattern is None:
        return [], []
    lines = split_source_lines(source)
    found: list[Suppression] = []
    bad: list[BadDirective] = []
    open_blocks: list[Suppression] = []
    for number, raw in enumerate(lines, start=1):
        for match in pattern.finditer(raw):
            body = _REASON.split(match.group("body"), 1)[0]  # "disable=SG302 -- why", as ESLint
            column = match.start() + 1
            parsed = _BODY.match(body)
            if parsed is None:
                bad.append(BadDirective(number, column, match.group(0),
                                        f"cannot read the suppression comment '{match.group(0).strip()}' "
                                        "(use 'skillgap: disable=CODE[,CODE]', 'disable-next-line=CODE' "
                                        "or 'enable=CODE')"))
                continue
            action = parsed.group("action").lower()
            codes: list[str] = []
            for selector in re.split(r"[\s,]+", (parsed.group("codes") or "").strip()):
                if not selector:
                    continue
                if is_valid_selector(selector):
                    codes.append(selector.upper())
                else:
                    bad.append(BadDirective(number, column, match.group(0),
                                            f"unknown rule code '{selector}' in suppression comment"))
            if parsed.group("codes") and not codes:
                continue  # only unknown codes: suppressing everything would be a surprise
            comment_only = bool(_COMMENT_ONLY[fmt].match(raw)) if fmt != "tex" else not raw[: match.start()].strip()
            if action == "enable":
                for block in open_blocks[:]:
                    if not codes or set(codes) & set(block.codes) or not block.codes:
                        block.last = number
                        open_blocks.remove(block)
                continue
            if action == "disable-next-line":
                target = next((n for n in range(number + 1, len(lines) + 1) if lines[n - 1].strip()), number + 1)
                found.append(Suppression(number, column, tuple(codes), target, target, match.group(0)))
            elif action == "disable-line" or not comment_only:
                found.append(Suppression(number, column, tuple(codes), number, number, match.group(0)))
            else:
                block = Suppression(number, column, tuple(codes), number, len(lines) + 1, match.group(0))
                found.append(block)
                open_blocks.append(block)
    return found, bad


def filter_suppressed(findings: list[Finding], suppressions: list[Suppression]) -> tuple[list[Finding], int]:
    """The findings no suppression covers, and how many were suppressed (marking the
    selectors that were used)."""
    suppressed = 0
    kept: list[Finding] = []
    for finding in findings:
        covering = [(s, s.covers(finding)) for s in suppressions]
        covering = [(s, selector) for s, selector in covering if selector]
        if covering:
            for suppression, selector in covering:
                suppression.used.add(selector)
            suppressed += 1
        else:
            kept.append(finding)
    return kept, suppressed


def suppression_findings(
    rules: list[Rule],
    suppressions: list[Suppression],
    bad: list[BadDirective],
    *,
    selected_codes: frozenset[str] | None,
    severity: Callable[[Rule], Severity],
    document: Document,
    locator: Locator,
) -> list[Finding]:
    """SG901 (unused suppression) and SG902 (invalid suppression) findings, when selected."""
    meta = {rule.code: rule for rule in rules if rule.family.value == "meta"}
    kept: list[Finding] = []
    if "SG901" in meta:
        rule = meta["SG901"]
        ran = {r.code for r in rules}
        selected = selected_codes if selected_codes is not None else frozenset(ran)
        for suppression in suppressions:
            unused = _unused(suppression, selected)
            if unused:
                where = (f"line {suppression.first}" if suppression.first == suppression.last
                         else f"lines {suppression.first}-{min(suppression.last, len(locator.source_lines or []))}")
                if suppression.codes:
                    message = f"unused suppression: no finding of {', '.join(unused)} on {where}"
                else:
                    message = f"unused suppression: nothing to suppress on {where}"
                kept.append(_meta_finding(rule, severity(rule), document, suppression.line, suppression.column,
                                          suppression.text, message, "remove the comment", locator))
    if "SG902" in meta:
        rule = meta["SG902"]
        for directive in bad:
            kept.append(_meta_finding(rule, severity(rule), document, directive.line, directive.column,
                                      directive.text, directive.message,
                                      "use 'skillgap: disable=SG301' with codes from `skillgap lint --list-rules`",
                                      locator))
    return kept


def _unused(suppression: Suppression, selected: frozenset[str]) -> list[str]:
    if not suppression.codes:
        return [] if suppression.used else ["*"]
    unused = []
    for selector in suppression.codes:
        if selector in suppression.used:
            continue
        if not any(code.startswith(selector) for code in selected):
            continue  # not selected in this run: cannot tell whether it is needed
        unused.append(selector)
    return unused


def _meta_finding(rule: Rule, severity: Severity, document: Document, line: int, column: int, text: str,
                  message: str, suggestion: str, locator: Locator) -> Finding:
    lines = locator.source_lines or []
    source_line = lines[line - 1] if 1 <= line <= len(lines) else text
    return Finding(rule.code, rule.name, severity, message, document.path, line, column, line,
                   column + len(text), source_line, 0, 0, suggestion, normalise(source_line))

