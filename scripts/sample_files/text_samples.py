"""The text samples: a backend posting (TXT), a résumé (Markdown, JSON Resume), a nurse posting (HTML)."""

from __future__ import annotations

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
<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/careers">Careers</a> &rsaquo; \
<a href="/careers/nursing">Nursing</a> &rsaquo; Registered Nurse</nav>
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
