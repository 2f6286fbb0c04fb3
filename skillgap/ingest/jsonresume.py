"""JSON Resume (https://jsonresume.org/schema) rendered as a plain résumé.

The rendering uses the section headings a person would write ("Experience", "Skills",
...) on their own lines, role lines like "Senior Engineer, Acme Corp | 2019-01 – Present"
and highlights as "• " bullets, so the rest of the pipeline treats it like any résumé.
Wrong types in the file (a string where a list belongs, a number for a name) are read
leniently: the schema is often hand-written.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from skillgap.errors import InputError
from skillgap.ingest.builder import DocumentBuilder
from skillgap.ingest.limits import Limits
from skillgap.ingest.text import reject_other_formats, single_line
from skillgap.types import Document, LineOrigin

_RESUME_KEYS = ("basics", "work", "education", "skills")
_SCHEMA_HINT = (
    "see https://jsonresume.org/schema for the expected keys (basics, work, education, skills, ...)"
)


def _text(value: Any) -> str:
    """A scalar as text; containers and null give ""."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, float) and not math.isfinite(value):
        return ""  # NaN, 1e400: JSON that Python reads, but no date or number a person wrote
    if isinstance(value, (str, int, float)):
        return str(value).strip()
    return ""


def _items(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    return [] if value in (None, "", {}) else [value]


def _records(value: Any) -> list[dict[str, Any]]:
    return [item for item in _items(value) if isinstance(item, dict)]


def _join(parts: Iterable[str], sep: str) -> str:
    return sep.join(part for part in parts if part)


def _dates(record: dict[str, Any], start_key: str = "startDate", end_key: str = "endDate") -> str:
    start, end = _text(record.get(start_key)), _text(record.get(end_key))
    if start and not end:
        return f"{start} – Present"
    return _join((start, end), " – ")


class _Renderer:
    def __init__(self, builder: DocumentBuilder) -> None:
        self.builder = builder

    def line(self, text: str, origin: LineOrigin = LineOrigin.BODY) -> None:
        for part in text.splitlines():  # summaries often hold several paragraphs
            self.builder.add_line(single_line(part), origin=origin)

    def bullets(self, values: Any) -> None:
        for value in _items(values):
            text = _text(value)
            if text:
                self.line("• " + text.lstrip("•-*· \t"), LineOrigin.LIST_ITEM)

    def heading(self, title: str, records: list[Any]) -> bool:
        if records:
            self.line(title)
        return bool(records)

    def basics(self, basics: dict[str, Any]) -> None:
        self.line(_text(basics.get("name")))
        self.line(_text(basics.get("label")))
        location = basics.get("location") if isinstance(basics.get("location"), dict) else {}
        place = _join(
            (
                _text(location.get(k))
                for k in ("address", "city", "region", "postalCode", "countryCode")
            ),
            ", ",
        )
        self.line(
            _join((_text(basics.get(k)) for k in ("email", "phone", "url", "website")), " | ")
        )
        self.line(place)
        for profile in _records(basics.get("profiles")):
            network = _text(profile.get("network"))
            handle = _text(profile.get("url")) or _text(profile.get("username"))
            self.line(_join((network, handle), ": "))
        summary = _text(basics.get("summary"))
        if summary:
            self.line("Summary")
            self.line(summary)

    def roles(self, title: str, records: list[dict[str, Any]], org_keys: tuple[str, ...]) -> None:
        if not self.heading(title, records):
            return
        for record in records:
            org = next((_text(record.get(k)) for k in org_keys if _text(record.get(k))), "")
            role = _join((_text(record.get("position")), org), ", ")
            self.line(_join((role, _text(record.get("location")), _dates(record)), " | "))
            self.line(_text(record.get("summary")) or _text(record.get("description")))
            self.bullets(record.get("highlights"))

    def education(self, records: list[dict[str, Any]]) -> None:
        if not self.heading("Education", records):
            return
        for record in records:
            degree = _join((_text(record.get("studyType")), _text(record.get("area"))), " in ")
            self.line(
                _join(
                    (_join((degree, _text(record.get("institution"))), ", "), _dates(record)), " | "
                )
            )
            score = _text(record.get("score")) or _text(record.get("gpa"))
            if score:
                self.line(f"Score: {score}")
            courses = [_text(c) for c in _items(record.get("courses"))]
            if any(courses):
                self.line("Courses: " + _join(courses, ", "))

    def simple(
        self, title: str, records: list[dict[str, Any]], name: str, by: str, date: str
    ) -> None:
        if not self.heading(title, records):
            return
        for record in records:
            first = _join((_text(record.get(name)), _text(record.get(by))), ", ")
            self.line(_join((first, _text(record.get(date))), " | "))
            self.line(_text(record.get("summary")))

    def skills(self, records: list[dict[str, Any]]) -> None:
        if not self.heading("Skills", records):
            return
        for record in records:
            name, level = _text(record.get("name")), _text(record.get("level"))
            label = f"{name} ({level})" if name and level else name or level
            keywords = _join((_text(k) for k in _items(record.get("keywords"))), ", ")
            self.line(_join((label, keywords), ": "))

    def projects(self, records: list[dict[str, Any]]) -> None:
        if not self.heading("Projects", records):
            return
        for record in records:
            name = _join((_text(record.get("name")), _text(record.get("entity"))), ", ")
            self.line(_join((name, _dates(record)), " | "))
            self.line(_text(record.get("description")))
            self.bullets(record.get("highlights"))
            keywords = _join((_text(k) for k in _items(record.get("keywords"))), ", ")
            if keywords:
                self.line(f"Technologies: {keywords}")

    def pairs(self, title: str, records: list[dict[str, Any]], key: str, detail: str) -> None:
        if not self.heading(title, records):
            return
        for record in records:
            value = record.get(detail)
            detail_text = _join((_text(v) for v in _items(value)), ", ")
            if title == "Languages":
                self.line(
                    f"{_text(record.get(key))} ({detail_text})"
                    if detail_text
                    else _text(record.get(key))
                )
            else:
                self.line(_join((_text(record.get(key)), detail_text), ": "))


def _load(data: bytes, display: str) -> Any:
    reject_other_formats(data, display, "JSON")
    try:
        source = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"is not UTF-8 text (invalid byte at position {exc.start})",
            path=display,
            hint="save the JSON file as UTF-8",
        ) from exc
    try:
        return json.loads(source)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
            path=display,
            hint="fix the JSON syntax there (a JSON linter or your editor will point at it)",
        ) from exc
    except RecursionError as exc:
        raise InputError("is nested too deeply to read (lists or objects inside each other thousands of times)",
                         path=display, hint=_SCHEMA_HINT) from exc
    except ValueError as exc:  # a number too long for Python's int conversion, and the like
        problem = "has a number too long to read" if "digits" in str(exc) else f"is not valid JSON: {exc}"
        raise InputError(problem, path=display, hint=_SCHEMA_HINT) from exc


