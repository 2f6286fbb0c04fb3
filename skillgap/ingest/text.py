"""Plain text and Markdown: decode the bytes safely, keep lines, strip Markdown markup.

Markdown is converted line by line (no Markdown library): a résumé needs headings,
bullets and words, not a faithful rendering. Every produced line records where it
came from in `source_map`, so positions can be shown as source lines and columns even
though blank lines, comments and front matter are dropped.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from skillgap.errors import InputError, LimitExceeded
from skillgap.ingest.builder import DocumentBuilder
from skillgap.ingest.limits import Limits
from skillgap.types import Document, LineOrigin

MARKDOWN_SUFFIXES = (".md", ".markdown")
_BINARY_HINT = "give a .txt or .md file saved as text, or the original PDF/DOCX"
# Other formats that are sometimes saved with a text extension, by their first bytes.
_MAGIC = {
    b"%PDF-": ("a PDF file", "rename it to .pdf"),
    b"PK\x03\x04": ("a zip file (perhaps a .docx)", "rename it to .docx if it is a Word document"),
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": (
        "an old Word .doc file",
        "open it in Word and save as .docx",
    ),
    b"{\\rtf": ("an RTF file", "save it as .docx or .pdf"),
}
# C0 controls other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NEWLINE = re.compile(r"\r\n|\r|\n")
# What must not stay inside one line: controls (tab aside) and Unicode line separators.
_STRAY_BREAKS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]")


def single_line(text: str) -> str:
    """Replace line breaks and control characters (tab aside) by spaces, for `add_line`."""
    if text.isascii() and text.isprintable():  # none of them (the common case, checked fast)
        return text
    return _STRAY_BREAKS.sub(" ", text)


def reject_other_formats(data: bytes, display: str, expected: str = "text") -> None:
    """Raise InputError when `data` starts like a PDF, zip, old .doc or RTF file."""
    for magic, (what, hint) in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"looks like {what}, not {expected}", path=display, hint=hint)


def decode_bytes(data: bytes, display: str) -> str:
    """Decode text: UTF-8 (BOM or not), UTF-16 with BOM, else cp1252, else latin-1.

    Raises InputError when the bytes are another format or binary junk.
    """
    reject_other_formats(data, display)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _try(data, "utf-16")
    elif data.startswith(codecs.BOM_UTF8):
        text = _try(data, "utf-8-sig")
    else:
        text = _try(data, _utf16_without_bom(data)) if b"\x00" in data[:4096] else None
        for encoding in ("utf-8", "cp1252", "latin-1"):
            if text is not None:
                break
            text = _try(data, encoding)
    if text is None or _looks_binary(text):
        raise InputError("looks like a binary file, not text", path=display, hint=_BINARY_HINT)
    return text


def _try(data: bytes, encoding: str | None) -> str | None:
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has NULs in nearly every other byte (ASCII content)."""
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > 0.4 * len(head) / 2 and even == 0:
        return "utf-16-le"
    if even > 0.4 * len(head) / 2 and odd == 0:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if "\x00" in sample:
        return True
    controls = len(_CONTROL.findall(sample))
    return controls > max(2, len(sample) // 20)


def split_source_lines(text: str) -> list[str]:
    """Split on \\r\\n, \\r or \\n only (str.splitlines would also split on \\f, \\v, U+2028...)."""
    return _NEWLINE.split(text)


def read_text(path: Path, display: str, limits: Limits) -> Document:
    """Read a .txt, .md or extensionless file."""
    text = decode_bytes(path.read_bytes(), display)
    if len(text) > 2 * limits.max_chars:  # refuse before the line-by-line work
        raise LimitExceeded(
            f"text is {len(text):,} characters, over the {limits.max_chars:,} limit",
            path=display,
            hint=limits.describe("max_chars"),
        )
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        return markdown_document(text, display)
    return plain_document(text, display)


def plain_document(text: str, path: str) -> Document:
    builder = DocumentBuilder(path, "txt")
    page = 1
    for number, raw in enumerate(split_source_lines(text), start=1):
        # A form feed is a page break (pdftotext and some exports write them).
        pieces = raw.split("\f")
        for index, piece in enumerate(pieces):
            if index:
                page += 1
            if piece:  # an empty line is not kept (add_line), and most blank lines are empty
                _add_mapped(builder, single_line(piece), number, page=page)
    return builder.build()


def _add_mapped(
    builder: DocumentBuilder,
    text: str,
    source_line: int,
    *,
    source_col: int | None = None,
    page: int = 1,
    origin: LineOrigin = LineOrigin.BODY,
) -> None:
    """Add one line and, if it was kept, a source-map anchor at its start."""
    line = builder.add_line(text, page=page, origin=origin)
    if line is None:
        return
    if source_col is None:
        source_col = len(text) - len(text.lstrip()) + 1
    builder.source_map.append((line.start, source_line, source_col))


# --- Markdown -------------------------------------------------------------------------

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^\s{0,3}(#{1,6})(?:\s+|$)(.*?)(?:\s+#+)?\s*$")
_SETEXT_OR_RULE = re.compile(r"^\s{0,3}(?:=+|-{2,}|(?:[-*_]\s*){3,})\s*$")
_LIST = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
# Quantifiers are bounded so that no line can make a pattern slow (unclosed "[" or "**"
# repeated thousands of times would otherwise cost quadratic time), and lines longer than
# _MAX_INLINE characters are left as written.
_MAX_INLINE = 5000
_INLINE = (
    (re.compile(r"!\[[^\[\]\n]{0,200}\](?:\([^()\n]{0,300}\)|\[[^\[\]\n]{0,100}\])"), ""),  # images
    (
        re.compile(
            r"\[([^\[\]\n]{1,200})\]\((?:[^()\s]|\([^()\n]{0,100}\)){0,300}(?:\s+\"[^\"\n]{0,100}\")?\)"
        ),
        r"\1",
    ),
    (re.compile(r"\[([^\[\]\n]{1,200})\]\[[^\[\]\n]{0,100}\]"), r"\1"),
    (re.compile(r"<((?:https?|mailto):[^<>\s]{1,300})>"), r"\1"),
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,200})?/?>"), " "),  # inline HTML tags
    (re.compile(r"(`{1,5})([^`\n]{1,200}?)\1"), r"\2"),
    (re.compile(r"(\*\*|__)(?=\S)(.{1,200}?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])(.{1,200}?)(?<=[^\s*])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w])_(?=[^\s_])(.{1,200}?)(?<=[^\s_])_(?![\w])"), r"\1"),
    (re.compile(r"~~(?=\S)(.{1,200}?)(?<=\S)~~"), r"\1"),
)
_IMAGE = _INLINE[0][0]
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_SHELTER = 0xF0000  # escaped characters wait in a private-use plane while markup is removed


