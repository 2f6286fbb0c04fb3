"""The fictional people, jobs, skills and certifications the PDFs show."""

from __future__ import annotations

SE_NAME = "Alex Morgan"
SE_CONTACT = "Seattle, WA  |  alex.morgan@example.com  |  (555) 010-0142  |  github.com/alexmorgan-example"
SE_JOBS = [
    (
        "Senior Backend Engineer, Northwind Logistics",
        "Jan 2021 -- Present",
        [
            ("Led and shipped the shipment-tracking API in Go and Python, serving 40 million REST "
            "requests a day with a p99 latency under 120 ms."),
            ("Moved 30 services from EC2 to Kubernetes (k8s) on AWS EKS with Helm charts and "
            "Terraform, cutting infrastructure cost by 28 percent."),
            ("Designed the PostgreSQL schema and partitioning for 2 TB of event data; tuned slow "
            "queries with EXPLAIN ANALYZE and added read replicas."),
            ("Built CI/CD pipelines in GitHub Actions with Docker image scanning and blue-green "
            "deploys; release frequency went from weekly to daily."),
            ("Mentored four engineers and ran the on-call rotation; wrote runbooks and "
            "post-incident reviews with Prometheus and Grafana dashboards."),
        ],
    ),
    (
        "Software Engineer, Contoso Health",
        "Jun 2018 -- Dec 2020",
        [
            ("Developed REST APIs in Python (Django, FastAPI) for appointment scheduling used by "
            "300 clinics."),
            ("Introduced asynchronous job processing with Celery and Redis, reducing request "
            "timeouts by 90 percent."),
            ("Wrote integration tests with pytest and Docker Compose; raised coverage from 45 to "
            "85 percent."),
            "Containerised legacy services with Docker and automated deployments to AWS ECS.",
        ],
    ),
    (
        "Junior Developer, Fabrikam Software",
        "Jul 2016 -- May 2018",
        [
            "Maintained a Java and Spring billing service and migrated reports to SQL views.",
            "Automated nightly data exports with Bash and cron; documented the runbooks.",
        ],
    ),
]
SE_PROJECTS = [
    ("rate-limiter-go", ("An open-source token-bucket rate limiter for Go HTTP servers with Redis "
     "storage; 1,200 GitHub stars.")),
    ("pgdiff", ("A command-line tool in Python that compares PostgreSQL schemas and generates "
     "migration scripts; packaged on PyPI.")),
]
SE_SKILLS = [
    ("Languages", "Python, Go, SQL, Java, Bash"),
    ("Backend", "REST APIs, gRPC, FastAPI, Django, Celery, Redis, Kafka"),
    ("Cloud \\& DevOps", "AWS (EKS, EC2, S3, RDS, Lambda), Kubernetes, Docker, Terraform, Helm, CI/CD, GitHub Actions"),
    ("Data", "PostgreSQL, MySQL, DynamoDB, Elasticsearch"),
    ("Practices", "Microservices, observability, code review, Agile/Scrum"),
]

NURSE_SKILLS = [
    "Patient care and assessment",
    "Medication administration",
    "IV therapy and line care",
    "Wound care",
    "Patient education",
    "Triage (ESI)",
    "Epic EHR charting",
    "Telemetry monitoring",
    "Infection control",
    "Care planning",
]
NURSE_CERTS = [
    "Registered Nurse (RN), State of Oregon",
    "BLS, American Heart Association",
    "ACLS, American Heart Association",
    "PALS, American Heart Association",
]
NURSE_JOBS = [
    (
        "Registered Nurse, Emergency Department",
        "Riverbend Medical Center, Portland, OR",
        "Mar 2020 \u2013 Present",
        [
            ("Triaged 30+ patients per shift using the Emergency Severity Index and escalated "
            "critical findings to physicians."),
            ("Administered medications and IV therapy, including titrated drips, with zero "
            "medication errors in 2023 audits."),
            "Documented assessments, interventions and handoffs in Epic EHR within shift deadlines.",
            ("Performed wound care and splinting; taught patients and families discharge and "
            "wound care instructions."),
            "Responded to codes as a member of the rapid response team with ACLS protocols.",
        ],
    ),
    (
        "Registered Nurse, Medical-Surgical Unit",
        "St. Clara Community Hospital, Salem, OR",
        "Aug 2017 \u2013 Feb 2020",
        [
            ("Provided patient care for 5-6 post-operative patients per shift, monitoring vital "
            "signs and pain."),
            ("Managed central lines, PICC lines and peripheral IV therapy following infection "
            "control policy."),
            "Led patient education on diabetes management, reducing 30-day readmissions on the unit.",
            "Precepted six new graduate nurses and supported the unit's move to Epic.",
        ],
    ),
]
