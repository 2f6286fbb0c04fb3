"""Generate the non-PDF samples in `samples/` (the outputs are committed).

    python scripts/make_samples.py

The Word files are made with python-docx using real Word features (Heading and List
Bullet styles, a table, a page header), then re-zipped with fixed timestamps and
document properties so that regenerating gives identical bytes. The PDF samples come
from `scripts/make_pdfs.py`.

Every person, employer and address here is fictional (example.com, 555 numbers).

The documents live in the package `scripts/sample_files/` (`word`: reproducible .docx saving;
`docx_samples`: the Word résumé and posting; `text_samples`: the text, Markdown, JSON Resume
and HTML ones); this file writes them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

if str(Path(__file__).resolve().parent) not in sys.path:  # when loaded by path
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_files.docx_samples import posting_staff_accountant, resume_accountant
from sample_files.text_samples import (
    POSTING_BACKEND,
    POSTING_NURSE_HTML,
    POSTING_NURSE_JSON_LD,
    RESUME_JSON,
    RESUME_MARKDOWN,
)
from sample_files.word import FIXED_TIME, SAMPLES, save_docx

__all__ = ["FIXED_TIME", "SAMPLES", "main", "save_docx"]  # make_fixtures.py uses the first and last


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
