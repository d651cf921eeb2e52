r"""A fast path for reading valid JSON into records: msgspec types built from the field nodes.

The strict path (:mod:`.jsonio`, the JSON Schema, cattrs) is the definition of
what is valid, and it is pure Python. This module reads the same documents with
msgspec, a JSON decoder in C that checks types, patterns, lengths and bounds
while it parses, into ``msgspec.Struct`` types generated here from the field
nodes (:func:`~indo_us_dialogue._model.nodes.fields_of`), a ``match`` per node,
the same way the schema writer and the class validators are. The decoded
structs are then turned into the record classes without running their
validators again: everything the validators check was checked by the decoder,
or by the builder as it copies the values (see "Patterns" below).

The fast path only ever says "valid, here are the records" or "I cannot tell":
:func:`fast_from_json` returns :data:`FALLBACK` for anything it does not accept,
and the caller then runs the strict path, which reports the problems. So the two
paths can only disagree if the fast path accepts something the strict one
rejects; for everything msgspec does not check, this module checks it here or
declines:

- duplicate keys (msgspec keeps the last): the structs are written back out
  and compared with the text, byte for byte where the text is laid out as
  they are written, else by counting the ``:`` characters (every key in a
  JSON text is followed by one outside its strings, and the strings are the
  same on both sides but for colons written as the escape ``\u003a``, which
  are counted too); see :func:`_no_duplicate_keys`;
- ``uniqueItems``: checked on the decoded tuples;
- a leading byte order mark is dropped, as the strict reader drops it;
- ids, references, dates and non-blank texts: checked by the builder (below);
- integers written with a fraction or an exponent (``1.0``, ``1e2``), which
  JSON Schema counts as integers: text the first reading refuses is read once
  more with such numbers as floats within the same bounds, and that builder
  keeps whole ones as ``int`` and declines the others (:func:`_read`);
- a second byte order mark, lone surrogates, invalid UTF-8, ``NaN``, non-JSON
  whitespace: msgspec refuses them, and the strict path decides.

Valid text takes the strict path only where msgspec refuses it: nowhere that
the tests have found, whatever writer laid it out or escaped it
(``test_valid_text_as_other_writers_spell_it_takes_the_fast_path``).

Patterns. msgspec checks ``Meta(pattern=...)`` by calling Python's ``re``,
about 300 ns a text (twice what the same search costs called from Python), and
a statement has six or more: more than half of the decode. So the decoder
reads ids, references and dates as plain strings, and non-blank texts without
their pattern, and the builder checks them as it copies them, with the same
regular expressions: an id with its pattern's ``search``; a reference the
same way, once per distinct text (references repeat: every statement of a
source names it), remembered per kind in a bounded set; a date by
``PartialDate.parse`` (cached), which accepts exactly the texts of
``DATE_PATTERN``; and the non-blank pattern ``\S`` as ``str.strip`` of the
ECMA-262 white space leaving something. Any of them failing declines the
document, as a repeated item does.

msgspec is a dependency of the package, but the module still works without it:
:func:`fast_from_json` then always declines, so results never depend on it,
only speed.
"""

import contextlib
import enum
import functools
import gc
import itertools
import json
import re
from collections.abc import Callable, Iterator
from typing import Annotated, Any, Final, Literal

from .._model.countries import COUNTRY_CODES
from .._model.dates import PartialDate
from .._model.nodes import (
    Array,
    Boolean,
    Choice,
    Country,
    Date,
    Id,
    Integer,
    Nested,
    Node,
    Optional,
    Ref,
    Text,
    fields_of,
)
from .._model.patterns import ECMA_SPACE_CHARACTERS, NON_BLANK, python_regex
from .._model.records import RECORD_TYPES

__all__ = [
    "FALLBACK",
    "fast_dumps",
    "fast_from_json",
    "fast_to_json",
    "record_builder",
    "struct_type",
    "trusted_from_json",
    "writing_type",
]


class _Fallback(enum.Enum):
    FALLBACK = "fallback"


#: What :func:`fast_from_json` returns when the strict path must decide.
FALLBACK: Final = _Fallback.FALLBACK

