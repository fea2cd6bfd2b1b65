"""The corrected transcript: every edit a transcriber makes, on jfk.flac as transcribed."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.asr.transcribe import transcribe_items
from desktop.core.capture.importer import import_file
from desktop.core.export_text import export_text
from desktop.core.model import Segment, TimedWord
from desktop.core.search import search_items
from desktop.core.status import project_status
from desktop.core.store.project import LOCK_NAME, Project
from desktop.core.transcript import (
    CHECKED,
    TranscriptEditError,
    clock,
    edit_text,
    merge_segments,
    parse_clock,
    rename_speaker,
    segments_from_json,
    segments_to_json,
    set_speaker,
    set_times,
    speakers,
    split_segment,
    word_at,
    word_spans,
)
from tests.conftest import CORPUS

JFK = (
    "And so my fellow Americans, ask not what your country can do for you, "
    "ask what you can do for your country."
)


@pytest.fixture(scope="module")
def transcribed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """jfk.flac imported and transcribed once; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("jfk") / "project"
    with Project.create(folder) as project:
        item_id, _ = import_file(project, CORPUS / "audio" / "jfk.flac", "eng")
        project.set_item_metadata(item_id, languages="")
        assert transcribe_items(project).transcribed == 1
    return folder, item_id


@pytest.fixture
def jfk(transcribed: tuple[Path, int], tmp_path: Path) -> Iterator[tuple[Project, int]]:
    folder, item_id = transcribed
    copy = tmp_path / "project"
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns(LOCK_NAME))
    with Project.open(copy) as project:
        recording = project.recording_for_item(item_id)
        assert recording is not None
        yield project, recording["id"]


@pytest.fixture
def machine(jfk: tuple[Project, int]) -> list[Segment]:
    project, recording_id = jfk
    segments = project.segments(recording_id)
    assert " ".join(s.text for s in segments) == JFK
    return segments


def _word(segments: list[Segment], text: str, nth: int = 0) -> TimedWord:
    return [w for s in segments for w in s.words if w.text == text][nth]


def _words_match_text(segment: Segment) -> None:
    assert [w.text for w in segment.words] == segment.text.split()
    spans = word_spans(segment)
    assert all(span is not None for span in spans)
    assert all(w.start <= w.end for w in segment.words)
    assert [w.start for w in segment.words] == sorted(w.start for w in segment.words)


# ----- text --------------------------------------------------------------------------------


def test_every_machine_word_is_found_in_its_text(machine: list[Segment]) -> None:
    for segment in machine:
        spans = word_spans(segment)
        assert [segment.text[s[0] : s[1]] for s in spans if s] == [w.text for w in segment.words]
    at = JFK.index("fellow") + 2
    assert machine[0].words[word_at(machine[0], at) or 0].text == "fellow"


def test_a_word_replaced_keeps_its_time_and_counts_as_checked(machine: list[Segment]) -> None:
    edited = edit_text(machine, 0, JFK.replace("Americans,", "Americans:"))
    segment = edited[0]
    _words_match_text(segment)
    before = _word(machine, "Americans,")
    after = _word(edited, "Americans:")
    assert (after.start, after.end) == (before.start, before.end)
    assert after.probability == CHECKED
    # The words around it are exactly as the machine heard them.
    assert _word(edited, "fellow") == _word(machine, "fellow")
    assert _word(edited, "ask") == _word(machine, "ask")
    assert (segment.start, segment.end) == (machine[0].start, machine[0].end)


def test_one_word_becoming_two_shares_its_time(machine: list[Segment]) -> None:
    edited = edit_text(machine, 0, JFK.replace("Americans,", "American citizens,"))
    _words_match_text(edited[0])
    before = _word(machine, "Americans,")
    first, second = _word(edited, "American"), _word(edited, "citizens,")
    assert first.start == before.start and second.end == pytest.approx(before.end)
    assert first.end == pytest.approx(second.start)
    # Time is shared by length: "citizens," is longer than "American".
    assert second.end - second.start > first.end - first.start


