"""`skillgap lint`: a résumé linter with the ergonomics of a code linter.

    registry.py    the one table of rule codes, names, severities, docs and examples
    engine.py      LintContext, running the rules, positions, suppression comments
    rules/         one module per family, one function per rule
    language.py    bullet language analysis (shared with the rewrite feature)
    dates.py       date and date-range parsing
    config.py      [tool.skillgap.lint]: selection, per-file ignores, severities, options
    baseline.py    accepted findings, fingerprinted by content rather than line number
    output/        text, concise, json, sarif, github, junit
    run.py         lint files end to end (what the CLI calls)
"""
