"""Corrupting JSON documents, blindly and by the model, for the differential schema tests.

``mutated(doc)`` changes one node of a document in a way chosen by the node's
JSON type alone: the result may or may not still be valid. ``broken(doc, cls)``
uses the field declarations to make a change that is certainly invalid (a
required key dropped, an enum value misspelt, an impossible date, ...).
"""

import copy
from collections.abc import Iterator
from typing import Any

from hypothesis import strategies as st

from indo_us_dialogue._model.nodes import (
    Array,
    Choice,
    Country,
    Date,
    Field,
    Id,
    Integer,
    Nested,
    Node,
    Optional,
    Ref,
    Text,
    fields_of,
)
from indo_us_dialogue._model.patterns import JSON_SAFE_INTEGER
from tests.helpers import json_nodes

Path = tuple[str | int, ...]

#: Plain JSON values, one of each type, for "a value of another type".
SAMPLES: dict[type, Any] = {dict: {}, list: [], str: "text", int: 7, float: 1.5, bool: True, type(None): None}
BAD_STRINGS = [
    "", " ", "not_a_value", "2023-02-30", "2023-13", "2023-1", "2023-11-10\n", "23",
    "meeting/Not-A-Slug", "official/x-", "in", "XX", "source/ok\n",
]  # fmt: skip
BAD_NUMBERS = [-1, 0, 1.0, 1.5, JSON_SAFE_INTEGER, JSON_SAFE_INTEGER + 1, 10**70, -(10**70), True]


#: Stands for "remove this key" in place of a replacement value.
DROP = object()


def replaced(doc: Any, path: Path, value: Any) -> Any:
    """A deep copy of ``doc`` with the node at ``path`` replaced by ``value`` (or removed, for DROP)."""
    if not path:
        return value
    result = copy.deepcopy(doc)
    parent = result
    for step in path[:-1]:
        parent = parent[step]
    if value is DROP:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return result


def _variants(node: Any) -> list[Any]:
    """Ways to change one node, chosen by its JSON type only."""
    other_types = [v for t, v in SAMPLES.items() if type(node) is not t]
    if isinstance(node, dict):
        dropped = [{k: v for k, v in node.items() if k != key} for key in node]
        return [*dropped, {**node, "unknown_field": 1}, *other_types]
    if isinstance(node, list):
        duplicated = [[*node, item] for item in node[:1]]
        return [[], *duplicated, [*node, 7], [*node, None], *other_types]
    if isinstance(node, str):
        return [*BAD_STRINGS, node.upper(), node + "\n", node + "x", *other_types]
    if isinstance(node, (int, float)) and not isinstance(node, bool):
        return [*BAD_NUMBERS, node - 1, node + 1, *other_types]
    return other_types


@st.composite
def mutated(draw: st.DrawFn, doc: Any) -> Any:
    """``doc`` with one node changed, blindly: the result may or may not be valid."""
    path, node = draw(st.sampled_from(list(json_nodes(doc))))
    return replaced(doc, path, draw(st.sampled_from(_variants(node))))


def _record_fields(doc: Any, cls: type, path: Path = ()) -> Iterator[tuple[Path, Field, Any]]:
    """Every field of every record inside ``doc`` (a document of ``cls``), with its path and value."""
    for field in fields_of(cls):
        if field.name not in doc:
            continue
        value = doc[field.name]
        field_path = (*path, field.name)
        yield field_path, field, value
        for node, item_path, item in _values(field.node, value, field_path):
            if isinstance(node, Nested):
                yield from _record_fields(item, node.cls, item_path)


def _values(node: Node, value: Any, path: Path) -> Iterator[tuple[Node, Path, Any]]:
    """The leaf node, path and value of each item of a field's value (itself, its items, if present)."""
    match node:
        case Optional(inner=inner):
            if value is not None:
                yield from _values(inner, value, path)
        case Array(item=item):
            for index, each in enumerate(value):
                yield from _values(item, each, (*path, index))
        case _:
            yield node, path, value


Breakage = tuple[str, Path, Any]


def breakages(doc: dict[str, Any], cls: type) -> list[Breakage]:
    """Every certainly-invalid change of ``doc`` the field declarations suggest: (kind, path, new value).

    Apply one with ``replaced(doc, path, value)``. The changes are listed, not
    made, so that a large document is not copied once per change.
    """
    found: list[Breakage] = [("unknown key", ("unknown_field",), 1)]
    for path, field, value in _record_fields(doc, cls):
        node = field.node
        found.append(("unknown key", (*path[:-1], "unknown_field"), 1))
        if field.required:
            found.append(("required key dropped", path, DROP))
        if not isinstance(node, Optional):
            found.append(("null where not nullable", path, None))
        if isinstance(node, Array) and node.min_items and value:
            found.append(("empty array where items are required", path, []))
        if isinstance(node, Array) and node.unique and value:
            found.append(("duplicate items where unique", path, [*value, value[0]]))
        for leaf, item_path, _item in _values(node, value, path):
            found.extend((kind, item_path, bad) for kind, bad in _bad_leaves(leaf))
    return found


def _bad_leaves(node: Node) -> list[tuple[str, Any]]:
    match node:
        case Integer(minimum=minimum):
            low = [("integer below minimum", minimum - 1)] if minimum is not None else []
            return [
                *low,
                ("integer above 2**53 - 1", JSON_SAFE_INTEGER + 1),
                ("string for integer", "1"),
                ("boolean for integer", True),
            ]
        case Date():
            return [
                ("impossible date", "2023-02-30"),
                ("month 13", "2023-13"),
                ("unpadded month", "2023-1"),
                ("date with newline", "2023-11-10\n"),
                ("number for date", 2023),
            ]
        case Choice(enum=enum_cls):
            return [
                ("bad enum value", "not_a_value"),
                ("enum value in capitals", str(next(iter(enum_cls)).value).upper() + "_X"),
            ]
        case Text() | Id() | Ref() | Country():
            return [("number for text", 1), ("array for text", ["text"])]
        case Nested():
            return [("array for record", []), ("text for record", "record")]
    return []
