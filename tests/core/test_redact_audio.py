"""Audio redaction on synthetic speech (espeak-ng) that says a name and a phone number:
transcribe, find the words' times, tone them out, transcribe again: gone; no tags."""

from __future__ import annotations

import shutil
import subprocess
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from mutagen.flac import FLAC

from desktop.core.asr.models import resolve_model
from desktop.core.asr.transcribe import LoadedModel
from desktop.core.redact import (
    RedactionError,
    find_values,
    metadata_of,
    redact_audio,
    verify_audio,
)
from desktop.core.redact.audio import TONE_HZ, sample_spans

SPEECH = (
    "Hello, this is the archive. My name is Thomas Fletcher, and my telephone number is "
    "oh one six three two, nine six oh, five two seven. Thank you for listening to the "
    "recording."
)
CONFIRMED = ["Thomas Fletcher", "01632 960 527"]
ORDINARY = ["archive", "telephone", "listening", "recording"]


def read_audio(path: Path) -> tuple[np.ndarray, int]:
    """All samples as float (channels x n) at the file's own rate."""
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        rate = stream.codec_context.sample_rate
        resampler = av.AudioResampler(format="fltp", layout=stream.layout.name, rate=rate)
        chunks = [
            c.to_ndarray() for frame in container.decode(stream) for c in resampler.resample(frame)
        ]
    return np.concatenate(chunks, axis=1), rate


def write_flac(path: Path, samples: np.ndarray, rate: int) -> Path:
    layout = "mono" if samples.shape[0] == 1 else "stereo"
    with av.open(str(path), "w", format="flac") as out:
        stream = out.add_stream("flac", rate=rate, layout=layout)
        stream.format = "s16"
        ints = np.clip(samples * 32767, -32768, 32767).astype(np.int16)
        frame = av.AudioFrame.from_ndarray(
            ints.T.reshape(1, -1).copy(), format="s16", layout=layout
        )
        frame.sample_rate, frame.pts, frame.time_base = rate, 0, Fraction(1, rate)
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)
    return path


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (scripts/bootstrap.sh installs it)")
    path = tmp_path_factory.mktemp("speech") / "speech.wav"
    subprocess.run(["espeak-ng", "-v", "en-gb", "-s", "140", "-w", str(path), SPEECH], check=True)
    return path


@pytest.fixture(scope="module")
def model() -> LoadedModel:
    name, folder = resolve_model(None)
    return LoadedModel(name, folder, "cpu")


@pytest.mark.slow
def test_redacted_speech_no_longer_says_the_name_or_number(
    speech: Path, model: LoadedModel, tmp_path: Path
) -> None:
    before = verify_audio(speech, CONFIRMED, "eng", model=model)
    # The check can fail: on the original both values are heard, with their times.
    assert sorted(leak.value for leak in before.leaks) == sorted(CONFIRMED)
    spans = [(leak.where[0], leak.where[1]) for leak in before.leaks]
    assert all(0 < start < end < 15 for start, end in spans)

    out = tmp_path / "speech-redacted.flac"
    result = redact_audio(speech, spans, out)
    after = verify_audio(out, CONFIRMED, "eng", model=model)
    assert after.ok, after.leaks
    after.raise_if_leaks()

    from desktop.core.asr.transcribe import decode, transcribe_track
    from desktop.core.progress import CancelToken

    ((_, audio),) = decode(out, split_channels=False)
    heard = " ".join(
        s.text
        for s in transcribe_track(
            model, audio, offset=0, language="en", hotwords=None, speaker=None,
            beam_size=5, previous=None, cancel=CancelToken(),
        )
    ).casefold()  # fmt: skip
    for word in ORDINARY:
        assert word in heard, heard
    assert "fletcher" not in heard and "527" not in heard

    # A new FLAC, same rate and channels, with no tag block at all.
    assert (result.sample_rate, result.channels) == (22050, 1)
    assert metadata_of(out) == {}
    assert FLAC(out).tags is None and b"Lavf" not in out.read_bytes()


def test_spans_are_padded_merged_and_toned_or_silenced(tmp_path: Path) -> None:
    rate = 16000
    t = np.arange(rate * 3) / rate
    voice = 0.5 * np.sin(2 * np.pi * 220 * t)
    src = write_flac(tmp_path / "stereo.flac", np.stack([voice, -voice]), rate)

    tone = redact_audio(src, [(1.0, 1.2), (1.3, 1.5)], tmp_path / "tone.flac", padding=0.15)
    # The two padded spans touch, so they are one: 0.85 .. 1.65 s.
    assert tone.spans == [(0.85, 1.65)] and tone.channels == 2
    samples, out_rate = read_audio(tone.path)
    assert out_rate == rate and samples.shape == (2, rate * 3)
    inside = samples[:, int(0.9 * rate) : int(1.6 * rate)]
    spectrum = np.abs(np.fft.rfft(inside[0]))
    assert np.fft.rfftfreq(inside.shape[1], 1 / rate)[spectrum.argmax()] == pytest.approx(
        TONE_HZ, abs=2
    )
    assert np.allclose(inside[0], inside[1], atol=1e-4)  # every channel, not only the first
    assert 0.08 < np.abs(inside).max() < 0.11  # -20 dBFS: modest, not a blast
    # Outside the padded span the voice is untouched (to 16-bit precision).
    assert np.allclose(samples[0, : int(0.84 * rate)], voice[: int(0.84 * rate)], atol=1e-3)
    assert np.allclose(samples[1, int(1.66 * rate) :], -voice[int(1.66 * rate) :], atol=1e-3)

    silent = redact_audio(src, [(2.0, 2.5)], tmp_path / "silence.flac", method="silence")
    samples, _ = read_audio(silent.path)
    assert not samples[:, int(1.85 * rate) : int(2.65 * rate)].any()
    assert np.abs(samples[:, int(1.8 * rate) : int(1.84 * rate)]).max() > 0.3
    assert metadata_of(silent.path) == {}


