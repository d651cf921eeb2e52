"""Writing the JSON Schemas from the record classes.

The schemas in ``schemas/`` (and their copy inside the package) are generated
by :func:`build_schemas` from the field declarations in :mod:`._model`, then
committed. ``scripts/build_schemas.py`` rewrites them; a test fails if the
committed files differ from what this module generates.
"""

import enum
import inspect
import json
import types
import typing
from typing import Any

import attrs

from .._model import enums as _enums
from .._model.countries import COUNTRY_CODES
from .._model.dates import DATE_PATTERN, PartialDate
from .._model.declare import ID_KINDS, JSON_SAFE_INTEGER, Constraints, constraints_of, description_of, id_pattern
from .._model.enums import __all__ as _enum_names
from .._model.records import RECORD_TYPES

__all__ = [
    "DEFINITIONS_ID",
    "build_schemas",
    "class_schema",
    "dumps_schema",
    "schema_file_name",
    "schema_id",
]

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_BASE = "urn:indo-us-dialogue:schema:"
#: ``$id`` of the schema that holds the shared definitions (dates, ids, enums).
DEFINITIONS_ID = _BASE + "definitions"


def _kebab(name: str) -> str:
    return "".join(f"-{c.lower()}" if c.isupper() and i else c.lower() for i, c in enumerate(name))


def schema_id(cls: type) -> str:
    """The ``$id`` of a record class's schema, e.g. ``urn:indo-us-dialogue:schema:meeting``."""
    return _BASE + _kebab(cls.__name__)


def schema_file_name(cls: type) -> str:
    """The file a record class's schema is written to, e.g. ``meeting.schema.json``."""
    return f"{_kebab(cls.__name__)}.schema.json"


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"{DEFINITIONS_ID}#/$defs/{name}"}


def _summary(obj: Any) -> str:
    doc = inspect.getdoc(obj) or ""
    return " ".join(doc.split("\n\n")[0].split())


def _definitions() -> dict[str, Any]:
    defs: dict[str, Any] = {
        "partialDate": {
            "description": "A real calendar date at year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD.",
            "type": "string",
            "pattern": DATE_PATTERN,
        },
        "countryCode": {
            "description": "An ISO 3166-1 alpha-2 country code.",
            "enum": sorted(COUNTRY_CODES),
        },
    }
    for kind in ID_KINDS:
        defs[f"{kind}Id"] = {
            "description": f"Id of a {kind} record: '{kind}/' followed by a lower-case slug.",
            "type": "string",
            "pattern": id_pattern(kind),
        }
    for name in _enum_names:
        enum_cls = getattr(_enums, name)
        defs[name] = {"description": _summary(enum_cls), "enum": [member.value for member in enum_cls]}
    return {
        "$schema": _DRAFT,
        "$id": DEFINITIONS_ID,
        "title": "Shared definitions",
        "description": "Dates, ids, country codes and closed vocabularies shared by every indo_us_dialogue schema.",
        "$defs": defs,
    }


def _type_schema(tp: Any, attribute: "attrs.Attribute[Any]") -> dict[str, Any]:
    cons = constraints_of(attribute)
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return {"anyOf": [_type_schema(inner, attribute), {"type": "null"}]}
    if origin is tuple:
        array: dict[str, Any] = {"type": "array", "items": _type_schema(typing.get_args(tp)[0], attribute)}
        if cons.min_items is not None:
            array["minItems"] = cons.min_items
        if cons.unique_items:
            array["uniqueItems"] = True
        return array
    return _leaf_schema(tp, cons)


def _leaf_schema(tp: Any, cons: Constraints) -> dict[str, Any]:
    if tp is str:
        if cons.id_of is not None:
            return _ref(f"{cons.id_of}Id")
        if cons.country_code:
            return _ref("countryCode")
        text: dict[str, Any] = {"type": "string"}
        if cons.min_length is not None:
            text["minLength"] = cons.min_length
        if cons.pattern is not None:
            text["pattern"] = cons.pattern
        return text
    if tp is int:
        number: dict[str, Any] = {"type": "integer", "maximum": JSON_SAFE_INTEGER}
        if cons.minimum is not None:
            number["minimum"] = cons.minimum
        return number
    if tp is bool:
        return {"type": "boolean"}
    if tp is PartialDate:
        return _ref("partialDate")
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _ref(tp.__name__)
    if attrs.has(tp):
        return {"$ref": schema_id(tp)}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _default(value: Any) -> Any:
    return [] if value == () else value


def class_schema(cls: type) -> dict[str, Any]:
    """The JSON Schema of one record class."""
    properties: dict[str, Any] = {}
    required: list[str] = []
    for attribute in attrs.fields(cls):
        prop: dict[str, Any] = {"description": description_of(attribute)}
        prop.update(_type_schema(attribute.type, attribute))
        if attribute.default is attrs.NOTHING:
            required.append(attribute.name)
        else:
            prop["default"] = _default(attribute.default)
        properties[attribute.name] = prop
    return {
        "$schema": _DRAFT,
        "$id": schema_id(cls),
        "title": cls.__name__,
        "description": _summary(cls),
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def build_schemas() -> dict[str, dict[str, Any]]:
    """Every schema, keyed by file name: one per record class plus the shared definitions."""
    schemas = {"definitions.schema.json": _definitions()}
    for cls in RECORD_TYPES:
        schemas[schema_file_name(cls)] = class_schema(cls)
    return schemas


def dumps_schema(schema: dict[str, Any]) -> str:
    """A schema as the text written to disk (stable, two-space indent, final newline)."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
