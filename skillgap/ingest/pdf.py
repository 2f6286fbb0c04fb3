"""PDF reader (pdfplumber): words spaced by font size, columns kept apart, pages kept.

- Word spacing: pdfplumber's default tolerance (3 pt) glues the words of tightly kerned
  LaTeX output ("Ledandshippedthefeature"); a tolerance of 0.1 x the font size keeps
  them apart without splitting kerned words (measured: word spaces are 0.12-0.33 em, kerning under 0.05 em).
- Words cut by a style change ("Exp|erience", small caps "E|DUCATION"), letter-spaced text
  and soft hyphens are mended first (`pdf_words.py`).
- Rotated (vertical) headings are read along their direction, as one line before the
  text beside them (`pdf_rotated.py`).
- Words hyphenated at a line end are joined back on the first line (`pdf_hyphens.py`).
- Reading order: see `pdf_layout.py` (gutters found from whitespace, never a fixed split,
  see `pdf_columns.py`; running headers and footers kept once, page numbers dropped).
- Hidden text (tiny, off the page, or the colour of what is drawn behind it: see
  `pdf_hidden.py`) stays in the text, as tracking systems read it, and its spans are
  recorded in `layout.hidden_spans` for the linter.
- `layout.image_count` counts the images drawn on the pages (each time one is drawn).
- Links: a word under a link annotation with a URI is recorded in `layout.links` with its
  target (an icon that links to a repository says what a reader can click).
- Pictures: a line drawn level with a small picture (a logo or an icon beside a role, not
  a photo or a background) is recorded in `layout.picture_lines`: it may show there what
  its words do not say, which no tracking system reads.
- Card headings: the row of headings over sections set side by side (`pdf_blocks`) is
  recorded in `layout.heading_lines`: the layout shows them to be headings, whatever
  their words or type ("Retail Systems" over a card beside "Key Strengths").
- Errors: what pdfminer/pdfplumber raise on a broken file (many exception types) becomes an
  `InputError`; an exception raised by skillgap's own layout code is a bug and is let
  through, to be reported as an internal error (`library_errors.py`).
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from skillgap.errors import InputError, LimitExceeded, SkillgapError
from skillgap.ingest.builder import DocumentBuilder, clean_line
from skillgap.ingest.library_errors import PDF_LIBRARIES, raised_in
from skillgap.ingest.limits import Limits
from skillgap.ingest.pdf_callouts import callouts
from skillgap.ingest.pdf_glyphs import readable
from skillgap.ingest.pdf_guard import Budget, bounded_streams, iter_pages, lay_out
from skillgap.ingest.pdf_headings import heading_faces, heading_margins, join_wrapped_headings, margin_heading
from skillgap.ingest.pdf_hidden import Backdrop
from skillgap.ingest.pdf_hyphens import rejoin_hyphenated
from skillgap.ingest.pdf_layout import PlacedLine, arrange_pages, reading_order
from skillgap.ingest.pdf_margin_blocks import lift_margin_headings
from skillgap.ingest.pdf_right_headings import right_margin_headings
from skillgap.ingest.pdf_rotated import extract_words, lay_flat
from skillgap.ingest.pdf_stacked import join_stacks
from skillgap.ingest.pdf_subtitles import split_subtitles
from skillgap.ingest.pdf_words import base_font, mend_words
from skillgap.types import Document

X_TOLERANCE_RATIO = 0.1
_CID = re.compile(r"\(cid:\d+\)")
_SYMBOL_FONT = re.compile(r"dingbat|symbol|wingding|webding|fontawesome|icons?\b", re.IGNORECASE)
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd]")
_UNMAPPED = re.compile(r"\(cid:\d+\)|[\ue000-\uf8ff\U000f0000-\U000ffffd]")
_GLYPH_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*")
_LEADING_GLYPH = re.compile(r"^(?:\(cid:\d+\)|[\ue000-\uf8ff\U000f0000-\U000ffffd])\s*")


def read_pdf(path: Path, display: str, limits: Limits) -> Document:
    try:
        import pdfplumber
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise InputError("PDF support is not installed", path=display, hint="pip install pdfplumber") from exc
    try:
        with bounded_streams(limits, display):
            pdf = pdfplumber.open(str(path), password="")
            try:
                return _read(pdf, display, limits)
            finally:  # not pdf.close(): pdfplumber 0.11 builds every page first to close them
                pdf.flush_cache()
                pdf.stream.close()
    except (InputError, LimitExceeded, PermissionError):  # read_document names a permission problem
        raise
    except Exception as exc:  # noqa: BLE001 - sorted by where it was raised
        if not raised_in(exc, PDF_LIBRARIES) and not isinstance(exc, RecursionError | MemoryError):
            raise  # a bug in skillgap's own code: an internal error, not a damaged file
        raise _as_input_error(exc, display) from exc


def _as_input_error(exc: Exception, display: str) -> SkillgapError:
    chain = [exc, getattr(exc, "__cause__", None), getattr(exc, "__context__", None)]
    for error in chain:  # a limit hit inside pdfminer, wrapped by pdfplumber
        if isinstance(error, SkillgapError):
            return error
    names = " ".join(type(e).__name__ + " " + str(e) for e in chain if e is not None)
    if "Password" in names or "Encrypt" in names or "password" in names:
        return InputError("is password-protected", path=display,
                          hint="save an unprotected copy (print to PDF) and try again")
    return InputError("cannot be read as a PDF (the file is damaged or not a PDF)", path=display,
                      hint="export or download it again, or save it as PDF from the program that made it")


def _read(pdf, display: str, limits: Limits) -> Document:
    builder = DocumentBuilder(display, "pdf")
    budget = Budget(limits, display)  # see pdf_guard.py: pages, streams, content, objects
    columns: list[int] = []
    pages: list[tuple[list[PlacedLine], float]] = []
    images = 0
    chars_seen = unmapped = 0
    page_count = 0
    for number, page in enumerate(iter_pages(pdf, limits, display), 1):
        page_count = number
        lay_out(page, budget)
        images += len(page.images)
        chars_seen += len(page.chars)
        unmapped += sum(1 for char in page.chars if _UNMAPPED.match(char.get("text") or ""))
        words = extract_words(  # rotated headings read along their direction: pdf_rotated.py
            readable(page), x_tolerance_ratio=X_TOLERANCE_RATIO, y_tolerance=3, keep_blank_chars=False,
            use_text_flow=False, extra_attrs=["size", "non_stroking_color", "fontname"], return_chars=True,
        )
        backdrop = Backdrop(page)
        links = _link_areas(page)
        pictures = _picture_bands(page)
        for word in words:
            word["hidden"] = backdrop.is_hidden(word)
            word["baseline"] = _baseline(word, float(page.height))
            word["link"] = _link_of(word, links)
            word["picture"] = _level_with(word, pictures)
        words = join_stacks(words)  # letters stacked down a strip: pdf_stacked.py
        lay_flat(words)
        words = mend_words(words)  # style splits, letter-spaced runs, soft hyphens: pdf_words.py
        _mark_icons(words)
        for word in words:
            del word["chars"]  # the page's objects go when the page is closed
        lines, count = _read_with_callouts(words, page)
        columns.append(1 if count == 2 and _ruled_form(page, lines) else count)
        pages.append((lines, float(page.height)))
        page.close()  # pdfplumber keeps every page's objects otherwise
    if page_count == 0:
        raise InputError("cannot be read as a PDF (it has no pages)", path=display,
                         hint="export or download it again, or save it as PDF from the program that made it")
    if chars_seen == 0:
        raise InputError("has no text layer: it looks like a scanned image", path=display,
                         hint="run OCR on it first (for example ocrmypdf), or export the original as PDF or DOCX")
    if unmapped * 2 > chars_seen:
        # Fonts without a Unicode map: the text comes out as (cid:NN) or private-use codes.
        raise InputError(
            "has text that cannot be extracted: its fonts have no character map", path=display,
            hint="export the PDF again from the original document (Word: File > Save As > PDF), "
                 "or give the DOCX",
        )
    lines = list(rejoin_hyphenated(arrange_pages(pages)))
    faces = heading_faces(lines)  # what the document's known headings look like
    lines = right_margin_headings(split_subtitles(join_wrapped_headings(lines, faces), faces))
    margins = heading_margins([line for _, line in lines])
    lines = lift_margin_headings(lines, margins)  # a heading beside the middle of its block: pdf_margin_blocks.py
    for number, line in lines:
        _add_line(builder, line, number, margins)
    builder.pages = max(builder.pages, page_count)
    return builder.build(columns_per_page=tuple(columns), image_count=images, has_text_layer=True)


def _read_with_callouts(words: list[dict], page) -> tuple[list[PlacedLine], int]:
    """The page's lines in reading order, and its number of columns; on a page of one
    column, a callout box's lines read on their own, as a side column where the box starts
    (`pdf_callouts.py`)."""
    width = float(page.width)
    lines, count = reading_order(words, width)
    boxes = callouts(page.rects, words, width, float(page.height)) if count == 1 else []
    if not boxes:
        return lines, count  # no box, or columns that the column reader read (a sidebar of cards)
    held = [next((box for box in boxes if box.holds(word)), None) for word in words]
    lines, _ = reading_order([w for w, box in zip(words, held, strict=True) if box is None], width)
    for box in reversed(boxes):  # the last first: boxes at one height keep their order
        inside = [w for w, holder in zip(words, held, strict=True) if holder is box]
        at = next((i for i, line in enumerate(lines) if line.top >= box.top - 1.0), len(lines))
        lines[at:at] = [PlacedLine(line.words, 1, line.origin) for line in reading_order(inside, width)[0]]
    return lines, 2


FORM_RULES = 3  # rules drawn across both sides of a gutter that make it a form's grid
FORM_REACH = 50.0  # points each such rule runs into both sides
FORM_GAP = 30.0  # points left of the right column where the rule down the gutter is drawn
FORM_RULE = 5.0  # points: shorter is no rule (a dash); rules this far above or below the column count


def _ruled_form(page, lines: list[PlacedLine]) -> bool:
    """Two "columns" that are the cells of a ruled form (a Japanese rirekisho): a rule
    drawn down the gutter, and rules drawn right across it between the rows. A sidebar
    may have a rule of its own down the gutter, but nothing crosses it."""
    right = [line for line in lines if line.column == 1]
    if not right:
        return False
    edge = min(float(w["x0"]) for line in right for w in line.words)
    top, bottom = min(line.top for line in right), max(line.bottom for line in right)
    try:
        vertical, horizontal = page.vertical_edges, page.horizontal_edges
    except Exception as exc:  # noqa: BLE001 - damaged drawing: the columns stand as found
        if not raised_in(exc, PDF_LIBRARIES):
            raise
        return False
    down = any(edge - FORM_GAP < _number(e, "x0") < edge and _number(e, "bottom") - _number(e, "top") > FORM_RULE
               for e in vertical)
    across = sorted(_number(e, "top") for e in horizontal
                    if _number(e, "x0") < edge - FORM_REACH and _number(e, "x1") > edge + FORM_REACH
                    and top - FORM_RULE <= _number(e, "top") <= bottom + FORM_RULE)
    # rules between several rows, not the edges of one band drawn across the page (a header)
    rows_ruled = sum(1 for a, b in zip([-math.inf, *across], across, strict=False) if b - a > 2 * FORM_RULE)
    return down and rows_ruled >= FORM_RULES


def _number(obj: dict, key: str) -> float:
    """A coordinate as a float; NaN when it cannot be one (NaN compares false)."""
    try:
        return float(obj.get(key))
    except (TypeError, ValueError, OverflowError):
        return math.nan


MAX_LINKS = 500  # a page's links looked at; a résumé has a dozen


def _link_areas(page) -> list[tuple[float, float, float, float, str]]:
    """The page's link annotations that lead to a URI: (x0, top, x1, bottom, uri). A link
    the library cannot read is no link: the text reads the same without it."""
    try:
        found = page.hyperlinks[:MAX_LINKS]
    except Exception as exc:  # noqa: BLE001 - a damaged annotation only loses its link
        if not raised_in(exc, PDF_LIBRARIES):
            raise
        return []
    areas = []
    for link in found:
        uri = link.get("uri")
        uri = uri.decode("latin-1") if isinstance(uri, bytes) else uri
        box = _box(link)
        if isinstance(uri, str) and uri and box is not None:
            areas.append((*box, uri[:2_000]))
    return areas


def _box(obj: dict) -> tuple[float, float, float, float] | None:
    """(x0, top, x1, bottom) of a page object; None when a damaged one gives no number."""
    box = tuple(_number(obj, k) for k in ("x0", "top", "x1", "bottom"))
    return box if all(math.isfinite(v) for v in box) else None  # type: ignore[return-value]


PICTURE_HEIGHT = 40.0  # points: a logo or an icon beside a line; taller is a photo or a background
PICTURE_WIDTH = 120.0
MAX_PICTURES = 500  # a page's pictures looked at; a résumé has a few dozen logos at most


def _picture_bands(page) -> list[tuple[float, float]]:
    """The vertical bands (top, bottom) of the page's small pictures: logos and icons."""
    bands = []
    for image in page.images[:MAX_PICTURES]:
        box = _box(image)
        if box is not None and 0 < box[3] - box[1] <= PICTURE_HEIGHT and 0 < box[2] - box[0] <= PICTURE_WIDTH:
            bands.append((box[1], box[3]))
    return bands


