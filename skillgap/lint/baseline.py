"""Baselines: findings accepted once, so that only new ones fail the build.

A finding is fingerprinted by its code, its file (relative to the baseline file) and the
normalised text of the line it is on, not by its line number: adding a role at the top
of a résumé does not turn every accepted finding below it into a new one. Identical
fingerprints are counted, so a second identical finding is still new.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path

from skillgap.errors import ConfigError, InputError
from skillgap.lint.engine import FileReport, Finding

VERSION = 1


def relative_path(path: str, base_dir: Path) -> str:
    """`path` relative to the baseline's folder, with forward slashes."""
    try:  # "../resume.md" for a baseline in ci/: the same from any folder, with any spelling
        return Path(os.path.relpath(Path(path).resolve(), base_dir.resolve())).as_posix()
    except (ValueError, OSError):  # another drive (Windows)
        return Path(path).as_posix()


def fingerprint(finding: Finding, base_dir: Path) -> str:
    key = "\0".join((finding.code, relative_path(finding.path, base_dir), finding.context or finding.message))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def load(path: Path) -> Counter[str]:
    """The accepted fingerprints in a baseline file (ConfigError when it is not one)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("baseline file not found", path=str(path),
                          hint="create it with --write-baseline, or check the path") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"cannot read the baseline: {exc}", path=str(path),
                          hint="regenerate it with --write-baseline") from exc
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise ConfigError("not a skillgap lint baseline (version 1)", path=str(path),
                          hint="regenerate it with --write-baseline")
    return Counter(str(item.get("fingerprint")) for item in data["findings"] if isinstance(item, dict))


def apply(reports: list[FileReport], accepted: Counter[str], base_dir: Path) -> None:
    """Drop findings the baseline accepts (each accepted fingerprint absorbs one finding)."""
    remaining = Counter(accepted)
    for report in reports:
        kept = []
        for finding in report.findings:
            key = fingerprint(finding, base_dir)
            if remaining[key] > 0:
                remaining[key] -= 1
                report.baselined += 1
            else:
                kept.append(finding)
        report.findings = kept


def render(reports: list[FileReport], base_dir: Path) -> str:
    findings = []
    for report in reports:
        for finding in report.findings:
            findings.append({
                "fingerprint": fingerprint(finding, base_dir),
                "code": finding.code,
                "path": relative_path(finding.path, base_dir),
                "line": finding.line,  # for people reading the file; matching ignores it
                "message": finding.message,
            })
    findings.sort(key=lambda item: (item["path"], item["line"], item["code"], item["fingerprint"]))
    return json.dumps({"version": VERSION, "tool": "skillgap lint", "findings": findings}, ensure_ascii=False,
                      indent=2) + "\n"


def write(path: Path, reports: list[FileReport]) -> int:
    from skillgap.atomic import write_atomic

    text = render(reports, path.parent)
    try:
        write_atomic(path, text.encode("utf-8"))
    except OSError as exc:
        raise InputError(f"cannot write the baseline: {exc.strerror}", path=str(path),
                         hint="check that the folder exists and is writable") from exc
    return sum(len(r.findings) for r in reports)
