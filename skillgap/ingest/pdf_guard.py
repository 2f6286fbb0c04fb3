"""Resource bounds for reading PDFs: pdfminer has none of its own.

A few hundred bytes of PDF can ask for unbounded work: a stream that inflates to
gigabytes, a Form XObject that draws another ten times, nine levels deep (10^9 glyphs),
a million glyphs on one page (pdfplumber keeps a dict of ~1.5 KB per glyph), megabytes of
operators that draw nothing, or a page tree of thousands of pages. Every bound here is
derived from `Limits` so that the error can say which option raises it:

- pages: the page tree's `/Count`, then pages are created one at a time and reading
  stops past `max_pages` (pdfplumber's `pdf.pages` would build every page first);
- one decoded stream: at most `STREAM_PER_CHAR x max_chars` bytes (64 MB by default),
  enforced while inflating (Flate, LZW, RunLength; CCITT is never decoded);
- page content executed, Form XObjects counted each time they are drawn: at most
  `max_chars` bytes per document (a real page has ~10 KB);
- objects drawn (glyphs, paths, images, forms): at most `max_chars / 40` per page and
  `max_chars / 10` per document (a real page has ~2,000);
- references: `5 0 obj 5 0 R endobj` (or a longer ring) would keep pdfminer's `resolve1`
  looping for ever; a reference that leads back to itself reads as a missing object.

Measured on pdfminer.six 20260107: ~200 KB/s of operators, ~10,000 objects/s through
pdfplumber; so the default bounds cap a hostile file at ~10-20 s and a few hundred MB.
"""

from __future__ import annotations

import contextlib
import logging
import math
import zlib
from collections.abc import Iterator
from contextvars import ContextVar
from io import BytesIO
from typing import Any

from skillgap.errors import LimitExceeded
from skillgap.ingest.library_errors import PDF_LIBRARIES, raised_in
from skillgap.ingest.limits import Limits
from skillgap.ingest.pdf_hidden import keep_fill_alpha, mark_translucent, set_fill_alpha

log = logging.getLogger(__name__)

STREAM_PER_CHAR = 32
CONTENT_PER_CHAR = 1
OBJECTS_PER_CHAR = 1 / 10
PAGE_OBJECTS_PER_CHAR = 1 / 40
FORM_COST = 20  # a Form XObject drawn costs as much as 20 glyphs (its own interpreter, resources)

# The bound on one decoded stream while a PDF is being read (None: pdfminer's own behaviour).
_STREAM_LIMIT: ContextVar[tuple[int, str, Limits] | None] = ContextVar("skillgap_pdf_stream_limit", default=None)


def _too_big(size: int) -> LimitExceeded:
    limit, display, limits = _STREAM_LIMIT.get()  # type: ignore[misc]
    return LimitExceeded(
        f"has a stream that unpacks to over {limit / 1e6:.0f} MB, over the safety limit "
        f"({STREAM_PER_CHAR} bytes per character of --max-chars)",
        path=display, hint=limits.describe("max_chars"),
    )


class _BoundedDecompressor:
    """`zlib.decompressobj()` that refuses to produce more than the current limit."""

    def __init__(self, limit: int) -> None:
        self._inner = zlib.decompressobj()
        self._limit = limit
        self._produced = 0

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        room = self._limit - self._produced + 1
        out = self._inner.decompress(data, room if not max_length else min(room, max_length))
        self._produced += len(out)
        if self._produced > self._limit:
            raise _too_big(self._produced)
        return out

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class _BoundedZlib:
    """Stands in for the `zlib` module inside `pdfminer.pdftypes`."""

    error = zlib.error

    @staticmethod
    def decompress(data: bytes, *args: Any) -> bytes:
        bound = _STREAM_LIMIT.get()
        if bound is None:
            return zlib.decompress(data, *args)
        inflater = zlib.decompressobj()
        out = inflater.decompress(data, bound[0] + 1)
        if len(out) > bound[0]:
            raise _too_big(len(out))
        if not inflater.eof:  # as zlib.decompress would: pdfminer then tries to salvage it
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return out

    @staticmethod
    def decompressobj(*args: Any) -> Any:
        bound = _STREAM_LIMIT.get()
        if bound is None or args:
            return zlib.decompressobj(*args)
        return _BoundedDecompressor(bound[0])

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)


def _bounded_lzwdecode(data: bytes) -> bytes:
    from pdfminer.lzw import LZWDecoder

    bound = _STREAM_LIMIT.get()
    chunks, size = [], 0
    for chunk in LZWDecoder(BytesIO(data)).run():
        size += len(chunk)
        if bound is not None and size > bound[0]:
            raise _too_big(size)
        chunks.append(chunk)
    return b"".join(chunks)


