"""Rewrite benchmark: the edits `skillgap rewrite` shows by default on the gap-benchmark
pairs, checked mechanically, exported for blind judging, and scored from the judgments.

    .venv/bin/python bench/rewrite_bench.py [--export] [--details] [--half tune|held|all] [--export-new FILE]

Pairs: `../shared/resume-dev/gap-dev/pairs.tsv` (d01-d40) and `bench/gap/pairs.tsv`
(g41-g64, postings read from the shared JSONL by id, through a temporary file). Tuned on
the odd ids; the even ids are held out. The data is read in place, never copied.

- mechanical checks per edit: the section and kind of line edited, brackets added,
  bracketed glosses, words repeated, verb forms of a changed opening, placeholders only on
  achievement bullets (at most one per role), edits per pair, and whether every required
  skill the résumé shows only in other words gets an edit;
- `--export` writes `bench/rewrite/to_judge.jsonl`: one line per edit with a stable key, the
  résumé, the section heading, the line, the proposed line and the reason, and nothing of
  how skillgap made it;
- the shares of "paste", "small-edit" and "wrong" from `bench/rewrite/judgments.jsonl`,
  per half.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the gap benchmark beside it, also when loaded by path
from gap_bench import FRESH, posting_text  # noqa: E402  (its fresh pairs; a JSONL posting's text)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "resume-dev"
PAIR_FILES = (DATA / "gap-dev" / "pairs.tsv", ROOT / "bench" / "gap" / "pairs.tsv")
OUT = ROOT / "bench" / "rewrite"
TO_JUDGE = OUT / "to_judge.jsonl"
JUDGMENTS = OUT / "judgments.jsonl"
MAX_EDITS = 8
VERDICTS = ("paste", "small-edit", "wrong")
EVERY = False  # --every: check every edit, as `rewrite --all` shows them


@dataclass(frozen=True)
class Pair:
    id: str
    resume: Path
    posting: str  # a path, or "postings/postings.jsonl#<id>"

    @property
    def tuned(self) -> bool:
        return int(re.sub(r"\D", "", self.id)) % 2 == 1


def read_pairs(files: tuple[Path, ...] = PAIR_FILES) -> list[Pair]:
    pairs: list[Pair] = []
    for path in files:
        for row in path.read_text(encoding="utf-8").splitlines():
            if row.strip() and not row.startswith("#"):
                pair_id, resume, posting = row.split("\t")[:3]
                pairs.append(Pair(pair_id, DATA / resume, posting))
    return pairs


def posting_path(pair: Pair, tmp: Path) -> Path:
    """The posting as a file: in place, or the JSONL line's text in a temporary file."""
    if "#" not in pair.posting:
        return DATA / pair.posting
    out = tmp / f"{pair.id}-{pair.posting.split('#', 1)[1]}.txt"
    out.write_text(posting_text(pair.posting), encoding="utf-8")
    return out


# --- one pair ---------------------------------------------------------------------------------


@dataclass
class EditRow:
    pair: str
    key: str
    line: int
    section: str
    heading: str
    original: str
    rewrite: str
    reason: str
    kind: str
    problems: list[str] = field(default_factory=list)

    def export(self, resume: Path) -> dict[str, object]:
        return {"key": self.key, "pair": self.pair, "resume": str(resume.relative_to(DATA)),
                "section": self.heading, "line": self.line, "original": self.original,
                "proposed": self.rewrite, "reason": self.reason}


@dataclass
class PairResult:
    pair: Pair
    edits: list[EditRow]
    uncovered: list[str]  # required skills shown only in other words, with no edit
    covered: int
    total_edits: int  # every edit (`--all`)
    unplaceable: list[str] = field(default_factory=list)  # uncovered, with no evidence on an editable line


def edit_key(pair_id: str, line: int, original: str, rewrite: str) -> str:
    digest = hashlib.sha1(f"{original}\n{rewrite}".encode()).hexdigest()[:10]
    return f"{pair_id}:{line}:{digest}"


