"""The HTML reports in a real browser: headless Chromium driven over the DevTools protocol.

Chromium is started with `--remote-debugging-pipe`: it reads protocol commands from file
descriptor 3 and writes replies and events to file descriptor 4, as NUL-terminated JSON.
That needs no websocket library, no port and no extra dependency. Every test gets a fresh
tab; console messages, uncaught exceptions, log entries (CSP violations among them) and
every network request are recorded while the page loads.

Skipped, with the reason, when no Chromium or Chrome is installed (`.ci/run` installs
Debian's `chromium`). Screenshots go to pytest's tmp dir; set SKILLGAP_SCREENSHOTS=DIR to
copy them there as well, to look at them (docs/html-report.md says how docs/img is made).
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLES, make_report

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
TIMEOUT = 30.0
SHOTS_ENV = "SKILLGAP_SCREENSHOTS"


def find_browser() -> str | None:
    configured = os.environ.get("SKILLGAP_CHROMIUM")
    if configured:
        return configured
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


class DevToolsError(RuntimeError):
    pass


class Browser:
    """One headless Chromium process and the DevTools protocol over its pipe."""

    def __init__(self, executable: str) -> None:
        self.profile = tempfile.mkdtemp(prefix="skillgap-chromium-")
        to_browser_read, self._write = os.pipe()
        self._read, from_browser_write = os.pipe()
        # Chromium expects the pipe on fds 3 and 4. A two-line Python trampoline puts it
        # there and execs the browser (safer than preexec_fn once threads run).
        child_in = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD, 10)
        child_out = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD, 10)
        os.close(to_browser_read)
        os.close(from_browser_write)
        trampoline = ("import os, sys; os.dup2(int(sys.argv[1]), 3); os.dup2(int(sys.argv[2]), 4); "
                      "os.close(int(sys.argv[1])); os.close(int(sys.argv[2])); os.execvp(sys.argv[3], sys.argv[3:])")
        self.process = subprocess.Popen(
            [
                sys.executable, "-c", trampoline, str(child_in), str(child_out),
                executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--mute-audio", f"--user-data-dir={self.profile}", "--remote-debugging-pipe", "about:blank",
            ],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            pass_fds=(child_in, child_out),
        )
        os.close(child_in)
        os.close(child_out)
        self._next_id = 0
        self._lock = threading.Condition()
        self._replies: dict[int, dict[str, Any]] = {}
        self.events: list[dict[str, Any]] = []
        self._stderr: list[bytes] = []
        self._closed = False
        threading.Thread(target=self._reader, daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()
        self.version = self.call("Browser.getVersion")["product"]

    def _drain_stderr(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self._stderr.append(line)

    def _reader(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = os.read(self._read, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                with self._lock:
                    self._closed = True
                    self._lock.notify_all()
                return
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                with self._lock:
                    if "id" in message:
                        self._replies[message["id"]] = message
                    else:
                        self.events.append(message)
                    self._lock.notify_all()

    def call(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict[str, Any]:
        with self._lock:
            self._next_id += 1
            ident = self._next_id
        message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._write, json.dumps(message).encode("utf-8") + b"\0")
        deadline = time.monotonic() + TIMEOUT
        with self._lock:
            while ident not in self._replies:
                if self._closed:
                    last = b"".join(self._stderr).decode("utf-8", "replace").strip().splitlines()[-1:]
                    raise DevToolsError(f"browser exited during {method}: {' '.join(last)}")
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise DevToolsError(f"no reply to {method} within {TIMEOUT}s")
                self._lock.wait(remaining)
            reply = self._replies.pop(ident)
        if "error" in reply:
            raise DevToolsError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def wait_event(self, method: str, session: str, after: int) -> dict[str, Any]:
        """The first `method` event of `session` at or after index `after` of self.events."""
        deadline = time.monotonic() + TIMEOUT
        with self._lock:
            while True:
                for event in self.events[after:]:
                    if event.get("method") == method and event.get("sessionId") == session:
                        return event
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._closed:
                    raise DevToolsError(f"no {method} event within {TIMEOUT}s")
                self._lock.wait(remaining)

    def new_page(self) -> Page:
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        return Page(self, target, session)

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except DevToolsError:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self._write, self._read):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    """One tab: load a file, then ask the page questions."""

    def __init__(self, browser: Browser, target: str, session: str) -> None:
        self.browser, self.target, self.session = browser, target, session
        self._first_event = 0
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")

    def call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.browser.call(method, params, self.session)

    def open(self, path: Path, *, javascript: bool = True, width: int = 1200, height: int = 900) -> None:
        self.call("Emulation.setScriptExecutionDisabled", {"value": not javascript})
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        self._first_event = len(self.browser.events)
        self.call("Page.navigate", {"url": path.resolve().as_uri()})
        self.browser.wait_event("Page.loadEventFired", self.session, self._first_event)

    def _events(self, method: str) -> list[dict[str, Any]]:
        return [e["params"] for e in self.browser.events[self._first_event:]
                if e.get("sessionId") == self.session and e.get("method") == method]

    def problems(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions and error log entries since open()."""
        found = []
        for call in self._events("Runtime.consoleAPICalled"):
            if call["type"] in ("error", "warning", "assert"):
                found.append(f"console.{call['type']}: " + " ".join(str(a.get("value", a.get("description", "")))
                                                                   for a in call["args"]))
        for thrown in self._events("Runtime.exceptionThrown"):
            details = thrown["exceptionDetails"]
            found.append("exception: " + details.get("exception", {}).get("description", details.get("text", "")))
        for entry in self._events("Log.entryAdded"):
            if entry["entry"]["level"] in ("error", "warning"):
                found.append(f"log {entry['entry']['source']}: {entry['entry']['text']}")
        return found

    def requests(self) -> list[str]:
        return [r["request"]["url"] for r in self._events("Network.requestWillBeSent")]

    def evaluate(self, expression: str) -> Any:
        reply = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in reply:
            raise DevToolsError(f"{expression!r}: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def screenshot(self, path: Path) -> Path:
        """The whole page (not only the viewport) as PNG."""
        size = self.call("Page.getLayoutMetrics")["cssContentSize"]
        clip = {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 16000), "scale": 1}
        shot = self.call("Page.captureScreenshot", {"format": "png", "clip": clip, "captureBeyondViewport": True})
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))
        return path

    def close(self) -> None:
        self.browser.call("Target.closeTarget", {"targetId": self.target})


