"""ANSI styling for terminal output: colours, bold, dim, underline.

The same escape sequences as click's `style`, written here so that renderers need no CLI
library: they return strings, and the CLI decides whether colour is wanted.
"""

from __future__ import annotations

_COLOURS = {"black": 30, "red": 31, "green": 32, "yellow": 33, "blue": 34, "magenta": 35, "cyan": 36,
            "white": 37, "reset": 39, "bright_black": 90, "bright_red": 91, "bright_green": 92,
            "bright_yellow": 93, "bright_blue": 94, "bright_magenta": 95, "bright_cyan": 96, "bright_white": 97}
_RESET = "\033[0m"


def style(text: str, *, fg: str | None = None, bold: bool | None = None, dim: bool | None = None,
          underline: bool | None = None) -> str:
    """`text` wrapped in ANSI codes for the given colour and attributes, then a reset."""
    bits = []
    if fg:
        bits.append(f"\033[{_COLOURS[fg]}m")
    if bold is not None:
        bits.append(f"\033[{1 if bold else 22}m")
    if dim is not None:
        bits.append(f"\033[{2 if dim else 22}m")
    if underline is not None:
        bits.append(f"\033[{4 if underline else 24}m")
    bits.append(text)
    bits.append(_RESET)
    return "".join(bits)


def styler(color: bool):
    """`style` when `color` is on, else a function that returns the text unchanged."""
    return style if color else (lambda text, **_kw: text)
