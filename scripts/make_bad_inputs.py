"""Generate the corpus of hostile and broken inputs (issue 7) into `tests/fixtures/bad/`.

    python scripts/make_bad_inputs.py            # write the small files (they are committed)
    python scripts/make_bad_inputs.py --table    # print the behaviour table for docs/robustness.md
    python scripts/make_bad_inputs.py --big DIR  # also write the big ones (50 MB, 5,000 pages...) to DIR

Every case is one `Case` in `CASES`: the file, how it is built, and what skillgap must do
with it: read it (`OK`, with a phrase the text must hold) or refuse it with one line on
stderr (`ERROR`, with a phrase that line must hold). The big cases (a 50 MB file, a 10 MB
line, thousands of pages, a zip bomb, a flate bomb) are never committed: the tests build
them into a temporary folder with the same functions. Nothing here needs anything beyond
the standard library, and the output is byte-for-byte reproducible.

Files in the corpus never point anywhere real: entities and links aim at 127.0.0.1 port 9
(the discard port) or at files that do not matter; the tests rebuild the network ones
aimed at a local listener that counts connections.
"""

from __future__ import annotations

import argparse
import codecs
import hashlib
import io
import random
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "bad"
ZIP_TIME = (2024, 1, 1, 9, 0, 0)
NOWHERE = "http://127.0.0.1:9"  # the discard port: nothing listens, nothing is sent

# What a good résumé line reads like, so "OK" cases can be checked for their text.
GOOD_LINES = [
    "Jordan Lee",
    "Experience",
    "Backend engineer at Example Corp 2019 - 2024",
    "• Built services in Python and PostgreSQL on AWS",
    "Skills",
    "Python, Docker, Kubernetes, Terraform",
]


@dataclass(frozen=True)
class Case:
    path: str  # relative to tests/fixtures/bad
    build: Callable[[], bytes]
    what: str  # the input, for the docs table
    outcome: str  # "ok" (read, text holds `expect`) or "error" (one line holding `expect`)
    expect: str
    big: bool = False  # built at test time only, never committed
    limit: str = ""  # the limit an "error" case hits (max_bytes, max_pages, max_chars)

    @property
    def suffix(self) -> str:
        return Path(self.path).suffix


# --- PDF, written object by object -------------------------------------------------------


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
             extra_objects: list[bytes] = (), resources: bytes = b"") -> bytes:
    """A PDF whose pages draw the given content streams with font /F1.

    Objects: 1 catalog, 2 page tree, 3 font, then (page, content) pairs, then extras."""
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)), font]
    for index, content in enumerate(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Resources << /Font << /F1 3 0 R >> %s>> "
                       b"/Contents %d 0 R >>" % (media, resources, 5 + 2 * index))
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


# --- DOCX, written part by part ------------------------------------------------------------

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_MACRO_TYPE = "application/vnd.ms-word.document.macroEnabled.main+xml"


def _content_types(main_type: str = _MAIN_TYPE, extra: str = "") -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{main_type}"/>{extra}</Types>')


_PACKAGE_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{line}</w:t></w:r></w:p>" for line in lines)


def _document_xml(body: str, prolog: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f'<w:document xmlns:w="{_W_NS}"><w:body>{body}</w:body></w:document>')