@pytest.fixture(scope="module")
def browser():
    executable = find_browser()
    if executable is None:
        pytest.skip("no Chromium or Chrome found (tried " + ", ".join(BROWSERS)
                    + "); install Debian's `chromium` package, or set SKILLGAP_CHROMIUM to the binary")
    try:
        instance = Browser(executable)
    except (OSError, DevToolsError) as exc:
        pytest.skip(f"{executable} did not start in headless mode: {exc}")
    yield instance
    instance.close()


@pytest.fixture
def page(browser):
    tab = browser.new_page()
    yield tab
    tab.close()


def save_screenshot(page: Page, tmp_path: Path, name: str) -> Path:
    shot = page.screenshot(tmp_path / name)
    assert shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    extra = os.environ.get(SHOTS_ENV)
    if extra:
        shutil.copyfile(shot, Path(extra) / name)
    return shot


# --------------------------------------------------------------------------- reports


SUGGESTIONS = [
    {"kind": "use_posting_term", "reason": "The posting says Kubernetes; a tracking system will not match k8s.",
     "line": 12, "original": "Ran services on k8s and AWS.", "rewrite": "Ran services on Kubernetes (k8s) and AWS.",
     "score_delta": 3},
    {"kind": "show_in_context", "reason": "PostgreSQL is only listed; show it in a bullet about your work.",
     "line": 14, "original": "Built the billing API.",
     "rewrite": "Built the billing API on PostgreSQL, <b>tuned</b> queries.",
     "score_delta": 2.5},
]


@pytest.fixture(scope="module")
def sample_report(mini_extractor):
    """The software engineer sample against the backend posting (mini taxonomy: stable)."""
    resume, posting = SAMPLES / "resume-software-engineer.md", SAMPLES / "posting-backend-engineer.txt"
    return make_report(str(resume), str(posting), mini_extractor)


@pytest.fixture(scope="module")
def sample_html(sample_report, tmp_path_factory) -> Path:
    from skillgap.render.html import posting_highlights, render_check_html
    from skillgap.render.json_report import report_dict

    data = {**report_dict(sample_report), "suggestions": SUGGESTIONS}
    path = tmp_path_factory.mktemp("html") / "check-report.html"
    path.write_text(render_check_html(data, posting_highlights(sample_report)), encoding="utf-8")
    return path


