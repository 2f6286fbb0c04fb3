"""JUnit XML: one test suite per file, one failing test case per finding (ruff's layout);
a clean file is one passing case, an unreadable one an error."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from skillgap.lint.run import LintRun


def render(run: LintRun, *, color: bool = False) -> str:
    root = ET.Element("testsuites", name="skillgap lint")
    total = failures = errors = 0
    for report in run.reports:
        suite = ET.SubElement(root, "testsuite", name=report.path)
        cases = 0
        if report.error:
            case = ET.SubElement(suite, "testcase", name="read", classname=report.path, file=report.path)
            ET.SubElement(case, "error", message=report.error).text = report.error
            suite.set("errors", "1")
            cases, errors = 1, errors + 1
        elif not report.findings:
            ET.SubElement(suite, "testcase", name="lint", classname=report.path, file=report.path)
            cases = 1
        for f in report.findings:
            case = ET.SubElement(suite, "testcase", name=f"{f.code} {f.name} ({f.line}:{f.column})",
                                 classname=report.path, file=report.path, line=str(f.line))
            failure = ET.SubElement(case, "failure", message=f.message, type=f.severity.value)
            failure.text = f"{f.path}:{f.line}:{f.column}: {f.code} [{f.severity.value}] {f.message}" + (
                f"\nhelp: {f.suggestion}" if f.suggestion else "")
            cases += 1
        suite.set("tests", str(cases))
        suite.set("failures", str(len(report.findings)))
        suite.set("errors", suite.get("errors", "0"))
        suite.set("skipped", "0")
        total += cases
        failures += len(report.findings)
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", str(errors))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
