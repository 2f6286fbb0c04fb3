"""A saved job-posting web page: the posting's text without the site around it.

Parsed with selectolax (Lexbor). Navigation, scripts, styles, forms, footers, cookie
banners and hidden elements are skipped while walking the tree (never removed from it:
decomposing overlapping nodes is unsafe). When a `<main>`, `<article>` or a
"job-description" element holds most of the text, only it is read. A JSON-LD
`JobPosting` replaces the page when the visible text is thin (pages rendered by script).
"""

from __future__ import annotations

import codecs
import contextlib
import json
import re
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from skillgap.errors import InputError, LimitExceeded
from skillgap.ingest.builder import DocumentBuilder
from skillgap.ingest.limits import Limits
from skillgap.ingest.text import reject_other_formats, single_line
from skillgap.types import Document, LineOrigin

# fmt: off
_SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "nav", "footer", "aside", "form",
    "button", "iframe", "object", "embed", "canvas", "audio", "video", "map", "select",
    "textarea", "input", "head", "title", "meta", "link", "dialog",
})
_BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
    "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "caption", "thead",
    "tbody", "tfoot", "tr", "ul", "br",
})
_SKIP_ROLES = frozenset({
    "navigation", "banner", "contentinfo", "search", "dialog", "alertdialog", "menu", "menubar",
})
# What browsers do (WHATWG): these labels mean windows-1252, UTF-16 labels on ASCII mean UTF-8.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252",
    "us-ascii": "cp1252", "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8",
}
# fmt: on
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_BOILERPLATE_NAME = re.compile(
    r"cookie|consent|gdpr|sr-only|visually-hidden|screen-reader", re.IGNORECASE
)
_DESCRIPTION_NAME = re.compile(r"description", re.IGNORECASE)  # job-description, jobDescription
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.-]+)", re.IGNORECASE)
_WHITESPACE = re.compile(r"\s+")
_BULLET_GLYPHS = "•·▪◦‣-–*● \t"
_THIN_CHARS = 200
_MAX_CANDIDATES = 50
# Lexbor's tree building costs O(depth) per start tag, so nesting costs quadratic time
# (40,000 nested <li>: 22 s). Browsers cap the tree's depth (Blink: 512); deeper pages are
# refused before parsing, on a quick scan of the tags (`nesting_depth`).
MAX_NESTING = 1_000
TAGS_PER_CHAR = 0.25  # at most max_chars / 4 tags: ~7 us per element walked
_TAG = re.compile(r"<(/?)([a-z][a-z0-9-]{0,40})")
_COMMENT_BLOCK = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
# Elements that never hold others (void), or that the next sibling closes (optional end tags),
# or whose content is text, not tags (raw text).
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "basefont", "bgsound", "frame", "command", "image",
    "li", "dt", "dd", "p", "rt", "rp", "rb", "rtc", "optgroup", "option", "colgroup", "caption",
    "thead", "tbody", "tfoot", "tr", "td", "th", "html", "head", "body",
})
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
                       "plaintext"})