def test_bad_spans_are_refused(tmp_path: Path) -> None:
    rate = 16000
    src = write_flac(tmp_path / "short.flac", np.zeros((1, rate)), rate)
    with pytest.raises(RedactionError, match="after the end"):
        redact_audio(src, [(30.0, 31.0)], tmp_path / "out.flac")
    assert not (tmp_path / "out.flac").exists()
    with pytest.raises(RedactionError, match="makes no sense"):
        redact_audio(src, [(0.5, 0.2)], tmp_path / "out.flac")
    assert sample_spans([(0.0, 0.1)], 0.15, 1000) == [(0, 250)]


def test_numbers_are_found_by_their_digits_even_when_spoken() -> None:
    from desktop.core.model import TimedWord

    said = [
        "call",
        "oh",
        "one",
        "six",
        "three",
        "two",
        "nine",
        "six",
        "oh",
        "five",
        "two",
        "seven",
        "now",
    ]
    words = [TimedWord(w, i, i + 0.5, 0.9) for i, w in enumerate(said)]
    (leak,) = find_values(["01632 960 527"], words)
    assert leak.where == (1, 11.5)
    assert find_values(["01632 960 528"], words) == []


def test_transcript_words_in_redacted_spans_become_tokens() -> None:
    from desktop.core.model import Segment, TimedWord
    from desktop.core.redact import redact_segments

    said = [("My", 2.26, 2.46), ("name", 2.46, 2.74), ("is", 2.74, 3.02),
            ("Thomas", 3.02, 3.3), ("Fletcher,", 3.3, 3.86), ("and", 4.18, 4.34),
            ("01632", 5.66, 7.06), ("960", 7.06, 8.26), ("527.", 8.26, 9.6)]  # fmt: skip
    words = [TimedWord(text, start, end, 0.9) for text, start, end in said]
    segment = Segment(2.26, 9.6, " ".join(w for w, _, _ in said), words, "en")
    untimed = Segment(10.0, 12.0, "Thomas Fletcher again", [], "en")
    (out, whole) = redact_segments(
        [segment, untimed], [(3.02, 3.86, "PERSON"), (5.66, 9.6, "PHONE"), (10.5, 11, "PERSON")]
    )
    assert out.text == "My name is [PERSON], and [PHONE]."
    assert [(w.text, w.start, w.end) for w in out.words][3:] == [
        ("[PERSON],", 3.02, 3.86),
        ("and", 4.18, 4.34),
        ("[PHONE].", 5.66, 9.6),
    ]
    assert whole.text == "[PERSON]"
    assert segment.text.startswith("My name is Thomas")  # the input is not changed


def test_a_span_may_carry_its_pseudonym() -> None:
    from desktop.core.model import Segment, TimedWord
    from desktop.core.redact import redact_segments

    words = [TimedWord("Ask", 0.0, 0.4, 0.9), TimedWord("Thomas", 0.4, 0.8, 0.9),
             TimedWord("Fletcher.", 0.8, 1.3, 0.9)]  # fmt: skip
    (out,) = redact_segments(
        [Segment(0.0, 1.3, "Ask Thomas Fletcher.", words, "en")],
        [(0.4, 1.3, "PERSON", "Person 2")],
    )
    assert out.text == "Ask Person 2."


def test_only_what_is_heard_outside_the_tones_counts_and_a_made_up_word_is_checked_again() -> None:
    from desktop.core.redact.verify import Leak
    from desktop.core.redaction import leaks_heard

    toned = [(23.43, 27.73)]
    in_tone = Leak(0, "01632 960 527", "01632 960 527", (23.38, 27.62))
    made_up = Leak(1, "Whitby", "Whitby", (28.28, 28.28))
    spoken = Leak(2, "Thomas Fletcher", "Thomas Fletcher", (0.74, 1.54))
    asked: list[bool] = []

    def unprimed(found: list[Leak]):  # type: ignore[no-untyped-def]
        def check() -> list[Leak]:
            asked.append(True)
            return found

        return check

    assert leaks_heard([in_tone], toned, unprimed([])) == []
    assert not asked  # nothing of no length: no second listening
    assert leaks_heard([in_tone, made_up], toned, unprimed([])) == []
    assert leaks_heard([made_up], toned, unprimed([made_up])) == [made_up]
    spilling = Leak(1, "Whitby", "Whitby", (27.64, 28.16))  # starts in the tone's edge
    assert leaks_heard([spilling], toned, unprimed([])) == []
    # a value really spoken is never let off
    assert leaks_heard([spoken, made_up], toned, unprimed([])) == [spoken]
