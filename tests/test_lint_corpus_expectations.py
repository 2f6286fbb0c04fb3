"""Lint on the resume-dev corpus (read in place from ../shared/resume-dev) and on the
browser-printed résumés of the parsing benchmark (bench/parse/browser-resumes) against the
blind review of their findings.

`bench/lint_review/findings.jsonl` lists every finding of the default rules
(`bench/lint_review/collect.py`); a reviewer who saw the résumé and the finding's neutral
claim, not the rule's reasoning, wrote `bench/lint_review/verdicts.jsonl` (`key`, `verdict`
true|false, `why`). Here:

- every finding reviewed true must still fire (on another line when a line before it was
  read differently, or, reworded, as a finding of the same rule on the same line that was
  reviewed true too);
- every finding reviewed false must not come back;
- a finding nobody has reviewed yet fails, until it is reviewed (re-run collect.py and have
  the new keys judged).

The issue's target is no false finding at all; it is not met yet. The reviewed-false
findings that still fire, and the reviewed-true ones that stopped firing, are listed in
`bench/lint_review/known-misses.json`: those lists may only shrink (a fix deletes its keys;
a key that no longer misbehaves must be deleted too, so the file stays true).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from conftest import ROOT, load_module

_COLLECT = load_module(ROOT / "bench" / "lint_review" / "collect.py")
VERDICTS: Path = _COLLECT.VERDICTS
collect = _COLLECT.collect_all


@lru_cache(maxsize=1)
def _current() -> dict[str, dict]:
    return {record["key"]: record for record in collect()}


def _verdicts() -> dict[str, bool]:
    assert VERDICTS.is_file(), f"no review yet: {VERDICTS.relative_to(ROOT)} is missing"
    out = {}
    for line in VERDICTS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            verdict = record["verdict"]  # true|false, as JSON booleans or as words
            out[record["key"]] = verdict.strip().lower() == "true" if isinstance(verdict, str) else bool(verdict)
    return out


KNOWN = json.loads((ROOT / "bench" / "lint_review" / "known-misses.json").read_text(encoding="utf-8"))


def _show(keys) -> str:
    current = _current()
    return "\n".join(f"{k}: {current[k]['claim']}" if k in current else k for k in sorted(keys)[:40])


def test_every_corpus_file_is_linted_without_error():
    errors = [r for r in _current().values() if "error" in r]
    assert not errors, errors


def _place(key: str) -> str:
    """A finding's file, rule and line: its key without the hash of its message."""
    return key.rsplit("|", 1)[0]


def _text(key: str) -> str:
    """A finding's file, rule, line text and message: its key without the line number
    (a line read before it, or no longer, moves it without changing it)."""
    path, code, _line, digest = key.split("|", 3)
    return f"{path}|{code}|{digest}"


def _effective() -> dict[str, bool | None]:
    """The verdict on each current finding: its own, or that of the same finding (same rule,
    line text and message) that no longer fires on its old line, moved; None when nobody
    has reviewed it."""
    verdicts, current = _verdicts(), _current()
    by_text: dict[str, set[bool]] = {}
    for key, verdict in verdicts.items():
        if key not in current:  # only a finding that no longer fires where it was has moved
            by_text.setdefault(_text(key), set()).add(verdict)
    out: dict[str, bool | None] = {}
    for key in _current():
        moved = by_text.get(_text(key), set())
        out[key] = verdicts[key] if key in verdicts else (next(iter(moved)) if len(moved) == 1 else None)
    return out


def test_reviewed_true_findings_still_fire():
    """A reviewed-true finding still fires when it fires on another line (the same text and
    message) or, reworded, as a finding of the same rule on the same line reviewed true."""
    effective = _effective()
    texts = {_text(key) for key in effective}
    true_places = {_place(key) for key, verdict in effective.items() if verdict}
    missing = {key for key, verdict in _verdicts().items() if verdict and key not in effective
               and _text(key) not in texts and _place(key) not in true_places}
    known = set(KNOWN["reviewed_true_no_longer_raised"])
    assert not missing - known, "findings reviewed true no longer raised:\n" + _show(missing - known)
    assert not known - missing, "fire again: delete from known-misses.json:\n" + _show(known - missing)


def test_reviewed_false_findings_do_not_come_back():
    back = {key for key, verdict in _effective().items() if verdict is False}
    known = set(KNOWN["reviewed_false_still_raised"])
    assert not back - known, "findings reviewed false are raised again:\n" + _show(back - known)
    assert not known - back, "no longer raised: delete from known-misses.json:\n" + _show(known - back)


def test_every_finding_has_been_reviewed():
    unreviewed = {key for key, verdict in _effective().items() if verdict is None}
    assert not unreviewed, (f"{len(unreviewed)} findings nobody has reviewed (run bench/lint_review/collect.py "
                            "and have them judged blind):\n" + _show(unreviewed))
