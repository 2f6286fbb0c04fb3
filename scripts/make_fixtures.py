"""Generate the edge-case test fixtures for the non-PDF readers (outputs are committed).

    python scripts/make_fixtures.py

Writes `tests/fixtures/{docx,html,text,json,tex}/`. The Word features python-docx has
no API for (text boxes, content controls, tracked changes, hyperlinks, shading) are
added as raw WordprocessingML. Every person here is fictional.
"""

from __future__ import annotations

import io
import random
import struct
import sys
import zipfile
import zlib
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_samples import FIXED_TIME, save_docx

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

_MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
_WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
_WP = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
_V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
TEXT_BOX_TEXT = "Text box: Certified Scrum Master"


def tiny_png() -> bytes:
    """A valid 2x2 PNG, so python-docx can embed a picture without an image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = b"".join(b"\x00" + b"\x20\x60\xa0" * 2 for _ in range(2))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _text_box_run(text: str) -> str:
    """A floating text box as Word writes it: DrawingML, plus a VML copy in mc:Fallback."""
    content = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (
        f"<w:r {nsdecls('w', 'a')} {_MC} {_WPS} {_WP} {_V}><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" '
        'distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
        '<wp:posOffset>3600000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph">'
        '<wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2000000" cy="400000"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="20" name="Text Box 20"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" '
        'cy="400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f"<wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape "
        'style="position:absolute;width:157pt;height:31pt" type="#_x0000_t202">'
        f"<v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def docx_features(path: Path) -> None:
    """One file with every structure the DOCX reader must handle."""
    document = docx.Document()
    first = document.sections[0]
    first.header.paragraphs[0].text = "Sam Carter | sam.carter@example.com | (555) 010-2020"
    first.footer.paragraphs[0].text = "References available on request"
    document.add_heading("Experience", level=1)
    paragraph = document.add_paragraph("Platform engineer at Example Corp")
    paragraph.add_run().add_break()
    paragraph.add_run("Denver, CO")
    tabbed = document.add_paragraph("Python")
    tabbed.add_run().add_tab()
    tabbed.add_run("Go")
    document.add_paragraph("Migrated services to AWS", style="List Number")
    document.add_paragraph("• Already has a typed bullet", style="List Bullet")
    hidden = document.add_paragraph("Visible words ")
    hidden.add_run("Kubernetes Terraform").font.hidden = True
    hidden.add_run(" then ")
    hidden.add_run("Kafka").font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    hidden.add_run(" and ")
    hidden.add_run("Rust").font.size = Pt(1)
    anchor = document.add_paragraph("Paragraph holding a text box.")
    anchor._p.append(parse_xml(_text_box_run(TEXT_BOX_TEXT)))
    link = document.part.relate_to("https://sam.example.com", RT.HYPERLINK, is_external=True)
    control = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Summary"/></w:sdtPr><w:sdtContent>'
        "<w:p><w:r><w:t>Content control: incident response</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    anchor._p.addnext(control)
    control.addnext(
        parse_xml(
            f'<w:p {nsdecls("w", "r")}><w:r><w:t xml:space="preserve">Portfolio: </w:t></w:r>'
            f'<w:hyperlink r:id="{link}"><w:r><w:t>sam.example.com</w:t></w:r></w:hyperlink>'
            '<w:del w:id="1" w:author="x" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>deleted words'
            '</w:delText></w:r></w:del><w:ins w:id="2" w:author="x" w:date="2024-01-01T00:00:00Z"><w:r>'
            '<w:t xml:space="preserve"> inserted words</w:t></w:r></w:ins></w:p>'
        )
    )
    document.add_heading("Skills", level=1)
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Area", "Tools"
    table.rows[1].cells[0].text = "Languages"
    nested = table.rows[1].cells[1].add_table(rows=2, cols=2)
    for row, (name, level) in zip(nested.rows, [("Python", "Expert"), ("Go", "Advanced")], strict=False):
        row.cells[0].text, row.cells[1].text = name, level
    shaded = document.add_table(rows=1, cols=1).rows[0].cells[0]
    shaded._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="1F3864"/>')
    )
    shaded.paragraphs[0].add_run("White on navy: Grafana").font.color.rgb = RGBColor(
        0xFF, 0xFF, 0xFF
    )
    picture_paragraph = document.add_paragraph()
    picture_paragraph.add_run().add_picture(io.BytesIO(tiny_png()))
    document.add_page_break()
    document.add_paragraph("Second page: Education")
    second = document.add_section()
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "Sam Carter | sam.carter@example.com | (555) 010-2020"
    document.add_paragraph("Third section text")
    save_docx(document, path)


def _minimal_docx(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    save_docx(document, buffer)
    return buffer.getvalue()


def _rewrite(data: bytes, edit) -> bytes:
    """Copy a zip, letting `edit(name, bytes)` return (new name, new bytes) or None to drop."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            result = edit(info.filename, source.read(info.filename))
            if result is not None:
                target.writestr(
                    zipfile.ZipInfo(result[0], date_time=FIXED_TIME.timetuple()[:6]), result[1]
                )
    return out.getvalue()


