"""The `skillgap` command: a click group, one module per command.

Exit codes: 0 done, 1 lint found problems, 2 bad input or usage (every `SkillgapError`
becomes one line on stderr; click's own `ClickException` exits 1, which would collide with
"lint found problems"), 3 an internal error: a bug in skillgap, never blamed on the
user's file: one line saying so with a hint to report it, the traceback only with -v.
"""

from __future__ import annotations

import importlib
import logging
import sys
import traceback
from pathlib import Path

import click

from skillgap import __version__
from skillgap.cli.options import verbose_option
from skillgap.errors import INTERNAL_ERROR_EXIT, SkillgapError, internal_error_line

# pdfminer warns about damaged files ("Invalid MediaBox ..., defaulting to US Letter") with
# no handler configured, so Python printed them bare on stderr between our own lines. They
# are shown with -v (the root handler), otherwise kept out of the user's output.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

COMMAND_MODULES = {  # in the order --help lists them: the main jobs first
    "check": "skillgap.cli.check:check",
    "rewrite": "skillgap.cli.rewrite:rewrite",
    "scan": "skillgap.cli.scan:scan",
    "lint": "skillgap.cli.lint:lint",
    "parse": "skillgap.cli.parse:parse",
    "extract": "skillgap.cli.extract:extract",
    "taxonomy": "skillgap.cli.taxonomy:taxonomy",
    "log": "skillgap.cli.log:log",
}


class SkillgapGroup(click.Group):
    """Loads each command's module only when that command runs (fast start-up)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name in COMMAND_MODULES if self._load(name) is not None]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        return self._load(name)

    @staticmethod
    def _load(name: str) -> click.Command | None:
        target = COMMAND_MODULES.get(name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        return getattr(importlib.import_module(module_name), attr)  # a missing module is a bug: raise

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except SkillgapError as exc:
            _report(ctx, f"error: {exc.one_line()}")
            ctx.exit(exc.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KeyboardInterrupt:
            click.echo("skillgap: interrupted", err=True)
            ctx.exit(130)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(0)
        except Exception as exc:  # a bug: say so in one line, traceback with -v
            _report(ctx, internal_error_line(exc))
            ctx.exit(INTERNAL_ERROR_EXIT)


def _report(ctx: click.Context, message: str) -> None:
    if ctx.find_root().meta.get("skillgap.verbose"):
        traceback.print_exc()
    click.echo(f"skillgap: {message}", err=True)


@click.group(cls=SkillgapGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="skillgap")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Config file (default: .skillgap.toml or [tool.skillgap] in pyproject.toml, found upwards).")
@verbose_option
@click.pass_context
def main(ctx: click.Context, config_path: Path | None) -> None:
    """Which skills a job posting asks for that your résumé does not show.

    \b
    skillgap check RESUME POSTING     one résumé against one posting
    skillgap rewrite RESUME POSTING   suggested honest edits of your bullets
    skillgap scan POSTINGS_DIR        the skills a folder of postings keeps asking for
    skillgap lint RESUME...           a résumé linter for CI
    skillgap parse FILE               what a tracking system reads from a file
    skillgap extract PATH...          the skills found in files (JSON lines)
    skillgap taxonomy show SKILL      look up the skills taxonomy
    skillgap log stats                your application history (check --log)

    Nothing is sent anywhere: skillgap runs entirely on your machine and never
    changes your files.
    """
    from skillgap.config import check_command_table, default_map, load_config

    try:
        config, where = load_config(config_path)
        ctx.default_map = default_map(config, where)
        command = ctx.command.get_command(ctx, ctx.invoked_subcommand) if ctx.invoked_subcommand else None
        if command is not None:
            check_command_table(config, where, ctx.invoked_subcommand,
                                {p.name for p in command.params if isinstance(p, click.Option)})
    except SkillgapError as exc:
        click.echo(f"skillgap: error: {exc.one_line()}", err=True)
        ctx.exit(2)
    ctx.meta["skillgap.config"] = (config, where)