def _level_with(word: dict, bands: list[tuple[float, float]]) -> bool:
    """Whether the word's middle is level with one of the pictures."""
    y = (float(word["top"]) + float(word["bottom"])) / 2
    return any(top <= y <= bottom for top, bottom in bands)


def _link_of(word: dict, links: list[tuple[float, float, float, float, str]]) -> str | None:
    """The URI of the link whose area holds the word's middle."""
    x = (float(word["x0"]) + float(word["x1"])) / 2
    y = (float(word["top"]) + float(word["bottom"])) / 2
    return next((uri for x0, top, x1, bottom, uri in links if x0 <= x <= x1 and top <= y <= bottom), None)


def _baseline(word: dict, page_height: float) -> float:
    """Where the word's first glyph sits, from the top of the page (its bottom when the
    text is not upright or has no usable matrix)."""
    chars = word.get("chars") or ()
    matrix = chars[0].get("matrix") if chars else None
    if chars and chars[0].get("upright", True) and matrix and len(matrix) == 6:
        baseline = page_height - float(matrix[5])
        if math.isfinite(baseline) and word["top"] - 1 <= baseline <= word["bottom"] + 1:
            return baseline
    return float(word["bottom"])


ICON_SIZE = 1.2  # a glyph this many times the page's usual font size is an icon, not a bullet


