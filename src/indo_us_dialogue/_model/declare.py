"""Declaring record fields once: type, constraints and description together.

Every record field is declared with :func:`field`, which stores its description
and its constraints (length, pattern, minimum, item count, ...) in the attrs
metadata. :func:`record` turns a class into a frozen, slotted, keyword-only attrs
class and builds each field's validator from its type annotation and those
constraints. :mod:`indo_us_dialogue._schema.generate` reads the very same metadata to
write the JSON Schemas, so the classes and the schemas cannot disagree about
what a valid value is.
"""

import enum
import functools
import re
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from .dates import PartialDate

__all__ = [
    "ID_KINDS",
    "JSON_SAFE_INTEGER",
    "NON_BLANK",
    "Constraints",
    "constraints_of",
    "description_of",
    "ecma_search",
    "field",
    "id_pattern",
    "record",
]

_DESCRIPTION = "indo_us_dialogue.description"
_CONSTRAINTS = "indo_us_dialogue.constraints"

#: The record types that have ids, and the prefix each id starts with.
ID_KINDS = ("source", "official", "meeting", "initiative", "statement")

#: The largest integer every JSON parser reads exactly (2**53 - 1); the bound of
#: every integer field, so that a record means the same in every language.
JSON_SAFE_INTEGER = 2**53 - 1

#: A pattern that any text with at least one non-space character matches.
NON_BLANK = r"\S"


def id_pattern(kind: str) -> str:
    """The pattern of ids of one record type: ``meeting/2023-11-10-ministerial``."""
    # Written with one level of repetition (not [a-z0-9]+(?:-[a-z0-9]+)*) so that
    # backtracking engines match it in linear time; tests/test_patterns.py checks.
    return rf"^{kind}/[a-z0-9](?:-?[a-z0-9])*$"


# ECMA-262's WhiteSpace and LineTerminator code points: what "\s" means there.
# Python's "\s" differs (it adds U+001C-U+001F and U+0085, and lacks U+FEFF).
_ECMA_SPACE = r"\t\n\v\f\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
# ECMA-262's "\d", "\w" and "." (without the u and s flags), spelled out for Python,
# whose "\d" and "\w" also match non-ASCII digits and letters and whose "." matches "\r".
_ECMA_CLASSES = {"s": _ECMA_SPACE, "d": "0-9", "w": "A-Za-z0-9_"}
_ECMA_DOT = r"[^\n\r\u2028\u2029]"


def _ecma_to_python(pattern: str) -> str:
    """Rewrite the escapes whose meaning differs between ECMA-262 and Python's re."""
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            escaped = pattern[index + 1]
            index += 2
            body = _ECMA_CLASSES.get(escaped.lower())
            if body is None:
                out.append(char + escaped)
            elif not in_class:
                out.append(f"[{body}]" if escaped.islower() else f"[^{body}]")
            elif escaped.islower():
                out.append(body)
            else:
                raise ValueError(f"negated class escape \\{escaped} inside [...] is not supported: {pattern!r}")
            continue
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        elif char == "." and not in_class:
            char = _ECMA_DOT
        out.append(char)
        index += 1
    return "".join(out)


@functools.cache
def _compile(pattern: str) -> re.Pattern[str]:
    # JSON Schema patterns are ECMA-262 regular expressions applied as a search.
    # In Python "$" also matches before a final newline, in ECMA-262 only at the
    # very end; "\s", "\d", "\w" and "." mean different sets of characters.
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(_ecma_to_python(pattern))


def ecma_search(pattern: str, text: str) -> bool:
    r"""Whether ``text`` matches the JSON Schema ``pattern``, searched as ECMA-262 would.

    ``$``, ``\s``, ``\d``, ``\w`` and ``.`` keep their ECMA-262 meaning, so Python agrees
    with JSON Schema validators in other languages.
    """
    return _compile(pattern).search(text) is not None


@attrs.frozen(kw_only=True)
class Constraints:
    """Restrictions on a field's value beyond its type.

    Text and number constraints apply to every text or number inside the value
    (each item of a tuple, the value of an optional field); ``min_items`` and
    ``unique_items`` apply to the tuple itself.
    """

    min_length: int | None = None
    pattern: str | None = None
    id_of: str | None = None
    """The record type whose id this text is (or refers to)."""
    country_code: bool = False
    minimum: int | None = None
    min_items: int | None = None
    unique_items: bool = False

    @property
    def effective_pattern(self) -> str | None:
        """The regular expression text values must match, if any."""
        if self.id_of is not None:
            return id_pattern(self.id_of)
        return self.pattern


