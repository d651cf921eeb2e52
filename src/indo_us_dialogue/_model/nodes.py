"""One description of every field: a small typed node per field, built once.

:func:`indo_us_dialogue._model.declare.record` turns each field's annotation and
declared options into a :data:`Node` when the class is made; this module is the
only place that reads type annotations. Everything that needs to know what a
field may hold (the class validators, the JSON Schema writer, the walker over
records, the Hypothesis strategies, the test helpers) is a ``match`` over these
nodes, so a new field or record type is declared once and every reader follows.
msgspec's ``msgspec.inspect`` is the model: a type becomes a tree of nodes once.
"""

import enum
import functools
import types
import typing
from typing import Any

import attrs

from .dates import PartialDate
from .frozen import frozen
from .patterns import JSON_SAFE_INTEGER, id_pattern

__all__ = [
    "Array",
    "Boolean",
    "Choice",
    "Country",
    "Date",
    "Field",
    "Id",
    "Integer",
    "Nested",
    "Node",
    "Optional",
    "Ref",
    "Text",
    "fields_of",
    "id_kind",
    "node_for",
]


@frozen
class Text:
    """Free text: at least ``min_length`` characters, matching ``pattern`` (ECMA-262, searched) if given."""

    pattern: str | None = None
    min_length: int = 0


@frozen
class Id:
    """The record's own id: ``kind/`` followed by a lower-case slug."""

    kind: str

    @property
    def pattern(self) -> str:
        """The pattern every id of this kind matches."""
        return id_pattern(self.kind)


@frozen
class Ref:
    """The id of another record, of the given kind."""

    kind: str

    @property
    def pattern(self) -> str:
        """The pattern every id of this kind matches."""
        return id_pattern(self.kind)


@frozen
class Country:
    """An ISO 3166-1 alpha-2 country code."""


@frozen
class Integer:
    """A whole number from ``minimum`` (if any) to ``maximum``, which every JSON reader reads exactly."""

    minimum: int | None = None
    maximum: int = JSON_SAFE_INTEGER


@frozen
class Boolean:
    """``true`` or ``false``."""


@frozen
class Date:
    """A :class:`~indo_us_dialogue.PartialDate`: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""


@frozen
class Choice:
    """One member of a closed vocabulary, written as its string value."""

    enum: type[enum.Enum]


@frozen
class Nested:
    """A record of another class, inside this one."""

    cls: type


@frozen
class Optional:
    """The inner value, or null."""

    inner: "Node"


@frozen
class Array:
    """A sequence (a tuple in Python, an array in JSON) of ``item`` values."""

    item: "Node"
    min_items: int = 0
    unique: bool = False


#: What a field may hold.
Node = Text | Id | Ref | Country | Integer | Boolean | Date | Choice | Nested | Optional | Array


@frozen
class Field:
    """One declared field of a record class: its name, node, description and default."""

    name: str
    node: Node
    description: str
    default: Any = attrs.NOTHING

    @property
    def required(self) -> bool:
        """Whether the field has no default, so every record must give it."""
        return self.default is attrs.NOTHING


@frozen(kw_only=True)
class Options:
    """What a declaration adds to a field's type; see :func:`indo_us_dialogue._model.declare.field`.

    Text and number options apply to each text or number in the value (each
    item of a tuple, the value of an optional field); ``min_items`` and
    ``unique_items`` to the tuple itself.
    """

    min_length: int = 0
    pattern: str | None = None
    identifies: str | None = None
    refers_to: str | None = None
    country_code: bool = False
    minimum: int | None = None
    min_items: int = 0
    unique_items: bool = False


def _type_name(tp: Any) -> str:
    return getattr(tp, "__name__", repr(tp))


def _leaf(tp: Any, options: Options) -> Node:
    if tp is str:
        if options.identifies is not None:
            return Id(options.identifies)
        if options.refers_to is not None:
            return Ref(options.refers_to)
        if options.country_code:
            return Country()
        return Text(pattern=options.pattern, min_length=options.min_length)
    if tp is int:
        return Integer(minimum=options.minimum)
    if tp is bool:
        return Boolean()
    if tp is PartialDate:
        return Date()
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return Choice(tp)
    if isinstance(tp, type) and attrs.has(tp):
        return Nested(tp)
    raise TypeError(f"record fields cannot have type {_type_name(tp)}")


def node_for(tp: Any, options: Options) -> Node:
    """The node of a field annotated ``tp`` and declared with ``options``."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (types.UnionType, typing.Union):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1 or len(args) != 2:
            raise TypeError(f"only `X | None` unions are supported, got {tp}")
        return Optional(node_for(inner[0], options))
    if origin is tuple:
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"only tuple[X, ...] is supported, got {tp}")
        return Array(node_for(args[0], options), min_items=options.min_items, unique=options.unique_items)
    return _leaf(tp, options)


#: Where :func:`~indo_us_dialogue._model.declare.field` keeps a field's description
#: and :class:`Options` in the field's attrs metadata.
DESCRIPTION_KEY = "indo_us_dialogue.description"
OPTIONS_KEY = "indo_us_dialogue.options"


@functools.cache
def fields_of(cls: type) -> tuple[Field, ...]:
    """The declared fields of a record class, in declaration order."""
    return tuple(
        Field(
            attribute.name,
            node_for(attribute.type, attribute.metadata[OPTIONS_KEY]),
            attribute.metadata[DESCRIPTION_KEY],
            attribute.default,
        )
        for attribute in attrs.fields(cls)
    )


@functools.cache
def id_kind(cls: type) -> str | None:
    """The kind of id a record class carries (``"meeting"``), or None if it has no id."""
    return next((f.node.kind for f in fields_of(cls) if isinstance(f.node, Id)), None)
