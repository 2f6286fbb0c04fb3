"""Suggested edits of the résumé's own bullets, built on the gap and the taxonomy.

    suggest(report) -> tuple[Suggestion, ...]

Kinds, one module per family:

    action-verb    openers.py   "Responsible for managing X" -> "Managed X" (tense of the role)
    active-voice   openers.py   "Costs were reduced by 20%" -> "Reduced costs by 20%"
    name-skill     wording.py   "React, Next.js" -> "React, Next.js, JavaScript"; "with Terraform, as IaC";
                                "Bash scripts" -> "Bash shell scripts"; "Salesforce" -> "Salesforce CRM"
                   traits.py    a soft skill shown by what you did, named on the soft-skills line,
                                or on a line of its own in a skills section of short lines
    posting-term   wording.py   "k8s" -> "Kubernetes", "AWS" -> "Amazon Web Services (AWS)"
    add-result     metrics.py   "..., reducing [metric] by [N]%" (a placeholder, never a number)
    only-if-true   prompts.py   a fill-in line for a missing skill, never put into a bullet

Honesty rules, checked for every rewrite before it is offered: a rewrite adds no number,
and no skill other than the posting's term named on the strength of evidence already in
that bullet; it keeps every skill the bullet showed; it has no doubled words; when it
changes the opening, it opens with a capitalised verb. Each score_delta is measured by
re-scoring the résumé with the edit applied (rescore.py). Suggestions are ranked by value
(a required skill shown only in other words first, result placeholders last), then by the
score change; select.py picks what `check` and `rewrite` show.
"""

from skillgap.suggest.propose import bullet_edits, draft_rewrites, honest, suggest
from skillgap.suggest.select import (
    CHECK_LIMIT,
    PROMPT_LIMIT,
    REWRITE_LIMIT,
    default_edits,
    kind_counts,
    line_edits,
)
from skillgap.suggest.suggestion import (
    KIND_ACTION,
    KIND_ACTIVE,
    KIND_ADD_RESULT,
    KIND_NAME_SKILL,
    KIND_ONLY_IF_TRUE,
    KIND_POSTING_TERM,
    KIND_PRIORITY,
    KINDS,
    Suggestion,
)

__all__ = [
    "CHECK_LIMIT",
    "KINDS",
    "KIND_ACTION",
    "KIND_ACTIVE",
    "KIND_ADD_RESULT",
    "KIND_NAME_SKILL",
    "KIND_ONLY_IF_TRUE",
    "KIND_POSTING_TERM",
    "KIND_PRIORITY",
    "PROMPT_LIMIT",
    "REWRITE_LIMIT",
    "Suggestion",
    "bullet_edits",
    "default_edits",
    "draft_rewrites",
    "honest",
    "kind_counts",
    "line_edits",
    "suggest",
]
