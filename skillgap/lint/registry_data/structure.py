"""Rules SG2xx: structure."""

from __future__ import annotations

from skillgap.lint.registry_data import CONTACT_LINES, CURRENT_ROLE_LINES, F, Rule, S, example

RULES: tuple[Rule, ...] = (
    Rule(
        "SG201", "missing-email", F.STRUCTURE, S.ERROR,
        "No email address found.",
        "Flags a résumé in which no email address can be read.",
        "The email address is how a recruiter answers. Without one the application cannot go "
        "further; when the address is there but unreadable (an image, an icon font), the result "
        "is the same.",
        (example("# Jane Doe\n+1 555 010 0199\n## Skills\nPython"),),
        (example(CONTACT_LINES + "## Skills\nPython"),),
    ),
    Rule(
        "SG202", "missing-phone", F.STRUCTURE, S.WARNING,
        "No phone number found.",
        "Flags a résumé in which no phone number can be read.",
        "Recruiters phone shortlisted candidates; most tracking systems have a phone field that "
        "stays empty when the number is missing or written in a way a parser cannot read.",
        (example("# Jane Doe\njane.doe@example.com\n## Skills\nPython"),),
        (example(CONTACT_LINES + "## Skills\nPython"),),
    ),
    Rule(
        "SG203", "missing-experience-section", F.STRUCTURE, S.WARNING,
        "No experience section.",
        "Flags a résumé without a section that tracking systems recognise as work experience.",
        "Tracking systems fill the candidate's work history from the section headed Experience "
        "(or Work Experience, Employment History ...). Under another heading, or without one, the "
        "history may not be read at all.",
        (example(CONTACT_LINES + "## Education\nBSc Computer Science, 2019\n## Skills\nPython"),),
        (example(CONTACT_LINES + CURRENT_ROLE_LINES + "- Built the billing service\n## Education\nBSc, 2019\n"
             "## Skills\nPython"),),
    ),
    Rule(
        "SG204", "missing-education-section", F.STRUCTURE, S.WARNING,
        "No education section.",
        "Flags a résumé without an education section.",
        "Many postings filter on a degree or a qualification; tracking systems look for them "
        "under an Education heading.",
        (example(CONTACT_LINES + CURRENT_ROLE_LINES + "- Built the billing service\n## Skills\nPython"),),
        (example(CONTACT_LINES + CURRENT_ROLE_LINES + "- Built the billing service\n## Education\nBSc, 2019\n"
             "## Skills\nPython"),),
    ),
    Rule(
        "SG205", "missing-skills-section", F.STRUCTURE, S.WARNING,
        "No skills section.",
        "Flags a résumé without a skills section (under any heading that names skills, \"Hobbies and "
        "Skills\" too, or a list of short items drawn without a heading beside the profile).",
        "Recruiters search candidates by skill, and tracking systems weigh a skills section "
        "heavily; it is also the fastest place for a reader to check a requirement.",
        (example(CONTACT_LINES + CURRENT_ROLE_LINES + "- Built the billing service\n## Education\nBSc, 2019"),),
        (example(CONTACT_LINES + CURRENT_ROLE_LINES + "- Built the billing service\n## Education\nBSc, 2019\n"
             "## Skills\nPython"),),
    ),
    Rule(
        "SG206", "non-standard-heading", F.STRUCTURE, S.WARNING,
        "A section heading that tracking systems do not recognise.",
        "Flags a heading that names a standard section in a creative way (\"Where I've Worked\", "
        "\"My Toolbox\") and suggests the standard one.",
        "Parsers map sections by their headings. An unusual heading leaves a whole section "
        "unclassified: the work history or the skills are then missing from the candidate record.",
        (example(CONTACT_LINES + "## Where I've Worked\n### Engineer, Acme | 2019 – 2021\n"
             "- Built the billing service"),),
        (example(CONTACT_LINES + "## Experience\n### Engineer, Acme | 2019 – 2021\n- Built the billing service"),),
    ),
    Rule(
        "SG207", "unprofessional-email", F.STRUCTURE, S.WARNING,
        "An email address that looks unprofessional.",
        "Flags email addresses whose name part contains words like \"sexy\", \"princess\", "
        "\"420\" or \"partyanimal\".",
        "The address is the first thing a recruiter reads and the last thing they click; a "
        "jokey one undercuts everything else on the page.",
        (example("# Jane Doe\npartygirl420@example.com | +1 555 010 0199"),),
        (example("# Jane Doe\njane.doe@example.com | +1 555 010 0199"),),
    ),
    Rule(
        "SG208", "references-on-request", F.STRUCTURE, S.INFO,
        "\"References available upon request\" wastes a line.",
        "Flags the phrase \"references available (up)on request\".",
        "Every recruiter assumes it; the line takes space that a result could use.",
        (example(CONTACT_LINES + "## References\nReferences available upon request."),),
        (example(CONTACT_LINES + "## Skills\nPython, SQL"),),
    ),
    Rule(
        "SG209", "objective-statement", F.STRUCTURE, S.INFO,
        "An \"Objective\" section: replace it with a short summary.",
        "Flags a section headed Objective or Career Objective.",
        "Objectives say what the candidate wants; recruiters read for what the candidate offers. "
        "A two- or three-line summary of experience and strengths does that job.",
        (example(CONTACT_LINES + "## Objective\nTo obtain a challenging position in a growing company."),),
        (example(CONTACT_LINES + "## Summary\nBackend engineer, eight years in payments; cut checkout latency 40%."),),
    ),
)