def run_pair(pair: Pair, extractor, tmp: Path) -> PairResult:
    from skillgap.pipeline import analyze
    from skillgap.suggest import default_edits, suggest
    from skillgap.suggest.suggestion import KIND_ONLY_IF_TRUE

    report = analyze(pair.resume, posting_path(pair, tmp))
    every = suggest(report, extractor=extractor)
    shown = default_edits(every, None if EVERY else MAX_EDITS)
    layout = _Layout(report)
    rows = []
    for s in shown:
        section = report.resume.sections.kind_at(s.start)
        heading = layout.heading(s.start)
        row = EditRow(pair.id, edit_key(pair.id, s.line, s.original, s.rewrite), s.line, section.value, heading,
                      s.original, s.rewrite, s.reason, s.kind)
        row.problems = layout.problems(s)
        rows.append(row)
    placeholder_roles = Counter(layout.role_of(s.start) for s in shown if s.placeholder)
    for role, count in placeholder_roles.items():
        if count > 1:
            for row, s in zip(rows, shown, strict=True):
                if s.placeholder and layout.role_of(s.start) == role:
                    row.problems.append("placeholders>1/role")
    wanted = _other_words(report)
    uncovered = [name for skill_id, (name, terms) in wanted.items() if not _named(skill_id, (*terms, name), shown)]
    editable = _editable_evidence(report, extractor)
    unplaceable = [name for skill_id, (name, _) in wanted.items() if name in uncovered and skill_id not in editable]
    total = sum(1 for s in every if s.kind != KIND_ONLY_IF_TRUE)
    return PairResult(pair, rows, uncovered, len(wanted) - len(uncovered), total, unplaceable)


def _other_words(report) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Required skills the résumé shows only in other words: {skill id: (name, posting terms)}.
    A skill the résumé names in the skill's own words ("Teamwork" where the posting says "work
    as a part of the team", "Programming" for "coding") is not shown in other words: the
    résumé already says it as a reader and a tracking system look for it."""
    from skillgap.suggest.wording import nameable
    from skillgap.types import CREDENTIAL_KINDS, Importance, MatchLevel

    out = {}
    for item in report.gap.items:
        if item.importance is Importance.REQUIRED and not item.keyword_found and item.evidence \
                and item.level in (MatchLevel.EXACT, MatchLevel.NARROWER) and item.skill.kind not in CREDENTIAL_KINDS \
                and not any(nameable(e.text, item.skill.name) for e in item.evidence):
            out[item.skill.id] = (item.skill.name, item.posting_terms)
    return out


def _editable_evidence(report, extractor) -> set[str]:
    """Skills with evidence on a line that may be edited (not in the header, a title, ...)."""
    from skillgap.suggest.targets import Targets

    targets = Targets(report, extractor.taxonomy)
    return {item.skill.id for item in report.gap.items if any(targets.at(e.start) for e in item.evidence)}


def _named(skill_id: str, terms: tuple[str, ...], shown) -> bool:
    """Whether a shown edit is about this skill, or adds one of the posting's words for it or
    its own name (one sentence may name two traits: "Strengths: teamwork and leadership.")."""
    for s in shown:
        if s.skill_id == skill_id:
            return True
        for term in terms:
            pattern = r"(?<![\w+#])" + re.escape(term) + r"(?![\w+#])"
            if re.search(pattern, s.rewrite, re.IGNORECASE) and not re.search(pattern, s.original, re.IGNORECASE):
                return True
    return False


class _Layout:
    """What the mechanical checks need to know about the résumé's lines."""

    def __init__(self, report) -> None:
        from skillgap.resume.layout import ResumeLayout
        from skillgap.suggest.targets import unmarked_bullets

        self.report = report
        self.layout = ResumeLayout(report.resume.document)
        # a role whose file marks no bullet: its lines that open with a verb are its bullets
        plain = unmarked_bullets(self.layout, report.resume.document)
        plain_lines = {line.start: index for index, lines in plain.items() for line in lines}
        self.bullet_starts = {b.start for b in self.layout.bullets} | set(plain_lines)
        self.header_lines = {line.start for entry in self.layout.entries for line in entry.header} - set(plain_lines)
        self.role_by_bullet = {b.start: index for index, entry in enumerate(self.layout.entries)
                               for b in entry.bullets} | plain_lines
        self.tense_by_bullet = {b.start: entry.current for entry in self.layout.entries for b in entry.bullets} | \
            {start: self.layout.entries[index].current for start, index in plain_lines.items()}

    def heading(self, offset: int) -> str:
        for section in reversed(self.report.resume.sections.sections):
            if section.start <= offset:
                return section.title
        return ""

    def role_of(self, offset: int) -> int:
        return self.role_by_bullet.get(offset, -1)

    def problems(self, s) -> list[str]:
        return _problems(s, self)