_BOM = b"\xef\xbb\xbf"
# What every JSON escape that writes ":" inside a string starts with; so do those of "0"-"9", ";", "<", "=", ">"
# and "?" (HTML-safe writers, Go's among them, write "<" and ">" so). See _no_duplicate_keys.
_COLON_ESCAPE_START = b"\\u003"
# An escaped colon: "\u003a" or "\u003A" whose backslash is not itself escaped (an even run of backslashes before
# it, which are escaped backslashes). Escapes occur only inside strings, so every match is one colon of a string.
_ESCAPED_COLON = re.compile(rb"(?<!\\)(?:\\\\)*\\u003[aA]")


@functools.cache
def _msgspec() -> Any:
    """The msgspec module, or None where it is not installed.

    Imported on first use, not with the package: it takes longer to import than
    attrs and cattrs together, and ``load_dataset()`` does not need it.
    """
    try:
        import msgspec  # noqa: PLC0415
    except ImportError:  # pragma: no cover - a dependency; without it every document takes the strict path
        return None
    return msgspec


def _pattern(pattern: str) -> str:
    # msgspec applies Meta(pattern=...) with re.search, as JSON Schema does; python_regex
    # rewrites the ECMA-262 pattern so that Python's re gives it its ECMA-262 meaning.
    return python_regex(pattern).pattern


def _annotation(node: Node, floats: bool) -> Any:
    """The msgspec type that accepts exactly the JSON values the node's schema accepts, but for the builder's checks.

    The builder (:func:`record_builder`) checks uniqueness and the patterns of
    ids, references, dates and non-blank texts, and, where ``floats`` lets
    integers be read as floats, that they have no fraction.
    """
    msgspec = _msgspec()
    match node:
        case Text(pattern=pattern, min_length=min_length):
            if pattern is None or pattern == NON_BLANK:  # NON_BLANK: checked by the builder
                return Annotated[str, msgspec.Meta(min_length=min_length)]
            return Annotated[str, msgspec.Meta(pattern=_pattern(pattern), min_length=min_length)]
        case Id() | Ref() | Date():
            return str  # its pattern is checked by the builder
        case Country():
            return Literal[tuple(sorted(COUNTRY_CODES))]
        case Integer(minimum=minimum, maximum=maximum):
            bounds = msgspec.Meta(ge=minimum, le=maximum)
            # JSON Schema counts every number without a fraction as an integer (1.0, 1e2). A second reading
            # (see _read) takes such numbers as floats, within the same bounds, and its builder turns whole ones
            # into int (_whole_number); the first reads int only, which costs nothing per integer.
            return Annotated[int, bounds] | Annotated[float, bounds] if floats else Annotated[int, bounds]
        case Boolean():
            return bool
        case Choice(enum=enum_cls):
            return enum_cls
        case Nested(cls=cls):
            return struct_type(cls, floats=floats)
        case Optional(inner=inner):
            return _annotation(inner, floats) | None
        case Array(item=item, min_items=min_items):
            items = tuple.__class_getitem__((_annotation(item, floats), ...))  # a type built at run time
            return Annotated[items, msgspec.Meta(min_length=min_items)]
    raise TypeError(f"no msgspec type for {node!r}")


@functools.cache
def struct_type(cls: type, *, floats: bool = False) -> Any:
    """The ``msgspec.Struct`` type for a record class: same fields, same order, the constraints the decoder checks.

    With ``floats``, integers may be decoded as floats (``1.0``) that the builder
    then checks; see :func:`_read`.

    Fields with a default default to ``msgspec.UNSET``, so that a missing key is
    told apart from an explicit ``null`` (the duplicate-key count needs it) and
    an unset field is left out when the struct is written back.
    """
    msgspec = _msgspec()
    fields: list[tuple[Any, ...]] = []
    for declared in fields_of(cls):
        annotation = _annotation(declared.node, floats)
        if declared.required:
            fields.append((declared.name, annotation))
        else:
            fields.append((declared.name, annotation | msgspec.UnsetType, msgspec.UNSET))
    # gc=False: decoded structs hold only texts, numbers, enum members, tuples and other such structs, so they
    # cannot form a cycle; left out of the cycle collector, they are made and freed faster (10% of the decode).
    name = f"{cls.__name__}{'FloatsStruct' if floats else 'Struct'}"
    return msgspec.defstruct(name, fields, kw_only=True, forbid_unknown_fields=True, gc=False)


class _DeclinedError(Exception):
    """The builder met a value the decoder let through and the schema refuses: the strict path reports it."""


