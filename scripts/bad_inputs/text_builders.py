"""Text, HTML, JSON Resume and LaTeX cases."""

from __future__ import annotations

import random

from bad_inputs.common import GOOD_LINES, NOWHERE

GOOD_TEXT = "\n".join(GOOD_LINES) + "\n"


def junk(size: int = 4096, seed: int = 3) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(size))


def big_text(size: int = 50 * 1024 * 1024) -> bytes:
    line = b"Built services in Python and PostgreSQL on AWS, deployed with Docker and Terraform.\n"
    return GOOD_TEXT.encode() + line * (size // len(line))


def long_line(size: int = 10 * 1024 * 1024) -> bytes:
    words = b"Python Docker Kubernetes Terraform PostgreSQL AWS "
    return GOOD_TEXT.encode() + words * (size // len(words)) + b"\n"


def long_line_100k() -> bytes:
    return long_line(100_000)


def many_lines(count: int = 2_000_000) -> bytes:
    return GOOD_TEXT.encode() + b"x\n" * count


RTL_TEXT = ("ג'ורדן לי\nExperience\nמהנדס תוכנה ב-Example Corp 2019 - 2024\n"
            "• بنيت خدمات باستخدام Python و PostgreSQL على AWS\n"
            "\u202eSkills\u202c\nPython, Docker, \u2067Kubernetes\u2069, Terraform\n")


def markdown_pathological() -> bytes:
    lines = ["# Skills", "[" * 4000 + "](" * 200, "*" * 4900 + "a", "**" * 2400 + "x", "_" * 4999,
             "`" * 4999, "![" * 2000, "<a " * 1600, "- Python"]
    return "\n".join(lines).encode() + b"\n"


def html_page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


GOOD_HTML_BODY = "".join(f"<p>{line}</p>" for line in GOOD_LINES)


def html_deep(depth: int = 40_000, tag: str = "div") -> bytes:
    opener = "<ul><li>" if tag == "li" else f"<{tag}>"
    closer = "</li></ul>" if tag == "li" else f"</{tag}>"
    return html_page(GOOD_HTML_BODY + opener * depth + "deep text" + closer * depth).encode()


def html_deep_li() -> bytes:
    return html_deep(40_000, "li")


def html_many_elements(count: int = 1_000_000) -> bytes:
    return html_page(GOOD_HTML_BODY + "<span>a</span>" * count).encode()


def html_scripts_styles() -> bytes:
    head = "<style>body { color: red } p::before { content: 'STYLE-LEAK' }</style>"
    body = ("<script>document.write('SCRIPT-LEAK'); fetch('" + NOWHERE + "/beacon')</script>"
            + GOOD_HTML_BODY + "<noscript>NOSCRIPT-LEAK</noscript><template>TEMPLATE-LEAK</template>"
            "<script type='text/template'><p>SCRIPT-LEAK</p></script>"
            "<svg><script>SCRIPT-LEAK</script></svg><style>@import url('" + NOWHERE + "/x.css');</style>")
    return html_page(body, head).encode()


def html_external_resources(base: str = NOWHERE) -> bytes:
    head = (f"<link rel='stylesheet' href='{base}/style.css'><script src='{base}/app.js'></script>"
            f"<meta http-equiv='refresh' content='0; url={base}/refresh'><base href='{base}/'>")
    body = (f"<img src='{base}/pixel.png'><iframe src='{base}/frame'></iframe>"
            f"<object data='{base}/object'></object><video src='{base}/video'></video>"
            f"<div style=\"background:url('{base}/bg.png')\">" + GOOD_HTML_BODY + "</div>"
            f"<a href='{base}/link'>Portfolio</a>")
    return html_page(body, head).encode()


def xhtml_entities(url: str = f"{NOWHERE}/xhtml") -> bytes:
    return (f'<?xml version="1.0"?><!DOCTYPE html SYSTEM "{url}/dtd" [<!ENTITY net SYSTEM "{url}">'
            f'<!ENTITY file SYSTEM "file:///etc/passwd">]>'
            f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{GOOD_HTML_BODY}<p>&net; &file;</p></body></html>'
            ).encode()


def html_json_ld_deep() -> bytes:
    blob = "[" * 100_000 + "]" * 100_000
    return html_page(GOOD_HTML_BODY, f"<script type='application/ld+json'>{blob}</script>").encode()


def json_deep() -> bytes:
    return b'{"basics": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"


def json_good() -> str:
    return ('{"basics": {"name": "Jordan Lee", "label": "Backend engineer"}, "work": [{"name": "Example Corp", '
            '"position": "Backend engineer", "highlights": ["Built services in Python and PostgreSQL on AWS"]}], '
            '"skills": [{"name": "Tools", "keywords": ["Python", "Docker", "Kubernetes"]}]}')


def tex_document(body: str, preamble: str = "") -> bytes:
    return (f"\\documentclass{{article}}\n{preamble}\\begin{{document}}\n{body}\n\\end{{document}}\n").encode()


GOOD_TEX_BODY = "\\section{Experience}\nBackend engineer at Example Corp\n\\begin{itemize}\n" \
                "\\item Built services in Python and PostgreSQL on AWS\n\\end{itemize}\n" \
                "\\section{Skills}\nPython, Docker, Kubernetes, Terraform\n"
