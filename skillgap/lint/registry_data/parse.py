"""Rules SG1xx: file and parseability."""

from __future__ import annotations

from skillgap.lint.registry_data import CONTACT_LINES, F, Option, Rule, S, example

RULES: tuple[Rule, ...] = (
    Rule(
        "SG101", "no-text-layer", F.PARSE, S.ERROR,
        "The file has no text layer (a scan or an image): tracking systems read nothing.",
        "Flags a PDF whose pages carry no extractable text, or almost none.",
        "Applicant tracking systems read the text layer of a PDF; they do not run OCR. A scanned "
        "résumé or one exported as an image reaches the recruiter's search as an empty page.",
        (example("Jane Doe", layout={"format": "pdf", "text_layer": False}),),
        (example(CONTACT_LINES + "## Experience\n- Built the billing service", layout={"format": "pdf"}),),
    ),
    Rule(
        "SG102", "hidden-text", F.PARSE, S.ERROR,
        "Text hidden from readers (the colour of its background, or tiny): read as keyword stuffing.",
        "Flags text drawn in white, in a size under 4 pt, or marked hidden, which a person cannot "
        "see but a parser reads.",
        "Hiding a list of keywords in white text is a known trick; tracking systems and recruiters "
        "who paste the text see it, and many reject the application outright.",
        (example("## Skills\nPython, SQL\nkubernetes terraform aws gcp",
                 layout={"hidden": ["kubernetes terraform aws gcp"]}),),
        (example("## Skills\nPython, SQL, Kubernetes, Terraform"),),
    ),
    Rule(
        "SG103", "multi-column-layout", F.PARSE, S.INFO,
        "The page is laid out in columns: some tracking systems read across them.",
        "Reports pages that a PDF reader found laid out in two or more columns (the cells of a "
        "ruled form, such as a Japanese rirekisho, are not columns; nor is a short grid inside "
        "one section, such as a skills list split in two, nor a column of labels each beside its "
        "value, as in a Europass CV).",
        "Older parsers read a page left to right, line by line, and interleave the columns: a job "
        "title ends up next to a skill list. Modern ones cope; a single column is always safe.",
        (example(CONTACT_LINES + "## Skills\nPython", layout={"format": "pdf", "columns": [2]}),),
        (example(CONTACT_LINES + "## Skills\nPython", layout={"format": "pdf", "columns": [1]}),),
    ),
    Rule(
        "SG104", "key-content-in-table", F.PARSE, S.WARNING,
        "Contact details, headings or role dates inside a table.",
        "Flags tables that hold contact details, section headings or the dates of a role.",
        "Many parsers flatten tables cell by cell or skip them: contact details in a table are a "
        "classic reason for an application that shows no email or phone.",
        (example("# Jane Doe\njane.doe@example.com | +1 555 010 0199",
             layout={"origins": {"jane.doe@example.com": "table"}}),),
        (example("# Jane Doe\njane.doe@example.com | +1 555 010 0199"),),
    ),
    Rule(
        "SG105", "text-box", F.PARSE, S.WARNING,
        "Text inside a text box: many tracking systems skip text boxes.",
        "Flags text that a Word document keeps in a floating text box or shape.",
        "Text boxes live outside the document's main text flow; many parsers never read them, "
        "and those that do place their text out of order.",
        (example(CONTACT_LINES + "## Summary\nBackend engineer, eight years in payments.",
             layout={"origins": {"Backend engineer": "textbox"}}),),
        (example(CONTACT_LINES + "## Summary\nBackend engineer, eight years in payments."),),
    ),
    Rule(
        "SG106", "contact-in-header-footer", F.PARSE, S.WARNING,
        "Contact details only in the page header or footer.",
        "Flags an email address or phone number that appears only in the page header or footer.",
        "Several tracking systems ignore Word headers and footers; the recruiter then sees a "
        "candidate without an email or phone number.",
        (example("jane.doe@example.com | +1 555 010 0199\n# Jane Doe\n## Skills\nPython",
             layout={"origins": {"jane.doe@example.com": "header"}}),),
        (example("# Jane Doe\njane.doe@example.com | +1 555 010 0199\n## Skills\nPython"),),
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
        (example("# Jane Doe\n\uf0e0 jane.doe@example.com \uf095 +1 555 010 0199"),),
        (example("# Jane Doe\nEmail: jane.doe@example.com | Phone: +1 555 010 0199"),),
    ),
    Rule(
        "SG108", "too-many-pages", F.PARSE, S.WARNING,
        "The résumé is longer than the configured number of pages.",
        "Flags a PDF or Word résumé with more pages than `max-pages` (default 2).",
        "Recruiters spend seconds on a first read; beyond two pages the strongest points get "
        "buried. Academic CVs are the exception: raise `max-pages` for them.",
        (example(CONTACT_LINES + "## Experience\n- Built the billing service", layout={"format": "pdf", "pages": 3}),),
        (example(CONTACT_LINES + "## Experience\n- Built the billing service", layout={"format": "pdf", "pages": 2}),),
        options=(Option("max-pages", 2, "Most pages before SG108 reports."),),
    ),
    Rule(
        "SG109", "thin-content", F.PARSE, S.INFO,
        "Very little text was read from the file.",
        "Reports a résumé with fewer words than `min-words` (default 150).",
        "Either the file is mostly images and layout (so a parser reads little of it), or the "
        "résumé says too little for a recruiter to judge it.",
        (example(CONTACT_LINES + "## Experience\n- Built the billing service", options={"min-words": 30}),),
        (example(CONTACT_LINES + "## Experience\n- Built the billing service", options={"min-words": 10}),),
        options=(Option("min-words", 150, "Fewest words before SG109 reports."),),
    ),
)
