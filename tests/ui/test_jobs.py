"""Jobs run as real ``quire`` child processes while this process keeps the project open,
as the desktop app does (it lends its lock to its children)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess, Qt, QTimer
from pytestqt.qtbot import QtBot

from desktop.core.capture.importer import import_file
from desktop.core.store.project import Project
from desktop.ui.jobs_panel import JobsPanel
from desktop.workers.jobs import Job, JobQueue
from tests.conftest import CORPUS

JOB_TIMEOUT_MS = 120_000
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


class Archive:
    """An open project holding a 6-page PDF (item 1) and a recording (item 2)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.project = Project.create(folder)
        self.document, _ = import_file(self.project, CORPUS / "scans" / "multipage.pdf", "eng")
        self.recording, _ = import_file(self.project, CORPUS / "audio" / "jfk.flac", "eng")

    def ocr(self, *extra: str) -> list[str]:
        return ["ocr", str(self.folder), *extra, "--progress-json"]

    def pages_done(self, project: Project | None = None) -> int:
        pages = (project or self.project).pages(self.document)
        return sum(page["ocr_status"] == "done" for page in pages)


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    opened = Archive(tmp_path / "p")
    yield opened
    opened.project.close()


@pytest.fixture
def queue(qtbot: QtBot, archive: Archive) -> Iterator[JobQueue]:
    jobs = JobQueue()
    yield jobs
    jobs.stop_all(10_000)
    assert not jobs.is_busy()
    for process in jobs.findChildren(QProcess):
        assert process.state() == QProcess.ProcessState.NotRunning


def wait_finished(qtbot: QtBot, queue: JobQueue, job: Job, timeout: int = JOB_TIMEOUT_MS) -> Job:
    if not job.is_final:
        with qtbot.waitSignal(queue.finished, timeout=timeout, check_params_cb=lambda j: j is job):
            pass
    return job


def wait_for_progress(qtbot: QtBot, queue: JobQueue, job: Job) -> None:
    """Until the job's first progress event (the message is set only by those)."""
    if not job.message:
        with qtbot.waitSignal(
            queue.changed, timeout=JOB_TIMEOUT_MS, check_params_cb=lambda j: j is job and j.message
        ):
            pass


def running_process(queue: JobQueue) -> QProcess:
    (process,) = [
        p for p in queue.findChildren(QProcess) if p.state() != QProcess.ProcessState.NotRunning
    ]
    return process


def test_ocr_job_runs_beside_the_open_project(qtbot: QtBot, archive: Archive, queue: JobQueue):
    fractions: list[float] = []
    queue.changed.connect(lambda j: fractions.append(j.fraction) if j.message else None)

    job = queue.enqueue("Recognise text", archive.ocr())
    assert job.state == "running" and queue.is_busy()
    wait_finished(qtbot, queue, job)

    assert job.state == "done", (job.error, job.hint)
    assert job.exit_code == 0
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert len(set(fractions)) >= 4, fractions  # one report a page, as they come
    assert job.result == {"recognised": 6, "skipped": 0, "failed": []}
    assert job.started_at is not None and job.finished_at is not None
    assert not queue.is_busy()
    # The child wrote to the project this process keeps open.
    assert archive.pages_done() == 6
    first_page = archive.project.pages(archive.document)[0]
    assert archive.project.page_words(first_page["id"])
    assert archive.project.jobs()[-1]["state"] == "done"


def test_transcription_job(qtbot: QtBot, archive: Archive, queue: JobQueue):
    job = queue.enqueue("Transcribe", ["transcribe", str(archive.folder), "--progress-json"])
    wait_finished(qtbot, queue, job)

    assert job.state == "done", (job.error, job.hint)
    assert job.result is not None and job.result["transcribed"] == 1
    recording = archive.project.recording_for_item(archive.recording)
    assert recording is not None and recording["asr_status"] == "done"
    assert "country" in " ".join(s.text for s in archive.project.segments(recording["id"]))


def test_cancel_a_running_job(qtbot: QtBot, archive: Archive, queue: JobQueue):
    assert wait_finished(qtbot, queue, queue.enqueue("OCR", archive.ocr())).state == "done"

    job = queue.enqueue("OCR again", archive.ocr("--redo"))
    wait_for_progress(qtbot, queue, job)
    asked = time.monotonic()
    queue.cancel(job)
    assert job.stopping
    wait_finished(qtbot, queue, job, timeout=10_000)
    took = time.monotonic() - asked

    assert job.state == "stopped" and job.exit_code == 130  # stopped cleanly, not killed
    assert took < 4.0, took
    assert not job.error
    archive.project.close()
    with Project.open(archive.folder) as reopened:  # the lock and the database are fine
        assert archive.pages_done(reopened) == 6
        assert reopened.jobs()[-1]["state"] == "cancelled"


