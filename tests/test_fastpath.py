"""Tests for ``indo_us_dialogue._io.fastpath``: the fast path agrees with the strict one on every input.

The strict path (the strict JSON reader, the JSON Schema, cattrs) defines what is
valid. Each property below runs the same input through ``from_json`` and
``validate`` with the fast path and with it switched off (as if msgspec were not
installed), and asserts identical results: the same records, or the same
``ValidationError`` problems.
"""

import contextlib
import functools
import json
import weakref
from collections.abc import Callable, Iterator
from typing import Any
from unittest import mock

import attrs
import msgspec
import pytest
from hypothesis import event, given
from hypothesis import strategies as st

import indo_us_dialogue as iud
from indo_us_dialogue._io import fastpath, jsonio
from indo_us_dialogue._schema.registry import validator_for
from tests.helpers import json_nodes as nodes
from tests.mutations import breakages, mutated, replaced
from tests.test_properties import TYPES, _records, _settings


@contextlib.contextmanager
def strict_only() -> Iterator[None]:
    """Run the library as it runs without msgspec: every document takes the strict path."""
    with mock.patch.object(fastpath, "_msgspec", return_value=None):
        yield


def outcome(text: "str | bytes", cls: type) -> tuple[str, Any]:
    """What from_json makes of ``text``: the record, or the problems it reports."""
    try:
        return "ok", iud.from_json(text, cls)
    except iud.ValidationError as error:
        return "invalid", error.problems


def assert_paths_agree(text: "str | bytes", cls: type) -> None:
    """Assert that from_json and validate agree with and without the fast path, which accepts only valid text."""
    fast = fastpath.fast_from_json(text, cls)
    with_fast = outcome(text, cls)
    report = iud.validate(text, record_type=cls)
    with strict_only():
        assert fastpath.fast_from_json(text, cls) is fastpath.FALLBACK
        strict = outcome(text, cls)
        strict_report = iud.validate(text, record_type=cls)
    assert with_fast == strict
    assert report == strict_report
    if fast is not fastpath.FALLBACK:
        assert strict == ("ok", fast)


def _text(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False)


def _escaped_as_code_units(text: str) -> str:
    r"""Every character as ``\uXXXX`` (astral ones as a surrogate pair), as some writers escape everything."""
    units = text.encode("utf-16-be", "surrogatepass")
    return "".join(f"\\u{units[i]:02x}{units[i + 1]:02x}" for i in range(0, len(units), 2))


def _escaped_html_safe(text: str) -> str:
    """``<``, ``>``, ``&``, U+2028 and U+2029 escaped, as Go's ``encoding/json`` and other HTML-safe writers do."""
    escaped = json.dumps(text, ensure_ascii=False)[1:-1]
    for character in "<>&\u2028\u2029":
        escaped = escaped.replace(character, f"\\u{ord(character):04x}")
    return escaped


#: How other JSON writers spell a string's contents.
STRING_SPELLINGS: dict[str, Callable[[str], str]] = {
    "ascii": lambda text: json.dumps(text)[1:-1],
    "html-safe": _escaped_html_safe,
    "every character escaped": _escaped_as_code_units,
}
#: How other JSON writers spell an integer (JSON Schema counts every number without a fraction as one).
INTEGER_SPELLINGS: dict[str, Callable[[int], str]] = {
    "plain": str,
    "with a fraction of zero": lambda number: f"{number}.0",
    "with an exponent": lambda number: f"{number}e0",
    "scaled by an exponent": lambda number: f"{number * 10}E-1",
    "negative zero": lambda number: "-0.0" if number == 0 else f"{number}.00",
}


def _written_as(value: Any, string: Callable[[str], str], integer: Callable[[int], str]) -> str:
    """``value`` as JSON text, its strings (keys too) and integers spelt by ``string`` and ``integer``."""
    match value:
        case bool() | None:
            return json.dumps(value)
        case int():
            return integer(value)
        case str():
            return f'"{string(value)}"'
        case list():
            return "[" + ", ".join(_written_as(item, string, integer) for item in value) + "]"
        case dict():
            members = (f'"{string(k)}":{_written_as(v, string, integer)}' for k, v in value.items())
            return "{" + ",".join(members) + "}"
    raise TypeError(f"not a JSON value: {value!r}")


