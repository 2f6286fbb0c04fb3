"""What English words do: verb forms and tenses, a bullet's opening verb, passive voice,
metrics, clichés, first-person pronouns, and which words are ordinary English.

Shared by the linter, the rewrites and extraction; it knows nothing of any of them."""

from skillgap.language.lexicon import english_words
from skillgap.language.phrases import (
    Phrase,
    Verb,
    buzzwords,
    duty_opener,
    first_person,
    has_metric,
    is_passive,
    opening_verb,
    passive_phrases,
    weak_verb,
    word_count,
)
from skillgap.language.verbs import (
    Tense,
    guess_oov,
    inflect,
    lemma,
    match_case,
    tense_of,
    verb_tags,
)

__all__ = [
    "Phrase", "Tense", "Verb", "buzzwords", "duty_opener", "english_words", "first_person", "guess_oov",
    "has_metric", "inflect", "is_passive", "lemma", "match_case", "opening_verb", "passive_phrases",
    "tense_of", "verb_tags", "weak_verb", "word_count",
]