def test_cancel_a_queued_job(qtbot: QtBot, archive: Archive, queue: JobQueue):
    first = queue.enqueue("Transcribe", ["transcribe", str(archive.folder), "--progress-json"])
    second = queue.enqueue("OCR", archive.ocr())
    assert second.state == "queued"
    with qtbot.waitSignal(queue.finished) as stopped:
        queue.cancel(second)
    assert stopped.args == [second] and second.state == "stopped"
    wait_finished(qtbot, queue, first)
    assert first.state == "done"
    assert second.started_at is None  # it never ran
    assert archive.pages_done() == 0


def test_failing_job_shows_the_error_and_hint(qtbot: QtBot, archive: Archive, queue: JobQueue):
    job = wait_finished(qtbot, queue, queue.enqueue("OCR", archive.ocr("99")))

    assert job.state == "failed"
    assert job.error == "There is no item 99 in this project."
    assert job.hint == "The item may have been removed; choose another one in the list."
    assert job.exit_code == 3
    assert not job.retry_helps  # the same command cannot find the item next time either


def test_retry_enqueues_a_new_job(qtbot: QtBot, archive: Archive, queue: JobQueue):
    failed = wait_finished(qtbot, queue, queue.enqueue("OCR", archive.ocr("99")))
    again = queue.retry(failed)

    assert again is not failed and again.id != failed.id
    assert again.command == failed.command and again.title == failed.title
    assert again.state == "running" and queue.jobs() == [failed, again]
    assert wait_finished(qtbot, queue, again).state == "failed"
    assert failed.state == "failed"  # the first one is left as it was


def test_killed_job_fails_with_a_plain_message(
    qtbot: QtBot, archive: Archive, queue: JobQueue, caplog: pytest.LogCaptureFixture
):
    job = queue.enqueue("OCR", archive.ocr())
    wait_for_progress(qtbot, queue, job)
    running_process(queue).kill()  # SIGKILL, as a crash in a native library would end it
    with caplog.at_level(logging.ERROR, logger="desktop.workers"):
        wait_finished(qtbot, queue, job)

    assert job.state == "failed"
    assert job.error == "The job stopped unexpectedly."
    assert job.hint and job.retry_helps  # a crash may not happen again: Retry is offered
    assert "Traceback" not in job.error + job.hint
    assert any("ended unexpectedly" in r.getMessage() for r in caplog.records)
    # The next job runs as usual and carries on.
    after = wait_finished(qtbot, queue, queue.enqueue("OCR", archive.ocr()))
    assert after.state == "done" and archive.pages_done() == 6


@pytest.mark.skipif(sys.platform == "win32", reason="uses a shell script as the program")
def test_traceback_goes_to_the_log_not_the_user(
    qtbot: QtBot,
    queue: JobQueue,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    # A bug in the child: Python prints a traceback and exits with 1, which must not be
    # taken for "done, some pages failed" (also 1, but with a result).
    fake = tmp_path / "python"
    fake.write_text(
        "#!/bin/sh\n"
        'echo \'{"event": "progress", "fraction": 0.5, "message": "Half way"}\'\n'
        "echo 'Traceback (most recent call last):' >&2\n"
        "echo 'ZeroDivisionError: division by zero' >&2\n"
        "exit 1\n"
    )
    fake.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(fake))
    with caplog.at_level(logging.ERROR, logger="desktop.workers"):
        job = wait_finished(qtbot, queue, queue.enqueue("OCR", ["ocr", "x", "--progress-json"]))

    assert job.state == "failed" and job.fraction == 0.5
    assert job.error == "The job stopped unexpectedly."
    assert "Traceback" not in job.error + job.hint and "ZeroDivision" not in job.hint
    assert any("ZeroDivisionError" in r.getMessage() for r in caplog.records)


def test_partial_failure_counts_as_done(
    qtbot: QtBot, queue: JobQueue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    fake = tmp_path / "python"
    fake.write_text(
        "#!/bin/sh\n"
        'echo \'{"event": "result", "result": {"recognised": 5, "skipped": 0, '
        '"failed": [{"item": 1, "page": 3, "error": "The page timed out."}]}}\'\n'
        "exit 1\n"
    )
    fake.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(fake))
    job = wait_finished(qtbot, queue, queue.enqueue("OCR", ["ocr", "x", "--progress-json"]))

    assert job.state == "done" and job.exit_code == 1
    assert job.failures() == [{"item": 1, "page": 3, "error": "The page timed out."}]