@pytest.mark.parametrize("cls", TYPES, ids=lambda cls: cls.__name__)
def test_fast_path_reads_every_valid_record(cls: type) -> None:
    """The fast path accepts the JSON text of every generated record and gives the record back."""

    @_settings(cls)
    @given(_records(cls))
    def check(value: Any) -> None:
        for text in (iud.to_json(value), iud.to_json(value, indent=None).encode()):
            assert fastpath.fast_from_json(text, cls) == value
        assert fastpath.fast_from_json(iud.to_json([value, value]), list[cls]) == [value, value]

    check()


@pytest.mark.parametrize("cls", TYPES, ids=lambda cls: cls.__name__)
def test_valid_text_as_other_writers_spell_it_takes_the_fast_path(cls: type) -> None:
    r"""Valid text with escaped strings and keys (``\u003c``, ``\u003a``), integers written ``1.0``, is read fast.

    Only invalid input may take the slow path: text written by other tools
    (HTML-safe or ASCII-only writers, writers of every number as a float) is
    read by the fast path into the records the strict path makes of it.
    """

    @_settings(cls)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        value = data.draw(_records(cls), label="record")
        string = data.draw(st.sampled_from(sorted(STRING_SPELLINGS)), label="strings")
        integer = data.draw(st.sampled_from(sorted(INTEGER_SPELLINGS)), label="integers")
        text = _written_as(iud.to_dict(value), STRING_SPELLINGS[string], INTEGER_SPELLINGS[integer])
        assert fastpath.fast_from_json(text, cls) == value
        with strict_only():
            assert outcome(text, cls) == ("ok", value)

    check()


@pytest.mark.parametrize("cls", TYPES, ids=lambda cls: cls.__name__)
def test_fast_and_strict_paths_agree_on_mutated_documents(cls: type) -> None:
    """For generated documents with one node changed blindly, both paths give the same records or problems."""

    @_settings(cls)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        document = iud.to_dict(data.draw(_records(cls), label="record"))
        document = data.draw(mutated(document), label="document")
        event("schema-valid" if validator_for(cls).is_valid(document) else "schema-invalid")
        assert_paths_agree(_text(document), cls)

    check()


@pytest.mark.parametrize("cls", TYPES, ids=lambda cls: cls.__name__)
def test_fast_path_declines_every_certain_breakage(cls: type) -> None:
    """Each change the field declarations forbid is declined by the fast path and reported as before."""

    @_settings(cls)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        document = iud.to_dict(data.draw(_records(cls), label="record"))
        kind, path, value = data.draw(st.sampled_from(breakages(document, cls)), label="breakage")
        event(kind)
        text = _text(replaced(document, path, value))
        assert fastpath.fast_from_json(text, cls) is fastpath.FALLBACK
        assert_paths_agree(text, cls)

    check()


def _objects(document: Any) -> list[tuple[Any, dict[str, Any]]]:
    return [(path, node) for path, node in nodes(document) if isinstance(node, dict) and node]


_MARK = "\x00mark\x00"


def _with_duplicate_key(document: Any, path: Any, key: str, second: Any, dumps: Callable[[Any], str] = _text) -> str:
    """The JSON text of ``document`` with ``key`` written again, valued ``second``, in the object at ``path``."""
    obj = replaced(document, (), document)
    for step in path:
        obj = obj[step]
    members = [f"{dumps(k)}: {dumps(v)}" for k, v in obj.items()] + [f"{dumps(key)}: {dumps(second)}"]
    return dumps(replaced(document, path, _MARK)).replace(dumps(_MARK), "{" + ", ".join(members) + "}")


