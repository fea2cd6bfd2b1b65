"""Plain data passed between the store, the engines and the exports."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class OcrWord:
    """One recognised word on a page, in the pixel coordinates of the page image."""

    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float  # 0..100, as Tesseract reports it
    block: int = 0
    paragraph: int = 0
    line: int = 0
    word: int = 0

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


@dataclass
class PageText:
    """What an export needs of one page: its image, geometry and words."""

    image_path: Path
    width: int
    height: int
    dpi: float
    words: list[OcrWord] = field(default_factory=list)
    language: str = "eng"  # Tesseract codes, e.g. "eus+spa"


@dataclass(frozen=True)
class TimedWord:
    text: str
    start: float  # seconds
    end: float
    probability: float


@dataclass
class Segment:
    """One stretch of speech in a recording."""

    start: float
    end: float
    text: str
    words: list[TimedWord] = field(default_factory=list)
    language: str | None = None  # ISO 639-1 as Whisper reports it, e.g. "de"
    speaker: str | None = None  # e.g. "left" / "right" for one speaker per channel