def test_seconds_left():
    job = Job(id=1, title="OCR", command=["ocr"], state="running", started_at=time.monotonic())
    job.fraction = 0.04
    assert job.seconds_left() is None  # too early to tell
    job.started_at = time.monotonic() - 30
    job.fraction = 0.25
    assert job.seconds_left() == pytest.approx(90, abs=1)
    job.state = "done"
    assert job.seconds_left() is None


def test_panel_shows_rows_and_buttons(qtbot: QtBot, archive: Archive, queue: JobQueue):
    done = wait_finished(qtbot, queue, queue.enqueue("Recognise text", archive.ocr()))
    failed = wait_finished(qtbot, queue, queue.enqueue("Recognise item 99", archive.ocr("99")))
    panel = JobsPanel(queue)  # shows the jobs it finds, then follows the queue
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()
    running = queue.enqueue("Transcribe", ["transcribe", str(archive.folder), "--progress-json"])
    queued = queue.enqueue("Recognise again", archive.ocr("--redo"))

    rows = panel.rows()
    assert [row.job for row in rows] == [queued, running, failed, done]  # newest first
    by_job = {id(row.job): row for row in rows}
    done_row, failed_row = by_job[id(done)], by_job[id(failed)]
    queued_row, running_row = by_job[id(queued)], by_job[id(running)]

    assert done_row.title_label.full_text() == "Recognise text"
    assert done_row.status_label.text() == "Done"
    assert done_row.message_label.full_text() == "6 pages recognised."
    assert not done_row.progress.isVisible() and running_row.progress.isVisible()
    assert not done_row.cancel_button.isVisible() and not done_row.retry_button.isVisible()

    assert failed_row.status_label.text() == "Failed"
    assert failed_row.error_label.text() == "There is no item 99 in this project."
    assert failed_row.hint_label.isVisible() and failed_row.hint_label.text() == failed.hint
    # no Retry where running it again cannot help: the item is not there
    assert not failed_row.retry_button.isVisible() and not failed_row.cancel_button.isVisible()
    assert not failed_row.progress.isVisible()

    assert queued_row.status_label.text() == "Waiting"
    assert queued_row.cancel_button.isVisible() and not queued_row.retry_button.isVisible()
    assert running_row.cancel_button.isVisible()
    assert panel.findChildren(type(done_row.cancel_button), "retryButton")

    # Cancel the queued job, then the running one, from their buttons.
    qtbot.mouseClick(queued_row.cancel_button, Qt.MouseButton.LeftButton)
    assert queued.state == "stopped"
    assert queued_row.status_label.text() == "Stopped" and queued_row.retry_button.isVisible()
    # stopped before it started: no empty bar, and no word of work kept
    assert not queued_row.progress.isVisible()
    assert queued_row.message_label.full_text() == "Stopped before it started. Retry runs it."
    wait_for_progress(qtbot, queue, running)
    panel.grab().save(str(SCREENSHOTS / "jobs.png"))  # what a person sees, kept current
    qtbot.mouseClick(running_row.cancel_button, Qt.MouseButton.LeftButton)
    assert running_row.status_label.text() == "Stopping…"
    assert not running_row.cancel_button.isEnabled()
    wait_finished(qtbot, queue, running, timeout=10_000)
    assert running_row.status_label.text() == "Stopped"

    # Retry adds a new row at the top.
    qtbot.mouseClick(queued_row.retry_button, Qt.MouseButton.LeftButton)
    assert len(panel.rows()) == 5
    top = panel.rows()[0]
    assert top.job is not queued and top.job.command == queued.command
    wait_finished(qtbot, queue, top.job)
    assert top.status_label.text() == "Done", top.job.error


def test_ui_thread_stays_responsive_during_ocr(qtbot: QtBot, archive: Archive, queue: JobQueue):
    panel = JobsPanel(queue)
    qtbot.addWidget(panel)
    panel.show()
    longest = 0.0
    ticks = 0
    last = time.perf_counter()

    def tick() -> None:
        nonlocal longest, last, ticks
        now = time.perf_counter()
        longest, last, ticks = max(longest, now - last), now, ticks + 1

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    last = time.perf_counter()
    job = queue.enqueue("Recognise text", archive.ocr())  # starting the process counts too
    wait_finished(qtbot, queue, job)
    timer.stop()

    print(f"\nLongest UI-thread stall during an OCR job: {longest * 1000:.1f} ms ({ticks} ticks)")
    assert job.state == "done"
    assert ticks > 50
    assert longest < 0.25


def test_a_frozen_build_runs_the_quire_program_beside_itself(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from desktop.workers.jobs import quire_command

    assert quire_command()[1:] == ["-m", "desktop"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "Quire" / "quire-desktop"))
    assert quire_command() == [str(tmp_path / "Quire" / "quire")]