@pytest.mark.parametrize("cls", TYPES, ids=lambda cls: cls.__name__)
def test_duplicate_keys_are_never_accepted_by_the_fast_path(cls: type) -> None:
    r"""A key written twice in one object, with the same or another value, is declined and reported as before.

    The text is laid out as json.dumps writes it by default, or compact or
    indented as this library writes it (where the written-back shortcut applies),
    or with its strings escaped as other writers escape them (colons as ``\u003a``
    among them, in the value kept or in the value dropped).
    """

    @_settings(cls)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        document = iud.to_dict(data.draw(_records(cls), label="record"))
        path, obj = data.draw(st.sampled_from(_objects(document)), label="object")
        key = data.draw(st.sampled_from(sorted(obj)), label="key")
        second = data.draw(st.sampled_from([obj[key], None, "x", "a: <b>"]), label="second value")
        spelling = data.draw(st.sampled_from(["json.dumps", *sorted(STRING_SPELLINGS)]), label="strings")
        if spelling == "json.dumps":
            text = _with_duplicate_key(document, path, key, second)
        else:
            dumps = functools.partial(_written_as, string=STRING_SPELLINGS[spelling], integer=str)
            text = _with_duplicate_key(document, path, key, second, dumps)
        indent = data.draw(st.sampled_from([None, -1, 2]), label="layout")
        if indent is not None:  # msgspec's formatter keeps repeated keys; -1 is compact
            text = msgspec.json.format(text, indent=indent)
        assert fastpath.fast_from_json(text, cls) is fastpath.FALLBACK
        assert_paths_agree(text, cls)
        assert outcome(text, cls)[0] == "invalid"

    check()


#: Replacements for one JSON value, written as raw text: what msgspec and Python's json may read differently.
HOSTILE_VALUES = [
    '"\\ud800"', '"x\\udfff"', '"\\ud83d\\ude00"', '"\\u0000"', '"a\\u003ab"', '"\\u2028"', '"\\/"',
    '"\\uffff"', '"\\ufdd0"', '"\uffff"', '"\U0010ffff"', '"\\u00e9"', '"\u0085"',
    "NaN", "Infinity", "-Infinity", "1.0", "1e2", "-0", "9007199254740991", "9007199254740992",
    "1" * 70, "-" + "1" * 5000, "true", "null", "[]", "{}", "[" * 3000 + "]" * 3000,
]  # fmt: skip
#: Changes to the whole text: byte order marks, whitespace JSON does not allow, trailing data, invalid UTF-8.
HOSTILE_FRAMES = [
    ("\ufeff", ""), ("\ufeff\ufeff", ""), ("\x0c", ""), ("", "\x0b"), ("\xa0", ""), ("", "\n\r\t "),
    ("", "x"), ("", "{}"), ("[", "]"), ("\u2028", ""),
]  # fmt: skip


@pytest.mark.parametrize("cls", TYPES, ids=lambda cls: cls.__name__)
def test_fast_and_strict_paths_agree_on_hostile_json(cls: type) -> None:
    """Lone surrogates, NaN, big or fractional integers, deep nesting, byte order marks and stray bytes."""

    @_settings(cls)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        document = iud.to_dict(data.draw(_records(cls), label="record"))
        path, _ = data.draw(st.sampled_from(list(nodes(document))), label="node")
        value = data.draw(st.sampled_from(HOSTILE_VALUES), label="value")
        text = _text(replaced(document, path, _MARK)).replace(json.dumps(_MARK), value)
        before, after = data.draw(st.sampled_from(HOSTILE_FRAMES), label="frame")
        text = data.draw(st.sampled_from([text, before + text + after]), label="text")
        encoded = text.encode("utf-8", "surrogatepass")
        assert_paths_agree(data.draw(st.sampled_from([text, encoded]), label="as"), cls)

    check()