def _mark_icons(words: list[dict]) -> None:
    """Flag symbol-font or private-use glyphs drawn bigger than the page's usual text:
    the icon before a heading ("[briefcase] Experience"), which is no bullet."""
    sizes = sorted(float(w.get("size") or 0) for w in words)
    if not sizes:
        return
    usual = sizes[len(sizes) // 2]
    for word in words:
        text = word["text"]
        symbol = _SYMBOL_FONT.search(str(word.get("fontname", "")))
        glyph = _LEADING_GLYPH.fullmatch(text) or (len(text) == 1 and symbol)
        word["icon"] = bool(glyph) and float(word.get("size") or 0) >= ICON_SIZE * usual


def _style_key(words: list[dict], text: str) -> str:
    """What a reader sees of a line's type: font, size, colour and case of its longest
    word (headings share one, which body lines rarely have)."""
    if not words:
        return ""
    main = max(words, key=lambda w: (round(float(w.get("size") or 0), 1), len(str(w.get("text", "")))))
    colour = main.get("non_stroking_color")
    if isinstance(colour, (tuple, list)):
        colour = tuple(round(float(c), 2) for c in colour if isinstance(c, (int, float)))
    letters = [c for c in text if c.isalpha()]
    case = "upper" if letters and all(c.isupper() for c in letters) else "mixed"
    font = base_font(main)
    return f"{font}|{round(float(main.get('size') or 0) * 2) / 2}|{colour}|{case}"


_HEAVY_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)


