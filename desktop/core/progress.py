"""Progress reporting and cancellation, shared by every long job.

A job takes ``progress: ProgressCallback`` and ``cancel: CancelToken``. It calls
``progress(fraction, message)`` as it goes and ``cancel.raise_if_cancelled()`` between
pages or segments. Both front ends supply their own callback (a terminal bar, a Qt signal).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from .errors import Cancelled

ProgressCallback = Callable[[float, str], None]


def no_progress(fraction: float, message: str) -> None:
    """A progress callback that ignores everything."""


class CancelToken:
    """Set from any thread to ask a job to stop at its next check."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; returns True at once if cancelled meanwhile."""
        return self._event.wait(seconds)

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class SubProgress:
    """Maps a sub-task's 0..1 onto a slice [start, start+span] of the parent's progress."""

    def __init__(self, parent: ProgressCallback, start: float, span: float) -> None:
        self.parent = parent
        self.start = start
        self.span = span

    def __call__(self, fraction: float, message: str) -> None:
        self.parent(self.start + self.span * min(max(fraction, 0.0), 1.0), message)
