"""Configuration from `.skillgap.toml` or `[tool.skillgap]` in `pyproject.toml`.

The file is found by walking up from the current directory (or named with `--config`).
It fills click's `default_map`, so command-line flags beat the file, which beats defaults:

    [tool.skillgap]
    taxonomy = ["my-skills.yaml"]   # applies to every command that takes --taxonomy
    max_pages = 10                  # limits apply to every command that reads files

    [tool.skillgap.check]
    format = "markdown"

`[tool.skillgap.lint]` is read by the linter itself (select, ignore, per-file-ignores, ...).
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
COMMANDS = ("check", "extract", "parse", "scan", "lint", "rewrite", "taxonomy")


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
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("skillgap", {})
    if not isinstance(data, dict):
        raise ConfigError("[tool.skillgap] must be a table", path=str(path))
    return data, path


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
    out: dict[str, dict[str, Any]] = {}
    for command in COMMANDS:
        table = config.get(command, {})
        if not isinstance(table, dict):
            raise ConfigError(f"[tool.skillgap.{command}] must be a table", path=str(base))
        if command == "lint":
            out[command] = dict(shared)
            continue
        own = {PARAM_NAMES.get(k, k.replace("-", "_")): v for k, v in table.items()}
        out[command] = {**shared, **own}
    return out