def _heading_type(words: list[dict]) -> bool:
    """The words are a known section heading set in heading type (bold, or capitals): an
    unmapped glyph before them is the heading's icon, though no bigger than its text."""
    from skillgap.ingest.sections import classify_heading, heading_shaped

    text = " ".join(str(w["text"]) for w in words)
    letters = [c for c in text if c.isalpha()]
    heavy = all(_HEAVY_FONT.search(base_font(w)) for w in words)
    return bool(letters) and (heavy or all(c.isupper() for c in letters)) and heading_shaped(text) \
        and classify_heading(text, "resume") is not None


def _seen_text(word: dict, rest: list[dict] | None = None) -> str:
    """What a reader sees of a word: nothing for an icon, a bullet for a glyph that opens a
    line (`rest`: the line's other words, given for its first word only)."""
    text = word["text"]
    symbol = _SYMBOL_FONT.search(str(word.get("fontname", "")))
    if word.get("icon"):
        return ""  # a heading's icon: dropped, so the heading reads as a heading
    if len(text) > 1 and symbol and _GLYPH_NAME.fullmatch(text):
        return ""  # an icon font's glyph name ("Phone-Alt", "Envelope"): no text a reader sees
    if rest is not None and len(text) == 1 and symbol:
        text = "•"  # a bullet drawn with a symbol font: ZapfDingbats "n" is a square
    elif rest is not None and _LEADING_GLYPH.match(text):
        after = _LEADING_GLYPH.sub("", text)
        if not after and _heading_type(rest):
            return ""  # an icon font's glyph drawn at its heading's size: no bullet
        text = "•" + (" " + after if after else "")
    return _PRIVATE_USE.sub("", _CID.sub("", text)).strip()


