"""The LaTeX-made PDFs: their sources and the reproducible pdflatex run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pdf_fixtures.content import SE_CONTACT, SE_JOBS, SE_NAME, SE_PROJECTS, SE_SKILLS
from pdf_fixtures.drawing import ROOT

KERNED_TEX = r"""
\documentclass[10pt]{article}
\usepackage[margin=0.55in]{geometry}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\role}[2]{\par\smallskip\textbf{#1}\hfill #2\par}
\begin{document}
\small
% Tight, justified setting as many LaTeX resume templates produce: inter-word glue
% shrinks to about 0.2em, well under pdfplumber's default 3 pt word tolerance.
\spaceskip=0.24em plus 0.08em minus 0.05em
{\LARGE\textbf{Taylor Brooks}}\par
taylor.brooks@example.com \quad (555) 010-0177 \quad Chicago, IL\par
\medskip
\textbf{\large Experience}\par
\role{Staff Engineer, Orbital Payments}{Mar 2019 -- Present}
\begin{itemize}\setlength{\itemsep}{0pt}
\item Led and shipped the feature that moved card settlement from nightly batches to streaming
  on Kafka, with exactly-once accounting checks.
\item Reduced the monthly cloud bill by a third by rightsizing database instances, adding
  caching and deleting idle environments across three regions.
\item Wrote the incident response playbook and trained twenty engineers on blameless reviews,
  structured logging and distributed tracing.
\end{itemize}
\role{Software Engineer, Harbor Analytics}{Jan 2016 -- Feb 2019}
\begin{itemize}\setlength{\itemsep}{0pt}
\item Implemented a columnar query cache in Rust and Python that made the dashboards of large
  customers load in under two seconds.
\item Collaborated with product managers and designers to define the roadmap for the
  self-service reporting features.
\end{itemize}
\textbf{\large Skills}\par
Rust, Python, Go, Kafka, PostgreSQL, Redis, Terraform, observability, incident management,
technical leadership, code review, system design, mentoring\par
\end{document}
"""

SE_TEX_HEAD = r"""
\documentclass[10pt]{article}
\usepackage[letterpaper,margin=0.6in]{geometry}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\resection}[1]{\par\medskip{\large\bfseries #1}\par\vspace{1pt}\hrule\vspace{3pt}}
\newcommand{\role}[2]{\par\smallskip\textbf{#1}\hfill\textit{#2}\par}
\newenvironment{tightitems}{\begin{itemize}\setlength{\itemsep}{1pt}\setlength{\parskip}{0pt}%
  \setlength{\topsep}{2pt}}{\end{itemize}}
\begin{document}
"""


def _latex_escape(text: str) -> str:
    return text.replace("%", "\\%").replace("&", "\\&").replace("$", "\\$").replace("#", "\\#")


def software_engineer_tex() -> str:
    parts = [SE_TEX_HEAD]
    parts.append(r"\begin{{center}}{{\huge\bfseries {}}}\\[3pt] {}\end{{center}}".format(
        SE_NAME, SE_CONTACT.replace("|", r"$\cdot$")))
    parts.append(r"\resection{Summary}")
    parts.append(
        "Backend software engineer with eight years of experience building reliable APIs and "
        "data services in Python and Go, running them on Kubernetes in AWS, and keeping CI/CD "
        "fast. I like measurable performance work, clear documentation and mentoring.\\par")
    parts.append(r"\resection{Experience}")
    for title, dates, bullets in SE_JOBS:
        parts.append(rf"\role{{{_latex_escape(title)}}}{{{dates}}}")
        parts.append(r"\begin{tightitems}")
        parts.extend(r"\item " + _latex_escape(b) for b in bullets)
        parts.append(r"\end{tightitems}")
    parts.append(r"\resection{Projects}")
    for name, text in SE_PROJECTS:
        parts.append(rf"\textbf{{{name}}} -- {_latex_escape(text)}\par\smallskip")
    parts.append(r"\resection{Skills}")
    for label, items in SE_SKILLS:
        parts.append(rf"\textbf{{{label}:}} {items}\par")
    parts.append(r"\resection{Education}")
    parts.append(r"\role{B.S. Computer Science, University of Washington}{Sep 2012 -- Jun 2016}")
    parts.append("Coursework: distributed systems, databases, operating systems, algorithms.\\par")
    parts.append(r"\resection{Certifications}")
    parts.append("AWS Certified Solutions Architect -- Associate (2022); Certified Kubernetes "
                 "Application Developer (CKAD, 2021)\\par")
    parts.append(r"\end{document}")
    return "\n".join(parts)


def run_pdflatex(source: str, output: Path) -> bool:
    """Compile `source` to `output`; False (file kept as is) when pdflatex is missing."""
    pdflatex = shutil.which("pdflatex")
    if pdflatex is None:
        print(f"skip {output.relative_to(ROOT)}: pdflatex not found, keeping the committed file",
              file=sys.stderr)
        return False
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", FORCE_SOURCE_DATE="1")
    with tempfile.TemporaryDirectory() as tmp:
        tex = Path(tmp) / "doc.tex"
        # Fixed trailer id and no dates, so regenerating gives identical bytes.
        tex.write_text(r"\pdftrailerid{}\pdfinfoomitdate=1" + "\n" + source, encoding="utf-8")
        result = subprocess.run(
            [pdflatex, "-interaction=nonstopmode", "-halt-on-error", "doc.tex"],
            cwd=tmp, env=env, capture_output=True, text=True, check=False,
        )
        if result.returncode != 0:
            sys.exit(f"pdflatex failed for {output.name}:\n{result.stdout[-2000:]}")
        shutil.copyfile(Path(tmp) / "doc.pdf", output)
    return True
