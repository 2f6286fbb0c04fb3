"""HTML reports: one self-contained page for `check` and one for `scan`.

The page opens offline in any browser: the styles and the one small script are inlined,
charts are inline SVG, and a Content-Security-Policy forbids every network request and
every script except ours (allowed by its hash). Jinja2 escapes every piece of text
(autoescape on), so a posting that contains `<script>` shows it as text.

The check page's data is `report_dict(report)`, the JSON contract, so the HTML and the JSON
reports never disagree (the page even carries that JSON, inert, for machines). The only
thing taken from the Report itself is the posting's own text, with the requirements
highlighted where they were found.

Jinja2 is imported here, and this module only when a page is rendered: `skillgap check`
starts as fast as before for the other formats.
"""

from __future__ import annotations

import base64
import hashlib
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath
from typing import Any

from skillgap import __version__
from skillgap.types import Report

KIND_LABELS = {
    "tool": "Tools and technologies",
    "hard": "Skills and methods",
    "knowledge": "Knowledge areas",
    "certification": "Certifications and licences",
    "soft": "People skills",
    "language": "Languages",
}
KIND_ORDER = tuple(KIND_LABELS)

# (css class, icon, word). Every status carries an icon and a word, never colour alone.
STATUS = {
    "exact": ("shown", "✓", "Shown"),
    "narrower": ("partial", "≈", "Partly shown"),
    "related": ("partial", "≈", "Partly shown"),
    "missing": ("missing", "✗", "Missing"),
}
STATUS_ORDER = {"missing": 0, "partial": 1, "listed": 2, "shown": 3}  # by css class: the work to do first
IMPORTANCE_TITLES = {"required": "Required skills", "preferred": "Nice-to-have skills"}
SECTION_WORDS = {"experience": "experience", "projects": "projects", "volunteer": "volunteering",
                 "skills": "skills list", "summary": "summary", "certifications": "certifications",
                 "education": "education", "preamble": "top of the page"}

GAUGE_RADIUS = 52


# --------------------------------------------------------------------------- Jinja2 set-up


@lru_cache(maxsize=1)
def _environment():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("skillgap.render", "templates"),
        autoescape=True,  # the templates end in .j2, so select_autoescape would not catch them
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pct"] = _pct
    env.filters["signed"] = _signed
    env.filters["anchor"] = anchor
    return env


def _render(template: str, context: dict[str, Any], *, script: str | None = None) -> str:
    """Render a page; `script` (our own code, never user text) is inlined and hash-allowed."""
    import markupsafe

    env = _environment()
    script_src = "'none'"
    script_markup = None
    if script is not None:
        source = env.get_template(script).render()
        digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
        script_src = f"'sha256-{digest}'"
        script_markup = markupsafe.Markup(source)
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src {script_src}; "
           "base-uri 'none'; form-action 'none'")
    return env.get_template(template).render(csp=csp, script=script_markup, **context)


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{round(100 * share)}%"


def _signed(value: float | None) -> str:
    if value is None:
        return ""
    number = round(float(value), 1)
    text = f"{number:+.1f}".rstrip("0").rstrip(".")
    return text.replace("-", "−")


def _basename(path: str) -> str:
    return PurePath(str(path)).name or str(path)


def anchor(value: str, prefix: str = "skill") -> str:
    """An id that is safe in a URL fragment: `c++` -> `skill-c-2b-2b`, `c#` -> `skill-c-23`."""
    return prefix + "-" + re.sub(r"[^a-z0-9]", lambda m: f"-{ord(m.group()):x}", str(value).lower())


# --------------------------------------------------------------------------- check


def render_html(report: Report) -> str:
    """The `check --format html` page."""
    from skillgap.render.json_report import report_dict

    return render_check_html(report_dict(report), posting_lines=posting_highlights(report))


def render_check_html(data: Mapping[str, Any], posting_lines: Sequence[Mapping[str, Any]] = ()) -> str:
    """The check page from the JSON contract (`report_dict`), plus the highlighted posting."""
    return _render("check.html.j2", check_context(data, posting_lines))


