"""Plain text, Markdown and LaTeX readers: decoding, markup stripping, source maps."""

from __future__ import annotations

import re

import pytest
from conftest import FIXTURES, SAMPLES, assert_lines_tile_the_text, lines_of
from hypothesis import given, settings
from hypothesis import strategies as st

from skillgap.errors import InputError
from skillgap.ingest import document_from_text, read_document
from skillgap.ingest.text import strip_inline_markdown
from skillgap.types import Document, LineOrigin

TEXT = FIXTURES / "text"
TEX = FIXTURES / "tex"


def assert_consistent(doc: Document) -> None:
    """Lines cover the text in order, hold no newline, and anchors point inside the text."""
    assert_lines_tile_the_text(doc)
    offsets = [anchor[0] for anchor in doc.layout.source_map]
    assert offsets == sorted(offsets)
    assert all(0 <= offset <= len(doc.text) for offset in offsets)
    assert all(line >= 1 and col >= 1 for _, line, col in doc.layout.source_map)


def source_line_of(doc: Document, line_index: int) -> int:
    start = doc.lines[line_index].start
    return next(src for offset, src, _ in doc.layout.source_map if offset == start)


# --- plain text ---------------------------------------------------------------------------


def test_text_reads_posting_sample_line_by_line():
    doc = read_document(SAMPLES / "posting-backend-engineer.txt")
    assert_consistent(doc)
    lines = lines_of(doc)
    assert doc.format == "txt"
    assert lines[0] == "Backend Software Engineer (Platform)"
    for heading in ("About us", "Responsibilities", "Requirements", "Nice to have", "Benefits"):
        assert heading in lines
    assert "- Experience with Redis is a plus." in lines
    assert "" not in lines  # blank lines are dropped


def test_text_source_map_points_at_the_original_lines():
    path = SAMPLES / "posting-backend-engineer.txt"
    source = path.read_text(encoding="utf-8").split("\n")
    doc = read_document(path)
    assert len(doc.layout.source_map) == len(doc.lines)
    for index, line in enumerate(doc.lines):
        assert source[source_line_of(doc, index) - 1].strip() == doc.text[line.start : line.end]


@pytest.mark.parametrize(
    "name, expected",
    [
        ("windows-1252.txt", ["Résumé – Skills", "Café management, naïve Bayes, “quoted”, 50 €"]),
        ("utf16-bom.txt", ["Résumé in UTF-16", "Skills: Python, Go"]),
        ("utf8-bom.txt", ["Naïve résumé with a BOM"]),
    ],
)
def test_text_decodes_encodings(name, expected):
    doc = read_document(TEXT / name)
    assert_consistent(doc)
    assert lines_of(doc) == expected


def test_text_decodes_utf16_without_bom(tmp_path):
    path = tmp_path / "no-bom.txt"
    path.write_bytes("Skills: Kubernetes, Go\nLine two\n".encode("utf-16-le"))
    assert lines_of(read_document(path)) == ["Skills: Kubernetes, Go", "Line two"]


@pytest.mark.parametrize(
    "name, problem",
    [("binary-junk.txt", "looks like a binary file"), ("pdf-named.txt", "looks like a PDF file")],
)
def test_text_rejects_what_is_not_text(name, problem):
    with pytest.raises(InputError) as caught:
        read_document(TEXT / name)
    assert problem in caught.value.problem
    assert caught.value.hint
    assert caught.value.path == str(TEXT / name)


def test_text_form_feed_is_a_page_break_and_controls_are_dropped():
    doc = document_from_text("Page one\x07\fPage two\r\nstill two\rthree\u2028x")
    assert_consistent(doc)
    assert lines_of(doc) == ["Page one", "Page two", "still two", "three x"]
    assert [line.page for line in doc.lines[:3]] == [1, 2, 2]
    assert doc.pages == 2
    assert "\x07" not in doc.text


def test_text_keeps_bullet_glyphs_as_written():
    doc = document_from_text("Skills\n• Python\n  ◦ Go\n- SQL")
    assert lines_of(doc) == ["Skills", "• Python", "◦ Go", "- SQL"]


# --- Markdown -----------------------------------------------------------------------------


