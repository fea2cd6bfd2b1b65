"""One family of exceptions, each carrying a message a librarian can read and a hint.

Front ends show ``str(error)`` and ``error.hint``; they never parse messages.
"""

from __future__ import annotations


class QuireError(Exception):
    """An error Quire expects and can explain in plain words."""

    exit_code = 3

    def __init__(
        self, message: str, hint: str = "", window_hint: str = "", *, retry_helps: bool = True
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        # Said instead of ``hint`` in the desktop window, where a command line means nothing.
        self.window_hint = window_hint
        # Whether running the same job again may succeed: not when what it asks for is
        # not there ("There is no item 99"), so the window offers no Retry.
        self.retry_helps = retry_helps

    @property
    def hint_for_window(self) -> str:
        return self.window_hint or self.hint

    def __str__(self) -> str:
        return self.message


class BadInput(QuireError):
    """A file Quire cannot read: corrupt, empty, unsupported or too large."""


class ProjectError(QuireError):
    """The project folder cannot be opened or written."""


class ProjectLocked(ProjectError):
    """Another Quire process has the project open for writing."""


class SchemaTooNew(ProjectError):
    """The project was written by a newer Quire."""


class DiskFull(ProjectError):
    """No space left where Quire needs to write."""


class MissingDependency(QuireError):
    """A program, language pack or model Quire needs is not installed."""


class EngineError(QuireError):
    """OCR or speech recognition failed on one page or recording."""


class Cancelled(QuireError):
    """The person asked the job to stop. Not a failure."""

    exit_code = 130

    def __init__(self, message: str = "Stopped at your request.", hint: str = "") -> None:
        super().__init__(message, hint)
