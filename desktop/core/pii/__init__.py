"""Personal data: finding it in the text of pages and recordings, and keeping track of it.

``detect(text, language)`` finds spans in one text; ``people`` finds the names a project
knows; ``scan`` runs both over a whole project and stores the findings for review.
"""

from __future__ import annotations

from .engine import Span, detect

__all__ = ["Span", "detect"]
