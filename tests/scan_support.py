"""Fixtures shared by the tests/test_scan_*.py modules (imported by name there).

Every scan test runs the real pipeline over the mini taxonomy, with the caches in the
test's own folder. `pipeline.get_extractor` caches one pipeline per `--taxonomy` tuple
whatever SKILLGAP_TAXONOMY_DIR says, so it is cleared on the way in and out.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
POSTINGS = FIXTURES / "scan" / "postings"
RESUME = FIXTURES / "scan" / "resume.md"


@pytest.fixture(scope="module")
def mini_pipeline():
    from skillgap.pipeline import get_extractor

    patch = pytest.MonkeyPatch()
    patch.setenv("SKILLGAP_TAXONOMY_DIR", str(FIXTURES / "taxonomy"))
    get_extractor.cache_clear()
    yield
    get_extractor.cache_clear()
    patch.undo()


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    path = tmp_path / "cache"
    monkeypatch.setenv("SKILLGAP_CACHE_DIR", str(path))
    return path


@pytest.fixture
def folder(tmp_path):
    """A copy of the fixture folder that a test may change."""
    copy = tmp_path / "postings"
    shutil.copytree(POSTINGS, copy)
    return copy
