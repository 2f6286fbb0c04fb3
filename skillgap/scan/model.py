"""What `skillgap scan` produces: frozen dataclasses that the renderers turn into text.

Paths in a report are relative to the scanned folder. Nothing here depends on how the
report was computed (worker count, cache hits): those are in `ScanStats`, which the
renderers leave out, so `--jobs 1` and `--jobs 4` give byte-identical reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from skillgap.types import SkillRef

REQUIRED_WEIGHT = 1.0  # a skill most postings that ask for it require
PREFERRED_WEIGHT = 0.5  # a skill most postings that ask for it only prefer


class ResumeStatus(str, Enum):
    """How the résumé stands against one skill (gap.py's levels, as one word)."""

    STRONG = "strong"  # shown in an experience, project or volunteer bullet
    LISTED = "listed"  # named only: a skills list, the summary, certifications
    PARTIAL = "partial"  # through a narrower, broader or related skill (gap.py's partial credit)
    MISSING = "missing"


GAP_ORDER = (ResumeStatus.MISSING, ResumeStatus.PARTIAL, ResumeStatus.LISTED)


@dataclass(frozen=True)
class Example:
    path: str
    line: int  # 1-based line of the posting where it asks for the skill


@dataclass(frozen=True)
class SkillDemand:
    """One skill, and how many of the scanned postings ask for it."""

    skill: SkillRef
    postings: int  # distinct postings that ask for it (duplicates counted once)
    share: float  # postings / all postings analysed, 0..1
    required: int  # postings that require it
    preferred: int  # postings that only prefer it ("nice to have", "a plus")
    terms: tuple[str, ...]  # the postings' own wordings, most frequent first
    examples: tuple[Example, ...]  # the first few postings, in path order
    resume: ResumeStatus | None = None  # None when scanning without a résumé
    via: SkillRef | None = None  # PARTIAL: the résumé skill that earns the partial credit
    resume_line: int | None = None  # where the résumé shows it (or `via`)
    by_month: tuple[tuple[str, int], ...] = ()  # with --date-column: ("YYYY-MM", postings), by month

    @property
    def mostly_required(self) -> bool:
        return self.required > self.preferred

    @property
    def weight(self) -> float:
        """Gap weight: share of postings x 1.0 if mostly required, else x 0.5."""
        return round(self.share * (REQUIRED_WEIGHT if self.mostly_required else PREFERRED_WEIGHT), 4)


@dataclass(frozen=True)
class PostingScore:
    """The résumé against one posting, as `skillgap check` would score it."""

    path: str
    title: str
    score: int | None  # 0..100; None when no skill was recognised in the posting
    required_shown: int
    required_total: int
    preferred_shown: int
    preferred_total: int
    missing_required: tuple[str, ...]  # names of required skills the résumé lacks, a few


@dataclass(frozen=True)
class Duplicate:
    path: str
    same_as: str  # the copy that was counted (the first in path order)


@dataclass(frozen=True)
class FileProblem:
    """A file or row left out of the report: unreadable, skipped, or hit by a skillgap bug."""

    path: str  # the file (relative to the folder), or "postings.csv row 12"
    message: str  # one line: path, problem and hint


@dataclass(frozen=True)
class ScanStats:
    """How the run went; not part of the rendered report."""

    files: int = 0  # supported files found (datasets: rows read)
    cache_hits: int = 0  # records read from the cache
    analysed: int = 0  # files read and extracted in this run
    jobs: int = 1  # worker processes used (1: in-process)
    engine: str = "local"  # local | dask
    seconds: float = 0.0
    words: int = 0  # words in the postings analysed (duplicates included)
    cache: str = ""  # the cache file, "" when --no-cache or unusable
    cache_rebuilt: bool = False


@dataclass(frozen=True)
class ScanReport:
    folder: str  # the folder of posting files, or the dataset (file or folder)
    taxonomy: str
    resume: str | None  # the résumé's path, or None
    files: int  # supported files found in the folder; for a dataset, its rows
    postings: int  # distinct postings analysed: the denominator of every share
    skills_total: int  # distinct skills asked for, before --min-share and --top
    demand: tuple[SkillDemand, ...]  # most asked for first
    gaps: tuple[SkillDemand, ...]  # with a résumé: missing first, then partial, then listed
    scores: tuple[PostingScore, ...]  # with a résumé: best match first
    duplicates: tuple[Duplicate, ...]
    failures: tuple[FileProblem, ...]
    no_skills: tuple[str, ...]  # postings where no skill was recognised
    resumes: tuple[str, ...] = ()  # files that look like résumés, not postings: left out
    top: int | None = None
    min_share: float = 0.0
    stats: ScanStats = ScanStats()
    dataset: bool = False  # read with --text-column: paths are posting ids and rows
    skipped: tuple[FileProblem, ...] = ()  # dataset rows skipped: empty text, not UTF-8, malformed
    internal_errors: tuple[FileProblem, ...] = ()  # items skillgap failed on (a bug, not bad input)
    months: tuple[tuple[str, int], ...] = ()  # with --date-column: postings per "YYYY-MM"