def docx_xxe() -> bytes:
    """document.xml declaring an external entity: it must never be resolved."""

    def edit(name: str, data: bytes):
        if name == "word/document.xml":
            data = data.replace(
                b"?>", b'?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', 1
            )
            data = data.replace(b"Entity here", b"Entity here &xxe; end")
        return name, data

    return _rewrite(_minimal_docx("Entity here"), edit)


def docx_renamed_main() -> bytes:
    """The main part is word/document2.xml (some Office 365 files): found through _rels/.rels."""

    def edit(name: str, data: bytes):
        if name == "word/document.xml":
            return "word/document2.xml", data
        if name == "word/_rels/document.xml.rels":
            return "word/_rels/document2.xml.rels", data
        return name, data.replace(b"/word/document.xml", b"/word/document2.xml").replace(
            b'Target="word/document.xml"', b'Target="word/document2.xml"'
        )

    return _rewrite(_minimal_docx("Main part renamed"), edit)


def zip_without_document() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(
            zipfile.ZipInfo("hello.txt", date_time=FIXED_TIME.timetuple()[:6]), "not a Word file\n"
        )
    return out.getvalue()


HTML_BOILERPLATE = """\
<!doctype html>
<html><head><meta charset="utf-8"><title>Data Analyst | Jobs</title>
<style>.x { color: red } /* SQL in CSS must not leak */</style>
<script>var skills = ["Java", "Scala"]; console.log("<li>Haskell</li>");</script>
</head>
<body>
<div role="navigation"><a href="/">Home</a> <a href="/jobs">Jobs</a></div>
<nav><ul><li>Browse by category</li><li>Saved jobs</li></ul></nav>
<noscript>Please enable JavaScript to apply</noscript>
<template><p>Template text: Fortran</p></template>
<iframe src="https://example.com/ad"></iframe>
<div class="content">
  <h1>Data Analyst</h1>
  <p>Analyze sales data &amp; build dashboards.<br>Report to the Head&nbsp;of&nbsp;Finance.</p>
  <h3>Must have</h3>
  <ul>
    <li>SQL and Microsoft Excel</li>
    <li><strong>Tableau</strong> or <em>Power BI</em></li>
  </ul>
  <ol><li>Statistics</li></ol>
  <table><tr><th>Location</th><td>Remote</td></tr><tr><td>Team</td><td>Finance</td></tr></table>
  <!-- a comment: COBOL -->
  <p hidden>Hidden attribute: Perl</p>
  <p aria-hidden="true">Aria hidden: Lisp</p>
  <p style="color: white; display : none;">Display none: Erlang</p>
  <span style="visibility:hidden">Visibility hidden: Prolog</span>
  <pre>Line one
Line two</pre>
  <button>Apply</button>
  <form><label>Email</label><input name="e"></form>
</div>
<aside>Related: Ruby developer</aside>
<footer><a href="/privacy">Privacy</a> &copy; Example Jobs</footer>
</body></html>
"""

HTML_JSON_LD_ONLY = """\
<!doctype html>
<html><head><meta charset="utf-8"><title>Site Reliability Engineer</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "Organization", "name": "Example Inc"},
 {"@type": "JobPosting", "title": "Site Reliability Engineer",
  "description": "<p>Keep our systems up.</p><h3>Requirements</h3>\
<ul><li>Linux</li><li>Prometheus</li><li>Terraform</li></ul>"}]}
</script>
<script type="application/ld+json">{ not valid json </script>
</head>
<body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript>
<p>Loading…</p></body></html>
"""

