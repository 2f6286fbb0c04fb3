"""Re-render a stored check (`skillgap log show ID`) from its JSON report.

The history stores the check's JSON report (`report_dict`, docs/check-schema.json) and the
posting's text; nothing else. Each format is rebuilt from that, with no second code path:

- json: the stored JSON itself, byte for byte what `check --format json` printed;
- html: `render_check_html` already renders from the JSON; the posting's text is shown as
  saved, without the per-mention highlights (the mentions are not stored);
- text, markdown: the Report those renderers read is rebuilt from the JSON
  (`report_from_dict`); the résumé's text is not stored, so its Document holds none. Every
  field those renderers read is in the JSON.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from skillgap.types import (
    Analysis,
    Document,
    Evidence,
    Gap,
    GapItem,
    Importance,
    Line,
    MatchLevel,
    Report,
    ScoreBreakdown,
    SectionKind,
    Sections,
    SkillKind,
    SkillRef,
    Strength,
)


def _skill(data: Mapping[str, Any], kind: str) -> SkillRef:
    return SkillRef(id=str(data["id"]), name=str(data["name"]), kind=SkillKind(kind), esco=tuple(data.get("esco", ())))


def _evidence(data: Mapping[str, Any]) -> Evidence:
    return Evidence(start=data["start"], end=data["end"], text=data["text"], line=data["line"],
                    line_text=data["line_text"], section=SectionKind(data["section"]),
                    strength=Strength(data["strength"]), skill_id=data["skill_id"])


def _item(data: Mapping[str, Any]) -> GapItem:
    via = data.get("via")
    return GapItem(
        skill=_skill(data, data["kind"]), importance=Importance(data["importance"]), level=MatchLevel(data["level"]),
        credit=data["credit"], posting_terms=tuple(data["posting_terms"]), posting_lines=tuple(data["posting_lines"]),
        evidence=tuple(_evidence(e) for e in data["evidence"]),
        # the JSON names the related skill by id and name only; no renderer reads its kind
        via=_skill(via, data["kind"]) if via else None,
        keyword_found=data["keyword_found"], note=data["note"],
    )


def _document(source: Mapping[str, Any], text: str) -> Document:
    lines, at = [], 0
    for piece in text.split("\n") if text else ():
        lines.append(Line(at, at + len(piece)))
        at += len(piece) + 1
    return Document(path=source["path"], format=source["format"], text=text, lines=tuple(lines),
                    pages=source.get("pages", 1))


def _gap_order(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The items in `Gap.items` order (gap.compare sorts required first, then missing first,
    and the JSON's `matched` and `missing` lists each keep that order)."""
    return [item for importance in ("required", "preferred") for group in ("missing", "matched")
            for item in data[group] if item["importance"] == importance]


def report_from_dict(data: Mapping[str, Any], posting_text: str = "") -> Report:
    """The Report the text and Markdown renderers read, rebuilt from the JSON report."""
    b = data["breakdown"]
    weights = b["weights"]
    gap = Gap(
        items=tuple(_item(i) for i in _gap_order(data)),
        keywords_missing=tuple(data["keywords_missing"]), qualities=tuple(data.get("qualities", ())),
        score=int(data["score"]),
        breakdown=ScoreBreakdown(b["required_coverage"], b["preferred_coverage"], b["keyword_exactness"],
                                 (weights["required"], weights["preferred"], weights["keywords"]),
                                 b["required_total"], b["preferred_total"]),
    )
    empty = Sections((), ())
    return Report(resume=Analysis(_document(data["resume"], ""), empty, ()),
                  posting=Analysis(_document(data["posting"], posting_text), empty, ()),
                  gap=gap, taxonomy_name=data.get("taxonomy", "default"))


def _suggestions(data: Mapping[str, Any]) -> list[Any] | None:
    stored = data.get("suggestions")
    if stored is None:
        return None
    from skillgap.suggest import Suggestion

    return [Suggestion(kind=s["kind"], reason=s["reason"], line=s["line"], original=s["original"],
                       rewrite=s["rewrite"], score_delta=s["score_delta"], start=s["start"], end=s["end"],
                       placeholder=s.get("placeholder", False), skill_id=s.get("skill_id") or "") for s in stored]


def _plain_lines(text: str) -> list[dict[str, Any]]:
    """The saved posting as the check page shows a posting, without highlights."""
    lines: list[dict[str, Any]] = []
    previous = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            lines.append({"number": number, "id": f"posting-L{number}", "pieces": [{"text": line, "mark": None}],
                          "heading": False, "gap_before": bool(lines) and number > previous + 1})
            previous = number
    return lines


def render_stored(data: Mapping[str, Any], posting_text: str, fmt: str, *, color: bool = False) -> str:
    """A stored check in `fmt` (text, markdown, json, html)."""
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if fmt == "html":
        from skillgap.render.html import render_check_html

        return render_check_html(data, posting_lines=_plain_lines(posting_text))
    report = report_from_dict(data, posting_text)
    if fmt == "markdown":
        from skillgap.render.markdown import render_markdown

        return render_markdown(report, suggestions=_suggestions(data))
    from skillgap.render.text import render_text

    return render_text(report, color=color, suggestions=_suggestions(data))
