"""Scan pages from a scanner, look at them, then add them to the project as one document.

Everything that talks to the scanner runs on a worker thread (``_Task``): the scanner
itself is driven through the core's backend, which runs ``scanimage`` as a child process
that Cancel stops. Scanned pages wait in a work folder until "Add to project", which
queues ``quire scan PROJECT --from-files ...`` on the app's job queue, like any import.
"""

from __future__ import annotations

import html
import logging
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt, QThread, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QImage,
    QImageReader,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.capture.importer import check_languages
from ..core.capture.scanner import (
    COLOR,
    FEEDER,
    FLATBED,
    GRAY,
    LINEART,
    NoScanner,
    ScanDevice,
    ScannerBackend,
    ScanOptions,
    ScanSettings,
    default_backend,
    mode_kind,
    source_kind,
)
from ..core.errors import Cancelled, QuireError
from ..core.progress import CancelToken, ProgressCallback
from ..workers.jobs import DONE, Job, JobQueue

log = logging.getLogger(__name__)

THUMBNAIL = QSize(150, 190)
PREVIEW_SIDE = 900  # pixels: the preview image is kept at most this large


class _Task(QThread):
    """Runs ``work(progress, cancel)`` off the UI thread; the outcome comes back by signal."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception, shown by the dialog
    ended = Signal()  # after succeeded or failed

    # Connect these to methods of a QObject living on the UI thread (never to a lambda,
    # which Qt would call on this worker thread), so that they arrive there, in order.

    def __init__(self, work: Callable[[ProgressCallback, CancelToken], Any]) -> None:
        # No Qt parent: the dialog holds the only reference and drops it once the thread
        # has ended, so the thread object is deleted exactly once, on the UI thread.
        super().__init__()
        self.work = work
        self.cancel = CancelToken()

    def run(self) -> None:
        try:
            result = self.work(self.progressed.emit, self.cancel)
        except BaseException as error:  # handed to the UI thread, shown there
            if not isinstance(error, QuireError):
                log.exception("Scanning task failed")
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            self.ended.emit()


def _load_scaled(path: Path, box: QSize) -> QImage:
    """A small copy of an image, decoded at that size (safe on a worker thread)."""
    reader = QImageReader(str(path))
    size = reader.size()
    if size.isValid() and (size.width() > box.width() or size.height() > box.height()):
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


class _PreviewArea(QFrame):
    """Shows an image as large as it fits, keeping its proportions, or a line of advice.

    It paints the image itself: a QLabel holding a scaled pixmap would change its own size
    hint on every resize, and the layout could resize it back and forth for ever.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._text = ""
        self.setMinimumSize(320, 400)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFrameShape(QFrame.Shape.StyledPanel)

    def setText(self, text: str) -> None:
        self._text = text
        self.update()

    def text(self) -> str:
        return self._text

    def set_image(self, image: QImage | None) -> None:
        self._image = image
        self.update()

    def has_image(self) -> bool:
        return self._image is not None and not self._image.isNull()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        area = self.contentsRect().adjusted(8, 8, -8, -8)
        if self._image is not None and not self._image.isNull():
            size = self._image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(QPoint(0, 0), size)
            target.moveCenter(area.center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self._image)
        else:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                area.adjusted(24, 0, -24, 0),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._text,
            )
        painter.end()


