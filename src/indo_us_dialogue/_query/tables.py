"""The dataset as flat tables: plain rows that every tabular reader takes as they are.

The tables are derived from the field nodes (:func:`fields_of`), never listed
by hand, so a new record type or field gets its table or column with no change
here. The rules (``docs/exports.md`` shows the resulting tables):

- one table per record group of :class:`Dataset` (``meetings``, ``officials``, ...),
  one row per record, primary key ``id``;
- a single nested record (a meeting's ``date``, a statement's ``speaker``) is
  flattened into columns named ``<field>_<subfield>`` (``date_value``,
  ``speaker_official``); when it is null, all its columns are null;
- every list becomes rows of a child table. A list of records is named after
  its field (``positions``, ``participants``, ``topics``, ``links``,
  ``mentions``, ``evidence``), and lists of that name share one table wherever
  they occur (every ``evidence`` list of every record is one ``evidence`` table).
  A list of plain values is named ``<kind>_<field>`` (``official_aliases``,
  ``meeting_sources``) and has one ``value`` column;
- child rows carry join keys first: ``record_id`` (the id of the top-level
  record), ``path`` (the JSONPath of the item in its record; with ``record_id``
  the primary key), ``parent`` (the JSONPath of the object holding the list,
  ``$`` for the record itself, so ``evidence.parent = positions.path`` joins
  evidence to its position), ``field`` (the list's name) and ``index`` (from 0);
- values are JSON scalars: text, whole numbers, ``None``; dates are their ISO
  prefix (``2023-11``), choices their string value.

Columns come in declaration order, tables in the order they are first met.
"""

import enum
import functools
import re
from collections.abc import Iterator
from typing import Any

import attrs

from .._model.dates import PartialDate
from .._model.nodes import Array, Integer, Nested, Node, Optional, Ref, Text, fields_of
from .._model.records import GROUPS, Group
from .._model.walk import walk_record

__all__ = ["KEY_COLUMNS", "Column", "Table", "table_specs", "tables"]

#: The join columns every child table starts with.
KEY_COLUMNS = ("record_id", "path", "parent", "field", "index")
_INDEX = re.compile(r"\[\d+\]")


@attrs.frozen
class Column:
    """One column: its name, the node its values follow, whether it may be null, where values come from, what it is.

    ``steps`` are the field names leading from the row's object to the value;
    empty for the join columns and the ``value`` column of a list of plain values.
    """

    name: str
    node: Node
    nullable: bool = False
    steps: tuple[str, ...] = ()
    description: str = ""

    @property
    def refers_to(self) -> str | None:
        """The kind of record this column's values are ids of, if any."""
        return self.node.kind if isinstance(self.node, Ref) else None


@attrs.frozen
class Table:
    """One table: name, columns in order, primary key, and the item node of its rows.

    ``item`` is None for a record table, the list's item node for a child table.
    ``owners`` are the record groups whose records have rows in it.
    """

    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    item: Node | None
    owners: tuple[Group, ...]


_Lists = list[tuple[tuple[str, ...], Node]]


def _flatten(cls: type, prefix: tuple[str, ...], nullable: bool, lists: _Lists, context: str = "") -> Iterator[Column]:
    """The columns of ``cls`` (nested records flattened); lists found are appended to ``lists``."""
    for field in fields_of(cls):
        node, optional = field.node, nullable
        if isinstance(node, Optional):
            node, optional = node.inner, True
        steps = (*prefix, field.name)
        match node:
            case Nested(cls=inner):
                # A flattened column is described by its outer field, then its own.
                yield from _flatten(inner, steps, optional, lists, f"{context}{field.description} ")
            case Array(item=item):
                lists.append((steps, item))
            case _:
                yield Column("_".join(steps), node, optional, steps, context + field.description)


def _list_table_name(kind: str, steps: tuple[str, ...], item: Node) -> str:
    return steps[-1] if isinstance(item, Nested) else f"{kind}_{'_'.join(steps)}"


@functools.cache
def table_specs() -> tuple[Table, ...]:
    """Every table, in order: the record tables, then the child tables as first met."""
    found: dict[str, tuple[Node, list[Group], list[Column]]] = {}
    records: list[Table] = []

    def visit(group: Group, cls: type, prefix: tuple[str, ...]) -> list[Column]:
        lists: _Lists = []
        columns = list(_flatten(cls, (), False, lists))
        for steps, item in lists:
            name = _list_table_name(group.kind, (*prefix, *steps), item)
            if name in found:
                if found[name][0] != item:
                    raise TypeError(f"lists named {name!r} hold different things; rename one field")
                if group not in found[name][1]:
                    found[name][1].append(group)
                continue
            found[name] = (item, [group], [])
            if isinstance(item, Nested):
                inner = visit(group, item.cls, (*prefix, *steps))
            else:
                inner = [Column("value", item, description=f"One item of the list {'.'.join(steps)!r}.")]
            found[name][2].extend(inner)
        return columns

    for group in GROUPS:
        records.append(Table(group.name, tuple(visit(group, group.cls, ())), ("id",), None, (group,)))
    children = []
    for name, (item, owners, columns) in found.items():
        owner = Ref(owners[0].kind) if len(owners) == 1 else Text()
        keys = (
            Column("record_id", owner, description="Id of the record the list belongs to."),
            Column("path", Text(), description="JSONPath of this item inside its record, e.g. '$.positions[0]'."),
            Column("parent", Text(), description="JSONPath of the object that holds the list ('$': the record)."),
            Column("field", Text(), description="Name of the list in that object."),
            Column("index", Integer(minimum=0), description="Position of the item in its list, from 0."),
        )
        children.append(Table(name, keys + tuple(columns), ("record_id", "path"), item, tuple(owners)))
    tables = (*records, *children)
    names = [table.name for table in tables]
    if len(set(names)) != len(names):
        raise TypeError(f"two tables share a name: {names}")
    return tables


def _plain(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _row(item: Any, columns: tuple[Column, ...]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for column in columns:
        value = item
        for step in column.steps:
            value = getattr(value, step) if value is not None else None
        row[column.name] = _plain(value)
    return row


def _rows(record: Any, group: Group, by_name: dict[str, Table]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, node, value in walk_record(record):
        if not isinstance(node, Array) or path == "$":
            continue
        steps = tuple(_INDEX.sub("", path)[2:].split("."))
        table = by_name[_list_table_name(group.kind, steps, node.item)]
        parent, _, field = path.rpartition(".")
        own = table.columns[len(KEY_COLUMNS) :]
        for index, item in enumerate(value):
            keys = {
                "record_id": record.id,
                "path": f"{path}[{index}]",
                "parent": parent,
                "field": field,
                "index": index,
            }
            values = _row(item, own) if isinstance(node.item, Nested) else {"value": _plain(item)}
            yield table.name, keys | values


def tables(dataset: Any) -> dict[str, list[dict[str, Any]]]:
    """Every table of :func:`table_specs` as a list of plain rows (dicts in column order), empty ones included."""
    specs = table_specs()
    by_name = {table.name: table for table in specs}
    result: dict[str, list[dict[str, Any]]] = {table.name: [] for table in specs}
    for table in specs[: len(GROUPS)]:
        (group,) = table.owners
        for record in getattr(dataset, group.name):
            result[table.name].append(_row(record, table.columns))
            for name, row in _rows(record, group, by_name):
                result[name].append(row)
    return result
