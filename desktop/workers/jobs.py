"""A queue of long jobs, each run as a ``quire ... --progress-json`` child process.

The child reports on stdout, one JSON object a line (see ``desktop.cli.Console``):
``{"event": "progress", "fraction", "message"}`` as it goes, then ``result``, ``error``
or ``stopped``. Everything here runs on the UI thread: QProcess tells us when output
arrives, so the window never waits on a job.

The app holds the project's lock and lends it to its children (``LOCK_LENT_BY``), so a
job can write to the project while the window keeps it open.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import sys
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

from ..core.store.project import LOCK_LENT_BY

log = logging.getLogger(__name__)

QUEUED, RUNNING, DONE, FAILED, STOPPED = "queued", "running", "done", "failed", "stopped"
FINAL_STATES = (DONE, FAILED, STOPPED)

EXIT_OK, EXIT_PARTIAL, EXIT_STOPPED = 0, 1, 130  # as in desktop.cli

_KEEP_STDERR = 256 * 1024  # the end of a child's stderr is what explains a crash


@dataclass(eq=False)
class Job:
    """One run of a ``quire`` command, as the UI shows it.

    ``command`` holds the arguments after the program, e.g. ``["ocr", folder,
    "--progress-json"]``. Jobs compare by identity: a retry is a new job.
    """

    id: int
    title: str
    command: list[str]
    state: str = QUEUED
    fraction: float = 0.0
    message: str = ""
    error: str = ""
    hint: str = ""
    result: dict[str, Any] | None = None
    started_at: float | None = None  # time.monotonic()
    finished_at: float | None = None
    stopping: bool = False  # asked to stop, not ended yet
    exit_code: int | None = None
    retry_helps: bool = True  # False when running it again cannot succeed

    @property
    def is_final(self) -> bool:
        return self.state in FINAL_STATES

    def elapsed(self) -> float:
        if self.started_at is None:
            return 0.0
        return (self.finished_at or time.monotonic()) - self.started_at

    def seconds_left(self) -> float | None:
        """Time left, from the time taken so far; None until a running job is 5% done."""
        if self.state != RUNNING or self.fraction <= 0.05:
            return None
        return self.elapsed() * (1.0 - self.fraction) / self.fraction

    def failures(self) -> list[dict[str, Any]]:
        """The pages or recordings that failed in a job that otherwise finished."""
        failed = (self.result or {}).get("failed") or []
        return [entry for entry in failed if isinstance(entry, dict)]


@dataclass(eq=False)
class _Run:
    """A job's child process and what it has said so far."""

    job: Job
    process: QProcess
    kill_timer: QTimer
    stdout: bytearray = field(default_factory=bytearray)
    stderr: bytearray = field(default_factory=bytearray)
    error_event: dict[str, Any] | None = None
    stopped_event: bool = False


def quire_command() -> list[str]:
    """How to start the ``quire`` command from this process.

    From source or a virtual environment it is this Python with ``-m desktop``; a frozen
    (PyInstaller) build has no ``-m``, so it runs the ``quire`` program beside its own.
    """
    if getattr(sys, "frozen", False):
        executable = Path(sys.executable)
        suffix = ".exe" if sys.platform == "win32" else ""
        return [str(executable.with_name("quire" + suffix))]
    return [sys.executable, "-m", "desktop"]


