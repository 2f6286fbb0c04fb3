"""The gap report measured against people's judgment: résumé–posting pairs annotated blind.

    .venv/bin/python bench/gap_bench.py [--half tune|held-out|both] [--json] [--pairs d01,g43]

Pairs: `../shared/resume-dev/gap-dev/pairs.tsv` (d01–d40, gold in `gap-dev/gold/`, read in
place) and `bench/gap/pairs.tsv` (g41–g64, our own, gold in `bench/gap/gold/`, ten of them
annotated a second time, independently, in `bench/gap/gold-second/`). A posting named
`postings/postings.jsonl#<id>` is that line's text, written to a temporary file; nothing of
`../shared` is copied into this repository. Metric definitions: `GAP-GUIDE.md`, last section.

SPLIT RULE (fixed before any tuning): the TUNE half is the odd-numbered ids (d01, d03, ...,
g41, g43, ...), the HELD-OUT half the even ones. Tuning looks at per-pair output of the tune
half only (`--per-pair` refuses held-out pairs); the held-out half is reported only as
aggregate figures.

Each report item (matched and missing) is aligned to at most one gold requirement: the first
whose keys (skill, aliases, posting_text), folded (case, accents, punctuation, a plural "s"),
equal the item's name or one of its posting terms. Requirements sharing a `group` are one
unit, met by its best member (shown > listed > related > missing). Deterministic.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESUME_DEV = ROOT.parent / "shared" / "resume-dev"
OUR_PAIRS = ROOT / "bench" / "gap" / "pairs.tsv"
OUR_GOLD = ROOT / "bench" / "gap" / "gold"
OUR_SECOND = ROOT / "bench" / "gap" / "gold-second"
# Blind judgments of the exact-keyword advice, one per (pair, keyword): see `read_keyword_judgments`
KEYWORD_JUDGMENTS = ROOT / "bench" / "gap" / "keyword_judgments.jsonl"
KEYWORD_SECOND = ROOT / "bench" / "gap" / "keyword_judgments-second.jsonl"  # a second reader, some pairs
STATUS_RANK = {"shown": 3, "listed": 2, "related": 1, "missing": 0}
HAS_IT = {"shown", "listed"}


def half_of(pair_id: str) -> str:
    """The split rule: odd ids are tuned on, even ids are held out."""
    return "tune" if int(re.sub(r"\D", "", pair_id)) % 2 else "held-out"


# Pairs added after the rules were developed, kept out of all tuning: no per-pair output. g65-g80
# stay fresh; the odd ids of g81-g110 joined the tune half on 2026-12-07 (stop 27), after their
# first figures were recorded (README, "Gap benchmark"), so the NHS postings have tuning pairs.
# g111-g210 (added the same day, 2026-12-07) were fresh too; their odd ids joined the tune half
# in stop 32, after five stops of figures on them (README, "Gap benchmark"), so the postings of
# fields the first 64 pairs lack have tuning pairs. Every even id stays held out.
FRESH = frozenset([*(f"g{n}" for n in range(65, 81)), *(f"g{n}" for n in range(82, 211, 2))])


def pair_ids(spec: str) -> set[str]:
    """Pair ids from "d01,g41-g64": single ids and ranges of one prefix."""
    wanted: set[str] = set()
    for part in spec.split(","):
        first, _, last = part.strip().partition("-")
        if not last:
            wanted.add(first)
            continue
        prefix, width = first.rstrip("0123456789"), len(first) - len(first.rstrip("0123456789"))
        for n in range(int(first[len(prefix):]), int(last[len(prefix):]) + 1):
            wanted.add(f"{prefix}{n:0{width}d}")
    return wanted


# ---------------------------------------------------------------- data


@dataclass
class Pair:
    id: str
    resume: Path
    posting: str  # a path relative to resume-dev, or postings/postings.jsonl#<id>
    gold: dict[str, Any]
    field: str


_FIELDS = (  # résumé field (resumes/index.csv) -> benchmark field, first prefix wins
    ("healthcare", "healthcare"), ("education", "teaching"), ("retail", "sales/retail"),
    ("sales", "sales/retail"), ("logistics", "logistics/office"), ("administration", "logistics/office"),
    ("operations", "logistics/office"), ("trades", "trades/construction"), ("construction", "trades/construction"),
    ("finance", "accounting/finance"), ("human resources", "HR/recruiting"), ("design", "marketing/design"),
    ("legal", "legal"), ("data science", "data"), ("research", "data"), ("software", "software"),
    ("academic", "software"), ("engineering", "engineering/other"), ("business", "business/other"),
    ("law enforcement", "engineering/other"), ("other", "engineering/other"), ("arts", "engineering/other"),
)


def _resume_fields() -> dict[str, str]:
    out: dict[str, str] = {}
    for name in ("resumes/index.csv", "resumes/office-made/index-docx.csv"):
        with (RESUME_DEV / name).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                raw = row["field"].lower()
                out[row["path"]] = next((f for prefix, f in _FIELDS if raw.startswith(prefix)), "engineering/other")
    return out


def _recruiting(resume: str, fallback: str) -> str:
    return "HR/recruiting" if "recruiter" in resume else fallback


def load_pairs(our_gold: Path = OUR_GOLD) -> tuple[list[Pair], list[str]]:
    """All pairs that have gold, and the ids left out for want of it."""
    fields = _resume_fields()
    rows = []
    with (RESUME_DEV / "gap-dev" / "pairs.tsv").open(encoding="utf-8") as handle:
        rows += [(r[0], r[1], r[2], RESUME_DEV / "gap-dev" / "gold" / f"{r[0]}.json")
                 for r in csv.reader(handle, delimiter="\t")]
    with OUR_PAIRS.open(encoding="utf-8") as handle:
        rows += [(r[0], r[1], r[2], our_gold / f"{r[0]}.json") for r in csv.reader(handle, delimiter="\t")]
    pairs, absent = [], []
    for pair_id, resume, posting, gold_path in rows:
        if not gold_path.is_file():
            absent.append(pair_id)
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        field_ = _recruiting(resume,
                             fields.get(resume, fields.get(resume.replace(".docx", ".pdf"), "engineering/other")))
        pairs.append(Pair(pair_id, RESUME_DEV / resume, posting, gold, field_))
    return pairs, absent


def posting_text(posting: str) -> str:
    if "#" in posting:
        name, wanted = posting.split("#", 1)
        with (RESUME_DEV / name).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record["id"] == wanted:
                    return record["text"]
        raise SystemExit(f"{posting}: no posting with that id")
    return (RESUME_DEV / posting).read_text(encoding="utf-8")


def run_pair(pair: Pair, workdir: Path) -> dict[str, Any]:
    """skillgap's JSON report for one pair (the posting written to a temporary file)."""
    from skillgap import analyze
    from skillgap.render.json_report import report_dict

    posting = workdir / f"{pair.id}-posting.txt"
    posting.write_text(posting_text(pair.posting), encoding="utf-8")
    return report_dict(analyze(pair.resume, posting))