HOSTILE_POSTING = """Senior Engineer <script>document.title='pwned';window.pwned=1</script>

Requirements
- Python and <img src=x onerror="window.pwned=2;document.title='pwned'"> Kubernetes in production.
- SQL </mark></div><script>window.pwned=3</script> and Docker.
- Experience with "AWS" & 'Terraform' <iframe src="https://example.com/"></iframe>.
"""
HOSTILE_RESUME = """Jane <svg onload="window.pwned=4">Doe</svg>

Experience
- Ran Docker <script>window.pwned=5</script> services on AWS.

Skills
Python, k8s <a href="javascript:window.pwned=6">x</a>
"""


@pytest.fixture(scope="module")
def hostile_html(mini_extractor, tmp_path_factory) -> Path:
    from skillgap.render.html import posting_highlights, render_check_html
    from skillgap.render.json_report import report_dict

    report = make_report(HOSTILE_RESUME, HOSTILE_POSTING, mini_extractor)
    data = {**report_dict(report), "suggestions": [
        {"kind": "<script>window.pwned=7</script>", "reason": "<img src=x onerror=window.pwned=8>", "line": 1,
         "original": "<script>window.pwned=9</script>", "rewrite": "</p><script>window.pwned=10</script>",
         "score_delta": 1}]}
    path = tmp_path_factory.mktemp("hostile") / "hostile.html"
    path.write_text(render_check_html(data, posting_highlights(report)), encoding="utf-8")
    return path


def scan_data() -> dict[str, Any]:
    """A scan report in the `skillgap scan --format json` shape (schema skillgap.scan/1)."""
    def skill(sid, name, kind, postings, required, status, via=None, line=None):
        return {"id": sid, "name": name, "kind": kind, "esco": [], "postings": postings,
                "share": round(postings / 12, 4), "required": required, "preferred": postings - required,
                "terms": [name], "examples": [{"path": "a.txt", "line": 3}],
                "resume": {"status": status, "via": via, "line": line}, "gap_weight": 0.5}

    def score(path, title, value, required, preferred, missing):
        return {"path": path, "title": title, "score": value, "required": {"shown": required[0], "total": required[1]},
                "preferred": {"shown": preferred[0], "total": preferred[1]}, "missing_required": missing}

    skills = [
        skill("python", "Python", "tool", 11, 10, "strong", line=19),
        skill("kubernetes", "Kubernetes", "tool", 9, 8, "missing"),
        skill("sql", "SQL", "tool", 8, 6, "partial", via="postgresql", line=30),
        skill("docker", "Docker", "tool", 7, 6, "listed", line=41),
        skill("terraform", "Terraform", "tool", 5, 2, "missing"),
        skill("stakeholder-management", "stakeholder management <script>window.pwned=1</script>", "soft", 3, 0,
              "missing"),
    ]
    gaps = [{"id": s["id"], "name": s["name"], "status": s["resume"]["status"], "weight": 0.5, "share": s["share"],
             "required": s["required"], "preferred": s["preferred"], "via": s["resume"]["via"]}
            for s in (skills[1], skills[4], skills[5], skills[2], skills[3])]
    return {
        "schema": "skillgap.scan/1", "folder": "/home/me/postings", "taxonomy": "default", "resume": "resume.md",
        "files": 13, "postings": 12, "skills_total": 6, "min_share": 0.0, "top": None, "skills": skills, "gaps": gaps,
        "scores": [
            score("b/platform.txt", "Platform Engineer", 81, (5, 6), (1, 2), ["Kubernetes"]),
            score("a.txt", "Backend Engineer", 64, (4, 6), (2, 2), ["Kubernetes", "Terraform"]),
            score("c.html", "", 9, (0, 3), (0, 0), ["Go"]),
            score("d.txt", "Data <img src=x onerror=window.pwned=2>", None, (0, 0), (0, 0), []),
        ],
        "duplicates": [{"path": "e.txt", "same_as": "a.txt"}], "failures": [], "no_skills": ["d.txt"],
    }


