"""Helpers shared by the tests: walking records and JSON documents; the packaged seeds."""

import re
from collections.abc import Iterator
from typing import Any

from indo_us_dialogue._model.walk import walk_record
from indo_us_dialogue.strategies._documents import packaged_documents, source_id

__all__ = ["SEED_DIGESTS", "SOURCE_TEXTS", "json_nodes", "source_id", "steps", "values_in"]

#: SHA-256 of each packaged seed's raw bytes, by file name, as ``strategies.datasets(sources="packaged")`` cites them.
SEED_DIGESTS = {document.file_name: document.sha256 for document in packaged_documents()}

#: Normalised text of each packaged seed, by source id.
SOURCE_TEXTS = {document.source_id: document.text for document in packaged_documents()}

_STEP = re.compile(r"\.([A-Za-z_]\w*)|\[(\d+)\]")


def values_in(record: Any) -> Iterator[Any]:
    """``record`` and every value inside it (records, tuples, leaves), outermost first."""
    return (value for _, _, value in walk_record(record))


def steps(path: str) -> tuple[str | int, ...]:
    """The keys and indices of a JSON path such as ``$.meetings[2].date``: ``("meetings", 2, "date")``."""
    assert path.startswith("$"), path
    found = tuple(name if name else int(index) for name, index in _STEP.findall(path[1:]))
    assert "".join(f".{s}" if isinstance(s, str) else f"[{s}]" for s in found) == path[1:], path
    return found


def json_nodes(document: Any, at: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """Every node of a JSON document with the keys and indices that lead to it, the root first."""
    yield at, document
    if isinstance(document, dict):
        for key, value in document.items():
            yield from json_nodes(value, (*at, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from json_nodes(value, (*at, index))
