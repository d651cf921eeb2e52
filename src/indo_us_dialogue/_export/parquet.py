"""Parquet export: the flat tables as one Parquet file each (needs the ``parquet`` extra, pyarrow).

The tables, columns and types are those of the CSV export
(:mod:`.tabular`); nulls are real nulls and whole numbers 64-bit integers.
pyarrow is optional because it is large (tens of MB) and only this export needs it.
"""

import io
from typing import Any

from .._query.tables import table_specs, tables
from .tabular import column_type

__all__ = ["MissingExtraError", "parquet_files"]


class MissingExtraError(ImportError):
    """An optional dependency of an export is not installed."""


def parquet_files(dataset: Any) -> dict[str, bytes]:
    """``{"<table>.parquet": bytes}`` for every table.

    Raises:
        MissingExtraError: pyarrow is not installed.
    """
    try:
        import pyarrow as pa  # noqa: PLC0415 - optional dependency
        import pyarrow.parquet as pq  # noqa: PLC0415 - optional dependency
    except ImportError as exc:
        raise MissingExtraError("the parquet export needs pyarrow: pip install 'indo-us-dialogue[parquet]'") from exc
    types = {"string": pa.string(), "integer": pa.int64(), "boolean": pa.bool_()}
    rows = tables(dataset)
    files: dict[str, bytes] = {}
    for table in table_specs():
        schema = pa.schema([pa.field(c.name, types[column_type(c.node)], nullable=c.nullable) for c in table.columns])
        data = pa.Table.from_pylist(rows[table.name], schema=schema)
        buffer = io.BytesIO()
        # Parquet holds no timestamps; pinning the format version keeps a newer pyarrow default from changing it.
        pq.write_table(data, buffer, compression="zstd", version="2.6")
        files[f"{table.name}.parquet"] = buffer.getvalue()
    return files
