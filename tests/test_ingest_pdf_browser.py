"""Résumés printed from HTML/CSS templates with headless Chromium (bench/parse/browser-resumes,
written blind for the parsing benchmark): what a browser's PDF does that the template
projects' PDFs did not, through the real reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import read_corpus_file, section_titles

from skillgap.ingest.sections import split_sections
from skillgap.types import Document, SectionKind

CORPUS = Path(__file__).resolve().parents[1] / "bench" / "parse" / "browser-resumes" / "resumes"
K = SectionKind


def _read(name: str) -> Document:
    return read_corpus_file(CORPUS / name)


def _titles(name: str) -> list[tuple[str, SectionKind]]:
    return section_titles(CORPUS / name)


def test_a_heading_wrapped_in_a_narrow_sidebar_is_one_heading():
    """"LICENSES &" over "CERTIFICATIONS", "CORE" over "COMPETENCIES": one heading each."""
    assert ("LICENSES & CERTIFICATIONS", K.CERTIFICATIONS) in _titles("b01-nurse-sidebar.pdf")
    titles = _titles("b11-hospitality-darkright.pdf")
    assert ("CORE COMPETENCIES", K.SKILLS) in titles
    assert not {"CORE", "COMPETENCIES"} & {title for title, _ in titles}


def test_a_margin_heading_wrapped_beside_its_text_is_one_heading():
    """Small-caps headings set flush right in a margin column, each part on the baseline of
    a line of text; one broken by the column ("PROFES-" / "SIONAL DEVE-" / "LOPMENT")."""
    titles = _titles("b09-hr-smallcaps.pdf")
    assert ("CAREER HISTORY", K.EXPERIENCE) in titles
    assert ("PROFESSIONAL DEVELOPMENT", K.CERTIFICATIONS) in titles
    assert ("AREAS OF EXPERTISE", K.SKILLS) in titles
    text = _read("b09-hr-smallcaps.pdf").text
    assert "Pennine Community Healthcare Trust" in text and "HISTORY Pennine" not in text
    assert "ACAS Certificate in Workplace Mediation" in text.split("\n")[
        text.split("\n").index("PROFESSIONAL DEVELOPMENT") + 2]


def test_a_margin_heading_beside_an_entry_with_commas_is_a_heading():
    """"EDUCATION  2008 M.S. Accounting, University of Hartford, CT" in a table layout: the
    commas of the entry do not make the heading a skills-table label."""
    titles = dict(_titles("b02-accountant-table.pdf"))
    assert titles.get("EDUCATION") is K.EDUCATION and titles.get("CERTIFICATIONS") is K.CERTIFICATIONS


def test_a_soft_hyphen_the_line_did_not_break_at_leaves_one_word():
    """Chromium draws an unbroken soft hyphen as a space that takes no room."""
    text = _read("b01-nurse-sidebar.pdf").text
    assert "Medication reconciliation" in text and "certification" in text
    assert "reconcil iation" not in text


def test_a_sidebar_beside_only_the_top_of_the_page_is_read_apart():
    """A shaded sidebar (Contact, Expertise, Tools, Languages) beside the top half only,
    with sections across the page below it: the sidebar's lines are not interleaved with
    the main column's, and the page counts as laid out in two columns."""
    name = "b06-marketing-canva.pdf"
    document = _read(name)
    sections = split_sections(document, "resume").sections
    about = next(s for s in sections if s.title == "About Me")
    about_text = document.text[about.start:about.end]
    assert "Brand marketer with eight years" in about_text and "@" not in about_text
    contact = next(s for s in sections if s.title == "Contact")
    assert "chloe.bernard@brandmai" in document.text[contact.start:contact.end]
    titles = [title for title, _ in _titles(name)]
    assert titles.index("Contact") > titles.index("Work Experience")  # the main column first
    assert {"Expertise", "Tools", "Languages", "Education"} <= set(titles)
    assert document.layout.columns_per_page == (2,)


def test_dates_and_places_beside_the_entries_of_one_column_are_no_sidebar():
    """The same search on a one-column page whose entries carry their dates at the right:
    one column (a stretch beside dates holds no section heading of its own)."""
    document = _read("b08-electrician-classic.pdf")
    assert document.layout.columns_per_page == (1,)


def test_an_email_address_broken_over_two_lines_of_a_sidebar_is_found():
    """"chloe.bernard@brandmai" / "l.example" in a narrow sidebar: one address, so lint
    does not say the résumé has none; an address whole on one line is found once."""
    from skillgap.ingest import document_from_text
    from skillgap.resume import find_contacts

    emails = [c.text for c in find_contacts(_read("b06-marketing-canva.pdf")) if c.kind == "email"]
    assert emails == ["chloe.bernard@brandmail.example"]
    whole = document_from_text("Contact\njo@example.com\nexample.org\n")
    assert [c.text for c in find_contacts(whole) if c.kind == "email"] == ["jo@example.com"]


def test_a_rotated_small_caps_heading_keeps_its_bigger_capital():
    """b26 "EMPLOYMENT" set vertically in small caps: the capital stands further out from the
    line than the small letters, but shares their baseline."""
    assert ("EMPLOYMENT", K.EXPERIENCE) in _titles("b26-socialcare-reactive.pdf")
    assert ("PROFILE", K.SUMMARY) in _titles("b23-events-kickresume.pdf")


def test_numbered_and_icon_headings_are_headings_without_their_number_or_icon():
    titles = dict(_titles("b22-developer-jsonresume.pdf"))  # "01 About", "02 Experience"
    assert titles.get("About") is K.SUMMARY and titles.get("Experience") is K.EXPERIENCE
    titles = dict(_titles("b16-dentist-notion.pdf"))  # "⚕ Clinical Experience"
    assert titles.get("Clinical Experience") is K.EXPERIENCE and titles.get("Referees") is K.REFERENCES


