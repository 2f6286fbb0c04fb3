"""The per-file time limit of `scan` holds even when the timeout fires where Python
ignores exceptions (a garbage-collector callback), as hypothesis's own gc callback once
showed in CI."""

from __future__ import annotations

import gc
import sys
import time

import pytest

from skillgap.scan.deadline import Deadline, FileTimeout, _supported

pytestmark = pytest.mark.skipif(not _supported(), reason="SIGALRM timers need a POSIX main thread")


def _busy(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_a_file_past_its_limit_is_stopped():
    deadline = Deadline(0.05)
    started = time.monotonic()
    with pytest.raises(FileTimeout, match="0.05-second limit"):
        with deadline.running():
            _busy(5)
    assert time.monotonic() - started < 1


def test_a_timeout_swallowed_in_a_gc_callback_fires_again(monkeypatch):
    fired, ignored = [], []
    monkeypatch.setattr(sys, "unraisablehook", lambda unraisable: ignored.append(unraisable.exc_type))

    def slow_callback(phase, info):
        if phase == "start" and not fired:
            fired.append(True)
            _busy(0.3)  # the limit passes in here, where an exception is only printed

    gc.callbacks.append(slow_callback)
    started = time.monotonic()
    try:
        with pytest.raises(FileTimeout):
            with Deadline(0.05).running():
                gc.collect()
                _busy(5)
    finally:
        gc.callbacks.remove(slow_callback)
    assert fired
    assert ignored and set(ignored) == {FileTimeout}  # lost in the callback (again if a retry fell in it too)
    assert time.monotonic() - started < 1.5


def test_time_is_counted_across_blocks_and_the_timer_is_stopped_after():
    deadline = Deadline(0.3)
    with deadline.running():
        _busy(0.2)
    _busy(0.3)  # between blocks: not the file's time, and no timer left running
    with pytest.raises(FileTimeout):
        with deadline.running():
            _busy(5)
    assert 0.3 <= deadline.spent < 1.3
