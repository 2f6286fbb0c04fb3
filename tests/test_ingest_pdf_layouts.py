"""Real template PDFs from the resume-dev corpus (read in place from ../shared/resume-dev):
each failure class of issue 16 on a file that shows it, through the real reader."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from skillgap.ingest import read_document
from skillgap.ingest.pdf_layout import reading_order
from skillgap.ingest.pdf_words import mend_words
from skillgap.ingest.sections import split_sections
from skillgap.types import Document, SectionKind

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "resume-dev" / "resumes"
K = SectionKind


@cache
def _read(relative: str) -> Document:
    return read_document(CORPUS / relative)


def _titles(relative: str) -> dict[str, SectionKind]:
    sections = split_sections(_read(relative), "resume").sections
    return {s.title: s.kind for s in sections if s.kind is not K.PREAMBLE}


def _section_text(relative: str, title: str) -> str:
    document = _read(relative)
    for section in split_sections(document, "resume").sections:
        if section.title == title:
            return document.text[section.start : section.end]
    raise AssertionError(f"no section {title!r} in {relative}: {_titles(relative)}")


def test_small_caps_headings_come_back_whole():
    titles = _titles("xiaoyuin__justcv/example/cv.pdf")
    assert titles.get("EDUCATION") is K.EDUCATION
    assert titles.get("TECHNICAL SKILLS") is K.SKILLS
    assert titles.get("WORK EXPERIENCE") is K.EXPERIENCE
    assert "E DUCATION" not in _read("xiaoyuin__justcv/example/cv.pdf").text


def test_partly_coloured_headings_are_one_word_and_the_name_stays_two():
    document = _read("gw0__friggeri-cv-letter/example-cv.pdf")
    titles = _titles("gw0__friggeri-cv-letter/example-cv.pdf")
    for title, kind in [("Experience", K.EXPERIENCE), ("Education", K.EDUCATION), ("Awards", K.AWARDS),
                        ("Technical Skills", K.SKILLS)]:
        assert titles.get(title) is kind, titles
    assert "Exp erience" not in document.text and "Edu cation" not in document.text
    assert "john smith" in document.text  # light then bold, no space drawn: two words


def test_a_flush_right_sidebar_is_read_apart_from_the_main_column():
    contact = _section_text("gw0__friggeri-cv-letter/example-cv.pdf", "contact")
    experience = _section_text("gw0__friggeri-cv-letter/example-cv.pdf", "Experience")
    assert "example@example.com" in contact
    assert "example@example.com" not in experience and "Position Title" in experience


def test_letter_spaced_headings_and_dates_are_joined():
    titles = _titles("Hoene84__CeeVee/example/cv.pdf")
    assert titles.get("WERDEGANG") is K.EDUCATION and titles.get("ZERTIFIKATE") is K.CERTIFICATIONS
    assert titles.get("BERUFSERFAHRUNG") is K.EXPERIENCE
    text = _read("Hoene84__CeeVee/example/honegger/generic/cv/cv.pdf").text
    assert "JULI 2016 - MAI 2019" in text and "PRIVATE PROJEKTE" in text


def test_an_icon_before_a_heading_leaves_a_heading():
    titles = _titles("romanbalayan__html-to-pdf-resume-template/sample-resume.pdf")
    assert titles.get("WORK EXPERIENCES") is K.EXPERIENCE and titles.get("EDUCATION") is K.EDUCATION
    assert _titles("phanikandula__yaml-resume/example/resume.pdf").get("Experience") is K.EXPERIENCE


def test_icon_font_glyph_names_are_not_text():
    text = _read("Cybolic__latex-cv-class/main.pdf").text
    assert "Phone-Alt" not in text and "Envelope" not in text
    assert "(912) 555-4321" in text


@pytest.mark.parametrize(("relative", "title", "kind"), [
    ("tontonis", "Research & Engineer Experience", K.EXPERIENCE),
    ("tontonis", "Extracurricular Activies", K.VOLUNTEER),
    ("billyvinning", "Skills", K.SKILLS),
    ("sjw7444", "Advising & Mentoring", K.VOLUNTEER),
    ("karstenkoehler", "Other", K.OTHER),
    ("cybolic", "PERSONAL LIFE", K.OTHER),
    ("rirekisho", "免許・資格", K.CERTIFICATIONS),  # "年 月 免許・資格": the form's year and month columns first
    ("rirekisho", "学歴・職歴", K.EXPERIENCE),
])
def test_headings_in_any_wording_or_found_by_their_type(relative, title, kind):
    files = {
        "tontonis": "Tontonis__latex-resume-template/example-resume.pdf",
        "billyvinning": "billyvinning__clean-cv/example/cv.pdf",
        "sjw7444": "sjw7444__jsonresume-theme-engineering-leader/examples/example-resume.pdf",
        "karstenkoehler": "karstenkoehler__resume-template/sample-resume.pdf",
        "cybolic": "Cybolic__latex-cv-class/example/cv.pdf",
        "rirekisho": "Yuki-Sakaguchi__rirekisho-cli/example/resume.pdf",
    }
    assert _titles(files[relative]).get(title) is kind, _titles(files[relative])


def test_a_sub_heading_of_the_sections_own_kind_opens_no_section():
    titles = _titles("gw0__friggeri-cv-letter/example-cv.pdf")
    assert "Software" not in titles and "Human Skills" not in titles  # under "Technical Skills"


def test_white_logo_on_a_badge_is_not_hidden_but_white_keywords_are():
    badge = _read("scottlynde__jsonresume-theme-creative-confidence/sample-resume.pdf")
    assert not any(badge.text[a:b] == "in" for a, b in badge.layout.hidden_spans)
    stuffed = _read("mintyfrankie__brilliant-CV/output/CV.pdf")
    hidden = " ".join(stuffed.text[a:b] for a, b in stuffed.layout.hidden_spans)
    assert "Tableau" in hidden  # the template's white 2 pt keyword line


@pytest.mark.parametrize("stem", ["maths-teacher-bellamy", "electrician-esquivel", "warehouse-supervisor-donnelly",
                                  "hr-generalist-lindqvist", "digital-marketing-manager-cho"])
def test_docx_and_its_pdf_export_give_the_same_sections(stem):
    kinds = {fmt: {s.kind for s in split_sections(_read(f"office-made/{stem}.{fmt}"), "resume").sections}
             for fmt in ("pdf", "docx")}
    assert kinds["pdf"] == kinds["docx"]
    assert {K.EXPERIENCE, K.EDUCATION} <= kinds["docx"]


def _word(text: str, x0: float, x1: float, size: float = 10.0, font: str = "ABCDEF+Serif", colour=(0,)) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": 100.0, "bottom": 100.0 + size, "size": size,
            "fontname": font, "non_stroking_color": colour}


def test_soft_hyphen_drawn_in_a_pdf_is_a_hyphen():
    words = mend_words([_word("2019\u00ad2021", 10, 60), _word("data\u00addriven", 70, 130)])
    assert [w["text"] for w in words] == ["2019-2021", "data-driven"]


def test_style_split_joins_only_touching_pieces_in_one_typeface():
    split = mend_words([_word("Exp", 10, 30, colour=(1, 0, 0)), _word("erience", 30, 70)])
    assert [w["text"] for w in split] == ["Experience"]
    spaced = mend_words([_word("Exp", 10, 30, colour=(1, 0, 0)), _word("erience", 33, 70)])
    assert [w["text"] for w in spaced] == ["Exp", "erience"]  # a word space between them
    fonts = mend_words([_word("john", 10, 30, font="A+Light"), _word("smith", 30, 60, font="B+Bold")])
    assert [w["text"] for w in fonts] == ["john", "smith"]


def test_letter_spaced_run_splits_at_its_word_spaces():
    letters = [_word(c, 10 + 8 * i, 15 + 8 * i) for i, c in enumerate("SIMON")]
    letters += [_word(c, 60 + 8 * i, 65 + 8 * i) for i, c in enumerate("DOE")]
    assert [w["text"] for w in mend_words(letters)] == ["SIMON", "DOE"]
    prose = [_word("I", 10, 13), _word("am", 16, 28), _word("a", 31, 36), _word("dev", 39, 55)]
    assert [w["text"] for w in mend_words(prose)] == ["I", "am", "a", "dev"]


def test_a_heading_in_the_left_margin_on_the_baseline_of_its_text_is_a_heading():
    titles = _titles("SergioRAgostinho__leancv/examples/cv.pdf")
    assert titles.get("Awards") is K.AWARDS and titles.get("Other") is K.OTHER
    assert "Licenses and Certifications" in _titles("PieroMacaluso__DogEar-CV/cv/cv.pdf")
    labels = _titles("IliaZenkov__LaTeX-Resume/example/Resume.pdf")  # "Languages  Python, R, ..." is a label
    assert "Languages" not in labels and "Tools" not in labels
    piped = _titles("mintyfrankie__brilliant-CV/output/CV.pdf")  # "Languages  English | French | Chinese"
    assert "Languages" not in piped and piped.get("Skills") is K.SKILLS


def test_after_a_sidebar_the_main_columns_section_goes_on():
    relative = "scottlynde__jsonresume-theme-creative-confidence/sample-resume.pdf"
    document = _read(relative)
    sections = split_sections(document, "resume").sections
    skills = _section_text(relative, "Skills")
    assert "Frequent Patron" not in skills  # page 2's main column is not the sidebar's skills
    page_two = next(s for s in sections if s.start <= document.text.index("Frequent Patron") < s.end)
    assert page_two.kind is K.EXPERIENCE and page_two.title == ""


def test_two_sections_side_by_side_at_the_foot_of_a_page_are_read_one_after_the_other():
    relative = "bbyalcinkaya__resume-template/example/resume-monochrome_1.pdf"
    titles = _titles(relative)
    assert titles.get("HONOURS & AWARDS") is K.AWARDS
    assert titles.get("VOLUNTARY ACTIVITIES & HOBBIES") is K.INTERESTS
    awards = _section_text(relative, "HONOURS & AWARDS")
    assert "Dean’s Honor List" in awards and "VOLUNTARY" not in awards
    german = _titles("IJustDev__job-application/example/cv.pdf")
    assert german.get("HOBBIES") is K.INTERESTS and german.get("NON PROFIT") is K.VOLUNTEER
    assert _section_text("IJustDev__job-application/example/cv.pdf", "NON PROFIT").count("Lorem ipsum") == 1


def test_labels_beside_their_values_stay_on_their_rows():
    lines = _read("khoffie__techcv/example/resume.pdf").text.splitlines()
    assert "Programming languages R (advanced), Julia, Python" in lines  # a two-column table
    margin = _read("roycoding__fancyresume/example-resume.pdf").text.splitlines()
    assert any(line.startswith("NINJA Kicking") for line in margin)  # labels in a margin


def _row(top: float, *pieces: tuple[str, float], size: float = 9.0, font: str = "A+Regular") -> list[dict]:
    words = []
    for text, x0 in pieces:
        for word in text.split():
            x1 = x0 + 5.0 * len(word)
            words.append({"text": word, "x0": x0, "x1": x1, "top": top, "bottom": top + size, "baseline": top + size,
                          "size": size, "fontname": font, "non_stroking_color": (0,)})
            x0 = x1 + 2.5
    return words


def test_side_by_side_sections_in_a_generated_page_and_what_is_not_one():
    heading = _row(400, ("LANGUAGES", 50), ("INTERESTS", 320), size=11, font="A+Bold")
    body = [_row(415 + 12 * i, (f"left item {i} words here", 50), (f"right item {i} words", 320)) for i in range(3)]
    above = [_row(40 + 12 * i, ("a line of the main column that runs right across the page", 50)) for i in range(25)]
    words = [w for row in [*above, heading, *body] for w in row]
    lines, columns = reading_order(words, 595.0)
    texts = [" ".join(w["text"] for w in line.words) for line in lines]
    assert columns == 1
    assert texts[25:] == ["LANGUAGES", "left item 0 words here", "left item 1 words here", "left item 2 words here",
                         "INTERESTS", "right item 0 words", "right item 1 words", "right item 2 words"]
    dated = _row(400, ("Software Engineer", 50), ("2019 - 2021", 450), size=11, font="A+Bold")
    lines, _ = reading_order([w for row in [*above, dated, *body] for w in row], 595.0)
    assert "Software Engineer 2019 - 2021" in [" ".join(w["text"] for w in line.words) for line in lines]


def test_a_flush_right_list_beside_running_text_is_read_after_it():
    """IJustDev/job-application: skills drawn as a flush-right column of names (with level
    bars) beside the profile paragraph, on part of the page, at their own line spacing."""
    paragraph = "profile text that runs on and on"
    prose = [_row(100 + 11 * i, (f"{paragraph} {i}", 57)) for i in range(8)]
    items = ["Typescript", "Vim", "Linux", "Python", "Docker", "Latex"]
    listed = [_row(107 + 16 * i, (name, 396 - 5.0 * len(name))) for i, name in enumerate(items)]
    below = [_row(250 + 12 * i, ("a line of the next section that runs right across the page", 57)) for i in range(6)]
    lines, columns = reading_order([w for row in [*prose, *listed, *below] for w in row], 595.0)
    texts = [" ".join(w["text"] for w in line.words) for line in lines]
    assert columns == 1
    assert texts[:14] == [f"{paragraph} {i}" for i in range(8)] + items
    # values beside their labels, row by row, stay on their rows
    table = [_row(104 + 16 * i, (f"Label {i}", 57), (name, 396 - 5.0 * len(name))) for i, name in enumerate(items)]
    lines, _ = reading_order([w for row in [*table, *below] for w in row], 595.0)
    assert [" ".join(w["text"] for w in line.words) for line in lines][:2] == ["Label 0 Typescript", "Label 1 Vim"]


def test_the_flush_right_skills_list_of_a_real_template_is_read_apart():
    lines = _read("IJustDev__job-application/example/cv.pdf").text.splitlines()
    start = lines.index("Typescript")
    listed = ["Typescript", "Vim", "Linux", "Python", "JS, HTML, SASS/LESS", "Docker", "Latex"]
    assert lines[start : start + 7] == listed
    assert not any(line.endswith(("Vim", "Python")) and len(line) > 10 for line in lines)


def test_dates_set_right_beside_two_line_entries_stay_with_them():
    """Education entries of two lines each with their dates flush right between the lines:
    dates beside entries, not a list."""
    rows = []
    for i in range(4):
        top = 100 + 30 * i
        rows += [_row(top, (f"BSc Physics, University {i}", 57)), _row(top + 11, (f"Thesis on topic {i}", 57)),
                 _row(top + 5.5, (f"201{i} - 201{i + 4}", 396 - 5.0 * 11))]
    below = [_row(250 + 12 * i, ("a line of the next section that runs right across the page", 57)) for i in range(6)]
    lines, _ = reading_order([w for row in [*rows, *below] for w in row], 595.0)
    texts = [" ".join(w["text"] for w in line.words) for line in lines]
    assert texts.index("2010 - 2014") < texts.index("BSc Physics, University 1")


def test_text_that_runs_under_the_widest_item_is_not_split():
    prose = [_row(100 + 11 * i, (f"profile text that runs on and on and on {i}", 57)) for i in range(8)]
    items = ["Typescript", "Vim", "Linux", "Python", "Docker", "JS HTML SASS LESS Go Rust Elm Lua"]
    listed = [_row(107 + 16 * i, (name, 396 - 5.0 * len(name) - 2.5 * name.count(" "))) for i, name in enumerate(items)]
    below = [_row(250 + 12 * i, ("a line of the next section that runs right across the page", 57)) for i in range(6)]
    lines, _ = reading_order([w for row in [*prose, *listed, *below] for w in row], 595.0)
    texts = [" ".join(w["text"] for w in line.words) for line in lines]
    assert not any(text.isdigit() for text in texts)  # no line is the tail of a prose line


@pytest.mark.parametrize("stem", ["account-executive-oshea", "hr-generalist-lindqvist", "recruiter-whitaker"])
def test_docx_and_its_pdf_export_give_the_same_skills(stem, default_extractor):
    """A sentence the PDF wraps onto the next line ("... in banking," / "logistics and
    healthcare.") is read as the DOCX's one line reads it."""
    found = {}
    for fmt in ("pdf", "docx"):
        document = _read(f"office-made/{stem}.{fmt}")
        found[fmt] = {m.skill_id for m in default_extractor.extract(document, split_sections(document, "resume"))}
    assert found["pdf"] == found["docx"]


@pytest.mark.parametrize(("text", "expected"), [
    ("for 15 clients in banking,\nlogistics and healthcare.", "for 15 clients in banking, logistics and healthcare."),
    ("Ran payroll.\nreconciled accounts", "Ran payroll.\nreconciled accounts"),  # a sentence ended
    ("Skills\nPython, SQL", "Skills\nPython, SQL"),  # a capital opens a line of its own
])
def test_a_line_break_that_is_only_a_wrap_reads_as_a_space(text, expected):
    from skillgap.language.wrapping import unwrapped

    assert unwrapped(text) == expected


def test_two_margin_headings_one_under_the_other_stay_two():
    """"Awards" over "Other" in a margin column: each a heading of its own, not one wrapped."""
    titles = _titles("SergioRAgostinho__leancv/examples/cv.pdf")
    assert titles.get("Awards") is K.AWARDS and titles.get("Other") is K.OTHER


def test_a_form_table_under_its_heading_row_reads_row_by_row():
    """The rirekisho's "年 月 学歴・職歴" table: the larger "学歴" heading row inside it ends
    what looked like cards under the year and month labels, so each row reads year, month,
    entry, and "職歴" is no section of its own."""
    document = _read("Yuki-Sakaguchi__rirekisho-cli/example/resume.pdf")
    lines = document.text.split("\n")
    assert "2011 4 〇〇県立△△高等学校 入学" in lines and "2018 4 株式会社テクノロジー 入社" in lines
    assert "職歴" not in _titles("Yuki-Sakaguchi__rirekisho-cli/example/resume.pdf")


def _placed(*rows: list[dict]) -> list:
    from skillgap.ingest.pdf_layout import PlacedLine

    return [(1, PlacedLine(row, 0)) for row in rows]


def _texts(lines: list) -> list[str]:
    return [" ".join(w["text"] for w in line.words) for _, line in lines]


def test_a_margin_heading_beside_the_middle_of_its_block_opens_the_block():
    """A heading centred in a badge in the left margin sits beside its block's second or
    third line: it opens the block, and the block's first lines leave the section above."""
    from skillgap.ingest.pdf_margin_blocks import lift_margin_headings

    bold = {"size": 8.3, "font": "A+Bold"}
    above = [_row(100 + 13 * i, (f"statement line {i}", 130)) for i in range(3)]
    block = [_row(160, ("Health Visitor", 130)), _row(173, ("Taff Valley Health Board", 130)),
             _row(186, ("Hold a caseload", 142)), _row(199, ("Use screening tools", 142))]
    heading = [_row(184, ("Employment", 50), **bold), _row(194, ("History", 60), **bold)]
    joined = [*heading[0], *heading[1]]  # as join_wrapped_headings leaves a wrapped heading
    lines = lift_margin_headings(_placed(*above, *block[:2], joined, *block[2:]))
    assert _texts(lines) == [f"statement line {i}" for i in range(3)] + [
        "Employment History", "Health Visitor", "Taff Valley Health Board", "Hold a caseload", "Use screening tools"]
    # on the baseline of a block's line: split from it and moved to the block's start
    beside = _row(186, ("Skills", 50), **bold) + block[2]
    lines = lift_margin_headings(_placed(*above, *block[:2], beside, block[3]))
    assert _texts(lines)[3:6] == ["Skills", "Health Visitor", "Taff Valley Health Board"]


def test_a_margin_heading_level_with_its_first_line_or_beside_no_block_stays():
    from skillgap.ingest.pdf_margin_blocks import lift_margin_headings

    bold = {"size": 8.3, "font": "A+Bold"}
    above = [_row(100 + 13 * i, (f"statement line {i}", 130)) for i in range(3)]
    level = _row(160, ("Experience", 50), **bold) + _row(160, ("Health Visitor", 130))
    rows = _placed(*above, level, _row(173, ("Taff Valley Health Board", 130)))
    assert _texts(lift_margin_headings(rows)) == _texts(rows)  # the gap above its line parts two blocks
    across = [_row(134 + 13 * i, (f"a line across the page {i}", 50)) for i in range(2)]
    rows = _placed(*across, _row(160, ("Health Visitor", 130)), _row(170, ("Experience", 50), **bold),
                   _row(173, ("Taff Valley Health Board", 130)))
    assert _texts(lift_margin_headings(rows)) == _texts(rows)  # the block runs up into a line across the page


def _tight_page(right_offset: float) -> list[dict]:
    """A main column of ragged lines of four-letter words, the longest ending 5 pt before a
    right column's edge (x 390), the right column's lines `right_offset` points higher."""
    rows = []
    for i in range(12):
        top = 150 + 12.7 * i
        count = (15, 12, 13, 14)[i % 4]  # words of 20 pt and spaces of 2.5 pt from x 50: to x 385, 318, ...
        rows.append(_row(top, (" ".join(f"w{i:02d}{k % 10}" for k in range(count)), 50)))
        if i < 9:
            rows.append(_row(top - right_offset, (f"side column item {i} text", 390)))
    return [w for row in rows for w in row]


def test_a_right_column_that_starts_closer_than_a_word_space_is_a_column():
    """b54: a table's right cell starts 1-5 pt after the longest lines of the left one, its
    lines on baselines of their own; read as two columns, not glued line by line."""
    lines, columns = reading_order(_tight_page(right_offset=3.8), 612.0)
    texts = [" ".join(w["text"] for w in line.words) for line in lines]
    assert columns == 2
    assert [len(text.split()) for text in texts[:12]] == [15, 12, 13, 14] * 3
    assert texts[12:] == [f"side column item {i} text" for i in range(9)]


def test_what_only_looks_like_a_tight_gutter_is_read_row_by_row():
    # the right pieces on the main lines' baselines: one line going on across at a word space
    lines, columns = reading_order(_tight_page(right_offset=0.0), 612.0)
    assert columns == 1
    assert [" ".join(w["text"] for w in ln.words) for ln in lines][0].endswith("w004 side column item 0 text")
    # a narrow side of labels set close to the text beside it: each label stays on its row
    labels = [_row(150 + 12.7 * i, (f"label {i}", 355.5), (f"value text {i} beside the label", 390)) for i in range(10)]
    lines, columns = reading_order([w for row in labels for w in row], 612.0)
    assert columns == 1 and " ".join(w["text"] for w in lines[0].words) == "label 0 value text 0 beside the label"
