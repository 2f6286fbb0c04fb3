"""Rules SG4xx: dates."""

from __future__ import annotations

from skillgap.lint.registry_data import CURRENT_ROLE_LINES, F, Option, Rule, S, example

RULES: tuple[Rule, ...] = (
    Rule(
        "SG401", "mixed-date-formats", F.DATES, S.WARNING,
        "Dates written in more than one format.",
        "Flags dates whose format (\"Jan 2020\", \"January 2020\", \"01/2020\", \"2020-01\") differs "
        "from the one most of the résumé uses. Years alone and seasons fit any format.",
        "Consistent dates look careful and parse reliably; mixed formats look like a résumé "
        "assembled from pieces.",
        (example(CURRENT_ROLE_LINES.replace("Jan 2022", "January 2022") + "- Built the billing service\n"
             "### Engineer, Beta | 03/2019 – 12/2021\n- Built the reporting service"),),
        (example(CURRENT_ROLE_LINES + "- Built the billing service\n"
             "### Engineer, Beta | Mar 2019 – Dec 2021\n- Built the reporting service"),),
    ),
    Rule(
        "SG402", "role-without-dates", F.DATES, S.WARNING,
        "A role without dates.",
        "Flags an entry in the experience section that has bullets but no date or date range.",
        "Recruiters and tracking systems compute experience from the dates; a role without them "
        "counts for nothing and looks like something is being hidden.",
        (example("## Experience\n### Software Engineer, Acme Corp\n- Built the billing service"),),
        (example("## Experience\n### Software Engineer, Acme Corp | 2019 – 2021\n- Built the billing service"),),
    ),
    Rule(
        "SG403", "end-before-start", F.DATES, S.ERROR,
        "A date range that ends before it starts.",
        "Flags date ranges whose end date is earlier than their start date.",
        "It is a typo, and a conspicuous one: a reader checking dates stops there.",
        (example("## Experience\n### Software Engineer, Acme Corp | Mar 2021 – Jan 2019\n"
                 "- Built the billing service"),),
        (example("## Experience\n### Software Engineer, Acme Corp | Jan 2019 – Mar 2021\n"
                 "- Built the billing service"),),
    ),
    Rule(
        "SG404", "future-date", F.DATES, S.WARNING,
        "A date in the future.",
        "Flags dates later than today outside education and certifications (an expected "
        "graduation or an expiry date may be in the future).",
        "A start or end date in the future is almost always a typo in the year.",
        (example("## Experience\n### Software Engineer, Acme Corp | Jan 2019 – Mar 2091\n"
                 "- Built the billing service"),),
        (example("## Experience\n### Software Engineer, Acme Corp | Jan 2019 – Mar 2021\n"
                 "- Built the billing service"),),
    ),
    Rule(
        "SG405", "employment-gap", F.DATES, S.INFO,
        "A gap between roles longer than the configured months, with nothing to explain it.",
        "Reports a gap of more than `gap-months` (default 6) between consecutive roles that no "
        "other dated entry (education, volunteering, a project) covers.",
        "Recruiters notice gaps and wonder; a line that explains one (study, caring, travel, a "
        "sabbatical) answers the question before it is asked.",
        (example("## Experience\n### Engineer, Acme | Jan 2022 – Present\n- Built the billing service\n"
             "### Engineer, Beta | Jan 2018 – Dec 2020\n- Built the reporting service"),),
        (example("## Experience\n### Engineer, Acme | Jan 2022 – Present\n- Built the billing service\n"
             "### Career break | Jan 2021 – Dec 2021\n- Cared for a family member\n"
             "### Engineer, Beta | Jan 2018 – Dec 2020\n- Built the reporting service"),),
        options=(Option("gap-months", 6, "Longest gap between roles, in months, before SG405 reports."),),
    ),
    Rule(
        "SG406", "single-date-role", F.DATES, S.INFO,
        "A past role dated with a single date instead of a range.",
        "Reports an experience entry dated by one date (\"2019\") rather than a start and an end.",
        "A single date leaves the length of the role to guesswork: a month or a year?",
        (example("## Experience\n### Software Engineer, Acme Corp | 2019\n- Built the billing service"),),
        (example("## Experience\n### Software Engineer, Acme Corp | Mar 2019 – Nov 2019\n"
                 "- Built the billing service"),),
    ),
)