# ---------------------------------------------------------------- alignment


def fold(text: str) -> str:
    """Case, accents, punctuation and a plural "s" folded away."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    words = re.sub(r"[^\w]+", " ", text).split()
    words = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]
    return " ".join(words)


@dataclass
class Gold:
    requirements: list[dict[str, Any]]
    units: dict[str, list[int]]  # unit id -> requirement indexes
    unit_of: list[str]
    keys: list[set[str]]
    not_requirements: set[str]
    acceptable: set[str]
    score: float

    def status(self, unit: str) -> str:
        return max((self.requirements[i]["resume_status"] for i in self.units[unit]), key=STATUS_RANK.__getitem__)

    def importance(self, unit: str) -> str:
        values = {self.requirements[i]["importance"] for i in self.units[unit]}
        return "required" if "required" in values else "preferred"


def read_gold(data: dict[str, Any]) -> Gold:
    reqs = data["requirements"]
    units: dict[str, list[int]] = defaultdict(list)
    unit_of = []
    for i, req in enumerate(reqs):
        unit = f"group:{req['group']}" if req.get("group") else f"req:{i}"
        units[unit].append(i)
        unit_of.append(unit)
    keys = [{fold(k) for k in [r["skill"], *r.get("aliases", []), r.get("posting_text") or ""] if fold(k)}
            for r in reqs]
    return Gold(reqs, dict(units), unit_of, keys, {fold(t) for t in data.get("not_requirements", [])},
                {fold(t) for t in data.get("acceptable_extra", [])}, float(data["human_score"]))


def item_keys(item: dict[str, Any]) -> list[str]:
    return [k for k in dict.fromkeys(fold(t) for t in [item["name"], *item["posting_terms"]]) if k]


def align(item: dict[str, Any], gold: Gold) -> tuple[str, int | None]:
    """("req", index) | ("not", None) | ("extra", None) | ("none", None)."""
    keys = item_keys(item)
    for key in keys:  # the item's own name first, then its posting terms in order
        for i, req_keys in enumerate(gold.keys):
            if key in req_keys:
                return "req", i
    if any(k in gold.not_requirements for k in keys):
        return "not", None
    if any(k in gold.acceptable for k in keys):
        return "extra", None
    return "none", None


# ---------------------------------------------------------------- metrics


@dataclass
class Tally:
    """Counts summed over pairs; `figures()` turns them into the guide's metrics."""

    counts: Counter = field(default_factory=Counter)
    scores: list[tuple[float, float]] = field(default_factory=list)  # (report, human)
    pairs: int = 0

    def add(self, other: Tally) -> None:
        self.counts.update(other.counts)
        self.scores += other.scores
        self.pairs += other.pairs

    def figures(self) -> dict[str, float | int | None]:
        c = self.counts
        ratio = _ratio
        diffs = [r - h for r, h in self.scores]
        return {
            "pairs": self.pairs,
            "extraction_precision": ratio(c["aligned"], c["aligned"] + c["unaligned"] + c["not_req"]),
            "extraction_recall": ratio(c["units_found"], c["units"]),
            "gap_precision": ratio(c["missing_true"], c["missing_items"]),
            "false_gaps": ratio(c["missing_has"], c["missing_items"]),
            "missing_related": ratio(c["missing_related"], c["missing_items"]),
            "missing_not_asked": ratio(c["missing_not_asked"], c["missing_items"]),
            "gap_recall": ratio(c["gold_missing_reported"], c["gold_missing_units"]),
            "partly_to_missing": ratio(c["partly_to_missing"], c["items_gold_missing"]),
            "has_it_agreement": ratio(c["has_it_agree"], c["aligned"]),
            "importance_agreement": ratio(c["importance_agree"], c["aligned"]),
            "keyword_right": ratio(c["keyword_right"], c["keywords"]),
            "keyword_judged_right": ratio(c["keyword_judged_right"], c["keywords_judged"]),
            "keywords_unjudged": c["keywords"] - c["keywords_judged"],
            "keywords_right_dropped": c["keywords_right_dropped"],
            "score_mae": round(sum(abs(d) for d in diffs) / len(diffs), 1) if diffs else None,
            "score_bias": round(sum(diffs) / len(diffs), 1) if diffs else None,
            "spearman": spearman(self.scores),
            "missing_items": c["missing_items"],
            "keywords": c["keywords"],
        }


