"""The window in French: the .qm loads, the .ts covers every string, placeholders survive."""

from __future__ import annotations

import os
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop.app import install_translators, window_language
from desktop.core.capture.importer import import_file
from desktop.core.ocr.pipeline import ocr_items
from desktop.core.store.project import Project
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings, SettingsDialog

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
FRENCH_TS = TRANSLATIONS / "quire_fr.ts"
SCREENSHOTS = REPO / "docs" / "screenshots"
CORPUS = REPO.parent / "shared" / "corpus"
BIN = Path(sys.executable).parent
SOURCES = sorted(str(p) for p in (REPO / "desktop").glob("[uw]*/*.py"))


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    translators = install_translators(qapp, "fr")
    assert len(translators) == 2  # Qt's own (qtbase_fr) and Quire's
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def own_settings(tmp_path: Path) -> None:
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_the_main_window_speaks_french(
    qtbot: QtBot, tmp_path: Path, french: None, own_settings: None
) -> None:
    with Project.create(tmp_path / "Fonds Linn") as project:
        import_file(project, CORPUS / "scans" / "linn.png", "eng")
        import_file(project, REPO / "resources" / "samples" / "letter-en.png", "eng")
        ocr_items(project, [1])

    window = MainWindow(log_path=tmp_path / "quire.log")
    window.resize(1500, 950)
    qtbot.addWidget(window)
    window.show()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "É&dition", "Affic&hage", "&Traitements", "&Aide"]
    # Within each menu (and the menu bar) no two entries share an accelerator letter.
    bars: list[list[QAction]] = [window.menuBar().actions()]
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        bars.append(menu.actions())
    for actions in bars:
        letters = [_mnemonic(a.text()) for a in actions if _mnemonic(a.text())]
        assert len(letters) == len(set(letters)), [a.text() for a in actions]

    window._show_welcome()
    assert window.welcome.text().startswith("Ouvrez un projet avec Fichier → Ouvrir un projet…")

    window.open_project(tmp_path / "Fonds Linn")
    statuses = [window.items.topLevelItem(i).text(3) for i in range(2)]
    assert statuses == ["reconnu", "importé"]
    window.items.setCurrentItem(window.items.topLevelItem(0))
    qtbot.waitUntil(lambda: window.centre.currentWidget() is window.proofread)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SCREENSHOTS / "main-window-fr.png"))
    window.close_project()


def test_the_language_comes_from_quire_language_then_settings(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own_settings: None
) -> None:
    monkeypatch.delenv("QUIRE_LANGUAGE", raising=False)
    assert window_language() == ""  # the system's

    # Settings → Language of the window, kept for the next start.
    settings = Settings(QSettings())
    dialog = SettingsDialog(settings, ["eng"], None)
    qtbot.addWidget(dialog)
    dialog.window_language.setCurrentIndex(dialog.window_language.findData("fr"))
    dialog.accept()
    assert QSettings().value("ui/language") == "fr"
    assert window_language() == "fr"

    monkeypatch.setenv("QUIRE_LANGUAGE", "en")  # the variable wins over the setting
    assert window_language() == "en"


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "&Fichier"),
        ({"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "QUIRE_LANGUAGE": "fr"}, "&Fichier"),
        ({"LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8", "QUIRE_LANGUAGE": "en"}, "&File"),
    ],
)
def test_a_fresh_start_follows_the_environment(
    tmp_path: Path, environment: dict[str, str], expected: str
) -> None:
    """As run_gui does it, in a process of its own: system locale, or QUIRE_LANGUAGE."""
    script = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from desktop.app import install_translators, window_language\n"
        "app = QCoreApplication([])\n"
        "kept = install_translators(app, window_language())\n"
        "print(QCoreApplication.translate('MainWindow', '&File'))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "QUIRE_LANGUAGE")}
    env.update(environment, PYTHONPATH=str(REPO), XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == expected


def test_every_string_in_the_code_has_a_french_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-locations", "none", *SOURCES, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    committed = _messages(FRENCH_TS)
    found = _messages(fresh)
    assert len(found) > 400
    missing = [key for key in found if key not in committed]
    assert not missing, f"not in {FRENCH_TS.name} (run scripts/update_translations.sh): {missing}"
    unfinished = [
        key
        for key, message in committed.items()
        if message.find("translation").get("type")  # type: ignore[union-attr]
        or not all(text.strip() for text in _translations(message))
    ]
    assert not unfinished, f"untranslated in {FRENCH_TS.name}: {unfinished}"

    # The committed .qm is the compiled .ts, not an older one.
    qm = tmp_path / "quire_fr.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(FRENCH_TS), "-qm", str(qm)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert qm.read_bytes() == (TRANSLATIONS / "quire_fr.qm").read_bytes(), (
        "quire_fr.qm is out of date: run scripts/update_translations.sh"
    )


def _fields(text: str) -> list[str]:
    try:
        return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)
    except ValueError as error:
        return [f"unparsable: {error}"]


def _codes(text: str) -> list[str]:
    # %n and %1 (Qt), %Y %m %d %H %M (strftime), HTML tags and their attributes.
    return sorted(re.findall(r"%[0-9nYmdHMS]|</?[a-z0-9]+[^>]*>", text))


def test_placeholders_and_tags_survive_translation() -> None:
    wrong = []
    for (context, source), message in _messages(FRENCH_TS).items():
        for text in _translations(message):
            if _fields(text) != _fields(source) or _codes(text) != _codes(source):
                wrong.append((context, source, text))
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                wrong.append((context, source, text))
    assert not wrong, wrong
