"""The gap report against people's judgment (bench/gap_bench.py), read in place from
../shared/resume-dev and bench/gap/. Deterministic, so floors a little under the current
figures (README, "Gap benchmark") catch regressions without flaking. The whole set runs
in well under a minute. Skipped where ../shared/resume-dev is absent, like the accuracy gate.
"""

import json

import pytest
from conftest import ROOT, load_module

RESUME_DEV = ROOT.parent / "shared" / "resume-dev"


@pytest.fixture(scope="module")
def bench():
    gold = RESUME_DEV / "gap-dev" / "gold"
    assert gold.is_dir(), (f"the gap benchmark reads the annotated pairs in place, beside the checkout: "
                           f"{gold} not found (put ../shared/ next to the repository)")
    return load_module(ROOT / "bench" / "gap_bench.py")


@pytest.fixture(scope="module")
def results(bench):
    pairs, _ = bench.load_pairs()
    dev = [p for p in pairs if p.id.startswith("d")]  # fixed gold: the floors do not move when ours grows
    return bench.evaluate(dev)


def test_gap_bench_split_rule_is_odd_tune_even_held_out(bench):
    assert bench.half_of("d01") == "tune" and bench.half_of("g43") == "tune"
    assert bench.half_of("d02") == "held-out" and bench.half_of("g64") == "held-out"


def test_gap_bench_alignment_folds_case_accents_punctuation_and_plurals(bench):
    gold = bench.read_gold({"requirements": [
        {"skill": "Node.js", "aliases": ["NodeJS"], "importance": "required", "group": None,
         "posting_text": "Node.js", "resume_status": "missing"},
        {"skill": "Café management", "aliases": [], "importance": "preferred", "group": "g1",
         "posting_text": "", "resume_status": "shown"},
        {"skill": "Bar management", "aliases": [], "importance": "preferred", "group": "g1",
         "posting_text": "", "resume_status": "missing"}],
        "not_requirements": ["pension"], "acceptable_extra": ["software"], "human_score": 50})
    assert bench.align({"name": "node js", "posting_terms": []}, gold) == ("req", 0)
    assert bench.align({"name": "X", "posting_terms": ["cafe managements"]}, gold) == ("req", 1)
    assert bench.align({"name": "Pensions", "posting_terms": []}, gold)[0] == "not"
    assert bench.align({"name": "Software", "posting_terms": []}, gold)[0] == "extra"
    assert gold.status("group:g1") == "shown"  # a group is met by its best member


def test_gap_bench_metrics_of_one_pair(bench):
    gold = bench.read_gold({"requirements": [
        {"skill": "Python", "aliases": [], "importance": "required", "group": None, "posting_text": "Python",
         "resume_status": "shown"},
        {"skill": "Go", "aliases": [], "importance": "required", "group": None, "posting_text": "Go",
         "resume_status": "missing"}],
        "not_requirements": ["pension"], "acceptable_extra": [], "human_score": 60})
    item = {"importance": "required", "posting_terms": [], "via": None}
    report = {"score": 50, "keywords_missing": ["Go"], "_resume_text": "Python",
              "matched": [{**item, "name": "Python", "level": "exact", "posting_terms": ["Python"]}],
              "missing": [{**item, "name": "Go", "level": "missing", "posting_terms": ["Go"]},
                          {**item, "name": "Pension", "level": "missing", "posting_terms": ["pension"]}]}
    figures = bench.score_pair(report, gold).figures()
    assert figures["extraction_precision"] == pytest.approx(66.7)
    assert figures["extraction_recall"] == 100.0 and figures["gap_recall"] == 100.0
    assert figures["gap_precision"] == 50.0 and figures["missing_not_asked"] == 50.0
    assert figures["keyword_right"] == 100.0 and figures["score_mae"] == 10.0


def test_gap_bench_counts_blind_keyword_judgments(bench):
    """A keyword a reader judged is right only when it is asked, absent and harmless; a
    keyword nobody judged is counted apart, never as right or wrong."""
    gold = bench.read_gold({"requirements": [
        {"skill": "Go", "aliases": [], "importance": "required", "group": None, "posting_text": "Go",
         "resume_status": "missing"}], "not_requirements": [], "acceptable_extra": [], "human_score": 40})
    report = {"score": 40, "keywords_missing": ["Go", "Rust", "Kafka"], "_resume_text": "", "matched": [],
              "missing": [{"name": "Go", "level": "missing", "importance": "required", "posting_terms": ["Go"],
                           "via": None}]}
    figures = bench.score_pair(report, gold, {"go": True, "rust": False, "java": True}).figures()
    assert figures["keyword_judged_right"] == 50.0 and figures["keywords_unjudged"] == 1
    assert figures["keywords_right_dropped"] == 1  # "Java", judged right, is no longer advised
    assert bench.score_pair(report, gold).figures()["keyword_judged_right"] is None


def test_keyword_judgments_are_well_formed(bench):
    rows = [json.loads(line) for line in bench.KEYWORD_JUDGMENTS.read_text(encoding="utf-8").splitlines()]
    known = {p.id for p in bench.load_pairs()[0]}
    assert rows and len({(r["pair"], r["keyword"].casefold()) for r in rows}) == len(rows)
    for row in rows:
        assert row["pair"] in known and row["keyword"] and row["why"]
        assert all(isinstance(row[k], bool) for k in ("asked", "absent", "harmless"))
    judged = bench.read_keyword_judgments()
    assert sum(len(v) for v in judged.values()) == len(rows)


def test_gap_bench_agreement_kappa(bench):
    assert bench.kappa([("shown", "shown"), ("missing", "missing")]) == 1.0
    # expected agreement over the labels the readers used, whatever they are
    assert bench.kappa([("True", "True"), ("True", "False"), ("False", "False"), ("True", "True")]) == 0.5
    assert bench.kappa([("shown", "missing"), ("missing", "shown")]) < 0


@pytest.mark.parametrize("half,metric,floor", [
    ("tune", "extraction_precision", 76.0), ("tune", "gap_precision", 56.0), ("tune", "false_gaps", None),
    ("tune", "has_it_agreement", 89.0), ("tune", "importance_agreement", 78.0), ("tune", "partly_to_missing", None),
    ("held-out", "extraction_precision", 70.0), ("held-out", "gap_precision", 40.0),
    ("held-out", "has_it_agreement", 80.0),
])
def test_gap_bench_does_not_regress(results, half, metric, floor):
    value = results[half]["all"][metric]
    if floor is None:  # a share that must stay low
        assert value <= {"false_gaps": 7.0, "partly_to_missing": 3.0}[metric]
    else:
        assert value >= floor


@pytest.mark.parametrize("half,ceiling", [("tune", 21.0), ("held-out", 26.0)])
def test_gap_bench_score_error_does_not_grow(results, half, ceiling):
    assert results[half]["all"]["score_mae"] <= ceiling
