"""The `skillgap` command line: the group in `main.py`, one module per command."""

from skillgap.cli.main import COMMAND_MODULES, main

__all__ = ["COMMAND_MODULES", "main"]
