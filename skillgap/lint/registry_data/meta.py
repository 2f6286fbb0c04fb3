"""Rules SG9xx: suppressions."""

from __future__ import annotations

from skillgap.lint.registry_data import PAST_ROLE_LINES, F, Rule, S, example

RULES: tuple[Rule, ...] = (
    Rule(
        "SG901", "unused-suppression", F.META, S.WARNING,
        "A suppression comment that suppresses nothing.",
        "Reports `skillgap: disable=CODE` comments (and each code in them) that matched no "
        "finding in this run.",
        "A stale suppression hides the next real finding on that line; removing it keeps the "
        "exceptions honest.",
        (example(PAST_ROLE_LINES + "- Ran the billing service <!-- skillgap: disable=SG301 -->"),),
        (example(PAST_ROLE_LINES + "- Responsible for the billing service <!-- skillgap: disable=SG301 -->"),),
    ),
    Rule(
        "SG902", "invalid-suppression", F.META, S.WARNING,
        "A suppression comment naming an unknown code or malformed.",
        "Reports `skillgap:` comments that cannot be read or that name codes no rule has.",
        "A typo in a suppression silently suppresses nothing; the finding it was meant for then "
        "fails the build, or worse, the comment is trusted to do something it does not.",
        (example(PAST_ROLE_LINES + "- Responsible for the billing service <!-- skillgap: disable=SG3011 -->"),),
        (example(PAST_ROLE_LINES + "- Responsible for the billing service <!-- skillgap: disable=SG301 -->"),),
    ),
)
