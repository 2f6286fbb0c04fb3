"""The build's numeric thresholds (measured; see taxonomies/README.md, "Decisions")."""

from __future__ import annotations

SO_MIN_QUESTIONS = 2000  # a Stack Overflow tag becomes a skill from this many questions ...
SO_MIN_QUESTIONS_ATTESTED = 500  # ... or from this many when another source names it too
SO_LANGUAGE_SIGNAL = 1000  # a Linguist language needs this many SO questions (or another signal)
ONET_MIN_OCCUPATIONS = 2  # O*NET examples used in one occupation only are left out (unless hot)
