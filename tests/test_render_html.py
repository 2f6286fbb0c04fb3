"""The HTML reports without a browser: escaping, self-containment, structure, data.

tests/test_browser.py opens the same pages in headless Chromium.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner
from conftest import FIXTURES, SAMPLES, make_report

SCAN_FIXTURES = FIXTURES / "scan"
HOSTILE = "<script>document.title='pwned'</script>"
HOSTILE_IMG = '<img src=x onerror="document.title=\'pwned\'">'
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "a", "header", "nav", "main", "footer", "section", "div",
    "p", "h1", "h2", "h3", "ul", "ol", "li", "dl", "dt", "dd", "span", "strong", "q", "code", "br", "mark",
    "table", "caption", "thead", "tbody", "tr", "th", "td", "svg", "circle", "text", "rect", "defs",
    "pattern", "script",
}


class Page(HTMLParser):
    """Every tag with its attributes, and the text of each <script> and <style>."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self.text: list[str] = []
        self._open: str | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._open = tag
            (self.scripts.append((dict(attrs), "")) if tag == "script" else self.styles.append(""))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == self._open:
            self._open = None

    def handle_data(self, data):
        if self._open == "script":
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
        elif self._open == "style":
            self.styles[-1] += data
        else:
            self.text.append(data)

    def find(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]

    def by_testid(self, testid: str) -> dict[str, str | None]:
        found = [a for _, a in self.tags if a.get("data-testid") == testid]
        assert len(found) == 1, f"one element with data-testid={testid!r}"
        return found[0]

    @property
    def all_text(self) -> str:
        return "".join(self.text)


POSTING = f"""Backend Engineer {HOSTILE}

Requirements
- Strong Python and Kubernetes in production {HOSTILE_IMG}.
- PostgreSQL & SQL "tuning" </mark></div>.
- Terraform and C++ or C#.

Nice to have
- Redis is a plus.

Benefits
- Free Python conference tickets.
"""
RESUME = f"""Jane Doe {HOSTILE}

Experience
- Ran services on k8s and Docker {HOSTILE_IMG}.
- Tuned PostgreSQL queries.

Skills
Python, Redis
"""


@pytest.fixture(scope="module")
def report(mini_extractor):
    return make_report(RESUME, POSTING, mini_extractor)


@pytest.fixture(scope="module")
def html(report) -> str:
    from skillgap.render.html import render_html

    return render_html(report)


@pytest.fixture(scope="module")
def page(html) -> Page:
    return Page(html)


def test_render_html_escapes_user_text(html, page):
    assert HOSTILE not in html and "<img" not in html
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in html
    assert HOSTILE in page.all_text and HOSTILE_IMG in page.all_text  # shown as text
    assert {tag for tag, _ in page.tags} <= ALLOWED_TAGS
    handlers = [(tag, name) for tag, attrs in page.tags for name in attrs if name.startswith("on")]
    assert handlers == []
    # The </mark></div> in the posting did not close anything: the page nests as written.
    assert page.find("title")[0] == {} and page.find("html")[0] == {"lang": "en"}


def test_render_html_has_no_script_that_runs_and_forbids_any(page):
    assert [attrs.get("type") for attrs, _ in page.scripts] == ["application/json"]
    csp = page.find("meta", **{"http-equiv": "Content-Security-Policy"})[0]["content"]
    assert "default-src 'none'" in csp and "script-src 'none'" in csp


def test_render_html_loads_nothing_from_outside(html, page):
    links = [(tag, attrs.get(name)) for tag, attrs in page.tags for name in ("src", "href", "action", "srcset")
             if attrs.get(name) is not None]
    assert all(value.startswith("#") for _, value in links), links
    assert page.find("link") == [] and page.find("img") == [] and page.find("iframe") == []
    css = "".join(page.styles)
    assert "@import" not in css and "@font-face" not in css
    assert re.findall(r"url\((?!#)", css) == []
    for text in [css, *(value for _, value in links)]:
        assert "http:" not in text and "https:" not in text and "//" not in text.replace("/*", "").replace("*/", "")


