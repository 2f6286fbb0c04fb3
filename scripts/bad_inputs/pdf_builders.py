"""PDF cases, written object by object."""

from __future__ import annotations

import hashlib
import random
import zlib

from bad_inputs.common import GOOD_LINES


def _pdf_escape(text: str) -> bytes:
    return text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(lines: list[str], font: bytes = b"/F1", x: float = 72, y: float = 720) -> bytes:
    ops = [b"BT %s 11 Tf 14 TL %g %g Td" % (font, x, y)]
    for line in lines:
        ops.append(b"(%s) Tj T*" % _pdf_escape(line))
    ops.append(b"ET")
    return b"\n".join(ops)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), extra, data)


def _assemble_pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """Objects numbered from 1 (object 1 is the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, trailer, xref)
    return bytes(out)


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def text_pdf(pages: list[bytes], *, font: bytes = HELVETICA, media: bytes = b"[0 0 612 792]",
             extra_objects: list[bytes] = (), resources: bytes = b"", page_extra: bytes = b"") -> bytes:
    """A PDF whose pages draw the given content streams with font /F1 (`page_extra` goes
    into each page's dictionary: "/Annots [...]").

    Objects: 1 catalog, 2 page tree, 3 font, then (page, content) pairs, then extras."""
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)), font]
    for index, content in enumerate(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Resources << /Font << /F1 3 0 R >> %s>> "
                       b"%s/Contents %d 0 R >>" % (media, resources, page_extra, 5 + 2 * index))
        objects.append(_stream(content))
    objects.extend(extra_objects)
    return _assemble_pdf(objects)


def good_pdf() -> bytes:
    return text_pdf([_content(GOOD_LINES)])


def pdf_truncated() -> bytes:
    data = good_pdf()
    return data[: len(data) * 3 // 5]


def pdf_header_only() -> bytes:
    return b"%PDF-1.7\n"


def pdf_garbage_after_header() -> bytes:
    rng = random.Random(7)
    return b"%PDF-1.4\n" + bytes(rng.randrange(256) for _ in range(4096))


def many_pages_pdf(count: int = 5000) -> bytes:
    """`count` pages sharing one content stream: small on disk, huge to lay out."""
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(count))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count), HELVETICA,
               _stream(_content(GOOD_LINES))]
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents 4 0 R >>")
    objects += [page] * count
    return _assemble_pdf(objects)


def pdf_huge_page() -> bytes:
    """A page two billion points wide, with text spread across it."""
    rows = []
    for index, line in enumerate(GOOD_LINES * 2):
        x = 72 if index % 2 else 1_500_000_000
        rows.append(b"BT /F1 11 Tf %d %d Td (%s) Tj ET" % (x, 1_000_000 - 14 * index, _pdf_escape(line)))
    return text_pdf([b"\n".join(rows)], media=b"[0 0 2000000000 2000000000]")


def pdf_huge_numbers() -> bytes:
    """A MediaBox with 400-digit numbers (too large for a float)."""
    return text_pdf([_content(GOOD_LINES)], media=b"[0 0 %s 792]" % (b"9" * 400))


def pdf_huge_box_fifth_number() -> bytes:
    """A MediaBox of five numbers, the fourth 400 digits long: pdfminer refuses the box and
    uses US Letter, pdfplumber reads the first four (found by the fuzzer)."""
    return text_pdf([_content(GOOD_LINES)], media=b"[0 0 612 %s 0]" % (b"9" * 400))


def pdf_huge_link_rect() -> bytes:
    """A link annotation whose /Rect holds a 400-digit number: no link, the text as usual."""
    link = (b"<< /Type /Annot /Subtype /Link /Rect [72 700 %s 712] /A << /S /URI /URI (https://github.com/jo/x) >> >>"
            % (b"9" * 400))
    return text_pdf([_content(GOOD_LINES)], extra_objects=[link], page_extra=b"/Annots [6 0 R] ")


def pdf_scanned() -> bytes:
    """An image and no text: what a scanner makes."""
    pixels = bytes((x * 37 + y * 11) % 256 for y in range(32) for x in range(32))
    image = _stream(pixels, b"/Type /XObject /Subtype /Image /Width 32 /Height 32 /ColorSpace /DeviceGray "
                            b"/BitsPerComponent 8 ")
    return text_pdf([b"q 468 0 0 648 72 72 cm /Im1 Do Q"], extra_objects=[image],
                    resources=b"/XObject << /Im1 6 0 R >> ")


def pdf_cid_font() -> bytes:
    """A Type0 font with Identity-H and no ToUnicode map: text extracts as (cid:NN)."""
    font = b"<< /Type /Font /Subtype /Type0 /BaseFont /BrokenSans /Encoding /Identity-H /DescendantFonts [6 0 R] >>"
    descendant = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /BrokenSans /CIDSystemInfo "
                  b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 500 >>")
    descriptor = (b"<< /Type /FontDescriptor /FontName /BrokenSans /Flags 4 /FontBBox [0 0 1000 1000] "
                  b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>")
    rows = [b"BT /F1 11 Tf 14 TL 72 720 Td"]
    for line in GOOD_LINES:
        rows.append(b"<%s> Tj T*" % "".join(f"{ord(ch) % 256 + 3:04X}" for ch in line).encode())
    rows.append(b"ET")
    return text_pdf([b"\n".join(rows)], font=font, extra_objects=[descendant, descriptor])


def _to_unicode(start: int) -> bytes:
    return _stream(
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        b"1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"1 beginbfrange <20> <7E> <%04X> endbfrange\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end" % start)


def pdf_private_use() -> bytes:
    """A font whose ToUnicode map sends every letter to the Private Use Area."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
    return text_pdf([_content(GOOD_LINES)], font=font, extra_objects=[_to_unicode(0xE020)])


def pdf_partly_broken_font() -> bytes:
    """Good text in Helvetica plus a line in a font with no mapping: the good text is kept."""
    font2 = (b"<< /Type /Font /Subtype /Type0 /BaseFont /BrokenSans /Encoding /Identity-H "
             b"/DescendantFonts [7 0 R] >>")
    descendant = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /BrokenSans /CIDSystemInfo "
                  b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>")
    content = _content(GOOD_LINES) + b"\nBT /F2 11 Tf 72 600 Td <0041004200430044> Tj ET"
    return text_pdf([content], resources=b"/Font << /F1 3 0 R /F2 6 0 R >> ",
                    extra_objects=[font2, descendant]).replace(b"/Font << /F1 3 0 R >> /Font", b"/Font", 1)


def pdf_deep_arrays() -> bytes:
    """An object nested 100,000 arrays deep."""
    return text_pdf([_content(GOOD_LINES)], extra_objects=[b"[" * 100_000 + b"]" * 100_000])


def pdf_page_tree_loop() -> bytes:
    """A page tree whose kid is the tree itself."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
               b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"]
    return _assemble_pdf(objects)


def pdf_text_off_page() -> bytes:
    """A good page with, on each of its rows, a word drawn past the page's left edge."""
    rows = [_content(GOOD_LINES + ["Education", "BSc Computing 2015"])]
    rows += [_content(["Draft"] * 8, x=-400)]
    return text_pdf([b"\n".join(rows)])


def pdf_reference_loop() -> bytes:
    """A catalog whose /Pages is object 2, and object 2 is `2 0 R`: a reference to itself."""
    return _assemble_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"2 0 R"])


