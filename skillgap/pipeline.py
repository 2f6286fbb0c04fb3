"""The stages, top to bottom. The CLI and the Python API both come through here.

    read_document(path)          -> Document     ingest/
    split_sections(document)     -> Sections     ingest/sections.py
    extractor.extract(...)       -> Mentions     nlp/ (the only place spaCy objects exist)
    compare(resume, posting)     -> Gap          gap.py
    render(report, format)       -> str          render/
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from skillgap.gap import compare
from skillgap.ingest import document_from_text, read_document
from skillgap.ingest.limits import DEFAULT_LIMITS, Limits
from skillgap.ingest.sections import split_sections
from skillgap.types import Analysis, Document, Report

Role = Literal["resume", "posting"]
Source = str | Path | Document


def get_extractor(taxonomy: tuple[str, ...] = (), *, use_cache: bool = True, include_default: bool = True):
    """The pipeline for these taxonomy files (built once per process and reused).

    The cache key includes the resolved files, so pointing SKILLGAP_TAXONOMY_DIR
    elsewhere gives another pipeline rather than the one built for the old folder.
    """
    from skillgap.taxonomy import taxonomy_paths

    paths = tuple(taxonomy_paths(taxonomy, include_default=include_default))
    name = "default" if not taxonomy else "default+" + "+".join(Path(t).name for t in taxonomy)
    return _extractor(paths, name, use_cache)


@lru_cache(maxsize=4)
def _extractor(paths: tuple[Path, ...], name: str, use_cache: bool):
    from skillgap.nlp.extract import Extractor

    return Extractor(list(paths), name=name, use_cache=use_cache)


get_extractor.cache_clear = _extractor.cache_clear  # tests start from a clean slate


def load(source: Source, *, limits: Limits = DEFAULT_LIMITS) -> Document:
    """A Document from a path, or from text when given a string that holds a newline."""
    if isinstance(source, Document):
        return source
    if isinstance(source, str) and ("\n" in source or len(source) > 1024):
        return document_from_text(source)
    return read_document(source, limits=limits)


def analyze_document(document: Document, role: Role, extractor) -> Analysis:
    sections = split_sections(document, role)
    return Analysis(document, sections, extractor.extract(document, sections))


def analyze(
    resume: Source,
    posting: Source,
    *,
    taxonomy: tuple[str, ...] | list[str] = (),
    limits: Limits = DEFAULT_LIMITS,
) -> Report:
    """Compare a résumé with a posting. Each may be a path, a Document, or text."""
    resume_doc = load(resume, limits=limits)
    posting_doc = load(posting, limits=limits)
    extractor = get_extractor(tuple(str(t) for t in taxonomy))
    resume_analysis = analyze_document(resume_doc, "resume", extractor)
    posting_analysis = analyze_document(posting_doc, "posting", extractor)
    gap = compare(resume_analysis, posting_analysis, extractor.taxonomy)
    return Report(resume_analysis, posting_analysis, gap, extractor.taxonomy.name)
