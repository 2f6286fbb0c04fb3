"""An edit's measured score is the score `check` gives the edited résumé, also where a
soft skill is read from the wording of a line (what the candidate did): the rescorer's
shortcut for edits that find the same skills must not skip those (real pipeline)."""

from conftest import built_document

from skillgap.pipeline import analyze, get_extractor
from skillgap.suggest.rescore import Rescorer

POSTING = "Ward Clerk\nRequirements\n- Teamwork\n- Epic\n"
RESUME = ("Alex Kim\nExperience\nWard Clerk, City Hospital, 2020 – Present\n"
          "- Worked with nurses to keep Epic records current\n- Filed 300 referrals a week\n")


def test_an_edit_that_changes_what_a_line_shows_is_scored_in_full():
    extractor = get_extractor(())
    report = analyze(built_document(RESUME), built_document(POSTING))
    old = "Worked with nurses to keep Epic records current"
    new = "Kept Epic records current"  # the same skills by name; no longer "worked with" anyone
    start = report.resume.document.text.index(old)
    scored = Rescorer(report, extractor).score(start, start + len(old), new)
    edited = analyze(built_document(RESUME.replace(old, new)), built_document(POSTING))
    assert report.gap.score > edited.gap.score  # teamwork was read from "worked with"
    assert scored.gap.score == edited.gap.score


def test_a_number_or_a_short_word_that_changes_what_a_line_shows_is_scored_in_full():
    """The behaviour patterns read numbers and short words ("within 4 hours" shows time
    management, "within hours" does not): the shortcut must not compare content words only."""
    extractor = get_extractor(())
    posting = "Support Agent\nRequirements\n- Time management\n- Zendesk\n"
    resume = "Alex Kim\nExperience\nAgent, Acme, 2020 – Present\n- Answered Zendesk tickets within hours\n"
    report = analyze(built_document(resume), built_document(posting))
    old, new = "within hours", "within 4 hours"
    start = report.resume.document.text.index(old)
    scored = Rescorer(report, extractor).score(start, start + len(old), new)
    edited = analyze(built_document(resume.replace(old, new)), built_document(posting))
    assert edited.gap.score > report.gap.score
    assert scored.gap.score == edited.gap.score
