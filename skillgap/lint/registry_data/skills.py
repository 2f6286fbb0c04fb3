"""Rules SG5xx: skills."""

from __future__ import annotations

from skillgap.lint.registry_data import PAST_ROLE_LINES, F, Option, Rule, S, example

RULES: tuple[Rule, ...] = (
    Rule(
        "SG501", "skill-without-evidence", F.SKILLS, S.INFO,
        "A skill listed in the skills section that no role or project shows.",
        "Reports tools and hard skills that appear in the skills section but in no experience, "
        "project or volunteering entry (a narrower or broader skill there counts, and so does the "
        "skill's name or an alias in the entry's own words, as `skillgap check` reads them: "
        "\"delivered projects\" for project management; a repository on GitHub, GitLab or "
        "Bitbucket shows Git, and a link from a role to its repository there shows the host; "
        "a product named after its tool, \"ReactFlow\", shows React). Where roles or projects "
        "show small pictures (a PDF that tags a role with the logos of its tools), it says that no "
        "role names the skill in words: logos are not read, by skillgap or by tracking systems.",
        "A bare list is a claim; the same skill in a bullet is evidence. Recruiters (and the "
        "`skillgap check` score) trust skills shown in use.",
        (example(PAST_ROLE_LINES + "- Built the billing service in Python\n## Skills\nPython, Terraform"),),
        (example(PAST_ROLE_LINES + "- Built the billing service in Python, provisioned with Terraform\n"
             "## Skills\nPython, Terraform"),),
    ),
    Rule(
        "SG502", "miscased-skill", F.SKILLS, S.WARNING,
        "A skill name written with the wrong capitalisation (\"Javascript\", \"Postgresql\").",
        "Flags skill names whose letters match the taxonomy's canonical name but whose case does "
        "not, and gives the canonical spelling.",
        "Names like JavaScript, GitHub or PostgreSQL have an official spelling; getting them wrong "
        "in a technical résumé signals unfamiliarity to a technical reader.",
        (example("## Skills\nJavascript, Postgresql"),),
        (example("## Skills\nJavaScript, PostgreSQL"),),
    ),
    Rule(
        "SG503", "keyword-stuffing", F.SKILLS, S.WARNING,
        "The same skill repeated many times.",
        "Flags a skill written the same way more times than `max-keyword-repeats` (default 10); "
        "two wordings the taxonomy reads as one skill (a unit's \"ICU\" and \"critical care\") "
        "count apart, and a referee's title, the header's contact line or a field named before a noun "
        "(\"the critical care medicines group\") does not count.",
        "Repeating a keyword to game a tracking system is visible to the recruiter who reads the "
        "résumé next, and modern systems discount it.",
        (example("## Skills\nPython, Python 3, Python scripting, Python tooling\n" + PAST_ROLE_LINES
                 + "- Built Python services", options={"max-keyword-repeats": 3}),),
        (example("## Skills\nPython\n" + PAST_ROLE_LINES + "- Built Python services",
                 options={"max-keyword-repeats": 3}),),
        options=(Option("max-keyword-repeats", 10, "Most mentions of one skill before SG503 reports."),),
    ),
    Rule(
        "SG504", "duplicate-skill", F.SKILLS, S.INFO,
        "A skill listed twice in the skills section.",
        "Reports a skill that the skills section names twice in the same words (\"SQL\" in two groups, "
        "\"Node.js\" and \"NodeJS\"), or an item that says an earlier one again with its words in "
        "another order (\"API Design\", then \"design of RESTful APIs\"); naming details of a skill "
        "(\"Excel (VLOOKUP, pivot tables)\") is fine.",
        "Duplicates make the list longer without saying more, and look careless.",
        (example("## Skills\nBackend: Python, SQL\nData: SQL, Tableau"),),
        (example("## Skills\nBackend: Python, SQL\nData: Tableau"),),
    ),
)
