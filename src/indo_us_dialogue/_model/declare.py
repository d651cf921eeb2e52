"""Declaring record fields once: type, options and description together.

Every record field is declared with :func:`field`; :func:`record` turns the
class into a frozen, slotted, keyword-only attrs class, builds each field's
node (:mod:`.nodes`) from its annotation and options, and gives it the
validator :func:`.checks.checker` derives from that node.
"""

import typing
from typing import Any, TypeVar

import attrs

from .checks import Check, checker
from .nodes import FIELD_KEY, Field, Options, node_for

__all__ = ["field", "record"]

_OPTIONS_KEY = "indo_us_dialogue.options"
_DESCRIPTION_KEY = "indo_us_dialogue.description"
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
    return attrs.field(default=default, metadata={_DESCRIPTION_KEY: description, _OPTIONS_KEY: options})


def _with_nodes(cls: type, attributes: list["attrs.Attribute[Any]"]) -> list["attrs.Attribute[Any]"]:
    result = []
    for attribute in attributes:
        node = node_for(attribute.type, attribute.metadata[_OPTIONS_KEY])
        declared = Field(attribute.name, node, attribute.metadata[_DESCRIPTION_KEY], attribute.default)
        check = checker(node)

        def validate(instance: Any, attr: "attrs.Attribute[Any]", value: Any, check: Check = check) -> None:
            try:
                check(value)
            except (TypeError, ValueError) as exc:
                raise type(exc)(f"{type(instance).__name__}.{attr.name}: {exc}") from None

        result.append(attribute.evolve(validator=validate, metadata={**attribute.metadata, FIELD_KEY: declared}))
    return result


@typing.dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(field, attrs.field))
def record(cls: type[_T]) -> type[_T]:
    """Make ``cls`` a frozen, slotted, keyword-only attrs class with validated fields."""
    return attrs.frozen(kw_only=True, field_transformer=_with_nodes)(cls)