ACTION = {"experience", "projects", "volunteer"}
NAMING = {"skills", "summary"}
STOP = frozenset("a an the and or of to in on for with as by at from into is are was were be your our their its "
                 "that this these those".split())


def _problems(s, layout: _Layout) -> list[str]:
    from skillgap.suggest.suggestion import KIND_NAME_SKILL, KIND_POSTING_TERM

    out = []
    section = layout.report.resume.sections.kind_at(s.start).value
    is_bullet = s.start in layout.bullet_starts
    naming = s.kind in (KIND_NAME_SKILL, KIND_POSTING_TERM)
    if s.start in layout.header_lines:
        out.append("edits-a-role-header")
    elif section in ACTION:
        if not is_bullet:
            out.append("not-a-bullet")
    elif not (naming and section in NAMING):
        out.append(f"section:{section}")
    plain_before = re.sub(r"\[[^\]]*\]", "", s.original)
    plain_after = re.sub(r"\[[^\]]*\]", "", s.rewrite)
    if plain_after.count("(") > plain_before.count("("):
        out.append("bracket-added")
    if naming and _gloss(s.original, s.rewrite):
        out.append("bracketed-gloss")
    repeated = _repeated(s.original, s.rewrite)
    if repeated:
        out.append("repeats:" + ",".join(sorted(repeated)))
    verb = _verb_problem(s, layout) if section in ACTION else ""  # a summary may open with an adjective
    if verb:
        out.append(verb)
    if s.placeholder and (section not in ACTION or not is_bullet or layout.role_of(s.start) < 0):
        out.append("placeholder-not-on-achievement")
    return out


def _inserted(original: str, rewrite: str) -> str:
    """The text the rewrite adds (between the common prefix and suffix)."""
    start = 0
    while start < min(len(original), len(rewrite)) and original[start] == rewrite[start]:
        start += 1
    end = 0
    while end < min(len(original), len(rewrite)) - start and original[-1 - end] == rewrite[-1 - end]:
        end += 1
    return rewrite[start : len(rewrite) - end]


