"""The main window: the project's items, the item being worked on, its metadata, and jobs."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import QuireError
from ..core.search import search_items
from ..core.store.project import DB_NAME, Project
from ..workers.jobs import Job, JobQueue
from .errors import show_error, show_quire_error
from .jobs_panel import JobsPanel
from .proofread import ProofreadView
from .widgets import LanguageDialog, MetadataPanel, TranscriptView

log = logging.getLogger(__name__)

MAX_RECENT = 8
STATUS_LABELS = {
    "imported": "imported",
    "recognised": "recognised",
    "corrected": "corrected",
    "failed": "needs attention",
}


def sample_project_folder() -> Path:
    return Path(platformdirs.user_data_dir("quire", appauthor=False)) / "Sample project"


class MainWindow(QMainWindow):
    def __init__(self, log_path: Path | None = None) -> None:
        super().__init__()
        self.log_path = log_path
        self.project: Project | None = None
        self.settings = QSettings()
        self.queue = JobQueue(self)
        self.queue.finished.connect(self._job_finished)
        self.setWindowTitle("Quire")
        self.setAcceptDrops(True)

        # Left: search and items.
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search all text…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Find items by any word in their text or metadata (Ctrl+F)"))
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.items = QTreeWidget(self)
        self.items.setHeaderLabels(
            [self.tr("Item"), self.tr("Kind"), self.tr("Languages"), self.tr("Status")]
        )
        self.items.setRootIsDecorated(False)
        self.items.setIconSize(QPixmap(48, 48).size())
        self.items.setAlternatingRowColors(True)
        self.items.currentItemChanged.connect(self._item_selected)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.items)

        # Centre: what is being worked on.
        self.welcome = QLabel(self)
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setWordWrap(True)
        self.proofread = ProofreadView(self)
        self.proofread.status.connect(self._status)
        self.proofread.status.connect(self._refresh_current_status)
        self.transcript = TranscriptView(self)
        self.centre = QStackedWidget(self)
        for widget in (self.welcome, self.proofread, self.transcript):
            self.centre.addWidget(widget)

        # Right: metadata.
        self.metadata = MetadataPanel(self)
        self.metadata.saved.connect(self._status)
        self.metadata.saved.connect(lambda _text: self.refresh_items(keep_selection=True))

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.centre)
        splitter.addWidget(self.metadata)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 900, 280])
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self.jobs_panel = JobsPanel(self.queue, self)
        dock = QDockWidget(self.tr("Jobs"), self)
        dock.setObjectName("jobs")
        dock.setWidget(self.jobs_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.jobs_dock = dock

        self._make_menus()
        self._show_welcome()
        geometry = self.settings.value("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1500, 950)
        state = self.settings.value("window/state")
        if state:
            self.restoreState(state)

    # ----- menus ----------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        return action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addAction(
            self._action(self.tr("&New project…"), self.new_project, QKeySequence.StandardKey.New)
        )
        file.addAction(
            self._action(
                self.tr("&Open project…"), self.choose_project, QKeySequence.StandardKey.Open
            )
        )
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        file.addSeparator()
        self.import_action = self._action(
            self.tr("&Import files…"),
            self.import_files,
            "Ctrl+I",
            self.tr(
                "Bring scans, PDFs or recordings into the project "
                "(you can also drop them on the window)"
            ),
        )
        file.addAction(self.import_action)
        file.addAction(
            self._action(self.tr("Import a &folder…"), self.import_folder, "Ctrl+Shift+I")
        )
        file.addAction(
            self._action(
                self.tr("&Scan…"),
                self.scan_pages,
                "Ctrl+Shift+S",
                self.tr("Scan pages from a scanner into the project as one document"),
            )
        )
        file.addSeparator()
        file.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(
            self._action(self.tr("&Undo"), self.proofread.undo, QKeySequence.StandardKey.Undo)
        )
        edit.addAction(
            self._action(self.tr("&Redo"), self.proofread.redo, QKeySequence.StandardKey.Redo)
        )
        edit.addSeparator()
        edit.addAction(
            self._action(self.tr("&Find…"), self.search.setFocus, QKeySequence.StandardKey.Find)
        )

        view = bar.addMenu(self.tr("&View"))
        view.addAction(
            self._action(self.tr("Next uncertain word"), self.proofread.next_uncertain, "F3")
        )
        view.addAction(
            self._action(
                self.tr("Previous uncertain word"), self.proofread.previous_uncertain, "Shift+F3"
            )
        )
        view.addSeparator()
        view.addAction(
            self._action(
                self.tr("Zoom in"), self.proofread.zoom_in, QKeySequence.StandardKey.ZoomIn
            )
        )
        view.addAction(
            self._action(
                self.tr("Zoom out"), self.proofread.zoom_out, QKeySequence.StandardKey.ZoomOut
            )
        )
        view.addAction(self._action(self.tr("Fit the page"), self.proofread.zoom_fit, "Ctrl+0"))
        view.addSeparator()
        view.addAction(self.jobs_dock.toggleViewAction())

        run = bar.addMenu(self.tr("&Run"))
        run.addAction(
            self._action(
                self.tr("&Recognise text"),
                self.recognise,
                "Ctrl+R",
                self.tr("Read the text of every document not read yet (OCR)"),
            )
        )
        run.addAction(
            self._action(
                self.tr("&Transcribe recordings"),
                self.transcribe,
                "Ctrl+T",
                self.tr("Turn every recording not transcribed yet into text"),
            )
        )
        run.addAction(
            self._action(
                self.tr("Recognise this item &again"),
                self.redo_selected,
                "Ctrl+Shift+R",
            )
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("&Getting started"), self.show_guide, QKeySequence.StandardKey.HelpContents
            )
        )
        help_menu.addAction(self._action(self.tr("Open the &log folder"), self.open_log_folder))
        help_menu.addAction(self._action(self.tr("&About Quire"), self.show_about))

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        style = self.style()
        for text, icon, slot in (
            (self.tr("Import"), QStyle.StandardPixmap.SP_DialogOpenButton, self.import_files),
            (self.tr("Scan"), QStyle.StandardPixmap.SP_ComputerIcon, self.scan_pages),
            (
                self.tr("Recognise text"),
                QStyle.StandardPixmap.SP_FileDialogContentsView,
                self.recognise,
            ),
            (self.tr("Transcribe"), QStyle.StandardPixmap.SP_MediaPlay, self.transcribe),
        ):
            action = toolbar.addAction(style.standardIcon(icon), text)
            action.triggered.connect(slot)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._refresh_recent_menu()

    # ----- projects -------------------------------------------------------------------

    def start(self, folder: Path | None) -> None:
        """Open the given project, else the last one, else the sample (made on first start)."""
        if folder is not None:
            self.open_project(folder)
            return
        recent = [Path(p) for p in self._recent() if (Path(p) / DB_NAME).is_file()]
        if recent:
            self.open_project(recent[0])
            return
        sample = sample_project_folder()
        if (sample / DB_NAME).is_file():
            self.open_project(sample)
            return
        self._status(self.tr("Preparing the sample project…"))
        self.welcome.setText(
            self.tr(
                "Welcome to Quire.\n\nPreparing a sample project so that you can see real "
                "material at once: a few typed pages and a short interview. This takes a "
                "minute the first time."
            )
        )
        job = self.queue.enqueue(
            self.tr("Prepare the sample project"), ["sample", str(sample), "--progress-json"]
        )
        self._after_job = {job.id: lambda: self.open_project(sample)}

    def new_project(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose an empty folder for the new project")
        )
        if not folder:
            return
        try:
            Project.create(Path(folder)).close()
        except QuireError as error:
            show_quire_error(self, error, self.log_path)
            return
        self.open_project(Path(folder))

    def choose_project(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a Quire project folder"))
        if folder:
            self.open_project(Path(folder))

    def open_project(self, folder: Path) -> None:
        if self.queue.is_busy() and not self._confirm_stop_jobs():
            return
        try:
            project = Project.open(folder)
        except QuireError as error:
            show_quire_error(self, error, self.log_path)
            return
        self.close_project()
        self.project = project
        self._remember(folder)
        self.setWindowTitle(self.tr("{name} — Quire").format(name=folder.name))
        self.refresh_items()
        self._resume_interrupted_jobs()
        self._status(self.tr("Opened {folder}").format(folder=folder))

    def close_project(self) -> None:
        self.proofread.flush()
        self.metadata.flush()
        self.metadata.show_item(None, None)
        if self.project:
            self.project.close()
            self.project = None
        self.items.clear()
        self._show_welcome()

    def _resume_interrupted_jobs(self) -> None:
        assert self.project
        for job in self.project.jobs("interrupted"):
            self.project.mark_job_resumed(job["id"])
            kind = job["kind"]
            title = (
                self.tr("Recognise text (resumed)")
                if kind == "ocr"
                else self.tr("Transcribe (resumed)")
            )
            self.queue.enqueue(title, [kind, str(self.project.folder), "--progress-json"])

    def _recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        return (
            [str(v) for v in value] if isinstance(value, list) else ([str(value)] if value else [])
        )

    def _remember(self, folder: Path) -> None:
        recent = [str(folder.resolve())] + [p for p in self._recent() if p != str(folder.resolve())]
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self._refresh_recent_menu()

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self._recent():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_project(Path(p)))
        self.recent_menu.setEnabled(bool(self._recent()))

    # ----- items ----------------------------------------------------------------------

    def refresh_items(self, keep_selection: bool = False) -> None:
        current = self._selected_item_id() if keep_selection else None
        self.items.blockSignals(True)
        self.items.clear()
        if self.project:
            style = self.style()
            for item in self.project.items():
                status = self.project.item_status(item)
                row = QTreeWidgetItem(
                    [
                        item["title"],
                        self.tr("document") if item["kind"] == "document" else self.tr("recording"),
                        item["languages"] or self.tr("detected"),
                        self.tr(STATUS_LABELS.get(status, status)),
                    ]
                )
                row.setData(0, Qt.ItemDataRole.UserRole, item["id"])
                thumbnail = self.project.thumbnail(item["id"])
                if thumbnail:
                    row.setIcon(0, QIcon(str(thumbnail)))
                else:
                    row.setIcon(0, style.standardIcon(QStyle.StandardPixmap.SP_MediaVolume))
                row.setToolTip(0, item["source_name"] or "")
                self.items.addTopLevelItem(row)
                if item["id"] == current:
                    self.items.setCurrentItem(row)
            for column in range(1, 4):
                self.items.resizeColumnToContents(column)
        self.items.blockSignals(False)
        self._apply_search()
        if not self.items.topLevelItemCount():
            self._show_welcome()

    def _refresh_current_status(self, _message: str = "") -> None:
        """A correction changes the item's status: show it in the list at once."""
        row = self.items.currentItem()
        if self.project and row is not None:
            item = self.project.item(int(row.data(0, Qt.ItemDataRole.UserRole)))
            status = self.project.item_status(item)
            row.setText(3, self.tr(STATUS_LABELS.get(status, status)))

    def _selected_item_id(self) -> int | None:
        row = self.items.currentItem()
        return int(row.data(0, Qt.ItemDataRole.UserRole)) if row else None

    def _item_selected(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self.proofread.flush()
        if not self.project or current is None:
            self.metadata.show_item(None, None)
            self._show_welcome()
            return
        item_id = int(current.data(0, Qt.ItemDataRole.UserRole))
        item = self.project.item(item_id)
        self.metadata.show_item(self.project, item_id)
        if item["kind"] == "document":
            self.proofread.show_document(self.project, item_id)
            self.centre.setCurrentWidget(self.proofread)
        else:
            self.transcript.show_recording(self.project, item_id)
            self.centre.setCurrentWidget(self.transcript)

    def _apply_search(self) -> None:
        if not self.project:
            return
        found = set(search_items(self.project, self.search.text()))
        for index in range(self.items.topLevelItemCount()):
            row = self.items.topLevelItem(index)
            if row is not None:
                row.setHidden(int(row.data(0, Qt.ItemDataRole.UserRole)) not in found)

    def _show_welcome(self) -> None:
        if self.project:
            self.welcome.setText(
                self.tr(
                    "Choose an item on the left, or bring material in with File → Import files… "
                    "(or drop files on this window)."
                )
            )
        else:
            self.welcome.setText(
                self.tr("Open a project with File → Open project…, or make a new one.")
            )
        self.centre.setCurrentWidget(self.welcome)

    # ----- jobs -----------------------------------------------------------------------

    def _project_folder(self) -> str | None:
        if not self.project:
            show_error(self, self.tr("Open or create a project first."))
            return None
        return str(self.project.folder)

    def import_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import scans, PDFs or recordings"),
            "",
            self.tr(
                "Scans, PDFs and recordings (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif "
                "*.webp *.pdf *.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mov *.mkv "
                "*.webm *.avi);;All files (*)"
            ),
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import every file in a folder"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path], languages: str | None = None) -> Job | None:
        folder = self._project_folder()
        if folder is None:
            return None
        if languages is None:
            from ..core.ocr.tesseract import installed_languages

            try:
                installed = sorted(installed_languages())
            except QuireError as error:
                show_quire_error(self, error, self.log_path)
                return None
            dialog = LanguageDialog(
                installed, str(self.settings.value("import/languages", "eng")), self
            )
            if dialog.exec() != LanguageDialog.DialogCode.Accepted:
                return None
            languages = dialog.languages()
            self.settings.setValue("import/languages", languages)
        names = ", ".join(p.name for p in paths[:3]) + ("…" if len(paths) > 3 else "")
        return self.queue.enqueue(
            self.tr("Import {names}").format(names=names),
            ["add", folder, *map(str, paths), "--lang", languages, "--progress-json"],
        )

    def scan_pages(self) -> None:
        folder = self._project_folder()
        if folder is None:
            return
        from .scan_dialog import ScanDialog

        dialog = ScanDialog(Path(folder), self.queue, parent=self)
        dialog.exec()
        dialog.deleteLater()
        if dialog.wants_file_import:
            self.import_files()

    def recognise(self) -> Job | None:
        folder = self._project_folder()
        if folder is None:
            return None
        return self.queue.enqueue(self.tr("Recognise text"), ["ocr", folder, "--progress-json"])

    def transcribe(self) -> Job | None:
        folder = self._project_folder()
        if folder is None:
            return None
        return self.queue.enqueue(
            self.tr("Transcribe recordings"), ["transcribe", folder, "--progress-json"]
        )

    def redo_selected(self) -> Job | None:
        folder = self._project_folder()
        item_id = self._selected_item_id()
        if folder is None or item_id is None or not self.project:
            return None
        kind = "ocr" if self.project.item(item_id)["kind"] == "document" else "transcribe"
        title = self.project.item(item_id)["title"]
        return self.queue.enqueue(
            self.tr("Again: {title}").format(title=title),
            [kind, folder, str(item_id), "--redo", "--progress-json"],
        )

    def _job_finished(self, job: Job) -> None:
        after = getattr(self, "_after_job", {}).pop(job.id, None)
        if after and job.state == "done":
            after()
            return
        if self.project:
            self.refresh_items(keep_selection=True)
            current = self.items.currentItem()
            if current is not None:
                self._item_selected(current, None)
        if job.state == "done":
            self._status(self.tr("Finished: {title}").format(title=job.title))

    def _confirm_stop_jobs(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Jobs are running"),
            self.tr(
                "Quire is still working. Stop the running jobs? What they finished is kept, "
                "and they carry on from there next time."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.queue.stop_all(10_000)
        return True

    # ----- drag and drop ----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.project:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.import_paths(paths)

    # ----- help -----------------------------------------------------------------------

    def show_guide(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Getting started"),
            self.tr(
                "<h3>Getting started with Quire</h3>"
                "<ol>"
                "<li><b>Bring material in</b>: File → Import files… (Ctrl+I), or drop scans, PDFs "
                "and recordings on the window. Tick the languages the pages are written in.</li>"
                "<li><b>Recognise</b>: Run → Recognise text (Ctrl+R) reads the pages; Run → "
                "Transcribe recordings (Ctrl+T) writes down what is said. The Jobs panel shows "
                "progress; you can keep working meanwhile.</li>"
                "<li><b>Correct</b>: choose a document; the page is on the left, its text on the "
                "right. Uncertain words are shaded; F3 jumps to the next one. Everything you type "
                "is saved at once, and Ctrl+Z undoes it.</li>"
                "<li><b>Describe</b>: fill in the title, date, creator, place and rights on the "
                "right.</li>"
                "</ol>"
                "<p>Quire never changes your original files, and works without the internet.</p>"
            ),
        )

    def show_about(self) -> None:
        from .. import __version__

        QMessageBox.about(
            self,
            self.tr("About Quire"),
            self.tr(
                "<b>Quire {version}</b><p>Recognise and correct the text of scans and "
                "recordings, offline.</p><p>Log file: {log}</p>"
            ).format(version=__version__, log=self.log_path or "-"),
        )

    def open_log_folder(self) -> None:
        if self.log_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    # ----- closing --------------------------------------------------------------------

    def _status(self, text: str) -> None:
        self.statusBar().showMessage(text, 4000)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.queue.is_busy() and not self._confirm_stop_jobs():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.close_project()
        event.accept()
