"""`--write-tailored OUT`: a copy of the résumé with the suggested rewrites applied.

Only rewrites without placeholders are applied (never "add-result" or "only-if-true":
those need the user's own facts). Where two suggestions edit the same words, the better
ranked one wins. Each edit is small (an opening, one term) and is found again in the file
the user edits, by its text and the text around it:

- Markdown and plain text: in the source lines the bullet came from
  (`Document.source_position` through `layout.source_map`), so markup elsewhere in the
  line is kept. An edit whose words are split by markup (`**Postgres**ql`) is skipped.
- DOCX (python-docx): in the paragraph holding the bullet, inside its runs: the new words
  take the formatting of the first run they replace, paragraph styles are untouched.

The input is never modified, and OUT may not be the input. The copy is written atomically.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from skillgap.errors import InputError
from skillgap.suggest.edits import Edit
from skillgap.suggest.suggestion import Suggestion
from skillgap.types import Document

TEXT_FORMATS = ("md", "txt")
FORMATS = (*TEXT_FORMATS, "docx")
_CONTEXT = 24


@dataclass
class Tailored:
    """What the write-back did: rewrites applied, and those it could not place."""

    applied: list[Suggestion] = field(default_factory=list)
    skipped: list[Suggestion] = field(default_factory=list)


@dataclass(frozen=True)
class _Change:
    """One edit to make in the file: `old` -> `new`, with the bullet text around it."""

    old: str
    new: str
    before: str  # bullet text just before `old`
    after: str  # bullet text just after `old`
    bullet: str  # the whole bullet (to find its paragraph or source lines)
    start: int  # the bullet's offsets in the Document text
    end: int


def check_output(resume: Path, out: Path, fmt: str) -> None:
    """Raise InputError when OUT cannot be written for this résumé (before any work)."""
    if fmt not in FORMATS:
        raise InputError(
            f"--write-tailored works for Markdown, text and DOCX résumés, not {fmt.upper()}",
            path=str(resume), hint="copy the suggested rewrites into your file by hand",
        )
    try:
        same = out.resolve() == resume.resolve() or (out.exists() and out.samefile(resume))
    except OSError:
        same = False
    if same:
        raise InputError("refusing to write the tailored copy over the résumé itself", path=str(out),
                         hint="give --write-tailored a new file name")
    wanted = {"docx": (".docx",), "md": (".md", ".markdown"), "txt": (".txt", ".text", "")}[fmt]
    if out.suffix.lower() not in wanted:
        raise InputError(f"the tailored copy of a {fmt.upper()} résumé must end in {wanted[0] or 'no extension'}",
                         path=str(out), hint=f"name it like {out.with_suffix(wanted[0]).name}")


def write_tailored(resume: Path, out: Path, document: Document, suggestions: tuple[Suggestion, ...] | list[Suggestion]
                   ) -> Tailored:
    """Write the tailored copy of `resume` to `out`; return what was applied."""
    check_output(resume, out, document.format)
    plan, result = _plan(suggestions)
    if document.format == "docx":
        data, failed = _tailor_docx(resume, plan)
    else:
        data, failed = _tailor_text(resume, document, plan)
    for suggestion, changes in plan:
        (result.skipped if any(id(c) in failed for c in changes) else result.applied).append(suggestion)
    from skillgap.atomic import write_atomic

    try:
        write_atomic(out, data)
    except OSError as exc:
        raise InputError(f"cannot write the tailored copy: {exc.strerror}", path=str(out),
                         hint="check that the folder exists and is writable") from exc
    return result


# --- which edits ------------------------------------------------------------------------------


def _plan(suggestions) -> tuple[list[tuple[Suggestion, list[_Change]]], Tailored]:
    """Non-placeholder suggestions, best first, whose edits do not clash with a better one."""
    chosen: dict[tuple[int, int], list[Edit]] = {}
    plan: list[tuple[Suggestion, list[_Change]]] = []
    result = Tailored()
    for suggestion in suggestions:
        if suggestion.placeholder or not suggestion.edits:
            continue
        taken = chosen.setdefault((suggestion.start, suggestion.end), [])
        edits = [Edit(*e) for e in suggestion.edits]
        new = [e for e in edits if e not in taken]
        if any(e.overlaps(other) for e in new for other in taken):
            result.skipped.append(suggestion)
            continue
        taken.extend(new)
        plan.append((suggestion, [_change(suggestion, e) for e in new]))
    return plan, result


def _change(suggestion: Suggestion, edit: Edit) -> _Change:
    text, start, end, new = suggestion.original, edit.start, edit.end, edit.replacement
    if start == end:  # an insertion: anchor it on the word before (or after) it
        if start > 0:
            word_start = text.rfind(" ", 0, len(text[:start].rstrip())) + 1
            new, start = text[word_start:start] + new, word_start
        else:
            match = re.match(r"\S+", text)
            end = match.end() if match else 0
            new = new + text[:end]
    return _Change(text[start:end], new, text[max(0, start - _CONTEXT) : start], text[end : end + _CONTEXT],
                   text, suggestion.start, suggestion.end)


def _locate(haystack: str, change: _Change, lo: int = 0, hi: int | None = None) -> tuple[int, int] | None:
    """Where `change.old` is in `haystack[lo:hi]`: the occurrence whose surroundings best
    match the bullet's, as (position, how many characters of context matched)."""
    hi = len(haystack) if hi is None else hi
    best: tuple[int, int] | None = None
    position = haystack.find(change.old, lo, hi)
    while position != -1 and position + len(change.old) <= hi:
        score = _common_suffix(haystack[max(0, position - _CONTEXT) : position], change.before)
        score += _common_prefix(haystack[position + len(change.old) : position + len(change.old) + _CONTEXT],
                                change.after)
        if best is None or score > best[1]:
            best = (position, score)
        position = haystack.find(change.old, position + 1, hi)
    return best


