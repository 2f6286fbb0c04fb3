"""`skillgap scan`: which skills a folder of saved postings, or a dataset of them, keeps asking for.

    scan(path, resume=None, *, dataset=None, ...) -> ScanReport

The steps are in run.py; what they produce in model.py; the renderers in skillgap/render/.
"""

from __future__ import annotations

from skillgap.scan.datasets import DatasetColumns
from skillgap.scan.inputs import POSTING_SUFFIXES
from skillgap.scan.listener import ScanListener
from skillgap.scan.model import (
    Duplicate,
    Example,
    FileProblem,
    PostingScore,
    ResumeStatus,
    ScanReport,
    ScanStats,
    SkillDemand,
)
from skillgap.scan.run import ScanOptions, scan

__all__ = [
    "POSTING_SUFFIXES", "DatasetColumns", "Duplicate", "Example", "FileProblem", "PostingScore", "ResumeStatus",
    "ScanListener", "ScanOptions", "ScanReport", "ScanStats", "SkillDemand", "scan",
]
