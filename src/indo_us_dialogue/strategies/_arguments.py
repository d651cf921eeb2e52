"""Checking the strategies' keyword arguments when a strategy is made, not mid-test.

Hypothesis's own strategies refuse a bad argument with ``InvalidArgument`` as soon
as they are called; these helpers do the same for ours, with a message naming
the argument and what it may be.
"""

import enum
from typing import TypeVar

from hypothesis.errors import InvalidArgument

from .._model.countries import COUNTRY_CODES

__all__ = ["check_count", "check_country", "check_member"]

E = TypeVar("E", bound=enum.Enum)


def check_member(enum_cls: type[E], value: "E | str | None", name: str) -> E | None:
    """The enum member ``value`` stands for (the member or its JSON string), or None."""
    if value is None:
        return None
    try:
        return enum_cls(value)
    except ValueError:
        choices = ", ".join(repr(m.value) for m in enum_cls)
        raise InvalidArgument(f"{name}={value!r} is not one of {choices}") from None


def check_country(value: str | None) -> str | None:
    """``value`` if it is an ISO 3166-1 alpha-2 code (or None)."""
    if value is not None and value not in COUNTRY_CODES:
        raise InvalidArgument(f"country={value!r} is not an ISO 3166-1 alpha-2 code such as 'IN' or 'US'")
    return value


def check_count(value: object, name: str) -> int:
    """``value`` if it is a non-negative integer (not a bool)."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidArgument(f"{name}={value!r} must be a non-negative integer")
    return value
