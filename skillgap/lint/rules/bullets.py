"""SG3xx: bullets, how each line of experience reads to a recruiter."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from skillgap import language
from skillgap.language import Tense
from skillgap.lint.context import LintContext
from skillgap.lint.findings import Hit
from skillgap.resume.layout import Entry
from skillgap.types import Bullet, SectionKind

K = SectionKind
# Sections whose bullets describe what the candidate did.
ACTION = frozenset({K.EXPERIENCE, K.VOLUNTEER, K.PROJECTS, K.OTHER, K.AWARDS})


def _items(ctx: LintContext) -> Iterator[tuple[int, str]]:
    """(offset, text) of every bullet in an action section, and of the sentence-like lines
    of roles written as paragraphs (Word résumés often have no list markup)."""
    for bullet in ctx.bullets:
        if bullet.section in ACTION:
            yield bullet.start, ctx.bullet_text(bullet)
    for entry in ctx.roles:
        for line in entry.header[1:]:
            text = ctx.line_text(line)
            index = ctx.line_index(line.start)
            if len(text.split()) >= 6 and index not in ctx.line_dates and text[:1].isupper():
                yield line.start, text


def duty_opener(ctx: LintContext) -> Iterator[Hit]:
    for offset, text in _items(ctx):
        found = language.duty_opener(text)
        if found:
            yield Hit(offset + found.start, offset + found.end,
                      f"opens with a duty (“{found.text}”) instead of an achievement", found.suggestion)


_COUNT_AFTER = re.compile(r"\s*\d[\d,.]*\s+[a-z]")


def weak_verb(ctx: LintContext) -> Iterator[Hit]:
    for offset, text in _items(ctx):
        found = language.weak_verb(text)
        if found and _COUNT_AFTER.match(text, found.end):
            continue  # "Made 52 hires in 2023": a counted object is a concrete result
        if found:
            yield Hit(offset + found.start, offset + found.end, f"weak opening verb “{found.text}”", found.suggestion)


def passive_voice(ctx: LintContext) -> Iterator[Hit]:
    for offset, text in _items(ctx):
        found = next((p for p in language.passive_phrases(text) if not _subordinate(text, p.start)), None)
        if found:
            yield Hit(offset + found.start, offset + found.end, f"passive voice “{found.text}” hides who did it",
                      found.suggestion)


_SUBORDINATOR = re.compile(r"\b(?:while|although|though|whereas|once|because|after|before|when|which|that)\b[^.;:]*$",
                          re.IGNORECASE)


def _subordinate(text: str, start: int) -> bool:
    """Whether a passive sits outside the bullet's main clause: the bullet opens with an
    action verb ("Designed X; the design was the most complex to be implemented"), or a
    subordinate clause leads to it ("While the framework was developed with ..., I managed")."""
    verb = language.opening_verb(text)
    if verb is not None and verb.tense is not Tense.GERUND and verb.start < start:
        return True  # not "Hosting costs were reduced": a gerund there is the subject's noun
    return bool(_SUBORDINATOR.search(text[:start]))


def first_person_pronoun(ctx: LintContext) -> Iterator[Hit]:
    for offset, text in _items(ctx):
        for found in language.first_person(text):
            yield Hit(offset + found.start, offset + found.end, f"first-person pronoun “{found.text}”",
                      found.suggestion)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# After a capitalised cliché, a capitalised word, a slash or a version: a product's or a
# club's name ("Synergy / CM", "Synergy Upgrade 6.5", "Ninja Gaiden"), not the cliché.
_NAME_GOES_ON = re.compile(
    r"\s*(?:/|(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Present|Current)\b)[A-Z][a-z]|\d+(?:\.\d+)+)")


# A capitalised word before it that opens an item of a list: a product's name ("SVN, Rational
# Synergy, CVS"); not "AI Wrangler and Code Ninja", where the title runs on from the line
_NAME_BEFORE = re.compile(r"[,;:|•(]\s*[A-Z][A-Za-z]+\s+$")


def _finished(ctx: LintContext, text: str) -> bool:
    return language.has_metric(_without_dates(ctx, text)) or bool(_YEAR.search(text))


def _finished_bullets(ctx: LintContext, bullets: list[Bullet]) -> set[Bullet]:
    """The bullets that state a finished achievement, with the sub-bullets under one (drawn
    with another marker than the role's first bullet: "•" then "‣")."""
    out: set[Bullet] = set()
    main = _marker(ctx, bullets[0]) if bullets else ""
    parent_done = False
    for bullet in bullets:
        done = _finished(ctx, ctx.bullet_text(bullet))
        if _marker(ctx, bullet) == main:
            parent_done = done
        elif parent_done:
            done = True
        if done:
            out.add(bullet)
    return out


def _marker(ctx: LintContext, bullet: Bullet) -> tuple[str, int]:
    """How a bullet is drawn: its glyph, and in a text file the column it is indented to
    (a Markdown sub-list's "  -" reads "•" like its parent)."""
    line = ctx.line_at(bullet.start)
    column = ctx.document.source_position(line.start)[1] if ctx.document.layout.source_map else 0
    return ctx.text[line.start : bullet.start].strip(), column


def buzzword(ctx: LintContext) -> Iterator[Hit]:
    for line in ctx.lines:
        text = ctx.line_text(line)
        for found in language.buzzwords(text):
            if found.text[:1].isupper() and not found.text.isupper() and (
                    _NAME_GOES_ON.match(text, found.end) or _NAME_BEFORE.search(text[:found.start])):
                continue
            yield Hit(line.start + found.start, line.start + found.end, f"cliché “{found.text}”", found.suggestion)


def no_measurable_result(ctx: LintContext) -> Iterator[Hit]:
    for entry in ctx.roles:
        if len(entry.bullets) < 2 or not _titled(ctx, entry):
            continue
        texts = [ctx.bullet_text(b) for b in entry.bullets] + [ctx.line_text(line) for line in entry.header[1:]]
        if any(language.has_metric(_without_dates(ctx, text)) for text in texts):
            continue
        anchor = entry.header[0] if entry.header else ctx.line_at(entry.bullets[0].start)
        yield Hit(anchor.start, anchor.end,
                  f"none of the {len(entry.bullets)} bullets of “{ctx.role_title(entry)}” measures a result",
                  "add a number to the strongest bullet: how many, how much, how fast, how often")


def _titled(ctx: LintContext, entry: Entry) -> bool:
    """Whether an entry is a role with a title: not a list of bullets straight under a
    heading (memberships, a volunteering list), nor one whose "title" is a dated sentence
    of such a list ("• Referee of the year runner-up. 2004")."""
    if not entry.header:
        return False
    first = entry.header[0]
    if ctx.bullet_on_line(ctx.line_index(first.start)) is None:
        return True
    return not _without_dates(ctx, ctx.line_text(first)).rstrip().endswith(".")


def _without_dates(ctx: LintContext, text: str) -> str:
    from skillgap.resume.dates import find_dates

    for found in reversed(find_dates(text)):
        text = text[: found.span_start] + text[found.span_end :]
    return text


_LONE_MARK = re.compile(r"(?<=\s)[^\w\s]+(?=\s)")  # "Bot : In hac": a colon set apart is no word


def long_bullet(ctx: LintContext) -> Iterator[Hit]:
    limit = ctx.option("max-bullet-words")
    for bullet in ctx.bullets:
        if bullet.section not in ACTION:
            continue
        text = ctx.bullet_text(bullet)
        words = language.word_count(text)
        if words > limit and language.word_count(_LONE_MARK.sub(" ", text)) > limit:
            yield Hit(bullet.start, bullet.end, f"bullet has {words} words, more than {limit}",
                      "split it in two, or cut it down to the action and the result")


def repeated_opening_verb(ctx: LintContext) -> Iterator[Hit]:
    """Consecutive bullets of one entry with the same verb, and (once per verb) a verb
    that opens more than three bullets in the whole résumé."""
    openings = []
    for entry in ctx.entries:
        previous = None
        for bullet in entry.bullets:
            verb = language.opening_verb(ctx.bullet_text(bullet))
            openings.append((bullet, verb, verb is not None and verb.lemma == previous))
            previous = verb.lemma if verb is not None else None
    totals = Counter(verb.lemma for _, verb, _ in openings if verb is not None)
    used: Counter[str] = Counter()
    hint = "vary the verb: say more precisely what you did"
    for bullet, verb, same_as_previous in openings:
        if verb is None:
            continue
        used[verb.lemma] += 1
        start, end = bullet.start + verb.start, bullet.start + verb.end
        if same_as_previous:
            yield Hit(start, end, f"“{verb.text}” opens this bullet and the one before it", hint)
        elif used[verb.lemma] == 4:
            yield Hit(start, end, f"“{verb.text}” opens {totals[verb.lemma]} bullets in the résumé", hint)


def present_tense_in_past_role(ctx: LintContext) -> Iterator[Hit]:
    for entry in ctx.roles:
        if not entry.ended(ctx.today):
            continue
        ended = (entry.dates.end or entry.dates.start).text if entry.dates else ""
        for bullet in entry.bullets:
            verb = language.opening_verb(ctx.bullet_text(bullet))
            if verb is None or verb.tense is not Tense.PRESENT or not verb.known:
                continue
            past = language.inflect(verb.lemma, "VBD")
            hint = f"use the past tense: “{language.match_case(past, verb.text)}”" if past else "use the past tense"
            yield Hit(bullet.start + verb.start, bullet.start + verb.end,
                      f"“{verb.text}” is present tense, but this role ended ({ended})", hint)


def past_tense_in_current_role(ctx: LintContext) -> Iterator[Hit]:
    for entry in ctx.roles:
        if not entry.current:
            continue
        verbs = [(bullet, language.opening_verb(ctx.bullet_text(bullet))) for bullet in entry.bullets]
        verbs = [(bullet, verb) for bullet, verb in verbs if verb is not None and verb.tense is not Tense.AMBIGUOUS]
        past = [(bullet, verb) for bullet, verb in verbs if verb.tense is Tense.PAST]
        # a finished achievement, measured or dated ("Made 52 hires in 2023"), is rightly past,
        # and so are the sub-bullets that detail it
        finished = _finished_bullets(ctx, entry.bullets)
        ongoing = [(bullet, verb) for bullet, verb in past if bullet not in finished]
        if len(verbs) < 2 or len(past) * 2 <= len(verbs) or not ongoing:
            continue
        bullet, verb = ongoing[0]
        present = language.inflect(verb.lemma, "VB") or verb.lemma
        yield Hit(bullet.start + verb.start, bullet.start + verb.end,
                  f"this role is current, but {len(past)} of the {len(verbs)} bullets that open with a verb "
                  "use the past tense",
                  f"describe ongoing work in the present tense (“{language.match_case(present, verb.text)}”); keep the "
                  "past for finished achievements")

