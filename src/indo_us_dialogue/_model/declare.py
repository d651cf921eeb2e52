"""Declaring record fields once: type, options and description together.

Every record field is declared with :func:`field`; :func:`record` turns the
class into a frozen, slotted, keyword-only attrs class and builds each field's
node (:mod:`.nodes`) from its annotation and options. Every field's validator
checks values with the check :func:`.checks.checker` derives from that node.
"""

import typing
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from .checks import Check, checker
from .frozen import frozen
from .nodes import DESCRIPTION_KEY, OPTIONS_KEY, Options, fields_of

__all__ = ["field", "record"]

_T = TypeVar("_T")


def field(
    description: str,
    *,
    default: Any = attrs.NOTHING,
    min_length: int = 0,
    pattern: str | None = None,
    identifies: str | None = None,
    refers_to: str | None = None,
    country_code: bool = False,
    minimum: int | None = None,
    min_items: int = 0,
    unique_items: bool = False,
) -> Any:
    """Declare a record field with its description and what it may hold beyond its type.

    Args:
        description: One sentence for people; it becomes the schema's description.
        default: The value of an omitted field; fields without one are required.
        min_length: Texts have at least this many characters.
        pattern: Texts match this ECMA-262 regular expression (searched, as in JSON Schema).
        identifies: The field is the record's own id, of this kind (``"meeting"``).
        refers_to: Texts are ids of records of this kind.
        country_code: Texts are ISO 3166-1 alpha-2 country codes.
        minimum: Integers are at least this.
        min_items: Tuples have at least this many items.
        unique_items: Tuples have no item twice.
    """
    options = Options(
        min_length=min_length,
        pattern=pattern,
        identifies=identifies,
        refers_to=refers_to,
        country_code=country_code,
        minimum=minimum,
        min_items=min_items,
        unique_items=unique_items,
    )
    return attrs.field(
        default=default, validator=_validator(), metadata={DESCRIPTION_KEY: description, OPTIONS_KEY: options}
    )


def _validator() -> Callable[[Any, "attrs.Attribute[Any]", Any], None]:
    """A field's validator: the check :func:`.checks.checker` makes from its node, naming the field."""
    # The check is made on the field's first validation, not with the class (when
    # field() runs, the field's type is not known yet): a program that only loads
    # the packaged dataset, which is trusted (see _io/packaged.py), makes none.
    check: Check | None = None

    def validate(instance: Any, attribute: "attrs.Attribute[Any]", value: Any) -> None:
        nonlocal check
        if check is None:
            cls: type = type(instance)
            check = checker(next(f.node for f in fields_of(cls) if f.name == attribute.name))
        try:
            check(value)
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"{type(instance).__name__}.{attribute.name}: {exc}") from None

    return validate


@typing.dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(field, attrs.field))
def record(cls: type[_T]) -> type[_T]:
    """Make ``cls`` a frozen, slotted, keyword-only attrs class with validated fields."""
    made: type = frozen(kw_only=True)(cls)
    fields_of(made)  # reads the annotations now: a field of a type records cannot have fails here, not on first use
    return made