def test_two_sections_side_by_side_inside_a_column_are_read_one_after_the_other():
    """b18: "Languages:" beside "Interests:" in the main column of a page with a sidebar;
    b06: "Awards" beside "Volunteering", each after an icon that its text starts under."""
    titles = [title for title, _ in _titles("b18-earlyyears-canva.pdf")]
    assert "Languages" in titles and "Interests" in titles
    text = _read("b18-earlyyears-canva.pdf").text
    assert text.index("Cornish (basic)") < text.index("Interests") < text.index("Gig rowing")
    titles = [title for title, _ in _titles("b06-marketing-canva.pdf")]
    assert "Awards" in titles and "Volunteering" in titles


def test_a_margin_heading_over_a_list_is_a_heading_where_the_others_stand():
    """b25: "Key Skills:  Complaint handling, de-escalation, ..." in the left cell where
    "Experience:" and "Education:" stand is a heading, not a skills table's label."""
    titles = dict(_titles("b25-customerservice-gdocs.pdf"))
    assert titles.get("Key Skills") is K.SKILLS and titles.get("Languages") is K.LANGUAGES


def test_a_sidebar_name_that_runs_into_the_gutter_stays_in_the_sidebar():
    """b19: the sidebar's name in a large size runs into the gutter, level with the main
    column's "PROFILE": the page is parted where the main column starts."""
    titles = [title for title, _ in _titles("b19-nurse-resumeio.pdf")]
    assert "PROFILE" in titles and not any("Brennan" in title for title in titles)


def test_a_creative_heading_set_like_the_others_points_to_its_kind():
    """b27 "Where I've worked" (sentence case) and b37 "03 Toolbox" (numbered), each set like
    the résumé's known headings: a heading, of the kind its words point to."""
    assert ("Where I've worked", K.EXPERIENCE) in _titles("b27-midwife-elegant.pdf")
    assert ("Toolbox", K.SKILLS) in _titles("b37-dataeng-darkmode.pdf")


def test_three_cards_side_by_side_are_read_one_after_another_but_a_table_by_rows():
    """b45: "Awards", "Languages" and "Interests" as three cards under one row of headings;
    b27: a table headed "Certificate | Issuer | Valid until" stays a table, read row by row."""
    titles = [title for title, _ in _titles("b45-journalist-wordpress.pdf")]
    assert {"AWARDS", "LANGUAGES", "INTERESTS"} <= set(titles)
    text = _read("b27-midwife-elegant.pdf").text
    assert "NMC registration, Midwife Nursing & Midwifery Council 08/2027" in text


def test_a_sidebar_spaced_out_by_skill_bars_is_a_column_when_it_has_headings():
    """b39 and b44: a sidebar whose skill lines stand apart, with bars drawn between them,
    under headings of its own ("Contact", "Skills", "Languages")."""
    for name in ("b39-vet-darkleft.pdf", "b44-barista-canva.pdf"):
        assert _read(name).layout.columns_per_page[0] == 2, name
    assert ("CLINICAL EXPERIENCE", K.EXPERIENCE) in _titles("b39-vet-darkleft.pdf")


def test_cards_with_a_section_number_in_a_badge_are_read_one_after_another():
    """"5 Languages  6 Certifications  7 Interests": each card keeps its rows, a level set
    flush right in a row ("English   native") and a year alone under a certificate."""
    titles = dict(_titles("b30-chef-even.pdf"))
    assert {titles.get("Languages"), titles.get("Certifications"), titles.get("Interests")} == {
        K.LANGUAGES, K.CERTIFICATIONS, K.INTERESTS}
    text = _read("b30-chef-even.pdf").text
    assert "English native\nSpanish native" in text


def test_a_margin_heading_of_unknown_words_set_like_the_known_ones_is_a_heading():
    """"Toolkit" and "Selected" over "Clients" stand where "Experience" and "Education"
    stand, in their type."""
    titles = [title for title, _ in _titles("b55-graphicdesign-swiss.pdf")]
    assert "Toolkit" in titles and "Selected Clients" in titles and "Selected" not in titles


def test_a_margin_heading_that_breaks_after_an_ampersand_is_one_heading():
    """"Registration &" over "Training", "Methods &" over "Tools", "Systems &" over "Tools"
    set flush right in a margin column."""
    assert "Registration & Training" in [t for t, _ in _titles("b56-socialworker-flowcv.pdf")]
    titles = [t for t, _ in _titles("b58-uxresearch-hugoacademic.pdf")]
    assert {"Methods & Tools", "Courses & Certificates", "Featured Projects"} <= set(titles)
    assert ("Systems & Tools", K.SKILLS) in _titles("b59-supplychain-pages.pdf")


def test_white_text_on_a_translucent_box_over_a_dark_panel_is_not_hidden():
    """Stat boxes of white at 8 % opacity on a dark sidebar: "350+ homes sold" is seen."""
    document = _read("b62-realestate-creative.pdf")
    assert "350+" in document.text and not document.layout.hidden_spans


def test_beside_a_sidebar_with_headings_the_main_column_may_keep_its_dates_in_a_column():
    """A plain left sidebar ("Areas of Expertise", "Languages") beside a main column whose
    dates stand in a column of their own: two columns, each heading on its own."""
    titles = dict(_titles("b56-socialworker-flowcv.pdf"))
    assert titles.get("Areas of Expertise") is K.SKILLS and titles.get("Personal Profile") is K.SUMMARY
    assert "Areas of Expertise Personal Profile" not in titles


def test_a_margin_of_wrapped_headings_is_no_column_and_its_parts_join_across_a_line_of_text():
    """A site's CV page with headings in a left margin, some wrapped ("Methods &" over
    "Tools", the second part beside the second line of text): read row by row, each
    section holding what stands beside its heading."""
    document = _read("b58-uxresearch-hugoacademic.pdf")
    sections = {s.title: document.text[s.start:s.end] for s in split_sections(document, "resume").sections}
    assert "Recruiting beyond the usual suspects" in sections["Publications & Talks"]
    assert "Dovetail" in sections["Methods & Tools"]


