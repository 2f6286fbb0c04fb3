"""The stages, top to bottom. The CLI and the Python API both come through here.

    read_document(path)          -> Document       ingest/ (one reader per format)
    split_sections(document)     -> Sections       ingest/sections.py
    extractor.extract(...)       -> Mentions       nlp/ (the only place spaCy objects exist)
    posting_skills(posting)      -> PostingSkills  requirements.py (required or preferred, groups)
    compare(resume, posting)     -> Gap            gap.py (credit per requirement, score)
    suggest(report)              -> Suggestions    suggest/ (rewrites of the résumé's own lines)
    render(report, format)       -> str            render/

`analyze` runs the first five; `compare` calls `posting_skills` itself. The commands that
show rewrites (`check`, `rewrite`) call `skillgap.suggest.suggest` on the report.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from skillgap.gap import compare
from skillgap.ingest import check_path, document_from_text, read_document
from skillgap.ingest.limits import DEFAULT_LIMITS, Limits
from skillgap.ingest.sections import guess_role, split_sections
from skillgap.requirements import NOT_REQUIREMENTS
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
    if _is_text(source):
        return document_from_text(source)
    return read_document(source, limits=limits)


def _is_text(source: Source) -> bool:
    return isinstance(source, str) and ("\n" in source or len(source) > 1024)


def analyze_document(document: Document, role: Role, extractor) -> Analysis:
    """A document read into sections and mentions. A posting's about-us, benefits and
    how-to-apply sections are not read for skills: nothing asks for them (`requirements.py`)."""
    sections = split_sections(document, role)
    return Analysis(document, sections, extractor.extract(document, sections, unread_spans(sections, role)))


def unread_spans(sections, role: Role) -> tuple[tuple[int, int], ...]:
    """The character ranges whose skills nobody asks for: a posting's about-us, benefits
    and how-to-apply sections."""
    if role != "posting":
        return ()
    return tuple((s.start, s.end) for s in sections.sections if s.kind in NOT_REQUIREMENTS)


def analyze(
    resume: Source,
    posting: Source,
    *,
    taxonomy: tuple[str, ...] | list[str] = (),
    limits: Limits = DEFAULT_LIMITS,
    read_ahead: bool = False,
) -> Report:
    """Compare a résumé with a posting. Each may be a path, a Document, or text.

    `read_ahead` reads files given by path in a forked child while the pipeline loads
    (the CLI's cold start; see `ingest/ahead.py`); leave it off inside a threaded program.
    """
    names = tuple(str(t) for t in taxonomy)
    sources: list[Source] = [resume, posting]
    files = [i for i, source in enumerate(sources) if not isinstance(source, Document) and not _is_text(source)]
    extractor = None
    if read_ahead and files:
        from skillgap.ingest.ahead import ReadAhead

        for i in files:
            check_path(sources[i], limits=limits)  # a missing file fails at once, before spaCy loads
        with ReadAhead([sources[i] for i in files], limits=limits) as ahead:
            extractor = get_extractor(names)
            for i, document in zip(files, ahead.result(), strict=False):
                sources[i] = document
    resume_doc, posting_doc = (load(source, limits=limits) for source in sources)
    extractor = extractor or get_extractor(names)
    resume_analysis = analyze_document(resume_doc, "resume", extractor)
    posting_analysis = analyze_document(posting_doc, "posting", extractor)
    gap = compare(resume_analysis, posting_analysis, extractor.taxonomy)
    return Report(resume_analysis, posting_analysis, gap, extractor.taxonomy.name)


def skills_in_file(path: Path, extractor, *, role: str, limits: Limits) -> list[dict[str, Any]]:
    """Every skill mention in the file at `path`: id, name, kind, text, offsets, score,
    method and ESCO URIs. `role` is "resume", "posting" or "auto" (guessed from headings)."""
    document = read_document(path, limits=limits)
    sections = split_sections(document, guess_role(document) if role == "auto" else role)
    skills = extractor.taxonomy.skills
    found = []
    for mention in extractor.extract(document, sections):
        skill = skills[mention.skill_id]
        found.append({
            "id": skill.id, "name": skill.name, "kind": skill.kind.value, "text": mention.text,
            "start": mention.start, "end": mention.end, "score": mention.score, "method": mention.method.value,
            "esco": list(skill.esco),
        })
    return found
