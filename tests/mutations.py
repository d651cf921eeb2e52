"""Corrupting JSON documents, blindly and by the model, for the differential schema tests.

``mutated(doc)`` changes one node of a document in a way chosen by the node's
JSON type alone: the result may or may not still be valid. ``broken(doc, cls)``
uses the field declarations to make a change that is certainly invalid (a
required key dropped, an enum value misspelt, an impossible date, ...).
"""

import copy
import enum
import types
import typing
from collections.abc import Iterator
from typing import Any

import attrs
from hypothesis import strategies as st

from indo_us_dialogue import PartialDate
from indo_us_dialogue._model.declare import JSON_SAFE_INTEGER, constraints_of

Path = tuple[str | int, ...]

#: Plain JSON values, one of each type, for "a value of another type".
SAMPLES: dict[type, Any] = {dict: {}, list: [], str: "text", int: 7, float: 1.5, bool: True, type(None): None}
BAD_STRINGS = [
    "", " ", "not_a_value", "2023-02-30", "2023-13", "2023-1", "2023-11-10\n", "23",
    "meeting/Not-A-Slug", "official/x-", "in", "XX", "source/ok\n",
]  # fmt: skip
BAD_NUMBERS = [-1, 0, 1.0, 1.5, JSON_SAFE_INTEGER, JSON_SAFE_INTEGER + 1, 10**70, -(10**70), True]


def nodes(doc: Any, path: Path = ()) -> Iterator[tuple[Path, Any]]:
    """Every node of a JSON document with its path, the root first."""
    yield path, doc
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield from nodes(value, (*path, key))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            yield from nodes(value, (*path, index))


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
    path, node = draw(st.sampled_from(list(nodes(doc))))
    return replaced(doc, path, draw(st.sampled_from(_variants(node))))


def _record_fields(doc: Any, cls: type, path: Path = ()) -> Iterator[tuple[Path, "attrs.Attribute[Any]", Any]]:
    """Every field of every record inside ``doc`` (a document of ``cls``), with its path and value."""
    for attribute in attrs.fields(cls):
        if attribute.name not in doc:
            continue
        value = doc[attribute.name]
        field_path = (*path, attribute.name)
        yield field_path, attribute, value
        for tp, item_path, item in _values(attribute.type, value, field_path):
            if isinstance(tp, type) and attrs.has(tp):
                yield from _record_fields(item, tp, item_path)


def _values(tp: Any, value: Any, path: Path) -> Iterator[tuple[Any, Path, Any]]:
    """The leaf type, path and value of each item of a field's value (itself, its items, if present)."""
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        if value is not None:
            (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
            yield from _values(inner, value, path)
    elif origin is tuple:
        for index, item in enumerate(value):
            yield from _values(typing.get_args(tp)[0], item, (*path, index))
    else:
        yield tp, path, value


def _nullable(tp: Any) -> bool:
    return typing.get_origin(tp) in (types.UnionType, typing.Union)


Breakage = tuple[str, Path, Any]


def breakages(doc: dict[str, Any], cls: type) -> list[Breakage]:
    """Every certainly-invalid change of ``doc`` the field declarations suggest: (kind, path, new value).

    Apply one with ``replaced(doc, path, value)``. The changes are listed, not
    made, so that a large document is not copied once per change.
    """
    found: list[Breakage] = [("unknown key", ("unknown_field",), 1)]
    for path, attribute, value in _record_fields(doc, cls):
        cons = constraints_of(attribute)
        found.append(("unknown key", (*path[:-1], "unknown_field"), 1))
        if attribute.default is attrs.NOTHING:
            found.append(("required key dropped", path, DROP))
        if not _nullable(attribute.type):
            found.append(("null where not nullable", path, None))
        if cons.min_items and value:
            found.append(("empty array where items are required", path, []))
        if cons.unique_items and value:
            found.append(("duplicate items where unique", path, [*value, value[0]]))
        for tp, item_path, _item in _values(attribute.type, value, path):
            found.extend((kind, item_path, bad) for kind, bad in _bad_leaves(tp, cons.minimum))
    return found


def _bad_leaves(tp: Any, minimum: int | None) -> list[tuple[str, Any]]:
    if tp is int:
        low = [("integer below minimum", minimum - 1)] if minimum is not None else []
        return [
            *low,
            ("integer above 2**53 - 1", JSON_SAFE_INTEGER + 1),
            ("string for integer", "1"),
            ("boolean for integer", True),
        ]
    if tp is PartialDate:
        return [
            ("impossible date", "2023-02-30"),
            ("month 13", "2023-13"),
            ("unpadded month", "2023-1"),
            ("date with newline", "2023-11-10\n"),
            ("number for date", 2023),
        ]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return [("bad enum value", "not_a_value"), ("enum value in capitals", str(next(iter(tp)).value).upper() + "_X")]
    if tp is str:
        return [("number for text", 1), ("array for text", ["text"])]
    if isinstance(tp, type) and attrs.has(tp):
        return [("array for record", []), ("text for record", "record")]
    return []
