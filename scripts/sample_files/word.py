"""Reproducible Word files: fixed metadata and zip timestamps, no template thumbnail."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path
from typing import IO

from docx.document import Document as WordDocument

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
FIXED_TIME = datetime(2024, 1, 1, 9, 0, 0)


def save_docx(document: WordDocument, path: Path | IO[bytes]) -> None:
    """Save with fixed metadata and zip timestamps, so the bytes are reproducible."""
    props = document.core_properties
    props.author = props.last_modified_by = "skillgap samples"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    with (
        zipfile.ZipFile(buffer) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename == "docProps/thumbnail.jpeg":
                continue  # python-docx's template thumbnail is a picture of someone else's file
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml" or info.filename == "_rels/.rels":
                data = data.replace(
                    b'<Override PartName="/docProps/thumbnail.jpeg" ContentType="image/jpeg"/>', b""
                )
                data = _drop_thumbnail_rel(data)
            target.writestr(fixed, data)


def _drop_thumbnail_rel(data: bytes) -> bytes:
    start = data.find(b"<Relationship ")
    while start != -1:
        end = data.find(b"/>", start) + 2
        if b"thumbnail" in data[start:end]:
            return data[:start] + data[end:]
        start = data.find(b"<Relationship ", end)
    return data


def _bullets(document: WordDocument, items: list[str]) -> None:
    for item in items:
        document.add_paragraph(item, style="List Bullet")
