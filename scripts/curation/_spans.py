"""Helpers for writing curated records: evidence located in the seeds by its text.

Curators write the words a claim rests on; :func:`ev` finds them in the
normalised text of the seed and records the offsets. A phrase that occurs more
than once must say which occurrence it means (``nth=``), so no span is
ambiguous.
"""

from pathlib import Path

from indo_us_dialogue import DateBasis, DateClaim, Evidence, PartialDate, TextClaim
from indo_us_dialogue._io.texts import normalise
from indo_us_dialogue._io.utf16 import Utf16Offsets

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

#: Source ids by the three-digit number that starts each seed's file name.
SOURCE_IDS = {path.name[:3]: "source/" + path.stem.replace("_", "-") for path in sorted(SEEDS.glob("*.txt"))}
TEXTS = {path.name[:3]: normalise(path.read_bytes()) for path in sorted(SEEDS.glob("*.txt"))}


def ev(doc: str, phrase: str, nth: int | None = None) -> Evidence:
    """Evidence for ``phrase`` in seed ``doc`` ("000" to "004").

    Raises:
        ValueError: the phrase is absent, or occurs more than once and ``nth`` is not given.
    """
    text = TEXTS[doc]
    starts = []
    at = text.find(phrase)
    while at != -1:
        starts.append(at)
        at = text.find(phrase, at + 1)
    if not starts:
        raise ValueError(f"{doc}: phrase not found: {phrase!r}")
    if nth is None and len(starts) > 1:
        raise ValueError(f"{doc}: phrase occurs {len(starts)} times, say which with nth=: {phrase!r}")
    start = starts[(nth or 1) - 1]
    return with_utf16(Evidence(source=SOURCE_IDS[doc], start=start, end=start + len(phrase), text=phrase), text)


def with_utf16(evidence: Evidence, text: str) -> Evidence:
    """``evidence`` with its offsets in UTF-16 code units too, computed from its source's ``text``."""
    utf16 = Utf16Offsets(text)
    return Evidence(
        source=evidence.source,
        start=evidence.start,
        end=evidence.end,
        text=evidence.text,
        utf16_start=utf16(evidence.start),
        utf16_end=utf16(evidence.end),
    )


def stated(value: str, *evidence: Evidence) -> DateClaim:
    """A date the sources print."""
    return DateClaim(value=PartialDate.parse(value), basis=DateBasis.STATED, evidence=evidence)


def inferred(value: str, reasoning: str, *evidence: Evidence) -> DateClaim:
    """A date worked out from the sources, with the reasoning written down."""
    return DateClaim(value=PartialDate.parse(value), basis=DateBasis.INFERRED, reasoning=reasoning, evidence=evidence)


def claim(value: str, *evidence: Evidence) -> TextClaim:
    """A short fact in words with its evidence."""
    return TextClaim(value=value, evidence=evidence)
