"""Helpers for writing curated records: evidence located in the seeds by its text.

Curators write the words a claim rests on; :func:`ev` finds them in the
normalised text of the seed and records the offsets. A phrase that occurs more
than once must say which occurrence it means (``nth=``), so no span is
ambiguous.

The seeds are the package's own (``packaged_folder("seeds")``: the top-level
``seeds/`` in a checkout), unless :func:`use_seeds` names another folder before
the curation modules are imported (``build_dataset(seeds=...)`` does this).
"""

import functools
import hashlib
from pathlib import Path
from typing import Any, cast

import attrs

from indo_us_dialogue import DateBasis, DateClaim, Evidence, PartialDate, Source, TextClaim
from indo_us_dialogue._io.resources import packaged_folder
from indo_us_dialogue._io.texts import normalise
from indo_us_dialogue._io.utf16 import Utf16Offsets

_folder: Path | None = None


def use_seeds(folder: Path | None) -> None:
    """Read the seeds from ``folder`` (None: the package's seeds) from now on."""
    global _folder  # noqa: PLW0603 - one setting for the whole build, made before any record is written
    _folder = folder
    _seeds.cache_clear()


@functools.cache
def _seeds() -> dict[str, tuple[str, bytes, str]]:
    """Each seed as ``doc -> (file name, raw bytes, normalised text)``; ``doc`` is the three digits its name starts with."""
    folder = packaged_folder("seeds") if _folder is None else _folder
    entries = sorted((entry for entry in folder.iterdir() if entry.name.endswith(".txt")), key=lambda e: e.name)
    seeds: dict[str, tuple[str, bytes, str]] = {}
    for entry in entries:
        doc = entry.name[:3]
        if not (doc.isdigit() and entry.name[3:4] == "_"):
            raise ValueError(f"seed file names start with three digits and '_': {entry.name!r}")
        if doc in seeds:
            raise ValueError(f"two seed files are numbered {doc}: {seeds[doc][0]!r} and {entry.name!r}")
        raw = entry.read_bytes()
        seeds[doc] = (entry.name, raw, normalise(raw))
    return seeds


def docs() -> tuple[str, ...]:
    """The three-digit numbers of every seed, in order."""
    return tuple(_seeds())


def source_id(doc: str) -> str:
    """The id of the source record of seed ``doc``: ``source/`` and the file name's stem, '_' as '-'."""
    name = _seeds()[doc][0]
    return "source/" + name.removesuffix(".txt").replace("_", "-")


def text(doc: str) -> str:
    """The normalised text of seed ``doc``, which evidence offsets point into."""
    return _seeds()[doc][2]


def source(doc: str, **fields: object) -> Source:
    """The source record of seed ``doc``: file name and digest from the file, the rest from ``fields``."""
    name, raw, _ = _seeds()[doc]
    return Source(
        id=source_id(doc),
        file_name=name,
        sha256=hashlib.sha256(raw).hexdigest(),
        **fields,  # type: ignore[arg-type]
    )


def ev(doc: str, phrase: str, nth: int | None = None) -> Evidence:
    """Evidence for ``phrase`` in seed ``doc`` ("000", "001", ...).

    Raises:
        ValueError: the phrase is absent, or occurs more than once and ``nth`` is not given.
    """
    starts = occurrences(doc, phrase)
    if not starts:
        raise ValueError(f"{doc}: phrase not found: {phrase!r}")
    if nth is None and len(starts) > 1:
        raise ValueError(f"{doc}: phrase occurs {len(starts)} times, say which with nth=: {phrase!r}")
    start = starts[(nth or 1) - 1]
    return with_utf16(Evidence(source=source_id(doc), start=start, end=start + len(phrase), text=phrase), text(doc))


def with_utf16(evidence: Evidence, text: str) -> Evidence:
    """``evidence`` with its offsets in UTF-16 code units too, computed from its source's ``text``."""
    utf16 = Utf16Offsets(text)
    # cast: mypy does not see that the model's @record classes are attrs classes.
    updated = attrs.evolve(cast(Any, evidence), utf16_start=utf16(evidence.start), utf16_end=utf16(evidence.end))
    return cast(Evidence, updated)


def occurrences(doc: str, phrase: str) -> list[int]:
    """Every offset at which ``phrase`` starts in seed ``doc`` (overlapping ones included)."""
    body = text(doc)
    starts = []
    at = body.find(phrase)
    while at != -1:
        starts.append(at)
        at = body.find(phrase, at + 1)
    return starts


def stated(value: str, *evidence: Evidence) -> DateClaim:
    """A date the sources print."""
    return DateClaim(value=PartialDate.parse(value), basis=DateBasis.STATED, evidence=evidence)


def inferred(value: str, reasoning: str, *evidence: Evidence) -> DateClaim:
    """A date worked out from the sources, with the reasoning written down."""
    return DateClaim(value=PartialDate.parse(value), basis=DateBasis.INFERRED, reasoning=reasoning, evidence=evidence)


def claim(value: str, *evidence: Evidence) -> TextClaim:
    """A short fact in words with its evidence."""
    return TextClaim(value=value, evidence=evidence)
