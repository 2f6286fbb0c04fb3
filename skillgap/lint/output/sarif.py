"""SARIF 2.1.0 (OASIS), the format GitHub code scanning and SARIF viewers read.

One run, the full rule table in `tool.driver.rules` (so a viewer can show every rule's
documentation), one result per finding with its region and a stable partial fingerprint.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePath
from urllib.parse import quote

from skillgap import __version__
from skillgap.lint.registry import RULES, explain
from skillgap.lint.run import LintRun

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> tuple[str, str | None]:
    pure = PurePath(path)
    if pure.is_absolute():
        return Path(path).as_uri(), None
    return quote(pure.as_posix()), "%SRCROOT%"


def _rule(rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.what},
        "help": {"text": f"{rule.what}\n\n{rule.why}", "markdown": explain(rule)},
        "defaultConfiguration": {"level": _LEVEL[rule.severity.value], "enabled": rule.enabled},
        "properties": {"tags": [rule.family.value], "family": rule.family.value},
    }


def render(run: LintRun, *, color: bool = False) -> str:
    from skillgap.lint.baseline import fingerprint

    index = {rule.code: i for i, rule in enumerate(RULES)}
    results = []
    for f in run.findings:
        uri, base = _uri(f.path)
        location = {"uri": uri}
        if base:
            location["uriBaseId"] = base
        region = {"startLine": f.line, "startColumn": f.column, "endLine": max(f.end_line, f.line),
                  "endColumn": max(f.end_column, f.column + 1 if f.end_line == f.line else 1)}
        if f.source_line.strip():
            region["snippet"] = {"text": f.source_line}
        result = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _LEVEL[f.severity.value],
            "message": {"text": f.message + (f" ({f.suggestion})" if f.suggestion else "")},
            "locations": [{"physicalLocation": {"artifactLocation": location, "region": region}}],
            "partialFingerprints": {"skillgap/v1": fingerprint(f, Path.cwd())},
        }
        results.append(result)
    notifications = [{"level": "error", "message": {"text": report.error},
                      "locations": [{"physicalLocation": {"artifactLocation": dict(
                          zip(("uri", "uriBaseId"), _uri(report.path), strict=False))}}]}
                     for report in run.reports if report.error]
    for note in notifications:  # drop a None uriBaseId (absolute paths)
        artifact = note["locations"][0]["physicalLocation"]["artifactLocation"]
        if artifact.get("uriBaseId") is None:
            artifact.pop("uriBaseId", None)
    invocation = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "skillgap",
                "fullName": "skillgap lint",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule(rule) for rule in RULES],
            }},
            "invocations": [invocation],
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
