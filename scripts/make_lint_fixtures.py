"""Generate the binary fixtures of the lint tests (the outputs are committed).

    python scripts/make_lint_fixtures.py

Writes to tests/fixtures/lint/:

- header-contact.docx   contact details only in the Word page header, the Experience
                        heading and role dates inside a table, the summary in a text box
                        (SG106, SG104, SG105)
- three-pages.pdf       a three-page résumé with white keyword-stuffing text (SG108, SG102)

python-docx (a dependency) writes the DOCX; ReportLab (`pip install -e .[samples]`) the PDF.
Both are written deterministically, so regenerating gives the same files.
Every person, employer and address here is fictional.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "lint"

_TEXT_BOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
    '<v:shape id="summary-box" type="#_x0000_t202" style="width:420pt;height:40pt">'
    "<v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox>"
    "</v:shape></w:pict></w:r>"
)


def make_docx(path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "Jordan Avery | jordan.avery@example.com | +1 555 010 0123"

    document.add_heading("Jordan Avery", level=1)
    box = document.add_paragraph()
    box._p.append(parse_xml(_TEXT_BOX.format(text="Staff accountant with six years in manufacturing; "
                                                  "closed the books in four days instead of nine.")))

    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Experience"
    table.cell(0, 1).text = ""
    table.cell(1, 0).text = "Staff Accountant, Harlow Manufacturing"
    table.cell(1, 1).text = "Jan 2019 – Present"
    for text in (
        "Cut the month-end close from nine days to four by automating 30 reconciliations.",
        "Run the accounts payable ledger for 400 suppliers, $12M a year.",
    ):
        document.add_paragraph(text, style="List Bullet")

    document.add_heading("Education", level=2)
    document.add_paragraph("BSc Accounting, University of Leeds | 2014 – 2017")
    document.add_heading("Skills", level=2)
    document.add_paragraph("Microsoft Excel, SQL, SAP, financial reporting")

    buffer = io.BytesIO()
    document.save(buffer)
    _write_deterministic_zip(buffer.getvalue(), path)


def _write_deterministic_zip(data: bytes, path: Path) -> None:
    """Rewrite the package with fixed timestamps so that regenerating gives identical bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in sorted(source.infolist(), key=lambda i: i.filename):
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re

                content = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<", rb"<dcterms:\1\2>2024-01-01T00:00:00Z<",
                                 content)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, content)
    path.write_bytes(out.getvalue())


def make_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=LETTER, invariant=1)
    c.setAuthor("skillgap test fixtures")
    c.setTitle(path.stem)
    width, height = LETTER
    pages = [
        [("Senior Data Engineer, Ridgeway Analytics", "Feb 2020 - Present", [
            "Build batch and streaming pipelines in Python and Spark that process 4 TB a day.",
            "Cut warehouse costs 35% by partitioning and clustering the largest tables.",
            "Own the data quality checks that block 95% of bad loads before production.",
            "Mentor five analysts moving into data engineering roles.",
            "Run the quarterly capacity review with finance and platform teams.",
         ]),
         ("Data Engineer, Coastal Freight", "Jun 2016 - Jan 2020", [
            "Designed the event model for 40 million shipment updates a month.",
            "Migrated 120 cron jobs to Airflow, ending weekend pages for the team.",
            "Reduced the nightly load window from 6 hours to 50 minutes.",
            "Introduced schema reviews that caught 30 breaking changes in a year.",
         ])],
        [("Analyst, Pine Street Bank", "Sep 2013 - May 2016", [
            "Automated 14 regulatory reports, saving 60 analyst hours a month.",
            "Wrote the SQL library that the risk team still uses for stress tests.",
            "Trained 25 colleagues on reproducible analysis in Jupyter.",
            "Reconciled ledger feeds across 3 systems, closing 400 breaks.",
         ]),
         ("Research Assistant, Reed College", "Jan 2011 - Aug 2013", [
            "Cleaned and documented a 20-year panel survey of 3,000 households.",
            "Presented findings at 2 regional economics conferences.",
            "Maintained the lab's shared cluster and its job queue.",
         ])],
        [],
    ]
    for page, roles in enumerate(pages, start=1):
        y = height - 72
        c.setFont("Helvetica-Bold", 16)
        if page == 1:
            c.drawString(72, y, "Casey Brooks")
            y -= 20
            c.setFont("Helvetica", 10)
            c.drawString(72, y, "casey.brooks@example.com | +1 555 010 0188 | Portland, OR")
            y -= 14
            # White text: invisible on the page, read by every parser.
            c.setFillColorRGB(1, 1, 1)
            c.drawString(72, y, "python spark kafka airflow snowflake dbt kubernetes terraform")
            c.setFillColorRGB(0, 0, 0)
            y -= 24
            c.setFont("Helvetica-Bold", 12)
            c.drawString(72, y, "EXPERIENCE")
            y -= 18
        for title, dates, bullets in roles:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(72, y, title)
            c.setFont("Helvetica", 10)
            c.drawRightString(width - 72, y, dates)
            y -= 14
            for text in bullets:
                c.drawString(80, y, "\u2022")
                c.drawString(92, y, text)
                y -= 13
            y -= 10
        if page == 3:
            for heading, line in (("EDUCATION", "BSc Mathematics, Reed College | 2009 - 2013"),
                                  ("SKILLS", "Python, SQL, Spark, Airflow, Jupyter"),
                                  ("PUBLICATIONS", "Household savings under rate shocks, Reed Working Papers, 2013")):
                c.setFont("Helvetica-Bold", 12)
                c.drawString(72, y, heading)
                y -= 16
                c.setFont("Helvetica", 10)
                c.drawString(72, y, line)
                y -= 24
        c.showPage()
    c.save()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    make_docx(OUT / "header-contact.docx")
    try:
        make_pdf(OUT / "three-pages.pdf")
    except ImportError:
        print("reportlab is not installed (pip install -e .[samples]); kept the committed PDF", file=sys.stderr)
    print(f"wrote fixtures to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