@pytest.mark.parametrize("cls", [iud.Statement, iud.Meeting, iud.Source], ids=lambda cls: cls.__name__)
def test_fast_and_strict_paths_agree_on_damaged_bytes(cls: type) -> None:
    """Valid text with bytes deleted, inserted or replaced anywhere gives the same result on both paths."""

    @given(st.data())
    def check(data: st.DataObject) -> None:
        raw = iud.to_json(data.draw(_records(cls), label="record"), indent=None).encode()
        start = data.draw(st.integers(0, len(raw)), label="at")
        end = data.draw(st.integers(start, min(len(raw), start + 4)), label="to")
        insert = data.draw(st.binary(max_size=4) | st.sampled_from([b'"', b":", b",", b"\\", b"\xff", b"\xed\xa0\x80"]))
        assert_paths_agree(raw[:start] + insert + raw[end:], cls)

    check()


def test_escaped_keys_and_escaped_colons_are_read_as_the_strict_path_reads_them() -> None:
    """A key spelt with escapes and a colon written as an escape mean what they mean in JSON."""
    statement = iud.load_dataset().statements[0]
    text = iud.to_json(statement)
    escaped_key = text.replace('"id":', '"\\u0069d":', 1)
    escaped_colon = text.replace(statement.text, statement.text + "\\u003a", 1)
    # A repeated key next to escaped colons, in the value kept, in the value dropped, and as text "\\u003a".
    repeated = '"text": "dropped\\u003a", "text":'
    variants = (
        escaped_key,
        escaped_colon,
        escaped_key.replace('"text":', '"text": 1, "\\u0074ext":'),
        escaped_colon.replace('"id":', '"id": "statement/x", "id":', 1),
        text.replace('"text":', repeated, 1),
        escaped_colon.replace('"text":', repeated, 1),
        text.replace(statement.text, statement.text + "\\\\u003a", 1).replace('"id":', '"id": "x", "id":', 1),
    )
    for variant in variants:
        assert_paths_agree(variant, iud.Statement)
    assert outcome(escaped_key, iud.Statement) == ("ok", statement)
    for repeated_key in variants[3:]:
        assert outcome(repeated_key, iud.Statement)[0] == "invalid"
    assert fastpath.fast_from_json(escaped_colon, iud.Statement) == iud.from_json(escaped_colon, iud.Statement)


def test_the_packaged_dataset_takes_the_fast_path() -> None:
    """The packaged dataset, the largest valid document at hand, is read by the fast path as the strict one reads it."""
    text = iud.to_json(iud.load_dataset())
    assert fastpath.fast_from_json(text, iud.Dataset) == iud.load_dataset()
    assert_paths_agree(text, iud.Dataset)


@pytest.mark.parametrize("cls", TYPES, ids=lambda cls: cls.__name__)
def test_to_json_writes_the_bytes_json_dumps_writes(cls: type) -> None:
    """to_json's text is json.dumps(to_dict(x), indent=2, ensure_ascii=False) plus a newline, byte for byte."""

    @_settings(cls)
    @given(_records(cls))
    def check(value: Any) -> None:
        data = iud.to_dict(value)
        assert iud.to_json(value) == json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        assert iud.to_json(value, indent=None) == json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n"
        assert iud.to_json([value]) == json.dumps([data], indent=2, ensure_ascii=False) + "\n"
        assert iud.to_json_bytes((value, value), indent=None) == iud.to_json([value, value], indent=None).encode()

    check()


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63) | st.text(st.characters(codec=None)),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=3), children, max_size=3),
    max_leaves=12,
)


@given(JSON_VALUES, st.sampled_from([2, None]))
def test_fast_dumps_writes_what_the_strict_writer_writes_or_declines(value: Any, indent: "int | None") -> None:
    """For any JSON value (control characters, U+2028, lone surrogates) fast_dumps writes jsonio's text, or declines."""
    text = fastpath.fast_dumps(value, indent=indent)
    if text is fastpath.FALLBACK:
        event("declined")
        return
    assert text == jsonio.dumps(value, indent=indent)


