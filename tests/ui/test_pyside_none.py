"""PySide6 6.12 on Python 3.11 takes a reference to None on every call of a method that
returns nothing; desktop.pyside_none keeps the window from aborting after a few thousand."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

_MANY_CALLS = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
{guard}
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
cursor = QTextCursor(QTextDocument("some text"))
for number in range(30_000):  # None starts with about 5,000 references
    label.setText(str(number))
    cursor.setPosition(number % 5)
print("done", sys.getrefcount(None) > 1000)
"""


def _run(guard: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _MANY_CALLS.format(guard=guard)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )


def test_the_desktop_app_survives_many_qt_calls() -> None:
    guarded = _run("import desktop.ui")
    assert guarded.returncode == 0, guarded.stderr[-1000:]
    assert guarded.stdout.strip() == "done True"
