"""The application history: one private SQLite file of the checks and applications a
person recorded (docs/history.md). `store` opens it, `schema` migrates it,
`applications` reads and writes it, `record` stores a check, `stats` finds patterns,
`transfer` imports and exports."""

from __future__ import annotations

from skillgap.history.record import LogDetails, record_check
from skillgap.history.store import default_db_path, open_history

__all__ = ["LogDetails", "default_db_path", "open_history", "record_check"]
