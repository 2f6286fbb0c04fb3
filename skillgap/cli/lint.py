"""`skillgap lint RESUME...`: lint résumés like code, for people and for CI.

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 a usage, config or input
error (every readable file is still linted and reported first), 3 an internal error (a bug in
skillgap, such as a rule that crashed).
"""

from __future__ import annotations

from pathlib import Path

import click

from skillgap.cli.options import (
    emit,
    limit_options,
    limits_from,
    output_option,
    taxonomy_option,
    use_color,
    verbose_option,
)
from skillgap.errors import INTERNAL_ERROR_EXIT, ConfigError

FORMATS = ("text", "concise", "json", "sarif", "github", "junit")


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, readable=False), metavar="RESUME...")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format (default: text, or `format` in [tool.skillgap.lint]).")
@click.option("--select", default=None, metavar="CODES",
              help="Rules to run, by code or prefix, comma-separated (replaces the configured selection).")
@click.option("--extend-select", default=None, metavar="CODES", help="Rules to add to the selection.")
@click.option("--ignore", default=None, metavar="CODES", help="Rules to leave out, by code or prefix.")
@click.option("--preset", type=click.Choice(("eu", "us")), default=None,
              help="Turn on the privacy rules for a region's hiring norms.")
@click.option("--fail-on", type=click.Choice(("info", "warning", "error")), default=None,
              help="Lowest severity that makes the exit code 1 (default: warning).")
@click.option("--exit-zero", is_flag=True,
              help="Exit 0 even when there are findings (errors still exit 2, internal errors 3).")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Accepted findings: report only findings not in this file.")
@click.option("--write-baseline", is_flag=True, help="Write the current findings to --baseline FILE and exit.")
@click.option("--explain", metavar="CODE", default=None, help="Print a rule's documentation and exit.")
@click.option("--list-rules", is_flag=True, help="List every rule and exit.")
@click.option("--no-cache", is_flag=True, help="Do not read or write the cache of skill findings.")
@output_option
@taxonomy_option
@limit_options
@verbose_option
@click.pass_context
def lint(ctx: click.Context, paths: tuple[Path, ...], fmt: str | None, select: str | None,
         extend_select: str | None, ignore: str | None, preset: str | None, fail_on: str | None, exit_zero: bool,
         baseline: Path | None, write_baseline: bool, explain: str | None, list_rules: bool, no_cache: bool,
         output: Path | None,
         taxonomy: tuple[str, ...], max_bytes: int, max_pages: int, max_chars: int) -> None:
    """Lint résumés (PDF, DOCX, TXT, Markdown, LaTeX, JSON Resume) like code.

    A folder stands for the supported files inside it (recursively).

    \b
    skillgap lint resume.md                    findings for people
    skillgap lint cv.tex --format sarif -o lint.sarif
    skillgap lint resume.pdf --select SG1,SG2 --ignore SG205
    skillgap lint --explain SG301              what a rule checks and why
    skillgap lint --list-rules

    Configure it under [tool.skillgap.lint] in pyproject.toml or .skillgap.toml.
    """
    from skillgap.lint import registry

    if explain is not None:
        rule = registry.get_rule(explain)
        if rule is None:
            raise ConfigError(f"unknown rule '{explain}'", hint="see `skillgap lint --list-rules`")
        emit(registry.explain(rule), output)
        return
    if list_rules:
        emit(_list_rules(fmt or "text"), output)
        return
    if not paths:
        raise click.UsageError("give at least one résumé file (or --list-rules, --explain CODE)")

    from skillgap.ingest.walk import collect_input_files
    from skillgap.lint import baseline as baselines
    from skillgap.lint.output import render
    from skillgap.lint.run import lint_paths

    config = _config(ctx, select, extend_select, ignore, preset, fail_on)
    baseline_path = baseline or (Path(config.baseline) if config.baseline else None)
    if write_baseline and baseline_path is None:
        raise click.UsageError("--write-baseline needs --baseline FILE (or `baseline` in [tool.skillgap.lint])")
    accepted = baselines.load(baseline_path) if baseline_path is not None and not write_baseline else None
    files, empty = collect_input_files(paths)
    _say_empty_folders(empty)
    run = lint_paths(files, config, taxonomy=taxonomy, limits=limits_from(max_bytes, max_pages, max_chars),
                     parallel=True, cache=not no_cache)
    for error in run.errors:
        click.echo(f"skillgap: error: {error}", err=True)
    if write_baseline:
        count = baselines.write(baseline_path, run.reports)
        click.echo(f"skillgap: wrote {count} finding(s) to the baseline {baseline_path}", err=True)
        ctx.exit(_exit_code(run, empty, config, exit_zero=True))
    if accepted is not None:
        baselines.apply(run.reports, accepted, baseline_path.parent)
    fmt = fmt or config.format or "text"
    emit(render(run, fmt, color=use_color() and output is None and fmt == "text"), output, tuple(files))
    click.echo(_summary(run, config.fail_on.value), err=True)
    ctx.exit(_exit_code(run, empty, config, exit_zero=exit_zero))