def _decline() -> Any:
    raise _DeclinedError


#: How many distinct references of one kind are remembered as valid; then the memory starts afresh.
_KNOWN_REFERENCES = 4096


@functools.cache
def _known_references(kind: str) -> set[str]:
    """References of ``kind`` already found to match their pattern (shared by all builders)."""
    return set()


def _whole_number(number: float) -> int:
    """A number read as a float where an integer belongs (``1.0``, ``4.83e2``): its int if whole, else decline.

    Python's ``json`` reads such text as the same float (both round correctly),
    the JSON Schema accepts it as an integer, and cattrs makes it this int.
    """
    if number.is_integer():
        return int(number)
    raise _DeclinedError


def _new_reference(known: set[str], search: Callable[[str], Any], text: str) -> str:
    """``text``, a reference not in ``known``, if it matches (then it is remembered); else decline."""
    if search(text) is None:
        raise _DeclinedError
    if len(known) >= _KNOWN_REFERENCES:
        known.clear()
    known.add(text)
    return text


# Dates repeat across records (a meeting's date in every statement about it); PartialDate
# is immutable, so one object per distinct date is shared, and parsed once.
_date = functools.lru_cache(maxsize=4096)(PartialDate.parse)


#: Where a builder reads a record's values from: a decoded msgspec struct (of
#: ``struct_type(cls)``, or for "float-struct" of ``struct_type(cls, floats=True)``,
#: whose integers may be floats), or a dict from ``json.loads`` (only for text
#: already known to be valid).
Source = Literal["struct", "float-struct", "dict"]
_MISSING = object()


def _builder_name(cls: type, env: dict[str, Any], source: Source) -> str:
    """The name by which generated code calls the builder of ``cls`` (put in ``env``)."""
    name = f"_build_{cls.__name__}"
    env[name] = record_builder(cls, source)
    return name


def _checked_scalar(node: Node, value: str, env: dict[str, Any], *, floats: bool) -> str | None:
    """Python source checking a decoded scalar the decoder left to the builder (see "Patterns"), or None if none is.

    Ids, references and non-blank texts against their patterns, and with
    ``floats`` integers that may have been read as floats (``1.0``) for having
    no fraction.
    """
    match node:
        case Text(pattern=pattern) if pattern == NON_BLANK:
            env["_SPACE"] = ECMA_SPACE_CHARACTERS
            env["_decline"] = _decline
            return f"({value} if {value}.strip(_SPACE) else _decline())"
        case Id(kind=kind):
            env[f"_id_{kind}"] = python_regex(node.pattern).search
            env["_decline"] = _decline
            return f"({value} if _id_{kind}({value}) else _decline())"
        case Ref(kind=kind):
            env[f"_known_{kind}"] = _known_references(kind)
            env[f"_ref_{kind}"] = python_regex(node.pattern).search
            env["_new_reference"] = _new_reference
            known = f"_known_{kind}"
            return f"({value} if {value} in {known} else _new_reference({known}, _ref_{kind}, {value}))"
        case Integer() if floats:
            env["_int"], env["_whole_number"] = int, _whole_number
            return f"({value} if {value}.__class__ is _int else _whole_number({value}))"
    return None


