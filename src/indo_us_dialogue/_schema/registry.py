"""The packaged JSON Schemas and validators built from them.

The schemas ship inside the package (``indo_us_dialogue/schemas/``) and are
read with :mod:`importlib.resources`, so they work from an installed wheel.
Every ``$ref`` resolves through an in-memory registry: nothing is fetched.
The files have no ``$id``; each is filed under its published address
(:data:`~indo_us_dialogue._schema.generate.PUBLISHED_BASE` plus its file name),
which is the base their relative ``$ref``s resolve against.
"""

import copy
import json
from collections.abc import Iterator
from typing import Any

import jsonschema
import referencing
import referencing.jsonschema
from jsonschema.protocols import Validator

from .._io.jsonio import quoted
from .._io.once import once
from .._io.resources import DamagedPackageError, packaged_folder
from .._model.patterns import ecma_search
from .._model.records import RECORD_TYPES
from .generate import DEFINITIONS_FILE_NAME, PUBLISHED_BASE, schema_file_name

__all__ = ["ecma_validator_class", "schema", "schema_names", "validator_for"]


def _pattern(
    validator: Validator, pattern: str, instance: Any, schema: dict[str, Any]
) -> Iterator[jsonschema.ValidationError]:
    # Same as jsonschema's own "pattern", but with ECMA-262's "$" (see _model.patterns.ecma_search),
    # so that Python agrees with validators in other languages and with the classes.
    if validator.is_type(instance, "string") and not ecma_search(pattern, instance):
        yield jsonschema.ValidationError(f"{quoted(instance)} does not match {quoted(pattern, limit=300)}")


def _json_key(value: Any) -> Any:
    """A hashable stand-in for a JSON value, equal exactly when JSON Schema calls the values equal.

    Numbers compare by value (``1`` equals ``1.0``), booleans are not numbers,
    and the order of an object's keys does not matter.
    """
    if isinstance(value, bool):
        return ("boolean", value)
    if isinstance(value, (int, float)):
        return ("number", value)
    if isinstance(value, str):
        return ("string", value)
    if value is None:
        return ("null",)
    if isinstance(value, list):
        return ("array", tuple(_json_key(item) for item in value))
    if isinstance(value, dict):
        return ("object", frozenset((key, _json_key(item)) for key, item in value.items()))
    # Not a JSON value (e.g. an OversizedInteger): equal only to itself, as in jsonschema.
    return ("other", id(value))


def _unique_items(
    validator: Validator, unique: bool, instance: Any, schema: dict[str, Any]
) -> Iterator[jsonschema.ValidationError]:
    # jsonschema compares unsortable items (objects) pairwise: quadratic, so an
    # array of a few thousand objects where strings belong takes minutes. Hashing
    # a canonical form gives the same answer in linear time.
    if unique and validator.is_type(instance, "array"):
        seen: set[Any] = set()
        for item in instance:
            key = _json_key(item)
            if key in seen:
                yield jsonschema.ValidationError(f"{quoted(instance)} has non-unique elements")
                return
            seen.add(key)


#: Draft 2020-12 validation with ECMA-262 pattern semantics (and linear-time uniqueItems).
ecma_validator_class = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
    jsonschema.Draft202012Validator, validators={"pattern": _pattern, "uniqueItems": _unique_items}
)


def _read_schema(entry: Any) -> dict[str, Any]:
    try:
        loaded = json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # ValueError: not UTF-8 or not JSON
        raise DamagedPackageError(f"schemas/{entry.name}", "cannot be read as JSON") from None
    if not isinstance(loaded, dict) or not isinstance(loaded.get("title"), str):
        raise DamagedPackageError(f"schemas/{entry.name}", "is not a schema with a title")
    return loaded


@once
def _packaged() -> dict[str, dict[str, Any]]:
    folder = packaged_folder("schemas")
    loaded = {
        entry.name: _read_schema(entry)
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".schema.json")
    }
    # Every record type needs its schema under its own file name: the others $ref it by that name.
    for cls in RECORD_TYPES:
        name = schema_file_name(cls)
        if name not in loaded:
            raise DamagedPackageError(f"schemas/{name}", "is missing")
        if loaded[name].get("title") != cls.__name__:
            raise DamagedPackageError(f"schemas/{name}", f"does not hold the schema of {cls.__name__}")
    if DEFINITIONS_FILE_NAME not in loaded:
        raise DamagedPackageError(f"schemas/{DEFINITIONS_FILE_NAME}", "is missing")
    return loaded


@once
def _file_by_title() -> dict[str, str]:
    return {s["title"]: name for name, s in _packaged().items() if name != DEFINITIONS_FILE_NAME}


@once
def _registry() -> referencing.Registry[Any]:
    # Each schema names its dialect in "$schema". jsonschema switches to the
    # validator class registered for that dialect whenever it follows a $ref into
    # a schema that has one, which would silently drop our ECMA-262 "pattern"
    # and linear "uniqueItems" below every $ref. The registry therefore holds the
    # schemas without "$schema" (the dialect is given by the resource instead);
    # the files and schema() keep it.
    draft = referencing.jsonschema.DRAFT202012
    resources = [
        (PUBLISHED_BASE + name, draft.create_resource({key: value for key, value in s.items() if key != "$schema"}))
        for name, s in _packaged().items()
    ]
    return referencing.Registry().with_resources(resources)


def schema_names() -> tuple[str, ...]:
    """The names :func:`schema` accepts: one per record type, e.g. ``"Meeting"``."""
    return tuple(sorted(_file_by_title()))


def _file_name(name: "str | type") -> str:
    """The file of a record type's schema (or of ``"definitions"``), or LookupError."""
    key = name.__name__ if isinstance(name, type) else name
    if key == "definitions":
        return DEFINITIONS_FILE_NAME
    try:
        return _file_by_title()[key]
    except KeyError:
        raise LookupError(f"no schema named {key!r}; choose from {', '.join(schema_names())}") from None


def schema(name: "str | type") -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) of one record type, as a fresh dict.

    The schema is the packaged file as it is: its ``$ref``s are relative to its
    own address, ``PUBLISHED_BASE`` plus its file name.

    Args:
        name: A record class (``Meeting``), its name (``"Meeting"``), or
            ``"definitions"`` for the shared definitions.

    Raises:
        LookupError: no record type has that name.
    """
    return copy.deepcopy(_packaged()[_file_name(name)])


@once
def _validator_for_id(schema_id: str) -> Validator:
    validator: Validator = ecma_validator_class({"$ref": schema_id}, registry=_registry())
    return validator


def validator_for(target: "dict[str, Any] | str | type") -> Validator:
    """A Draft 2020-12 validator for a record type (or any schema using our ``$ref``s).

    A schema of your own refers to ours by published address, e.g.
    ``{"$ref": PUBLISHED_BASE + "meeting.schema.json"}``; nothing is fetched.
    Validators for record types are built once and reused.

    Raises:
        LookupError: ``target`` names no record type.
    """
    if isinstance(target, dict):
        validator: Validator = ecma_validator_class(target, registry=_registry())
        return validator
    return _validator_for_id(PUBLISHED_BASE + _file_name(target))
