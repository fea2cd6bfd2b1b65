"""Quire's pipeline in plain Python: no Qt here, so the CLI, the desktop app and tests share it."""
