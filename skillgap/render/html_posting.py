"""The posting's own text for the check page, with each requirement highlighted where it
was found and marked with its status in the résumé."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from skillgap.render.html_page import STATUS
from skillgap.types import Report


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    item: Any  # GapItem


def posting_highlights(report: Report) -> list[dict[str, Any]]:
    """The posting's lines, each split into plain and highlighted pieces.

    A piece is highlighted where a mention counts as a requirement (not in about-us,
    benefits or how-to-apply sections); overlapping mentions keep the earliest, longest.
    """
    from skillgap.requirements import NOT_REQUIREMENTS

    document, sections = report.posting.document, report.posting.sections
    items = {item.skill.id: item for item in report.gap.items}
    spans: list[_Span] = []
    for mention in sorted(report.posting.mentions, key=lambda m: (m.start, -m.end)):
        item = items.get(mention.skill_id)
        if item is None or (spans and mention.start < spans[-1].end):
            continue
        if sections.kind_at(mention.start) in NOT_REQUIREMENTS:
            continue
        spans.append(_Span(mention.start, mention.end, item))

    headings = {section.start for section in sections.sections if section.title}
    lines: list[dict[str, Any]] = []
    seen: set[int] = set()
    next_span = 0
    previous = 0
    for line in document.lines:
        number = document.source_position(line.start)[0]
        pieces: list[dict[str, Any]] = []
        at = line.start
        while next_span < len(spans) and spans[next_span].end <= line.start:
            next_span += 1
        index = next_span
        while index < len(spans) and spans[index].start < line.end:
            span = spans[index]
            start, end = max(span.start, line.start), min(span.end, line.end)
            if start > at:
                pieces.append({"text": document.text[at:start], "mark": None})
            pieces.append({"text": document.text[start:end], "mark": _mark(span.item)})
            at = end
            index += 1
        if at < line.end:
            pieces.append({"text": document.text[at : line.end], "mark": None})
        lines.append({"number": number, "id": f"posting-L{number}" if number not in seen else "", "pieces": pieces,
                      "heading": line.start in headings, "gap_before": bool(lines) and number > previous + 1})
        seen.add(number)
        previous = number
    return lines


def _mark(item: Any) -> dict[str, str]:
    css, icon, word = STATUS[item.level.value]
    importance = item.importance.value
    return {"class": f"hl {importance} {css}", "icon": icon,
            "label": f"{'required' if importance == 'required' else 'nice to have'}, {word.lower()} in your résumé"}