def _expression(node: Node, value: str, env: dict[str, Any], source: Source) -> str:
    """Python source turning the decoded value ``value`` of ``node`` into the record's value."""
    checked = source != "dict"  # a dict comes from text known to be valid
    if checked and (check := _checked_scalar(node, value, env, floats=source == "float-struct")) is not None:
        return check
    match node:
        case Text() | Id() | Ref() | Country() | Integer() | Boolean():
            return value  # decoded as it is kept: str, int or bool
        case Choice(enum=enum_cls):
            if checked:
                return value  # msgspec decodes the enum member itself
            name = f"_{enum_cls.__name__}"
            env[name] = {member.value: member for member in enum_cls}
            return f"{name}[{value}]"
        case Date():
            env["_date"] = _date  # PartialDate.parse: refuses (ValueError) what DATE_PATTERN refuses
            return f"_date({value})"
        case Nested(cls=cls):
            return f"{_builder_name(cls, env, source)}({value})"
        case Optional(inner=inner):
            converted = _expression(inner, value, env, source)
            return value if converted == value else f"(None if {value} is None else {converted})"
        case Array(item=Nested(cls=cls), unique=False):  # no array of records is declared unique
            # Most arrays of records hold one or two (a claim's evidence, a statement's spans). Calling the
            # builder from this code is a Python-to-Python call, which 3.11 makes without a new C frame;
            # tuple(map(...)) costs 150 ns more, worth paying only for longer arrays.
            build = _builder_name(cls, env, source)
            one, two = f"({build}({value}[0]),)", f"({build}({value}[0]), {build}({value}[1]))"
            many = f"tuple(map({build}, {value}))"
            return f"({one} if (_n := len({value})) == 1 else {two} if _n == 2 else {many} if _n else ())"
        case Array(item=item, unique=unique):
            converted = _expression(item, "x", env, source)
            if isinstance(item, Ref) and checked:
                # Usually every reference is known already: one set operation in C, no loop here.
                known = f"_known_{item.kind}"
                items = f"({value} if {known}.issuperset({value}) else tuple([{converted} for x in {value}]))"
            elif isinstance(item, Text) and checked and item.pattern == NON_BLANK:
                # Every item stripped in C: the array is kept as decoded unless one is blank.
                env["_strip"], env["_repeat"] = str.strip, itertools.repeat
                items = f'({value} if "" not in map(_strip, {value}, _repeat(_SPACE)) else _decline())'
            elif converted != "x":
                items = f"tuple([{converted} for x in {value}])"
            elif source == "dict":
                items = f"tuple({value})"  # msgspec decodes arrays as tuples already, json as lists
            else:
                items = value  # msgspec's tuple of texts, numbers or enum members, kept as it is
            if unique:
                if isinstance(item, Nested):  # structs are not hashable, and JSON equality of objects is not ==
                    raise TypeError(f"no builder for unique arrays of records: {node!r}")
                # uniqueItems on the decoded items, which are texts or enum members: for them JSON equality is
                # Python equality, and converting them keeps them as they are.
                env["_decline"] = _decline
                items = f"({items} if len({value}) < 2 or len(set({value})) == len({value}) else _decline())"
            if items == value:
                return value
            # Many arrays are empty (a meeting's links, an initiative's facts): then none of the above is run.
            return f"({items} if {value} else ())"
    raise TypeError(f"no builder for {node!r}")


def _built_one_by_one(structs: list[Any], build: Callable[[Any], Any]) -> list[Any]:
    """The records built from ``structs``, each struct let go as soon as its record is made (``structs`` is emptied).

    The next records are then made in the memory it held, still in the
    processor's cache: 4% faster than building from the whole list, and a lower peak.
    """
    structs.reverse()
    take = structs.pop
    return [build(take()) for _ in range(len(structs))]


def _released(struct: Any, name: str, build: Callable[[Any], Any]) -> tuple[Any, ...]:
    """The records of the array of records ``struct.name``, built by :func:`_built_one_by_one`."""
    structs = list(getattr(struct, name))
    setattr(struct, name, ())  # the decoded tuple goes, and with it the last other reference to its structs
    return tuple(_built_one_by_one(structs, build))


@functools.cache
def _building_class(cls: type) -> type | None:
    """A subclass of ``cls`` whose slots can be set by plain assignment, or None where Python refuses it.

    A record is made as an instance of this subclass, its slots are assigned,
    and its class is then switched to ``cls``. The subclass adds no slot, so
    the two have the same layout and Python allows the switch; the object is
    then exactly one made by ``cls``. Setting a slot of ``cls`` itself costs
    about 40 ns: its frozen ``__setattr__`` refuses, so it goes through the
    slot's descriptor. The subclass's ``__setattr__`` and ``__delattr__`` are
    object's own, so Python specialises an assignment to one of its slots to a
    direct store of a few ns, and a record of six fields is made in 150 ns
    instead of 330. Should a Python refuse the switch, the builders set the
    slots through their descriptors instead.
    """
    building = type(
        f"_Building{cls.__name__}",
        (cls,),
        {"__slots__": (), "__setattr__": object.__setattr__, "__delattr__": object.__delattr__},
    )
    probe: Any = object.__new__(building)
    try:
        probe.__class__ = cls
    except TypeError:  # pragma: no cover - CPython allows it for a subclass that adds no slot
        return None
    return building