def _zip(parts: dict[str, bytes | str], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as package:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = compression
            info.external_attr = 0o644 << 16
            package.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return out.getvalue()


def docx_package(document_xml: str | bytes, *, main_type: str = _MAIN_TYPE,
                 extra_parts: dict[str, bytes | str] | None = None, extra_types: str = "") -> bytes:
    return _zip({"[Content_Types].xml": _content_types(main_type, extra_types), "_rels/.rels": _PACKAGE_RELS,
                 "word/document.xml": document_xml, **(extra_parts or {})})


def good_docx() -> bytes:
    return docx_package(_document_xml(_paragraphs(GOOD_LINES)))


def docx_not_a_zip() -> bytes:
    return b"This is plain text saved with a .docx extension.\n" * 3


def docx_no_document_xml() -> bytes:
    return _zip({"[Content_Types].xml": _content_types(), "_rels/.rels": _PACKAGE_RELS,
                 "word/styles.xml": "<styles/>"})


def docx_truncated() -> bytes:
    data = good_docx()
    return data[: len(data) // 2]


def docx_zip_bomb(size: int = 64 * 1024 * 1024) -> bytes:
    """A small file whose document.xml unpacks to `size` bytes (honest sizes in the zip)."""
    filler = "<w:p/>" * (size // 6)
    return docx_package(_document_xml(_paragraphs(GOOD_LINES) + filler))


def docx_zip_bomb_lying(size: int = 64 * 1024 * 1024) -> bytes:
    """A zip bomb whose directory claims document.xml is 2 KB: zipfile must stop at 2 KB."""
    data = bytearray(docx_zip_bomb(size))
    real = size // 6 * 6 + len(_document_xml(_paragraphs(GOOD_LINES)).encode())
    claimed = 2048
    for header in (b"PK\x03\x04", b"PK\x01\x02"):
        position = 0
        while (position := data.find(header, position)) != -1:
            size_at = position + (22 if header == b"PK\x03\x04" else 24)
            name_at = position + (30 if header == b"PK\x03\x04" else 46)
            name_len_at = position + (26 if header == b"PK\x03\x04" else 28)
            name_len = int.from_bytes(data[name_len_at:name_len_at + 2], "little")
            if bytes(data[name_at:name_at + name_len]) == b"word/document.xml" and \
                    int.from_bytes(data[size_at:size_at + 4], "little") == real:
                data[size_at:size_at + 4] = claimed.to_bytes(4, "little")
            position += 4
    return bytes(data)


def docx_encrypted_entries() -> bytes:
    """Every zip entry flagged as encrypted (zipfile then asks for a password; found by fuzzing)."""
    data = bytearray(good_docx())
    for header, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        position = 0
        while (position := data.find(header, position)) != -1:
            data[position + flag_at] |= 1
            position += 4
    return bytes(data)


def docx_nested_deep() -> bytes:
    """Content controls nested 100,000 deep (XML parsers cap depth; readers recurse)."""
    body = "<w:sdt><w:sdtContent>" * 100_000 + _paragraphs(GOOD_LINES) + "</w:sdtContent></w:sdt>" * 100_000
    return docx_package(_document_xml(body))


def docx_nested_200() -> bytes:
    """Content controls nested 200 deep: legal XML, deep recursion in a naive reader."""
    body = "<w:sdt><w:sdtContent>" * 200 + _paragraphs(GOOD_LINES) + "</w:sdtContent></w:sdt>" * 200
    return docx_package(_document_xml(body))


def docx_external_entity(url: str = f"{NOWHERE}/xxe", secret: str = "/etc/passwd") -> bytes:
    """External general entities (network and local file) used in the text."""
    prolog = (f'<!DOCTYPE w:document [<!ENTITY net SYSTEM "{url}"><!ENTITY file SYSTEM "file://{secret}">]>')
    body = _paragraphs(GOOD_LINES[:3] + ["Network &net; file &file; end"] + GOOD_LINES[3:])
    return docx_package(_document_xml(body, prolog))


def docx_external_dtd(url: str = f"{NOWHERE}/evil.dtd") -> bytes:
    """An external DTD and an external parameter entity."""
    prolog = f'<!DOCTYPE w:document SYSTEM "{url}" [<!ENTITY % remote SYSTEM "{url}?param"> %remote;]>'
    return docx_package(_document_xml(_paragraphs(GOOD_LINES), prolog))


def docx_entity_in_package(url: str = f"{NOWHERE}/rels") -> bytes:
    """Entities in [Content_Types].xml and _rels/.rels, parsed before the document."""
    prolog = f'<!DOCTYPE Types [<!ENTITY net SYSTEM "{url}">]>'
    types = _content_types().replace("?>", "?>" + prolog, 1).replace("</Types>", "<!-- &net; --></Types>")
    rels = _PACKAGE_RELS.replace("?>", "?>" + prolog.replace("Types", "Relationships"), 1)
    return _zip({"[Content_Types].xml": types, "_rels/.rels": rels,
                 "word/document.xml": _document_xml(_paragraphs(GOOD_LINES))})


def docx_billion_laughs() -> bytes:
    """Internal entities that expand exponentially (a billion "lol"s)."""
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    prolog = f"<!DOCTYPE w:document [{entities}]>"
    body = _paragraphs(GOOD_LINES + ["&lol9;"])
    return docx_package(_document_xml(body, prolog))


def docx_macro_enabled() -> bytes:
    """A macro-enabled Word file (vbaProject.bin), as Word saves a .docm."""
    return docx_package(_document_xml(_paragraphs(GOOD_LINES)), main_type=_MACRO_TYPE,
                        extra_parts={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)},
                        extra_types='<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>')


def old_word_doc() -> bytes:
    """The start of an OLE2 compound file: Word 97-2003 .doc (or an encrypted .docx)."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(24) + b"\x3e\x00\x03\x00\xfe\xff" + bytes(482)


def docx_many_parts() -> bytes:
    """Twenty thousand empty parts."""
    parts: dict[str, bytes | str] = {f"word/media/p{i}.bin": b"" for i in range(20_000)}
    return docx_package(_document_xml(_paragraphs(GOOD_LINES)), extra_parts=parts)


def docx_invalid_xml() -> bytes:
    return docx_package(_document_xml(_paragraphs(GOOD_LINES)).replace("</w:body>", "<w:p></w:body>"))


# --- Text, HTML, JSON, LaTeX -----------------------------------------------------------------

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


# --- the table -----------------------------------------------------------------------------

E, OK = "error", "ok"
DOC_HINT = "save as .docx"

CASES: list[Case] = [
    # PDF
    Case("pdf/truncated.pdf", pdf_truncated, "a PDF cut off at 60 % (no xref table, no trailer)", E,
         "cannot be read as a PDF"),
    Case("pdf/header-only.pdf", pdf_header_only, "`%PDF-1.7` and nothing else", E, "cannot be read as a PDF"),
    Case("pdf/garbage-after-header.pdf", pdf_garbage_after_header, "`%PDF-1.4` then 4 KB of random bytes", E,
         "cannot be read as a PDF"),
    Case("pdf/encrypted.pdf", lambda: encrypted_pdf("s3cret"), "encrypted, with a user password", E,
         "is password-protected"),
    Case("pdf/encrypted-empty-password.pdf", lambda: encrypted_pdf(""),
         "encrypted with an empty user password (opens without one)", OK, "Backend engineer"),
    Case("pdf/scanned.pdf", pdf_scanned, "an image and no text layer (a scan)", E, "has no text layer"),
    Case("pdf/cid-font.pdf", pdf_cid_font, "a font with no Unicode map: text extracts as `(cid:NN)`", E,
         "fonts have no character map"),
    Case("pdf/private-use-font.pdf", pdf_private_use, "a font mapping every letter to private-use code points", E,
         "fonts have no character map"),
    Case("pdf/partly-broken-font.pdf", pdf_partly_broken_font, "good text plus one line in an unmapped font", OK,
         "Backend engineer"),
    Case("pdf/huge-page.pdf", pdf_huge_page, "a page two billion points wide", OK, "Backend engineer"),
    Case("pdf/huge-numbers.pdf", pdf_huge_numbers, "a MediaBox with a 400-digit number", E,
         "cannot be read as a PDF"),
    Case("pdf/deep-arrays.pdf", pdf_deep_arrays, "an object nested 100,000 arrays deep", OK, "Backend engineer",
         big=True),
    Case("pdf/page-tree-loop.pdf", pdf_page_tree_loop, "a page tree that contains itself", E,
         "cannot be read as a PDF"),
    Case("pdf/xref-loop.pdf", pdf_xref_loop, "an xref table whose `/Prev` points at itself", E,
         "cannot be read as a PDF"),
    Case("pdf/form-bomb.pdf", pdf_form_bomb, "Form XObjects drawing each other ten times, eight deep (10⁸ glyphs)",
         E, "glyphs and shapes on page 1, over the safety limit", limit="max_chars"),
    Case("pdf/million-glyphs.pdf", pdf_many_glyphs, "one page drawing a million glyphs (1 MB)", E,
         "over the safety limit", big=True, limit="max_chars"),
    Case("pdf/20mb-operators.pdf", pdf_many_operators, "20 MB of operators that draw nothing", E,
         "of page content to run, over the safety limit", big=True, limit="max_chars"),
    Case("pdf/5000-pages.pdf", many_pages_pdf, "5,000 pages (0.5 MB)", E, "over the 50-page limit",
         big=True, limit="max_pages"),
    Case("pdf/flate-bomb.pdf", pdf_flate_bomb, "a 0.13 MB content stream that inflates to 128 MB", E,
         "over the safety limit", big=True, limit="max_chars"),
    # DOCX and Word
    Case("docx/not-a-zip.docx", docx_not_a_zip, "plain text named .docx", E, "is not a valid .docx file"),
    Case("docx/no-document-xml.docx", docx_no_document_xml, "a zip without `word/document.xml`", E,
         "without word/document.xml"),
    Case("docx/truncated.docx", docx_truncated, "a .docx cut in half", E, "is not a valid .docx file"),
    Case("docx/invalid-xml.docx", docx_invalid_xml, "document.xml that is not well-formed", E,
         "is not a valid .docx file"),
    Case("docx/external-entity.docx", docx_external_entity,
         "external entities (`http://`, `file:///etc/passwd`) used in the text", OK, "Network &net; file &file; end"),
    Case("docx/external-dtd.docx", docx_external_dtd, "an external DTD and an external parameter entity", OK,
         "Backend engineer"),
    Case("docx/entity-in-package.docx", docx_entity_in_package,
         "external entities in `[Content_Types].xml` and `_rels/.rels`", OK, "Backend engineer"),
    Case("docx/billion-laughs.docx", docx_billion_laughs, "internal entities expanding to 10⁹ words", E,
         "is not a valid .docx file"),
    Case("docx/nested-200.docx", docx_nested_200, "content controls nested 200 deep (XML deeper than 256)", E,
         "is not a valid .docx file"),
    Case("docx/nested-100000.docx", docx_nested_deep, "content controls nested 100,000 deep", E,
         "XML tags in word/document.xml, over the safety limit", limit="max_chars"),
    Case("docx/macro-enabled.docx", docx_macro_enabled, "a macro-enabled document renamed .docx", E,
         "macro-enabled"),
    Case("docx/macro-enabled.docm", docx_macro_enabled, "a macro-enabled document (.docm)", E, "save a copy as .docx"),
    Case("docx/old-word.doc", old_word_doc, "a Word 97-2003 .doc", E, DOC_HINT),
    Case("docx/old-word-named.docx", old_word_doc, "a Word 97-2003 file (or an encrypted .docx) named .docx", E,
         "is password-protected or an old .doc file"),
    Case("docx/encrypted-entries.docx", docx_encrypted_entries, "zip entries flagged as encrypted", E,
         "is not a valid .docx file"),
    Case("docx/20000-parts.docx", docx_many_parts, "a package of 20,000 parts (2.4 MB)", E,
         "is not a valid .docx file", big=True),
    Case("docx/zip-bomb.docx", docx_zip_bomb, "0.1 MB that unpacks to 64 MB of XML", E,
         "over the safety limit", big=True, limit="max_chars"),
    Case("docx/zip-bomb-lying.docx", docx_zip_bomb_lying, "a zip bomb whose directory claims 2 KB", E,
         "is not a valid .docx file", big=True),
    # Text
    Case("text/empty.txt", lambda: b"", "an empty file", E, "file is empty"),
    Case("text/whitespace.txt", lambda: b"  \n\t\n\r\n   \n", "spaces, tabs and newlines only", E,
         "no text found"),
    Case("text/invisible.txt", lambda: "\u200b\u200c\ufeff\u00ad\n\u2060\n".encode(),
         "zero-width and soft-hyphen characters only", E, "no text found"),
    Case("text/binary-junk.txt", junk, "4 KB of random bytes named .txt", E, "looks like a binary file"),
    Case("text/nul-bytes.txt", lambda: GOOD_TEXT.encode().replace(b" ", b"\x00"), "text with NUL bytes for spaces",
         E, "looks like a binary file"),
    Case("text/pdf-named.txt", good_pdf, "a PDF named .txt", E, "looks like a PDF file"),
    Case("text/latin-1.txt", lambda: (GOOD_TEXT.replace("•", "-") + "Café, naïve, façade, ½\n").encode("latin-1"),
         "Latin-1 text", OK, "Café, naïve, façade"),
    Case("text/windows-1252.txt", lambda: (GOOD_TEXT + "“Quoted” – 5 € — ok\n").encode("cp1252"),
         "Windows-1252 text (curly quotes, €, dashes)", OK, "“Quoted” – 5 €"),
    Case("text/utf-16-le-bom.txt", lambda: codecs.BOM_UTF16_LE + (GOOD_TEXT + "Zoë\n").encode("utf-16-le"),
         "UTF-16 LE with a BOM", OK, "Zoë"),
    Case("text/utf-16-be-bom.md", lambda: codecs.BOM_UTF16_BE + ("# " + GOOD_TEXT + "Zoë\n").encode("utf-16-be"),
         "UTF-16 BE Markdown with a BOM", OK, "Zoë"),
    Case("text/utf-16-no-bom.txt", lambda: GOOD_TEXT.encode("utf-16-le"), "UTF-16 LE without a BOM", OK,
         "Backend engineer"),
    Case("text/rtl-mixed.txt", lambda: RTL_TEXT.encode(), "Hebrew and Arabic mixed with English, bidi overrides",
         OK, "Python"),
    Case("text/ansi-escapes.txt", lambda: (GOOD_TEXT + "\x1b[2J\x1b[31mred\x1b[0m \x07bell\n").encode(),
         "terminal escape sequences in the text", OK, "[31mred"),
    Case("text/pathological.md", markdown_pathological, "Markdown built to make regexes backtrack", OK, "Python"),
    Case("text/long-line-100k.txt", long_line_100k, "a single line of 100,000 characters (12,000 skills)", OK,
         "Kubernetes", big=True),
    Case("text/punctuation-runs.txt", lambda: GOOD_TEXT.encode() + b"(" * 10_000 + b"\n" + "•".encode() * 10_000,
         "runs of 10,000 `(` and `•` (quadratic in spaCy's tokenizer)", OK, "(" * 32),
    Case("text/long-line-10mb.txt", long_line, "a single 10 MB line", E, "over the 1,000,000 limit", big=True,
         limit="max_chars"),
    Case("text/50mb.txt", big_text, "a 50 MB text file", E, "over the 26 MB limit", big=True, limit="max_bytes"),
    Case("text/2m-lines.txt", many_lines, "two million short lines (4 MB)", E, "over the 1,000,000 limit",
         big=True, limit="max_chars"),
    # HTML
    Case("html/empty-body.html", lambda: html_page("").encode(), "a page with an empty body", E, "no text found"),
    Case("html/whitespace.html", lambda: html_page("<p> &nbsp; </p>\n<div>\t</div>").encode(),
         "a page of whitespace and `&nbsp;`", E, "no text found"),
    Case("html/binary-junk.html", lambda: junk(seed=5), "random bytes named .html", E, "looks like a binary file"),
    Case("html/scripts-styles.html", html_scripts_styles, "scripts, styles, noscript and templates around the text",
         OK, "Backend engineer"),
    Case("html/external-resources.html", html_external_resources,
         "images, stylesheets, scripts, frames and a refresh pointing at a server", OK, "Backend engineer"),
    Case("html/entities.xhtml", xhtml_entities, "XHTML declaring external entities and a DTD", OK,
         "Backend engineer"),
    Case("html/json-ld-deep.html", html_json_ld_deep, "JSON-LD nested 100,000 deep", OK, "Backend engineer",
         big=True),
    Case("html/utf-16-bom.html", lambda: codecs.BOM_UTF16_LE + html_page(GOOD_HTML_BODY).encode("utf-16-le"),
         "UTF-16 with a BOM", OK, "Backend engineer"),
    Case("html/windows-1252.html",
         lambda: html_page(GOOD_HTML_BODY + "<p>“Quoted” – 5 €</p>").replace("utf-8", "windows-1252")
         .encode("cp1252"), "declared windows-1252", OK, "“Quoted” – 5 €"),
    Case("html/rtl-mixed.html", lambda: html_page("<div dir='rtl'>" + RTL_TEXT.replace("\n", "<br>") + "</div>")
         .encode(), "right-to-left text with bidi overrides", OK, "Python"),
    Case("html/deep-div.html", html_deep, "`<div>` nested 40,000 deep", E, "nested over 1,000 deep", big=True),
    Case("html/deep-li.html", html_deep_li, "`<ul><li>` nested 40,000 deep", E, "nested over 1,000 deep", big=True),
    Case("html/1m-elements.html", html_many_elements, "a million `<span>` elements (14 MB)", E,
         "HTML tags, over the safety limit", big=True, limit="max_chars"),
    # JSON Resume
    Case("json/deep.json", json_deep, "arrays nested 100,000 deep", E, "is nested too deeply to read", big=True),
    Case("json/not-object.json", lambda: b'"just a string"', "valid JSON that is not an object", E,
         "is JSON but not a JSON Resume"),
    Case("json/huge-number.json", lambda: b'{"basics": {"name": ' + b"9" * 10_000 + b"}}",
         "a 10,000-digit number", E, "has a number too long to read"),
    Case("json/utf-16.json", lambda: codecs.BOM_UTF16_LE + json_good().encode("utf-16-le"), "UTF-16 with a BOM", E,
         "is not UTF-8 text"),
    Case("json/truncated.json", lambda: json_good()[:80].encode(), "JSON cut off mid-way", E, "is not valid JSON"),
    Case("json/nul-bytes.json", lambda: json_good().encode().replace(b'"Jordan', b'"Jor\x00dan'),
         "a raw NUL byte inside a string", E, "is not valid JSON"),
    Case("json/escaped-controls.json",
         lambda: json_good().encode().replace(b'"Jordan', b'"Jor\\u0000\\u001b[31m\\u2028dan'),
         "escaped NUL, escape and line-separator characters in a string", OK, "Jor [31m\ndan"),
    # LaTeX
    Case("tex/input-file.tex", lambda: tex_document(GOOD_TEX_BODY + "\\input{/etc/passwd}\\include{/etc/shadow}"
                                                    "\\immediate\\write18{curl " + NOWHERE + "}"),
         "`\\input{/etc/passwd}` and `\\write18`", OK, "Backend engineer"),
    Case("tex/deep-braces.tex", lambda: tex_document(GOOD_TEX_BODY + "{" * 100_000 + "x" + "}" * 100_000),
         "braces nested 100,000 deep", OK, "Backend engineer", big=True),
    Case("tex/unbalanced.tex", lambda: tex_document(GOOD_TEX_BODY + "\\textbf{" * 5000 + "\\begin{itemize}" * 500),
         "5,000 unclosed braces and environments", OK, "Backend engineer"),
    Case("tex/macro-bomb.tex", lambda: tex_document(GOOD_TEX_BODY, "\\def\\a{\\a\\a}\\def\\b{\\b}\n") + b"\\a\\b",
         "self-referencing macros", OK, "Backend engineer"),
    Case("tex/binary-junk.tex", lambda: junk(seed=9), "random bytes named .tex", E, "looks like a binary file"),
]

# Good files for mixed batches: every batch test puts these beside the bad ones.
GOOD_FILES: dict[str, Callable[[], bytes]] = {
    "good/resume.txt": lambda: GOOD_TEXT.encode(),
    "good/resume.pdf": good_pdf,
    "good/resume.docx": good_docx,
    "good/posting.html": lambda: html_page("<h1>Backend engineer</h1><h2>Requirements</h2><ul><li>Python</li>"
                                           "<li>PostgreSQL</li><li>Kubernetes</li></ul>").encode(),
    "good/resume.json": lambda: json_good().encode(),
    "good/resume.tex": lambda: tex_document(GOOD_TEX_BODY),
}


def case(path: str) -> Case:
    return next(c for c in CASES if c.path == path)


def write(directory: Path, *, big: bool = False, only: Callable[[Case], bool] = lambda c: True) -> list[Path]:
    """Write the cases (the big ones only with `big`) and the good files under `directory`."""
    written = []
    for item in CASES:
        if item.big and not big or not only(item):
            continue
        target = directory / item.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(item.build())
        written.append(target)
    for name, build in GOOD_FILES.items():
        target = directory / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(build())
        written.append(target)
    return written


def table() -> str:
    """The behaviour table of docs/robustness.md."""
    rows = ["| File | Input | Result |", "|---|---|---|"]
    for item in CASES:
        if item.outcome == OK:
            result = "read normally"
        else:
            result = f"exit 2: “…{item.expect}…”"
            if item.limit:
                result += f" (`--{item.limit.replace('_', '-')}`)"
        size = " *(built at test time)*" if item.big else ""
        rows.append(f"| `{item.path}`{size} | {item.what} | {result} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", action="store_true", help="print the docs table and exit")
    parser.add_argument("--big", type=Path, metavar="DIR", help="also write the big cases under DIR")
    args = parser.parse_args(argv)
    if args.table:
        print(table())
        return
    written = write(OUT)
    if args.big:
        written += write(args.big, big=True, only=lambda c: c.big)
    total = sum(p.stat().st_size for p in written)
    print(f"wrote {len(written)} files ({total / 1e6:.1f} MB)", file=sys.stderr)


if __name__ == "__main__":
    main()
