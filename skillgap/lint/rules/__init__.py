"""The rules, one module per family; `skillgap.lint.registry` says which function is which code."""
