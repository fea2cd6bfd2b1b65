"""Recording an interview so that a crash or a power cut loses at most a second or two.

While recording, the sound goes into ``PROJECT/recordings-in-progress/<name>/``:

- ``audio.wav``: 16-bit PCM, each chunk written to the file as soon as it arrives (so a
  crash of Quire loses nothing the operating system was given), the header rewritten and
  the file flushed to disk (``fsync``) about once a second (so a power cut loses at most
  that second);
- ``recording.json``: the sound's format, when it started and the interview's details,
  replaced atomically whenever they change.

``RecordingWriter.finish`` turns the WAV into a lossless FLAC (or keeps the WAV), imports it
through the ordinary importer (the file in ``originals/`` is never changed again) with the
interview's details, then removes the folder. ``recover`` finds the folders that a crash
left behind, repairs their WAV from the data actually on disk, and returns them so that the
person can keep or discard each one.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import struct
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np
from numpy.typing import NDArray

from ..errors import BadInput, ProjectError
from ..fileio import atomic_write_text, explain_os_error
from ..progress import CancelToken, ProgressCallback, no_progress
from ..store.project import ITEM_METADATA_FIELDS, Project
from .importer import import_file

log = logging.getLogger(__name__)

IN_PROGRESS = "recordings-in-progress"
AUDIO_NAME = "audio.wav"
SIDECAR_NAME = "recording.json"
FILE_FORMATS = ("flac", "wav")
SAMPLE_WIDTH = 2  # bytes: 16-bit signed PCM, which FLAC keeps bit for bit
_HEADER_SIZE = 44
_MAX_DATA = 0xFFFFFFFF - _HEADER_SIZE  # a WAV's sizes are 32-bit: about 6 h of stereo 48 kHz
_ENCODE_FRAMES = 1 << 16  # samples per channel handed to the FLAC encoder at a time


@dataclass(frozen=True)
class AudioFormat:
    """16-bit signed little-endian PCM, interleaved."""

    sample_rate: int
    channels: int

    def __post_init__(self) -> None:
        if not 8000 <= self.sample_rate <= 384_000 or not 1 <= self.channels <= 8:
            raise BadInput(
                f"Quire cannot record {self.channels} channel(s) at {self.sample_rate} Hz.",
                "Choose another microphone, or set it to mono or stereo at 44.1 or 48 kHz.",
            )

    @property
    def frame_size(self) -> int:
        return SAMPLE_WIDTH * self.channels

    @property
    def bytes_per_second(self) -> int:
        return self.frame_size * self.sample_rate


def wav_header(fmt: AudioFormat, data_size: int) -> bytes:
    return struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        _HEADER_SIZE - 8 + data_size,
        b"WAVE",
        b"fmt ",
        16,
        1,  # PCM
        fmt.channels,
        fmt.sample_rate,
        fmt.bytes_per_second,
        fmt.frame_size,
        SAMPLE_WIDTH * 8,
        b"data",
        data_size,
    )


def peak_level(chunk: bytes) -> float:
    """The loudest sample of a chunk of 16-bit PCM, from 0.0 (silence) to 1.0 (full scale)."""
    usable = len(chunk) - len(chunk) % SAMPLE_WIDTH
    if usable <= 0:
        return 0.0
    samples = np.frombuffer(chunk[:usable], dtype="<i2")
    return float(np.abs(samples.astype(np.int32)).max()) / 32768.0


def _today() -> str:
    return dt.date.today().isoformat()


@dataclass
class InProgress:
    """A recording folder, as found on disk."""

    folder: Path
    fmt: AudioFormat
    started_at: str
    metadata: dict[str, str] = field(default_factory=dict)
    frames: int = 0  # whole frames of sound in audio.wav

    @property
    def name(self) -> str:
        return self.folder.name

    @property
    def audio(self) -> Path:
        return self.folder / AUDIO_NAME

    @property
    def duration(self) -> float:
        return self.frames / self.fmt.sample_rate


def _write_sidecar(folder: Path, fmt: AudioFormat, started_at: str, meta: dict[str, str]) -> None:
    atomic_write_text(
        folder / SIDECAR_NAME,
        json.dumps(
            {
                "format": {
                    "sample_rate": fmt.sample_rate,
                    "channels": fmt.channels,
                    "sample_width": SAMPLE_WIDTH,
                },
                "started_at": started_at,
                "metadata": meta,
            },
            ensure_ascii=False,
            indent=1,
        ),
    )


def _clean_metadata(metadata: dict[str, str] | None) -> dict[str, str]:
    cleaned = {k: str(v).strip() for k, v in (metadata or {}).items() if v is not None}
    unknown = set(cleaned) - set(ITEM_METADATA_FIELDS)
    if unknown:
        raise ProjectError(f"Unknown item field: {', '.join(sorted(unknown))}.")
    return cleaned


class RecordingWriter:
    """Appends PCM chunks to a WAV file in the project, durable about every ``sync_every``
    seconds. Use ``RecordingWriter.start(project_folder, fmt)``; call ``write`` with each
    chunk, then ``finish`` (or ``discard``)."""

    def __init__(
        self,
        folder: Path,
        fmt: AudioFormat,
        *,
        metadata: dict[str, str] | None = None,
        sync_every: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.folder = folder
        self.fmt = fmt
        self.started_at = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        self.metadata = _clean_metadata(metadata)
        self.sync_every = sync_every
        self._clock = clock
        self._data_size = 0
        self._partial = b""  # the start of a frame whose end has not arrived
        self._closed = False
        try:
            folder.mkdir(parents=True)
            _write_sidecar(folder, fmt, self.started_at, self.metadata)
            # Unbuffered: every chunk reaches the operating system at once.
            self._fd = os.open(folder / AUDIO_NAME, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
            os.write(self._fd, wav_header(fmt, 0))
            os.fsync(self._fd)
        except OSError as error:
            raise explain_os_error(error, folder / AUDIO_NAME) from error
        self._last_sync = clock()

    @classmethod
    def start(
        cls, project_folder: Path, fmt: AudioFormat, metadata: dict[str, str] | None = None
    ) -> RecordingWriter:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = Path(project_folder) / IN_PROGRESS / f"interview-{stamp}-{uuid.uuid4().hex[:6]}"
        return cls(folder, fmt, metadata=metadata)

    @property
    def frames(self) -> int:
        return self._data_size // self.fmt.frame_size

    @property
    def duration(self) -> float:
        return self.frames / self.fmt.sample_rate

    @property
    def closed(self) -> bool:
        return self._closed

    def write(self, chunk: bytes) -> None:
        """Append a chunk of interleaved 16-bit PCM (any length; frames may be split)."""
        if self._closed:
            raise ProjectError("This recording is already finished.")
        data = self._partial + chunk
        whole = len(data) - len(data) % self.fmt.frame_size
        self._partial = data[whole:]
        if not whole:
            return
        if self._data_size + whole > _MAX_DATA:
            raise ProjectError(
                "The recording has reached the largest size a WAV file can hold.",
                "Stop it and start a new one; what was recorded is kept.",
            )
        view = memoryview(data)[:whole]
        try:
            os.lseek(self._fd, _HEADER_SIZE + self._data_size, os.SEEK_SET)
            while view:
                written = os.write(self._fd, view)
                view = view[written:]
                self._data_size += written
        except OSError as error:
            raise explain_os_error(error, self.folder / AUDIO_NAME) from error
        if self._clock() - self._last_sync >= self.sync_every:
            self.sync()

    def sync(self) -> None:
        """Rewrite the header with the current length and flush everything to the disk."""
        if self._closed:
            return
        try:
            os.pwrite(self._fd, wav_header(self.fmt, self._data_size), 0)
            os.fsync(self._fd)
        except OSError as error:
            raise explain_os_error(error, self.folder / AUDIO_NAME) from error
        self._last_sync = self._clock()

    def update_metadata(self, metadata: dict[str, str]) -> None:
        """Keep the interview's details beside the sound, so a recovered recording has them."""
        self.metadata = _clean_metadata(metadata)
        _write_sidecar(self.folder, self.fmt, self.started_at, self.metadata)

    def close(self) -> InProgress:
        """Stop writing; the WAV on disk is complete and valid."""
        if not self._closed:
            self.sync()
            os.close(self._fd)
            self._closed = True
        return InProgress(self.folder, self.fmt, self.started_at, dict(self.metadata), self.frames)

    def finish(
        self,
        project: Project,
        file_format: str = "flac",
        metadata: dict[str, str] | None = None,
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> int:
        """Close, encode and import as a recording item; returns the item's id."""
        if metadata is not None:
            self.update_metadata(metadata)
        recording = self.close()
        final = encode_final(recording, file_format, progress=progress, cancel=cancel)
        return import_final(project, recording, final)

    def discard(self) -> None:
        self.close()
        discard(InProgress(self.folder, self.fmt, self.started_at))


def final_name(recording: InProgress, file_format: str) -> str:
    """The name the file is imported under: unique, so an import can be recognised later."""
    return f"{recording.name}.{file_format}"


def encode_final(
    recording: InProgress,
    file_format: str = "flac",
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> Path:
    """Write the finished file beside the WAV (no database work: may run in any thread)."""
    if file_format not in FILE_FORMATS:
        raise BadInput(f"'{file_format}' is not a format Quire records in: use FLAC or WAV.")
    if recording.frames == 0:
        raise BadInput(
            "Nothing was recorded.", "Check that the microphone is connected and not muted."
        )
    target = recording.folder / final_name(recording, file_format)
    temp = target.with_name(f".{target.name}.tmp")
    try:
        if file_format == "wav":
            shutil.copyfile(recording.audio, temp)
        else:
            _encode_flac(recording, temp, progress, cancel or CancelToken())
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise explain_os_error(error, target) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def _encode_flac(
    recording: InProgress, target: Path, progress: ProgressCallback, cancel: CancelToken
) -> None:
    fmt = recording.fmt
    layout = {1: "mono", 2: "stereo"}.get(fmt.channels, f"{fmt.channels}c")
    with recording.audio.open("rb") as source, av.open(str(target), "w", format="flac") as out:
        stream = out.add_stream("flac", rate=fmt.sample_rate)
        stream.layout = layout
        stream.format = "s16"
        source.seek(_HEADER_SIZE)
        done = 0
        while done < recording.frames:
            cancel.raise_if_cancelled()
            count = min(_ENCODE_FRAMES, recording.frames - done)
            raw = source.read(count * fmt.frame_size)
            count = len(raw) // fmt.frame_size
            if count == 0:
                break
            samples: NDArray[np.int16] = np.frombuffer(
                raw[: count * fmt.frame_size], dtype="<i2"
            ).reshape(1, count * fmt.channels)
            frame = av.AudioFrame.from_ndarray(samples, format="s16", layout=layout)
            frame.sample_rate = fmt.sample_rate
            frame.pts = done
            frame.time_base = Fraction(1, fmt.sample_rate)
            for packet in stream.encode(frame):
                out.mux(packet)
            done += count
            progress(done / recording.frames, "Saving the recording")
        for packet in stream.encode(None):
            out.mux(packet)


def import_final(project: Project, recording: InProgress, final: Path) -> int:
    """Import the finished file with the interview's details, then remove the folder."""
    # No language given: Whisper detects it.
    item_id, _warnings = import_file(project, final, recording.metadata.get("languages", ""))
    try:
        _set_details(project, item_id, recording)
    except BaseException:
        project.remove_item(item_id)
        raise
    _remove(recording.folder)
    log.info("Recording %s imported as item %d", recording.name, item_id)
    return item_id


def _set_details(project: Project, item_id: int, recording: InProgress) -> None:
    details = dict(recording.metadata)
    details.setdefault("date", recording.started_at[:10])
    if not details.get("title"):
        details["title"] = _default_title(details)
    project.set_item_metadata(item_id, **details)


def _default_title(details: dict[str, str]) -> str:
    narrator = details.get("narrator")
    date = details.get("date") or _today()
    return f"Interview with {narrator}, {date}" if narrator else f"Interview, {date}"


def discard(recording: InProgress) -> None:
    """Delete a recording that the person chose not to keep."""
    _remove(recording.folder)
    log.info("Recording %s discarded", recording.name)


def _remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    parent = folder.parent
    if parent.name == IN_PROGRESS and parent.is_dir() and not any(parent.iterdir()):
        parent.rmdir()


def _read_sidecar(folder: Path) -> tuple[AudioFormat, str, dict[str, str]]:
    data: dict[str, Any] = json.loads((folder / SIDECAR_NAME).read_text(encoding="utf-8"))
    spec = data["format"]
    if int(spec.get("sample_width", SAMPLE_WIDTH)) != SAMPLE_WIDTH:
        raise ValueError("unsupported sample width")
    fmt = AudioFormat(int(spec["sample_rate"]), int(spec["channels"]))
    metadata = {str(k): str(v) for k, v in (data.get("metadata") or {}).items()}
    return fmt, str(data.get("started_at") or ""), metadata


def repair(folder: Path) -> InProgress:
    """Make an interrupted recording's WAV whole again from the sound on disk.

    The header may be a second behind and the last frame may be cut: the data's length is
    taken from the file itself and a cut frame is dropped.
    """
    fmt, started_at, metadata = _read_sidecar(folder)
    audio = folder / AUDIO_NAME
    for leftover in folder.glob(".*.tmp"):  # a FLAC being written when it stopped
        leftover.unlink(missing_ok=True)
    with audio.open("r+b") as handle:
        size = os.fstat(handle.fileno()).st_size
        data_size = max(size - _HEADER_SIZE, 0)
        data_size = min(data_size - data_size % fmt.frame_size, _MAX_DATA)
        handle.truncate(_HEADER_SIZE + data_size)
        handle.seek(0)
        handle.write(wav_header(fmt, data_size))
        handle.flush()
        os.fsync(handle.fileno())
    return InProgress(folder, fmt, started_at, metadata, data_size // fmt.frame_size)


def recover(project: Project) -> list[InProgress]:
    """The recordings a crash or power cut interrupted, repaired, oldest first.

    A recording already imported before the crash (its folder not yet removed) is cleaned
    up, not offered again. Each one returned can be given to ``encode_final`` and
    ``import_final``, or to ``discard``.
    """
    root = project.folder / IN_PROGRESS
    if not root.is_dir():
        return []
    imported = {
        str(name): int(item_id)
        for name, item_id in project.db.execute(
            "select original_name, item_id from originals"
        ).fetchall()
    }
    found: list[InProgress] = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        try:
            recording = repair(folder)
        except (OSError, ValueError, KeyError, TypeError, BadInput) as error:
            log.warning("Recording folder %s cannot be read (%s); left as it is", folder, error)
            continue
        names = [f"{folder.name}.{file_format}" for file_format in FILE_FORMATS]
        item_id = next((imported[n] for n in names if n in imported), None)
        if item_id is not None:
            # Imported just before the crash: make sure its details went with it.
            log.info("Recording %s was already imported as item %d", folder.name, item_id)
            _set_details(project, item_id, recording)
            _remove(folder)
            continue
        if recording.frames == 0:
            log.info("Recording %s holds no sound; removing it", folder.name)
            _remove(folder)
            continue
        found.append(recording)
    return found


def elapsed_text(seconds: float) -> str:
    """1:02:03 or 2:03: how long a recording is, for people."""
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