def _add_line(builder: DocumentBuilder, line: PlacedLine, page: int, margins: frozenset = frozenset()) -> None:
    """Join a line's words, turning icon glyphs into bullets and recording hidden words;
    a heading in the left margin goes on a line of its own, before the text beside it."""
    split = margin_heading(line.words, margins)
    if split:
        _add_line(builder, PlacedLine(line.words[:split], line.column, line.origin), page)
        line = PlacedLine(line.words[split:], line.column, line.origin)
    parts: list[tuple[str, bool, str | None]] = []
    for index, word in enumerate(line.words):
        text = _seen_text(word, line.words[1:]) if index == 0 else _seen_text(word)
        if text:
            parts.append((clean_line(text), bool(word.get("hidden")), word.get("link")))
    if not parts:
        return
    text = " ".join(p for p, _, _ in parts)
    added = builder.add_line(text, page=page, origin=line.origin, column=line.column, clean=False)
    if added is None:
        return
    builder.line_styles.append((added.start, _style_key([w for w in line.words if not w.get("icon")], text)))
    if any(word.get("picture") for word in line.words):
        builder.picture_lines.append(added.start)
    if any(word.get("card_heading") for word in line.words):
        builder.heading_lines.append(added.start)
    offset = added.start
    for part, hidden, link in parts:
        if hidden:
            builder.hidden_spans.append((offset, offset + len(part)))
        if link:
            builder.links.append((offset, offset + len(part), link))
        offset += len(part) + 1

