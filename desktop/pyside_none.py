"""A guard against a reference-counting fault in PySide6 6.12 on Python 3.11.

PySide6 6.12's methods that return nothing (``QLabel.setText``, ``QTextCursor.setPosition``,
``QTextEdit.setExtraSelections``...) hand back ``None`` without taking a reference to it.
From Python 3.12 on ``None`` is immortal and this does no harm; on 3.11 every such call
takes one of ``None``'s references for good, and after a few thousand calls (about 5,000
at start-up) the interpreter aborts with "none_dealloc: deallocating None" — the window
disappears mid-work. Measured here: 1,000 calls of ``QLabel.setText`` take 1,000.

``guard()`` gives ``None`` so many references that they cannot run out, which is what
Python 3.12 does by making it immortal. It is imported before any Qt code runs (the
``desktop.ui`` and ``desktop.workers`` packages import this module), and does nothing on
Python 3.12 and later, or where CPython's object layout is not the usual one.
"""

from __future__ import annotations

import ctypes
import sys

_PLENTY = 1 << 40


def guard() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, a PyObject's first field
    if count.value == sys.getrefcount(None) - 1 and count.value < _PLENTY:
        count.value += _PLENTY


guard()
