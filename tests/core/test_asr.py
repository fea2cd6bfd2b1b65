"""Speech recognition with the real faster-whisper and the bundled base model."""

from __future__ import annotations

import itertools
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.asr.models import resolve_model
from desktop.core.asr.transcribe import AsrOptions, transcribe_items
from desktop.core.capture.importer import import_file
from desktop.core.errors import Cancelled, MissingDependency
from desktop.core.model import Segment
from desktop.core.progress import CancelToken
from desktop.core.store.project import Project
from tests.text_metrics import wer

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
JFK = (
    "And so my fellow Americans, ask not what your country can do for you, "
    "ask what you can do for your country."
)


def _recording_segments(project: Project, item_id: int) -> list[Segment]:
    recording = project.recording_for_item(item_id)
    assert recording is not None
    return project.segments(recording["id"])


def _import_detected(project: Project, path: Path) -> int:
    item_id, _ = import_file(project, path, "eng")
    project.set_item_metadata(item_id, languages="")  # let Whisper detect the language
    return item_id


@pytest.fixture(scope="module")
def transcribed(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Project, dict[str, int]]]:
    with Project.create(tmp_path_factory.mktemp("asr") / "project") as project:
        ids = {
            "jfk": _import_detected(project, CORPUS / "audio" / "jfk.flac"),
            "multilingual": _import_detected(project, CORPUS / "audio" / "multilingual.mp3"),
            "interview": _import_detected(project, SAMPLES / "interview-en.flac"),
        }
        project.add_vocabulary(["Fletcher", "Whitby"])
        report = transcribe_items(project)
        assert report.failed == [] and report.transcribed == 3
        assert report.device == "cpu int8"
        yield project, ids


def test_jfk_word_error_rate_is_zero(transcribed: tuple[Project, dict[str, int]]) -> None:
    project, ids = transcribed
    text = " ".join(s.text for s in _recording_segments(project, ids["jfk"]))
    assert wer(JFK, text) == 0.0
    recording = project.recording_for_item(ids["jfk"])
    assert recording is not None
    assert recording["language"] == "en" and recording["asr_model"] == "base"


def test_words_have_timings_and_probabilities(transcribed: tuple[Project, dict[str, int]]) -> None:
    project, ids = transcribed
    words = [w for s in _recording_segments(project, ids["jfk"]) for w in s.words]
    assert [w.text.strip(",.") for w in words][:4] == ["And", "so", "my", "fellow"]
    assert all(0 <= w.start <= w.end <= 11.1 and 0 < w.probability <= 1 for w in words)
    assert [w.start for w in words] == sorted(w.start for w in words)


def test_language_change_is_followed_not_translated(
    transcribed: tuple[Project, dict[str, int]],
) -> None:
    project, ids = transcribed
    segments = _recording_segments(project, ids["multilingual"])
    # English until about 29 s, then German. Whisper tells the language of each 30-s
    # window, so a segment straddling the change may carry either: judge clear ones only.
    english = " ".join(s.text for s in segments if s.start < 20)
    german = " ".join(s.text for s in segments if s.start > 30)
    assert {s.language for s in segments if (s.start + s.end) / 2 < 20} == {"en"}
    assert {s.language for s in segments if s.start > 30} == {"de"}
    assert "Permission is hereby granted" in english
    assert "Software" in german and " zu " in german and "Permission" not in german
    texts = [s.text for s in segments]
    assert len(texts) == len(set(texts)), "a line was repeated"


def test_project_vocabulary_names(transcribed: tuple[Project, dict[str, int]]) -> None:
    project, ids = transcribed
    text = " ".join(s.text for s in _recording_segments(project, ids["interview"]))
    reference = (SAMPLES / "interview-en.txt").read_text(encoding="utf-8")
    assert "Fletcher" in text and "Whitby" in text
    assert wer(reference, text) < 0.1


def test_one_speaker_per_channel(project: Project) -> None:
    item_id = _import_detected(project, CORPUS / "audio" / "stereo_diarization.wav")
    transcribe_items(project, options=AsrOptions(split_channels=True))
    segments = _recording_segments(project, item_id)
    left = " ".join(s.text for s in segments if s.speaker == "left").lower()
    right = " ".join(s.text for s in segments if s.speaker == "right").lower()
    assert "wizard" in left and "curtain" in left and "horizon" not in left
    assert "horizon" in right and "wizard" not in right


