"""The corrected transcript of a recording, and the edits a transcriber makes to it.

The machine's segments (``Project.segments``) never change. A person's corrections are a
whole second list of segments (``Project.transcript_correction``), made from the machine's
the first time something is changed. Every function here is pure: it takes a list of
segments and returns a new list, sharing the segments it did not change, so that an undo
history can keep each version cheaply. Segments are never changed in place.

Word timings are kept as far as the edits allow: a word left as it was keeps its time and
probability; a word a person typed takes the time of the machine words it replaced (shared
out by length when one became several), and a probability of 1.0, since a person heard it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from .errors import QuireError
from .model import Segment, TimedWord

Span = tuple[int, int]  # start, end: text[start:end] is the word

_TOKEN = re.compile(r"\S+")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\v\f]")
CHECKED = 1.0  # the probability of a word a person typed or changed


class TranscriptEditError(QuireError):
    """An edit that cannot be made, e.g. times that would overlap the next segment."""


# ----- reading and writing ---------------------------------------------------------------


def segments_to_json(segments: Sequence[Segment]) -> str:
    """The form ``transcript_corrections.segments_json`` holds (UTF-8 text, not escapes)."""
    return json.dumps(
        [
            {
                "start": segment.start,
                "end": segment.end,
                "text": segment.text,
                "language": segment.language,
                "speaker": segment.speaker,
                "words": [[w.text, w.start, w.end, w.probability] for w in segment.words],
            }
            for segment in segments
        ],
        ensure_ascii=False,
    )


def segments_from_json(text: str) -> list[Segment]:
    return [
        Segment(
            start=float(item["start"]),
            end=float(item["end"]),
            text=str(item["text"]),
            language=item.get("language"),
            speaker=item.get("speaker"),
            words=[
                TimedWord(str(w[0]), float(w[1]), float(w[2]), float(w[3]))
                for w in item.get("words", [])
            ],
        )
        for item in json.loads(text)
    ]


# ----- where each word is in its segment's text ------------------------------------------


def flat_text(text: str) -> str:
    """A segment's text on one line, as the editor shows it: each line break becomes a
    space, so that positions in the one are positions in the other."""
    return _LINE_BREAKS.sub(" ", text)


def word_spans(segment: Segment) -> list[Span | None]:
    """Each word's span in ``segment.text``, found in order; None for a word not there.

    Whisper's words are the text's words in order (with no spaces between them in scripts
    that use none); after an edit there is one word per whitespace-separated token.
    """
    spans: list[Span | None] = []
    at = 0
    for word in segment.words:
        needle = word.text.strip()
        found = segment.text.find(needle, at) if needle else -1
        if found < 0:
            spans.append(None)
            continue
        spans.append((found, found + len(needle)))
        at = found + len(needle)
    return spans


def word_at(segment: Segment, position: int) -> int | None:
    """The index of the word whose span holds character ``position`` (or ends right there)."""
    ending_here = None
    for index, span in enumerate(word_spans(segment)):
        if span is None:
            continue
        if span[0] <= position < span[1]:
            return index
        if span[1] == position and ending_here is None:
            ending_here = index
    return ending_here


# ----- time sharing ----------------------------------------------------------------------


def _share_time(texts: Sequence[str], start: float, end: float) -> list[tuple[float, float]]:
    """Cut ``start``..``end`` into consecutive stretches, one per text, by their length."""
    if not texts:
        return []
    end = max(end, start)
    weights = [max(len(text), 1) for text in texts]
    total = sum(weights)
    times = []
    at = start
    for number, weight in enumerate(weights):
        until = end if number == len(weights) - 1 else at + (end - start) * weight / total
        times.append((round(at, 3), round(until, 3)))
        at = until
    return times


def retime_words(
    words: Sequence[TimedWord], text: str, start: float, end: float
) -> list[TimedWord]:
    """One word per token of ``text``, timed from ``words`` (the words of the text before).

    Tokens are matched to the old words by difflib: an unchanged word keeps its time and
    probability; replaced words lend their time to the tokens that replace them; a token
    added between words gets the silence between them (or nothing, if there was none).
    """
    tokens = _TOKEN.findall(text)
    old = [word.text.strip() for word in words]
    result: list[TimedWord] = []
    matcher = SequenceMatcher(None, old, tokens, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for offset in range(i2 - i1):
                result.append(replace(words[i1 + offset], text=tokens[j1 + offset]))
        elif tag == "delete":
            continue
        elif tag == "replace":
            times = _share_time(tokens[j1:j2], words[i1].start, words[i2 - 1].end)
            if i2 - i1 == j2 - j1:  # one for one: each keeps its own word's time
                times = [(words[i1 + k].start, words[i1 + k].end) for k in range(i2 - i1)]
            result.extend(
                TimedWord(token, s, e, CHECKED)
                for token, (s, e) in zip(tokens[j1:j2], times, strict=True)
            )
        else:  # insert
            gap_start = words[i1 - 1].end if i1 > 0 else start
            gap_end = words[i1].start if i1 < len(words) else end
            times = _share_time(tokens[j1:j2], gap_start, max(gap_start, gap_end))
            result.extend(
                TimedWord(token, s, e, CHECKED)
                for token, (s, e) in zip(tokens[j1:j2], times, strict=True)
            )
    return result


# ----- edits -----------------------------------------------------------------------------


def _check_index(segments: Sequence[Segment], index: int) -> None:
    if not 0 <= index < len(segments):
        raise TranscriptEditError(
            f"There is no segment {index + 1} in this transcript.",
            "Choose a segment in the list.",
        )


def edit_text(segments: Sequence[Segment], index: int, text: str) -> list[Segment]:
    """Segment ``index`` with ``text`` (kept on one line), its words re-timed."""
    _check_index(segments, index)
    segment = segments[index]
    text = flat_text(text)
    if text == segment.text:
        return list(segments)
    words = retime_words(segment.words, text, segment.start, segment.end)
    result = list(segments)
    result[index] = replace(segment, text=text, words=words)
    return result


def split_segment(segments: Sequence[Segment], index: int, position: int) -> list[Segment]:
    """Cut segment ``index`` in two at character ``position`` of its text.

    The first part ends where its last word ends and the second starts where its first word
    starts; a word cut in the middle becomes two words sharing its time by length. A
    segment whose words are unknown is cut in proportion to the text.
    """
    _check_index(segments, index)
    segment = segments[index]
    left_text, right_text = segment.text[:position].rstrip(), segment.text[position:].strip()
    if not left_text or not right_text:
        raise TranscriptEditError(
            "There is nothing to split off here.",
            "Put the cursor between two words of the segment, then split.",
        )
    left_words: list[TimedWord] = []
    right_words: list[TimedWord] = []
    for word, span in zip(segment.words, word_spans(segment), strict=True):
        if span is None:
            continue
        if span[1] <= position:
            left_words.append(word)
        elif span[0] >= position:
            right_words.append(word)
        else:  # the cut falls inside this word
            cut = position - span[0]
            head, tail = word.text.strip()[:cut], word.text.strip()[cut:]
            (hs, he), (ts, te) = _share_time([head, tail], word.start, word.end)
            left_words.append(TimedWord(head, hs, he, word.probability))
            right_words.append(TimedWord(tail, ts, te, word.probability))
    if left_words and right_words:
        left_end, right_start = left_words[-1].end, right_words[0].start
    else:
        share = len(left_text) / max(len(left_text) + len(right_text), 1)
        left_end = right_start = round(segment.start + (segment.end - segment.start) * share, 3)
    left_end = min(max(left_end, segment.start), segment.end)
    right_start = min(max(right_start, left_end), segment.end)
    first = replace(segment, end=left_end, text=left_text, words=left_words)
    second = replace(segment, start=right_start, text=right_text, words=right_words)
    return [*segments[:index], first, second, *segments[index + 1 :]]


def merge_segments(segments: Sequence[Segment], index: int) -> list[Segment]:
    """Join segment ``index`` and the one after it; the first one's speaker is kept."""
    _check_index(segments, index)
    if index + 1 >= len(segments):
        raise TranscriptEditError(
            "This is the last segment: there is none after it to join.",
            "Choose the earlier of the two segments to join.",
        )
    first, second = segments[index], segments[index + 1]
    text = " ".join(part for part in (first.text.strip(), second.text.strip()) if part)
    merged = replace(
        first,
        end=max(first.end, second.end),
        text=text,
        words=[*first.words, *second.words],
        language=first.language or second.language,
        speaker=first.speaker or second.speaker,
    )
    return [*segments[:index], merged, *segments[index + 2 :]]


