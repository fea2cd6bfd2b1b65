"""Shared fixtures: the corpus in ../shared/corpus, fresh projects, and the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.store.project import Project

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
SAMPLES = REPO / "resources" / "samples"


def pytest_configure(config: pytest.Config) -> None:
    if not CORPUS.is_dir():
        raise pytest.UsageError(
            f"The test corpus is missing: expected it at {CORPUS} "
            "(../shared/corpus beside the repository)."
        )


@pytest.fixture
def corpus() -> Path:
    return CORPUS


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with Project.create(tmp_path / "project") as opened:
        yield opened


def run_quire(
    *args: str | Path, cwd: Path | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """Run the real command, as a user would, in its own process."""
    return subprocess.run(
        [sys.executable, "-m", "desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd or REPO,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def kill_ocr_after_pages(folder: Path, pages: int, item_id: int = 1) -> int:
    """Run `quire ocr` on one core, kill -9 it once ``pages`` pages are saved; pages done."""
    import signal
    import time

    runner = subprocess.Popen(
        [sys.executable, "-m", "desktop", "ocr", str(folder), "--jobs", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    done = 0
    while done < pages and time.monotonic() < deadline:
        time.sleep(0.2)
        with Project.open(folder, read_only=True) as reader:
            done = sum(p["ocr_status"] == "done" for p in reader.pages(item_id))
    runner.send_signal(signal.SIGKILL)
    runner.wait()
    return done


def hold_open(folder: Path) -> subprocess.Popen[str]:
    """Another process that opens the project for writing and keeps it open until killed."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from desktop.core.store.project "
            "import Project; p = Project.open(Path(sys.argv[1])); print('open', flush=True); "
            "time.sleep(120)",
            str(folder),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
    return holder


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MB file system (tmpfs), to fill up. Needs root, as CI has."""
    target = tmp_path / "small-disk"
    target.mkdir()
    if os.geteuid() != 0 or not _mount("-t", "tmpfs", "-o", "size=3m", "tmpfs", str(target)):
        pytest.skip("mounting a small file system needs root")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


@pytest.fixture
def remount_read_only(tmp_path: Path) -> Iterator[tuple[Path, object]]:
    """A tmpfs folder that the test fills, then turns read-only (as a write-protected share)."""
    target = tmp_path / "share"
    target.mkdir()
    if os.geteuid() != 0:
        # Without root, plain permissions are enough to make a folder read-only.
        def make_read_only_by_mode() -> None:
            for path in [target, *target.rglob("*")]:
                path.chmod(0o555 if path.is_dir() else 0o444)

        yield target, make_read_only_by_mode
        for path in [target, *target.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        return
    if not _mount("-t", "tmpfs", "-o", "size=64m", "tmpfs", str(target)):
        pytest.skip("mounting a file system is not allowed here")

    def make_read_only() -> None:
        assert _mount("-o", "remount,ro", str(target)), "could not remount read-only"

    try:
        yield target, make_read_only
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


@pytest.fixture(scope="session")
def redacted_sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample letter and interview: recognised, reviewed (every finding accepted) and
    redacted, made once per test run. Copy it before changing it."""
    folder = tmp_path_factory.mktemp("redacted-sample") / "project"
    for command in (
        ("init", folder),
        ("add", folder, SAMPLES / "letter-en.png", SAMPLES / "interview-en.flac", "--lang", "eng"),
        ("ocr", folder),
        ("transcribe", folder),
        ("pii", "scan", folder),
        ("pii", "accept", folder, "--all"),
        ("redact", folder),
    ):
        done = run_quire(*command)
        assert done.returncode == 0, (command, done.stderr)
    return folder