class ScanDialog(QDialog):
    """Choose a scanner and its settings, preview, scan pages, then add them as one item."""

    pages_changed = Signal(int)

    def __init__(
        self,
        project_folder: Path,
        queue: JobQueue,
        backend: ScannerBackend | None = None,
        work_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project_folder = project_folder
        self.queue = queue
        self.backend = backend or default_backend()
        if work_folder is None:
            cache = platformdirs.user_cache_path("quire", appauthor=False) / "scans"
            cache.mkdir(parents=True, exist_ok=True)
            work_folder = Path(tempfile.mkdtemp(prefix="session-", dir=cache))
        self.work_folder = work_folder
        self.work_folder.mkdir(parents=True, exist_ok=True)
        self.settings = QSettings()
        self.options: ScanOptions | None = None
        self.wants_file_import = False  # "Import files instead" was chosen
        self.added_job: Job | None = None
        self._task: _Task | None = None
        self._preview_path: Path | None = None
        self._handed_over = False  # the pages now belong to an import job
        self._read_options_next = False

        self.setWindowTitle(self.tr("Scan pages"))
        layout = QVBoxLayout(self)

        # The scanner and its settings.
        form = QFormLayout()
        device_row = QHBoxLayout()
        self.device_combo = QComboBox(self)
        self.device_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.device_combo.currentIndexChanged.connect(self._device_chosen)
        self.refresh_button = QPushButton(self.tr("Look again"), self)
        self.refresh_button.setToolTip(
            self.tr("Look for scanners again, for example after switching one on")
        )
        self.refresh_button.clicked.connect(self.find_devices)
        device_row.addWidget(self.device_combo)
        device_row.addWidget(self.refresh_button)
        form.addRow(self.tr("Scanner"), device_row)
        settings_row = QHBoxLayout()
        self.source_combo = QComboBox(self)
        self.source_combo.setToolTip(
            self.tr("The glass (one page at a time) or the document feeder (every page in it)")
        )
        self.source_combo.currentIndexChanged.connect(self._update_buttons)
        self.resolution_combo = QComboBox(self)
        self.resolution_combo.setToolTip(
            self.tr(
                "300 dpi suits most documents; choose 400–600 dpi for small print, "
                "photographs or fragile originals you will not scan twice"
            )
        )
        self.mode_combo = QComboBox(self)
        self.mode_combo.setToolTip(
            self.tr("Colour keeps stamps, inks and stains; black and white makes small files")
        )
        for label, combo in (
            (self.tr("Source"), self.source_combo),
            (self.tr("Resolution"), self.resolution_combo),
            (self.tr("Colour"), self.mode_combo),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(combo)
            settings_row.addWidget(caption)
            settings_row.addWidget(combo, 1)
        form.addRow(self.tr("Settings"), settings_row)
        layout.addLayout(form)

        # Either the preview and the pages, or the no-scanner message.
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)

        work = QWidget(self)
        work_layout = QHBoxLayout(work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        preview_box = QVBoxLayout()
        preview_caption = QLabel(self.tr("<b>Preview</b>"), self)
        self.preview = _PreviewArea(self)
        self.preview.setText(
            self.tr("Place a page on the glass and press Preview to check it before scanning.")
        )
        preview_box.addWidget(preview_caption)
        preview_box.addWidget(self.preview, 1)
        work_layout.addLayout(preview_box, 2)

        pages_box = QVBoxLayout()
        self.pages_caption = QLabel(self)
        self.pages = QListWidget(self)
        self.pages.setViewMode(QListView.ViewMode.IconMode)
        self.pages.setIconSize(THUMBNAIL)
        self.pages.setGridSize(THUMBNAIL + QSize(24, 36))
        self.pages.setResizeMode(QListView.ResizeMode.Adjust)
        self.pages.setMovement(QListView.Movement.Static)
        self.pages.setWrapping(True)
        self.pages.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.pages.setMinimumWidth(2 * (THUMBNAIL.width() + 24) + 30)
        self.pages.itemSelectionChanged.connect(self._update_buttons)
        self.remove_button = QPushButton(self.tr("Remove page"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected pages (Delete)"))
        self.remove_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_button.clicked.connect(self.remove_selected_pages)
        pages_box.addWidget(self.pages_caption)
        pages_box.addWidget(self.pages, 1)
        pages_box.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        work_layout.addLayout(pages_box, 3)
        self.stack.addWidget(work)

        self.no_scanner = QWidget(self)
        no_layout = QVBoxLayout(self.no_scanner)
        no_layout.addStretch(1)
        self.no_scanner_text = QLabel(self)
        self.no_scanner_text.setWordWrap(True)
        self.no_scanner_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_scanner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        no_layout.addWidget(self.no_scanner_text)
        no_buttons = QHBoxLayout()
        no_buttons.addStretch(1)
        self.import_instead_button = QPushButton(self.tr("Import files instead…"), self)
        self.import_instead_button.setToolTip(
            self.tr("Bring in pages scanned with another program (PNG, TIFF, JPEG or PDF)")
        )
        self.import_instead_button.clicked.connect(self._import_instead)
        self.look_again_button = QPushButton(self.tr("Look again"), self)
        self.look_again_button.clicked.connect(self.find_devices)
        no_buttons.addWidget(self.look_again_button)
        no_buttons.addWidget(self.import_instead_button)
        no_buttons.addStretch(1)
        no_layout.addLayout(no_buttons)
        no_layout.addStretch(2)
        self.stack.addWidget(self.no_scanner)

        # Scanning, with progress and Cancel.
        actions = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setToolTip(self.tr("A quick, rough look at what lies on the glass"))
        self.preview_button.clicked.connect(self.start_preview)
        self.scan_button = QPushButton(self.tr("Scan"), self)
        self.scan_button.setToolTip(
            self.tr("Scan the page on the glass, or every page in the feeder (Ctrl+Enter)")
        )
        for button in (self.preview_button, self.scan_button):
            button.setMinimumWidth(130)
        self.scan_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.scan_button.clicked.connect(self.start_scan)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop the scanner"))
        self.cancel_button.clicked.connect(self.cancel_task)
        actions.addWidget(self.preview_button)
        actions.addWidget(self.scan_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)
        actions.addStretch(0)  # keeps the buttons their own size while no bar is shown
        layout.addLayout(actions)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        # What the document is called, and in which languages it is written.
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        describe = QFormLayout()
        self.title_edit = QLineEdit(time.strftime(self.tr("Scan %Y-%m-%d %H:%M")), self)
        self.title_edit.setToolTip(self.tr("The title of the document these pages make"))
        describe.addRow(self.tr("Title"), self.title_edit)
        languages_row = QHBoxLayout()
        self.languages_edit = QLineEdit(str(self.settings.value("import/languages", "eng")), self)
        self.languages_edit.setToolTip(
            self.tr("Tesseract language codes joined by +, for example eng or eus+spa+fra")
        )
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose_languages)
        languages_row.addWidget(self.languages_edit, 1)
        languages_row.addWidget(choose)
        describe.addRow(self.tr("Languages"), languages_row)
        layout.addLayout(describe)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.add_button = QPushButton(self.tr("Add to project"), self)
        self.add_button.setDefault(True)
        self.add_button.setToolTip(self.tr("Add the pages above to the project as one document"))
        self.add_button.clicked.connect(self.add_to_project)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.resize(1080, 780)
        self._renumber()
        self.find_devices()

    # ----- background work ------------------------------------------------------------

    def busy(self) -> bool:
        return self._task is not None

    def _start(
        self,
        work: Callable[[ProgressCallback, CancelToken], Any],
        done: Callable[[Any], None],
        message: str,
        *,
        measured: bool = False,
    ) -> None:
        if self._task is not None:
            return
        task = _Task(work)
        task.progressed.connect(self._progressed)
        task.succeeded.connect(done)
        task.failed.connect(self._failed)
        task.ended.connect(self._task_finished)
        self._task = task
        self.progress.setRange(0, 1000 if measured else 0)  # 0, 0: busy, no figure
        self.progress.setValue(0)
        self._say(message)
        self._update_buttons()
        task.start()

    def _task_finished(self) -> None:
        task = self._task
        if task is not None:
            task.wait()  # run() has returned; the thread ends at once
            self._task = None
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self._update_buttons()
        if self._read_options_next:
            self._read_options_next = False
            self._device_chosen()

    def _progressed(self, fraction: float, message: str) -> None:
        if self.progress.maximum():
            self.progress.setValue(int(fraction * 1000))
        if message and self._task is not None and not self._task.cancel.cancelled:
            self.status.setText(self._translate_progress(message))

    def _translate_progress(self, message: str) -> str:
        if message.startswith("Scanning page "):
            return self.tr("Scanning page {number}…").format(number=message.rsplit(" ", 1)[-1])
        if message == "Scanning":
            return self.tr("Scanning…")
        return message

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self._say(self.tr("Stopped. Nothing from that scan was kept."))
        elif isinstance(error, NoScanner):
            self._show_no_scanner(error)
        elif isinstance(error, QuireError):
            self._say(str(error) + (f" {error.hint}" if error.hint else ""), error=True)
        else:
            self._say(
                self.tr("Something went wrong while scanning; the log file has the details."),
                error=True,
            )

    def cancel_task(self) -> None:
        if self._task is not None:
            self._task.cancel.cancel()
            self._say(self.tr("Stopping…"))
            self.cancel_button.setEnabled(False)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b3261e;" if error else "")
        self.status.setText(text)

    # ----- devices and options --------------------------------------------------------

    def find_devices(self) -> None:
        self.device_combo.blockSignals(True)
        self.device_combo.clear()
        self.device_combo.addItem(self.tr("Looking for scanners…"))
        self.device_combo.blockSignals(False)
        self.options = None
        self._start(
            lambda _progress, cancel: self.backend.devices(cancel),
            self._devices_found,
            self.tr("Looking for scanners… (network scanners can take a little while)"),
        )

    def _devices_found(self, devices: list[ScanDevice]) -> None:
        if not devices:
            self._show_no_scanner(
                NoScanner(
                    self.tr("No scanner was found."),
                    self.tr(
                        "Check that the scanner is switched on and connected (by cable or on "
                        "the network), then look again. You can also scan with the scanner's "
                        "own program and import the files."
                    ),
                )
            )
            return
        self.stack.setCurrentIndex(0)
        remembered = str(self.settings.value("scan/device", ""))
        self.device_combo.blockSignals(True)
        self.device_combo.clear()
        for device in devices:
            self.device_combo.addItem(device.label, device.name)
        index = max(self.device_combo.findData(remembered), 0)
        self.device_combo.setCurrentIndex(index)
        self.device_combo.blockSignals(False)
        self._say(
            self.tr("Found {count} scanner(s).").format(count=len(devices))
            if len(devices) > 1
            else ""
        )
        self._read_options_next = True  # once the task that found them has ended

    def _show_no_scanner(self, error: QuireError) -> None:
        self.device_combo.blockSignals(True)
        self.device_combo.clear()
        self.device_combo.addItem(self.tr("No scanner"))
        self.device_combo.blockSignals(False)
        self.options = None
        self.no_scanner_text.setText(
            f"<p style='font-size: large'><b>{html.escape(str(error))}</b></p>"
            f"<p>{html.escape(error.hint)}</p>"
        )
        self.stack.setCurrentWidget(self.no_scanner)
        self._say("")
        self._update_buttons()

    def device(self) -> str | None:
        name = self.device_combo.currentData()
        return str(name) if name else None

    def _device_chosen(self, _index: int = 0) -> None:
        device = self.device()
        if device is None or self.busy():
            return
        self.options = None
        self._start(
            lambda _progress, cancel: self.backend.options(device, cancel),
            self._options_read,
            self.tr("Asking the scanner what it can do…"),
        )

    def _options_read(self, options: ScanOptions) -> None:
        self.options = options
        self._fill(
            self.source_combo,
            [(self._source_label(s), s) for s in options.sources],
            self.settings.value("scan/source"),
            options.source_for(FLATBED) if options.sources else None,
        )
        self._fill(
            self.resolution_combo,
            [(self.tr("{dpi} dpi").format(dpi=r), r) for r in options.resolutions],
            self.settings.value("scan/resolution"),
            options.best_resolution(),
        )
        self._fill(
            self.mode_combo,
            [(self._mode_label(m), m) for m in options.modes],
            self.settings.value("scan/mode"),
            options.best_mode(),
        )
        self._say(self.tr("Ready to scan."))

    def _fill(
        self, combo: QComboBox, entries: list[tuple[str, Any]], remembered: Any, best: Any
    ) -> None:
        combo.blockSignals(True)
        combo.clear()
        for label, value in entries:
            combo.addItem(label, value)
        index = -1
        for wanted in (remembered, best):
            if wanted is None:
                continue
            for row in range(combo.count()):
                if str(combo.itemData(row)) == str(wanted):
                    index = row
                    break
            if index >= 0:
                break
        combo.setCurrentIndex(max(index, 0))
        combo.setEnabled(combo.count() > 1)
        combo.blockSignals(False)

    def _source_label(self, source: str) -> str:
        kind = source_kind(source)
        if kind == FLATBED:
            return self.tr("Flatbed (the glass)")
        if kind == FEEDER and "duplex" not in source.lower():
            return self.tr("Document feeder (every page in it)")
        return source

    def _mode_label(self, mode: str) -> str:
        labels = {
            COLOR: self.tr("Colour"),
            GRAY: self.tr("Greyscale"),
            LINEART: self.tr("Black and white"),
        }
        kind = mode_kind(mode)
        return labels[kind] if kind else mode

    def scan_settings(self) -> ScanSettings:
        resolution = self.resolution_combo.currentData()
        return ScanSettings(
            source=self.source_combo.currentData() or None,
            mode=self.mode_combo.currentData() or None,
            resolution=int(resolution) if resolution else None,
        )

    def _remember_settings(self) -> None:
        settings = self.scan_settings()
        self.settings.setValue("scan/device", self.device() or "")
        for key, value in (
            ("scan/source", settings.source),
            ("scan/mode", settings.mode),
            ("scan/resolution", settings.resolution),
        ):
            if value is not None:
                self.settings.setValue(key, value)

    # ----- preview and scan -----------------------------------------------------------

    def start_preview(self) -> None:
        device = self.device()
        if device is None or self.options is None:
            return
        settings = self.scan_settings()
        folder = self.work_folder / "preview"
        box = QSize(PREVIEW_SIDE, PREVIEW_SIDE)

        def work(progress: ProgressCallback, cancel: CancelToken) -> tuple[Path, QImage]:
            path = self.backend.preview(device, settings, folder, progress=progress, cancel=cancel)
            return path, _load_scaled(path, box)

        self._start(work, self._preview_ready, self.tr("Making a preview…"), measured=True)

    def _preview_ready(self, result: tuple[Path, QImage]) -> None:
        path, image = result
        if self._preview_path is not None:
            self._preview_path.unlink(missing_ok=True)
        self._preview_path = path
        self.preview.set_image(image)
        self._say(self.tr("This is how the page lies on the glass. Press Scan when it is right."))

    def start_scan(self) -> None:
        device = self.device()
        if device is None or self.options is None:
            return
        self._remember_settings()
        settings = self.scan_settings()
        folder = self.work_folder / "pages"

        def work(progress: ProgressCallback, cancel: CancelToken) -> list[tuple[Path, QImage]]:
            pages = self.backend.scan(device, settings, folder, progress=progress, cancel=cancel)
            return [(page, _load_scaled(page, THUMBNAIL)) for page in pages]

        feeder = settings.source is not None and source_kind(settings.source) == FEEDER
        self._start(
            work,
            self._pages_scanned,
            self.tr("Scanning every page in the feeder…") if feeder else self.tr("Scanning…"),
            measured=True,
        )

    def _pages_scanned(self, pages: list[tuple[Path, QImage]]) -> None:
        for path, image in pages:
            entry = QListWidgetItem(QPixmap.fromImage(image), "", self.pages)
            entry.setData(Qt.ItemDataRole.UserRole, str(path))
            entry.setToolTip(path.name)
        self.pages.scrollToBottom()
        self._renumber()
        self._say(
            self.tr("Scanned {count} page(s). Scan more, or add them to the project.").format(
                count=len(pages)
            )
        )

    def page_files(self) -> list[Path]:
        return [
            Path(str(self.pages.item(row).data(Qt.ItemDataRole.UserRole)))
            for row in range(self.pages.count())
        ]

    def remove_selected_pages(self) -> None:
        for entry in self.pages.selectedItems():
            Path(str(entry.data(Qt.ItemDataRole.UserRole))).unlink(missing_ok=True)
            self.pages.takeItem(self.pages.row(entry))
        self._renumber()

    def _renumber(self) -> None:
        for row in range(self.pages.count()):
            self.pages.item(row).setText(self.tr("Page {number}").format(number=row + 1))
        count = self.pages.count()
        self.pages_caption.setText(
            self.tr("<b>Scanned pages</b> — {count} — they become one document").format(count=count)
            if count
            else self.tr("<b>Scanned pages</b> — none yet: press Scan")
        )
        self.pages_changed.emit(count)
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self._task is None
        ready = idle and self.options is not None and self.stack.currentIndex() == 0
        for combo in (self.source_combo, self.resolution_combo, self.mode_combo):
            combo.setEnabled(ready and combo.count() > 1)
        self.device_combo.setEnabled(idle and self.device() is not None)
        self.refresh_button.setEnabled(idle)
        self.look_again_button.setEnabled(idle)
        self.scan_button.setEnabled(ready)
        can_preview = ready
        if ready and self.options is not None:
            try:
                self.options.flatbed()
            except QuireError as refusal:
                can_preview = False
                self.preview_button.setToolTip(refusal.message)
        self.preview_button.setEnabled(can_preview)
        self.remove_button.setEnabled(idle and bool(self.pages.selectedItems()))
        self.add_button.setEnabled(idle and self.pages.count() > 0)
        self.progress.setVisible(not idle)
        self.cancel_button.setVisible(not idle)
        self.cancel_button.setEnabled(not idle)

    # ----- into the project -----------------------------------------------------------

    def _choose_languages(self) -> None:
        from ..core.ocr.tesseract import installed_languages
        from .widgets import LanguageDialog

        try:
            installed = sorted(installed_languages())
        except QuireError as error:
            self._say(str(error) + (f" {error.hint}" if error.hint else ""), error=True)
            return
        dialog = LanguageDialog(installed, self.languages_edit.text(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.languages_edit.setText(dialog.languages())

    def add_to_project(self) -> Job | None:
        pages = self.page_files()
        if not pages or self.busy():
            return None
        try:
            languages = check_languages(self.languages_edit.text() or "eng")
        except QuireError as error:
            self._say(str(error) + f" {error.hint}", error=True)
            return None
        title = self.title_edit.text().strip() or time.strftime(self.tr("Scan %Y-%m-%d %H:%M"))
        self.settings.setValue("import/languages", languages)
        command = [
            "scan",
            str(self.project_folder),
            "--from-files",
            *map(str, pages),
            "--title",
            title,
            "--lang",
            languages,
            "--progress-json",
        ]
        job = self.queue.enqueue(
            self.tr("Add {count} scanned page(s): {title}").format(count=len(pages), title=title),
            command,
        )
        _remove_when_added(self.queue, command, self.work_folder)
        self._handed_over = True
        self.added_job = job
        self.accept()
        return job

    # ----- closing --------------------------------------------------------------------

    def _import_instead(self) -> None:
        self.wants_file_import = True
        self.reject()

    def reject(self) -> None:
        if self.pages.count() and not self._handed_over:
            answer = QMessageBox.question(
                self,
                self.tr("Discard the scanned pages?"),
                self.tr(
                    "{count} scanned page(s) have not been added to the project. "
                    "Close and discard them?"
                ).format(count=self.pages.count()),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def done(self, result: int) -> None:
        self._stop_task()
        if not self._handed_over:
            shutil.rmtree(self.work_folder, ignore_errors=True)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_task()
        super().closeEvent(event)

    def _stop_task(self) -> None:
        task = self._task
        if task is not None:
            task.cancel.cancel()
            if task.wait(15_000):  # the scanner is told to stop; it ends within seconds
                self._task = None


def _remove_when_added(queue: JobQueue, command: list[str], folder: Path) -> None:
    """Delete the scanned pages once the import job (or a retry of it) has added them."""

    def finished(job: Job) -> None:
        if job.command == command and job.state == DONE:
            shutil.rmtree(folder, ignore_errors=True)
            queue.finished.disconnect(finished)

    queue.finished.connect(finished)