def set_times(
    segments: Sequence[Segment],
    index: int,
    start: float,
    end: float,
    duration: float | None = None,
) -> list[Segment]:
    """Segment ``index`` from ``start`` to ``end`` seconds.

    Refused when start is not before end, when it would fall outside the recording
    (0..``duration``), or when it would newly overlap another segment of the same speaker
    (segments of different speakers may overlap: people talk at once). Shortening a
    segment is always allowed. Words are kept within the new bounds.
    """
    _check_index(segments, index)
    segment = segments[index]
    start, end = round(float(start), 3), round(float(end), 3)
    if start < 0:
        raise TranscriptEditError(
            "A segment cannot start before the recording does.", "Give a start of 0 or more."
        )
    if duration and end > round(duration, 3) and end != segment.end:
        raise TranscriptEditError(
            f"The recording is only {clock(duration)} long.",
            "Give an end within the recording.",
        )
    if start >= end:
        raise TranscriptEditError(
            "A segment must start before it ends.", "Give a start earlier than the end."
        )
    for number, other in enumerate(segments):
        if number == index or other.speaker != segment.speaker:
            continue  # two people may talk at once (one per channel, or interrupting)
        earlier = (other.start, number) < (segment.start, index)
        if earlier and start < segment.start and start < other.end:
            raise TranscriptEditError(
                f"This would start the segment before the one before it ends ({clock(other.end)}).",
                "Shorten the segment before first, or start this one later.",
            )
        if not earlier and end > segment.end and end > other.start:
            raise TranscriptEditError(
                f"This would end the segment after the next one starts ({clock(other.start)}).",
                "Start the next segment later first, or end this one sooner.",
            )
    words = [
        replace(
            word,
            start=min(max(word.start, start), end),
            end=min(max(word.end, start), end),
        )
        for word in segment.words
    ]
    result = list(segments)
    result[index] = replace(segment, start=start, end=end, words=words)
    return result


