"""Rules SG3xx: bullets."""

from __future__ import annotations

from skillgap.lint.registry_data import _CONTACT, _ROLE_NOW, _ROLE_PAST, F, Option, Rule, S, _ex

RULES: tuple[Rule, ...] = (
    Rule(
        "SG301", "duty-opener", F.BULLETS, S.WARNING,
        "A bullet that lists a duty instead of an achievement.",
        "Flags bullets that open with \"Responsible for\", \"Tasked with\", \"Duties included\", "
        "\"In charge of\".",
        "A duty says what the job was, not what the candidate did with it. Recruiters read for "
        "results; every holder of the title had the same duties.",
        (_ex(_ROLE_PAST + "- Responsible for the billing service and its on-call rota"),),
        (_ex(_ROLE_PAST + "- Ran the billing service; cut pages to on-call by 60%"),),
    ),
    Rule(
        "SG302", "weak-verb", F.BULLETS, S.WARNING,
        "A bullet that opens with a weak or vague verb.",
        "Flags bullets that open with \"Helped\", \"Assisted with\", \"Worked on\", \"Participated "
        "in\", \"Was involved in\", \"Handled\", \"Utilized\".",
        "Vague verbs hide the candidate's own part; the reader cannot tell whether they led the "
        "work or watched it.",
        (_ex(_ROLE_PAST + "- Worked on the checkout redesign"),),
        (_ex(_ROLE_PAST + "- Designed the checkout flow used by 2M customers a month"),),
    ),
    Rule(
        "SG303", "passive-voice", F.BULLETS, S.INFO,
        "A bullet in the passive voice.",
        "Flags \"was/were/been + participle\" in bullets (\"Costs were reduced\"). Passive forms that "
        "report recognition (\"was promoted\", \"was awarded\") are allowed.",
        "The passive hides who did the work, which is the one thing a résumé must make clear.",
        (_ex(_ROLE_PAST + "- Hosting costs were reduced by 30% after the migration"),),
        (_ex(_ROLE_PAST + "- Reduced hosting costs 30% by migrating to spot instances"),),
    ),
    Rule(
        "SG304", "first-person-pronoun", F.BULLETS, S.WARNING,
        "A bullet that uses \"I\", \"me\" or \"my\".",
        "Flags first-person pronouns in bullets.",
        "Résumé bullets are written in the implied first person; \"I\" and \"my\" add words and "
        "read as informal.",
        (_ex(_ROLE_PAST + "- I led the migration of my team's services to Kubernetes"),),
        (_ex(_ROLE_PAST + "- Led the migration of 14 services to Kubernetes"),),
    ),
    Rule(
        "SG305", "buzzword", F.BULLETS, S.WARNING,
        "A cliché that recruiters skip (\"team player\", \"synergy\", \"results-driven\").",
        "Flags buzzwords and clichés anywhere in the résumé.",
        "Recruiters see these phrases on most résumés and read past them; they take the place of "
        "evidence that would show the same quality.",
        (_ex(_CONTACT + "## Summary\nResults-driven team player with a passion for synergy."),),
        (_ex(_CONTACT + "## Summary\nBackend engineer; led a team of 5 that cut checkout latency 40%."),),
    ),
    Rule(
        "SG306", "no-measurable-result", F.BULLETS, S.INFO,
        "A role whose bullets measure nothing.",
        "Reports a role with two or more bullets of which none has a number, a percentage, an "
        "amount or a comparison (\"doubled\").",
        "Numbers let a recruiter see scale and impact at a glance: \"12 nurses\", \"$2M\", \"40% "
        "faster\". A role without any reads as a list of tasks.",
        (_ex(_ROLE_PAST + "- Built the billing service\n- Improved the deployment process\n- Mentored new engineers"),),
        (_ex(_ROLE_PAST + "- Built the billing service, processing $4M a month\n- Improved the deployment process\n"
             "- Mentored new engineers"),),
    ),
    Rule(
        "SG307", "long-bullet", F.BULLETS, S.WARNING,
        "A bullet longer than the configured number of words.",
        "Flags bullets with more words than `max-bullet-words` (default 40).",
        "Recruiters skim; a bullet that runs past two lines gets skipped. Split it or cut it to "
        "the result.",
        (_ex(_ROLE_PAST + "- Built the billing service that processes card payments for the whole "
             "company, working with finance and product to agree on requirements", options={"max-bullet-words": 15}),),
        (_ex(_ROLE_PAST + "- Built the billing service: $4M a month in card payments", options={"max-bullet-words": 15}),),
        options=(Option("max-bullet-words", 40, "Most words in a bullet before SG307 reports."),),
    ),
    Rule(
        "SG308", "repeated-opening-verb", F.BULLETS, S.INFO,
        "Consecutive bullets open with the same verb, or one verb opens many bullets.",
        "Flags a bullet whose opening verb (lemma) is the same as the previous bullet's in the same "
        "role, or that has already opened three bullets.",
        "Repetition makes the bullets blur together and suggests a narrow range of work.",
        (_ex(_ROLE_PAST + "- Managed the billing service\n- Managed the on-call rota"),),
        (_ex(_ROLE_PAST + "- Managed the billing service\n- Ran the on-call rota"),),
    ),
    Rule(
        "SG309", "present-tense-in-past-role", F.BULLETS, S.WARNING,
        "A past role described in the present tense.",
        "Flags bullets of a role that has ended whose opening verb is in the present tense "
        "(\"Manage\", \"Leads\").",
        "A role that has ended reads in the past tense; the present tense makes the reader wonder "
        "whether it is still held, and looks careless.",
        (_ex(_ROLE_PAST + "- Manage the billing service, $4M a month"),),
        (_ex(_ROLE_PAST + "- Managed the billing service, $4M a month"),),
    ),
    Rule(
        "SG310", "past-tense-in-current-role", F.BULLETS, S.INFO,
        "A current role described in the past tense.",
        "Reports a current role (\"– Present\") whose bullets mostly open in the past tense.",
        "Ongoing work reads in the present tense (\"Lead a team of 6\"); the past tense suggests "
        "the role has ended. Finished achievements within a current role may stay in the past.",
        (_ex(_ROLE_NOW + "- Led a team of 6\n- Ran the on-call rota\n- Owned the billing roadmap"),),
        (_ex(_ROLE_NOW + "- Lead a team of 6\n- Run the on-call rota\n- Shipped the 2023 billing rewrite"),),
    ),
)
