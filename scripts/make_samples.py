"""Generate the non-PDF samples in `samples/` (the outputs are committed).

    python scripts/make_samples.py

The Word files are made with python-docx using real Word features (Heading and List
Bullet styles, a table, a page header), then re-zipped with fixed timestamps and
document properties so that regenerating gives identical bytes. The PDF samples come
from `scripts/make_pdfs.py`.

Every person, employer and address here is fictional (example.com, 555 numbers).
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path
from typing import IO

import docx
from docx.document import Document as WordDocument
from docx.shared import Pt

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FIXED_TIME = datetime(2024, 1, 1, 9, 0, 0)


def save_docx(document: WordDocument, path: Path | IO[bytes]) -> None:
    """Save with fixed metadata and zip timestamps, so the bytes are reproducible."""
    props = document.core_properties
    props.author = props.last_modified_by = "skillgap samples"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    with (
        zipfile.ZipFile(buffer) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename == "docProps/thumbnail.jpeg":
                continue  # python-docx's template thumbnail is a picture of someone else's file
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml" or info.filename == "_rels/.rels":
                data = data.replace(
                    b'<Override PartName="/docProps/thumbnail.jpeg" ContentType="image/jpeg"/>', b""
                )
                data = _drop_thumbnail_rel(data)
            target.writestr(fixed, data)


def _drop_thumbnail_rel(data: bytes) -> bytes:
    start = data.find(b"<Relationship ")
    while start != -1:
        end = data.find(b"/>", start) + 2
        if b"thumbnail" in data[start:end]:
            return data[:start] + data[end:]
        start = data.find(b"<Relationship ", end)
    return data


def _bullets(document: WordDocument, items: list[str]) -> None:
    for item in items:
        document.add_paragraph(item, style="List Bullet")


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


# --------------------------------------------------------------------------- posting (TXT)

POSTING_BACKEND = """\
Backend Software Engineer (Platform)
Harbor Freight Analytics · Remote (US) · Full-time

About us
Harbor Freight Analytics helps shipping companies predict delays before they happen. We are
a team of 40 people, 15 of them engineers, and our platform processes 2 billion events a day.

Responsibilities
- Design, build and run backend services in Python and Go that power our tracking APIs.
- Build and maintain REST APIs and gRPC services used by customers and internal teams.
- Model data and write efficient queries in PostgreSQL; own schema migrations.
- Run services on Kubernetes in AWS, packaged with Docker and provisioned with Terraform.
- Improve our CI/CD pipelines so that every engineer can ship safely several times a day.
- Build streaming pipelines on Kafka.
- Improve observability: metrics, logs and traces for every service we run.
- Mentor other engineers through code review and pairing.

Requirements
- 4+ years of professional experience building backend services.
- Strong Python skills and working knowledge of Go.
- Experience with PostgreSQL or another relational database.
- Experience running containers with Docker and Kubernetes in production.
- Hands-on experience with AWS (EC2, S3, RDS, IAM).
- Experience designing REST APIs; gRPC experience is welcome.
- Familiarity with CI/CD practices and infrastructure as code (Terraform).
- Good written communication in English.

Nice to have
- Experience with Redis is a plus.
- Kafka or another event streaming platform.
- Experience with observability tools such as Prometheus, Grafana or OpenTelemetry.
- Contributions to open-source projects.

Benefits
- Salary range $150,000 - $180,000 plus equity.
- Free Python conference tickets (PyCon US or EuroPython) and a yearly learning budget.
- Home office budget and a new laptop.
- Health, dental and vision insurance; 401(k) with match.

How to apply
Send your résumé and a short note about a system you built to jobs@example.com.
Harbor Freight Analytics is an equal opportunity employer.
"""

# --------------------------------------------------------------------------- résumé (Markdown)

RESUME_MARKDOWN = """\
# Priya Raman

