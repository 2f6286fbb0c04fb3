"""Turn a registry `Example` into the Document a reader would have produced.

The examples are résumé fragments in Markdown; layout facts that text cannot show (white
text, a table, a page header, two columns, a scan) are applied on top, exactly where the
example says, so every rule's examples run through the real engine.
"""

from __future__ import annotations

from dataclasses import replace

from skillgap.lint.registry import Example
from skillgap.types import Document, LineOrigin


def example_document(example: Example, path: str = "<example>") -> Document:
    from skillgap.ingest import document_from_text

    document = document_from_text(example.text, path=path, fmt=example.fmt)
    layout = example.layout
    text = document.text
    lines = list(document.lines)
    for needle, origin in layout.get("origins", {}).items():
        for index, line in enumerate(lines):
            if needle in text[line.start : line.end]:
                lines[index] = replace(line, origin=LineOrigin(origin))
    hidden = []
    for needle in layout.get("hidden", ()):
        at = text.find(needle)
        if at == -1:
            raise ValueError(f"hidden text {needle!r} is not in the example")
        hidden.append((at, at + len(needle)))
    new_layout = replace(
        document.layout,
        hidden_spans=tuple(hidden),
        columns_per_page=tuple(layout.get("columns", ())),
        image_count=layout.get("images", document.layout.image_count),
        has_text_layer=layout.get("text_layer", True),
        source_map=() if layout.get("format", example.fmt) != example.fmt else document.layout.source_map,
    )
    return replace(document, lines=tuple(lines), layout=new_layout, format=layout.get("format", document.format),
                   pages=layout.get("pages", document.pages))