def _common_prefix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


# --- Markdown and plain text ------------------------------------------------------------------


def _tailor_text(resume: Path, document: Document, plan) -> tuple[bytes, set[int]]:
    from skillgap.ingest.text import decode_bytes

    raw = resume.read_bytes()
    source = decode_bytes(raw, str(resume))
    bom = raw.startswith(b"\xef\xbb\xbf")
    line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", source)]
    located: list[tuple[int, int, str]] = []
    failed: set[int] = set()
    for _, changes in plan:
        for change in changes:
            first_line, _ = document.source_position(change.start)
            last_line, _ = document.source_position(max(change.start, change.end - 1))
            lo = line_starts[min(first_line, len(line_starts)) - 1]
            hi = line_starts[last_line] if last_line < len(line_starts) else len(source)
            found = _locate(source, change, lo, hi)
            if found is None or any(a < found[0] + len(change.old) and found[0] < b for a, b, _ in located):
                failed.add(id(change))
                continue
            located.append((found[0], found[0] + len(change.old), _in_source_style(source, found[0], change.new)))
    for start, end, new in sorted(located, reverse=True):
        source = source[:start] + new + source[end:]
    return (b"\xef\xbb\xbf" if bom else b"") + source.encode("utf-8"), failed


def _in_source_style(source: str, position: int, new: str) -> str:
    """A new line the edit adds ("\n• Teamwork", after a skills line) written as the file
    writes the line it follows: its indent and list marker ("- ", "* ") and its line ending."""
    if "\n" not in new:
        return new
    line_start = max(source.rfind("\n", 0, position), source.rfind("\r", 0, position)) + 1
    marker = re.match(r"[ \t]*(?:[-*+•·▪◦]|\d+[.)])?[ \t]*", source[line_start:position])
    ending = re.search(r"\r\n|\r|\n", source)
    head, _, rest = new.partition("\n")
    rest = re.sub(r"^\s*[-*•·▪◦]\s+", "", rest)
    return head + (ending.group(0) if ending else "\n") + (marker.group(0) if marker else "") + rest


# --- DOCX --------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_FIXED = {_W + "tab": " ", _W + "ptab": " ", _W + "noBreakHyphen": "-", _W + "br": "\n", _W + "cr": "\n"}
_SKIP = {_W + "del", _W + "moveFrom", _W + "txbxContent", _W + "pPr", _W + "rPr"}


def _pieces(paragraph) -> list[tuple[object | None, str]]:
    """The paragraph's text as (w:t element or None, text) in reading order; None marks a
    tab or a break, which an edit may not cross."""
    out: list[tuple[object | None, str]] = []

    def walk(element) -> None:
        for child in element:
            tag = child.tag
            if tag in _SKIP or tag == _W + "p":
                continue
            if tag == _W + "t":
                out.append((child, child.text or ""))
            elif tag in _FIXED:
                out.append((None, _FIXED[tag]))
            else:
                walk(child)

    walk(paragraph)
    return out


def _paragraph_text(paragraph) -> str:
    return "".join(text for _, text in _pieces(paragraph))


def _norm(text: str) -> str:
    return " ".join(text.replace("•", " ").split())


