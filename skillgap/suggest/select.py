"""Which suggestions are shown: the best few line edits by default, every one with `--all`.

    default_edits(suggestions) -> the best REWRITE_LIMIT edits of résumé lines, in rank order
    kind_counts(suggestions) -> how many of each kind there are
    check_selection(suggestions) -> what the HTML `check` report shows (the text shows the same edits)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from skillgap.suggest.suggestion import KIND_ONLY_IF_TRUE, KINDS, Suggestion

REWRITE_LIMIT = 8  # `skillgap rewrite` by default
CHECK_LIMIT = 5  # the "Suggested edits" of `check`
PROMPT_LIMIT = 5  # "only if true" prompts `skillgap rewrite` shows by default


def line_edits(suggestions: Sequence[Suggestion]) -> list[Suggestion]:
    """Edits of the résumé's own lines (not the "only if true" prompts), in rank order."""
    return [s for s in suggestions if s.kind != KIND_ONLY_IF_TRUE]


def default_edits(suggestions: Sequence[Suggestion], limit: int | None = REWRITE_LIMIT) -> list[Suggestion]:
    """The best `limit` line edits (all of them when `limit` is None)."""
    edits = line_edits(suggestions)
    if limit is None:
        return edits
    shown: list[Suggestion] = []
    lines: set[int] = set()
    for suggestion in edits:  # one edit a line: the best one (it carries the opener fix when it needs one)
        if suggestion.start not in lines and len(shown) < limit:
            shown.append(suggestion)
            lines.add(suggestion.start)
    return shown


def kind_counts(suggestions: Sequence[Suggestion]) -> dict[str, int]:
    """{kind: count} in the order of KINDS, kinds with none left out."""
    counts = Counter(s.kind for s in suggestions)
    return {kind: counts[kind] for kind in KINDS if counts[kind]}


def check_selection(suggestions: Sequence[Suggestion]) -> list[Suggestion]:
    """What a `check` report shows: the best CHECK_LIMIT line edits, then the best
    PROMPT_LIMIT "only if true" prompts."""
    prompts = [s for s in suggestions if s.kind == KIND_ONLY_IF_TRUE][:PROMPT_LIMIT]
    return default_edits(suggestions, CHECK_LIMIT) + prompts
