"""What the HTML pages share: the Jinja2 environment (autoescape on, strict), rendering a
page under its Content-Security-Policy, the template filters and a few small helpers.

Jinja2 and markupsafe are imported only when a page is rendered.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import PurePath
from typing import Any

KIND_LABELS = {
    "tool": "Tools and technologies",
    "hard": "Skills and methods",
    "knowledge": "Knowledge areas",
    "certification": "Certifications and licences",
    "soft": "People skills",
    "language": "Languages",
}

# (css class, icon, word). Every status carries an icon and a word, never colour alone.
STATUS = {
    "exact": ("shown", "✓", "Shown"),
    "narrower": ("partial", "≈", "Partly shown"),
    "related": ("partial", "≈", "Partly shown"),
    "missing": ("missing", "✗", "Missing"),
}
LISTED_ICON = "◐"  # listed only: there, but not yet shown in use (work to do, unlike ✓)

# --------------------------------------------------------------------------- Jinja2 set-up


@lru_cache(maxsize=1)
def _environment():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("skillgap.render", "templates"),
        autoescape=True,  # the templates end in .j2, so select_autoescape would not catch them
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pct"] = _pct
    env.filters["signed"] = _signed
    env.filters["anchor"] = anchor
    return env


def render_page(template: str, context: dict[str, Any], *, script: str | None = None) -> str:
    """Render a page; `script` (our own code, never user text) is inlined and hash-allowed."""
    import markupsafe

    env = _environment()
    script_src = "'none'"
    script_markup = None
    if script is not None:
        source = env.get_template(script).render()
        digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
        script_src = f"'sha256-{digest}'"
        script_markup = markupsafe.Markup(source)
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src {script_src}; "
           "base-uri 'none'; form-action 'none'")
    return env.get_template(template).render(csp=csp, script=script_markup, **context)


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{round(100 * share)}%"


def _signed(value: float | None) -> str:
    if value is None:
        return ""
    number = round(float(value), 1)
    text = f"{number:+.1f}".rstrip("0").rstrip(".")
    return text.replace("-", "−")


def basename(path: str) -> str:
    return PurePath(str(path)).name or str(path)


def anchor(value: str, prefix: str = "skill") -> str:
    """An id that is safe in a URL fragment: `c++` -> `skill-c-2b-2b`, `c#` -> `skill-c-23`."""
    return prefix + "-" + re.sub(r"[^a-z0-9]", lambda m: f"-{ord(m.group()):x}", str(value).lower())


def name_list(items: Iterable[Mapping[str, Any]], limit: int = 5) -> list[str]:
    names = [i["name"] for i in items]
    return names[:limit] + ([f"{len(names) - limit} more"] if len(names) > limit else [])


def clip(text: str, width: int, *, left: bool = False) -> str:
    if len(text) <= width:
        return text
    return "…" + text[-(width - 1):] if left else text[: width - 1] + "…"

