"""The items of a skills list as lint reads them: where an item starts and ends, its words,
word forms, and two items that say the same thing (SG504)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from os.path import commonprefix

from skillgap.language import lemma
from skillgap.language.wrapping import goes_on
from skillgap.lint.context import LintContext
from skillgap.types import Mention, Section

STOP = frozenset("and & of the for in on with to a an".split())
FUNCTION_WORDS = STOP | frozenset("under over at by from into as per via".split())
ITEM_EDGE = re.compile(r"[,;•|·▪●◦\n]|\s[-–—]\s|:\s")
_WORD = re.compile(r"[a-z][a-z0-9+#]*")
MAX_ITEMS = 300  # items of one list compared with the ones before them: no résumé lists more


def compact(text: str) -> str:
    return re.sub(r"[^0-9a-z+#]", "", text.casefold())


def content_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in FUNCTION_WORDS]


def same_word(one: str, other: str) -> bool:
    """Whether two words are forms of one word: their verb lemmas ("taking", "take") share
    at least four letters and all but the last two of the shorter ("administration",
    "administered"; not "control", "containers")."""
    if len(other) < 4 or one[:2] != other[:2]:
        return False
    a, b = _lemma(one), _lemma(other)
    shared = len(commonprefix((a, b)))
    return shared >= 4 and shared >= min(len(a), len(b)) - 2


@lru_cache(maxsize=4096)
def _lemma(word: str) -> str:
    return lemma(word) if len(word) >= 4 else word


def in_another_order(names: list[str], said: list[str], *, every: bool = False) -> bool:
    """Two or more of the words of `names` (`every`: all of them) said again in another order
    ("API design": "design of APIs"; "Domain Driver Design" and "Test Driver Design" share
    theirs in the same order)."""
    where = [next((i for i, word in enumerate(said) if same_word(name, word) or word == name + "s"), -1)
             for name in names]
    found = [i for i in where if i != -1]
    return len(found) >= 2 and found != sorted(found) and (not every or len(found) == len(names))


def item_text(ctx: LintContext, mention: Mention, *, wrapped: bool = False) -> str:
    """The text of the item of its list the mention is in (between separators); `wrapped`:
    with the next line's first item when the item stops on a word that cannot end it
    ("Implementation and design of" / "usable RESTful APIs"), and with the line above's last
    item when the mention opens a line that line wraps onto ("Storm overflow and storage" /
    "design": `language.wrapping.goes_on`, the line above ending in no separator)."""
    line = ctx.line_at(mention.start)
    text = ctx.text[line.start : line.end]
    start, end = mention.start - line.start, mention.end - line.start
    before = [m.end() for m in ITEM_EDGE.finditer(text, 0, start)]
    after = ITEM_EDGE.search(text, end)
    item = text[before[-1] if before else 0 : after.start() if after else len(text)].strip(" .()")
    last = item.split()[-1].lower() if item.split() else ""
    index = ctx.line_index(line.start)
    if wrapped and after is None and last in FUNCTION_WORDS and index + 1 < len(ctx.lines):
        following = ctx.line_text(ctx.lines[index + 1])
        edge = ITEM_EDGE.search(following)
        item += " " + following[: edge.start() if edge else len(following)].strip(" .()")
    if wrapped and not text[:start].strip() and index > 0:
        previous = ctx.line_text(ctx.lines[index - 1])
        if goes_on(previous, text) and not _ENDS_ON_EDGE.search(previous):
            edges = [m.end() for m in ITEM_EDGE.finditer(previous)]
            item = previous[edges[-1] if edges else 0 :].strip(" .()") + " " + item
    return item


_ENDS_ON_EDGE = re.compile(r"[,;•|·▪●◦]\s*$")


def near_duplicate(ctx: LintContext, earlier: Mention, later: Mention) -> bool:
    """Two items that say the same in other words: the same words in another order
    ("composure under pressure", "crowd-pressure composure"), or the skill alone, then
    with a word in lower case that says how ("negotiation", "friendly negotiation"; not
    "Planning", "Planning milestones", nor "UML", "Visual Paradigm UML")."""
    first, second = item_text(ctx, earlier, wrapped=True), item_text(ctx, later, wrapped=True)
    if _cells_in_one(ctx, earlier, first) or _cells_in_one(ctx, later, second):
        return False  # "Preventive maintenance Capital planning Budget management": no item to read
    words_first, words_second = content_words(first), content_words(second)
    if len(words_first) >= 2 and all(any(same_word(w, o) for o in words_second) for w in words_first):
        return True
    if in_another_order(words_first, words_second):
        return True
    if compact(first) != compact(earlier.text):
        return False
    offset = later.start - ctx.line_at(later.start).start
    line_text = ctx.line_text(ctx.line_at(later.start))
    before = second[: max(0, second.find(later.text))] if later.text in second else ""
    after = line_text[offset + len(later.text):].split(",")[0].strip(" .()")
    return bool(before.strip()) and before.strip().islower() and not after


def _cells_in_one(ctx: LintContext, mention: Mention, item: str) -> bool:
    """Whether the item holds two or more other skills besides the mention: the cells of a
    table row read as one line without separators, not one item."""
    line = ctx.line_at(mention.start)
    others = {other.skill_id for other in ctx.mentions if line.start <= other.start < line.end
              and not (other.start < mention.end and mention.start < other.end) and other.text in item}
    return len(others - {mention.skill_id}) >= 2


def said_again(ctx: LintContext, section: Section) -> Iterator[tuple[int, int, str, Mention]]:
    """(start, end, text, earlier) of each item of a skills list that says an earlier skill
    of the list again with every word of its name in another order ("API Design and
    Development", then "Implementation and design of usable RESTful APIs")."""
    mentions = sorted((m for m in ctx.mentions if section.start <= m.start < section.end), key=lambda m: m.start)
    starts = [m.start for m in mentions]
    named = [(m, content_words(m.text)) for m in mentions]
    named = [(m, words) for m, words in named if len(words) >= 2]
    named_starts = [m.start for m, _ in named]
    for number, (start, end, text) in enumerate(list_items(ctx, section)):
        if number >= MAX_ITEMS:
            return
        inside = {m.skill_id for m in mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]}
        said = content_words(text)
        for mention, words in named[: bisect.bisect_left(named_starts, start)]:
            if mention.end <= start and mention.skill_id not in inside and in_another_order(words, said, every=True):
                yield start, end, text, mention
                break


def list_items(ctx: LintContext, section: Section) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each item of a section's lines (after its heading), an item cut
    after a word that cannot end it going on with the next line ("Implementation and
    design of" / "usable RESTful APIs"), not past a blank line."""
    first = ctx.line_index(section.start) + (section.start in ctx.heading_starts)
    carried, carried_start = "", 0
    for index in range(first, len(ctx.lines)):
        line = ctx.lines[index]
        if line.start >= section.end:
            break
        text = ctx.line_text(line)
        if not text.strip():
            carried = ""
            continue
        edges = list(ITEM_EDGE.finditer(text))
        for begin, stop in zip([0, *[m.end() for m in edges]], [*[m.start() for m in edges], len(text)], strict=False):
            start = carried_start if begin == 0 and carried else line.start + begin
            item = f"{carried} {text[begin:stop]}" if begin == 0 and carried else text[begin:stop]
            item, carried = item.strip(" .()"), ""
            words = item.split()
            if stop == len(text) and words and words[-1].lower() in FUNCTION_WORDS:
                carried, carried_start = item, start  # goes on with the next line
            elif words:
                yield start, line.start + stop, item
