"""The only bridge from core jobs to Qt: long jobs run as ``quire`` child processes.

A crash in a native library (Tesseract, CTranslate2) ends the child, not the window, and a
job can be stopped at once. Results come back to the UI thread as Qt signals.
"""

from .jobs import Job, JobQueue

__all__ = ["Job", "JobQueue"]
