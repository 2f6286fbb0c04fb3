"""LaTeX résumé sources, read without a TeX engine: a light de-LaTeX-ifier.

Good enough for linting: sections and `\\item`s become lines, formatting macros give
their text, layout macros disappear, and every produced line keeps an anchor to its
source line and column (`layout.source_map`). Macros defined in the preamble are not
expanded; unknown macros keep the text of their brace arguments (one argument inline,
several as one line joined with " | ", which suits `\\cventry`/`\\resumeSubheading`).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from pathlib import Path

from skillgap.errors import LimitExceeded
from skillgap.ingest.builder import DocumentBuilder, clean_line
from skillgap.ingest.limits import Limits
from skillgap.ingest.text import decode_bytes
from skillgap.types import Document, LineOrigin

_SOURCE_PER_CHAR = 4  # markup allowance: a source may be this many times max_chars
_MAX_DEPTH = 150  # deeper brace nesting is read as plain text instead of recursing
# fmt: off
_SYMBOLS = {
    "textbullet": "•", "bullet": "•", "cdot": "·", "textperiodcentered": "·", "textbar": "|",
    "vert": "|", "mid": "|", "textendash": "–", "textemdash": "—", "ldots": "…", "dots": "…",
    "textellipsis": "…", "sim": "~", "textasciitilde": "~", "textbackslash": "\\",
    "textunderscore": "_", "textless": "<", "textgreater": ">", "S": "§", "copyright": "©",
    "textregistered": "®", "texttrademark": "™", "LaTeX": "LaTeX", "TeX": "TeX",
    "LaTeXe": "LaTeX2e", "pounds": "£", "euro": "€", "texteuro": "€", "textdegree": "°",
    "times": "×", "pm": "±", "to": "→", "rightarrow": "→", "leftarrow": "←", "ss": "ß",
    "ae": "æ", "o": "ø", "aa": "å", "l": "ł", "textasciicircum": "^", "ampersand": "&",
    "quad": " ", "qquad": " ", "hfill": " ", "hfil": " ", "enspace": " ", "enskip": " ",
    "thinspace": " ", "space": " ", "nobreakspace": " ", "textvisiblespace": " ",
}
_BREAKS = {"par", "newline", "linebreak", "smallskip", "medskip", "bigskip", "vfill", "cr"}
_PAGE_BREAKS = {"newpage", "clearpage", "pagebreak", "cleardoublepage"}
_SECTIONS = {
    "part", "chapter", "section", "subsection", "subsubsection", "paragraph", "subparagraph",
}
# Macros whose arguments are not text: how many brace arguments to drop.
_DROP = {
    "vspace": 1, "hspace": 1, "vskip": 0, "hskip": 0, "setlength": 2, "addtolength": 2,
    "setcounter": 2, "addtocounter": 2, "label": 1, "ref": 1, "pageref": 1, "cite": 1,
    "pagestyle": 1, "thispagestyle": 1, "usepackage": 1, "documentclass": 1,
    "newcommand": 2, "renewcommand": 2, "providecommand": 2, "newenvironment": 3,
    "renewenvironment": 3, "definecolor": 3, "color": 1, "fontsize": 2, "includegraphics": 1,
    "geometry": 1, "hypersetup": 1, "input": 1, "include": 1, "phantom": 1, "hphantom": 1,
    "vphantom": 1, "rule": 2, "cline": 1, "titlespacing": 4, "titleformat": 5,
    "setmainfont": 1, "setsansfont": 1, "fontfamily": 1, "usetikzlibrary": 1,
}
# Macros whose last brace argument is the text and the others are not.
_KEEP_LAST = {
    "textcolor": 2, "colorbox": 2, "href": 2, "hyperlink": 2, "fcolorbox": 3, "raisebox": 2,
    "parbox": 2, "resizebox": 3, "scalebox": 2, "multicolumn": 3, "multirow": 3,
    "foreignlanguage": 2,
}
# Formatting macros with exactly one (text) argument.
_ONE_ARG = {
    "textbf", "textit", "emph", "underline", "textsc", "texttt", "textrm", "textsf", "textup",
    "textmd", "textnormal", "textsl", "mbox", "hbox", "text", "uline", "MakeUppercase",
    "MakeLowercase", "uppercase", "lowercase", "footnote", "caption", "centerline",
}
# Environments whose first brace arguments are a specification, not text.
_ENV_SPEC_ARGS = {
    "tabular": 1, "tabular*": 2, "tabularx": 2, "tabulary": 2, "longtable": 1, "array": 1,
    "minipage": 1, "multicols": 1, "multicols*": 1, "wrapfigure": 2, "adjustwidth": 2,
    "list": 2, "tabu": 1, "supertabular": 1, "xtabular": 1, "tblr": 1, "paracol": 1,
}
_SKIP_ENVS = {"comment", "tikzpicture", "figure*"}
_ACCENTS = {
    "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
    ".": "\u0307", "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b",
}
# fmt: on
_IDENTITY = re.compile(
    r"\\(name|firstname|familyname|author|address|phone|mobile|email|homepage|social)\b\*?"
)


_CONTROL_WORD = re.compile(r"[A-Za-z]+\*?")


class _Out:
    """Produced characters, each with the source offset that produced it."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.images = 0

    def emit(self, text: str, offset: int) -> None:
        self.chars.extend(text)
        self.offsets.extend([offset] * len(text))

    def blank_since(self, mark: int) -> bool:
        return all(ch.isspace() for ch in self.chars[mark:])

    def truncate(self, mark: int) -> None:
        del self.chars[mark:], self.offsets[mark:]


