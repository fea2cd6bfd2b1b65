"""Persisted job state around a long piece of work.

A job row is written when work starts and updated as it goes; a job still marked
running when a project is next opened was cut off (crash, power cut, kill -9) and is
marked interrupted. The work itself saves each finished page or segment at once, so
running it again carries on where it stopped.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from .errors import Cancelled, QuireError
from .progress import ProgressCallback
from .store.project import Project

T = TypeVar("T")

_SAVE_EVERY_SECONDS = 1.0


def run_job(
    project: Project,
    kind: str,
    item_id: int | None,
    work: Callable[[ProgressCallback], T],
    progress: ProgressCallback,
) -> T:
    job_id = project.start_job(kind, item_id)
    last_saved = 0.0

    def report(fraction: float, message: str) -> None:
        nonlocal last_saved
        progress(fraction, message)
        now = time.monotonic()
        if now - last_saved >= _SAVE_EVERY_SECONDS:
            last_saved = now
            project.update_job(job_id, fraction, message)

    try:
        result = work(report)
    except Cancelled:
        project.finish_job(job_id, "cancelled")
        raise
    except QuireError as error:
        project.finish_job(job_id, "failed", str(error))
        raise
    except BaseException as error:
        project.finish_job(job_id, "failed", f"{type(error).__name__}: {error}")
        raise
    project.finish_job(job_id, "done")
    return result
