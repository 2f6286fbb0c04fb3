"""A suggested edit of one bullet (or line), or an "only if true" prompt, and its kinds."""

from __future__ import annotations

from dataclasses import dataclass, field

KIND_ACTION = "action-verb"
KIND_ACTIVE = "active-voice"
KIND_NAME_SKILL = "name-skill"
KIND_POSTING_TERM = "posting-term"
KIND_ADD_RESULT = "add-result"
KIND_ONLY_IF_TRUE = "only-if-true"
KINDS = (KIND_POSTING_TERM, KIND_NAME_SKILL, KIND_ACTION, KIND_ACTIVE, KIND_ADD_RESULT, KIND_ONLY_IF_TRUE)
KIND_PRIORITY = {kind: rank for rank, kind in enumerate(KINDS)}


@dataclass(frozen=True)
class Suggestion:
    """One suggested edit of one bullet (or line), or one "only if true" prompt.

    `start`/`end` are offsets of the bullet in the résumé's text (for a prompt, both are
    the point after which the new line would go, and `original` is empty). `edits` are
    (start, end, replacement) triples relative to `original`: the write-back applies
    them to the file. `placeholder` marks text in brackets for the user to fill in.
    """

    kind: str
    reason: str
    line: int
    original: str
    rewrite: str
    score_delta: int
    start: int
    end: int
    placeholder: bool = False
    skill_id: str = ""
    edits: tuple[tuple[int, int, str], ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, object]:
        """The JSON form (docs/check-schema.json, `$defs/suggestion`)."""
        return {
            "kind": self.kind, "reason": self.reason, "line": self.line, "original": self.original,
            "rewrite": self.rewrite, "score_delta": self.score_delta, "placeholder": self.placeholder,
            "skill_id": self.skill_id or None, "start": self.start, "end": self.end,
        }
