"""SG1xx: file and parseability, what tracking systems choke on."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from skillgap.lint.context import LintContext
from skillgap.lint.findings import Hit
from skillgap.types import LineOrigin

_PAGINATED = ("pdf", "docx")


def _excerpt(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def no_text_layer(ctx: LintContext) -> Iterator[Hit]:
    document = ctx.document
    if not document.layout.has_text_layer or not document.text.strip():
        yield Hit(0, 0, "the file has no text layer (a scan or an image): tracking systems read nothing from it",
                  "export the résumé from your editor as a PDF with text, or run OCR on the scan")
        return
    if document.format != "pdf":
        return
    with_text = {line.page for line in document.lines if ctx.line_text(line).strip()}
    empty = [page for page in range(1, document.pages + 1) if page not in with_text]
    if empty:
        pages = ", ".join(map(str, empty))
        yield Hit(0, 0, f"page{'s' if len(empty) > 1 else ''} {pages} of {document.pages} "
                        f"{'have' if len(empty) > 1 else 'has'} no text layer (a scan or an image)",
                  "rebuild the PDF from the source document instead of scanning or printing to image")
    elif document.pages and ctx.word_count / document.pages < 10:
        yield Hit(0, 0, f"only {ctx.word_count} words were read from {document.pages} page(s): most of the file "
                        "is images or outlined text", "export text as text, not as shapes or pictures")


def hidden_text(ctx: LintContext) -> Iterator[Hit]:
    spans = sorted(ctx.document.layout.hidden_spans)
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and ctx.line_index(start) == ctx.line_index(merged[-1][0]) and start - merged[-1][1] <= 2:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in merged:
        text = ctx.span(start, end)
        if not text.strip():
            continue
        yield Hit(start, end, f"hidden text (white, tiny or marked hidden): “{_excerpt(text)}”; readers cannot see "
                              "it but parsers do, and it reads as keyword stuffing",
                  "delete it, or make it visible if it belongs in the résumé")


def multi_column_layout(ctx: LintContext) -> Iterator[Hit]:
    columns = ctx.document.layout.columns_per_page
    pages = [page for page, count in enumerate(columns, start=1)
             if count > 1 and not _grid_in_a_section(ctx, page) and not _labels_beside_values(ctx, page)]
    if not pages:
        return
    first = next((line for line in ctx.lines if line.page == pages[0]), None)
    offset = first.start if first else 0
    most = max(columns[page - 1] for page in pages)
    where = f"page {pages[0]}" if len(pages) == 1 else f"pages {', '.join(map(str, pages))}"
    yield Hit(offset, offset, f"{where} {'is' if len(pages) == 1 else 'are'} laid out in {most} columns: older "
                              "tracking systems read across columns and mix their lines",
              "a single-column layout parses reliably everywhere")


MAX_GRID_SHARE = 1 / 3  # share of a page's lines a grid inside one section holds beside the column at most


def _grid_in_a_section(ctx: LintContext, page: int) -> bool:
    """Whether the page's second column is only a grid inside a section that runs down the
    first: a list split into two short columns, cards tiled three across. Its lines are a
    small share of the page's, none heads a section, and all lie in one section that the
    first column holds too (its heading is there). A sidebar or a block beside the main
    column has headings of its own, or sections the main column has not."""
    lines = [line for line in ctx.lines if line.page == page]
    beside = [line for line in lines if line.column > 0]
    if not beside or len(beside) > MAX_GRID_SHARE * len(lines) or any(line.start in ctx.heading_starts
                                                                        for line in beside):
        return False
    sections = {ctx.sections.at(line.start) for line in beside}
    return len(sections) == 1 and any(line.column == 0 and ctx.sections.at(line.start) in sections for line in lines)


MIN_LABEL_SHARE = 1 / 3  # share of the first column's lines that say again a label of it


def _labels_beside_values(ctx: LintContext, page: int) -> bool:
    """Whether the page's first column is a column of labels, each set beside its value (a
    Europass CV: "Dates", "Occupation or position held", "Name and address of employer"
    beside every role): the same set of labels, two or more, comes back for every entry.
    Label-value rows are one column of pairs, not columns of text."""
    texts = [" ".join(ctx.line_text(line).split()) for line in ctx.lines if line.page == page and line.column == 0]
    again = [n for n in Counter(text for text in texts if text).values() if n > 1]
    return len(again) >= 2 and sum(again) >= MIN_LABEL_SHARE * len(texts)


def _groups(ctx: LintContext, origin: LineOrigin) -> list[list[int]]:
    groups: list[list[int]] = []
    for index, line in enumerate(ctx.lines):
        if line.origin is origin:
            if groups and groups[-1][-1] == index - 1:
                groups[-1].append(index)
            else:
                groups.append([index])
    return groups


def key_content_in_table(ctx: LintContext) -> Iterator[Hit]:
    contact_lines = {ctx.line_index(c.start) for c in ctx.contacts}
    for group in _groups(ctx, LineOrigin.TABLE):
        kinds: list[str] = []
        first = None
        for index in group:
            line = ctx.lines[index]
            found = []
            if index in contact_lines:
                found.append("contact details")
            if line.start in ctx.heading_starts:
                found.append("a section heading")
            if index in ctx.line_dates and ctx.kind_at(line.start).value in ("experience", "volunteer"):
                found.append("the dates of a role")
            if found and first is None:
                first = line
            kinds.extend(k for k in found if k not in kinds)
        if first is not None:
            yield Hit(first.start, first.end, f"{' and '.join(kinds)} inside a table: many parsers flatten or skip "
                                              "tables", "move this content into ordinary paragraphs")


def text_box(ctx: LintContext) -> Iterator[Hit]:
    for group in _groups(ctx, LineOrigin.TEXTBOX):
        line = ctx.lines[group[0]]
        yield Hit(line.start, line.end, f"text in a text box (“{_excerpt(ctx.line_text(line), 40)}”): many tracking "
                                        "systems skip text boxes", "put the text in the body of the document")


def contact_in_header_footer(ctx: LintContext) -> Iterator[Hit]:
    edges = (LineOrigin.HEADER, LineOrigin.FOOTER)
    for kind, label in (("email", "email address"), ("phone", "phone number")):
        found = [c for c in ctx.contacts if c.kind == kind]
        if found and all(c.origin in edges for c in found):
            where = found[0].origin.value
            yield Hit(found[0].start, found[0].end, f"the {label} is only in the page {where}: several tracking "
                                                    "systems ignore headers and footers",
                      f"repeat the {label} in the body, under your name")


_GARBLED = re.compile(
    r"(?P<cid>\(cid:\d+\))"
    r"|(?P<pua>[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd])"
    r"|(?P<lig>[\ufb00-\ufb06])"
    r"|(?P<repl>\ufffd)"
    r"|(?P<mojibake>Ã[\u0080-\u00bf]|â€[\u0080-\u00bf™œ\u009d“”˜¢¦]|Â[\u00a0-\u00bf])"
)
_WHAT = {
    "cid": ("a glyph without a Unicode mapping", "embed the font with a Unicode map, or use a standard font"),
    "pua": ("an icon-font glyph (private use area)", "write “Email:”, “Phone:” or the site's name instead of the icon"),
    "lig": ("a typographic ligature", "turn off ligatures, or use a font whose ligatures extract as letters"),
    "repl": ("a character that could not be decoded", "save the file as UTF-8 and re-export it"),
    "mojibake": ("UTF-8 text decoded as Latin-1", "save the file as UTF-8, or retype the accented characters"),
}


def garbled_characters(ctx: LintContext) -> Iterator[Hit]:
    """One finding per distinct garbage character, at its first line: a bullet glyph
    that extracts as "(cid:136)" on every line is one problem, not forty."""
    first: dict[str, tuple[int, int, str]] = {}
    lines_with: dict[str, int] = {}
    for line in ctx.lines:
        seen_here = set()
        for match in _GARBLED.finditer(ctx.line_text(line)):
            key = match.group(0)
            if key not in first:
                first[key] = (line.start + match.start(), line.start + match.end(), match.lastgroup or "repl")
            if key not in seen_here:
                seen_here.add(key)
                lines_with[key] = lines_with.get(key, 0) + 1
    # Readers that drop such glyphs from the text (the PDF reader turns icon bullets into "•"
    # and removes "(cid:NN)") may list them as `layout.dropped_glyphs`: (offset, glyph) pairs.
    for offset, glyph in getattr(ctx.document.layout, "dropped_glyphs", ()):
        match = _GARBLED.match(glyph)
        if match is None:
            continue
        key = match.group(0)
        if key not in first:
            first[key] = (offset, offset, match.lastgroup or "repl")
        lines_with[key] = lines_with.get(key, 0) + 1
    for key, (start, end, kind) in sorted(first.items(), key=lambda item: item[1][0]):
        what, hint = _WHAT[kind]
        shown = key if kind in ("cid", "mojibake") else f"U+{ord(key[0]):04X}"
        more = lines_with[key] - 1
        also = f" (and on {more} more line{'s' if more > 1 else ''})" if more else ""
        yield Hit(start, end, f"“{shown}” extracts as garbage: {what}{also}", hint)


def too_many_pages(ctx: LintContext) -> Iterator[Hit]:
    document = ctx.document
    limit = ctx.option("max-pages")
    if document.format in _PAGINATED and document.pages > limit:
        yield Hit(0, 0, f"{document.pages} pages, more than {limit}",
                  "cut older roles to one line each and keep the most relevant results "
                  "(or raise `max-pages` for an academic CV)")


def thin_content(ctx: LintContext) -> Iterator[Hit]:
    minimum = ctx.option("min-words")
    if ctx.word_count < minimum:
        yield Hit(0, 0, f"only {ctx.word_count} words were read, fewer than {minimum}",
                  "check that the file's text is real text, and describe your roles with results")