def _bounded_rldecode(data: bytes) -> bytes:
    """RunLengthDecode (PDF 1.7, 7.4.5), stopping at the limit."""
    bound = _STREAM_LIMIT.get()
    out = bytearray()
    index, size = 0, len(data)
    while index < size:
        length = data[index]
        if length == 128:
            break
        if length < 128:
            out += data[index + 1: index + 2 + length]
            index += 2 + length
        else:
            out += data[index + 1: index + 2] * (257 - length)
            index += 2
        if bound is not None and len(out) > bound[0]:
            raise _too_big(len(out))
    return bytes(out)


def _original_ccittfaxdecode(data: bytes, params: dict[str, object]) -> bytes:
    from pdfminer.ccitt import ccittfaxdecode

    return ccittfaxdecode(data, params)


def _guarded_ccittfaxdecode(data: bytes, params: dict[str, object]) -> bytes:
    # Fax images are never needed for text; decoding one is pure-Python work without bound.
    if _STREAM_LIMIT.get() is not None:
        log.info("not decoding a CCITT fax stream while reading text")
        return b""
    return _original_ccittfaxdecode(data, params)


def _resolve_without_rings(self: Any, default: object = None) -> Any:
    """`PDFObjRef.resolve` that follows a chain of references to its end, and gives
    `default` (as pdfminer does for a missing object) when the chain comes back on itself."""
    from pdfminer.pdftypes import PDFObjectNotFound, PDFObjRef

    seen: set[Any] = set()
    target: Any = self
    while isinstance(target, PDFObjRef):
        if target.objid in seen:
            log.info("object %r refers to itself", self.objid)
            return default
        seen.add(target.objid)
        assert target.doc is not None
        try:
            target = target.doc.getobj(target.objid)
        except PDFObjectNotFound:
            return default
    return target


_INSTALLED = False


def install() -> None:
    """Put the bounded decoders and the ring-safe reference into pdfminer (once). Outside
    `bounded_streams()` they behave exactly as pdfminer's own, except that a ring of
    references ends."""
    global _INSTALLED
    if _INSTALLED:
        return
    from pdfminer import pdftypes

    pdftypes.zlib = _BoundedZlib()  # type: ignore[assignment]
    pdftypes.lzwdecode = _bounded_lzwdecode
    pdftypes.rldecode = _bounded_rldecode
    pdftypes.ccittfaxdecode = _guarded_ccittfaxdecode
    pdftypes.PDFObjRef.resolve = _resolve_without_rings  # type: ignore[method-assign]
    _INSTALLED = True


@contextlib.contextmanager
def bounded_streams(limits: Limits, display: str) -> Iterator[None]:
    install()
    token = _STREAM_LIMIT.set((STREAM_PER_CHAR * limits.max_chars, display, limits))
    try:
        yield
    finally:
        _STREAM_LIMIT.reset(token)


class Budget:
    """Work left for one document; spending past it raises LimitExceeded."""

    def __init__(self, limits: Limits, display: str) -> None:
        self.limits, self.display = limits, display
        self.content_left = CONTENT_PER_CHAR * limits.max_chars
        self.objects_left = max(1, int(OBJECTS_PER_CHAR * limits.max_chars))
        self.page_objects = max(1, int(PAGE_OBJECTS_PER_CHAR * limits.max_chars))
        self.page_left = self.page_objects
        self.page = 0

    def new_page(self, number: int) -> None:
        self.page, self.page_left = number, self.page_objects

    def content(self, size: int) -> None:
        self.content_left -= size
        if self.content_left < 0:
            raise LimitExceeded(
                f"has over {CONTENT_PER_CHAR * self.limits.max_chars / 1e6:.1f} MB of page content to run, "
                f"over the safety limit (1 byte per character of --max-chars)",
                path=self.display, hint=self.limits.describe("max_chars"))

    def objects(self, count: int = 1) -> None:
        self.page_left -= count
        self.objects_left -= count
        if self.page_left < 0:
            raise LimitExceeded(
                f"draws over {self.page_objects:,} glyphs and shapes on page {self.page}, over the safety "
                "limit (1 per 40 characters of --max-chars)",
                path=self.display, hint=self.limits.describe("max_chars"))
        if self.objects_left < 0:
            raise LimitExceeded(
                f"draws over {int(OBJECTS_PER_CHAR * self.limits.max_chars):,} glyphs and shapes, over the "
                "safety limit (1 per 10 characters of --max-chars)",
                path=self.display, hint=self.limits.describe("max_chars"))