def _gloss(original: str, rewrite: str) -> bool:
    """A new bracket holding a term ("Grafana (observability)"), placeholders aside."""
    added = Counter(re.findall(r"\(([^()\[\]]*)\)", rewrite))
    added.subtract(Counter(re.findall(r"\(([^()\[\]]*)\)", original)))
    # a new bracket is a gloss unless it holds the résumé's own words ("Amazon Web Services (AWS)")
    return any(n > 0 and not re.search(r"(?<!\w)" + re.escape(inside.strip()) + r"(?!\w)", original)
               for inside, n in added.items())


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z][\w+#'’-]*", re.sub(r"\[[^\]]*\]", "", text))]


def _repeated(original: str, rewrite: str) -> set[str]:
    """Content words the edit adds that the line already had (beyond what it had before),
    compared by lemma ("improved" ... "improving")."""
    from skillgap.language import lemma

    before = Counter(lemma(w) for w in _words(original) if w not in STOP and len(w) > 1)
    after = Counter(lemma(w) for w in _words(rewrite) if w not in STOP and len(w) > 1)
    return {w for w, n in after.items() if before[w] >= 1 and n > before[w]}


def _verb_problem(s, layout: _Layout) -> str:
    """A changed opening verb in the wrong tense for its role, or not a verb form at all."""
    from skillgap import language

    first_before = (re.findall(r"[A-Za-z][\w'’-]*", s.original) or [""])[0]
    first_after = (re.findall(r"[A-Za-z][\w'’-]*", s.rewrite) or [""])[0]
    if not s.original or first_before.lower() == first_after.lower() or first_after.startswith("["):
        return ""
    current = layout.tense_by_bullet.get(s.start)
    tags = {tag for _, tag in language.verb_tags(first_after.lower())}
    if not tags:
        return f"verb-unknown:{first_after}"
    if current is True and not tags & {"VB", "VBP", "VBD"}:
        return f"verb-tense:{first_after}"
    if current is False and "VBD" not in tags:
        return f"verb-tense:{first_after}"
    return ""


# --- judgments --------------------------------------------------------------------------------


def read_judgments(path: Path = JUDGMENTS) -> dict[str, dict[str, str]]:
    if not path.exists():
        return {}
    out = {}
    for row in path.read_text(encoding="utf-8").splitlines():
        if row.strip():
            record = json.loads(row)
            out[record["key"]] = record
    return out


def shares(rows: list[EditRow], judgments: dict[str, dict[str, str]]) -> tuple[int, Counter]:
    counts = Counter(judgments[r.key]["verdict"] for r in rows if r.key in judgments)
    return sum(counts.values()), counts


# --- main -------------------------------------------------------------------------------------


def run_all(pairs: list[Pair]) -> list[PairResult]:
    from skillgap.pipeline import get_extractor

    extractor = get_extractor(())
    with tempfile.TemporaryDirectory() as tmp:
        return [run_pair(pair, extractor, Path(tmp)) for pair in pairs]


def _half(results: list[PairResult], judgments, label: str) -> list[str]:
    rows = [r for res in results for r in res.edits]
    problems = Counter(p.split(":")[0] for r in rows for p in r.problems)
    per_pair = [len(res.edits) for res in results]
    covered = sum(res.covered for res in results)
    wanted = covered + sum(len(res.uncovered) for res in results)
    judged, counts = shares(rows, judgments)
    out = [f"{label}: {len(results)} pairs, {len(rows)} default edits (max {max(per_pair, default=0)} a pair, "
           f"{sum(r.total_edits for r in results)} with --all); kinds {dict(Counter(r.kind for r in rows))}",
           f"  edits with a mechanical problem: {sum(1 for r in rows if r.problems)}  {dict(problems)}",
           f"  required skills shown only in other words with an edit: {covered}/{wanted} "
           f"({sum(len(res.unplaceable) for res in results)} of the rest only on lines no edit may touch)"]
    if judged:
        ok = counts["paste"] + counts["small-edit"]
        out.append(f"  judged {judged}/{len(rows)}: paste {counts['paste'] / judged:.0%}, small-edit "
                   f"{counts['small-edit'] / judged:.0%}, wrong {counts['wrong'] / judged:.0%} "
                   f"(paste or small edit {ok / judged:.0%})")
    else:
        out.append("  judged 0: no judgments for these edits yet")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--export", action="store_true", help=f"write {TO_JUDGE.relative_to(ROOT)}")
    parser.add_argument("--details", action="store_true", help="print every edit with its problems")
    parser.add_argument("--half", choices=("tune", "held", "all"), default="all",
                        help="which pairs to print details of (default all)")
    parser.add_argument("--every", action="store_true", help="check every edit, not only the default ones")
    parser.add_argument("--export-new", metavar="FILE", type=Path,
                        help="write the edits of --half that have no judgment yet to FILE (for a blind reader)")
    args = parser.parse_args(argv)
    global EVERY
    EVERY = args.every
    pairs = read_pairs()
    results = run_all(pairs)
    judgments = read_judgments()
    if args.details:
        for res in results:
            if (args.half != "all" and res.pair.tuned != (args.half == "tune")) or res.pair.id in FRESH:
                continue
            print(f"== {res.pair.id} {res.pair.resume.name}  uncovered: {res.uncovered}")
            for r in res.edits:
                verdict = judgments.get(r.key, {}).get("verdict", "-")
                print(f"  [{r.kind}] {r.section} L{r.line} {r.problems or ''} judged={verdict}\n"
                      f"     - {r.original}\n     + {r.rewrite}\n     ({r.reason})")
    for label, tuned in (("tuned on (odd ids)", True), ("held out (even ids)", False)):
        print("\n".join(_half([r for r in results if r.pair.tuned == tuned], judgments, label)))
    if args.export_new is not None:
        wanted = [(res, r) for res in results if args.half == "all" or res.pair.tuned == (args.half == "tune")
                  for r in res.edits if r.key not in judgments]
        _write_lines(args.export_new, [json.dumps(r.export(res.pair.resume), ensure_ascii=False) for res, r in wanted])
        print(f"wrote {len(wanted)} edits with no judgment to {args.export_new}")
    if args.export:
        OUT.mkdir(parents=True, exist_ok=True)
        lines = [json.dumps(r.export(res.pair.resume), ensure_ascii=False) for res in results for r in res.edits]
        _write_lines(TO_JUDGE, lines)
        print(f"wrote {len(lines)} edits to {TO_JUDGE.relative_to(ROOT)}")
    return 0


def _write_lines(path: Path, lines: list[str]) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    tmp.replace(path)


if __name__ == "__main__":
    sys.exit(main())
