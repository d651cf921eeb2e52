"""Frozen attrs classes whose ``__repr__``, ``__eq__`` and ``__hash__`` are made without compiling.

attrs writes these three methods as Python source and compiles them for every
class: a third of the time the record classes and field nodes take to make,
and so of importing the package. :func:`frozen` makes the same classes as
``attrs.frozen`` and gives them methods built from closures over the field
names instead; the record classes (:func:`.declare.record`) and the field
nodes (:mod:`.nodes`) are made with it.
"""

import operator
import typing
from collections.abc import Callable
from typing import Any, TypeVar, overload

import attrs

__all__ = ["frozen"]

_T = TypeVar("_T")


def _add_value_methods(cls: type) -> None:
    """Give ``cls`` the ``__repr__``, ``__eq__`` and ``__hash__`` attrs would generate for it.

    They are made from the field names and behave as attrs' do: the same text,
    equality of the same class's fields in order, a hash that equal objects share.
    (attrs' repr also guards against an object containing itself; frozen objects
    made of tuples and other frozen objects cannot.)
    """
    names = tuple(attribute.name for attribute in attrs.fields(cls))
    # attrgetter of several names gives a tuple, of one name the bare value.
    values: Callable[[Any], tuple[Any, ...]] = (
        operator.attrgetter(*names) if len(names) > 1 else lambda self: tuple(getattr(self, n) for n in names)
    )
    salt = hash(cls.__qualname__)

    def represent(self: Any) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(names, values(self), strict=True))
        return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}({shown})"

    def equals(self: Any, other: object) -> object:  # a bool, or NotImplemented for another class
        if other.__class__ is not self.__class__:
            return NotImplemented
        return values(self) == values(other)

    def hashed(self: Any) -> int:
        return hash((salt, values(self)))

    for name, method in (("__repr__", represent), ("__eq__", equals), ("__hash__", hashed)):
        method.__name__, method.__qualname__ = name, f"{cls.__qualname__}.{name}"
        setattr(cls, name, method)


@overload
def frozen(cls: type[_T], /) -> type[_T]: ...


@overload
def frozen(*, kw_only: bool = False) -> Callable[[type[_T]], type[_T]]: ...


@typing.dataclass_transform(frozen_default=True, field_specifiers=(attrs.field,))
def frozen(cls: type[_T] | None = None, /, *, kw_only: bool = False) -> Any:
    """``attrs.frozen``, as ``@frozen`` or ``@frozen(kw_only=True)``, with the methods of :func:`_add_value_methods`."""

    def make(cls: type[_T]) -> type[_T]:
        made: type[_T] = attrs.frozen(kw_only=kw_only, repr=False, eq=False)(cls)
        _add_value_methods(made)
        return made

    return make if cls is None else make(cls)
