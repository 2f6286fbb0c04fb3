"""Reading inputs in a forked child while the pipeline loads (`skillgap/ingest/ahead.py`)."""

import os
import signal
import sys

import pytest
from conftest import FIXTURES, SAMPLES

from skillgap.errors import InputError
from skillgap.ingest import ahead as ahead_module
from skillgap.ingest import read_document
from skillgap.ingest.ahead import ForkedMap, ReadAhead, can_fork

PATHS = [SAMPLES / "resume-data-scientist.pdf", SAMPLES / "posting-registered-nurse.html"]
ENCRYPTED = FIXTURES / "pdf" / "encrypted.pdf"


@pytest.mark.parametrize("background", [True, False])
def test_ingest_ahead_gives_the_documents_read_document_gives(background):
    with ReadAhead(PATHS, background=background) as ahead:
        assert ahead.result() == [read_document(path) for path in PATHS]


def test_ingest_ahead_reads_in_a_child_where_it_can():
    ahead = ReadAhead(PATHS)
    try:
        assert (ahead.child_pid is not None) == can_fork()
    finally:
        ahead.close()


def test_ingest_ahead_raises_the_error_a_plain_read_raises():
    with pytest.raises(InputError) as plain:
        read_document(ENCRYPTED)
    with ReadAhead([PATHS[0], ENCRYPTED, PATHS[1]]) as ahead, pytest.raises(InputError) as ahead_error:
        ahead.result()
    assert str(ahead_error.value) == str(plain.value)


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform != "linux", reason="reads in-process off Linux")
def test_ingest_ahead_reads_here_when_the_child_dies(monkeypatch):
    monkeypatch.setattr(ahead_module, "can_fork", lambda **_: True)  # a one-core machine forks no reader
    ahead = ReadAhead(PATHS)
    os.kill(ahead.child_pid, signal.SIGKILL)
    assert ahead.result() == [read_document(path) for path in PATHS]
    assert ahead.child_pid is None  # reaped


def test_ingest_ahead_close_stops_an_unread_child():
    ahead = ReadAhead(PATHS)
    pid = ahead.child_pid
    ahead.close()
    if pid is not None:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


def test_ingest_ahead_forked_map_stops_at_the_first_failure_and_the_caller_goes_on():
    items = [1, 2, 0, 4]
    child = ForkedMap.start(lambda item: 12 // item, items)
    assert child is not None
    with child:
        assert [child.next(), child.next(), child.next(), child.next()] == [12, 6, None, None]