def test_render_html_key_elements(report, page):
    text = page.all_text
    assert f"You match {report.gap.score} of 100." in text
    assert page.find("svg", role="img") and "Match score" in text
    headline = page.by_testid("headline")
    assert headline is not None
    assert "Terraform" in text and "Missing" in text  # a missing required skill, by name and word
    assert page.find("ul", **{"data-testid": "keywords-missing"})
    assert "Kubernetes" in text and "k8s" in text  # "write Kubernetes where you wrote k8s"
    assert page.find("table", **{"data-testid": "table-required"})
    assert page.find("table", **{"data-testid": "table-preferred"})
    assert len(page.find("caption")) == 2
    assert page.find("th", scope="col") and page.find("th", scope="row")
    assert page.find("main", id="main") and page.find("nav") and page.find("a", href="#main")
    assert "@media print" in "".join(page.styles)
    assert page.find("meta", name="viewport")


def test_render_html_next_steps_use_the_postings_word(page):
    text = page.all_text
    assert re.search(r"write\s+Kubernetes\s+where you wrote\s+“?k8s", text)


def test_render_html_posting_marks_requirements_by_importance(report, page):
    marks = [attrs["class"] for attrs in page.find("mark") if "hl" in (attrs.get("class") or "").split()]
    assert "hl required shown" in marks and "hl required missing" in marks
    assert "hl preferred shown" in marks  # Redis, a plus
    labels = [attrs.get("title") for attrs in page.find("mark") if attrs.get("title")]
    assert "required, missing in your résumé" in labels


def test_render_html_posting_pieces_rebuild_the_text(report):
    from skillgap.render.html import posting_highlights
    from skillgap.requirements import NOT_REQUIREMENTS

    document = report.posting.document
    lines = posting_highlights(report)
    assert len(lines) == len(document.lines)
    for view, line in zip(lines, document.lines, strict=True):
        assert "".join(piece["text"] for piece in view["pieces"]) == document.text[line.start:line.end]
    marked = [piece["text"] for view in lines for piece in view["pieces"] if piece["mark"]]
    assert "Python" in marked and "Kubernetes" in marked
    benefits = next(s for s in report.posting.sections.sections if s.kind in NOT_REQUIREMENTS)
    assert document.text.find("Python conference") > benefits.start  # the mention there is not marked
    assert marked.count("Python") == 1


def test_render_html_embeds_the_json_report(report, page):
    from skillgap.render.json_report import report_dict

    attrs, text = page.scripts[0]
    assert attrs == {"type": "application/json", "id": "skillgap-data"}
    assert "<" not in text  # tojson escapes <, > and & inside the data block
    assert json.loads(text) == json.loads(json.dumps(report_dict(report)))


def test_render_html_suggestions_before_and_after(report):
    from skillgap.render.html import posting_highlights, render_check_html
    from skillgap.render.json_report import report_dict

    data = report_dict(report)
    assert "Suggested rewrites" not in render_check_html(data)
    suggestion = {"kind": "use_posting_term", "reason": "Say Kubernetes.", "line": 4,
                  "original": f"Ran services on k8s {HOSTILE}", "rewrite": "Ran services on Kubernetes (k8s).",
                  "score_delta": 3}
    html = render_check_html({**data, "suggestions": [suggestion, {"original": "a", "rewrite": "b"}]},
                             posting_highlights(report))
    page = Page(html)
    assert page.by_testid("suggestions")
    assert "Before" in page.all_text and "After" in page.all_text and "+3 points" in page.all_text
    assert f"Ran services on k8s {HOSTILE}" in page.all_text and HOSTILE not in html
    assert "use posting term" in page.all_text


def test_render_html_only_if_true_prompt_has_no_empty_before(report):
    from skillgap.render.html import posting_highlights, render_check_html
    from skillgap.render.json_report import report_dict

    prompt = {"kind": "only-if-true", "reason": "The posting asks for Terraform.", "line": 9, "original": "",
              "rewrite": "Provisioned [what] with Terraform", "score_delta": 4}
    html = render_check_html({**report_dict(report), "suggestions": [prompt]}, posting_highlights(report))
    page = Page(html)
    assert "A line to add, only if it is true" in page.all_text
    assert 'class="before"' not in html and "Provisioned [what] with Terraform" in page.all_text


