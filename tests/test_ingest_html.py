"""HTML reader: the posting's text without navigation, scripts, banners or hidden elements."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, SAMPLES, assert_lines_tile_the_text, lines_of

from skillgap.errors import LimitExceeded
from skillgap.ingest import document_from_text, read_document
from skillgap.ingest.html import html_to_document
from skillgap.types import Document, LineOrigin

HTML = FIXTURES / "html"


@pytest.fixture(scope="module")
def nurse() -> Document:
    return read_document(SAMPLES / "posting-registered-nurse.html")


def test_html_sample_reads_the_posting_in_main(nurse):
    assert_lines_tile_the_text(nurse)
    lines = lines_of(nurse)
    assert nurse.format == "html"
    assert lines[0] == "Registered Nurse – Cardiac Step-Down Unit"
    for heading in ("About the role", "What you will do", "Requirements", "Preferred", "Benefits"):
        assert heading in lines
    for term in (
        "RN license",
        "BLS and ACLS",
        "Epic",
        "medication administration",
        "IV therapy",
        "patient assessment",
        "wound care",
        "Telemetry experience preferred",
        "PALS certification is a plus",
    ):
        assert term in nurse.text
    assert "• Mercy Valley Hospital, Sacramento, CA" in lines
    assert "• Full-time · Nights (3 × 12-hour shifts)" in lines  # entities decoded


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Careers home",
        "Sign in",
        "cookies",
        "Manage settings",
        "Similar jobs",
        "CCRN",
        "Privacy",
        "gtag",
        "dataLayer",
        "Kubernetes",
        "font-family",
        "Share:",
        "Internal code",
        "Apply now",
        "Skip to main content",
        "All rights reserved",
    ],
)
def test_html_sample_drops_boilerplate(nurse, boilerplate):
    assert boilerplate not in nurse.text


def test_html_list_items_are_bullets(nurse):
    bullets = [line for line in nurse.lines if nurse.text[line.start : line.end].startswith("• ")]
    assert len(bullets) >= 10
    assert all(line.origin is LineOrigin.LIST_ITEM for line in bullets)


def test_html_fixture_skips_every_hidden_or_non_content_element():
    doc = read_document(HTML / "boilerplate.html")
    assert_lines_tile_the_text(doc)
    assert lines_of(doc) == [
        "Data Analyst",
        "Analyze sales data & build dashboards.",
        "Report to the Head of Finance.",
        "Must have",
        "• SQL and Microsoft Excel",
        "• Tableau or Power BI",
        "• Statistics",
        "Location | Remote",
        "Team | Finance",
        "Line one",
        "Line two",
    ]
    table_line = next(
        line for line in doc.lines if doc.text[line.start : line.end] == "Team | Finance"
    )
    assert table_line.origin is LineOrigin.TABLE


def test_html_json_ld_replaces_a_thin_page():
    doc = read_document(HTML / "json-ld-only.html")
    assert_lines_tile_the_text(doc)
    assert lines_of(doc) == [
        "Site Reliability Engineer",
        "Keep our systems up.",
        "Requirements",
        "• Linux",
        "• Prometheus",
        "• Terraform",
    ]
    assert "JavaScript" not in doc.text


def test_html_meta_charset_is_honoured():
    assert lines_of(read_document(HTML / "windows-1252.html")) == [
        "Café manager – naïve “quotes” €50"
    ]


@pytest.mark.parametrize(
    "data, expected",
    [
        ("<p>Kubernetes – Go</p>".encode("utf-16"), "Kubernetes – Go"),
        (b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "café"),
        (b'<meta charset="no-such-charset"><p>caf\xc3\xa9</p>', "café"),
        (b"<p>broken \xff byte</p>", "broken \ufffd byte"),
    ],
)
def test_html_decoding(tmp_path, data, expected):
    path = tmp_path / "page.html"
    path.write_bytes(data)
    assert lines_of(read_document(path)) == [expected]


def test_html_main_is_preferred_but_title_kept():
    page = (
        "<body><header><h1>Backend Engineer</h1></header>"
        "<main><p>" + "Build APIs in Go. " * 20 + "</p></main>"
        "<div><p>Related content that is not in main</p></div></body>"
    )
    doc = html_to_document(page)
    assert lines_of(doc)[0] == "Backend Engineer"
    assert "Related content" not in doc.text


def test_html_main_ignored_when_it_is_a_small_part_of_the_page():
    page = (
        "<body><main><p>Tiny</p></main><div><p>" + "Real posting text. " * 30 + "</p></div></body>"
    )
    doc = html_to_document(page)
    assert "Tiny" in doc.text and "Real posting text." in doc.text


def test_html_in_memory_and_deep_nesting():
    doc = document_from_text("<div>" * 900 + "deep text" + "</div>" * 900, fmt="html")
    assert lines_of(doc) == ["deep text"]
    # Deeper than any real page: refused before parsing (Lexbor's tree building is
    # quadratic in depth; see docs/robustness.md).
    with pytest.raises(LimitExceeded, match="nested over 1,000 deep"):
        document_from_text("<div>" * 20000 + "deep text" + "</div>" * 20000, fmt="html")


def test_html_without_body_text_gives_empty_document():
    assert html_to_document("<html><head><title>x</title></head></html>").text == ""