def declared_page_count(pdf: Any) -> int | None:
    """The page tree's /Count, without visiting a page (None when missing or odd)."""
    from pdfminer.pdftypes import resolve1

    try:
        tree = resolve1(pdf.doc.catalog.get("Pages"))
        count = resolve1(tree.get("Count")) if isinstance(tree, dict) else None
    except Exception as exc:  # noqa: BLE001 - sorted by where it was raised
        if not raised_in(exc, PDF_LIBRARIES):
            raise
        return None  # a broken page tree is found again when pages are read
    return count if isinstance(count, int) and not isinstance(count, bool) and count >= 0 else None


def iter_pages(pdf: Any, limits: Limits, display: str) -> Iterator[Any]:
    """pdfplumber pages, created one at a time, refusing more than `max_pages`."""
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page

    declared = declared_page_count(pdf)
    if declared is not None and declared > limits.max_pages:
        raise LimitExceeded(f"has {declared:,} pages, over the {limits.max_pages}-page limit",
                            path=display, hint=limits.describe("max_pages"))
    doctop = 0.0
    for index, page_obj in enumerate(PDFPage.create_pages(pdf.doc)):
        if index >= limits.max_pages:
            raise LimitExceeded(f"has more than {limits.max_pages} pages, over the {limits.max_pages}-page limit",
                                path=display, hint=limits.describe("max_pages"))
        page = Page(pdf, page_obj, page_number=index + 1, initial_doctop=doctop)
        if _finite_box(page.mediabox) is None:
            _use_box(page, _finite_box(page_obj.mediabox) or US_LETTER)
        height = float(page.height)
        doctop += height if math.isfinite(height) else 0.0
        yield page


US_LETTER = (0.0, 0.0, 612.0, 792.0)


def _finite_box(box: Any) -> tuple[float, float, float, float] | None:
    """`box` as four finite floats, or None. A page box may hold an integer too large for
    a float, or 1e400 written out, or a fifth number pdfplumber ignores but pdfminer does not."""
    try:
        values = tuple(float(value) for value in box)
    except (TypeError, ValueError, OverflowError):
        return None
    return values if len(values) == 4 and all(math.isfinite(value) for value in values) else None


def _use_box(page: Any, box: tuple[float, float, float, float]) -> None:
    """Give a pdfplumber page whose MediaBox cannot be used the box pdfminer settled on
    (it falls back to US Letter on a broken one), as pdfplumber's own constructor would."""
    x0, y0, x1, y1 = box
    x0, x1 = sorted((x0, x1))
    y0, y1 = sorted((y0, y1))
    if page.rotation in (90, 270):
        x0, y0, x1, y1 = y0, x0, y1, x1
    height = y1 - y0
    page.mediabox = page.cropbox = page.bbox = (x0, height - y1, x1, height - y0)


def lay_out(page: Any, budget: Budget) -> None:
    """Run the page's content with the budget, and give pdfplumber the result.

    pdfplumber's `Page.layout` builds its own interpreter; setting `_layout` first is how
    it is handed a layout made elsewhere (pdfplumber 0.11: see `Page.layout`)."""
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfminer.pdftypes import PDFStream, resolve1
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    class Device(PDFPageAggregatorWithMarkedContent):
        def render_char(self, *args: Any, **kwargs: Any) -> float:
            budget.objects()
            return super().render_char(*args, **kwargs)

        def paint_path(self, gstate: Any, *args: Any, **kwargs: Any) -> None:
            budget.objects()
            drawn = len(self.cur_item._objs)
            super().paint_path(gstate, *args, **kwargs)
            mark_translucent(self.cur_item._objs[drawn:], gstate)

        def render_image(self, *args: Any, **kwargs: Any) -> None:
            budget.objects()
            super().render_image(*args, **kwargs)

        def begin_figure(self, *args: Any, **kwargs: Any) -> None:
            budget.objects(FORM_COST)
            super().begin_figure(*args, **kwargs)

    class Interpreter(PDFPageInterpreter):
        def do_gs(self, name: Any) -> None:  # pdfminer reads no graphics state dictionary
            set_fill_alpha(self.graphicstate, self.resources, name)

        def get_current_state(self) -> Any:  # `q` saves the fill's opacity too
            ctm, text, graphic = super().get_current_state()
            keep_fill_alpha(self.graphicstate, graphic)
            return ctm, text, graphic

        def execute(self, streams: Any) -> None:
            for item in streams if isinstance(streams, (list, tuple)) else ():
                stream = resolve1(item)
                if isinstance(stream, PDFStream):
                    budget.content(len(stream.get_data()))
            super().execute(streams)

    budget.new_page(page.page_number)
    device = Device(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    Interpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    page._layout = device.get_result()
