"""Reading and writing JSON text strictly and deterministically.

Reading is stricter than :func:`json.loads`: it refuses what RFC 8259 leaves
undefined or what other languages read differently (duplicate keys, ``NaN``,
numbers too large to mean the same everywhere), and it turns every failure
into a :class:`~indo_us_dialogue.ValidationError` with a path instead of a
traceback. Writing is deterministic: same value, same bytes.
"""

import json
import sys
from typing import Any

from .._errors import Problem, ValidationError

__all__ = ["MAX_INTEGER_DIGITS", "OversizedInteger", "dumps", "loads", "quoted"]

_BOM = "\ufeff"
# Longer integer literals are not turned into int: Python refuses beyond this
# many digits (4300 by default), and converting them takes time quadratic in
# their length. Shorter ones are ints, so that a document read from text and
# the same data given parsed get the same problems (schema.maximum).
MAX_INTEGER_DIGITS = min(sys.get_int_max_str_digits() or 4300, 4300)


class OversizedInteger:
    """Stands in for an integer literal too long to be a valid value anywhere.

    It is not an ``int``, so schema validation reports it, with its path, as the
    wrong type instead of the parser failing without one.
    """

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits

    def __repr__(self) -> str:
        return f"<integer with {self.digits} digits>"


def quoted(value: Any, limit: int = 80) -> str:
    r"""``value`` in JSON spelling (``true``, ``null``, ``"text"``) for a message, cut in the middle past ``limit``.

    Values can be megabytes long: only about ``limit`` characters of them are
    ever turned into text, whatever their size. A lone surrogate is shown as
    its escape (``\\ud800``), so that the message can be printed.
    """
    return _quoted(value, limit).encode("utf-8", "backslashreplace").decode("utf-8")


def _quoted(value: Any, limit: int) -> str:
    if isinstance(value, int) and value.bit_length() > 3 * limit:
        return f"<integer with about {int(value.bit_length() * 0.30103)} digits>"  # str() may refuse it
    if isinstance(value, str) and len(value) > limit:
        head, tail = (json.dumps(part, ensure_ascii=False) for part in (value[: limit // 2], value[-limit // 2 :]))
        return f"{head[:-1]}…{tail[1:]}"
    pieces: list[str] = []
    length = 0
    # iterencode yields the text piece by piece, so a huge array stops being encoded after `limit` characters.
    encoder = json.JSONEncoder(ensure_ascii=False, default=repr, check_circular=False)
    for piece in encoder.iterencode(value):
        pieces.append(piece)
        length += len(piece)
        if length > limit:
            return "".join(pieces)[:limit] + "…"
    return "".join(pieces)


class _DuplicateKeyError(ValueError):
    pass


def _parse_int(text: str) -> "int | OversizedInteger":
    digits = len(text.lstrip("-"))
    return OversizedInteger(digits) if digits > MAX_INTEGER_DIGITS else int(text)


def _parse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON (JSON has no NaN or Infinity)")


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(f"duplicate key {quoted(key)} in one object")
        result[key] = value
    return result


def _fail(message: str, rule: str) -> ValidationError:
    return ValidationError([Problem(path="$", message=message, rule=rule)], summary="not valid JSON")


def loads(data: "str | bytes | bytearray") -> Any:
    """Parse one JSON document strictly.

    A UTF-8 byte order mark at the very start is accepted and ignored (RFC 8259
    allows parsers to do so; editors on Windows add one).

    Raises:
        ValidationError: the text is not UTF-8, not JSON, or uses NaN, Infinity,
            duplicate keys or nesting deeper than Python can parse.
    """
    if isinstance(data, (bytes, bytearray)):
        try:
            text = bytes(data).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _fail(
                f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} is invalid", "json.encoding"
            ) from None
    elif isinstance(data, str):
        text = data
    else:
        raise TypeError(f"expected str or bytes, got {type(data).__name__}")
    text = text.removeprefix(_BOM)
    if not text.strip():
        raise _fail("the document is empty", "json.syntax")
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_parse_constant, parse_int=_parse_int)
    except json.JSONDecodeError as exc:
        raise _fail(f"{exc.msg} at line {exc.lineno}, column {exc.colno}", "json.syntax") from None
    except _DuplicateKeyError as exc:
        raise _fail(str(exc), "json.duplicate-key") from None
    except RecursionError:
        raise _fail("nesting is too deep to read", "json.depth") from None
    except ValueError as exc:
        raise _fail(str(exc), "json.syntax") from None


def dumps(value: Any, *, indent: int | None = 2) -> str:
    """Serialise ``value`` deterministically: keys in the order given, UTF-8 text, no NaN."""
    separators = (",", ": ") if indent is not None else (",", ":")
    return json.dumps(value, ensure_ascii=False, allow_nan=False, indent=indent, separators=separators) + "\n"
