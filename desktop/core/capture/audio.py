"""Audio and video import: probed and fully decoded once with PyAV to learn the true length."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import av

from ..errors import BadInput
from ..progress import CancelToken

AUDIO_SUFFIXES = {".wav", ".flac", ".mp3", ".ogg", ".oga", ".opus", ".m4a", ".aac", ".wma"}
VIDEO_SUFFIXES = {".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".mpg", ".mpeg"}


@dataclass
class AudioInfo:
    duration: float  # seconds of audio that actually decode
    sample_rate: int
    channels: int
    codec: str
    warning: str = ""


def probe_audio(path: Path, cancel: CancelToken | None = None) -> AudioInfo:
    """Decode the whole audio track once: a truncated or damaged file is caught here."""
    name = path.name
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except (av.FFmpegError, OSError, UnicodeDecodeError) as error:
        raise BadInput(
            f"{name} is not an audio or video file Quire can read.",
            "It may be damaged, empty, or another kind of file with an audio file's name.",
        ) from error
    with container:
        streams = container.streams.audio
        if not streams:
            raise BadInput(f"{name} has no sound track.")
        stream = streams[0]
        sample_rate = int(stream.codec_context.sample_rate or 0)
        channels = int(stream.codec_context.channels or 0)
        codec = stream.codec_context.name
        declared = float(container.duration / av.time_base) if container.duration else 0.0
        decoded_samples = 0
        warning = ""
        try:
            for frame in container.decode(stream):
                decoded_samples += frame.samples
                sample_rate = frame.sample_rate or sample_rate
                if (
                    cancel is not None
                    and decoded_samples % (sample_rate * 600 or 1) < frame.samples
                ):
                    cancel.raise_if_cancelled()
        except av.FFmpegError as error:
            if decoded_samples == 0:
                raise BadInput(f"{name} could not be decoded: {error}.") from error
            warning = (
                f"The file is damaged after {decoded_samples / sample_rate:.1f} s; "
                "the rest is lost."
            )
    if decoded_samples == 0 or sample_rate == 0:
        raise BadInput(
            f"{name} contains no sound that can be decoded.", "It may be empty or damaged."
        )
    duration = decoded_samples / sample_rate
    if not warning and declared and duration < declared - 1.0:
        warning = (
            f"The file says it lasts {declared:.1f} s but only {duration:.1f} s could be read; "
            "it may be incomplete."
        )
    return AudioInfo(duration, sample_rate, channels, codec, warning)
