"""Turning records into JSON-ready data and back (cattrs).

``from_dict`` and ``from_json`` accept exactly what the JSON Schemas accept:
they validate against the schema first, collecting every problem, and only
then structure the data into record classes. ``from_json`` first tries the
fast path (:mod:`.fastpath`), which accepts only what the schema accepts and
declines everything else; the strict path then reports the problems.
"""

import functools
import typing
from typing import TYPE_CHECKING, Any, TypeVar, overload

import attrs

from .._errors import Problem, ValidationError
from .._model.dates import DATE_PATTERN, PartialDate
from .._model.records import RECORD_TYPES
from .._schema.generate import schema_id
from . import fastpath as _fastpath
from . import jsonio as _jsonio
from . import jsonpaths as _jsonpaths
from .jsonio import quoted
from .jsonpaths import record_id, unrepresentable_problems

if TYPE_CHECKING:
    import cattrs
    import jsonschema

__all__ = [
    "MAX_PROBLEMS",
    "configure_converter",
    "converter",
    "from_dict",
    "from_json",
    "make_converter",
    "schema_problems",
    "to_dict",
    "to_json",
    "to_json_bytes",
]

T = TypeVar("T")


def configure_converter(conv: "cattrs.Converter") -> None:
    """Teach ``conv`` the dataset's JSON conventions.

    - dates are ISO 8601 prefixes: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``;
    - enums are their string values;
    - tuples become JSON arrays, and arrays become tuples;
    - every field is written, in declaration order, optional ones as ``null``;
    - unknown keys are errors, not silently dropped.
    """
    conv.register_unstructure_hook(PartialDate, str)
    conv.register_structure_hook(PartialDate, lambda value, _: PartialDate.parse(value))
    conv.forbid_extra_keys = True


def make_converter() -> "cattrs.Converter":
    """A new converter configured by :func:`configure_converter`."""
    import cattrs  # noqa: PLC0415  # loaded on first use: load_dataset() and to_json() do not need it

    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    configure_converter(conv)
    return conv


@functools.cache
def _converter() -> "cattrs.Converter":
    return make_converter()


if TYPE_CHECKING:
    #: The converter behind :func:`to_dict` and :func:`from_dict`.
    converter: "cattrs.Converter"


def __getattr__(name: str) -> Any:
    # ``converter`` is made on first use, so that importing the package does not import cattrs.
    if name == "converter":
        return _converter()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _check_target(target: Any) -> dict[str, Any]:
    """The JSON Schema for a supported target type, or TypeError."""
    if isinstance(target, type) and target in RECORD_TYPES:
        return {"$ref": schema_id(target)}
    if typing.get_origin(target) is list:
        (item,) = typing.get_args(target)
        if item in RECORD_TYPES:
            return {"type": "array", "items": {"$ref": schema_id(item)}}
    names = ", ".join(cls.__name__ for cls in RECORD_TYPES)
    raise TypeError(f"cannot convert to {target!r}: use a record class ({names}) or list[RecordClass]")


def _leaf_errors(error: "jsonschema.ValidationError") -> "list[jsonschema.ValidationError]":
    # "X or null" fields fail as one vague anyOf error; report why X failed instead.
    if error.validator == "anyOf" and error.context:
        relevant = [e for e in error.context if e.schema != {"type": "null"}]
        if relevant:
            return [leaf for e in relevant for leaf in _leaf_errors(e)]
    return [error]


#: Schema checking stops after this many problems in one document, and a last
#: ``report.limit`` problem says so. A problem costs hundreds of bytes and a
#: document can have one per two bytes (``[1,1,1,...]`` where records belong):
#: without a limit the report, not the document, would fill memory.
MAX_PROBLEMS = 10_000


