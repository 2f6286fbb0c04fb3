"""Output formats for lint findings: one module each; `formats.render` picks one."""

from skillgap.lint.output.formats import FORMATS, render

__all__ = ["FORMATS", "render"]