def test_a_sidebar_of_centred_lines_is_a_column():
    """A dark sidebar whose contact, skills and languages are set centred: read apart from
    the main column, whose "Work History" heads the roles."""
    titles = dict(_titles("b63-nursepractitioner-zety.pdf"))
    assert titles.get("Work History") is K.EXPERIENCE and titles.get("SKILLS") is K.SKILLS


def test_a_letter_spaced_heading_with_kerned_pairs_is_one_heading():
    """"T R A D E  Q UA L I F I C AT I O N S": letter-spaced capitals in which a few pairs
    ("UA", "AT") are kerned into one piece still make words."""
    titles = _titles("b78-millwright-moderninitials.pdf")
    assert ("TRADE QUALIFICATIONS", K.EDUCATION) in titles
    assert "Q UA" not in _read("b78-millwright-moderninitials.pdf").text


def test_a_card_of_one_line_beside_another_is_a_section_of_its_own():
    """"LANGUAGES" beside "SECURITY CLEARANCE", the right card one line long: read one after
    the other, each under its heading."""
    titles = _titles("b79-policyanalyst-modernwriter.pdf")
    assert ("LANGUAGES", K.LANGUAGES) in titles and ("SECURITY CLEARANCE", K.OTHER) in titles
    assert "LANGUAGES SECURITY CLEARANCE" not in _read("b79-policyanalyst-modernwriter.pdf").text


def test_headings_over_cards_set_apart_from_the_main_headings_are_headings():
    """Three cards in a smaller type than the main headings: "Key Strengths", "Retail
    Systems" (no known heading) and "Training" (of the kind open before it) each open one."""
    titles = _titles("b85-storemanager-boldmodern.pdf")
    assert [t for t, _ in titles][-3:] == ["Key Strengths", "Retail Systems", "Training"]
    assert ("Key Strengths", K.SKILLS) in titles


def test_a_heading_in_capitals_broken_by_a_soft_hyphen_is_one_word():
    """"INSTRU ‐" over "MENTATION" in a narrow letter-spaced column: the browser draws the soft
    hyphen's break as U+2010, after the letter spacing."""
    assert "INSTRUMENTATION" in [t for t, _ in _titles("b76-chemist-deedy.pdf")]


def test_personal_details_labels_are_not_headings_and_the_heading_after_them_is():
    """"Hobbies : Chess, ..." among an Indian CV's personal details is a label; the
    "DECLARATION" set like the headings after them opens a section."""
    titles = [t for t, _ in _titles("b77-charteredaccountant-india.pdf")]
    assert "Hobbies" not in titles and titles[-2:] == ["PERSONAL DETAILS", "DECLARATION"]


def test_a_known_heading_word_that_ends_a_wrapped_name_is_no_heading():
    """"Silver, West Country Animation" / "Awards" in the body's type: the award's name
    wrapped, not an "Awards" section."""
    assert "Awards" not in [t for t, _ in _titles("b82-motiondesigner-altacv.pdf")]


def test_kerned_capitals_make_words_and_a_heading_in_the_headings_type_opens_a_section():
    """A letter-spaced sidebar whose kerning splits "E XPERTISE" and "L AN GUAGES": joined
    into words; "TOOLBOX", set like the known headings, opens a section of its own although
    its words point to the kind open before it (skills after "Expertise")."""
    titles = [t for t, _ in _titles("b70-frontdesk-kickresume.pdf")]
    assert {"EXPERTISE", "TOOLBOX", "LANGUAGES"} <= set(titles)
    assert "E XPERTISE" not in _read("b70-frontdesk-kickresume.pdf").text


def test_a_bullet_glyph_a_theme_sets_before_its_headings_is_no_bullet():
    """"✓ Certificates" and "★ Continuing Education", set in the headings' type: the glyph
    is the theme's icon, the line a heading (a bullet in the body's type stays a bullet)."""
    assert ("Certificates", K.CERTIFICATIONS) in _titles("b73-vetnurse-jsonresume.pdf")
    assert "Continuing Education" in [t for t, _ in _titles("b57-dentalhyg-visualcv.pdf")]


def test_cards_whose_headings_are_no_section_headings_are_still_read_one_after_the_other():
    """Two project cards side by side under titles no vocabulary knows ("Accessible testing
    kit", "Benefit checker alpha"): read card by card, not interleaved row by row; only a
    row that reads as section headings is recorded as headings."""
    document = _read("b58-uxresearch-hugoacademic.pdf")
    lines = document.text.split("\n")
    assert "Accessible testing kit" in lines and "Benefit checker alpha" in lines
    assert lines.index("Benefit checker alpha") > lines.index("Accessible testing kit") + 2
    headings = {document.text[start:].split("\n", 1)[0] for start in document.layout.heading_lines}
    assert "Accessible testing kit" not in headings


def test_the_first_heading_after_the_contact_details_in_the_headings_type_opens_a_section():
    """A first section under words no vocabulary knows ("Statement", "Snapshot", "01 What I
    bring", "CITIZENSHIP & ELIGIBILITY"), set in the known headings' type after the contact
    details: a heading, not more of the preamble; the name and the title above the contact
    details, and contact labels set like headings, stay in the preamble."""
    for name, heading in [("b55-graphicdesign-swiss.pdf", "Statement"), ("b27-midwife-elegant.pdf", "Snapshot"),
                          ("b37-dataeng-darkmode.pdf", "What I bring"),
                          ("b53-civileng-federal.pdf", "CITIZENSHIP & ELIGIBILITY")]:
        sections = split_sections(_read(name), "resume").sections
        assert sections[0].kind is K.PREAMBLE
        assert sections[1].title == heading, name
    titles = [t for t, _ in _titles("b27-midwife-elegant.pdf")]
    assert not {"PHONE", "EMAIL", "ADDRESS", "NMC PIN"} & set(titles)