@functools.cache
def record_builder(cls: type, source: Source, *, releasing: bool = False) -> Callable[[Any], Any]:
    """A function turning a decoded struct (or dict) of ``cls`` into an instance of ``cls``.

    The instance is made without calling ``__init__``: the decoder has checked
    every value the class validators would check but for those the builder of
    a struct checks itself (uniqueness and some patterns, see the module's
    docstring), so none is checked twice. It raises ``ValueError`` or an
    internal error for a value it refuses.
    The instance is made as a :func:`_building_class` whose slots are assigned,
    then given its class; the function is generated as source, as attrs and
    cattrs generate theirs: one straight line per field, no loop, no lookups.

    A ``releasing`` builder (for the struct of a large document) builds each of
    its arrays of records with :func:`_released`, emptying them in the struct.
    """
    unset = _msgspec().UNSET if source != "dict" else _MISSING
    building = _building_class(cls)
    env: dict[str, Any] = {"_new": object.__new__, "_cls": cls, "_UNSET": unset, "_released": _released}
    env["_building"] = cls if building is None else building  # the class the record is made as
    lines = ["def build(s):", "    o = _new(_building)"]
    for index, declared in enumerate(fields_of(cls)):
        env[f"_default{index}"] = declared.default
        if building is None:  # the slot's descriptor sets it
            env[f"_set{index}"] = getattr(cls, declared.name).__set__
            assign = f"    _set{index}(o, %s)"
        else:
            assign = f"    o.{declared.name} = %s"
        node = declared.node
        if releasing and source != "dict" and isinstance(node, Array) and isinstance(node.item, Nested):
            # Not read into a local first: that reference would keep every struct of the array alive.
            converted = f"_released(s, {declared.name!r}, {_builder_name(node.item.cls, env, source)})"
            if not declared.required:
                converted = f"_default{index} if s.{declared.name} is _UNSET else {converted}"
            lines.append(assign % converted)
            continue
        if source != "dict":
            lines.append(f"    v = s.{declared.name}")
        elif declared.required:
            lines.append(f"    v = s[{declared.name!r}]")
        else:
            lines.append(f"    v = s.get({declared.name!r}, _UNSET)")
        converted = _expression(node, "v", env, source)
        if not declared.required:
            converted = f"_default{index} if v is _UNSET else {converted}"
        lines.append(assign % converted)
    if building is not None:
        lines.append("    o.__class__ = _cls")
    lines.append("    return o")
    exec(compile("\n".join(lines), f"<{source} builder for {cls.__name__}>", "exec"), env)  # noqa: S102
    build: Callable[[Any], Any] = env["build"]
    return build


@functools.cache
def _decoder(target: Any, *, floats: bool = False) -> Any:
    msgspec = _msgspec()
    if target in RECORD_TYPES:
        return msgspec.json.Decoder(struct_type(target, floats=floats))
    (item,) = target.__args__
    return msgspec.json.Decoder(list[struct_type(item, floats=floats)])  # type: ignore[misc]


@functools.cache
def _encoder() -> Any:
    return _msgspec().json.Encoder()


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause the cycle collector while records are built.

    Building thousands of objects triggers collections that each walk every
    object the program holds, so loading slows down the more a program already
    holds (3x in the benchmark). Records are immutable trees: building them makes
    no cycles for the collector to find.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _no_duplicate_keys(raw: bytes, decoded: Any) -> bool:
    r"""Whether the JSON text ``raw`` names no key twice in one object, given its decoded structs.

    The structs written back out name each key once. Text as this library
    writes it, compact or with an indent of 2 (``json.dumps(indent=2)``'s
    layout), is usually that text byte for byte: then ``raw`` starts with it,
    and since a JSON object or array ends where its brackets close, ``raw``'s
    value is it (anything after is white space), so ``raw`` names no key twice.
    The written text is compared piece by piece (:func:`_written_pieces`),
    each piece where the one before it ended.

    Otherwise the colons are counted. Outside strings, a JSON text has exactly
    one ``:`` per key. msgspec reads a repeated key by keeping its last value,
    so the structs written back out have one key fewer per repetition (and lose
    the value it replaced). The strings are the same on both sides, except that
    an escaped colon (``\u003a``) is written back as ``:``. With K keys, S
    colons inside strings, E escaped colons and R repeated keys, ``raw`` has
    K + S colons and the written text K - R + S' + E', where S' <= S and E' <= E
    are those of the values kept. Adding E to ``raw``'s count, the counts are
    equal exactly when R = (S' - S) + (E' - E) <= 0, that is R = 0: a text with
    a repeated key is always declined, and one without is always accepted, so
    valid text in any layout (escaped as other writers escape) stays on the fast
    path. E is counted by :data:`_ESCAPED_COLON`, only in text that has a
    ``\u003`` at all.
    """
    # A second byte "\n" is how an indented "{" or "[" starts; writing the indent costs less than the counting.
    indented = raw[1:2] == b"\n"
    position = 0
    for piece in _written_pieces(decoded, indented=indented, large=len(raw) >= _LARGE_DOCUMENT_BYTES):
        if not raw.startswith(piece, position):
            break
        position += len(piece)
    else:
        return True
    written: bytes = _encoder().encode(decoded)
    escaped_colons = len(_ESCAPED_COLON.findall(raw)) if _COLON_ESCAPE_START in raw else 0
    return written.count(b":") == raw.count(b":") + escaped_colons


