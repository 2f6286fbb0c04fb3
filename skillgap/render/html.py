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
The shared Jinja2 set-up is in `html_page.py`, the posting's highlighted text in
`html_posting.py` and the scan page in `html_scan.py`; their public names are
re-exported here.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from skillgap.render.check_words import QUALITIES_ADVICE, QUALITIES_TITLE, empty_report_lines
from skillgap.render.html_page import (  # noqa: F401 - re-exported
    KIND_LABELS,
    LISTED_ICON,
    STATUS,
    _pct,
    anchor,
    basename,
    clip,
    name_list,
    render_page,
)
from skillgap.render.html_posting import posting_highlights  # noqa: F401 - re-exported
from skillgap.render.html_scan import (  # noqa: F401 - re-exported
    render_scan_html,
)
from skillgap.types import Report

KIND_ORDER = tuple(KIND_LABELS)

# The rewrite kinds (skillgap/suggest) in the words a job seeker would use.
KIND_TITLES = {
    "action-verb": "Start with an action verb", "active-voice": "Say who did it",
    "name-skill": "Name the skill you show", "posting-term": "Use the posting's word",
    "add-result": "Add a result", "only-if-true": "Add only if true",
}
STATUS_ORDER = {"missing": 0, "partial": 1, "listed": 2, "shown": 3}  # by css class: the work to do first
IMPORTANCE_TITLES = {"required": "Required skills", "preferred": "Nice-to-have skills"}
SECTION_WORDS = {"experience": "experience", "projects": "projects", "volunteer": "volunteering",
                 "skills": "skills list", "summary": "summary", "certifications": "certifications",
                 "education": "education", "preamble": "top of the page"}

GAUGE_RADIUS = 52


# --------------------------------------------------------------------------- check


def render_html(report: Report) -> str:
    """The `check --format html` page."""
    from skillgap.render.json_report import report_dict

    return render_check_html(report_dict(report), posting_lines=posting_highlights(report))


def render_check_html(data: Mapping[str, Any], posting_lines: Sequence[Mapping[str, Any]] = ()) -> str:
    """The check page from the JSON contract (`report_dict`), plus the highlighted posting."""
    return render_page("check.html.j2", check_context(data, posting_lines))


def check_context(data: Mapping[str, Any], posting_lines: Sequence[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """Everything the check template shows, worked out here so the template only lays it out."""
    items = [*data["matched"], *data["missing"]]
    breakdown = data["breakdown"]
    required = [i for i in items if i["importance"] == "required"]
    preferred = [i for i in items if i["importance"] == "preferred"]
    suggestions = [s for s in data.get("suggestions") or [] if isinstance(s, Mapping)]
    score = int(data["score"])
    resume_name, posting_name = basename(data["resume"]["path"]), basename(data["posting"]["path"])
    embedded = {**data, "resume": {**data["resume"], "path": resume_name},
                "posting": {**data["posting"], "path": posting_name}}  # a shared page names no folders
    return {
        "data": embedded,
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
        "skill_map": [_map_group(imp, group)
                      for imp, group in (("required", required), ("preferred", preferred)) if group],
        "tables": [_table(imp, group) for imp, group in (("required", required), ("preferred", preferred)) if group],
        "keywords": _keywords(data["keywords_missing"], items),
        "qualities": data.get("qualities", []),
        "qualities_title": QUALITIES_TITLE,
        "qualities_advice": QUALITIES_ADVICE,
        "empty_lines": empty_report_lines(bool(data.get("qualities"))),
        "suggestions": [_suggestion(s) for s in suggestions],
        "posting_lines": posting_lines,
        "status": STATUS,
        "listed_icon": LISTED_ICON,
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


def _headline(score: int, required: list[Mapping[str, Any]]) -> dict[str, Any]:
    missing = [i for i in required if i["level"] == "missing"]
    if not required:
        lead = "The posting names no required skills we recognise; the score counts its nice-to-haves."
    elif not missing:
        lead = f"Your résumé shows all {len(required)} required skills."
    else:
        verb = "is" if len(missing) == 1 else "are"
        lead = f"{len(missing)} of {len(required)} required skills {verb} missing:"
    return {"score_sentence": f"You match {score} of 100.", "lead": lead, "names": name_list(missing, 8)}


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
    listed = [i for i in matched
              if i["level"] == "exact" and i["evidence"] and i["evidence"][0]["strength"] == "listed"]
    if listed:
        steps.append({"lead": "Show these in a bullet about work you did, not only in a list:",
                      "names": name_list(listed), "tail": ""})
    if suggestions:
        n = len(suggestions)
        steps.append({"lead": f"Consider the {n} suggested rewrite{'s' if n != 1 else ''} of your bullets below.",
                      "link": "#rewrites", "tail": ""})
    missing_required = [i for i in items if i["level"] == "missing" and i["importance"] == "required"]
    if missing_required:
        steps.append({"lead": "Required and not in your résumé:", "names": name_list(missing_required),
                      "tail": "Add them only if you really have them; otherwise they are worth learning, "
                              "or worth addressing in your cover letter."})
    missing_preferred = [i for i in items if i["level"] == "missing" and i["importance"] == "preferred"]
    if missing_preferred:
        steps.append({"lead": "Nice to have, and not in your résumé:", "names": name_list(missing_preferred),
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
            have = sum(i["level"] == "exact" for i in group)
            partly = sum(i["level"] not in ("exact", "missing") for i in group)
            bars.append({"label": label, "share": share, "weight": weight,
                         "detail": f"{have} of {len(group)} shown" + (f", {partly} partly" if partly else "")
                                   + f", {_pct(share)} credit"})
    if required or preferred:
        bars.append({"label": "Exact keywords", "share": breakdown["keyword_exactness"], "weight": weights["keywords"],
                     "detail": "of the posting's terms appear word for word"})
    return bars


def _status(item: Mapping[str, Any]) -> dict[str, str]:
    css, icon, word = STATUS[item["level"]]
    if item["level"] == "exact" and item["evidence"] and item["evidence"][0]["strength"] == "listed":
        css, icon, word = "listed", LISTED_ICON, "Listed only"
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
            "strength": evidence["strength"], "before": clip(before, 90, left=True), "match": match,
            "after": clip(after, 90)}


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
    return {"kind": KIND_TITLES.get(kind, kind.replace("_", " ").replace("-", " ")),
            "reason": str(suggestion.get("reason") or ""),
            "line": suggestion.get("line"), "original": str(suggestion.get("original") or ""),
            "rewrite": str(suggestion.get("rewrite") or ""), "score_delta": suggestion.get("score_delta")}

