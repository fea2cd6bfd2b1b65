"""Recording an interview: written as it comes, recovered after kill -9, imported losslessly."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import av
import numpy as np
import pytest
from numpy.typing import NDArray

from desktop.core.capture.audio import probe_audio
from desktop.core.capture.recording import (
    AUDIO_NAME,
    IN_PROGRESS,
    AudioFormat,
    RecordingWriter,
    encode_final,
    import_final,
    peak_level,
    recover,
    repair,
)
from desktop.core.errors import BadInput, DiskFull
from desktop.core.store.project import Project

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
REPO = Path(__file__).resolve().parents[2]
RATE = 16_000


def _speech(channels: int = 1) -> NDArray[np.int16]:
    """JFK's 11 s as 16-bit PCM frames (mono, or the same sound a little louder on the right)."""
    from faster_whisper.audio import decode_audio

    mono = (decode_audio(str(CORPUS / "audio" / "jfk.flac"), sampling_rate=RATE) * 30000).astype(
        np.int16
    )
    if channels == 1:
        return mono.reshape(-1, 1)
    return np.stack([mono, (mono.astype(np.int32) * 11 // 10).clip(-32768, 32767)], axis=1).astype(
        np.int16
    )


def _decode(path: Path) -> NDArray[np.int16]:
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        frames = [frame.to_ndarray() for frame in container.decode(stream)]
    planar = np.concatenate(frames, axis=1)  # s16 (interleaved, 1 row) or s16p
    channels = stream.codec_context.channels
    if planar.shape[0] == 1 and channels > 1:
        return planar.reshape(-1, channels).astype(np.int16)
    return planar.T.astype(np.int16)


def _write_in_odd_chunks(writer: RecordingWriter, frames: NDArray[np.int16]) -> None:
    data = frames.tobytes()
    sizes = np.random.default_rng(4).integers(1, 9000, size=len(data) // 100)
    position = 0
    for size in sizes:  # chunk edges fall inside frames and samples
        writer.write(data[position : position + int(size)])
        position += int(size)
        if position >= len(data):
            break
    writer.write(data[position:])


def test_finish_to_flac_is_lossless_and_imports_the_interview(project: Project) -> None:
    speech = _speech(channels=2)
    writer = RecordingWriter.start(project.folder, AudioFormat(RATE, 2), {"narrator": "Ann Roe"})
    _write_in_odd_chunks(writer, speech)
    assert writer.frames == len(speech)
    item_id = writer.finish(
        project,
        "flac",
        {
            "narrator": "Ann Roe",
            "interviewer": "Tom Ash",
            "place": "Whitby",
            "languages": "eng",
            "consent_status": "signed",
            "consent_ref": "CF-2026-014",
            "consent_terms": "Public use after 2030",
        },
    )
    item = project.item(item_id)
    assert item["kind"] == "recording"
    assert item["narrator"] == "Ann Roe" and item["interviewer"] == "Tom Ash"
    assert item["consent_status"] == "signed" and item["consent_ref"] == "CF-2026-014"
    assert item["consent_terms"] == "Public use after 2030" and item["languages"] == "eng"
    assert item["title"].startswith("Interview with Ann Roe, 20")
    assert item["date"] == writer.started_at[:10]
    recording = project.recording_for_item(item_id)
    assert recording is not None
    assert recording["codec"] == "flac" and recording["channels"] == 2
    assert abs(recording["duration"] - len(speech) / RATE) < 0.001
    original = project.path(project.originals(item_id)[0]["path"])
    assert original.suffix == ".flac" and not original.stat().st_mode & stat.S_IWUSR
    assert np.array_equal(_decode(original), speech), "FLAC must keep every sample"
    assert not (project.folder / IN_PROGRESS).exists()
    assert recover(project) == []


def test_finish_to_wav_keeps_the_samples(project: Project) -> None:
    speech = _speech()[: RATE * 3]
    writer = RecordingWriter.start(project.folder, AudioFormat(RATE, 1))
    writer.write(speech.tobytes())
    item_id = writer.finish(project, "wav")
    original = project.path(project.originals(item_id)[0]["path"])
    assert original.suffix == ".wav"
    assert np.array_equal(_decode(original), speech)
    assert project.item(item_id)["title"].startswith("Interview, 20")
    assert project.item(item_id)["languages"] == ""  # detected when transcribed


_CHILD = """
import sys, time
from pathlib import Path
import numpy as np
from desktop.core.capture.recording import AudioFormat, RecordingWriter
frames = np.load(sys.argv[2])
writer = RecordingWriter.start(Path(sys.argv[1]), AudioFormat(16000, 1), {"narrator": "Kim"})
step = 1600  # 0.1 s, as a sound card hands it over
for start in range(0, len(frames), step):
    writer.write(frames[start : start + step].tobytes())
    print(writer.frames, flush=True)
    time.sleep(0.1)
time.sleep(60)
"""


def test_kill_9_mid_recording_loses_at_most_two_seconds(tmp_path: Path) -> None:
    folder = tmp_path / "project"
    Project.create(folder).close()
    speech = _speech()
    np.save(tmp_path / "speech.npy", speech)
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(folder), str(tmp_path / "speech.npy")],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert child.stdout is not None
    written = 0
    deadline = time.monotonic() + 60
    while written < 4 * RATE and time.monotonic() < deadline:
        written = int(child.stdout.readline())
    os.kill(child.pid, 9)
    child.wait()
    assert written >= 4 * RATE

    with Project.open(folder) as project:
        (found,) = recover(project)
        assert found.metadata == {"narrator": "Kim"}
        assert written / RATE - 2.0 <= found.duration <= written / RATE + 0.2
        info = probe_audio(found.audio)  # a valid WAV again, header and all
        assert abs(info.duration - found.duration) < 0.01 and info.warning == ""
        kept = _decode(found.audio)
        assert np.array_equal(kept, speech[: len(kept)])
        assert peak_level(kept.tobytes()) > 0.3

        item_id = import_final(project, found, encode_final(found, "flac"))
        assert project.item(item_id)["narrator"] == "Kim"
        recording = project.recording_for_item(item_id)
        assert recording is not None and abs(recording["duration"] - found.duration) < 0.01
        assert recover(project) == []


def test_a_cut_frame_and_a_stale_header_are_repaired(project: Project) -> None:
    speech = _speech(channels=2)[: RATE * 2]
    writer = RecordingWriter.start(project.folder, AudioFormat(RATE, 2))
    writer.sync_every = 3600.0  # the header is written at the start only
    writer.write(speech.tobytes())
    audio = writer.folder / AUDIO_NAME
    with audio.open("ab") as handle:
        handle.write(b"\x01\x02\x03")  # a frame cut short by the crash
    with audio.open("rb") as handle:
        assert int.from_bytes(handle.read(44)[40:44], "little") == 0
    # A FLAC being written when the power went is thrown away.
    (writer.folder / ".half.flac.tmp").write_bytes(b"fLaC")
    (found,) = recover(project)
    assert found.frames == len(speech)
    assert np.array_equal(_decode(found.audio), speech)
    assert not (writer.folder / ".half.flac.tmp").exists()


def test_a_crash_just_after_the_import_does_not_offer_it_again(project: Project) -> None:
    from desktop.core.capture.importer import import_file

    writer = RecordingWriter.start(project.folder, AudioFormat(RATE, 1), {"narrator": "Lee"})
    writer.write(_speech()[:RATE].tobytes())
    final = encode_final(writer.close(), "flac")
    item_id, _ = import_file(project, final, "")  # the details were not yet saved
    assert recover(project) == []
    assert project.item(item_id)["narrator"] == "Lee"
    assert len(project.items()) == 1 and not (project.folder / IN_PROGRESS).exists()


def test_empty_and_unreadable_folders(project: Project) -> None:
    empty = RecordingWriter.start(project.folder, AudioFormat(RATE, 1))
    empty.close()
    with pytest.raises(BadInput, match="Nothing was recorded"):
        encode_final(empty.close(), "flac")
    stranger = project.folder / IN_PROGRESS / "not-a-recording"
    stranger.mkdir()
    (stranger / "recording.json").write_text("{", encoding="utf-8")
    assert recover(project) == []
    assert not empty.folder.exists()  # nothing in it: removed
    assert stranger.exists()  # not ours to delete


def test_discard_removes_the_sound(project: Project) -> None:
    writer = RecordingWriter.start(project.folder, AudioFormat(RATE, 1))
    writer.write(b"\0\0" * RATE)
    writer.discard()
    assert not (project.folder / IN_PROGRESS).exists()


def test_the_interview_details_are_kept_beside_the_sound(project: Project) -> None:
    writer = RecordingWriter.start(project.folder, AudioFormat(RATE, 1))
    writer.update_metadata({"narrator": "Mairi", "consent_status": "pending"})
    saved = json.loads((writer.folder / "recording.json").read_text(encoding="utf-8"))
    assert saved["metadata"] == {"narrator": "Mairi", "consent_status": "pending"}
    assert saved["format"] == {"sample_rate": RATE, "channels": 1, "sample_width": 2}
    writer.discard()


def test_a_full_disk_is_reported_and_what_was_written_is_kept(small_disk: Path) -> None:
    writer = RecordingWriter.start(small_disk, AudioFormat(48_000, 2))
    second = _speech(channels=2)[:RATE]
    second = np.repeat(second, 3, axis=0)  # one second at 48 kHz
    with pytest.raises(DiskFull):
        for _ in range(60):
            writer.write(second.tobytes())
    assert writer.duration > 5
    kept = writer.close()
    found = repair(writer.folder)
    assert found.frames == kept.frames == writer.frames
    assert abs(probe_audio(found.audio).duration - writer.duration) < 0.01


def test_peak_level() -> None:
    assert peak_level(b"") == 0.0
    assert peak_level(np.array([0, -16384, 100], dtype="<i2").tobytes() + b"\x01") == 0.5
    assert peak_level(np.array([-32768], dtype="<i2").tobytes()) == 1.0