def _speaker(name: str | None) -> str | None:
    name = " ".join((name or "").split())
    return name or None


def set_speaker(segments: Sequence[Segment], index: int, speaker: str | None) -> list[Segment]:
    """Segment ``index`` spoken by ``speaker`` (blank: nobody named)."""
    _check_index(segments, index)
    result = list(segments)
    result[index] = replace(segments[index], speaker=_speaker(speaker))
    return result


def rename_speaker(segments: Sequence[Segment], old: str | None, new: str | None) -> list[Segment]:
    """Every segment of speaker ``old`` (None: segments with no speaker) given to ``new``."""
    old, new = _speaker(old), _speaker(new)
    if not any(segment.speaker == old for segment in segments):
        raise TranscriptEditError(
            f"No segment is spoken by {old or 'an unnamed speaker'}.",
            "Choose one of the speakers in the transcript.",
        )
    return [
        replace(segment, speaker=new) if segment.speaker == old else segment for segment in segments
    ]


def speakers(segments: Sequence[Segment]) -> list[str]:
    """The named speakers, in the order they first speak."""
    return list(dict.fromkeys(s.speaker for s in segments if s.speaker))


def clock(seconds: float) -> str:
    """m:ss.ss, or h:mm:ss.ss from an hour on."""
    hundredths = max(round(seconds * 100), 0)
    minutes, rest = divmod(hundredths, 6000)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{rest // 100:02d}.{rest % 100:02d}"
    return f"{minutes}:{rest // 100:02d}.{rest % 100:02d}"


def parse_clock(text: str) -> float:
    """Seconds from "75.2", "1:15.2" or "0:01:15.2"."""
    parts = text.strip().replace(",", ".").split(":")
    try:
        if not 1 <= len(parts) <= 3 or any(not part.strip() for part in parts):
            raise ValueError(text)
        seconds = 0.0
        for part in parts:
            seconds = seconds * 60 + float(part)
    except ValueError:
        raise TranscriptEditError(
            f"“{text}” is not a time.", "Write a time as minutes:seconds, e.g. 1:05.20."
        ) from None
    if seconds < 0:
        raise TranscriptEditError(f"“{text}” is before the start.", "Give a time of 0 or more.")
    return seconds
