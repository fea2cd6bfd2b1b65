"""Transcription of a project's recordings with faster-whisper.

Segments are saved as they come, so a cancelled or killed run resumes after the last
saved one. On a CUDA GPU the model runs in float16; if it cannot load there, or runs out
of memory mid-way, the job carries on on the CPU from where it was.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray

from ..errors import Cancelled, EngineError, QuireError
from ..model import Segment, TimedWord
from ..progress import CancelToken, ProgressCallback, SubProgress, no_progress
from ..store.project import Project, now
from .languages import whisper_language
from .models import resolve_model

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
_HOTWORDS_LIMIT = 60  # Whisper's prompt holds about 224 tokens; keep room for the text


@dataclass
class AsrOptions:
    model: str | None = None  # a name ("base") or a model folder
    device: str = "auto"  # auto / cpu / cuda
    split_channels: bool = False  # one speaker per stereo channel
    redo: bool = False
    beam_size: int = 5


@dataclass
class AsrReport:
    transcribed: int = 0
    skipped: int = 0
    failed: list[tuple[int, str]] = field(default_factory=list)
    device: str = ""
    notes: list[str] = field(default_factory=list)


class LoadedModel:
    """A WhisperModel with the device it ended up on."""

    def __init__(self, name: str, path: Path, device: str) -> None:
        self.name = name
        self.path = path
        self.notes: list[str] = []
        self.device, self.compute_type, self.whisper = self._load(device)

    def _load(self, device: str) -> tuple[str, str, Any]:
        import ctranslate2
        from faster_whisper import WhisperModel

        if device in ("auto", "cuda"):
            try:
                if ctranslate2.get_cuda_device_count() > 0:
                    model = WhisperModel(str(self.path), device="cuda", compute_type="float16")
                    return "cuda", "float16", model
                if device == "cuda":
                    self.notes.append("No CUDA GPU was found; transcribing on the CPU.")
            except (RuntimeError, ValueError, OSError) as error:
                self.notes.append(f"The GPU could not be used ({error}); transcribing on the CPU.")
                log.warning("GPU load failed, using the CPU: %s", error)
        try:
            model = WhisperModel(
                str(self.path), device="cpu", compute_type="int8", cpu_threads=os.cpu_count() or 1
            )
        except (RuntimeError, ValueError, OSError) as error:
            raise EngineError(
                f"The speech model in {self.path} could not be loaded: {error}.",
                "The model folder may be incomplete or damaged. Add it again.",
            ) from error
        return "cpu", "int8", model

    def fall_back_to_cpu(self, reason: str) -> None:
        self.notes.append(f"The GPU failed ({reason}); the job continued on the CPU.")
        self.device, self.compute_type, self.whisper = self._load("cpu")

    @property
    def label(self) -> str:
        return f"{self.device} {self.compute_type}"


class _LanguageRecorder:
    """Wraps the CTranslate2 model to note the language Whisper detects for each window.

    faster-whisper detects the language of every 30-second window when ``multilingual``
    is on, but does not put it on the segments it yields. Segments are yielded while
    their window is current, so the last detection is theirs.
    """

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.last: str | None = None

    def detect_language(self, *args: Any, **kwargs: Any) -> Any:
        results = self._inner.detect_language(*args, **kwargs)
        with contextlib.suppress(IndexError, TypeError):
            self.last = str(results[0][0][0])[2:-2]  # "<|de|>" -> "de"
        return results

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def decode(path: Path, split_channels: bool) -> list[tuple[str | None, NDArray[np.float32]]]:
    """16 kHz mono float audio, or one track per channel labelled left/right."""
    from faster_whisper.audio import decode_audio

    try:
        if split_channels:
            left, right = decode_audio(str(path), sampling_rate=SAMPLE_RATE, split_stereo=True)
            return [("left", left), ("right", right)]
        return [(None, decode_audio(str(path), sampling_rate=SAMPLE_RATE))]
    except Exception as error:  # PyAV raises many kinds; all mean "cannot decode"
        raise EngineError(f"The recording {path.name} could not be decoded: {error}.") from error


def _hotwords(vocabulary: list[str]) -> str | None:
    return ", ".join(vocabulary[:_HOTWORDS_LIMIT]) or None


def _to_segment(raw: Any, offset: float, language: str | None, speaker: str | None) -> Segment:
    words = [
        TimedWord(
            w.word.strip(),
            round(w.start + offset, 3),
            round(w.end + offset, 3),
            round(w.probability, 4),
        )
        for w in (raw.words or [])
    ]
    return Segment(
        start=round(raw.start + offset, 3),
        end=round(raw.end + offset, 3),
        text=raw.text.strip(),
        words=words,
        language=language,
        speaker=speaker,
    )


def _is_repeat(segment: Segment, previous: Segment | None) -> bool:
    # A decoding loop repeats the same sentence; a person rarely says the same long one twice.
    return (
        previous is not None
        and len(segment.text.split()) >= 4
        and segment.text.casefold() == previous.text.casefold()
    )


def transcribe_track(
    model: LoadedModel,
    audio: NDArray[np.float32],
    *,
    offset: float,
    language: str | None,
    hotwords: str | None,
    speaker: str | None,
    beam_size: int,
    previous: Segment | None,
    cancel: CancelToken,
) -> Iterable[Segment]:
    """Yield segments of ``audio`` (which starts ``offset`` seconds into the recording)."""
    if len(audio) < SAMPLE_RATE // 10:
        return
    # Whisper falls back to sampling at a higher temperature where greedy decoding loops;
    # a fixed seed makes the same recording give the same transcript every time.
    import ctranslate2  # (loaded with the model already; imported here to keep start-up light)

    ctranslate2.set_random_seed(0)
    recorder = _LanguageRecorder(model.whisper.model)
    model.whisper.model = recorder
    try:
        raw_segments, info = model.whisper.transcribe(
            audio,
            language=language,
            multilingual=language is None,
            # Conditioning on the previous text is what makes Whisper keep one language and
            # repeat itself on long recordings; each window stands on its own instead.
            condition_on_previous_text=False,
            vad_filter=True,
            word_timestamps=True,
            beam_size=beam_size,
            hotwords=hotwords,
        )
        for raw in raw_segments:
            cancel.raise_if_cancelled()
            segment = _to_segment(raw, offset, language or recorder.last or info.language, speaker)
            if not segment.text or _is_repeat(segment, previous):
                continue
            previous = segment
            yield segment
    finally:
        model.whisper.model = recorder._inner


def _settings(model: LoadedModel, options: AsrOptions, language: str | None) -> str:
    return json.dumps(
        {"model": model.name, "split_channels": options.split_channels, "language": language},
        sort_keys=True,
    )


def transcribe_recording(
    project: Project,
    item: dict[str, Any],
    model: LoadedModel,
    options: AsrOptions,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> None:
    recording = project.recording_for_item(item["id"])
    if recording is None:
        raise EngineError(f"Item {item['id']} has no recording.")
    original = project.originals(item["id"])[0]
    language = whisper_language(item["languages"])
    settings = _settings(model, options, language)
    if options.redo or recording["asr_settings"] != settings:
        project.clear_segments(recording["id"])
    project.update_recording(
        recording["id"], asr_status="running", asr_settings=settings, asr_error=None
    )
    hotwords = _hotwords(project.vocabulary())
    tracks = decode(project.path(original["path"]), options.split_channels)
    duration = max(len(audio) for _, audio in tracks) / SAMPLE_RATE
    for number, (speaker, audio) in enumerate(tracks):
        track_progress = SubProgress(progress, number / len(tracks), 1 / len(tracks))
        while True:
            saved = [s for s in project.segments(recording["id"]) if s.speaker == speaker]
            later_saved = any(
                s.speaker in {label for label, _ in tracks[number + 1 :]}
                for s in project.segments(recording["id"])
            )
            if later_saved:
                break  # this channel was finished in an earlier run
            offset = max((s.end for s in saved), default=0.0)
            try:
                for segment in transcribe_track(
                    model,
                    audio[int(offset * SAMPLE_RATE) :],
                    offset=offset,
                    language=language,
                    hotwords=hotwords,
                    speaker=speaker,
                    beam_size=options.beam_size,
                    previous=saved[-1] if saved else None,
                    cancel=cancel,
                ):
                    project.append_segments(recording["id"], [segment])
                    track_progress(
                        segment.end / max(duration, 0.001),
                        f"{item['title']}: {_clock(segment.end)} of {_clock(duration)}",
                    )
                break
            except RuntimeError as error:
                if model.device == "cuda":
                    log.warning("GPU failure during transcription, continuing on CPU: %s", error)
                    model.fall_back_to_cpu(str(error).splitlines()[0])
                    continue  # resumes after the last saved segment
                raise EngineError(f"Transcription of {item['title']} failed: {error}.") from error
    segments = project.segments(recording["id"])
    project.update_recording(
        recording["id"],
        asr_status="done",
        asr_model=model.name,
        asr_device=model.label,
        language=_main_language(segments),
        asr_at=now(),
    )


def _main_language(segments: list[Segment]) -> str | None:
    spoken: dict[str, float] = {}
    for segment in segments:
        if segment.language:
            spoken[segment.language] = (
                spoken.get(segment.language, 0.0) + segment.end - segment.start
            )
    return max(spoken, key=lambda code: spoken[code]) if spoken else None


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}:{secs:02d}"


def transcribe_items(
    project: Project,
    item_ids: list[int] | None = None,
    options: AsrOptions | None = None,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> AsrReport:
    options = options or AsrOptions()
    cancel = cancel or CancelToken()
    report = AsrReport()
    todo = []
    for item in project.select_items("recording", item_ids):
        recording = project.recording_for_item(item["id"])
        if recording and (options.redo or recording["asr_status"] != "done"):
            todo.append(item)
            if project.transcript_correction(recording["id"]) is not None:
                # Staff's work is never overwritten; say that it still wins over the new text.
                report.notes.append(
                    f"Item {item['id']} ({item['title']}): the transcript corrected by staff is "
                    "kept and still shown; the new machine transcript is kept beside it."
                )
        else:
            report.skipped += 1
    if not todo:
        progress(1.0, "Every recording is already transcribed")
        return report
    name, path = resolve_model(options.model)
    progress(0.0, f"Loading the speech model '{name}'")
    model = LoadedModel(name, path, options.device)
    report.device = model.label
    total_seconds = sum(
        cast("dict[str, Any]", project.recording_for_item(i["id"]))["duration"] or 1 for i in todo
    )
    done_seconds = 0.0
    for item in todo:
        cancel.raise_if_cancelled()
        seconds = project.recording_for_item(item["id"])["duration"] or 1  # type: ignore[index]
        step = SubProgress(progress, done_seconds / total_seconds, seconds / total_seconds)
        try:
            transcribe_recording(project, item, model, options, step, cancel)
            report.transcribed += 1
        except Cancelled:
            raise
        except QuireError as error:
            recording = project.recording_for_item(item["id"])
            if recording:
                project.update_recording(recording["id"], asr_status="failed", asr_error=str(error))
            report.failed.append((item["id"], str(error)))
        done_seconds += seconds
    report.device = model.label
    report.notes.extend(model.notes)
    progress(1.0, f"Transcribed {report.transcribed} recordings")
    return report