def _ratio(num: int, den: int) -> float | None:
    return round(100 * num / den, 1) if den else None


def score_pair(report: dict[str, Any], gold: Gold, judged: dict[str, bool] | None = None) -> Tally:
    """One pair's counts (see the module docstring for the alignment); `judged` is the
    pair's blind keyword judgments (keyword, case-folded -> right)."""
    tally, c = Tally(pairs=1), Counter()
    items = [*report["matched"], *report["missing"]]
    found_units: set[str] = set()
    reported_missing_units: set[str] = set()
    unit_by_term: dict[str, str | None] = {}
    for item in items:
        how, index = align(item, gold)
        unit = gold.unit_of[index] if index is not None else None
        for term in item["posting_terms"]:
            unit_by_term.setdefault(term.casefold(), unit if how == "req" else None)
        missing = item["level"] == "missing"
        if how == "extra":
            continue
        if missing:
            c["missing_items"] += 1
        if unit is None:
            c["not_req" if how == "not" else "unaligned"] += 1
            c["missing_not_asked"] += missing
            continue
        status = gold.status(unit)
        c["aligned"] += 1
        found_units.add(unit)
        has_it = item["level"] in ("exact", "narrower")
        c["has_it_agree"] += has_it == (status in HAS_IT)
        c["importance_agree"] += item["importance"] == gold.importance(unit)
        if status == "missing":
            c["items_gold_missing"] += 1
            c["partly_to_missing"] += item["level"] == "related"
        if missing:
            reported_missing_units.add(unit)
            c["missing_true"] += status == "missing"
            c["missing_has"] += status in HAS_IT
            c["missing_related"] += status == "related"
    c["units"] += len(gold.units)
    c["units_found"] += len(found_units)
    gold_missing = {u for u in gold.units if gold.status(u) == "missing"}
    c["gold_missing_units"] += len(gold_missing)
    c["gold_missing_reported"] += len(gold_missing & reported_missing_units)
    resume_text = report.get("_resume_text", "")
    for keyword in report["keywords_missing"]:
        unit = unit_by_term.get(keyword.casefold())
        c["keywords"] += 1
        literal = re.search(r"(?<!\w)" + re.escape(keyword) + r"(?!\w)", resume_text, re.IGNORECASE)
        c["keyword_right"] += unit is not None and gold.status(unit) not in HAS_IT and not literal
        verdict = (judged or {}).get(keyword.casefold())
        if verdict is not None:
            c["keywords_judged"] += 1
            c["keyword_judged_right"] += verdict
    listed = {k.casefold() for k in report["keywords_missing"]}  # right advice the report no longer gives
    c["keywords_right_dropped"] += sum(v for k, v in (judged or {}).items() if k not in listed)
    tally.counts = c
    tally.scores.append((float(report["score"]), gold.score))
    return tally