def _blank_comments(source: str) -> str:
    """Replace `%` comments by spaces (unescaped `%` only), keeping every offset."""
    out = list(source)
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "%":
            while i < n and source[i] not in "\r\n":
                out[i] = " "
                i += 1
            continue
        i += 1
    return "".join(out)


def _brace_pairs(src: str) -> list[int]:
    """For each `{`, the index of its matching `}` (-1 when unbalanced), in one pass."""
    close = [-1] * len(src)
    stack: list[int] = []
    i, n = 0, len(src)
    while i < n:
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "{":
            stack.append(i)
        elif ch == "}" and stack:
            close[stack.pop()] = i
        i += 1
    return close


def _skip_space(src: str, i: int, end: int) -> int:
    """Skip spaces and at most one newline (a blank line ends the argument list)."""
    newline_seen = False
    while i < end and src[i] in " \t\r\n":
        if src[i] == "\n":
            if newline_seen:
                break
            newline_seen = True
        i += 1
    return i


class _Converter:
    def __init__(self, src: str) -> None:
        self.src = src
        self.close = _brace_pairs(src)

    def _group_end(self, i: int, end: int) -> int:
        """Index of the `}` matching the `{` at `i` (or `end` when unbalanced)."""
        close = self.close[i]
        return close if 0 <= close < end else end

    def _args(
        self, i: int, end: int, limit: int = 9, *, trailing_optional: bool = True
    ) -> tuple[list[tuple[int, int]], int]:
        """Brace arguments after a macro as (start, end) spans, and where reading stopped.

        Optional [..] arguments are skipped; with `trailing_optional` off, brackets that no
        brace argument follows are left in the text ("\\foo [2019]" keeps "[2019]").
        """
        src = self.src
        spans: list[tuple[int, int]] = []
        consumed = i
        while True:
            j = _skip_space(src, i, end)
            if j < end and src[j] == "[":
                close = src.find("]", j, end)
                if close == -1:
                    break
                i = close + 1
                if trailing_optional:
                    consumed = i
                continue
            if j < end and src[j] == "{" and len(spans) < limit:
                close = self._group_end(j, end)
                spans.append((j + 1, close))
                i = consumed = min(close + 1, end)
                continue
            break
        return spans, consumed

    def run(self, start: int, end: int, out: _Out, depth: int = 0) -> None:
        """Convert `src[start:end]`, appending to `out` (never copied: nesting stays linear)."""
        src, i = self.src, start
        while i < end:
            ch = src[i]
            if ch == "\\":
                i = self._command(i, end, out, depth)
            elif ch == "{":
                close = self._group_end(i, end)
                self._sub(i + 1, close, depth, out)
                i = close + 1
            elif ch in "}$":
                i += 1
            elif ch == "~":
                out.emit(" ", i)
                i += 1
            elif ch == "&":
                out.emit(" | ", i)
                i += 1
            elif src.startswith("---", i):
                out.emit("—", i)
                i += 3
            elif src.startswith("--", i):
                out.emit("–", i)
                i += 2
            elif src.startswith(("``", "''"), i):
                out.emit('"', i)
                i += 2
            elif ch == "\n":
                # A blank line ends a paragraph; a single newline is a space.
                j = i + 1
                while j < end and src[j] in " \t\r":
                    j += 1
                out.emit("\n" if j < end and src[j] == "\n" else " ", i)
                i += 1
            else:
                out.emit(ch, i)
                i += 1

    def _sub(self, start: int, end: int, depth: int, out: _Out) -> None:
        if depth >= _MAX_DEPTH:
            out.emit(re.sub(r"[{}\\]", " ", self.src[start:end]), start)
        else:
            self.run(start, end, out, depth + 1)

    def _joined(self, spans: list[tuple[int, int]], depth: int, sep: str, out: _Out) -> None:
        """The arguments' text joined by `sep`, leaving out empty arguments."""
        first = True
        for start, stop in spans:
            mark = len(out.chars)
            if not first:
                out.emit(sep, start)
            body = len(out.chars)
            self._sub(start, stop, depth, out)
            if out.blank_since(body):
                out.truncate(mark)
            else:
                first = False

    def _command(self, i: int, end: int, out: _Out, depth: int) -> int:
        match = _CONTROL_WORD.match(self.src, i + 1, end)
        if not match:  # a control symbol: \\ \& \% \, \' ...
            return self._control_symbol(i, end, out)
        name, nxt = match.group(0), match.end()
        base = name.rstrip("*")
        simple = self._simple_command(base, i, nxt, end, out, depth)
        if simple is not None:
            return simple
        spans, after = self._args(nxt, end, trailing_optional=False)
        lowered = base.lower()
        heading = base in _SECTIONS or ("section" in lowered or "heading" in lowered)
        if "item" in lowered and base not in _SECTIONS:
            if spans:  # \resumeItem{...}, \cvitem{label}{text}
                out.emit("\n• ", i)
                self._joined(spans, depth, " | ", out)
            out.emit("\n", i)
        elif spans and (heading or len(spans) > 1):
            out.emit("\n", i)
            self._joined(spans, depth, " | ", out)
            out.emit("\n", i)
        elif spans:
            self._sub(*spans[0], depth, out)
        return after

    def _control_symbol(self, i: int, end: int, out: _Out) -> int:
        src = self.src
        sym = src[i + 1] if i + 1 < end else ""
        nxt = i + 2
        if sym == "\\":
            out.emit("\n", i)
            nxt = self._args(nxt + (src.startswith("*", nxt)), end, limit=0)[1]
        elif sym in "&%$#_{}":
            out.emit(sym, i)
        elif sym in ",;: ":
            out.emit(" ", i)
        elif sym in _ACCENTS:
            return self._accent(i, nxt, end, out, _ACCENTS[sym])
        return nxt

    def _simple_command(self, base: str, i: int, nxt: int, end: int, out: _Out, depth: int) -> int | None:
        """A command with a fixed meaning (accents, symbols, breaks, items, environments, URLs,
        dropped or kept arguments): where reading goes on; None for any other command."""
        if base in _ACCENTS and len(base) == 1:
            return self._accent(i, nxt, end, out, _ACCENTS[base])
        emitted = _SYMBOLS.get(base) or ("\n" if base in _BREAKS else "\f" if base in _PAGE_BREAKS else None)
        if emitted is not None:
            out.emit(emitted, i)
            return nxt
        if base == "item":
            out.emit("\n• ", i)
            return self._args(nxt, end, limit=0)[1]
        if base in ("begin", "end"):
            return self._environment(base, i, nxt, end, out, depth)
        if base in ("url", "nolinkurl", "path") and self.src.startswith("{", nxt):
            close = self._group_end(nxt, end)
            out.emit(self.src[nxt + 1 : close], nxt + 1)
            return close + 1
        if base in _DROP:
            _, after = self._args(nxt, end, limit=_DROP[base])
            if base == "includegraphics":
                out.images += 1
            if base in ("hspace", "hskip"):
                out.emit(" ", i)
            return after
        if base in _KEEP_LAST or base in _ONE_ARG:
            keep_last = base in _KEEP_LAST
            spans, after = (self._args(nxt, end, limit=_KEEP_LAST[base]) if keep_last
                            else self._args(nxt, end, limit=1, trailing_optional=False))
            if spans:
                self._sub(*(spans[-1] if keep_last else spans[0]), depth, out)
            return after
        return None

    def _accent(self, i: int, nxt: int, end: int, out: _Out, mark: str) -> int:
        src = self.src
        if nxt < end and src[nxt] == "{":
            close = self._group_end(nxt, end)
            letter, after = src[nxt + 1 : close].strip(), close + 1
        else:
            letter, after = src[nxt : nxt + 1], nxt + 1
        out.emit(unicodedata.normalize("NFC", letter + mark) if len(letter) == 1 else letter, i)
        return after

    def _environment(self, kind: str, i: int, nxt: int, end: int, out: _Out, depth: int) -> int:
        src = self.src
        spans, after = self._args(nxt, end, limit=1)
        env = src[spans[0][0] : spans[0][1]].strip() if spans else ""
        out.emit("\n", i)
        if kind == "end":
            return after
        if env in _SKIP_ENVS or env in ("verbatim", "lstlisting", "minted"):
            close = src.find(f"\\end{{{env}}}", after, end)
            close = end if close == -1 else close
            if env not in _SKIP_ENVS:
                out.emit(src[after:close], after)
            return close
        skip = _ENV_SPEC_ARGS.get(env, 0)
        if skip:
            return self._args(after, end, limit=skip)[1]
        # Other environments' arguments are text (\begin{rSection}{Experience}).
        extra, after_extra = self._args(after, end, limit=3)
        if extra:
            self._joined(extra, depth, " | ", out)
            out.emit("\n", i)
            return after_extra
        return after


