"""PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call of a method that
returns nothing (QLabel.setText, QTextCursor.setPosition...): after a few thousand calls the
interpreter aborted with "none_dealloc" and the window vanished mid-work. Quire pins a
release without that fault; this test fails if a PySide6 upgrade brings it back."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

_MANY_CALLS = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import desktop.ui
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QTextEdit
app = QApplication([])
label = QLabel()
edit = QTextEdit()
cursor = QTextCursor(QTextDocument("some text"))
before = sys.getrefcount(None)
for number in range(30_000):  # None starts with about 5,000 references
    label.setText(str(number))
    cursor.setPosition(number % 5)
    edit.setExtraSelections([])
print("lost", before - sys.getrefcount(None))
"""


def test_many_qt_calls_keep_none_alive() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _MANY_CALLS],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr[-1000:]
    lost = int(done.stdout.split()[-1])
    assert lost < 100, f"{lost} references to None lost: this PySide6 has the refcount fault"
