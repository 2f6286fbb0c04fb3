"""The command group: every command in COMMAND_MODULES is built and loads."""

from __future__ import annotations

import click
import pytest
from conftest import invoke

from skillgap.cli import COMMAND_MODULES
from skillgap.cli.main import SkillgapGroup


@pytest.mark.parametrize("name", list(COMMAND_MODULES))
def test_cli_main_every_command_loads(name):
    command = SkillgapGroup._load(name)
    assert isinstance(command, click.Command) and command.name == name


def test_cli_main_help_lists_every_command():
    result = invoke("--help")
    assert result.exit_code == 0, result.stderr
    listed = [line.split()[0] for line in result.stdout.split("Commands:")[1].splitlines() if line.strip()]
    assert listed == list(COMMAND_MODULES)