def field(
    description: str,
    *,
    default: Any = attrs.NOTHING,
    min_length: int | None = None,
    pattern: str | None = None,
    id_of: str | None = None,
    country_code: bool = False,
    minimum: int | None = None,
    min_items: int | None = None,
    unique_items: bool = False,
) -> Any:
    """Declare a record field with its description and constraints."""
    if id_of is not None and id_of not in ID_KINDS:
        raise ValueError(f"unknown id kind {id_of!r}")
    constraints = Constraints(
        min_length=min_length,
        pattern=pattern,
        id_of=id_of,
        country_code=country_code,
        minimum=minimum,
        min_items=min_items,
        unique_items=unique_items,
    )
    return attrs.field(
        default=default,
        metadata={_DESCRIPTION: description, _CONSTRAINTS: constraints},
    )


def description_of(attribute: "attrs.Attribute[Any]") -> str:
    """The description a field was declared with."""
    return str(attribute.metadata[_DESCRIPTION])


def constraints_of(attribute: "attrs.Attribute[Any]") -> Constraints:
    """The constraints a field was declared with."""
    value = attribute.metadata[_CONSTRAINTS]
    assert isinstance(value, Constraints)
    return value


_T = TypeVar("_T")
_Check = Callable[[Any], None]


def _type_name(tp: Any) -> str:
    return getattr(tp, "__name__", repr(tp))


def _leaf_check(tp: Any, cons: Constraints) -> _Check:
    """A check for one non-container value of type ``tp``."""
    if tp is str:
        pattern = cons.effective_pattern

        def check_str(value: Any) -> None:
            if type(value) is not str:
                raise TypeError(f"expected str, got {type(value).__name__}: {value!r}")
            if cons.min_length is not None and len(value) < cons.min_length:
                raise ValueError(f"must have at least {cons.min_length} characters, got {value!r}")
            if pattern is not None and not ecma_search(pattern, value):
                raise ValueError(f"{value!r} does not match {pattern!r}")
            if cons.country_code:
                from .countries import COUNTRY_CODES  # noqa: PLC0415 - keeps import light

                if value not in COUNTRY_CODES:
                    raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 country code")

        return check_str
    if tp is int:

        def check_int(value: Any) -> None:
            # bool is a subclass of int, but true is not a number in JSON.
            if type(value) is not int:
                raise TypeError(f"expected int, got {type(value).__name__}: {value!r}")
            if cons.minimum is not None and value < cons.minimum:
                raise ValueError(f"must be >= {cons.minimum}, got {value}")
            if value > JSON_SAFE_INTEGER:
                raise ValueError(f"must be <= {JSON_SAFE_INTEGER} (2**53 - 1), got {value}")

        return check_int
    if tp is bool:

        def check_bool(value: Any) -> None:
            if type(value) is not bool:
                raise TypeError(f"expected bool, got {type(value).__name__}: {value!r}")

        return check_bool
    if isinstance(tp, type) and (issubclass(tp, enum.Enum) or tp is PartialDate or attrs.has(tp)):

        def check_instance(value: Any) -> None:
            if not isinstance(value, tp):
                raise TypeError(f"expected {tp.__name__}, got {type(value).__name__}: {value!r}")

        return check_instance
    raise TypeError(f"record fields cannot have type {_type_name(tp)}")


def _check_for(tp: Any, cons: Constraints) -> _Check:
    """A check for a value of any supported field type."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (types.UnionType, typing.Union):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1 or len(args) != 2:
            raise TypeError(f"only `X | None` unions are supported, got {tp}")
        check_inner = _check_for(inner[0], cons)

        def check_optional(value: Any) -> None:
            if value is not None:
                check_inner(value)

        return check_optional
    if origin is tuple:
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"only tuple[X, ...] is supported, got {tp}")
        check_item = _check_for(args[0], cons)

        def check_tuple(value: Any) -> None:
            if type(value) is not tuple:
                raise TypeError(f"expected tuple, got {type(value).__name__}: {value!r}")
            if cons.min_items is not None and len(value) < cons.min_items:
                raise ValueError(f"must have at least {cons.min_items} item(s), got {len(value)}")
            for index, item in enumerate(value):
                try:
                    check_item(item)
                except (TypeError, ValueError) as exc:
                    raise type(exc)(f"item {index}: {exc}") from None
            if cons.unique_items and len(set(value)) != len(value):
                raise ValueError(f"items must be unique, got {value!r}")

        return check_tuple
    return _leaf_check(tp, cons)


def _add_validators(cls: type, fields: list["attrs.Attribute[Any]"]) -> list["attrs.Attribute[Any]"]:
    result = []
    for attribute in fields:
        check = _check_for(attribute.type, constraints_of(attribute))

        def validate(instance: Any, attr: "attrs.Attribute[Any]", value: Any, check: _Check = check) -> None:
            try:
                check(value)
            except (TypeError, ValueError) as exc:
                raise type(exc)(f"{type(instance).__name__}.{attr.name}: {exc}") from None

        result.append(attribute.evolve(validator=validate))
    return result


@typing.dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(field, attrs.field))
def record(cls: type[_T]) -> type[_T]:
    """Make ``cls`` a frozen, slotted, keyword-only attrs class with validated fields."""
    return attrs.frozen(kw_only=True, field_transformer=_add_validators)(cls)
