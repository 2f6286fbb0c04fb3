"""Shared fixtures. Real files, real spaCy (`spacy.blank`), real taxonomy files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLES = ROOT / "samples"
MINI_TAXONOMY = FIXTURES / "taxonomy" / "mini.yaml"


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """Keep the test run's caches out of the user's cache directory."""
    if "SKILLGAP_CACHE_DIR" not in os.environ:
        os.environ["SKILLGAP_CACHE_DIR"] = str(tmp_path_factory.mktemp("skillgap-cache"))
    yield


@pytest.fixture(scope="session")
def mini_extractor():
    """The real pipeline over the small hand-written test taxonomy."""
    from skillgap.nlp.extract import Extractor

    return Extractor([MINI_TAXONOMY], name="mini")


@pytest.fixture(scope="session")
def default_extractor():
    """The real pipeline over the shipped default taxonomy."""
    from skillgap.pipeline import get_extractor

    return get_extractor(())


def make_document(text: str, fmt: str = "txt"):
    """A Document from text, through the real text reader."""
    from skillgap.ingest import document_from_text

    return document_from_text(text, fmt=fmt)