def check_context(data: Mapping[str, Any], posting_lines: Sequence[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """Everything the check template shows, worked out here so the template only lays it out."""
    items = [*data["matched"], *data["missing"]]
    breakdown = data["breakdown"]
    required = [i for i in items if i["importance"] == "required"]
    preferred = [i for i in items if i["importance"] == "preferred"]
    suggestions = [s for s in data.get("suggestions") or [] if isinstance(s, Mapping)]
    score = int(data["score"])
    resume_name, posting_name = _basename(data["resume"]["path"]), _basename(data["posting"]["path"])
    return {
        "data": data,
        "title": f"skillgap: {resume_name} vs {posting_name}",
        "resume_name": resume_name,
        "posting_name": posting_name,
        "has_items": bool(items),
        "score": score,
        "verdict": _verdict(score),
        "gauge": _gauge(score),
        "headline": _headline(score, required),
        "steps": next_steps(items, suggestions),
        "bars": _bars(breakdown, required, preferred),
        "skill_map": [_map_group(imp, group) for imp, group in (("required", required), ("preferred", preferred)) if group],
        "tables": [_table(imp, group) for imp, group in (("required", required), ("preferred", preferred)) if group],
        "keywords": _keywords(data["keywords_missing"], items),
        "suggestions": [_suggestion(s) for s in suggestions],
        "posting_lines": posting_lines,
        "status": STATUS,
    }


def _verdict(score: int) -> dict[str, str]:
    # Same thresholds as the terminal report's colours.
    if score >= 75:
        return {"word": "Strong match", "class": "shown"}
    if score >= 50:
        return {"word": "Partial match", "class": "partial"}
    return {"word": "Weak match", "class": "missing"}


def _gauge(score: int) -> dict[str, float]:
    circumference = 2 * math.pi * GAUGE_RADIUS
    filled = circumference * max(0, min(100, score)) / 100
    return {"radius": GAUGE_RADIUS, "filled": round(filled, 2), "rest": round(circumference - filled, 2)}


def _names(items: Iterable[Mapping[str, Any]], limit: int = 5) -> list[str]:
    names = [i["name"] for i in items]
    return names[:limit] + ([f"{len(names) - limit} more"] if len(names) > limit else [])


def _headline(score: int, required: list[Mapping[str, Any]]) -> dict[str, Any]:
    missing = [i for i in required if i["level"] == "missing"]
    if not required:
        lead = "The posting names no required skills we recognise; the score counts its nice-to-haves."
    elif not missing:
        lead = f"Your résumé shows all {len(required)} required skills."
    else:
        s = "skill is" if len(missing) == 1 else "skills are"
        lead = f"{len(missing)} of {len(required)} required {s} missing:"
    return {"score_sentence": f"You match {score} of 100.", "lead": lead, "names": _names(missing, 8)}


def next_steps(items: list[Mapping[str, Any]], suggestions: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """What to do next, quickest wins first; the wording follows the terminal report."""
    steps: list[dict[str, Any]] = []
    matched = [i for i in items if i["level"] != "missing"]
    renamed = [i for i in matched if i["level"] == "exact" and not i["keyword_found"] and i["posting_terms"]]
    if renamed:
        steps.append({
            "lead": "Use the posting's own words for skills you already show:",
            "pairs": [{"term": i["posting_terms"][0], "via": "",
                       "wrote": i["evidence"][0]["text"] if i["evidence"] else ""}
                      for i in renamed[:5]],
            "tail": "A tracking system searches for the exact word.",
        })
    related = [i for i in matched if i["level"] != "exact" and i["via"]]
    if related:
        steps.append({
            "lead": "Name the posting's skill itself where you use it; your résumé shows only a related one:",
            "pairs": [{"term": i["name"], "via": i["via"]["name"], "wrote": ""} for i in related[:5]],
            "tail": "Only if it is true: a related skill earns less credit than the skill itself.",
        })
    listed = [i for i in matched if i["level"] == "exact" and i["evidence"] and i["evidence"][0]["strength"] == "listed"]
    if listed:
        steps.append({"lead": "Show these in a bullet about work you did, not only in a list:",
                      "names": _names(listed), "tail": ""})
    if suggestions:
        n = len(suggestions)
        steps.append({"lead": f"Consider the {n} suggested rewrite{'s' if n != 1 else ''} of your bullets below.",
                      "link": "#rewrites", "tail": ""})
    missing_required = [i for i in items if i["level"] == "missing" and i["importance"] == "required"]
    if missing_required:
        steps.append({"lead": "Required and not in your résumé:", "names": _names(missing_required),
                      "tail": "Add them only if you really have them; otherwise they are worth learning, "
                              "or worth addressing in your cover letter."})
    missing_preferred = [i for i in items if i["level"] == "missing" and i["importance"] == "preferred"]
    if missing_preferred:
        steps.append({"lead": "Nice to have, and not in your résumé:", "names": _names(missing_preferred),
                      "tail": "A bonus if you have them."})
    if not steps:
        steps.append({"lead": "Your résumé covers this posting well. Check the wording once more and apply."})
    return [{"pairs": [], "names": [], "link": "", "tail": "", **step} for step in steps]


def _bars(breakdown: Mapping[str, Any], required: list, preferred: list) -> list[dict[str, Any]]:
    weights = breakdown["weights"]
    bars = []
    for label, group, share, weight in (
        ("Required skills", required, breakdown["required_coverage"], weights["required"]),
        ("Nice-to-have skills", preferred, breakdown["preferred_coverage"], weights["preferred"]),
    ):
        if group:
            have = sum(i["level"] != "missing" for i in group)
            bars.append({"label": label, "share": share, "weight": weight,
                         "detail": f"{have} of {len(group)} shown, {_pct(share)} credit"})
    if required or preferred:
        bars.append({"label": "Exact keywords", "share": breakdown["keyword_exactness"], "weight": weights["keywords"],
                     "detail": "of the posting's terms appear word for word"})
    return bars


def _status(item: Mapping[str, Any]) -> dict[str, str]:
    css, icon, word = STATUS[item["level"]]
    if item["level"] == "exact" and item["evidence"] and item["evidence"][0]["strength"] == "listed":
        css, word = "listed", "Listed only"
    return {"class": css, "icon": icon, "word": word}


def _work_first(item: Mapping[str, Any]) -> tuple[int, str]:
    return STATUS_ORDER[_status(item)["class"]], item["name"].lower()


def _kind_groups(items: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    by_kind: dict[str, list] = {}
    for item in sorted(items, key=_work_first):
        by_kind.setdefault(item["kind"], []).append({**item, "status": _status(item)})
    order = {k: n for n, k in enumerate(KIND_ORDER)}
    return [{"kind": kind, "label": KIND_LABELS.get(kind, kind.capitalize()), "items": rows}
            for kind, rows in sorted(by_kind.items(), key=lambda kv: order.get(kv[0], len(order)))]


def _counts(items: list[Mapping[str, Any]]) -> dict[str, int]:
    return {"shown": sum(i["level"] == "exact" for i in items),
            "partial": sum(i["level"] in ("narrower", "related") for i in items),
            "missing": sum(i["level"] == "missing" for i in items), "total": len(items)}


def _map_group(importance: str, items: list[Mapping[str, Any]]) -> dict[str, Any]:
    return {"importance": importance, "title": IMPORTANCE_TITLES[importance], "counts": _counts(items),
            "kinds": _kind_groups(items)}


def _table(importance: str, items: list[Mapping[str, Any]]) -> dict[str, Any]:
    rows = []
    for item in sorted(items, key=_work_first):
        rows.append({**item, "status": _status(item), "kind_label": KIND_LABELS.get(item["kind"], item["kind"]),
                     "evidence_view": [_evidence(e) for e in item["evidence"]]})
    return {"importance": importance, "title": IMPORTANCE_TITLES[importance], "counts": _counts(items), "rows": rows}


def _evidence(evidence: Mapping[str, Any]) -> dict[str, Any]:
    """The résumé line split around the matched words, so the template can mark them."""
    line, text = " ".join(str(evidence["line_text"]).split()), str(evidence["text"])
    at = line.find(text)
    if at < 0:
        at = line.lower().find(text.lower())
    if at < 0 or not text:
        before, match, after = line, "", ""
    else:
        before, match, after = line[:at], line[at : at + len(text)], line[at + len(text):]
    return {"line": evidence["line"], "where": SECTION_WORDS.get(evidence["section"], evidence["section"]),
            "strength": evidence["strength"], "before": _clip(before, 90, left=True), "match": match,
            "after": _clip(after, 90)}


def _clip(text: str, width: int, *, left: bool = False) -> str:
    if len(text) <= width:
        return text
    return "…" + text[-(width - 1):] if left else text[: width - 1] + "…"


def _keywords(terms: Sequence[str], items: list[Mapping[str, Any]]) -> list[dict[str, str]]:
    by_term = {i["posting_terms"][0]: i for i in items if i["posting_terms"]}
    out = []
    for term in terms:
        item = by_term.get(term)
        wrote = via = ""
        if item is not None and item["level"] == "exact" and item["evidence"]:
            wrote = item["evidence"][0]["text"]
        elif item is not None and item["via"]:
            via = item["via"]["name"]
        out.append({"term": term, "wrote": wrote, "via": via,
                    "missing_skill": item is not None and item["level"] == "missing",
                    "anchor": anchor(item["id"]) if item is not None else ""})
    return out


def _suggestion(suggestion: Mapping[str, Any]) -> dict[str, Any]:
    """A bullet rewrite (kind, reason, line, original, rewrite, score_delta); missing keys are fine."""
    kind = str(suggestion.get("kind") or "rewrite")
    return {"kind": kind.replace("_", " ").replace("-", " "), "reason": str(suggestion.get("reason") or ""),
            "line": suggestion.get("line"), "original": str(suggestion.get("original") or ""),
            "rewrite": str(suggestion.get("rewrite") or ""), "score_delta": suggestion.get("score_delta")}


# --------------------------------------------------------------------------- posting text


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
    from skillgap.gap import NOT_REQUIREMENTS

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


# --------------------------------------------------------------------------- scan

# How the résumé stands against a skill in a scan (scan.model.ResumeStatus values).
SCAN_STATUS = {
    "strong": {"class": "shown", "icon": "✓", "word": "Shown"},
    "listed": {"class": "listed", "icon": "✓", "word": "Listed only"},
    "partial": {"class": "partial", "icon": "≈", "word": "Partly shown"},
    "missing": {"class": "missing", "icon": "✗", "word": "Missing"},
}
TOP_DEMAND = 25
GAPS_PER_GROUP = 15  # the rest are in `--format csv` / `json`
GAP_GROUPS = (  # same order and advice as the terminal report of `scan`
    {"word": "Missing", "heading": "Not in your résumé",
     "advice": "If you have the skill, show it in an experience bullet; if not, it is worth learning."},
    {"word": "Partly shown", "heading": "Shown only through a related skill",
     "advice": "Name the skill itself as well, if you use it."},
    {"word": "Listed only", "heading": "Listed, but not shown in use",
     "advice": "Add an experience or project bullet that shows it in use."},
)


def render_scan_html(scan: Mapping[str, Any]) -> str:
    """The `scan --format html` page, from the scan JSON report as a plain dict.

    The dict is what `skillgap scan --format json` prints (skillgap/scan/render.py,
    schema "skillgap.scan/1"): `postings` (int, the denominator of every share),
    `resume` (path or None), `skills` (most asked for first: id, name, kind, postings,
    share, required, preferred, terms, examples [{path, line}], and with a résumé
    `resume` {status, via, line}), `gaps` (id, name, status, weight, ...), `scores`
    (path, title, score, required {shown, total}, preferred {shown, total},
    missing_required), `duplicates`, `no_skills`, `failures`, `folder`, `taxonomy`.
    """
    return _render("scan.html.j2", scan_context(scan), script="_sortable.js.j2")


def _scan_skill(entry: Mapping[str, Any], total: int, names: Mapping[str, str]) -> dict[str, Any]:
    """One skill of the scan, with its résumé status as a badge and its share as a number."""
    postings = int(entry.get("postings") or 0)
    share = entry.get("share")
    share = float(share) if share is not None else (postings / total if total else 0.0)
    resume = entry.get("resume") if isinstance(entry.get("resume"), Mapping) else {}
    status = resume.get("status") or entry.get("status")
    via = resume.get("via") or entry.get("via")
    if isinstance(via, Mapping):
        via = via.get("name") or via.get("id")
    required, preferred = int(entry.get("required") or 0), int(entry.get("preferred") or 0)
    kind = str(entry.get("kind") or "")
    return {
        "id": str(entry.get("id", "")), "name": str(entry.get("name") or entry.get("id") or ""),
        "kind": kind, "kind_label": KIND_LABELS.get(kind, kind),
        "postings": postings, "share": max(0.0, min(1.0, share)), "required": required, "preferred": preferred,
        "mostly_required": required > preferred,
        "terms": [str(t) for t in entry.get("terms") or []],
        "examples": [e for e in entry.get("examples") or [] if isinstance(e, Mapping)],
        "status": SCAN_STATUS.get(str(status)) if status else None,
        "via": names.get(str(via), str(via).replace("-", " ")) if via else "",
        "resume_line": resume.get("line"),
    }


def _pair(value: Any) -> tuple[int, int]:
    """(shown, total) from {"shown": n, "total": m}."""
    if isinstance(value, Mapping):
        return int(value.get("shown") or 0), int(value.get("total") or 0)
    return 0, 0


def _gap_groups(gaps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    groups = []
    for group in GAP_GROUPS:
        members = [g for g in gaps if g["status"] and g["status"]["word"] == group["word"]]
        if members:
            groups.append({**group, "status": members[0]["status"], "items": members[:GAPS_PER_GROUP],
                           "more": max(0, len(members) - GAPS_PER_GROUP), "count": len(members)})
    return groups


def scan_context(scan: Mapping[str, Any]) -> dict[str, Any]:
    """Everything the scan template shows; tolerant of keys a scan without a résumé leaves out."""
    total = int(scan.get("postings") or 0)
    raw_skills = [s for s in scan.get("skills") or [] if isinstance(s, Mapping)]
    names = {str(s.get("id")): str(s.get("name")) for s in raw_skills}
    skills = [_scan_skill(s, total, names) for s in raw_skills]
    by_id = {s["id"]: s for s in skills}
    gaps = []
    for entry in scan.get("gaps") or []:
        gap = _scan_skill(entry, total, names)
        known = by_id.get(gap["id"])
        if known is not None:  # the skills list has the wordings, counts and résumé line
            gap = {**known, "status": gap["status"] or known["status"], "via": gap["via"] or known["via"]}
        gaps.append(gap)
    scores = []
    for row in scan.get("scores") or []:
        required_shown, required_total = _pair(row.get("required"))
        preferred_shown, preferred_total = _pair(row.get("preferred"))
        scores.append({
            "path": str(row.get("path", "")), "title": _clip(" ".join(str(row.get("title") or "").split()), 90),
            "score": row.get("score"),
            "required_shown": required_shown, "required_total": required_total,
            "preferred_shown": preferred_shown, "preferred_total": preferred_total,
            "missing_required": [str(n) for n in row.get("missing_required") or []],
        })
    resume = scan.get("resume")
    top = skills[:TOP_DEMAND]
    missing_top = [s for s in top if s["status"] and s["status"]["class"] == "missing"]
    folder = str(scan.get("folder") or "")
    return {
        "title": "skillgap scan" + (f": {_basename(folder)}" if folder else "")
                 + (f" for {_basename(str(resume))}" if resume else ""),
        "folder": _basename(folder) if folder else "",
        "resume_name": _basename(str(resume)) if resume else "",
        "with_resume": bool(resume),
        "total": total,
        "demand": top,
        "demand_more": max(0, int(scan.get("skills_total") or len(skills)) - len(top)),
        "skills_total": int(scan.get("skills_total") or len(skills)),
        "gaps": gaps,
        "gap_groups": _gap_groups(gaps),
        "scores": scores,
        "missing_top": _names(missing_top, 5),
        "best": next((s for s in scores if s["score"] is not None), None),
        "duplicates": [d for d in scan.get("duplicates") or [] if isinstance(d, Mapping)],
        "failures": [f for f in scan.get("failures") or [] if isinstance(f, Mapping)],
        "no_skills": [str(p) for p in scan.get("no_skills") or []],
        "taxonomy": str(scan.get("taxonomy") or ""),
        "version": __version__,
        "scan_status": SCAN_STATUS,
        "data": scan,
    }
