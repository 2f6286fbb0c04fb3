"""SKILLGAP_NO_SKIP=1 (set by .ci/run): every skip, whatever its kind, fails the run."""

from __future__ import annotations

import os
import subprocess

import pytest
from conftest import PYTHON, ROOT

SKIPPING = '''
import pytest

def test_skips_in_its_body():
    pytest.skip("in the body")

@pytest.mark.skipif(True, reason="a marker")
def test_skipped_by_a_marker():
    pass

@pytest.fixture
def absent():
    pytest.skip("in a fixture")

def test_skipped_by_its_fixture(absent):
    pass

@pytest.mark.xfail(reason="expected to fail")
def test_expected_to_fail():
    assert False

def test_passes():
    pass
'''


@pytest.mark.parametrize("no_skip,summary", [
    ("1", "2 failed, 1 passed, 2 errors"),  # a skip at set-up (marker, fixture) is an error
    ("", "1 passed, 3 skipped, 1 xfailed"),
])
def test_ci_no_skip_turns_every_skip_into_a_failure(tmp_path, no_skip, summary):
    (tmp_path / "test_skipping.py").write_text(SKIPPING, encoding="utf-8")
    environment = {**os.environ, "SKILLGAP_NO_SKIP": no_skip, "PYTHONPATH": str(ROOT / "tests")}
    completed = subprocess.run(  # tests/conftest.py as a plugin, in a folder of its own
        [PYTHON, "-m", "pytest", "-p", "conftest", "-p", "no:cacheprovider", "-q", "test_skipping.py"],
        cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=120, check=False,
    )
    assert completed.returncode == (1 if no_skip else 0), completed.stdout
    assert summary in completed.stdout.splitlines()[-1], completed.stdout
    if no_skip:
        assert completed.stdout.count("SKILLGAP_NO_SKIP is set") >= 4, completed.stdout