def test_other_indents_take_the_strict_writer() -> None:
    """Indents other than 2 and None are written by json.dumps, as before."""
    statement = iud.load_dataset().statements[0]
    assert fastpath.fast_dumps(iud.to_dict(statement), indent=4) is fastpath.FALLBACK
    assert iud.to_json(statement, indent=4) == json.dumps(iud.to_dict(statement), indent=4, ensure_ascii=False) + "\n"


def test_records_are_written_by_msgspec_as_the_strict_writer_writes_them() -> None:
    """The packaged records, alone, in lists of one type and of mixed types, take the fast writer and match to_dict."""
    dataset = iud.load_dataset()
    mixed = [dataset.meetings[0], dataset.statements[0], dataset.sources[0]]
    for value in (dataset, dataset.statements, list(dataset.meetings), mixed, dataset.officials[0], []):
        for indent in (2, None):
            fast = fastpath.fast_to_json(value, indent=indent)
            assert fast is not fastpath.FALLBACK
            assert fast.decode() == jsonio.dumps(iud.to_dict(value), indent=indent)
            with strict_only():
                assert iud.to_json_bytes(value, indent=indent) == fast


def test_what_the_fast_writer_cannot_write_exactly_takes_the_strict_writer() -> None:
    """Other indents, record subclasses and values set behind the validators' back fall back; output is unchanged."""
    statement = iud.load_dataset().statements[0]

    @attrs.frozen
    class Annotated(iud.Statement):
        note: str = "x"

    sneaky = attrs.evolve(statement)
    object.__setattr__(sneaky, "channel", "spoken")  # a str, not the Channel member the validator insists on
    for value, indent in ((statement, 4), (Annotated(**attrs.asdict(statement, recurse=False)), 2), (sneaky, 2)):
        assert fastpath.fast_to_json(value, indent=indent) is fastpath.FALLBACK
        expected = json.dumps(iud.to_dict(value), indent=indent, ensure_ascii=False) + "\n"
        assert iud.to_json(value, indent=indent) == expected


def test_text_utf8_cannot_hold_is_written_as_text_and_refused_as_bytes() -> None:
    """A lone surrogate (classes allow it, validate reports it) is written by to_json; to_json_bytes says why not."""
    statement = attrs.evolve(iud.load_dataset().statements[0], text="before \ud800 after")
    assert fastpath.fast_to_json(statement, indent=2) is fastpath.FALLBACK
    assert "before \ud800 after" in iud.to_json(statement)
    with pytest.raises(ValueError, match=r"cannot be written as UTF-8: surrogates not allowed \(\"\\ud800\"\)"):
        iud.to_json_bytes(statement)


def test_records_built_by_the_fast_path_are_ordinary_records() -> None:
    """Records made without __init__ compare, hash, evolve and index like records made with it."""
    dataset = iud.load_dataset()
    with strict_only():
        strict = iud.from_json(iud.to_json(dataset), iud.Dataset)
    fast = fastpath.fast_from_json(iud.to_json(dataset), iud.Dataset)
    assert fast == strict
    assert hash(fast.statements[0]) == hash(strict.statements[0])
    assert fast.lookup(dataset.meetings[0].id) == dataset.meetings[0]
    assert repr(fast.meetings[0]) == repr(strict.meetings[0])
    with pytest.raises(AttributeError):
        fast.meetings[0].name = "changed"  # type: ignore[misc]


def _record_objects(value: Any) -> Iterator[Any]:
    """Every record object in ``value``, nested ones included."""
    if isinstance(value, tuple | list):
        for item in value:
            yield from _record_objects(item)
    elif attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            yield from _record_objects(getattr(value, field.name))


def test_records_built_by_the_fast_path_are_of_the_record_classes_themselves() -> None:
    """Every record the fast path makes, nested ones too, is of its declared class, weakly referable and frozen.

    Records are made as instances of a subclass and then given their class (see ``_building_class``).
    """
    text = iud.to_json(iud.load_dataset())
    with strict_only():  # records made by cattrs, through the classes' __init__
        expected = list(_record_objects(iud.from_json(text, iud.Dataset)))
    made = list(_record_objects(fastpath.fast_from_json(text, iud.Dataset)))
    assert [type(record) for record in made] == [type(record) for record in expected]
    for record in made:
        assert weakref.ref(record)() is record
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(record, attrs.fields(type(record))[0].name, None)