def test_a_summary_heading_in_the_headings_type_opens_a_section_before_the_contact_details():
    """b62 keeps its contact details in a sidebar read after the main column: "WHO I AM",
    in the known headings' type and pointing to a summary, opens the first section; the
    title above it ("LICENSED REAL ESTATE AGENT · RESIDENTIAL SALES") stays in the preamble."""
    sections = split_sections(_read("b62-realestate-creative.pdf"), "resume").sections
    assert (sections[1].title, sections[1].kind) == ("WHO I AM", K.SUMMARY)
    assert "LICENSED REAL ESTATE AGENT" in _read("b62-realestate-creative.pdf").text[: sections[0].end]


def test_a_margin_heading_wraps_across_a_row_of_dates_beside_it():
    """"BYLINES &" over "EXPERIENCE" in the left margin, with a column of dates between it
    and the text ("2021 –" over "present"): the line between the heading's parts opens with
    a word of the dates' margin, and is still text beside the heading."""
    titles = _titles("b45-journalist-wordpress.pdf")
    assert ("BYLINES & EXPERIENCE", K.EXPERIENCE) in titles
    assert "BYLINES &" not in [t for t, _ in titles]
    assert "2021 – Freelance Journalist" in _read("b45-journalist-wordpress.pdf").text


def test_cards_end_at_the_larger_heading_of_the_next_section():
    """Two project cards side by side ("ovpulse" beside "dbt-dutch-holidays") end where
    "05 Education", larger than the cards' titles, heads the page again: the second card is
    read before it, not inside the education section."""
    lines = _read("b37-dataeng-darkmode.pdf").text.split("\n")
    assert lines.index("Small dbt package with national and regional holiday") < lines.index("05 Education")
    sections = {s.title: s for s in split_sections(_read("b37-dataeng-darkmode.pdf"), "resume").sections}
    text = _read("b37-dataeng-darkmode.pdf").text
    assert "dbt-dutch-holidays" in text[sections["Side Projects"].start : sections["Side Projects"].end]


def test_a_narrow_card_is_as_wide_as_its_heading():
    """"06 Community" beside "07 Spoken Languages": the languages card's lines are short,
    its heading wider; the two cards, headings included, are about as wide as each other and
    are read one after the other, each a section."""
    titles = _titles("b37-dataeng-darkmode.pdf")
    assert "Community" in [t for t, _ in titles]
    assert ("Spoken Languages", K.LANGUAGES) in titles
    lines = _read("b37-dataeng-darkmode.pdf").text.split("\n")
    assert "English — fluent" in lines and lines.index("English — fluent") > lines.index("dashboards\"")


def test_a_letter_spaced_rotated_heading_keeps_its_words_whole():
    """"SALES EXPERIENCE" set vertically with letters spaced 0.2 em apart, as wide as the
    word-space threshold: the letters' usual spacing is no word space, the space glyph is."""
    titles = _titles("b62-realestate-creative.pdf")
    assert ("SALES EXPERIENCE", K.EXPERIENCE) in titles
    assert "EXPERI ENCE" not in _read("b62-realestate-creative.pdf").text


def test_a_card_heading_that_wraps_onto_the_next_row_keeps_its_cards_apart():
    """"AWARDS &" over "RECOGNITION" beside "COMMUNITY", each after an icon: where the
    second card starts is read on the first row under the headings with text in both cards,
    not on the heading's second line; the cards are read one after the other and the wrapped
    heading is one."""
    titles = _titles("b62-realestate-creative.pdf")
    assert ("AWARDS & RECOGNITION", K.AWARDS) in titles and "COMMUNITY" in [t for t, _ in titles]
    lines = _read("b62-realestate-creative.pdf").text.split("\n")
    assert lines.index("Volunteer auctioneer for school and") == lines.index("COMMUNITY") + 1


def test_a_heading_word_among_personal_details_labels_is_a_label():
    """"Languages" after "Nationality", "Driving licence", "Security clearance", and
    "PORTFOLIO" or "PROFILE" among a sidebar's contact labels, each in the labels' type (not
    the headings'), are labels of the contact section, not sections of their own."""
    assert "Languages" not in [t for t, _ in _titles("b49-forces-resumenow.pdf")]
    assert "PORTFOLIO" not in [t for t, _ in _titles("b33-copywriter-zety.pdf")]
    assert "PROFILE" not in [t for t, _ in _titles("b57-dentalhyg-visualcv.pdf")]
    assert ("Interests", K.INTERESTS) in _titles("b49-forces-resumenow.pdf")


def test_a_sidebar_heading_in_the_main_headings_type_and_colon_is_a_heading():
    """b34 writes every heading with a colon ("About:", "Experience:"); its sidebar shows one
    known heading ("Skills:") in the main column's headings' type, so "Personal:", in that
    type and with that colon, is a heading too."""
    titles = _titles("b34-physio-cakeresume.pdf")
    assert [t for t, _ in titles][-2:] == ["Skills", "Personal"]


def test_cards_under_a_sidebar_beside_the_top_of_the_page_are_read_card_by_card():
    """b31's sidebar stands beside the top of the page only; below it "Tickets & Coding"
    and "Training" head two tables side by side whose rows run across the sidebar's gutter.
    The heading row, on one side of the gutter, heads the cards: read card by card."""
    titles = _titles("b31-welder-flat.pdf")
    assert ("Tickets & Coding", K.CERTIFICATIONS) in titles and ("Training", K.EDUCATION) in titles
    lines = _read("b31-welder-flat.pdf").text.split("\n")
    assert lines.index("NVQ Level 3 Fabrication & Welding 2011") == lines.index("Training") + 1


def test_run_in_headings_ending_in_a_full_stop_open_their_sections():
    """Word-style run-in headings: "Software. QuickBooks Online, …", "Languages. English
    and French", each opening a paragraph of its own section, even after a colon later in
    the line ("Volunteering. Treasurer, … (2019 – present): annual budget …")."""
    titles = _titles("b89-bookkeeper-runin.pdf")
    for title, kind in [("Profile", K.SUMMARY), ("Certifications", K.CERTIFICATIONS), ("Software", K.SKILLS),
                        ("Languages", K.LANGUAGES), ("Volunteering", K.VOLUNTEER), ("References", K.REFERENCES)]:
        assert (title, kind) in titles
    document = _read("b89-bookkeeper-runin.pdf")
    sections = split_sections(document, "resume")
    software = next(s for s in sections.sections if s.title == "Software")
    assert "Xero, Sage 50" in document.text[software.start : software.end]  # the line's own words belong to it


