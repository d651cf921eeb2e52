"""Building records from JSON data with no coercion: the classes' own verdict on a document.

``from_dict`` checks the JSON Schema before cattrs structures anything (cattrs
alone would turn 5 into "5"), so its verdict is the schema's. This module hands
JSON values to the record classes as they are, mapping only what JSON itself
means (arrays to tuples, date text to ``PartialDate``, enum text to members,
and numbers with an integral value to ``int``, as JSON Schema's ``integer``
does), so that the classes' validators alone decide.
"""

import enum
import types
import typing
from typing import Any

import attrs

from indo_us_dialogue import PartialDate


def build(value: Any, tp: Any) -> Any:
    """``value`` (JSON data) as an instance of ``tp``; TypeError or ValueError if the classes refuse it."""
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return None if value is None else build(value, inner)
    if origin is tuple:
        if not isinstance(value, list):
            raise TypeError(f"expected an array, got {value!r}")
        return tuple(build(item, typing.get_args(tp)[0]) for item in value)
    if tp is int and isinstance(value, float) and value.is_integer():
        return int(value)
    if tp is PartialDate:
        return PartialDate.parse(value)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        if not isinstance(value, str):
            raise TypeError(f"expected text, got {value!r}")
        return tp(value)
    if isinstance(tp, type) and attrs.has(tp):
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, got {value!r}")
        fields = attrs.fields_dict(tp)
        unknown = set(value) - set(fields)
        if unknown:
            raise ValueError(f"unknown keys {sorted(unknown)}")
        return tp(**{name: build(item, fields[name].type) for name, item in value.items()})
    return value


def accepts(value: Any, cls: type) -> bool:
    """Whether the record classes accept ``value`` as a ``cls`` document."""
    try:
        build(value, cls)
    except (TypeError, ValueError):
        return False
    return True