def decode_html(data: bytes) -> str:
    """Decode by BOM, then `<meta charset>`, else UTF-8 with replacement characters."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    encoding = "utf-8"
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        label = declared.group(1).decode("ascii").lower()
        label = _CHARSET_ALIASES.get(label, label)
        with contextlib.suppress(LookupError):  # an unknown label: keep UTF-8
            encoding = codecs.lookup(label).name
    return data.decode(encoding, errors="replace")


def _skipped(node: LexborNode, tag: str) -> bool:
    """Elements a reader of the page does not see, or that are the site, not the posting."""
    if tag in _SKIP_TAGS:
        return True
    attrs = node.attributes
    if not attrs:
        return False
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    if (attrs.get("role") or "").lower() in _SKIP_ROLES:
        return True
    if _HIDDEN_STYLE.search(attrs.get("style") or ""):
        return True
    names = f"{attrs.get('id') or ''} {attrs.get('class') or ''}"
    return bool(_BOILERPLATE_NAME.search(names))


class _Walker:
    """Turns an element tree into lines: blocks break lines, list items get "• "."""

    def __init__(self, builder: DocumentBuilder) -> None:
        self.builder = builder
        self.pieces: list[str] = []
        self.prefix = ""
        self.lists = 0
        self.tables = 0
        self.pre = 0
        self.content = 0  # inside <main>/<article>: a <header> there is the posting's
        self.images = 0

    def flush(self) -> None:
        text = "".join(self.pieces)
        self.pieces = []
        if not text.strip():
            return
        if self.prefix:
            text = self.prefix + text.lstrip(_BULLET_GLYPHS)
            self.prefix = ""
        origin = (
            LineOrigin.LIST_ITEM
            if self.lists
            else LineOrigin.TABLE
            if self.tables
            else LineOrigin.BODY
        )
        self.builder.add_line(single_line(text), origin=origin)

    def text(self, value: str) -> None:
        if self.pre:
            for index, part in enumerate(value.split("\n")):
                if index:
                    self.flush()
                self.pieces.append(part)
        else:
            self.pieces.append(_WHITESPACE.sub(" ", value))

    def walk(self, root: LexborNode) -> None:
        stack: list[tuple[LexborNode, bool]] = [(root, True)]
        while stack:
            node, entering = stack.pop()
            tag = node.tag or ""
            if not entering:
                self.leave(tag)
                continue
            if node.is_text_node:
                self.text(node.text_content or "")
                continue
            if tag.startswith("-") or _skipped(node, tag) or (tag == "header" and not self.content):
                continue
            self.enter(node, tag)
            stack.append((node, False))
            children = list(node.iter(include_text=True))
            stack.extend((child, True) for child in reversed(children))

    def enter(self, node: LexborNode, tag: str) -> None:
        if tag == "img":
            self.images += 1
        elif tag in ("td", "th"):
            if "".join(self.pieces).strip():
                self.pieces.append(" | ")
        elif tag in _BLOCK_TAGS:
            self.flush()
            if tag == "li":
                self.prefix = "• "
                self.lists += 1
            elif tag == "table":
                self.tables += 1
            elif tag == "pre":
                self.pre += 1
            elif tag in ("main", "article"):
                self.content += 1

    def leave(self, tag: str) -> None:
        if tag not in _BLOCK_TAGS:
            return
        self.flush()
        if tag == "li":
            self.lists -= 1
            self.prefix = ""
        elif tag == "table":
            self.tables -= 1
        elif tag == "pre":
            self.pre -= 1
        elif tag in ("main", "article"):
            self.content -= 1


def _render(root: LexborNode, path: str, title: str = "") -> Document:
    builder = DocumentBuilder(path, "html")
    if title:
        builder.add_line(single_line(title))
    walker = _Walker(builder)
    walker.content = int(root.tag != "body")  # a chosen element's own <header> is content
    walker.walk(root)
    walker.flush()
    return builder.build(image_count=walker.images)


def _candidates(body: LexborNode) -> list[LexborNode]:
    """Visible <main>/<article>/"job-description" elements, outermost only (an inner one
    never holds more text than the one around it), at most _MAX_CANDIDATES of them."""
    found = {node.mem_id: node for node in body.css("main, article, [role=main]")}
    for node in body.css("[id], [class]"):
        attrs = node.attributes
        if _DESCRIPTION_NAME.search(f"{attrs.get('id') or ''} {attrs.get('class') or ''}"):
            found.setdefault(node.mem_id, node)
    chosen = []
    for node in list(found.values())[:_MAX_CANDIDATES]:
        ancestor: LexborNode | None = node
        while ancestor is not None and ancestor.tag != "body":
            if _skipped(ancestor, ancestor.tag or "") or (
                ancestor is not node and ancestor.mem_id in found
            ):
                break
            ancestor = ancestor.parent
        else:
            chosen.append(node)
    return chosen


def _first_h1(body: LexborNode) -> str:
    for heading in body.css("h1")[:_MAX_CANDIDATES]:
        node: LexborNode | None = heading
        while node is not None and node.tag != "body":
            if _skipped(node, node.tag or ""):
                break
            node = node.parent
        else:
            return heading.text(separator=" ").strip()
    return ""


def _job_postings(tree: LexborHTMLParser) -> Iterator[dict[str, Any]]:
    for script in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(script.text())
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common and never fatal
        queue = deque([data])
        while queue:
            item = queue.popleft()
            if isinstance(item, list):
                queue.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                if kind == "JobPosting" or (isinstance(kind, list) and "JobPosting" in kind):
                    yield item
                queue.extend(v for k, v in item.items() if k == "@graph")


def _from_json_ld(posting: dict[str, Any], path: str) -> Document | None:
    parts = [
        posting.get(key) for key in ("description", "responsibilities", "qualifications", "skills")
    ]
    fragments = [part for part in parts if isinstance(part, str) and part.strip()]
    if not fragments:
        return None
    markup = "\n".join(f"<div>{fragment}</div>" for fragment in fragments)
    if nesting_depth(markup) > MAX_NESTING:
        return None
    if "&lt;" in markup and "<p" not in markup:  # HTML escaped once more inside the JSON
        markup = LexborHTMLParser(f"<p>{markup}</p>").body.text()
    body = LexborHTMLParser(markup).body
    title = posting.get("title") if isinstance(posting.get("title"), str) else ""
    return _render(body, path, title) if body is not None else None


def nesting_depth(source: str, stop: int = MAX_NESTING) -> int:
    """How deeply the page's elements nest, from its tags alone (an upper bound, roughly):
    comments and script/style contents skipped, `/>` closes, void elements and those with
    optional end tags not counted. Stops counting past `stop`. Linear time."""
    if source.count("<") <= stop:
        return 0
    lower = source.lower()
    depth = deepest = skip_to = 0
    for match in _TAG.finditer(lower):
        start = match.start()
        if start < skip_to:
            continue
        closing, name = match.group(1), match.group(2)
        if closing:
            depth = max(0, depth - 1)
            continue
        if name in _RAW_TEXT:
            end = lower.find("</" + name, match.end())
            if end == -1:
                break
            skip_to = end
            continue
        if name in _VOID:
            continue
        end = lower.find(">", match.end(), match.end() + 4096)
        if end > 0 and lower[end - 1] == "/":  # self-closing (SVG icons and XHTML)
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest > stop:
                break
    return deepest


def _check_nesting(source: str, path: str) -> None:
    source = _COMMENT_BLOCK.sub("", source) if "<!--" in source else source
    if nesting_depth(source) > MAX_NESTING:
        raise LimitExceeded(  # a fixed bound: no real page nests this deep (see MAX_NESTING)
            f"has HTML elements nested over {MAX_NESTING:,} deep, too deep to read",
            path=path,
            hint="save the page again from the browser, or copy the posting's text into a .txt file",
        )


def html_to_document(source: str, path: str = "<text>") -> Document:
    """Read the posting text out of an HTML page already decoded to a string."""
    _check_nesting(source, path)
    tree = LexborHTMLParser(source)
    body = tree.body
    if body is None:
        return DocumentBuilder(path, "html").build()
    document = _render(body, path)
    total = len(document.text)
    best: tuple[int, LexborNode, Document] | None = None
    for candidate in _candidates(body):
        rendered = _render(candidate, path)
        size = len(rendered.text)
        if size and total / 2 <= size and (best is None or size > best[0]):
            best = (size, candidate, rendered)
    if best is not None:
        _, node, document = best
        heading = _first_h1(body)  # the job title may sit above <main>
        if heading and heading not in document.text:
            document = _render(node, path, heading)
    for posting in _job_postings(tree):
        structured = _from_json_ld(posting, path)
        if structured is not None and len(document.text) < max(
            _THIN_CHARS, len(structured.text) / 2
        ):
            return structured
    return document


def read_html(path: Path, display: str, limits: Limits) -> Document:
    """Read a saved web page (.html, .htm, .xhtml)."""
    data = path.read_bytes()
    reject_other_formats(data, display, "HTML")
    source = decode_html(data)
    if "\x00" in source[:4096]:
        raise InputError(
            "looks like a binary file, not HTML", path=display, hint="save the page as HTML again"
        )
    tags = source.count("<")
    if tags > TAGS_PER_CHAR * limits.max_chars:
        raise LimitExceeded(
            f"has {tags:,} HTML tags, over the safety limit (1 per {round(1 / TAGS_PER_CHAR)} "
            "characters of --max-chars)",
            path=display,
            hint=limits.describe("max_chars"),
        )
    return html_to_document(source, display)
