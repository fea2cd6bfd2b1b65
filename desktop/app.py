"""Start-up of the desktop application: logging, error handling, translations, the window."""

from __future__ import annotations

import logging
import logging.handlers
import os
import signal
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import platformdirs

log = logging.getLogger("quire")

RESOURCES = Path(__file__).resolve().parent.parent / "resources"

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator


def log_file() -> Path:
    folder = Path(platformdirs.user_log_dir("quire", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "quire.log"


def setup_logging() -> Path:
    path = log_file()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def window_language() -> str:
    """The language the window was asked to speak, or "" for the system's.

    QUIRE_LANGUAGE (fr, en, fr_CA…) wins, for testing and for one-off runs; then the choice
    made in Settings → Language of the window (QSettings "ui/language").
    """
    from PySide6.QtCore import QSettings

    chosen = os.environ.get("QUIRE_LANGUAGE", "").strip()
    if not chosen:
        chosen = str(QSettings().value("ui/language", "") or "").strip()
    return "" if chosen.lower() == "system" else chosen


def install_translators(app: QCoreApplication, language: str = "") -> list[QTranslator]:
    """Load Quire's and Qt's own translations for `language` ("" is the system's language).

    Quire's are resources/translations/quire_<lang>.qm; a language without one stays English.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    locale = QLocale(language) if language else QLocale.system()
    if language:
        QLocale.setDefault(locale)
    translators = []
    for folder, name in (
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase"),
        (str(RESOURCES / "translations"), "quire"),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            translators.append(translator)
    log.info("Window language: %s (%d translation file(s))", locale.name(), len(translators))
    return translators


def run_gui(project: Path | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .ui.errors import show_unexpected_error
    from .ui.main_window import MainWindow

    path = setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Quire")
    app.setOrganizationName("Quire")
    app.setApplicationDisplayName("Quire")
    app.setDesktopFileName("org.quire.Quire")
    icon = QIcon()
    for size in (48, 128, 256):
        icon.addFile(str(RESOURCES / "icons" / f"quire-{size}.png"))
    app.setWindowIcon(icon)

    translators = install_translators(app, window_language())  # noqa: F841 (kept alive)

    window = MainWindow(log_path=path)

    def excepthook(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        show_unexpected_error(window, error, path)

    sys.excepthook = excepthook
    threading.excepthook = lambda args: log.error(
        "Unexpected error in a thread:\n%s",
        "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)),
    )

    leaving = False

    def leave() -> None:
        """Stop jobs, save the window's layout, close the project, end the event loops
        (a message box's too: exit() ends every running loop, quit() may be refused)."""
        nonlocal leaving
        leaving = True
        window.queue.stop_all(5000)
        window.close()
        app.exit(0)

    # Logging out or `kill` sends SIGTERM: leave as if the window were closed, so the
    # project is closed properly. Python handles signals only when it runs, hence the timer.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: QTimer.singleShot(0, leave))
    log.info("Window ready: a SIGTERM now closes it as the window's close button does")
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(300)

    window.show()
    window.start(project)
    if leaving:  # asked to leave while start() showed a message (a missing project)
        return 0
    if os.environ.get("QUIRE_EXIT_AFTER_SHOWN"):
        # For measuring start-up (bench/package_bench.py): once the window is shown and
        # the event loop runs, say so and leave.
        def shown() -> None:
            print("quire: window shown", flush=True)
            leave()

        QTimer.singleShot(0, shown)
    return app.exec()
