"""Offsets in UTF-16 code units beside the code-point offsets of evidence spans.

Evidence ``start``/``end`` count Unicode code points. JavaScript, Java and C#
index strings in UTF-16 code units, where a character above U+FFFF takes two;
every span therefore also carries ``utf16_start``/``utf16_end``, so that
``text.slice(utf16_start, utf16_end)`` in those languages is the quoted text.
"""

import bisect
from collections.abc import Sequence

__all__ = ["Utf16Offsets", "utf16_length"]


def utf16_length(text: str) -> int:
    """How many UTF-16 code units ``text`` takes: one per character, two above U+FFFF."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


class Utf16Offsets:
    """Turns code-point offsets into a text into UTF-16 offsets, in logarithmic time after one pass."""

    def __init__(self, text: str) -> None:
        # Code-point positions of the characters that take two UTF-16 units; most texts have none.
        self._astral: Sequence[int] = [index for index, char in enumerate(text) if ord(char) > 0xFFFF]

    def __call__(self, offset: int) -> int:
        """The UTF-16 offset of code-point ``offset``."""
        return offset + bisect.bisect_left(self._astral, offset)
