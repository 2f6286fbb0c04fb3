"""THE table of lint rules: every code, its name, family, severity, options and docs.

Like ruff's `codes.rs`, this is the only place a code is assigned. Each rule names the
function that implements it (in `skillgap.lint.rules.<family>`), documents itself with
the same four sections (What it does / Why is this bad? / Example / Use instead), and
carries examples that must fail and pass; `tests/test_lint_registry.py` runs them all.

Rule names read as "allow <name>": `--ignore SG301` is "allow duty-opener".

    python -m skillgap.lint.registry --markdown > docs/lint-rules.md
    python -m skillgap.lint.registry --table       # the README's rule table
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Family(str, Enum):
    PARSE = "parse"  # SG1xx: what tracking systems choke on
    STRUCTURE = "structure"  # SG2xx
    BULLETS = "bullets"  # SG3xx
    DATES = "dates"  # SG4xx
    SKILLS = "skills"  # SG5xx
    PRIVACY = "privacy"  # SG6xx
    META = "meta"  # SG9xx: about the suppressions themselves

    @property
    def prefix(self) -> str:
        return {"parse": "SG1", "structure": "SG2", "bullets": "SG3", "dates": "SG4", "skills": "SG5",
                "privacy": "SG6", "meta": "SG9"}[self.value]

    @property
    def title(self) -> str:
        return {"parse": "File and parseability", "structure": "Structure", "bullets": "Bullets",
                "dates": "Dates", "skills": "Skills", "privacy": "Privacy (off by default)",
                "meta": "Suppressions"}[self.value]


@dataclass(frozen=True)
class Option:
    """A rule option, set as `<name> = <value>` under `[tool.skillgap.lint]`."""

    name: str
    default: int
    help: str


@dataclass(frozen=True)
class Example:
    """A résumé fragment (Markdown unless `fmt` says otherwise) and the layout facts that a
    reader would have observed in a real file (`layout` keys: format, pages, columns,
    hidden, origins, images, text_layer), plus rule `options` for this example."""

    text: str
    layout: dict[str, Any] = field(default_factory=dict)
    options: dict[str, int] = field(default_factory=dict)
    fmt: str = "md"


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    family: Family
    severity: Severity
    summary: str  # one line: what a finding means
    what: str  # What it does
    why: str  # Why is this bad?
    fails: tuple[Example, ...]  # the first is the doc's "Example"
    passes: tuple[Example, ...]  # the first is the doc's "Use instead"
    enabled: bool = True  # on when nothing is selected explicitly
    options: tuple[Option, ...] = ()
    presets: tuple[str, ...] = ()  # privacy presets that turn it on
    check: str = ""  # function name in rules/<family>.py (default: the name in snake case)

    @property
    def function(self) -> str:
        return self.check or self.name.replace("-", "_")

    @property
    def module(self) -> str:
        return f"skillgap.lint.rules.{self.family.value}"


def _ex(text: str, **kwargs: Any) -> Example:
    return Example(text.strip("\n") + "\n", **kwargs)


S, F = Severity, Family
_CONTACT = "# Jane Doe\njane.doe@example.com | +1 555 010 0199\n"
_ROLE_PAST = "## Experience\n### Software Engineer, Acme Corp | Jan 2019 – Dec 2021\n"
_ROLE_NOW = "## Experience\n### Software Engineer, Acme Corp | Jan 2022 – Present\n"

RULES: tuple[Rule, ...] = (
    # ---------------------------------------------------------------- SG1: file and parseability
    Rule(
        "SG101", "no-text-layer", F.PARSE, S.ERROR,
        "The file has no text layer (a scan or an image): tracking systems read nothing.",
        "Flags a PDF whose pages carry no extractable text, or almost none.",
        "Applicant tracking systems read the text layer of a PDF; they do not run OCR. A scanned "
        "résumé or one exported as an image reaches the recruiter's search as an empty page.",
        (_ex("Jane Doe", layout={"format": "pdf", "text_layer": False}),),
        (_ex(_CONTACT + "## Experience\n- Built the billing service", layout={"format": "pdf"}),),
    ),
    Rule(
        "SG102", "hidden-text", F.PARSE, S.ERROR,
        "Text hidden from readers (white or tiny): read as keyword stuffing.",
        "Flags text drawn in white, in a size under 4 pt, or marked hidden, which a person cannot "
        "see but a parser reads.",
        "Hiding a list of keywords in white text is a known trick; tracking systems and recruiters "
        "who paste the text see it, and many reject the application outright.",
        (_ex("## Skills\nPython, SQL\nkubernetes terraform aws gcp", layout={"hidden": ["kubernetes terraform aws gcp"]}),),
        (_ex("## Skills\nPython, SQL, Kubernetes, Terraform"),),
    ),
    Rule(
        "SG103", "multi-column-layout", F.PARSE, S.INFO,
        "The page is laid out in columns: some tracking systems read across them.",
        "Reports pages that a PDF reader found laid out in two or more columns.",
        "Older parsers read a page left to right, line by line, and interleave the columns: a job "
        "title ends up next to a skill list. Modern ones cope; a single column is always safe.",
        (_ex(_CONTACT + "## Skills\nPython", layout={"format": "pdf", "columns": [2]}),),
        (_ex(_CONTACT + "## Skills\nPython", layout={"format": "pdf", "columns": [1]}),),
    ),
    Rule(
        "SG104", "key-content-in-table", F.PARSE, S.WARNING,
        "Contact details, headings or role dates inside a table.",
        "Flags tables that hold contact details, section headings or the dates of a role.",
        "Many parsers flatten tables cell by cell or skip them: contact details in a table are a "
        "classic reason for an application that shows no email or phone.",
        (_ex("# Jane Doe\njane.doe@example.com | +1 555 010 0199",
             layout={"origins": {"jane.doe@example.com": "table"}}),),
        (_ex("# Jane Doe\njane.doe@example.com | +1 555 010 0199"),),
    ),
    Rule(
        "SG105", "text-box", F.PARSE, S.WARNING,
        "Text inside a text box: many tracking systems skip text boxes.",
        "Flags text that a Word document keeps in a floating text box or shape.",
        "Text boxes live outside the document's main text flow; many parsers never read them, "
        "and those that do place their text out of order.",
        (_ex(_CONTACT + "## Summary\nBackend engineer, eight years in payments.",
             layout={"origins": {"Backend engineer": "textbox"}}),),
        (_ex(_CONTACT + "## Summary\nBackend engineer, eight years in payments."),),
    ),
    Rule(
        "SG106", "contact-in-header-footer", F.PARSE, S.WARNING,
        "Contact details only in the page header or footer.",
        "Flags an email address or phone number that appears only in the page header or footer.",
        "Several tracking systems ignore Word headers and footers; the recruiter then sees a "
        "candidate without an email or phone number.",
        (_ex("jane.doe@example.com | +1 555 010 0199\n# Jane Doe\n## Skills\nPython",
             layout={"origins": {"jane.doe@example.com": "header"}}),),
        (_ex("# Jane Doe\njane.doe@example.com | +1 555 010 0199\n## Skills\nPython"),),
    ),
    Rule(
        "SG107", "garbled-characters", F.PARSE, S.WARNING,
        "Characters that extract as garbage (icon glyphs, unmapped glyphs, broken encoding).",
        "Flags characters a parser cannot read as text: icon-font glyphs in Unicode's private use "
        "area, `(cid:NN)` glyphs without a Unicode mapping, ligatures, replacement characters and "
        "UTF-8 read as Latin-1 (`Ã©`, `â€™`).",
        "Icon fonts put meaningless code points where a reader expects \"Email\" or \"Phone\"; "
        "fonts without a Unicode map turn whole words into `(cid:72)(cid:101)`. The recruiter's "
        "search never finds those words.",
        (_ex("# Jane Doe\n\uf0e0 jane.doe@example.com \uf095 +1 555 010 0199"),),
        (_ex("# Jane Doe\nEmail: jane.doe@example.com | Phone: +1 555 010 0199"),),
    ),
    Rule(
        "SG108", "too-many-pages", F.PARSE, S.WARNING,
        "The résumé is longer than the configured number of pages.",
        "Flags a PDF or Word résumé with more pages than `max-pages` (default 2).",
        "Recruiters spend seconds on a first read; beyond two pages the strongest points get "
        "buried. Academic CVs are the exception: raise `max-pages` for them.",
        (_ex(_CONTACT + "## Experience\n- Built the billing service", layout={"format": "pdf", "pages": 3}),),
        (_ex(_CONTACT + "## Experience\n- Built the billing service", layout={"format": "pdf", "pages": 2}),),
        options=(Option("max-pages", 2, "Most pages before SG108 reports."),),
    ),
    Rule(
        "SG109", "thin-content", F.PARSE, S.INFO,
        "Very little text was read from the file.",
        "Reports a résumé with fewer words than `min-words` (default 150).",
        "Either the file is mostly images and layout (so a parser reads little of it), or the "
        "résumé says too little for a recruiter to judge it.",
        (_ex(_CONTACT + "## Experience\n- Built the billing service", options={"min-words": 30}),),
        (_ex(_CONTACT + "## Experience\n- Built the billing service", options={"min-words": 10}),),
        options=(Option("min-words", 150, "Fewest words before SG109 reports."),),
    ),
    # ---------------------------------------------------------------- SG2: structure
    Rule(
        "SG201", "missing-email", F.STRUCTURE, S.ERROR,
        "No email address found.",
        "Flags a résumé in which no email address can be read.",
        "The email address is how a recruiter answers. Without one the application cannot go "
        "further; when the address is there but unreadable (an image, an icon font), the result "
        "is the same.",
        (_ex("# Jane Doe\n+1 555 010 0199\n## Skills\nPython"),),
        (_ex(_CONTACT + "## Skills\nPython"),),
    ),
    Rule(
        "SG202", "missing-phone", F.STRUCTURE, S.WARNING,
        "No phone number found.",
        "Flags a résumé in which no phone number can be read.",
        "Recruiters phone shortlisted candidates; most tracking systems have a phone field that "
        "stays empty when the number is missing or written in a way a parser cannot read.",
        (_ex("# Jane Doe\njane.doe@example.com\n## Skills\nPython"),),
        (_ex(_CONTACT + "## Skills\nPython"),),
    ),
    Rule(
        "SG203", "missing-experience-section", F.STRUCTURE, S.WARNING,
        "No experience section.",
        "Flags a résumé without a section that tracking systems recognise as work experience.",
        "Tracking systems fill the candidate's work history from the section headed Experience "
        "(or Work Experience, Employment History ...). Under another heading, or without one, the "
        "history may not be read at all.",
        (_ex(_CONTACT + "## Education\nBSc Computer Science, 2019\n## Skills\nPython"),),
        (_ex(_CONTACT + _ROLE_NOW + "- Built the billing service\n## Education\nBSc, 2019\n## Skills\nPython"),),
    ),
    Rule(
        "SG204", "missing-education-section", F.STRUCTURE, S.WARNING,
        "No education section.",
        "Flags a résumé without an education section.",
        "Many postings filter on a degree or a qualification; tracking systems look for them "
        "under an Education heading.",
        (_ex(_CONTACT + _ROLE_NOW + "- Built the billing service\n## Skills\nPython"),),
        (_ex(_CONTACT + _ROLE_NOW + "- Built the billing service\n## Education\nBSc, 2019\n## Skills\nPython"),),
    ),
    Rule(
        "SG205", "missing-skills-section", F.STRUCTURE, S.WARNING,
        "No skills section.",
        "Flags a résumé without a skills section.",
        "Recruiters search candidates by skill, and tracking systems weigh a skills section "
        "heavily; it is also the fastest place for a reader to check a requirement.",
        (_ex(_CONTACT + _ROLE_NOW + "- Built the billing service\n## Education\nBSc, 2019"),),
        (_ex(_CONTACT + _ROLE_NOW + "- Built the billing service\n## Education\nBSc, 2019\n## Skills\nPython"),),
    ),
    Rule(
        "SG206", "non-standard-heading", F.STRUCTURE, S.WARNING,
        "A section heading that tracking systems do not recognise.",
        "Flags a heading that names a standard section in a creative way (\"Where I've Worked\", "
        "\"My Toolbox\") and suggests the standard one.",
        "Parsers map sections by their headings. An unusual heading leaves a whole section "
        "unclassified: the work history or the skills are then missing from the candidate record.",
        (_ex(_CONTACT + "## Where I've Worked\n### Engineer, Acme | 2019 – 2021\n- Built the billing service"),),
        (_ex(_CONTACT + "## Experience\n### Engineer, Acme | 2019 – 2021\n- Built the billing service"),),
    ),
    Rule(
        "SG207", "unprofessional-email", F.STRUCTURE, S.WARNING,
        "An email address that looks unprofessional.",
        "Flags email addresses whose name part contains words like \"sexy\", \"princess\", "
        "\"420\" or \"partyanimal\".",
        "The address is the first thing a recruiter reads and the last thing they click; a "
        "jokey one undercuts everything else on the page.",
        (_ex("# Jane Doe\npartygirl420@example.com | +1 555 010 0199"),),
        (_ex("# Jane Doe\njane.doe@example.com | +1 555 010 0199"),),
    ),
    Rule(
        "SG208", "references-on-request", F.STRUCTURE, S.INFO,
        "\"References available upon request\" wastes a line.",
        "Flags the phrase \"references available (up)on request\".",
        "Every recruiter assumes it; the line takes space that a result could use.",
        (_ex(_CONTACT + "## References\nReferences available upon request."),),
        (_ex(_CONTACT + "## Skills\nPython, SQL"),),
    ),
    Rule(
        "SG209", "objective-statement", F.STRUCTURE, S.INFO,
        "An \"Objective\" section: replace it with a short summary.",
        "Flags a section headed Objective or Career Objective.",
        "Objectives say what the candidate wants; recruiters read for what the candidate offers. "
        "A two- or three-line summary of experience and strengths does that job.",
        (_ex(_CONTACT + "## Objective\nTo obtain a challenging position in a growing company."),),
        (_ex(_CONTACT + "## Summary\nBackend engineer, eight years in payments; cut checkout latency 40%."),),
    ),
    # ---------------------------------------------------------------- SG3: bullets
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
    # ---------------------------------------------------------------- SG4: dates
    Rule(
        "SG401", "mixed-date-formats", F.DATES, S.WARNING,
        "Dates written in more than one format.",
        "Flags dates whose format (\"Jan 2020\", \"January 2020\", \"01/2020\", \"2020-01\") differs "
        "from the one most of the résumé uses. Years alone and seasons fit any format.",
        "Consistent dates look careful and parse reliably; mixed formats look like a résumé "
        "assembled from pieces.",
        (_ex(_ROLE_NOW.replace("Jan 2022", "January 2022") + "- Built the billing service\n"
             "### Engineer, Beta | 03/2019 – 12/2021\n- Built the reporting service"),),
        (_ex(_ROLE_NOW + "- Built the billing service\n### Engineer, Beta | Mar 2019 – Dec 2021\n- Built the reporting service"),),
    ),
    Rule(
        "SG402", "role-without-dates", F.DATES, S.WARNING,
        "A role without dates.",
        "Flags an entry in the experience section that has bullets but no date or date range.",
        "Recruiters and tracking systems compute experience from the dates; a role without them "
        "counts for nothing and looks like something is being hidden.",
        (_ex("## Experience\n### Software Engineer, Acme Corp\n- Built the billing service"),),
        (_ex("## Experience\n### Software Engineer, Acme Corp | 2019 – 2021\n- Built the billing service"),),
    ),
    Rule(
        "SG403", "end-before-start", F.DATES, S.ERROR,
        "A date range that ends before it starts.",
        "Flags date ranges whose end date is earlier than their start date.",
        "It is a typo, and a conspicuous one: a reader checking dates stops there.",
        (_ex("## Experience\n### Software Engineer, Acme Corp | Mar 2021 – Jan 2019\n- Built the billing service"),),
        (_ex("## Experience\n### Software Engineer, Acme Corp | Jan 2019 – Mar 2021\n- Built the billing service"),),
    ),
    Rule(
        "SG404", "future-date", F.DATES, S.WARNING,
        "A date in the future.",
        "Flags dates later than today outside education and certifications (an expected "
        "graduation or an expiry date may be in the future).",
        "A start or end date in the future is almost always a typo in the year.",
        (_ex("## Experience\n### Software Engineer, Acme Corp | Jan 2019 – Mar 2091\n- Built the billing service"),),
        (_ex("## Experience\n### Software Engineer, Acme Corp | Jan 2019 – Mar 2021\n- Built the billing service"),),
    ),
    Rule(
        "SG405", "employment-gap", F.DATES, S.INFO,
        "A gap between roles longer than the configured months, with nothing to explain it.",
        "Reports a gap of more than `gap-months` (default 6) between consecutive roles that no "
        "other dated entry (education, volunteering, a project) covers.",
        "Recruiters notice gaps and wonder; a line that explains one (study, caring, travel, a "
        "sabbatical) answers the question before it is asked.",
        (_ex("## Experience\n### Engineer, Acme | Jan 2022 – Present\n- Built the billing service\n"
             "### Engineer, Beta | Jan 2018 – Dec 2020\n- Built the reporting service"),),
        (_ex("## Experience\n### Engineer, Acme | Jan 2022 – Present\n- Built the billing service\n"
             "### Career break | Jan 2021 – Dec 2021\n- Cared for a family member\n"
             "### Engineer, Beta | Jan 2018 – Dec 2020\n- Built the reporting service"),),
        options=(Option("gap-months", 6, "Longest gap between roles, in months, before SG405 reports."),),
    ),
    Rule(
        "SG406", "single-date-role", F.DATES, S.INFO,
        "A past role dated with a single date instead of a range.",
        "Reports an experience entry dated by one date (\"2019\") rather than a start and an end.",
        "A single date leaves the length of the role to guesswork: a month or a year?",
        (_ex("## Experience\n### Software Engineer, Acme Corp | 2019\n- Built the billing service"),),
        (_ex("## Experience\n### Software Engineer, Acme Corp | Mar 2019 – Nov 2019\n- Built the billing service"),),
    ),
    # ---------------------------------------------------------------- SG5: skills
    Rule(
        "SG501", "skill-without-evidence", F.SKILLS, S.INFO,
        "A skill listed in the skills section that no role or project shows.",
        "Reports tools and hard skills that appear in the skills section but in no experience, "
        "project or volunteering entry (a narrower or broader skill there counts).",
        "A bare list is a claim; the same skill in a bullet is evidence. Recruiters (and the "
        "`skillgap check` score) trust skills shown in use.",
        (_ex(_ROLE_PAST + "- Built the billing service in Python\n## Skills\nPython, Terraform"),),
        (_ex(_ROLE_PAST + "- Built the billing service in Python, provisioned with Terraform\n## Skills\nPython, Terraform"),),
    ),
    Rule(
        "SG502", "miscased-skill", F.SKILLS, S.WARNING,
        "A skill name written with the wrong capitalisation (\"Javascript\", \"Postgresql\").",
        "Flags skill names whose letters match the taxonomy's canonical name but whose case does "
        "not, and gives the canonical spelling.",
        "Names like JavaScript, GitHub or PostgreSQL have an official spelling; getting them wrong "
        "in a technical résumé signals unfamiliarity to a technical reader.",
        (_ex("## Skills\nJavascript, Postgresql"),),
        (_ex("## Skills\nJavaScript, PostgreSQL"),),
    ),
    Rule(
        "SG503", "keyword-stuffing", F.SKILLS, S.WARNING,
        "The same skill repeated many times.",
        "Flags a skill mentioned more times than `max-keyword-repeats` (default 10).",
        "Repeating a keyword to game a tracking system is visible to the recruiter who reads the "
        "résumé next, and modern systems discount it.",
        (_ex("## Skills\nPython, Python 3, Python scripting, Python tooling\n" + _ROLE_PAST + "- Built Python services",
             options={"max-keyword-repeats": 3}),),
        (_ex("## Skills\nPython\n" + _ROLE_PAST + "- Built Python services", options={"max-keyword-repeats": 3}),),
        options=(Option("max-keyword-repeats", 10, "Most mentions of one skill before SG503 reports."),),
    ),
    Rule(
        "SG504", "duplicate-skill", F.SKILLS, S.INFO,
        "A skill listed twice in the skills section.",
        "Reports a skill that the skills section names twice in the same words (\"SQL\" in two groups, "
        "\"Node.js\" and \"NodeJS\"); naming details of a skill (\"Excel (VLOOKUP, pivot tables)\") is fine.",
        "Duplicates make the list longer without saying more, and look careless.",
        (_ex("## Skills\nBackend: Python, SQL\nData: SQL, Tableau"),),
        (_ex("## Skills\nBackend: Python, SQL\nData: Tableau"),),
    ),
    # ---------------------------------------------------------------- SG6: privacy
    Rule(
        "SG601", "photo", F.PRIVACY, S.WARNING,
        "The file contains an image (a photo of the candidate?).",
        "Reports embedded images. Off by default; the `us` preset turns it on.",
        "In the US, UK, Canada and Ireland employers avoid photos to guard against discrimination "
        "claims and some discard résumés that carry one; parsers also skip images entirely.",
        (_ex("# Jane Doe\n![Jane](photo.jpg)\njane.doe@example.com", layout={"images": 1}),),
        (_ex("# Jane Doe\njane.doe@example.com"),),
        enabled=False, presets=("us",),
    ),
    Rule(
        "SG602", "date-of-birth", F.PRIVACY, S.WARNING,
        "A date of birth or age.",
        "Flags \"Date of birth\", \"DOB\", \"Born\", \"Age:\". Off by default; the `eu` and `us` "
        "presets turn it on.",
        "Age is a protected characteristic in most jurisdictions; employers do not want to see "
        "it, and it exposes the candidate to bias.",
        (_ex(_CONTACT + "Date of birth: 12 March 1990"),),
        (_ex(_CONTACT),),
        enabled=False, presets=("eu", "us"),
    ),
    Rule(
        "SG603", "marital-status", F.PRIVACY, S.WARNING,
        "Marital status or children.",
        "Flags \"Marital status\", \"Married\", \"Divorced\", \"2 children\". Off by default; the `eu` "
        "and `us` presets turn it on.",
        "Family status is irrelevant to the job and a protected characteristic; stating it invites "
        "bias.",
        (_ex(_CONTACT + "Marital status: Married, 2 children"),),
        (_ex(_CONTACT),),
        enabled=False, presets=("eu", "us"),
    ),
    Rule(
        "SG604", "street-address", F.PRIVACY, S.WARNING,
        "A full street address.",
        "Flags a street address (house number and street) in the contact details. Off by default; "
        "the `eu` and `us` presets turn it on.",
        "City and region are enough for a recruiter; a full home address on a document sent to "
        "strangers and job boards is a privacy and safety risk.",
        (_ex(_CONTACT + "1234 Elm Street, Springfield, IL 62704"),),
        (_ex(_CONTACT + "Springfield, IL"),),
        enabled=False, presets=("eu", "us"),
    ),
    Rule(
        "SG605", "personal-characteristics", F.PRIVACY, S.WARNING,
        "Nationality, religion, gender or similar personal details.",
        "Flags \"Nationality:\", \"Religion:\", \"Gender:\", \"Place of birth:\" and similar labels. Off "
        "by default; the `eu` and `us` presets turn it on. (Work authorisation is fine to state.)",
        "These are protected characteristics; they are not relevant to the job and invite bias.",
        (_ex(_CONTACT + "Nationality: German | Religion: Catholic"),),
        (_ex(_CONTACT + "Work authorisation: EU citizen"),),
        enabled=False, presets=("eu", "us"),
    ),
    Rule(
        "SG606", "government-id", F.PRIVACY, S.ERROR,
        "A government identity number (SSN, passport, national insurance).",
        "Flags social security numbers and labelled passport, national insurance or ID numbers. "
        "On by default.",
        "A résumé travels through job boards, inboxes and tracking systems; an identity number on "
        "it is an invitation to identity theft. No employer needs it before an offer.",
        (_ex(_CONTACT + "SSN: 123-45-6789"),),
        (_ex(_CONTACT),),
    ),
    # ---------------------------------------------------------------- SG9: meta
    Rule(
        "SG901", "unused-suppression", F.META, S.WARNING,
        "A suppression comment that suppresses nothing.",
        "Reports `skillgap: disable=CODE` comments (and each code in them) that matched no "
        "finding in this run.",
        "A stale suppression hides the next real finding on that line; removing it keeps the "
        "exceptions honest.",
        (_ex(_ROLE_PAST + "- Ran the billing service <!-- skillgap: disable=SG301 -->"),),
        (_ex(_ROLE_PAST + "- Responsible for the billing service <!-- skillgap: disable=SG301 -->"),),
    ),
    Rule(
        "SG902", "invalid-suppression", F.META, S.WARNING,
        "A suppression comment naming an unknown code or malformed.",
        "Reports `skillgap:` comments that cannot be read or that name codes no rule has.",
        "A typo in a suppression silently suppresses nothing; the finding it was meant for then "
        "fails the build, or worse, the comment is trusted to do something it does not.",
        (_ex(_ROLE_PAST + "- Responsible for the billing service <!-- skillgap: disable=SG3011 -->"),),
        (_ex(_ROLE_PAST + "- Responsible for the billing service <!-- skillgap: disable=SG301 -->"),),
    ),
)

BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}
BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}
PRESETS: dict[str, tuple[str, ...]] = {
    preset: tuple(rule.code for rule in RULES if preset in rule.presets) for preset in ("eu", "us")
}
OPTIONS: dict[str, Option] = {option.name: option for rule in RULES for option in rule.options}


def get_rule(code_or_name: str) -> Rule | None:
    """A rule by code (case-insensitive) or name."""
    return BY_CODE.get(code_or_name.upper()) or BY_NAME.get(code_or_name.lower())


def matching(selector: str) -> list[Rule]:
    """Rules selected by a code, a prefix ("SG3", "SG30") or "ALL"."""
    selector = selector.strip().upper()
    if selector == "ALL":
        return list(RULES)
    return [rule for rule in RULES if rule.code.startswith(selector)]


def is_valid_selector(selector: str) -> bool:
    return bool(matching(selector))


# --- documentation ---------------------------------------------------------------------

TABLE_START = "<!-- lint-rules:start -->"
TABLE_END = "<!-- lint-rules:end -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def rule_table() -> str:
    """The Markdown table of all rules (the README keeps a copy between the markers)."""
    lines = [
        "| Code | Name | Severity | Default | What it reports |",
        "| --- | --- | --- | --- | --- |",
    ]
    for rule in RULES:
        default = "on" if rule.enabled else "off" + (f" (preset {', '.join(rule.presets)})" if rule.presets else "")
        lines.append(f"| {rule.code} | `{rule.name}` | {rule.severity.value} "
                     f"| {default} | {_cell(rule.summary)} |")
    return "\n".join(lines) + "\n"


def _fence(example: Example) -> str:
    language = {"md": "markdown", "tex": "latex", "json": "json"}.get(example.fmt, "text")
    text = example.text
    notes = []
    layout = example.layout
    if layout.get("hidden"):
        notes.append("hidden (white) text: " + ", ".join(f"“{h}”" for h in layout["hidden"]))
    for needle, origin in layout.get("origins", {}).items():
        notes.append(f"the line with “{needle}” is in a {origin}")
    if "columns" in layout:
        notes.append(f"columns per page: {', '.join(map(str, layout['columns']))}")
    if "pages" in layout:
        notes.append(f"{layout['pages']} pages")
    if layout.get("text_layer") is False:
        notes.append("a scanned PDF: no text layer")
    if layout.get("images"):
        notes.append(f"{layout['images']} embedded image(s)")
    if example.options:
        notes.append("with " + ", ".join(f"`{k} = {v}`" for k, v in example.options.items()))
    head = f"*({'; '.join(notes)})*\n\n" if notes else ""
    return f"{head}```{language}\n{text.rstrip()}\n```\n"


def explain(rule: Rule, level: int = 2) -> str:
    """A rule's full documentation in Markdown (also what `skillgap lint --explain` prints);
    `level` is the heading level of the rule's own title."""
    h, sub = "#" * level, "#" * (level + 1)
    default = "enabled by default" if rule.enabled else "disabled by default"
    if rule.presets:
        default += f"; turned on by the preset{'s' if len(rule.presets) > 1 else ''} {', '.join(rule.presets)}"
    parts = [
        f"{h} {rule.code}",
        "",
        f"`{rule.name}` · {rule.family.title} · {rule.severity.value} · {default}",
        "",
        rule.summary,
        "",
        f"{sub} What it does",
        "",
        rule.what,
        "",
        f"{sub} Why is this bad?",
        "",
        rule.why,
        "",
        f"{sub} Example",
        "",
        _fence(rule.fails[0]),
        f"{sub} Use instead",
        "",
        _fence(rule.passes[0]),
    ]
    if rule.options:
        parts += [f"{sub} Options", ""]
        parts += [f"- `{o.name}` (default {o.default}): {o.help}" for o in rule.options]
        parts.append("")
    parts += [(f"Ignore it with `--ignore {rule.code}`, or in a text résumé with "
              f"`<!-- skillgap: disable={rule.code} -->`."), ""]
    return "\n".join(parts)