def read_latex(path: Path, display: str, limits: Limits) -> Document:
    """Read a .tex résumé source."""
    source = decode_bytes(path.read_bytes(), display)
    if len(source) > _SOURCE_PER_CHAR * limits.max_chars:  # refuse before the slow part
        raise LimitExceeded(
            f"source is {len(source):,} characters, over {_SOURCE_PER_CHAR}x the character limit",
            path=display,
            hint=limits.describe("max_chars"),
        )
    return latex_to_document(source, display)


def latex_to_document(source: str, path: str = "<text>") -> Document:
    src = _blank_comments(source)
    converter = _Converter(src)
    begin = src.find("\\begin{document}")
    body_start = 0 if begin == -1 else begin + len("\\begin{document}")
    finish = src.find("\\end{document}", body_start)
    body_end = len(src) if finish == -1 else finish
    out = _Out()
    if begin != -1:  # moderncv and friends keep name and contact details in the preamble
        for match in _IDENTITY.finditer(src, 0, begin):
            spans, _ = converter._args(match.end(), begin)
            out.emit("\n", match.start())
            converter._joined(spans, 0, " ", out)
        out.emit("\n", begin)
    converter.run(body_start, body_end, out)
    return _assemble(source, out, path)


_SEPARATORS = re.compile(r"\|(?:[ \t]*\|)+")  # starts with a literal: no backtracking on spaces