HTML_CP1252 = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
</head><body><p>Caf\u00e9 manager \u2013 na\u00efve \u201cquotes\u201d \u20ac50</p></body></html>
"""

LATEX_RESUME = r"""\documentclass[letterpaper,11pt]{article}
\usepackage[hidelinks]{hyperref}
\usepackage{titlesec}
% Custom commands, as in many public templates
\newcommand{\resumeItem}[1]{\item\small{{#1 \vspace{-2pt}}}}
\newcommand{\resumeSubheading}[4]{\item\textbf{#1} \hfill #2 \\ \textit{#3} \hfill #4}
\titleformat{\section}{\scshape\large}{}{0em}{}[\titlerule]
\begin{document}

\begin{center}
    \textbf{\Huge \scshape Dana Whitfield} \\ \vspace{1pt}
    \small 555-012-3456 $|$ \href{mailto:dana@example.com}{\underline{dana@example.com}} $|$
    \href{https://github.com/dana-example}{\underline{github.com/dana-example}}
\end{center}

%-----------EXPERIENCE-----------
\section{Experience}
  \resumeSubHeadingListStart
    \resumeSubheading
      {Data Engineer}{Jan 2022 -- Present}
      {Globex Analytics}{Remote}
      \resumeItemListStart
        \resumeItem{Built \textbf{Apache Spark} jobs processing 5\,TB/day; cut cost by 30\%}
        \resumeItem{Wrote dbt models \& Airflow DAGs for the finance team} % not: Java
        \resumeItem{Tuned \texttt{PostgreSQL} queries, e.g.\ with \emph{EXPLAIN}}
      \resumeItemListEnd
  \resumeSubHeadingListEnd

\section*{Technical Skills}
 \begin{itemize}[leftmargin=0.15in, label={}]
    \small{\item{
     \textbf{Languages}{: Python, SQL, Scala, C\#} \\
     \textbf{Tools}{: Spark, Airflow, dbt, Docker}
    }}
 \end{itemize}

\section{Education}
\begin{tabular*}{\textwidth}{l@{\extracolsep{\fill}}r}
  B.Sc.\ Statistics, Caf\'e University & 2017 -- 2021 \\
\end{tabular*}
\end{document}
This text after end{document} is ignored.
"""


def main() -> None:
    for folder in ("docx", "html", "text", "json", "tex"):
        (FIXTURES / folder).mkdir(parents=True, exist_ok=True)
    d, h, t, j = FIXTURES / "docx", FIXTURES / "html", FIXTURES / "text", FIXTURES / "json"
    docx_features(d / "features.docx")
    (d / "xxe.docx").write_bytes(docx_xxe())
    (d / "renamed-main-part.docx").write_bytes(docx_renamed_main())
    (d / "not-a-zip.docx").write_bytes(b"This is plain text pretending to be a Word file.\n")
    (d / "zip-without-document.docx").write_bytes(zip_without_document())
    (d / "password-protected.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    (d / "truncated.docx").write_bytes(_minimal_docx("Cut short")[:700])
    (h / "boilerplate.html").write_text(HTML_BOILERPLATE, encoding="utf-8")
    (h / "json-ld-only.html").write_text(HTML_JSON_LD_ONLY, encoding="utf-8")
    (h / "windows-1252.html").write_bytes(HTML_CP1252.encode("cp1252"))
    (t / "windows-1252.txt").write_bytes(
        "Résumé – Skills\r\nCafé management, naïve Bayes, “quoted”, 50 €\r\n".encode("cp1252")
    )
    (t / "utf16-bom.txt").write_bytes("Résumé in UTF-16\nSkills: Python, Go\n".encode("utf-16"))
    (t / "utf8-bom.txt").write_bytes(b"\xef\xbb\xbf" + "Naïve résumé with a BOM\n".encode())
    junk = random.Random(7)
    (t / "binary-junk.txt").write_bytes(bytes(junk.randrange(256) for _ in range(2048)))
    (t / "pdf-named.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (j / "invalid.json").write_text(
        '{\n  "basics": {"name": "Ann"},\n  "work": [,]\n}\n', encoding="utf-8"
    )
    (j / "not-resume.json").write_text(
        '{"name": "left-pad", "version": "1.3.0", "dependencies": {}}\n', encoding="utf-8"
    )
    (j / "lenient.json").write_text(
        '{"basics": {"name": "Lee Park", "label": 42, "location": "Seoul", "profiles": "x"},\n'
        ' "work": {"company": "Solo Co", "position": "Engineer", "startDate": "2020",\n'
        '          "highlights": "Built Rust tools\\nand CLIs"},\n'
        ' "skills": [{"name": "Languages", "keywords": "Rust"}, "stray string", null],\n'
        ' "education": [], "languages": [{"language": "Korean"}]}\n',
        encoding="utf-8",
    )
    (FIXTURES / "tex" / "resume.tex").write_text(LATEX_RESUME, encoding="utf-8")


if __name__ == "__main__":
    main()