def test_render_html_when_nothing_was_recognised(mini_extractor):
    from skillgap.render.html import render_html

    report = make_report("Jane\n\nExperience\n- Baked bread.\n", "Baker\n\nRequirements\n- Sourdough.\n",
                         mini_extractor)
    page = Page(render_html(report))
    assert "Nothing to compare" in page.all_text and page.find("table") == []


@pytest.mark.parametrize("skill_ids", [("c", "c++", "c#"), ("node.js", "node-js", "nodejs"), ("ci/cd", "ci-cd")])
def test_render_html_anchors_are_distinct_and_url_safe(skill_ids):
    from skillgap.render.html import anchor

    anchors = [anchor(s) for s in skill_ids]
    assert len(set(anchors)) == len(anchors)
    assert all(re.fullmatch(r"skill-[a-z0-9-]+", a) for a in anchors)


@pytest.mark.parametrize("value,text", [(3, "+3"), (2.5, "+2.5"), (-1, "−1"), (0.25, "+0.2"), (None, "")])
def test_render_html_signed_points(value, text):
    from skillgap.render.html_page import _signed

    assert _signed(value) == text


def test_render_html_jinja_is_imported_only_to_render():
    import subprocess
    import sys

    code = ("import sys, skillgap.render, skillgap.cli.check; "
            "print('jinja2' in sys.modules, 'skillgap.render.html' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


# --------------------------------------------------------------------------- scan


def scan_dict() -> dict:
    """A scan report in the `skillgap scan --format json` shape (schema skillgap.scan/1)."""
    def skill(sid, name, postings, required, status, via=None, line=None):
        return {"id": sid, "name": name, "kind": "tool", "esco": [], "postings": postings,
                "share": round(postings / 10, 4), "required": required, "preferred": postings - required,
                "terms": [name], "examples": [{"path": "a.txt", "line": 3}],
                "resume": {"status": status, "via": via, "line": line}, "gap_weight": 0.5}

    skills = [skill("python", "Python", 9, 9, "strong", line=4), skill("kubernetes", "Kubernetes", 7, 6, "missing"),
              skill("sql", "SQL", 5, 5, "partial", via="postgresql", line=9),
              skill("redis", f"Redis {HOSTILE}", 2, 0, "listed", line=12)]
    gaps = [{"id": s["id"], "name": s["name"], "status": s["resume"]["status"], "weight": 0.5, "share": s["share"],
             "required": s["required"], "preferred": s["preferred"], "via": s["resume"]["via"]}
            for s in (skills[1], skills[2], skills[3])]
    return {
        "schema": "skillgap.scan/1", "folder": "/home/me/postings", "taxonomy": "default", "resume": "me/resume.md",
        "files": 11, "postings": 10, "skills_total": 4, "min_share": 0.0, "top": None, "skills": skills, "gaps": gaps,
        "scores": [
            {"path": "b.txt", "title": f"Platform {HOSTILE_IMG}", "score": 80, "required": {"shown": 4, "total": 5},
             "preferred": {"shown": 1, "total": 1}, "missing_required": ["Kubernetes"]},
            {"path": "a.txt", "title": "", "score": 40, "required": {"shown": 2, "total": 5},
             "preferred": {"shown": 0, "total": 1}, "missing_required": ["Kubernetes", "SQL"]},
            {"path": "c.txt", "title": "Nothing", "score": None, "required": {"shown": 0, "total": 0},
             "preferred": {"shown": 0, "total": 0}, "missing_required": []},
        ],
        "duplicates": [{"path": "d.txt", "same_as": "a.txt"}], "no_skills": ["c.txt"], "failures": [],
    }


def test_render_scan_html_structure_and_escaping():
    from skillgap.render.html import render_scan_html

    html = render_scan_html(scan_dict())
    page = Page(html)
    assert HOSTILE not in html and "<img" not in html
    assert f"Redis {HOSTILE}" in page.all_text
    assert {tag for tag, _ in page.tags} <= ALLOWED_TAGS
    chart = [a for t, a in page.tags if t == "li" and a.get("class") == "demand-row"]
    assert len(chart) == 4
    assert page.find("ol", **{"data-testid": "demand-chart"})
    text = page.all_text
    assert "Kubernetes" in text and "Gaps worth closing" in text and "You show" in text and "postgresql" in text
    table = page.find("table", **{"data-testid": "scores-table"})[0]
    assert "sortable" in table["class"].split()
    assert page.find("th", scope="col", **{"aria-sort": "descending"})  # the order without JavaScript
    rows = [a.get("data-sort") for t, a in page.tags if t == "td" and a.get("class") == "num"][::3]
    assert rows == ["80", "40", "-1"]


def test_render_scan_html_script_is_ours_and_allowed_by_hash():
    from skillgap.render.html import render_scan_html

    page = Page(render_scan_html(scan_dict()))
    runnable = [text for attrs, text in page.scripts if attrs.get("type") != "application/json"]
    assert len(runnable) == 1
    digest = base64.b64encode(hashlib.sha256(runnable[0].encode("utf-8")).digest()).decode()
    csp = page.find("meta", **{"http-equiv": "Content-Security-Policy"})[0]["content"]
    assert f"script-src 'sha256-{digest}'" in csp and "default-src 'none'" in csp
    assert "fetch(" not in runnable[0] and "XMLHttpRequest" not in runnable[0] and "innerHTML" not in runnable[0]


def test_render_scan_html_without_a_resume():
    from skillgap.render.html import render_scan_html

    data = scan_dict()
    data.update(resume=None, gaps=[], scores=[])
    for skill in data["skills"]:
        del skill["resume"], skill["gap_weight"]
    page = Page(render_scan_html(data))
    assert "Gaps worth closing" not in page.all_text and page.find("table") == []
    assert "--resume" in page.all_text


def test_render_scan_html_from_a_real_scan(tmp_path, monkeypatch):
    """The real `scan --format json` output renders (the contract between the two)."""
    from skillgap.pipeline import get_extractor
    from skillgap.render.html import render_scan_html
    from skillgap.render.scan_json import render_json
    from skillgap.scan import scan

    monkeypatch.setenv("SKILLGAP_TAXONOMY_DIR", str(FIXTURES / "taxonomy"))
    get_extractor.cache_clear()
    try:
        report = scan(SCAN_FIXTURES / "postings", SCAN_FIXTURES / "resume.md", jobs=1, use_cache=False)
    finally:
        get_extractor.cache_clear()
    data = json.loads(render_json(report))
    page = Page(render_scan_html(data))
    names = [s["name"] for s in data["skills"]]
    assert names and all(name in page.all_text for name in names[:5])
    assert len(page.find("li", **{"class": "demand-row"})) == min(len(names), 25)
    assert len([a for t, a in page.tags if t == "tr"]) == len(data["scores"]) + 1


# --------------------------------------------------------------------------- CLI


@pytest.fixture
def mini_pipeline(monkeypatch):
    from skillgap.pipeline import get_extractor

    monkeypatch.setenv("SKILLGAP_TAXONOMY_DIR", str(FIXTURES / "taxonomy"))
    get_extractor.cache_clear()
    yield
    get_extractor.cache_clear()


def test_cli_check_format_html_writes_one_file(mini_pipeline, tmp_path):
    from skillgap.cli import main

    resume, posting = SAMPLES / "resume-software-engineer.md", SAMPLES / "posting-backend-engineer.txt"
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["check", str(resume), str(posting), "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and result.stderr == f"skillgap: wrote {out}\n"
    page = Page(out.read_text(encoding="utf-8"))
    assert "You match" in page.all_text and page.by_testid("posting-text")

    result = CliRunner().invoke(main, ["check", str(resume), str(posting), "--format", "html"])
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>")
