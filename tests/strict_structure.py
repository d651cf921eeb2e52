"""Building records from JSON data with no coercion: the classes' own verdict on a document.

``from_dict`` checks the JSON Schema before cattrs structures anything (cattrs
alone would turn 5 into "5"), so its verdict is the schema's. This module hands
JSON values to the record classes as they are, mapping only what JSON itself
means (arrays to tuples, date text to ``PartialDate``, enum text to members,
and numbers with an integral value to ``int``, as JSON Schema's ``integer``
does), so that the classes' validators alone decide.
"""

from typing import Any

from indo_us_dialogue import PartialDate
from indo_us_dialogue._model.nodes import Array, Choice, Date, Integer, Nested, Node, Optional, fields_of


def build(value: Any, node: Node) -> Any:
    """``value`` (JSON data) as the node says; TypeError or ValueError if the classes refuse it."""
    match node:
        case Optional(inner=inner):
            return None if value is None else build(value, inner)
        case Array(item=item):
            if not isinstance(value, list):
                raise TypeError(f"expected an array, got {value!r}")
            return tuple(build(each, item) for each in value)
        case Integer() if isinstance(value, float) and value.is_integer():
            return int(value)
        case Date():
            return PartialDate.parse(value)
        case Choice(enum=enum_cls):
            if not isinstance(value, str):
                raise TypeError(f"expected text, got {value!r}")
            return enum_cls(value)
        case Nested(cls=cls):
            if not isinstance(value, dict):
                raise TypeError(f"expected an object, got {value!r}")
            fields = {field.name: field.node for field in fields_of(cls)}
            unknown = set(value) - set(fields)
            if unknown:
                raise ValueError(f"unknown keys {sorted(unknown)}")
            return cls(**{name: build(item, fields[name]) for name, item in value.items()})
    return value


def accepts(value: Any, cls: type) -> bool:
    """Whether the record classes accept ``value`` as a ``cls`` document."""
    try:
        build(value, Nested(cls))
    except (TypeError, ValueError):
        return False
    return True