class JobQueue(QObject):
    """Runs jobs one at a time, each in its own ``python -m desktop`` process."""

    changed = Signal(object)  # a Job, on every update
    finished = Signal(object)  # a Job that reached done, failed or stopped

    KILL_AFTER_MS = 5000  # after asking a job to stop, kill it if it has not

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._jobs: list[Job] = []
        self._queue: list[Job] = []
        self._run: _Run | None = None

    # ----- public API -------------------------------------------------------------------

    def enqueue(self, title: str, command: list[str]) -> Job:
        job = Job(id=next(self._ids), title=title, command=[str(arg) for arg in command])
        self._jobs.append(job)
        self._queue.append(job)
        self.changed.emit(job)
        self._start_next()
        return job

    def cancel(self, job: Job) -> None:
        """A queued job is dropped; a running one is asked to stop (SIGTERM), then killed.

        The job keeps what it finished. Cancelling a job that is already stopping kills
        it at once.
        """
        if job in self._queue:
            self._queue.remove(job)
            job.state, job.finished_at = STOPPED, time.monotonic()
            self.changed.emit(job)
            self.finished.emit(job)
            return
        run = self._run
        if run is None or run.job is not job:
            return
        if job.stopping:
            run.process.kill()
            return
        job.stopping = True
        job.message = self.tr("Stopping…")
        self.changed.emit(job)
        # On Windows terminate() only closes windows, which a console job has none of;
        # the kill a few seconds later ends it there.
        run.process.terminate()
        run.kill_timer.start(self.KILL_AFTER_MS)

    def retry(self, job: Job) -> Job:
        return self.enqueue(job.title, list(job.command))

    def jobs(self) -> list[Job]:
        """All jobs of this session, oldest first."""
        return list(self._jobs)

    def running(self) -> Job | None:
        return self._run.job if self._run else None

    def is_busy(self) -> bool:
        return self._run is not None or bool(self._queue)

    def stop_all(self, timeout_ms: int) -> None:
        """When closing: drop queued jobs and wait up to ``timeout_ms`` for the running one
        to stop cleanly, then kill it. Blocks the caller."""
        for job in list(self._queue):
            self.cancel(job)
        run = self._run
        if run is None:
            return
        if not run.job.stopping:
            self.cancel(run.job)
        if not run.process.waitForFinished(timeout_ms) and (
            run.process.state() != QProcess.ProcessState.NotRunning
        ):
            log.warning("Job %d did not stop in %d ms; killing it", run.job.id, timeout_ms)
            run.process.kill()
            run.process.waitForFinished(2000)

    # ----- running ----------------------------------------------------------------------

    def _start_next(self) -> None:
        if self._run is not None or not self._queue:
            return
        job = self._queue.pop(0)
        process = QProcess(self)
        program, *prefix = quire_command()
        process.setProgram(program)
        process.setArguments([*prefix, *job.command])
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert(LOCK_LENT_BY, str(os.getpid()))
        environment.insert("PYTHONUNBUFFERED", "1")
        process.setProcessEnvironment(environment)
        kill_timer = QTimer(process)
        kill_timer.setSingleShot(True)
        kill_timer.timeout.connect(process.kill)
        run = _Run(job, process, kill_timer)
        process.readyReadStandardOutput.connect(partial(self._read_stdout, run))
        process.readyReadStandardError.connect(partial(self._read_stderr, run))
        process.finished.connect(partial(self._on_finished, run))
        process.errorOccurred.connect(partial(self._on_error, run))
        self._run = run
        job.state, job.started_at = RUNNING, time.monotonic()
        log.info("Job %d started: quire %s", job.id, " ".join(job.command))
        self.changed.emit(job)
        process.start()

    def _read_stdout(self, run: _Run) -> None:
        run.stdout += run.process.readAllStandardOutput().data()
        *lines, rest = run.stdout.split(b"\n")
        run.stdout = bytearray(rest)
        updated = False
        for line in lines:
            updated |= self._handle_line(run, bytes(line))
        if updated:
            self.changed.emit(run.job)

    def _read_stderr(self, run: _Run) -> None:
        run.stderr += run.process.readAllStandardError().data()
        del run.stderr[:-_KEEP_STDERR]

    def _handle_line(self, run: _Run, line: bytes) -> bool:
        """Apply one line of the child's output; True if the job changed."""
        text = line.decode("utf-8", errors="replace").strip()
        if not text:
            return False
        try:
            event = json.loads(text)
        except ValueError:
            log.debug("Job %d printed: %s", run.job.id, text)
            return False
        if not isinstance(event, dict):
            return False
        job = run.job
        kind = event.get("event")
        if kind == "progress":
            job.fraction = min(max(float(event.get("fraction") or 0.0), 0.0), 1.0)
            if not job.stopping:
                job.message = str(event.get("message") or "")
            return True
        if kind == "result":
            result = event.get("result")
            job.result = result if isinstance(result, dict) else {"value": result}
            return False
        if kind == "error":
            run.error_event = event
            return False
        if kind == "stopped":
            run.stopped_event = True
            return False
        return False

    def _on_error(self, run: _Run, error: QProcess.ProcessError) -> None:
        # Only a failure to start ends a process without ``finished``.
        if error != QProcess.ProcessError.FailedToStart:
            return
        log.error("Job %d could not start: %s", run.job.id, run.process.errorString())
        self._end(
            run,
            FAILED,
            self.tr("The job could not be started."),
            self.tr("Quire's helper program could not be run. Reinstalling Quire may help."),
        )

    def _on_finished(self, run: _Run, exit_code: int, exit_status: QProcess.ExitStatus) -> None:
        if run is not self._run:
            return
        self._read_stdout(run)
        if run.stdout:  # a last line without its newline
            run.stdout += b"\n"
            self._read_stdout(run)
        self._read_stderr(run)
        job = run.job
        crashed = exit_status == QProcess.ExitStatus.CrashExit
        job.exit_code = None if crashed else exit_code
        stderr = run.stderr.decode("utf-8", errors="replace").strip()
        if not crashed and (
            exit_code == EXIT_OK or (exit_code == EXIT_PARTIAL and job.result is not None)
        ):
            # Exit code 1 with a result: finished, but some pages or recordings failed.
            job.fraction = 1.0
            if job.failures():
                log.warning("Job %d finished with failures: %s", job.id, job.failures())
            self._end(run, DONE)
        elif (not crashed and exit_code == EXIT_STOPPED) or run.stopped_event or job.stopping:
            self._end(run, STOPPED)
        elif run.error_event is not None and not crashed:
            message = str(run.error_event.get("message") or "")
            hint = str(run.error_event.get("hint") or "")
            job.retry_helps = run.error_event.get("retry_helps") is not False
            log.warning("Job %d failed (exit code %d): %s %s", job.id, exit_code, message, hint)
            self._end(run, FAILED, message or self.tr("The job failed."), hint)
        else:
            # Killed, a crash in a native library, or a bug (a traceback): the details go
            # to the log, the user gets a plain sentence.
            log.error(
                "Job %d (quire %s) ended unexpectedly (%s). Its error output:\n%s",
                job.id,
                " ".join(job.command),
                "crashed or killed" if crashed else f"exit code {exit_code}",
                stderr or "(none)",
            )
            self._end(
                run,
                FAILED,
                self.tr("The job stopped unexpectedly."),
                self.tr(
                    "What it finished is saved. Try again; if it happens again, "
                    "the log file has the details."
                ),
            )

    def _end(self, run: _Run, state: str, error: str = "", hint: str = "") -> None:
        job = run.job
        run.kill_timer.stop()
        job.state, job.finished_at = state, time.monotonic()
        job.stopping = False
        job.error, job.hint = error, hint
        log.info("Job %d %s after %.1f s", job.id, state, job.elapsed())
        self._run = None
        run.process.deleteLater()
        self.changed.emit(job)
        self.finished.emit(job)
        self._start_next()