def read_json_resume(path: Path, display: str, limits: Limits) -> Document:
    """Read a JSON Resume file."""
    return json_resume_to_document(_load(path.read_bytes(), display), display)


def json_resume_to_document(resume: Any, display: str = "<json>") -> Document:
    """Render an already-parsed JSON Resume object."""
    if not isinstance(resume, dict) or not any(key in resume for key in _RESUME_KEYS):
        raise InputError("is JSON but not a JSON Resume", path=display, hint=_SCHEMA_HINT)
    builder = DocumentBuilder(display, "json")
    out = _Renderer(builder)
    if isinstance(resume.get("basics"), dict):
        out.basics(resume["basics"])
    out.roles("Experience", _records(resume.get("work")), ("name", "company"))
    out.roles("Volunteer", _records(resume.get("volunteer")), ("organization", "name"))
    out.education(_records(resume.get("education")))
    out.skills(_records(resume.get("skills")))
    out.projects(_records(resume.get("projects")))
    out.simple("Certifications", _records(resume.get("certificates")), "name", "issuer", "date")
    out.simple("Awards", _records(resume.get("awards")), "title", "awarder", "date")
    out.simple(
        "Publications", _records(resume.get("publications")), "name", "publisher", "releaseDate"
    )
    out.pairs("Languages", _records(resume.get("languages")), "language", "fluency")
    out.pairs("Interests", _records(resume.get("interests")), "name", "keywords")
    out.pairs("References", _records(resume.get("references")), "name", "reference")
    return builder.build()