def test_a_heading_after_a_glyph_in_another_columns_heading_type_is_a_heading():
    """Three boxed sections side by side, their headings after "❖" and "★" (bullet glyphs)
    in the type of the first column's headings; and headings named by what they list
    ("Laboratory Techniques", "Instruments & LIS") are skills."""
    titles = _titles("b97-labtech-dense8pt.pdf")
    assert ("Languages", K.LANGUAGES) in titles and ("Awards", K.AWARDS) in titles
    assert ("Laboratory Techniques", K.SKILLS) in titles and ("Instruments & LIS", K.SKILLS) in titles


def test_a_shaded_callout_box_beside_a_roles_bullets_is_read_on_its_own():
    """b96: a "Key Achievements" box floated right of the first role's bullets shares their
    rows; read row by row, each of its lines landed inside a bullet ("... multi-storey
    blocks, Rent arrears on my patch cut from"). It is read as a block of its own and the
    role's section goes on after it."""
    document = _read("b96-housingofficer-keybox.pdf")
    lines = document.text.splitlines()
    assert "Manage a patch of about 420 homes, including two multi-storey blocks," in lines
    assert "Rent arrears on my patch cut from" in lines
    sections = split_sections(document, "resume")
    at = document.text.index("Manage a patch")
    assert sections.kind_at(at) is K.EXPERIENCE
    assert ("KEY ACHIEVEMENTS", K.AWARDS) in _titles("b96-housingofficer-keybox.pdf")


def test_a_personal_particular_among_personal_details_is_no_section():
    """b07 and b49: "Driving licence" under "Personal details" labels a particular, as
    "Nationality" does; it opens no section (lint still calls a Europass "DRIVING LICENCE"
    heading standard: tests/test_lint_engine.py)."""
    for name in ("b07-logistics-dots.pdf", "b49-forces-resumenow.pdf"):
        titles = [title.lower() for title, _ in _titles(name)]
        assert "driving licence" not in titles and "languages" not in titles[titles.index("personal details") + 1:][:1]


def test_a_translators_language_pairs_and_specialisms_are_sections():
    titles = _titles("b98-translator-ligatures.pdf")
    assert ("LANGUAGE PAIRS", K.LANGUAGES) in titles and ("SPECIALISMS", K.SKILLS) in titles


def test_a_heading_over_text_across_the_page_ends_the_sections_side_by_side_above_it():
    """b98: "Language Pairs" beside "Specialisms", then "Translation Experience" on the left
    over roles across the page; the heading belongs to the roles, after both sections."""
    titles = [title for title, _ in _titles("b98-translator-ligatures.pdf")]
    assert titles.index("SPECIALISMS") < titles.index("TRANSLATION EXPERIENCE")
    document = _read("b98-translator-ligatures.pdf")
    sections = split_sections(document, "resume")
    assert sections.kind_at(document.text.index("Set up the firm's first translation memory")) is K.EXPERIENCE


def test_a_heading_wrapped_in_a_sidebar_into_words_that_are_no_heading_alone_is_one_heading():
    """b107: "PROFESSIONAL" over "REGISTRATION" in a page-2 sidebar: no heading alone, a
    heading together (registration, like licences, is a certifications heading)."""
    titles = _titles("b107-waterengineer-p2sidebar.pdf")
    assert ("PROFESSIONAL REGISTRATION", K.CERTIFICATIONS) in titles
    assert "PROFESSIONAL" not in [title for title, _ in titles]


def test_an_overview_heading_opens_a_summary():
    """b100: "Career Overview" over the profile paragraph (its "I have run crews ..." is no
    bullet of a role)."""
    assert ("CAREER OVERVIEW", K.SUMMARY) in _titles("b100-carpenter-rotatedbar.pdf")


def test_an_unmapped_icon_before_a_heading_at_its_size_is_no_bullet():
    """b116: an icon font the PDF has no map for draws "(cid:0)" before each heading, no
    bigger than the heading; before "CONTACT" in bold capitals it is the heading's icon (the
    sidebar's five headings open their sections), before the contact lines a bullet."""
    titles = _titles("b116-plumber-iconfont.pdf")
    for title, kind in (("CONTACT", K.CONTACT), ("REGISTRATIONS", K.CERTIFICATIONS), ("TRADE SKILLS", K.SKILLS),
                        ("LANGUAGES", K.LANGUAGES), ("Work History", K.EXPERIENCE)):
        assert (title, kind) in titles
    assert "• 086 352 7714" in _read("b116-plumber-iconfont.pdf").text.splitlines()


def test_first_person_headings_open_their_sections():
    """b115: every heading in the first person ("Where I've practised", "Languages I speak")."""
    titles = _titles("b115-audiologist-questionheads.pdf")
    for title, kind in (("WHERE I'VE PRACTISED", K.EXPERIENCE), ("WHERE I STUDIED", K.EDUCATION),
                        ("WHAT I'M GOOD AT", K.SKILLS), ("WHAT I'M LICENSED FOR", K.CERTIFICATIONS),
                        ("LANGUAGES I SPEAK", K.LANGUAGES), ("WHEN I'M NOT IN CLINIC", K.INTERESTS)):
        assert (title, kind) in titles


def test_headings_in_the_right_margin_open_the_section_beside_them():
    """b119: thumb-index tabs at the right edge, level with their section's first line
    ("Animal Care" over "Experience" in one tab); each heading comes before that line."""
    titles = _titles("b119-zookeeper-thumbtabs.pdf")
    assert [title for title, _ in titles][:3] == ["About Me", "Animal Care Experience", "Education"]
    document = _read("b119-zookeeper-thumbtabs.pdf")
    sections = split_sections(document, "resume")
    assert sections.kind_at(document.text.index("Senior Keeper, Carnivores")) is K.EXPERIENCE
    assert sections.kind_at(document.text.index("Senior keeper with ten years")) is K.SUMMARY


