"""Extraction accuracy on the public dev data in ../shared/eval-dev/, beside a baseline.

    .venv/bin/python bench/accuracy.py [--eval-dir ../shared/eval-dev] [--json]

Prints one table: skillgap and a plain ESCO dictionary matcher (preferred + alternative +
hidden labels, whole tokens, case-insensitive, longest match first), on
- the Decorte ESCO validation sets (TECH, HOUSE): RP@1, RP@5, RP@10, MRR and micro
  precision / recall / F1 of the returned set of ESCO concepts per sentence;
- SkillSpan dev (house + tech): strict and loose span precision / recall / F1, skill and
  knowledge spans together and each layer alone.
The metric definitions are those of ../shared/eval-dev/README.md. The data is read in
place, never copied. Deterministic: the same code and data give the same figures.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = ROOT.parent / "shared" / "eval-dev"
DEFAULT_ESCO = ROOT.parent / "shared" / "taxonomy-sources" / "esco" / "v1.1.1" / "skills_en.csv"
NO_LABEL = {"LABEL NOT PRESENT", "UNDERSPECIFIED"}

# A system maps a list of texts to, per text, a ranked list of (start, end, [esco uris]).
Prediction = list[tuple[int, int, list[str]]]
System = Callable[[list[str]], list[Prediction]]


# ---------------------------------------------------------------- data


def read_decorte(path: Path) -> list[tuple[str, set[str]]]:
    """(sentence, gold ESCO labels) for sentences with at least one real label."""
    gold: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            label = row["label"].strip()
            gold.setdefault(row["sentence"], set())
            if label and label not in NO_LABEL:
                gold[row["sentence"]].add(label)
    return [(sentence, labels) for sentence, labels in gold.items() if labels]


@dataclass
class SpanSentence:
    tokens: list[str]
    skill: list[tuple[int, int]]
    knowledge: list[tuple[int, int]]


def _bio_spans(tags: list[str]) -> list[tuple[int, int]]:
    spans, start = [], None
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and start is None):
            if start is not None:
                spans.append((start, i))
                start = None
            if tag.startswith(("B-", "I-")):
                start = i
    return spans


def read_skillspan(path: Path) -> list[SpanSentence]:
    sentences, tokens, skill_tags, knowledge_tags = [], [], [], []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if tokens:
                sentences.append(SpanSentence(tokens, _bio_spans(skill_tags), _bio_spans(knowledge_tags)))
            tokens, skill_tags, knowledge_tags = [], [], []
            continue
        token, skill, knowledge = line.split("\t")[:3]
        tokens.append(token)
        skill_tags.append(skill)
        knowledge_tags.append(knowledge)
    return sentences


def esco_labels(path: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    """uri -> preferred label, and uri -> all labels (preferred, alternative, hidden)."""
    preferred, every = {}, {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            uri = row["conceptUri"]
            preferred[uri] = row["preferredLabel"].strip()
            labels = [row["preferredLabel"]]
            for key in ("altLabels", "hiddenLabels"):
                labels += [x for x in row[key].split("\n") if x.strip()]
            every[uri] = [x.strip() for x in labels]
    return preferred, every


# ---------------------------------------------------------------- systems

_WORD = re.compile(r"[\w+#]+(?:[.][\w+#]+)*")


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]


def esco_dictionary_baseline(all_labels: dict[str, list[str]]) -> System:
    """Whole-token, case-insensitive, longest-match-first dictionary of ESCO labels."""
    table: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for uri, labels in all_labels.items():
        for label in labels:
            key = tuple(w for _, _, w in _words(label))
            if key and uri not in table[key]:
                table[key].append(uri)
    longest = max(map(len, table))

    def run(texts: list[str]) -> list[Prediction]:
        out = []
        for text in texts:
            words = _words(text)
            found, i = [], 0
            while i < len(words):
                for size in range(min(longest, len(words) - i), 0, -1):
                    key = tuple(w for _, _, w in words[i : i + size])
                    if key in table:
                        found.append((words[i][0], words[i + size - 1][1], table[key]))
                        i += size
                        break
                else:
                    i += 1
            out.append(found)
        return out

    return run


def skillgap_system(taxonomy: tuple[str, ...] = ()) -> System:
    from skillgap.ingest.builder import DocumentBuilder
    from skillgap.pipeline import get_extractor

    extractor = get_extractor(taxonomy)
    skills = extractor.taxonomy.skills

    def run(texts: list[str]) -> list[Prediction]:
        docs = []
        for text in texts:
            builder = DocumentBuilder("<eval>", "txt")
            builder.add_line(text, clean=False)
            docs.append((builder.build(), None))
        out = []
        for mentions in extractor.extract_many(docs):
            out.append([(m.start, m.end, list(skills[m.skill_id].esco)) for m in mentions])
        return out

    return run


# ---------------------------------------------------------------- metrics


def _ranked_uris(prediction: Prediction) -> list[str]:
    """Concepts in the order they were found (longer, more specific spans first on ties)."""
    ranked: list[str] = []
    for _, _, uris in sorted(prediction, key=lambda p: (p[0], -(p[1] - p[0]))):
        for uri in uris:
            if uri not in ranked:
                ranked.append(uri)
    return ranked


def decorte_metrics(
    data: list[tuple[str, set[str]]], predictions: list[Prediction], preferred: dict[str, str]
) -> dict[str, float]:
    rp = {1: 0.0, 5: 0.0, 10: 0.0}
    mrr = 0.0
    tp = fp = fn = 0
    for (_, gold), prediction in zip(data, predictions, strict=False):
        ranked = [preferred.get(uri, uri) for uri in _ranked_uris(prediction)]
        for k in rp:
            rp[k] += len(set(ranked[:k]) & gold) / min(k, len(gold))
        rank = next((i for i, label in enumerate(ranked, 1) if label in gold), None)
        mrr += 1 / rank if rank else 0.0
        returned = set(ranked)
        tp += len(returned & gold)
        fp += len(returned - gold)
        fn += len(gold - returned)
    n = len(data)
    p, r = _safe(tp, tp + fp), _safe(tp, tp + fn)
    return {"RP@1": rp[1] / n, "RP@5": rp[5] / n, "RP@10": rp[10] / n, "MRR": mrr / n,
            "P": p, "R": r, "F1": _safe(2 * p * r, p + r)}


def _safe(a: float, b: float) -> float:
    return a / b if b else 0.0


def _token_spans(tokens: list[str], prediction: Prediction) -> list[tuple[int, int]]:
    """Character spans over " ".join(tokens) -> token index spans (touched tokens)."""
    starts, pos = [], 0
    for token in tokens:
        starts.append((pos, pos + len(token)))
        pos += len(token) + 1
    spans = set()
    for start, end, _ in prediction:
        covered = [i for i, (a, b) in enumerate(starts) if a < end and b > start]
        if covered:
            spans.add((covered[0], covered[-1] + 1))
    return sorted(spans)


def span_prf(gold: list[list[tuple[int, int]]], pred: list[list[tuple[int, int]]], loose: bool) -> dict[str, float]:
    tp = n_pred = n_gold = 0
    for gold_spans, pred_spans in zip(gold, pred, strict=False):
        n_pred += len(pred_spans)
        n_gold += len(gold_spans)
        if not loose:
            tp += len(set(gold_spans) & set(pred_spans))
            continue
        used: set[int] = set()
        for ps, pe in pred_spans:  # one-to-one: each gold span matched at most once
            for g, (gs, ge) in enumerate(gold_spans):
                if g not in used and ps < ge and gs < pe:
                    used.add(g)
                    tp += 1
                    break
    p, r = _safe(tp, n_pred), _safe(tp, n_gold)
    return {"P": p, "R": r, "F1": _safe(2 * p * r, p + r)}


def skillspan_metrics(sentences: list[SpanSentence], predictions: list[Prediction]) -> dict[str, float]:
    pred = [_token_spans(s.tokens, p) for s, p in zip(sentences, predictions, strict=False)]
    out = {}
    layers = {
        "all": [sorted(set(s.skill) | set(s.knowledge)) for s in sentences],
        "skill": [s.skill for s in sentences],
        "knowledge": [s.knowledge for s in sentences],
    }
    for layer, gold in layers.items():
        for mode in ("strict", "loose"):
            for metric, value in span_prf(gold, pred, loose=mode == "loose").items():
                out[f"{layer}.{mode}.{metric}"] = value
    return out


# ---------------------------------------------------------------- main


def evaluate(eval_dir: Path = DEFAULT_EVAL, esco_csv: Path = DEFAULT_ESCO, taxonomy: tuple[str, ...] = ()) -> dict:
    preferred, every = esco_labels(esco_csv)
    systems = {"skillgap": skillgap_system(taxonomy), "esco-dictionary": esco_dictionary_baseline(every)}
    decorte = {name: read_decorte(eval_dir / "decorte-esco-val" / f"{name}_validation_annotations.csv")
               for name in ("tech", "house")}
    skillspan: list[SpanSentence] = []
    for name in ("house", "tech"):
        skillspan += read_skillspan(eval_dir / "skillspan" / f"skillspan_{name}_dev.conll")
    results: dict[str, dict] = {}
    for system_name, system in systems.items():
        row: dict[str, dict] = {}
        started = time.perf_counter()
        for set_name, data in decorte.items():
            row[f"decorte-{set_name}"] = decorte_metrics(data, system([s for s, _ in data]), preferred)
        row["skillspan-dev"] = skillspan_metrics(skillspan, system([" ".join(s.tokens) for s in skillspan]))
        row["seconds"] = round(time.perf_counter() - started, 2)
        results[system_name] = row
    results["counts"] = {"decorte-tech": len(decorte["tech"]), "decorte-house": len(decorte["house"]),
                         "skillspan-dev-sentences": len(skillspan)}
    return results


def format_table(results: dict) -> str:
    systems = [k for k in results if k != "counts"]
    lines = []
    for set_name in ("decorte-tech", "decorte-house"):
        lines.append(f"{set_name} ({results['counts'][set_name]} sentences)")
        lines.append("| system | RP@1 | RP@5 | RP@10 | MRR | P | R | F1 |")
        lines.append("|---|---:|---:|---:|---:|---:|---:|---:|")
        for system in systems:
            m = results[system][set_name]
            lines.append(f"| {system} | "
                         + " | ".join(f"{100 * m[k]:.1f}" for k in ("RP@1", "RP@5", "RP@10", "MRR", "P", "R", "F1"))
                         + " |")
        lines.append("")
    lines.append(f"skillspan-dev ({results['counts']['skillspan-dev-sentences']} sentences, house + tech)")
    lines.append("| system | layer | strict P | strict R | strict F1 | loose P | loose R | loose F1 |")
    lines.append("|---|---|---:|---:|---:|---:|---:|---:|")
    for system in systems:
        m = results[system]["skillspan-dev"]
        for layer in ("all", "skill", "knowledge"):
            values = [m[f"{layer}.{mode}.{k}"] for mode in ("strict", "loose") for k in ("P", "R", "F1")]
            lines.append(f"| {system} | {layer} | " + " | ".join(f"{100 * v:.1f}" for v in values) + " |")
    return "\n".join(lines)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--esco-csv", type=Path, default=DEFAULT_ESCO)
    parser.add_argument("--taxonomy", action="append", default=[], help="extra taxonomy file or pack")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not args.eval_dir.is_dir():
        print(f"accuracy: {args.eval_dir}: not found (the dev data lives in ../shared/eval-dev)", file=sys.stderr)
        return 2
    results = evaluate(args.eval_dir, args.esco_csv, tuple(args.taxonomy))
    print(json.dumps(results, indent=2) if args.json else format_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
