"""Every finding `skillgap lint` raises with its default rules on the resume-dev corpus and
on the browser-printed résumés of the parsing benchmark (`bench/parse/browser-resumes`,
their paths prefixed "browser-resumes/").

    python bench/lint_review/collect.py            # writes bench/lint_review/findings.jsonl
    python bench/lint_review/collect.py --check    # exit 1 when the file is out of date

One JSON object per line: `key` (stable id: path | code | line | hash of the line's text
and the message), `path` (relative to the corpus), `code`, `rule_name`, `line`,
`line_text`, `message` (email addresses and phone numbers redacted), and `claim`: what
the finding asserts about the résumé in plain
words, without the rule's reasoning, so that a reviewer can judge it blind (the reviewer
sees the résumé and the claim, and writes `verdicts.jsonl`: `key`, `verdict` true|false,
`why`). `tests/test_lint_corpus_expectations.py` holds lint to those verdicts.

"Today" is fixed (`TODAY`) so that current roles and future dates do not drift.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from skillgap.lint.config import LintConfig  # noqa: E402
from skillgap.lint.run import lint_paths  # noqa: E402
from skillgap.resume.contacts import EMAIL, find_phones  # noqa: E402

CORPUS = ROOT.parent / "shared" / "resume-dev"
BROWSER = ROOT / "bench" / "parse" / "browser-resumes"  # fictional, written blind (its README)
BROWSER_PREFIX = "browser-resumes/"
FINDINGS = ROOT / "bench" / "lint_review" / "findings.jsonl"
VERDICTS = ROOT / "bench" / "lint_review" / "verdicts.jsonl"
TODAY = date(2026, 12, 1)

_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")
_NUMBER = re.compile(r"\d+")

# What each rule's finding asserts, in plain words ({q}: the first quoted piece of the
# message, {n} and {m}: its first and second numbers, {line}: the line's text).
CLAIMS = {
    "SG101": "The file has no text layer: no text can be selected or read from it.",
    "SG102": "Text on this line is hidden from a reader (the colour of its background, or tiny): “{q}”.",
    "SG103": "Page {n} is laid out in two or more columns side by side.",
    "SG104": "Contact details, a section heading or role dates sit inside a table: “{line}”.",
    "SG105": "This text sits in a floating text box: “{line}”.",
    "SG106": "The contact details appear only in the page header or footer, not in the body.",
    "SG107": "This line contains characters that come out as garbage or icon names: “{line}”.",
    "SG108": "The résumé has {n} pages, more than the configured limit ({m}).",
    "SG109": "Only {n} words could be read from the file.",
    "SG201": "The résumé contains no email address.",
    "SG202": "The résumé contains no phone number.",
    "SG203": "The résumé has no experience (work history) section.",
    "SG204": "The résumé has no education section.",
    "SG205": "The résumé has no skills section.",
    "SG206": "“{q}” is a section heading, worded in a way that is not a common heading.",
    "SG207": "The email address “{q}” looks unprofessional.",
    "SG208": "The résumé says that references are available on request.",
    "SG209": "The résumé has an “Objective” section.",
    "SG301": "This bullet describes a duty (what the job was) rather than what was achieved: “{line}”.",
    "SG302": "This bullet opens with a weak or vague verb (“{q}”): “{line}”.",
    "SG303": "This bullet is written in the passive voice: “{line}”.",
    "SG304": "This bullet uses a first-person pronoun (I, me, my): “{line}”.",
    "SG305": "This line uses the cliché “{q}”.",
    "SG306": "This role has bullets, and none of them states a number or measurable result: “{line}”.",
    "SG307": "This bullet has {n} words, more than the configured {m}: “{line}”.",
    "SG308": "Bullets here open with the same verb (“{q}”) more than once in a row or many times.",
    "SG309": "This role is a past role, and this bullet is written in the present tense: “{line}”.",
    "SG310": "This role is a current role, and this bullet is written in the past tense: “{line}”.",
    "SG401": "Dates in the résumé are written in more than one format (here: “{q}”).",
    "SG402": "This line is a role (a job, position or similar entry) and it has no dates: “{line}”.",
    "SG403": "This date range ends before it starts: “{q}”.",
    "SG404": "This date is in the future (after {today}): “{q}”.",
    "SG405": "There are {n} months between two consecutive roles (after “{q}”) with nothing listed for them.",
    "SG406": "This is a past role dated with a single date instead of a range: “{line}”.",
    "SG501": "“{q}” is listed as a skill and no role or project mentions it.",
    "SG502": "The skill name “{q}” is written with the wrong capitalisation.",
    "SG503": "The skill “{q}” appears {n} times in the résumé.",
    "SG504": "The skill “{q}” is listed twice in the skills section.",
    "SG601": "The file contains an image.",
    "SG602": "The résumé states a date of birth or age.",
    "SG603": "The résumé states marital status or children.",
    "SG604": "The résumé gives a full street address.",
    "SG605": "The résumé states nationality, religion, gender or similar personal details.",
    "SG606": "The résumé contains a government identity number.",
    "SG901": "A suppression comment in the file suppresses nothing.",
    "SG902": "A suppression comment in the file is malformed or names an unknown code.",
}


def corpus_files(corpus: Path = CORPUS) -> list[Path]:
    """Every résumé of the corpus with gold headings: the PDFs and the DOCX files."""
    files = []
    for index in ("resumes/index.csv", "resumes/office-made/index-docx.csv"):
        if (corpus / index).is_file():  # a corpus without office-made DOCX has no second index
            with open(corpus / index, encoding="utf-8", newline="") as handle:
                files.extend(corpus / row["path"] for row in csv.DictReader(handle))
    return files


def redact(text: str) -> str:
    """Some template demos are their authors' own CVs: their email addresses and phone
    numbers are not repeated here."""
    text = EMAIL.sub("[email]", text)
    for match in reversed(list(find_phones(text))):
        text = text[: match.start()] + " [phone]" + text[match.end():]
    return text


# A rule that claims less in some files says so in its claim: SG501 beside pictures (logos
# in roles) claims only that no role names the skill in words.
CLAIM_VARIANTS = {
    ("SG501", "names it in words"): "“{q}” is listed as a skill and no role or project names it in words.",
}


def claim(code: str, message: str, line_text: str) -> str:
    quoted = _QUOTED.search(message)
    numbers = _NUMBER.findall(message)
    template = next((t for (c, words), t in CLAIM_VARIANTS.items() if c == code and words in message),
                    CLAIMS.get(code, "The résumé has this problem: {line}"))
    return template.format(q=quoted.group(1) if quoted else line_text, n=numbers[0] if numbers else "",
                           m=numbers[1] if len(numbers) > 1 else "", line=line_text.strip(),
                           today=TODAY.isoformat())


def finding_key(path: str, code: str, line: int, line_text: str, message: str) -> str:
    digest = hashlib.sha1(f"{line_text}|{message}".encode()).hexdigest()[:10]
    return f"{path}|{code}|{line}|{digest}"


def collect_all() -> list[dict]:
    """The findings on both corpora: resume-dev's, then the browser-printed résumés'."""
    return collect(CORPUS) + collect(BROWSER, BROWSER_PREFIX)


def collect(corpus: Path = CORPUS, prefix: str = "") -> list[dict]:
    """The findings as JSON-ready records, in file then line order (paths after `prefix`)."""
    files = corpus_files(corpus)
    run = lint_paths(files, LintConfig(today=TODAY))
    records = []
    seen: dict[str, int] = {}
    for report in run.reports:
        relative = prefix + Path(report.path).relative_to(corpus).as_posix()
        if report.error:
            records.append({"key": f"{relative}|ERROR", "path": relative, "error": report.error})
            continue
        for f in report.findings:
            key = finding_key(relative, f.code, f.line, f.source_line, f.message)
            seen[key] = seen.get(key, 0) + 1
            if seen[key] > 1:  # the same finding twice on one line (two mentions): numbered
                key = f"{key}#{seen[key]}"
            records.append({
                "key": key,
                "path": relative, "code": f.code, "rule_name": f.name, "line": f.line,
                "line_text": redact(f.source_line), "message": redact(f.message),
                "claim": redact(claim(f.code, f.message, f.source_line)),
            })
    return records


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="one corpus laid out like resume-dev, printed to stdout")
    parser.add_argument("--check", action="store_true", help="exit 1 when findings.jsonl is out of date")
    args = parser.parse_args()
    if args.corpus is not None:
        print("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in collect(args.corpus)), end="")
        return 0
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in collect_all())
    if args.check:
        current = FINDINGS.read_text(encoding="utf-8") if FINDINGS.exists() else ""
        return 0 if current == lines else 1
    from skillgap.atomic import write_atomic

    write_atomic(FINDINGS, lines.encode("utf-8"))
    print(f"{lines.count(chr(10))} findings -> {FINDINGS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
