"""Where a line break is only a wrap: the sentence above goes on in lower case.

A PDF breaks a sentence wherever its column ends ("... for 15 clients in banking," /
"logistics and healthcare."); the same résumé saved as DOCX keeps it on one line. Whatever
reads a sentence's words in context should read them across such a break."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?:;]\s*$")


def goes_on(previous: str, following: str) -> bool:
    """Whether `following` continues the sentence of `previous`: `previous` does not end
    one and `following` opens in lower case."""
    return bool(previous.strip()) and not _SENTENCE_END.search(previous) and following.lstrip()[:1].islower()


def unwrapped(text: str) -> str:
    """`text` with each line break that is only a wrap turned into a space (offsets kept)."""
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    out = [lines[0]]
    for previous, line in zip(lines, lines[1:], strict=False):
        out.append((" " if goes_on(previous, line) else "\n") + line)
    return "".join(out)