def test_a_word_deleted_or_added_leaves_the_others_alone(machine: list[Segment]) -> None:
    deleted = edit_text(machine, 0, JFK.replace("And so ", "So "))
    _words_match_text(deleted[0])
    assert [w.text for w in deleted[0].words][:3] == ["So", "my", "fellow"]
    assert deleted[0].words[1:] == machine[0].words[2:]

    added = edit_text(machine, 0, JFK.replace("ask not what", "ask not, I say, what"))
    _words_match_text(added[0])
    not_ = _word(machine, "not")
    what = _word(machine, "what")
    # "not" became three words: they share its time; "what" is untouched.
    pieces = [_word(added, "not,"), _word(added, "I"), _word(added, "say,")]
    assert pieces[0].start == not_.start and pieces[-1].end == pytest.approx(not_.end)
    assert all(w.probability == CHECKED for w in pieces)
    # A word put between two unchanged ones takes the silence between them (none here).
    between = edit_text(machine, 0, JFK.replace("ask not what", "ask not ever what"))
    ever = _word(between, "ever")
    assert not_.end <= ever.start <= ever.end <= what.start
    assert _word(between, "not") == not_
    assert _word(added, "what") == what


def test_line_breaks_typed_into_a_segment_become_spaces(machine: list[Segment]) -> None:
    edited = edit_text(machine, 0, JFK.replace(" ask not", "\nask not"))
    assert edited[0].text == JFK
    assert edited[0].words == machine[0].words  # nothing changed after all


# ----- split and merge ---------------------------------------------------------------------


def test_split_between_words_cuts_the_time_at_the_word_boundary(machine: list[Segment]) -> None:
    at = JFK.index(" ask not")
    parts = split_segment(machine, 0, at)
    assert [s.text for s in parts] == [
        "And so my fellow Americans,",
        "ask not what your country can do for you, ask what you can do for your country.",
    ]
    americans, ask = _word(machine, "Americans,"), _word(machine, "ask")
    assert parts[0].start == machine[0].start and parts[0].end == americans.end
    assert parts[1].start == ask.start and parts[1].end == machine[0].end
    assert parts[0].words + parts[1].words == machine[0].words
    assert parts[0].language == parts[1].language == "en"
    for segment in parts:
        _words_match_text(segment)
    # Splitting at a word's start works the same as splitting at the space before it.
    assert split_segment(machine, 0, at + 1) == parts


def test_split_inside_a_word_makes_two_words(machine: list[Segment]) -> None:
    at = JFK.index("Americans") + len("Ameri")
    first, second = split_segment(machine, 0, at)
    assert first.text.endswith("fellow Ameri") and second.text.startswith("cans, ask")
    whole = _word(machine, "Americans,")
    head, tail = first.words[-1], second.words[0]
    assert (head.text, tail.text) == ("Ameri", "cans,")
    assert head.start == whole.start and tail.end == pytest.approx(whole.end)
    assert head.end == pytest.approx(tail.start)
    assert first.end == head.end and second.start == tail.start


def test_split_at_either_end_is_refused(machine: list[Segment]) -> None:
    for at in (0, len(JFK), len(JFK) - 0):
        with pytest.raises(TranscriptEditError, match="nothing to split"):
            split_segment(machine, 0, at)
    with pytest.raises(TranscriptEditError, match="no segment 5"):
        split_segment(machine, 4, 3)


def test_merge_undoes_a_split(machine: list[Segment]) -> None:
    parts = split_segment(machine, 0, JFK.index(" ask what"))
    parts = split_segment(parts, 0, JFK.index(" ask not"))
    assert len(parts) == 3
    merged = merge_segments(merge_segments(parts, 1), 0)
    assert merged == machine
    with pytest.raises(TranscriptEditError, match="last segment"):
        merge_segments(parts, 2)


# ----- times -------------------------------------------------------------------------------