Backend Software Engineer · Austin, TX · priya.raman@example.com · (555) 013-7788 ·
[github.com/priyaraman-example](https://github.com/priyaraman-example)

<!-- Tailored for backend roles; last updated 2024-05. -->

## Summary

Backend engineer with six years of experience building **Python** services and REST APIs.
I care about _reliable_ systems, clear documentation and helping teammates grow.

## Experience

### Software Engineer II, Lonestar Payments | March 2021 – Present

- Built and maintained REST APIs in Python (FastAPI) that process 3 million card transactions a day.
- Responsible for the PostgreSQL database: wrote migrations and tuned slow queries.
- Worked on moving services to Docker containers on AWS ECS.
- Added Prometheus metrics and Grafana dashboards for the payments API.
- Mentored two junior engineers through code review.
<!-- - Kubernetes pilot (removed: not shipped) -->

### Software Engineer, Bluebonnet Health | July 2018 – February 2021

1. Developed Django REST Framework endpoints for patient scheduling.
2. Used Celery and Redis for background jobs and notifications.
3. Helped set up GitLab CI pipelines with automated tests (pytest).

## Projects

- **queue-metrics**: a small open-source exporter that publishes Redis queue depth to Prometheus.

## Skills

| Area      | Skills                                        |
|-----------|-----------------------------------------------|
| Languages | Python, SQL, Bash                             |
| Backend   | FastAPI, Django, REST APIs, Celery, Redis     |
| Data      | PostgreSQL, MySQL                             |
| DevOps    | Docker, AWS (ECS, S3, RDS), GitLab CI, CI/CD  |

## Education

**B.S. in Computer Science**, University of Texas at Dallas (example) | 2018
"""

# --------------------------------------------------------------------------- résumé (JSON Resume)

RESUME_JSON = {
    "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
    "basics": {
        "name": "Jordan Lee",
        "label": "Platform Engineer",
        "email": "jordan.lee@example.com",
        "phone": "(555) 019-4410",
        "url": "https://jordanlee.example.com",
        "summary": "Platform engineer with seven years of experience running Kubernetes "
        "clusters on AWS, writing Terraform and building CI/CD pipelines that "
        "product teams enjoy using.",
        "location": {"city": "Denver", "region": "CO", "countryCode": "US"},
        "profiles": [
            {
                "network": "GitHub",
                "username": "jordanlee-example",
                "url": "https://github.com/jordanlee-example",
            }
        ],
    },
    "work": [
        {
            "name": "Summit Outdoor Co.",
            "position": "Senior Platform Engineer",
            "startDate": "2020-04",
            "summary": "Platform team of five supporting 60 engineers.",
            "highlights": [
                "Ran 12 Kubernetes (EKS) clusters on AWS with Terraform and Helm; 99.95% uptime.",
                "Built GitHub Actions CI/CD templates used by 45 services; deploys went from 40 to 8 minutes.",
                "Introduced OpenTelemetry tracing and Grafana dashboards for all Go and Python services.",
                "Operated a Kafka cluster (MSK) handling 50,000 messages per second.",
            ],
        },
        {
            "name": "Front Range Software",
            "position": "DevOps Engineer",
            "startDate": "2017-06",
            "endDate": "2020-03",
            "highlights": [
                "Wrote Go services and command-line tools for internal deployment automation.",
                "Migrated Jenkins pipelines to GitLab CI and Docker-based builds.",
                "Managed PostgreSQL backups and failover on EC2.",
            ],
        },
    ],
    "education": [
        {
            "institution": "Colorado Mesa Institute (example)",
            "area": "Computer Science",
            "studyType": "B.S.",
            "startDate": "2013-08",
            "endDate": "2017-05",
            "courses": ["Operating Systems", "Computer Networks"],
        },
    ],
    "certificates": [
        {"name": "Certified Kubernetes Administrator (CKA)", "issuer": "CNCF", "date": "2021-09"},
        {
            "name": "AWS Certified SysOps Administrator – Associate",
            "issuer": "Amazon Web Services",
            "date": "2019-11",
        },
    ],
    "skills": [
        {
            "name": "Cloud & Infrastructure",
            "level": "Advanced",
            "keywords": ["AWS", "Kubernetes", "Terraform", "Helm", "Docker"],
        },
        {"name": "Languages", "keywords": ["Go", "Python", "Bash"]},
        {"name": "Delivery", "keywords": ["CI/CD", "GitHub Actions", "GitLab CI", "Argo CD"]},
        {"name": "Data", "keywords": ["PostgreSQL", "Kafka", "Redis"]},
    ],
    "projects": [
        {
            "name": "kube-cost-report",
            "description": "Open-source tool that reports Kubernetes cost per team.",
            "highlights": ["Used by four companies; 300 GitHub stars."],
            "keywords": ["Go", "Kubernetes", "Prometheus"],
        },
    ],
    "languages": [
        {"language": "English", "fluency": "Native speaker"},
        {"language": "Spanish", "fluency": "Professional working proficiency"},
    ],
    "interests": [{"name": "Open source", "keywords": ["CNCF", "Terraform providers"]}],
}

# --------------------------------------------------------------------------- posting (HTML)

POSTING_NURSE_JSON_LD = {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    "title": "Registered Nurse – Cardiac Step-Down Unit",
    "datePosted": "2024-05-02",
    "employmentType": "FULL_TIME",
    "hiringOrganization": {"@type": "Organization", "name": "Mercy Valley Hospital (example)"},
    "jobLocation": {
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Sacramento",
            "addressRegion": "CA",
            "addressCountry": "US",
        },
    },
    "description": "<p>Provide patient assessment, medication administration and IV therapy on our "
    "cardiac step-down unit.</p><ul><li>Current RN license</li><li>BLS and ACLS "
    "certification</li><li>Epic experience</li></ul>",
}

POSTING_NURSE_HTML = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Registered Nurse – Cardiac Step-Down Unit | Mercy Valley Careers</title>
<link rel="stylesheet" href="/assets/careers.css">
<style>
  body { font-family: "Source Sans Pro", sans-serif; }
  .cookie-banner { position: fixed; bottom: 0; }
  .job-meta li::before { content: "• "; }
</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-EXAMPLE"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){ dataLayer.push(arguments); }
  gtag('js', new Date());
  gtag('config', 'G-EXAMPLE', { page_title: 'Nurse: Python, Kubernetes and SQL tracking' });
  document.addEventListener('DOMContentLoaded', function () {
    var el = document.querySelector('#apply'); if (el) { el.classList.add('ready'); }
  });
</script>
<script type="application/ld+json">
%(json_ld)s
</script>
</head>
<body>
<a class="skip-link sr-only" href="#content">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/logo.svg" alt="Mercy Valley Health"></a>
  <nav aria-label="Main">
    <ul>
      <li><a href="/careers">Careers home</a></li>
      <li><a href="/careers/search">Search jobs</a></li>
      <li><a href="/careers/nursing">Nursing</a></li>
      <li><a href="/careers/benefits">Benefits</a></li>
      <li><a href="/login">Sign in</a></li>
    </ul>
  </nav>
</header>
<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">
  <p>We use cookies to improve your experience and for analytics. By clicking Accept you agree to our cookie policy.</p>
  <button type="button">Accept</button> <button type="button">Manage settings</button>
</div>
<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/careers">Careers</a> &rsaquo; <a href="/careers/nursing">Nursing</a> &rsaquo; Registered Nurse</nav>
<main id="content">
  <article class="job">
    <h1>Registered Nurse &ndash; Cardiac Step-Down Unit</h1>
    <ul class="job-meta">
      <li>Mercy Valley Hospital, Sacramento, CA</li>
      <li>Full-time &middot; Nights (3 &times; 12-hour shifts)</li>
      <li>Requisition #RN-20417</li>
    </ul>
    <div class="share" aria-hidden="true">Share: Facebook LinkedIn Email</div>
    <div class="job-description">
      <h2>About the role</h2>
      <p>Our 28-bed cardiac step-down unit cares for patients after cardiac procedures and with
      heart failure. You will join a team of 60 nurses who value teamwork, patient education and
      evidence-based practice.</p>
      <h2>What you will do</h2>
      <ul>
        <li>Perform patient assessment at admission and every shift; recognise changes early.</li>
        <li>Handle medication administration, including cardiac drips, safely and on time.</li>
        <li>Start and manage IV therapy and central line care.</li>
        <li>Provide wound care for surgical sites and pressure injuries.</li>
        <li>Document care in Epic and hand off with SBAR.</li>
        <li>Teach patients and families about medications and discharge plans.</li>
      </ul>
      <h2>Requirements</h2>
      <ul>
        <li>Current California RN license (or a compact license with CA application in progress).</li>
        <li>BLS and ACLS certification from the American Heart Association.</li>
        <li>1+ year of acute care experience as a Registered Nurse.</li>
        <li>Experience with Epic or another electronic health record.</li>
      </ul>
      <h2>Preferred</h2>
      <ul>
        <li>Telemetry experience preferred.</li>
        <li>PALS certification is a plus.</li>
        <li>BSN degree.</li>
      </ul>
      <h2>Benefits</h2>
      <p>Medical, dental and vision coverage, tuition support for your BSN, a night shift
      differential of $8/hour and a $10,000 sign-on bonus.</p>
      <p style="display:none">Internal code: nurse-cardiac-2024 ICU CCRN keywords</p>
    </div>
    <form id="apply" action="/apply" method="post">
      <label for="email">Email</label> <input id="email" type="email">
      <button type="submit">Apply now</button>
    </form>
  </article>
</main>
<aside class="similar-jobs">
  <h2>Similar jobs</h2>
  <ul><li><a href="/jobs/1">ICU Nurse – CCRN required</a></li><li><a href="/jobs/2">Surgical Technologist</a></li></ul>
</aside>
<footer class="site-footer">
  <ul>
    <li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of use</a></li>
    <li><a href="/accessibility">Accessibility</a></li><li><a href="/eeo">Equal opportunity employer</a></li>
  </ul>
  <p>&copy; 2024 Mercy Valley Health (a fictional organisation). All rights reserved.</p>
</footer>
<script src="/assets/careers.js"></script>
</body>
</html>
"""


def main() -> None:
    SAMPLES.mkdir(exist_ok=True)
    resume_accountant(SAMPLES / "resume-accountant.docx")
    posting_staff_accountant(SAMPLES / "posting-staff-accountant.docx")
    (SAMPLES / "posting-backend-engineer.txt").write_text(POSTING_BACKEND, encoding="utf-8")
    (SAMPLES / "resume-software-engineer.md").write_text(RESUME_MARKDOWN, encoding="utf-8")
    (SAMPLES / "resume.json").write_text(
        json.dumps(RESUME_JSON, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    json_ld = json.dumps(POSTING_NURSE_JSON_LD, indent=2, ensure_ascii=False)
    (SAMPLES / "posting-registered-nurse.html").write_text(
        POSTING_NURSE_HTML % {"json_ld": json_ld}, encoding="utf-8"
    )


if __name__ == "__main__":
    main()