def _anchors(text: str, raw: str, lead: int, offsets: list[int], start: int, line_start: int):
    """(document offset, source offset) wherever the line stops following the source one
    character for one: after a macro ("\\resumeItem{I led ..." puts "I" 12 characters
    on), a folded run of spaces, a separator. The line's text is matched back to the raw
    converted characters it was cleaned from; where cleaning changed a character (NFC,
    ligatures) the anchors stop and the last one carries on."""
    j, previous = lead, None
    for i, ch in enumerate(text):
        while j < len(raw) and raw[j] != ch and not (ch == " " and raw[j] in " \t"):
            j += 1
        if j >= len(raw):
            return
        src = offsets[start + j]
        if previous is None or src != previous + 1:
            yield line_start + i, src
        previous = src
        j += 1


def _assemble(source: str, out: _Out, path: str) -> Document:
    builder = DocumentBuilder(path, "tex")
    line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", source)]
    page, start = 1, 0
    chars = [*out.chars, "\n"]
    for index, ch in enumerate(chars):
        if ch not in "\n\f":
            continue
        raw = "".join(chars[start:index])
        lead = len(raw) - len(raw.lstrip(" \t|"))
        text = _SEPARATORS.sub("|", raw[lead:]).rstrip(" \t|")
        if text.strip() not in ("", "•"):
            origin = LineOrigin.LIST_ITEM if text.startswith("•") else LineOrigin.BODY
            line = builder.add_line(text, page=page, origin=origin)
            if line is not None:
                for doc_offset, src in _anchors(clean_line(text), raw, lead, out.offsets, start, line.start):
                    src_line = bisect.bisect_right(line_starts, src)
                    builder.source_map.append((doc_offset, src_line, src - line_starts[src_line - 1] + 1))
        if ch == "\f":
            page += 1
        start = index + 1
    return builder.build(image_count=out.images)
