"""Transcript exports: WebVTT and SubRip subtitles, and a JSON close to Whisper's own."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..model import Segment


def _timestamp(seconds: float, separator: str) -> str:
    """HH:MM:SS<separator>mmm, rounded to the millisecond; hours grow past 99 if need be."""
    millis = max(round(seconds * 1000), 0)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"


def _one_line(text: str) -> str:
    # A blank line would end the cue early, so the text is kept to one line.
    return " ".join(text.split())


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def transcript_vtt(segments: Sequence[Segment]) -> str:
    """WebVTT with HH:MM:SS.mmm times and a <v Speaker> tag when the speaker is known.

    Segments with no text are left out.
    """
    cues = ["WEBVTT\n"]
    for segment in segments:
        text = _vtt_escape(_one_line(segment.text))
        if not text:
            continue
        if segment.speaker:
            text = f"<v {_vtt_escape(_one_line(segment.speaker))}>{text}"
        timing = f"{_timestamp(segment.start, '.')} --> {_timestamp(segment.end, '.')}"
        cues.append(f"{timing}\n{text}\n")
    return "\n".join(cues)


def transcript_srt(segments: Sequence[Segment]) -> str:
    """SubRip, numbered from 1, HH:MM:SS,mmm times; "Speaker: " before the text when known.

    SubRip has no speaker markup, so the prefix matches the plain-text export.
    Segments with no text are left out (an empty cue breaks many players).
    """
    cues: list[str] = []
    for segment in segments:
        text = _one_line(segment.text)
        if not text:
            continue
        if segment.speaker:
            text = f"{segment.speaker}: {text}"
        timing = f"{_timestamp(segment.start, ',')} --> {_timestamp(segment.end, ',')}"
        cues.append(f"{len(cues) + 1}\n{timing}\n{text}\n")
    return "\n".join(cues)


def transcript_json(
    segments: Sequence[Segment],
    *,
    duration: float,
    language: str | None,
    model: str | None,
) -> str:
    """The transcript as JSON (UTF-8 text, not \\u escapes), times rounded to the millisecond.

    Probabilities are rounded to 3 decimals too; numbers are always floats (0.0, not 0) so
    readers see one type. Texts are kept exactly as recognised, leading spaces included.
    """
    document = {
        "language": language,
        "duration": round(float(duration), 3),
        "model": model,
        "segments": [
            {
                "start": round(float(segment.start), 3),
                "end": round(float(segment.end), 3),
                "text": segment.text,
                "language": segment.language,
                "speaker": segment.speaker,
                "words": [
                    {
                        "word": word.text,
                        "start": round(float(word.start), 3),
                        "end": round(float(word.end), 3),
                        "probability": round(float(word.probability), 3),
                    }
                    for word in segment.words
                ],
            }
            for segment in segments
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
