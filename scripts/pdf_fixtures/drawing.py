"""Where the files go, and a ReportLab canvas with a text cursor (wrapped paragraphs, bullets)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "pdf"
SAMPLES = ROOT / "samples"
WIDTH, HEIGHT = LETTER  # 612 x 792 pt


def _canvas(path: Path, **kwargs) -> canvas.Canvas:
    # invariant=1: no timestamps or random ids, so regenerating gives identical bytes.
    c = canvas.Canvas(str(path), pagesize=LETTER, invariant=1, **kwargs)
    c.setAuthor("skillgap test fixtures")
    c.setTitle(path.stem)
    return c


def _wrap(c: canvas.Canvas, text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap using the font's real advance widths."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and c.stringWidth(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


class Flow:
    """A text cursor in one column: writes wrapped paragraphs and bullets downwards."""

    def __init__(self, c: canvas.Canvas, x: float, top: float, width: float, leading: float):
        self.c, self.x, self.y, self.width, self.leading = c, x, top, width, leading

    def heading(self, text: str, size: float = 11.5) -> None:
        self.y -= self.leading * 0.6
        self.c.setFont("Helvetica-Bold", size)
        self.c.drawString(self.x, self.y, text.upper())
        self.c.setLineWidth(0.5)
        self.c.line(self.x, self.y - 3, self.x + self.width, self.y - 3)
        self.y -= self.leading + 2

    def text(self, text: str, font: str = "Helvetica", size: float = 9.5, indent: float = 0) -> None:
        self.c.setFont(font, size)
        for line in _wrap(self.c, text, font, size, self.width - indent):
            self.c.drawString(self.x + indent, self.y, line)
            self.y -= self.leading

    def role(self, title: str, dates: str, size: float = 10) -> None:
        """Job title on the left, dates right-aligned on the same baseline."""
        self.c.setFont("Helvetica-Bold", size)
        self.c.drawString(self.x, self.y, title)
        self.c.setFont("Helvetica", size - 0.5)
        self.c.drawRightString(self.x + self.width, self.y, dates)
        self.y -= self.leading

    def bullet(self, text: str, size: float = 9.5, glyph: tuple[str, str] = ("Helvetica", "\u2022")) -> None:
        font, mark = glyph
        self.c.setFont(font, size * 0.8 if font == "ZapfDingbats" else size)
        self.c.drawString(self.x + 4, self.y, mark)
        self.text(text, size=size, indent=14)

    def gap(self, points: float) -> None:
        self.y -= points
