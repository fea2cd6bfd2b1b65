"""File → Export a submission bundle: blockers listed with a way to each item, then the bag."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop.core.bundle.validate import validate_bag
from desktop.core.store.project import Project
from desktop.ui.export_wizard import ExportWizard
from desktop.workers.jobs import JobQueue

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def test_the_wizard_checks_then_exports(
    qtbot: QtBot, tmp_path: Path, redacted_sample: Path, queue: JobQueue
) -> None:
    for format_ in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(format_, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    folder = tmp_path / "project"
    shutil.copytree(redacted_sample, folder)
    with Project.open(folder) as project:
        project.set_item_metadata(1, rights="Esk Valley LHS", license="CC-BY-4.0")
        project.set_item_metadata(2, rights="Esk Valley LHS", license="CC-BY-NC-4.0")
        wizard = ExportWizard(project, queue)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.track_page.organisation.setText("Esk Valley Local History Society")
        wizard.next()
        check = wizard.check_page
        assert wizard.currentPage() is check
        # The interview has no consent and a non-commercial licence: it blocks the open track.
        reasons = [
            check.list.topLevelItem(0).child(i).text(1)
            for i in range(check.list.topLevelItem(0).childCount())
        ]
        assert check.list.topLevelItemCount() == 1
        assert check.list.topLevelItem(0).text(0).startswith("2 ")
        assert any("signed consent" in r for r in reasons)
        assert any("open licence" in r for r in reasons)
        # What to do, under each reason, shows whole: in short lines, not cut with "…"
        entry = check.list.topLevelItem(0)
        for row in (entry.child(i).child(0) for i in range(entry.childCount())):
            assert row.toolTip(1).startswith("What to do:")
            assert row.text(1).replace("\n", " ") == row.toolTip(1)
            assert max(len(line) for line in row.text(1).splitlines()) <= 80
        assert not check.isComplete() and "may not leave yet" in check.verdict.text()
        seen: list[int] = []
        check.go_to_item.connect(seen.append)
        check.list.itemDoubleClicked.emit(check.list.topLevelItem(0), 0)
        assert seen == [2]
        wizard.grab().save(str(SCREENSHOTS / "export-check.png"))

        # Leaving the interview out on purpose lets the letter go.
        check.list.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)
        qtbot.waitUntil(lambda: check.left_out == {2})
        assert check.isComplete() and check.left_out == {2}
        assert "Going in: 1 item —" in check.summary.text() and "CC-BY-4.0" in check.summary.text()
        wizard.next()
        run = wizard.run_page
        target = tmp_path / "out" / "bundle.zip"
        run.target.setText(str(target))
        job = run.run()
        assert job is not None
        qtbot.waitUntil(lambda: job.is_final, timeout=120_000)
        assert job.state == "done", (job.error, job.hint)
        assert str(target) in run.result.text() and run.isComplete()
        wizard.grab().save(str(SCREENSHOTS / "export-done.png"))
        # Close the wizard while its project is still open, and let Qt finish with it.
        queue.stop_all(5_000)
        wizard.close()
        qtbot.wait(50)
    report = validate_bag(target)
    assert report.valid, report.reasons


def test_the_private_track_takes_other_licences(
    qtbot: QtBot, tmp_path: Path, redacted_sample: Path, queue: JobQueue
) -> None:
    folder = tmp_path / "project"
    shutil.copytree(redacted_sample, folder)
    with Project.open(folder) as project:
        for item_id in (1, 2):
            project.set_item_metadata(item_id, rights="Esk Valley LHS", license="CC-BY-NC-4.0")
        project.set_item_metadata(2, consent_status="signed", consent_ref="FORM-1")
        wizard = ExportWizard(project, queue)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.track_page.private.setChecked(True)
        assert not wizard.check_page.isComplete()  # not before the checks ran
        wizard.next()
        assert wizard.check_page.isComplete(), [str(b) for b in wizard.check_page.found]
        assert "Everything included is ready" in wizard.check_page.verdict.text()
        wizard.close()
        qtbot.wait(50)
