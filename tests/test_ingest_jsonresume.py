"""JSON Resume reader: rendered as a résumé with standard headings and bullets."""

from __future__ import annotations

import json

import pytest
from conftest import FIXTURES, SAMPLES, assert_lines_tile_the_text, lines_of

from skillgap.errors import InputError
from skillgap.ingest import read_document
from skillgap.ingest.jsonresume import json_resume_to_document
from skillgap.types import Document, LineOrigin

JSON = FIXTURES / "json"


@pytest.fixture(scope="module")
def sample() -> Document:
    return read_document(SAMPLES / "resume.json")


def test_json_resume_sample_headings_in_order(sample):
    assert_lines_tile_the_text(sample)
    lines = lines_of(sample)
    assert sample.format == "json"
    assert lines[:5] == [
        "Jordan Lee",
        "Platform Engineer",
        "jordan.lee@example.com | (555) 019-4410 | https://jordanlee.example.com",
        "Denver, CO, US",
        "GitHub: https://github.com/jordanlee-example",
    ]
    headings = [
        "Summary",
        "Experience",
        "Education",
        "Skills",
        "Projects",
        "Certifications",
        "Languages",
        "Interests",
    ]
    positions = [lines.index(heading) for heading in headings]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    "line",
    [
        "Senior Platform Engineer, Summit Outdoor Co. | 2020-04 – Present",
        "DevOps Engineer, Front Range Software | 2017-06 – 2020-03",
        "• Ran 12 Kubernetes (EKS) clusters on AWS with Terraform and Helm; 99.95% uptime.",
        "B.S. in Computer Science, Colorado Mesa Institute (example) | 2013-08 – 2017-05",
        "Courses: Operating Systems, Computer Networks",
        "Cloud & Infrastructure (Advanced): AWS, Kubernetes, Terraform, Helm, Docker",
        "Technologies: Go, Kubernetes, Prometheus",
        "Certified Kubernetes Administrator (CKA), CNCF | 2021-09",
        "English (Native speaker)",
        "Open source: CNCF, Terraform providers",
    ],
)
def test_json_resume_sample_lines(sample, line):
    assert line in lines_of(sample)


def test_json_resume_highlights_are_list_items(sample):
    bullets = [line for line in sample.lines if sample.text[line.start : line.end].startswith("• ")]
    assert len(bullets) == 8
    assert all(line.origin is LineOrigin.LIST_ITEM for line in bullets)


def test_json_resume_wrong_types_are_read_leniently():
    doc = read_document(JSON / "lenient.json")
    assert_lines_tile_the_text(doc)
    assert lines_of(doc) == [
        "Lee Park",
        "42",
        "Experience",
        "Engineer, Solo Co | 2020 – Present",
        "• Built Rust tools",
        "and CLIs",
        "Skills",
        "Languages: Rust",
        "Languages",
        "Korean",
    ]


def test_json_resume_all_sections_render():
    resume = {
        "basics": {"name": "A", "summary": "Line one\nLine two", "location": {"city": "Oslo"}},
        "volunteer": [
            {
                "organization": "Code Club",
                "position": "Mentor",
                "startDate": "2020",
                "endDate": "2021",
                "highlights": ["Taught Python"],
            }
        ],
        "awards": [{"title": "Hackathon winner", "awarder": "Example Conf", "date": "2019"}],
        "publications": [
            {"name": "Fast joins", "publisher": "Example Journal", "releaseDate": "2018"}
        ],
        "references": [{"name": "B", "reference": "Great engineer"}],
    }
    lines = lines_of(json_resume_to_document(resume))
    assert lines == [
        "A",
        "Oslo",
        "Summary",
        "Line one",
        "Line two",
        "Volunteer",
        "Mentor, Code Club | 2020 – 2021",
        "• Taught Python",
        "Awards",
        "Hackathon winner, Example Conf | 2019",
        "Publications",
        "Fast joins, Example Journal | 2018",
        "References",
        "B: Great engineer",
    ]


def test_json_invalid_names_line_and_column():
    with pytest.raises(InputError) as caught:
        read_document(JSON / "invalid.json")
    assert "line 3, column 12" in caught.value.problem
    assert caught.value.hint


@pytest.mark.parametrize(
    "content",
    ['{"name": "left-pad", "version": "1.0.0"}', "[1, 2, 3]", '"just a string"', "null"],
)
def test_json_that_is_not_a_resume(tmp_path, content):
    path = tmp_path / "other.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert caught.value.problem == "is JSON but not a JSON Resume"
    assert "jsonresume.org/schema" in caught.value.hint


@pytest.mark.parametrize(
    "data, problem",
    [
        (b'{"basics": {"name": "Jos\xe9"}}', "is not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "is nested too deeply to read"),
        (b'{"basics": {"name": ' + b"9" * 5000 + b"}}", "has a number too long to read"),
        (b"%PDF-1.7 not json", "looks like a PDF file"),
    ],
)
def test_json_malformed_bytes(tmp_path, data, problem):
    path = tmp_path / "resume.json"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert problem in caught.value.problem


def test_json_resume_with_bom_and_unicode(tmp_path):
    path = tmp_path / "resume.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"basics": {"name": "Zoë\u2028Ng"}}).encode())
    assert lines_of(read_document(path)) == ["Zoë", "Ng"]


def test_json_resume_lone_surrogates_become_replacement_characters(tmp_path):
    """JSON may escape half a surrogate pair ("\\ud800"): no such character can be printed or
    written, so every later stage (reports, SARIF, the linter) would fail on it."""
    path = tmp_path / "surrogate.json"
    path.write_text('{"basics": {"name": "Jo \\ud800 Bloggs"}, "work": [{"name": "A", "position": "Eng",'
                    ' "highlights": ["Built 3 APIs \\ud83d"]}]}', encoding="utf-8")
    document = read_document(path)
    assert "Jo \ufffd Bloggs" in document.text and "Built 3 APIs \ufffd" in document.text
    document.text.encode("utf-8")  # would raise on a surrogate


def test_json_resume_nan_and_infinite_numbers_are_left_out(tmp_path):
    """Python's json reads NaN and 1e400; neither is a date anyone wrote."""
    path = tmp_path / "nan.json"
    path.write_text('{"basics": {"name": "Jo"}, "work": [{"name": "A", "position": "Eng", "startDate": NaN,'
                    ' "endDate": 1e400, "highlights": ["Built APIs"]}]}', encoding="utf-8")
    text = read_document(path).text
    assert "nan" not in text and "inf" not in text and "Eng, A" in text