def schema_problems(document: Any, target_schema: dict[str, Any]) -> list[Problem]:
    """Every way ``document`` breaks ``target_schema`` and every text in it that cannot be written, by path.

    Checking stops after :data:`MAX_PROBLEMS`; a last ``report.limit`` problem
    (at ``$``) then says that there may be more.
    """
    # jsonschema loads only when a document needs the strict path, not at import.
    from .._schema.registry import validator_for  # noqa: PLC0415

    validator = validator_for(target_schema)
    unrepresentable = unrepresentable_problems(document, limit=MAX_PROBLEMS)
    if any(problem.rule == "schema.type" for problem in unrepresentable):
        # An integer Python cannot turn into text would crash the schema stage's messages.
        return sorted(unrepresentable, key=lambda p: (p.path, p.rule, p.message))
    kept = dict.fromkeys(unrepresentable)  # a set that keeps the order found
    leaves = (leaf for error in validator.iter_errors(document) for leaf in _leaf_errors(error))
    for leaf in leaves:
        if len(kept) >= MAX_PROBLEMS:
            break
        problem = Problem(
            path=leaf.json_path,
            message=_message(leaf),
            rule="date.calendar" if _is_date_error(leaf) else f"schema.{leaf.validator}",
            record_id=record_id(document, list(leaf.absolute_path)),
        )
        kept[problem] = None
    problems = sorted(kept, key=lambda p: (p.path, p.rule, p.message))
    if len(kept) >= MAX_PROBLEMS:
        message = f"checking stopped after {MAX_PROBLEMS} problems; the document may have more"
        problems.append(Problem(path="$", message=message, rule="report.limit"))
    return problems


def _is_date_error(error: "jsonschema.ValidationError") -> bool:
    return bool(error.validator == "pattern" and error.validator_value == DATE_PATTERN)


def _message(error: "jsonschema.ValidationError") -> str:
    """What is wrong, in JSON's spelling (``true``, ``null``, ``"x"``) and with long values cut short.

    jsonschema's own messages quote values with Python's ``repr`` (``True``,
    ``None``, ``'x'``) and whole, however long they are.
    """
    instance, expected = error.instance, error.validator_value
    match error.validator:
        case "pattern" if isinstance(error.schema, dict) and "description" in error.schema:
            # A pattern means little to a reader; the definition's description says what was expected.
            description = str(error.schema["description"])
            return f"{quoted(instance)} is not valid: expected {description[0].lower()}{description[1:]}"
        case "type":
            return f"{quoted(instance)} is not of type {quoted(expected)}"
        case "enum":
            return f"{quoted(instance)} is not one of {quoted(expected, limit=300)}"
        case "const":
            return f"{quoted(instance)} is not {quoted(expected)}"
        case "required" if isinstance(instance, dict) and isinstance(expected, list):
            missing = next((key for key in expected if str(error.message).startswith(f"{key!r} ")), None)
            if missing is not None:
                return f"{quoted(missing)} is a required property"
        case "additionalProperties" if isinstance(instance, dict) and isinstance(error.schema, dict):
            known = error.schema.get("properties", {})
            unknown = ", ".join(quoted(key) for key in instance if key not in known)
            return f"unknown properties are not allowed: {unknown}"
    message = str(error.message)
    if isinstance(instance, (bool, int, float, str)) or instance is None:
        # The other messages start with the value's repr: spell it as JSON.
        prefix = repr(instance)
        if message.startswith(prefix):
            return quoted(instance) + message[len(prefix) :]
    return message


def to_dict(obj: Any) -> Any:
    """A record (or list of records) as JSON-ready dicts, lists, strings and numbers."""
    if isinstance(obj, (list, tuple)):
        return [_converter().unstructure(item) for item in obj]
    if not attrs.has(type(obj)):
        raise TypeError(f"expected a record or a list of records, got {type(obj).__name__}")
    return _converter().unstructure(obj)