def spearman(points: list[tuple[float, float]]) -> float | None:
    if len(points) < 3:
        return None
    rx, ry = _ranks([p[0] for p in points]), _ranks([p[1] for p in points])
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=False))
    vx, vy = sum((a - mx) ** 2 for a in rx), sum((b - my) ** 2 for b in ry)
    return round(cov / (vx * vy) ** 0.5, 3) if vx and vy else None


def _ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


# ---------------------------------------------------------------- agreement


def agreement(first_dir: Path = OUR_GOLD, second_dir: Path = OUR_SECOND) -> dict[str, Any] | None:
    """Inter-annotator agreement on the double-annotated pairs: requirements matched one to
    one by alias overlap (folded), then P/R/F1 of the second vs the first, importance and
    status agreement, Cohen's kappa on status, mean |human_score difference|."""
    seconds = sorted(second_dir.glob("*.json")) if second_dir.is_dir() else []
    pairs = [(json.loads((first_dir / p.name).read_text(encoding="utf-8")), json.loads(p.read_text(encoding="utf-8")))
             for p in seconds if (first_dir / p.name).is_file()]
    if not pairs:
        return None
    matched = first_total = second_total = imp = 0
    statuses: list[tuple[str, str]] = []
    score_diffs = []
    for a, b in pairs:
        ka, kb = read_gold(a).keys, read_gold(b).keys
        first_total, second_total = first_total + len(ka), second_total + len(kb)
        used: set[int] = set()
        for i, keys in enumerate(ka):
            j = next((j for j, other in enumerate(kb) if j not in used and keys & other), None)
            if j is None:
                continue
            used.add(j)
            matched += 1
            ra, rb = a["requirements"][i], b["requirements"][j]
            imp += ra["importance"] == rb["importance"]
            statuses.append((ra["resume_status"], rb["resume_status"]))
        score_diffs.append(abs(float(a["human_score"]) - float(b["human_score"])))
    p, r = _ratio(matched, second_total), _ratio(matched, first_total)
    return {
        "pairs": len(pairs), "requirements_first": first_total, "requirements_second": second_total,
        "matched": matched, "precision": p, "recall": r,
        "f1": round(2 * p * r / (p + r), 1) if p and r else None,
        "importance_agreement": _ratio(imp, matched),
        "status_agreement": _ratio(sum(x == y for x, y in statuses), len(statuses)),
        "status_kappa": kappa(statuses),
        "human_score_mad": round(sum(score_diffs) / len(score_diffs), 1),
    }