def test_markdown_sample_is_plain_text_with_bullets():
    doc = read_document(SAMPLES / "resume-software-engineer.md")
    assert_consistent(doc)
    lines = lines_of(doc)
    assert doc.format == "md"
    assert lines[0] == "Priya Raman"
    assert "Experience" in lines and "Skills" in lines
    assert "Software Engineer II, Lonestar Payments | March 2021 – Present" in lines
    assert (
        "• Responsible for the PostgreSQL database: wrote migrations and tuned slow queries."
        in lines
    )
    assert "• Developed Django REST Framework endpoints for patient scheduling." in lines  # "1."
    assert "Languages | Python, SQL, Bash" in lines
    assert "github.com/priyaraman-example" in lines
    for markup in ("**", "<!--", "-->", "](", "##", "|---"):
        assert markup not in doc.text
    assert "Kubernetes" not in doc.text  # only inside an HTML comment
    assert "last updated" not in doc.text
    bullets = [line for line in doc.lines if doc.text[line.start : line.end].startswith("• ")]
    assert bullets and all(line.origin is LineOrigin.LIST_ITEM for line in bullets)


def test_markdown_source_map_survives_comments_and_blank_lines():
    path = SAMPLES / "resume-software-engineer.md"
    source = path.read_text(encoding="utf-8").split("\n")
    doc = read_document(path)
    assert len(doc.layout.source_map) == len(doc.lines)
    for index, line in enumerate(doc.lines):
        first_word = re.match(r"[\w.-]+", doc.text[line.start : line.end].lstrip("• ")).group(0)
        assert first_word in source[source_line_of(doc, index) - 1]


def test_markdown_multiline_comment_keeps_line_numbers():
    doc = document_from_text("# Name\n<!-- one\ntwo\nthree -->\nSkills <!-- x --> Go\n", fmt="md")
    assert lines_of(doc) == ["Name", "Skills Go"]
    assert doc.layout.source_map[1][1:] == (5, 1)


def test_markdown_front_matter_fences_and_rules():
    source = "---\ntitle: CV\n---\nIntro\n***\n```\ncode **kept**\n```\nSetext\n======\n[ref]: https://x\n"
    doc = document_from_text(source, fmt="md")
    assert lines_of(doc) == ["Intro", "code **kept**", "Setext"]


@pytest.mark.parametrize(
    "markdown, text",
    [
        ("**bold** and __strong__", "bold and strong"),
        ("*em* and _em_", "em and em"),
        ("[Go](https://go.dev) and [Rust][r]", "Go and Rust"),
        ("<https://example.com>", "https://example.com"),
        ("`kubectl apply`", "kubectl apply"),
        ("![photo](me.png)Python", "Python"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("C++, C#, .NET and Node.js", "C++, C#, .NET and Node.js"),
        ("2 * 3 * 4", "2 * 3 * 4"),
        ("~~old~~ new", "old new"),
        (r"\*literal\*", "*literal*"),
        ("CI/CD <br> pipelines", "CI/CD   pipelines"),
        ("less than <5 years", "less than <5 years"),
    ],
)
def test_markdown_inline_markup(markdown, text):
    assert strip_inline_markdown(markdown) == text


# --- LaTeX --------------------------------------------------------------------------------


def test_latex_resume_is_delatexified():
    doc = read_document(TEX / "resume.tex")
    assert_consistent(doc)
    assert doc.format == "tex"
    assert lines_of(doc) == [
        "Dana Whitfield",
        "555-012-3456 | dana@example.com | github.com/dana-example",
        "Experience",
        "Data Engineer | Jan 2022 – Present | Globex Analytics | Remote",
        "• Built Apache Spark jobs processing 5 TB/day; cut cost by 30%",
        "• Wrote dbt models & Airflow DAGs for the finance team",
        "• Tuned PostgreSQL queries, e.g. with EXPLAIN",
        "Technical Skills",
        "• Languages: Python, SQL, Scala, C#",
        "Tools: Spark, Airflow, dbt, Docker",
        "Education",
        "B.Sc. Statistics, Café University | 2017 – 2021",
    ]
    assert "Java" not in doc.text  # in a comment
    assert "ignored" not in doc.text  # after \end{document}


def test_latex_source_map_points_at_the_tex_source():
    path = TEX / "resume.tex"
    source = path.read_text(encoding="utf-8").split("\n")
    doc = read_document(path)
    anchored = {offset for offset, _, _ in doc.layout.source_map}
    assert all(line.start in anchored for line in doc.lines)  # every line starts on an anchor

    def at(offset: int) -> str:
        line, col = doc.source_position(offset)
        return source[line - 1][col - 1 :]

    experience = doc.lines[lines_of(doc).index("Experience")]
    assert at(experience.start).startswith("Experience}")
    bullet = doc.lines[lines_of(doc).index("• Wrote dbt models & Airflow DAGs for the finance team")]
    assert at(bullet.start).startswith("\\resumeItem{Wrote dbt")
    # inside the line too: past the macro's name, the words are where the source has them
    assert at(bullet.start + 2).startswith("Wrote dbt models")
    assert at(doc.text.index("Airflow DAGs")).startswith("Airflow DAGs")


@pytest.mark.parametrize(
    "tex, lines",
    [
        (r"\section*{Skills} Python \& Go \\ 40\% \$5 \#1", ["Skills", "Python & Go", "40% $5 #1"]),
        (r"\begin{itemize}\item One \item[--] Two\end{itemize}", ["• One", "• Two"]),
        (
            r"\href{https://x.example}{Portfolio} and \url{https://y.example/a_b}",
            ["Portfolio and https://y.example/a_b"],
        ),
        (r"\textcolor{blue}{Blue text} \vspace{4pt} \hspace*{1em}end", ["Blue text end"]),
        (
            r"\cventry{2019--2021}{Engineer}{Acme}{}{}{Built APIs}",
            ["2019–2021 | Engineer | Acme | Built APIs"],
        ),
        (r"\begin{rSection}{Experience} Text \end{rSection}", ["Experience", "Text"]),
        (r"50\% done % trailing comment", ["50% done"]),
        (r"\LaTeX{} and Jos\'e and \"{o}", ["LaTeX and José and ö"]),
        (r"A \newpage B", ["A", "B"]),
        ("Para one\n\nPara two\njoined", ["Para one", "Para two joined"]),
        (r"\unknown{x", ["x"]),  # unbalanced braces never raise
    ],
)
def test_latex_macros(tex, lines):
    doc = document_from_text(tex, fmt="tex")
    assert_consistent(doc)
    assert lines_of(doc) == lines


def test_latex_page_breaks_and_preamble_identity():
    tex = (
        "\\documentclass{moderncv}\n\\name{Ann}{Lee}\n\\email{ann@example.com}\n"
        "\\begin{document}\nOne\\newpage Two\n\\end{document}"
    )
    doc = document_from_text(tex, fmt="tex")
    assert lines_of(doc) == ["Ann Lee", "ann@example.com", "One", "Two"]
    assert [line.page for line in doc.lines] == [1, 1, 1, 2]


def test_latex_deep_nesting_does_not_recurse_forever():
    doc = document_from_text("{" * 5000 + "deep" + "}" * 5000, fmt="tex")
    assert "deep" in doc.text


# --- any input ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["txt", "md", "tex", "html"])
@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_string_gives_consistent_lines(fmt, text):
    assert_consistent(document_from_text(text, fmt=fmt))


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet="#*_-+[]()<>!`~|\\{}%$&^ \n\tab1.", max_size=200))
def test_markup_heavy_strings_give_consistent_lines(text):
    for fmt in ("md", "tex", "html"):
        assert_consistent(document_from_text(text, fmt=fmt))


