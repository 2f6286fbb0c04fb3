"""Pages whose meaning is partly in objects other than text: the rules of a form, a link."""

from __future__ import annotations

from pathlib import Path

from pdf_fixtures.drawing import _canvas


def linked_role(path: Path, target: str) -> None:
    """A one-page résumé whose role bullet links to `target` from the word "here" (a
    template's "The code is available here: [GitHub icon]")."""
    c = _canvas(path)
    lines = [("Jo Doe", 18), ("jo@example.com", 10), ("Experience", 14),
             ("Research Assistant, Uni Earth 2019 - 2021", 10),
             ("• Built a migration model; the code is available here", 10), ("Skills", 14), ("GitHub, Git", 10)]
    y = 740
    for text, size in lines:
        c.setFont("Helvetica", size)
        c.drawString(72, y, text)
        if text.endswith("here"):
            x = 72 + c.stringWidth(text[: -len("here")], "Helvetica", size)
            c.linkURL(target, (x, y - 2, x + c.stringWidth("here", "Helvetica", size), y + size), relative=0)
        y -= size * 2
    c.save()


def ruled_form(path: Path, ruled: bool = True) -> None:
    """Rows of a form: an address cell on the left, a phone cell on the right at a line
    spacing of its own (a Japanese rirekisho's layout), with or without the form's rules."""
    c = _canvas(path)
    c.setFont("Helvetica", 10)
    top = 760
    for row in range(14):
        y = top - row * 40
        c.drawString(40, y, f"Address line {row} of the form, with street")
        c.drawString(40, y - 14, "and town, and the postcode")
        c.drawString(460, y - 6, "Telephone (mobile)")
        c.drawString(460, y - 20, f"+81 80-9876-54{row:02d}")
        if ruled:
            c.line(30, y - 26, 565, y - 26)  # a rule across the whole row
    if ruled:
        c.line(450, top + 15, 450, top - 14 * 40)  # the rule down between the cells
    c.drawString(40, 150, "Experience")
    c.drawString(40, 130, "Engineer, Acme 2019 - 2021 and a line that runs right across the page to the edge")
    c.save()


def logo_role(path: Path, logo: bool = True) -> None:
    """A one-page résumé whose role shows a small picture (a product's logo) at the right
    of its bullets, as templates that tag a role with the logos of its tools do; the
    skills list names the tools in words."""
    from io import BytesIO

    from PIL import Image
    from reportlab.lib.utils import ImageReader

    c = _canvas(path)
    lines = [("Jo Doe", 18), ("jo@example.com", 10), ("Experience", 14),
             ("Software Engineer, Acme 2019 - 2021", 10), ("• Built the billing service and its reports", 10),
             ("Skills", 14), ("Python, Redux", 10)]
    y = 740
    for text, size in lines:
        c.setFont("Helvetica", size)
        c.drawString(72, y, text)
        if logo and text.startswith("• Built"):
            buffer = BytesIO()
            Image.new("RGB", (96, 36), (120, 70, 180)).save(buffer, format="PNG")
            c.drawImage(ImageReader(buffer), 460, y - 6, 48, 18)  # a logo level with the bullet
        y -= size * 2
    c.save()
