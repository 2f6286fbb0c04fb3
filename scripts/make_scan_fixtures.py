"""Write the DOCX files of tests/fixtures/scan/ (the text, Markdown and HTML ones are hand-written).

    python scripts/make_scan_fixtures.py

Reproducible: python-docx writes fixed content, and the core properties' dates are pinned.
"""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

from docx import Document

ROOT = Path(__file__).resolve().parents[1]
POSTINGS = ROOT / "tests" / "fixtures" / "scan" / "postings"
PINNED = datetime.datetime(2024, 1, 1, 12, 0, 0)


def platform_engineer(path: Path) -> None:
    doc = Document()
    doc.core_properties.created = PINNED
    doc.core_properties.modified = PINNED
    doc.core_properties.author = "skillgap fixtures"
    doc.add_heading("Platform Engineer", level=1)
    doc.add_paragraph("Northwind Cloud · Berlin")
    doc.add_heading("Requirements", level=2)
    for line in (
        "Run Kubernetes clusters on AWS.",
        "Infrastructure as code with Terraform.",
        "Experience writing services in the Go programming language.",
        "Docker and containers in production.",
    ):
        doc.add_paragraph(line, style="List Bullet")
    doc.add_heading("Nice to have", level=2)
    doc.add_paragraph("Python scripting.", style="List Bullet")
    doc.save(path)


def broken_docx(path: Path) -> None:
    """A zip that holds no Word document: what a failed download often leaves behind."""
    with zipfile.ZipFile(path, "w") as archive:
        info = zipfile.ZipInfo("readme.txt", date_time=(2024, 1, 1, 12, 0, 0))
        archive.writestr(info, "this is not a Word document")


def main() -> None:
    POSTINGS.mkdir(parents=True, exist_ok=True)
    platform_engineer(POSTINGS / "platform-engineer.docx")
    broken_docx(POSTINGS / "broken.docx")
    print(f"wrote {POSTINGS / 'platform-engineer.docx'} and {POSTINGS / 'broken.docx'}")


if __name__ == "__main__":
    main()
