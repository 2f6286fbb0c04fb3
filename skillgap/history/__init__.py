"""The application history: one private SQLite file of the checks and applications a
person recorded (docs/history.md).

`store` opens, creates and migrates it (`open_history`), `schema` holds the migrations,
`applications` reads and writes entries, `record` stores a check (`record_check`), `stats`
finds patterns, `transfer` imports and exports. Nothing is re-exported here, so that
`skillgap log stats` imports only what it uses (bench/log_bench.py).
"""
