"""The UI tests' own guard: an error box nobody answers is refused, not waited on."""

from __future__ import annotations

from desktop.ui.errors import show_error


def test_an_unanswered_error_box_is_refused_and_named(
    qtbot: object, no_unanswered_dialogs: list[str]
) -> None:
    show_error(None, "The scanner is not answering.")
    assert len(no_unanswered_dialogs) == 1
    assert "The scanner is not answering." in no_unanswered_dialogs[0]
    no_unanswered_dialogs.clear()  # seen and expected here; any other fails its test