def test_asking_for_a_gpu_without_one_carries_on_on_the_cpu(project: Project) -> None:
    _import_detected(project, CORPUS / "audio" / "jfk.flac")
    report = transcribe_items(project, options=AsrOptions(device="cuda"))
    assert report.transcribed == 1 and report.device == "cpu int8"
    assert any("No CUDA GPU" in note for note in report.notes)


def test_unknown_model_and_broken_model_folder(tmp_path: Path) -> None:
    with pytest.raises(MissingDependency, match="No speech model called 'large-v9'") as caught:
        resolve_model("large-v9")
    assert "never downloads" in caught.value.hint
    (tmp_path / "half-model").mkdir()
    (tmp_path / "half-model" / "model.bin").write_bytes(b"\0" * 100)
    with pytest.raises(MissingDependency, match="not a Whisper model folder"):
        resolve_model(str(tmp_path / "half-model"))


def test_cancel_keeps_the_segments_already_made(project: Project) -> None:
    item_id = _import_detected(project, CORPUS / "audio" / "multilingual.mp3")
    token = CancelToken()

    def progress(fraction: float, message: str) -> None:
        if fraction > 0:
            token.cancel()

    with pytest.raises(Cancelled):
        transcribe_items(project, progress=progress, cancel=token)
    kept = _recording_segments(project, item_id)
    assert len(kept) == 1
    transcribe_items(project)
    resumed = _recording_segments(project, item_id)
    assert resumed[0] == kept[0] and len(resumed) > 3
    assert all(a.end <= b.start + 0.01 for a, b in itertools.pairwise(resumed))


def test_killed_transcription_resumes(tmp_path: Path) -> None:
    folder = tmp_path / "project"
    with Project.create(folder) as project:
        item_id = _import_detected(project, CORPUS / "audio" / "multilingual.mp3")
    runner = subprocess.Popen(
        [sys.executable, "-m", "desktop", "transcribe", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 180
    saved: list[Segment] = []
    while time.monotonic() < deadline and len(saved) < 2 and runner.poll() is None:
        time.sleep(0.2)
        with Project.open(folder, read_only=True) as reader:
            saved = _recording_segments(reader, item_id)
    runner.send_signal(signal.SIGKILL)
    runner.wait()
    assert len(saved) >= 2, "no segment was saved before the kill"
    with Project.open(folder) as project:
        assert project.jobs()[-1]["state"] == "interrupted"
        before = _recording_segments(project, item_id)
        transcribe_items(project)
        after = _recording_segments(project, item_id)
    assert after[: len(before)] == before
    assert len(after) > len(before)
    starts = [s.start for s in after]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    assert {s.language for s in after} == {"en", "de"}


def test_an_added_model_folder_can_be_chosen(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.asr.models import available_models

    _, base = resolve_model("base")
    models = tmp_path / "models"
    added = models / "base-copy"
    added.mkdir(parents=True)
    for name in ("model.bin", "config.json", "tokenizer.json", "vocabulary.txt"):
        (added / name).symlink_to(base / name)
    monkeypatch.setenv("QUIRE_MODELS_DIR", str(models))
    assert available_models()["base-copy"] == added

    item_id = _import_detected(project, CORPUS / "audio" / "jfk.flac")
    report = transcribe_items(project, options=AsrOptions(model="base-copy"))
    assert report.transcribed == 1
    recording = project.recording_for_item(item_id)
    assert recording is not None and recording["asr_model"] == "base-copy"
    assert wer(JFK, " ".join(s.text for s in _recording_segments(project, item_id))) == 0.0
    # A folder given by path works too, and a change of model starts the recording afresh;
    # a correction staff made is kept (and still wins), and the report says so.
    corrected = [replace(s, text=s.text.upper()) for s in _recording_segments(project, item_id)]
    project.set_transcript_correction(recording["id"], corrected, "staff")
    again = transcribe_items(project, options=AsrOptions(model=str(added), redo=True))
    assert again.transcribed == 1
    assert any("corrected by staff is kept" in note for note in again.notes)
    assert project.transcript_correction(recording["id"]) == corrected