def _config(ctx: click.Context, select: str | None, extend_select: str | None, ignore: str | None,
            preset: str | None, fail_on: str | None):
    """The [lint] table of the configuration, overridden by the command line's flags."""
    from skillgap.lint.config import from_table, parse_selectors, parse_severity

    config_dict, where = ctx.find_root().meta.get("skillgap.config", ({}, None))
    config = from_table(config_dict.get("lint", {}), where)
    return config.override(
        select=parse_selectors(select, "--select", None) if select is not None else None,
        extend_select=config.extend_select + parse_selectors(extend_select, "--extend-select", None)
        if extend_select else None,
        ignore=config.ignore + parse_selectors(ignore, "--ignore", None) if ignore else None,
        preset=preset,
        fail_on=parse_severity(fail_on, "--fail-on", None) if fail_on else None,
    )


def _say_empty_folders(empty) -> None:
    from skillgap.ingest.walk import SUPPORTED_SUFFIXES

    for folder in empty:
        click.echo(f"skillgap: error: {folder}: no résumé files in this folder (lint reads "
                   f"{', '.join(SUPPORTED_SUFFIXES)}); give the right folder or the file itself", err=True)


def _exit_code(run, empty, config, *, exit_zero: bool) -> int:
    """3 a bug in skillgap, 2 a file or folder that could not be linted, 1 findings, else 0."""
    if run.internal:
        return INTERNAL_ERROR_EXIT
    if run.errors or empty:
        return 2
    if not exit_zero and run.count_at_least(config.fail_on):
        return 1
    return 0


def _summary(run, fail_on: str) -> str:
    from collections import Counter

    findings = run.findings
    files = sum(not r.error for r in run.reports)
    suppressed = sum(r.suppressed for r in run.reports)
    baselined = sum(r.baselined for r in run.reports)
    extra = []
    if suppressed:
        extra.append(f"{suppressed} suppressed")
    if baselined:
        extra.append(f"{baselined} in the baseline")
    tail = f" ({', '.join(extra)})" if extra else ""
    if run.errors:
        tail += f"; {len(run.errors)} file(s) could not be read (listed above)"
    if not findings:
        return f"skillgap: {files} file(s) checked, no findings{tail}"
    counts = Counter(f.severity.value for f in findings)
    by = ", ".join(f"{counts[s]} {s}" for s in ("error", "warning", "info") if counts[s])
    return f"skillgap: {len(findings)} finding(s) in {files} file(s): {by}{tail}; failing on {fail_on} and above"


def _list_rules(fmt: str) -> str:
    import json

    from skillgap.lint.registry import RULES

    if fmt == "json":
        return json.dumps([{"code": r.code, "name": r.name, "family": r.family.value, "severity": r.severity.value,
                            "enabled": r.enabled, "presets": list(r.presets), "summary": r.summary,
                            "options": {o.name: o.default for o in r.options}} for r in RULES],
                          ensure_ascii=False, indent=2) + "\n"
    width = max(len(r.name) for r in RULES)
    lines = []
    for r in RULES:
        state = "on " if r.enabled else "off"
        lines.append(f"{r.code}  {r.name:<{width}}  {r.severity.value:<7}  {state}  {r.summary}")
    return "\n".join(lines) + "\n"
