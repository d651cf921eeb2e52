"""The class validators: a check for each field, derived from its node.

A record that breaks its JSON Schema cannot be constructed; these checks say
what the schema says (:mod:`indo_us_dialogue._schema.generate` writes it from
the same nodes), in Python.
"""

from collections.abc import Callable
from typing import Any

from .countries import COUNTRY_CODES
from .dates import PartialDate
from .nodes import Array, Boolean, Choice, Country, Date, Id, Integer, Nested, Node, Optional, Ref, Text
from .patterns import python_regex

__all__ = ["Check", "checker"]

Check = Callable[[Any], None]


def _text(pattern: str | None, min_length: int) -> Check:
    # The pattern is compiled (once, python_regex caches it) by the first check, not
    # when the class is made: a program that only loads the packaged dataset checks none.
    def check_text(value: Any) -> None:
        if type(value) is not str:
            raise TypeError(f"expected str, got {type(value).__name__}: {value!r}")
        if len(value) < min_length:
            raise ValueError(f"must have at least {min_length} characters, got {value!r}")
        if pattern is not None and python_regex(pattern).search(value) is None:
            raise ValueError(f"{value!r} does not match {pattern!r}")

    return check_text


def _country(value: Any) -> None:
    if type(value) is not str:
        raise TypeError(f"expected str, got {type(value).__name__}: {value!r}")
    if value not in COUNTRY_CODES:
        raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 country code")


def _integer(minimum: int | None, maximum: int) -> Check:
    def check_integer(value: Any) -> None:
        # bool is a subclass of int, but true is not a number in JSON.
        if type(value) is not int:
            raise TypeError(f"expected int, got {type(value).__name__}: {value!r}")
        if minimum is not None and value < minimum:
            raise ValueError(f"must be >= {minimum}, got {value}")
        if value > maximum:
            raise ValueError(f"must be <= {maximum} (2**53 - 1), got {value}")

    return check_integer


def _boolean(value: Any) -> None:
    if type(value) is not bool:
        raise TypeError(f"expected bool, got {type(value).__name__}: {value!r}")


def _instance_of(cls: type) -> Check:
    def check_instance(value: Any) -> None:
        if not isinstance(value, cls):
            raise TypeError(f"expected {cls.__name__}, got {type(value).__name__}: {value!r}")

    return check_instance


def _optional(inner: Check) -> Check:
    def check_optional(value: Any) -> None:
        if value is not None:
            inner(value)

    return check_optional


def _array(item: Check, min_items: int, unique: bool) -> Check:
    def check_array(value: Any) -> None:
        if type(value) is not tuple:
            raise TypeError(f"expected tuple, got {type(value).__name__}: {value!r}")
        if len(value) < min_items:
            raise ValueError(f"must have at least {min_items} item(s), got {len(value)}")
        for index, each in enumerate(value):
            try:
                item(each)
            except (TypeError, ValueError) as exc:
                raise type(exc)(f"item {index}: {exc}") from None
        if unique and len(set(value)) != len(value):
            raise ValueError(f"items must be unique, got {value!r}")

    return check_array


def checker(node: Node) -> Check:
    """A function that raises TypeError or ValueError for a value the node does not allow."""
    match node:
        case Text(pattern=pattern, min_length=min_length):
            return _text(pattern, min_length)
        case Id() | Ref():
            return _text(node.pattern, 0)
        case Country():
            return _country
        case Integer(minimum=minimum, maximum=maximum):
            return _integer(minimum, maximum)
        case Boolean():
            return _boolean
        case Date():
            return _instance_of(PartialDate)
        case Choice(enum=enum_cls):
            return _instance_of(enum_cls)
        case Nested(cls=cls):
            return _instance_of(cls)
        case Optional(inner=inner):
            return _optional(checker(inner))
        case Array(item=item, min_items=min_items, unique=unique):
            return _array(checker(item), min_items, unique)
    raise TypeError(f"unknown node {node!r}")
