"""Sentences the check report says in every format (text, Markdown, HTML), written once."""

from __future__ import annotations

QUALITIES_TITLE = "Qualities the posting hopes for"
QUALITIES_ADVICE = "Not scored: a recruiter reads these from what you did, so let your bullets show them."
NO_SKILLS = "No skills from the taxonomy were recognised in this posting, so there is nothing to compare."
ONLY_QUALITIES = ("This posting names no skill that skillgap recognises, only qualities it hopes for, "
                  "so there is no score.")
CHECK_POSTING = ("Check that the posting file holds the job description "
                 "(run `skillgap parse` on it to see what was read).")


def empty_report_lines(has_qualities: bool) -> tuple[str, ...]:
    """What a report with no skill items says instead of a score."""
    return (ONLY_QUALITIES,) if has_qualities else (NO_SKILLS, CHECK_POSTING)
