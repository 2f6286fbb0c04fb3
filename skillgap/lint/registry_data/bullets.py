"""Rules SG3xx: bullets."""

from __future__ import annotations

from skillgap.lint.registry_data import (
    CONTACT_LINES,
    CURRENT_ROLE_LINES,
    PAST_ROLE_LINES,
    F,
    Option,
    Rule,
    S,
    example,
)

RULES: tuple[Rule, ...] = (
    Rule(
        "SG301", "duty-opener", F.BULLETS, S.WARNING,
        "A bullet that lists a duty instead of an achievement.",
        "Flags bullets that open with \"Responsible for\", \"Tasked with\", \"Duties included\", "
        "\"In charge of\".",
        "A duty says what the job was, not what the candidate did with it. Recruiters read for "
        "results; every holder of the title had the same duties.",
        (example(PAST_ROLE_LINES + "- Responsible for the billing service and its on-call rota"),),
        (example(PAST_ROLE_LINES + "- Ran the billing service; cut pages to on-call by 60%"),),
    ),
    Rule(
        "SG302", "weak-verb", F.BULLETS, S.WARNING,
        "A bullet that opens with a weak or vague verb.",
        "Flags bullets that open with \"Helped\", \"Assisted with\", \"Worked on\", \"Participated "
        "in\", \"Was involved in\", \"Handled\", \"Utilized\".",
        "Vague verbs hide the candidate's own part; the reader cannot tell whether they led the "
        "work or watched it.",
        (example(PAST_ROLE_LINES + "- Worked on the checkout redesign"),),
        (example(PAST_ROLE_LINES + "- Designed the checkout flow used by 2M customers a month"),),
    ),
    Rule(
        "SG303", "passive-voice", F.BULLETS, S.INFO,
        "A bullet in the passive voice.",
        "Flags \"was/were/been + participle\" in bullets (\"Costs were reduced\"). Passive forms that "
        "report recognition (\"was promoted\", \"was awarded\") are allowed.",
        "The passive hides who did the work, which is the one thing a résumé must make clear.",
        (example(PAST_ROLE_LINES + "- Hosting costs were reduced by 30% after the migration"),),
        (example(PAST_ROLE_LINES + "- Reduced hosting costs 30% by migrating to spot instances"),),
    ),
    Rule(
        "SG304", "first-person-pronoun", F.BULLETS, S.WARNING,
        "A bullet that uses \"I\", \"me\" or \"my\".",
        "Flags first-person pronouns in bullets.",
        "Résumé bullets are written in the implied first person; \"I\" and \"my\" add words and "
        "read as informal.",
        (example(PAST_ROLE_LINES + "- I led the migration of my team's services to Kubernetes"),),
        (example(PAST_ROLE_LINES + "- Led the migration of 14 services to Kubernetes"),),
    ),
    Rule(
        "SG305", "buzzword", F.BULLETS, S.WARNING,
        "A cliché that recruiters skip (\"team player\", \"synergy\", \"results-driven\").",
        "Flags buzzwords and clichés anywhere in the résumé.",
        "Recruiters see these phrases on most résumés and read past them; they take the place of "
        "evidence that would show the same quality.",
        (example(CONTACT_LINES + "## Summary\nResults-driven team player with a passion for synergy."),),
        (example(CONTACT_LINES + "## Summary\nBackend engineer; led a team of 5 that cut checkout latency 40%."),),
    ),
    Rule(
        "SG306", "no-measurable-result", F.BULLETS, S.INFO,
        "A role whose bullets measure nothing.",
        "Reports a role with two or more bullets of which none has a number, a percentage, an "
        "amount or a comparison (\"doubled\").",
        "Numbers let a recruiter see scale and impact at a glance: \"12 nurses\", \"$2M\", \"40% "
        "faster\". A role without any reads as a list of tasks.",
        (example(PAST_ROLE_LINES + "- Built the billing service\n- Improved the deployment process\n"
             "- Mentored new engineers"),),
        (example(PAST_ROLE_LINES + "- Built the billing service, processing $4M a month\n"
             "- Improved the deployment process\n- Mentored new engineers"),),
    ),
    Rule(
        "SG307", "long-bullet", F.BULLETS, S.WARNING,
        "A bullet longer than the configured number of words.",
        "Flags bullets with more words than `max-bullet-words` (default 40).",
        "Recruiters skim; a bullet that runs past two lines gets skipped. Split it or cut it to "
        "the result.",
        (example(PAST_ROLE_LINES + "- Built the billing service that processes card payments for the whole "
             "company, working with finance and product to agree on requirements", options={"max-bullet-words": 15}),),
        (example(PAST_ROLE_LINES + "- Built the billing service: $4M a month in card payments",
                 options={"max-bullet-words": 15}),),
        options=(Option("max-bullet-words", 40, "Most words in a bullet before SG307 reports."),),
    ),
    Rule(
        "SG308", "repeated-opening-verb", F.BULLETS, S.INFO,
        "Consecutive bullets open with the same verb, or one verb opens many bullets.",
        "Flags a bullet whose opening verb (lemma) is the same as the previous bullet's in the same "
        "role, or that has already opened three bullets.",
        "Repetition makes the bullets blur together and suggests a narrow range of work.",
        (example(PAST_ROLE_LINES + "- Managed the billing service\n- Managed the on-call rota"),),
        (example(PAST_ROLE_LINES + "- Managed the billing service\n- Ran the on-call rota"),),
    ),
    Rule(
        "SG309", "present-tense-in-past-role", F.BULLETS, S.WARNING,
        "A past role described in the present tense.",
        "Flags bullets of a role that has ended whose opening verb is in the present tense "
        "(\"Manage\", \"Leads\").",
        "A role that has ended reads in the past tense; the present tense makes the reader wonder "
        "whether it is still held, and looks careless.",
        (example(PAST_ROLE_LINES + "- Manage the billing service, $4M a month"),),
        (example(PAST_ROLE_LINES + "- Managed the billing service, $4M a month"),),
    ),
    Rule(
        "SG310", "past-tense-in-current-role", F.BULLETS, S.INFO,
        "A current role described in the past tense.",
        "Reports a current role (\"– Present\") whose bullets mostly open in the past tense.",
        "Ongoing work reads in the present tense (\"Lead a team of 6\"); the past tense suggests "
        "the role has ended. Finished achievements within a current role may stay in the past.",
        (example(CURRENT_ROLE_LINES + "- Led a team of 6\n- Ran the on-call rota\n- Owned the billing roadmap"),),
        (example(CURRENT_ROLE_LINES + "- Lead a team of 6\n- Run the on-call rota\n"
             "- Shipped the 2023 billing rewrite"),),
    ),
)
