"""Tesseract, run as a child process per page: a stuck or crashing page cannot stop Quire.

pytesseract locates the program and reads its language list and orientation output;
the page itself is recognised by a process we start ourselves, so that a cancel or a
timeout can stop it at once.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytesseract

from ..errors import Cancelled, EngineError, MissingDependency
from ..model import OcrWord
from ..progress import CancelToken


def _install_hint() -> str:
    """How to get Tesseract on this system (a packaged Quire has no bootstrap script)."""
    if sys.platform == "win32":
        return (
            "Reinstall Quire: its installer includes Tesseract. Or install Tesseract from "
            "https://github.com/UB-Mannheim/tesseract/wiki and start Quire again."
        )
    if sys.platform == "darwin":
        return "Install it with Homebrew: brew install tesseract tesseract-lang"
    hint = "Install it with: sudo apt-get install tesseract-ocr tesseract-ocr-eng"
    if getattr(sys, "frozen", False):
        return hint + " (Fedora: sudo dnf install tesseract), then start Quire again."
    return hint + " (or run scripts/bootstrap.sh)."


INSTALL_HINT = _install_hint()


@functools.cache
def tessdata_dir() -> Path | None:
    """Tesseract's data folder when staff added language data, else None (its own)."""
    from ..addons import merged_tessdata_dir

    return merged_tessdata_dir()


def _env() -> dict[str, str]:
    # Tesseract's own OpenMP threads make it 2-3x slower here; Quire runs pages in parallel.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    added = tessdata_dir()
    if added is not None:
        env["TESSDATA_PREFIX"] = str(added)
    return env


@functools.cache
def tesseract_version() -> str:
    try:
        return f"tesseract {pytesseract.get_tesseract_version()}"
    except (pytesseract.TesseractNotFoundError, OSError) as error:
        raise MissingDependency(
            "Tesseract, the OCR program, is not installed.", INSTALL_HINT
        ) from error


@functools.cache
def installed_languages() -> frozenset[str]:
    tesseract_version()
    added = tessdata_dir()
    config = f'--tessdata-dir "{added}"' if added else ""
    return frozenset(pytesseract.get_languages(config=config))


def check_languages(languages: str) -> None:
    """Raise MissingDependency naming the Debian package of each missing language."""
    missing = [code for code in languages.split("+") if code not in installed_languages()]
    if missing:
        packages = " ".join(f"tesseract-ocr-{code.lower().replace('_', '-')}" for code in missing)
        raise MissingDependency(
            f"Tesseract has no language data for {', '.join(missing)}.",
            f"Install it with: sudo apt-get install {packages}",
        )


def parse_tsv(tsv: str) -> list[OcrWord]:
    words: list[OcrWord] = []
    reader = csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        if row.get("level") != "5":
            continue
        text = (row.get("text") or "").strip()
        if not text:
            continue
        words.append(
            OcrWord(
                text=text,
                left=int(row["left"]),
                top=int(row["top"]),
                width=int(row["width"]),
                height=int(row["height"]),
                confidence=float(row["conf"]),
                block=int(row["block_num"]),
                paragraph=int(row["par_num"]),
                line=int(row["line_num"]),
                word=int(row["word_num"]),
            )
        )
    return words


def _run(command: list[str], timeout: float, cancel: CancelToken, what: str) -> str:
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env())
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                stdout, stderr = process.communicate(timeout=0.1)
                break
            except subprocess.TimeoutExpired:
                if cancel.cancelled:
                    raise Cancelled() from None
                if time.monotonic() > deadline:
                    raise EngineError(
                        f"{what} took longer than {timeout:.0f} seconds, so Quire stopped it.",
                        "The page may be very large or mostly noise. Try again with a longer "
                        "--page-timeout, or crop the page.",
                        window_hint="The page may be very large or mostly noise. Try cropping "
                        "the scan, or scanning it at a lower resolution.",
                    ) from None
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    if process.returncode != 0:
        message = stderr.decode("utf-8", "replace").strip().splitlines()
        raise EngineError(
            f"Tesseract could not read {what}: {message[-1] if message else 'failed'}."
        )
    return stdout.decode("utf-8", "replace")


def recognise(
    image_path: Path,
    languages: str,
    *,
    dpi: float,
    timeout: float,
    cancel: CancelToken,
    psm: int = 3,
) -> list[OcrWord]:
    """Words with boxes and confidences, in Tesseract's reading order."""
    command = [
        pytesseract.pytesseract.tesseract_cmd,
        str(image_path),
        "stdout",
        "-l",
        languages,
        "--psm",
        str(psm),
        "--dpi",
        str(round(dpi)),
        "tsv",
    ]
    return parse_tsv(_run(command, timeout, cancel, image_path.name))


_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_CONFIDENCE = re.compile(r"Orientation confidence:\s*([\d.]+)")


def detect_rotation(image_path: Path, *, timeout: float, cancel: CancelToken) -> tuple[int, float]:
    """Clockwise quarter-turn that makes the page upright, and Tesseract's confidence in it."""
    command = [
        pytesseract.pytesseract.tesseract_cmd,
        str(image_path),
        "stdout",
        "--psm",
        "0",
        "-l",
        "osd",
    ]
    try:
        output = _run(command, timeout, cancel, image_path.name)
    except EngineError:
        return 0, 0.0  # too little text to tell: leave the page as it is
    rotate, confidence = _ROTATE.search(output), _CONFIDENCE.search(output)
    if not rotate:
        return 0, 0.0
    return int(rotate.group(1)) % 360, float(confidence.group(1)) if confidence else 0.0
