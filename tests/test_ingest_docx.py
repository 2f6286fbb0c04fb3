"""DOCX reader: document order, tables, lists, headers/footers, text boxes, hidden text."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES, SAMPLES, assert_lines_tile_the_text, lines_of

from skillgap.errors import LimitExceeded
from skillgap.ingest import read_document
from skillgap.ingest.limits import Limits
from skillgap.types import Document, LineOrigin

DOCX = FIXTURES / "docx"


def assert_consistent(doc: Document) -> None:
    assert_lines_tile_the_text(doc)
    for start, end in doc.layout.hidden_spans:
        assert 0 <= start < end <= len(doc.text)


def origin_of(doc: Document, text: str) -> LineOrigin:
    return next(line.origin for line in doc.lines if doc.text[line.start : line.end] == text)


@pytest.fixture(scope="module")
def features() -> Document:
    return read_document(DOCX / "features.docx")


def test_docx_features_in_document_order(features):
    assert_consistent(features)
    assert features.format == "docx"
    assert lines_of(features) == [
        "Sam Carter | sam.carter@example.com | (555) 010-2020",
        "Experience",
        "Platform engineer at Example Corp",
        "Denver, CO",  # w:br splits the paragraph
        "Python Go",  # w:tab is a space
        "• Migrated services to AWS",
        "• Already has a typed bullet",
        "Visible words Kubernetes Terraform then Kafka and Rust",
        "Paragraph holding a text box.",
        "Text box: Certified Scrum Master",
        "Content control: incident response",
        "Portfolio: sam.example.com inserted words",
        "Skills",
        "Area | Tools",
        "Languages",
        "Python | Expert",
        "Go | Advanced",
        "White on navy: Grafana",
        "Second page: Education",
        "Third section text",
        "References available on request",
    ]


@pytest.mark.parametrize(
    "text, origin",
    [
        ("Sam Carter | sam.carter@example.com | (555) 010-2020", LineOrigin.HEADER),
        ("References available on request", LineOrigin.FOOTER),
        ("Text box: Certified Scrum Master", LineOrigin.TEXTBOX),
        ("• Migrated services to AWS", LineOrigin.LIST_ITEM),
        ("Area | Tools", LineOrigin.TABLE),
        ("Python | Expert", LineOrigin.TABLE),
        ("Experience", LineOrigin.BODY),
    ],
)
def test_docx_line_origins(features, text, origin):
    assert origin_of(features, text) is origin


def test_docx_header_is_deduplicated_across_sections(features):
    assert lines_of(features).count("Sam Carter | sam.carter@example.com | (555) 010-2020") == 1


def test_docx_text_box_is_read_once(features):
    assert features.text.count("Certified Scrum Master") == 1  # DrawingML and its VML fallback


def test_docx_tracked_deletions_are_not_text(features):
    assert "deleted words" not in features.text


def test_docx_hidden_runs_are_recorded(features):
    hidden = [features.text[start:end] for start, end in features.layout.hidden_spans]
    assert hidden == ["Kubernetes Terraform", "Kafka", "Rust"]  # vanish, white, 1 pt
    assert "Grafana" not in " ".join(hidden)  # white on a shaded cell is visible


def test_docx_counts_images_and_pages(features):
    assert features.layout.image_count == 1
    assert features.pages == 2
    page_of = {features.text[line.start : line.end]: line.page for line in features.lines}
    assert page_of["White on navy: Grafana"] == 1
    assert page_of["Second page: Education"] == 2


def test_docx_resume_sample():
    doc = read_document(SAMPLES / "resume-accountant.docx")
    assert_consistent(doc)
    lines = lines_of(doc)
    assert lines[:2] == [
        "Maria Alvarez",
        (
            "Columbus, OH | maria.alvarez@example.com | (555) 014-2387 | "
            "linkedin.com/in/maria-alvarez-example"
        ),
    ]
    assert {doc.lines[0].origin, doc.lines[1].origin} == {LineOrigin.HEADER}
    for heading in ("Summary", "Experience", "Education", "Skills", "Certifications"):
        assert heading in lines
    assert origin_of(doc, lines[lines.index("Skills") + 2]) is LineOrigin.TABLE
    assert (
        "Software | QuickBooks Online, SAP (FI), Microsoft Excel (VLOOKUP, pivot tables), "
        "Microsoft Word" in lines
    )
    responsible = [line for line in lines if line.startswith("• Responsible for")]
    assert len(responsible) == 2
    assert all(origin_of(doc, line) is LineOrigin.LIST_ITEM for line in responsible)
    assert doc.layout.hidden_spans == ()
    assert doc.layout.image_count == 0


def test_docx_posting_sample_keeps_table_requirement_under_requirements():
    doc = read_document(SAMPLES / "posting-staff-accountant.docx")
    assert_consistent(doc)
    lines = lines_of(doc)
    requirements, preferred = lines.index("Requirements"), lines.index("Preferred qualifications")
    table_line = lines.index("Systems | Experience with an ERP system such as NetSuite or SAP.")
    assert requirements < table_line < preferred
    assert "• CPA license or CPA candidate." in lines[preferred:]


def test_docx_never_resolves_external_entities():
    doc = read_document(DOCX / "xxe.docx")
    assert "root:" not in doc.text
    assert doc.text.startswith("Entity here")


def test_docx_main_part_is_found_through_package_relationships():
    assert lines_of(read_document(DOCX / "renamed-main-part.docx")) == ["Main part renamed"]


def test_docx_zip_bomb_guard_uses_the_character_limit():
    with pytest.raises(LimitExceeded) as caught:
        read_document(SAMPLES / "resume-accountant.docx", limits=Limits(max_chars=50))
    assert "max_chars" in caught.value.hint


def test_docx_without_content_types_names_the_missing_part(tmp_path):
    """A zip of a .docx's parts without [Content_Types].xml: the error says what is missing,
    not python-docx's KeyError."""
    import zipfile

    from skillgap.errors import InputError

    source = Path(__file__).parent.parent / "samples" / "resume-accountant.docx"
    broken = tmp_path / "no-content-types.docx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(broken, "w") as zout:
        for name in zin.namelist():
            if name != "[Content_Types].xml":
                zout.writestr(name, zin.read(name))
    with pytest.raises(InputError) as caught:
        read_document(broken)
    assert caught.value.problem == "is not a valid .docx file (its part [Content_Types].xml is missing)"
    assert "KeyError" not in caught.value.one_line()
