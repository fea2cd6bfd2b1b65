"""Reviewing personal data in the window: findings in context, decisions, marks by hand."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.pii import review, store
from desktop.core.status import item_status
from desktop.ui.main_window import MainWindow
from tests.conftest import SAMPLES, run_quire

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample letter, recognised and searched for personal data, once per module."""
    folder = tmp_path_factory.mktemp("review") / "project"
    for command in (
        ("init", folder),
        ("add", folder, SAMPLES / "letter-en.png", "--lang", "eng"),
        ("ocr", folder),
        ("pii", "scan", folder),
    ):
        done = run_quire(*command)
        assert done.returncode == 0, done.stderr
    return folder


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scanned: Path
) -> Iterator[MainWindow]:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    for format_ in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(format_, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    folder = tmp_path / "project"
    shutil.copytree(scanned, folder)
    main = MainWindow(log_path=tmp_path / "quire.log")
    main.resize(1500, 950)
    qtbot.addWidget(main)
    main.show()
    main.open_project(folder)
    main.items.setCurrentItem(main.items.topLevelItem(0))
    main.side.setCurrentWidget(main.review)
    yield main
    main.queue.stop_all(10_000)
    main.close_project()


def _values(window: MainWindow) -> dict[str, str]:
    panel = window.review
    return {
        panel.list.topLevelItem(i).text(3): panel.list.topLevelItem(i).text(0)
        for i in range(panel.list.topLevelItemCount())
    }


def test_review_an_item_in_context(qtbot: QtBot, window: MainWindow) -> None:
    project = window.project
    assert project is not None
    panel = window.review
    values = _values(window)
    # The planted personal data is listed, to review.
    for planted in ("Margaret Ellison", "01632 960 318", "m.ellison@example.org"):
        assert any(planted in value for value in values), (planted, values)
    assert "to review" in panel.summary.text()
    # Each proposal is outlined on the page.
    page_id = window.proofread.page_id()
    assert page_id is not None
    marked = {finding for finding, _rect in window.proofread.canvas.marks()}
    assert marked == {row["id"] for row in store.findings(project, 1) if row["boxes_json"] != "[]"}

    # Choosing a finding selects its words in the text and shows its context.
    name = next(
        i
        for i in range(panel.list.topLevelItemCount())
        if panel.list.topLevelItem(i).text(3) == "Margaret Ellison"
    )
    panel.list.setCurrentItem(panel.list.topLevelItem(name))
    assert window.proofread.editor.textCursor().selectedText() == "Margaret Ellison"
    assert "<b" in panel.context.text() and "Margaret Ellison" in panel.context.text()

    # R removes it, and every other occurrence of the same name stays to review.
    qtbot.keyClick(panel.list, Qt.Key.Key_R)
    confirmed = store.findings(project, 1, "confirmed")
    assert [row["value"] for row in confirmed] == ["Margaret Ellison"]
    # K keeps the next one.
    current = panel.current_id()
    assert current is not None and panel._rows[current]["status"] == "proposed"
    qtbot.keyClick(panel.list, Qt.Key.Key_K)
    assert project.db.table("findings").get(current)["status"] == "rejected"

    # A box drawn by hand on the page becomes a confirmed mark.
    panel.area_button.click()
    assert window.proofread.canvas.marking
    canvas = window.proofread.canvas
    start = canvas.mapFromScene(100, 100)
    end = canvas.mapFromScene(400, 220)
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas.viewport(), pos=QPoint((start.x() + end.x()) // 2, end.y()))
    qtbot.mouseMove(canvas.viewport(), pos=end)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=end)
    manual = [row for row in store.findings(project, 1) if row["detector"] == review.MANUAL]
    assert len(manual) == 1 and manual[0]["status"] == "confirmed"
    assert manual[0]["kind"] == "AREA" and manual[0]["page_id"] == page_id
    assert manual[0]["id"] in {finding for finding, _rect in canvas.marks()}
    # "Where" comes before the value, and a long value is cut in its column; its tooltip
    # holds it whole.
    assert panel.list.columnWidth(panel.found_column()) <= 180
    address = next(
        panel.list.topLevelItem(i)
        for i in range(panel.list.topLevelItemCount())
        if "Harbour Street" in panel.list.topLevelItem(i).text(3)
    )
    assert address.toolTip(3).startswith(address.text(3))
    window.grab().save(str(SCREENSHOTS / "review.png"))

    # Deciding everything completes the review, and the list says so.
    while store.findings(project, 1, "proposed"):
        panel.next_proposed()
        panel.accept_selected()
    assert "Review complete" in panel.summary.text()
    assert item_status(project, project.item(1)) == "reviewed"
    assert window.items.topLevelItem(0).text(3) == "personal data reviewed"
    panel.list.setCurrentItem(
        panel.list.topLevelItem(
            [
                panel.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                for i in range(panel.list.topLevelItemCount())
            ].index(manual[0]["id"])
        )
    )
    panel.remove_manual()
    assert not [row for row in store.findings(project, 1) if row["detector"] == review.MANUAL]


def test_a_corrected_text_must_be_searched_again(window: MainWindow) -> None:
    project = window.project
    assert project is not None
    page_id = project.pages(1)[0]["id"]
    text = window.proofread.editor.toPlainText()
    project.set_page_correction(page_id, text + "\nCall Anna Brown on 01632 960 999.")
    window.review.reload()
    assert "Not searched" in window.review.summary.text()
    assert not review.review_state(project, 1).scanned


def test_the_whole_project_queue(qtbot: QtBot, window: MainWindow) -> None:
    project = window.project
    assert project is not None
    window.review_whole_project()
    queue = window.project_review
    assert queue is not None
    proposed = len(store.findings(project, None, "proposed"))
    assert queue.list.topLevelItemCount() == proposed > 0
    assert queue.list.topLevelItem(0).text(0) == "letter-en"
    queue.accept_all_like()
    qtbot.waitUntil(lambda: queue.list.topLevelItemCount() < proposed)


def test_redact_from_the_window(qtbot: QtBot, window: MainWindow) -> None:
    project = window.project
    assert project is not None
    review.decide(project, [row["id"] for row in store.findings(project, 1)], accept=True)
    job = window.redact()
    assert job is not None
    qtbot.waitUntil(lambda: job.is_final, timeout=180_000)
    assert job.state == "done", (job.error, job.hint)
    qtbot.waitUntil(lambda: window.items.topLevelItem(0).text(3) == "ready")


def test_a_findings_detectors_are_told_in_plain_words() -> None:
    from desktop.ui.review import detector_label

    assert detector_label("form-field+same-name") == (
        "a form's label; the same name elsewhere in this text"
    )
    # The three broken e-mail rules read as one; a check-digit rule keeps its number's name.
    assert detector_label("split-email+mangled-email") == "an e-mail address OCR broke"
    assert detector_label("kennitala") == "kennitala"
    # Every detector the core can name has its own words (none shown as a code name).
    for detector in (
        "said-name",
        "initials",
        "hamlet",
        "street",
        "farm-name",
        "said-address",
        "family-name",
        "register-name",
        "house-of",
        "said-email",
        "passport",
    ):
        label = detector_label(detector)
        assert label != detector and label != detector.replace("-", " "), detector
