"""Word .docx files, read from their XML in document order.

python-docx opens the package (its lxml parser never resolves entities); the body is then
walked directly so that paragraphs, tables, content controls and text boxes come out in
the order a reader sees them. Headers come first and footers last, de-duplicated across
sections. Hidden text (vanish, white on no shading, under 4 pt) stays in the text, and
its spans are recorded so that a linter can flag it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from skillgap.errors import InputError
from skillgap.ingest.builder import DocumentBuilder, clean_line
from skillgap.ingest.docx_guard import SAVE_HINT, check_package
from skillgap.ingest.library_errors import DOCX_LIBRARIES, raised_in
from skillgap.ingest.limits import Limits
from skillgap.ingest.text import single_line
from skillgap.types import Document, LineOrigin

logger = logging.getLogger(__name__)

_NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
_W = f"{{{_NS['w']}}}"  # Clark notation prefix: "{namespace}tag"
_FALLBACK = f"{{{_NS['mc']}}}Fallback"
_TXBX = _W + "txbxContent"
_R_ID = f"{{{_NS['r']}}}id"
# Wrappers whose children are read as if they were the wrapper's own content.
_TRANSPARENT = {
    _W + n
    for n in (
        "sdt",
        "sdtContent",
        "customXml",
        "smartTag",
        "hyperlink",
        "ins",
        "moveTo",
        "fldSimple",
        "dir",
        "bdo",
    )
}
_SHAPES = {_W + "drawing", _W + "pict", _W + "object", f"{{{_NS['mc']}}}AlternateContent"}
_IMAGES = etree.XPath(
    ".//a:blip[not(ancestor::mc:Fallback)] | .//v:imagedata[not(ancestor::mc:Fallback)]",
    namespaces=_NS,
)
_BULLET_GLYPHS = "•·▪◦‣-–*● \t"


def _on(element: etree._Element | None) -> bool | None:
    """A WordprocessingML on/off property: None when absent."""
    if element is None:
        return None
    return element.get(_W + "val", "true").lower() not in ("0", "false", "off", "none")


def _unset_or(mine: bool | None, theirs: bool | None) -> bool | None:
    return theirs if mine is None else mine


@dataclass
class _RunLook:
    """Character properties that matter for hidden text, and capitals set by formatting
    (w:caps, w:smallCaps: "profile" shown as PROFILE); None means "not set here"."""

    vanish: bool | None = None
    white: bool | None = None
    tiny: bool | None = None
    caps: bool | None = None
    bold: bool | None = None
    size: int | None = None  # half-points
    colour: str | None = None  # "2E74B5", "auto"

    @classmethod
    def of(cls, rpr: etree._Element | None) -> _RunLook:
        if rpr is None:
            return cls()
        color, size = rpr.find(_W + "color"), rpr.find(_W + "sz")
        tiny = half_points = None
        if size is not None and re.fullmatch(r"[0-9]{1,6}", size.get(_W + "val") or ""):
            half_points = int(size.get(_W + "val"))
            tiny = half_points < 8  # half-points: under 4 pt
        white = None if color is None else (color.get(_W + "val") or "").upper() == "FFFFFF"
        caps = _on(rpr.find(_W + "caps"))
        small_caps = _on(rpr.find(_W + "smallCaps"))
        shown_in_capitals = None if caps is None and small_caps is None else bool(caps or small_caps)
        colour = None if color is None else (color.get(_W + "val") or "").upper() or None
        return cls(_on(rpr.find(_W + "vanish")), white, tiny, shown_in_capitals, _on(rpr.find(_W + "b")), half_points,
                   colour)

    def under(self, base: _RunLook) -> _RunLook:
        """These properties, falling back to `base` where unset."""
        return _RunLook(
            _unset_or(self.vanish, base.vanish),
            _unset_or(self.white, base.white),
            _unset_or(self.tiny, base.tiny),
            _unset_or(self.caps, base.caps),
            _unset_or(self.bold, base.bold),
            self.size if self.size is not None else base.size,
            self.colour or base.colour,
        )


@dataclass
class _Style:
    name: str = ""
    look: _RunLook = field(default_factory=_RunLook)
    numbered: bool = False


def _styles(root: etree._Element) -> dict[str, _Style]:
    """Styles by id, with `basedOn` inheritance resolved."""
    raw: dict[str, tuple[etree._Element, str | None]] = {}
    for style in root.iterfind(_W + "style"):
        based = style.find(_W + "basedOn")
        raw[style.get(_W + "styleId") or ""] = (
            style,
            None if based is None else based.get(_W + "val"),
        )
    resolved: dict[str, _Style] = {}

    def resolve(style_id: str, seen: frozenset[str] = frozenset()) -> _Style:
        if style_id in resolved or style_id not in raw or style_id in seen:
            return resolved.get(style_id, _Style())
        element, parent_id = raw[style_id]
        parent = resolve(parent_id, seen | {style_id}) if parent_id else _Style()
        name = element.find(_W + "name")
        ppr = element.find(_W + "pPr")
        numbered = parent.numbered or (ppr is not None and ppr.find(_W + "numPr") is not None)
        resolved[style_id] = _Style(
            "" if name is None else (name.get(_W + "val") or ""),
            _RunLook.of(element.find(_W + "rPr")).under(parent.look),
            numbered,
        )
        return resolved[style_id]

    for style_id in raw:
        resolve(style_id)
    return resolved


@dataclass
class _Pending:
    """A line not yet added: (text, hidden) segments, where it came from, its page."""

    segments: list[tuple[str, bool]]
    origin: LineOrigin
    page: int
    style: str = ""  # what a reader sees of the paragraph's type (`_type_key`), as the PDF reader records it

    def text(self) -> str:
        return clean_line(single_line("".join(text for text, _ in self.segments)))


class _Story:
    """Walks one story (body, header, footer) into pending lines."""

    def __init__(self, styles: dict[str, _Style], rendered_breaks: bool, dark_page: bool) -> None:
        self.styles = styles
        self.rendered_breaks = rendered_breaks
        self.dark_page = dark_page
        self.page = 1
        self.seen_boxes: set[str] = set()

    def blocks(
        self, container: etree._Element, origin: LineOrigin | None, shaded: bool
    ) -> list[_Pending]:
        lines: list[_Pending] = []
        for child in container:
            if child.tag == _W + "p":
                lines.extend(self.paragraph(child, origin, shaded))
            elif child.tag == _W + "tbl":
                lines.extend(self.table(child, origin, shaded))
            elif child.tag in _TRANSPARENT:
                lines.extend(self.blocks(child, origin, shaded))
        return lines

    def table(
        self, table: etree._Element, origin: LineOrigin | None, shaded: bool
    ) -> list[_Pending]:
        lines: list[_Pending] = []
        for row in _children(table, _W + "tr"):
            cells = [
                self.blocks(
                    cell, origin or LineOrigin.TABLE, shaded or _shaded(cell.find(_W + "tcPr"))
                )
                for cell in _children(row, _W + "tc")
            ]
            cells = [cell for cell in cells if cell]
            if all(len(cell) == 1 for cell in cells) and cells:
                # A row of one-line cells reads best as one line: "Excel | Advanced".
                segments: list[tuple[str, bool]] = []
                for cell in cells:
                    segments.extend(([(" | ", False)] if segments else []) + cell[0].segments)
                lines.append(_Pending(segments, origin or LineOrigin.TABLE, cells[0][0].page, cells[0][0].style))
            else:  # a layout table (two-column résumé) or cells holding lists: line by line
                lines.extend(line for cell in cells for line in cell)
        return lines

    def paragraph(
        self, paragraph: etree._Element, origin: LineOrigin | None, shaded: bool
    ) -> list[_Pending]:
        ppr = paragraph.find(_W + "pPr")
        style = self.styles.get(_pstyle(ppr), _Style())
        numpr = None if ppr is None else ppr.find(_W + "numPr")
        num_id = None if numpr is None else numpr.find(_W + "numId")
        listed = (num_id is not None and num_id.get(_W + "val") != "0") or (
            num_id is None and (style.numbered or style.name.lower().startswith("list"))
        )
        if ppr is not None and _on(ppr.find(_W + "pageBreakBefore")) and not self.rendered_breaks:
            self.page += 1
        shaded = shaded or _shaded(ppr)
        base = style.look.under(_RunLook.of(None if ppr is None else ppr.find(_W + "rPr")))
        line_origin = origin or (LineOrigin.LIST_ITEM if listed else LineOrigin.BODY)
        lines = [_Pending([], line_origin, self.page)]
        boxes: list[tuple[etree._Element, bool]] = []
        looks: list[tuple[int, _RunLook]] = []
        for run in _runs(paragraph):
            look = self._run_look(run, base)
            hidden = self._run_hidden(look, run, shaded)
            looks.append((sum(len("".join(t.itertext())) for t in run.iterfind(_W + "t")), look))
            for child in run:
                self._run_child(child, hidden, lines, boxes, line_origin, origin, bool(look.caps))
        for line in lines:
            line.style = _type_key(style.name, looks)
        if listed and lines[0].segments:
            first = lines[0].segments
            first[0] = (first[0][0].lstrip(_BULLET_GLYPHS), first[0][1])
            first.insert(0, ("• ", False))
        for box, filled in boxes:
            box_lines = self.blocks(box, origin or LineOrigin.TEXTBOX, shaded or filled)
            key = "\n".join(line.text() for line in box_lines)
            if key not in self.seen_boxes:  # the same box reached through two shapes
                self.seen_boxes.add(key)
                lines.extend(box_lines)
        return [line for line in lines if line.text()]

    def _run_look(self, run: etree._Element, base: _RunLook) -> _RunLook:
        """A run's properties: its own, then its character style's, then the paragraph's."""
        rpr = run.find(_W + "rPr")
        rstyle = None if rpr is None else rpr.find(_W + "rStyle")
        char_style = self.styles.get("" if rstyle is None else rstyle.get(_W + "val") or "", _Style())
        return _RunLook.of(rpr).under(char_style.look.under(base))

    def _run_hidden(self, look: _RunLook, run: etree._Element, shaded: bool) -> bool:
        """Whether a run's text is hidden from a reader: vanished, tiny, or white on white."""
        white = bool(look.white) and not (shaded or self.dark_page or _shaded(run.find(_W + "rPr")))
        return bool(look.vanish or look.tiny or white)

    def _run_child(self, child: etree._Element, hidden: bool, lines: list[_Pending],
                   boxes: list[tuple[etree._Element, bool]], line_origin: LineOrigin,
                   origin: LineOrigin | None, caps: bool = False) -> None:
        """One element of a run: text (in capitals when its formatting shows it so), a tab or
        hyphen, a line or page break, a text box."""
        tag = child.tag
        if tag == _W + "t":
            # itertext: text after an (unresolved, never fetched) entity is a tail
            text = "".join(child.itertext())
            lines[-1].segments.append((text.upper() if caps else text, hidden))
        elif tag in (_W + "tab", _W + "ptab"):
            lines[-1].segments.append((" ", hidden))
        elif tag == _W + "noBreakHyphen":
            lines[-1].segments.append(("-", hidden))
        elif tag in (_W + "br", _W + "cr"):
            if child.get(_W + "type") == "page" and not self.rendered_breaks and origin is None:
                self.page += 1
            lines.append(_Pending([], line_origin, self.page))
        elif tag == _W + "lastRenderedPageBreak" and self.rendered_breaks and origin is None:
            self.page += 1
            lines[-1].page = self.page if not lines[-1].segments else lines[-1].page
        elif tag in _SHAPES:
            boxes.extend(_text_boxes(child))