@overload
def from_dict(data: Any, target: type[T]) -> T: ...
@overload
def from_dict(data: Any, target: Any) -> Any: ...
def from_dict(data: Any, target: Any) -> Any:
    """Build a record (or a list of records) from JSON-ready data.

    Args:
        data: Dicts, lists, strings and numbers, e.g. from :func:`json.load`.
        target: A record class such as ``Meeting`` or ``Dataset``, or ``list[Meeting]``.

    Raises:
        ValidationError: ``data`` does not match the JSON Schema of ``target``;
            ``problems`` lists every mismatch with its JSON path.
        TypeError: ``target`` is not a record class or a list of one.
    """
    target_schema = _check_target(target)
    try:
        problems = schema_problems(data, target_schema)
    except RecursionError:
        # JSON nested nearly as deep as the parser allows still parses, but is
        # then too deep for jsonschema (messages repr the whole value).
        problems = [Problem(path="$", message="nesting is too deep to validate", rule="json.depth")]
    if problems:
        raise ValidationError(problems, summary=f"not a valid {_name(target)}")
    try:
        return _converter().structure(data, target)
    except Exception as exc:
        import cattrs  # noqa: PLC0415

        # The schema accepted the data, so this means the classes and schemas
        # disagree: a bug. Still report it with paths rather than a traceback.
        messages = cattrs.transform_error(exc, path="$") if isinstance(exc, cattrs.BaseValidationError) else [str(exc)]
        raise ValidationError(
            [Problem(path=_split_path(m), message=m, rule="model") for m in messages],
            summary=f"not a valid {_name(target)}",
        ) from exc


def _split_path(message: str) -> str:
    return message.rsplit(" @ ", 1)[1] if " @ " in message else "$"


def _name(target: Any) -> str:
    return getattr(target, "__name__", None) or repr(target)


def to_json(obj: Any, *, indent: int | None = 2) -> str:
    """A record (or list of records) as JSON text: same object, same text.

    Keys follow the field order of the classes, non-ASCII text is written as
    itself rather than escaped, and the text ends with a newline.
    """
    fast = _fastpath.fast_to_json(obj, indent=indent)
    return _written_from_dicts(obj, indent) if fast is _fastpath.FALLBACK else fast.decode("utf-8")


def _written_from_dicts(obj: Any, indent: int | None) -> str:
    """What records the fast writer declines are written as: ``to_dict``'s data, as :func:`.jsonio.dumps` writes it."""
    value = to_dict(obj)
    text = _fastpath.fast_dumps(value, indent=indent)
    return _jsonio.dumps(value, indent=indent) if text is _fastpath.FALLBACK else text


def to_json_bytes(obj: Any, *, indent: int | None = 2) -> bytes:
    """:func:`to_json`'s text as UTF-8 bytes, made without the detour through ``str``: for files and sockets.

    Raises:
        ValueError: a text in ``obj`` holds a lone surrogate, which UTF-8
            cannot encode (:func:`indo_us_dialogue.validate` reports it as ``text.encoding``).
    """
    fast = _fastpath.fast_to_json(obj, indent=indent)
    if fast is not _fastpath.FALLBACK:
        return fast
    text = _written_from_dicts(obj, indent)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(
            f"cannot be written as UTF-8: {exc.reason} ({quoted(exc.object[exc.start : exc.end])}) "
            f"at character {exc.start} of the JSON text"
        ) from None


@overload
def from_json(data: "str | bytes", target: type[T]) -> T: ...
@overload
def from_json(data: "str | bytes", target: Any) -> Any: ...
def from_json(data: "str | bytes", target: Any) -> Any:
    """Parse JSON text (or UTF-8 bytes) into a record or list of records.

    Raises:
        ValidationError: the text is not strict JSON, or does not match the
            schema of ``target``; ``problems`` lists every reason with its path.
    """
    _check_target(target)
    if isinstance(data, (str, bytes, bytearray)):
        fast = _fastpath.fast_from_json(data, target)
        if fast is not _fastpath.FALLBACK:
            return fast
    return from_dict(_jsonpaths.loads(data), target)
