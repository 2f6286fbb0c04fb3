"""The Word samples: an accountant's résumé and a staff-accountant posting."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import Pt

from sample_files.word import _bullets, save_docx

# --------------------------------------------------------------------------- résumé (DOCX)

ACCOUNTANT_JOBS = [
    (
        "Staff Accountant, Buckeye Components Inc., Columbus, OH",
        "June 2021 – Present",
        [
            (
                "Responsible for the month-end close for three legal entities, including journal "
                "entries, accruals and prepaid amortization."
            ),
            (
                "Performed account reconciliation for 45 balance sheet accounts each month in "
                "Microsoft Excel (VLOOKUP, pivot tables), clearing a backlog of 120 open items."
            ),
            (
                "Helped with accounts payable processing of about 600 invoices a month in SAP, "
                "including three-way matching and vendor statement reviews."
            ),
            (
                "Prepared monthly variance analysis of actual versus budget for six department "
                "managers and explained the main drivers."
            ),
            (
                "Worked on the annual audit: pulled samples, prepared lead schedules and answered "
                "auditor requests."
            ),
        ],
    ),
    (
        "Junior Accountant, Riverside Dental Group, Dublin, OH",
        "August 2019 – May 2021",
        [
            (
                "Responsible for accounts receivable and patient billing in QuickBooks Online for "
                "four clinics."
            ),
            (
                "Duties included bank reconciliations, payroll journal entries and fixed asset "
                "schedules."
            ),
            "Assisted with financial reporting packages for the owners each quarter.",
            (
                "Reduced days sales outstanding from 52 to 38 by following up on aged receivables "
                "with insurers."
            ),
        ],
    ),
]
ACCOUNTANT_SKILLS = [
    (
        "Accounting",
        (
            "GAAP, month-end close, account reconciliation, accounts payable, "
            "accounts receivable, journal entries, accruals"
        ),
    ),
    (
        "Software",
        "QuickBooks Online, SAP (FI), Microsoft Excel (VLOOKUP, pivot tables), Microsoft Word",
    ),
    ("Reporting", "Financial reporting, variance analysis, budgeting"),
]


def resume_accountant(path: Path) -> None:
    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "Maria Alvarez"
    header.paragraphs[0].runs[0].bold = True
    header.paragraphs[0].runs[0].font.size = Pt(16)
    header.add_paragraph(
        "Columbus, OH | maria.alvarez@example.com | (555) 014-2387 | "
        "linkedin.com/in/maria-alvarez-example"
    )
    document.add_heading("Summary", level=1)
    document.add_paragraph(
        "Staff accountant with five years of experience in general ledger accounting, "
        "month-end close and account reconciliation for manufacturing and healthcare "
        "companies. CPA candidate who likes clean reconciliations and clear reports."
    )
    document.add_heading("Experience", level=1)
    for title, dates, bullets in ACCOUNTANT_JOBS:
        document.add_heading(f"{title} | {dates}", level=2)
        _bullets(document, bullets)
    document.add_heading("Education", level=1)
    document.add_paragraph(
        "Bachelor of Science in Accounting, Central Ohio State University | 2019"
    )
    document.add_paragraph(
        "Relevant coursework: intermediate accounting, cost accounting, auditing, taxation."
    )
    document.add_heading("Skills", level=1)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, items in ACCOUNTANT_SKILLS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, items
    document.add_heading("Certifications", level=1)
    _bullets(
        document,
        [
            "CPA candidate: passed FAR and AUD (2024); BEC scheduled",
            "QuickBooks Online Certified User (2020)",
        ],
    )
    save_docx(document, path)


# --------------------------------------------------------------------------- posting (DOCX)


def posting_staff_accountant(path: Path) -> None:
    document = docx.Document()
    document.add_heading("Staff Accountant", level=0)
    document.add_paragraph("Lakeview Logistics · Columbus, OH (hybrid) · Full-time")
    document.add_heading("About us", level=2)
    document.add_paragraph(
        "Lakeview Logistics runs regional warehouses and freight services for 300 retailers. "
        "Our eight-person finance team closes the books in five days and is growing."
    )
    document.add_heading("Responsibilities", level=2)
    _bullets(
        document,
        [
            "Own the month-end close for two entities: journal entries, accruals and reconciliations.",
            "Reconcile balance sheet accounts and investigate variances.",
            "Support accounts payable and accounts receivable with invoice reviews and collections.",
            "Prepare financial reporting packages and variance analysis for leadership.",
            "Support the annual external audit and quarterly sales tax filings.",
        ],
    )
    document.add_heading("Requirements", level=2)
    _bullets(
        document,
        [
            "Bachelor's degree in Accounting or Finance.",
            "2+ years of experience in general ledger accounting and month-end close.",
            "Solid knowledge of GAAP.",
            "Advanced Microsoft Excel skills, including pivot tables and VLOOKUP or XLOOKUP.",
            "Experience with account reconciliation and journal entries.",
        ],
    )
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Systems"
    table.rows[0].cells[1].text = "Experience with an ERP system such as NetSuite or SAP."
    document.add_heading("Preferred qualifications", level=2)
    _bullets(
        document,
        [
            "CPA license or CPA candidate.",
            "Experience with NetSuite.",
            "Knowledge of fixed asset accounting and lease accounting (ASC 842).",
            "Experience with Power BI or another reporting tool.",
        ],
    )
    document.add_heading("Benefits", level=2)
    _bullets(
        document,
        [
            "Health, dental and vision insurance from day one.",
            "CPA exam fees and review course reimbursed, plus a bonus when you pass.",
            "401(k) with a 4% match and 20 days of paid time off.",
        ],
    )
    save_docx(document, path)