def _tailor_docx(resume: Path, plan) -> tuple[bytes, set[int]]:
    import docx

    try:
        word = docx.Document(str(resume))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for a bad package
        raise InputError(f"cannot open the DOCX for writing a tailored copy: {exc}", path=str(resume),
                         hint="open it in Word and save it again as .docx") from exc
    paragraphs = [p for p in word.element.body.iter(_W + "p") if not _inside_fallback(p)]
    texts = [_paragraph_text(p) for p in paragraphs]
    failed: set[int] = set()
    located: list[tuple[int, int, int, str, int]] = []  # paragraph index, start, end, new text, change id
    added: list[tuple[int, str]] = []  # a new line after a paragraph: its index, the line's text
    for _, changes in plan:
        for change in changes:
            found = _find_paragraph(texts, change)
            if found is not None and "\n" in change.new:  # "reporting\n• Teamwork": a paragraph of its own
                head, _, line = change.new.partition("\n")
                at_end = found[1] + len(change.old) == len(texts[found[0]].rstrip())
                if head != change.old or not at_end:
                    failed.add(id(change))
                else:
                    added.append((found[0], line))
                continue
            if found is None or any(i == found[0] and a < found[1] + len(change.old) and found[1] < b
                                    for i, a, b, _, _ in located):
                failed.add(id(change))
                continue
            located.append((found[0], found[1], found[1] + len(change.old), change.new, id(change)))
    # every position was found in the unchanged file: apply from the end of each paragraph
    for index, start, end, new, change_id in sorted(located, reverse=True):
        if not _replace_in_runs(paragraphs[index], start, end, new):
            failed.add(change_id)
    for index, line in sorted(added, reverse=True):
        _add_paragraph_after(paragraphs[index], line, texts[index])
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue(), failed


def _add_paragraph_after(paragraph, line: str, text: str) -> None:
    """A new paragraph after `paragraph` in its style (list numbering, first run's
    formatting) holding `line`; its glyph ("• ") only when the paragraph writes one in
    its text rather than drawing it from the list style."""
    import copy

    if not re.match(r"\s*[-*•·▪◦]\s", text):
        line = re.sub(r"^\s*[-*•·▪◦]\s+", "", line)
    new = copy.deepcopy(paragraph)
    runs = [child for child in new if child.tag == _W + "r"]
    for child in list(new):
        if child.tag != _W + "pPr" and (not runs or child is not runs[0]):
            new.remove(child)
    if runs:
        for child in list(runs[0]):
            if child.tag != _W + "rPr":
                runs[0].remove(child)
        run = runs[0]
    else:
        run = new.makeelement(_W + "r", {})
        new.append(run)
    element = run.makeelement(_W + "t", {})
    element.text = line
    element.set(_XML_SPACE, "preserve")
    run.append(element)
    paragraph.addnext(new)


def _inside_fallback(element) -> bool:
    node = element.getparent()
    while node is not None:
        if node.tag == _FALLBACK:
            return True
        node = node.getparent()
    return False


def _find_paragraph(texts: list[str], change: _Change) -> tuple[int, int] | None:
    """(paragraph index, position) of the change: in a paragraph that holds the bullet (or
    a cell of its table row), where the words around it match best."""
    bullet = _norm(change.bullet)
    best: tuple[int, int, int, int] | None = None  # rank, context score, index, position
    for index, text in enumerate(texts):
        plain = _norm(text)
        if not plain or not (plain == bullet or bullet in plain or plain in bullet):
            continue
        found = _locate(text, change)
        if found is None:
            continue
        candidate = (2 if plain == bullet else 1, found[1], index, found[0])
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return None if best is None else (best[2], best[3])


def _replace_in_runs(paragraph, start: int, end: int, new: str) -> bool:
    """Replace characters start..end of the paragraph's text, keeping run formatting: the
    new text goes into the first run touched; the rest of the old text leaves its runs."""
    pieces = _pieces(paragraph)
    offset = 0
    touched: list[tuple[object, str, int]] = []
    for element, text in pieces:
        piece_start, piece_end = offset, offset + len(text)
        offset = piece_end
        if piece_end <= start or piece_start >= end:
            continue
        if element is None:
            return False  # a tab or line break inside the words to change
        touched.append((element, text, piece_start))
    if not touched:
        return False
    for index, (element, text, piece_start) in enumerate(touched):
        keep_before = text[: max(0, start - piece_start)] if index == 0 else ""
        keep_after = text[end - piece_start :] if end - piece_start < len(text) else ""
        element.text = keep_before + (new if index == 0 else "") + keep_after  # type: ignore[attr-defined]
        element.set(_XML_SPACE, "preserve")  # type: ignore[attr-defined]
    return True
