"""Real source documents, for datasets whose evidence spans are cut from real text.

``datasets(sources=...)`` takes the seeds shipped in the package (``"packaged"``)
or documents of your own (file name to raw bytes). Each becomes a
:class:`Document`: the ``Source`` record's id, file name and digest, and the
normalised text that evidence offsets point into (the same
:func:`~indo_us_dialogue._io.texts.normalise` the validator uses), so that the
validator's ``evidence.text`` and ``source.digest`` checks hold.
"""

import functools
import hashlib
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from .._io.resources import packaged_folder
from .._io.texts import find_mojibake, normalise
from .._io.utf16 import Utf16Offsets
from .._model.nodes import Text, fields_of
from .._model.patterns import ecma_search, id_pattern
from .._model.records import Evidence, Source

__all__ = ["PACKAGED", "Document", "documents", "packaged_documents", "source_fields", "source_id", "spans"]

#: The value of ``datasets(sources=...)`` that stands for the seeds shipped in the package.
PACKAGED = "packaged"

# Spans are a few words long, like the curated evidence.
_MAX_SPAN = 60


@attrs.frozen(cache_hash=True)
class Document:
    """One source document as a dataset cites it: its source id, file name, SHA-256 and normalised text."""

    source_id: str
    file_name: str
    sha256: str
    text: str = attrs.field(repr=False)


def source_id(file_name: str) -> str:
    """The id of the source record for a file, as in the curated data: ``source/000-3383ec6aaa1b071a``."""
    return "source/" + PurePath(file_name).stem.replace("_", "-").replace(".", "-").lower()


def _document(file_name: str, raw: bytes) -> Document:
    """The document ``file_name`` with these raw bytes, or InvalidArgument saying why it cannot be cited."""
    name_node = next(f.node for f in fields_of(Source) if f.name == "file_name")
    assert isinstance(name_node, Text)
    assert name_node.pattern is not None
    if not isinstance(file_name, str) or not ecma_search(name_node.pattern, file_name):
        raise InvalidArgument(f"sources: {file_name!r} is not a file name a Source can have ({name_node.pattern})")
    if not isinstance(raw, bytes):
        raise InvalidArgument(f"sources: the content of {file_name!r} must be bytes, got {type(raw).__name__}")
    try:
        text = normalise(raw)
    except UnicodeDecodeError as exc:
        raise InvalidArgument(f"sources: {file_name!r} is not UTF-8 ({exc.reason} at byte {exc.start})") from None
    if not text:
        raise InvalidArgument(f"sources: {file_name!r} has no text for evidence to cite")
    sid = source_id(file_name)
    if not ecma_search(id_pattern("source"), sid):
        raise InvalidArgument(f"sources: {file_name!r} would have the source id {sid!r}, which is not a valid id")
    return Document(sid, file_name, hashlib.sha256(raw).hexdigest(), text)


@functools.cache
def packaged_documents() -> tuple[Document, ...]:
    """The seeds shipped in the package, in file name order."""
    seeds = sorted(packaged_folder("seeds").iterdir(), key=lambda entry: entry.name)
    return tuple(_document(entry.name, entry.read_bytes()) for entry in seeds if entry.name.endswith(".txt"))


def documents(sources: "str | Mapping[str, bytes] | None") -> tuple[Document, ...]:
    """The documents the ``sources`` argument of ``datasets()`` stands for (none for None)."""
    if sources is None:
        return ()
    if isinstance(sources, str):
        if sources != PACKAGED:
            raise InvalidArgument(f"sources={sources!r}: give {PACKAGED!r} or a mapping of file names to bytes")
        return packaged_documents()
    if not isinstance(sources, Mapping) or not sources:
        raise InvalidArgument(f"sources={sources!r}: give {PACKAGED!r} or a non-empty mapping of file names to bytes")
    found = tuple(_document(name, raw) for name, raw in sorted(sources.items()))
    ids = [d.source_id for d in found]
    clash = next((sid for sid in ids if ids.count(sid) > 1), None)
    if clash is not None:
        names = [d.file_name for d in found if d.source_id == clash]
        raise InvalidArgument(f"sources: {' and '.join(map(repr, names))} would both have the source id {clash!r}")
    return found


@st.composite
def _span(draw: st.DrawFn, document: Document) -> tuple[int, int]:
    text = document.text
    start = draw(st.integers(0, len(text) - 1))
    return start, draw(st.integers(start + 1, min(len(text), start + _MAX_SPAN)))


@functools.cache
def spans(document: Document) -> SearchStrategy[Evidence]:
    """Evidence spans cut from ``document``'s text, with exact offsets."""
    utf16 = Utf16Offsets(document.text)

    def evidence(bounds: tuple[int, int]) -> Evidence:
        start, end = bounds
        return Evidence(
            source=document.source_id,
            start=start,
            end=end,
            text=document.text[start:end],
            utf16_start=utf16(start),
            utf16_end=utf16(end),
        )

    # A span can cut a run of Cyrillic letters so that the cut reads as mojibake
    # (text.mojibake); such spans are not drawn.
    return _span(document).map(evidence).filter(lambda e: not find_mojibake(e.text))


def source_fields(document: Document) -> dict[str, SearchStrategy[Any]]:
    """Overrides that make a ``Source`` record describe ``document``."""
    return {
        "id": st.just(document.source_id),
        "file_name": st.just(document.file_name),
        "sha256": st.just(document.sha256),
    }
