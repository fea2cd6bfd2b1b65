"""Adding a speech model or OCR language data, from a folder, a .zip or a file.

Staff bring a larger Whisper model on a USB stick, or a community-trained Tesseract model
for their language. Both are checked before they are used and copied into Quire's own
per-user folders; a half-copied model never appears (staging folder, then rename).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import platformdirs

from .asr.models import is_model_folder, user_models_dir
from .errors import BadInput
from .progress import CancelToken, ProgressCallback, no_progress

_LANGUAGE_TOKEN = re.compile(r"^<\|([a-z]{2,3}|haw|yue)\|>$")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
TRAINEDDATA_MAGIC_MAX = 4 << 30  # no Tesseract model is anywhere near this


@dataclass(frozen=True)
class ModelInfo:
    name: str
    path: Path
    size_bytes: int
    languages: tuple[str, ...]  # ISO 639-1 codes the model knows; () when English-only

    @property
    def multilingual(self) -> bool:
        return len(self.languages) > 1


def describe_model(folder: Path, name: str | None = None) -> ModelInfo:
    """Check a CTranslate2 Whisper model folder and say what it covers, or BadInput."""
    missing = [
        f for f in ("model.bin", "config.json", "tokenizer.json") if not (folder / f).is_file()
    ]
    if missing:
        raise BadInput(
            f"{folder.name} is not a speech model Quire can use: {', '.join(missing)} missing.",
            "A Whisper model in CTranslate2 format has model.bin, config.json and "
            "tokenizer.json (for example a faster-whisper model folder).",
        )
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        tokenizer = json.loads((folder / "tokenizer.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise BadInput(
            f"The model in {folder.name} is damaged: {error}.", "Copy the model folder again."
        ) from error
    if (folder / "model.bin").stat().st_size < 1 << 20:
        raise BadInput(
            f"The model in {folder.name} is damaged: model.bin is far too small.",
            "Copy the model folder again.",
        )
    ids = set(config.get("lang_ids") or [])
    languages = sorted(
        match.group(1)
        for token in tokenizer.get("added_tokens", [])
        if token.get("id") in ids and (match := _LANGUAGE_TOKEN.match(token.get("content", "")))
    )
    size = sum(f.stat().st_size for f in folder.iterdir() if f.is_file())
    return ModelInfo(name or folder.name, folder, size, tuple(languages))


@contextmanager
def _model_source(source: Path) -> Iterator[Path]:
    """The model folder inside ``source``: a folder, or a .zip extracted safely."""
    if source.is_dir():
        yield source
        return
    if not zipfile.is_zipfile(source):
        raise BadInput(
            f"{source.name} is neither a model folder nor a .zip file.",
            "Choose the folder of a Whisper model in CTranslate2 format, or a .zip of it.",
        )
    with zipfile.ZipFile(source) as archive, tempfile.TemporaryDirectory() as temp:
        total = sum(m.file_size for m in archive.infolist())
        if total > shutil.disk_usage(temp).free:
            raise BadInput(f"There is not enough free space to unpack {source.name}.")
        for member in archive.infolist():
            name = PurePosixPath(member.filename)
            if name.is_absolute() or ".." in name.parts:
                raise BadInput(f"{source.name} holds an unsafe path: {member.filename}")
            archive.extract(member, temp)
        folders = [p.parent for p in Path(temp).rglob("model.bin")]
        if len(folders) != 1:
            raise BadInput(
                f"{source.name} should hold exactly one model (found {len(folders)}).",
                "Put one model folder in the .zip.",
            )
        yield folders[0]


def add_model(
    source: Path,
    name: str | None = None,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ModelInfo:
    """Copy a checked model into Quire's models folder under ``name``."""
    cancel = cancel or CancelToken()
    source = Path(source)
    if not source.exists():
        raise BadInput(f"{source} does not exist.")
    with _model_source(source) as folder:
        describe_model(folder)  # refuses what is not a usable model, before any copying
        name = name or (source.stem if source.is_file() else source.name)
        if not _NAME.match(name):
            raise BadInput(
                f"'{name}' cannot be a model name.",
                "Use letters, digits, dots, dashes or underscores, e.g. whisper-small.",
            )
        target = user_models_dir() / name
        if target.exists():
            raise BadInput(f"A model called {name} is already installed.", "Choose another name.")
        staging = target.with_name(f".{name}.partial")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        files = sorted(f for f in folder.iterdir() if f.is_file())
        total = sum(f.stat().st_size for f in files) or 1
        copied = 0
        try:
            for file in files:
                with file.open("rb") as reader, (staging / file.name).open("wb") as writer:
                    while chunk := reader.read(1 << 22):
                        cancel.raise_if_cancelled()
                        writer.write(chunk)
                        copied += len(chunk)
                        progress(copied / total, f"Copying {file.name}")
            os.replace(staging, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    assert is_model_folder(target)
    return describe_model(target, name)


# ----- Tesseract language data -----------------------------------------------------------


def user_tessdata_dir() -> Path:
    """Where added .traineddata files live. QUIRE_TESSDATA_DIR overrides it."""
    override = os.environ.get("QUIRE_TESSDATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("quire", appauthor=False)) / "tessdata"


def system_tessdata_dir() -> Path | None:
    """The folder Tesseract reads by itself, from what it says of its languages."""
    try:
        listed = subprocess.run(
            ["tesseract", "--list-langs"],
            capture_output=True,
            text=True,
            timeout=30,
            env={k: v for k, v in os.environ.items() if k != "TESSDATA_PREFIX"},
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r'"(.+?)"', listed.stdout + listed.stderr)
    return Path(match.group(1)) if match else None


def merged_tessdata_dir() -> Path | None:
    """A folder with the system's data and the user's added files, or None if none added.

    Tesseract reads one folder only, so the system's files are linked beside the added
    ones (an added file wins over a system file of the same name).
    """
    added = user_tessdata_dir()
    if not added.is_dir() or not any(added.glob("*.traineddata")):
        return None
    merged = added.parent / "tessdata-merged"
    merged.mkdir(parents=True, exist_ok=True)
    wanted: dict[str, Path] = {}
    system = system_tessdata_dir()
    if system and system.is_dir():
        for file in system.iterdir():
            wanted[file.name] = file
    for file in added.glob("*.traineddata"):
        wanted[file.name] = file
    for name, file in wanted.items():
        link = merged / name
        if link.is_symlink() and link.resolve() == file.resolve():
            continue
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(file.resolve())
    for link in merged.iterdir():
        if link.name not in wanted:
            link.unlink()
    return merged


def add_traineddata(source: Path) -> str:
    """Check and add a Tesseract .traineddata file; returns its language code."""
    from .ocr.tesseract import installed_languages, tessdata_dir

    source = Path(source)
    code = source.name.removesuffix(".traineddata")
    if not source.name.endswith(".traineddata") or not re.fullmatch(r"[A-Za-z0-9_-]+", code):
        raise BadInput(
            f"{source.name} is not Tesseract language data.",
            "Language data files are named like isl.traineddata or kal.traineddata.",
        )
    if not source.is_file() or source.stat().st_size < 1024:
        raise BadInput(f"{source.name} is empty or not a file.", "Copy the file again.")
    if source.stat().st_size > TRAINEDDATA_MAGIC_MAX:
        raise BadInput(f"{source.name} is far too large to be Tesseract language data.")
    target_dir = user_tessdata_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    # Try it in a folder of its own first: a broken file must not spoil the others.
    with tempfile.TemporaryDirectory() as trial:
        shutil.copyfile(source, Path(trial) / source.name)
        check = subprocess.run(
            ["tesseract", "--tessdata-dir", trial, "--list-langs"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        sample = _blank_page(Path(trial))
        ocr = subprocess.run(
            ["tesseract", "--tessdata-dir", trial, str(sample), "-", "-l", code],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
    if code not in check.stdout.split() or ocr.returncode != 0:
        raise BadInput(
            f"Tesseract cannot use {source.name}: it is damaged or made for another version.",
            "Use a .traineddata file made for Tesseract 4 or 5 (for example from "
            "tessdata_best or tessdata_fast).",
        )
    staging = target_dir / f".{source.name}.partial"
    shutil.copyfile(source, staging)
    os.replace(staging, target_dir / source.name)
    tessdata_dir.cache_clear()
    installed_languages.cache_clear()
    return code


def _blank_page(folder: Path) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 120), 255)
    ImageDraw.Draw(image).text((20, 40), "Quire 123", fill=0)
    path = folder / "check.png"
    image.save(path)
    return path
