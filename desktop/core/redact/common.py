"""What the redaction modules share: their error and the box type."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import QuireError


class RedactionError(QuireError):
    """A redaction could not be made safely (a box off the page, an unreadable file)."""


@dataclass(frozen=True)
class Box:
    """A rectangle on a page image, in its pixels, with the kind of what it hides."""

    left: float
    top: float
    width: float
    height: float
    kind: str = ""

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height


def as_box(value: Any) -> Box:
    """A Box from ``(left, top, width, height[, kind])`` or an object with those fields."""
    if isinstance(value, Box):
        return value
    if isinstance(value, tuple | list):
        if len(value) not in (4, 5):
            raise ValueError(f"A box is (left, top, width, height[, kind]), not {value!r}.")
        kind = str(value[4]) if len(value) == 5 else ""
        return Box(float(value[0]), float(value[1]), float(value[2]), float(value[3]), kind)
    return Box(
        float(value.left),
        float(value.top),
        float(value.width),
        float(value.height),
        str(getattr(value, "kind", "") or ""),
    )