def test_small_capitals_over_a_large_word_are_one_heading():
    """b120: "PROFESSIONAL" in small grey capitals over a large "Summary", in a margin."""
    titles = _titles("b120-probationofficer-stackedheads.pdf")
    assert ("PROFESSIONAL Summary", K.SUMMARY) in titles and ("EMPLOYMENT History", K.EXPERIENCE) in titles
    assert ("PROFESSIONAL Referees", K.REFERENCES) in titles
    assert not {"PROFESSIONAL", "EMPLOYMENT", "Summary"} & {title for title, _ in titles}


def test_lettered_headings_with_counts_are_headings():
    """b114: "A Profile", "B Experience (9 yrs)", "D Certifications (7)"."""
    titles = _titles("b114-personaltrainer-lettered.pdf")
    for title, kind in (("Profile", K.SUMMARY), ("Experience", K.EXPERIENCE), ("Certifications", K.CERTIFICATIONS),
                        ("Referees", K.REFERENCES)):
        assert (title, kind) in titles


def test_a_watermark_across_the_page_is_not_read():
    """b113: a word in huge letters turned at a slant behind the page; its tall boxes had
    glued the lines of both columns into one another."""
    document = _read("b113-horticulturist-foldertabs.pdf")
    assert "GARRA" not in document.text.replace(" ", "")
    lines = document.text.splitlines()
    assert "Supervise two gardeners, a Teagasc apprentice and a Thursday team of 12" in lines
    assert "volunteers; write risk assessments and toolbox talks." in lines
    titles = [title for title, _ in _titles("b113-horticulturist-foldertabs.pdf")]
    assert titles[:3] == ["About", "Work Experience", "Education"] and "Plant Skills" in titles


def test_letters_set_in_tiles_of_one_width_are_one_word():
    """b122: each letter of a heading in a tile of its own; the narrow "I" leaves wider gaps."""
    titles = [title for title, _ in _titles("b122-salonmanager-lettertiles.pdf")]
    assert titles[:3] == ["PROFILE", "EXPERIENCE", "EDUCATION"]


def test_a_heading_drawn_twice_as_a_shadow_is_read_once():
    """b133: every heading is drawn in black 4.5 pt lower, then in colour on top (an outline
    look); "Interests Interests" and a line of its own for each copy before."""
    titles = [title for title, _ in _titles("b133-customsofficer-outlineheads.pdf")]
    assert titles[:3] == ["Personal profile", "Career history", "Key competencies"]
    assert "Interests" in titles and "Referees" in titles
    assert "Interests Interests" not in _read("b133-customsofficer-outlineheads.pdf").text


def test_headings_in_sentence_or_lower_case_with_an_ampersand_are_headings():
    """b134: "Safety‑critical competencies & certification" and "skills & systems", set in
    the headings' type."""
    titles = _titles("b134-railsignaller-dashes.pdf")
    assert ("Safety‑critical competencies & certification", K.CERTIFICATIONS) in titles
    assert ("skills & systems", K.SKILLS) in titles


def test_an_accordions_arrows_are_no_part_of_its_heading():
    """b128: "▴ References ▴" is the heading "References", and "Field skills  Show less ▴"
    (the control that folds the section, printed on the heading's line) opens the skills
    section (lint had said the résumé has none); b126: "Income Highlights"."""
    titles = _titles("b128-agronomist-accordions.pdf")
    assert ("References", K.REFERENCES) in titles
    assert ("Field skills", K.SKILLS) in titles
    assert ("INCOME HIGHLIGHTS", K.AWARDS) in _titles("b126-fundraiser-strikeheads.pdf")


def test_a_heading_wrapped_in_a_large_italic_or_centred_in_a_circle_is_one_heading():
    """b131: "Techniques &" over "Craft" in a large italic, whose first letter overhangs its
    box by more than 2 pt; b129: "Other" over "Information" centred in a circle."""
    assert ("Techniques & Craft", K.SKILLS) in _titles("b131-textiledesigner-scriptheads.pdf")
    assert ("Other Information", K.OTHER) in _titles("b129-healthvisitor-circleheads.pdf")


def test_a_systems_heading_opens_a_skills_section():
    """b125 "Systems", b132 "Systems & Compliance", b104 "Systems": the systems a person uses,
    a skills section (lint had called these résumés ones with no skills section)."""
    assert ("Systems", K.SKILLS) in _titles("b125-clinicalresearch-datecolumn.pdf")
    assert ("Systems & Compliance", K.SKILLS) in _titles("b132-mortgageadviser-contactband.pdf")


def test_headings_ending_in_a_full_stop_in_their_own_type_are_headings():
    """b143: an editorial theme ends every heading with a full stop ("about.", "experience.",
    "selected clients."); a body line ending in a full stop stays body text."""
    titles = _titles("b143-eventsmanager-editorial.pdf")
    for title, kind in (("about", K.SUMMARY), ("experience", K.EXPERIENCE), ("education", K.EDUCATION),
                        ("skills", K.SKILLS)):
        assert (title, kind) in titles
    assert "festival" not in [title for title, _ in titles]


def test_headings_in_two_languages_are_headings_of_the_first():
    """b136: "Profile / Profil", "Education / Formation", "Volunteer Work / Bénévolat"; a job
    title with a slash ("Survey Assistant / Instrument Operator") is no heading."""
    titles = _titles("b136-landsurveyor-bilingual.pdf")
    assert ("Professional Experience / Expérience professionnelle", K.EXPERIENCE) in titles
    assert ("Education / Formation", K.EDUCATION) in titles
    assert ("Volunteer Work / Bénévolat", K.VOLUNTEER) in titles
    assert not any(title.startswith("Survey Assistant") for title, _ in titles)
    # wrapped in the sidebar after its slash, the second language in a lighter italic
    assert ("Technical Skills / Compétences techniques", K.SKILLS) in titles


