"""How well skillgap reads the structure of real résumés: the resume-dev corpus.

    python bench/parse_bench.py                 # the table (corpus at ../shared/resume-dev)
    python bench/parse_bench.py --files         # plus one line per file that misses something
    python bench/parse_bench.py --corpus PATH   # another corpus laid out the same way
    python bench/parse_bench.py --corpus bench/parse/docx-resumes --only 'w0[1-5]'   # part of one

Figures, per language group (English; German and Japanese apart):

- heading recall: gold headings (main and sidebar columns, `resumes/index.csv` and
  `resumes/office-made/index-docx.csv`) that come back as a section title (normalised as
  `normalize_heading` does: case, "&", punctuation; a number typed before it, "1. Profile",
  is no part of it on either side);
- heading precision: section titles that are gold headings of that file;
- experience / education / skills found: résumés whose gold has a heading of that kind
  (the map `bench/parse/heading-kinds.tsv`, committed before any tuning) that get a
  section of that kind;
- split / glued words, on skillgap's text and on `pdftotext`'s (PDFs only, the same
  count for both): a token not in the English lexicon (`english_words()`) that is glued
  (it splits into two words of 3+ letters) or split (joined with its neighbour it makes a
  word, and is not a word itself);
- PDF vs DOCX: for each office-made résumé, whether the PDF and the DOCX give the same
  section kinds, and the share of skills found in both (Jaccard of skill ids).

The corpus is read in place; nothing is copied. Tuning corpus: these figures are measured
on the corpus the reader was tuned on, and overstate what unseen templates get.
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from skillgap.ingest import read_document  # noqa: E402
from skillgap.ingest.sections import normalize_heading, split_sections  # noqa: E402
from skillgap.language import english_words  # noqa: E402
from skillgap.types import SectionKind  # noqa: E402

KINDS_FILE = ROOT / "bench" / "parse" / "heading-kinds.tsv"
CORE = ("experience", "education", "skills")
_TOKEN = re.compile(r"[A-Za-z]+")


@dataclass
class Result:
    path: str
    language: str
    fmt: str
    gold: list[str]
    titles: list[str]
    kinds_gold: set[str]
    kinds_found: set[str]
    matched: int = 0
    split_ours: int = 0
    split_poppler: int = 0
    skills: set[str] = field(default_factory=set)


def heading_kinds(corpus: Path | None = None) -> dict[str, str]:
    """The committed map from gold heading to section kind, and the corpus's own map
    (`heading-kinds.tsv` beside its `resumes/`) when it has one."""
    kinds: dict[str, str] = {}
    files = [KINDS_FILE] + ([corpus / "heading-kinds.tsv"] if corpus is not None else [])
    for path in files:
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            heading, kind, _ = line.split("\t")
            kinds.setdefault(heading_key(heading), kind)
    return kinds


_TYPED_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+")


def heading_key(heading: str) -> str:
    """A heading as compared: normalised, without a number typed before it ("1. Profile")."""
    return normalize_heading(_TYPED_NUMBER.sub("", heading))


def gold_rows(corpus: Path) -> list[dict[str, str]]:
    rows = []
    for index in ("resumes/index.csv", "resumes/office-made/index-docx.csv"):
        if (corpus / index).is_file():  # a corpus without office-made DOCX has no second index
            with open(corpus / index, encoding="utf-8", newline="") as handle:
                rows.extend(csv.DictReader(handle))
    return rows


def language(row: dict[str, str]) -> str:
    said = f"{row.get('field', '')};{row.get('layout_tags', '')}".lower()  # "finance" + "...;german"
    return next((code for word, code in _LANGUAGES if word in said), "en")


_LANGUAGES = (("german", "de"), ("japanese", "ja"), ("spanish", "es"))  # as the gold's field column says


def split_or_glued(text: str, words: frozenset[str]) -> int:
    """Tokens that look like two words glued, or like half a word split off."""
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    count = 0
    for i, token in enumerate(tokens):
        if token in words or len(token) < 2:
            if len(token) == 1 and token not in {"a", "i"} and _joins(tokens, i, words):
                count += 1
            continue
        if any(token[:k] in words and token[k:] in words for k in range(3, len(token) - 2)) or _joins(tokens, i, words):
            count += 1
    return count


def _joins(tokens: list[str], i: int, words: frozenset[str]) -> bool:
    before = tokens[i - 1] + tokens[i] if i else ""
    after = tokens[i] + tokens[i + 1] if i + 1 < len(tokens) else ""
    return (len(before) > 3 and before in words) or (len(after) > 3 and after in words)


def poppler_text(path: Path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=False)
    return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else None


def measure(corpus: Path, row: dict[str, str], kinds: dict[str, str], extractor) -> Result:
    path = corpus / row["path"]
    gold = [h.strip() for key in ("headings", "sidebar_headings") for h in row[key].split("|") if h.strip()]
    document = read_document(path)
    sections = split_sections(document, "resume")
    titles = [s.title for s in sections.sections if s.kind is not SectionKind.PREAMBLE and s.title]
    result = Result(
        row["path"], language(row), path.suffix.lower().lstrip("."), gold, titles,
        {kinds.get(heading_key(h), "other") for h in gold},
        {s.kind.value for s in sections.sections},
    )
    wanted = Counter(heading_key(h) for h in gold)
    for title in titles:
        norm = heading_key(title)
        if wanted[norm] > 0:
            wanted[norm] -= 1
            result.matched += 1
    if result.fmt == "pdf":
        words = english_words()
        result.split_ours = split_or_glued(document.text, words)
        theirs = poppler_text(path)
        result.split_poppler = split_or_glued(theirs, words) if theirs is not None else -1
    if extractor is not None and "office-made" in row["path"]:
        result.skills = {m.skill_id for m in extractor.extract(document, sections)}
    return result


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.1f} %" if whole else "-"


def table(results: list[Result]) -> list[str]:
    out = []
    for lang in ("en", "de", "ja", "es"):
        group = [r for r in results if r.language == lang]
        if not group:
            continue
        gold = sum(len(r.gold) for r in group)
        found = sum(len(r.titles) for r in group)
        matched = sum(r.matched for r in group)
        out.append(f"[{lang}] files {len(group)} (pdf {sum(r.fmt == 'pdf' for r in group)}, "
                   f"docx {sum(r.fmt == 'docx' for r in group)})")
        out.append(f"  heading recall     {_share(matched, gold)}")
        out.append(f"  heading precision  {_share(matched, found)}")
        for kind in CORE:
            has = [r for r in group if kind in r.kinds_gold]
            out.append(f"  {kind + ' found':<18} {_share(sum(kind in r.kinds_found for r in has), len(has))}")
        pdfs = [r for r in group if r.fmt == "pdf" and r.split_poppler >= 0]
        if pdfs:
            out.append(f"  split/glued words  skillgap {sum(r.split_ours for r in pdfs)}, "
                       f"pdftotext {sum(r.split_poppler for r in pdfs)} ({len(pdfs)} PDFs)")
    return out


def pdf_vs_docx(results: list[Result]) -> list[str]:
    by_stem: dict[str, dict[str, Result]] = {}
    for r in results:
        if "office-made" in r.path:
            by_stem.setdefault(Path(r.path).stem, {})[r.fmt] = r
    pairs = [(v["pdf"], v["docx"]) for v in by_stem.values() if {"pdf", "docx"} <= v.keys()]
    if not pairs:
        return []
    same = sum(p.kinds_found == d.kinds_found for p, d in pairs)
    inter = sum(len(p.skills & d.skills) for p, d in pairs)
    union = sum(len(p.skills | d.skills) for p, d in pairs)
    identical = sum(p.skills == d.skills for p, d in pairs)
    return [f"[pdf vs docx] {len(pairs)} office-made pairs",
            f"  same section kinds {_share(same, len(pairs))}",
            f"  same skills        {_share(identical, len(pairs))}; skills in both {_share(inter, union)}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "resume-dev")
    parser.add_argument("--files", action="store_true", help="one line per file that misses something")
    parser.add_argument("--no-skills", action="store_true", help="skip the PDF vs DOCX skills (no spaCy)")
    parser.add_argument("--only", metavar="REGEX",
                        help="only the files whose path matches (a corpus's tuned or held-out part)")
    args = parser.parse_args()
    if not (args.corpus / "resumes" / "index.csv").is_file():
        print(f"no corpus at {args.corpus}: give --corpus PATH", file=sys.stderr)
        return 2
    extractor = None
    if not args.no_skills:
        from skillgap.pipeline import get_extractor

        extractor = get_extractor()
    kinds = heading_kinds(args.corpus)
    rows = [row for row in gold_rows(args.corpus) if not args.only or re.search(args.only, row["path"])]
    results = [measure(args.corpus, row, kinds, extractor) for row in rows]
    if args.files:
        for r in results:
            missing = [k for k in CORE if k in r.kinds_gold and k not in r.kinds_found]
            if r.matched < len(r.gold) or r.matched < len(r.titles) or missing:
                print(f"{r.path}: {r.matched}/{len(r.gold)} gold, {len(r.titles)} titles "
                      f"{r.titles} gold {r.gold} missing {missing}")
        print()
    for line in table(results) + pdf_vs_docx(results):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
