"""What this computer offers Quire: OCR languages, speech models, a GPU.

Read by the settings dialog (and the self-check), so each answer says plainly why not
when something is missing, and how to add it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from .errors import QuireError
from .store.project import Project


@dataclass(frozen=True)
class GpuReport:
    cuda_devices: int
    compute_types: tuple[str, ...]
    problem: str  # empty when a GPU can be used

    @property
    def usable(self) -> bool:
        return self.cuda_devices > 0 and not self.problem


def gpu_report() -> GpuReport:
    """CUDA devices as CTranslate2 (the speech recogniser's engine) sees them."""
    try:
        import ctranslate2
    except ImportError as error:
        return GpuReport(0, (), f"The speech recognition engine is not installed ({error}).")
    try:
        count = int(ctranslate2.get_cuda_device_count())
    except Exception as error:  # a broken CUDA install raises all sorts of things
        return GpuReport(0, (), f"CUDA could not be queried: {error}.")
    if count == 0:
        hidden = os.environ.get("CUDA_VISIBLE_DEVICES")
        if hidden is not None and not hidden.strip():
            return GpuReport(0, (), "CUDA_VISIBLE_DEVICES hides every GPU from Quire.")
        return GpuReport(
            0,
            (),
            "No NVIDIA GPU with a working CUDA driver was found; speech is recognised on "
            "the processor.",
        )
    try:
        types = tuple(sorted(ctranslate2.get_supported_compute_types("cuda")))
    except Exception as error:
        return GpuReport(count, (), f"The GPU was found but cannot be used: {error}.")
    return GpuReport(count, types, "")


def debian_package(code: str) -> str:
    return f"tesseract-ocr-{code.lower().replace('_', '-')}"


def ocr_languages_needed(project: Project) -> set[str]:
    """Every Tesseract language this project's documents are set to."""
    needed: set[str] = set()
    for item in project.items("document"):
        needed.update(code for code in (item["languages"] or "").split("+") if code)
    return needed


def missing_ocr_languages(project: Project) -> list[str]:
    """Languages the project's documents need that Tesseract lacks, sorted."""
    from .ocr.tesseract import installed_languages

    try:
        installed = installed_languages()
    except QuireError:
        installed = frozenset()
    return sorted(ocr_languages_needed(project) - installed)