def test_a_heading_tilted_a_few_degrees_like_a_sticker_is_read():
    """b141: headings set like stickers, turned 3 degrees, are text a reader reads (a
    watermark turned further is not: b113)."""
    titles = _titles("b141-doggroomer-tilted.pdf")
    assert ("About me", K.SUMMARY) in titles and "Say hi" in [title for title, _ in titles]
    # set level, a tilted run is read as words, not letters each on a line of its own
    assert ("Grooming experience", K.EXPERIENCE) in titles and ("Tools of the trade", K.SKILLS) in titles


def test_a_heading_of_letters_stacked_down_a_strip_is_one_heading():
    """b135: "Profile", "Experience", "Education" set one upright letter under another in a
    strip beside their sections; each letter had joined the line beside it."""
    titles = _titles("b135-teachingassistant-uprightheads.pdf")
    assert [t for t in titles if t[1] in (K.SUMMARY, K.EXPERIENCE, K.EDUCATION)][:3] == [
        ("Profile", K.SUMMARY), ("Experience", K.EXPERIENCE), ("Education", K.EDUCATION)]
    assert "Calm, patient Level 3 teaching assistant with six years in mainstream primary" \
        in _read("b135-teachingassistant-uprightheads.pdf").text.splitlines()


def test_a_heading_whose_parts_a_comma_separates_is_of_its_first_part():
    """b144: "SKILLS, CERTIFICATIONS & INTERESTS" opens the skills, with its labelled lines."""
    titles = _titles("b144-financialanalyst-banking.pdf")
    assert ("SKILLS, CERTIFICATIONS & INTERESTS", K.SKILLS) in titles
    assert "Certifications" not in [title for title, _ in titles]


def test_cards_under_headings_centred_over_them_are_read_card_by_card():
    """b140: "❧ EDUCATION ☙" beside "❧ COMMUNITY SERVICE ☙", each heading centred over the
    left-aligned lines of its card; the two cards' lines had been read across as one."""
    titles = [title for title, _ in _titles("b140-funeraldirector-fleurons.pdf")]
    assert "EDUCATION" in titles and "COMMUNITY SERVICE" in titles
    lines = _read("b140-funeraldirector-fleurons.pdf").text.splitlines()
    assert "Associate of Applied Science, Mortuary Science" in lines


def test_a_sidebar_beside_two_main_columns_is_read_column_by_column():
    """b137 (a landscape page: shaded sidebar, then two columns) and b99 (a narrow column
    either side of the main one): a column that holds two columns of its own is read one of
    them after the other; "Profile" and "Education" had come out as one heading, the
    sidebar's contact lines inside the profile."""
    titles = [title for title, _ in _titles("b137-communitypharmacist-landscape.pdf")]
    assert "Profile" in titles and "Education" in titles and "Profile Education" not in titles
    lines = _read("b99-dietitian-threecol.pdf").text.splitlines()
    assert "HCPC-registered dietitian with nine years in the NHS, the last five as a" in lines
    assert "specialist in diabetes and renal care. I run group education for people" in lines


def test_a_heading_with_a_subtitle_on_its_line_is_a_heading():
    """b153: "Curatorial posts" and "Exhibitions", each followed on its line by a note in a
    smaller italic ("most recent first", "selected; as lead or co-curator")."""
    titles = _titles("b153-curator-subtitled.pdf")
    assert ("Curatorial posts", K.EXPERIENCE) in titles  # posts held: roles
    assert "Exhibitions" in [t for t, _ in titles]
    assert "most recent first" in _read("b153-curator-subtitled.pdf").text.splitlines()


def test_a_heading_wrapped_in_a_cell_or_between_ornaments_is_one_heading():
    """b156: "Herd & Pasture" over "Skills" in a tall table cell (three words and an
    ampersand); b155: "FAVORITE" over "STEMS", centred between sprigs in the sidebar, set
    like the known headings beside it ("DESIGN SKILLS")."""
    assert ("Herd & Pasture Skills", K.SKILLS) in _titles("b156-dairyfarm-tablecells.pdf")
    titles = [title for title, _ in _titles("b155-florist-archsprigs.pdf")]
    assert "FAVORITE STEMS" in titles and "STEMS" not in titles


@pytest.mark.parametrize("letters,joined", [
    ("Profile", ["Profile"]),  # a heading stacked down a strip
    ("ooo", ["o", "o", "o"]),  # Word's second-level bullets, one under another
    ("AAB", ["A", "A", "B"]),  # a column of grades
])
def test_only_letters_that_spell_a_word_are_one_stacked_heading(letters, joined):
    from skillgap.ingest.pdf_stacked import join_stacks

    words = [{"text": letter, "x0": 10.0, "x1": 15.0, "top": 9.0 * i, "bottom": 9.0 * i + 8, "size": 8.0,
              "fontname": "Courier"} for i, letter in enumerate(letters)]
    assert [w["text"] for w in join_stacks(words)] == joined


def test_labels_that_group_a_sections_entries_open_no_section():
    """b114-personaltrainer-lettered: "PERSONAL TRAINING", "GROUP FITNESS", "MANAGEMENT" in one
    small type group the roles under "B Experience (9 yrs)"; the first, whose last word looks
    like a heading's ("training"), is a label like the others, so its roles stay experience."""
    titles = _titles("b114-personaltrainer-lettered.pdf")
    assert ("Experience", K.EXPERIENCE) in titles
    assert "PERSONAL TRAINING" not in {title for title, _ in titles}
    document = _read("b114-personaltrainer-lettered.pdf")
    sections = split_sections(document, "resume")
    assert sections.kind_at(document.text.index("through Xero")) is K.EXPERIENCE


def test_a_margin_heading_centred_in_a_badge_opens_its_whole_block():
    """b129 centres each heading in a circle in the left margin, level with its block's
    third line: the block's first lines belong to that heading's section, not the one above."""
    sections = {s.title: s for s in split_sections(_read("b129-healthvisitor-circleheads.pdf"), "resume").sections}
    text = _read("b129-healthvisitor-circleheads.pdf").text

    def within(title: str) -> str:
        return text[sections[title].start : sections[title].end]

    assert "Health Visitor (Band 6)" in within("Employment History")
    assert "PIN 12C3456W" in within("NMC Registration") and "Health Visitor" not in within("NMC Registration")
    assert within("Personal Statement").split("\n")[1].startswith("Health visitor with four years")
    assert "PgDip Specialist Community" in within("Education & Qualifications")
    assert "Full UK driving licence" in within("Other Information")


