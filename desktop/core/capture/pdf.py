"""PDF import: pages rendered by pypdfium2 in a child process with a memory cap and timeout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import BadInput, Cancelled
from ..progress import CancelToken, ProgressCallback

# Enough for a 90-megapixel page and PDFium's own buffers, far below the machine's memory.
RENDER_MEMORY_LIMIT = 3 * 1024**3
PAGE_TIMEOUT_SECONDS = 180.0


@dataclass
class RenderedPage:
    index: int
    path: Path
    width: int
    height: int
    dpi: float
    text_hint: str
    warning: str


def _limit_memory() -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (RENDER_MEMORY_LIMIT, RENDER_MEMORY_LIMIT))
    except (ImportError, ValueError, OSError):
        pass  # Windows has no rlimit; the timeout still applies.


def render_pdf(
    pdf_path: Path, out_dir: Path, progress: ProgressCallback, cancel: CancelToken
) -> list[RenderedPage]:
    """Render every page to ``out_dir``; raises BadInput with a plain reason on failure."""
    name = pdf_path.name
    with pdf_path.open("rb") as handle:
        if handle.read(1024).find(b"%PDF-") < 0:
            raise BadInput(f"{name} is not a PDF file.", "It may be another kind of file.")
    command = [sys.executable, "-m", "desktop.core.capture.pdf_worker", str(pdf_path), str(out_dir)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
        preexec_fn=_limit_memory if os.name == "posix" else None,
    )
    lines: list[dict[str, Any]] = []
    reader = threading.Thread(target=_read_lines, args=(process, lines), daemon=True)
    reader.start()
    pages: list[RenderedPage] = []
    total = 0
    last_change = time.monotonic()
    seen = 0
    error = ""
    try:
        while reader.is_alive() or seen < len(lines):
            if cancel.cancelled:
                raise Cancelled()
            while seen < len(lines):
                record = lines[seen]
                seen += 1
                last_change = time.monotonic()
                if "error" in record:
                    error = str(record["error"])
                elif "pages" in record:
                    total = int(record["pages"])
                else:
                    pages.append(RenderedPage(**{**record, "path": Path(record["path"])}))
                    progress(len(pages) / max(total, 1), f"{name}: page {len(pages)} of {total}")
            if time.monotonic() - last_change > PAGE_TIMEOUT_SECONDS:
                raise BadInput(
                    f"{name}: rendering page {len(pages) + 1} took longer than "
                    f"{PAGE_TIMEOUT_SECONDS:.0f} seconds, so Quire stopped it.",
                    "The PDF may be damaged or unusually complex.",
                )
            reader.join(0.05)
        process.wait()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    if error:
        raise BadInput(
            f"{name} could not be read: {error}.", "The file may be damaged or incomplete."
        )
    if process.returncode != 0 or len(pages) != total or total == 0:
        stderr = process.stderr.read() if process.stderr else ""
        if "MemoryError" in stderr or process.returncode in (-9, -6, 137):
            raise BadInput(
                f"{name}: page {len(pages) + 1} needs more memory to render than Quire allows.",
                "The page is probably a huge image; scan or export it at a lower resolution.",
            )
        raise BadInput(
            f"{name} could not be rendered (page {len(pages) + 1} failed).",
            "The PDF may be damaged. Try opening and saving it again in another program.",
        )
    return pages


def _read_lines(process: subprocess.Popen[str], lines: list[dict[str, Any]]) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        line = line.strip()
        if line:
            try:
                lines.append(json.loads(line))
            except json.JSONDecodeError:
                continue