def markdown_reference() -> str:
    """docs/lint-rules.md, generated: the table, then every rule's documentation."""
    parts = [
        "# `skillgap lint` rules",
        "",
        ("Generated from `skillgap/lint/registry.py` by "
        "`python -m skillgap.lint.registry --markdown > docs/lint-rules.md`; do not edit by hand "
        "(a test fails when this file drifts from the registry). See [lint.md](lint.md) for "
        "configuration, suppression and CI set-up."),
        "",
        (f"{len(RULES)} rules in {len(Family)} families. Select or ignore them by code or by prefix "
        "(`SG3` is every bullet rule)."),
        "",
        TABLE_START,
        rule_table().rstrip("\n"),
        TABLE_END,
        "",
    ]
    for family in Family:
        parts += [f"## {family.prefix}xx: {family.title}", ""]
        for rule in RULES:
            if rule.family is family:
                parts.append(explain(rule, level=3))
    return "\n".join(parts).rstrip("\n") + "\n"


def rules_by_family() -> dict[Family, list[Rule]]:
    out: dict[Family, list[Rule]] = {family: [] for family in Family}
    for rule in RULES:
        out[rule.family].append(rule)
    return out


def main(argv: Iterable[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--markdown"]:
        sys.stdout.write(markdown_reference())
    elif args == ["--table"]:
        sys.stdout.write(rule_table())
    else:
        sys.stderr.write("usage: python -m skillgap.lint.registry --markdown | --table\n")
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
