"""Skills the posting asks for and the résumé does not show: "only if true" prompts.

These are never written into an existing bullet. Each is a fill-in template for a new
bullet (or a certification or language line) that names the posting's term and leaves
everything else for the user: what they did, and the result, in brackets.
"""

from __future__ import annotations

from skillgap.types import GapItem, Importance, MatchLevel, SkillKind

KIND_ONLY_IF_TRUE = "only-if-true"
RESULT = "[result, with a number]"


def template(term: str, kind: SkillKind, name: str = "") -> str:
    """A fill-in line that names `term`; brackets mark what only the user can say."""
    from skillgap.suggest.wording import display_term

    term = display_term(term, kind, name)
    if kind is SkillKind.CERTIFICATION:
        return f"{term} ([issuing body], [year])"
    if kind is SkillKind.LANGUAGE:
        return f"{term} ([level: native, fluent or professional])"
    if kind is SkillKind.TOOL:
        return f"[Action verb] [what you did] with {term}, {RESULT}"
    if kind is SkillKind.SOFT:
        return f"[Action verb] [what you did that shows {term}], {RESULT}"
    return f"[Action verb] [what you did] involving {term}, {RESULT}"


def reason(item: GapItem, term: str, wrote: str = "") -> str:
    """One line: why the posting cares, what the résumé shows, and the honesty rule."""
    asked = "required" if item.importance is Importance.REQUIRED else "a plus"
    where = f"posting line {item.posting_lines[0]}" if item.posting_lines else "the posting"
    if wrote:
        return (f"The posting says “{term}” ({asked}, {where}); you wrote “{wrote}”. "
                f"If your work included {term}, say so in those words; only if true")
    condition = {SkillKind.CERTIFICATION: "only if you hold it", SkillKind.LANGUAGE: "only if you speak it"}.get(
        item.skill.kind, "only if it is true")
    if item.level is MatchLevel.RELATED and item.via is not None:
        if item.skill.kind in (SkillKind.CERTIFICATION, SkillKind.LANGUAGE):
            return (f"{item.skill.name} is {asked} ({where}); you show {item.via.name}, a related one. "
                    f"Add a line like this {condition}")
        return (f"{item.skill.name} is {asked} ({where}); you show {item.via.name}, a related skill. "
                f"Add a line like this only if you have used {term} itself")
    return f"{item.skill.name} is {asked} ({where}) and not in your résumé. Add a line like this {condition}"


def target_section(kind: SkillKind) -> str:
    """Where the new line belongs: "experience", "certifications" or "languages"."""
    if kind is SkillKind.CERTIFICATION:
        return "certifications"
    if kind is SkillKind.LANGUAGE:
        return "languages"
    return "experience"
