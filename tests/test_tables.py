"""Tests for ``indo_us_dialogue._query.tables``: the dataset as flat tables."""

import enum
import re
from typing import Any

import pytest
from hypothesis import given

import indo_us_dialogue as iud
from indo_us_dialogue import strategies
from indo_us_dialogue._model.nodes import Array, Nested, Optional
from indo_us_dialogue._model.records import GROUPS
from indo_us_dialogue._model.walk import walk_record
from indo_us_dialogue._query.tables import KEY_COLUMNS, table_specs

_LAST_INDEX = re.compile(r"^(.*\[\d+\])(.*)$")
Key = tuple[str, str, str]  # record id, JSONPath of the row's object, column


def _plain(value: Any) -> Any:
    if isinstance(value, iud.PartialDate):
        return str(value)
    return value.value if isinstance(value, enum.Enum) else value


def _split(path: str) -> tuple[str, str]:
    """The row a value at ``path`` lands in (``$`` for the record's own row) and its column."""
    match = _LAST_INDEX.match(path)
    row, rest = (match[1], match[2]) if match else ("$", path[1:])
    return row, rest[1:].replace(".", "_") or "value"


def _expected(data: iud.Dataset) -> tuple[dict[Key, Any], set[Key]]:
    """Every scalar of every record at its cell, and the (row, column prefix) of each null nested record."""
    cells: dict[Key, Any] = {}
    nulls: set[Key] = set()
    for group in GROUPS:
        for record in getattr(data, group.name):
            for path, node, value in walk_record(record):
                if isinstance(node, (Array, Nested)):
                    continue
                row, column = _split(path)
                if isinstance(node, Optional) and isinstance(node.inner, Nested):
                    nulls.add((record.id, row, column + "_"))
                else:
                    cells[(record.id, row, column)] = _plain(value)
    return cells, nulls


def _actual(data: iud.Dataset) -> dict[Key, Any]:
    cells: dict[Key, Any] = {}
    for name, rows in data.tables().items():
        for row in rows:
            if "id" in row and "record_id" not in row:
                keys = (row["id"], "$")
            else:
                keys = (row["record_id"], row["path"])
                assert row["path"] == f"{row['parent']}.{row['field']}[{row['index']}]", name
            for column, value in row.items():
                if column not in KEY_COLUMNS:
                    assert (*keys, column) not in cells, (name, keys, column)
                    cells[(*keys, column)] = value
    return cells


@given(strategies.datasets(max_records=6))
def test_every_table_value_is_in_its_record_and_every_record_value_in_a_table(data: iud.Dataset) -> None:
    """Each scalar of each record is one cell, and each cell is a scalar of its record or under a null parent."""
    expected, nulls = _expected(data)
    actual = _actual(data)
    for key, value in expected.items():
        assert key in actual, key
        assert actual[key] == value, key
    for (record_id, row, column), value in actual.items():
        if (record_id, row, column) not in expected:
            assert value is None
            assert any(r == record_id and w == row and column.startswith(p) for r, w, p in nulls), column


def test_the_packaged_tables_have_the_expected_names_and_row_counts() -> None:
    """One table per record group and per kind of list, with as many rows as records or list items."""
    data = iud.load_dataset()
    rows = data.tables()
    for group in GROUPS:
        assert len(rows[group.name]) == len(getattr(data, group.name))
    assert {"positions", "participants", "topics", "links", "mentions", "evidence"} <= set(rows)
    assert len(rows["positions"]) == sum(len(o.positions) for o in data.officials)
    assert len(rows["participants"]) == sum(len(m.participants) for m in data.meetings)
    assert len(rows["official_aliases"]) == sum(len(o.aliases) for o in data.officials)
    evidence = sum(
        1 for g in GROUPS for r in getattr(data, g.name) for _, _, v in walk_record(r) if isinstance(v, iud.Evidence)
    )
    assert len(rows["evidence"]) == evidence


def test_rows_are_plain_values_in_column_order() -> None:
    """Rows hold only str, int and None, keyed in the declared column order, so DataFrame(rows) needs no glue."""
    rows = iud.load_dataset().tables()
    for table in table_specs():
        names = [c.name for c in table.columns]
        for row in rows[table.name]:
            assert list(row) == names
            assert all(v is None or type(v) in (str, int, bool) for v in row.values())


def test_child_rows_join_to_their_parent_rows() -> None:
    """Evidence rows join to position rows on record_id and parent = path."""
    rows = iud.load_dataset().tables()
    positions = {(r["record_id"], r["path"]) for r in rows["positions"]}
    of_positions = [r for r in rows["evidence"] if ".positions[" in r["parent"]]
    assert of_positions
    assert all((r["record_id"], r["parent"]) in positions for r in of_positions)


def test_dataframe_libraries_take_the_rows_as_they_are() -> None:
    """pandas.DataFrame(rows) and polars.DataFrame(rows) build every packaged table with its rows and columns."""
    pandas = pytest.importorskip("pandas")
    polars = pytest.importorskip("polars")
    tables = iud.load_dataset().tables()
    for table in table_specs():
        rows = tables[table.name]
        names = [c.name for c in table.columns]
        assert rows, table.name
        assert list(pandas.DataFrame(rows).columns) == names
        assert len(pandas.DataFrame(rows)) == len(rows)
        assert polars.DataFrame(rows).columns == names
        assert polars.DataFrame(rows).height == len(rows)