@pytest.fixture(scope="module")
def scan_html(tmp_path_factory) -> Path:
    from skillgap.render.html import render_scan_html

    path = tmp_path_factory.mktemp("scan") / "scan-report.html"
    path.write_text(render_scan_html(scan_data()), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- tests

CONTRAST_SCRIPT = r"""
(() => {
  const parse = (c) => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null;
    const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const background = (el) => { for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor); if (c && c[3] > 0.5) return c; }
    return [255, 255, 255, 1]; };
  const failures = []; let checked = 0;
  for (const el of document.body.querySelectorAll("*")) {
    const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const rect = el.getBoundingClientRect(); const style = getComputedStyle(el);
    if (rect.width < 2 || rect.height < 2 || style.visibility === "hidden" || style.display === "none") continue;
    const isSvg = el instanceof SVGElement;
    const fg = parse(isSvg ? style.fill : style.color); if (!fg) continue;
    const bg = background(isSvg ? el.closest("svg").parentElement : el);
    const l1 = lum(fg), l2 = lum(bg); const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
    const needed = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5; checked++;
    const name = `${el.tagName}.${el.className.baseVal ?? el.className}`;
    if (ratio < needed) failures.push(`${name} "${el.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
  }
  return {checked, failures};
})()
"""


def assert_clean_load(page: Page) -> None:
    assert page.problems() == []
    outside = [url for url in page.requests() if not url.startswith(("file:", "data:", "about:"))]
    assert outside == [], "the page must not load anything from the network"


def test_browser_check_report_loads_clean_and_shows_key_elements(page, sample_html, tmp_path):
    page.open(sample_html)
    assert_clean_load(page)
    assert page.evaluate("document.title").startswith("skillgap: resume-software-engineer.md vs")
    assert page.evaluate("document.querySelector('svg.gauge title').textContent").startswith("Match score ")
    assert page.evaluate("document.querySelectorAll('[data-testid=next-steps] > li').length") >= 1
    headline = page.evaluate("document.querySelector('[data-testid=headline]').innerText")
    assert headline.startswith("You match ") and "required" in headline
    # Missing skills are listed, marked by an icon and a word as well as by colour.
    missing = page.evaluate("Array.from(document.querySelectorAll('.chip.missing')).map(c => c.innerText)")
    assert missing and all("✗" in text for text in missing)
    assert page.evaluate("document.querySelectorAll('.chip.missing .visually-hidden').length") == len(missing)
    assert page.evaluate("document.querySelectorAll('[data-testid=keywords-missing] li').length") >= 1
    assert page.evaluate("document.querySelectorAll('table.skills-table caption').length") >= 1
    assert page.evaluate("document.querySelectorAll('[data-testid=suggestions] .before').length") == 2
    after = page.evaluate("document.querySelectorAll('[data-testid=suggestions] .after')[1].innerText")
    assert after.count("<b>tuned</b>") == 1
    # The posting is shown with its requirements highlighted, and links reach its lines.
    assert page.evaluate("document.querySelectorAll('[data-testid=posting-text] mark.hl.required').length") >= 3
    target = page.evaluate("document.querySelector('.skills-table a[href^=\"#posting-L\"]').getAttribute('href')")
    assert page.evaluate(f"!!document.getElementById({json.dumps(target[1:])})")
    # The embedded data is the JSON report, byte for byte as data.
    embedded = json.loads(page.evaluate("document.getElementById('skillgap-data').textContent"))
    assert embedded["score"] == page.evaluate("Number(document.querySelector('.gauge-number').textContent)")
    save_screenshot(page, tmp_path, "check-report.png")


def test_browser_check_report_text_has_enough_contrast(page, sample_html):
    page.open(sample_html)
    result = page.evaluate(CONTRAST_SCRIPT)
    assert result["checked"] > 100
    assert result["failures"] == []


def test_browser_check_report_prints(page, sample_html, tmp_path):
    page.open(sample_html)
    page.call("Emulation.setEmulatedMedia", {"media": "print"})
    assert page.evaluate("getComputedStyle(document.querySelector('nav.toc')).display") == "none"
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
    save_screenshot(page, tmp_path, "check-report-print.png")
    page.call("Emulation.setEmulatedMedia", {"media": ""})
    pdf = base64.b64decode(page.call("Page.printToPDF", {"printBackground": True})["data"])
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000


def test_browser_hostile_text_does_not_execute(page, hostile_html, tmp_path):
    page.open(hostile_html)
    assert_clean_load(page)  # nothing ran, and no CSP violation was even attempted
    assert page.evaluate("document.title").startswith("skillgap: ")
    assert page.evaluate("window.pwned === undefined")
    assert page.evaluate("document.querySelectorAll('img, iframe, a[href^=javascript]').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 1  # the inert JSON data block
    posting = page.evaluate("document.querySelector('[data-testid=posting-text]').innerText")
    assert "<script>document.title='pwned';window.pwned=1</script>" in posting
    assert '<img src=x onerror="window.pwned=2;document.title=\'pwned\'">' in posting
    rewrite = page.evaluate("document.querySelector('[data-testid=suggestions]').innerText")
    assert "<script>window.pwned=9</script>" in rewrite
    save_screenshot(page, tmp_path, "hostile.png")


def test_browser_csp_would_block_an_injected_script(page, tmp_path):
    """Defence in depth: even if escaping ever failed, the page's policy refuses inline script."""
    from skillgap.render.html import render_scan_html

    html = render_scan_html(scan_data()).replace("</main>", "<script>window.pwned=1</script></main>")
    path = tmp_path / "injected.html"
    path.write_text(html, encoding="utf-8")
    page.open(path)
    assert page.evaluate("window.pwned === undefined")
    assert any("Content Security Policy" in problem for problem in page.problems())
    assert page.evaluate("document.documentElement.getAttribute('data-sortable')") == "ready"  # ours still runs


def test_browser_scan_report_chart_table_and_sorting(page, scan_html, tmp_path):
    page.open(scan_html)
    assert_clean_load(page)
    assert page.evaluate("document.documentElement.getAttribute('data-sortable')") == "ready"
    rows = page.evaluate(
        "Array.from(document.querySelectorAll('[data-testid=demand-chart] > li')).map(li => li.innerText)")
    assert len(rows) == 6 and rows[0].startswith("Python") and "Shown" in rows[0] and "Missing" in rows[1]
    assert page.evaluate("document.querySelectorAll('[data-testid=gaps] li').length") == 5
    assert page.evaluate("window.pwned === undefined")

    def first_column() -> list[str]:
        return page.evaluate("Array.from(document.querySelectorAll('[data-testid=scores-table] tbody tr'))"
                             ".map(r => r.cells[1].getAttribute('data-sort'))")

    assert first_column() == ["81", "64", "9", "-1"]
    page.evaluate("document.querySelectorAll('[data-testid=scores-table] thead th button')[1].click()")
    assert first_column() == ["-1", "9", "64", "81"]
    assert page.evaluate("document.querySelectorAll('[data-testid=scores-table] thead th')[1]"
                         ".getAttribute('aria-sort')") == "ascending"
    page.evaluate("document.querySelectorAll('[data-testid=scores-table] thead th button')[0].click()")
    names = page.evaluate("Array.from(document.querySelectorAll('[data-testid=scores-table] tbody th'))"
                          ".map(c => c.getAttribute('data-sort'))")
    assert names == sorted(names)
    page.evaluate("document.querySelectorAll('[data-testid=scores-table] thead th button')[1].click()")
    save_screenshot(page, tmp_path, "scan-report.png")
    result = page.evaluate(CONTRAST_SCRIPT)
    assert result["failures"] == []


def test_browser_scan_report_works_without_javascript(page, scan_html):
    page.open(scan_html, javascript=False)
    assert page.problems() == []
    assert page.evaluate("document.documentElement.getAttribute('data-sortable')") is None
    assert page.evaluate("document.querySelectorAll('[data-testid=scores-table] tbody tr').length") == 4
    assert page.evaluate("document.querySelectorAll('[data-testid=scores-table] thead button').length") == 0
    first = page.evaluate("document.querySelector('[data-testid=scores-table] tbody th').innerText")
    assert first.startswith("Platform")


def test_browser_check_report_on_a_narrow_screen(page, sample_html, tmp_path):
    page.open(sample_html, width=390, height=844)
    assert page.problems() == []
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, "the page must not scroll sideways on a phone"
    # nor inside a table: each row is a card, every cell within the screen's width
    outside = page.evaluate("""Array.from(document.querySelectorAll('table.stack td, table.stack tbody th'))
        .filter(cell => cell.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length""")
    assert outside == 0, f"{outside} table cells are off the screen on a phone"
    save_screenshot(page, tmp_path, "check-report-phone.png")


def test_browser_check_report_with_nothing_recognised(page, mini_extractor, tmp_path):
    from skillgap.render.html import render_html

    report = make_report("Jane Doe\n\nExperience\n- Baked bread.\n", "Baker\n\nRequirements\n- Sourdough.\n",
                         mini_extractor)
    path = tmp_path / "empty.html"
    path.write_text(render_html(report), encoding="utf-8")
    page.open(path)
    assert_clean_load(page)
    assert "Nothing to compare" in page.evaluate("document.body.innerText")
