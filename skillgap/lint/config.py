"""`[tool.skillgap.lint]` (or `[lint]` in `.skillgap.toml`): which rules run, how loud.

    [tool.skillgap.lint]
    select = ["SG1", "SG2", "SG3"]      # codes or prefixes; default: every rule that is on by default
    extend-select = ["SG6"]             # add to the selection
    ignore = ["SG306"]                  # remove from it (the more specific selector wins)
    preset = "us"                       # privacy preset: "eu" or "us"
    fail-on = "warning"                 # lowest severity that makes the exit code 1
    max-pages = 2                       # rule options (see `skillgap lint --explain CODE`)
    max-bullet-words = 40
    gap-months = 6

    [tool.skillgap.lint.per-file-ignores]
    "cv-academic.pdf" = ["SG108"]
    "drafts/*" = ["SG3"]

    [tool.skillgap.lint.severity]
    SG301 = "error"
    SG5 = "info"

Unknown keys are errors that name the key: a typo must not silently lint with defaults.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path, PurePath
from typing import Any

from skillgap.errors import ConfigError
from skillgap.lint.registry import OPTIONS, PRESETS, RULES, Rule, Severity, is_valid_selector

FORMATS = ("text", "concise", "json", "sarif", "github", "junit")
_KEYS = ("select", "extend-select", "ignore", "extend-ignore", "per-file-ignores", "severity", "preset", "fail-on",
         "format", "baseline")
KNOWN_KEYS = _KEYS + tuple(OPTIONS)


@dataclass(frozen=True)
class LintConfig:
    select: tuple[str, ...] | None = None  # None: the rules that are on by default
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    options: dict[str, int] = field(default_factory=dict)
    preset: str | None = None
    fail_on: Severity = Severity.WARNING
    format: str | None = None
    baseline: str | None = None
    base_dir: Path | None = None  # the config file's folder: per-file-ignores and baseline are relative to it
    today: date | None = None  # for tests: "now" for future dates and current roles

    # --- selection
    def selected(self) -> list[Rule]:
        """Rules selected before per-file ignores, in registry order."""
        selectors = list(self.select or ()) + list(self.extend_select)
        preset_codes = PRESETS.get(self.preset or "", ())
        out = []
        for rule in RULES:
            chosen = _specificity(rule.code, selectors)
            if rule.code in preset_codes:
                chosen = max(chosen, len(rule.code))
            if self.select is None and rule.enabled:
                chosen = max(chosen, 0)
            ignored = _specificity(rule.code, self.ignore)
            if chosen >= 0 and chosen > ignored:
                out.append(rule)
        return out

    def rules_for(self, path: str | Path) -> list[Rule]:
        ignored = self.ignored_for(path)
        return [rule for rule in self.selected() if not any(rule.code.startswith(s) for s in ignored)]

    def ignored_for(self, path: str | Path) -> tuple[str, ...]:
        """Selectors that per-file-ignores apply to `path`."""
        if not self.per_file_ignores:
            return ()
        candidates = _path_forms(path, self.base_dir)
        out: list[str] = []
        for pattern, codes in self.per_file_ignores:
            if any(fnmatch.fnmatchcase(form, pattern) for form in candidates):
                out.extend(codes)
        return tuple(out)

    def severity_of(self, rule: Rule) -> Severity:
        best, level = -1, rule.severity
        for selector, severity in self.severity:
            if rule.code.startswith(selector) and len(selector) > best:
                best, level = len(selector), severity
        return level

    def override(self, **changes: Any) -> LintConfig:
        """A copy with command-line values applied (None leaves a value as configured)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _specificity(code: str, selectors: Iterable[str]) -> int:
    """Length of the longest selector matching `code` (ALL counts 0), -1 when none does."""
    best = -1
    for selector in selectors:
        if selector == "ALL":
            best = max(best, 0)
        elif code.startswith(selector):
            best = max(best, len(selector))
    return best


def _path_forms(path: str | Path, base: Path | None) -> list[str]:
    """The path as written, relative to the config's folder, and its file name."""
    pure = PurePath(path)
    forms = [pure.as_posix(), pure.name]
    try:
        absolute = Path(path).resolve()
        forms.append(absolute.as_posix())
        if base is not None:
            forms.append(absolute.relative_to(base.resolve()).as_posix())
    except (OSError, ValueError):
        pass
    return forms


# --- reading the table ----------------------------------------------------------------------------


