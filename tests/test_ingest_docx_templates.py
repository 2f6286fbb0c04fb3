"""Word résumés built blind for the parsing benchmark (bench/parse/docx-resumes, w11-w20):
what Word's formatting shows that the text alone does not, through the real reader."""

from __future__ import annotations

from pathlib import Path

from conftest import read_corpus_file, section_titles

from skillgap.types import Document, SectionKind

CORPUS = Path(__file__).resolve().parents[1] / "bench" / "parse" / "docx-resumes" / "resumes"
K = SectionKind


def _read(name: str) -> Document:
    return read_corpus_file(CORPUS / name)


def _titles(name: str) -> list[tuple[str, SectionKind]]:
    return section_titles(CORPUS / name)


def test_text_set_in_capitals_by_its_formatting_reads_in_capitals():
    """Headings typed "profile", "teaching experience" with all-caps formatting (w:caps):
    a reader sees PROFILE and TEACHING EXPERIENCE, and so does the sectioner."""
    titles = _titles("w18-primary-teacher.docx")
    assert ("TEACHING EXPERIENCE", K.EXPERIENCE) in titles and ("EDUCATION", K.EDUCATION) in titles
    assert "teaching experience" not in _read("w18-primary-teacher.docx").text


def test_headings_numbered_as_a_list_are_headings():
    """"1. Profile", "2. Employment History", ... typed as numbered headings."""
    titles = _titles("w16-policy-officer.docx")
    assert [t for t, _ in titles][:5] == ["Profile", "Employment History", "Education and Qualifications",
                                         "Key Skills and Competencies", "Additional Information"]
    assert ("Employment History", K.EXPERIENCE) in titles


def test_labels_under_additional_information_are_not_sections():
    """"Languages: English (native), Arabic" under "5. Additional Information": a label."""
    assert "Languages" not in [t for t, _ in _titles("w16-policy-officer.docx")]


def test_a_heading_in_the_first_cell_of_a_table_row_opens_its_section():
    """A table with the section's name in its left cell and its text in the right, read
    across as "Career Summary | Licensed plumber ...", though the text ends a sentence."""
    assert ("Career Summary", K.SUMMARY) in _titles("w12-plumber.docx")


def test_a_heading_set_like_the_known_ones_opens_a_section_of_the_same_kind():
    """Google Docs headings as plain bold paragraphs: "Other Employment" right after
    "Relevant Experience" is set like the other headings, so it opens a section of its own
    (the type of each paragraph is recorded for Word files as for PDFs)."""
    titles = _titles("w11-care-assistant.docx")
    assert ("Other Employment", K.EXPERIENCE) in titles and ("Relevant Experience", K.EXPERIENCE) in titles
    styles = dict(_read("w11-care-assistant.docx").layout.line_styles)
    assert len(set(styles.values())) > 1
