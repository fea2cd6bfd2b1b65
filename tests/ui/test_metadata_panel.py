"""The details panel: rights, licence and consent typed by staff, checked as they go."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core.store.project import Project
from desktop.ui.widgets import MetadataPanel, languages_shown


def test_licence_and_consent_are_checked_and_kept(qtbot: QtBot, tmp_path: Path) -> None:
    with Project.create(tmp_path / "p") as project:
        item_id = project.add_item("recording", "Interview", "", "a.flac")
        panel = MetadataPanel()
        qtbot.addWidget(panel)
        panel.show_item(project, item_id)

        panel.edits["license"].setText("cc-by-sa-4.0")
        panel.edits["license"].editingFinished.emit()
        assert project.item(item_id)["license"] == "CC-BY-SA-4.0"
        assert panel.edits["license"].text() == "CC-BY-SA-4.0"

        panel.edits["license"].setText("free for everyone")
        panel.edits["license"].editingFinished.emit()
        assert project.item(item_id)["license"] == "CC-BY-SA-4.0"
        assert "not an SPDX licence" in panel.problem.text() and not panel.problem.isHidden()

        panel.edits["license"].setText("CC0-1.0")
        panel.edits["consent_ref"].setText("FORM-2024-07")
        panel.consent.setCurrentIndex(panel.consent.findData("signed"))
        panel.consent.activated.emit(panel.consent.currentIndex())
        item = project.item(item_id)
        assert (item["license"], item["consent_ref"], item["consent_status"]) == (
            "CC0-1.0",
            "FORM-2024-07",
            "signed",
        )
        assert panel.problem.isHidden()

        panel.edits["embargo"].setText("next spring")
        panel.edits["embargo"].editingFinished.emit()
        assert "not a date" in panel.problem.text()
        assert project.item(item_id)["embargo"] is None


def test_languages_are_shown_by_name_and_an_unknown_code_as_itself(qtbot: QtBot) -> None:
    assert languages_shown("eus+spa") == "Basque, Spanish"
    assert languages_shown("isl+tlh") == "Icelandic, tlh"
    assert languages_shown("") == ""