def parse_selectors(values: Any, key: str, where: str | None) -> tuple[str, ...]:
    """Codes or prefixes from a list (or a comma-separated string), validated."""
    if isinstance(values, str):
        values = [v for v in values.replace(",", " ").split()]
    if not isinstance(values, (list, tuple)) or not all(isinstance(v, str) for v in values):
        raise ConfigError(f"'{key}' must be a list of rule codes", path=where, hint='e.g. ["SG3", "SG401"]')
    out = []
    for value in values:
        selector = value.strip().upper()
        if not selector:
            continue
        if not is_valid_selector(selector):
            raise ConfigError(f"unknown rule code or prefix '{value}' in '{key}'", path=where,
                              hint="see `skillgap lint --list-rules`")
        out.append(selector)
    return tuple(out)


def parse_severity(value: Any, key: str, where: str | None) -> Severity:
    try:
        return Severity(str(value).lower())
    except ValueError:
        raise ConfigError(f"'{key}' must be one of info, warning, error (got {value!r})", path=where) from None


def from_table(table: Any, path: Path | None = None) -> LintConfig:
    """A LintConfig from the `lint` table of the config file, strictly validated."""
    where = str(path) if path else None
    values = _known_values(table, path)
    preset = values.get("preset")
    if preset is not None and preset not in PRESETS:
        raise ConfigError(f"unknown preset {preset!r}", path=where, hint=f"use one of {', '.join(PRESETS)}")
    fmt = values.get("format")
    if fmt is not None and fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}", path=where, hint=f"use one of {', '.join(FORMATS)}")
    baseline = values.get("baseline")
    if baseline is not None and not isinstance(baseline, str):
        raise ConfigError("'baseline' must be a path", path=where)
    select = parse_selectors(values["select"], "select", where) if "select" in values else None
    return LintConfig(
        select=select,
        extend_select=parse_selectors(values.get("extend-select", ()), "extend-select", where),
        ignore=parse_selectors(values.get("ignore", ()), "ignore", where)
        + parse_selectors(values.get("extend-ignore", ()), "extend-ignore", where),
        per_file_ignores=_per_file_ignores(values, where),
        severity=_severities(values, where),
        options=_options(values, where),
        preset=preset,
        fail_on=parse_severity(values.get("fail-on", "warning"), "fail-on", where),
        format=fmt,
        baseline=str(path.parent / baseline) if (baseline and path is not None and not Path(baseline).is_absolute())
        else baseline,
        base_dir=path.parent if path is not None else None,
    )


def _known_values(table: Any, path: Path | None) -> dict[str, Any]:
    """The table's values by their dashed key; an unknown key is an error naming the table."""
    where = str(path) if path else None
    # the table as the user wrote it: "[lint]" in .skillgap.toml, "[tool.skillgap.lint]" in pyproject.toml
    section = "[tool.skillgap.lint]" if path is None or path.name == "pyproject.toml" else "[lint]"
    if table is None:
        table = {}
    if not isinstance(table, dict):
        raise ConfigError(f"{section} must be a table", path=where)
    values: dict[str, Any] = {}
    for raw_key, value in table.items():
        key = raw_key.replace("_", "-")
        if key not in KNOWN_KEYS:
            raise ConfigError(f"unknown key '{raw_key}' in {section}", path=where,
                              hint=f"allowed: {', '.join(KNOWN_KEYS)}")
        values[key] = value
    return values


def _options(values: dict[str, Any], where: str | None) -> dict[str, int]:
    options: dict[str, int] = {}
    for name in OPTIONS:
        if name in values:
            value = values[name]
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ConfigError(f"'{name}' must be a whole number of at least 0 (got {value!r})", path=where)
            options[name] = value
    return options


def _per_file_ignores(values: dict[str, Any], where: str | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    raw = values.get("per-file-ignores", {})
    if not isinstance(raw, dict):
        raise ConfigError("'per-file-ignores' must be a table of glob = [codes]", path=where,
                          hint='e.g. "old/*.pdf" = ["SG1"]')
    return tuple((pattern, parse_selectors(codes, f"per-file-ignores.{pattern}", where))
                 for pattern, codes in raw.items())


def _severities(values: dict[str, Any], where: str | None) -> tuple[tuple[str, Severity], ...]:
    raw = values.get("severity", {})
    if not isinstance(raw, dict):
        raise ConfigError("'severity' must be a table of CODE = \"info\" | \"warning\" | \"error\"", path=where)
    severities = []
    for selector, level in raw.items():
        (code,) = parse_selectors([selector], "severity", where)
        severities.append((code, parse_severity(level, f"severity.{selector}", where)))
    return tuple(severities)
