"""Test files made on the spot from the corpus: formats the corpus lacks, and broken ones."""

from __future__ import annotations

import struct
import zlib
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from PIL import Image, ImageDraw


def encode_audio(
    source: Path, target: Path, codec: str, *, seconds: float | None = None, video: bool = False
) -> Path:
    """Re-encode ``source``'s sound into ``target`` (container chosen by its suffix)."""
    from faster_whisper.audio import decode_audio

    rate = 16000
    samples = decode_audio(str(source), sampling_rate=rate)[np.newaxis, :].astype(np.float32)
    if seconds:
        samples = samples[:, : int(seconds * rate)]
    with av.open(str(target), "w") as out:
        if video:
            picture = out.add_stream("mpeg4", rate=5)
            picture.width, picture.height, picture.pix_fmt = 64, 48, "yuv420p"
        sound = out.add_stream(codec, rate=48000 if codec == "libopus" else rate)
        sound.layout = "mono"
        resampler = av.AudioResampler(format=sound.format.name, layout="mono", rate=sound.rate)
        # Small frames: encoders such as AAC take a fixed number of samples per frame.
        for start in range(0, samples.shape[1], 1024):
            frame = av.AudioFrame.from_ndarray(
                np.ascontiguousarray(samples[:, start : start + 1024]), format="fltp", layout="mono"
            )
            frame.sample_rate = rate
            frame.pts = start
            frame.time_base = Fraction(1, rate)
            for chunk in resampler.resample(frame):
                for packet in sound.encode(chunk):
                    out.mux(packet)
        for chunk in resampler.resample(None):
            for packet in sound.encode(chunk):
                out.mux(packet)
        for packet in sound.encode(None):
            out.mux(packet)
        if video:
            duration = samples.shape[1] / rate
            for index in range(max(1, int(duration * 5))):
                image = av.VideoFrame.from_ndarray(
                    np.full((48, 64, 3), index % 255, np.uint8), format="rgb24"
                )
                image.pts = index
                for packet in picture.encode(image):
                    out.mux(packet)
            for packet in picture.encode(None):
                out.mux(packet)
    return target


def text_page(
    size: tuple[int, int] = (1200, 400), text: str = "Quire test page", mode: str = "L"
) -> Image.Image:
    image = Image.new("L", size, 255)
    ImageDraw.Draw(image).text((40, 40), text, fill=0, font_size=48)
    return image.convert(mode)


def png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG whose header claims a huge size: opening it must not decode it."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    body = zlib.compress(b"\x00" * 1024)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )
    return path
