"""Generate the PDF test fixtures and the sample résumés (the outputs are committed).

    python scripts/make_pdfs.py            # everything
    python scripts/make_pdfs.py --only kerned-latex

ReportLab (`pip install -e .[samples]`) draws most files. The LaTeX-made ones
(`tests/fixtures/pdf/kerned-latex.pdf`, `samples/resume-software-engineer.pdf`,
`samples/resume-data-scientist.pdf` from `scripts/latex/`) need
`pdflatex` (Debian: texlive-latex-base, texlive-latex-recommended,
texlive-fonts-recommended); without it they are skipped and the committed files kept,
so CI never needs TeX. LaTeX output matters because pdflatex positions words with
kerned glyph runs instead of space characters: that is what glues words together in
naive extraction ("Ledandshippedthefeature").

Every person, employer and address here is fictional.

The drawing code lives in the package `scripts/pdf_fixtures/` (`drawing`, `content`, `pages`,
`page_objects`, `latex`); this file keeps the list of targets and the command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

if str(Path(__file__).resolve().parent) not in sys.path:  # when loaded by path
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_fixtures.drawing import FIXTURES, ROOT, SAMPLES
from pdf_fixtures.latex import KERNED_TEX, run_pdflatex, software_engineer_tex
from pdf_fixtures.page_objects import linked_role, logo_role, ruled_form
from pdf_fixtures.pages import (
    dark_sidebar,
    encrypted,
    hidden_text,
    image_only,
    multi_page,
    one_column,
    photo,
    registered_nurse,
    right_dates,
    rotated_headings,
    running_header,
    two_column,
)

TARGETS: dict[str, tuple[Path, Callable[[Path], object]]] = {
    "one-column": (FIXTURES / "one-column.pdf", one_column),
    "two-column": (FIXTURES / "two-column.pdf", two_column),
    "kerned-latex": (FIXTURES / "kerned-latex.pdf", lambda p: run_pdflatex(KERNED_TEX, p)),
    "encrypted": (FIXTURES / "encrypted.pdf", lambda p: encrypted(p, "s3cret")),
    "encrypted-empty-password": (FIXTURES / "encrypted-empty-password.pdf", lambda p: encrypted(p, "")),
    "image-only": (FIXTURES / "image-only.pdf", image_only),
    "hidden-text": (FIXTURES / "hidden-text.pdf", hidden_text),
    "multi-page": (FIXTURES / "multi-page.pdf", multi_page),
    "dark-sidebar": (FIXTURES / "dark-sidebar.pdf", dark_sidebar),
    "right-dates": (FIXTURES / "right-dates.pdf", right_dates),
    "running-header": (FIXTURES / "running-header.pdf", running_header),
    "photo": (FIXTURES / "photo.pdf", photo),
    "rotated-headings": (FIXTURES / "rotated-headings.pdf", rotated_headings),
    "repository-link": (FIXTURES / "repository-link.pdf", lambda p: linked_role(p, "https://github.com/jo/migration-model")),
    "profile-link": (FIXTURES / "profile-link.pdf", lambda p: linked_role(p, "https://github.com/jo")),
    "logo-role": (FIXTURES / "logo-role.pdf", logo_role),
    "plain-role": (FIXTURES / "plain-role.pdf", lambda p: logo_role(p, logo=False)),
    "ruled-form": (FIXTURES / "ruled-form.pdf", ruled_form),
    "unruled-form": (FIXTURES / "unruled-form.pdf", lambda p: ruled_form(p, ruled=False)),
    "resume-software-engineer": (
        SAMPLES / "resume-software-engineer.pdf", lambda p: run_pdflatex(software_engineer_tex(), p)),
    "resume-registered-nurse": (SAMPLES / "resume-registered-nurse.pdf", registered_nurse),
    "resume-data-scientist": (
        SAMPLES / "resume-data-scientist.pdf",
        lambda p: run_pdflatex((ROOT / "scripts" / "latex" / "resume-data-scientist.tex").read_text("utf-8"), p)),
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=sorted(TARGETS), help="build only these")
    args = parser.parse_args(argv)
    FIXTURES.mkdir(parents=True, exist_ok=True)
    SAMPLES.mkdir(parents=True, exist_ok=True)
    for name in args.only or TARGETS:
        path, build = TARGETS[name]
        if build(path) is not False:
            print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size:,} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