def strip_inline_markdown(text: str) -> str:
    """Remove emphasis, code, link and image markup from one line of Markdown."""
    if len(text) > _MAX_INLINE:
        return text
    text = _ESCAPED.sub(lambda m: chr(_SHELTER + ord(m.group(1))), text)
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return re.sub("[\U000f0000-\U000f007f]", lambda m: chr(ord(m.group(0)) - _SHELTER), text)


def _blank_comments(source: str) -> str:
    """Replace HTML comments by spaces, keeping newlines, so lines and columns stay put."""
    return _COMMENT.sub(lambda m: re.sub(r"[^\n\r]", " ", m.group(0)), source)


def _front_matter_end(lines: list[str]) -> int:
    """Index of the first line after a YAML front-matter block (0 if there is none)."""
    if lines and lines[0].strip() == "---":
        for index in range(1, min(len(lines), 200)):
            if lines[index].strip() in ("---", "..."):
                return index + 1
    return 0


def markdown_document(source: str, path: str) -> Document:
    builder = DocumentBuilder(path, "md")
    lines = split_source_lines(_blank_comments(source))
    images = 0
    fence: str | None = None
    for index in range(_front_matter_end(lines), len(lines)):
        raw = single_line(lines[index])
        number = index + 1
        fence_match = _FENCE.match(raw)
        if fence is not None:  # inside a fenced block: text as written
            if (
                fence_match
                and fence_match.group(1)[0] == fence[0]
                and len(fence_match.group(1)) >= len(fence)
            ):
                fence = None
            else:
                _add_mapped(builder, raw, number)
            continue
        if fence_match:
            fence = fence_match.group(1)
            continue
        if _SETEXT_OR_RULE.match(raw) or _LINK_DEFINITION.match(raw) or _TABLE_RULE.match(raw):
            continue
        images += len(_IMAGE.findall(raw)) if len(raw) <= _MAX_INLINE else 0
        column = len(raw) - len(raw.lstrip()) + 1
        body = _QUOTE.sub("", raw)
        origin = LineOrigin.BODY
        heading = _ATX.match(body)
        item = None if heading else _LIST.match(body)
        if heading:
            body = strip_inline_markdown(heading.group(2))
        elif item:
            rest = strip_inline_markdown(body[item.end() :]).strip()
            body = "• " + rest if rest else ""
            origin = LineOrigin.LIST_ITEM
        elif body.lstrip().startswith("|"):  # a table row
            cells = body.strip().strip("|").split("|")
            body = " | ".join(c for c in (strip_inline_markdown(c).strip() for c in cells) if c)
        else:
            body = strip_inline_markdown(body)
        _add_mapped(builder, body, number, source_col=column, origin=origin)
    return builder.build(image_count=images)
