"""The table of cases: each file, how it is built, what skillgap must do with it."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

from bad_inputs.common import NOWHERE, Case
from bad_inputs.docx_builders import (
    docx_billion_laughs,
    docx_encrypted_entries,
    docx_entity_in_package,
    docx_external_dtd,
    docx_external_entity,
    docx_invalid_xml,
    docx_macro_enabled,
    docx_many_parts,
    docx_nested_200,
    docx_nested_deep,
    docx_no_document_xml,
    docx_not_a_zip,
    docx_truncated,
    docx_zip_bomb,
    docx_zip_bomb_lying,
    good_docx,
    old_word_doc,
)
from bad_inputs.pdf_builders import (
    encrypted_pdf,
    good_pdf,
    many_pages_pdf,
    pdf_cid_font,
    pdf_deep_arrays,
    pdf_flate_bomb,
    pdf_form_bomb,
    pdf_garbage_after_header,
    pdf_header_only,
    pdf_huge_box_fifth_number,
    pdf_huge_link_rect,
    pdf_huge_numbers,
    pdf_huge_page,
    pdf_many_glyphs,
    pdf_many_operators,
    pdf_page_tree_loop,
    pdf_partly_broken_font,
    pdf_private_use,
    pdf_reference_loop,
    pdf_reference_ring,
    pdf_scanned,
    pdf_text_off_page,
    pdf_truncated,
    pdf_xref_loop,
)
from bad_inputs.text_builders import (
    GOOD_HTML_BODY,
    GOOD_TEX_BODY,
    GOOD_TEXT,
    RTL_TEXT,
    big_text,
    html_deep,
    html_deep_li,
    html_external_resources,
    html_json_ld_deep,
    html_many_elements,
    html_page,
    html_scripts_styles,
    json_deep,
    json_good,
    junk,
    long_line,
    long_line_100k,
    many_lines,
    markdown_pathological,
    tex_document,
    xhtml_entities,
)

E, OK = "error", "ok"
DOC_HINT = "save as .docx"

CASES: list[Case] = [
    # PDF
    Case("pdf/truncated.pdf", pdf_truncated, "a PDF cut off at 60 % (no xref table, no trailer)", E,
         "cannot be read as a PDF"),
    Case("pdf/header-only.pdf", pdf_header_only, "`%PDF-1.7` and nothing else", E, "cannot be read as a PDF"),
    Case("pdf/garbage-after-header.pdf", pdf_garbage_after_header, "`%PDF-1.4` then 4 KB of random bytes", E,
         "cannot be read as a PDF"),
    Case("pdf/encrypted.pdf", lambda: encrypted_pdf("s3cret"), "encrypted, with a user password", E,
         "is password-protected"),
    Case("pdf/encrypted-empty-password.pdf", lambda: encrypted_pdf(""),
         "encrypted with an empty user password (opens without one)", OK, "Backend engineer"),
    Case("pdf/scanned.pdf", pdf_scanned, "an image and no text layer (a scan)", E, "has no text layer"),
    Case("pdf/cid-font.pdf", pdf_cid_font, "a font with no Unicode map: text extracts as `(cid:NN)`", E,
         "fonts have no character map"),
    Case("pdf/private-use-font.pdf", pdf_private_use, "a font mapping every letter to private-use code points", E,
         "fonts have no character map"),
    Case("pdf/partly-broken-font.pdf", pdf_partly_broken_font, "good text plus one line in an unmapped font", OK,
         "Backend engineer"),
    Case("pdf/huge-page.pdf", pdf_huge_page, "a page two billion points wide", OK, "Backend engineer"),
    Case("pdf/huge-numbers.pdf", pdf_huge_numbers, "a MediaBox with a 400-digit number", E,
         "cannot be read as a PDF"),
    Case("pdf/huge-box-fifth-number.pdf", pdf_huge_box_fifth_number,
         "a MediaBox of five numbers, one of 400 digits (read as US Letter)", OK, "Backend engineer"),
    Case("pdf/huge-link-rect.pdf", pdf_huge_link_rect,
         "a link whose /Rect holds a 400-digit number (no link)", OK, "Backend engineer"),
    Case("pdf/deep-arrays.pdf", pdf_deep_arrays, "an object nested 100,000 arrays deep", OK, "Backend engineer",
         big=True),
    Case("pdf/page-tree-loop.pdf", pdf_page_tree_loop, "a page tree that contains itself", E,
         "cannot be read as a PDF"),
    Case("pdf/text-off-page.pdf", pdf_text_off_page, "a word drawn past the page's left edge on every row",
         OK, "Backend engineer"),
    Case("pdf/reference-loop.pdf", pdf_reference_loop, "a page tree that is a reference to itself (`2 0 obj 2 0 R`)",
         E, "cannot be read as a PDF"),
    Case("pdf/reference-ring.pdf", pdf_reference_ring, "a page whose /Annots is a ring of two references", OK,
         "Backend engineer"),
    Case("pdf/xref-loop.pdf", pdf_xref_loop, "an xref table whose `/Prev` points at itself", E,
         "cannot be read as a PDF"),
    Case("pdf/form-bomb.pdf", pdf_form_bomb, "Form XObjects drawing each other ten times, eight deep (10⁸ glyphs)",
         E, "glyphs and shapes on page 1, over the safety limit", limit="max_chars"),
    Case("pdf/million-glyphs.pdf", pdf_many_glyphs, "one page drawing a million glyphs (1 MB)", E,
         "over the safety limit", big=True, limit="max_chars"),
    Case("pdf/20mb-operators.pdf", pdf_many_operators, "20 MB of operators that draw nothing", E,
         "of page content to run, over the safety limit", big=True, limit="max_chars"),
    Case("pdf/5000-pages.pdf", many_pages_pdf, "5,000 pages (0.5 MB)", E, "over the 50-page limit",
         big=True, limit="max_pages"),
    Case("pdf/flate-bomb.pdf", pdf_flate_bomb, "a 0.13 MB content stream that inflates to 128 MB", E,
         "over the safety limit", big=True, limit="max_chars"),
    # DOCX and Word
    Case("docx/not-a-zip.docx", docx_not_a_zip, "plain text named .docx", E, "is not a valid .docx file"),
    Case("docx/no-document-xml.docx", docx_no_document_xml, "a zip without `word/document.xml`", E,
         "without word/document.xml"),
    Case("docx/truncated.docx", docx_truncated, "a .docx cut in half", E, "is not a valid .docx file"),
    Case("docx/invalid-xml.docx", docx_invalid_xml, "document.xml that is not well-formed", E,
         "is not a valid .docx file"),
    Case("docx/external-entity.docx", docx_external_entity,
         "external entities (`http://`, `file:///etc/passwd`) used in the text", OK, "Network &net; file &file; end"),
    Case("docx/external-dtd.docx", docx_external_dtd, "an external DTD and an external parameter entity", OK,
         "Backend engineer"),
    Case("docx/entity-in-package.docx", docx_entity_in_package,
         "external entities in `[Content_Types].xml` and `_rels/.rels`", OK, "Backend engineer"),
    Case("docx/billion-laughs.docx", docx_billion_laughs, "internal entities expanding to 10⁹ words", E,
         "is not a valid .docx file"),
    Case("docx/nested-200.docx", docx_nested_200, "content controls nested 200 deep (XML deeper than 256)", E,
         "is not a valid .docx file"),
    Case("docx/nested-100000.docx", docx_nested_deep, "content controls nested 100,000 deep", E,
         "XML tags in word/document.xml, over the safety limit", limit="max_chars"),
    Case("docx/macro-enabled.docx", docx_macro_enabled, "a macro-enabled document renamed .docx", E,
         "macro-enabled"),
    Case("docx/macro-enabled.docm", docx_macro_enabled, "a macro-enabled document (.docm)", E, "save a copy as .docx"),
    Case("docx/old-word.doc", old_word_doc, "a Word 97-2003 .doc", E, DOC_HINT),
    Case("docx/old-word-named.docx", old_word_doc, "a Word 97-2003 file (or an encrypted .docx) named .docx", E,
         "is password-protected or an old .doc file"),
    Case("docx/encrypted-entries.docx", docx_encrypted_entries, "zip entries flagged as encrypted", E,
         "is not a valid .docx file"),
    Case("docx/20000-parts.docx", docx_many_parts, "a package of 20,000 parts (2.4 MB)", E,
         "is not a valid .docx file", big=True),
    Case("docx/zip-bomb.docx", docx_zip_bomb, "0.1 MB that unpacks to 64 MB of XML", E,
         "over the safety limit", big=True, limit="max_chars"),
    Case("docx/zip-bomb-lying.docx", docx_zip_bomb_lying, "a zip bomb whose directory claims 2 KB", E,
         "is not a valid .docx file", big=True),
    # Text
    Case("text/empty.txt", lambda: b"", "an empty file", E, "file is empty"),
    Case("text/whitespace.txt", lambda: b"  \n\t\n\r\n   \n", "spaces, tabs and newlines only", E,
         "no text found"),
    Case("text/invisible.txt", lambda: "\u200b\u200c\ufeff\u00ad\n\u2060\n".encode(),
         "zero-width and soft-hyphen characters only", E, "no text found"),
    Case("text/binary-junk.txt", junk, "4 KB of random bytes named .txt", E, "looks like a binary file"),
    Case("text/nul-bytes.txt", lambda: GOOD_TEXT.encode().replace(b" ", b"\x00"), "text with NUL bytes for spaces",
         E, "looks like a binary file"),
    Case("text/pdf-named.txt", good_pdf, "a PDF named .txt", E, "looks like a PDF file"),
    Case("text/latin-1.txt", lambda: (GOOD_TEXT.replace("•", "-") + "Café, naïve, façade, ½\n").encode("latin-1"),
         "Latin-1 text", OK, "Café, naïve, façade"),
    Case("text/windows-1252.txt", lambda: (GOOD_TEXT + "“Quoted” – 5 € — ok\n").encode("cp1252"),
         "Windows-1252 text (curly quotes, €, dashes)", OK, "“Quoted” – 5 €"),
    Case("text/utf-16-le-bom.txt", lambda: codecs.BOM_UTF16_LE + (GOOD_TEXT + "Zoë\n").encode("utf-16-le"),
         "UTF-16 LE with a BOM", OK, "Zoë"),
    Case("text/utf-16-be-bom.md", lambda: codecs.BOM_UTF16_BE + ("# " + GOOD_TEXT + "Zoë\n").encode("utf-16-be"),
         "UTF-16 BE Markdown with a BOM", OK, "Zoë"),
    Case("text/utf-16-no-bom.txt", lambda: GOOD_TEXT.encode("utf-16-le"), "UTF-16 LE without a BOM", OK,
         "Backend engineer"),
    Case("text/rtl-mixed.txt", lambda: RTL_TEXT.encode(), "Hebrew and Arabic mixed with English, bidi overrides",
         OK, "Python"),
    Case("text/ansi-escapes.txt", lambda: (GOOD_TEXT + "\x1b[2J\x1b[31mred\x1b[0m \x07bell\n").encode(),
         "terminal escape sequences in the text", OK, "[31mred"),
    Case("text/pathological.md", markdown_pathological, "Markdown built to make regexes backtrack", OK, "Python"),
    Case("text/long-line-100k.txt", long_line_100k, "a single line of 100,000 characters (12,000 skills)", OK,
         "Kubernetes", big=True),
    Case("text/punctuation-runs.txt", lambda: GOOD_TEXT.encode() + b"(" * 10_000 + b"\n" + "•".encode() * 10_000,
         "runs of 10,000 `(` and `•` (quadratic in spaCy's tokenizer)", OK, "(" * 32),
    Case("text/long-line-10mb.txt", long_line, "a single 10 MB line", E, "over the 1,000,000 limit", big=True,
         limit="max_chars"),
    Case("text/50mb.txt", big_text, "a 50 MB text file", E, "over the 26 MB limit", big=True, limit="max_bytes"),
    Case("text/2m-lines.txt", many_lines, "two million short lines (4 MB)", E, "over the 1,000,000 limit",
         big=True, limit="max_chars"),
    # HTML
    Case("html/empty-body.html", lambda: html_page("").encode(), "a page with an empty body", E, "no text found"),
    Case("html/whitespace.html", lambda: html_page("<p> &nbsp; </p>\n<div>\t</div>").encode(),
         "a page of whitespace and `&nbsp;`", E, "no text found"),
    Case("html/binary-junk.html", lambda: junk(seed=5), "random bytes named .html", E, "looks like a binary file"),
    Case("html/scripts-styles.html", html_scripts_styles, "scripts, styles, noscript and templates around the text",
         OK, "Backend engineer"),
    Case("html/external-resources.html", html_external_resources,
         "images, stylesheets, scripts, frames and a refresh pointing at a server", OK, "Backend engineer"),
    Case("html/entities.xhtml", xhtml_entities, "XHTML declaring external entities and a DTD", OK,
         "Backend engineer"),
    Case("html/json-ld-deep.html", html_json_ld_deep, "JSON-LD nested 100,000 deep", OK, "Backend engineer",
         big=True),
    Case("html/utf-16-bom.html", lambda: codecs.BOM_UTF16_LE + html_page(GOOD_HTML_BODY).encode("utf-16-le"),
         "UTF-16 with a BOM", OK, "Backend engineer"),
    Case("html/windows-1252.html",
         lambda: html_page(GOOD_HTML_BODY + "<p>“Quoted” – 5 €</p>").replace("utf-8", "windows-1252")
         .encode("cp1252"), "declared windows-1252", OK, "“Quoted” – 5 €"),
    Case("html/rtl-mixed.html", lambda: html_page("<div dir='rtl'>" + RTL_TEXT.replace("\n", "<br>") + "</div>")
         .encode(), "right-to-left text with bidi overrides", OK, "Python"),
    Case("html/deep-div.html", html_deep, "`<div>` nested 40,000 deep", E, "nested over 1,000 deep", big=True),
    Case("html/deep-li.html", html_deep_li, "`<ul><li>` nested 40,000 deep", E, "nested over 1,000 deep", big=True),
    Case("html/1m-elements.html", html_many_elements, "a million `<span>` elements (14 MB)", E,
         "HTML tags, over the safety limit", big=True, limit="max_chars"),
    # JSON Resume
    Case("json/deep.json", json_deep, "arrays nested 100,000 deep", E, "is nested too deeply to read", big=True),
    Case("json/not-object.json", lambda: b'"just a string"', "valid JSON that is not an object", E,
         "is JSON but not a JSON Resume"),
    Case("json/huge-number.json", lambda: b'{"basics": {"name": ' + b"9" * 10_000 + b"}}",
         "a 10,000-digit number", E, "has a number too long to read"),
    Case("json/utf-16.json", lambda: codecs.BOM_UTF16_LE + json_good().encode("utf-16-le"), "UTF-16 with a BOM", E,
         "is not UTF-8 text"),
    Case("json/truncated.json", lambda: json_good()[:80].encode(), "JSON cut off mid-way", E, "is not valid JSON"),
    Case("json/nul-bytes.json", lambda: json_good().encode().replace(b'"Jordan', b'"Jor\x00dan'),
         "a raw NUL byte inside a string", E, "is not valid JSON"),
    Case("json/escaped-controls.json",
         lambda: json_good().encode().replace(b'"Jordan', b'"Jor\\u0000\\u001b[31m\\u2028dan'),
         "escaped NUL, escape and line-separator characters in a string", OK, "Jor [31m\ndan"),
    # LaTeX
    Case("tex/input-file.tex", lambda: tex_document(GOOD_TEX_BODY + "\\input{/etc/passwd}\\include{/etc/shadow}"
                                                    "\\immediate\\write18{curl " + NOWHERE + "}"),
         "`\\input{/etc/passwd}` and `\\write18`", OK, "Backend engineer"),
    Case("tex/deep-braces.tex", lambda: tex_document(GOOD_TEX_BODY + "{" * 100_000 + "x" + "}" * 100_000),
         "braces nested 100,000 deep", OK, "Backend engineer", big=True),
    Case("tex/unbalanced.tex", lambda: tex_document(GOOD_TEX_BODY + "\\textbf{" * 5000 + "\\begin{itemize}" * 500),
         "5,000 unclosed braces and environments", OK, "Backend engineer"),
    Case("tex/macro-bomb.tex", lambda: tex_document(GOOD_TEX_BODY, "\\def\\a{\\a\\a}\\def\\b{\\b}\n") + b"\\a\\b",
         "self-referencing macros", OK, "Backend engineer"),
    Case("tex/binary-junk.tex", lambda: junk(seed=9), "random bytes named .tex", E, "looks like a binary file"),
]

# Good files for mixed batches: every batch test puts these beside the bad ones.
GOOD_FILES: dict[str, Callable[[], bytes]] = {
    "good/resume.txt": lambda: GOOD_TEXT.encode(),
    "good/resume.pdf": good_pdf,
    "good/resume.docx": good_docx,
    "good/posting.html": lambda: html_page("<h1>Backend engineer</h1><h2>Requirements</h2><ul><li>Python</li>"
                                           "<li>PostgreSQL</li><li>Kubernetes</li></ul>").encode(),
    "good/resume.json": lambda: json_good().encode(),
    "good/resume.tex": lambda: tex_document(GOOD_TEX_BODY),
}


def case(path: str) -> Case:
    return next(c for c in CASES if c.path == path)


def write(directory: Path, *, big: bool = False, only: Callable[[Case], bool] = lambda c: True) -> list[Path]:
    """Write the cases (the big ones only with `big`) and the good files under `directory`."""
    written = []
    for item in CASES:
        if item.big and not big or not only(item):
            continue
        target = directory / item.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(item.build())
        written.append(target)
    for name, build in GOOD_FILES.items():
        target = directory / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(build())
        written.append(target)
    return written


def table() -> str:
    """The behaviour table of docs/robustness.md."""
    rows = ["| File | Input | Result |", "|---|---|---|"]
    for item in CASES:
        if item.outcome == OK:
            result = "read normally"
        else:
            result = f"exit 2: “…{item.expect}…”"
            if item.limit:
                result += f" (`--{item.limit.replace('_', '-')}`)"
        size = " *(built at test time)*" if item.big else ""
        rows.append(f"| `{item.path}`{size} | {item.what} | {result} |")
    return "\n".join(rows)
