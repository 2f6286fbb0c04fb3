"""skillgap: which skills a job posting asks for that your résumé does not show.

    >>> import skillgap
    >>> report = skillgap.analyze("resume.pdf", "posting.html")
    >>> report.gap.score, [i.skill.name for i in report.gap.missing]

Nothing is loaded at import time; the pipeline is built on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["analyze", "__version__"]

if TYPE_CHECKING:
    from skillgap.types import Report


def analyze(resume, posting, **options) -> Report:
    """Compare a résumé with a posting (paths, Documents, or text). See `pipeline.analyze`."""
    from skillgap.pipeline import analyze as _analyze

    return _analyze(resume, posting, **options)
