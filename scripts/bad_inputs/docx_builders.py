"""DOCX cases, written part by part."""

from __future__ import annotations

import io
import zipfile

from bad_inputs.common import GOOD_LINES, NOWHERE, ZIP_TIME

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