def kappa(pairs: list[tuple[str, str]]) -> float | None:
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    left, right = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(left[k] * right[k] for k in left.keys() | right.keys()) / (n * n)
    return round((observed - expected) / (1 - expected), 3) if expected < 1 else None


# ---------------------------------------------------------------- output

COLUMNS = (
    ("pairs", "pairs"), ("extraction_precision", "ext P"), ("extraction_recall", "ext R"),
    ("gap_precision", "gap P"), ("false_gaps", "false gap"), ("missing_related", "miss/rel"),
    ("missing_not_asked", "not asked"), ("gap_recall", "gap R"), ("partly_to_missing", "partly/miss"),
    ("has_it_agreement", "has-it"), ("importance_agreement", "req/pref"), ("keyword_right", "keywords"),
    ("keyword_judged_right", "keywords judged"), ("keywords_unjudged", "unjudged"),
    ("keywords_right_dropped", "right, dropped"),
    ("score_mae", "score MAE"), ("score_bias", "bias"), ("spearman", "Spearman"),
)


def table(results: dict[str, dict[str, dict[str, Any]]]) -> str:
    lines = ["| half | field | " + " | ".join(h for _, h in COLUMNS) + " |",
             "|---|---|" + "---:|" * len(COLUMNS)]
    for half, by_field in results.items():
        for name, figures in by_field.items():
            cells = ["" if figures[k] is None else str(figures[k]) for k, _ in COLUMNS]
            lines.append(f"| {half} | {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def read_keyword_judgments(path: Path = KEYWORD_JUDGMENTS) -> dict[str, dict[str, bool]]:
    """pair id -> keyword (case-folded) -> right. A reader who saw the posting, the résumé's
    plain text and the keyword (not how skillgap chose it) answered: does the posting ask
    for it (`asked`), is it missing from the résumé word for word (`absent`), and would
    writing it not weaken the résumé (`harmless`)? Right is all three: the issue's
    "the posting uses that word and the résumé lacks it, and writing it would not weaken
    the résumé", with "uses" read as "asks for"."""
    out: dict[str, dict[str, bool]] = defaultdict(dict)
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out[row["pair"]][row["keyword"].casefold()] = row["asked"] and row["absent"] and row["harmless"]
    return out


def keyword_agreement() -> dict[str, Any] | None:
    """How far two readers who judged the same keywords independently agree on "right"."""
    first, second = read_keyword_judgments(), read_keyword_judgments(KEYWORD_SECOND)
    both = [(first[pair][key], verdict) for pair, verdicts in second.items() for key, verdict in verdicts.items()
            if key in first.get(pair, {})]
    if not both:
        return None
    labels = [(str(a), str(b)) for a, b in both]
    pairs = len({pair for pair, verdicts in second.items() if any(k in first.get(pair, {}) for k in verdicts)})
    return {"keywords": len(both), "pairs": pairs, "agreement": _ratio(sum(a == b for a, b in both), len(both)),
            "kappa": kappa(labels)}


def unjudged_keywords(pairs: list[Pair], judged: dict[str, dict[str, bool]]) -> list[dict[str, str]]:
    """The keywords the report lists now that no reader has judged yet, for the next round."""
    out = []
    with tempfile.TemporaryDirectory(prefix="gap-bench-") as tmp:
        for pair in pairs:
            for keyword in run_pair(pair, Path(tmp))["keywords_missing"]:
                if keyword.casefold() not in judged.get(pair.id, {}):
                    out.append({"pair": pair.id, "keyword": keyword})
    return out


def evaluate(pairs: list[Pair], per_pair: bool = False) -> dict[str, dict[str, dict[str, Any]]]:
    tallies: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    judged = read_keyword_judgments()
    with tempfile.TemporaryDirectory(prefix="gap-bench-") as tmp:
        for pair in pairs:
            report = run_pair(pair, Path(tmp))
            from skillgap.ingest import read_document

            report["_resume_text"] = read_document(pair.resume).text
            tally = score_pair(report, read_gold(pair.gold), judged.get(pair.id))
            half = half_of(pair.id)
            for name in (pair.field, "all"):
                tallies[half][name].add(tally)
            if per_pair and half == "tune" and pair.id not in FRESH:
                print(f"{pair.id} [{pair.field}] score {report['score']} human {pair.gold['human_score']}: "
                      f"{json.dumps(tally.figures())}", file=sys.stderr)
    return {half: {name: tallies[half][name].figures() for name in sorted(tallies[half], key=lambda n: (n == "all", n))}
            for half in ("tune", "held-out") if half in tallies}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--half", choices=("tune", "held-out", "both"), default="both")
    parser.add_argument("--pairs", help="pair ids and ranges, e.g. d01-d40,g41-g64 (default: all with gold)")
    parser.add_argument("--per-pair", action="store_true",
                        help="per-pair figures on stderr (tune half only, never the fresh pairs g65-g80)")
    parser.add_argument("--unjudged-keywords", metavar="FILE",
                        help="write the keywords no reader has judged yet (JSON lines: pair, keyword) and stop")
    args = parser.parse_args(argv)
    pairs, absent = load_pairs()
    if args.pairs:
        wanted = pair_ids(args.pairs)
        pairs = [p for p in pairs if p.id in wanted]
    if args.half != "both":
        pairs = [p for p in pairs if half_of(p.id) == args.half]
    if args.unjudged_keywords:
        rows = unjudged_keywords(pairs, read_keyword_judgments())
        Path(args.unjudged_keywords).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                                encoding="utf-8")
        print(f"{len(rows)} keywords not judged yet, written to {args.unjudged_keywords}")
        return 0
    results = evaluate(pairs, per_pair=args.per_pair)
    fields = {p.field for p in pairs}
    output = {"results": results, "agreement": agreement(), "keyword_agreement": keyword_agreement(),
              "without_gold": absent, "fields": len(fields)}
    if args.json:
        print(json.dumps(output, indent=2, ensure_ascii=False))
        return 0
    print(table(results))
    print(f"\n{len(pairs)} pairs in {len(fields)} fields; tune = odd ids, held-out = even ids"
          + (f"; without gold yet: {', '.join(absent)}" if absent else ""))
    if output["agreement"]:
        print("inter-annotator agreement: " + ", ".join(f"{k} {v}" for k, v in output["agreement"].items()))
    if output["keyword_agreement"]:
        pairs_agree = output["keyword_agreement"].items()
        print("keyword judgments, two readers: " + ", ".join(f"{k} {v}" for k, v in pairs_agree))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