def pdf_reference_ring() -> bytes:
    """A good page whose /Annots is object 6, which refers to 7, which refers back to 6."""
    return text_pdf([_content(GOOD_LINES)], page_extra=b"/Annots 6 0 R ", extra_objects=[b"7 0 R", b"6 0 R"])


def pdf_xref_loop() -> bytes:
    """An xref section whose /Prev points back at itself."""
    data = good_pdf()
    start = data.rindex(b"startxref\n") + len(b"startxref\n")
    offset = int(data[start:data.index(b"\n", start)])
    return data.replace(b"/Root 1 0 R ", b"/Root 1 0 R /Prev %d " % offset)


def pdf_flate_bomb(size: int = 128 * 1024 * 1024) -> bytes:
    """A content stream of ~130 KB that inflates to 128 MB of spaces."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    body = b"".join(compressor.compress(chunk) for _ in range(size >> 20)) + compressor.compress(
        _content(GOOD_LINES)) + compressor.flush()
    return text_pdf([b""]).replace(_stream(b""), _stream(body, b"/Filter /FlateDecode "))


def pdf_form_bomb(levels: int = 8, fanout: int = 10) -> bytes:
    """Form XObjects that each draw the next one ten times: 10^8 glyphs from 2 KB."""
    forms = []
    first = 6
    for level in range(levels):
        if level == levels - 1:
            body = b"BT /F1 11 Tf 72 720 Td (A) Tj ET"
            resources = b"<< /Font << /F1 3 0 R >> >>"
        else:
            body = b" ".join([b"/X Do"] * fanout)
            resources = b"<< /XObject << /X %d 0 R >> >>" % (first + level + 1)
        forms.append(_stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources %s " % resources))
    return text_pdf([_content(GOOD_LINES) + b"\n/X Do"], extra_objects=forms,
                    resources=b"/XObject << /X %d 0 R >> " % first)


def pdf_many_glyphs(count: int = 1_000_000) -> bytes:
    """One page drawing a million glyphs from a 1 MB string."""
    return text_pdf([_content(GOOD_LINES) + b"\nBT /F1 1 Tf 0 0 Td (%s) Tj ET" % (b"A" * count)])


def pdf_many_operators(size: int = 20 * 1024 * 1024) -> bytes:
    """20 MB of graphics-state operators that draw nothing."""
    ops = b"q 1 0 0 1 0 0 cm Q\n"
    return text_pdf([_content(GOOD_LINES) + b"\n" + ops * (size // len(ops))])


def _rc4(key: bytes, data: bytes) -> bytes:
    box = list(range(256))
    j = 0
    for i in range(256):
        j = (j + box[i] + key[i % len(key)]) % 256
        box[i], box[j] = box[j], box[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + box[i]) % 256
        box[i], box[j] = box[j], box[i]
        out.append(byte ^ box[(box[i] + box[j]) % 256])
    return bytes(out)


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def encrypted_pdf(user_password: str, owner_password: str = "owner-secret") -> bytes:
    """RC4 40-bit (Standard security handler, revision 2), written by hand."""
    file_id = hashlib.md5(user_password.encode() + b"skillgap").digest()
    permissions = -44
    owner_key = hashlib.md5((owner_password.encode() + _PAD)[:32]).digest()[:5]
    owner_entry = _rc4(owner_key, (user_password.encode() + _PAD)[:32])
    key = hashlib.md5((user_password.encode() + _PAD)[:32] + owner_entry
                      + permissions.to_bytes(4, "little", signed=True) + file_id).digest()[:5]
    user_entry = _rc4(key, _PAD)
    plain = _content(GOOD_LINES)
    object_key = hashlib.md5(key + (5).to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()[:10]
    data = text_pdf([plain]).replace(_stream(plain), _stream(_rc4(object_key, plain)))
    encrypt = (b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
               % (owner_entry.hex().encode(), user_entry.hex().encode(), permissions))
    # Append the Encrypt dictionary as object 6 and rewrite the xref table.
    body = data[: data.index(b"xref\n")]
    objects = []
    for number in range(1, 6):
        start = body.index(b"%d 0 obj\n" % number) + len(b"%d 0 obj\n" % number)
        objects.append(body[start: body.index(b"\nendobj\n", start)])
    objects.append(encrypt)
    return _assemble_pdf(objects, b"/Encrypt 6 0 R /ID [<%s> <%s>] " % (file_id.hex().encode(),
                                                                            file_id.hex().encode()))
