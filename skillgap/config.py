"""Configuration from `.skillgap.toml` or `[tool.skillgap]` in `pyproject.toml`.

The file is found by walking up from the current directory (or named with `--config`).
It fills click's `default_map`, so command-line flags beat the file, which beats defaults:

    [tool.skillgap]
    taxonomy = ["my-skills.yaml"]   # applies to every command that takes --taxonomy
    max_pages = 10                  # limits apply to every command that reads files

    [tool.skillgap.check]
    format = "markdown"

`[tool.skillgap.lint]` is read by the linter itself (select, ignore, per-file-ignores, ...);
`[tool.skillgap.log] db = "PATH"` by `skillgap log` and `check --log` (`log_db`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from skillgap.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SHARED_KEYS = ("taxonomy", "max_bytes", "max_pages", "max_chars")
# Config keys whose click parameter has another name (`--format` is stored as `fmt`).
PARAM_NAMES = {"format": "fmt"}
COMMANDS = ("check", "extract", "parse", "scan", "lint", "rewrite", "taxonomy", "log")
LOG_KEYS = ("db",)  # [tool.skillgap.log]: read by `skillgap log` and `check --log` (log_db)


def find_config(start: Path | None = None) -> Path | None:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        dotfile = folder / ".skillgap.toml"
        if dotfile.is_file():
            return dotfile
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "tool" in (data := _read(pyproject)) and "skillgap" in data["tool"]:
            return pyproject
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config: {exc}", path=str(path)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", path=str(path), hint="fix the syntax or remove the file") from exc


def load_config(path: Path | None) -> tuple[dict[str, Any], Path | None]:
    """The `[tool.skillgap]` table (or the whole `.skillgap.toml`) and where it came from."""
    if path is None:
        path = find_config()
        if path is None:
            return {}, None
    elif not path.is_file():
        raise ConfigError("config file not found", path=str(path))
    data = _read(path)
    # pyproject.toml holds [tool.skillgap]; .skillgap.toml may be written either way
    if path.name == "pyproject.toml" or "tool" in data:
        tool = data.get("tool", {})
        if not isinstance(tool, dict) or "skillgap" not in tool:
            raise ConfigError("no [tool.skillgap] table in this file", path=str(path),
                              hint="put the settings under [tool.skillgap], or at the top level of .skillgap.toml")
        data = tool["skillgap"]
    if not isinstance(data, dict):
        raise ConfigError("[tool.skillgap] must be a table", path=str(path))
    return data, path


def check_command_table(config: dict[str, Any], base: Path | None, command: str, params: set[str]) -> None:
    """An unknown key in `[tool.skillgap.<command>]` is an error, not silently ignored
    (the lint table is checked by the linter, which knows its rule options)."""
    table = config.get(command)
    if command == "lint" or not isinstance(table, dict):
        return
    if command == "log":
        params = set(LOG_KEYS)
    unknown = sorted(k for k in table if PARAM_NAMES.get(k, k.replace("-", "_")) not in params)
    if unknown:
        allowed = sorted(k for k in params if k not in ("verbose", "output")) + ["format"] * ("fmt" in params)
        raise ConfigError(f"unknown key(s) in [tool.skillgap.{command}]: {', '.join(unknown)}", path=str(base),
                          hint=f"allowed: {', '.join(sorted(set(allowed) - {'fmt'}))}")


def default_map(config: dict[str, Any], base: Path | None) -> dict[str, dict[str, Any]]:
    """click default_map: shared keys go to every command, `[tool.skillgap.<cmd>]` to one."""
    shared = {k.replace("-", "_"): v for k, v in config.items() if not isinstance(v, dict)}
    unknown = set(shared) - set(SHARED_KEYS)
    if unknown:
        raise ConfigError(f"unknown key(s) in [tool.skillgap]: {', '.join(sorted(unknown))}", path=str(base),
                          hint=f"allowed: {', '.join(SHARED_KEYS)} and the tables {', '.join(COMMANDS)}")
    if "taxonomy" in shared:
        items = shared["taxonomy"]
        if isinstance(items, str):
            items = [items]
        # relative taxonomy paths are relative to the config file
        shared["taxonomy"] = [str((base.parent / p) if base and not Path(p).is_absolute() else p) for p in items]
    tables = {k for k, v in config.items() if isinstance(v, dict)} - set(COMMANDS)
    if tables:
        raise ConfigError(f"unknown table(s) in the config: {', '.join(sorted(tables))}", path=str(base),
                          hint=f"the tables are [tool.skillgap.<command>] for {', '.join(COMMANDS)}")
    out: dict[str, dict[str, Any]] = {}
    for command in COMMANDS:
        table = config.get(command, {})
        if not isinstance(table, dict):
            raise ConfigError(f"[tool.skillgap.{command}] must be a table", path=str(base))
        if command == "lint":
            out[command] = dict(shared)
            continue
        if command == "log":  # a group: its table is read by log_db, not by click
            continue
        own = {PARAM_NAMES.get(k, k.replace("-", "_")): v for k, v in table.items()}
        out[command] = {**shared, **own}
    return out


def log_db(config: dict[str, Any], base: Path | None) -> Path | None:
    """`[tool.skillgap.log] db`, relative to the config file; None when not set."""
    table = config.get("log", {})
    value = table.get("db") if isinstance(table, dict) else None
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise ConfigError("[tool.skillgap.log] db must be a file path", path=str(base))
    path = Path(value).expanduser()
    return path if path.is_absolute() or base is None else base.parent / path
