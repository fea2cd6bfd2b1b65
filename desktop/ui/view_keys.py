"""A view's own keys, claimed while it has the focus.

The proofreading view and the transcript editor both bind keys (F3, Ctrl+Space, Undo…)
that the main window's menus may bind too. Claiming them on ``ShortcutOverride`` lets the
focused view win without the menus' shortcuts being ambiguous; the action runs on the
key press itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent, QKeySequence

KeyBinding = tuple[QKeySequence | QKeySequence.StandardKey, Callable[[], None]]


class ViewKeys:
    def __init__(self, bindings: list[KeyBinding]) -> None:
        self.bindings = bindings

    def action_for(self, event: QKeyEvent) -> Callable[[], None] | None:
        pressed = QKeySequence(event.keyCombination())
        for keys, action in self.bindings:
            if isinstance(keys, QKeySequence.StandardKey):
                if event.matches(keys):
                    return action
            elif pressed == keys:
                return action
        return None

    def handle(self, event: QEvent) -> bool:
        """True if ``event`` is one of these keys: claimed, and on a key press, acted on.
        For an event filter to return."""
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(
            event, QKeyEvent
        ):
            return False
        action = self.action_for(event)
        if action is None:
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            action()
        return True
