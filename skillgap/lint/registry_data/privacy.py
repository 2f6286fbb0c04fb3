"""Rules SG6xx: privacy (off by default)."""

from __future__ import annotations

from skillgap.lint.registry_data import CONTACT_LINES, F, Rule, S, example

RULES: tuple[Rule, ...] = (
    Rule(
        "SG601", "photo", F.PRIVACY, S.WARNING,
        "The file contains an image (a photo of the candidate?).",
        "Reports embedded images. Off by default; the `us` preset turns it on.",
        "In the US, UK, Canada and Ireland employers avoid photos to guard against discrimination "
        "claims and some discard résumés that carry one; parsers also skip images entirely.",
        (example("# Jane Doe\n![Jane](photo.jpg)\njane.doe@example.com", layout={"images": 1}),),
        (example("# Jane Doe\njane.doe@example.com"),),
        enabled=False, presets=("us",),
    ),
    Rule(
        "SG602", "date-of-birth", F.PRIVACY, S.WARNING,
        "A date of birth or age.",
        "Flags \"Date of birth\", \"DOB\", \"Born\", \"Age:\". Off by default; the `eu` and `us` "
        "presets turn it on.",
        "Age is a protected characteristic in most jurisdictions; employers do not want to see "
        "it, and it exposes the candidate to bias.",
        (example(CONTACT_LINES + "Date of birth: 12 March 1990"),),
        (example(CONTACT_LINES),),
        enabled=False, presets=("eu", "us"),
    ),
    Rule(
        "SG603", "marital-status", F.PRIVACY, S.WARNING,
        "Marital status or children.",
        "Flags \"Marital status\", \"Married\", \"Divorced\", \"2 children\". Off by default; the `eu` "
        "and `us` presets turn it on.",
        "Family status is irrelevant to the job and a protected characteristic; stating it invites "
        "bias.",
        (example(CONTACT_LINES + "Marital status: Married, 2 children"),),
        (example(CONTACT_LINES),),
        enabled=False, presets=("eu", "us"),
    ),
    Rule(
        "SG604", "street-address", F.PRIVACY, S.WARNING,
        "A full street address.",
        "Flags a street address (house number and street) in the contact details. Off by default; "
        "the `eu` and `us` presets turn it on.",
        "City and region are enough for a recruiter; a full home address on a document sent to "
        "strangers and job boards is a privacy and safety risk.",
        (example(CONTACT_LINES + "1234 Elm Street, Springfield, IL 62704"),),
        (example(CONTACT_LINES + "Springfield, IL"),),
        enabled=False, presets=("eu", "us"),
    ),
    Rule(
        "SG605", "personal-characteristics", F.PRIVACY, S.WARNING,
        "Nationality, religion, gender or similar personal details.",
        "Flags \"Nationality:\", \"Religion:\", \"Gender:\", \"Place of birth:\" and similar labels. Off "
        "by default; the `eu` and `us` presets turn it on. (Work authorisation is fine to state.)",
        "These are protected characteristics; they are not relevant to the job and invite bias.",
        (example(CONTACT_LINES + "Nationality: German | Religion: Catholic"),),
        (example(CONTACT_LINES + "Work authorisation: EU citizen"),),
        enabled=False, presets=("eu", "us"),
    ),
    Rule(
        "SG606", "government-id", F.PRIVACY, S.ERROR,
        "A government identity number (SSN, passport, national insurance).",
        "Flags social security numbers and labelled passport, national insurance or ID numbers. "
        "On by default.",
        "A résumé travels through job boards, inboxes and tracking systems; an identity number on "
        "it is an invitation to identity theft. No employer needs it before an offer.",
        (example(CONTACT_LINES + "SSN: 123-45-6789"),),
        (example(CONTACT_LINES),),
    ),
)