def test_times_can_be_moved_within_the_gaps_but_never_overlap(machine: list[Segment]) -> None:
    # 0.0-2.1 and "ask" (about 2.8: the model and its runtime place it)-10.36
    parts = split_segment(machine, 0, JFK.index(" ask not"))
    ask = parts[1].start
    moved = set_times(parts, 1, 2.5, 10.8, duration=11.0)
    assert (moved[1].start, moved[1].end) == (2.5, 10.8)
    assert moved[0] is parts[0]
    with pytest.raises(TranscriptEditError, match="before the one before it ends"):
        set_times(parts, 1, 2.0, 10.36, duration=11.0)
    with pytest.raises(TranscriptEditError, match="after the next one starts"):
        set_times(parts, 0, 0.0, ask + 0.2, duration=11.0)
    with pytest.raises(TranscriptEditError, match="start before it ends"):
        set_times(parts, 1, 5.0, 5.0, duration=11.0)
    with pytest.raises(TranscriptEditError, match=r"only 0:11\.00 long"):
        set_times(parts, 1, ask, 12.0, duration=11.0)
    with pytest.raises(TranscriptEditError, match="before the recording"):
        set_times(parts, 0, -1.0, 2.1, duration=11.0)
    # Two speakers may talk at once; one speaker cannot.
    two = set_speaker(parts, 1, "Crowd")
    overlapping = set_times(two, 1, 1.5, 10.36, duration=11.0)
    assert overlapping[1].start == 1.5
    with pytest.raises(TranscriptEditError, match="after the next one starts"):
        set_times(set_speaker(overlapping, 1, None), 0, 0.0, 2.2, duration=11.0)
    # Shortening is always allowed, even where segments overlap already.
    assert set_times(overlapping, 1, 1.6, 10.0, duration=11.0)[1].start == 1.6
    # Words outside the new bounds are brought within them.
    shrunk = set_times(parts, 1, 3.0, 9.0, duration=11.0)
    assert all(3.0 <= w.start <= w.end <= 9.0 for w in shrunk[1].words)
    assert shrunk[1].words[1] == parts[1].words[1]  # "not" was inside: untouched


def test_clock_and_parse_clock_round_trip() -> None:
    assert clock(2.76) == "0:02.76" and clock(3725.5) == "1:02:05.50"
    assert parse_clock("0:02.76") == pytest.approx(2.76)
    assert parse_clock("1:02:05,5") == pytest.approx(3725.5)
    assert parse_clock("75") == 75.0
    for bad in ("", "a:10", "1::2", "-3"):
        with pytest.raises(TranscriptEditError):
            parse_clock(bad)


# ----- speakers ----------------------------------------------------------------------------


def test_speakers_are_set_and_renamed_everywhere(machine: list[Segment]) -> None:
    parts = split_segment(machine, 0, JFK.index(" ask what"))
    parts = split_segment(parts, 0, JFK.index(" ask not"))
    assert speakers(parts) == []
    parts = set_speaker(parts, 0, "  Kennedy ")
    parts = set_speaker(parts, 1, "Crowd")
    parts = set_speaker(parts, 2, "Kennedy")
    assert [s.speaker for s in parts] == ["Kennedy", "Crowd", "Kennedy"]
    assert speakers(parts) == ["Kennedy", "Crowd"]
    renamed = rename_speaker(parts, "Kennedy", "John F. Kennedy")
    assert [s.speaker for s in renamed] == ["John F. Kennedy", "Crowd", "John F. Kennedy"]
    assert renamed[1] is parts[1]
    with pytest.raises(TranscriptEditError, match="No segment is spoken by Nixon"):
        rename_speaker(parts, "Nixon", "Richard Nixon")
    assert set_speaker(parts, 1, "   ")[1].speaker is None
    # Segments with nobody named can all be given a name at once.
    assert speakers(rename_speaker(machine, None, "Kennedy")) == ["Kennedy"]


# ----- the store, exports, search and status -----------------------------------------------


def _corrected(machine: list[Segment]) -> list[Segment]:
    parts = split_segment(machine, 0, JFK.index(" ask not"))
    parts = edit_text(parts, 0, "And so, my fellow Americans:")
    parts = set_speaker(parts, 0, "President Kennedy")
    return set_speaker(parts, 1, "President Kennedy")


