"""The PDF reader on real PDFs (made by scripts/make_pdfs.py, LaTeX ones by pdflatex)."""

import re

import pytest
from conftest import FIXTURES, SAMPLES

from skillgap.errors import InputError, LimitExceeded
from skillgap.ingest import read_document
from skillgap.ingest.limits import Limits

PDF = FIXTURES / "pdf"


def _words(text):
    return re.findall(r"\S+", text)


@pytest.mark.parametrize("path", [PDF / "kerned-latex.pdf", SAMPLES / "resume-software-engineer.pdf",
                                  SAMPLES / "resume-registered-nurse.pdf", PDF / "two-column.pdf"])
def test_pdf_words_are_neither_glued_nor_split(path):
    words = _words(read_document(path).text)
    glued = [w for w in words if len(re.sub(r"[^A-Za-z]", "", w)) > 18 and "@" not in w and "." not in w]
    split = [w for w in words if len(w) == 1 and w.isalpha() and w not in "aAI"]
    assert len(glued) / len(words) < 0.01, glued
    assert split == []


def test_pdf_tight_latex_kerning_keeps_word_spaces():
    text = read_document(PDF / "kerned-latex.pdf").text
    assert "Led and shipped the feature that moved card settlement" in text
    assert text.startswith("Taylor Brooks")


def test_pdf_two_columns_are_read_one_after_the_other():
    document = read_document(PDF / "two-column.pdf")
    lines = [document.text[ln.start : ln.end] for ln in document.lines]
    columns = [ln.column for ln in document.lines]
    sidebar = [i for i, line in enumerate(lines) if line in ("• Figma", "• React", "English, Spanish")]
    main = [i for i, line in enumerate(lines) if line.startswith(("EXPERIENCE", "Senior Product Designer", "EDUCATION"))]
    # each column is contiguous: all sidebar lines come before all main-column lines
    assert max(sidebar) < min(main)
    assert columns == sorted(columns)  # 0s then 1s, never interleaved
    assert document.layout.columns_per_page == (2,)
    # lines of one column keep their top-to-bottom order
    assert lines.index("EXPERIENCE") < lines.index("EDUCATION")


def test_pdf_sidebar_on_the_right_keeps_main_column_whole():
    document = read_document(SAMPLES / "resume-registered-nurse.pdf")
    text = document.text
    experience, skills = text.index("EXPERIENCE"), text.index("SKILLS")
    assert experience < text.index("VOLUNTEER") < skills < text.index("CERTIFICATIONS")
    assert "• Patient care and assessment" in text  # symbol-font bullets become "•"


def test_pdf_one_column_page_is_one_column():
    assert read_document(PDF / "one-column.pdf").layout.columns_per_page == (1,)


def test_pdf_keeps_page_numbers():
    document = read_document(PDF / "multi-page.pdf")
    assert document.pages == 3
    assert [ln.page for ln in document.lines] == sorted(ln.page for ln in document.lines)
    assert {ln.page for ln in document.lines} == {1, 2, 3}


def test_pdf_page_limit_names_the_limit():
    with pytest.raises(LimitExceeded, match="3 pages, over the 2-page limit") as info:
        read_document(PDF / "multi-page.pdf", limits=Limits(max_pages=2))
    assert "--max-pages" in str(info.value)


def test_pdf_encrypted_with_password_is_a_clear_error():
    with pytest.raises(InputError, match="password-protected") as info:
        read_document(PDF / "encrypted.pdf")
    assert "encrypted.pdf" in str(info.value) and "unprotected copy" in str(info.value)


def test_pdf_encrypted_with_empty_password_reads():
    assert read_document(PDF / "encrypted-empty-password.pdf").text.strip()


def test_pdf_without_text_layer_suggests_ocr():
    with pytest.raises(InputError, match="no text layer") as info:
        read_document(PDF / "image-only.pdf")
    assert "OCR" in str(info.value)


def test_pdf_hidden_text_is_kept_and_marked():
    document = read_document(PDF / "hidden-text.pdf")
    hidden = [document.text[a:b] for a, b in document.layout.hidden_spans]
    assert hidden, "white and tiny text should be marked"
    assert all(h in document.text for h in hidden)


@pytest.mark.parametrize("content", [b"%PDF-1.4 garbage", b"%PDF-1.7\n1 0 obj\n<<", b"not a pdf at all"])
def test_pdf_broken_files_raise_only_input_error(tmp_path, content):
    path = tmp_path / "broken.pdf"
    path.write_bytes(content)
    with pytest.raises(InputError, match="cannot be read as a PDF"):
        read_document(path)


def test_pdf_truncated_file_raises_only_input_error(tmp_path):
    data = (PDF / "one-column.pdf").read_bytes()
    for cut in (100, len(data) // 2, len(data) - 50):
        path = tmp_path / f"cut{cut}.pdf"
        path.write_bytes(data[:cut])
        try:
            outcome = read_document(path).format
        except InputError as error:
            outcome = "error: " + error.problem
        assert outcome == "pdf" or outcome.startswith("error: cannot be read")
