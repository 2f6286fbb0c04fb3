"""Generate the corpus of hostile and broken inputs (issue 7) into `tests/fixtures/bad/`.

    python scripts/make_bad_inputs.py            # write the small files (they are committed)
    python scripts/make_bad_inputs.py --table    # print the behaviour table for docs/robustness.md
    python scripts/make_bad_inputs.py --big DIR  # also write the big ones (50 MB, 5,000 pages...) to DIR

Every case is one `Case` in `CASES`: the file, how it is built, and what skillgap must do
with it: read it (`OK`, with a phrase the text must hold) or refuse it with one line on
stderr (`ERROR`, with a phrase that line must hold). The big cases (a 50 MB file, a 10 MB
line, thousands of pages, a zip bomb, a flate bomb) are never committed: the tests build
them into a temporary folder with the same functions. Nothing here needs anything beyond
the standard library, and the output is byte-for-byte reproducible. The builders live in
the package `scripts/bad_inputs/` (PDF, DOCX, text/HTML/JSON/LaTeX, the table of cases).

Files in the corpus never point anywhere real: entities and links aim at 127.0.0.1 port 9
(the discard port) or at files that do not matter; the tests rebuild the network ones
aimed at a local listener that counts connections.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

if str(Path(__file__).resolve().parent) not in sys.path:  # when loaded by path (tests, fuzz)
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from bad_inputs.cases import CASES, GOOD_FILES, case, table, write
from bad_inputs.common import GOOD_LINES, NOWHERE, OUT, ZIP_TIME, Case
from bad_inputs.docx_builders import (
    docx_entity_in_package,
    docx_external_dtd,
    docx_external_entity,
    docx_package,
    good_docx,
)
from bad_inputs.pdf_builders import encrypted_pdf, good_pdf, many_pages_pdf, text_pdf
from bad_inputs.text_builders import (
    GOOD_TEX_BODY,
    GOOD_TEXT,
    html_external_resources,
    html_page,
    html_scripts_styles,
    tex_document,
    xhtml_entities,
)

__all__ = [
    "CASES", "GOOD_FILES", "GOOD_LINES", "GOOD_TEXT", "GOOD_TEX_BODY", "NOWHERE", "OUT", "ZIP_TIME", "Case",
    "case", "docx_entity_in_package", "docx_external_dtd", "docx_external_entity", "docx_package",
    "encrypted_pdf", "good_docx", "good_pdf", "html_external_resources", "html_page", "html_scripts_styles",
    "main", "many_pages_pdf", "table", "tex_document", "text_pdf", "write", "xhtml_entities",
]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", action="store_true", help="print the docs table and exit")
    parser.add_argument("--big", type=Path, metavar="DIR", help="also write the big cases under DIR")
    args = parser.parse_args(argv)
    if args.table:
        print(table())
        return
    written = write(OUT)
    if args.big:
        written += write(args.big, big=True, only=lambda c: c.big)
    total = sum(p.stat().st_size for p in written)
    print(f"wrote {len(written)} files ({total / 1e6:.1f} MB)", file=sys.stderr)


if __name__ == "__main__":
    main()