def test_the_correction_is_saved_apart_from_the_machine_transcript(
    jfk: tuple[Project, int], machine: list[Segment]
) -> None:
    project, recording_id = jfk
    item = project.item(project.items()[0]["id"])
    assert project.transcript_correction(recording_id) is None
    assert project.transcript(recording_id) == machine
    assert project.item_status(item) == "recognised"
    corrected = _corrected(machine)
    project.set_transcript_correction(recording_id, corrected)
    assert project.transcript_correction(recording_id) == corrected
    assert project.transcript(recording_id) == corrected
    assert project.segments(recording_id) == machine
    assert project.item_status(item) == "corrected"
    assert project_status(project)["items"][0]["segments"] == 2
    project.close()
    with Project.open(project.folder, read_only=True) as reopened:
        assert reopened.transcript_correction(recording_id) == corrected
    with Project.open(project.folder) as reopened:
        reopened.set_transcript_correction(recording_id, None)
        assert reopened.transcript(recording_id) == machine
        assert reopened.item_status(item) == "recognised"


def test_json_keeps_any_text(machine: list[Segment]) -> None:
    segments = set_speaker(edit_text(machine, 0, "Þórður “fór” — à Ŵales"), 0, "Ásta")
    assert segments_from_json(segments_to_json(segments)) == segments
    assert "Þórður" in segments_to_json(segments)


def test_exports_search_and_status_use_the_correction(
    jfk: tuple[Project, int], machine: list[Segment], tmp_path: Path
) -> None:
    project, recording_id = jfk
    item_id = project.items()[0]["id"]
    assert search_items(project, "Kennedy") == []
    project.set_transcript_correction(recording_id, _corrected(machine))
    written = export_text(project, tmp_path / "out")
    assert tmp_path / "out" / f"{item_id}.vtt" in written
    text = (tmp_path / "out" / f"{item_id}.txt").read_text(encoding="utf-8")
    assert text.splitlines() == [
        "President Kennedy: And so, my fellow Americans:",
        "President Kennedy: ask not what your country can do for you, "
        "ask what you can do for your country.",
    ]
    vtt = (tmp_path / "out" / f"{item_id}.vtt").read_text(encoding="utf-8")
    assert "00:00:00.000 --> 00:00:02.100\n<v President Kennedy>And so, my fellow Americans:" in vtt
    srt = (tmp_path / "out" / f"{item_id}.srt").read_text(encoding="utf-8")
    ask = round(_word(machine, "ask").start * 1000)
    assert (
        f"2\n00:00:0{ask // 1000},{ask % 1000:03} --> 00:00:10,360\nPresident Kennedy: ask not"
        in srt
    )
    document = json.loads((tmp_path / "out" / f"{item_id}.json").read_text(encoding="utf-8"))
    assert document["segments"][0]["text"] == "And so, my fellow Americans:"
    assert document["segments"][0]["words"][1]["word"] == "so,"
    # Search finds what only the correction says, and the speaker's name.
    assert search_items(project, "kennedy") == [item_id]
    assert search_items(project, "so, my") == [item_id]
    assert search_items(project, "country") == [item_id]
    assert project_status(project)["items"][0]["status"] == "corrected"


def test_removing_an_item_removes_its_correction(
    jfk: tuple[Project, int], machine: list[Segment]
) -> None:
    project, recording_id = jfk
    project.set_transcript_correction(recording_id, _corrected(machine))
    project.remove_item(project.items()[0]["id"])
    assert project.db.execute("select count(*) from transcript_corrections").fetchone()[0] == 0


def test_a_transcript_stored_channel_by_channel_reads_in_time_order(
    jfk: tuple[Project, int], machine: list[Segment], tmp_path: Path
) -> None:
    project, recording_id = jfk
    parts = split_segment(machine, 0, JFK.index(" ask not"))
    left, right = set_speaker(parts, 0, "left")[0], set_speaker(parts, 1, "right")[1]
    project.clear_segments(recording_id)
    project.append_segments(recording_id, [right, left])  # as transcribe stores two channels
    assert project.transcript(recording_id) == [left, right]
    export_text(project, tmp_path / "out")
    text = (tmp_path / "out" / f"{project.items()[0]['id']}.txt").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "left: And so my fellow Americans,"
