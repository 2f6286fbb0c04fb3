"""THE table of lint rules: every code, its name, family, severity, options and docs.

Like ruff's `codes.rs`, this table is the only place a code is assigned: the rules are
defined one family per module in `skillgap/lint/registry_data/` (their shapes in
`rule_types.py`) and joined here, in code order. Each rule names the
function that implements it (in `skillgap.lint.rules.<family>`), documents itself with
the same four sections (What it does / Why is this bad? / Example / Use instead), and
carries examples that must fail and pass; `tests/test_lint_registry.py` runs them all.

Rule names read as "allow <name>": `--ignore SG301` is "allow duty-opener".

    python -m skillgap.lint.registry --markdown > docs/lint-rules.md
    python -m skillgap.lint.registry --table       # the README's rule table
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from skillgap.lint.registry_data import bullets, dates, meta, parse, privacy, skills, structure
from skillgap.lint.rule_types import (  # noqa: F401 - re-exported
    Example,
    Family,
    Option,
    Rule,
    Severity,
)

RULES: tuple[Rule, ...] = (
    parse.RULES + structure.RULES + bullets.RULES + dates.RULES + skills.RULES + privacy.RULES + meta.RULES
)

BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}
BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}
PRESETS: dict[str, tuple[str, ...]] = {
    preset: tuple(rule.code for rule in RULES if preset in rule.presets) for preset in ("eu", "us")
}
OPTIONS: dict[str, Option] = {option.name: option for rule in RULES for option in rule.options}


def get_rule(code_or_name: str) -> Rule | None:
    """A rule by code (case-insensitive) or name."""
    return BY_CODE.get(code_or_name.upper()) or BY_NAME.get(code_or_name.lower())


def matching(selector: str) -> list[Rule]:
    """Rules selected by a code, a prefix ("SG3", "SG30") or "ALL"."""
    selector = selector.strip().upper()
    if selector == "ALL":
        return list(RULES)
    return [rule for rule in RULES if rule.code.startswith(selector)]


def is_valid_selector(selector: str) -> bool:
    return bool(matching(selector))


# --- documentation ---------------------------------------------------------------------

TABLE_START = "<!-- lint-rules:start -->"
TABLE_END = "<!-- lint-rules:end -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def rule_table() -> str:
    """The Markdown table of all rules (the README keeps a copy between the markers)."""
    lines = [
        "| Code | Name | Severity | Default | What it reports |",
        "| --- | --- | --- | --- | --- |",
    ]
    for rule in RULES:
        default = "on" if rule.enabled else "off" + (f" (preset {', '.join(rule.presets)})" if rule.presets else "")
        lines.append(f"| {rule.code} | `{rule.name}` | {rule.severity.value} "
                     f"| {default} | {_cell(rule.summary)} |")
    return "\n".join(lines) + "\n"


def _fence(example: Example) -> str:
    language = {"md": "markdown", "tex": "latex", "json": "json"}.get(example.fmt, "text")
    text = example.text
    notes = []
    layout = example.layout
    if layout.get("hidden"):
        notes.append("hidden (white) text: " + ", ".join(f"“{h}”" for h in layout["hidden"]))
    for needle, origin in layout.get("origins", {}).items():
        notes.append(f"the line with “{needle}” is in a {origin}")
    if "columns" in layout:
        notes.append(f"columns per page: {', '.join(map(str, layout['columns']))}")
    if "pages" in layout:
        notes.append(f"{layout['pages']} pages")
    if layout.get("text_layer") is False:
        notes.append("a scanned PDF: no text layer")
    if layout.get("images"):
        notes.append(f"{layout['images']} embedded image(s)")
    if example.options:
        notes.append("with " + ", ".join(f"`{k} = {v}`" for k, v in example.options.items()))
    head = f"*({'; '.join(notes)})*\n\n" if notes else ""
    return f"{head}```{language}\n{text.rstrip()}\n```\n"


def explain(rule: Rule, level: int = 2) -> str:
    """A rule's full documentation in Markdown (also what `skillgap lint --explain` prints);
    `level` is the heading level of the rule's own title."""
    h, sub = "#" * level, "#" * (level + 1)
    default = "enabled by default" if rule.enabled else "disabled by default"
    if rule.presets:
        default += f"; turned on by the preset{'s' if len(rule.presets) > 1 else ''} {', '.join(rule.presets)}"
    parts = [
        f"{h} {rule.code}",
        "",
        f"`{rule.name}` · {rule.family.title} · {rule.severity.value} · {default}",
        "",
        rule.summary,
        "",
        f"{sub} What it does",
        "",
        rule.what,
        "",
        f"{sub} Why is this bad?",
        "",
        rule.why,
        "",
        f"{sub} Example",
        "",
        _fence(rule.fails[0]),
        f"{sub} Use instead",
        "",
        _fence(rule.passes[0]),
    ]
    if rule.options:
        parts += [f"{sub} Options", ""]
        parts += [f"- `{o.name}` (default {o.default}): {o.help}" for o in rule.options]
        parts.append("")
    parts += [(f"Ignore it with `--ignore {rule.code}`, or in a text résumé with "
              f"`<!-- skillgap: disable={rule.code} -->`."), ""]
    return "\n".join(parts)


def markdown_reference() -> str:
    """docs/lint-rules.md, generated: the table, then every rule's documentation."""
    parts = [
        "# `skillgap lint` rules",
        "",
        ("Generated from `skillgap/lint/registry.py` by "
        "`python -m skillgap.lint.registry --markdown > docs/lint-rules.md`; do not edit by hand "
        "(a test fails when this file drifts from the registry). See [lint.md](lint.md) for "
        "configuration, suppression and CI set-up."),
        "",
        (f"{len(RULES)} rules in {len(Family)} families. Select or ignore them by code or by prefix "
        "(`SG3` is every bullet rule)."),
        "",
        TABLE_START,
        rule_table().rstrip("\n"),
        TABLE_END,
        "",
    ]
    for family in Family:
        parts += [f"## {family.prefix}xx: {family.title}", ""]
        for rule in RULES:
            if rule.family is family:
                parts.append(explain(rule, level=3))
    return "\n".join(parts).rstrip("\n") + "\n"


def rules_by_family() -> dict[Family, list[Rule]]:
    out: dict[Family, list[Rule]] = {family: [] for family in Family}
    for rule in RULES:
        out[rule.family].append(rule)
    return out


def main(argv: Iterable[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--markdown"]:
        sys.stdout.write(markdown_reference())
    elif args == ["--table"]:
        sys.stdout.write(rule_table())
    else:
        sys.stderr.write("usage: python -m skillgap.lint.registry --markdown | --table\n")
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
