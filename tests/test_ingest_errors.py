"""`read_document` turns every bad input into an InputError naming the file, with a hint.

PDF inputs are covered by the PDF reader's own tests.
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, SAMPLES

from skillgap.errors import InputError, LimitExceeded, SkillgapError
from skillgap.ingest import read_document
from skillgap.ingest.limits import Limits


def expect_input_error(
    path: Path, problem: str, hint: str = "", *, limits: Limits | None = None
) -> InputError:
    with pytest.raises(InputError) as caught:
        read_document(path, **({"limits": limits} if limits else {}))
    error = caught.value
    assert error.path == str(path)
    assert str(path) in str(error)
    assert problem in error.problem
    assert error.hint and hint in error.hint
    assert error.exit_code == 2
    return error


def test_errors_missing_file(tmp_path):
    expect_input_error(tmp_path / "nope.docx", "file not found", "check the path")


def test_errors_directory(tmp_path):
    expect_input_error(tmp_path, "is a directory", "name one file")


def test_errors_unknown_extension(tmp_path):
    path = tmp_path / "resume.xyz"
    path.write_text("text")
    expect_input_error(path, "unsupported file type '.xyz'", "use PDF, DOCX")


def test_errors_old_word_doc(tmp_path):
    path = tmp_path / "resume.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    expect_input_error(path, "unsupported file type '.doc'", "save as .docx")


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx", ".html", ".json", ".tex", ""])
def test_errors_empty_file(tmp_path, suffix):
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    expect_input_error(path, "file is empty")


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".tex"])
def test_errors_whitespace_only_file(tmp_path, suffix):
    path = tmp_path / f"blank{suffix}"
    path.write_text("  \n\n\t\n")
    expect_input_error(path, "no text found")


@pytest.mark.parametrize(
    "relative, problem, hint",
    [
        ("docx/not-a-zip.docx", "is not a valid .docx file", "save as .docx"),
        ("docx/zip-without-document.docx", "without word/document.xml", "save as .docx"),
        (
            "docx/password-protected.docx",
            "is password-protected or an old .doc file",
            "save as .docx",
        ),
        ("docx/truncated.docx", "is not a valid .docx file", "save as .docx"),
        ("text/binary-junk.txt", "looks like a binary file, not text", "saved as text"),
        ("text/pdf-named.txt", "looks like a PDF file", "rename it to .pdf"),
        ("json/invalid.json", "is not valid JSON", "JSON syntax"),
        ("json/not-resume.json", "is JSON but not a JSON Resume", "jsonresume.org"),
    ],
)
def test_errors_malformed_fixtures(relative, problem, hint):
    expect_input_error(FIXTURES / relative, problem, hint)


def test_errors_pdf_saved_as_docx(tmp_path):
    path = tmp_path / "resume.docx"
    path.write_bytes(b"%PDF-1.4\n" + bytes(50))
    expect_input_error(path, "is a PDF file with a .docx name", "rename it to .pdf")


def test_errors_other_office_file_named_docx(tmp_path):
    """A spreadsheet renamed to .docx: a valid package, but not a Word document."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="xml" ContentType="application/xml"/><Override '
            'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        )
        package.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        )
        package.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook/>')
    path = tmp_path / "sheet.docx"
    path.write_bytes(buffer.getvalue())
    expect_input_error(path, "is not a valid .docx file", "save as .docx")


def test_errors_limits_are_limit_exceeded(tmp_path):
    error = expect_input_error(
        SAMPLES / "posting-backend-engineer.txt",
        "over the 100 limit",
        "max_chars",
        limits=Limits(max_chars=100),
    )
    assert isinstance(error, LimitExceeded)
    error = expect_input_error(
        SAMPLES / "resume-accountant.docx", "", "max_bytes", limits=Limits(max_bytes=1000)
    )
    assert isinstance(error, LimitExceeded)


def _mutations(data: bytes, seed: int, count: int) -> list[bytes]:
    """Deterministic corruptions: flipped bytes, truncations, and noise."""
    rng = random.Random(seed)
    out = []
    for index in range(count):
        blob = bytearray(data)
        if index % 3 == 0:
            for _ in range(rng.randint(1, 20)):
                blob[rng.randrange(len(blob))] = rng.randrange(256)
        elif index % 3 == 1:
            blob = blob[: rng.randrange(1, len(blob))]
        else:
            blob = bytearray(rng.randrange(256) for _ in range(rng.randint(1, 3000)))
        out.append(bytes(blob))
    return out


@pytest.mark.parametrize(
    "source",
    [
        "samples/resume-accountant.docx",
        "samples/posting-registered-nurse.html",
        "samples/resume.json",
        "samples/resume-software-engineer.md",
        "samples/posting-backend-engineer.txt",
        "tests/fixtures/tex/resume.tex",
    ],
)
def test_errors_corrupted_files_never_raise_anything_else(tmp_path, source):
    original = (ROOT / source).read_bytes()
    for index, blob in enumerate(_mutations(original, seed=len(source), count=45)):
        path = tmp_path / f"mutant-{index}{Path(source).suffix}"
        path.write_bytes(blob)
        try:
            document = read_document(path)
        except SkillgapError as error:
            assert isinstance(error, InputError) and error.hint and error.path == str(path)
        else:
            assert (
                "\n".join(document.text[line.start : line.end] for line in document.lines)
                == document.text
            )


def test_ingest_errors_raised_in_sorts_exceptions_by_the_code_that_raised_them():
    from pdfminer.ascii85 import ascii85decode

    from skillgap.ingest.library_errors import PDF_LIBRARIES, raised_in

    with pytest.raises(ValueError) as by_library:  # pdfminer lets the standard library raise
        ascii85decode(b"uuuuu~>")
    assert raised_in(by_library.value, PDF_LIBRARIES)
    with pytest.raises(IndexError) as by_us:
        [][0]
    assert not raised_in(by_us.value, PDF_LIBRARIES)