def test_builders_set_the_slots_through_their_descriptors_where_the_class_switch_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without a building class (a Python refusing the class switch), the builders make the same records."""
    caches = (fastpath.record_builder, fastpath._reader)  # builders made since are made again
    monkeypatch.setattr(fastpath, "_building_class", lambda cls: None)
    for cache in caches:
        cache.cache_clear()
    try:
        dataset = iud.load_dataset()
        for value, target in ((dataset, iud.Dataset), (list(dataset.statements), list[iud.Statement])):
            text = iud.to_json(value)
            with strict_only():  # records made by cattrs, through the classes' __init__
                strict = iud.from_json(text, target)
            fast = fastpath.fast_from_json(text, target)
            assert fast == strict
            assert [type(record) for record in _record_objects(fast)] == [type(r) for r in _record_objects(strict)]
    finally:
        for cache in caches:
            cache.cache_clear()


def _statement_document() -> dict[str, Any]:
    return iud.to_dict(iud.load_dataset().statements[0])


def test_a_reference_remembered_as_valid_for_one_kind_is_declined_for_another() -> None:
    """A text the fast path has accepted as a source reference is still refused where a meeting reference goes."""
    document = _statement_document()
    source_id = document["evidence"][0]["source"]
    assert fastpath.fast_from_json(_text(document), iud.Statement) is not fastpath.FALLBACK
    assert source_id in fastpath._known_references("source")
    text = _text({**document, "meeting": source_id})
    assert fastpath.fast_from_json(text, iud.Statement) is fastpath.FALLBACK
    assert_paths_agree(text, iud.Statement)


def test_remembered_references_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """However many distinct references are read, at most the limit of them is remembered, and all are read."""
    monkeypatch.setattr(fastpath, "_KNOWN_REFERENCES", 8)
    document = _statement_document()
    known = fastpath._known_references("meeting")
    for index in range(50):
        meeting = f"meeting/unseen-{index}"
        record = fastpath.fast_from_json(_text({**document, "meeting": meeting}), iud.Statement)
        assert record.meeting == meeting
        assert len(known) <= 8


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("id",), "statement/Upper-Case"),
        (("meeting",), "meeting/trailing-"),
        (("evidence", 0, "source"), "source/x\n"),
        (("speaker", "label"), " \ufeff\u3000"),
        (("date",), {"value": "2023-02-29", "basis": "stated", "evidence": []}),
    ],
    ids=["id", "reference", "reference-newline", "blank-text", "date"],
)
def test_values_the_builder_checks_are_declined_when_they_break_their_pattern(path: Any, value: Any) -> None:
    """Ids, references, non-blank texts and dates, which msgspec reads as plain strings, are still refused."""
    document = _statement_document()
    if path == ("date",):
        value = {**value, "evidence": document["evidence"][:1]}
    text = _text(replaced(document, path, value))
    assert fastpath.fast_from_json(text, iud.Statement) is fastpath.FALLBACK
    assert_paths_agree(text, iud.Statement)


def _every_document_large(monkeypatch: pytest.MonkeyPatch, *, chunk_items: int) -> None:
    """Make every document count as large (compared and built chunk by chunk), in chunks of ``chunk_items`` records."""
    monkeypatch.setattr(fastpath, "_LARGE_DOCUMENT_BYTES", 0)
    monkeypatch.setattr(fastpath, "_CHUNK_ITEMS", chunk_items)


@pytest.mark.parametrize("size", ["small", "large"])
@pytest.mark.parametrize("indent", [None, 2], ids=["compact", "indented"])
@pytest.mark.parametrize("cls", TYPES, ids=lambda cls: cls.__name__)
def test_text_as_the_library_writes_it_takes_the_fast_path_with_white_space_after_it(
    cls: type, indent: Any, size: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A record's or a list's own text, with or without white space after it, is read by the fast path.

    Large documents are compared with the written-back text chunk by chunk, and their arrays of records are built
    one struct at a time; here every document counts as large, and a chunk is two records.
    """
    if size == "large":
        _every_document_large(monkeypatch, chunk_items=2)

    @_settings(cls)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        records = data.draw(st.lists(_records(cls), min_size=1, max_size=5), label="records")
        after = data.draw(st.sampled_from(["", "\n", " \r\n\t"]), label="after")
        for value, target in ((records[0], cls), (records, list[cls])):
            text = iud.to_json(value, indent=indent).rstrip("\n") + after
            assert fastpath.fast_from_json(text, target) == value

    check()


