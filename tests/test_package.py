"""The Linux package (packaging/linux/build.sh), run from its folder as a user would.

The program is started with no virtual environment anywhere near it: a minimal PATH, no
VIRTUAL_ENV or PYTHONPATH, a fresh HOME and a working folder outside the repository.

Building takes 1.5-3.5 minutes of both cores and 1.1 GB (see packaging/README.md), so it
runs only when asked: in CI (CI=true) or with QUIRE_TEST_PACKAGE=1. QUIRE_PACKAGE_DIR=dist/quire
tests a folder built before, without building.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import __version__
from tests.conftest import CORPUS, REPO, SAMPLES

Runner = Callable[..., subprocess.CompletedProcess[str]]

pytestmark = [pytest.mark.package, pytest.mark.slow]

PREBUILT = os.environ.get("QUIRE_PACKAGE_DIR")
BUILD = os.environ.get("QUIRE_TEST_PACKAGE") == "1" or os.environ.get("CI") == "true"
if not (PREBUILT or BUILD):
    pytestmark.append(
        pytest.mark.skip(
            reason="building the package takes 1.5-3.5 min of both cores: set "
            "QUIRE_TEST_PACKAGE=1 (CI does), or QUIRE_PACKAGE_DIR=dist/quire to test a "
            "folder already built"
        )
    )


@pytest.fixture(scope="module")
def package() -> Path:
    if PREBUILT:
        folder = Path(PREBUILT).resolve()
    else:
        started = time.monotonic()
        build = subprocess.run(
            ["bash", str(REPO / "packaging" / "linux" / "build.sh"), "--no-tar"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=1800,
        )
        assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-5000:]
        print(f"package built in {time.monotonic() - started:.0f} s", file=sys.stderr)
        folder = REPO / "dist" / "quire"
    assert (folder / "quire").is_file(), f"no quire program in {folder}"
    return folder


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a user's desktop session gives: no Python, no virtual environment."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_RUNTIME_DIR": str(home / "run"),
        **extra,
    }


@pytest.fixture(scope="module")
def run(package: Path, home: Path) -> Runner:
    (home / "run").mkdir(mode=0o700, exist_ok=True)
    work = home / "work"
    work.mkdir(exist_ok=True)

    def run(
        *args: str | Path, timeout: float = 300, input: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(package / "quire"), *map(str, args)],
            input=input,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=work,
            env=clean_env(home),
        )

    return run


def test_version(run: Runner) -> None:
    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"quire {__version__}"


def test_doctor_finds_tesseract_and_the_bundled_model(run: Runner) -> None:
    result = run("doctor", "--json")
    report = json.loads(result.stdout)
    checks = {check["name"]: check for check in report["checks"]}
    assert checks["tesseract"]["status"] == "ok", checks["tesseract"]
    assert "eng" in checks["tesseract"]["details"]["languages"]
    assert "base" in checks["speech_models"]["details"]["models"]
    assert report["quire"] == __version__


def test_doctor_says_how_to_install_a_missing_tesseract(package: Path, home: Path) -> None:
    # A PATH without /usr/bin: the packaged program itself still starts, Tesseract is gone.
    env = clean_env(home, PATH=str(home / "nothing"))
    result = subprocess.run(
        [str(package / "quire"), "doctor", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=home,
        env=env,
    )
    checks = {check["name"]: check for check in json.loads(result.stdout)["checks"]}
    tesseract = checks["tesseract"]
    assert tesseract["status"] == "problem"
    assert "apt-get install tesseract-ocr" in tesseract["fix"]
    assert "bootstrap.sh" not in tesseract["fix"]  # no scripts in a package
    assert result.returncode == 1


def test_ocr_transcription_and_pdf_import(run: Runner, home: Path) -> None:
    project = home / "project"
    assert run("init", project).returncode == 0
    added = run(
        "add",
        project,
        CORPUS / "scans" / "linn.png",
        CORPUS / "audio" / "jfk.flac",
        # PDF pages are rendered by a child process: `quire -m desktop...pdf_worker`.
        SAMPLES / "minutes-2pages.pdf",
        "--json",
    )
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["added"] == [1, 2, 3]

    ocr = run("ocr", project, "1", "--json")
    assert ocr.returncode == 0, ocr.stderr
    asr = run("transcribe", project, "--json")
    assert asr.returncode == 0, asr.stderr

    out = home / "export"
    exported = run("export-text", project, out)
    assert exported.returncode == 0, exported.stderr
    page = (out / "1.txt").read_text(encoding="utf-8")
    assert "LinnSequencer" in page.replace(" ", "")
    assert "Linn" in page
    speech = (out / "2.txt").read_text(encoding="utf-8").lower()
    assert "ask not what your country" in speech

    status = json.loads(run("status", project, "--json").stdout)
    pdf = next(item for item in status["items"] if item["id"] == 3)
    assert pdf["pages"] == 2, pdf


def _log_lines(home: Path, text: str) -> int:
    """How many lines of Quire's log (under the test's home) hold ``text``."""
    return sum(
        log.read_text(encoding="utf-8", errors="replace").count(text)
        for log in home.rglob("quire.log")
    )


def _wait_for_log_line(home: Path, text: str, before: int, timeout: float = 120) -> None:
    """Until Quire logs ``text`` once more than ``before`` times, or ``timeout`` passes."""
    deadline = time.monotonic() + timeout
    while _log_lines(home, text) <= before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _log_lines(home, text) > before, f"Quire never logged {text!r}"


@pytest.mark.parametrize("exists", [True, False], ids=["project", "missing-project"])
def test_window_opens_offscreen_and_closes_on_sigterm(
    package: Path, home: Path, exists: bool
) -> None:
    # A missing project shows a message box at start: SIGTERM must end that too.
    project = home / ("window-project" if exists else "no-such-project")
    if exists and not project.exists():
        subprocess.run([str(package / "quire"), "init", project], env=clean_env(home), check=True)
    ready_before = _log_lines(home, "Window ready")
    window = subprocess.Popen(
        [str(package / "quire-desktop"), str(project)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=home,
        env=clean_env(home, QT_QPA_PLATFORM="offscreen"),
    )
    try:
        # (not a fixed wait: on a busy machine the frozen program takes longer to reach the
        # point where it handles SIGTERM, and a signal before that kills it outright)
        _wait_for_log_line(home, "Window ready", ready_before)
        assert window.poll() is None, window.communicate()
        window.send_signal(signal.SIGTERM)
        _out, err = window.communicate(timeout=30)
    finally:
        if window.poll() is None:
            window.kill()
    assert window.returncode == 0, err
    assert "Traceback" not in err


def test_window_start_hook_reports_when_shown(package: Path, home: Path) -> None:
    project = home / "window-project"
    if not project.exists():
        subprocess.run([str(package / "quire"), "init", project], env=clean_env(home), check=True)
    shown = subprocess.run(
        [str(package / "quire-desktop"), str(project)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=home,
        env=clean_env(home, QT_QPA_PLATFORM="offscreen", QUIRE_EXIT_AFTER_SHOWN="1"),
    )
    assert shown.returncode == 0, shown.stderr
    assert "quire: window shown" in shown.stdout


def test_install_puts_quire_in_the_menu_and_on_path(package: Path, tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    installed = subprocess.run(
        ["bash", str(package / "install.sh")], env=env, capture_output=True, text=True
    )
    assert installed.returncode == 0, installed.stderr
    entry = tmp_path / ".local/share/applications/org.quire.Quire.desktop"
    assert f'Exec="{package}/quire-desktop" %f' in entry.read_text(encoding="utf-8")
    assert (tmp_path / ".local/share/icons/hicolor/256x256/apps/org.quire.Quire.png").is_file()
    version = subprocess.run(
        [str(tmp_path / ".local/bin/quire"), "--version"], env=env, capture_output=True, text=True
    )
    assert version.stdout.strip() == f"quire {__version__}"
    removed = subprocess.run(["bash", str(package / "install.sh"), "--remove"], env=env)
    assert removed.returncode == 0
    assert not entry.exists() and not (tmp_path / ".local/bin/quire").exists()


def test_personal_data_is_found_offline_in_the_package(run: Runner) -> None:
    # Presidio, spaCy's English model and the given-name dictionary travel in the package.
    text = "Dear Mrs Ellison, we took Nellie to 14 Harbour Street; ring 01632 960 318."
    found = run("pii", "detect", "--lang", "eng", input=text)
    assert found.returncode == 0, found.stderr
    spans = json.loads(found.stdout)["spans"]
    values = {text[s["start"] : s["end"]] for s in spans}
    assert any("Ellison" in v for v in values), values
    assert any("Harbour Street" in v for v in values), values
    assert {"Nellie", "01632 960 318"} <= values, values