def test_columns_closer_than_a_word_space_are_read_one_after_the_other():
    """b54's right cell starts 1.9 pt after the longest line of the left one: the main
    column's lines come back whole, its last lines before the right column's."""
    text = _read("b54-pastrychef-spearmint.pdf").text
    assert "Run the pastry program for a 90-cover tasting-menu restaurant: four plated\n" in text
    assert "Lead a team of three pastry cooks and one baker; wrote the station\n" in text
    assert text.index("Kept starter, retarder") < text.index("SKILLS")


def test_cards_side_by_side_one_holding_a_table_are_read_card_by_card():
    """b127: "Language Pairs" (a table: Pair, Modes, Status, whose cells wrap onto rows of
    their own) beside "Certifications & Accreditation", "Tools & terminology" beside
    "Education" under them: a row that starts at one of the table's columns goes on the card."""
    name = "b127-courtinterpreter-photowrap.pdf"
    titles = dict(_titles(name))
    assert titles.get("LANGUAGE PAIRS") is K.LANGUAGES and titles.get("TOOLS & TERMINOLOGY") is K.SKILLS
    assert titles.get("EDUCATION") is K.EDUCATION
    document = _read(name)
    sections = split_sections(document, "resume")
    assert sections.kind_at(document.text.index("M.A., Conference Interpreting")) is K.EDUCATION
    assert sections.kind_at(document.text.index("Rozan note-taking")) is K.SKILLS
    assert sections.kind_at(document.text.index("Lingala ↔ French")) is K.LANGUAGES


def test_sections_side_by_side_beside_the_name_in_a_header_band_are_read_apart():
    """b149's header band: the name in large type, then "Contact" and "GDC registration"
    with their lines beside it; the name's large type widens no space between the small
    lines of the cards beside it. Each card is read after the name, on its own."""
    name = "b149-dentalnurse-bandheads.pdf"
    titles = dict(_titles(name))
    assert titles.get("CONTACT") is K.CONTACT and "GDC REGISTRATION" in titles
    lines = _read(name).text.splitlines()
    assert lines[:2] == ["Chloe", "Marsh-Pattinson"]
    assert lines[lines.index("CONTACT") + 1] == "14 Tanners Row, Carlisle CA2 5QX"
    assert lines[lines.index("GDC REGISTRATION") + 1] == "Dental Nurse, No. 281735"


def test_small_capitals_ending_in_an_ampersand_over_a_large_word_are_one_heading():
    """b120 stacks each margin heading on two lines in two sizes ("SECURITY &" in small grey
    capitals over a large "Vetting"): one heading, also in words no vocabulary knows."""
    titles = [title for title, _ in _titles("b120-probationofficer-stackedheads.pdf")]
    assert "SECURITY & Vetting" in titles
    assert "Vetting UK driving licence" not in _read("b120-probationofficer-stackedheads.pdf").text


def test_sidebar_headings_in_the_main_headings_type_known_only_by_their_words():
    """b130's right column sets "Licensing & Bonding", "Skill Levels", "Tools & Equipment" and
    "Service Area" in the type of the main column's headings; none is a heading as written,
    two are known by their words: all four are headings."""
    titles = dict(_titles("b130-locksmith-qrblock.pdf"))
    assert titles.get("Skill Levels") is K.SKILLS and "Service Area" in titles
    assert titles.get("Licensing & Bonding") is K.CERTIFICATIONS and titles.get("Tools & Equipment") is K.SKILLS


def test_a_sentence_case_heading_may_hold_an_acronym():
    """b125: "Certifications & GCP training" set like "Therapeutic areas" and "Education"."""
    titles = dict(_titles("b125-clinicalresearch-datecolumn.pdf"))
    assert titles.get("Certifications & GCP training") is K.CERTIFICATIONS


def test_headings_in_a_right_margin_are_no_column_and_may_follow_one_another():
    """b102 sets every heading in a margin on the right, level with its section's first line:
    on page 1 the margin is no column of its own (its lines are headings); on page 2
    "Hobbies and" / "Interests" has the next heading, "Referees", right under it."""
    name = "b102-atcassistant-rightheads.pdf"
    titles = [title for title, _ in _titles(name)]
    assert titles == ["Personal Statement", "Employment", "Training", "Key Skills", "Education and Qualifications",
                      "Hobbies and Interests", "Referees"]
    document = _read(name)
    sections = split_sections(document, "resume")
    assert sections.kind_at(document.text.index("96 Munros")) is K.INTERESTS
    assert sections.kind_at(document.text.index("graeme.tosh@")) is K.REFERENCES


def test_columns_that_touch_on_a_few_lines_are_read_one_after_the_other_down_the_page():
    """b123's columns are 4 pt apart, and a few lines of the left one run to within a word
    space of the right one ("... answer blocks, case  Procurement Act 2023"): the columns
    are parted all down the page, not only below the last of those lines."""
    text = _read("b123-bidwriter-narrowgutter.pdf").text
    assert "Built and maintain a Loopio content library of 640+ approved answer blocks, case\n" in text
    assert "\nProcurement Act 2023 PCR 2015 Loopio\n" in text
    assert text.index("Key Wins:") > text.index("Education:")


def test_a_colon_ends_a_heading_where_most_known_headings_in_its_type_end_with_one():
    """b123 ends "Profile:", "Education:", "Skills & Tools:" with a colon but not "Memberships":
    "Key Wins:" in their type is a heading too."""
    titles = dict(_titles("b123-bidwriter-narrowgutter.pdf"))
    assert "Key Wins" in titles and titles.get("Certifications & training") is K.CERTIFICATIONS