@pytest.mark.parametrize("indented", [False, True], ids=["compact", "indented"])
@pytest.mark.parametrize("cls", TYPES, ids=lambda cls: cls.__name__)
def test_written_pieces_make_up_the_text_written_at_once(
    cls: type, indented: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A list of records, or a record, written back in pieces (by chunks of two) is the text written at once."""
    monkeypatch.setattr(fastpath, "_CHUNK_ITEMS", 2)

    @_settings(cls)
    @given(st.lists(_records(cls), min_size=1, max_size=5))
    def check(records: list[Any]) -> None:
        for value, target in ((records[0], cls), (records, list[cls])):
            decoded = fastpath._decoder(target).decode(iud.to_json(value).encode())
            whole = fastpath._encoder().encode(decoded)
            if indented:
                whole = msgspec.json.format(whole, indent=2)
            for large in (False, True):
                assert b"".join(fastpath._written_pieces(decoded, indented=indented, large=large)) == whole

    check()


@pytest.mark.parametrize("cls", TYPES, ids=lambda cls: cls.__name__)
def test_duplicate_keys_in_large_documents_are_never_accepted(cls: type, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a large record or list, compared piece by piece, a key written twice anywhere is declined and reported."""
    _every_document_large(monkeypatch, chunk_items=1)

    @_settings(cls)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        records = data.draw(st.lists(_records(cls), min_size=2, max_size=3), label="records")
        target: Any = data.draw(st.sampled_from([cls, list[cls]]), label="target")
        document = iud.to_dict(records[0] if target is cls else records)
        path, obj = data.draw(st.sampled_from(_objects(document)), label="object")
        key = data.draw(st.sampled_from(sorted(obj)), label="key")
        text = _with_duplicate_key(document, path, key, obj[key])
        text = msgspec.json.format(text, indent=data.draw(st.sampled_from([-1, 2]), label="layout"))
        assert fastpath.fast_from_json(text, target) is fastpath.FALLBACK
        with strict_only():
            strict = outcome(text, target)
        assert outcome(text, target) == strict
        assert strict[0] == "invalid"

    check()


def test_arrays_of_references_are_checked_item_by_item_unless_every_item_is_known() -> None:
    """A meeting's sources accept a new valid id, and refuse an id remembered for another kind or repeated."""
    meeting = iud.to_dict(next(meeting for meeting in iud.load_dataset().meetings if meeting.participants))
    official = meeting["participants"][0]["official"]
    assert fastpath.fast_from_json(_text(meeting), iud.Meeting) is not fastpath.FALLBACK
    assert official in fastpath._known_references("official")
    new_source = {**meeting, "sources": [*meeting["sources"], "source/not-seen-before"]}
    assert fastpath.fast_from_json(_text(new_source), iud.Meeting).sources[-1] == "source/not-seen-before"
    for sources in ([*meeting["sources"], official], [*meeting["sources"], meeting["sources"][0]]):
        text = _text({**meeting, "sources": sources})
        assert fastpath.fast_from_json(text, iud.Meeting) is fastpath.FALLBACK
        assert_paths_agree(text, iud.Meeting)