def test_unknown_in_memory_format_is_a_value_error():
    with pytest.raises(ValueError):
        document_from_text("x", fmt="rtf")


# Lines of ASCII and of everything the cleaning changes: tabs, runs of spaces and of
# punctuation, controls, invisible characters, ligatures, combining marks, wide spaces.
_LINE_CHARS = st.sampled_from(list("ab Z9 -.,:;()*#•é\t\u00a0\u2003\u00ad\u200b\ufb01\u0301\x07\x0b\u2028")
                              + ["-" * 40, "  ", "=" * 33])


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINE_CHARS, max_size=30).map("".join))
def test_clean_line_fast_path_is_the_full_cleaning(text):
    from skillgap.ingest.builder import clean_line, clean_line_in_full

    assert clean_line(text) == clean_line_in_full(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINE_CHARS, max_size=30).map("".join))
def test_single_line_fast_path_replaces_what_the_pattern_replaces(text):
    from skillgap.ingest.text import _STRAY_BREAKS, single_line

    assert single_line(text) == _STRAY_BREAKS.sub(" ", text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!\t\u00a0\u2003\u3000\u00ad\u200b\ufeff\ufb01e\u0301\x07\u2028é")),
               max_size=40))
def test_clean_line_skips_only_steps_that_change_nothing(text):
    """`clean_line_in_full` translates only a line holding an invisible character and
    replaces only the runs of spaces that change: the same line as every step done always."""
    import unicodedata

    from skillgap.ingest.builder import _CONTROL, _LIGATURES, _cut_punctuation_runs, clean_line_in_full

    plain = text.translate(dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None))
    plain = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), plain)
    plain = _CONTROL.sub(" ", unicodedata.normalize("NFC", plain))
    plain = re.sub(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+", " ", _cut_punctuation_runs(plain)).strip()
    assert clean_line_in_full(text) == plain
