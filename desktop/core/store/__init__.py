"""The project store: one folder, one SQLite database, the originals beside it."""
