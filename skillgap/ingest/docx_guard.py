"""Checks on a .docx package before any XML is parsed.

A .docx is a zip of XML parts. Before python-docx opens one, this rejects what is not a
Word document (an old .doc or a password-protected file, which are OLE containers; a PDF
renamed; a zip without a main part; a macro-enabled .docm) and what would cost too much
to parse (zip bombs: parts that unpack to far more XML, or far more tags, than the
--max-chars limit allows text). It also reads Word's own page count from docProps/app.xml.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from skillgap.errors import InputError, LimitExceeded
from skillgap.ingest.library_errors import DOCX_LIBRARIES, raised_in
from skillgap.ingest.limits import Limits

SAVE_HINT = "open it in Word and save as .docx"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAX_XML_BYTES = 200 * 1024 * 1024
# Bounds on the main part, per character of --max-chars: XML bytes (memory: lxml needs ~10x
# the XML) and tags (time: ~10 us per element walked). A real résumé has ~3 bytes and ~0.5
# tags of XML per character of text; `<w:p/>` repeated is 6 bytes and one paragraph.
_XML_PER_CHAR = 10
_TAGS_PER_CHAR = 0.25
_MACRO_PARTS = ("word/vbaProject.bin", "word/vbaData.xml")
_MAX_MEMBERS = 10_000


def check_package(path: Path, display: str, limits: Limits) -> int | None:
    """Reject what is not a .docx before python-docx sees it; return Word's page count."""
    with path.open("rb") as handle:
        _check_magic(handle.read(8), display)
    try:
        with zipfile.ZipFile(path) as package:
            app = _check_parts(package, display, limits)
    except PermissionError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        ValueError,
        NotImplementedError,
        OSError,
        RuntimeError,
    ) as exc:
        # OSError: offsets in a damaged zip that point past its end; RuntimeError: a part
        # flagged as encrypted (zipfile asks for a password)
        if not raised_in(exc, DOCX_LIBRARIES):
            raise  # a bug in skillgap's own checks: an internal error, not a damaged file
        raise InputError("is not a valid .docx file", path=display, hint=SAVE_HINT) from exc
    pages = re.search(rb"<(?:\w+:)?Pages>(\d{1,4})<", app)
    return int(pages.group(1)) if pages else None


def _check_magic(head: bytes, display: str) -> None:
    """An OLE container (an old .doc or a password-protected file) or a PDF by another name."""
    if head.startswith(_OLE_MAGIC):
        raise InputError(
            "is password-protected or an old .doc file",
            path=display,
            hint="remove the password in Word (File > Info > Protect Document), or save as .docx",
        )
    if head.startswith(b"%PDF"):
        raise InputError("is a PDF file with a .docx name", path=display, hint="rename it to .pdf")


def _check_parts(package: zipfile.ZipFile, display: str, limits: Limits) -> bytes:
    """The package's parts checked (a main part, no macros, no zip bomb); docProps/app.xml."""
    members = package.infolist()
    if len(members) > _MAX_MEMBERS:
        raise InputError(f"is not a valid .docx file ({len(members)} parts)", path=display, hint=SAVE_HINT)
    names = {member.filename: member for member in members}
    main = _main_part(package, names)
    if main not in names:
        raise InputError("is not a valid .docx file (a zip without word/document.xml)", path=display,
                         hint=SAVE_HINT)
    if any(name in names for name in _MACRO_PARTS) or b"macroEnabled" in _content_types(package, names):
        raise InputError("is a macro-enabled Word file (.docm), not supported", path=display,
                         hint="open it in Word and save a copy as .docx (Word Document)")
    _check_size(package, members, names[main], display, limits)
    return package.read("docProps/app.xml")[:65536] if "docProps/app.xml" in names else b""


def _check_size(package: zipfile.ZipFile, members: list[zipfile.ZipInfo], main: zipfile.ZipInfo, display: str,
                limits: Limits) -> None:
    """Zip bombs: more XML, or more tags, than --max-chars allows text."""
    cap = min(_XML_PER_CHAR * limits.max_chars, _MAX_XML_BYTES)
    xml_bytes = sum(m.file_size for m in members if m.filename.endswith((".xml", ".rels")))
    if main.file_size > cap or xml_bytes > 2 * cap:
        raise LimitExceeded(
            f"unpacks to {xml_bytes / 1e6:.0f} MB of XML, over the safety limit "
            f"({_XML_PER_CHAR} bytes per character of --max-chars)",
            path=display,
            hint=limits.describe("max_chars"),
        )
    tags = _count_tags(package, main.filename)
    if tags > _TAGS_PER_CHAR * limits.max_chars:
        raise LimitExceeded(
            f"has {tags:,} XML tags in {main.filename}, over the safety limit "
            f"(1 per {round(1 / _TAGS_PER_CHAR)} characters of --max-chars)",
            path=display,
            hint=limits.describe("max_chars"),
        )


def _content_types(package: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo]) -> bytes:
    info = names.get("[Content_Types].xml")
    return package.read(info)[:1_000_000] if info is not None and info.file_size <= 1_000_000 else b""


def _count_tags(package: zipfile.ZipFile, part: str) -> int:
    """How many `<` the part holds, read in chunks (never the whole part at once)."""
    tags = 0
    with package.open(part) as stream:
        while chunk := stream.read(1 << 20):
            tags += chunk.count(b"<")
    return tags


def _main_part(package: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo]) -> str:
    if "_rels/.rels" not in names or names["_rels/.rels"].file_size > 1_000_000:
        return "word/document.xml"
    try:
        rels = etree.fromstring(package.read("_rels/.rels"), _SAFE_PARSER)
    except etree.XMLSyntaxError:
        return "word/document.xml"
    for rel in rels.iterfind("pr:Relationship", {"pr": _PACKAGE_RELS}):
        if (rel.get("Type") or "").endswith("/officeDocument"):
            return (rel.get("Target") or "").lstrip("/")
    return "word/document.xml"
