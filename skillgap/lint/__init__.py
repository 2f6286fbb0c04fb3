"""`skillgap lint`: a résumé linter with the ergonomics of a code linter.

    registry.py    the one table of rule codes, names, severities, docs and examples
    registry_data/ the rules' definitions, one module per family (shapes in rule_types.py)
    engine.py      running the rules over a file: findings after suppressions
    context.py     LintContext: what rules read (the résumé's structure from skillgap/resume,
                   plus rule options, source lines and skill mentions)
    findings.py    Hit, Finding, FileReport
    locator.py     document offsets to lines and columns in the file the user edits
    suppress.py    suppression comments and the findings about them (SG901, SG902)
    rules/         one module per family, one function per rule
    config.py      [tool.skillgap.lint]: selection, per-file ignores, severities, options
    baseline.py    accepted findings, fingerprinted by content rather than line number
    output/        text, concise, json, sarif, github, junit
    run.py         lint files end to end (what the CLI calls)

What a résumé is (roles, dates, contacts, bullets) lives in `skillgap/resume/`, and what
English words do (verb forms, bullet language) in `skillgap/language/`: the rewrites and
extraction use them too.
"""
