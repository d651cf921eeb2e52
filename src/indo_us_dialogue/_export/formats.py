"""The export formats: one table from format name to what it writes.

A format writes either one document (``json``, ``jsonld``: text, to a file or
standard output) or a directory of files (``jsonl``, ``csv``, ``parquet``, ``texts``),
always atomically (:mod:`indo_us_dialogue._io.atomic`, :mod:`.atomic_dir`).
"""

from collections.abc import Callable
from typing import Any

import attrs

from .._io.convert import to_json
from .jsonl import jsonl_files
from .jsonld import jsonld_document
from .parquet import parquet_files
from .tabular import csv_files
from .texts import text_files

__all__ = ["FORMATS", "Format"]


@attrs.frozen
class Format:
    """An export format: a one-line description, and a document writer or a directory writer."""

    description: str
    document: Callable[[Any], str] | None = None
    directory: Callable[[Any], dict[str, bytes]] | None = None


FORMATS: dict[str, Format] = {
    "json": Format("one JSON document, valid against dataset.schema.json", document=to_json),
    "jsonl": Format("a directory: one JSON Lines file per record type", directory=jsonl_files),
    "csv": Format("a directory: one CSV file per table, and a Frictionless datapackage.json", directory=csv_files),
    "parquet": Format("a directory: one Parquet file per table (needs the parquet extra)", directory=parquet_files),
    "jsonld": Format("one JSON-LD document in schema.org terms", document=jsonld_document),
    "texts": Format(
        "a directory: the normalised text of every source, which evidence offsets index, named after its file",
        directory=text_files,
    ),
}
