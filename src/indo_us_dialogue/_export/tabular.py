"""CSV export with a Frictionless Data Package, and the column types Parquet shares.

The tables are those of :func:`indo_us_dialogue._query.tables.tables`. Each
becomes ``<table>.csv``: UTF-8 without a byte order mark, RFC 4180 (comma,
double quotes doubled, CRLF line ends), a header row, columns in the tables'
order; a null is an empty field. ``datapackage.json`` describes every table
(https://specs.frictionlessdata.io/tabular-data-package/): each column's
type, description and whether it is required, the allowed values of
closed vocabularies, primary keys and foreign keys.
"""

import csv
import io
from typing import Any

from .._io.jsonio import dumps
from .._model.nodes import Boolean, Choice, Integer, Node
from .._model.records import GROUPS
from .._query.tables import Column, Table, table_specs, tables
from .._version import DATASET_VERSION

__all__ = ["column_type", "csv_files", "datapackage", "tables_markdown"]


def column_type(node: Node) -> str:
    """The Table Schema type of a column's values: ``integer``, ``boolean`` or ``string``.

    Dates stay strings: ``2023-11`` is a month, which the ``date`` type cannot say.
    """
    match node:
        case Integer():
            return "integer"
        case Boolean():
            return "boolean"
        case _:
            return "string"


def _field(column: Column) -> dict[str, Any]:
    field: dict[str, Any] = {"name": column.name, "type": column_type(column.node), "description": column.description}
    constraints: dict[str, Any] = {}
    if not column.nullable:
        constraints["required"] = True
    match column.node:
        case Choice(enum=vocabulary):
            constraints["enum"] = [member.value for member in vocabulary]
        case Integer(minimum=minimum) if minimum is not None:
            constraints["minimum"] = minimum
    if constraints:
        field["constraints"] = constraints
    return field


def _foreign_keys(table: Table) -> list[dict[str, Any]]:
    groups = {group.kind: group.name for group in GROUPS}
    return [
        {"fields": [column.name], "reference": {"resource": groups[column.refers_to], "fields": ["id"]}}
        for column in table.columns
        if column.refers_to is not None and column.refers_to in groups
    ]


def datapackage() -> dict[str, Any]:
    """The Frictionless Tabular Data Package descriptor of the CSV export."""
    resources = []
    for table in table_specs():
        schema: dict[str, Any] = {"fields": [_field(c) for c in table.columns], "primaryKey": list(table.primary_key)}
        if keys := _foreign_keys(table):
            schema["foreignKeys"] = keys
        resources.append(
            {
                "name": table.name,
                "path": f"{table.name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": schema,
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": "indo-us-dialogue",
        "title": "The India-US 2+2 dialogues as evidence-backed records",
        "version": DATASET_VERSION,
        "resources": resources,
    }


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def csv_files(dataset: Any) -> dict[str, bytes]:
    """``{"<table>.csv": bytes, ..., "datapackage.json": bytes}`` for the whole dataset."""
    files: dict[str, bytes] = {}
    rows = tables(dataset)
    for table in table_specs():
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow([column.name for column in table.columns])
        writer.writerows([_cell(row[column.name]) for column in table.columns] for row in rows[table.name])
        files[f"{table.name}.csv"] = buffer.getvalue().encode("utf-8")
    files["datapackage.json"] = dumps(datapackage()).encode("utf-8")
    return files


def tables_markdown() -> str:
    """Every table and column as Markdown, for ``docs/exports.md`` (``scripts/build_export_docs.py`` writes it)."""
    lines = []
    for table in table_specs():
        lines.append(f"### `{table.name}`\n")
        if table.item is None:
            lines.append(f"One row per record of `{table.owners[0].name}`. Primary key: `id`.\n")
        else:
            owners = ", ".join(f"`{group.name}`" for group in table.owners)
            lines.append(f"One row per item of a `{table.name}` list in {owners}. Primary key: `record_id`, `path`.\n")
        lines += ["| column | type | null | description |", "| --- | --- | --- | --- |"]
        for column in table.columns:
            refers = f" An id of `{column.refers_to}`." if column.refers_to else ""
            null = "yes" if column.nullable else "no"
            lines.append(f"| `{column.name}` | {column_type(column.node)} | {null} | {column.description}{refers} |")
        lines.append("")
    return "\n".join(lines)