def _type_key(style_name: str, looks: list[tuple[int, _RunLook]]) -> str:
    """A paragraph's type as a reader sees it: its style, and the weight, size, colour and
    case of the run holding most of its text (headings share one, which body lines rarely have)."""
    chars, look = max(looks, key=lambda item: item[0], default=(0, _RunLook()))
    if not chars:
        return ""
    weight = "bold" if look.bold else "regular"
    return f"{style_name}|{weight}|{look.size or ''}|{look.colour or ''}|{'caps' if look.caps else ''}"


def _children(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with `tag`, looking through content controls and custom XML wrappers."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _TRANSPARENT:
            yield from _children(child, tag)


def _runs(paragraph: etree._Element) -> Iterator[etree._Element]:
    """Runs of a paragraph in order, inside hyperlinks, fields, insertions and controls
    (deleted text, `w:del`, is skipped)."""
    for child in paragraph:
        if child.tag == _W + "r":
            yield child
        elif child.tag in _TRANSPARENT:
            yield from _runs(child)


def _text_boxes(element: etree._Element) -> Iterator[tuple[etree._Element, bool]]:
    """Outermost text boxes inside a run child, skipping `mc:Fallback` copies, with
    whether their shape has a fill (white text on a filled box is not hidden)."""
    for box in element.iter(_TXBX):
        node, nested = box.getparent(), False
        while node is not None and node is not element:
            if node.tag in (_FALLBACK, _TXBX):
                nested = True
                break
            node = node.getparent()
        if not nested:
            shape = box.getparent().getparent() if box.getparent() is not None else None
            filled = shape is not None and (
                shape.find(".//a:solidFill", _NS) is not None
                or (shape.get("fillcolor") or "").lower() not in ("", "white", "#ffffff")
            )
            yield box, filled


def _pstyle(ppr: etree._Element | None) -> str:
    style = None if ppr is None else ppr.find(_W + "pStyle")
    return "" if style is None else style.get(_W + "val") or ""


def _shaded(props: etree._Element | None) -> bool:
    shading = None if props is None else props.find(_W + "shd")
    fill = "" if shading is None else (shading.get(_W + "fill") or "").upper()
    return fill not in ("", "AUTO", "FFFFFF")


def read_docx(path: Path, display: str, limits: Limits) -> Document:
    """Read a Word .docx file."""
    word_pages = check_package(path, display, limits)
    import docx  # python-docx, imported only when a .docx is read

    try:
        document = docx.Document(str(path))
        styles = _styles(document.styles.element)
    except Exception as exc:  # noqa: BLE001 - sorted by where it was raised
        if not raised_in(exc, DOCX_LIBRARIES):
            raise  # a bug in skillgap's own code: an internal error, not a damaged file
        logger.debug("python-docx could not open %s", display, exc_info=True)
        raise InputError(f"is not a valid .docx file ({_why(exc)})"[:300], path=display, hint=SAVE_HINT) from exc
    try:
        return _read_body(document, styles, display, word_pages)
    except (etree.LxmlError, RecursionError, MemoryError) as exc:
        raise InputError(
            f"is not a valid .docx file ({type(exc).__name__})", path=display, hint=SAVE_HINT
        ) from exc


def _why(exc: Exception) -> str:
    """What python-docx's exception says, in words: "its part [Content_Types].xml is missing"."""
    missing = re.search(r"no item named '([^']+)'", str(exc))
    if isinstance(exc, KeyError) and missing:
        return f"its part {missing.group(1)} is missing"
    if isinstance(exc, etree.XMLSyntaxError):
        return f"broken XML in one of its parts: {str(exc)[:120]}"
    return f"{type(exc).__name__}: {exc}"


def _read_body(document, styles: dict[str, _Style], display: str, word_pages: int | None) -> Document:
    body = document.element.find(_W + "body")
    if body is None:
        raise InputError(
            "is not a valid .docx file (no document body)", path=display, hint=SAVE_HINT
        )
    background = document.element.find(_W + "background")
    dark_page = background is not None and (
        background.get(_W + "color") or "FFFFFF"
    ).upper() not in ("FFFFFF", "AUTO")
    story = _Story(styles, body.find(".//w:lastRenderedPageBreak", _NS) is not None, dark_page)
    headers, footers, images = _headers_footers(document, story)
    images += len(_IMAGES(body))
    builder = DocumentBuilder(display, "docx")
    for line in headers + story.blocks(body, None, False) + footers:
        _emit(builder, line)
    if word_pages and word_pages < 1000:  # Word's own count from its last layout
        builder.pages = max(builder.pages, word_pages)
    return builder.build(image_count=images)


def _headers_footers(document, story: _Story) -> tuple[list[_Pending], list[_Pending], int]:
    found: dict[str, list[_Pending]] = {"headerReference": [], "footerReference": []}
    seen_parts: set[str] = set()
    seen_text: set[tuple[str, str]] = set()
    images = 0
    for reference in document.element.iterfind("w:body//w:sectPr/*", _NS):
        kind = etree.QName(reference).localname
        rel_id = reference.get(_R_ID) if kind in found else None
        part = document.part.related_parts.get(rel_id) if rel_id else None
        element = getattr(part, "element", None)
        if not isinstance(element, etree._Element) or str(part.partname) in seen_parts:
            continue
        seen_parts.add(str(part.partname))
        images += len(_IMAGES(element))
        origin = LineOrigin.HEADER if kind == "headerReference" else LineOrigin.FOOTER
        for line in story.blocks(element, origin, False):
            if (kind, line.text()) not in seen_text:
                seen_text.add((kind, line.text()))
                line.page = 1
                found[kind].append(line)
    return found["headerReference"], found["footerReference"], images


def _emit(builder: DocumentBuilder, pending: _Pending) -> None:
    """Add the line, then find each hidden segment in the cleaned text to record its span."""
    line = builder.add_line(pending.text(), page=pending.page, origin=pending.origin, clean=False)
    if line is None:
        return
    if pending.style:
        builder.line_styles.append((line.start, pending.style))
    text, cursor = pending.text(), 0
    for segment, hidden in pending.segments:
        piece = clean_line(single_line(segment))
        found = text.find(piece, cursor) if piece else -1
        if found < 0:
            continue
        cursor = found + len(piece)
        if hidden:
            start, end = line.start + found, line.start + cursor
            spans = builder.hidden_spans
            touching = spans and line.start <= spans[-1][0] and start - spans[-1][1] <= 1
            if touching:  # one hidden phrase split into runs by formatting
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