#: Documents of this many bytes or more are large: they are written back a few
#: records at a time (see _written_pieces), and read with the cycle collector
#: paused. A record or two makes too few objects for the collections the pause
#: avoids, and pausing costs more than it saves when a JSON Lines file is read
#: line by line.
_LARGE_DOCUMENT_BYTES = 64 * 1024
#: How many records of an array are written back at a time in a large document.
_CHUNK_ITEMS = 32


def _written_pieces(decoded: Any, *, indented: bool, large: bool) -> Iterator[bytes]:
    """The decoded structs written back out (compact, or indented by 2), in pieces that make up that text in order.

    A small document is one piece. A large one is written a few records at a
    time: a list of records by chunks of :data:`_CHUNK_ITEMS`, and a record
    member by member, its arrays by chunks (a ``Dataset``). Writing and
    comparing 100 MB at once is a third slower per record than a chunk that
    stays in the processor's cache. The pieces join into exactly the text
    written at once, since JSON's layout of a value depends only on its depth.
    """
    if not large:
        yield _written_at(_encoder().encode(decoded), 0, indented=indented)
    elif isinstance(decoded, list):
        yield from _written_array(decoded, 0, indented=indented)
    else:
        yield from _written_struct(decoded, indented=indented)


def _written_at(compact: bytes, depth: int, *, indented: bool) -> bytes:
    """Compact JSON written as it reads at ``depth`` in an indented document (its first line not indented)."""
    if not indented:
        return compact
    if depth == 0:
        formatted: bytes = _msgspec().json.format(compact, indent=2)
        return formatted
    # Wrapped in `depth` arrays, the value is indented as at that depth; the wrapping lines are then cut off:
    # "[\n", "  [\n", ... before it (depth * (depth + 1) bytes), its own indent (2 * depth), and the closing lines.
    wrapped: bytes = _msgspec().json.format(b"[" * depth + compact + b"]" * depth, indent=2)
    margin = depth * (depth + 1)
    return wrapped[margin + 2 * depth : len(wrapped) - margin]


def _written_array(items: Any, depth: int, *, indented: bool) -> Iterator[bytes]:
    """An array at ``depth`` written chunk by chunk: ``[``, its items joined by commas, ``]``."""
    if not items:
        yield b"[]"
        return
    encode = _encoder().encode
    yield b"[\n" if indented else b"["
    for start in range(0, len(items), _CHUNK_ITEMS):
        if start:
            yield b",\n" if indented else b","
        # The chunk as an array at this depth, less its brackets (and their line breaks and indent).
        chunk = _written_at(encode(items[start : start + _CHUNK_ITEMS]), depth, indented=indented)
        yield chunk[2 : len(chunk) - 2 - 2 * depth] if indented else chunk[1:-1]
    yield b"\n" + b"  " * depth + b"]" if indented else b"]"


def _written_struct(struct: Any, *, indented: bool) -> Iterator[bytes]:
    """A top-level struct written member by member, its arrays chunk by chunk (unset fields are not written)."""
    unset = _msgspec().UNSET
    members = [(name, value) for name in struct.__struct_fields__ if (value := getattr(struct, name)) is not unset]
    if not members:
        yield b"{}"
        return
    encode = _encoder().encode
    yield b"{\n" if indented else b"{"
    for index, (name, value) in enumerate(members):
        if index:
            yield b",\n" if indented else b","
        yield f'  "{name}": '.encode() if indented else f'"{name}":'.encode()
        if isinstance(value, tuple):
            yield from _written_array(value, 1, indented=indented)
        else:
            yield _written_at(encode(value), 1, indented=indented)
    yield b"\n}" if indented else b"}"


