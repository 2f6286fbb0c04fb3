"""Streaming aggregation of posting records into skill demand, gaps and scores.

Records arrive in path order (the scan keeps them in order whatever the number of
workers), one at a time, and are dropped after being counted: memory grows with the
number of distinct skills, not with the number of postings (plus one small line per
posting for the score list and the duplicate check).

The résumé side reuses gap.py: a skill's résumé status is `gap.judge` and
`gap.judge_in_words` read as one word, and a posting's score is `gap.score_items` over the
same judgements `gap.compare` makes, so `scan` and `check` agree on every skill the
taxonomy names (tests/test_scan_aggregate.py holds them to it). The free-text asks of
`asks.py` (duties in a posting's own words) are not in scan's records: a posting with such
asks scores a little differently in `scan` than in `check`.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from skillgap.gap import is_quality, judge, judge_in_words, resume_evidence, score_items, unmet_quality
from skillgap.outcome import ItemOutcome, OutcomeStatus
from skillgap.requirements import PostingSkill
from skillgap.scan.model import (
    GAP_ORDER,
    Duplicate,
    Example,
    FileProblem,
    PostingScore,
    ResumeStatus,
    ScanReport,
    ScanStats,
    SkillDemand,
)
from skillgap.taxonomy.model import Taxonomy
from skillgap.types import Analysis, GapItem, Importance, MatchLevel, SkillRef, Strength

MAX_MISSING_NAMED = 3  # missing required skills named per posting in the score list

SkillLookup = Callable[[str], SkillRef]


class ResumeJudge:
    """The résumé's standing against posting skills, judged once per distinct question."""

    def __init__(self, resume: Analysis, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.resume = resume
        self.text = resume.document.text
        self.shown = resume_evidence(resume)
        self._items: dict[tuple[str, Importance, frozenset[str]], GapItem] = {}

    def item(self, skill_id: str, importance: Importance, terms: tuple[str, ...]) -> GapItem:
        """`gap.judge` and `gap.judge_in_words` for this skill; the lines are left out, they
        never change a score."""
        key = (skill_id, importance, frozenset(terms))
        found = self._items.get(key)
        if found is None:
            wanted = PostingSkill(skill_id, importance, Counter(terms))
            found = judge_in_words(judge(wanted, self.shown, self.taxonomy, self.text), self.resume, self.taxonomy,
                                   self.shown)
            self._items[key] = found
        return found

    def status(self, skill_id: str) -> tuple[ResumeStatus, SkillRef | None, int | None]:
        item = self.item(skill_id, Importance.REQUIRED, ())
        line = item.evidence[0].line if item.evidence else None
        if item.level is MatchLevel.EXACT:
            strong = item.evidence[0].strength is Strength.STRONG
            return (ResumeStatus.STRONG if strong else ResumeStatus.LISTED), None, line
        if item.level is MatchLevel.MISSING:
            return ResumeStatus.MISSING, None, None
        return ResumeStatus.PARTIAL, item.via, line

    def score(self, path: str, record: dict[str, Any], names: SkillLookup) -> PostingScore:
        items = [self.item(sid, Importance(imp), tuple(t for t, _ in terms))
                 for sid, imp, terms, _lines in record["skills"]]
        items = [i for i in items if not unmet_quality(i)]  # as `gap.compare`
        title = record.get("title", "")
        if not items:
            return PostingScore(path, title, None, 0, 0, 0, 0, ())
        score, breakdown = score_items(items)
        required = [i for i in items if i.importance is Importance.REQUIRED]
        preferred = [i for i in items if i.importance is Importance.PREFERRED]
        counts = {sid: sum(n for _, n in terms) for sid, _imp, terms, _lines in record["skills"]}
        missing = sorted((i for i in required if i.level is MatchLevel.MISSING),
                         key=lambda i: (-counts[i.skill.id], i.skill.name.lower()))
        return PostingScore(
            path=path, title=title, score=score,
            required_shown=sum(i.level is not MatchLevel.MISSING for i in required),
            required_total=breakdown.required_total,
            preferred_shown=sum(i.level is not MatchLevel.MISSING for i in preferred),
            preferred_total=breakdown.preferred_total,
            missing_required=tuple(names(i.skill.id).name for i in missing[:MAX_MISSING_NAMED]),
        )


@dataclass
class _Tally:
    postings: int = 0
    required: int = 0
    preferred: int = 0
    terms: Counter = field(default_factory=Counter)
    examples: list[Example] = field(default_factory=list)
    months: Counter = field(default_factory=Counter)


def valid_outcome(outcome: Any) -> bool:
    """A cached outcome has the layout the worker writes; anything else is a miss.

    {"record": {"text", "words", "title", "format", "skills"}} or {"error": {"problem", "hint"}}.
    """
    if not isinstance(outcome, dict):
        return False
    if "error" in outcome:
        return isinstance(outcome["error"], dict) and isinstance(outcome["error"].get("problem"), str)
    record = outcome.get("record")
    if not isinstance(record, dict) or not isinstance(record.get("skills"), list):
        return False
    if not isinstance(record.get("text"), str) or not isinstance(record.get("words"), int):
        return False
    for entry in record["skills"]:
        if not (isinstance(entry, list) and len(entry) == 4 and isinstance(entry[0], str)
                and entry[1] in ("required", "preferred") and isinstance(entry[2], list)
                and isinstance(entry[3], list)):
            return False
    return True


class Aggregator:
    """Counts records as they arrive (in path or dataset order) and builds the ScanReport."""

    def __init__(self, folder: str, *, examples: int = 3, judge: ResumeJudge | None = None,
                 names: SkillLookup | None = None, dataset: bool = False) -> None:
        self.folder = folder
        self.dataset = dataset
        self.examples = examples
        self.judge = judge
        self.names = names  # needed while adding only with a judge (for missing skill names)
        self.postings = 0
        self.words = 0
        self.tallies: dict[str, _Tally] = {}
        self.first_with_text: dict[str, str] = {}
        self.duplicates: list[Duplicate] = []
        self.failures: list[FileProblem] = []
        self.skipped: list[FileProblem] = []
        self.internal_errors: list[FileProblem] = []
        self.months: Counter = Counter()
        self.no_skills: list[str] = []
        self.resumes: list[str] = []
        self.scores: list[PostingScore] = []

    def relative(self, path: str) -> str:
        try:
            return os.path.relpath(path, self.folder)
        except ValueError:  # another drive on Windows
            return path

    def take(self, name: str, outcome: ItemOutcome, month: str = "") -> FileProblem | None:
        """Count one item's outcome under `name`; the problem when it is left out."""
        if outcome.status is OutcomeStatus.OK:
            self.add(name, outcome.payload, month)
            return None
        problem = FileProblem(name, outcome.message())
        {OutcomeStatus.SKIPPED: self.skipped, OutcomeStatus.FAILED: self.failures,
         OutcomeStatus.INTERNAL_ERROR: self.internal_errors}[outcome.status].append(problem)
        return problem

    def add(self, name: str, record: dict[str, Any], month: str = "") -> bool:
        """Count one posting; False when it repeats an earlier posting's text or is a résumé.

        `name` is the path relative to the folder, or the dataset row's posting id."""
        self.words += record["words"]
        if record.get("resume"):
            self.resumes.append(name)
            return False
        original = self.first_with_text.get(record["text"])
        if original is not None:
            self.duplicates.append(Duplicate(name, original))
            return False
        self.first_with_text[record["text"]] = name
        self.postings += 1
        if month:
            self.months[month] += 1
        if not record["skills"]:
            self.no_skills.append(name)
        for skill_id, importance, terms, lines in record["skills"]:
            tally = self.tallies.get(skill_id)
            if tally is None:
                tally = self.tallies[skill_id] = _Tally()
            tally.postings += 1
            if month:
                tally.months[month] += 1
            if importance == Importance.REQUIRED.value:
                tally.required += 1
            else:
                tally.preferred += 1
            for term, count in terms:
                tally.terms[term] += count
            if len(tally.examples) < self.examples:
                tally.examples.append(Example(name, lines[0] if lines else 1))
        if self.judge is not None and self.names is not None:
            self.scores.append(self.judge.score(name, record, self.names))
        return True

    def report(self, *, names: SkillLookup, taxonomy: str, resume: str | None, files: int,
               top: int | None = None, min_share: float = 0.0, stats: ScanStats | None = None) -> ScanReport:
        total = self.postings
        demand: list[SkillDemand] = []
        for skill_id, tally in self.tallies.items():
            share = tally.postings / total if total else 0.0
            if share + 1e-12 < min_share:
                continue
            status = via = line = None
            if self.judge is not None:
                status, via, line = self.judge.status(skill_id)
                if is_quality(skill_id) and status is ResumeStatus.MISSING:
                    status = None  # a quality the résumé does not name is no gap (`gap.QUALITIES`)
            demand.append(SkillDemand(
                skill=names(skill_id), postings=tally.postings, share=round(share, 4),
                required=tally.required, preferred=tally.preferred,
                terms=tuple(t for t, _ in sorted(tally.terms.items(), key=lambda p: (-p[1], p[0]))[:3]),
                examples=tuple(tally.examples), resume=status, via=via, resume_line=line,
                by_month=tuple(sorted(tally.months.items())),
            ))
        demand.sort(key=lambda d: (-d.postings, -d.required, d.skill.name.lower(), d.skill.id))
        gaps: list[SkillDemand] = []
        if self.judge is not None:
            for status in GAP_ORDER:
                group = sorted((d for d in demand if d.resume is status),  # an unnamed quality has none
                               key=lambda d: (-d.weight, -d.postings, d.skill.name.lower(), d.skill.id))
                gaps.extend(group[:top] if top is not None else group)
        scores = sorted(self.scores, key=lambda s: (s.score is None, -(s.score or 0), s.path))
        return ScanReport(
            folder=self.folder, taxonomy=taxonomy, resume=resume, files=files, postings=total,
            skills_total=len(self.tallies),
            demand=tuple(demand[:top] if top is not None else demand),
            gaps=tuple(gaps), scores=tuple(scores), duplicates=tuple(self.duplicates),
            failures=self._in_order(self.failures), no_skills=tuple(self.no_skills),
            resumes=tuple(self.resumes), top=top, min_share=min_share, stats=stats or ScanStats(),
            dataset=self.dataset, skipped=tuple(self.skipped), internal_errors=self._in_order(self.internal_errors),
            months=tuple(sorted(self.months.items())),
        )

    def _in_order(self, problems: list[FileProblem]) -> tuple[FileProblem, ...]:
        """Files by path; dataset rows as they came (in dataset order already)."""
        return tuple(problems) if self.dataset else tuple(sorted(problems, key=lambda f: f.path))
