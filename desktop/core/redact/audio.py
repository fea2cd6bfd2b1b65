"""Redaction of recordings: each span, padded, replaced by a 1 kHz tone or by silence in a
new FLAC file. The original is only read.

The sound is decoded and written frame by frame, so an hour of audio takes little memory.
Time is counted in samples from the first decoded one, as the speech recogniser counts it,
so word timings from a transcript fall where the words are. The new file keeps the sample
rate and channels; 16-bit unless the source is lossless with more bits. It carries no tags:
FFmpeg's encoder name is switched off and the Vorbis comment block is blanked to padding.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import IO, Any, Literal

import av
import numpy as np
from numpy.typing import NDArray

from ..errors import BadInput
from ..fileio import atomic_writer
from ..progress import CancelToken, ProgressCallback, no_progress
from .common import RedactionError

log = logging.getLogger(__name__)

TONE_HZ = 1000.0
TONE_DBFS = -20.0  # a clear beep, well below full scale
_RAMP_S = 0.005  # the tone fades in and out over 5 ms so it does not click
_LATE_TOLERANCE_S = 0.5
_LOSSLESS = {"flac", "alac", "wavpack", "tta", "ape"}
# FLAC metadata blocks that can carry words or pictures: APPLICATION, VORBIS_COMMENT, PICTURE.
_FLAC_TEXT_BLOCKS = {2, 4, 6}
_FLAC_PADDING = 1

Method = Literal["tone", "silence"]


@dataclass
class AudioRedaction:
    """What was written: the padded spans (seconds, merged, clipped to the recording)."""

    path: Path
    sample_rate: int
    channels: int
    duration: float
    spans: list[tuple[float, float]] = field(default_factory=list)


def sample_spans(
    spans: Sequence[tuple[float, float]], padding: float, rate: int
) -> list[tuple[int, int]]:
    """Spans in samples, each grown by ``padding`` seconds on both sides, rounded outwards,
    merged where they overlap or touch, and sorted."""
    ranges = []
    for raw in spans:
        start, end = float(raw[0]), float(raw[1])
        if not (math.isfinite(start) and math.isfinite(end)) or end < start:
            raise RedactionError(f"A time span to redact makes no sense: {start}..{end} s.")
        first = max(0, math.floor((start - padding) * rate))
        last = max(first, math.ceil((end + padding) * rate))
        ranges.append((first, last))
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for first, last in ranges:
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


def _fill(
    block: NDArray[np.float32],
    offset: int,
    ranges: list[tuple[int, int]],
    method: Method,
    rate: int,
    amplitude: float,
) -> None:
    """Overwrite, in place, the samples of ``block`` (channels x n, starting at sample
    ``offset`` of the recording) that fall in ``ranges``."""
    count = block.shape[1]
    for first, last in ranges:
        lo, hi = max(first, offset), min(last, offset + count)
        if lo >= hi:
            continue
        if method == "silence":
            block[:, lo - offset : hi - offset] = 0.0
            continue
        index = np.arange(lo, hi, dtype=np.float64)
        ramp = max(1.0, _RAMP_S * rate)
        envelope = np.minimum(1.0, np.minimum(index - first + 1, last - index) / ramp)
        tone = amplitude * envelope * np.sin(2 * np.pi * TONE_HZ * index / rate)
        block[:, lo - offset : hi - offset] = tone.astype(np.float32)


def _to_packed(block: NDArray[np.float32], fmt: str) -> NDArray[Any]:
    """Planar float (-1..1) to interleaved integers for the encoder, shape (1, n*channels)."""
    if fmt == "s16":
        ints: NDArray[Any] = np.clip(np.round(block * 32768.0), -32768, 32767).astype(np.int16)
    else:
        ints = np.clip(np.round(block.astype(np.float64) * 2147483648.0), -2147483648, 2147483647)
        ints = ints.astype(np.int32)
    return np.ascontiguousarray(ints.T).reshape(1, -1)


def blank_flac_metadata(handle: IO[bytes]) -> int:
    """Turn every FLAC metadata block that can carry text or pictures (Vorbis comments with
    the vendor string, pictures, application data) into zeroed padding, in place, without
    moving the audio. Returns how many blocks were blanked."""
    handle.seek(0)
    if handle.read(4) != b"fLaC":
        raise BadInput("This is not a FLAC file.")
    blanked = 0
    while True:
        where = handle.tell()
        header = handle.read(4)
        if len(header) < 4:
            raise BadInput("The FLAC file is damaged (its header is cut short).")
        last, kind = header[0] & 0x80, header[0] & 0x7F
        length = int.from_bytes(header[1:4], "big")
        if kind in _FLAC_TEXT_BLOCKS:
            handle.seek(where)
            handle.write(bytes([last | _FLAC_PADDING]) + header[1:4] + bytes(length))
            blanked += 1
        else:
            handle.seek(where + 4 + length)
        if last:
            return blanked


def redact_audio(
    src_path: Path,
    spans: Sequence[tuple[float, float]],
    out_path: Path,
    padding: float = 0.15,
    method: Method = "tone",
    *,
    level_dbfs: float = TONE_DBFS,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> AudioRedaction:
    """Write ``out_path`` (FLAC): ``src_path``'s sound with each span ``(start_s, end_s)``,
    grown by ``padding`` seconds each side, replaced in every channel by a 1 kHz tone at
    ``level_dbfs`` or by silence."""
    if method not in ("tone", "silence"):
        raise ValueError(f"method is 'tone' or 'silence', not {method!r}")
    if padding < 0:
        raise ValueError("padding cannot be negative")
    if out_path.suffix.lower() != ".flac":
        raise ValueError(f"redacted audio is written as FLAC: name it {out_path.stem}.flac")
    cancel = cancel or CancelToken()
    amplitude = 10 ** (level_dbfs / 20)
    try:
        source = av.open(str(src_path))
    except (av.FFmpegError, OSError) as error:
        raise BadInput(f"The recording {src_path.name} cannot be read: {error}.") from error
    with source:
        if not source.streams.audio:
            raise BadInput(f"{src_path.name} has no sound to redact.")
        stream = source.streams.audio[0]
        rate = int(stream.codec_context.sample_rate or stream.rate or 0)
        channels = int(stream.codec_context.channels or 0)
        if rate <= 0 or channels <= 0:
            raise BadInput(f"The recording {src_path.name} has no usable sample rate.")
        if channels > 8:
            raise BadInput(f"{src_path.name} has {channels} channels; FLAC holds at most 8.")
        layout = stream.codec_context.layout.name
        wide = stream.codec_context.name in _LOSSLESS or stream.codec_context.name.startswith(
            ("pcm_s24", "pcm_s32", "pcm_f")
        )
        out_format = "s32" if wide and stream.format.bytes > 2 else "s16"
        total = (
            float(stream.duration * stream.time_base)
            if stream.duration and stream.time_base
            else 0.0
        )
        ranges = sample_spans(spans, padding, rate)
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=rate)
        position = 0
        with atomic_writer(out_path, "w+b") as handle:
            with av.open(
                handle, "w", format="flac", container_options={"fflags": "+bitexact"}
            ) as target:
                encoder = target.add_stream("flac", rate=rate, layout=layout)
                encoder.format = out_format
                encoder.codec_context.flags |= av.codec.context.Flags.bitexact
                try:
                    for frame in source.decode(stream):
                        for chunk in resampler.resample(frame):
                            position = _encode(
                                chunk,
                                position,
                                ranges,
                                method,
                                rate,
                                amplitude,
                                out_format,
                                layout,
                                encoder,
                                target,
                            )
                        cancel.raise_if_cancelled()
                        if total:
                            progress(min(position / rate / total, 1.0), "Redacting the sound")
                    for chunk in resampler.resample(None):
                        position = _encode(
                            chunk,
                            position,
                            ranges,
                            method,
                            rate,
                            amplitude,
                            out_format,
                            layout,
                            encoder,
                            target,
                        )
                except av.FFmpegError as error:
                    raise BadInput(
                        f"The recording {src_path.name} could not be decoded: {error}."
                    ) from error
                for packet in encoder.encode(None):
                    target.mux(packet)
            if ranges and ranges[-1][0] > position + _LATE_TOLERANCE_S * rate:
                raise RedactionError(
                    f"A span to redact starts at {ranges[-1][0] / rate:.1f} s, after the end "
                    f"of {src_path.name} ({position / rate:.1f} s).",
                    "The times must come from this very recording; check which one was meant.",
                )
            blank_flac_metadata(handle)  # type: ignore[arg-type]
    duration = position / rate
    progress(1.0, "Sound redacted")
    clipped = [
        (first / rate, min(last, position) / rate) for first, last in ranges if first < position
    ]
    return AudioRedaction(out_path, rate, channels, duration, clipped)


def _encode(
    chunk: Any,
    position: int,
    ranges: list[tuple[int, int]],
    method: Method,
    rate: int,
    amplitude: float,
    out_format: str,
    layout: str,
    encoder: Any,
    target: Any,
) -> int:
    block = np.array(chunk.to_ndarray(), dtype=np.float32, copy=True)
    _fill(block, position, ranges, method, rate, amplitude)
    frame = av.AudioFrame.from_ndarray(
        _to_packed(block, out_format), format=out_format, layout=layout
    )
    frame.sample_rate = rate
    frame.pts = position
    frame.time_base = Fraction(1, rate)
    for packet in encoder.encode(frame):
        target.mux(packet)
    return position + int(block.shape[1])