@functools.cache
def _reader(target: Any, source: Source = "struct") -> Callable[[bytes], Any]:
    """Decode, check and build ``target`` from UTF-8 text, or FALLBACK (or raise ValueError) if not sure.

    ``source`` is "struct", or "float-struct" for the reading that takes integers written as floats.
    """
    decode = _decoder(target, floats=source == "float-struct").decode
    if target in RECORD_TYPES:
        build, build_large = record_builder(target, source), record_builder(target, source, releasing=True)

        def read_record(raw: bytes) -> Any:
            decoded = decode(raw)
            if not _no_duplicate_keys(raw, decoded):
                return FALLBACK
            # Releasing costs a call and a copy per array: it pays only for large arrays, as in a Dataset.
            return build_large(decoded) if len(raw) >= _LARGE_DOCUMENT_BYTES else build(decoded)

        return read_record
    build = record_builder(target.__args__[0], source)

    def read_list(raw: bytes) -> Any:
        decoded = decode(raw)
        return _built_one_by_one(decoded, build) if _no_duplicate_keys(raw, decoded) else FALLBACK

    return read_list


def fast_from_json(data: "str | bytes | bytearray", target: Any) -> Any:
    """``target`` read from ``data`` by the fast path, or :data:`FALLBACK` if the strict path must decide.

    Args:
        data: JSON text or UTF-8 bytes.
        target: A record class or ``list[RecordClass]`` (checked by the caller).
    """
    if _msgspec() is None:
        return FALLBACK
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    # The strict reader ignores one byte order mark at the start; a second one is an error for both.
    raw = raw.removeprefix(_BOM)
    try:
        if len(raw) < _LARGE_DOCUMENT_BYTES:
            return _read(raw, target)
        with _no_cycle_collection():
            return _read(raw, target)
    except (ValueError, _DeclinedError):
        # msgspec's DecodeError and ValidationError are ValueErrors, and so is invalid UTF-8.
        return FALLBACK


def _read(raw: bytes, target: Any) -> Any:
    """Read ``raw`` reading integers as int only, and if a value is refused, once more taking them as floats too.

    JSON Schema counts a number without a fraction as an integer, however it is
    written (``1.0``, ``1e2``), but text as most writers write it has none such.
    Checking each integer for being a float costs about 2.5% of a dataset's
    reading, so only text the first reading refuses (invalid text, or text
    with such integers) is read again, by structs whose integers may be floats
    and builders that keep whole ones as int and decline the others.
    """
    try:
        return _reader(target)(raw)
    except _msgspec().ValidationError:
        return _reader(target, "float-struct")(raw)


def _formatted(raw: bytes, indent: int | None) -> bytes:
    """Compact JSON ``raw`` (from msgspec) as :func:`.jsonio.dumps` writes it with ``indent`` (2 or None), in UTF-8."""
    if indent is not None:
        raw = _msgspec().json.format(raw, indent=indent)
    return raw + b"\n"


def fast_dumps(value: Any, *, indent: int | None) -> "str | _Fallback":
    """JSON-ready ``value`` written as :func:`.jsonio.dumps` writes it, byte for byte, or :data:`FALLBACK`.

    msgspec writes what ``json.dumps(ensure_ascii=False)`` writes (non-ASCII as
    itself, the same escapes) and ``msgspec.json.format`` indents as
    ``json.dumps(indent=2)`` does; only the two indents the library uses are
    taken this way. Text that cannot be UTF-8 (a lone surrogate) falls back.
    """
    if _msgspec() is None or indent not in (2, None):
        return FALLBACK
    try:
        return _formatted(_encoder().encode(value), indent).decode("utf-8")
    except (TypeError, ValueError):
        return FALLBACK


# ---------------------------------------------------------------- writing records
#
# msgspec writes slotted attrs objects with their keys sorted, not in field order,
# so records are first copied into plain structs (field order, no constraints) by
# msgspec.convert, which reads the attributes in C; the structs are then encoded.


