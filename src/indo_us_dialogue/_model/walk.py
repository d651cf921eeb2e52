"""One walker over records: every value inside a record, with its JSON path and node."""

from collections.abc import Iterator
from typing import Any

from .nodes import Array, Nested, Node, Optional, fields_of

__all__ = ["walk", "walk_record"]


def walk(value: Any, node: Node, path: str) -> Iterator[tuple[str, Node, Any]]:
    """``(path, node, value)`` for ``value`` and everything inside it, outermost first.

    Optional values are reported under their inner node (or, when null, under
    the :class:`~.nodes.Optional` node itself), so a consumer matches on what a
    value is, not on whether it could have been missing.
    """
    match node:
        case Optional(inner=inner):
            if value is None:
                yield path, node, value
            else:
                yield from walk(value, inner, path)
        case Array(item=item):
            yield path, node, value
            for index, each in enumerate(value):
                yield from walk(each, item, f"{path}[{index}]")
        case Nested(cls=cls):
            yield path, node, value
            for field in fields_of(cls):
                yield from walk(getattr(value, field.name), field.node, f"{path}.{field.name}")
        case _:
            yield path, node, value


def walk_record(record: Any, path: str = "$") -> Iterator[tuple[str, Node, Any]]:
    """:func:`walk` over a record of any class, starting at ``path``."""
    return walk(record, Nested(type(record)), path)
