"""One short piece of core work (no database) on a thread, its result back as a signal.

For work that is plain file and CPU work, such as encoding a finished recording, where a
child process would cost more than the work itself. Connect ``done`` and ``failed`` to
methods of a QObject that lives on the UI thread: Qt then delivers them there.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class BackgroundCall(QObject):
    done = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised

    def __init__(
        self, function: Callable[..., Any], *args: Any, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._function = function
        self._args = args
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="quire-background", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """True once the work is over (used when closing)."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            result = self._function(*self._args)
        except BaseException as error:  # handed to the UI thread, which explains it
            log.warning("Background work failed: %r", error)
            self.failed.emit(error)
        else:
            self.done.emit(result)