class _DateText(str):
    """A date as the text JSON holds: how :func:`writing_type` structs carry a :class:`PartialDate`.

    ``PartialDate`` is itself an attrs class, which msgspec would write as an
    object; converting it to this ``str`` subclass (in ``dec_hook``) and back
    to ``str`` (in ``enc_hook``) writes it as the string ``to_dict`` gives.
    """

    __slots__ = ()


def _date_text(_type: type, value: Any) -> _DateText:
    if not isinstance(value, PartialDate):
        raise TypeError(f"expected a PartialDate, got {type(value).__name__}")
    return _DateText(value)


def _writing_annotation(node: Node) -> Any:
    """The msgspec type that holds a field's value as ``to_dict`` writes it (no constraints: records are valid)."""
    match node:
        case Text() | Id() | Ref() | Country():
            return str
        case Integer():
            return int
        case Boolean():
            return bool
        case Date():
            return _DateText
        case Choice(enum=enum_cls):
            return enum_cls  # written as its value, as cattrs writes it
        case Nested(cls=cls):
            return writing_type(cls)
        case Optional(inner=inner):
            return _writing_annotation(inner) | None
        case Array(item=item):
            return tuple.__class_getitem__((_writing_annotation(item), ...))  # a type built at run time
    raise TypeError(f"no msgspec type for {node!r}")


@functools.cache
def writing_type(cls: Any) -> Any:
    """The ``msgspec.Struct`` type a record of ``cls`` is copied into to be written: same fields, same order."""
    fields = [(declared.name, _writing_annotation(declared.node)) for declared in fields_of(cls)]
    return _msgspec().defstruct(f"{cls.__name__}Writing", fields, kw_only=True)


@functools.cache
def _writing_encoder() -> Any:
    return _msgspec().json.Encoder(enc_hook=str)  # str: only _DateText reaches the hook


_RECORD_TYPE_SET: Final = frozenset(RECORD_TYPES)


def _writing_type_of(record: Any) -> Any:
    kind: Any = type(record)
    return writing_type(kind)


def _writing_structs(obj: Any) -> Any:
    """``obj`` (a record or a list or tuple of records) copied into :func:`writing_type` structs, or FALLBACK."""
    convert = _msgspec().convert
    kind: Any = type(obj)
    if kind in _RECORD_TYPE_SET:
        return convert(obj, writing_type(kind), from_attributes=True, dec_hook=_date_text)
    if kind is list or kind is tuple:
        kinds = set(map(type, obj))
        if not kinds <= _RECORD_TYPE_SET:
            return FALLBACK  # not records, or subclasses of them: to_dict decides
        if len(kinds) == 1:
            item_type: Any = next(iter(kinds))
            items: Any = list.__class_getitem__(writing_type(item_type))  # a type built at run time
            return convert(obj, items, from_attributes=True, dec_hook=_date_text)
        return [convert(item, _writing_type_of(item), from_attributes=True, dec_hook=_date_text) for item in obj]
    return FALLBACK


def fast_to_json(obj: Any, *, indent: int | None) -> "bytes | _Fallback":
    """A record (or list of records) as ``to_json`` writes it, in UTF-8, byte for byte, or :data:`FALLBACK`.

    The same text as ``jsonio.dumps(to_dict(obj))``, made without building the
    dicts: the records are copied into :func:`writing_type` structs and
    written by msgspec. Anything else falls back: other indents, objects that
    are not exactly record classes, values a record's validators would refuse
    (set behind their back), and text that cannot be UTF-8.
    """
    msgspec = _msgspec()
    if msgspec is None or indent not in (2, None):
        return FALLBACK
    try:
        structs = _writing_structs(obj)
        if isinstance(structs, _Fallback):
            return FALLBACK
        raw: bytes = _writing_encoder().encode(structs)
        return _formatted(raw, indent)
    except (TypeError, ValueError, msgspec.MsgspecError):
        # ValidationError and a lone surrogate's UnicodeEncodeError are ValueErrors.
        return FALLBACK


def trusted_from_json(raw: bytes, cls: type) -> Any:
    """A record of ``cls`` from JSON text already known to be valid, without checking it.

    Only for text whose validity is established otherwise: the packaged dataset,
    whose checksum matches the one recorded when it was validated in full. The
    standard library's parser suffices, and msgspec need not be imported.
    """
    with _no_cycle_collection():
        return record_builder(cls, "dict")(json.loads(raw))
